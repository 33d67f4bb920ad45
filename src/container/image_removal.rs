//! Removing images with podman's rules (`rmi`, `run --rmi`): a name only
//! untags while the image has other names; an id with several names, or an
//! image that containers use, needs force, which removes those containers.

use super::{ContainerRecord, ContainerStore};
use crate::error::{Error, Result};
use crate::image::store::{self, ImageRecord};
use crate::image::ImageStore;
use crate::paths::Paths;

/// podman's exit statuses for an unknown image and an image in use.
const EXIT_UNKNOWN: i32 = 1;
const EXIT_IN_USE: i32 = 2;

/// What a removal did, for the caller to report.
#[derive(Default)]
pub struct ImageRemoval {
    pub untagged: Vec<String>,
    pub deleted: Vec<String>,
    pub errors: Vec<Error>,
}

/// `run --rmi`: untag or delete the image `target` as `rmi` without
/// --force would, so an image that another container uses stays.
pub fn remove_unused(paths: &Paths, target: &str) -> Result<()> {
    let store = ImageStore::open(paths)?;
    let containers = ContainerStore::open(paths);
    store.update(|images| remove_image(images, &containers, target, false, false, &mut ImageRemoval::default()))
}

/// Untag or delete the image `target` refers to. `any_names` allows deleting
/// by id an image with several names; `force` removes its containers.
pub fn remove_image(
    images: &mut Vec<ImageRecord>,
    containers: &ContainerStore,
    target: &str,
    any_names: bool,
    force: bool,
    report: &mut ImageRemoval,
) -> Result<()> {
    let found = store::resolve(images, target)?.ok_or_else(|| Error::with_code(EXIT_UNKNOWN, store::not_known(target).message))?;
    let image = &mut images[found.index];
    match &found.name {
        Some(name) if image.names.len() > 1 => {
            image.names.retain(|n| n != name);
            report.untagged.push(name.clone());
            return Ok(());
        }
        None if image.names.len() > 1 && !any_names => {
            return Err(crate::err!(
                "unable to delete image \"{}\" by ID with more than one tag ([{}]): please force removal",
                image.id,
                image.names.join(" ")
            ));
        }
        _ => {}
    }
    let users = containers.users_of_image(&image.id)?;
    if let Some(user) = users.first().filter(|_| !force) {
        return Err(Error::with_code(
            EXIT_IN_USE,
            format!("image used by {}: image is in use by a container: consider listing external containers and force-removing image", user.id),
        ));
    }
    for container in &users {
        stop(containers, container);
        containers.remove(container)?;
    }
    let image = images.remove(found.index);
    report.untagged.extend(image.names);
    report.deleted.push(image.id);
    Ok(())
}

/// Kill a running container's processes and wait (briefly) for them to go.
fn stop(containers: &ContainerStore, container: &ContainerRecord) {
    let Some(pid) = containers.live_pid(&container.id) else { return };
    let _ = nix::sys::signal::kill(nix::unistd::Pid::from_raw(pid), nix::sys::signal::Signal::SIGKILL);
    containers.wait_for_exit_of(&container.id, std::time::Duration::from_secs(5), std::time::Duration::from_millis(50), || {
        containers.live_pid(&container.id).is_none()
    });
}
