//! `skiff rmi`: untag and delete images, with podman's rules: a name only
//! untags while the image has other names; an id with several names, or an
//! image that containers use, needs --force.

use super::Context;
use crate::cli::RmiArgs;
use crate::container::{ContainerRecord, ContainerStore};
use crate::error::{Error, Result};
use crate::image::store::{self, ImageRecord};
use crate::image::ImageStore;
use crate::output;

/// podman's exit statuses for an unknown image and an image in use.
const EXIT_UNKNOWN: i32 = 1;
const EXIT_IN_USE: i32 = 2;

#[derive(Default)]
struct Report {
    untagged: Vec<String>,
    deleted: Vec<String>,
    errors: Vec<Error>,
}

pub fn run(ctx: &Context, args: RmiArgs) -> Result<i32> {
    if args.all && !args.images.is_empty() {
        return Err(crate::err!("when using the --all switch, you may not pass any image names or IDs"));
    }
    if !args.all && args.images.is_empty() {
        return Err(crate::err!("image name or ID must be specified"));
    }
    // Layers hold files of subordinate ids: only the namespace can delete them.
    crate::runtime::userns::enter_if_rootless()?;
    let store = ImageStore::open(&ctx.paths)?;
    let containers = ContainerStore::open(&ctx.paths);
    let report = store.update(|images| {
        let mut report = Report::default();
        // --all removes every image whatever its names: by id.
        let targets: Vec<String> = if args.all { images.iter().map(|i| format!("sha256:{}", i.id)).collect() } else { args.images.clone() };
        for target in &targets {
            if let Err(e) = remove(images, &containers, target, args.force || args.all, args.force, &mut report) {
                report.errors.push(e);
            }
        }
        Ok(report)
    })?;
    for name in &report.untagged {
        output::line(&format!("Untagged: {name}"));
    }
    for id in &report.deleted {
        output::line(&format!("Deleted: {id}"));
    }
    let mut errors = report.errors;
    match errors.pop() {
        None => Ok(0),
        Some(last) => {
            for e in &errors {
                output::error(&e.message);
            }
            Err(last)
        }
    }
}

/// `run --rmi`: untag or delete the image `target` as `rmi` without
/// --force would, so an image that another container uses stays.
pub(super) fn remove_unused(ctx: &Context, target: &str) -> Result<()> {
    let store = ImageStore::open(&ctx.paths)?;
    let containers = ContainerStore::open(&ctx.paths);
    store.update(|images| remove(images, &containers, target, false, false, &mut Report::default()))
}

/// Untag or delete the image `target` refers to. `any_names` allows deleting
/// by id an image with several names; `force` removes its containers.
fn remove(
    images: &mut Vec<ImageRecord>,
    containers: &ContainerStore,
    target: &str,
    any_names: bool,
    force: bool,
    report: &mut Report,
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
    for _ in 0..100 {
        if containers.live_pid(&container.id).is_none() {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
}
