//! User-defined networks (`network create`): bridges inside one per-user
//! network namespace, where containers reach each other by name.
//!
//! Rootless containers on a user network all live in one long-lived user
//! namespace, held with the network namespace that holds the bridges by the
//! hidden `__netns` process (see `holder`): a veth pair can only join two
//! network namespaces owned by the same user namespace. Each network is one
//! bridge there with its gateway address; its DNS server (`dns`) answers
//! with the addresses of the containers on it at query time.
//!
//! A network's definition is kept as `$XDG_DATA_HOME/skiff/networks/NAME.json`;
//! which containers are on it now (`endpoints`) is runtime state.

pub mod attach;
pub mod connect;
pub mod dns;
pub mod endpoints;
pub mod holder;
pub mod links;
pub mod netlink;
pub mod relay;

use crate::error::{Context, Error, Result};
use crate::paths::Paths;
use crate::storage::{atomic, lock};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::net::{Ipv4Addr, Ipv6Addr};
use std::path::PathBuf;

/// podman's name for its default network, which is slirp4netns here.
pub const DEFAULT_NETWORK: &str = "podman";
/// podman's exit status when a network does not exist (`network rm`).
pub const EXIT_NO_SUCH_NETWORK: i32 = 1;
/// podman's exit status when a network is in use and -f was not given.
pub const EXIT_NETWORK_IN_USE: i32 = 2;
/// The search domain containers on a user network get, as with podman.
pub const DNS_DOMAIN: &str = "dns.podman";

/// An IPv4 subnet: a network address and a prefix length.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Subnet {
    pub address: Ipv4Addr,
    pub prefix: u8,
}

impl Subnet {
    /// "10.89.0.0/24"; the address must be the network's first one.
    pub fn parse(text: &str) -> Result<Subnet> {
        let invalid = || crate::err!("invalid subnet {text:?}: use an IPv4 network such as 10.89.5.0/24");
        let (address, prefix) = text.split_once('/').ok_or_else(invalid)?;
        if address.contains(':') {
            return Err(crate::err!("invalid subnet {text:?}: an IPv6 subnet where an IPv4 one is needed"));
        }
        let address: Ipv4Addr = address.parse().map_err(|_| invalid())?;
        let prefix: u8 = prefix.parse().ok().filter(|p| (8..=30).contains(p)).ok_or_else(|| {
            crate::err!("invalid subnet {text:?}: the prefix length must be between 8 and 30")
        })?;
        let subnet = Subnet { address, prefix };
        if subnet.network() != address {
            return Err(crate::err!("invalid subnet {text:?}: the address has host bits set (use {}/{prefix})", subnet.network()));
        }
        Ok(subnet)
    }

    fn mask(&self) -> u32 {
        u32::MAX << (32 - self.prefix)
    }

    fn network(&self) -> Ipv4Addr {
        Ipv4Addr::from(u32::from(self.address) & self.mask())
    }

    pub fn contains(&self, ip: Ipv4Addr) -> bool {
        u32::from(ip) & self.mask() == u32::from(self.address)
    }

    /// Whether an address can be given to a host: not the network's own
    /// address nor its broadcast address.
    pub fn is_host(&self, ip: Ipv4Addr) -> bool {
        let broadcast = u32::from(self.address) | !self.mask();
        self.contains(ip) && ip != self.address && u32::from(ip) != broadcast
    }

    pub fn overlaps(&self, other: &Subnet) -> bool {
        self.contains(other.address) || other.contains(self.address)
    }

    /// Whether every address of `inner` is in this subnet.
    pub fn covers(&self, inner: &Subnet) -> bool {
        inner.prefix >= self.prefix && self.contains(inner.address)
    }

    /// Host addresses in order.
    pub fn hosts(&self) -> impl Iterator<Item = Ipv4Addr> + '_ {
        let first = u32::from(self.address) + 1;
        let last = (u32::from(self.address) | !self.mask()) - 1;
        (first..=last).map(Ipv4Addr::from)
    }
}

impl std::fmt::Display for Subnet {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{}", self.address, self.prefix)
    }
}

