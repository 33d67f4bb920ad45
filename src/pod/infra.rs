//! A pod's infra process: skiff re-executed as the hidden `__pod-infra ID`
//! command, in a session of its own, as a container's monitor is. It enters
//! a new user namespace (the same mapping every skiff container gets), then
//! clones a holder child into new uts, ipc, network and pid namespaces (those
//! the pod shares) that sets the hostname, brings up the loopback interface and
//! pauses (in a shared pid namespace it is pid 1 there, and reaps the
//! orphans its containers leave). The infra process connects the holder's network with
//! slirp4netns, publishes the pod's ports, records the holder's pid and
//! waits: when the holder dies it stops slirp4netns and exits; on SIGTERM it
//! kills the holder first. The pod's containers join the holder's user
//! namespace, then the shared ones.

use super::{PodPidNamespace, PodRecord, PodStore};
use crate::sys::helper;
use crate::error::{Context, Result};
use crate::paths::Paths;
use crate::runtime::join::{hand_over_socket, NamespaceFiles, SharedNamespace};
use crate::runtime::process::bring_up_loopback;
use crate::sys::process;
use crate::runtime::{slirp, userns};
use nix::sys::signal::{SigSet, Signal};
use nix::sys::signalfd::{SfdFlags, SignalFd};
use nix::unistd::Pid;
use std::io::Read;
use std::os::fd::{AsFd, OwnedFd};

/// Start the pod's infra process unless it runs, and return its holder's
/// pid. Rootless, the caller must not be in a user namespace of its own
/// yet: the infra process makes the pod's.
pub fn ensure_running(paths: &Paths, pods: &PodStore, pod: &PodRecord) -> Result<i32> {
    if let Some(pid) = pods.infra_pid(&pod.id) {
        return Ok(pid);
    }
    // Two commands starting the same pod at once must not start two.
    let _starting = crate::storage::lock::exclusive(&pods.infra_lock_path(&pod.id))?;
    if let Some(pid) = pods.infra_pid(&pod.id) {
        return Ok(pid);
    }
    helper::spawn_helper(paths, &["__pod-infra", &pod.id])?;
    pods.infra_pid(&pod.id).ok_or_else(|| crate::err!("the infra process of pod {} exited right after it started", pod.name))
}

/// The hidden `__pod-infra` command.
pub fn run(paths: &Paths, id: &str) -> Result<i32> {
    helper::run_reporting(|reporter| hold(paths, id, reporter))
}

