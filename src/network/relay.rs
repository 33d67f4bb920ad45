//! `network connect` of a running container on slirp4netns that was started
//! apart from the user networks: its namespaces belong to a user namespace
//! other than the networks' holder's (see `holder`), and no unprivileged
//! process may make a veth pair between the two. Instead a tap device in
//! the container (its ethN) and one on the network's bridge are joined by
//! a relay process that copies frames between them, as slirp4netns joins
//! its tap device to the outside. The relay owns the container's address
//! on the network; it ends when the container's process does (or at
//! `network disconnect`), and both tap devices go with it. The container's
//! next start puts it on the network with a veth pair (`attach`).

use super::endpoints::{self, Endpoint, Owner, Wanted};
use super::netlink::Netlink;
use super::NetworkRecord;
use crate::error::{Context, Result};
use crate::paths::Paths;
use serde::{Deserialize, Serialize};
use std::os::fd::{AsFd, AsRawFd, OwnedFd};

/// Linux's TUNSETIFF, _IOW('T', 202, int), and its flags.
const TUNSETIFF: libc::c_ulong = 0x4004_54ca;
const IFF_TAP: libc::c_short = 0x0002;
const IFF_NO_PI: libc::c_short = 0x1000;

/// The largest frame a tap device hands over (a 64 KiB MTU and its header).
const FRAME: usize = 65_600;

/// What the relay configures on the container's interface, once the
/// address is taken.
#[derive(Serialize, Deserialize)]
struct Addresses {
    ip: std::net::Ipv4Addr,
    prefix: u8,
    ip6: Option<(std::net::Ipv6Addr, u8)>,
    mac: Option<[u8; 6]>,
}

/// Whether the running container (init `pid`) runs in the user networks'
/// user namespace: then the process that started it (its parent, a monitor
/// or a foreground run) owns its addresses, and a veth pair can join it.
pub fn starter_beside_holder(paths: &Paths, pid: i32) -> Option<Owner> {
    let holder = super::holder::current(paths)?;
    let parent = crate::sys::process::parent_pid(pid)?;
    let userns = |pid: i32| std::fs::read_link(format!("/proc/{pid}/ns/user")).ok();
    let start_time = crate::sys::process::process_start_time(parent)?;
    (userns(parent).is_some() && userns(parent) == userns(holder.pid)).then_some(Owner { pid: parent, start_time })
}

/// Connect the running container (init `pid`) through a relay; this
/// process has entered no user namespace yet, and joins the networks' one.
pub fn connect(paths: &Paths, container_id: &str, container_name: &str, pid: i32, network: &NetworkRecord, connection: &super::connect::Connection) -> Result<Endpoint> {
    let (ours, theirs) = crate::runtime::process::seqpacket_pair()?;
    // SAFETY: `network connect` runs single-threaded (it is about to join
    // a user namespace); the child leaves by _exit.
    let relay = match unsafe { nix::unistd::fork() }.context(|| "fork".into())? {
        nix::unistd::ForkResult::Child => {
            drop(ours);
            relay_main(pid, theirs)
        }
        nix::unistd::ForkResult::Parent { child } => child.as_raw(),
    };
    drop(theirs);
    let owner = Owner { pid: relay, start_time: crate::sys::process::process_start_time(relay).unwrap_or(0) };
    let set_up = || -> Result<Endpoint> {
        let interface = String::from_utf8_lossy(&receive(&ours)?).into_owned();
        let wanted = Wanted { container_id, container_name, aliases: &connection.aliases, interface: &interface, ip: connection.ip, ip6: connection.ip6, owner };
        let endpoint = {
            let _lock = endpoints::lock(paths, &network.name)?;
            endpoints::allocate(paths, network, wanted)?
        };
        let addresses = Addresses {
            ip: endpoint.ip,
            prefix: network.subnet().prefix,
            ip6: endpoint.ip6.zip(network.subnet6()).map(|(ip6, subnet)| (ip6, subnet.prefix)),
            mac: connection.mac()?,
        };
        send(&ours, &serde_json::to_vec(&addresses).unwrap_or_default())?;
        receive(&ours)?;
        super::holder::join(paths)?;
        let bridge_side = super::attach::bridge_tap(paths, network)?;
        crate::runtime::process::send_fds(&ours, &[bridge_side.as_fd()], "bridge's tap device")?;
        receive(&ours)?;
        Ok(endpoint)
    };
    set_up().inspect_err(|_| {
        let _ = nix::sys::signal::kill(nix::unistd::Pid::from_raw(relay), nix::sys::signal::Signal::SIGKILL);
        endpoints::release(paths, &network.name, container_id);
    })
}

