//! The keeper of the user namespace: a sleeping skiff process (the hidden
//! `__userns` command) that holds a user namespace with the user's
//! subordinate ranges mapped, so that the next skiff commands join it
//! instead of making one each.
//!
//! Making a user namespace with subordinate ranges takes the setuid helpers
//! newuidmap and newgidmap: a fork and two execs of programs that load six
//! libraries and read /etc/subuid, about a third of the CPU time a
//! `run --rm true` spends. Joining a namespace is one setns. Podman keeps
//! its user namespace in a pause process for the same reason, for ever;
//! the keeper ends once no skiff command has joined it for `IDLE`, so
//! nothing stays behind a while after the last command.
//!
//! Containers share the keeper's user namespace as podman's rootless
//! containers share the pause process's: each still has its own mount, pid,
//! ipc, uts, cgroup and network namespaces, which hide the others'
//! processes from it. What a container sees in /proc/self/uid_map is the
//! same as before.

use super::userns::{IdMap, IdMappings};
use crate::error::{Context, Result};
use crate::storage::atomic;
use crate::sys::process::alive;
use rustix::process::{pidfd_open, pidfd_send_signal, PidfdFlags, Signal};
use std::os::fd::OwnedFd;
use std::path::PathBuf;
use std::time::Duration;

/// How long the keeper waits for the next command to join before it ends.
const IDLE: Duration = Duration::from_secs(30);

/// Joining renews the keeper's lease with this signal (`lease_signals`).
const LEASE: Signal = Signal::USR1;

/// Where the keeper publishes itself: `<runtime dir>/userns/keeper.json`,
/// set once the store is known (commands::context). A directory of its
/// own, as the seccomp cache has: state shared by every later command, not
/// a trace of the one that started the keeper.
static STATE_PATH: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();

pub fn keep_state_in(path: PathBuf) {
    let _ = STATE_PATH.set(path);
}

/// What a running keeper publishes.
#[derive(Debug, serde::Serialize, serde::Deserialize)]
struct KeeperState {
    pid: i32,
    start_time: u64,
    /// Its namespace's mappings as the kernel shows them, so that a change
    /// of /etc/subuid or /etc/subgid is never joined past.
    uids: Vec<IdMap>,
    gids: Vec<IdMap>,
}

fn same_maps(a: &[IdMap], b: &[IdMap]) -> bool {
    let sorted = |maps: &[IdMap]| {
        let mut maps: Vec<(u32, u32, u32)> = maps.iter().map(|m| (m.container, m.host, m.size)).collect();
        maps.sort_unstable();
        maps
    };
    sorted(a) == sorted(b)
}

/// The keeper `userns/keeper.json` names, with a pidfd of it: opened
/// first, checked after, so that if the pid is still the keeper's now, the
/// descriptor is the keeper, whatever happens to the number later.
fn running_keeper() -> Option<(KeeperState, OwnedFd)> {
    let keeper = atomic::read_json::<KeeperState>(STATE_PATH.get()?).ok()?;
    let pidfd = pidfd_open(rustix::process::Pid::from_raw(keeper.pid)?, PidfdFlags::empty()).ok()?;
    alive(keeper.pid, keeper.start_time).then_some((keeper, pidfd))
}

/// Join the running keeper's user namespace, if there is one with `maps`,
/// and become root there; false when there is none (the caller makes a
/// namespace of its own). Must be called while single-threaded.
pub fn join(maps: &IdMappings) -> Result<bool> {
    let Some((keeper, pidfd)) = running_keeper() else { return Ok(false) };
    if !same_maps(&keeper.uids, &maps.uids) || !same_maps(&keeper.gids, &maps.gids) {
        return Ok(false);
    }
    if pidfd_send_signal(&pidfd, LEASE).is_err() {
        return Ok(false);
    }
    if nix::sched::setns(&pidfd, nix::sched::CloneFlags::CLONE_NEWUSER).is_err() {
        return Ok(false);
    }
    super::userns::become_root()?;
    Ok(true)
}