fn hold(paths: &Paths, id: &str, reporter: &mut Option<OwnedFd>) -> Result<i32> {
    let pods = PodStore::open(paths);
    let pod = pods.lookup(id)?;
    if pods.infra_pid(&pod.id).is_some() {
        return Err(crate::err!("the infra process of pod {} is running already", pod.name));
    }
    let network = pod.network_mode()?;
    let held = pod.held_namespaces()?;
    let on_user_networks = held.contains(&SharedNamespace::Net) && !pod.networks.is_empty();
    // `--pid ns:PATH`: the holder is started in that pid namespace, which
    // only its owner's user namespace may join.
    let pid_namespace = match &pod.pid_namespace {
        PodPidNamespace::Path(path) => Some(std::fs::File::open(path).context(|| format!("open the pid namespace {}", path.display()))?),
        _ => None,
    };
    if on_user_networks {
        // A veth pair joins only network namespaces of one user namespace:
        // the pod's is the user networks' holder's, as a container's is.
        crate::network::holder::join(paths)?;
    } else if let Some(namespace) = &pid_namespace {
        userns::join_owner_of(namespace)?;
    } else {
        userns::enter_if_rootless()?;
    }
    if let (Some(namespace), PodPidNamespace::Path(path)) = (&pid_namespace, &pod.pid_namespace) {
        nix::sched::setns(namespace, nix::sched::CloneFlags::CLONE_NEWPID)
            .context(|| format!("join the pid namespace {} (a pod on user networks joins only those of skiff's user namespace)", path.display()))?;
    }

    let mut signals = SigSet::empty();
    for s in [Signal::SIGTERM, Signal::SIGINT, Signal::SIGHUP, Signal::SIGCHLD] {
        signals.add(s);
    }
    signals.thread_block().context(|| "block signals".into())?;
    let signal_fd = SignalFd::with_flags(&signals, SfdFlags::SFD_CLOEXEC).context(|| "signalfd".into())?;
    let (err_r, err_w) = nix::unistd::pipe2(nix::fcntl::OFlag::O_CLOEXEC).context(|| "pipe".into())?;
    let (ready_r, ready_w) = nix::unistd::pipe2(nix::fcntl::OFlag::O_CLOEXEC).context(|| "pipe".into())?;
    let mut flags = held
        .iter()
        .filter(|kind| !(pid_namespace.is_some() && **kind == SharedNamespace::Pid))
        .fold(0, |f, kind| f | kind.clone_flag().bits())
        | libc::SIGCHLD;
    // A shared ipc namespace comes with a shared /dev/shm: the holder
    // mounts its tmpfs in a mount namespace of its own, where each
    // container of the pod finds it (see SharedJoin::shm_in_holder).
    let shm = held.contains(&SharedNamespace::Ipc).then(|| shm_dir(&pods.infra_runtime_dir(&pod.id)));
    if let Some(dir) = &shm {
        std::fs::create_dir_all(dir).context(|| format!("create {}", dir.display()))?;
        flags |= libc::CLONE_NEWNS;
    }
    let _shm_dir_removed_at_end = shm.clone().map(EmptyDirRemoved);
    // A pod's own user namespace (pod create --userns, --uidmap...) is the
    // holder's, made with the others so that it owns them.
    let own_userns = pod.userns_mappings.as_ref();
    if own_userns.is_some() {
        flags |= libc::CLONE_NEWUSER;
    }
    let parent = nix::unistd::getpid();
    // A fork-like clone (no new stack), as for a container's init.
    let pid = unsafe { libc::syscall(libc::SYS_clone, flags as libc::c_ulong, 0usize, 0usize, 0usize, 0usize) };
    if pid < 0 {
        return Err(crate::err!("create the pod's namespaces: {}", std::io::Error::last_os_error()));
    }
    if pid == 0 {
        drop((err_r, ready_w));
        let error = match hold_namespaces(&pod, &held, shm.as_deref(), parent, ready_r, own_userns.is_some()) {
            Ok(never) => match never {},
            Err(e) => e,
        };
        let _ = nix::unistd::write(&err_w, error.message.as_bytes());
        unsafe { libc::_exit(crate::error::EXIT_ENGINE) }
    }
    drop((err_w, ready_r));
    let holder = Pid::from_raw(pid as i32);
    // The pod's addresses on its user networks and the forwarder of its
    // ports there: given back when the infra process ends.
    let mut user_networks = None;
    let mapped = own_userns.map_or(Ok(()), |maps| maps.apply(holder));
    // The holder of a user namespace of the pod's own hands its namespaces
    // over from here, opened before it becomes root (see
    // NamespaceFiles::HandedOver), to the monitors of the pod's containers.
    let mut names = vec!["user"];
    names.extend(held.iter().map(SharedNamespace::name));
    if shm.is_some() {
        names.push("mnt");
    }
    let socket = namespaces_socket(&pods.infra_runtime_dir(&pod.id));
    let _socket_removed_at_end = own_userns.map(|_| FileRemoved(socket.clone()));
    let handed_over = match (mapped, own_userns) {
        (Err(e), _) => Err(e),
        (Ok(()), None) => Ok(None),
        (Ok(()), Some(_)) => std::fs::create_dir_all(pods.infra_runtime_dir(&pod.id))
            .context(|| format!("create {}", pods.infra_runtime_dir(&pod.id).display()))
            .and_then(|_| NamespaceFiles::open_now(holder.as_raw(), &names))
            .and_then(|files| Ok(Some((files, hand_over_socket(&socket)?)))),
    };
    let connected = if let Err(e) = handed_over.as_ref().map(drop).map_err(|e| crate::err!("{}", e.message)) {
        Err(e)
    } else if on_user_networks {
        join_user_networks(paths, &pod, holder).map(|place| {
            user_networks = Some(place);
            None
        })
    } else if held.contains(&SharedNamespace::Net) {
        slirp::connect(&network, &pod.ports, &pods.infra_runtime_dir(&pod.id), holder)
    } else {
        Ok(None)
    };
    let network = match connected {
        Ok(network) => network,
        Err(e) => {
            let _ = nix::sys::signal::kill(holder, Signal::SIGKILL);
            process::wait_exit(holder);
            return Err(e);
        }
    };
    let _ = nix::unistd::write(&ready_w, b"1");
    drop(ready_w);
    // The holder closes its end once its namespaces are ready, or writes why not.
    let mut message = String::new();
    let _ = std::fs::File::from(err_r).read_to_string(&mut message);
    if !message.is_empty() {
        process::wait_exit(holder);
        return Err(crate::err!("{}", message.trim()));
    }
    pods.set_live(&pod.id, holder.as_raw())?;
    let pidfile = pods.infra_pidfile(&pod);
    std::fs::write(&pidfile, std::process::id().to_string()).context(|| format!("write the infra pid file {}", pidfile.display()))?;
    if !pod.started {
        pods.save(&PodRecord { started: true, ..pod.clone() })?;
    }
    pods.event(&pod, "start");
    helper::report_ok(reporter);
    let handed_over = handed_over.ok().flatten();
    wait_for_end(&signal_fd, holder, handed_over.as_ref().map(|(files, listener)| (files, listener)));
    drop((network, user_networks));
    pods.clear_live(&pod.id);
    pods.event(&pod, "stop");
    Ok(0)
}

