//! `skiff stop` and `skiff restart`: the container's stop signal, then
//! SIGKILL after the timeout.

use super::Context;
use crate::cli::StopArgs;
use crate::container::lifecycle::{start_pod_of, stop};
use crate::container::{monitor, ContainerStore};
use crate::error::Result;
use crate::output;

pub fn run(ctx: &Context, args: StopArgs) -> Result<i32> {
    let store = ContainerStore::open(&ctx.paths);
    for (key, record) in super::targets(&store, &args)? {
        stop(&store, &record, args.time)?;
        output::line(&key);
    }
    Ok(0)
}

pub fn restart(ctx: &Context, args: StopArgs) -> Result<i32> {
    // As `start`: each monitor enters the user namespace its container needs.
    let store = ContainerStore::open(&ctx.paths);
    for (key, record) in super::targets(&store, &args)? {
        stop(&store, &record, args.time)?;
        start_pod_of(&ctx.paths, &record)?;
        store.clear_stop(&record.id);
        monitor::spawn(&ctx.paths, &record.id)?;
        output::line(&key);
    }
    Ok(0)
}