/// An IPv6 subnet (`network create --ipv6`): a network address and a
/// prefix length. Every address but the network's own (the subnet-router
/// anycast one) can be a host's: IPv6 has no broadcast address.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Subnet6 {
    pub address: Ipv6Addr,
    pub prefix: u8,
}

impl Subnet6 {
    /// "fd00:1::/64"; the address must be the network's first one.
    pub fn parse(text: &str) -> Result<Subnet6> {
        let invalid = || crate::err!("invalid subnet {text:?}: use an IPv6 network such as fd00:1:2:3::/64");
        let (address, prefix) = text.split_once('/').ok_or_else(invalid)?;
        let address: Ipv6Addr = address.parse().map_err(|_| invalid())?;
        // Up to /126: room for the gateway and one container.
        let prefix: u8 = prefix.parse().ok().filter(|p| (8..=126).contains(p)).ok_or_else(|| {
            crate::err!("invalid subnet {text:?}: the prefix length must be between 8 and 126")
        })?;
        let subnet = Subnet6 { address, prefix };
        if subnet.network() != address {
            return Err(crate::err!("invalid subnet {text:?}: the address has host bits set (use {}/{prefix})", subnet.network()));
        }
        Ok(subnet)
    }

    /// A random /64 of the unique local fd00::/8 space (RFC 4193's random
    /// global id and subnet id), as podman picks one.
    pub fn random_unique_local() -> Subnet6 {
        let random = u128::from_str_radix(&crate::storage::names::random_id()[..14], 16).unwrap_or(0);
        Subnet6 { address: Ipv6Addr::from((0xfdu128 << 120) | (random << 64)), prefix: 64 }
    }

    fn mask(&self) -> u128 {
        u128::MAX << (128 - self.prefix)
    }

    fn network(&self) -> Ipv6Addr {
        Ipv6Addr::from(u128::from(self.address) & self.mask())
    }

    pub fn contains(&self, ip: Ipv6Addr) -> bool {
        u128::from(ip) & self.mask() == u128::from(self.address)
    }

    pub fn is_host(&self, ip: Ipv6Addr) -> bool {
        self.contains(ip) && ip != self.address
    }

    pub fn overlaps(&self, other: &Subnet6) -> bool {
        self.contains(other.address) || other.contains(self.address)
    }

    pub fn covers(&self, inner: &Subnet6) -> bool {
        inner.prefix >= self.prefix && self.contains(inner.address)
    }

    /// Every address of the subnet, in order (the first is no host's).
    fn addresses(&self) -> impl Iterator<Item = Ipv6Addr> {
        let first = u128::from(self.address);
        (first..=first | !self.mask()).map(Ipv6Addr::from)
    }
}

impl std::fmt::Display for Subnet6 {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{}", self.address, self.prefix)
    }
}

/// The IPv6 half of a dual-stack network.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Ipv6Config {
    pub subnet: String,
    pub gateway: Ipv6Addr,
    /// `--ip-range` for the IPv6 subnet, as `NetworkRecord::ip_range`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip_range: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct NetworkRecord {
    pub name: String,
    /// 64 hex digits.
    pub id: String,
    pub driver: String,
    /// The bridge's name in the holder's network namespace.
    pub interface: String,
    pub subnet: String,
    pub gateway: Ipv4Addr,
    /// No DNS forwarding to the outside (nothing routes out in any case).
    pub internal: bool,
    #[serde(default)]
    pub labels: BTreeMap<String, String>,
    /// Unix seconds.
    pub created: i64,
    /// `--ip-range`: containers get addresses from this part of the subnet
    /// only (addresses asked for with --ip may lie anywhere in the subnet).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip_range: Option<String>,
    /// `--aux-address NAME=IP`: addresses never given to a container.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub aux_addresses: BTreeMap<String, Ipv4Addr>,
    /// `--disable-dns`: the gateway's DNS server answers no container names
    /// for this network, only forwards queries out.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub dns_disabled: bool,
    /// `--opt KEY=VALUE`: the driver options podman's bridge takes, as
    /// `check_options` accepted them.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub options: BTreeMap<String, String>,
    /// `--ipv6`: the network is dual stack, with this IPv6 subnet beside
    /// its IPv4 one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ipv6: Option<Ipv6Config>,
}

