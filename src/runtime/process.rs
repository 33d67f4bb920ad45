//! Start a container and wait for it, in clear phases:
//!
//! 1. parent: block the signals it will relay, open the error pipe (and a
//!    socket for the terminal), clone a child into new mount, pid, uts, ipc
//!    (and network) namespaces; skiff is already root in its user namespace.
//!    With slirp4netns, the child first waits until the parent has started
//!    it on the child's network namespace and published the ports; on a
//!    user network, until the parent has attached it (`spec.endpoint`, the
//!    network layer's hook).
//! 2. child (pid 1 of the container): assemble the root filesystem and
//!    pivot into it (`rootfs`), set up stdio, resolve the user, enter the
//!    working directory inside the new root, drop to the user, close every
//!    inherited descriptor and exec the command. Any failure is written to
//!    the error pipe as "CODE\nmessage" and the child exits with CODE.
//! 3. parent: the error pipe closing without a message means exec
//!    succeeded; relay signals (and the terminal) until the child exits.

use super::join::{HolderNamespaces, NamespaceFiles, SharedNamespace};
use super::rootfs;
use super::spec::{ContainerSpec, NetworkMode};
use super::syscall::{LinuxSyscall, Syscall};
use super::user;
use crate::error::{Context, Error, Result, EXIT_CANNOT_INVOKE, EXIT_ENGINE, EXIT_NOT_FOUND};
use crate::sys::process::{close_on_exec_beyond_stdio, try_reap, wait_exit};
use nix::sys::signal::{SigSet, Signal};
use nix::sys::signalfd::{SfdFlags, SignalFd};
use nix::sys::wait::{WaitPidFlag, WaitStatus};
use nix::unistd::Pid;
use std::ffi::CString;
use std::io::{IoSlice, Read};
use std::os::fd::{AsFd, AsRawFd, BorrowedFd, FromRawFd, IntoRawFd, OwnedFd, RawFd};
use std::path::Path;

/// Signals skiff forwards to the container's process.
const RELAYED: &[Signal] = &[
    Signal::SIGINT,
    Signal::SIGTERM,
    Signal::SIGHUP,
    Signal::SIGQUIT,
    Signal::SIGUSR1,
    Signal::SIGUSR2,
];

const DEFAULT_PATH: &str = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

fn handled_signals() -> SigSet {
    let mut set = SigSet::empty();
    for s in RELAYED {
        set.add(*s);
    }
    set.add(Signal::SIGCHLD);
    set.add(Signal::SIGWINCH);
    set
}

/// Where the container's standard streams go.
pub enum Stdio {
    /// skiff's own stdout and stderr; stdin too when `stdin` (`-i`),
    /// otherwise /dev/null.
    Inherit { stdin: bool },
    /// A pseudo-terminal from the container's devpts; the master comes back
    /// in `Started::terminal`.
    Terminal,
    /// These descriptors (a monitor's pipes); stdin None means /dev/null.
    Fds { stdin: Option<OwnedFd>, stdout: OwnedFd, stderr: OwnedFd },
}

/// A container whose command has been executed.
pub struct Started {
    pub pid: Pid,
    /// The pseudo-terminal master, for `Stdio::Terminal`.
    pub terminal: Option<OwnedFd>,
    /// Delivers the signals skiff handles (SIGCHLD, and those it relays)
    /// while they stay blocked for normal delivery.
    pub signals: SignalFd,
    /// The container's slirp4netns, stopped when the container is dropped.
    pub network: Option<super::slirp::Slirp>,
    /// The container's place on its user network, given up when dropped.
    pub endpoint: Option<Box<dyn super::spec::NetworkPlace>>,
    /// The forwarder of the ports published into a container on a user
    /// network (on slirp4netns, `network` holds it).
    pub published: Option<super::portfwd::Forwarder>,
    /// The namespaces made for the container, opened right after the
    /// clone when `run_holding` asks for them; none otherwise.
    pub namespaces: Vec<OwnedFd>,
}

impl Drop for Started {
    fn drop(&mut self) {
        let _ = handled_signals().thread_unblock();
    }
}

/// Run the container in the foreground; `started` is told the host pid of
/// its init process once the command has been executed. Returns the exit
/// status docker would: the command's code, or 128+signal.
pub fn run(spec: &ContainerSpec, started: impl FnOnce(i32)) -> Result<i32> {
    run_holding(spec, false, started).0
}

/// `run`, and (with `hold`) descriptors of the container's namespaces,
/// held since the container was cloned (see `held_namespaces`). The last process to leave
/// a mount namespace unmounts its mounts (31 for a default container, and
/// a wait for an RCU grace period) before its parent hears of its exit:
/// held here, that cost falls on whoever closes the descriptors last, and
/// the exit status comes without it. The mounts stay until then, so they
/// must be closed before the container is started again on the same
/// directories.
pub fn run_holding(spec: &ContainerSpec, hold: bool, started: impl FnOnce(i32)) -> (Result<i32>, Vec<OwnedFd>) {
    let stdio = if spec.tty { Stdio::Terminal } else { Stdio::Inherit { stdin: spec.stdin } };
    let mut container = match spawn(spec, stdio, None, hold) {
        Ok(container) => container,
        Err(e) => return (Err(e), Vec::new()),
    };
    started(container.pid.as_raw());
    let exited = match container.terminal.take() {
        Some(master) => relay_terminal(container.pid, &container.signals, master, spec.stdin, spec.proxy_signals, None),
        None => relay_signals(container.pid, &container.signals, spec.proxy_signals),
    };
    (exited, std::mem::take(&mut container.namespaces))
}

/// Descriptors of the namespaces cloned for the container `pid` whose
/// teardown is only work, nothing anyone waits for: its mount namespace
/// (its mounts unmounted; not one with a FUSE root), and its IPC, UTS
/// and, with `--network none`, network namespaces (freed by kernel
/// workers that would otherwise run right after the container, beside its
/// removal). A network namespace with a way out (slirp4netns, a user
/// network's veth pair) goes with the container, as its addresses do.
fn held_namespaces(spec: &ContainerSpec, flags: libc::c_int, pid: i32) -> Vec<OwnedFd> {
    // A FUSE root's server serves until its mount is gone.
    let mut kinds = if spec.driver.is_fuse() { vec![] } else { vec![(libc::CLONE_NEWNS, "mnt")] };
    kinds.extend([(libc::CLONE_NEWIPC, "ipc"), (libc::CLONE_NEWUTS, "uts")]);
    if spec.network == NetworkMode::None {
        kinds.push((libc::CLONE_NEWNET, "net"));
    }
    let open = |kind: &str| {
        rustix::fs::open(format!("/proc/{pid}/ns/{kind}"), rustix::fs::OFlags::RDONLY | rustix::fs::OFlags::CLOEXEC, rustix::fs::Mode::empty()).ok()
    };
    kinds.into_iter().filter(|(flag, _)| flags & flag != 0).filter_map(|(_, kind)| open(kind)).collect()
}

/// Create the container's namespaces and execute its command. Returns once
/// the command runs; an error means it never did (its code is 125, or
/// 126/127 when the command could not be invoked or found).
pub fn start(spec: &ContainerSpec, stdio: Stdio) -> Result<Started> {
    spawn(spec, stdio, None, false)
}

