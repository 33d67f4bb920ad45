//! `skiff rm`: remove containers and everything they own.

use super::Context;
use super::targets::Choice;
use crate::cli::RmArgs;
use crate::container::state::{ContainerRecord, ContainerStatus, EXIT_NO_SUCH_CONTAINER};
use crate::container::ContainerStore;
use crate::error::{Error, Result};
use crate::runtime::userns;

/// podman's exit status when a container is running and -f was not given.
const EXIT_RUNNING: i32 = 2;

pub fn run(ctx: &Context, args: RmArgs) -> Result<i32> {
    let store = ContainerStore::open(&ctx.paths);
    let choice = Choice { targets: &args.targets, all: args.all, filters: &args.filter, ignore: args.ignore };
    let mut keys = super::targets::choose(ctx, &store, &choice, |_| true)?;
    if args.depend {
        keys = with_dependents(&store, keys)?;
    }
    // Container files belong to subordinate ids: only root in the user
    // namespace may delete them.
    userns::enter_if_rootless()?;
    let when_running = match (args.force, args.time.time) {
        (false, _) => WhenRunning::Refuse,
        (true, None) => WhenRunning::Kill,
        (true, Some(seconds)) => WhenRunning::Stop(seconds),
    };
    super::for_each_named(&keys, &[EXIT_NO_SUCH_CONTAINER, EXIT_RUNNING], |key| remove_one(ctx, &store, key, when_running, args.volumes))
}

/// `--depend`: each container preceded by those that share its network
/// namespace (`--network container:`), which cannot outlive it, theirs
/// before them.
fn with_dependents(store: &ContainerStore, keys: Vec<String>) -> Result<Vec<String>> {
    fn add_dependents(all: &[ContainerRecord], id: &str, ordered: &mut Vec<String>) {
        let joined = format!("container:{id}");
        for dependent in all.iter().filter(|c| c.config.network == joined) {
            add_dependents(all, &dependent.id, ordered);
            if !ordered.contains(&dependent.id) {
                ordered.push(dependent.id.clone());
            }
        }
    }
    let all = store.list()?;
    let mut ordered: Vec<String> = Vec::new();
    for key in keys {
        // A missing one is left for for_each_named to report as podman does.
        match store.lookup(&key) {
            Ok(record) if ordered.contains(&record.id) => continue,
            Ok(record) => add_dependents(&all, &record.id, &mut ordered),
            Err(_) => {}
        }
        ordered.push(key);
    }
    Ok(ordered)
}

/// What `remove_one` does with a running container.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WhenRunning {
    /// Fail with podman's "cannot remove ... as it is running" (no -f).
    Refuse,
    /// SIGKILL at once (-f).
    Kill,
    /// Its stop signal, then SIGKILL after this many seconds (-f -t N).
    Stop(u64),
}

/// Remove one container (stopping it first as `when_running` says) and,
/// with `volumes`, its anonymous volumes.
pub(super) fn remove_one(ctx: &Context, store: &ContainerStore, key: &str, when_running: WhenRunning, volumes: bool) -> Result<String> {
    let record = store.lookup(key)?;
    if record.status == ContainerStatus::Running {
        if let Some(pid) = store.live_pid(&record.id) {
            match when_running {
                WhenRunning::Refuse => {
                    return Err(Error::with_code(
                        EXIT_RUNNING,
                        format!("cannot remove container {} as it is running: stop it first or use rm -f", record.id),
                    ))
                }
                WhenRunning::Kill => kill_and_wait(store, &record.id, pid),
                WhenRunning::Stop(seconds) => super::stop::stop(store, &record, Some(seconds))?,
            }
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