impl NetworkRecord {
    /// `-o mtu=N`: the MTU of the bridge and of the containers' interfaces
    /// on it (None, or 0 as podman takes it: the kernel's default).
    pub fn mtu(&self) -> Option<u32> {
        self.options.get("mtu").and_then(|m| m.parse().ok()).filter(|m| *m != 0)
    }

    pub fn subnet(&self) -> Subnet {
        // Checked when the network was created.
        Subnet::parse(&self.subnet).unwrap_or(Subnet { address: Ipv4Addr::new(10, 89, 0, 0), prefix: 24 })
    }

    /// The addresses handed out to containers, in order: the subnet's host
    /// addresses, within --ip-range if one was given.
    pub fn lease_addresses(&self) -> impl Iterator<Item = Ipv4Addr> {
        let subnet = self.subnet();
        // Checked when the network was created.
        let range = self.ip_range.as_deref().and_then(|r| Subnet::parse(r).ok()).unwrap_or(subnet);
        let first = u32::from(range.address);
        let last = first | !range.mask();
        (first..=last).map(Ipv4Addr::from).filter(move |ip| subnet.is_host(*ip))
    }

    /// Whether `ip` is held back from containers: the gateway or an
    /// --aux-address.
    pub fn is_reserved(&self, ip: Ipv4Addr) -> bool {
        ip == self.gateway || self.aux_addresses.values().any(|a| *a == ip)
    }

    /// The IPv6 subnet of a dual-stack network.
    pub fn subnet6(&self) -> Option<Subnet6> {
        // Checked when the network was created.
        self.ipv6.as_ref().and_then(|v6| Subnet6::parse(&v6.subnet).ok())
    }

    pub fn gateway6(&self) -> Option<Ipv6Addr> {
        self.ipv6.as_ref().map(|v6| v6.gateway)
    }

    /// The IPv6 addresses handed out to containers, in order, as
    /// `lease_addresses` (none on an IPv4-only network).
    pub fn lease_addresses6(&self) -> impl Iterator<Item = Ipv6Addr> {
        let subnet = self.subnet6();
        let range = self.ipv6.as_ref().and_then(|v6| v6.ip_range.as_deref()).and_then(|r| Subnet6::parse(r).ok()).or(subnet);
        range.into_iter().flat_map(|r| r.addresses()).filter(move |ip| subnet.is_some_and(|s| s.is_host(*ip)))
    }
}

/// What `network create` asks for.
pub struct NewNetwork {
    pub name: String,
    pub subnet: Option<Subnet>,
    pub gateway: Option<Ipv4Addr>,
    pub internal: bool,
    pub labels: BTreeMap<String, String>,
    pub ip_range: Option<Subnet>,
    pub aux_addresses: BTreeMap<String, Ipv4Addr>,
    pub dns_disabled: bool,
    pub options: BTreeMap<String, String>,
    /// None: IPv4 only.
    pub ipv6: Option<NewIpv6>,
}

/// The IPv6 half `network create --ipv6` asks for: a random unique local
/// /64 unless a subnet is given, its first host address as gateway.
#[derive(Debug, Clone, Default)]
pub struct NewIpv6 {
    pub subnet: Option<Subnet6>,
    pub gateway: Option<Ipv6Addr>,
    pub ip_range: Option<Subnet6>,
}

/// One address pool as `network create --subnet --gateway --ip-range`,
/// compose's `ipam.config` and the API's `IPAM.Config` give it.
pub struct AddressPool<'a> {
    pub subnet: &'a str,
    pub gateway: Option<&'a str>,
    pub ip_range: Option<&'a str>,
}

/// The IPv4 pool of a new network.
pub struct Ipv4Pool {
    pub subnet: Subnet,
    pub gateway: Option<Ipv4Addr>,
    pub ip_range: Option<Subnet>,
}

