//! The few rtnetlink requests user networks need: create a bridge and a
//! veth pair (its peer placed in another network namespace by descriptor),
//! attach a link to a bridge, bring it up, give it an address and a default
//! route. No netlink crate is among skiff's dependencies and these are a
//! handful of fixed-layout messages.
//!
//! A netlink socket acts on the network namespace it was created in, so
//! [`Netlink::open_in`] creates it from a short-lived thread that enters
//! the namespace (setns on a network namespace affects only that thread),
//! or a forked child where no thread can be made; the socket then works
//! from any thread, and the process stays where it is.

use crate::error::{Context, Result};
use std::net::{IpAddr, Ipv4Addr};
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};

const RTM_NEWLINK: u16 = 16;
const RTM_GETLINK: u16 = 18;
const RTM_NEWADDR: u16 = 20;
const RTM_DELLINK: u16 = 17;
const RTM_NEWROUTE: u16 = 24;
const RTM_NEWRULE: u16 = 32;
const NLMSG_ERROR: u16 = 2;
const NLM_F_REQUEST: u16 = 0x1;
const NLM_F_ACK: u16 = 0x4;
const NLM_F_EXCL: u16 = 0x200;
const NLM_F_CREATE: u16 = 0x400;
const IFLA_ADDRESS: u16 = 1;
const IFLA_IFNAME: u16 = 3;
const IFLA_MTU: u16 = 4;
const IFLA_MASTER: u16 = 10;
const IFLA_LINKINFO: u16 = 18;
const IFLA_NET_NS_FD: u16 = 28;
const IFLA_INFO_KIND: u16 = 1;
const IFLA_INFO_DATA: u16 = 2;
const VETH_INFO_PEER: u16 = 1;
const IFA_ADDRESS: u16 = 1;
const IFA_LOCAL: u16 = 2;
const IFA_BROADCAST: u16 = 4;
const RTA_OIF: u16 = 4;
const RTA_GATEWAY: u16 = 5;
const NLA_F_NESTED: u16 = 0x8000;
const FRA_DST: u16 = 1;
const FRA_SRC: u16 = 2;
const FRA_PRIORITY: u16 = 6;
const FR_ACT_PROHIBIT: u8 = 8;
const IFF_UP: u32 = 1;
/// No duplicate address detection: the address is usable at once rather
/// than "tentative" for a second or two (nothing else hands out addresses
/// on skiff's bridges).
const IFA_F_NODAD: u8 = 0x02;

/// An address's family for netlink, and its bytes.
fn family_and_octets(ip: IpAddr) -> (u8, Vec<u8>) {
    match ip {
        IpAddr::V4(v4) => (libc::AF_INET as u8, v4.octets().to_vec()),
        IpAddr::V6(v6) => (libc::AF_INET6 as u8, v6.octets().to_vec()),
    }
}

/// A request being built: the netlink header, a fixed part, attributes.
struct Message {
    buf: Vec<u8>,
    /// Where nested attributes started, to patch their lengths.
    open: Vec<usize>,
}

impl Message {
    fn new(kind: u16, flags: u16) -> Message {
        let mut buf = vec![0u8; 16];
        buf[4..6].copy_from_slice(&kind.to_ne_bytes());
        buf[6..8].copy_from_slice(&(flags | NLM_F_REQUEST).to_ne_bytes());
        Message { buf, open: Vec::new() }
    }

    fn bytes(&mut self, data: &[u8]) -> &mut Message {
        self.buf.extend_from_slice(data);
        self
    }

    /// struct ifinfomsg: family, type, index, flags, change.
    fn ifinfo(&mut self, index: i32, flags: u32, change: u32) -> &mut Message {
        self.bytes(&[libc::AF_UNSPEC as u8, 0, 0, 0]).bytes(&index.to_ne_bytes()).bytes(&flags.to_ne_bytes()).bytes(&change.to_ne_bytes())
    }

    fn align(&mut self) {
        while self.buf.len() % 4 != 0 {
            self.buf.push(0);
        }
    }

    fn attr(&mut self, kind: u16, data: &[u8]) -> &mut Message {
        self.align();
        self.bytes(&((4 + data.len()) as u16).to_ne_bytes()).bytes(&kind.to_ne_bytes()).bytes(data);
        self.align();
        self
    }

    fn attr_str(&mut self, kind: u16, text: &str) -> &mut Message {
        let mut data = text.as_bytes().to_vec();
        data.push(0);
        self.attr(kind, &data)
    }

    fn begin(&mut self, kind: u16) -> &mut Message {
        self.align();
        self.open.push(self.buf.len());
        self.bytes(&[0, 0]).bytes(&(kind | NLA_F_NESTED).to_ne_bytes())
    }

