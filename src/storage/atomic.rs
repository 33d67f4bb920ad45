//! Atomic file writes: write a temporary file beside the target, fsync, rename.

use crate::error::{Context, Result};
use std::io::Write;
use std::path::Path;

/// Replace `path` with `data` so that readers see either the old or the new
/// content, never a mix, even if this process is killed half-way.
pub fn write(path: &Path, data: &[u8]) -> Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).context(|| format!("create {}", dir.display()))?;
    replace(path, data)
}

/// Like `write`, but fails if the directory is gone instead of creating it:
/// for files inside a directory that another process may remove.
pub fn replace(path: &Path, data: &[u8]) -> Result<()> {
    put(path, data, Durability::Synced)
}

/// Whether a written file must survive a crash of the machine.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Durability {
    /// fsynced before the rename: after a crash the file holds the old or
    /// the new content.
    Synced,
    /// Not fsynced: whole while the machine runs, but after a crash the
    /// new file may be empty. For what a crash makes worthless anyway.
    Unsynced,
}

/// Like `replace`, synced to disk or not as `durability` says.
pub fn replace_with(path: &Path, data: &[u8], durability: Durability) -> Result<()> {
    put(path, data, durability)
}

/// Like `write`, without the fsync: for files that need not survive a
/// crash of the machine, such as those of the runtime directory (a tmpfs
/// normally, and what they describe is gone after a reboot). Readers still
/// see the old or the new content whole while the machine runs.
pub fn write_unsynced(path: &Path, data: &[u8]) -> Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).context(|| format!("create {}", dir.display()))?;
    put(path, data, Durability::Unsynced)
}

/// Like `write`, the file getting `mode` (a temporary file is 0600): for
/// files others read, such as a policy.json.
pub fn write_with_mode(path: &Path, data: &[u8], mode: u32) -> Result<()> {
    use std::os::unix::fs::PermissionsExt;
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).context(|| format!("create {}", dir.display()))?;
    let tmp = temporary_in(dir)?;
    tmp.as_file().set_permissions(std::fs::Permissions::from_mode(mode)).context(|| format!("chmod {}", tmp.path().display()))?;
    fill_and_rename(tmp, path, data, Durability::Synced)
}

fn put(path: &Path, data: &[u8], durability: Durability) -> Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    fill_and_rename(temporary_in(dir)?, path, data, durability)
}

fn fill_and_rename(mut tmp: tempfile::NamedTempFile, path: &Path, data: &[u8], durability: Durability) -> Result<()> {
    tmp.write_all(data).context(|| format!("write {}", path.display()))?;
    if durability == Durability::Synced {
        tmp.as_file().sync_data().context(|| format!("sync {}", path.display()))?;
    }
    tmp.persist(path).map_err(|e| crate::err!("rename into {}: {}", path.display(), e.error))?;
    Ok(())
}

fn temporary_in(dir: &Path) -> Result<tempfile::NamedTempFile> {
    tempfile::Builder::new().prefix(".tmp-").tempfile_in(dir).context(|| format!("create temporary file in {}", dir.display()))
}

/// Serialize `value` as pretty JSON and write it atomically.
pub fn write_json<T: serde::Serialize>(path: &Path, value: &T) -> Result<()> {
    let data = serde_json::to_vec_pretty(value)?;
    write(path, &data)
}

/// Read and parse a JSON file.
pub fn read_json<T: serde::de::DeserializeOwned>(path: &Path) -> Result<T> {
    let data = std::fs::read(path).context(|| format!("read {}", path.display()))?;
    serde_json::from_slice(&data).context(|| format!("parse {}", path.display()))
}
