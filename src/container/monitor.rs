//! The monitor of a detached container: skiff re-executed as the hidden
//! `__monitor ID` command, in its own session so it outlives the CLI. It
//! owns the container's output (written to the log), records its exit
//! atomically, and applies the restart policy. There is one per running
//! container and it ends with the container; no daemon is involved.
//!
//! The CLI that starts it waits on a pipe (the monitor's fd 3) until the
//! container's command runs, so start-up errors still reach the user with
//! the right exit status.

use super::attach::AttachServer;
use super::launch::start_spec_for;
use super::logs::{log_path, LogWriter, Stream};
use super::health::OnFailure;
use super::user_namespace::{InfraStopped, UserNamespaceSource};
use super::ContainerStore;
use crate::error::{Context, Result, EXIT_ENGINE};
use crate::image::ImageStore;
use crate::paths::Paths;
use crate::runtime::process::{self, Started, Stdio};
use crate::sys::clock::now;
use crate::sys::helper::{release_unused_memory, report, run_reporting, spawn_helper};
use nix::sys::signal::Signal;
use std::os::fd::{AsFd, OwnedFd};
use std::os::unix::process::CommandExt;
use std::time::{Duration, Instant};


/// "TERM", "SIGTERM", "15" -> the signal.
pub fn parse_signal(value: &str) -> Result<Signal> {
    let v = value.trim();
    if let Ok(n) = v.parse::<i32>() {
        return Signal::try_from(n).map_err(|_| crate::err!("invalid signal {value:?}"));
    }
    let upper = v.to_ascii_uppercase();
    let name = if upper.starts_with("SIG") { upper } else { format!("SIG{upper}") };
    name.parse::<Signal>().map_err(|_| crate::err!("invalid signal {value:?}"))
}

/// A signal as `parse_signal` takes it or a real-time one, which nix has no
/// names for: RTMIN, RTMIN+N or RTMAX-N (systemd's stop signal is
/// SIGRTMIN+3); its number.
pub fn parse_signal_number(value: &str) -> Result<i32> {
    let bad = || crate::err!("invalid signal {value:?}");
    let upper = value.trim().to_ascii_uppercase();
    let name = upper.strip_prefix("SIG").unwrap_or(&upper);
    let (first, last) = (libc::SIGRTMIN(), libc::SIGRTMAX());
    let offset = |rest: &str, sign: char| -> Result<i32> {
        match rest {
            "" => Ok(0),
            _ => rest.strip_prefix(sign).and_then(|n| n.parse::<i32>().ok()).filter(|n| (0..=last - first).contains(n)).ok_or_else(bad),
        }
    };
    if let Some(rest) = name.strip_prefix("RTMIN") {
        return Ok(first + offset(rest, '+')?);
    }
    if let Some(rest) = name.strip_prefix("RTMAX") {
        return Ok(last - offset(rest, '-')?);
    }
    match name.parse::<i32>() {
        Ok(number) if (1..=last).contains(&number) => Ok(number),
        Ok(_) => Err(bad()),
        Err(_) => parse_signal(value).map(|signal| signal as i32),
    }
}

/// Send signal `number` (any, real-time ones too) to process `pid`.
pub fn send_signal(pid: i32, number: i32) -> nix::Result<()> {
    // SAFETY: kill(2) takes plain integers and touches no memory of ours.
    nix::errno::Errno::result(unsafe { libc::kill(pid, number) }).map(drop)
}

/// Start the monitor for container `id` and wait until its command runs.
/// Called from inside the user namespace, the monitor stays in it; from
/// outside (rootless), the monitor enters one itself: the pod's, for a
/// container of a pod.
pub fn spawn(paths: &Paths, id: &str) -> Result<()> {
    spawn_helper(paths, &["__monitor", id]).map(|_| ())
}

/// The hidden `__monitor` command.
pub fn run(paths: &Paths, id: &str) -> Result<i32> {
    run_reporting(|reporter| {
        enter_container_user_namespace(paths, id)?;
        watch(paths, id, reporter)
    })
}

