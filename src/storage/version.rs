//! The store's format version, recorded in the store so that a skiff that
//! does not know a newer format refuses the store instead of misreading
//! it. Stores written before the version was recorded are version 1.

use crate::error::{Context, Result};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// The format this skiff reads and writes.
pub const CURRENT: u32 = 1;

#[derive(Serialize, Deserialize)]
struct VersionRecord {
    version: u32,
}

fn record_path(data: &Path) -> PathBuf {
    data.join("store-version.json")
}

/// The recorded version; None when there is no store yet.
pub fn read(data: &Path) -> Result<Option<u32>> {
    let path = record_path(data);
    match std::fs::read(&path) {
        Ok(bytes) => {
            let record: VersionRecord =
                serde_json::from_slice(&bytes).map_err(|e| crate::err!("{} is not a store version record: {e}", path.display()))?;
            Ok(Some(record.version))
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(if data.exists() { Some(1) } else { None }),
        Err(e) => Err(crate::err!("read {}: {e}", path.display())),
    }
}

/// Refuse a store of a newer format; record the version in a store that
/// does not say yet (a new one, or one that predates the record).
pub fn check(data: &Path) -> Result<()> {
    match read(data)? {
        Some(v) if v > CURRENT => Err(crate::err!(
            "the store at {} has format version {v}, newer than this skiff reads ({CURRENT}): use a newer skiff",
            data.display()
        )),
        // Best effort: a store this user cannot write is still readable.
        _ if !record_path(data).exists() => {
            let _ = record(data);
            Ok(())
        }
        _ => Ok(()),
    }
}

/// Write the current version (after `system migrate` has upgraded the
/// records, or into a store that predates the record).
pub fn record(data: &Path) -> Result<()> {
    std::fs::create_dir_all(data).context(|| format!("create {}", data.display()))?;
    crate::storage::atomic::write_json(&record_path(data), &VersionRecord { version: CURRENT })
}
