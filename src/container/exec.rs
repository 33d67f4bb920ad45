//! Running another process in a running container (`exec`): in every one of
//! its namespaces and under the same confinement as its main process.
//!
//! Joining the container's namespaces happens in the calling process (a
//! user namespace can only be joined by a single-threaded one): a
//! multi-threaded caller such as the API service runs exec in a child.

use crate::container::launch::{confinement, spec_for};
use crate::container::ContainerStore;
use crate::error::{Error, Result, EXIT_ENGINE};
use crate::image::ImageStore;
use crate::paths::Paths;
use crate::runtime::process::{self, Started, Stdio};
use crate::runtime::spec::ContainerSpec;

/// What to run, and how. Strings as `create`'s `parse` gives them.
#[derive(Debug, Clone, Default)]
pub struct ExecOptions {
    /// The container's name or id.
    pub container: String,
    /// The command and its arguments.
    pub command: Vec<String>,
    /// KEY=VALUE variables added to the container's.
    pub env: Vec<String>,
    /// Absolute; None: the container's.
    pub workdir: Option<String>,
    /// USER[:GROUP]; None: the container's.
    pub user: Option<String>,
    /// A pseudo-terminal for the process.
    pub tty: bool,
    /// Keep its standard input open.
    pub interactive: bool,
    /// Every capability and no seccomp filter.
    pub privileged: bool,
    /// Descriptors 3 to 3+N-1 of the caller passed on to the process.
    pub preserve_fds: u32,
}

/// A process ready to run in a container: its spec, and the container's
/// init, whose namespaces it joins.
pub struct PreparedExec {
    pub spec: ContainerSpec,
    pub container_pid: i32,
}

/// Check `options` against the container (which must be running) and make
/// the process's spec.
pub fn prepare(paths: &Paths, options: &ExecOptions) -> Result<PreparedExec> {
    if let Some(w) = &options.workdir {
        if !w.starts_with('/') {
            return Err(crate::err!("the working directory {w:?} is invalid: it needs to be an absolute path"));
        }
    }
    let store = ContainerStore::open(paths);
    // The store reports a missing container with code 1 (what rm and stop
    // return); exec, as podman's and docker's, exits 125 for it.
    let record = store.lookup(&options.container).map_err(|e| Error::with_code(EXIT_ENGINE, e.message))?;
    let container_pid = store.live_pid(&record.id).ok_or_else(|| {
        crate::err!("can only exec in a running container: {} is {}", options.container, record.status.as_str())
    })?;
    if record.is_paused() {
        return Err(crate::err!("can only create exec sessions on running containers: {}", super::pause::STATE_IMPROPER));
    }
    let images = ImageStore::open(paths)?;
    let mut spec = spec_for(paths, &images, &record)?;
    if options.privileged {
        let mut config = record.config.clone();
        config.privileged = true;
        let full = confinement(&config, Some(&store.container_dir(&record.id)), true)?;
        spec.caps = full.caps;
        spec.seccomp = full.seccomp;
    }
    spec.args = options.command.clone();
    spec.env.extend(options.env.iter().cloned());
    if let Some(w) = &options.workdir {
        spec.workdir = w.clone();
    }
    if let Some(u) = &options.user {
        spec.user = u.clone();
    }
    spec.tty = options.tty;
    spec.stdin = options.interactive;
    spec.preserve_fds = options.preserve_fds;
    Ok(PreparedExec { spec, container_pid })
}

impl PreparedExec {
    /// Run it with this process's standard streams (or a pseudo-terminal
    /// relayed to them) until it exits: its exit status. With a terminal,
    /// standard input kept open and a terminal on this process's standard
    /// input, typing `detach_keys` (none when empty) detaches: the process
    /// then runs on, its terminal kept by a process of skiff's on the host,
    /// and this returns 0; it must not die with skiff then. Piped input
    /// (`exec -i`, or -t without a terminal) reaches the process as it is.
    /// `exec` and `compose exec` both run here.
    pub fn run_foreground(mut self, detach_keys: &[u8]) -> Result<i32> {
        let on_terminal = nix::unistd::isatty(std::io::stdin()).unwrap_or(false);
        let detach_keys = if self.spec.tty && self.spec.stdin && on_terminal { detach_keys } else { &[] };
        if !detach_keys.is_empty() {
            self.spec.die_with_parent = false;
        }
        process::exec_foreground(&self.spec, self.container_pid, detach_keys)
    }

    /// Start it with these streams (descriptors, or a pseudo-terminal whose
    /// master comes back in `Started::terminal`) and return at once; the
    /// caller waits for it through the handle.
    pub fn start(self, stdio: Stdio) -> Result<Started> {
        process::exec(&self.spec, stdio, self.container_pid)
    }

    /// Start it with no input and its output thrown away, and leave it
    /// running on its own: its pid (the caller's child, which may wait for it).
    pub fn start_detached(mut self) -> Result<nix::unistd::Pid> {
        self.spec.die_with_parent = false;
        let null = || std::fs::OpenOptions::new().write(true).open("/dev/null").map(std::os::fd::OwnedFd::from);
        let stdio = match (null(), null()) {
            (Ok(stdout), Ok(stderr)) => Stdio::Fds { stdin: None, stdout, stderr },
            _ => return Err(crate::err!("open /dev/null")),
        };
        Ok(self.start(stdio)?.pid)
    }
}