/// A monitor started from outside any user namespace (rootless) enters
/// the one the container needs: its pod's, that of the container whose
/// network it shares, or a new one of its own.
fn enter_container_user_namespace(paths: &Paths, id: &str) -> Result<()> {
    if !crate::runtime::userns::rootless() {
        return Ok(());
    }
    let record = ContainerStore::open(paths).lookup(id)?;
    let network = record.config.network.mode();
    if let Some((flag, target)) = record.config.joined_container() {
        let (_, holder) = crate::container::launch::namespace_holder(paths, flag, target)?;
        return UserNamespaceSource::NetworkContainer(holder).enter(paths);
    }
    if record.config.pod.is_empty() {
        // A container on a user network starts in the networks' holder's,
        // as one on slirp4netns that `network connect` put on some.
        return match network {
            crate::runtime::spec::NetworkMode::User(_) => UserNamespaceSource::UserNetworks,
            crate::runtime::spec::NetworkMode::Slirp4netns(_) if !crate::network::connect::connected(paths, &record.id).is_empty() => {
                UserNamespaceSource::UserNetworks
            }
            _ => UserNamespaceSource::Own,
        }
        .enter(paths);
    }
    let pod = crate::pod::PodStore::open(paths).lookup(&record.config.pod)?;
    UserNamespaceSource::Pod(&pod, InfraStopped::Fail).enter(paths)
}

fn watch(paths: &Paths, id: &str, reporter: &mut Option<OwnedFd>) -> Result<i32> {
    let containers = ContainerStore::open(paths);
    let images = ImageStore::open(paths)?;
    let mut record = containers.lookup(id)?;
    let dir = containers.container_dir(&record.id);
    let mut backoff = Duration::from_millis(100);
    loop {
        let spec = start_spec_for(paths, &images, &record)?;
        let mut log = LogWriter::open(&log_path(&dir), &record.config.log_driver, record.config.log_max_size)?;
        let (out_r, out_w) = nix::unistd::pipe2(nix::fcntl::OFlag::O_CLOEXEC).context(|| "pipe".into())?;
        let (err_r, err_w) = nix::unistd::pipe2(nix::fcntl::OFlag::O_CLOEXEC).context(|| "pipe".into())?;
        // An interactive container reads what `attach` clients type.
        let (stdin_r, stdin_w) = if spec.stdin && !spec.tty {
            let (r, w) = nix::unistd::pipe2(nix::fcntl::OFlag::O_CLOEXEC).context(|| "pipe".into())?;
            (Some(r), Some(w))
        } else {
            (None, None)
        };
        let stdio = if spec.tty { Stdio::Terminal } else { Stdio::Fds { stdin: stdin_r, stdout: out_w, stderr: err_w } };
        // The container's address on its user network, if any: kept while
        // it waits to be restarted (see `Attachment::keep`).
        let mut endpoint = None;
        let mut health_restart = false;
        let code = match process::start(&spec, stdio) {
            Ok(mut started) => {
                endpoint = started.endpoint.take();
                containers.mark_running(&mut record, started.pid.as_raw())?;
                let mut checks = HealthChecks::new(paths, &record)?;
                // The attach socket exists before `start` is told the
                // container runs, so that `start -i` or `attach` right
                // after it finds the socket.
                let (mut attach, outputs) = match started.terminal.take() {
                    Some(master) => {
                        let input = master.try_clone().ok();
                        let terminal = master.try_clone().ok();
                        let hold = spec.stdin && super::attach::client_expected(containers.runtime_dir(), &record.id);
                        (AttachServer::listen(containers.runtime_dir(), &record.id, input, terminal, hold), vec![(master, Stream::Stdout)])
                    }
                    None => (
                        AttachServer::listen(containers.runtime_dir(), &record.id, stdin_w, None, false),
                        vec![(out_r, Stream::Stdout), (err_r, Stream::Stderr)],
                    ),
                };
                report(reporter, "ok\n");
                // What starting took is given back only once the container
                // has run a while: most of a short-lived one's monitor life
                // would go to it (about 1.5 ms of CPU, right when `run -d`
                // has returned and the next command starts).
                let mut release_at = Some(std::time::Instant::now() + MEMORY_RELEASE_DELAY);
                let code = pump(&started, &outputs, &mut log, &mut checks, &mut attach, &mut release_at);
                // A command that ended at once still reaches the client about to come.
                attach.await_first_client(Duration::from_secs(5));
                attach.send(super::attach::EXIT, &code.to_be_bytes());
                health_restart = checks.restart_requested;
                code
            }
            // The command could not be run: nothing to restart.
            Err(e) if reporter.is_some() => return Err(e),
            Err(e) => e.code,
        };
        log.flush();
        containers.died(&record, code);
        if let Some(hooks) = &spec.hooks {
            hooks.run_poststop();
        }
        let stopped = containers.stop_requested(&record.id);
        // `rm -f` may have removed the container meanwhile: then we are done.
        let Ok(current) = containers.lookup(&record.id) else { return Ok(code) };
        record = current;
        // `--health-on-failure restart`: at once, as `skiff restart` would.
        if health_restart && !stopped {
            if let Some(endpoint) = endpoint {
                endpoint.keep();
            }
            containers.mark_restarting(&mut record, code)?;
            containers.event(&record, "restart");
            continue;
        }
        if record.config.restart.should_restart(code, record.restart_count, stopped) {
            if let Some(endpoint) = endpoint {
                endpoint.keep();
            }
            containers.mark_restarting(&mut record, code)?;
            std::thread::sleep(backoff);
            backoff = (backoff * 2).min(Duration::from_secs(60));
            let Ok(current) = containers.lookup(&record.id) else { return Ok(code) };
            if containers.stop_requested(&record.id) {
                return Ok(code);
            }
            record = current;
            continue;
        }
        containers.mark_exited(&mut record, code)?;
        if record.config.auto_remove {
            containers.remove(&record)?;
            crate::volume::remove_anonymous(paths, &record.config.mounts)?;
        }
        crate::pod::apply_exit_policy(paths, &record);
        return Ok(code);
    }
}

