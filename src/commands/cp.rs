//! `skiff cp`: copy files between a container and the host, both ways, as
//! tar streams; `-` reads or writes the tar stream itself (the engine's
//! container::copy::copy_between does the work).

use super::Context;
use crate::cli::CpArgs;
use crate::error::Result;

pub fn run(ctx: &Context, args: CpArgs) -> Result<i32> {
    crate::container::copy::copy_between(&ctx.paths, &args.source, &args.destination, &mut std::io::stdin().lock(), &mut std::io::stdout().lock())?;
    Ok(0)
}