/// Put the holder's network namespace on the pod's user networks, as a
/// container's is on its own: under the pod's name, with the infra's id
/// and the pod's aliases, then publish the pod's ports at its address on
/// the first network.
fn join_user_networks(paths: &Paths, pod: &PodRecord, holder: Pid) -> Result<(crate::network::attach::Attachment, Option<crate::runtime::portfwd::Forwarder>)> {
    let store = crate::network::NetworkStore::open(paths);
    let networks = pod.networks.iter().map(|c| Ok((store.lookup(&c.network)?, c.clone()))).collect::<Result<_>>()?;
    let request = crate::network::attach::EndpointRequest::of_connections(paths, &pod.infra_id, &pod.name, &pod.hostname, networks, true)?
        .ok_or_else(|| crate::err!("pod {} is on no user network", pod.name))?;
    let attachment = crate::network::attach::attach(&request, holder.as_raw())?;
    let forwarder = match pod.ports.is_empty() {
        true => None,
        false => Some(crate::runtime::portfwd::start(&pod.ports, holder, attachment.address())?),
    };
    Ok((attachment, forwarder))
}

/// Until the holder dies, or we are told to stop (then we kill it); hands
/// the holder's namespaces over to whoever connects to `hand_over`'s
/// listener meanwhile.
fn wait_for_end(signal_fd: &SignalFd, holder: Pid, hand_over: Option<(&NamespaceFiles, &OwnedFd)>) {
    use nix::poll::{poll, PollFd, PollFlags, PollTimeout};
    loop {
        if process::try_reap(holder).is_some() {
            return;
        }
        let mut fds = vec![PollFd::new(signal_fd.as_fd(), PollFlags::POLLIN)];
        if let Some((_, listener)) = hand_over {
            fds.push(PollFd::new(listener.as_fd(), PollFlags::POLLIN));
        }
        match poll(&mut fds, PollTimeout::NONE) {
            Ok(_) | Err(nix::errno::Errno::EINTR) => {}
            Err(_) => return,
        }
        let asked = fds.get(1).and_then(PollFd::revents).is_some_and(|events| events.contains(PollFlags::POLLIN));
        let signalled = fds[0].revents().is_some_and(|events| events.contains(PollFlags::POLLIN));
        if let (true, Some((files, listener))) = (asked, hand_over) {
            use std::os::fd::{AsRawFd, FromRawFd};
            if let Ok(connection) = nix::sys::socket::accept4(listener.as_raw_fd(), nix::sys::socket::SockFlag::SOCK_CLOEXEC) {
                // SAFETY: accept4 just made this descriptor ours.
                let connection = unsafe { OwnedFd::from_raw_fd(connection) };
                // A refused or broken connection is the asker's failure only.
                let _ = files.hand_over(&connection);
            }
        }
        if !signalled {
            continue;
        }
        match signal_fd.read_signal() {
            Ok(Some(info)) if info.ssi_signo as i32 != Signal::SIGCHLD as i32 => {
                let _ = nix::sys::signal::kill(holder, Signal::SIGKILL);
                process::wait_exit(holder);
                return;
            }
            _ => {}
        }
    }
}

/// In the holder child: wait for the network, set up the namespaces, drop
/// every descriptor of skiff and pause until killed.
/// The directory the holder mounted on (empty outside its namespace) and
/// the pod's runtime directory if nothing else is left in it, removed
/// when the infra process ends or fails.
struct EmptyDirRemoved(std::path::PathBuf);

impl Drop for EmptyDirRemoved {
    fn drop(&mut self) {
        if std::fs::remove_dir(&self.0).is_ok() {
            if let Some(parent) = self.0.parent() {
                let _ = std::fs::remove_dir(parent);
            }
        }
    }
}

/// Removes a file (the hand-over socket) when dropped.
struct FileRemoved(std::path::PathBuf);

