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
    pub fn open(holder: &NamespaceFiles, kinds: &[SharedNamespace], whose: &'static str) -> Result<HolderNamespaces> {
        let opened = kinds
            .iter()
            .map(|kind| holder.open(kind.name()).map(|file| (file, kind.name(), kind.clone_flag())))
            .collect::<Result<_>>()?;
        // Best effort: without it the container gets a /dev/shm of its own.
        let ipc_mounts = kinds.contains(&SharedNamespace::Ipc).then(|| holder.open("mnt").ok()).flatten();
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
/// namespace of `holder` (a pod's, or `--pid container:NAME`).
pub fn enter_pid_namespace_for_children(holder: &NamespaceFiles, whose: &str) -> Result<()> {
    let file = holder.open("pid")?;
    nix::sched::setns(&file, CloneFlags::CLONE_NEWPID).context(|| format!("join the {whose} pid namespace"))
}

/// Where the namespaces of a holder are opened from.
pub enum NamespaceFiles {
    /// /proc/PID/ns/ of the holder.
    Proc(i32),
    /// Descriptors its keeper handed over (`hand_over`), by name. A pod's
    /// holder in a user namespace of the pod's own became root there, so
    /// it is not dumpable, and it never executed a program there, so its
    /// memory still belongs to the initial user namespace: opening its
    /// /proc/PID/ns/ files would take CAP_SYS_PTRACE there, which nobody
    /// rootless has. The infra process opens them before that and hands
    /// them over. (Making the holder dumpable again instead would let a
    /// container of the pod that sees it, and may ptrace, reach the skiff
    /// binary through /proc/PID/exe.)
    HandedOver(Vec<(String, std::fs::File)>),
}

impl NamespaceFiles {
    /// The namespace `name` ("user", "net", "mnt"...).
    pub fn open(&self, name: &str) -> Result<std::fs::File> {
        match self {
            NamespaceFiles::Proc(pid) => open_namespace(*pid, name),
            NamespaceFiles::HandedOver(files) => files
                .iter()
                .find(|(held, _)| held == name)
                .ok_or_else(|| crate::err!("the pod's holder handed over no {name} namespace"))
                .and_then(|(_, file)| file.try_clone().context(|| format!("duplicate the {name} namespace's descriptor"))),
        }
    }

    /// The namespaces `names` of process `pid`, opened now (while it is
    /// still dumpable), to be handed over later.
    pub fn open_now(pid: i32, names: &[&str]) -> Result<NamespaceFiles> {
        let files = names.iter().map(|name| open_namespace(pid, name).map(|file| (name.to_string(), file))).collect::<Result<_>>()?;
        Ok(NamespaceFiles::HandedOver(files))
    }

    /// Ask the keeper listening on `socket` (`hand_over`) for them.
    pub fn receive(socket: &std::path::Path) -> Result<NamespaceFiles> {
        use nix::sys::socket::{connect, recvmsg, socket as new_socket, AddressFamily, ControlMessageOwned, MsgFlags, SockFlag, SockType, UnixAddr};
        use std::os::fd::{AsRawFd, FromRawFd};
        let failed = |e: nix::Error| crate::err!("receive the pod's namespaces from its infra process ({}): {e}: restart the pod", socket.display());
        let (_dir, short) = short_socket_path(socket)?;
        let connection = new_socket(AddressFamily::Unix, SockType::SeqPacket, SockFlag::SOCK_CLOEXEC, None).map_err(failed)?;
        connect(connection.as_raw_fd(), &UnixAddr::new(&short).map_err(failed)?).map_err(failed)?;
        let mut names = [0u8; 256];
        let mut space = nix::cmsg_space!([std::os::fd::RawFd; 8]);
        let mut iov = [std::io::IoSliceMut::new(&mut names)];
        let message = recvmsg::<()>(connection.as_raw_fd(), &mut iov, Some(&mut space), MsgFlags::MSG_CMSG_CLOEXEC).map_err(failed)?;
        let mut fds = Vec::new();
        for cmsg in message.cmsgs().map_err(failed)? {
            if let ControlMessageOwned::ScmRights(received) = cmsg {
                // SAFETY: the kernel just gave us these descriptors.
                fds.extend(received.into_iter().map(|fd| unsafe { std::fs::File::from_raw_fd(fd) }));
            }
        }
        let length = message.bytes;
        let names = String::from_utf8_lossy(&names[..length]).into_owned();
        let names: Vec<String> = names.split(',').filter(|n| !n.is_empty()).map(str::to_string).collect();
        if names.len() != fds.len() {
            return Err(crate::err!("the pod's infra process handed over {} namespaces for {} names: restart the pod", fds.len(), names.len()));
        }
        Ok(NamespaceFiles::HandedOver(names.into_iter().zip(fds).collect()))
    }

    /// Hand them over on `connection` (accepted on the socket `receive`
    /// connects to), to a process of the same user only.
    pub fn hand_over(&self, connection: &std::os::fd::OwnedFd) -> Result<()> {
        use nix::sys::socket::{getsockopt, sendmsg, sockopt::PeerCredentials, ControlMessage, MsgFlags};
        use std::os::fd::AsRawFd;
        let NamespaceFiles::HandedOver(files) = self else { return Ok(()) };
        let peer = getsockopt(connection, PeerCredentials).context(|| "read the peer's credentials".into())?;
        if peer.uid() != nix::unistd::geteuid().as_raw() {
            return Err(crate::err!("uid {} asked for the pod's namespaces", peer.uid()));
        }
        let names: Vec<&str> = files.iter().map(|(name, _)| name.as_str()).collect();
        let fds: Vec<std::os::fd::RawFd> = files.iter().map(|(_, file)| file.as_raw_fd()).collect();
        sendmsg::<()>(connection.as_raw_fd(), &[std::io::IoSlice::new(names.join(",").as_bytes())], &[ControlMessage::ScmRights(&fds)], MsgFlags::empty(), None)
            .context(|| "hand over the pod's namespaces".into())?;
        Ok(())
    }
}

fn open_namespace(pid: i32, name: &str) -> Result<std::fs::File> {
    let path = format!("/proc/{pid}/ns/{name}");
    std::fs::File::open(&path).context(|| format!("open {path}"))
}

/// The socket `NamespaceFiles::receive` connects to, made at `socket` (a
/// stale one, left by an infra process that was killed, is replaced);
/// only the user may connect to it.
pub fn hand_over_socket(socket: &std::path::Path) -> Result<std::os::fd::OwnedFd> {
    use nix::sys::socket::{bind, listen, socket as new_socket, AddressFamily, Backlog, SockFlag, SockType, UnixAddr};
    use std::os::fd::AsRawFd;
    use std::os::unix::fs::PermissionsExt;
    let failed = |e: nix::Error| crate::err!("listen on {}: {e}", socket.display());
    let (_dir, short) = short_socket_path(socket)?;
    let _ = std::fs::remove_file(socket);
    let listener = new_socket(AddressFamily::Unix, SockType::SeqPacket, SockFlag::SOCK_CLOEXEC, None).map_err(failed)?;
    bind(listener.as_raw_fd(), &UnixAddr::new(&short).map_err(failed)?).map_err(failed)?;
    std::fs::set_permissions(socket, std::fs::Permissions::from_mode(0o600)).context(|| format!("chmod {}", socket.display()))?;
    listen(&listener, Backlog::new(16).map_err(failed)?).map_err(failed)?;
    Ok(listener)
}

/// `socket` as a path short enough for a socket address (see
/// sys::fs::short_path), with the descriptor it goes through.
fn short_socket_path(socket: &std::path::Path) -> Result<(std::os::fd::OwnedFd, std::path::PathBuf)> {
    let dir = socket.parent().unwrap_or(std::path::Path::new("/"));
    let name = socket.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    crate::sys::fs::short_path(dir, &name)
}
