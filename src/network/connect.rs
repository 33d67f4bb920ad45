//! `network connect` and `network disconnect`: a container on a user network
//! joins more of them, or leaves them, whether it runs or not.
//!
//! The networks a container was connected to are kept beside its record, in
//! `connected-networks.json` in its directory, and not in the record: the
//! process that watches a running container writes the record when it
//! stops, from its own copy, and would undo a change made meanwhile. Every
//! start attaches them after the container's own network (`attach`).

use super::endpoints::{self, Owner};
use super::{attach, NetworkRecord, NetworkStore};
use crate::container::{ContainerRecord, ContainerStore};
use crate::error::{Error, Result, EXIT_ENGINE};
use crate::paths::Paths;
use crate::runtime::spec::NetworkMode;
use crate::storage::{atomic, lock};
use serde::{Deserialize, Serialize};
use std::net::{Ipv4Addr, Ipv6Addr};
use std::path::PathBuf;

/// One network a container was connected to.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Connection {
    pub network: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    /// `--ip`: the address asked for, else the lowest free one at each start.
    #[serde(default)]
    pub ip: Option<Ipv4Addr>,
    /// `--ip6`: the IPv6 address asked for on a dual-stack network, else
    /// the lowest free one at each start.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip6: Option<Ipv6Addr>,
    /// `--mac-address`: the interface's MAC address, else a random one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mac_address: Option<String>,
    /// `--network NAME:interface_name=NAME`: the interface's name in the
    /// container, else ethN.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interface_name: Option<String>,
}

impl Connection {
    /// The MAC address asked for (checked when it was recorded).
    pub fn mac(&self) -> Result<Option<[u8; 6]>> {
        self.mac_address.as_deref().map(crate::runtime::spec::parse_mac_address).transpose()
    }
}

/// One `--network` value that names a user network, NAME[:OPTION,...]
/// with podman 4's per-network options (alias=NAME, ip=ADDRESS of either
/// family, ip6=ADDRESS, mac=MAC, interface_name=NAME), as the connection it
/// asks for; None for the other modes (slirp4netns[:OPTIONS], host, none,
/// container:NAME...), whose options are theirs.
pub fn parse_network_flag(value: &str) -> Result<Option<Connection>> {
    let (name, options) = value.split_once(':').unwrap_or((value, ""));
    if name == "ns" || !matches!(NetworkMode::parse(name), Ok(NetworkMode::User(_))) {
        return Ok(None);
    }
    let invalid = |why: String| crate::err!("invalid option for network {name}: {why}");
    let mut connection = Connection { network: name.to_string(), ..Connection::default() };
    for option in options.split(',').filter(|o| !o.is_empty()) {
        let (key, value) = option.split_once('=').ok_or_else(|| invalid(format!("{option:?} is not KEY=VALUE")))?;
        match key {
            "ip" | "ip6" => {
                let ip: std::net::IpAddr = value.parse().map_err(|_| invalid(format!("invalid ip address {value:?}")))?;
                let given_already = match ip {
                    std::net::IpAddr::V4(v4) => connection.ip.replace(v4).is_some(),
                    std::net::IpAddr::V6(v6) => connection.ip6.replace(v6).is_some(),
                };
                if given_already {
                    return Err(invalid(format!("{key}={value}: an address of that family is given already")));
                }
            }
            "mac" => {
                let mac = crate::runtime::spec::parse_mac_address(value).map_err(|e| invalid(e.message))?;
                connection.mac_address = Some(crate::runtime::spec::format_mac_address(&mac));
            }
            "alias" if value.is_empty() => return Err(invalid("alias cannot be empty".into())),
            "alias" => connection.aliases.push(value.to_string()),
            "interface_name" => {
                check_interface_name(value).map_err(|e| invalid(e.message))?;
                connection.interface_name = Some(value.to_string());
            }
            _ => return Err(invalid(format!("unknown bridge network option: {key}"))),
        }
    }
    Ok(Some(connection))
}

/// A name the kernel takes for a network interface.
fn check_interface_name(name: &str) -> Result<()> {
    if name.is_empty() {
        return Err(crate::err!("interface_name cannot be empty"));
    }
    if name.len() > 15 || name == "." || name == ".." || name.chars().any(|c| c == '/' || c == ':' || c.is_whitespace()) {
        return Err(crate::err!("invalid interface_name {name:?}: at most 15 characters, without '/', ':' or spaces"));
    }
    Ok(())
}

/// The interface names a container's networks get, in order: each
/// connection's interface_name, else ethN by its place; refused when two
/// are the same.
pub fn interface_names(connections: &[&Connection]) -> Result<Vec<String>> {
    let mut names: Vec<String> = Vec::new();
    for (index, connection) in connections.iter().enumerate() {
        let name = connection.interface_name.clone().unwrap_or_else(|| format!("eth{index}"));
        if names.contains(&name) {
            return Err(crate::err!("two networks would get the interface {name}: give each its own interface_name"));
        }
        names.push(name);
    }
    Ok(names)
}

