//! `skiff export`: the container's filesystem as a tar stream, to a file
//! (`-o`) or standard output.

use super::Context;
use crate::cli::ExportArgs;
use crate::container::copy;
use crate::container::ContainerStore;
use crate::error::Result;

pub fn run(ctx: &Context, args: ExportArgs) -> Result<i32> {
    let store = ContainerStore::open(&ctx.paths);
    let record = store.lookup(&args.container).map_err(|e| crate::err!("{}", e.message))?;
    let out = super::archive_output(args.output.as_deref())?;
    // The output file is created first, as the user, before skiff enters
    // the container's user namespace.
    let root = copy::container_root(&ctx.paths, &store, &record)?;
    copy::archive_root(&root, out)?;
    Ok(0)
}
