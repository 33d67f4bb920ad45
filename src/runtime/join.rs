//! Joining the namespaces of a running skiff holder process (a pod's infra
//! process). Its namespaces belong to its user namespace, so a process must
//! join that user namespace first (`userns::join_user_namespace`; allowed:
//! the same user owns it) to gain the capabilities that joining the others
//! takes.

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
}

impl SharedNamespace {
    pub fn parse(name: &str) -> Option<SharedNamespace> {
        match name {
            "uts" => Some(SharedNamespace::Uts),
            "ipc" => Some(SharedNamespace::Ipc),
            "net" => Some(SharedNamespace::Net),
            _ => None,
        }
    }

    /// The name under /proc/PID/ns/ (and in podman's output).
    pub fn name(&self) -> &'static str {
        match self {
            SharedNamespace::Uts => "uts",
            SharedNamespace::Ipc => "ipc",
            SharedNamespace::Net => "net",
        }
    }

    pub fn clone_flag(&self) -> CloneFlags {
        match self {
            SharedNamespace::Uts => CloneFlags::CLONE_NEWUTS,
            SharedNamespace::Ipc => CloneFlags::CLONE_NEWIPC,
            SharedNamespace::Net => CloneFlags::CLONE_NEWNET,
        }
    }
}

/// Namespaces of a holder, opened while its /proc entry is reachable (a
/// new mount or pid namespace may hide it later) and joined with `enter`.
pub struct HolderNamespaces {
    opened: Vec<(std::fs::File, SharedNamespace)>,
}

impl HolderNamespaces {
    pub fn open(pid: i32, kinds: &[SharedNamespace]) -> Result<HolderNamespaces> {
        let opened = kinds
            .iter()
            .map(|kind| {
                let path = format!("/proc/{pid}/ns/{}", kind.name());
                std::fs::File::open(&path).context(|| format!("open {path}")).map(|f| (f, *kind))
            })
            .collect::<Result<_>>()?;
        Ok(HolderNamespaces { opened })
    }

    /// Join them all; the caller must be in the holder's user namespace.
    pub fn enter(&self) -> Result<()> {
        for (file, kind) in &self.opened {
            nix::sched::setns(file, kind.clone_flag()).context(|| format!("join the pod's {} namespace", kind.name()))?;
        }
        Ok(())
    }
}