/// Sort address pools by family: at most one IPv4 and one IPv6 one. An
/// IPv6 pool makes the network dual stack, as does `ipv6` alone (with a
/// random unique local /64).
pub fn address_pools(pools: &[AddressPool], ipv6: bool) -> Result<(Option<Ipv4Pool>, Option<NewIpv6>)> {
    let mut v4 = None;
    let mut v6 = None;
    for pool in pools {
        if pool.subnet.contains(':') {
            let subnet = Subnet6::parse(pool.subnet)?;
            let gateway = pool
                .gateway
                .map(|g| g.parse().map_err(|_| crate::err!("gateway {g} not in subnet {subnet}: not an IPv6 address")))
                .transpose()?;
            let ip_range = pool.ip_range.map(|r| Subnet6::parse(r).map_err(|e| crate::err!("invalid --ip-range: {}", e.message))).transpose()?;
            if v6.replace(NewIpv6 { subnet: Some(subnet), gateway, ip_range }).is_some() {
                return Err(crate::err!("more than one IPv6 subnet: a skiff network has one IPv4 and one IPv6 subnet at most"));
            }
        } else {
            let subnet = Subnet::parse(pool.subnet)?;
            let gateway = pool
                .gateway
                .map(|g| g.parse().map_err(|_| crate::err!("gateway {g} not in subnet {subnet}: not an IPv4 address")))
                .transpose()?;
            let ip_range = pool.ip_range.map(|r| Subnet::parse(r).map_err(|e| crate::err!("invalid --ip-range: {}", e.message))).transpose()?;
            if v4.replace(Ipv4Pool { subnet, gateway, ip_range }).is_some() {
                return Err(crate::err!("more than one IPv4 subnet: a skiff network has one IPv4 and one IPv6 subnet at most"));
            }
        }
    }
    if ipv6 && v6.is_none() {
        v6 = Some(NewIpv6::default());
    }
    Ok((v4, v6))
}

/// The smallest MTU an IPv4 interface may have (RFC 791), and the largest
/// a bridge or veth takes.
const MTU_RANGE: std::ops::RangeInclusive<u32> = 68..=65535;

/// Check `network create -o` options as podman 4.3's bridge driver does
/// (`mtu`, `vlan`, `isolate`; anything else is refused), and refuse those
/// skiff's bridges cannot honour, naming them. Values are normalised as
/// podman stores them.
pub fn check_options(options: &[(String, String)]) -> Result<BTreeMap<String, String>> {
    let mut checked = BTreeMap::new();
    for (key, value) in options {
        let value = match key.as_str() {
            "mtu" => match value.parse::<u32>() {
                // podman's "0" (and "") leave the kernel's default.
                Ok(mtu) if mtu == 0 || MTU_RANGE.contains(&mtu) => mtu.to_string(),
                _ if value.is_empty() => "0".to_string(),
                _ => return Err(crate::err!("invalid network option mtu={value}: the MTU must be a number from {} to {}", MTU_RANGE.start(), MTU_RANGE.end())),
            },
            "isolate" => match parse_go_bool(value) {
                Some(true) => "true".to_string(),
                // skiff's routing rules keep every network apart from the others.
                Some(false) => {
                    return Err(crate::err!(
                        "network option isolate=false is not supported: skiff always keeps its networks apart from each other (isolate=true is its only behaviour)"
                    ))
                }
                None => return Err(crate::err!("invalid network option isolate={value}: use true or false")),
            },
            "vlan" => {
                return Err(crate::err!(
                    "network option vlan is not supported: skiff's bridges live in a rootless network namespace with no host interface to carry VLAN-tagged traffic"
                ))
            }
            "mode" | "parent" => {
                return Err(crate::err!("unsupported bridge network option {key}: it belongs to the macvlan and ipvlan drivers, and skiff has only the bridge driver"))
            }
            _ => return Err(crate::err!("unsupported bridge network option {key}")),
        };
        checked.insert(key.clone(), value);
    }
    Ok(checked)
}

/// Go's strconv.ParseBool, which podman reads boolean options with.
fn parse_go_bool(text: &str) -> Option<bool> {
    match text {
        "1" | "t" | "T" | "TRUE" | "true" | "True" => Some(true),
        "0" | "f" | "F" | "FALSE" | "false" | "False" => Some(false),
        _ => None,
    }
}

pub struct NetworkStore {
    dir: PathBuf,
}

impl NetworkStore {
    pub fn open(paths: &Paths) -> NetworkStore {
        NetworkStore { dir: paths.data.join("networks") }
    }

    fn record_path(&self, name: &str) -> PathBuf {
        self.dir.join(format!("{name}.json"))
    }

