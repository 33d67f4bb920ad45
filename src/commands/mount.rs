//! `skiff mount` and `skiff unmount` (also under `container`, and
//! `umount`): a container's root filesystem mounted for the user to read
//! and change from the host, as podman's. Rootless, the mount must be made
//! inside `skiff unshare`, whose mount namespace holds it.

use super::targets;
use super::Context;
use crate::cli::{MountArgs, UnmountArgs};
use crate::container::root_mount;
use crate::container::ContainerStore;
use crate::error::Result;
use crate::output;
use crate::storage::user_mounts::Unmounted;

/// podman's refusal of a mount made outside `unshare`: a rootless mount
/// would vanish with the skiff process that made it.
pub fn refuse_outside_unshare(command: &str) -> Result<()> {
    if crate::runtime::userns::rootless() {
        return Err(crate::err!("cannot run command \"skiff {command}\" in rootless mode, must execute `skiff unshare` first"));
    }
    Ok(())
}

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
    refuse_outside_unshare("mount")?;
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
