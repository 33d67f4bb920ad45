//! Storage: locks, atomic files, and the drivers that turn image layers into
//! a container's root filesystem (kernel overlay, skiff's FUSE overlay, fuse-overlayfs, copy).

pub mod atomic;
pub mod driver;
pub mod fuse_overlay;
pub mod lock;
pub mod names;
pub mod records;
pub mod skeleton;
pub mod user_mounts;
pub mod version;

/// The entries of the store directory `dir`, or none when it does not exist
/// yet (nothing was ever put there). Entries that cannot be read are skipped.
pub fn dir_entries(dir: &std::path::Path) -> crate::error::Result<Vec<std::fs::DirEntry>> {
    match std::fs::read_dir(dir) {
        Ok(entries) => Ok(entries.flatten().collect()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Vec::new()),
        Err(e) => Err(crate::err!("read {}: {e}", dir.display())),
    }
}

/// Bytes used by the files below `path` (what can be read of it; hard links
/// counted once).
pub fn disk_usage(path: &std::path::Path) -> u64 {
    use std::os::unix::fs::MetadataExt;
    let mut seen = std::collections::HashSet::new();
    let mut total = 0;
    let mut stack = vec![path.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else { continue };
        for entry in entries.flatten() {
            let Ok(md) = entry.metadata() else { continue };
            if md.is_dir() {
                stack.push(entry.path());
            } else if md.nlink() <= 1 || seen.insert((md.dev(), md.ino())) {
                total += md.len();
            }
        }
    }
    total
}