    fn lock(&self) -> Result<lock::Lock> {
        lock::exclusive(&self.dir.join(".lock"))
    }

    /// Create a network: a free 10.89.N.0/24 unless a subnet is given, the
    /// subnet's first host address as gateway unless one is given.
    pub fn create(&self, new: NewNetwork) -> Result<NetworkRecord> {
        crate::storage::names::check_name("network", &new.name)?;
        let _lock = self.lock()?;
        let existing = self.list()?;
        if new.name == DEFAULT_NETWORK || existing.iter().any(|n| n.name == new.name) {
            return Err(crate::err!("network name {} already used: network already exists", new.name));
        }
        let subnet = match new.subnet {
            Some(subnet) => {
                if let Some(other) = existing.iter().find(|n| n.subnet().overlaps(&subnet)) {
                    return Err(crate::err!("subnet {subnet} is already used by network {}", other.name));
                }
                subnet
            }
            None => (0..=255u8)
                .map(|n| Subnet { address: Ipv4Addr::new(10, 89, n, 0), prefix: 24 })
                .find(|s| !existing.iter().any(|n| n.subnet().overlaps(s)))
                .ok_or_else(|| crate::err!("no free subnet left in 10.89.0.0/16: give one with --subnet"))?,
        };
        let gateway = match new.gateway {
            Some(gateway) if !subnet.is_host(gateway) => {
                return Err(crate::err!("gateway {gateway} is not a host address of subnet {subnet}"))
            }
            Some(gateway) => gateway,
            None => subnet.hosts().next().ok_or_else(|| crate::err!("subnet {subnet} has no host address"))?,
        };
        if let Some(range) = new.ip_range {
            if !subnet.covers(&range) {
                return Err(crate::err!("--ip-range {range} is not inside subnet {subnet}"));
            }
        }
        for (name, ip) in &new.aux_addresses {
            if !subnet.is_host(*ip) {
                return Err(crate::err!("--aux-address {name}={ip} is not a host address of subnet {subnet}"));
            }
        }
        let ipv6 = new.ipv6.map(|v6| choose_ipv6(&existing, v6)).transpose()?;
        let id = crate::storage::names::random_id();
        let record = NetworkRecord {
            name: new.name,
            // From the id, never reused: a removed network's bridge that
            // outlived it (see `attach::delete_bridge`) cannot be taken
            // for a new network's.
            interface: format!("skiff{}", &id[..10]),
            id,
            driver: "bridge".into(),
            subnet: subnet.to_string(),
            gateway,
            internal: new.internal,
            labels: new.labels,
            created: crate::sys::clock::now(),
            ip_range: new.ip_range.map(|r| r.to_string()),
            aux_addresses: new.aux_addresses,
            dns_disabled: new.dns_disabled,
            options: new.options,
            ipv6,
        };
        atomic::write_json(&self.record_path(&record.name), &record)?;
        Ok(record)
    }

    /// Every network, by name.
    pub fn list(&self) -> Result<Vec<NetworkRecord>> {
        let mut list = Vec::new();
        for entry in crate::storage::dir_entries(&self.dir)? {
            let path = entry.path();
            if path.extension().is_some_and(|e| e == "json") {
                list.push(atomic::read_json::<NetworkRecord>(&path)?);
            }
        }
        list.sort_by(|a, b| a.name.cmp(&b.name));
        Ok(list)
    }

    /// A network by name, full id or unique id prefix.
    pub fn lookup(&self, key: &str) -> Result<NetworkRecord> {
        let list = self.list()?;
        if let Some(n) = list.iter().find(|n| n.name == key || n.id == key) {
            return Ok(n.clone());
        }
        let by_prefix: Vec<&NetworkRecord> =
            list.iter().filter(|n| key.len() >= 3 && key.chars().all(|c| c.is_ascii_hexdigit()) && n.id.starts_with(key)).collect();
        match by_prefix.as_slice() {
            [one] => Ok((*one).clone()),
            [] => Err(Error::with_code(
                EXIT_NO_SUCH_NETWORK,
                format!("unable to find network with name or ID {key}: network not found"),
            )),
            _ => Err(crate::err!("more than one network matches {key:?}: give more of the id")),
        }
    }

