//! `skiff wait`: block until containers reach a state; print exit codes.

use super::Context;
use crate::cli::WaitArgs;
use crate::container::state::ContainerStatus;
use crate::container::ContainerStore;
use crate::error::Result;
use crate::output;
use std::time::Duration;

pub fn run(ctx: &Context, args: WaitArgs) -> Result<i32> {
    let mut wanted = Vec::new();
    for c in &args.condition {
        wanted.push(match c.as_str() {
            "stopped" | "exited" => ContainerStatus::Exited,
            "running" => ContainerStatus::Running,
            "created" | "configured" => ContainerStatus::Created,
            other => return Err(crate::err!("invalid --condition {other:?}: use stopped, exited, running or created")),
        });
    }
    let store = ContainerStore::open(&ctx.paths);
    for key in &args.containers {
        let code = loop {
            let record = store.lookup(key)?;
            if wanted.contains(&record.status) {
                break record.exit_code.unwrap_or(0);
            }
            std::thread::sleep(Duration::from_millis(20));
        };
        output::line(&code.to_string());
    }
    Ok(0)
}
