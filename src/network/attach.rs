//! Put a new container's network namespace on a user network: make sure
//! the network's bridge exists in the holder's namespace, take an address,
//! create a veth pair between the two namespaces and configure the
//! container's end. Run by the skiff process that started the container
//! (which joined the holder's user namespace, see `holder::join`) while
//! the container waits for its network.

use super::connect::Connection;
use super::endpoints::{self, Endpoint, Owner, Wanted};
use super::holder;
use super::netlink::Netlink;
use super::{NetworkRecord, NetworkStore};
use crate::error::{Context, Result};
use crate::paths::Paths;
use crate::storage::lock;
use std::path::PathBuf;

/// Rules that keep networks apart come before the one that closes an
/// internal network to the outside.
const PRIORITY_BETWEEN_NETWORKS: u32 = 100;
const PRIORITY_INTERNAL: u32 = 200;

/// What a container needs to join a user network, worked out with its spec.
#[derive(Debug, Clone)]
pub struct EndpointRequest {
    pub paths: Paths,
    pub network: NetworkRecord,
    pub container_id: String,
    pub container_name: String,
    pub hostname: String,
    pub aliases: Vec<String>,
    /// The address asked for on `network`, else the lowest free one.
    pub ip: Option<std::net::Ipv4Addr>,
    /// The IPv6 address asked for on a dual-stack `network`, else the
    /// lowest free one.
    pub ip6: Option<std::net::Ipv6Addr>,
    /// The MAC address asked for on `network`, else a random one.
    pub mac_address: Option<[u8; 6]>,
    /// The interface's name on `network`, else eth0.
    pub interface_name: Option<String>,
    /// The container's generated /etc/hosts, which gets its address (none
    /// for a pod's infra process: its containers have theirs).
    pub hosts_file: Option<PathBuf>,
    /// The networks `network connect` added, joined after `network` as
    /// eth1, eth2...
    pub connected: Vec<(NetworkRecord, Connection)>,
    /// Whether the default route goes through `network`: not for a
    /// container on slirp4netns, whose outbound traffic stays there.
    pub default_route: bool,
}

impl EndpointRequest {
    /// Join these networks in order, the first as `network` (a pod's, or
    /// those connected to a container on slirp4netns); None when there are
    /// none.
    pub fn of_connections(
        paths: &Paths,
        container_id: &str,
        container_name: &str,
        hostname: &str,
        mut networks: Vec<(NetworkRecord, Connection)>,
        default_route: bool,
    ) -> Result<Option<EndpointRequest>> {
        if networks.is_empty() {
            return Ok(None);
        }
        let (network, first) = networks.remove(0);
        Ok(Some(EndpointRequest {
            paths: paths.clone(),
            network,
            container_id: container_id.to_string(),
            container_name: container_name.to_string(),
            hostname: hostname.to_string(),
            aliases: first.aliases.clone(),
            ip: first.ip,
            ip6: first.ip6,
            mac_address: first.mac()?,
            interface_name: first.interface_name,
            // A pod's containers have their own /etc/hosts; a container on
            // slirp4netns keeps its slirp4netns address there.
            hosts_file: None,
            connected: networks,
            default_route,
        }))
    }
}

/// A container's place on its networks: its addresses are given back when
/// this is dropped (the veth pairs go with the container's namespace).
pub struct Attachment {
    paths: Paths,
    networks: Vec<String>,
    container_id: String,
    /// The address on the first network.
    address: std::net::Ipv4Addr,
}

impl Attachment {
    /// Keep the address for as long as this process lives (a monitor that
    /// will restart the container): the holder of the networks stays up
    /// meanwhile, and the next attach of the same container replaces it.
    pub fn keep(self) {
        std::mem::forget(self);
    }

    /// The address on the first network.
    pub fn address(&self) -> std::net::Ipv4Addr {
        self.address
    }
}

impl crate::runtime::spec::NetworkPlace for Attachment {
    fn keep(self: Box<Self>) {
        Attachment::keep(*self)
    }

