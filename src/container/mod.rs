//! Containers: their records in the store, names, and live state.

pub mod attach;
pub mod commit;
pub mod changes;
pub mod copy;
pub mod create;
pub mod etc_files;
pub mod exec;
pub mod health;
pub mod image_removal;
pub mod inspect;
pub mod launch;
pub mod lifecycle;
pub mod logs;
pub mod monitor;
pub mod mounts;
pub mod processes;
pub mod run;
pub mod state;
pub mod stats;
pub mod top;
pub mod user_namespace;

pub use state::{ContainerRecord, ContainerStatus, ContainerStore};

/// Remove the images no container uses: those without names, or with
/// `all` every one. Decided under the store's lock: `create` holds it
/// shared while it makes a container, so no image can gain a user meanwhile.
pub fn prune_unused_images(paths: &crate::paths::Paths, all: bool) -> crate::error::Result<Vec<String>> {
    let containers = ContainerStore::open(paths);
    crate::image::ImageStore::open(paths)?.update(|images| {
        let used: std::collections::HashSet<String> = containers.list()?.into_iter().map(|c| c.image_id).collect();
        let (gone, kept): (Vec<_>, Vec<_>) =
            std::mem::take(images).into_iter().partition(|i| !used.contains(&i.id) && (all || i.names.is_empty()));
        *images = kept;
        Ok(gone.into_iter().map(|i| i.id).collect())
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
