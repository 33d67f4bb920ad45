//! Published ports, forwarded by skiff itself.
//!
//! slirp4netns can forward host ports, but every byte then goes through its
//! user-mode TCP stack: about 150 MB/s here, a third of what podman's
//! rootlessport reaches; and its UDP replies to a client on the host's
//! loopback are dropped unless the container may reach the host's
//! loopback. So, as rootlessport does, skiff binds the host ports itself
//! and runs a small forwarder (`skiff __port-forward`, skiff re-executed)
//! that joins the container's user and network namespaces while keeping
//! the host's sockets. For each TCP connection it accepts on the host it
//! connects to the container's address inside the namespace and moves the
//! bytes between the two sockets with splice(2), without copying them
//! through user space. For UDP it keeps one connected socket inside per
//! client address, which carries the replies back until it has been idle
//! for a while. slirp4netns still gives the container its outgoing
//! connectivity.
//!
//! The forwarder exits when its exit descriptor closes (its owner drops
//! [`Forwarder`] or dies) and dies with its parent.

use super::ports::PortMapping;
use crate::error::{Context, Result};
use nix::unistd::Pid;
use std::collections::hash_map::{Entry, HashMap};
use std::net::{Shutdown, SocketAddr, SocketAddrV4, TcpListener, TcpStream, UdpSocket};
use std::sync::{Arc, Mutex};
use std::os::fd::{AsFd, AsRawFd, FromRawFd, OwnedFd, RawFd};
use std::os::unix::process::CommandExt;
use std::time::Duration;

/// The container's address on slirp4netns's network (tap0), where a
/// forwarded connection arrives, as it would from slirp4netns.
pub const SLIRP_CONTAINER_ADDRESS: std::net::Ipv4Addr = std::net::Ipv4Addr::new(10, 0, 2, 100);

/// How long the forwarder may take to join the namespaces.
const READY_TIMEOUT: Duration = Duration::from_secs(30);

/// Bytes moved per splice(2) call: a pipe's default capacity. Measured
/// with scripts/bench-network against 256 KiB and 1 MiB pipes: the small
/// one was the fastest (1.00-1.07 of podman against 0.88-1.08 with 1 MiB),
/// the data staying in the CPU's caches between the two sockets.
const CHUNK: usize = 1 << 16;

/// How long a UDP client's socket inside waits for replies after the last
/// datagram either way (conntrack's default for unanswered UDP is 30 s).
const UDP_IDLE: Duration = Duration::from_secs(60);

/// A running `skiff __port-forward`; dropping it stops it and waits, so that
/// the host ports are free again when the drop returns.
pub struct Forwarder {
    process: std::process::Child,
    exit: Option<OwnedFd>,
}

impl Drop for Forwarder {
    fn drop(&mut self) {
        drop(self.exit.take());
        let _ = self.process.wait();
    }
}

/// Bind the host side of each mapping (a clear error when a port is taken)
/// and start the forwarder for the container whose init is `pid`, whose
/// own address in its network namespace is `container_address` (on a user
/// network, its address on the bridge: connections arrive there as from
/// another host, as with podman's rootlessport).
pub fn start(ports: &[PortMapping], pid: Pid, container_address: std::net::Ipv4Addr) -> Result<Forwarder> {
    let listeners = ports.iter().map(|p| p.bind()).collect::<Result<Vec<OwnedFd>>>()?;
    let exe = std::fs::read_link("/proc/self/exe").context(|| "find the skiff binary".into())?;
    let (ready_r, ready_w) = nix::unistd::pipe2(nix::fcntl::OFlag::O_CLOEXEC).context(|| "pipe".into())?;
    let (exit_r, exit_w) = nix::unistd::pipe2(nix::fcntl::OFlag::O_CLOEXEC).context(|| "pipe".into())?;
    let mut command = std::process::Command::new(exe);
    command
        .arg0("skiff")
        .arg("__port-forward")
        .arg(pid.as_raw().to_string())
        .arg(format!("--ready-fd={}", ready_w.as_raw_fd()))
        .arg(format!("--exit-fd={}", exit_r.as_raw_fd()));
    for (listener, port) in listeners.iter().zip(ports) {
        let target = SocketAddrV4::new(container_address, port.container_port);
        command.arg(format!("{}={}/{}", listener.as_raw_fd(), target, port.protocol));
    }
    command.stdin(std::process::Stdio::null()).stdout(std::process::Stdio::null());
    let mut inherited: Vec<RawFd> = listeners.iter().map(|l| l.as_raw_fd()).collect();
    inherited.extend([ready_w.as_raw_fd(), exit_r.as_raw_fd()]);
    // SAFETY: only close_range, fcntl and prctl between fork and exec.
    unsafe {
        command.pre_exec(move || {
            crate::sys::process::inherit_only(&inherited)?;
            libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL, 0, 0, 0);
            Ok(())
        });
    }
    let process = command.spawn().context(|| "start the port forwarder".into())?;
    drop((ready_w, exit_r, listeners));
    let mut forwarder = Forwarder { process, exit: Some(exit_w) };
    if !super::slirp::wait_ready(&ready_r, READY_TIMEOUT) {
        drop(forwarder.exit.take());
        let _ = forwarder.process.wait();
        return Err(crate::err!("the port forwarder could not join the container's network namespace"));
    }
    Ok(forwarder)
}

