//! Which containers a lifecycle command (rm, stop, restart, kill, start,
//! wait, container cleanup) acts on: names or ids, ids read from --cidfile
//! files, --latest, --all and --filter, checked against each other as
//! podman checks them.

use super::{Context, Filters};
use crate::cli::ContainerTargets;
use crate::container::state::{ContainerRecord, ContainerStatus, EXIT_NO_SUCH_CONTAINER};
use crate::container::ContainerStore;
use crate::error::Result;
use std::collections::{BTreeMap, HashMap};

/// The choice a command was given besides its names.
pub struct Choice<'a> {
    pub targets: &'a ContainerTargets,
    /// `--all`: every container `all_includes` keeps.
    pub all: bool,
    /// `--filter` values (ps's keys).
    pub filters: &'a [String],
    /// `--ignore`: names of containers that do not exist are dropped.
    pub ignore: bool,
}

impl<'a> Choice<'a> {
    /// Only names, --latest and --cidfile (commands without --all and --filter).
    pub fn of(targets: &'a ContainerTargets) -> Choice<'a> {
        Choice { targets, all: false, filters: &[], ignore: false }
    }
}

/// The containers to act on, each as the command prints it: a name or id
/// as given, or the full id of one that --cidfile, --latest, --all or
/// --filter chose.
pub fn choose(ctx: &Context, store: &ContainerStore, choice: &Choice, all_includes: impl Fn(&ContainerRecord) -> bool) -> Result<Vec<String>> {
    let t = choice.targets;
    let named = !t.containers.is_empty();
    let cidfiles = !t.cidfile.is_empty();
    if choice.all && t.latest {
        return Err(crate::err!("--all and --latest cannot be used together"));
    }
    if cidfiles && (choice.all || t.latest) {
        return Err(crate::err!("--all, --latest, and --cidfile cannot be used together"));
    }
    if named && (choice.all || t.latest || cidfiles) {
        let flag = if choice.all { "--all" } else if t.latest { "--latest" } else { "--cidfile" };
        return Err(crate::err!("no arguments are needed with {flag}"));
    }
    if !choice.filters.is_empty() && (named || t.latest || cidfiles) {
        return Err(crate::err!("--filter takes no arguments"));
    }
    if !(named || cidfiles || t.latest || choice.all || !choice.filters.is_empty()) {
        return Err(crate::err!("you must provide at least one name or id"));
    }
    if cidfiles {
        return t.cidfile.iter().map(|file| read_cidfile(file)).collect::<Result<Vec<_>>>().map(|ids| keep_existing(store, ids, choice.ignore));
    }
    if t.latest {
        return latest(store).map(|id| vec![id]);
    }
    if choice.all || !choice.filters.is_empty() {
        let filter = ContainerFilter::parse(ctx, store, choice.filters, ContainerFilter::PS_KEYS)?;
        return Ok(store
            .list()?
            .into_iter()
            .filter(|c| !choice.all || all_includes(c))
            .filter(|c| filter.matches(c))
            .map(|c| c.id)
            .collect());
    }
    Ok(keep_existing(store, t.containers.clone(), choice.ignore))
}

/// `--latest`: the id of the most recently created container.
pub fn latest(store: &ContainerStore) -> Result<String> {
    match store.list()?.into_iter().next() {
        Some(newest) => Ok(newest.id),
        None => Err(crate::err!("no containers to act on: --latest found none")),
    }
}

/// The one container a command names, or the newest with `--latest`.
pub fn one_or_latest(store: &ContainerStore, named: Option<&str>, latest_flag: bool) -> Result<String> {
    match (named, latest_flag) {
        (Some(_), true) => Err(crate::err!("--latest and containers cannot be used together")),
        (Some(name), false) => Ok(name.to_string()),
        (None, true) => latest(store),
        (None, false) => Err(crate::err!("you must provide a container name or id, or --latest")),
    }
}

/// For the commands whose container comes first among other words (`exec
/// CTR CMD`, `top CTR DESCRIPTORS`): the container named first, or with
/// --latest the newest, every word then being one of the rest.
pub fn first_or_latest<'a>(store: &ContainerStore, latest_flag: bool, arguments: &'a [String]) -> Result<(String, &'a [String])> {
    if latest_flag {
        return Ok((latest(store)?, arguments));
    }
    match arguments.split_first() {
        Some((named, rest)) => Ok((named.clone(), rest)),
        None => Err(crate::err!("you must provide a container name or id, or --latest")),
    }
}

/// A --cidfile's container id (podman's error for a missing file, which
/// --ignore does not excuse either).
fn read_cidfile(file: &std::path::Path) -> Result<String> {
    let text = std::fs::read_to_string(file).map_err(|e| {
        let reason = if e.kind() == std::io::ErrorKind::NotFound { "no such file or directory".to_string() } else { e.to_string() };
        crate::err!("reading CIDFile: open {}: {reason}", file.display())
    })?;
    let id = text.trim();
    if id.is_empty() {
        return Err(crate::err!("reading CIDFile: {} holds no container id", file.display()));
    }
    Ok(id.to_string())
}

