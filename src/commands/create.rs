//! `skiff create`: define a container from an image without starting it.
//! `run` is `create` followed by a start in the foreground or by a monitor.

use super::Context;
use crate::cli::CreateArgs;
use crate::container::create;
use crate::error::Result;
use crate::output;
use crate::output::progress::TransferProgress;

pub fn run(ctx: &Context, args: CreateArgs) -> Result<i32> {
    let options = super::create_options(ctx, &args)?;
    let record = create::create(&ctx.paths, &options, &TransferProgress::new(args.quiet))?;
    output::line(&record.id);
    Ok(0)
}
