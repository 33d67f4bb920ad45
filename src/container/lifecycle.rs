//! Stopping, removing and starting the pod of a container: what several
//! commands (stop, restart, rm, pod rm, network rm -f, volume rm -f) do to
//! one container.

use super::monitor;
use super::state::{ContainerRecord, ContainerStatus};
use super::ContainerStore;
use crate::error::{Error, Result};
use crate::paths::Paths;
use nix::sys::signal::Signal;
use nix::unistd::Pid;
use std::time::Duration;

/// podman's exit status when a container is running and -f was not given.
pub const EXIT_RUNNING: i32 = 2;

/// Stop one container and wait until its monitor has recorded the exit.
pub fn stop(store: &ContainerStore, record: &ContainerRecord, timeout: Option<u64>) -> Result<()> {
    stop_with_signal(store, record, timeout, None)
}

/// [`stop`], sending `signal` first instead of the container's stop signal
/// (docker's `stop --signal`).
pub fn stop_with_signal(store: &ContainerStore, record: &ContainerRecord, timeout: Option<u64>, signal: Option<Signal>) -> Result<()> {
    let Some(pid) = store.live_pid(&record.id) else { return Ok(()) };
    store.request_stop(&record.id)?;
    store.event(record, "stop");
    let signal = signal.map(|s| s as i32).unwrap_or_else(|| monitor::parse_signal_number(&record.config.stop_signal).unwrap_or(libc::SIGTERM));
    let timeout = Duration::from_secs(timeout.unwrap_or(record.config.stop_timeout));
    let _ = monitor::send_signal(pid, signal);
    // A paused container acts on the signal once its processes run again.
    super::pause::release_for_signal(store, &record.id)?;
    if !wait_gone(store, &record.id, timeout) {
        let _ = nix::sys::signal::kill(Pid::from_raw(pid), Signal::SIGKILL);
        wait_gone(store, &record.id, Duration::from_secs(10));
    }
    wait_recorded(store, &record.id);
    Ok(())
}

fn wait_gone(store: &ContainerStore, id: &str, limit: Duration) -> bool {
    // Woken as the process or its watcher ends; the recheck catches the
    // moment between the process's end and its watcher reaping it.
    store.wait_for_exit_of(id, limit, Duration::from_millis(10), || store.live_pid(id).is_none())
}

/// The monitor writes the exit right after the process is gone; give it a
/// moment so that `ps` straight after `stop` is right.
fn wait_recorded(store: &ContainerStore, id: &str) {
    store.wait_for_exit_of(id, Duration::from_secs(2), Duration::from_millis(5), || {
        !matches!(store.lookup(id), Ok(r) if r.status == ContainerStatus::Running)
    });
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
pub fn remove_one(paths: &Paths, store: &ContainerStore, key: &str, when_running: WhenRunning, volumes: bool) -> Result<String> {
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
                WhenRunning::Stop(seconds) => stop(store, &record, Some(seconds))?,
            }
        }
    }
    if let Err(e) = store.remove(&record) {
        // A container run with --rm is removed by its own monitor as it
        // exits, perhaps before this remove took its lock: gone is done.
        if !(record.config.auto_remove && store.lookup(&record.id).is_err()) {
            return Err(e);
        }
    }
    if volumes {
        crate::volume::remove_anonymous(paths, &record.config.mounts)?;
    }
    Ok(record.id)
}

/// SIGKILL the container's init (which takes every process of its pid
/// namespace with it) and wait until it is gone.
fn kill_and_wait(store: &ContainerStore, id: &str, pid: i32) {
    // So that its monitor does not restart it.
    let _ = store.request_stop(id);
    let _ = nix::sys::signal::kill(nix::unistd::Pid::from_raw(pid), nix::sys::signal::Signal::SIGKILL);
    wait_gone(store, id, Duration::from_secs(5));
}

/// A container of a pod needs the pod's infra process running first.
pub fn start_pod_of(paths: &Paths, record: &ContainerRecord) -> Result<()> {
    if record.config.pod.is_empty() {
        return Ok(());
    }
    let pods = crate::pod::PodStore::open(paths);
    let pod = pods.lookup(&record.config.pod)?;
    crate::pod::infra::ensure_running(paths, &pods, &pod).map(drop)
}

/// Start a stopped container detached (`start`, `restart`, `--requires`):
/// its pod's infra process first, then a new monitor, which a stop asked
/// of the previous run must not stop.
pub fn start_under_monitor(paths: &Paths, store: &ContainerStore, record: &ContainerRecord) -> Result<()> {
    start_pod_of(paths, record)?;
    store.clear_stop(&record.id);
    monitor::spawn(paths, &record.id)
}

/// `--requires`: the containers a container needs are started first.
pub fn start_required(paths: &Paths, record: &ContainerRecord) -> Result<()> {
    let store = ContainerStore::open(paths);
    for id in &record.config.requires {
        let required = store.lookup(id).map_err(|_| crate::err!("container {} requires container {id}, which no longer exists", record.name))?;
        if required.status != ContainerStatus::Running {
            start_under_monitor(paths, &store, &required)?;
        }
    }
    Ok(())
}

/// Remove every container that is not running and `matches`, in the
/// store's order, telling `removed` each id as it goes.
pub fn prune(paths: &Paths, matches: &dyn Fn(&ContainerRecord) -> bool, removed: &mut dyn FnMut(&str)) -> Result<()> {
    let store = ContainerStore::open(paths);
    // The containers' files belong to subordinate ids.
    crate::runtime::userns::enter_if_rootless()?;
    for c in store.list()?.into_iter().filter(|c| c.status != ContainerStatus::Running && matches(c)) {
        store.remove(&c)?;
        removed(&c.id);
    }
    Ok(())
}

/// Send `signal` to a running container's main process; errors name the
/// container as the caller did (`named`: a name or an id).
pub fn kill(store: &ContainerStore, record: &ContainerRecord, named: &str, signal: Signal) -> Result<()> {
    let pid = store
        .live_pid(&record.id)
        .ok_or_else(|| crate::err!("can only kill running containers: {named} is in state {}", record.status.as_str()))?;
    nix::sys::signal::kill(Pid::from_raw(pid), signal).map_err(|e| crate::err!("kill {named}: {e}"))?;
    store.event(record, "kill");
    Ok(())
}

/// `wait --condition`: the state a condition names.
pub fn parse_wait_condition(condition: &str) -> Result<ContainerStatus> {
    match condition {
        "stopped" | "exited" => Ok(ContainerStatus::Exited),
        "running" => Ok(ContainerStatus::Running),
        "created" | "configured" => Ok(ContainerStatus::Created),
        other => Err(crate::err!("invalid --condition {other:?}: use stopped, exited, running or created")),
    }
}

/// Wait until the container `key` names is in one of the `wanted` states,
/// looking every `interval` and as soon as its process or its watcher
/// ends (the watcher ends right after recording the exit): its exit code
/// then (0 if it has none yet).
pub fn wait_for(store: &ContainerStore, key: &str, wanted: &[ContainerStatus], interval: Duration) -> Result<i32> {
    let id = store.lookup(key)?.id;
    let mut outcome = None;
    store.wait_for_exit_of(&id, Duration::MAX, interval, || {
        outcome = match store.lookup(key) {
            Ok(record) if !wanted.contains(&record.status) => return false,
            Ok(record) => Some(Ok(record.exit_code.unwrap_or(0))),
            Err(e) => Some(Err(e)),
        };
        true
    });
    outcome.unwrap_or(Ok(0))
}
