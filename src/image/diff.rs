//! What an image changed from its parent (the same layers without its top
//! one), or from another image: `image diff`, with A added, C changed and
//! D deleted as podman prints them. Each image's tree is its layers merged
//! as overlayfs merges them (whiteouts hide, opaque directories hide what
//! lies below), then compared entry by entry.

use super::store::{ImageRecord, ImageStore};
use crate::error::Result;
use std::collections::BTreeMap;
use std::os::unix::fs::{FileTypeExt, MetadataExt};
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Change {
    Added,
    Changed,
    Deleted,
}

/// What makes two entries of the same path differ, as podman's archive
/// package compares them (no contents: a rewritten file has a new mtime).
#[derive(Debug, PartialEq, Eq)]
struct Entry {
    mode: u32,
    uid: u32,
    gid: u32,
    rdev: u64,
    mtime: (i64, i64),
    size: u64,
    link: Option<PathBuf>,
}

/// Xattrs that mark a directory of an unpacked layer opaque.
const OPAQUE_XATTRS: [&str; 2] = ["user.overlay.opaque", "user.fuseoverlayfs.opaque"];

/// `image`'s changes from `base`, or from its own parent when None, sorted
/// by path. Reads layers owned by subordinate ids: run in the user namespace.
pub fn changes(store: &ImageStore, image: &ImageRecord, base: Option<&ImageRecord>) -> Result<Vec<(Change, String)>> {
    let dirs = |layers: &[super::store::LayerRecord]| -> Vec<PathBuf> { layers.iter().map(|l| store.layer_dir(&l.diff_id)).collect() };
    let new = merged(&dirs(&image.layers))?;
    let old = match base {
        Some(base) => merged(&dirs(&base.layers))?,
        None => merged(&dirs(&image.layers[..image.layers.len().saturating_sub(1)]))?,
    };
    let mut changes: Vec<(Change, String)> = Vec::new();
    for (path, entry) in &new {
        match old.get(path) {
            None => changes.push((Change::Added, path.clone())),
            Some(before) if before != entry => changes.push((Change::Changed, path.clone())),
            Some(_) => {}
        }
    }
    changes.extend(old.keys().filter(|path| !new.contains_key(*path)).map(|path| (Change::Deleted, path.clone())));
    // A directory holding a change counts as changed itself, as in
    // podman's (and docker's) lists, which carry its permissions along.
    let listed: std::collections::BTreeSet<String> = changes.iter().map(|(_, path)| path.clone()).collect();
    let parents: std::collections::BTreeSet<String> = listed
        .iter()
        .flat_map(|path| Path::new(path).ancestors().skip(1).map(|p| p.display().to_string()).collect::<Vec<_>>())
        .filter(|parent| parent != "/" && !listed.contains(parent))
        .collect();
    changes.extend(parents.into_iter().map(|parent| (Change::Changed, parent)));
    changes.sort_by(|a, b| a.1.cmp(&b.1));
    Ok(changes)
}

/// The merged tree of `layers` (lowest first): every path ("/etc/passwd")
/// with its entry.
fn merged(layers: &[PathBuf]) -> Result<BTreeMap<String, Entry>> {
    let mut tree = BTreeMap::new();
    for layer in layers {
        apply(layer, Path::new("/"), &mut tree)?;
    }
    Ok(tree)
}

/// Lay one layer's directory `dir` (at `rel` in the tree) over `tree`.
fn apply(dir: &Path, rel: &Path, tree: &mut BTreeMap<String, Entry>) -> Result<()> {
    let entries = std::fs::read_dir(dir).map_err(|e| crate::err!("read layer directory {}: {e}", dir.display()))?;
    for entry in entries {
        let entry = entry.map_err(|e| crate::err!("read layer directory {}: {e}", dir.display()))?;
        let path = rel.join(entry.file_name());
        let key = path.display().to_string();
        let md = entry.path().symlink_metadata().map_err(|e| crate::err!("stat {}: {e}", entry.path().display()))?;
        // A whiteout (overlay's 0/0 character device) hides the path and
        // everything under it.
        if md.file_type().is_char_device() && md.rdev() == 0 {
            remove_subtree(tree, &key);
            continue;
        }
        if md.is_dir() {
            let opaque = OPAQUE_XATTRS.iter().any(|name| matches!(xattr_present(&entry.path(), name), Ok(true)));
            if opaque || tree.get(&key).is_some_and(|e| e.mode & libc::S_IFMT != libc::S_IFDIR) {
                remove_subtree(tree, &key);
            }
        } else {
            remove_subtree(tree, &key);
        }
        let link = md.file_type().is_symlink().then(|| std::fs::read_link(entry.path()).ok()).flatten();
        tree.insert(
            key,
            Entry {
                mode: md.mode(),
                uid: md.uid(),
                gid: md.gid(),
                rdev: md.rdev(),
                mtime: (md.mtime(), md.mtime_nsec()),
                // A directory's size is the file system's business.
                size: if md.is_dir() { 0 } else { md.size() },
                link,
            },
        );
        if md.is_dir() {
            apply(&entry.path(), &path, tree)?;
        }
    }
    Ok(())
}

fn xattr_present(path: &Path, name: &str) -> std::io::Result<bool> {
    match rustix::fs::lgetxattr(path, name, &mut [0u8; 4][..]) {
        Ok(_) => Ok(true),
        Err(rustix::io::Errno::NODATA) => Ok(false),
        Err(e) => Err(e.into()),
    }
}

/// Remove `key` and every path under it.
fn remove_subtree(tree: &mut BTreeMap<String, Entry>, key: &str) {
    tree.remove(key);
    let prefix = format!("{key}/");
    let under: Vec<String> = tree.range(prefix.clone()..).take_while(|(path, _)| path.starts_with(&prefix)).map(|(path, _)| path.clone()).collect();
    for path in under {
        tree.remove(&path);
    }
}
