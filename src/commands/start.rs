//! `skiff start`: start created or exited containers under a monitor.

use super::Context;
use crate::cli::StartArgs;
use crate::container::state::ContainerStatus;
use crate::container::lifecycle::start_pod_of;
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
        let log_offset = crate::container::logs::log_len(&store, &record.id);
        if record.status != ContainerStatus::Running {
            start_pod_of(&ctx.paths, &record)?;
            crate::container::lifecycle::start_required(&ctx.paths, &record)?;
            store.clear_stop(&record.id);
            monitor::spawn(&ctx.paths, &record.id)?;
        }
        if args.attach {
            return super::follow_until_exit(&store, &record.id, log_offset);
        }
        output::line(key);
    }
    Ok(0)
}
