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
}