/// Run another process in the running container whose init is `pid`
/// (`exec`): join its namespaces, then start `spec`'s command as `start`
/// does, under the same confinement, without assembling a root filesystem.
pub fn exec(spec: &ContainerSpec, stdio: Stdio, pid: i32) -> Result<Started> {
    spawn(spec, stdio, Some(pid), false)
}

/// Run `spec` in the foreground in the running container whose init is
/// `pid`; returns the command's exit status. With `detach_keys` (not
/// empty) and a terminal relayed with its input, typing them leaves the
/// process running and returns 0 at once (see `TerminalKeeper`).
pub fn exec_foreground(spec: &ContainerSpec, pid: i32, detach_keys: &[u8]) -> Result<i32> {
    let stdio = if spec.tty { Stdio::Terminal } else { Stdio::Inherit { stdin: spec.stdin } };
    // Forked before exec joins the container's namespaces, so that the
    // keeper stays on the host's side, out of the container's pid namespace.
    let keeper = if spec.tty && spec.stdin && !detach_keys.is_empty() { Some(TerminalKeeper::start()?) } else { None };
    let mut process = exec(spec, stdio, pid)?;
    match process.terminal.take() {
        Some(master) => {
            let detach = keeper.map(|keeper| Detach { keys: detach_keys, keeper });
            relay_terminal(process.pid, &process.signals, master, spec.stdin, spec.proxy_signals, detach)
        }
        None => relay_signals(process.pid, &process.signals, spec.proxy_signals),
    }
}

/// A process that takes a foreground exec's terminal over when the user
/// detaches: skiff exits then, and the terminal's master must stay open
/// (its last close hangs the process up). It drains the master, the output
/// thrown away as podman does for a detached exec session, until every
/// process holding the terminal has closed it. Until then it waits on a
/// socket for the master; when skiff exits without detaching, the socket
/// closes and the keeper exits with nothing to do.
struct TerminalKeeper {
    socket: OwnedFd,
}

/// The name the keeper shows in ps (its command line stays skiff's).
const TERMINAL_KEEPER_NAME: &std::ffi::CStr = c"skiff-exec-pty";

impl TerminalKeeper {
    /// Fork the keeper: in its own session (the user's terminal's signals
    /// never reach it), with no parent-death signal, its standard streams
    /// on /dev/null and no other descriptor of skiff's but its socket.
    /// Called while skiff is single-threaded (as exec requires anyway).
    fn start() -> Result<TerminalKeeper> {
        let (skiff_end, keeper_end) = seqpacket_pair()?;
        match unsafe { nix::unistd::fork() }.context(|| "fork the process that keeps a detached exec's terminal".into())? {
            nix::unistd::ForkResult::Parent { .. } => Ok(TerminalKeeper { socket: skiff_end }),
            nix::unistd::ForkResult::Child => {
                drop(skiff_end);
                keep_terminal(keeper_end)
            }
        }
    }

    /// Hand the terminal's master over; skiff may exit then.
    fn take_over(&self, master: &OwnedFd) -> Result<()> {
        send_fds(&self.socket, &[master.as_fd()], "terminal")
    }
}

/// The keeper's life: never returns.
fn keep_terminal(socket: OwnedFd) -> ! {
    let _ = nix::unistd::setsid();
    let _ = nix::sys::prctl::set_name(TERMINAL_KEEPER_NAME);
    // It may outlive skiff by days: it must keep no directory busy.
    let _ = nix::unistd::chdir("/");
    // The socket on descriptor 3 (before the standard ones, where it may
    // stand, are pointed at /dev/null), then nothing of skiff's stays open
    // here (a pipe a caller reads to its end, a lock): only the socket.
    const SOCKET_FD: RawFd = 3;
    let _ = dup_onto(socket.into_raw_fd(), SOCKET_FD);
    if let Ok(null) = std::fs::OpenOptions::new().read(true).write(true).open("/dev/null") {
        for target in 0..3 {
            let _ = dup_onto(null.as_raw_fd(), target);
        }
    }
    unsafe { libc::syscall(libc::SYS_close_range, (SOCKET_FD + 1) as u32, u32::MAX, 0u32) };
    // SAFETY: descriptor 3, the socket's copy, which nothing else owns.
    let socket = unsafe { OwnedFd::from_raw_fd(SOCKET_FD) };
    let master = receive_fds(&socket).into_iter().next();
    drop(socket);
    if let Some(master) = master {
        let mut buf = vec![0u8; 32 * 1024];
        loop {
            match rustix::io::read(&master, &mut buf) {
                Ok(n) if n > 0 => {}
                Err(rustix::io::Errno::INTR) | Err(rustix::io::Errno::AGAIN) => {}
                // EIO: every process holding the terminal has closed it.
                _ => break,
            }
        }
    }
    unsafe { libc::_exit(0) }
}

/// The keys that detach a relayed terminal, and the keeper it is left to.
struct Detach<'a> {
    keys: &'a [u8],
    keeper: TerminalKeeper,
}

/// Run `spec` in the running container whose init is `pid` with its
/// output captured (`top`'s ps): its exit status, standard output and
/// standard error. Both pipes are read as data comes (poll), so that
/// neither can fill up and stop the process; no thread can do it, as this
/// process has joined the container's pid namespace.
pub fn exec_captured(spec: &ContainerSpec, pid: i32) -> Result<(i32, Vec<u8>, Vec<u8>)> {
    use nix::poll::{poll, PollFd, PollFlags, PollTimeout};
    let (stdout_read, stdout_write) = nix::unistd::pipe2(nix::fcntl::OFlag::O_CLOEXEC).context(|| "create a pipe".into())?;
    let (stderr_read, stderr_write) = nix::unistd::pipe2(nix::fcntl::OFlag::O_CLOEXEC).context(|| "create a pipe".into())?;
    let process = exec(spec, Stdio::Fds { stdin: None, stdout: stdout_write, stderr: stderr_write }, pid)?;
    let mut outputs = [(Some(stdout_read), Vec::new()), (Some(stderr_read), Vec::new())];
    let mut buffer = [0u8; 8192];
    while outputs.iter().any(|(fd, _)| fd.is_some()) {
        let mut fds: Vec<PollFd> =
            outputs.iter().filter_map(|(fd, _)| fd.as_ref()).map(|fd| PollFd::new(fd.as_fd(), PollFlags::POLLIN)).collect();
        match poll(&mut fds, PollTimeout::NONE) {
            Ok(_) | Err(nix::errno::Errno::EINTR) => {}
            Err(e) => return Err(crate::err!("read the output of {}: {e}", spec.args[0])),
        }
        let ready: Vec<bool> = fds.iter().map(|f| f.revents().is_some_and(|r| !r.is_empty())).collect();
        drop(fds);
        let mut ready = ready.into_iter();
        for (fd, data) in outputs.iter_mut() {
            let Some(open) = fd.as_ref() else { continue };
            if !ready.next().unwrap_or(false) {
                continue;
            }
            match nix::unistd::read(open, &mut buffer) {
                Ok(0) => *fd = None,
                Ok(n) => data.extend_from_slice(&buffer[..n]),
                Err(nix::errno::Errno::EINTR) => {}
                Err(_) => *fd = None,
            }
        }
    }
    let code = crate::sys::process::wait_exit(process.pid).unwrap_or(crate::error::EXIT_ENGINE);
    let [(_, stdout), (_, stderr)] = outputs;
    Ok((code, stdout, stderr))
}