/// Whether the endpoint of the running container (init `pid`) is held by
/// a relay rather than by the process that started the container.
pub fn is_relayed(pid: i32, endpoint: &Endpoint) -> bool {
    crate::sys::process::parent_pid(pid) != Some(endpoint.owner_pid)
}

/// End the relay that holds `endpoint`: its tap devices go with it.
pub fn disconnect(paths: &Paths, network: &NetworkRecord, endpoint: &Endpoint) {
    if endpoint.alive() {
        let _ = nix::sys::signal::kill(nix::unistd::Pid::from_raw(endpoint.owner_pid), nix::sys::signal::Signal::SIGKILL);
    }
    endpoints::release(paths, &network.name, &endpoint.container_id);
}

/// One message from the other end; an "error: ..." one is the relay's
/// failure.
fn receive(socket: &OwnedFd) -> Result<Vec<u8>> {
    let mut buffer = vec![0u8; 4096];
    let n = nix::sys::socket::recv(socket.as_raw_fd(), &mut buffer, nix::sys::socket::MsgFlags::empty()).context(|| "read from the relay".into())?;
    buffer.truncate(n);
    match buffer.strip_prefix(b"error: ") {
        Some(message) => Err(crate::err!("{}", String::from_utf8_lossy(message))),
        None if n == 0 => Err(crate::err!("the network relay ended while it was set up")),
        None => Ok(buffer),
    }
}

fn send(socket: &OwnedFd, message: &[u8]) -> Result<()> {
    nix::sys::socket::send(socket.as_raw_fd(), message, nix::sys::socket::MsgFlags::empty()).context(|| "write to the relay".into())?;
    Ok(())
}

/// The relay process: its tap device in the container, the bridge's from
/// skiff, then frames both ways until the container's process ends.
fn relay_main(pid: i32, socket: OwnedFd) -> ! {
    let result = relay_set_up(pid, &socket);
    match result {
        Ok((container_side, bridge_side, container)) => {
            let _ = send(&socket, b"ok");
            drop(socket);
            copy_frames(container_side, bridge_side, container)
        }
        Err(e) => {
            let _ = send(&socket, format!("error: {}", e.message).as_bytes());
            unsafe { libc::_exit(1) }
        }
    }
}

fn relay_set_up(pid: i32, socket: &OwnedFd) -> Result<(OwnedFd, OwnedFd, OwnedFd)> {
    // Nothing of skiff's but the socket: no lock, no pipe of the caller's.
    keep_only_descriptor(socket.as_raw_fd());
    let _ = nix::unistd::setsid();
    let container = rustix::process::pidfd_open(rustix::process::Pid::from_raw(pid).ok_or_else(|| crate::err!("bad pid {pid}"))?, rustix::process::PidfdFlags::empty())
        .map_err(|e| crate::err!("watch the container's process: {e}"))?;
    crate::runtime::userns::join_user_namespace(pid)?;
    let netns_path = format!("/proc/{pid}/ns/net");
    let netns = std::fs::File::open(&netns_path).context(|| format!("open {netns_path}"))?;
    // The container's namespace on a thread of its own: the relay itself
    // stays outside, so as not to keep the namespace alive.
    let container_side = std::thread::scope(|scope| {
        scope
            .spawn(|| -> Result<OwnedFd> {
                nix::sched::setns(&netns, nix::sched::CloneFlags::CLONE_NEWNET).context(|| "enter the container's network namespace".into())?;
                let mut inside = Netlink::open_here()?;
                let mut index = 0;
                while inside.index(&format!("eth{index}"))?.is_some() {
                    index += 1;
                }
                let interface = format!("eth{index}");
                let tap = open_tap(&interface)?;
                send(socket, interface.as_bytes())?;
                let addresses: Addresses =
                    serde_json::from_slice(&receive(socket)?).map_err(|e| crate::err!("the relay's addresses: {e}"))?;
                if let Some(mac) = addresses.mac {
                    set_mac(&tap, &interface, mac)?;
                }
                inside.add_address(&interface, addresses.ip.into(), addresses.prefix)?;
                if let Some((ip6, prefix)) = addresses.ip6 {
                    inside.add_address(&interface, ip6.into(), prefix)?;
                }
                inside.set_up(&interface, None)?;
                Ok(tap)
            })
            .join()
            .unwrap_or_else(|_| Err(crate::err!("the relay's thread panicked")))
    })?;
    send(socket, b"configured")?;
    let bridge_side = crate::runtime::process::receive_fds(socket).into_iter().next().ok_or_else(|| crate::err!("skiff sent no tap device"))?;
    Ok((container_side, bridge_side, container))
}

