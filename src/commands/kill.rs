//! `skiff kill`: send a signal to containers' main processes.

use super::Context;
use crate::cli::{KillArgs, StopArgs};
use crate::container::{monitor, ContainerStore};
use crate::error::Result;
use crate::output;
use nix::unistd::Pid;

pub fn run(ctx: &Context, args: KillArgs) -> Result<i32> {
    let signal = monitor::parse_signal(&args.signal)?;
    let store = ContainerStore::open(&ctx.paths);
    let selection = StopArgs { time: None, all: args.all, containers: args.containers.clone() };
    for (key, record) in super::targets(&store, &selection)? {
        let pid = store.live_pid(&record.id).ok_or_else(|| {
            crate::err!("can only kill running containers: {key} is in state {}", record.status.as_str())
        })?;
        nix::sys::signal::kill(Pid::from_raw(pid), signal).map_err(|e| crate::err!("kill {key}: {e}"))?;
        store.event(&record, "kill");
        output::line(&key);
    }
    Ok(0)
}