/// `hold`: keep the container's namespaces in `Started::namespaces`.
fn spawn(spec: &ContainerSpec, stdio: Stdio, join: Option<i32>, hold: bool) -> Result<Started> {
    if let Some(pid) = join {
        // Joining the container's user namespace makes this process
        // non-dumpable, and its /proc/self files root's, which it cannot
        // write: an exec's score is set before (children inherit it).
        set_oom_score_adj(spec)?;
        HolderNamespaces::open_all(pid)?.enter()?;
    }
    // The namespaces of the pod's holder (or of the container whose are
    // shared): from its /proc entry, or handed over by the pod's infra
    // process (see NamespaceFiles::HandedOver).
    let holder_files = match (&spec.pod, join) {
        (Some(pod), None) => {
            let holder = pod.holder_pid.ok_or_else(|| crate::err!("{}", pod.not_running))?;
            Some(match &pod.handed_over {
                Some(socket) => NamespaceFiles::receive(socket)?,
                None => NamespaceFiles::Proc(holder),
            })
        }
        _ => None,
    };
    // A user namespace to join (--userns=container:, ns:, or the pod's
    // own), unless it is this process's own already.
    let joined_userns = match (&spec.userns_join, join) {
        (Some(joined), None) => {
            let namespace = match (&joined.path, &holder_files) {
                (Some(path), _) => super::userns::open_user_namespace(path, &joined.flag)?,
                (None, Some(holder)) if joined.pods => holder.open("user")?,
                (None, _) => return Err(crate::err!("{}", joined.unavailable)),
            };
            Some(namespace).filter(|ns| !super::userns::is_own_user_namespace(ns))
        }
        _ => None,
    };
    let signals = handled_signals();
    signals.thread_block().context(|| "block signals".into())?;
    let signal_fd = match SignalFd::with_flags(&signals, SfdFlags::SFD_CLOEXEC) {
        Ok(fd) => fd,
        Err(e) => {
            let _ = signals.thread_unblock();
            return Err(crate::err!("signalfd: {e}"));
        }
    };
    // From here on, `started` unblocks the signals again when dropped.
    let mut started =
        Started { pid: Pid::from_raw(0), terminal: None, signals: signal_fd, network: None, endpoint: None, published: None, namespaces: Vec::new() };
    let (err_r, err_w) = nix::unistd::pipe2(nix::fcntl::OFlag::O_CLOEXEC).context(|| "pipe".into())?;
    let console_socket = if matches!(stdio, Stdio::Terminal) { Some(seqpacket_pair()?) } else { None };

    // A FUSE root file system's device comes back from the child once
    // mounted, to be served from this side (driver::ServerSide::Monitor).
    let fuse_socket = if join.is_none() && spec.driver.is_fuse() { Some(seqpacket_pair()?) } else { None };

    let mut flags = 0;
    if join.is_none() {
        flags = libc::CLONE_NEWNS;
        // `--pid/--uts/--ipc host` stay in skiff's own (the host's, as the
        // user namespace allows).
        for (mode, flag) in [
            (&spec.isolation.pid, libc::CLONE_NEWPID),
            (&spec.isolation.uts, libc::CLONE_NEWUTS),
            (&spec.isolation.ipc, libc::CLONE_NEWIPC),
        ] {
            if *mode != super::spec::NamespaceMode::Host {
                flags |= flag;
            }
        }
        if spec.network.is_private() {
            flags |= libc::CLONE_NEWNET;
        }
        if spec.userns.is_some() {
            flags |= libc::CLONE_NEWUSER;
        }
    }
    // A pod's container joins the namespaces its infra process holds
    // instead of making its own.
    let mut pid_namespace_to_join = None;
    let pod_namespaces = match (&spec.pod, &holder_files) {
        (Some(pod), Some(holder)) => {
            for kind in &pod.namespaces {
                flags &= !(kind.clone_flag().bits());
            }
            // A pid namespace is entered for the children only, so it is
            // joined here, before the container's process is cloned (by
            // the child that joins the user namespace first, if any: the
            // container must be cloned in this process's pid namespace's
            // level to come back to it).
            if pod.namespaces.contains(&SharedNamespace::Pid) {
                match joined_userns {
                    None => super::join::enter_pid_namespace_for_children(holder, pod.whose)?,
                    Some(_) => pid_namespace_to_join = Some((holder, pod.whose)),
                }
            }
            let others: Vec<SharedNamespace> = pod.namespaces.iter().copied().filter(|k| *k != SharedNamespace::Pid).collect();
            Some(HolderNamespaces::open(holder, &others, pod.whose)?)
        }
        _ => None,
    };
    // The container's own user namespace gets its mappings, and slirp4netns
    // configures its network namespace, once the child exists: the child
    // waits on this pipe until both are done.
    let userns = spec.userns.as_ref().filter(|_| join.is_none());
    // One that leaves out the user's ids reaches the host's paths through
    // descriptors skiff opens for it (see rootfs::HostPaths), its own or
    // one it joins (whose child is gated too).
    let probed;
    let joined_mappings = match (&joined_userns, spec.userns_join.as_ref().and_then(|joined| joined.mappings.as_ref())) {
        (Some(_), Some(known)) => Some(known),
        // `ns:PATH`'s are read from the namespace.
        (Some(namespace), None) => {
            probed = super::userns::mappings_of(namespace)?;
            Some(&probed)
        }
        (None, _) => None,
    };
    let unmapped_user = userns.or(joined_mappings).filter(|maps| !maps.maps_user());
    let host_paths = unmapped_user.map(|maps| rootfs::HostPaths::prepare(spec, maps)).transpose()?;
    let host_paths_socket = if host_paths.is_some() { Some(seqpacket_pair()?) } else { None };
    // (A user network's veth pair is set up at the same point.)
    let own_network = matches!(spec.network, NetworkMode::Slirp4netns(_) | NetworkMode::User(_)) && !spec.joins(SharedNamespace::Net);
    // prestart and createRuntime hooks run while the child waits there too.
    let create_hooks = spec.hooks.as_ref().filter(|h| join.is_none() && !(h.stages.prestart.is_empty() && h.stages.create_runtime.is_empty()));
    // A child cloned from inside a joined user namespace waits there too,
    // until it is this process's own child (see clone_in_user_namespace).
    let gated = join.is_none() && (own_network || userns.is_some() || create_hooks.is_some() || joined_userns.is_some());
    let network_gate =
        if gated { Some(nix::unistd::pipe2(nix::fcntl::OFlag::O_CLOEXEC).context(|| "pipe".into())?) } else { None };
    // A fork-like clone (no new stack): the child gets a copy of this
    // single-threaded process and runs `child_main` below.
    let pid = match &joined_userns {
        None => clone_container(flags)?,
        Some(namespace) => clone_in_user_namespace(namespace, pid_namespace_to_join, flags)?,
    };
    if pid == 0 {
        drop(err_r);
        if let Some((network_ready, release)) = network_gate {
            drop(release);
            wait_for_network(network_ready);
        }
        let reached;
        let spec = match host_paths_socket.as_ref().map(|(_, child_end)| rootfs::HostPaths::reached(spec, child_end)) {
            None => spec,
            Some(Ok(with_descriptors)) => {
                reached = with_descriptors;
                &reached
            }
            Some(Err(e)) => {
                let _ = rustix::io::write(&err_w, format!("{}\n{}", e.code, e.message).as_bytes());
                unsafe { libc::_exit(e.code) }
            }
        };
        // Root only now (as in a new user namespace): a credential change
        // makes the process undumpable, and slirp4netns could no longer
        // open its namespaces from skiff's (the monitor may have joined
        // skiff's namespace rather than started in it).
        // So too an exec into a namespace that leaves out the user's ids,
        // whose FUSE root answers no request from an id it does not map.
        let unmapped_exec = join.is_some() && spec.namespace_mappings().is_some_and(|maps| !maps.maps_user());
        if (userns.is_some() || joined_userns.is_some() || unmapped_exec) && super::userns::become_root().is_err() {
            unsafe { libc::_exit(EXIT_ENGINE) }
        }
        let console = console_socket.map(|(_, child_end)| child_end);
        let fuse = fuse_socket.map(|(_, child_end)| child_end);
        child_main(spec, &stdio, join.is_some(), pod_namespaces.as_ref(), err_w, console, fuse);
    }
    started.pid = Pid::from_raw(pid as i32);
    if hold {
        started.namespaces = held_namespaces(spec, flags, pid as i32);
    }
    if let Some((network_ready, release)) = network_gate {
        drop(network_ready);
        let attached = userns
            .map_or(Ok(()), |maps| maps.apply(started.pid))
            .and_then(|_| match (&host_paths, &host_paths_socket) {
                (Some(host_paths), Some((parent_end, _))) => host_paths.send(started.pid, parent_end),
                _ => Ok(()),
            })
            // (A child in a joined user namespace is gated too, whose
            // network may be its pod's.)
            .and_then(|_| if own_network { super::slirp::attach(spec, started.pid) } else { Ok(None) })
            .map(|slirp| started.network = slirp)
            .and_then(|_| {
                let Some(hook) = &spec.endpoint else { return Ok(()) };
                let place = hook.attach(started.pid.as_raw())?;
                // Beside slirp4netns, the ports are published there already.
                if !spec.ports.is_empty() && started.network.is_none() {
                    started.published = Some(super::portfwd::start(&spec.ports, started.pid, place.address())?);
                }
                started.endpoint = Some(place);
                Ok(())
            })
            .and_then(|_| create_hooks.map_or(Ok(()), |hooks| hooks.run_create_stages(started.pid.as_raw())));
        match attached {
            Ok(()) => {}
            Err(e) => {
                let _ = nix::sys::signal::kill(started.pid, Signal::SIGKILL);
                wait_exit(started.pid);
                return Err(e);
            }
        }
        let _ = nix::unistd::write(&release, b"1");
    }
    drop(err_w);
    drop(stdio);
    if let Some((parent_end, child_end)) = fuse_socket {
        drop(child_end);
        // Nothing comes when the child failed before mounting: its error
        // follows on the error pipe.
        if let Ok([device, user_namespace]) = <[OwnedFd; 2]>::try_from(receive_fds(&parent_end)) {
            // In a user namespace of the container's own, the server stays
            // in this one, its parent, where it sees the stored owners (the
            // image's ids) as they are, every one of them mapped, and where
            // they are the ids the container sees (the mount belongs to the
            // container's namespace, which reads the ids it reports as its own).
            // So does the server of a container that joined another's user
            // namespace: it serves the stored owners as the other's does.
            let user_namespace = (userns.is_none() && joined_userns.is_none()).then(|| user_namespace.into());
            let side = crate::storage::driver::ServerSide::Monitor { user_namespace };
            if let Err(e) = crate::storage::driver::spawn_fuse_server(spec.driver, &spec.layout, device.into(), side) {
                let _ = nix::sys::signal::kill(started.pid, Signal::SIGKILL);
                wait_exit(started.pid);
                return Err(e);
            }
        }
    }
    if let (Some(seconds), None) = (spec.timeout.filter(|s| *s > 0), join) {
        kill_after(started.pid, seconds);
    }
    if let Some((parent_end, child_end)) = console_socket {
        drop(child_end);
        started.terminal = receive_fd(&parent_end);
    }
    let mut message = Vec::new();
    let _ = std::fs::File::from(err_r).read_to_end(&mut message);
    if !message.is_empty() {
        let status = wait_exit(started.pid);
        let text = String::from_utf8_lossy(&message);
        let (code, msg) = text.split_once('\n').unwrap_or(("125", &text));
        let code = code.parse().unwrap_or(status.unwrap_or(EXIT_ENGINE));
        return Err(Error::with_code(code, msg.trim().to_string()));
    }
    if let Some(host_paths) = &host_paths {
        host_paths.started();
    }
    if let (Some(hooks), None) = (&spec.hooks, join) {
        hooks.run_poststart(started.pid.as_raw());
    }
    Ok(started)
}