fn file(paths: &Paths, container_id: &str) -> PathBuf {
    paths.containers_dir().join(container_id).join("connected-networks.json")
}

/// Record the networks a container being created joins after its own
/// (nothing is written when there are none).
pub fn record_connections(paths: &Paths, container_id: &str, connections: &[Connection]) -> Result<()> {
    if connections.is_empty() {
        return Ok(());
    }
    atomic::write_json(&file(paths, container_id), &connections)
}

/// The networks `network connect` added to the container, in order.
pub fn connected(paths: &Paths, container_id: &str) -> Vec<Connection> {
    atomic::read_json(&file(paths, container_id)).unwrap_or_default()
}

/// The pod whose user networks the container is on, through the network
/// namespace it shares with the pod's infra process.
pub fn network_pod(paths: &Paths, record: &ContainerRecord) -> Option<crate::pod::PodRecord> {
    if record.config.pod.is_empty() {
        return None;
    }
    let pod = crate::pod::PodStore::open(paths).lookup(&record.config.pod).ok()?;
    (pod.shares(crate::runtime::join::SharedNamespace::Net) && !pod.networks.is_empty()).then_some(pod)
}

/// Every network the container is on: its own, then the connected ones
/// (none for a container that is not on a user network); a pod's
/// container is on its pod's.
pub fn networks_of(paths: &Paths, record: &ContainerRecord) -> Vec<String> {
    if let Some(pod) = network_pod(paths, record) {
        return pod.networks.into_iter().map(|c| c.network).collect();
    }
    match record.config.network.mode() {
        NetworkMode::User(own) => {
            std::iter::once(own.clone()).chain(connected(paths, &record.id).into_iter().map(|c| c.network)).collect()
        }
        // A container on slirp4netns is on the networks connected beside it.
        NetworkMode::Slirp4netns(_) => connected(paths, &record.id).into_iter().map(|c| c.network).collect(),
        _ => Vec::new(),
    }
}

/// The container's own user network; None for one on slirp4netns (the
/// default network: its outbound traffic and published ports stay there,
/// and the user networks are joined beside it, as docker's bridge does);
/// podman's error for the others, with docker's reason: the host's
/// network, none, another container's and a pod's (whose networks are
/// those of `pod create --network`).
fn own_network<'a>(paths: &Paths, record: &'a ContainerRecord) -> Result<Option<&'a str>> {
    if !record.config.pod.is_empty() && pod_shares_network(paths, record) {
        return Err(crate::err!(
            "\"\" is not supported: invalid network mode (container {} shares the network of its pod: a pod's networks are those of pod create --network)",
            record.name
        ));
    }
    let refused = |why: &str| crate::err!("{:?} is not supported: invalid network mode ({why})", record.config.network.as_str());
    match record.config.network.mode() {
        NetworkMode::User(own) => Ok(Some(own)),
        NetworkMode::Slirp4netns(_) => Ok(None),
        NetworkMode::Host => Err(refused("container cannot be disconnected from host network or connected to host network")),
        NetworkMode::None => Err(refused("container cannot be connected to multiple networks with one of the networks in private (none) mode")),
        NetworkMode::Container(_) => {
            Err(refused("container sharing network namespace with another container or host cannot be connected to any other network"))
        }
    }
}

/// Whether the container shares its pod's network namespace (podman
/// refuses to connect such a member, whatever the pod's network).
fn pod_shares_network(paths: &Paths, record: &ContainerRecord) -> bool {
    crate::pod::PodStore::open(paths)
        .lookup(&record.config.pod)
        .map_or(false, |pod| pod.shares(crate::runtime::join::SharedNamespace::Net))
}

