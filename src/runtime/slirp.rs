//! User-mode networking with slirp4netns, podman's rootless default.
//!
//! slirp4netns runs as a child of the skiff process that owns the container
//! (the foreground `run`, or a detached container's monitor), inside skiff's
//! user namespace, which owns the container's network namespace. It creates
//! tap0 there, configured as 10.0.2.100 with gateway 10.0.2.2 and DNS
//! 10.0.2.3, and relays traffic through ordinary host sockets. Published
//! ports do not go through it but through skiff's own forwarder
//! (portfwd.rs). It exits when [`Slirp`] is dropped (its exit descriptor
//! closes), or when its owner dies.
//!
//! Its exit is slow: closing the tap device of a namespace whose last
//! process has gone makes the kernel unregister the device, which waits
//! for RCU grace periods (25-35 ms here, more than the rest of `run --rm
//! true`). As it holds no host port, nothing needs to wait for that: it
//! exits in the background, while the forwarder, which holds the host
//! ports, is waited for.

use super::ports::PortMapping;
use super::spec::{ContainerSpec, NetworkMode, SlirpOptions};
use crate::sys::process::find_on_path;
use crate::error::{Context, Result};
use nix::unistd::Pid;
use std::os::fd::{AsRawFd, OwnedFd};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// slirp4netns's output, in the container's runtime directory.
const LOG: &str = "slirp4netns.log";

/// How long slirp4netns may take to configure the network.
const READY_TIMEOUT: Duration = Duration::from_secs(30);

/// Set by the global `--network-cmd-path`: the slirp4netns binary to run
/// instead of the one on PATH (the containers' monitors inherit it).
pub const NETWORK_CMD_VARIABLE: &str = "SKIFF_NETWORK_CMD_PATH";

/// A running slirp4netns, and the forwarder of the published ports;
/// dropping it stops both (see the module's notes on waiting).
pub struct Slirp {
    forwarder: Option<super::portfwd::Forwarder>,
    process: Option<std::process::Child>,
    /// Closing this tells slirp4netns to exit.
    exit: Option<OwnedFd>,
    dir: PathBuf,
}

impl Drop for Slirp {
    fn drop(&mut self) {
        drop(self.forwarder.take());
        drop(self.exit.take());
        if let Some(process) = self.process.take() {
            // Its exit takes a while (see the module's notes on waiting).
            crate::sys::process::reap_later(process);
        }
        let _ = std::fs::remove_file(self.dir.join(LOG));
        // Created by `start`; left alone if something else keeps files there.
        let _ = std::fs::remove_dir(&self.dir);
    }
}

/// Connect the network namespace of the process `pid` as `spec` asks:
/// start slirp4netns and the forwarder of the published ports. None for
/// modes that need no helper.
pub fn attach(spec: &ContainerSpec, pid: Pid) -> Result<Option<Slirp>> {
    connect(&spec.network, &spec.ports, &spec.runtime_dir, pid)
}

/// Connect the network namespace of `pid` for `network`, publishing
/// `ports`; slirp4netns keeps its log in `dir`.
pub fn connect(network: &NetworkMode, ports: &[PortMapping], dir: &Path, pid: Pid) -> Result<Option<Slirp>> {
    let NetworkMode::Slirp4netns(options) = network else { return Ok(None) };
    let mut slirp = Slirp::start(&[pid.as_raw().to_string()], options, dir)?;
    if !ports.is_empty() {
        slirp.forwarder = Some(super::portfwd::start(ports, pid, super::portfwd::SLIRP_CONTAINER_ADDRESS)?);
    }
    Ok(Some(slirp))
}

impl Slirp {
    /// slirp4netns for the network namespace at `netns_path` (the user
    /// networks' holder), keeping its files in `dir`.
    pub fn start_for_namespace(netns_path: &str, dir: &Path) -> Result<Slirp> {
        Slirp::start(&["--netns-type=path".to_string(), netns_path.to_string()], &SlirpOptions::default(), dir)
    }