/// Clone the container's process (fork-like: no new stack) into new
/// namespaces `flags`: its pid here, 0 in the child.
fn clone_container(flags: libc::c_int) -> Result<i32> {
    // SAFETY: the process is single-threaded; the child runs on a copy of it.
    let pid = unsafe { libc::syscall(libc::SYS_clone, (flags | libc::SIGCHLD) as libc::c_ulong, 0usize, 0usize, 0usize, 0usize) };
    if pid < 0 {
        return Err(crate::err!("create container namespaces: {}", std::io::Error::last_os_error()));
    }
    Ok(pid as i32)
}

/// `clone_container` for a container that joins the user namespace
/// `namespace`: the namespaces it makes must belong to that one, so they
/// are made by a child that has joined it, while this process (a monitor)
/// stays in its own, where the FUSE server of the container's root must
/// run (see driver::ServerSide::Monitor; a user namespace is never left).
/// The clone becomes root there after the gate, as in a new user
/// namespace. That child exits at once; as a subreaper meanwhile, this process
/// becomes the container's parent, as after a direct clone.
fn clone_in_user_namespace(namespace: &std::fs::File, pid_namespace: Option<(&NamespaceFiles, &str)>, flags: libc::c_int) -> Result<i32> {
    let (report_r, report_w) = nix::unistd::pipe2(nix::fcntl::OFlag::O_CLOEXEC).context(|| "pipe".into())?;
    // SAFETY: plain prctl calls on this process.
    let subreaper = |on: libc::c_ulong| unsafe { libc::prctl(libc::PR_SET_CHILD_SUBREAPER, on, 0, 0, 0) };
    subreaper(1);
    // SAFETY: single-threaded (see spawn); the child joins, clones, reports and exits.
    let forked = unsafe { nix::unistd::fork() };
    let joiner = match forked {
        Err(e) => {
            subreaper(0);
            return Err(crate::err!("fork to join the user namespace: {e}"));
        }
        Ok(nix::unistd::ForkResult::Parent { child }) => child,
        Ok(nix::unistd::ForkResult::Child) => {
            drop(report_r);
            let joined = nix::sched::setns(namespace, nix::sched::CloneFlags::CLONE_NEWUSER)
                .context(|| "join the user namespace".into())
                .and_then(|_| pid_namespace.map_or(Ok(()), |(holder, whose)| super::join::enter_pid_namespace_for_children(holder, whose)))
                .and_then(|_| clone_container(flags));
            match joined {
                // The container's process: it goes on as spawn's child (the
                // report pipe closes as this returns).
                Ok(0) => return Ok(0),
                Ok(pid) => {
                    let _ = nix::unistd::write(&report_w, &pid.to_ne_bytes());
                    unsafe { libc::_exit(0) }
                }
                Err(e) => {
                    let _ = nix::unistd::write(&report_w, e.message.as_bytes());
                    unsafe { libc::_exit(EXIT_ENGINE) }
                }
            }
        }
    };
    drop(report_w);
    let mut report = Vec::new();
    let _ = std::fs::File::from(report_r).read_to_end(&mut report);
    let status = nix::sys::wait::waitpid(joiner, None);
    subreaper(0);
    match (status, <[u8; 4]>::try_from(report.as_slice())) {
        (Ok(WaitStatus::Exited(_, 0)), Ok(pid)) => Ok(i32::from_ne_bytes(pid)),
        _ => Err(crate::err!("{}", String::from_utf8_lossy(&report).trim())),
    }
}