/// Runs `skiff healthcheck run` every interval while the container runs,
/// as a separate process: the check joins the container's namespaces,
/// which the monitor itself must never do. When a check leaves the
/// container unhealthy, carries out its `--health-on-failure` action.
struct HealthChecks {
    command: Option<std::process::Command>,
    check: super::health::Healthcheck,
    on_failure: OnFailure,
    containers: ContainerStore,
    record: super::ContainerRecord,
    started: Instant,
    next: Instant,
    running: Option<std::process::Child>,
    /// When the stop signal of a `stop` or `restart` action turns into
    /// SIGKILL (the container's stop timeout).
    kill_at: Option<Instant>,
    /// The `restart` action stopped the container: start it again.
    restart_requested: bool,
}

impl HealthChecks {
    fn new(paths: &Paths, record: &super::ContainerRecord) -> Result<HealthChecks> {
        let containers = ContainerStore::open(paths);
        let mut checks = HealthChecks {
            command: None,
            check: Default::default(),
            on_failure: record.config.health_on_failure,
            containers,
            record: record.clone(),
            started: Instant::now(),
            next: Instant::now(),
            running: None,
            kill_at: None,
            restart_requested: false,
        };
        let Some(check) = record.config.healthcheck.as_ref().filter(|c| c.argv().is_some()) else { return Ok(checks) };
        super::health::save(&checks.containers.health_path(&record.id), &super::health::HealthState::starting(now()))?;
        let mut cmd = std::process::Command::new(std::fs::read_link("/proc/self/exe").context(|| "find the skiff binary".into())?);
        cmd.arg0("skiff")
            .args(paths.global_args())
            .args(["healthcheck", "run", &record.id])
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null());
        checks.command = Some(cmd);
        checks.check = check.clone();
        checks.next = Instant::now() + check.next_interval(Duration::ZERO, "starting");
        Ok(checks)
    }

    /// How long the monitor may sleep before the next check or kill is due.
    fn timeout(&self) -> Option<Duration> {
        let check = self.command.as_ref().map(|_| self.next);
        [check, self.kill_at].into_iter().flatten().min().map(|at| at.saturating_duration_since(Instant::now()))
    }

    /// Reap a finished check and act on its outcome; start the next one
    /// when it is due (never two at once); kill a container that outlived
    /// its stop timeout.
    fn tick(&mut self, pid: nix::unistd::Pid) {
        if self.kill_at.is_some_and(|at| Instant::now() >= at) {
            self.kill_at = None;
            let _ = nix::sys::signal::kill(pid, Signal::SIGKILL);
        }
        if let Some(child) = self.running.as_mut() {
            if !matches!(child.try_wait(), Ok(None)) {
                self.running = None;
                let status = self.containers.health(&self.record.id).map(|h| h.status).unwrap_or_default();
                if status == "unhealthy" {
                    self.act(pid);
                }
            }
        }
        if self.command.is_none() || Instant::now() < self.next {
            return;
        }
        let status = self.containers.health(&self.record.id).map(|h| h.status).unwrap_or_default();
        self.next = Instant::now() + self.check.next_interval(self.started.elapsed(), &status);
        // A paused container cannot answer: its checks wait for the unpause.
        let paused = self.containers.lookup(&self.record.id).is_ok_and(|r| r.is_paused());
        if self.running.is_none() && !paused {
            self.running = self.command.as_mut().and_then(|cmd| cmd.spawn().ok());
        }
    }

    /// podman's on-failure actions: kill and stop end the container as
    /// `skiff kill` and `skiff stop` do (its restart policy does not bring
    /// it back); restart stops it and has the monitor start it again.
    /// Checks end with the action.
    fn act(&mut self, pid: nix::unistd::Pid) {
        if self.on_failure == OnFailure::None {
            return;
        }
        self.command = None;
        let store = &self.containers;
        match self.on_failure {
            OnFailure::None => {}
            OnFailure::Kill => {
                let _ = store.request_stop(&self.record.id);
                store.event(&self.record, "kill");
                let _ = nix::sys::signal::kill(pid, Signal::SIGKILL);
            }
            OnFailure::Stop | OnFailure::Restart => {
                if self.on_failure == OnFailure::Stop {
                    let _ = store.request_stop(&self.record.id);
                    store.event(&self.record, "stop");
                } else {
                    self.restart_requested = true;
                }
                let signal = parse_signal_number(&self.record.config.stop_signal).unwrap_or(libc::SIGTERM);
                let _ = send_signal(pid.as_raw(), signal);
                self.kill_at = Some(Instant::now() + Duration::from_secs(self.record.config.stop_timeout));
            }
        }
    }
}