/// With `ignore`, the keys of containers that do not exist are dropped.
fn keep_existing(store: &ContainerStore, mut keys: Vec<String>, ignore: bool) -> Vec<String> {
    if ignore {
        keys.retain(|key| store.lookup(key).map_or_else(|e| e.code != EXIT_NO_SUCH_CONTAINER, |_| true));
    }
    keys
}

/// A container named on the command line, for commands other than `rm`:
/// podman's status for a missing one there is 125, not `rm`'s 1.
pub fn lookup(store: &ContainerStore, key: &str) -> Result<ContainerRecord> {
    store.lookup(key).map_err(|e| match e.code {
        EXIT_NO_SUCH_CONTAINER => crate::error::Error::new(e.message),
        _ => e,
    })
}

/// `ps --filter`, which rm, stop, restart and start take too to choose
/// containers: podman's keys, resolved once against the store.
pub struct ContainerFilter<'a> {
    filters: Filters,
    store: &'a ContainerStore,
    /// Creation times of the containers `before=` and `since=` name, and
    /// the times `until=` gives, in nanoseconds.
    created: HashMap<String, u128>,
    /// Pod id to name, for `pod=` (empty unless it is used).
    pods: BTreeMap<String, String>,
}

impl<'a> ContainerFilter<'a> {
    /// ps's keys.
    pub const PS_KEYS: &'static [&'static str] =
        &["status", "name", "id", "label", "label!", "ancestor", "exited", "before", "since", "volume", "health", "pod", "network"];
    /// `container prune`'s keys.
    pub const PRUNE_KEYS: &'static [&'static str] = &["until", "label", "label!"];

    pub fn parse(ctx: &Context, store: &'a ContainerStore, values: &[String], keys: &[&str]) -> Result<ContainerFilter<'a>> {
        let filters = Filters::parse(values, keys)?;
        let now = std::time::SystemTime::now();
        let mut created = HashMap::new();
        let mut pods = BTreeMap::new();
        for (key, value) in filters.iter() {
            match key {
                "status" if !["created", "running", "paused", "exited", "stopped"].contains(&value) => {
                    return Err(crate::err!("invalid filter \"status={value}\": status is created, running, paused or exited"));
                }
                "exited" if value.parse::<i32>().is_err() => {
                    return Err(crate::err!("invalid filter \"exited={value}\": exited takes an exit code"));
                }
                "health" if !["healthy", "unhealthy", "starting", "none"].contains(&value) => {
                    return Err(crate::err!("invalid filter \"health={value}\": health is healthy, unhealthy, starting or none"));
                }
                "before" | "since" => {
                    created.insert(value.to_string(), store.lookup(value)?.created_nanos);
                }
                "until" => {
                    let point = crate::time::parse_point(value, now)
                        .ok_or_else(|| crate::err!("invalid filter \"until={value}\": use a RFC 3339 time or a duration like 10m"))?;
                    let nanos = point.duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos()).unwrap_or(0);
                    created.insert(value.to_string(), nanos);
                }
                "pod" if pods.is_empty() => {
                    pods = crate::pod::PodStore::open(&ctx.paths).list()?.into_iter().map(|p| (p.id, p.name)).collect();
                }
                _ => {}
            }
        }
        Ok(ContainerFilter { filters, store, created, pods })
    }

    pub fn is_empty(&self) -> bool {
        self.filters.is_empty()
    }

    pub fn matches(&self, c: &ContainerRecord) -> bool {
        self.filters.matches(|key, value| self.matches_one(key, value, c))
    }

    fn matches_one(&self, key: &str, v: &str, c: &ContainerRecord) -> bool {
        match key {
            "status" => c.state() == v || (v == "stopped" && c.status == ContainerStatus::Exited),
            "name" => c.name.contains(v),
            "id" => c.id.starts_with(v),
            "label" => has_label(c, v),
            "label!" => !has_label(c, v),
            "ancestor" => {
                c.image_id.starts_with(v) || c.image_name == v || c.image_name.starts_with(&format!("{v}:")) || c.image_name.contains(&format!("/{v}"))
            }
            "before" | "until" => self.created.get(v).is_some_and(|&t| c.created_nanos < t),
            "since" => self.created.get(v).is_some_and(|&t| c.created_nanos > t),
            "volume" => c.config.mounts.iter().any(|m| m.source == v || m.destination == v),
            "health" => match (&c.config.healthcheck, self.store.health(&c.id)) {
                (None, _) => v == "none",
                (Some(_), Some(h)) => h.status == v,
                (Some(_), None) => v == "starting",
            },
            "pod" => !c.config.pod.is_empty() && (c.config.pod.starts_with(v) || self.pods.get(&c.config.pod).is_some_and(|name| name == v)),
            "network" => c.config.network.as_str() == v,
            _ => c.status == ContainerStatus::Exited && c.exit_code.map(|e| e.to_string()) == Some(v.to_string()),
        }
    }
}

/// `label=KEY` or `label=KEY=VALUE`.
fn has_label(c: &ContainerRecord, v: &str) -> bool {
    match v.split_once('=') {
        Some((k, val)) => c.config.labels.get(k).is_some_and(|x| x == val),
        None => c.config.labels.contains_key(v),
    }
}