/// A host socket and where its traffic goes in the container.
enum Route {
    Tcp(TcpListener, SocketAddrV4),
    Udp(Arc<UdpSocket>, SocketAddrV4, Arc<Mutex<HashMap<SocketAddr, UdpSocket>>>),
}

impl Route {
    fn host_fd(&self) -> std::os::fd::BorrowedFd<'_> {
        match self {
            Route::Tcp(listener, _) => listener.as_fd(),
            Route::Udp(socket, ..) => socket.as_fd(),
        }
    }

    /// Handle what is waiting on the host socket. Several may be waiting:
    /// WouldBlock ends the batch.
    fn serve_ready(&self) {
        match self {
            Route::Tcp(listener, target) => {
                while let Ok((client, _)) = listener.accept() {
                    let target = *target;
                    let _ = std::thread::Builder::new().name("port-forward".into()).spawn(move || relay(client, target));
                }
            }
            Route::Udp(host, target, table) => {
                let mut datagram = vec![0u8; 65536];
                while let Ok((n, client)) = host.recv_from(&mut datagram) {
                    let mut sessions = table.lock().unwrap_or_else(|e| e.into_inner());
                    let inside = match sessions.entry(client) {
                        Entry::Occupied(session) => session.into_mut(),
                        Entry::Vacant(slot) => match udp_session(host, *target, client, table.clone()) {
                            Ok(inside) => slot.insert(inside),
                            Err(_) => continue,
                        },
                    };
                    let _ = inside.send(&datagram[..n]);
                }
            }
        }
    }
}

/// A socket inside the container's network for one UDP client, connected
/// to `target`, and a thread that sends its replies to `client` from the
/// host socket until it has been idle for [`UDP_IDLE`], then forgets it.
fn udp_session(
    host: &Arc<UdpSocket>,
    target: SocketAddrV4,
    client: SocketAddr,
    sessions: Arc<Mutex<HashMap<SocketAddr, UdpSocket>>>,
) -> std::io::Result<UdpSocket> {
    let inside = UdpSocket::bind("0.0.0.0:0")?;
    inside.connect(target)?;
    inside.set_read_timeout(Some(UDP_IDLE))?;
    let replies = inside.try_clone()?;
    let host = host.clone();
    std::thread::Builder::new().name("port-forward-udp".into()).spawn(move || {
        let mut datagram = vec![0u8; 65536];
        // A refused datagram (nothing listening yet) is not the end.
        loop {
            match replies.recv(&mut datagram) {
                Ok(n) => {
                    let _ = host.send_to(&datagram[..n], client);
                }
                Err(e) if e.kind() == std::io::ErrorKind::ConnectionRefused => {}
                Err(_) => break,
            }
        }
        sessions.lock().unwrap_or_else(|e| e.into_inner()).remove(&client);
    })?;
    Ok(inside)
}

