//! `skiff exec`: run another process in a running container.

use super::Context;
use crate::cli::ExecArgs;
use crate::container::create::parse;
use crate::container::exec::{self, ExecOptions};
use crate::error::Result;

pub fn run(ctx: &Context, args: ExecArgs) -> Result<i32> {
    super::check_detach_keys(args.detach_keys.as_deref(), args.detach)?;
    let options = ExecOptions {
        container: args.container,
        command: args.command,
        env: parse::env(&args.process.env, &args.process.env_file)?,
        workdir: args.process.workdir,
        user: args.process.user,
        tty: args.process.tty,
        interactive: args.process.interactive,
        privileged: args.privileged,
    };
    let prepared = exec::prepare(&ctx.paths, &options)?;
    if args.detach {
        prepared.start_detached()?;
        return Ok(0);
    }
    prepared.run_foreground()
}