    fn address(&self) -> std::net::Ipv4Addr {
        self.address
    }
}

impl crate::runtime::spec::NetworkHook for EndpointRequest {
    fn attach(&self, pid: i32) -> Result<Box<dyn crate::runtime::spec::NetworkPlace>> {
        Ok(Box::new(attach(self, pid)?))
    }
}

impl Drop for Attachment {
    fn drop(&mut self) {
        for network in &self.networks {
            endpoints::release(&self.paths, network, &self.container_id);
        }
    }
}

/// Attach the network namespace of the container process `pid` to its
/// network, then to those `network connect` added.
pub fn attach(request: &EndpointRequest, pid: i32) -> Result<Attachment> {
    let paths = &request.paths;
    super::links::check_running(paths, &request.container_id, &request.container_name)?;
    let container_netns = open_container_netns(pid)?;
    let mut outside = Netlink::open_in(&holder_netns(paths)?)?;
    let mut attachment = Attachment {
        paths: paths.clone(),
        networks: Vec::new(),
        container_id: request.container_id.clone(),
        address: std::net::Ipv4Addr::UNSPECIFIED,
    };
    let primary = Connection {
        network: request.network.name.clone(),
        aliases: request.aliases.clone(),
        ip: request.ip,
        ip6: request.ip6,
        mac_address: request.mac_address.map(|mac| crate::runtime::spec::format_mac_address(&mac)),
        interface_name: request.interface_name.clone(),
    };
    let everything: Vec<(&NetworkRecord, &Connection)> =
        std::iter::once((&request.network, &primary)).chain(request.connected.iter().map(|(n, c)| (n, c))).collect();
    let interfaces = super::connect::interface_names(&everything.iter().map(|(_, c)| *c).collect::<Vec<_>>())?;
    for (index, ((network, connection), interface)) in everything.into_iter().zip(&interfaces).enumerate() {
        let wanted = Wanted {
            container_id: &request.container_id,
            container_name: &request.container_name,
            aliases: &connection.aliases,
            interface,
            ip: connection.ip,
            ip6: connection.ip6,
            owner: Owner::this_process(),
        };
        let endpoint = join_network(paths, &mut outside, &container_netns, network, wanted, connection.mac()?, index == 0 && request.default_route)?;
        attachment.networks.push(network.name.clone());
        if index == 0 {
            write_hosts_entry(request, &endpoint)?;
            attachment.address = endpoint.ip;
        }
    }
    Ok(attachment)
}

/// The holder's network namespace, which this process must share the user
/// namespace of (it joined it, see `holder::join`).
fn holder_netns(paths: &Paths) -> Result<std::fs::File> {
    if holder::current(paths).is_none() {
        return Err(crate::err!("the user networks' namespace (skiff __netns) is not running: start the container again"));
    }
    let holder = holder::joined(paths).ok_or_else(|| {
        crate::err!("skiff is not in the user networks' namespace: restart the container with skiff start (skiff __netns was restarted)")
    })?;
    holder.open_netns()
}

fn open_container_netns(pid: i32) -> Result<std::fs::File> {
    let path = format!("/proc/{pid}/ns/net");
    std::fs::File::open(&path).context(|| format!("open {path}"))
}

/// Put the container on one network: the bridge, an address, the veth
/// pair; the default route goes through the network it was created on.
fn join_network(
    paths: &Paths,
    outside: &mut Netlink,
    container_netns: &std::fs::File,
    network: &NetworkRecord,
    wanted: Wanted,
    mac: Option<[u8; 6]>,
    default_route: bool,
) -> Result<Endpoint> {
    ensure_bridge(paths, outside, network)?;
    let _lock = endpoints::lock(paths, &network.name)?;
    let endpoint = endpoints::allocate(paths, network, wanted)?;
    if let Err(e) = connect(outside, container_netns, network, &endpoint, mac, default_route) {
        drop(_lock);
        endpoints::release(paths, &network.name, &endpoint.container_id);
        return Err(e);
    }
    Ok(endpoint)
}

