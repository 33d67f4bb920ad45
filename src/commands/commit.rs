//! `skiff commit`: a container's changes become a new image
//! (`container::commit`).

use super::Context;
use crate::cli::CommitArgs;
use crate::container::commit::{commit, CommitOptions};
use crate::error::Result;

pub fn run(ctx: &Context, args: CommitArgs) -> Result<i32> {
    let options = CommitOptions {
        container: args.container,
        image: args.image,
        author: args.author,
        message: args.changes.message,
        changes: args.changes.change,
        pause: args.pause,
    };
    let progress = crate::output::progress::TransferProgress::new(args.quiet);
    let stored = commit(&ctx.paths, &options, &progress)?;
    crate::output::line(&stored.id);
    Ok(0)
}