/// `skiff __port-forward PID --ready-fd R --exit-fd E FD=ADDRESS/PROTO...`:
/// the forwarder itself. Joins the namespaces of `pid`, says "1" on
/// `ready_fd`, then serves until `exit_fd` closes.
pub fn serve(pid: i32, ready_fd: RawFd, exit_fd: RawFd, forwards: &[String]) -> Result<()> {
    // SAFETY: the descriptors were inherited for this purpose and are ours.
    let ready = unsafe { OwnedFd::from_raw_fd(ready_fd) };
    let exit = unsafe { OwnedFd::from_raw_fd(exit_fd) };
    let mut routes = Vec::new();
    for forward in forwards {
        let invalid = || crate::err!("invalid forward {forward:?}");
        let (fd, target) = forward.split_once('=').ok_or_else(invalid)?;
        let (target, protocol) = target.split_once('/').ok_or_else(invalid)?;
        let fd: RawFd = fd.parse().map_err(|_| invalid())?;
        let target: SocketAddrV4 = target.parse().map_err(|_| invalid())?;
        // SAFETY: as above.
        let route = match protocol {
            "tcp" => Route::Tcp(unsafe { TcpListener::from_raw_fd(fd) }, target),
            "udp" => Route::Udp(Arc::new(unsafe { UdpSocket::from_raw_fd(fd) }), target, Default::default()),
            _ => return Err(invalid()),
        };
        rustix::io::ioctl_fionbio(route.host_fd(), true).map_err(|e| crate::err!("set a host socket non-blocking: {e}"))?;
        routes.push(route);
    }
    join_network(pid)?;
    nix::unistd::write(&ready, b"1").context(|| "report ready".into())?;
    drop(ready);

    use nix::poll::{poll, PollFd, PollFlags, PollTimeout};
    loop {
        let mut fds = vec![PollFd::new(exit.as_fd(), PollFlags::POLLIN)];
        fds.extend(routes.iter().map(|r| PollFd::new(r.host_fd(), PollFlags::POLLIN)));
        match poll(&mut fds, PollTimeout::NONE) {
            Ok(_) => {}
            Err(nix::errno::Errno::EINTR) => continue,
            Err(e) => return Err(crate::err!("poll: {e}")),
        }
        let ready: Vec<bool> = fds.iter().map(|f| f.revents().is_some_and(|r| !r.is_empty())).collect();
        if ready[0] {
            return Ok(());
        }
        for (route, _) in routes.iter().zip(&ready[1..]).filter(|(_, r)| **r) {
            route.serve_ready();
        }
    }
}

/// Join the user and network namespaces of `pid` (the container's init):
/// sockets made afterwards live in the container's network, the listeners
/// made before stay on the host's. Threads started later inherit it.
fn join_network(pid: i32) -> Result<()> {
    let net = std::fs::File::open(format!("/proc/{pid}/ns/net")).context(|| format!("open /proc/{pid}/ns/net"))?;
    super::userns::join_user_namespace(pid)?;
    nix::sched::setns(net, nix::sched::CloneFlags::CLONE_NEWNET).context(|| "join the container's network namespace".into())
}

/// Carry one accepted connection to `target` and back until both sides
/// are done. A refused connection closes the client's, as a closed port
/// would.
fn relay(client: TcpStream, target: SocketAddrV4) {
    let Ok(server) = TcpStream::connect(target) else { return };
    client.set_nonblocking(false).ok();
    // Forward small writes at once, as the two ends would see them.
    let _ = (client.set_nodelay(true), server.set_nodelay(true));
    let (Ok(client2), Ok(server2)) = (client.try_clone(), server.try_clone()) else { return };
    let upstream = std::thread::Builder::new().name("port-forward".into()).spawn(move || pump(&client2, &server2));
    pump(&server, &client);
    if let Ok(upstream) = upstream {
        let _ = upstream.join();
    }
}

/// Move bytes from `from` to `to` through a pipe with splice(2) until
/// `from` ends, then end `to`'s writing side. On an error both sockets are
/// shut down, which also ends the other direction's pump.
fn pump(from: &TcpStream, to: &TcpStream) {
    let moved = splice_all(from.as_raw_fd(), to.as_raw_fd());
    if moved.is_ok() {
        let _ = to.shutdown(Shutdown::Write);
    } else {
        let _ = from.shutdown(Shutdown::Both);
        let _ = to.shutdown(Shutdown::Both);
    }
}

fn splice_all(from: RawFd, to: RawFd) -> std::io::Result<()> {
    let (pipe_r, pipe_w) = nix::unistd::pipe2(nix::fcntl::OFlag::O_CLOEXEC)?;
    loop {
        let n = splice(from, pipe_w.as_raw_fd(), CHUNK)?;
        if n == 0 {
            return Ok(());
        }
        let mut left = n;
        while left > 0 {
            match splice(pipe_r.as_raw_fd(), to, left)? {
                0 => return Err(std::io::ErrorKind::WriteZero.into()),
                m => left -= m,
            }
        }
    }
}

fn splice(from: RawFd, to: RawFd, len: usize) -> std::io::Result<usize> {
    loop {
        let n = unsafe {
            libc::splice(from, std::ptr::null_mut(), to, std::ptr::null_mut(), len, libc::SPLICE_F_MOVE)
        };
        if n >= 0 {
            return Ok(n as usize);
        }
        let e = std::io::Error::last_os_error();
        if e.kind() != std::io::ErrorKind::Interrupted {
            return Err(e);
        }
    }
}
