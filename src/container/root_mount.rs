//! `skiff mount`: a container's root filesystem mounted for the user, in
//! the mount namespace of `skiff unshare` (see storage::user_mounts), with
//! the storage driver the container runs on.

use super::{ContainerRecord, ContainerStore};
use crate::error::Result;
use crate::paths::Paths;
use crate::storage::driver::{self, Driver, RootfsLayout};
use crate::storage::user_mounts::{self, Unmounted, UserMounts};
use std::path::PathBuf;

/// The driver and directories of a container's root filesystem.
pub fn rootfs_layout(paths: &Paths, store: &ContainerStore, record: &ContainerRecord) -> Result<(Driver, RootfsLayout)> {
    let images = crate::image::ImageStore::open(paths)?;
    // An image's layers, or the user's directory of --rootfs.
    let layout = super::launch::rootfs_layout(&images, &store.container_dir(&record.id), record)?;
    let driver = Driver::from_name(&record.storage_driver)
        .ok_or_else(|| crate::err!("container {} has an unknown storage driver {:?}", record.id, record.storage_driver))?;
    Ok((driver, layout))
}

fn user_mounts(paths: &Paths) -> UserMounts {
    UserMounts::open(&paths.runtime, "containers")
}

/// Mount the container's root filesystem in this mount namespace (one
/// more user if it is mounted here already) and return where. A running
/// container's root is mounted already: its path is returned as it is.
pub fn mount(paths: &Paths, store: &ContainerStore, record: &ContainerRecord) -> Result<PathBuf> {
    let (driver, layout) = rootfs_layout(paths, store, record)?;
    if store.live_pid(&record.id).is_some() {
        return Ok(layout.merged);
    }
    let path = user_mounts(paths)
        .mount(&record.id, &layout.merged, || driver::mount_rootfs_lasting(driver, &layout))
        .map_err(|e| crate::err!("mounting storage for container {}: {}", record.id, e.message))?;
    store.event(record, "mount");
    Ok(path)
}

/// One user fewer of the container's mount: unmounted at the last one, or
/// at once with `force`.
pub fn unmount(paths: &Paths, store: &ContainerStore, record: &ContainerRecord, force: bool) -> Result<Unmounted> {
    let done = user_mounts(paths).unmount(&record.id, force, |path| user_mounts::unmount_path(path, force))?;
    if done != Unmounted::NotMounted {
        store.event(record, "unmount");
    }
    Ok(done)
}

/// A container whose root filesystem is mounted in this mount namespace.
pub struct MountedContainer {
    pub id: String,
    pub name: String,
    pub path: PathBuf,
}

/// The containers mounted in this mount namespace, newest first.
pub fn mounted(paths: &Paths, store: &ContainerStore) -> Result<Vec<MountedContainer>> {
    let mounts = user_mounts(paths);
    Ok(store
        .list()?
        .into_iter()
        .filter_map(|c| mounts.mounted_at(&c.id).map(|path| MountedContainer { id: c.id, name: c.name, path }))
        .collect())
}
