//! `skiff stop` and `skiff restart`: the container's stop signal, then
//! SIGKILL after the timeout.

use super::Context;
use super::targets::{self, Choice};
use crate::cli::{RestartArgs, StopArgs};
use crate::container::state::{ContainerRecord, ContainerStatus};
use crate::container::{monitor, ContainerStore};
use crate::error::Result;
use nix::sys::signal::Signal;
use nix::unistd::Pid;
use std::time::{Duration, Instant};

pub fn run(ctx: &Context, args: StopArgs) -> Result<i32> {
    let store = ContainerStore::open(&ctx.paths);
    let choice = Choice { targets: &args.targets, all: args.all, filters: &args.filter, ignore: args.ignore };
    let keys = targets::choose(ctx, &store, &choice, |c| c.status == ContainerStatus::Running)?;
    super::for_each_named(&keys, &[], |key| {
        stop(&store, &targets::lookup(&store, key)?, args.time.time)?;
        Ok(key.to_string())
    })
}

pub fn restart(ctx: &Context, args: RestartArgs) -> Result<i32> {
    // As `start`: each monitor enters the user namespace its container needs.
    let store = ContainerStore::open(&ctx.paths);
    let choice = Choice { targets: &args.targets, all: args.all, filters: &args.filter, ignore: false };
    if args.running && !args.all {
        return Err(crate::err!("--running needs --all: it chooses which containers --all restarts"));
    }
    let keys = targets::choose(ctx, &store, &choice, |c| !args.running || c.status == ContainerStatus::Running)?;
    super::for_each_named(&keys, &[], |key| {
        let record = targets::lookup(&store, key)?;
        stop(&store, &record, args.time.time)?;
        super::start::start_pod_of(ctx, &record)?;
        store.clear_stop(&record.id);
        monitor::spawn(&ctx.paths, &record.id)?;
        Ok(key.to_string())
    })
}

/// Stop one container and wait until its monitor has recorded the exit.
pub fn stop(store: &ContainerStore, record: &ContainerRecord, timeout: Option<u64>) -> Result<()> {
    let Some(pid) = store.live_pid(&record.id) else { return Ok(()) };
    store.request_stop(&record.id)?;
    store.event(record, "stop");
    let signal = monitor::parse_signal(&record.config.stop_signal).unwrap_or(Signal::SIGTERM);
    let timeout = Duration::from_secs(timeout.unwrap_or(record.config.stop_timeout));
    let _ = nix::sys::signal::kill(Pid::from_raw(pid), signal);
    if !wait_gone(store, &record.id, timeout) {
        let _ = nix::sys::signal::kill(Pid::from_raw(pid), Signal::SIGKILL);
        wait_gone(store, &record.id, Duration::from_secs(10));
    }
    wait_recorded(store, &record.id);
    Ok(())
}

fn wait_gone(store: &ContainerStore, id: &str, limit: Duration) -> bool {
    let deadline = Instant::now() + limit;
    while store.live_pid(id).is_some() {
        if Instant::now() >= deadline {
            return false;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    true
}

/// The monitor writes the exit right after the process is gone; give it a
/// moment so that `ps` straight after `stop` is right.
fn wait_recorded(store: &ContainerStore, id: &str) {
    let deadline = Instant::now() + Duration::from_secs(2);
    while Instant::now() < deadline {
        match store.lookup(id) {
            Ok(r) if r.status == ContainerStatus::Running => std::thread::sleep(Duration::from_millis(5)),
            _ => return,
        }
    }
}