/// `--timeout`: SIGKILL the container's process once `seconds` have
/// passed, unless it is gone by then (a process of that id reaped and
/// reused since is told apart by its start time).
fn kill_after(pid: Pid, seconds: u64) {
    let started = crate::sys::process::process_start_time(pid.as_raw());
    std::thread::spawn(move || {
        std::thread::sleep(std::time::Duration::from_secs(seconds));
        if started.is_some() && crate::sys::process::process_start_time(pid.as_raw()) == started {
            let _ = nix::sys::signal::kill(pid, Signal::SIGKILL);
        }
    });
}

/// In the child: block until the parent has configured the network, or
/// give up quietly if it went away (then nobody waits for a report).
fn wait_for_network(ready: OwnedFd) {
    let mut byte = [0u8; 1];
    if !matches!(nix::unistd::read(&ready, &mut byte), Ok(1)) {
        unsafe { libc::_exit(EXIT_ENGINE) }
    }
}

fn relay_signals(pid: Pid, signal_fd: &SignalFd, proxy_signals: bool) -> Result<i32> {
    loop {
        if let Some(code) = try_reap(pid) {
            return Ok(code);
        }
        match signal_fd.read_signal() {
            Ok(Some(info)) if proxy_signals => forward(pid, info.ssi_signo as i32),
            Ok(_) | Err(nix::errno::Errno::EINTR) => {}
            Err(e) => return Err(crate::err!("read signals: {e}")),
        }
    }
}

pub fn forward(pid: Pid, signo: i32) {
    if let Ok(sig) = Signal::try_from(signo) {
        if RELAYED.contains(&sig) {
            let _ = nix::sys::signal::kill(pid, sig);
        }
    }
}

/// Puts the host terminal into raw mode and restores it when dropped, on
/// every path out of the relay.
pub struct RawTerminal {
    saved: Option<rustix::termios::Termios>,
}

impl RawTerminal {
    pub fn enter() -> RawTerminal {
        let stdin = std::io::stdin();
        let saved = rustix::termios::tcgetattr(&stdin).ok();
        if let Some(saved) = &saved {
            let mut raw = saved.clone();
            raw.make_raw();
            let _ = rustix::termios::tcsetattr(&stdin, rustix::termios::OptionalActions::Now, &raw);
        }
        RawTerminal { saved }
    }
}

impl Drop for RawTerminal {
    fn drop(&mut self) {
        if let Some(saved) = &self.saved {
            let _ = rustix::termios::tcsetattr(std::io::stdin(), rustix::termios::OptionalActions::Now, saved);
        }
    }
}

fn copy_window_size(master: BorrowedFd) {
    if let Ok(size) = rustix::termios::tcgetwinsize(std::io::stdin()) {
        let _ = rustix::termios::tcsetwinsize(master, size);
    }
}

fn write_all(fd: BorrowedFd, mut data: &[u8]) -> bool {
    while !data.is_empty() {
        match rustix::io::write(fd, data) {
            Ok(0) => return false,
            Ok(n) => data = &data[n..],
            Err(rustix::io::Errno::INTR) | Err(rustix::io::Errno::AGAIN) => continue,
            Err(_) => return false,
        }
    }
    true
}

fn relay_terminal(pid: Pid, signal_fd: &SignalFd, master: OwnedFd, forward_stdin: bool, proxy_signals: bool, detach: Option<Detach>) -> Result<i32> {
    use nix::poll::{poll, PollFd, PollFlags, PollTimeout};
    copy_window_size(master.as_fd());
    let _raw = RawTerminal::enter();
    let stdin = std::io::stdin();
    let stdout = std::io::stdout();
    let mut stdin_open = forward_stdin;
    let mut master_open = true;
    let mut buf = vec![0u8; 32 * 1024];
    let mut exit_code = None;
    // How much of the detach keys was typed last.
    let mut matched = 0;
    loop {
        if exit_code.is_none() {
            exit_code = try_reap(pid);
        }
        if let Some(code) = exit_code {
            if !master_open {
                return Ok(code);
            }
            // Drain what the container wrote before it exited.
            let _ = rustix::fs::fcntl_setfl(&master, rustix::fs::OFlags::NONBLOCK);
            while let Ok(n) = rustix::io::read(&master, &mut buf) {
                if n == 0 || !write_all(stdout.as_fd(), &buf[..n]) {
                    break;
                }
            }
            return Ok(code);
        }
        let mut fds = vec![PollFd::new(signal_fd.as_fd(), PollFlags::POLLIN)];
        if master_open {
            fds.push(PollFd::new(master.as_fd(), PollFlags::POLLIN));
        }
        if stdin_open {
            fds.push(PollFd::new(stdin.as_fd(), PollFlags::POLLIN));
        }
        match poll(&mut fds, PollTimeout::NONE) {
            Ok(_) => {}
            Err(nix::errno::Errno::EINTR) => continue,
            Err(e) => return Err(crate::err!("poll: {e}")),
        }
        let ready: Vec<bool> = fds
            .iter()
            .map(|f| f.revents().map(|r| !r.is_empty()).unwrap_or(false))
            .collect();
        drop(fds);
        if ready[0] {
            if let Ok(Some(info)) = signal_fd.read_signal() {
                if info.ssi_signo as i32 == Signal::SIGWINCH as i32 {
                    copy_window_size(master.as_fd());
                } else if proxy_signals {
                    forward(pid, info.ssi_signo as i32);
                }
            }
        }
        let mut idx = 1;
        if master_open {
            if ready[idx] {
                match rustix::io::read(&master, &mut buf) {
                    Ok(n) if n > 0 => {
                        write_all(stdout.as_fd(), &buf[..n]);
                    }
                    Err(rustix::io::Errno::INTR) | Err(rustix::io::Errno::AGAIN) => {}
                    // EIO: every process holding the terminal has closed it.
                    _ => master_open = false,
                }
            }
            idx += 1;
        }
        if stdin_open && ready[idx] {
            match rustix::io::read(&stdin, &mut buf) {
                Ok(n) if n > 0 => match &detach {
                    Some(detach) => {
                        let (typed, detached) = scan_detach(&buf[..n], detach.keys, &mut matched);
                        write_all(master.as_fd(), &typed);
                        if detached {
                            detach.keeper.take_over(&master)?;
                            return Ok(0);
                        }
                    }
                    None => {
                        write_all(master.as_fd(), &buf[..n]);
                    }
                },
                Err(rustix::io::Errno::INTR) | Err(rustix::io::Errno::AGAIN) => {}
                _ => stdin_open = false,
            }
        }
    }
}

