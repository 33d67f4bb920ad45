//! `skiff kill`: send a signal to containers' main processes.

use super::targets::{self, Choice};
use super::Context;
use crate::cli::KillArgs;
use crate::container::state::ContainerStatus;
use crate::container::{lifecycle, monitor, ContainerStore};
use crate::error::Result;

pub fn run(ctx: &Context, args: KillArgs) -> Result<i32> {
    let signal = monitor::parse_signal(&args.signal)?;
    let store = ContainerStore::open(&ctx.paths);
    let choice = Choice { all: args.all, ..Choice::of(&args.targets) };
    let keys = targets::choose(ctx, &store, &choice, |c| c.status == ContainerStatus::Running)?;
    super::for_each_named(&keys, &[], |key| {
        lifecycle::kill(&store, &targets::lookup(&store, key)?, key, signal)?;
        Ok(key.to_string())
    })
}
