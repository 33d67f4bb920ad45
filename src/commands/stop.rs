//! `skiff stop` and `skiff restart`: the container's stop signal, then
//! SIGKILL after the timeout.

use super::Context;
use super::targets::{self, Choice};
use crate::cli::{RestartArgs, StopArgs, StopSignalArgs};
use crate::container::lifecycle::stop_with_signal;
use crate::container::monitor;
use crate::container::state::ContainerStatus;
use crate::container::ContainerStore;
use crate::error::Result;

pub fn run(ctx: &Context, args: StopArgs) -> Result<i32> {
    let signal = chosen_signal(&args.signal)?;
    let store = ContainerStore::open(&ctx.paths);
    let choice = Choice { targets: &args.targets, all: args.all, filters: &args.filter, ignore: args.ignore };
    let keys = targets::choose(ctx, &store, &choice, |c| c.status == ContainerStatus::Running)?;
    super::for_each_named(&keys, &[], |key| {
        stop_with_signal(&store, &targets::lookup(&store, key)?, args.time.time, signal)?;
        Ok(key.to_string())
    })
}

pub fn restart(ctx: &Context, args: RestartArgs) -> Result<i32> {
    // As `start`: each monitor enters the user namespace its container needs.
    let signal = chosen_signal(&args.signal)?;
    let store = ContainerStore::open(&ctx.paths);
    let choice = Choice { targets: &args.targets, all: args.all, filters: &args.filter, ignore: false };
    if args.running && !args.all {
        return Err(crate::err!("--running needs --all: it chooses which containers --all restarts"));
    }
    let keys = targets::choose(ctx, &store, &choice, |c| !args.running || c.status == ContainerStatus::Running)?;
    super::for_each_named(&keys, &[], |key| {
        let record = targets::lookup(&store, key)?;
        stop_with_signal(&store, &record, args.time.time, signal)?;
        crate::container::lifecycle::start_under_monitor(&ctx.paths, &store, &record)?;
        Ok(key.to_string())
    })
}

/// `--signal`, checked before any container is touched.
fn chosen_signal(args: &StopSignalArgs) -> Result<Option<nix::sys::signal::Signal>> {
    args.signal.as_deref().map(|name| monitor::parse_signal(name).map_err(|e| crate::err!("--signal {name}: {e}"))).transpose()
}
