//! `skiff pause` and `skiff unpause`: hold every process of running
//! containers, and let them run again (see `container::pause`).

use super::targets::{self, Choice};
use super::Context;
use crate::cli::PauseArgs;
use crate::container::pause;
use crate::container::state::ContainerRecord;
use crate::container::ContainerStore;
use crate::error::Result;

pub fn pause(ctx: &Context, args: PauseArgs) -> Result<i32> {
    each(ctx, &args, |c| c.status == crate::container::ContainerStatus::Running && !c.is_paused(), pause::pause)
}

pub fn unpause(ctx: &Context, args: PauseArgs) -> Result<i32> {
    each(ctx, &args, ContainerRecord::is_paused, pause::unpause)
}

/// The containers chosen (with --all, those `all_includes` keeps: podman
/// passes over the others in silence), each acted on and printed as given.
fn each(
    ctx: &Context,
    args: &PauseArgs,
    all_includes: impl Fn(&ContainerRecord) -> bool,
    act: impl Fn(&ContainerStore, &ContainerRecord) -> Result<()>,
) -> Result<i32> {
    let store = ContainerStore::open(&ctx.paths);
    let choice = Choice { targets: &args.targets, all: args.all, filters: &args.filter, ignore: false };
    let keys = targets::choose(ctx, &store, &choice, all_includes)?;
    // As podman: every container named must exist before any is touched.
    let records = keys.iter().map(|key| targets::lookup(&store, key)).collect::<Result<Vec<_>>>()?;
    let mut records = records.into_iter();
    super::for_each_named(&keys, &[], |key| {
        let record = records.next().expect("one record per key");
        act(&store, &record)?;
        Ok(key.to_string())
    })
}