/// Pass typed bytes through, holding back a partial detach sequence;
/// returns (bytes to send, whether the whole sequence was typed).
pub fn scan_detach(input: &[u8], keys: &[u8], matched: &mut usize) -> (Vec<u8>, bool) {
    let mut out = Vec::with_capacity(input.len());
    for &b in input {
        if !keys.is_empty() && b == keys[*matched] {
            *matched += 1;
            if *matched == keys.len() {
                *matched = 0;
                return (out, true);
            }
            continue;
        }
        // Not the sequence after all: what was held back was typed.
        out.extend_from_slice(&keys[..*matched]);
        *matched = 0;
        if !keys.is_empty() && b == keys[0] {
            *matched = 1;
        } else {
            out.push(b);
        }
    }
    (out, false)
}

/// `--oom-score-adj`, unless the process already has that score.
fn set_oom_score_adj(spec: &ContainerSpec) -> Result<()> {
    let Some(score) = spec.oom_score_adj else { return Ok(()) };
    let path = "/proc/self/oom_score_adj";
    if std::fs::read_to_string(path).is_ok_and(|current| current.trim() == score.to_string()) {
        return Ok(());
    }
    std::fs::write(path, score.to_string()).map_err(|e| crate::err!("--oom-score-adj {score}: {e} (without privileges the score may only be raised)"))
}

/// A connected pair of sockets that can carry descriptors (SCM_RIGHTS).
pub fn seqpacket_pair() -> Result<(OwnedFd, OwnedFd)> {
    nix::sys::socket::socketpair(
        nix::sys::socket::AddressFamily::Unix,
        nix::sys::socket::SockType::SeqPacket,
        None,
        nix::sys::socket::SockFlag::SOCK_CLOEXEC,
    )
    .context(|| "socketpair".into())
}

fn receive_fd(socket: &OwnedFd) -> Option<OwnedFd> {
    receive_fds(socket).into_iter().next()
}

/// The descriptors of one message (none if the other end closed).
pub fn receive_fds(socket: &OwnedFd) -> Vec<OwnedFd> {
    let mut space = nix::cmsg_space!([RawFd; 2]);
    let mut byte = [0u8; 1];
    let mut iov = [std::io::IoSliceMut::new(&mut byte)];
    let Ok(msg) = nix::sys::socket::recvmsg::<()>(
        socket.as_raw_fd(),
        &mut iov,
        Some(&mut space),
        nix::sys::socket::MsgFlags::MSG_CMSG_CLOEXEC,
    ) else {
        return Vec::new();
    };
    let mut received = Vec::new();
    for cmsg in msg.cmsgs().into_iter().flatten() {
        if let nix::sys::socket::ControlMessageOwned::ScmRights(fds) = cmsg {
            // SAFETY: the kernel just gave us these descriptors.
            received.extend(fds.into_iter().map(|fd| unsafe { OwnedFd::from_raw_fd(fd) }));
        }
    }
    received
}

/// Send descriptors as one message on `socket`.
pub fn send_fds(socket: &OwnedFd, fds: &[BorrowedFd], what: &str) -> Result<()> {
    let fds: Vec<RawFd> = fds.iter().map(|fd| fd.as_raw_fd()).collect();
    let cmsg = [nix::sys::socket::ControlMessage::ScmRights(&fds)];
    nix::sys::socket::sendmsg::<()>(socket.as_raw_fd(), &[IoSlice::new(b"t")], &cmsg, nix::sys::socket::MsgFlags::empty(), None)
        .context(|| format!("send the {what} to skiff"))?;
    Ok(())
}

/// The container's init: never returns.
fn child_main(
    spec: &ContainerSpec,
    stdio: &Stdio,
    joined: bool,
    pod_namespaces: Option<&HolderNamespaces>,
    err_w: OwnedFd,
    console: Option<OwnedFd>,
    fuse: Option<OwnedFd>,
) -> ! {
    let error = match pod_namespaces.map_or(Ok(()), HolderNamespaces::enter).and_then(|_| child_setup(spec, stdio, joined, pod_namespaces, console, fuse)) {
        Ok(never) => match never {},
        Err(e) => e,
    };
    let report = format!("{}\n{}", error.code, error.message);
    let _ = rustix::io::write(&err_w, report.as_bytes());
    unsafe { libc::_exit(error.code) }
}

