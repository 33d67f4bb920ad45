//! docker's legacy container links (`--link NAME[:ALIAS]`, `network connect
//! --link`), as docker makes them on a user-defined network: the linking
//! container, and only it, resolves ALIAS (and NAME) to the linked
//! container's address on the network the link was made for.
//!
//! A container's links are kept beside its record, in `links.json` in its
//! directory, for the reason `connect` keeps its networks there: the
//! monitor of a running container writes the record from its own copy, and
//! would undo `rm --link`. The DNS server reads them at each question.

use super::endpoints;
use crate::container::ContainerStore;
use crate::error::Result;
use crate::paths::Paths;
use crate::storage::{atomic, lock};
use serde::{Deserialize, Serialize};
use std::path::PathBuf;

/// One link of a container to another.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Link {
    /// The linked container's id, and its name when the link was made.
    pub container_id: String,
    pub container_name: String,
    pub alias: String,
    /// The user network the alias resolves on.
    pub network: String,
}

impl Link {
    /// docker's form in HostConfig.Links: "/NAME:/LINKER/ALIAS".
    pub fn docker_form(&self, linker_name: &str) -> String {
        format!("/{}:/{linker_name}/{}", self.container_name, self.alias)
    }

    fn answers_to(&self, name: &str) -> bool {
        name.eq_ignore_ascii_case(&self.alias) || name.eq_ignore_ascii_case(&self.container_name)
    }
}

/// docker's `NAME[:ALIAS]` (ALIAS defaults to NAME; the "/NAME:/LINKER/ALIAS"
/// form inspect shows is read too).
pub fn parse(value: &str) -> Result<(String, String)> {
    if value.is_empty() {
        return Err(crate::err!("empty string specified for links"));
    }
    let parts: Vec<&str> = value.split(':').collect();
    let (name, alias) = match parts[..] {
        [name] => (name.trim_start_matches('/'), name.trim_start_matches('/')),
        [name, alias] if name.starts_with('/') => (&name[1..], alias.rsplit('/').next().unwrap_or(alias)),
        [name, alias] => (name, alias),
        _ => return Err(crate::err!("bad format for links: {value}")),
    };
    if name.is_empty() || alias.is_empty() {
        return Err(crate::err!("bad format for links: {value}"));
    }
    Ok((name.to_string(), alias.to_string()))
}

/// The links `NAME[:ALIAS]` values ask for, on `network`: each linked
/// container must exist and have a network docker links can work with.
pub fn resolve(paths: &Paths, values: &[String], network: &str) -> Result<Vec<Link>> {
    let store = ContainerStore::open(paths);
    values
        .iter()
        .map(|value| {
            let (name, alias) = parse(value)?;
            let target = store.lookup(&name).map_err(|e| crate::err!("could not get container for {name}: {}", e.message))?;
            if matches!(target.config.network.mode(), crate::runtime::spec::NetworkMode::Host) {
                return Err(crate::err!("conflicting options: host type networking can't be used with links. This would result in undefined behavior"));
            }
            Ok(Link { container_id: target.id, container_name: target.name, alias, network: network.to_string() })
        })
        .collect()
}

fn file(paths: &Paths, container_id: &str) -> PathBuf {
    paths.containers_dir().join(container_id).join("links.json")
}

fn lock_file(paths: &Paths, container_id: &str) -> Result<lock::Lock> {
    lock::exclusive(&file(paths, container_id).with_extension("lock"))
}

/// The container's links, in the order they were made.
pub fn of_container(paths: &Paths, container_id: &str) -> Vec<Link> {
    atomic::read_json(&file(paths, container_id)).unwrap_or_default()
}

/// Add links to a container (nothing is written when there are none).
pub fn add(paths: &Paths, container_id: &str, links: &[Link]) -> Result<()> {
    if links.is_empty() {
        return Ok(());
    }
    let _lock = lock_file(paths, container_id)?;
    let mut current = of_container(paths, container_id);
    current.retain(|l| !links.iter().any(|new| new.alias == l.alias && new.network == l.network));
    current.extend(links.iter().cloned());
    atomic::write_json(&file(paths, container_id), &current)
}

/// Drop the links made for `network` (the container left it).
pub fn forget_network(paths: &Paths, container_id: &str, network: &str) -> Result<()> {
    let _lock = lock_file(paths, container_id)?;
    let mut current = of_container(paths, container_id);
    let before = current.len();
    current.retain(|l| l.network != network);
    if current.len() == before {
        return Ok(());
    }
    atomic::write_json(&file(paths, container_id), &current)
}

/// `rm --link /LINKER/ALIAS`: remove the link, not the container.
pub fn remove(paths: &Paths, link_name: &str) -> Result<()> {
    let trimmed = link_name.trim_start_matches('/');
    let Some((linker, alias)) = trimmed.rsplit_once('/').filter(|(l, a)| !l.is_empty() && !a.is_empty()) else {
        return Err(crate::err!("{link_name}: not a link name: links are named /CONTAINER/ALIAS"));
    };
    let record = ContainerStore::open(paths).lookup(linker)?;
    let _lock = lock_file(paths, &record.id)?;
    let mut current = of_container(paths, &record.id);
    let before = current.len();
    current.retain(|l| l.alias != alias);
    if current.len() == before {
        return Err(crate::err!("container {} has no link {alias:?}", record.name));
    }
    atomic::write_json(&file(paths, &record.id), &current)
}

/// The first linked container that is not running, as docker's error, for
/// a container joining its networks.
pub fn check_running(paths: &Paths, container_id: &str, container_name: &str) -> Result<()> {
    let store = ContainerStore::open(paths);
    for link in of_container(paths, container_id) {
        if store.live_pid(&link.container_id).is_none() {
            return Err(crate::err!("Cannot link to a non running container: /{} AS /{container_name}/{}", link.container_name, link.alias));
        }
    }
    Ok(())
}

/// The endpoints a DNS `name` names for the container `asker_id` through
/// its links: the linked containers' on the links' networks.
pub fn resolve_name(paths: &Paths, asker_id: &str, name: &str) -> Vec<endpoints::Endpoint> {
    of_container(paths, asker_id)
        .iter()
        .filter(|link| link.answers_to(name))
        .filter_map(|link| endpoints::of_container(paths, &link.network, &link.container_id))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_docker_link_values() {
        let pair = |n: &str, a: &str| (n.to_string(), a.to_string());
        assert_eq!(parse("db").unwrap(), pair("db", "db"));
        assert_eq!(parse("db:data").unwrap(), pair("db", "data"));
        assert_eq!(parse("/db:/web/data").unwrap(), pair("db", "data"));
        assert!(parse("").is_err());
        assert!(parse("a:b:c").unwrap_err().message.contains("bad format for links: a:b:c"));
        assert!(parse("db:").is_err());
    }
}
