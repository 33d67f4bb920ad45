//! What a container changed in its filesystem, read from its writable
//! overlay layer: added, changed, deleted paths (`diff`, the API's changes).

use crate::container::launch::{CONTAINER_ENV_FILES, ETC_FILES};
use crate::container::ContainerStore;
use crate::error::Result;
use crate::image::ImageStore;
use crate::paths::Paths;
use crate::runtime::userns;
use std::os::unix::fs::{FileTypeExt, MetadataExt};
use std::path::{Path, PathBuf};

pub use crate::image::diff::Change;

/// The container's changes, sorted by path. Enters skiff's user namespace:
/// the process must be single-threaded.
pub fn changes(paths: &Paths, container: &str) -> Result<Vec<(Change, String)>> {
    // The writable layer holds files of the container's users: read it as
    // root of the user namespace.
    userns::enter_if_rootless()?;
    let store = ContainerStore::open(paths);
    let record = store.lookup(container)?;
    if record.config.rootfs.as_ref().is_some_and(|rootfs| !rootfs.overlay) {
        // As podman: the directory is the container's own, with nothing
        // under it to compare with.
        return Ok(Vec::new());
    }
    if record.storage_driver == "copy" {
        return Err(crate::err!("diff needs an overlay storage driver: {container} uses a full copy"));
    }
    let images = ImageStore::open(paths)?;
    let layout = crate::container::launch::rootfs_layout(&images, &store.container_dir(&record.id), &record)?;
    let mut changes = Vec::new();
    // Changes are against the image: the mount point skeleton under it
    // is not part of it.
    let image_layers: Vec<PathBuf> = layout.layers.into_iter().filter(|l| !crate::storage::skeleton::is_lower_dir(l)).collect();
    walk(&layout.upper, Path::new("/"), &image_layers, &mut changes);
    // Mount points skiff itself made for the generated files are no change
    // of the container's.
    let made_by_skiff: Vec<String> = ETC_FILES
        .iter()
        .chain(CONTAINER_ENV_FILES)
        .map(|(_, target)| format!("/{target}"))
        .chain(["/proc".into(), "/sys".into(), "/dev".into()])
        .collect();
    changes.retain(|(kind, path)| !(*kind == Change::Added && made_by_skiff.contains(path)));
    changes.sort_by(|a, b| a.1.cmp(&b.1));
    Ok(changes)
}

/// Whether `rel` exists in any image layer.
fn in_image(layers: &[PathBuf], rel: &Path) -> bool {
    let rel = rel.strip_prefix("/").unwrap_or(rel);
    layers.iter().any(|l| std::fs::symlink_metadata(l.join(rel)).is_ok())
}

fn walk(dir: &Path, rel: &Path, layers: &[PathBuf], out: &mut Vec<(Change, String)>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name_text = name.to_string_lossy();
        let path = rel.join(&name);
        let Ok(md) = entry.metadata() else { continue };
        // Whiteouts: kernel overlay's 0/0 device, fuse-overlayfs's .wh. files.
        if md.file_type().is_char_device() && md.rdev() == 0 {
            out.push((Change::Deleted, path.display().to_string()));
            continue;
        }
        if name_text == ".wh..wh..opq" {
            continue;
        }
        if let Some(hidden) = name_text.strip_prefix(".wh.") {
            out.push((Change::Deleted, rel.join(hidden).display().to_string()));
            continue;
        }
        let kind = if in_image(layers, &path) { Change::Changed } else { Change::Added };
        out.push((kind, path.display().to_string()));
        if md.is_dir() {
            walk(&entry.path(), &path, layers, out);
        }
    }
}
