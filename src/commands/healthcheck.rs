//! `skiff healthcheck run`: execute a container's healthcheck now and
//! record the outcome (the monitor calls this every interval).

use super::Context;
use crate::container::health::{self, HealthLog, HealthState, Healthcheck};
use crate::container::launch::spec_for;
use crate::sys::clock::now;
use crate::container::ContainerStore;
use crate::error::{Context as _, Result};
use crate::image::ImageStore;
use crate::output;
use crate::runtime::process::{self, Stdio};
use std::io::Read;
use std::os::fd::{AsFd, OwnedFd};
use std::time::{Duration, Instant, SystemTime};

/// docker keeps at most this much of a check's output.
const MAX_OUTPUT: usize = 4096;

pub fn run(ctx: &Context, container: &str) -> Result<i32> {
    let store = ContainerStore::open(&ctx.paths);
    let record = super::targets::lookup(&store, container)?;
    let check = record
        .config
        .healthcheck
        .clone()
        .ok_or_else(|| crate::err!("container {container} has no defined healthcheck"))?;
    // A paused container is not running for podman either.
    let pid = store
        .live_pid(&record.id)
        .filter(|_| !record.is_paused())
        .ok_or_else(|| crate::err!("container {container} is not running"))?;
    let images = ImageStore::open(&ctx.paths)?;
    let mut spec = spec_for(&ctx.paths, &images, &record)?;
    spec.args = check.argv().ok_or_else(|| crate::err!("container {container} has its healthcheck disabled"))?;
    spec.tty = false;
    spec.stdin = false;

    let start = crate::time::format_nanos(SystemTime::now());
    let (exit_code, output) = check_in_child(&spec, pid, &check)?;
    let outcome = HealthLog { start, end: crate::time::format_nanos(SystemTime::now()), exit_code, output };
    let path = store.health_path(&record.id);
    let mut state = health::load(&path).unwrap_or_else(|| HealthState::starting(record.started_at.unwrap_or(record.created)));
    state.record(&check, outcome, now());
    health::save(&path, &state)?;
    store.health_event(&record, &state.status);
    if exit_code == 0 {
        Ok(0)
    } else {
        output::line("unhealthy");
        Ok(1)
    }
}

/// Run the check in a child process: joining the container's namespaces
/// must not move this process, which records the outcome in the store.
fn check_in_child(spec: &crate::runtime::spec::ContainerSpec, pid: i32, check: &Healthcheck) -> Result<(i32, String)> {
    let (result_r, result_w) = nix::unistd::pipe2(nix::fcntl::OFlag::O_CLOEXEC).context(|| "pipe".into())?;
    // SAFETY: skiff is single-threaded; the child reports through the pipe and exits.
    match unsafe { nix::unistd::fork() }.context(|| "fork".into())? {
        nix::unistd::ForkResult::Child => {
            drop(result_r);
            let (code, text) = execute(spec, pid, check).unwrap_or_else(|e| (e.code, e.message));
            let report = serde_json::json!({"code": code, "output": text}).to_string();
            let _ = nix::unistd::write(&result_w, report.as_bytes());
            unsafe { libc::_exit(0) }
        }
        nix::unistd::ForkResult::Parent { child } => {
            drop(result_w);
            let mut report = String::new();
            let _ = std::fs::File::from(result_r).read_to_string(&mut report);
            let _ = nix::sys::wait::waitpid(child, None);
            let v: serde_json::Value = serde_json::from_str(&report).map_err(|_| crate::err!("the healthcheck process failed"))?;
            Ok((v["code"].as_i64().unwrap_or(-1) as i32, v["output"].as_str().unwrap_or_default().to_string()))
        }
    }
}

/// Execute the check in the container; (exit code, output). A check that
/// outlives its timeout is killed and fails, as in docker.
fn execute(spec: &crate::runtime::spec::ContainerSpec, pid: i32, check: &Healthcheck) -> Result<(i32, String)> {
    use nix::poll::{poll, PollFd, PollFlags, PollTimeout};
    let (out_r, out_w) = nix::unistd::pipe2(nix::fcntl::OFlag::O_CLOEXEC).context(|| "pipe".into())?;
    let err_w: OwnedFd = out_w.try_clone().context(|| "dup".into())?;
    let started = process::exec(spec, Stdio::Fds { stdin: None, stdout: out_w, stderr: err_w }, pid)?;
    let deadline = Instant::now() + Duration::from_nanos(check.timeout);
    let mut output = Vec::new();
    let mut buf = [0u8; 4096];
    let mut code = None;
    let mut open = true;
    loop {
        if code.is_none() {
            code = crate::sys::process::try_reap(started.pid);
        }
        if code.is_some() && !open {
            break;
        }
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            let _ = nix::sys::signal::kill(started.pid, nix::sys::signal::Signal::SIGKILL);
            let _ = crate::sys::process::wait_exit(started.pid);
            return Ok((-1, "Health check exceeded timeout".into()));
        }
        let mut fds = vec![PollFd::new(started.signals.as_fd(), PollFlags::POLLIN)];
        if open {
            fds.push(PollFd::new(out_r.as_fd(), PollFlags::POLLIN));
        }
        let wait = if code.is_some() { Duration::from_millis(50) } else { left.min(Duration::from_millis(100)) };
        let n = poll(&mut fds, PollTimeout::try_from(wait).unwrap_or(PollTimeout::NONE)).unwrap_or(0);
        let ready: Vec<bool> = fds.iter().map(|f| f.revents().is_some_and(|r| !r.is_empty())).collect();
        drop(fds);
        if ready[0] {
            let _ = started.signals.read_signal();
        }
        if open && ready.get(1) == Some(&true) {
            match nix::unistd::read(&out_r, &mut buf) {
                Ok(k) if k > 0 => output.extend_from_slice(&buf[..k.min(MAX_OUTPUT.saturating_sub(output.len()))]),
                _ => open = false,
            }
        } else if n == 0 && code.is_some() {
            // Something in the container keeps the pipe open: stop reading.
            break;
        }
    }
    Ok((code.unwrap_or(-1), String::from_utf8_lossy(&output).into_owned()))
}
