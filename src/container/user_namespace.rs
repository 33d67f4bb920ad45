//! Which user namespace a rootless skiff process that creates or starts a
//! container enters: a container that shares namespaces with another
//! process must run in that process's user namespace, which owns them.

use crate::error::Result;
use crate::paths::Paths;
use crate::pod::{infra, PodRecord, PodStore};
use crate::runtime::userns;

/// Whose user namespace a container's processes run in.
pub enum UserNamespaceSource<'a> {
    /// Its pod's infra process's; `InfraStopped` says what to do while
    /// that is not running.
    Pod(&'a PodRecord, InfraStopped),
    /// That of the init process (this pid) of the container whose network
    /// it shares (`--network container:NAME`).
    NetworkContainer(i32),
    /// The user networks' holder's (`skiff __netns`), started if needed.
    UserNetworks,
    /// A new one of skiff's own (or the one this process is in already).
    Own,
}

/// What a container of a pod does while the pod's infra process is not running.
pub enum InfraStopped {
    /// Start it, then join its user namespace (`run`).
    Start,
    /// Enter a new user namespace with the same mappings: enough to create
    /// the container's files (`create`).
    EnterOwn,
    /// Fail: the container cannot start without it (a monitor).
    Fail,
}

impl UserNamespaceSource<'_> {
    /// Enter it. Only pods matter when skiff runs as root (their infra
    /// process is started all the same); must be called while the process
    /// is single-threaded.
    pub fn enter(&self, paths: &Paths) -> Result<()> {
        match self {
            UserNamespaceSource::Pod(pod, stopped) => {
                let pods = PodStore::open(paths);
                let holder = match (pods.infra_pid(&pod.id), stopped) {
                    (Some(pid), _) => pid,
                    (None, InfraStopped::Start) => infra::ensure_running(paths, &pods, pod)?,
                    (None, InfraStopped::EnterOwn) => return userns::enter_if_rootless().map(drop),
                    (None, InfraStopped::Fail) => return Err(crate::err!("the infra process of pod {} is not running", pod.name)),
                };
                if pod.userns_mappings.is_some() {
                    // A pod's own user namespace is joined by its containers'
                    // processes only (runtime::spec::JoinedUserNamespace):
                    // their files are made, and their monitors run, in the
                    // one the infra process made it in (see infra::hold).
                    if userns::rootless() && !pod.networks.is_empty() && pod.shares(crate::runtime::join::SharedNamespace::Net) {
                        return crate::network::holder::join(paths);
                    }
                    return userns::enter_if_rootless().map(drop);
                }
                userns::join_user_namespace(holder)
            }
            UserNamespaceSource::NetworkContainer(pid) if userns::rootless() => userns::join_user_namespace(*pid),
            UserNamespaceSource::UserNetworks if userns::rootless() => crate::network::holder::join(paths),
            _ => userns::enter_if_rootless().map(drop),
        }
    }
}