    pub fn exists(&self, key: &str) -> bool {
        self.lookup(key).is_ok()
    }

    pub fn remove(&self, name: &str) -> Result<()> {
        let _lock = self.lock()?;
        std::fs::remove_file(self.record_path(name)).context(|| format!("remove network {name}"))
    }
}

/// The IPv6 half of a new network, checked against the networks there are.
fn choose_ipv6(existing: &[NetworkRecord], new: NewIpv6) -> Result<Ipv6Config> {
    let overlapping = |subnet: &Subnet6| existing.iter().find(|n| n.subnet6().is_some_and(|s| s.overlaps(subnet)));
    let subnet = match new.subnet {
        Some(subnet) => {
            if let Some(other) = overlapping(&subnet) {
                return Err(crate::err!("subnet {subnet} is already used by network {}", other.name));
            }
            subnet
        }
        None => std::iter::repeat_with(Subnet6::random_unique_local)
            .take(16)
            .find(|s| overlapping(s).is_none())
            .ok_or_else(|| crate::err!("no free IPv6 subnet found: give one with --subnet"))?,
    };
    let gateway = match new.gateway {
        Some(gateway) if !subnet.is_host(gateway) => return Err(crate::err!("gateway {gateway} is not a host address of subnet {subnet}")),
        Some(gateway) => gateway,
        None => Ipv6Addr::from(u128::from(subnet.address) + 1),
    };
    if let Some(range) = new.ip_range {
        if !subnet.covers(&range) {
            return Err(crate::err!("--ip-range {range} is not inside subnet {subnet}"));
        }
    }
    Ok(Ipv6Config { subnet: subnet.to_string(), gateway, ip_range: new.ip_range.map(|r| r.to_string()) })
}

impl NetworkStore {
    /// Every network record: readable, named as its file, with a subnet
    /// no other network has. One line per problem, with the file a repair
    /// removes (None: nothing to remove without losing a good network) and
    /// whether it is a left-over nobody sees rather than damage.
    pub fn check(&self) -> Result<Vec<(String, Option<PathBuf>, bool)>> {
        use crate::storage::records::{older_than, HALF_MADE_GRACE};
        let mut problems = Vec::new();
        let mut good: Vec<NetworkRecord> = Vec::new();
        for entry in crate::storage::dir_entries(&self.dir)? {
            let path = entry.path();
            let file = entry.file_name().to_string_lossy().into_owned();
            if file.starts_with(".tmp-") {
                if older_than(&path, HALF_MADE_GRACE) {
                    problems.push((format!("networks/{file}: left over from an interrupted write"), Some(path), true));
                }
                continue;
            }
            let Some(name) = file.strip_suffix(".json") else { continue };
            match atomic::read_json::<NetworkRecord>(&path) {
                Err(e) => problems.push((format!("network {name}: {}", e.message), Some(path), false)),
                Ok(record) if record.name != name => problems.push((format!("network {name}: its record names it {:?}", record.name), Some(path), false)),
                Ok(record) => match Subnet::parse(&record.subnet) {
                    Err(e) => problems.push((format!("network {name}: {}", e.message), Some(path), false)),
                    Ok(subnet) => {
                        if let Some(other) = good.iter().find(|o| o.subnet().overlaps(&subnet)) {
                            problems.push((format!("network {name}: its subnet {subnet} overlaps network {}'s", other.name), None, false));
                        }
                        good.push(record);
                    }
                },
            }
        }
        Ok(problems)
    }

    /// Remove a record `check` found unusable, under the networks' lock.
    pub fn remove_damaged(&self, path: &std::path::Path) -> Result<()> {
        let _lock = self.lock()?;
        std::fs::remove_file(path).context(|| format!("remove {}", path.display()))
    }
}

/// The containers (any state) on network `name`: created on it, or
/// connected to it since.
pub fn users_of_network(
    containers: &crate::container::ContainerStore,
    paths: &Paths,
    name: &str,
) -> Result<Vec<crate::container::ContainerRecord>> {
    Ok(containers.list()?.into_iter().filter(|c| connect::networks_of(paths, c).iter().any(|n| n == name)).collect())
}

