//! `skiff cp`: copy files between a container and the host, both ways, as
//! tar streams; `-` reads or writes the tar stream itself (the engine's
//! container::copy::copy_between does the work).

use super::Context;
use crate::cli::CpArgs;
use crate::container::copy::{CopyOptions, Owner};
use crate::error::Result;

pub fn run(ctx: &Context, args: CpArgs) -> Result<i32> {
    // podman's --archive: the container's user owns what comes in; false keeps the source's ids.
    let owner = if args.archive { Owner::ContainerUser } else { Owner::FromArchive };
    let options = CopyOptions { owner, overwrite: args.overwrite };
    // -L asks nothing more: skiff, as podman, always copies what a symlink SOURCE points to.
    crate::container::copy::copy_between(&ctx.paths, &args.source, &args.destination, options, &mut std::io::stdin().lock(), &mut std::io::stdout().lock())?;
    Ok(0)
}
