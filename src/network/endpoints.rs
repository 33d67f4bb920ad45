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
use std::net::Ipv4Addr;
use std::path::PathBuf;

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Endpoint {
    pub container_id: String,
    pub container_name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    pub ip: Ipv4Addr,
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

    /// Whether a DNS name (without the trailing dot) is this container's.
    pub fn answers_to(&self, name: &str) -> bool {
        let name = name.strip_suffix(&format!(".{}", super::DNS_DOMAIN)).unwrap_or(name);
        name.eq_ignore_ascii_case(&self.container_name)
            || self.aliases.iter().any(|a| a.eq_ignore_ascii_case(name))
            || (name.len() >= 12 && self.container_id.starts_with(&name.to_ascii_lowercase()))
    }
}

fn dir(paths: &Paths) -> PathBuf {
    paths.runtime.join("networks")
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
    pub owner: Owner,
}

/// Give a container an address on `network`: the wanted one if given and
/// free, else the lowest free one. The caller holds the lock.
pub fn allocate(paths: &Paths, network: &NetworkRecord, wanted: Wanted) -> Result<Endpoint> {
    let Wanted { container_id, container_name, aliases, interface, ip: wanted, owner } = wanted;
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
    let endpoint = Endpoint {
        container_id: container_id.to_string(),
        container_name: container_name.to_string(),
        aliases: aliases.to_vec(),
        ip,
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