impl Drop for HealthChecks {
    fn drop(&mut self) {
        if let Some(mut child) = self.running.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

/// How long a container runs before its monitor gives back the memory its
/// start took (see `sys::helper::release_unused_memory`).
const MEMORY_RELEASE_DELAY: Duration = Duration::from_secs(1);

/// Copy the container's output into the log, relay signals sent to the
/// monitor and run healthchecks, until the container exits; returns its
/// exit status. Gives back unused memory once, at `release_at`.
fn pump(
    started: &Started,
    outputs: &[(OwnedFd, Stream)],
    log: &mut LogWriter,
    checks: &mut HealthChecks,
    attach: &mut AttachServer,
    release_at: &mut Option<std::time::Instant>,
) -> i32 {
    use nix::poll::{poll, PollFd, PollFlags, PollTimeout};
    let mut open: Vec<bool> = vec![true; outputs.len()];
    let mut buf = vec![0u8; 64 * 1024];
    let mut exit = None;
    loop {
        if exit.is_none() {
            exit = crate::sys::process::try_reap(started.pid);
        }
        if exit.is_some() && !open.iter().any(|o| *o) {
            return exit.unwrap_or(EXIT_ENGINE);
        }
        let mut fds = vec![PollFd::new(started.signals.as_fd(), PollFlags::POLLIN)];
        let mut which = Vec::new();
        for (i, (fd, _)) in outputs.iter().enumerate() {
            if open[i] {
                fds.push(PollFd::new(fd.as_fd(), PollFlags::POLLIN));
                which.push(i);
            }
        }
        let attach_fds: Vec<i32> = attach.poll_fds().iter().map(|fd| std::os::fd::AsRawFd::as_raw_fd(fd)).collect();
        let attach_start = fds.len();
        // SAFETY: the descriptors belong to `attach`, which outlives `fds`.
        fds.extend(attach_fds.iter().map(|fd| PollFd::new(unsafe { std::os::fd::BorrowedFd::borrow_raw(*fd) }, PollFlags::POLLIN)));
        checks.tick(started.pid);
        if release_at.is_some_and(|at| at <= std::time::Instant::now()) {
            *release_at = None;
            release_unused_memory();
        }
        let release_wait = release_at.map(|at| at.saturating_duration_since(std::time::Instant::now()));
        let next_wait = [checks.timeout(), release_wait].into_iter().flatten().min();
        // Once the container is gone, only drain what is already there.
        let timeout = match (exit, next_wait) {
            (Some(_), _) => PollTimeout::ZERO,
            (None, Some(wait)) => PollTimeout::try_from(wait.max(Duration::from_millis(1))).unwrap_or(PollTimeout::MAX),
            (None, None) => PollTimeout::NONE,
        };
        let ready = match poll(&mut fds, timeout) {
            Ok(n) => n,
            Err(nix::errno::Errno::EINTR) => continue,
            Err(_) => 0,
        };
        let revents: Vec<bool> = fds.iter().map(|f| f.revents().map(|r| !r.is_empty()).unwrap_or(false)).collect();
        drop(fds);
        if ready == 0 && exit.is_some() {
            return exit.unwrap_or(EXIT_ENGINE);
        }
        if ready == 0 {
            continue;
        }
        if revents[0] {
            if let Ok(Some(info)) = started.signals.read_signal() {
                process::forward(started.pid, info.ssi_signo as i32);
            }
        }
        attach.handle(&revents[attach_start..]);
        for (slot, &i) in which.iter().enumerate() {
            if !revents[slot + 1] {
                continue;
            }
            match nix::unistd::read(&outputs[i].0, &mut buf) {
                Ok(n) if n > 0 => {
                    log.write(outputs[i].1, &buf[..n]);
                    attach.send(if outputs[i].1 == Stream::Stderr { super::attach::STDERR } else { super::attach::STDOUT }, &buf[..n]);
                }
                Err(nix::errno::Errno::EINTR) | Err(nix::errno::Errno::EAGAIN) => {}
                _ => open[i] = false,
            }
        }
    }
}