    fn end(&mut self) -> &mut Message {
        self.align();
        if let Some(start) = self.open.pop() {
            let len = (self.buf.len() - start) as u16;
            self.buf[start..start + 2].copy_from_slice(&len.to_ne_bytes());
        }
        self
    }

    fn finish(&mut self, seq: u32) -> &[u8] {
        let len = self.buf.len() as u32;
        self.buf[0..4].copy_from_slice(&len.to_ne_bytes());
        self.buf[8..12].copy_from_slice(&seq.to_ne_bytes());
        &self.buf
    }
}

/// A route netlink socket bound to one network namespace.
pub struct Netlink {
    fd: OwnedFd,
    seq: u32,
}

impl Netlink {
    /// A socket in the network namespace `netns` (an open /proc/.../ns/net).
    pub fn open_in(netns: &std::fs::File) -> Result<Netlink> {
        let in_thread = std::thread::scope(|scope| {
            std::thread::Builder::new()
                .spawn_scoped(scope, || -> Result<OwnedFd> {
                    nix::sched::setns(netns, nix::sched::CloneFlags::CLONE_NEWNET)
                        .context(|| "enter the network namespace".into())?;
                    Netlink::socket()
                })
                .map(|thread| thread.join().unwrap_or_else(|_| Err(crate::err!("netlink thread panicked"))))
        });
        let fd = match in_thread {
            Ok(made) => made?,
            // No thread can be made once the process joined another pid
            // namespace for its children (`--pid container:NAME`): a forked
            // child, which is in that namespace, makes the socket instead.
            Err(e) if e.raw_os_error() == Some(libc::EINVAL) => Netlink::socket_from_child(netns)?,
            Err(e) => return Err(crate::err!("netlink thread: {e}")),
        };
        Ok(Netlink { fd, seq: 0 })
    }

    /// A socket made in `netns` by a forked child and sent back; only for a
    /// single-threaded process (see `open_in`).
    fn socket_from_child(netns: &std::fs::File) -> Result<OwnedFd> {
        use std::os::fd::AsFd;
        let (ours, theirs) = crate::runtime::process::seqpacket_pair()?;
        // SAFETY: the process has one thread (it could not make another),
        // so the child may run any code; it leaves by _exit.
        match unsafe { nix::unistd::fork() }.context(|| "fork".into())? {
            nix::unistd::ForkResult::Child => {
                drop(ours);
                let sent = nix::sched::setns(netns, nix::sched::CloneFlags::CLONE_NEWNET)
                    .context(|| "enter the network namespace".into())
                    .and_then(|_| Netlink::socket())
                    .and_then(|socket| crate::runtime::process::send_fds(&theirs, &[socket.as_fd()], "netlink socket"));
                unsafe { libc::_exit(i32::from(sent.is_err())) }
            }
            nix::unistd::ForkResult::Parent { child } => {
                drop(theirs);
                let received = crate::runtime::process::receive_fds(&ours).into_iter().next();
                let _ = nix::sys::wait::waitpid(child, None);
                received.ok_or_else(|| crate::err!("enter the network namespace: the helper process made no netlink socket"))
            }
        }
    }

    /// A socket in this thread's network namespace.
    pub fn open_here() -> Result<Netlink> {
        Ok(Netlink { fd: Netlink::socket()?, seq: 0 })
    }

    fn socket() -> Result<OwnedFd> {
        // SAFETY: plain socket(2); the descriptor is owned right away.
        let fd = unsafe { libc::socket(libc::AF_NETLINK, libc::SOCK_RAW | libc::SOCK_CLOEXEC, libc::NETLINK_ROUTE) };
        if fd < 0 {
            return Err(crate::err!("netlink socket: {}", std::io::Error::last_os_error()));
        }
        Ok(unsafe { OwnedFd::from_raw_fd(fd) })
    }

