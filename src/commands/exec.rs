//! `skiff exec`: run another process in a running container.

use super::Context;
use crate::cli::ExecArgs;
use crate::container::create::parse;
use crate::container::exec::{self, ExecOptions};
use crate::error::Result;

pub fn run(ctx: &Context, args: ExecArgs) -> Result<i32> {
    let detach_keys = crate::container::attach::parse_detach_keys(args.detach_keys.as_deref().unwrap_or(crate::container::attach::DEFAULT_DETACH_KEYS))?;
    // Checked before skiff opens anything that could take their numbers.
    super::check_preserved_fds(args.preserve_fds)?;
    let store = crate::container::ContainerStore::open(&ctx.paths);
    let (container, command) = super::targets::first_or_latest(&store, args.latest.latest, &args.arguments)?;
    if command.is_empty() {
        return Err(crate::err!("must provide a non-empty command to start an exec session"));
    }
    let options = ExecOptions {
        container,
        command: command.to_vec(),
        env: parse::env(&args.process.env, &args.process.env_file)?,
        workdir: args.process.workdir,
        user: args.process.user,
        tty: args.process.tty,
        interactive: args.process.interactive,
        privileged: args.privileged,
        preserve_fds: args.preserve_fds,
    };
    let prepared = exec::prepare(&ctx.paths, &options)?;
    if args.detach {
        prepared.start_detached()?;
        return Ok(0);
    }
    prepared.run_foreground(&detach_keys)
}