/// The pods on the network (`pod create --network`), with or without
/// containers.
pub fn pods_on_network(paths: &Paths, name: &str) -> Result<Vec<crate::pod::PodRecord>> {
    Ok(crate::pod::PodStore::open(paths).list()?.into_iter().filter(|p| p.networks.iter().any(|c| c.network == name)).collect())
}

/// Whether a container or a pod is on the network.
pub fn in_use(containers: &crate::container::ContainerStore, paths: &Paths, name: &str) -> Result<bool> {
    Ok(!users_of_network(containers, paths, name)?.is_empty() || !pods_on_network(paths, name)?.is_empty())
}

/// Remove a network: refused while containers or pods use it, unless
/// `force`, which removes them first (a pod with all its containers, as
/// podman), stopping running ones as it says. Joins the networks' user namespace (the
/// holder's) to remove them and the bridge: call it in a process that has
/// not entered skiff's own user namespace.
pub fn remove(paths: &Paths, key: &str, force: Option<crate::container::lifecycle::WhenRunning>) -> Result<()> {
    let store = NetworkStore::open(paths);
    let containers = crate::container::ContainerStore::open(paths);
    let network = store.lookup(key)?;
    let users = users_of_network(&containers, paths, &network.name)?;
    let pods = pods_on_network(paths, &network.name)?;
    if force.is_none() && !(users.is_empty() && pods.is_empty()) {
        return Err(Error::with_code(
            EXIT_NETWORK_IN_USE,
            format!("{:?} has associated containers with it. Use -f to forcibly delete containers and pods: network is being used", network.name),
        ));
    }
    let when_running = force.unwrap_or(crate::container::lifecycle::WhenRunning::Kill);
    // With no holder there is no bridge, and a new one does.
    holder::join_if_running(paths)?;
    let pod_store = crate::pod::PodStore::open(paths);
    for pod in &pods {
        pod_store.remove_with_members(paths, &containers, pod, Some(when_running))?;
    }
    for container in users.iter().filter(|c| !pods.iter().any(|p| p.id == c.config.pod)) {
        crate::container::lifecycle::remove_one(paths, &containers, &container.id, when_running, false)?;
    }
    store.remove(&network.name)?;
    attach::delete_bridge(paths, &network);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subnets() {
        let s = Subnet::parse("10.89.3.0/24").unwrap();
        assert!(s.contains("10.89.3.7".parse().unwrap()) && !s.contains("10.89.4.1".parse().unwrap()));
        assert!(!s.is_host("10.89.3.255".parse().unwrap()) && !s.is_host("10.89.3.0".parse().unwrap()));
        assert_eq!(s.hosts().next(), Some(Ipv4Addr::new(10, 89, 3, 1)));
        assert_eq!(s.hosts().count(), 254);
        assert!(s.overlaps(&Subnet::parse("10.89.0.0/16").unwrap()));
        assert!(!s.overlaps(&Subnet::parse("10.89.4.0/24").unwrap()));
        for bad in ["10.89.3.1/24", "10.89.3.0", "10.0.0.300/24", "10.89.3.0/33", "fd00::/64", "x/24"] {
            assert!(Subnet::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn ipv6_subnets() {
        let s = Subnet6::parse("fd99::/64").unwrap();
        assert!(s.contains("fd99::abcd".parse().unwrap()) && !s.contains("fd98::1".parse().unwrap()));
        assert!(!s.is_host("fd99::".parse().unwrap()) && s.is_host("fd99::ffff:ffff:ffff:ffff".parse().unwrap()));
        assert!(s.covers(&Subnet6::parse("fd99::100/120").unwrap()) && !s.covers(&Subnet6::parse("fd00::/8").unwrap()));
        assert!(s.overlaps(&Subnet6::parse("fd00::/8").unwrap()));
        for bad in ["fd99::1/64", "fd99::/127", "fd99::", "10.0.0.0/24", "fd99::/x"] {
            assert!(Subnet6::parse(bad).is_err(), "{bad}");
        }
        let random = Subnet6::random_unique_local();
        assert_eq!((random.address.octets()[0], random.prefix), (0xfd, 64));
        assert_eq!(Subnet6::parse(&random.to_string()).unwrap(), random);
    }
}