/// Connect the container to `network_key` (a network's name or id) under
/// these aliases; a running container gets its interface at once. Must run
/// before this process entered any user namespace (a running container is
/// reached by joining the networks' one).
pub fn connect(
    paths: &Paths,
    container_key: &str,
    network_key: &str,
    aliases: &[String],
    ip: Option<Ipv4Addr>,
    ip6: Option<Ipv6Addr>,
    mac_address: Option<[u8; 6]>,
) -> Result<NetworkRecord> {
    let store = ContainerStore::open(paths);
    let record = store.lookup(container_key).map_err(|e| Error::with_code(EXIT_ENGINE, e.message))?;
    let network = NetworkStore::open(paths).lookup(network_key).map_err(|e| Error::with_code(EXIT_ENGINE, e.message))?;
    let own = own_network(paths, &record)?.map(str::to_string);
    let _lock = lock::exclusive(&file(paths, &record.id).with_extension("lock"))?;
    let mut current = connected(paths, &record.id);
    if own.as_deref() == Some(network.name.as_str()) || current.iter().any(|c| c.network == network.name) {
        return Err(crate::err!(
            "container {} is already connected to network {:?}: network is already connected",
            record.id,
            network.name
        ));
    }
    if let Some(ip) = ip {
        if !network.subnet().is_host(ip) {
            return Err(crate::err!("address {ip} is not in network {}'s subnet {}", network.name, network.subnet()));
        }
    }
    if let Some(ip6) = ip6 {
        endpoints::check_in_subnet6(&network, ip6)?;
    }
    let mac_address = mac_address.map(|mac| crate::runtime::spec::format_mac_address(&mac));
    let connection = Connection { network: network.name.clone(), aliases: aliases.to_vec(), ip, ip6, mac_address, interface_name: None };
    if let Some(pid) = store.live_pid(&record.id) {
        // A container on slirp4netns started beside the user networks (it was
        // on some) takes a veth pair as one on a user network; one started
        // apart from them, a relay.
        let owner = match &own {
            Some(own) => Some(
                endpoints::of_container(paths, own, &record.id)
                    .map(|e| Owner { pid: e.owner_pid, start_time: e.owner_start_time })
                    .ok_or_else(|| crate::err!("container {} runs but holds no address on its network {own}: restart it", record.name))?,
            ),
            None => super::relay::starter_beside_holder(paths, pid),
        };
        match owner {
            Some(owner) => {
                super::holder::join(paths)?;
                let first_index = if own.is_some() { 1 } else { 0 };
                attach::connect_running(paths, &record.id, &record.name, pid, &network, &connection, owner, first_index)?;
            }
            None => {
                super::relay::connect(paths, &record.id, &record.name, pid, &network, &connection)?;
            }
        }
    }
    current.push(connection);
    atomic::write_json(&file(paths, &record.id), &current)?;
    Ok(network)
}

/// Disconnect the container from a network `connect` added; a running
/// container loses its interface there at once.
pub fn disconnect(paths: &Paths, container_key: &str, network_key: &str) -> Result<NetworkRecord> {
    let store = ContainerStore::open(paths);
    let record = store.lookup(container_key).map_err(|e| Error::with_code(EXIT_ENGINE, e.message))?;
    let network = NetworkStore::open(paths).lookup(network_key).map_err(|e| Error::with_code(EXIT_ENGINE, e.message))?;
    if let Some(own) = own_network(paths, &record)?.filter(|own| *own == network.name) {
        return Err(crate::err!(
            "container {} was created on network {own}: skiff cannot take a container off the network it was created on (create it again with another --network)",
            record.name
        ));
    }
    let _lock = lock::exclusive(&file(paths, &record.id).with_extension("lock"))?;
    let mut current = connected(paths, &record.id);
    if !current.iter().any(|c| c.network == network.name) {
        return Err(crate::err!("container {} is not connected to network {}", record.name, network.name));
    }
    if let (Some(pid), Some(endpoint)) = (store.live_pid(&record.id), endpoints::of_container(paths, &network.name, &record.id)) {
        if super::relay::is_relayed(pid, &endpoint) {
            super::relay::disconnect(paths, &network, &endpoint);
        } else {
            super::holder::join(paths)?;
            attach::disconnect_running(paths, pid, &network, &endpoint)?;
        }
    }
    current.retain(|c| c.network != network.name);
    atomic::write_json(&file(paths, &record.id), &current)?;
    super::links::forget_network(paths, &record.id, &network.name)?;
    Ok(network)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_per_network_options() {
        let c = parse_network_flag("net1:ip=10.89.0.5,ip6=fd00::5,mac=92:D0:c6:0a:29:33,alias=a,alias=b,interface_name=lan0").unwrap().unwrap();
        assert_eq!(c.network, "net1");
        assert_eq!((c.ip, c.ip6), (Some("10.89.0.5".parse().unwrap()), Some("fd00::5".parse().unwrap())));
        assert_eq!((c.mac_address.as_deref(), c.interface_name.as_deref()), (Some("92:d0:c6:0a:29:33"), Some("lan0")));
        assert_eq!(c.aliases, ["a", "b"]);
        // ip= takes either family, as podman's.
        assert_eq!(parse_network_flag("net1:ip=fd00::6").unwrap().unwrap().ip6, Some("fd00::6".parse().unwrap()));
        assert_eq!(parse_network_flag("net1").unwrap().unwrap(), Connection { network: "net1".into(), ..Connection::default() });
        for other in ["slirp4netns:mtu=1500", "host", "none", "container:web", "bridge", "ns:/proc/1/ns/net"] {
            assert!(parse_network_flag(other).unwrap().is_none(), "{other}");
        }
        for bad in ["net1:ip=x", "net1:ip=10.0.0.1,ip=10.0.0.2", "net1:alias=", "net1:interface_name=", "net1:interface_name=a/b", "net1:mac=1", "net1:bogus=1", "net1:ip"] {
            assert!(parse_network_flag(bad).is_err(), "{bad}");
        }
        let (a, b) = (Connection { interface_name: Some("eth1".into()), ..Connection::default() }, Connection::default());
        assert!(interface_names(&[&a, &b]).is_err());
        assert_eq!(interface_names(&[&b, &b]).unwrap(), ["eth0", "eth1"]);
    }
}
