//! `pause` and `unpause`: a running container's processes held where they
//! are and let go again. With a cgroup v2 of its own that skiff may write,
//! the kernel's freezer holds them (`cgroup.freeze`); without one (cgroups
//! v1, or none delegated to the user) every process of the container is
//! stopped with SIGSTOP and continued with SIGCONT, which its processes
//! can notice: a parent waiting with WUNTRACED sees its child stop.

use super::processes;
use super::state::{ContainerRecord, PauseMethod};
use super::ContainerStore;
use crate::error::Result;

/// podman's wording for an operation the container's state does not allow
/// (its ErrCtrStateInvalid).
pub const STATE_IMPROPER: &str = "container state improper";

/// Pause the running container `record`; podman's errors for one that is
/// paused already or not running.
pub fn pause(store: &ContainerStore, record: &ContainerRecord) -> Result<()> {
    let state = store.lock_state(&record.id)?;
    let record = store.lookup(&record.id)?;
    if record.is_paused() {
        return Err(crate::err!("{:?} is already paused: {STATE_IMPROPER}", record.id));
    }
    let init = store.live_pid(&record.id).ok_or_else(|| not_running(&record))?;
    let method = match crate::sys::cgroups::own_freezer(init, store.watcher_pid(&record.id).unwrap_or(0)) {
        Some(cgroup) => {
            crate::sys::cgroups::set_frozen(&cgroup, true)?;
            PauseMethod::Freezer
        }
        None => {
            stop_processes(&record, init)?;
            PauseMethod::Signals
        }
    };
    // Under the lock of the state: an exit meanwhile is recorded after this.
    store.set_paused(&state, &record.id, Some(method))?;
    store.event(&record, "pause");
    Ok(())
}

/// Let the paused container `record` run again; podman's error for one
/// that is not paused.
pub fn unpause(store: &ContainerStore, record: &ContainerRecord) -> Result<()> {
    let state = store.lock_state(&record.id)?;
    let record = store.lookup(&record.id)?;
    if !record.is_paused() {
        return Err(crate::err!("{:?} is not paused, can't unpause: {STATE_IMPROPER}", record.id));
    }
    release(store, &record)?;
    store.set_paused(&state, &record.id, None)?;
    store.event(&record, "unpause");
    Ok(())
}

/// For `stop`, `restart` and `rm -f -t`: let a paused container's
/// processes run again so that the stop signal just sent reaches them
/// (a stopped process only acts on it once continued, as docker does it);
/// nothing for a container that is not paused. No unpause event.
pub fn release_for_signal(store: &ContainerStore, id: &str) -> Result<()> {
    let state = store.lock_state(id)?;
    let record = store.lookup(id)?;
    if !record.is_paused() {
        return Ok(());
    }
    release(store, &record)?;
    store.set_paused(&state, id, None).map(drop)
}

/// Thaw or continue the processes of a paused container, as it was paused.
fn release(store: &ContainerStore, record: &ContainerRecord) -> Result<()> {
    // Gone meanwhile: nothing is held any more.
    let Some(init) = store.live_pid(&record.id) else { return Ok(()) };
    match record.paused {
        Some(PauseMethod::Freezer) => match crate::sys::cgroups::own_freezer(init, store.watcher_pid(&record.id).unwrap_or(0)) {
            Some(cgroup) => crate::sys::cgroups::set_frozen(&cgroup, false),
            None => Err(crate::err!("unpause {}: its cgroup can no longer be written", record.name)),
        },
        _ => in_container_user_namespace(init, move || {
            processes::continue_all(&processes::of_container(init)?);
            Ok(())
        }),
    }
}

/// podman's error for pausing a container that does not run.
fn not_running(record: &ContainerRecord) -> crate::error::Error {
    crate::err!("{:?} is not running, can't pause: {STATE_IMPROPER}", record.state())
}

/// SIGSTOP every process of the container. Refused for one in the host's
/// pid namespace (`--pid host`): its processes cannot be told apart from
/// the host's there.
fn stop_processes(record: &ContainerRecord, init: i32) -> Result<()> {
    let pidns = |pid: &str| std::fs::read_link(format!("/proc/{pid}/ns/pid")).ok();
    if pidns(&init.to_string()) == pidns("self") {
        return Err(crate::err!(
            "cannot pause {}: it shares the host's pid namespace (--pid host), and without a cgroup freezer skiff pauses a container by stopping every process of its pid namespace",
            record.name
        ));
    }
    in_container_user_namespace(init, move || processes::stop_all(init).map(drop))
}

/// Run `work` in a child process that has joined the user namespace of the
/// container's init: only root there may signal the container's processes
/// that run as other users. Must be called while single-threaded.
fn in_container_user_namespace(init: i32, work: impl FnOnce() -> Result<()>) -> Result<()> {
    crate::sys::process::in_child(|| {
        crate::runtime::userns::join_user_namespace(init)?;
        work()
    })
}