impl Drop for FileRemoved {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

/// Where the infra process of a pod with its own user namespace hands the
/// holder's namespaces over (join::NamespaceFiles::receive).
pub fn namespaces_socket(infra_runtime_dir: &std::path::Path) -> std::path::PathBuf {
    infra_runtime_dir.join("namespaces.sock")
}

/// Where the pod's holder mounts the /dev/shm its containers share, in its
/// own mount namespace, whose mounts never reach the host's: over its
/// /dev/shm, a path the root of any user namespace can walk.
pub const SHM_IN_HOLDER: &str = "/dev/shm";

/// Where the holder mounts it on a host without /dev/shm (a directory of
/// the pod's).
pub fn shm_dir(infra_runtime_dir: &std::path::Path) -> std::path::PathBuf {
    infra_runtime_dir.join("shm")
}

fn hold_namespaces(
    pod: &PodRecord,
    held: &[SharedNamespace],
    shm: Option<&std::path::Path>,
    parent: Pid,
    ready: OwnedFd,
    own_userns: bool,
) -> Result<std::convert::Infallible> {
    // The holder must not outlive the infra process that watches it.
    unsafe { libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL, 0, 0, 0) };
    // As pid 1 of a new pid namespace, the parent is outside it (ppid 0);
    // a dead one shows below as the ready pipe closed without a byte.
    let own_pid_namespace = held.contains(&SharedNamespace::Pid);
    if nix::unistd::getppid() != parent && !own_pid_namespace {
        unsafe { libc::_exit(crate::error::EXIT_ENGINE) }
    }
    let mut byte = [0u8; 1];
    if !matches!(nix::unistd::read(&ready, &mut byte), Ok(1)) {
        unsafe { libc::_exit(crate::error::EXIT_ENGINE) }
    }
    // Mapped by now: root of the pod's own user namespace.
    if own_userns {
        userns::become_root()?;
        // Changing credentials cleared it.
        unsafe { libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL, 0, 0, 0) };
    }
    if held.contains(&SharedNamespace::Uts) {
        nix::unistd::sethostname(&pod.hostname).context(|| format!("set the pod's hostname {:?}", pod.hostname))?;
    }
    if held.contains(&SharedNamespace::Net) {
        bring_up_loopback()?;
    }
    if let Some(dir) = shm {
        use nix::mount::{mount, MsFlags};
        // Nothing mounted here may reach the host's namespace.
        mount(None::<&str>, "/", None::<&str>, MsFlags::MS_REC | MsFlags::MS_PRIVATE, None::<&str>).context(|| "make the pod's mounts private".into())?;
        // On the holder's own /dev/shm, where the pod's containers take it
        // from (SharedJoin::shm_in_holder): the root of a user namespace
        // that leaves out the user's ids could not walk the user's runtime
        // directory to `dir`, which serves only where there is none.
        let target = Some(std::path::Path::new(SHM_IN_HOLDER)).filter(|path| path.is_dir()).unwrap_or(dir);
        let size = pod.shm_size.unwrap_or(crate::runtime::spec::DEFAULT_SHM_SIZE);
        mount(Some("shm"), target, Some("tmpfs"), MsFlags::MS_NOSUID | MsFlags::MS_NODEV | MsFlags::MS_NOEXEC, Some(format!("mode=1777,size={size}").as_str()))
            .context(|| "mount the pod's /dev/shm".into())?;
    }
    // /proc/sys/net and the ipc sysctls are those of the writer's namespaces.
    for (name, value) in &pod.sysctls {
        let path = std::path::Path::new("/proc/sys").join(name.replace('.', "/"));
        std::fs::write(&path, value).map_err(|e| crate::err!("--sysctl {name}={value}: {e}"))?;
    }
    // Closing everything (the error pipe among it) tells the infra process
    // we are ready, and keeps the CLI's report pipe from staying open here.
    if unsafe { libc::syscall(libc::SYS_close_range, 3 as libc::c_uint, libc::c_uint::MAX, 0 as libc::c_uint) } != 0 {
        return Err(crate::err!("close_range: {}", std::io::Error::last_os_error()));
    }
    if own_pid_namespace {
        // Orphans of the pod's containers come to pid 1: ignoring SIGCHLD
        // has the kernel reap them, so no zombie is left in the pod.
        let ignore = nix::sys::signal::SigAction::new(nix::sys::signal::SigHandler::SigIgn, nix::sys::signal::SaFlags::SA_NOCLDWAIT, SigSet::empty());
        unsafe { nix::sys::signal::sigaction(Signal::SIGCHLD, &ignore) }.context(|| "ignore SIGCHLD in the pod's pid namespace".into())?;
    }
    let _ = SigSet::all().thread_unblock();
    loop {
        unsafe { libc::pause() };
    }
}
