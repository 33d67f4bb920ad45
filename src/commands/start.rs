//! `skiff start`: start created or exited containers under a monitor.

use super::Context;
use crate::cli::StartArgs;
use crate::container::state::ContainerStatus;
use crate::container::{monitor, ContainerStore};
use crate::error::Result;
use crate::output;

pub fn run(ctx: &Context, args: StartArgs) -> Result<i32> {
    let store = ContainerStore::open(&ctx.paths);
    // Containers on user networks start in the networks' user namespace.
    let networks: Vec<String> = args.containers.iter().filter_map(|k| store.lookup(k).ok()).map(|r| r.config.network).collect();
    crate::network::holder::enter_user_namespace_for(&ctx.paths, networks.iter().map(String::as_str))?;
    if args.attach && args.containers.len() > 1 {
        return Err(crate::err!("you cannot start and attach multiple containers at once"));
    }
    for key in &args.containers {
        let record = store.lookup(key)?;
        // Attach from this start on: the command may write before we look.
        let log_offset = super::logs::log_len(&store, &record.id);
        if record.status != ContainerStatus::Running {
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
