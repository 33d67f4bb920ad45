//! `skiff stop` and `skiff restart`: the container's stop signal, then
//! SIGKILL after the timeout.

use super::Context;
use crate::cli::StopArgs;
use crate::container::state::{ContainerRecord, ContainerStatus};
use crate::container::{monitor, ContainerStore};
use crate::error::Result;
use crate::output;
use nix::sys::signal::Signal;
use nix::unistd::Pid;
use std::time::{Duration, Instant};

pub fn run(ctx: &Context, args: StopArgs) -> Result<i32> {
    let store = ContainerStore::open(&ctx.paths);
    for (key, record) in targets(&store, &args)? {
        stop(&store, &record, args.time)?;
        output::line(&key);
    }
    Ok(0)
}

pub fn restart(ctx: &Context, args: StopArgs) -> Result<i32> {
    let store = ContainerStore::open(&ctx.paths);
    let targets = targets(&store, &args)?;
    crate::network::holder::enter_user_namespace_for(&ctx.paths, targets.iter().map(|(_, r)| r.config.network.as_str()))?;
    for (key, record) in targets {
        stop(&store, &record, args.time)?;
        store.clear_stop(&record.id);
        monitor::spawn(&ctx.paths, &record.id)?;
        output::line(&key);
    }
    Ok(0)
}

/// The containers named, or with --all every running one: (as named, record).
pub fn targets(store: &ContainerStore, args: &StopArgs) -> Result<Vec<(String, ContainerRecord)>> {
    if args.all {
        return Ok(store
            .list()?
            .into_iter()
            .filter(|c| c.status == ContainerStatus::Running)
            .map(|c| (c.id.clone(), c))
            .collect());
    }
    if args.containers.is_empty() {
        return Err(crate::err!("you must provide at least one container name or id"));
    }
    args.containers.iter().map(|k| Ok((k.clone(), store.lookup(k)?))).collect()
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
