//! `skiff create`: define a container from an image without starting it.
//! `run` is `create` followed by a start in the foreground or by a monitor.

use super::Context;
use crate::cli::CreateCommandArgs;
use crate::container::{create, InitContainerKind};
use crate::error::Result;
use crate::output;
use crate::output::progress::TransferProgress;

pub fn run(ctx: &Context, args: CreateCommandArgs) -> Result<i32> {
    let mut options = super::create_options(ctx, &args.create)?;
    options.init_container = args.init_ctr.as_deref().map(InitContainerKind::parse).transpose()?;
    let record = create::create(&ctx.paths, &options, &TransferProgress::new(args.create.quiet))?;
    output::line(&record.id);
    Ok(0)
}