/// Start a keeper in the user namespace this process has just made, in the
/// background: a failure only means the next command makes its own
/// namespace again. Must be called while single-threaded.
pub fn start() {
    use std::os::unix::process::CommandExt;
    let Some(state) = STATE_PATH.get() else { return };
    let mut keeper = std::process::Command::new("/proc/self/exe");
    // The user's, not a store's: no store path in its command line or its
    // environment (where tools look for a store's processes), only where
    // it publishes itself.
    keeper
        .arg0("skiff")
        .arg("__userns")
        .env_clear()
        .env(STATE_VARIABLE, state)
        .current_dir("/")
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null());
    // SAFETY: only async-signal-safe calls between fork and exec.
    unsafe {
        keeper.pre_exec(|| {
            // Its own session: the terminal's ^C is not for it. The lease
            // signal is blocked from before its exec, so it never ends it.
            if libc::setsid() < 0 || lease_signals().thread_block().is_err() {
                return Err(std::io::Error::last_os_error());
            }
            crate::sys::process::close_on_exec_beyond_stdio()
        });
    }
    // Not waited for: it outlives the command (a long-lived caller, the
    // API service, reaps it once it ends), as `sys::helper::spawn_helper`'s
    // helpers do.
    if let Ok(child) = keeper.spawn() {
        crate::sys::process::reap_later(child);
    }
}

/// The signal set of `LEASE`, to block and to wait for.
fn lease_signals() -> nix::sys::signal::SigSet {
    let mut lease = nix::sys::signal::SigSet::empty();
    lease.add(nix::sys::signal::Signal::SIGUSR1);
    lease
}

/// The environment variable that tells the keeper where to publish itself.
const STATE_VARIABLE: &str = "SKIFF_USERNS_STATE";

/// The keeper itself (`skiff __userns`): publish, then sleep until no
/// command has joined for `IDLE`.
pub fn keep() -> Result<i32> {
    let state_path = std::env::var_os(STATE_VARIABLE).map(PathBuf::from).ok_or_else(|| crate::err!("skiff __userns is started by skiff itself ({STATE_VARIABLE} is not set)"))?;
    let state_path = state_path.as_path();
    let pid = nix::unistd::getpid().as_raw();
    let start_time = crate::sys::process::process_start_time(pid).ok_or_else(|| crate::err!("read /proc/{pid}/stat"))?;
    let read_maps = |file: &str| -> Result<Vec<IdMap>> {
        Ok(super::userns::parse_id_map(&std::fs::read_to_string(file).context(|| format!("read {file}"))?))
    };
    let state = KeeperState { pid, start_time, uids: read_maps("/proc/self/uid_map")?, gids: read_maps("/proc/self/gid_map")? };
    if let Some(dir) = state_path.parent() {
        std::fs::create_dir_all(dir).context(|| format!("create {}", dir.display()))?;
    }
    atomic::write_unsynced(state_path, &serde_json::to_vec(&state)?)?;
    crate::sys::helper::release_unused_memory();
    let lease = lease_signals();
    let idle = libc::timespec { tv_sec: IDLE.as_secs() as libc::time_t, tv_nsec: 0 };
    loop {
        // SAFETY: waits for the blocked lease signal, with a timeout.
        let got = unsafe { libc::sigtimedwait(lease.as_ref(), std::ptr::null_mut(), &idle) };
        if got < 0 && nix::errno::Errno::last() != nix::errno::Errno::EINTR {
            break;
        }
    }
    // A keeper started since has replaced the file: leave it.
    if atomic::read_json::<KeeperState>(state_path).is_ok_and(|s| s.pid == pid && s.start_time == start_time) {
        let _ = std::fs::remove_file(state_path);
    }
    Ok(0)
}

/// End the keeper now (`system migrate`, `system reset`): the next command
/// makes a namespace with the current ranges.
pub fn stop() {
    if let Some((_, pidfd)) = running_keeper() {
        let _ = pidfd_send_signal(&pidfd, Signal::TERM);
    }
    if let Some(path) = STATE_PATH.get() {
        let _ = std::fs::remove_file(path);
    }
}
