//! `skiff mount` and `skiff unmount` (also under `container`, and
//! `umount`): a container's root filesystem mounted for the user to read
//! and change from the host, as podman's. Rootless, the mount must be made
//! inside `skiff unshare`, whose mount namespace holds it.

use super::targets;
use super::Context;
use crate::cli::{ImageMountArgs, ImageUnmountArgs, MountArgs, UnmountArgs};
use crate::image::ImageStore;
use crate::container::root_mount;
use crate::container::ContainerStore;
use crate::error::Result;
use crate::output;
use crate::runtime::userns;
use crate::storage::user_mounts::Unmounted;

pub fn mount(ctx: &Context, args: MountArgs) -> Result<i32> {
    let store = ContainerStore::open(&ctx.paths);
    if !args.containers.is_empty() && args.latest.latest {
        return Err(crate::err!("--latest and containers cannot be used together"));
    }
    if !args.containers.is_empty() && args.all {
        return Err(crate::err!("--all and containers cannot be used together"));
    }
    let listing = args.containers.is_empty() && !args.all && !args.latest.latest;
    if listing {
        return list(ctx, &store, &args);
    }
    userns::refuse_outside_unshare("mount")?;
    let keys = if args.latest.latest {
        vec![targets::latest(&store)?]
    } else if args.all {
        store.list()?.into_iter().map(|c| c.id).collect()
    } else {
        args.containers.clone()
    };
    super::for_each_named(&keys, &[], |key| {
        let record = store.lookup(key).map_err(|e| crate::err!("{}", e.message))?;
        Ok(root_mount::mount(&ctx.paths, &store, &record)?.display().to_string())
    })
}

/// The containers mounted in this mount namespace: `ID  PATH` lines, or
/// podman's json.
fn list(ctx: &Context, store: &ContainerStore, args: &MountArgs) -> Result<i32> {
    let mounted = root_mount::mounted(&ctx.paths, store)?;
    match args.format.as_deref() {
        Some("json") => {
            let entries: Vec<serde_json::Value> = mounted
                .iter()
                .map(|m| serde_json::json!({ "id": m.id, "Names": [m.name], "mountpoint": m.path }))
                .collect();
            output::json(&entries);
        }
        None | Some("") => {
            for m in &mounted {
                let id = if args.no_trunc { &m.id[..] } else { &m.id[..12] };
                output::line(&format!("{id}  {}", m.path.display()));
            }
        }
        Some(other) => return Err(crate::err!("unknown --format argument: {other:?}")),
    }
    Ok(0)
}

pub fn unmount(ctx: &Context, args: UnmountArgs) -> Result<i32> {
    let store = ContainerStore::open(&ctx.paths);
    let named = !args.containers.is_empty();
    if named && (args.all || args.latest.latest) {
        return Err(crate::err!("--all, --latest, and containers cannot be used together"));
    }
    if args.all && args.latest.latest {
        return Err(crate::err!("--all and --latest cannot be used together"));
    }
    if !(named || args.all || args.latest.latest) {
        return Err(crate::err!("you must provide at least one name or id"));
    }
    // --all: the mounted ones (podman skips the others silently).
    let mut keys: Vec<String> = if args.all {
        root_mount::mounted(&ctx.paths, &store)?.into_iter().map(|m| m.id).collect()
    } else if args.latest.latest {
        vec![targets::latest(&store)?]
    } else {
        args.containers.clone()
    };
    // A running container's root stays mounted: podman passes over it.
    keys.retain(|key| store.lookup(key).map_or(true, |c| store.live_pid(&c.id).is_none()));
    super::for_each_named(&keys, &[], |key| {
        let record = store.lookup(key).map_err(|e| crate::err!("{}", e.message))?;
        match root_mount::unmount(&ctx.paths, &store, &record, args.force)? {
            Unmounted::NotMounted if !args.force => Err(crate::err!(
                "unmounting container {id}: unmounting container {id} root filesystem: layer not mounted",
                id = record.id
            )),
            _ => Ok(record.id),
        }
    })
}

pub fn image_mount(ctx: &Context, args: ImageMountArgs) -> Result<i32> {
    if args.all && !args.images.is_empty() {
        return Err(crate::err!("when using the --all switch, you may not pass any image names or IDs"));
    }
    let images = ImageStore::open(&ctx.paths)?;
    let listing = !args.all && args.images.is_empty();
    let mut mounted = Vec::new();
    if listing {
        for image in images.list()? {
            if let Some(path) = crate::image::mount::mounted_at(&ctx.paths, &image.id) {
                mounted.push((image, path));
            }
        }
    } else {
        userns::refuse_outside_unshare("image mount")?;
        let chosen = if args.all { images.list()? } else { args.images.iter().map(|name| images.lookup(name)).collect::<Result<Vec<_>>>()? };
        let driver = crate::storage::driver::choose(&ctx.paths.data, ctx.global.storage_driver.map(Into::into))?;
        for image in chosen {
            let path = crate::image::mount::mount(&ctx.paths, &images, &image, driver)
                .map_err(|e| crate::err!("mounting image {}: {}", image.id, e.message))?;
            mounted.push((image, path));
        }
    }
    if args.images.len() == 1 && args.format.is_none() && !args.all {
        output::line(&mounted[0].1.display().to_string());
        return Ok(0);
    }
    match args.format.as_deref() {
        Some("json") => {
            let entries: Vec<serde_json::Value> = mounted
                .iter()
                .map(|(image, path)| serde_json::json!({ "id": image.id, "Names": [image.digest], "Repositories": image.names, "mountpoint": path }))
                .collect();
            output::json(&entries);
        }
        None | Some("") => {
            // podman's `{{.ID}}\t{{.Path}}` through its tabwriter: the first
            // name (or the id), in a column at least 12 wide, 2 spaces apart.
            let shown: Vec<(String, String)> =
                mounted.iter().map(|(image, path)| (image.names.first().unwrap_or(&image.id).clone(), path.display().to_string())).collect();
            let width = shown.iter().map(|(id, _)| id.chars().count() + 2).max().unwrap_or(0).max(12);
            for (id, path) in shown {
                output::line(&format!("{id:width$}{path}"));
            }
        }
        Some(other) => return Err(crate::err!("unknown --format argument: {other:?}")),
    }
    Ok(0)
}

/// Unmount images; those not mounted here are passed over, as podman does.
pub fn image_unmount(ctx: &Context, args: ImageUnmountArgs) -> Result<i32> {
    if args.images.is_empty() && !args.all {
        return Err(crate::err!("image name or ID must be specified"));
    }
    if args.all && !args.images.is_empty() {
        return Err(crate::err!("when using the --all switch, you may not pass any image names or IDs"));
    }
    let images = ImageStore::open(&ctx.paths)?;
    let chosen = if args.all { images.list()? } else { args.images.iter().map(|name| images.lookup(name)).collect::<Result<Vec<_>>>()? };
    let mounted: Vec<String> = chosen.into_iter().map(|image| image.id).filter(|id| crate::image::mount::mounted_at(&ctx.paths, id).is_some()).collect();
    super::for_each_named(&mounted, &[], |id| {
        crate::image::mount::unmount(&ctx.paths, id, args.force)?;
        Ok(id.to_string())
    })
}