    /// `target`: the arguments that name the network namespace (a pid, or
    /// --netns-type=path and a path).
    fn start(target: &[String], options: &SlirpOptions, dir: &Path) -> Result<Slirp> {
        let program = match std::env::var_os(NETWORK_CMD_VARIABLE).filter(|p| !p.is_empty()) {
            Some(given) => {
                let given = std::path::PathBuf::from(given);
                if let Err(e) = std::fs::metadata(&given) {
                    return Err(crate::err!("--network-cmd-path {}: {e}", given.display()));
                }
                given
            }
            None => find_on_path("slirp4netns").ok_or_else(|| {
                crate::err!("slirp4netns is not installed: install it (Debian: apt-get install slirp4netns), or use --network none or host")
            })?,
        };
        std::fs::create_dir_all(dir).context(|| format!("create {}", dir.display()))?;
        let log = std::fs::File::create(dir.join(LOG)).context(|| format!("create {}", dir.join(LOG).display()))?;
        let (ready_r, ready_w) = nix::unistd::pipe2(nix::fcntl::OFlag::O_CLOEXEC).context(|| "pipe".into())?;
        let (exit_r, exit_w) = nix::unistd::pipe2(nix::fcntl::OFlag::O_CLOEXEC).context(|| "pipe".into())?;
        let mut command = std::process::Command::new(program);
        command.args(["--configure", &format!("--mtu={}", options.mtu)]);
        if !options.allow_host_loopback {
            command.arg("--disable-host-loopback");
        }
        if options.enable_ipv6 {
            command.arg("--enable-ipv6");
        }
        if let Some(mac) = &options.mac_address {
            command.arg(format!("--macaddress={}", super::spec::format_mac_address(mac)));
        }
        command
            .arg(format!("--exit-fd={}", exit_r.as_raw_fd()))
            .arg(format!("--ready-fd={}", ready_w.as_raw_fd()))
            .args(target)
            .arg("tap0")
            .current_dir(dir)
            .stdin(std::process::Stdio::null())
            .stdout(log.try_clone().context(|| "dup".into())?)
            .stderr(log);
        let inherited = [exit_r.as_raw_fd(), ready_w.as_raw_fd()];
        // SAFETY: only close_range and fcntl between fork and exec.
        unsafe {
            // slirp4netns outlives its start-up: it keeps only its pipes.
            command.pre_exec(move || crate::sys::process::inherit_only(&inherited));
        }
        let process = command.spawn().context(|| "start slirp4netns".into())?;
        drop((exit_r, ready_w));
        let slirp = Slirp { forwarder: None, process: Some(process), exit: Some(exit_w), dir: dir.to_path_buf() };
        if !wait_ready(&ready_r, READY_TIMEOUT) {
            return Err(crate::err!("slirp4netns could not set up the container's network: {}", slirp.last_log_line()));
        }
        Ok(slirp)
    }

    fn last_log_line(&self) -> String {
        let log = std::fs::read_to_string(self.dir.join(LOG)).unwrap_or_default();
        log.lines().rev().find(|l| !l.trim().is_empty()).unwrap_or("it exited without a message").trim().to_string()
    }
}

/// Whether a helper (slirp4netns, the port forwarder) reported ready ("1"
/// on the ready descriptor) within `limit`.
pub(super) fn wait_ready(ready: &OwnedFd, limit: Duration) -> bool {
    use nix::poll::{poll, PollFd, PollFlags, PollTimeout};
    let timeout = PollTimeout::try_from(limit.as_millis() as i32).unwrap_or(PollTimeout::NONE);
    loop {
        let mut fds = [PollFd::new(std::os::fd::AsFd::as_fd(ready), PollFlags::POLLIN)];
        match poll(&mut fds, timeout) {
            Ok(0) => return false,
            Ok(_) => break,
            Err(nix::errno::Errno::EINTR) => continue,
            Err(_) => return false,
        }
    }
    let mut byte = [0u8; 1];
    matches!(nix::unistd::read(ready, &mut byte), Ok(1)) && byte[0] == b'1'
}
