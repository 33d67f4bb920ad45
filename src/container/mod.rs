//! Containers: their records in the store, names, and live state.

pub mod attach;
pub mod commit;
pub mod changes;
pub mod clone;
pub mod copy;
pub mod create;
pub mod etc_files;
pub mod exec;
pub mod health;
pub mod image_filter;
pub mod image_removal;
pub mod inspect;
pub mod launch;
pub mod lifecycle;
pub mod logs;
pub mod monitor;
pub mod mounts;
pub mod pause;
pub mod processes;
pub mod root_mount;
pub mod run;
pub mod state;
pub mod stats;
pub mod top;
pub mod usage;
pub mod user_namespace;

pub use state::{ContainerRecord, ContainerStatus, ContainerStore, ExternalRootfs, InitContainerKind};

/// How many containers run, are paused and are neither, as podman's info
/// and docker's counts them (a paused container is not counted running).
pub struct StateCounts {
    pub running: usize,
    pub paused: usize,
    pub stopped: usize,
}

pub fn count_states(containers: &[ContainerRecord]) -> StateCounts {
    let paused = containers.iter().filter(|c| c.is_paused()).count();
    let running = containers.iter().filter(|c| c.status == ContainerStatus::Running).count() - paused;
    StateCounts { running, paused, stopped: containers.len() - running - paused }
}

/// Remove the images no container uses that pass `filters`: those without
/// names, or with `all` every one. Decided under the store's lock: `create`
/// holds it shared while it makes a container, so no image can gain a user
/// meanwhile.
pub fn prune_unused_images(paths: &crate::paths::Paths, all: bool, filters: &[crate::container::image_filter::ImageFilter]) -> crate::error::Result<Vec<String>> {
    let containers = ContainerStore::open(paths);
    let store = crate::image::ImageStore::open(paths)?;
    store.update(|images| {
        let used: std::collections::HashSet<String> = containers.list()?.into_iter().map(|c| c.image_id).collect();
        let mut gone = Vec::new();
        let mut kept = Vec::new();
        for image in std::mem::take(images) {
            let unused = !used.contains(&image.id) && (all || image.names.is_empty());
            if unused && crate::container::image_filter::matches_all(filters, &store, &image)? {
                gone.push(image.id);
            } else {
                kept.push(image);
            }
        }
        *images = kept;
        Ok(gone)
    })
}

/// podman's refusal to remove a `kind` of thing (network, volume) that
/// containers use, unless `force` (which removes them first).
pub fn refuse_if_used(kind: &str, name: &str, users: &[ContainerRecord], force: bool, code: i32) -> crate::error::Result<()> {
    if users.is_empty() || force {
        return Ok(());
    }
    let ids: Vec<&str> = users.iter().map(|c| c.id.as_str()).collect();
    Err(crate::error::Error::with_code(code, format!("{kind} {name} is being used by the following container(s): {}: {kind} is being used", ids.join(", "))))
}
