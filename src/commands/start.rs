//! `skiff start`: start created or exited containers under a monitor.

use super::Context;
use crate::cli::StartArgs;
use crate::container::state::ContainerStatus;
use crate::container::{monitor, ContainerStore};
use crate::error::Result;
use crate::output;

pub fn run(ctx: &Context, args: StartArgs) -> Result<i32> {
    // No user namespace here: each monitor enters the one its container
    // needs (its pod's, or the user networks' holder's).
    let store = ContainerStore::open(&ctx.paths);
    if args.attach && args.containers.len() > 1 {
        return Err(crate::err!("you cannot start and attach multiple containers at once"));
    }
    for key in &args.containers {
        let record = store.lookup(key)?;
        // Attach from this start on: the command may write before we look.
        let log_offset = super::logs::log_len(&store, &record.id);
        if record.status != ContainerStatus::Running {
            start_pod_of(ctx, &record)?;
            start_required(ctx, &record)?;
            store.clear_stop(&record.id);
            monitor::spawn(&ctx.paths, &record.id)?;
        }
        if args.attach {
            return super::logs::follow_until_exit(&store, &record.id, log_offset);
        }
        output::line(key);
    }
    Ok(0)
}

/// `--requires`: the containers a container needs are started first.
pub fn start_required(ctx: &Context, record: &crate::container::ContainerRecord) -> Result<()> {
    let store = ContainerStore::open(&ctx.paths);
    for id in &record.config.requires {
        let required = store.lookup(id).map_err(|_| crate::err!("container {} requires container {id}, which no longer exists", record.name))?;
        if required.status != ContainerStatus::Running {
            start_pod_of(ctx, &required)?;
            store.clear_stop(&required.id);
            monitor::spawn(&ctx.paths, &required.id)?;
        }
    }
    Ok(())
}

/// A container of a pod needs the pod's infra process running first.
pub fn start_pod_of(ctx: &Context, record: &crate::container::ContainerRecord) -> Result<()> {
    if record.config.pod.is_empty() {
        return Ok(());
    }
    let pods = crate::pod::PodStore::open(&ctx.paths);
    let pod = pods.lookup(&record.config.pod)?;
    crate::pod::infra::ensure_running(&ctx.paths, &pods, &pod).map(drop)
}
