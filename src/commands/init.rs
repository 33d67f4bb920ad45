//! `skiff init CONTAINER...`: prepare containers for running without
//! starting them. skiff builds a container's process at `start`, so what
//! init can do ahead is check that the container can run: its image layers
//! are there and its root filesystem mounts with its storage driver. The
//! container stays "created" (skiff's state for podman's "initialized")
//! until `start` runs it.

use super::Context;
use crate::cli::InitArgs;
use crate::container::state::ContainerStatus;
use crate::container::{copy, ContainerStore};
use crate::error::{Error, Result};
use crate::output;

pub fn run(ctx: &Context, args: InitArgs) -> Result<i32> {
    let store = ContainerStore::open(&ctx.paths);
    let targets: Vec<String> = match (args.all, args.latest, args.containers.is_empty()) {
        (true, false, true) => store.list()?.into_iter().map(|c| c.id).collect(),
        (false, true, true) => {
            let mut all = store.list()?;
            all.sort_by_key(|c| c.created_nanos);
            all.pop().map(|c| vec![c.id]).ok_or_else(|| crate::err!("no containers to initialize"))?
        }
        (false, false, false) => args.containers.clone(),
        (false, false, true) => return Err(crate::err!("you must provide at least one container name or id, or --all or --latest")),
        _ => return Err(crate::err!("--all, --latest and container names or ids cannot be used together")),
    };
    // podman's init exits 125 for an unknown container, not 1 as start does.
    let records = targets.iter().map(|key| store.lookup(key).map_err(|e| Error::new(e.message))).collect::<Result<Vec<_>>>()?;
    for (key, record) in targets.iter().zip(&records) {
        if record.status == ContainerStatus::Running && store.live_pid(&record.id).is_some() {
            if args.all {
                continue;
            }
            return Err(Error::new(format!(
                "container {} has already been created in runtime: container state improper",
                record.id
            )));
        }
        // Mounted in a mount namespace of this process only: gone when it exits.
        copy::container_root(&ctx.paths, &store, record)?;
        output::line(key);
    }
    Ok(0)
}
