//! The build cache: what each instruction produced, keyed by the image
//! state it started from, its text after expansion and, for COPY, the
//! content it read. One small JSON file per key under `build-cache/`.
//!
//! An entry records the config the step produced (with its timestamps, so
//! that a cached rebuild gives the same image id) and its layer, if any.
//! Layers live in the image store: an entry whose layer has since been
//! removed (no image used it any more) is simply a miss.

use crate::error::Result;
use crate::image::digest;
use crate::storage::atomic;
use serde::{Deserialize, Serialize};
use std::path::PathBuf;

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Entry {
    /// The image config after the step, exactly as written.
    pub config: String,
    /// Diff id of the layer the step added.
    pub layer: Option<String>,
}

pub struct Cache {
    dir: PathBuf,
    /// Entries older than this are misses (`build --cache-ttl`).
    ttl: Option<std::time::Duration>,
}

impl Cache {
    pub fn open(data: &std::path::Path, ttl: Option<std::time::Duration>) -> Cache {
        Cache { dir: data.join("build-cache"), ttl }
    }

    /// The key of a step: the config it starts from, its text, and a
    /// digest of what it reads from outside (empty for most steps).
    pub fn key(parent_config: &[u8], step: &str, content: &str) -> String {
        let text = format!("{}\n{step}\n{content}", digest::sha256(parent_config));
        digest::sha256(text.as_bytes()).trim_start_matches("sha256:").to_string()
    }

    pub fn get(&self, key: &str) -> Option<Entry> {
        let path = self.dir.join(key);
        if let Some(ttl) = self.ttl {
            let age = std::fs::metadata(&path).ok()?.modified().ok()?.elapsed().unwrap_or_default();
            if age > ttl {
                return None;
            }
        }
        atomic::read_json(&path).ok()
    }

    pub fn put(&self, key: &str, entry: &Entry) -> Result<()> {
        atomic::write_json(&self.dir.join(key), entry)
    }

    /// Remove entries (`builder prune`): the dangling ones, whose layer
    /// `layer_exists` no longer finds (every one with `all`), of those
    /// older than `older_than` if given; then, with `keep_bytes`, the
    /// oldest of the rest until what is left fits. Returns the keys
    /// removed and the bytes they took, oldest first.
    pub fn prune(&self, options: &PruneOptions, layer_exists: impl Fn(&str) -> bool) -> Result<Pruned> {
        let listing = match std::fs::read_dir(&self.dir) {
            Ok(listing) => listing,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Pruned::default()),
            Err(e) => return Err(crate::err!("read the build cache {}: {e}", self.dir.display())),
        };
        // (modified, size, key, dangling) of each entry, oldest first.
        let mut entries: Vec<(std::time::SystemTime, u64, String, bool)> = listing
            .filter_map(|e| e.ok())
            .filter_map(|e| {
                let key = e.file_name().into_string().ok()?;
                // Temporaries of an interrupted write are not entries.
                if key.starts_with('.') {
                    return None;
                }
                let meta = e.metadata().ok()?;
                let dangling = match atomic::read_json::<Entry>(&e.path()) {
                    Ok(entry) => entry.layer.as_deref().is_some_and(|layer| !layer_exists(layer)),
                    Err(_) => true,
                };
                Some((meta.modified().unwrap_or(std::time::UNIX_EPOCH), meta.len(), key, dangling))
            })
            .collect();
        entries.sort();
        let chosen = |(modified, _, _, dangling): &(std::time::SystemTime, u64, String, bool)| {
            (options.all || *dangling) && options.older_than.is_none_or(|limit| *modified < limit)
        };
        // With --keep-storage, the oldest chosen entries go only while the
        // whole cache is over the limit.
        let mut total: u64 = entries.iter().map(|e| e.1).sum();
        let mut pruned = Pruned::default();
        for entry in entries.iter().filter(|e| chosen(e)) {
            if options.keep_bytes.is_some_and(|keep| total <= keep) {
                break;
            }
            match std::fs::remove_file(self.dir.join(&entry.2)) {
                Ok(()) => {}
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
                Err(e) => return Err(crate::err!("remove build cache entry {}: {e}", entry.2)),
            }
            total -= entry.1;
            pruned.bytes += entry.1;
            pruned.keys.push(entry.2.clone());
        }
        Ok(pruned)
    }
}

/// What `builder prune` removes.
#[derive(Debug, Default)]
pub struct PruneOptions {
    /// Every entry, not only the dangling ones.
    pub all: bool,
    /// Only entries last written before this (`--filter until=`).
    pub older_than: Option<std::time::SystemTime>,
    /// Keep the newest entries up to this many bytes (`--keep-storage`).
    pub keep_bytes: Option<u64>,
}

/// The entries a prune removed, and their bytes.
#[derive(Debug, Default)]
pub struct Pruned {
    pub keys: Vec<String>,
    pub bytes: u64,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prune_takes_the_dangling_entries_or_all_and_keeps_storage() {
        let dir = tempfile::tempdir().unwrap();
        let cache = Cache::open(dir.path(), None);
        let entry = |layer: Option<&str>| Entry { config: "{}".into(), layer: layer.map(String::from) };
        let fill = || {
            cache.put("kept", &entry(Some("present"))).unwrap();
            cache.put("gone", &entry(Some("absent"))).unwrap();
            cache.put("plain", &entry(None)).unwrap();
        };
        let exists = |layer: &str| layer == "present";
        fill();
        let dangling = cache.prune(&PruneOptions::default(), exists).unwrap();
        assert_eq!(dangling.keys, ["gone"]);
        assert!(dangling.bytes > 0);
        let mut all = cache.prune(&PruneOptions { all: true, ..Default::default() }, exists).unwrap().keys;
        all.sort();
        assert_eq!(all, ["kept", "plain"]);
        fill();
        let size = std::fs::metadata(dir.path().join("build-cache/kept")).unwrap().len();
        let kept = cache.prune(&PruneOptions { all: true, keep_bytes: Some(size * 2), ..Default::default() }, exists).unwrap();
        assert_eq!(kept.keys.len(), 1, "one entry of three goes to fit two: {kept:?}");
        let past = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
        assert!(cache.prune(&PruneOptions { all: true, older_than: Some(past), ..Default::default() }, exists).unwrap().keys.is_empty());
    }
}
