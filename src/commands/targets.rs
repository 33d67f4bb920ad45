//! Which containers a lifecycle command (rm, stop, restart, kill, start,
//! wait, container cleanup) acts on: names or ids, ids read from --cidfile
//! files, --latest, --all and --filter, checked against each other as
//! podman checks them.

use super::ps::ContainerFilter;
use super::Context;
use crate::cli::ContainerTargets;
use crate::container::state::{ContainerRecord, EXIT_NO_SUCH_CONTAINER};
use crate::container::ContainerStore;
use crate::error::Result;

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
        return match store.list()?.into_iter().next() {
            Some(newest) => Ok(vec![newest.id]),
            None => Err(crate::err!("no containers to act on: --latest found none")),
        };
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
