//! Which containers are on a network now, with their addresses: runtime
//! state in `$XDG_RUNTIME_DIR/skiff/networks/NAME.json`, changed under
//! `NAME.lock`. An endpoint belongs to the skiff process that started the
//! container (its monitor, or a foreground `run`): it is released when that
//! process lets it go, and counts as gone once that process is dead, so an
//! address is never lost to a killed monitor.

use super::NetworkRecord;
use crate::sys::process::process_start_time;
use crate::error::Result;
use crate::paths::Paths;
use crate::storage::{atomic, lock};
use serde::{Deserialize, Serialize};
use std::net::{Ipv4Addr, Ipv6Addr};
use std::path::PathBuf;

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Endpoint {
    pub container_id: String,
    pub container_name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    pub ip: Ipv4Addr,
    /// The address on a dual-stack network's IPv6 subnet.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip6: Option<Ipv6Addr>,
    /// The container's interface for this network (eth0 for the network it
    /// was created on, eth1... for those `network connect` added).
    #[serde(default)]
    pub interface: String,
    pub owner_pid: i32,
    pub owner_start_time: u64,
}

impl Endpoint {
    pub fn alive(&self) -> bool {
        process_start_time(self.owner_pid) == Some(self.owner_start_time)
    }

    /// The addresses of the family a DNS question asks for (A: IPv4,
    /// AAAA: IPv6).
    pub fn addresses(&self, ipv6: bool) -> Vec<std::net::IpAddr> {
        match ipv6 {
            false => vec![self.ip.into()],
            true => self.ip6.into_iter().map(Into::into).collect(),
        }
    }

    /// Whether `ip` is one of this endpoint's addresses.
    pub fn has_address(&self, ip: std::net::IpAddr) -> bool {
        match ip {
            std::net::IpAddr::V4(v4) => self.ip == v4,
            std::net::IpAddr::V6(v6) => self.ip6 == Some(v6),
        }
    }

    /// Whether a DNS name (without the trailing dot) is this container's.
    pub fn answers_to(&self, name: &str) -> bool {
        let name = name.strip_suffix(&format!(".{}", super::DNS_DOMAIN)).unwrap_or(name);
        name.eq_ignore_ascii_case(&self.container_name)
            || self.aliases.iter().any(|a| a.eq_ignore_ascii_case(name))
            || (name.len() >= 12 && self.container_id.starts_with(&name.to_ascii_lowercase()))
    }
}

fn dir(paths: &Paths) -> PathBuf {
    paths.tmpdir.join("networks")
}

fn state_path(paths: &Paths, network: &str) -> PathBuf {
    dir(paths).join(format!("{network}.json"))
}

fn lock_path(paths: &Paths, network: &str) -> PathBuf {
    dir(paths).join(format!("{network}.lock"))
}

/// The live endpoints of `network`.
pub fn live(paths: &Paths, network: &str) -> Vec<Endpoint> {
    let all: Vec<Endpoint> = atomic::read_json(&state_path(paths, network)).unwrap_or_default();
    all.into_iter().filter(Endpoint::alive).collect()
}

/// Whether any network has a live endpoint.
pub fn any_live(paths: &Paths) -> bool {
    let Ok(entries) = std::fs::read_dir(dir(paths)) else { return false };
    entries.flatten().any(|e| {
        let path = e.path();
        path.extension().is_some_and(|x| x == "json")
            && atomic::read_json::<Vec<Endpoint>>(&path).unwrap_or_default().iter().any(Endpoint::alive)
    })
}

/// Hold the network's lock while its endpoints and bridge change.
pub fn lock(paths: &Paths, network: &str) -> Result<lock::Lock> {
    lock::exclusive(&lock_path(paths, network))
}

/// The process an endpoint belongs to: its address stays taken while that
/// process lives.
#[derive(Debug, Clone, Copy)]
pub struct Owner {
    pub pid: i32,
    pub start_time: u64,
}

impl Owner {
    /// This process (it starts the container, or watches it).
    pub fn this_process() -> Owner {
        let pid = std::process::id() as i32;
        Owner { pid, start_time: process_start_time(pid).unwrap_or(0) }
    }
}

/// What a container asks for on one network.
pub struct Wanted<'a> {
    pub container_id: &'a str,
    pub container_name: &'a str,
    pub aliases: &'a [String],
    pub interface: &'a str,
    pub ip: Option<Ipv4Addr>,
    pub ip6: Option<Ipv6Addr>,
    pub owner: Owner,
}