    /// Send a request and read replies up to its acknowledgement; returns
    /// the reply messages (type, payload) before it.
    fn request(&mut self, message: &mut Message, what: &str) -> Result<Vec<(u16, Vec<u8>)>> {
        self.seq += 1;
        let seq = self.seq;
        let data = message.finish(seq);
        // SAFETY: a zeroed sockaddr_nl addresses the kernel.
        let mut kernel: libc::sockaddr_nl = unsafe { std::mem::zeroed() };
        kernel.nl_family = libc::AF_NETLINK as u16;
        let sent = unsafe {
            libc::sendto(
                self.fd.as_raw_fd(),
                data.as_ptr().cast(),
                data.len(),
                0,
                (&kernel as *const libc::sockaddr_nl).cast(),
                std::mem::size_of::<libc::sockaddr_nl>() as u32,
            )
        };
        if sent < 0 {
            return Err(crate::err!("{what}: {}", std::io::Error::last_os_error()));
        }
        let mut replies = Vec::new();
        let mut buf = vec![0u8; 32 * 1024];
        loop {
            let n = unsafe { libc::recv(self.fd.as_raw_fd(), buf.as_mut_ptr().cast(), buf.len(), 0) };
            if n < 0 {
                let e = std::io::Error::last_os_error();
                if e.kind() == std::io::ErrorKind::Interrupted {
                    continue;
                }
                return Err(crate::err!("{what}: {e}"));
            }
            let mut at = 0usize;
            let n = n as usize;
            while at + 16 <= n {
                let len = u32::from_ne_bytes(buf[at..at + 4].try_into().unwrap_or_default()) as usize;
                let kind = u16::from_ne_bytes(buf[at + 4..at + 6].try_into().unwrap_or_default());
                let reply_seq = u32::from_ne_bytes(buf[at + 8..at + 12].try_into().unwrap_or_default());
                if len < 16 || at + len > n {
                    return Err(crate::err!("{what}: malformed netlink reply"));
                }
                let payload = &buf[at + 16..at + len];
                if reply_seq == seq {
                    if kind == NLMSG_ERROR {
                        let code = i32::from_ne_bytes(payload[0..4].try_into().unwrap_or_default());
                        if code == 0 {
                            return Ok(replies);
                        }
                        return Err(crate::err!("{what}: {}", std::io::Error::from_raw_os_error(-code)));
                    }
                    replies.push((kind, payload.to_vec()));
                }
                at += (len + 3) & !3;
            }
        }
    }

    /// The index of the link `name`, or None if there is none.
    pub fn index(&mut self, name: &str) -> Result<Option<i32>> {
        let mut m = Message::new(RTM_GETLINK, NLM_F_ACK);
        m.ifinfo(0, 0, 0).attr_str(IFLA_IFNAME, name);
        match self.request(&mut m, &format!("look up link {name}")) {
            Ok(replies) => Ok(replies
                .iter()
                .find(|(kind, payload)| *kind == RTM_NEWLINK && payload.len() >= 8)
                .map(|(_, payload)| i32::from_ne_bytes(payload[4..8].try_into().unwrap_or_default()))),
            Err(e) if e.message.contains("No such device") => Ok(None),
            Err(e) => Err(e),
        }
    }

    fn index_of(&mut self, name: &str) -> Result<i32> {
        self.index(name)?.ok_or_else(|| crate::err!("link {name} does not exist"))
    }

    /// Create a bridge named `name`, with this MTU if given (else the
    /// kernel's default).
    pub fn create_bridge(&mut self, name: &str, mtu: Option<u32>) -> Result<()> {
        let mut m = Message::new(RTM_NEWLINK, NLM_F_ACK | NLM_F_CREATE | NLM_F_EXCL);
        m.ifinfo(0, 0, 0).attr_str(IFLA_IFNAME, name);
        if let Some(mtu) = mtu {
            m.attr(IFLA_MTU, &mtu.to_ne_bytes());
        }
        m.begin(IFLA_LINKINFO).attr_str(IFLA_INFO_KIND, "bridge").end();
        self.request(&mut m, &format!("create bridge {name}")).map(|_| ())
    }

    /// Create a veth pair: `name` here, `peer_name` in the network
    /// namespace `peer_netns`; both ends get `mtu` if given, the peer gets
    /// `peer_mac` if given (else a random one).
    pub fn create_veth(&mut self, name: &str, peer_name: &str, peer_netns: &std::fs::File, mtu: Option<u32>, peer_mac: Option<[u8; 6]>) -> Result<()> {
        let mut m = Message::new(RTM_NEWLINK, NLM_F_ACK | NLM_F_CREATE | NLM_F_EXCL);
        m.ifinfo(0, 0, 0).attr_str(IFLA_IFNAME, name);
        if let Some(mtu) = mtu {
            m.attr(IFLA_MTU, &mtu.to_ne_bytes());
        }
        m.begin(IFLA_LINKINFO)
            .attr_str(IFLA_INFO_KIND, "veth")
            .begin(IFLA_INFO_DATA)
            .begin(VETH_INFO_PEER)
            .ifinfo(0, 0, 0)
            .attr_str(IFLA_IFNAME, peer_name)
            .attr(IFLA_NET_NS_FD, &peer_netns.as_raw_fd().to_ne_bytes());
        if let Some(mtu) = mtu {
            m.attr(IFLA_MTU, &mtu.to_ne_bytes());
        }
        if let Some(mac) = peer_mac {
            m.attr(IFLA_ADDRESS, &mac);
        }
        m.end().end().end();
        self.request(&mut m, &format!("create veth pair {name}")).map(|_| ())
    }