/// Close every descriptor but the standard three and `keep` (they would
/// hold skiff's locks and pipes for as long as the relay runs), and give
/// the standard three /dev/null.
fn keep_only_descriptor(keep: i32) {
    let open: Vec<i32> = std::fs::read_dir("/proc/self/fd")
        .map(|d| d.flatten().filter_map(|e| e.file_name().to_str().and_then(|n| n.parse().ok())).collect())
        .unwrap_or_default();
    for fd in open.into_iter().filter(|fd| *fd > 2 && *fd != keep) {
        unsafe { libc::close(fd) };
    }
    if let Ok(null) = std::fs::OpenOptions::new().read(true).write(true).open("/dev/null") {
        for fd in 0..3 {
            unsafe { libc::dup2(null.as_raw_fd(), fd) };
        }
    }
}

/// A tap device named `name` in this thread's network namespace, gone
/// when the descriptor closes.
pub fn open_tap(name: &str) -> Result<OwnedFd> {
    let tun = std::fs::OpenOptions::new().read(true).write(true).open("/dev/net/tun").context(|| "open /dev/net/tun".into())?;
    let mut request: libc::ifreq = unsafe { std::mem::zeroed() };
    for (slot, byte) in request.ifr_name.iter_mut().zip(name.bytes().take(libc::IFNAMSIZ - 1)) {
        *slot = byte as libc::c_char;
    }
    request.ifr_ifru.ifru_flags = IFF_TAP | IFF_NO_PI;
    if unsafe { libc::ioctl(tun.as_raw_fd(), TUNSETIFF as _, &request) } < 0 {
        return Err(crate::err!("create the tap device {name}: {}", std::io::Error::last_os_error()));
    }
    Ok(OwnedFd::from(tun))
}

fn set_mac(tap: &OwnedFd, name: &str, mac: [u8; 6]) -> Result<()> {
    let mut request: libc::ifreq = unsafe { std::mem::zeroed() };
    for (slot, byte) in request.ifr_name.iter_mut().zip(name.bytes().take(libc::IFNAMSIZ - 1)) {
        *slot = byte as libc::c_char;
    }
    let address = unsafe { &mut request.ifr_ifru.ifru_hwaddr };
    address.sa_family = libc::ARPHRD_ETHER;
    for (slot, byte) in address.sa_data.iter_mut().zip(mac) {
        *slot = byte as libc::c_char;
    }
    if unsafe { libc::ioctl(tap.as_raw_fd(), libc::SIOCSIFHWADDR as _, &request) } < 0 {
        return Err(crate::err!("set {name}'s MAC address: {}", std::io::Error::last_os_error()));
    }
    Ok(())
}

/// Copy frames both ways until one side fails or the container's process
/// (`container`, a pidfd) ends; then the process ends.
fn copy_frames(container_side: OwnedFd, bridge_side: OwnedFd, container: OwnedFd) -> ! {
    let pump = |from: i32, to: i32| {
        std::thread::spawn(move || {
            let mut frame = vec![0u8; FRAME];
            loop {
                let n = unsafe { libc::read(from, frame.as_mut_ptr().cast(), frame.len()) };
                if n < 0 && std::io::Error::last_os_error().kind() == std::io::ErrorKind::Interrupted {
                    continue;
                }
                if n <= 0 {
                    unsafe { libc::_exit(0) }
                }
                // A frame the other side drops (not up yet, full) is lost, as on a wire.
                unsafe { libc::write(to, frame.as_ptr().cast(), n as usize) };
            }
        })
    };
    let (inner, outer) = (container_side.as_raw_fd(), bridge_side.as_raw_fd());
    pump(inner, outer);
    pump(outer, inner);
    let mut poll = [nix::poll::PollFd::new(container.as_fd(), nix::poll::PollFlags::POLLIN)];
    while nix::poll::poll(&mut poll, nix::poll::PollTimeout::NONE).is_err() {}
    drop((container_side, bridge_side));
    unsafe { libc::_exit(0) }
}