/// Give a container an address on `network`: the wanted one if given and
/// free, else the lowest free one. The caller holds the lock.
pub fn allocate(paths: &Paths, network: &NetworkRecord, wanted: Wanted) -> Result<Endpoint> {
    let Wanted { container_id, container_name, aliases, interface, ip: wanted, ip6: wanted6, owner } = wanted;
    let mut current = live(paths, &network.name);
    current.retain(|e| e.container_id != container_id);
    let taken = |ip: Ipv4Addr| network.is_reserved(ip) || current.iter().any(|e| e.ip == ip);
    let ip = match wanted {
        Some(ip) => {
            check_wanted(network, ip, taken(ip))?;
            ip
        }
        None => network.lease_addresses().find(|ip| !taken(*ip)).ok_or_else(|| {
            let range = network.ip_range.as_deref().unwrap_or(&network.subnet);
            crate::err!("network {} has no free address left in {range}", network.name)
        })?,
    };
    let ip6 = match (wanted6, network.subnet6()) {
        (Some(ip6), _) => {
            check_wanted6(network, ip6, current.iter().any(|e| e.ip6 == Some(ip6)))?;
            Some(ip6)
        }
        (None, Some(subnet)) => Some(
            network
                .lease_addresses6()
                .find(|ip6| network.gateway6() != Some(*ip6) && !current.iter().any(|e| e.ip6 == Some(*ip6)))
                .ok_or_else(|| crate::err!("network {} has no free address left in {subnet}", network.name))?,
        ),
        (None, None) => None,
    };
    let endpoint = Endpoint {
        container_id: container_id.to_string(),
        container_name: container_name.to_string(),
        aliases: aliases.to_vec(),
        ip,
        ip6,
        interface: interface.to_string(),
        owner_pid: owner.pid,
        owner_start_time: owner.start_time,
    };
    current.push(endpoint.clone());
    atomic::write_json(&state_path(paths, &network.name), &current)?;
    Ok(endpoint)
}

/// Whether `ip` can be asked for on `network` now: in its subnet, and
/// neither reserved nor held by a container (or pod) that runs.
pub fn check_free(paths: &Paths, network: &NetworkRecord, ip: Ipv4Addr) -> Result<()> {
    let taken = network.is_reserved(ip) || live(paths, &network.name).iter().any(|e| e.ip == ip);
    check_wanted(network, ip, taken)
}

/// `check_free` for an IPv6 address.
pub fn check_free6(paths: &Paths, network: &NetworkRecord, ip6: Ipv6Addr) -> Result<()> {
    check_wanted6(network, ip6, live(paths, &network.name).iter().any(|e| e.ip6 == Some(ip6)))
}

/// Whether `ip6` is a host address of the network's IPv6 subnet, with
/// podman's words for a network that has none.
pub fn check_in_subnet6(network: &NetworkRecord, ip6: Ipv6Addr) -> Result<()> {
    match network.subnet6() {
        Some(subnet) if subnet.is_host(ip6) => Ok(()),
        Some(subnet) => Err(crate::err!("address {ip6} is not in network {}'s subnet {subnet}", network.name)),
        None => Err(crate::err!(
            "requested static ip {ip6} not in any subnet on network {}: it has no IPv6 subnet (create it with --ipv6)",
            network.name
        )),
    }
}

fn check_wanted6(network: &NetworkRecord, ip6: Ipv6Addr, taken: bool) -> Result<()> {
    check_in_subnet6(network, ip6)?;
    if taken || network.gateway6() == Some(ip6) {
        return Err(crate::err!("address {ip6} is already in use on network {}", network.name));
    }
    Ok(())
}

fn check_wanted(network: &NetworkRecord, ip: Ipv4Addr, taken: bool) -> Result<()> {
    let subnet = network.subnet();
    if !subnet.is_host(ip) {
        return Err(crate::err!("address {ip} is not in network {}'s subnet {subnet}", network.name));
    }
    if taken {
        return Err(crate::err!("address {ip} is already in use on network {}", network.name));
    }
    Ok(())
}

/// The container's live endpoint on `network`, if it has one.
pub fn of_container(paths: &Paths, network: &str, container_id: &str) -> Option<Endpoint> {
    live(paths, network).into_iter().find(|e| e.container_id == container_id)
}

/// Release the container's address (its network namespace, and with it
/// its end of the veth pair, is gone or going).
pub fn release(paths: &Paths, network: &str, container_id: &str) {
    let Ok(_lock) = lock(paths, network) else { return };
    let mut current = live(paths, network);
    current.retain(|e| e.container_id != container_id);
    let _ = atomic::write_json(&state_path(paths, network), &current);
}