fn child_setup(
    spec: &ContainerSpec,
    stdio: &Stdio,
    joined: bool,
    pod_namespaces: Option<&HolderNamespaces>,
    console: Option<OwnedFd>,
    fuse: Option<OwnedFd>,
) -> Result<std::convert::Infallible> {
    // Undo what skiff set for itself: the relay's blocked signals and
    // Rust's ignored SIGPIPE would otherwise be inherited by the command.
    let _ = SigSet::all().thread_unblock();
    unsafe { libc::signal(libc::SIGPIPE, libc::SIG_DFL) };
    let prepared = if joined {
        // The container is set up already: only a terminal of its own.
        if matches!(stdio, Stdio::Terminal) {
            let (master, slave) = rootfs::open_pty(Path::new("/dev/pts/ptmx"))?;
            rootfs::PreparedRoot { console_master: Some(master), console_slave: Some(slave) }
        } else {
            rootfs::PreparedRoot { console_master: None, console_slave: None }
        }
    } else {
        let sys = LinuxSyscall;
        // In a pod, the infra process has set up the shared ones.
        if spec.network == NetworkMode::None && !spec.joins(SharedNamespace::Net) {
            bring_up_loopback()?;
        }
        if !spec.joins(SharedNamespace::Uts) && spec.isolation.uts != super::spec::NamespaceMode::Host {
            set_hostname(spec)?;
            if !spec.isolation.domainname.is_empty() {
                sys.set_domainname(&spec.isolation.domainname)?;
            }
        }
        // The device is closed here once sent: the server must hold the
        // last descriptor, so that the connection ends with it.
        let serve_fuse = |device: std::fs::File| match &fuse {
            Some(socket) => {
                let user_namespace = std::fs::File::open("/proc/self/ns/user").context(|| "open /proc/self/ns/user".into())?;
                send_fds(socket, &[device.as_fd(), user_namespace.as_fd()], "FUSE device")
            }
            None => Err(crate::err!("no server for the {} storage driver", spec.driver.name())),
        };
        rootfs::prepare(&sys, spec, pod_namespaces.and_then(HolderNamespaces::ipc_mounts), matches!(stdio, Stdio::Terminal), serve_fuse)?
    };
    // Its own session, so that the terminal's signals reach only what the
    // container's terminal (if any) says.
    let _ = nix::unistd::setsid();
    match (prepared.console_master, prepared.console_slave, console) {
        (Some(master), Some(slave), Some(socket)) => {
            if let Some((rows, columns)) = spec.console_size {
                let size = rustix::termios::Winsize { ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0 };
                let _ = rustix::termios::tcsetwinsize(&slave, size);
            }
            send_fds(&socket, &[master.as_fd()], "terminal")?;
            drop(master);
            rustix::process::ioctl_tiocsctty(&slave).context(|| "set the controlling terminal".into())?;
            for target in 0..3 {
                dup_onto(slave.as_raw_fd(), target)?;
            }
        }
        _ => match stdio {
            Stdio::Inherit { stdin } => {
                if !stdin {
                    stdin_from_null()?;
                }
                for (unattached, target) in [(spec.unattached_outputs.stdout, 1), (spec.unattached_outputs.stderr, 2)] {
                    if unattached {
                        let null = std::fs::OpenOptions::new().write(true).open("/dev/null").context(|| "open /dev/null".into())?;
                        dup_onto(null.as_raw_fd(), target)?;
                    }
                }
            }
            Stdio::Fds { stdin, stdout, stderr } => {
                match stdin {
                    Some(fd) => dup_onto(fd.as_raw_fd(), 0)?,
                    None => stdin_from_null()?,
                }
                dup_onto(stdout.as_raw_fd(), 1)?;
                dup_onto(stderr.as_raw_fd(), 2)?;
            }
            _ => stdin_from_null()?,
        },
    }

    for ulimit in &spec.ulimits {
        ulimit.apply()?;
    }
    set_oom_score_adj(spec)?;
    if let Some(personality) = spec.personality {
        if unsafe { libc::personality(personality.persona()) } < 0 {
            return Err(crate::err!("--personality {personality:?}: {}", std::io::Error::last_os_error()));
        }
    }
    let user = user::resolve(&spec.user)?;
    let env = final_env(&spec.env, &user, spec);
    enter_workdir(&spec.workdir)?;
    let program = find_executable(&spec.args[0], &env)?;
    let argv: Vec<CString> = spec.args.iter().map(|a| cstring(a)).collect::<Result<_>>()?;
    let envp: Vec<CString> = env.iter().map(|e| cstring(e)).collect::<Result<_>>()?;

    // Confinement, in the order the kernel requires (see seccomp::apply):
    // the filter goes on while we are still root with every capability.
    if spec.no_new_privileges {
        nix::sys::prctl::set_no_new_privs().context(|| "set no_new_privs".into())?;
    }
    if let Some(program) = &spec.seccomp {
        super::seccomp::apply(program)?;
    }
    nix::sys::prctl::set_keepcaps(true).context(|| "keep capabilities across setuid".into())?;
    // Denied under a single-id mapping, where no other group is mapped
    // anyway: then the process keeps no supplementary groups.
    // `--group-add keep-groups`: skiff's own groups stay (unmapped ones
    // show as nogroup), as no setgroups call is made at all.
    if !spec.isolation.keep_groups {
        let added = user::group_ids(&spec.isolation.group_add)?;
        // With a user given (`--user`, the image's USER), the primary
        // group leads the list, as podman sets it (`id` shows groups=GID);
        // without one it is left out, as there.
        let mut wanted = if spec.user.is_empty() { Vec::new() } else { vec![user.gid] };
        for gid in user.groups.iter().chain(&added) {
            if !wanted.contains(gid) {
                wanted.push(*gid);
            }
        }
        let groups: Vec<nix::unistd::Gid> = wanted.into_iter().map(nix::unistd::Gid::from_raw).collect();
        let set = nix::unistd::setgroups(&groups);
        if let (Err(e), false) = (set, added.is_empty()) {
            return Err(crate::err!("--group-add: set the supplementary groups: {e} (are they mapped in the user namespace?)"));
        }
    }
    let gid = nix::unistd::Gid::from_raw(user.gid);
    let uid = nix::unistd::Uid::from_raw(user.uid);
    let unmapped = |kind: &str, id: u32| {
        crate::err!("cannot run as {kind} {id}: it is not mapped in the user namespace (does the user have a subordinate id range?)")
    };
    nix::unistd::setresgid(gid, gid, gid).map_err(|_| unmapped("gid", user.gid))?;
    nix::unistd::setresuid(uid, uid, uid).map_err(|_| unmapped("uid", user.uid))?;
    super::caps::apply(&spec.caps, user.uid == 0)?;
    let _ = nix::sys::prctl::set_keepcaps(false);

    // No descriptor of skiff may reach the command (the error pipe is
    // already close-on-exec and closes on success).
    close_on_exec_beyond_stdio().map_err(|e| crate::err!("close_range: {e}"))?;
    for fd in 3..3 + spec.preserve_fds as RawFd {
        nix::fcntl::fcntl(unsafe { BorrowedFd::borrow_raw(fd) }, nix::fcntl::FcntlArg::F_SETFD(nix::fcntl::FdFlag::empty()))
            .context(|| format!("pass descriptor {fd} on (--preserve-fds)"))?;
    }
    // Set last: credential changes clear it. The container (or exec'd
    // process) dies with the skiff process that watches it.
    if spec.die_with_parent {
        unsafe { libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL, 0, 0, 0) };
    }
    if let Some(mask) = spec.umask {
        nix::sys::stat::umask(nix::sys::stat::Mode::from_bits_truncate(mask));
    }
    if spec.init && !joined {
        become_init()?;
    }
    let e = nix::unistd::execve(&program, &argv, &envp).unwrap_err();
    let shown = &spec.args[0];
    Err(match e {
        nix::errno::Errno::ENOENT => Error::with_code(EXIT_NOT_FOUND, format!("{shown}: no such file or directory")),
        other => Error::with_code(EXIT_CANNOT_INVOKE, format!("cannot invoke {shown}: {}", other.desc().to_lowercase())),
    })
}

