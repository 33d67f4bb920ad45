//! `skiff image mount`: an image's layers mounted read-only for the user,
//! in the mount namespace of `skiff unshare` (see storage::user_mounts),
//! with the store's storage driver.

use super::store::{ImageRecord, ImageStore};
use crate::error::{Context, Result};
use crate::paths::Paths;
use crate::storage::driver::{self, Driver, RootfsLayout};
use crate::storage::user_mounts::{self, Unmounted, UserMounts};
use nix::mount::MsFlags;
use std::path::PathBuf;

fn user_mounts(paths: &Paths) -> UserMounts {
    UserMounts::open(&paths.runtime, "images")
}

/// The directories of an image's mount: its layers under an empty
/// writable layer of its own (made at mount time, never written).
fn layout(paths: &Paths, images: &ImageStore, image: &ImageRecord) -> RootfsLayout {
    let layers = image.layers.iter().map(|l| images.layer_dir(&l.diff_id)).collect();
    RootfsLayout::for_container(&paths.data.join("image-mounts").join(&image.id), layers)
}

/// Mount `image` read-only in this mount namespace (one more user if it is
/// mounted here already) and return where.
pub fn mount(paths: &Paths, images: &ImageStore, image: &ImageRecord, driver: Driver) -> Result<PathBuf> {
    let layout = layout(paths, images, image);
    user_mounts(paths).mount(&image.id, &layout.merged, || {
        let scratch = layout.merged.parent().unwrap_or(&layout.merged).to_path_buf();
        // What an earlier session left (its mount went with it).
        let _ = std::fs::remove_dir_all(&scratch);
        layout.prepare(driver)?;
        driver::mount_rootfs_lasting(driver, &layout)?;
        nix::mount::mount(None::<&str>, &layout.merged, None::<&str>, MsFlags::MS_BIND | MsFlags::MS_REMOUNT | MsFlags::MS_RDONLY, None::<&str>)
            .context(|| format!("make {} read-only", layout.merged.display()))
    })
}

/// One user fewer of the image's mount: unmounted (and its directories
/// removed) at the last one, or at once with `force`.
pub fn unmount(paths: &Paths, image_id: &str, force: bool) -> Result<Unmounted> {
    user_mounts(paths).unmount(image_id, force, |merged| {
        user_mounts::unmount_path(merged, force)?;
        let scratch = merged.parent().unwrap_or(merged);
        std::fs::remove_dir_all(scratch).context(|| format!("remove {}", scratch.display()))
    })
}

/// Where the image is mounted in this mount namespace.
pub fn mounted_at(paths: &Paths, image_id: &str) -> Option<PathBuf> {
    user_mounts(paths).mounted_at(image_id)
}
