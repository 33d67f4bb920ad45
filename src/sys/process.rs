//! Processes: finding programs, telling a live process from a recycled
//! pid, reaping children, and what a helper child inherits.

use crate::error::EXIT_ENGINE;
use nix::sys::wait::{WaitPidFlag, WaitStatus};
use nix::unistd::Pid;
use std::os::fd::RawFd;
use std::path::Path;

/// `program` on PATH, or else in /usr/bin or /usr/sbin (where the setuid
/// helpers live even when PATH leaves them out).
pub fn find_in_path(program: &str) -> Option<std::path::PathBuf> {
    find_on_path(program).or_else(|| ["/usr/bin", "/usr/sbin"].iter().map(|d| Path::new(d).join(program)).find(|p| p.is_file()))
}

/// `program` on PATH only.
pub fn find_on_path(program: &str) -> Option<std::path::PathBuf> {
    let path = std::env::var_os("PATH").unwrap_or_else(|| "/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin".into());
    std::env::split_paths(&path).map(|d| d.join(program)).find(|p| p.is_file())
}

/// Start time of a process in clock ticks since boot, or None if it is gone.
pub fn process_start_time(pid: i32) -> Option<u64> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // The command name (field 2) may contain spaces and parentheses: skip
    // past the last ')'.
    let rest = &stat[stat.rfind(')')? + 2..];
    rest.split(' ').nth(19)?.parse().ok()
}

/// The parent of process `pid`, from /proc/PID/stat (after the command
/// name, which may hold anything, come the state and the parent's pid).
pub fn parent_pid(pid: i32) -> Option<i32> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    stat.rsplit_once(')')?.1.split_whitespace().nth(1)?.parse().ok()
}

/// The state letter of process `pid` (R, S, D, T, Z...: the field after
/// the command name in /proc/PID/stat); None once it is gone.
pub fn state(pid: i32) -> Option<char> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    stat.rsplit_once(')')?.1.trim_start().chars().next()
}

/// Whether `pid` is still the process that started at `start_time`.
pub fn alive(pid: i32, start_time: u64) -> bool {
    pid > 0 && process_start_time(pid) == Some(start_time)
}

/// Wait until `done` holds, or `limit` has passed (then false; a limit of
/// `Duration::MAX` has no end). `done` is asked again as soon as one of
/// the processes `watched` (pid, start time) ends, through a pidfd, which
/// needs no parenthood, and at least every `recheck`, for what no process
/// end announces. Not inotify: closing an inotify instance waits for an
/// RCU grace period, 20 ms and more here.
pub fn wait_for_exits(watched: &[(i32, u64)], limit: std::time::Duration, recheck: std::time::Duration, mut done: impl FnMut() -> bool) -> bool {
    use nix::poll::{poll, PollFd, PollFlags, PollTimeout};
    use std::os::fd::AsFd;
    use std::time::Instant;
    // Opened first and checked after, so that a recycled pid is never watched.
    let mut pidfds: Vec<std::os::fd::OwnedFd> = watched
        .iter()
        .filter(|(pid, _)| *pid > 0)
        .filter_map(|(pid, start)| {
            let fd = rustix::process::pidfd_open(rustix::process::Pid::from_raw(*pid)?, rustix::process::PidfdFlags::empty()).ok()?;
            alive(*pid, *start).then_some(fd)
        })
        .collect();
    let deadline = Instant::now().checked_add(limit);
    loop {
        if done() {
            return true;
        }
        let now = Instant::now();
        if deadline.is_some_and(|end| now >= end) {
            return false;
        }
        let nap = deadline.map_or(recheck, |end| recheck.min(end - now));
        let timeout = PollTimeout::try_from(nap.max(std::time::Duration::from_millis(1))).unwrap_or(PollTimeout::MAX);
        let mut fds: Vec<PollFd> = pidfds.iter().map(|fd| PollFd::new(fd.as_fd(), PollFlags::POLLIN)).collect();
        if fds.is_empty() {
            std::thread::sleep(nap);
            continue;
        }
        if !matches!(poll(&mut fds, timeout), Ok(n) if n > 0) {
            continue;
        }
        // A pidfd stays readable once its process ended: watch it no more.
        let ended: Vec<bool> = fds.iter().map(|f| f.revents().is_some_and(|r| !r.is_empty())).collect();
        drop(fds);
        let mut flags = ended.into_iter();
        pidfds.retain(|_| !flags.next().unwrap_or(false));
    }
}

pub fn wait_exit(pid: Pid) -> Option<i32> {
    loop {
        match nix::sys::wait::waitpid(pid, None) {
            Ok(WaitStatus::Exited(_, code)) => return Some(code),
            Ok(WaitStatus::Signaled(_, sig, _)) => return Some(128 + sig as i32),
            Ok(_) => continue,
            Err(nix::errno::Errno::EINTR) => continue,
            Err(_) => return None,
        }
    }
}

