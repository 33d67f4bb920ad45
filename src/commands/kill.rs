//! `skiff kill`: send a signal to containers' main processes.

use super::targets::{self, Choice};
use super::Context;
use crate::cli::KillArgs;
use crate::container::state::ContainerStatus;
use crate::container::{monitor, ContainerStore};
use crate::error::Result;
use nix::unistd::Pid;

pub fn run(ctx: &Context, args: KillArgs) -> Result<i32> {
    let signal = monitor::parse_signal(&args.signal)?;
    let store = ContainerStore::open(&ctx.paths);
    let choice = Choice { all: args.all, ..Choice::of(&args.targets) };
    let keys = targets::choose(ctx, &store, &choice, |c| c.status == ContainerStatus::Running)?;
    super::for_each_named(&keys, &[], |key| {
        let record = targets::lookup(&store, key)?;
        let pid = store.live_pid(&record.id).ok_or_else(|| {
            crate::err!("can only kill running containers: {key} is in state {}", record.status.as_str())
        })?;
        nix::sys::signal::kill(Pid::from_raw(pid), signal).map_err(|e| crate::err!("kill {key}: {e}"))?;
        store.event(&record, "kill");
        Ok(key.to_string())
    })
}