/// `network connect` of a running container whose init is `pid`: the next
/// free ethN from `first_index` (eth0 is a user network container's own
/// network's, whatever its name), an endpoint owned by the process that holds the container's
/// other endpoints (its monitor or foreground run), so that the address
/// goes when the container does. This process joined the holder's user
/// namespace.
#[allow(clippy::too_many_arguments)]
pub fn connect_running(paths: &Paths, container_id: &str, container_name: &str, pid: i32, network: &NetworkRecord, connection: &Connection, owner: Owner, first_index: usize) -> Result<Endpoint> {
    let container_netns = open_container_netns(pid)?;
    let mut outside = Netlink::open_in(&holder_netns(paths)?)?;
    let mut inside = Netlink::open_in(&container_netns)?;
    let mut index = first_index;
    while inside.index(&format!("eth{index}"))?.is_some() {
        index += 1;
    }
    let wanted = Wanted {
        container_id,
        container_name,
        aliases: &connection.aliases,
        interface: &format!("eth{index}"),
        ip: connection.ip,
        ip6: connection.ip6,
        owner,
    };
    join_network(paths, &mut outside, &container_netns, network, wanted, connection.mac()?, false)
}

/// A tap device on the network's bridge, for a relay (see `relay`): made
/// in the holder's network namespace, whose user namespace this process
/// joined.
pub(super) fn bridge_tap(paths: &Paths, network: &NetworkRecord) -> Result<std::os::fd::OwnedFd> {
    let netns = holder_netns(paths)?;
    let mut outside = Netlink::open_in(&netns)?;
    ensure_bridge(paths, &mut outside, network)?;
    let name = format!("tap{}", &crate::storage::names::random_id()[..10]);
    let tap = std::thread::scope(|scope| {
        scope
            .spawn(|| {
                nix::sched::setns(&netns, nix::sched::CloneFlags::CLONE_NEWNET).context(|| "enter the user networks' namespace".into())?;
                super::relay::open_tap(&name)
            })
            .join()
            .unwrap_or_else(|_| Err(crate::err!("the tap device's thread panicked")))
    })?;
    outside.set_up(&name, Some(&network.interface))?;
    Ok(tap)
}

/// `network disconnect` of a running container: its interface on the
/// network goes (and its veth peer with it), then its address.
pub fn disconnect_running(paths: &Paths, pid: i32, network: &NetworkRecord, endpoint: &Endpoint) -> Result<()> {
    let container_netns = open_container_netns(pid)?;
    holder_netns(paths)?;
    Netlink::open_in(&container_netns)?.delete(&endpoint.interface)?;
    endpoints::release(paths, &network.name, &endpoint.container_id);
    Ok(())
}

/// The veth pair: a random name on the bridge side (a stopped container's
/// may linger while the kernel tears its namespace down), the container's
/// ethN inside, with the MAC address `network connect --mac-address` asked
/// for.
fn connect(
    outside: &mut Netlink,
    container_netns: &std::fs::File,
    network: &NetworkRecord,
    endpoint: &Endpoint,
    mac: Option<[u8; 6]>,
    default_route: bool,
) -> Result<()> {
    let host_end = format!("veth{}", &crate::storage::names::random_id()[..10]);
    outside.create_veth(&host_end, &endpoint.interface, container_netns, network.mtu(), mac)?;
    outside.set_up(&host_end, Some(&network.interface))?;
    let mut inside = Netlink::open_in(container_netns)?;
    inside.set_up("lo", None)?;
    inside.add_address(&endpoint.interface, endpoint.ip.into(), network.subnet().prefix)?;
    if let (Some(ip6), Some(subnet6)) = (endpoint.ip6, network.subnet6()) {
        inside.add_address(&endpoint.interface, ip6.into(), subnet6.prefix)?;
    }
    inside.set_up(&endpoint.interface, None)?;
    if default_route {
        inside.add_default_route(&endpoint.interface, network.gateway.into())?;
        if let Some(gateway6) = network.gateway6() {
            inside.add_default_route(&endpoint.interface, gateway6.into())?;
        }
    }
    Ok(())
}