/// `--init`: fork; the child returns to exec the command, confined as it
/// would have been, while this process stays the container's init, with the
/// same confinement: it reaps every process re-parented to it, passes every
/// signal on to the command, and exits with the command's status.
fn become_init() -> Result<()> {
    use nix::sys::signal::SigmaskHow;
    // Blocked before the fork, so that no signal is lost in between; the
    // kernel queues blocked signals even for a pid namespace's init, which
    // would otherwise drop those it has no handler for.
    let all = SigSet::all();
    let mut previous = SigSet::empty();
    nix::sys::signal::pthread_sigmask(SigmaskHow::SIG_SETMASK, Some(&all), Some(&mut previous)).context(|| "block signals".into())?;
    // When the pid namespace is a pod's, orphans come here all the same.
    unsafe { libc::prctl(libc::PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) };
    let command = match unsafe { nix::unistd::fork() }.context(|| "fork the command under --init".into())? {
        nix::unistd::ForkResult::Child => {
            let _ = nix::sys::signal::pthread_sigmask(SigmaskHow::SIG_SETMASK, Some(&previous), None);
            unsafe { libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL, 0, 0, 0) };
            return Ok(());
        }
        nix::unistd::ForkResult::Parent { child } => child,
    };
    // The command keeps skiff's error pipe until its exec, which is how
    // skiff learns whether it started; the init must not hold it open.
    unsafe { libc::syscall(libc::SYS_close_range, 3u32, u32::MAX, 0u32) };
    let _ = nix::sys::prctl::set_name(c"skiff-init");
    loop {
        match all.wait() {
            Ok(Signal::SIGCHLD) => loop {
                match nix::sys::wait::waitpid(None, Some(WaitPidFlag::WNOHANG)) {
                    Ok(WaitStatus::Exited(pid, code)) if pid == command => unsafe { libc::_exit(code) },
                    Ok(WaitStatus::Signaled(pid, sig, _)) if pid == command => unsafe { libc::_exit(128 + sig as i32) },
                    Ok(WaitStatus::StillAlive) | Err(_) => break,
                    Ok(_) => {}
                }
            },
            Ok(signal) => {
                let _ = nix::sys::signal::kill(command, signal);
            }
            Err(_) => {}
        }
    }
}

fn stdin_from_null() -> Result<()> {
    let null = std::fs::File::open("/dev/null").context(|| "open /dev/null".into())?;
    dup_onto(null.as_raw_fd(), 0)
}

fn cstring(s: &str) -> Result<CString> {
    CString::new(s).map_err(|_| crate::err!("argument or variable contains a NUL byte: {s:?}"))
}

fn dup_onto(fd: RawFd, target: RawFd) -> Result<()> {
    if fd != target && unsafe { libc::dup2(fd, target) } < 0 {
        return Err(crate::err!("dup2: {}", std::io::Error::last_os_error()));
    }
    Ok(())
}

/// The command's environment: the spec's, plus what docker always sets.
fn final_env(env: &[String], user: &user::ResolvedUser, spec: &ContainerSpec) -> Vec<String> {
    let mut out: Vec<String> = Vec::with_capacity(env.len() + 4);
    let has = |out: &Vec<String>, key: &str| out.iter().any(|e| e.split_once('=').map(|(k, _)| k) == Some(key));
    for e in env {
        let key = e.split_once('=').map(|(k, _)| k).unwrap_or(e);
        out.retain(|o| o.split_once('=').map(|(k, _)| k) != Some(key));
        out.push(e.clone());
    }
    if !has(&out, "PATH") {
        out.insert(0, format!("PATH={DEFAULT_PATH}"));
    }
    if !has(&out, "HOSTNAME") {
        out.push(format!("HOSTNAME={}", spec.hostname));
    }
    if !has(&out, "HOME") {
        out.push(format!("HOME={}", user.home));
    }
    if spec.tty && !has(&out, "TERM") {
        out.push("TERM=xterm".into());
    }
    if !has(&out, "container") {
        out.push("container=skiff".into());
    }
    out
}

/// Enter the working directory, resolved inside the new root (we are past
/// pivot_root, so no host path or descriptor can be reached). Created if
/// missing, as docker does.
fn enter_workdir(dir: &str) -> Result<()> {
    let dir = if dir.is_empty() { "/" } else { dir };
    if nix::unistd::chdir(dir).is_err() {
        std::fs::create_dir_all(dir).context(|| format!("create working directory {dir}"))?;
        nix::unistd::chdir(dir).context(|| format!("working directory {dir}"))?;
    }
    Ok(())
}

/// Find `name` on the container's PATH, as execvp would.
fn find_executable(name: &str, env: &[String]) -> Result<CString> {
    if name.contains('/') {
        return cstring(name);
    }
    let path = env.iter().find_map(|e| e.strip_prefix("PATH=")).unwrap_or(DEFAULT_PATH);
    let mut denied = None;
    for dir in path.split(':') {
        let dir = if dir.is_empty() { "." } else { dir };
        let candidate = format!("{dir}/{name}");
        let Ok(md) = std::fs::metadata(&candidate) else { continue };
        if !md.is_file() {
            continue;
        }
        if nix::unistd::access(candidate.as_str(), nix::unistd::AccessFlags::X_OK).is_ok() {
            return cstring(&candidate);
        }
        denied.get_or_insert(candidate);
    }
    match denied {
        Some(path) => Err(Error::with_code(EXIT_CANNOT_INVOKE, format!("cannot invoke {path}: permission denied"))),
        None => Err(Error::with_code(EXIT_NOT_FOUND, format!("executable file `{name}` not found in $PATH"))),
    }
}

/// A new network namespace starts with `lo` down.
pub fn bring_up_loopback() -> Result<()> {
    let sock = nix::sys::socket::socket(
        nix::sys::socket::AddressFamily::Inet,
        nix::sys::socket::SockType::Datagram,
        nix::sys::socket::SockFlag::SOCK_CLOEXEC,
        None,
    )
    .context(|| "socket".into())?;
    let mut req: libc::ifreq = unsafe { std::mem::zeroed() };
    for (i, b) in b"lo".iter().enumerate() {
        req.ifr_name[i] = *b as libc::c_char;
    }
    unsafe {
        if libc::ioctl(sock.as_raw_fd(), libc::SIOCGIFFLAGS, &mut req) < 0 {
            return Err(crate::err!("read loopback flags: {}", std::io::Error::last_os_error()));
        }
        req.ifr_ifru.ifru_flags |= (libc::IFF_UP | libc::IFF_RUNNING) as libc::c_short;
        if libc::ioctl(sock.as_raw_fd(), libc::SIOCSIFFLAGS, &req) < 0 {
            return Err(crate::err!("bring up loopback: {}", std::io::Error::last_os_error()));
        }
    }
    Ok(())
}

/// Give the container its hostname. Here the process is root of the user
/// namespace that owns the new UTS namespace, so EPERM can only come from
/// the seccomp filter of a container skiff itself runs in (docker's and
/// podman's default profiles allow sethostname only with CAP_SYS_ADMIN):
/// there a default hostname (the container id's first 12 digits) is left
/// as inherited, as podman inside podman does with `utsns=host`, and only
/// one the user chose is an error.
fn set_hostname(spec: &ContainerSpec) -> Result<()> {
    // (Not through the Syscall trait: the call's errno decides, which the
    // trait's error does not keep.)
    match nix::unistd::sethostname(&spec.hostname) {
        Err(nix::errno::Errno::EPERM) => {
            let container_id = spec.runtime_dir.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            if container_id.len() > 12 && container_id.starts_with(&spec.hostname) {
                Ok(())
            } else {
                Err(crate::err!(
                    "set hostname {}: refused by the seccomp filter of the container skiff runs in (sethostname needs CAP_SYS_ADMIN there)",
                    spec.hostname
                ))
            }
        }
        result => result.context(|| format!("set hostname {}", spec.hostname)),
    }
}