/// Reap the child if it has exited.
pub fn try_reap(pid: Pid) -> Option<i32> {
    match nix::sys::wait::waitpid(pid, Some(WaitPidFlag::WNOHANG)) {
        Ok(WaitStatus::Exited(_, code)) => Some(code),
        Ok(WaitStatus::Signaled(_, sig, _)) => Some(128 + sig as i32),
        Ok(_) => None,
        Err(_) => Some(EXIT_ENGINE),
    }
}

/// Between fork and exec of a helper that outlives its start (slirp4netns,
/// the port forwarder): it inherits the standard three and `fds`, and no
/// other descriptor of skiff (such as a monitor's report pipe). Only
/// async-signal-safe calls.
pub fn inherit_only(fds: &[RawFd]) -> std::io::Result<()> {
    close_on_exec_beyond_stdio()?;
    for &fd in fds {
        if unsafe { libc::fcntl(fd, libc::F_SETFD, 0) } < 0 {
            return Err(std::io::Error::last_os_error());
        }
    }
    Ok(())
}

/// Children skiff has no more use for while they finish (slirp4netns
/// after its container, the store's sync helper).
static FINISHING: std::sync::Mutex<Vec<std::process::Child>> = std::sync::Mutex::new(Vec::new());

/// Leave `child` to finish on its own: it is reaped, without waiting,
/// whenever another child is handed over here, and by init if skiff exits
/// first. No thread waits for it: a thread alive while a container is
/// cloned stays in the child's copy of the C library's thread list, and
/// the container's setgroups then waits for it forever.
pub fn reap_later(child: std::process::Child) {
    if let Ok(mut finishing) = FINISHING.lock() {
        finishing.retain_mut(|earlier| matches!(earlier.try_wait(), Ok(None)));
        finishing.push(child);
    }
}

/// Reap the children handed to [`reap_later`] that have ended (a process
/// that lives long, the API service, calls it now and then).
pub fn reap_finished() {
    if let Ok(mut finishing) = FINISHING.lock() {
        finishing.retain_mut(|earlier| matches!(earlier.try_wait(), Ok(None)));
    }
}

/// Mark every descriptor above the standard three close-on-exec, so that
/// a program skiff executes inherits only what it is given explicitly.
pub fn close_on_exec_beyond_stdio() -> std::io::Result<()> {
    const CLOSE_RANGE_CLOEXEC: libc::c_uint = 1 << 2;
    match unsafe { libc::syscall(libc::SYS_close_range, 3 as libc::c_uint, libc::c_uint::MAX, CLOSE_RANGE_CLOEXEC) } {
        0 => Ok(()),
        _ => Err(std::io::Error::last_os_error()),
    }
}

/// Run `work` in a forked child and wait for it, for work whose namespace
/// changes (`setns`, entering a user namespace) the caller must not keep.
/// The child's error comes back as its message. Must be called while the
/// process is single-threaded.
pub fn in_child(work: impl FnOnce() -> crate::error::Result<()>) -> crate::error::Result<()> {
    start_in_child(work)?.wait()
}

/// Work started in a forked child by `start_in_child`, not waited for yet.
pub struct ChildWork {
    child: Pid,
    /// The child's error message, written before it exits (EOF at exit).
    report: std::os::fd::OwnedFd,
}

/// Start `work` in a forked child, as `in_child` does, without waiting:
/// several started one after another then run side by side (forking, not
/// threads, as the work may change namespaces). Must be called while the
/// process is single-threaded.
pub fn start_in_child(work: impl FnOnce() -> crate::error::Result<()>) -> crate::error::Result<ChildWork> {
    use std::io::Write;
    use crate::error::Context;
    let (report_r, report_w) = nix::unistd::pipe2(nix::fcntl::OFlag::O_CLOEXEC).context(|| "pipe".into())?;
    // What is buffered would be written twice, by both processes.
    let _ = std::io::stdout().flush();
    let _ = std::io::stderr().flush();
    // SAFETY: the process is single-threaded; the child does its work and
    // exits without returning to the caller.
    match unsafe { nix::unistd::fork() }.context(|| "fork".into())? {
        nix::unistd::ForkResult::Child => {
            drop(report_r);
            let code = match work() {
                Ok(()) => 0,
                Err(e) => {
                    let _ = nix::unistd::write(&report_w, e.message.as_bytes());
                    1
                }
            };
            let _ = std::io::stdout().flush();
            // SAFETY: leave without running the caller's exit handlers.
            unsafe { libc::_exit(code) }
        }
        nix::unistd::ForkResult::Parent { child } => {
            // Only the child keeps the write end: the report ends when the child does.
            drop(report_w);
            Ok(ChildWork { child, report: report_r })
        }
    }
}

impl ChildWork {
    /// Wait for the child; its error, if it failed.
    pub fn wait(self) -> crate::error::Result<()> {
        use std::io::Read;
        let mut report = String::new();
        let _ = std::fs::File::from(self.report).read_to_string(&mut report);
        match nix::sys::wait::waitpid(self.child, None) {
            Ok(WaitStatus::Exited(_, 0)) => Ok(()),
            _ if !report.is_empty() => Err(crate::error::Error::new(report)),
            status => Err(crate::err!("the child process ended with {status:?}")),
        }
    }
}