    /// Bring the link `name` up, attached to the bridge `master` if given.
    pub fn set_up(&mut self, name: &str, master: Option<&str>) -> Result<()> {
        let index = self.index_of(name)?;
        let mut m = Message::new(RTM_NEWLINK, NLM_F_ACK);
        m.ifinfo(index, IFF_UP, IFF_UP);
        if let Some(master) = master {
            let master_index = self.index_of(master)?;
            m.attr(IFLA_MASTER, &master_index.to_ne_bytes());
        }
        self.request(&mut m, &format!("bring up {name}")).map(|_| ())
    }

    /// Give the link `name` the address `ip`/`prefix` (IPv4 with its
    /// broadcast address, IPv6 without duplicate address detection).
    pub fn add_address(&mut self, name: &str, ip: IpAddr, prefix: u8) -> Result<()> {
        let index = self.index_of(name)?;
        let (family, octets) = family_and_octets(ip);
        let flags = if ip.is_ipv6() { IFA_F_NODAD } else { 0 };
        let mut m = Message::new(RTM_NEWADDR, NLM_F_ACK | NLM_F_CREATE | NLM_F_EXCL);
        // struct ifaddrmsg: family, prefix length, flags, scope, index.
        m.bytes(&[family, prefix, flags, 0]).bytes(&(index as u32).to_ne_bytes()).attr(IFA_LOCAL, &octets).attr(IFA_ADDRESS, &octets);
        if let IpAddr::V4(v4) = ip {
            let broadcast = Ipv4Addr::from(u32::from(v4) | (u32::MAX >> prefix));
            m.attr(IFA_BROADCAST, &broadcast.octets());
        }
        self.request(&mut m, &format!("add address {ip}/{prefix} to {name}")).map(|_| ())
    }

    /// Route everything not on a local subnet of `gateway`'s family through
    /// `gateway` on `name`.
    pub fn add_default_route(&mut self, name: &str, gateway: IpAddr) -> Result<()> {
        let index = self.index_of(name)?;
        let (family, octets) = family_and_octets(gateway);
        let mut m = Message::new(RTM_NEWROUTE, NLM_F_ACK | NLM_F_CREATE | NLM_F_EXCL);
        // struct rtmsg: family, dst_len, src_len, tos, table (main),
        // protocol (boot), scope (universe), type (unicast), flags.
        m.bytes(&[family, 0, 0, 0, 254, 3, 0, 1]).bytes(&0u32.to_ne_bytes());
        m.attr(RTA_GATEWAY, &octets).attr(RTA_OIF, &(index as u32).to_ne_bytes());
        self.request(&mut m, &format!("add a default route via {gateway}")).map(|_| ())
    }

    /// Delete the link `name` if it exists.
    pub fn delete(&mut self, name: &str) -> Result<()> {
        let Some(index) = self.index(name)? else { return Ok(()) };
        let mut m = Message::new(RTM_DELLINK, NLM_F_ACK);
        m.ifinfo(index, 0, 0);
        self.request(&mut m, &format!("delete link {name}")).map(|_| ())
    }

    /// Refuse to route packets from `from` (address/prefix) to `to`, or to
    /// anywhere when `to` is None: a "prohibit" policy rule at `priority`,
    /// after the rule for local addresses (priority 0). An equal rule that
    /// exists already is fine.
    /// Both ends are of one family.
    pub fn prohibit(&mut self, from: (IpAddr, u8), to: Option<(IpAddr, u8)>, priority: u32) -> Result<()> {
        let mut m = Message::new(RTM_NEWRULE, NLM_F_ACK | NLM_F_CREATE | NLM_F_EXCL);
        // struct fib_rule_hdr: family, dst_len, src_len, tos, table,
        // two reserved bytes, action, flags.
        let dst_len = to.map_or(0, |(_, prefix)| prefix);
        let (family, source) = family_and_octets(from.0);
        m.bytes(&[family, dst_len, from.1, 0, 0, 0, 0, FR_ACT_PROHIBIT]).bytes(&0u32.to_ne_bytes());
        m.attr(FRA_SRC, &source).attr(FRA_PRIORITY, &priority.to_ne_bytes());
        if let Some((address, _)) = to {
            m.attr(FRA_DST, &family_and_octets(address).1);
        }
        match self.request(&mut m, &format!("keep {}/{} apart", from.0, from.1)) {
            Err(e) if e.message.contains("File exists") => Ok(()),
            other => other.map(|_| ()),
        }
    }
}