/// The network's bridge with its gateway address, created the first time a
/// container joins the network after the holder started, and kept apart
/// from the other networks' bridges.
fn ensure_bridge(paths: &Paths, outside: &mut Netlink, network: &NetworkRecord) -> Result<()> {
    let _lock = lock::exclusive(&paths.tmpdir.join("netns.bridges.lock"))?;
    if outside.index(&network.interface)?.is_some() {
        return Ok(());
    }
    outside.create_bridge(&network.interface, network.mtu())?;
    outside.add_address(&network.interface, network.gateway.into(), network.subnet().prefix)?;
    if let (Some(gateway6), Some(subnet6)) = (network.gateway6(), network.subnet6()) {
        outside.add_address(&network.interface, gateway6.into(), subnet6.prefix)?;
    }
    outside.set_up(&network.interface, None)?;
    // Forwarding is on in the holder's namespace (for the way out through
    // slirp4netns), so routing alone would join the networks.
    let ours = subnets(network);
    for other in NetworkStore::open(paths).list()? {
        if other.name == network.name || outside.index(&other.interface)?.is_none() {
            continue;
        }
        for theirs in subnets(&other) {
            // A rule joins two subnets of one family.
            for mine in ours.iter().filter(|mine| mine.0.is_ipv4() == theirs.0.is_ipv4()) {
                outside.prohibit(*mine, Some(theirs), PRIORITY_BETWEEN_NETWORKS)?;
                outside.prohibit(theirs, Some(*mine), PRIORITY_BETWEEN_NETWORKS)?;
            }
        }
    }
    if network.internal {
        for mine in ours {
            outside.prohibit(mine, None, PRIORITY_INTERNAL)?;
        }
    }
    Ok(())
}

/// The network's subnets, IPv4 then IPv6, as (address, prefix length).
fn subnets(network: &NetworkRecord) -> Vec<(std::net::IpAddr, u8)> {
    let v4 = network.subnet();
    let mut subnets = vec![(v4.address.into(), v4.prefix)];
    subnets.extend(network.subnet6().map(|v6| (v6.address.into(), v6.prefix)));
    subnets
}

/// Give the container's own names its address in its /etc/hosts, in place
/// of the loopback placeholder written at creation.
fn write_hosts_entry(request: &EndpointRequest, endpoint: &Endpoint) -> Result<()> {
    let Some(hosts_file) = &request.hosts_file else { return Ok(()) };
    let names = format!("{} {}", request.hostname, request.container_name);
    let current = std::fs::read_to_string(hosts_file).unwrap_or_default();
    let mut hosts: String =
        current.lines().filter(|l| l.split_once('\t').map(|(_, n)| n) != Some(&names)).map(|l| format!("{l}\n")).collect();
    hosts.push_str(&format!("{}\t{names}\n", endpoint.ip));
    // As podman: a dual-stack network's IPv6 address on a line of its own.
    if let Some(ip6) = endpoint.ip6 {
        hosts.push_str(&format!("{ip6}\t{names}\n"));
    }
    std::fs::write(hosts_file, hosts).context(|| format!("write {}", hosts_file.display()))
}

/// Delete a removed network's bridge if the holder runs (the holder
/// deletes nothing itself: it goes away with its namespace). Best effort:
/// a bridge left behind serves no one and has a name no new network gets.
pub fn delete_bridge(paths: &Paths, network: &NetworkRecord) {
    let Some(holder) = holder::current(paths) else { return };
    let Ok(netns) = holder.open_netns() else { return };
    if let Ok(mut outside) = Netlink::open_in(&netns) {
        let _ = outside.delete(&network.interface);
    }
}
