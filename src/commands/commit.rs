//! `skiff commit`: a container's changes become a new image
//! (`container::commit`).

use super::Context;
use crate::cli::{BuildFormat, CommitArgs};
use crate::container::commit::{commit, CommitOptions};
use crate::error::{Context as _, Result};

pub fn run(ctx: &Context, args: CommitArgs) -> Result<i32> {
    let options = CommitOptions {
        container: args.container,
        image: args.image,
        author: args.author,
        message: args.changes.message,
        changes: args.changes.change,
        pause: args.pause,
        docker_format: args.format == BuildFormat::Docker,
        include_volumes: args.include_volumes,
        squash: args.squash,
    };
    let progress = crate::output::progress::TransferProgress::new(args.quiet);
    let stored = commit(&ctx.paths, &options, &progress)?;
    if let Some(path) = &args.iidfile {
        std::fs::write(path, format!("sha256:{}", stored.id)).context(|| format!("write {}", path.display()))?;
    }
    crate::output::line(&stored.id);
    Ok(0)
}
