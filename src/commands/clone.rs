//! `skiff container clone`: a new container from another's creation
//! options (see `container::clone`).

use super::Context;
use crate::cli::CloneArgs;
use crate::container::clone::{clone_container, CloneOptions};
use crate::error::Result;
use crate::output;
use crate::output::progress::TransferProgress;

pub fn run(ctx: &Context, args: CloneArgs) -> Result<i32> {
    if let (Some(flag), Some(positional)) = (&args.overrides.name, &args.name) {
        if flag != positional {
            return Err(crate::err!("container clone: the name is given twice ({positional:?} and --name {flag:?}): give one"));
        }
    }
    let options = CloneOptions {
        source: args.container,
        name: args.name.or(args.overrides.name),
        image: args.image,
        pod: args.overrides.pod,
        destroy: args.destroy,
        force: args.force,
        run: args.run,
    };
    let clone = clone_container(&ctx.paths, &options, &TransferProgress::new(false))?;
    output::line(&clone.id);
    Ok(0)
}
