//! `skiff rm`: remove containers and everything they own.

use super::Context;
use crate::cli::RmArgs;
use crate::container::state::ContainerStatus;
use crate::container::ContainerStore;
use crate::error::{Error, Result};
use crate::runtime::userns;

/// podman's exit status when a named container does not exist.
const EXIT_NO_SUCH_CONTAINER: i32 = 1;
/// podman's exit status when a container is running and -f was not given.
const EXIT_RUNNING: i32 = 2;

pub fn run(ctx: &Context, args: RmArgs) -> Result<i32> {
    if args.containers.is_empty() && !args.all {
        return Err(crate::err!("rm requires at least one container name or id, or --all"));
    }
    // Container files belong to subordinate ids: only root in the user
    // namespace may delete them.
    userns::enter_if_rootless()?;
    let store = ContainerStore::open(&ctx.paths);
    let targets = if args.all {
        store.list()?.into_iter().map(|c| c.id).collect()
    } else {
        args.containers.clone()
    };
    super::remove_each(&targets, &[EXIT_NO_SUCH_CONTAINER, EXIT_RUNNING], |key| remove_one(ctx, &store, key, args.force, args.volumes))
}

/// Remove one container (killing it first with `force`) and, with
/// `volumes`, its anonymous volumes.
pub(super) fn remove_one(ctx: &Context, store: &ContainerStore, key: &str, force: bool, volumes: bool) -> Result<String> {
    let record = store.lookup(key)?;
    if record.status == ContainerStatus::Running {
        if let Some(pid) = store.live_pid(&record.id) {
            if !force {
                return Err(Error::with_code(
                    EXIT_RUNNING,
                    format!("cannot remove container {} as it is running: stop it first or use rm -f", record.id),
                ));
            }
            kill_and_wait(store, &record.id, pid);
        }
    }
    store.remove(&record)?;
    if volumes {
        crate::volume::remove_anonymous(&ctx.paths, &record.config.mounts)?;
    }
    Ok(record.id)
}

/// SIGKILL the container's init (which takes every process of its pid
/// namespace with it) and wait until it is gone.
fn kill_and_wait(store: &ContainerStore, id: &str, pid: i32) {
    // So that its monitor does not restart it.
    let _ = store.request_stop(id);
    let _ = nix::sys::signal::kill(nix::unistd::Pid::from_raw(pid), nix::sys::signal::Signal::SIGKILL);
    for _ in 0..500 {
        if store.live_pid(id).is_none() {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
}
