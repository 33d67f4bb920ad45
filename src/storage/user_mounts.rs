//! The mounts `skiff mount` and `skiff image mount` make for the user
//! inside `skiff unshare`. Each mounted thing has a count (mounted twice,
//! unmounted once, it stays mounted), kept in the runtime directory with
//! the mount namespace it belongs to: skiff has no process that would keep
//! a mount alive, so a mount lives as long as that `skiff unshare` session,
//! and in any other namespace (another session, the host) the thing reads
//! as not mounted.

use crate::error::{Context, Result};
use serde::{Deserialize, Serialize};
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};

#[derive(Serialize, Deserialize)]
struct MountRecord {
    /// Inode of the mount namespace that holds the mount.
    namespace: u64,
    count: u32,
    path: PathBuf,
}

/// The mounts of one kind of thing (containers, images), by id.
pub struct UserMounts {
    dir: PathBuf,
}

/// What an unmount did.
#[derive(Debug, PartialEq, Eq)]
pub enum Unmounted {
    /// The count went down; others still use the mount.
    Decremented,
    /// The count reached zero: unmounted.
    Unmounted,
    /// It was not mounted here.
    NotMounted,
}

impl UserMounts {
    pub fn open(runtime: &Path, kind: &str) -> UserMounts {
        UserMounts { dir: runtime.join("mounts").join(kind) }
    }

    fn record_path(&self, id: &str) -> PathBuf {
        self.dir.join(format!("{id}.json"))
    }

    fn lock(&self, id: &str) -> Result<super::lock::Lock> {
        super::lock::exclusive(&self.dir.join(format!("{id}.lock")))
    }

    /// The record of `id` if its mount is in this mount namespace and
    /// still mounted (not unmounted behind skiff's back).
    fn current(&self, id: &str) -> Option<MountRecord> {
        let record: MountRecord = super::atomic::read_json(&self.record_path(id)).ok()?;
        (record.count > 0 && Some(record.namespace) == this_namespace() && is_mount_point(&record.path)).then_some(record)
    }

    /// Where `id` is mounted in this mount namespace.
    pub fn mounted_at(&self, id: &str) -> Option<PathBuf> {
        self.current(id).map(|r| r.path)
    }

    /// Mount `id` at `path` with `mount`, or count one more user of its
    /// mount if it is mounted here already.
    pub fn mount(&self, id: &str, path: &Path, mount: impl FnOnce() -> Result<()>) -> Result<PathBuf> {
        let _lock = self.lock(id)?;
        let namespace = this_namespace().ok_or_else(|| crate::err!("cannot read this process's mount namespace"))?;
        let record = match self.current(id) {
            Some(mut record) => {
                record.count += 1;
                record
            }
            None => {
                mount()?;
                MountRecord { namespace, count: 1, path: path.to_path_buf() }
            }
        };
        super::atomic::write_json(&self.record_path(id), &record)?;
        Ok(record.path)
    }

    /// One user fewer of `id`'s mount; unmounted with `unmount` at zero,
    /// or at once with `force`.
    pub fn unmount(&self, id: &str, force: bool, unmount: impl FnOnce(&Path) -> Result<()>) -> Result<Unmounted> {
        let _lock = self.lock(id)?;
        let Some(mut record) = self.current(id) else {
            // A record of another namespace (a session that ended) is stale.
            let _ = std::fs::remove_file(self.record_path(id));
            return Ok(Unmounted::NotMounted);
        };
        if record.count > 1 && !force {
            record.count -= 1;
            super::atomic::write_json(&self.record_path(id), &record)?;
            return Ok(Unmounted::Decremented);
        }
        unmount(&record.path)?;
        std::fs::remove_file(self.record_path(id)).context(|| format!("remove {}", self.record_path(id).display()))?;
        Ok(Unmounted::Unmounted)
    }

    /// The ids mounted in this mount namespace, with their paths.
    pub fn list(&self) -> Vec<(String, PathBuf)> {
        let Ok(entries) = super::dir_entries(&self.dir) else { return Vec::new() };
        let mut mounted: Vec<(String, PathBuf)> = entries
            .iter()
            .filter_map(|e| e.file_name().to_str().and_then(|n| n.strip_suffix(".json")).map(str::to_string))
            .filter_map(|id| self.mounted_at(&id).map(|path| (id, path)))
            .collect();
        mounted.sort();
        mounted
    }
}

fn this_namespace() -> Option<u64> {
    std::fs::metadata("/proc/self/ns/mnt").ok().map(|m| m.ino())
}

/// Whether `path` is a mount point in this mount namespace (mountinfo's
/// fifth field, with space, tab, newline and backslash octal-escaped).
pub fn is_mount_point(path: &Path) -> bool {
    let escaped = path.to_string_lossy().replace('\\', "\\134").replace(' ', "\\040").replace('\t', "\\011").replace('\n', "\\012");
    std::fs::read_to_string("/proc/self/mountinfo")
        .map(|info| info.lines().any(|line| line.split(' ').nth(4) == Some(escaped.as_str())))
        .unwrap_or(false)
}

/// Unmount `path`; `force` detaches it even while something uses it.
pub fn unmount_path(path: &Path, force: bool) -> Result<()> {
    let flags = if force { nix::mount::MntFlags::MNT_DETACH } else { nix::mount::MntFlags::empty() };
    nix::mount::umount2(path, flags).context(|| format!("unmount {}", path.display()))
}
