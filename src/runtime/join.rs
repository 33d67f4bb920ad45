//! Joining the namespaces of another running process: those a pod's infra
//! process holds (or a `--network container:NAME` target's network), and
//! all of a container's for `exec`. Its namespaces belong to its user
//! namespace, so a process must join that user namespace first (allowed:
//! the same user owns it) to gain the capabilities that joining the others
//! takes: `exec` joins it as the first of all, a pod's container has joined
//! it already (`userns::join_user_namespace`).

use crate::error::{Context, Result};
use nix::sched::CloneFlags;
use serde::{Deserialize, Serialize};

/// A namespace that containers can share, ordered as podman lists them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SharedNamespace {
    Uts,
    Ipc,
    Net,
    /// A pod's (`pod create --share pid`), or another container's
    /// (`--pid container:NAME`).
    Pid,
}

impl SharedNamespace {
    pub fn parse(name: &str) -> Option<SharedNamespace> {
        match name {
            "uts" => Some(SharedNamespace::Uts),
            "ipc" => Some(SharedNamespace::Ipc),
            "net" => Some(SharedNamespace::Net),
            "pid" => Some(SharedNamespace::Pid),
            _ => None,
        }
    }

    /// The name under /proc/PID/ns/ (and in podman's output).
    pub fn name(&self) -> &'static str {
        match self {
            SharedNamespace::Uts => "uts",
            SharedNamespace::Ipc => "ipc",
            SharedNamespace::Net => "net",
            SharedNamespace::Pid => "pid",
        }
    }

    pub fn clone_flag(&self) -> CloneFlags {
        match self {
            SharedNamespace::Uts => CloneFlags::CLONE_NEWUTS,
            SharedNamespace::Ipc => CloneFlags::CLONE_NEWIPC,
            SharedNamespace::Net => CloneFlags::CLONE_NEWNET,
            SharedNamespace::Pid => CloneFlags::CLONE_NEWPID,
        }
    }
}

/// Every namespace of a running container, in the order they must be
/// joined: the user namespace first, which gives the capabilities to join
/// the rest.
const ALL: &[(&str, CloneFlags)] = &[
    ("user", CloneFlags::CLONE_NEWUSER),
    ("mnt", CloneFlags::CLONE_NEWNS),
    ("pid", CloneFlags::CLONE_NEWPID),
    ("uts", CloneFlags::CLONE_NEWUTS),
    ("ipc", CloneFlags::CLONE_NEWIPC),
    ("net", CloneFlags::CLONE_NEWNET),
];

/// Namespaces of another process (a pod's infra process, or a container's
/// init), opened while its /proc entry is reachable (a new mount or pid
/// namespace may hide it later, and once in its mount namespace /proc is
/// the container's) and joined with `enter`, in the order they were opened.
pub struct HolderNamespaces {
    opened: Vec<(std::fs::File, &'static str, CloneFlags)>,
    /// With a shared ipc namespace, the holder's mount namespace, where
    /// the /dev/shm of that namespace is (not joined: only looked into).
    ipc_mounts: Option<std::fs::File>,
    /// Whose they are, for errors: "pod's" or "container's".
    whose: &'static str,
}

impl HolderNamespaces {
    /// The shared namespaces `kinds` of a holder (`whose` names it in
    /// errors: "pod's", "container's"); joining them needs its user
    /// namespace joined first.
    pub fn open(pid: i32, kinds: &[SharedNamespace], whose: &'static str) -> Result<HolderNamespaces> {
        let opened = kinds
            .iter()
            .map(|kind| open_namespace(pid, kind.name()).map(|file| (file, kind.name(), kind.clone_flag())))
            .collect::<Result<_>>()?;
        // Best effort: without it the container gets a /dev/shm of its own.
        let ipc_mounts = kinds.contains(&SharedNamespace::Ipc).then(|| open_namespace(pid, "mnt").ok()).flatten();
        Ok(HolderNamespaces { opened, whose, ipc_mounts })
    }

    /// The holder's mount namespace, when the ipc namespace is shared.
    pub fn ipc_mounts(&self) -> Option<&std::fs::File> {
        self.ipc_mounts.as_ref()
    }

    /// All the namespaces of the running container whose init is `pid`
    /// (`exec`), its user namespace first, except those this process is in
    /// already: joining one's own user namespace (root without a user
    /// namespace, or skiff in the container's) is refused by the kernel,
    /// and a container on the host network shares skiff's.
    pub fn open_all(pid: i32) -> Result<HolderNamespaces> {
        let mut opened = Vec::new();
        for &(name, flag) in ALL {
            let file = open_namespace(pid, name)?;
            let own = std::fs::read_link(format!("/proc/self/ns/{name}")).ok();
            if own.is_some() && own == std::fs::read_link(format!("/proc/{pid}/ns/{name}")).ok() {
                continue;
            }
            opened.push((file, name, flag));
        }
        Ok(HolderNamespaces { opened, whose: "container's", ipc_mounts: None })
    }

    /// Join them all, in order. First this process stops being dumpable:
    /// its /proc/PID entries then belong to root and need CAP_SYS_PTRACE,
    /// so that a process inside (which sees the children it starts there)
    /// cannot open /proc/PID/exe, the skiff binary, which the container's
    /// root may own (a rootless user's copy) and so could rewrite, as in
    /// runc's CVE-2019-5736. Children inherit it until they execute their
    /// command.
    pub fn enter(&self) -> Result<()> {
        rustix::process::set_dumpable_behavior(rustix::process::DumpableBehavior::NotDumpable)
            .context(|| "make the process undumpable before joining the container".into())?;
        for (file, name, flag) in &self.opened {
            nix::sched::setns(file, *flag).context(|| format!("join the {} {name} namespace", self.whose))?;
        }
        Ok(())
    }
}

/// Make the children this process clones from now on members of the pid
/// namespace of `pid` (`--pid container:NAME`).
pub fn enter_pid_namespace_for_children(pid: i32, whose: &str) -> Result<()> {
    let file = open_namespace(pid, "pid")?;
    nix::sched::setns(&file, CloneFlags::CLONE_NEWPID).context(|| format!("join the {whose} pid namespace"))
}

fn open_namespace(pid: i32, name: &str) -> Result<std::fs::File> {
    let path = format!("/proc/{pid}/ns/{name}");
    std::fs::File::open(&path).context(|| format!("open {path}"))
}
