//! `skiff pull`: an image from a registry into the store.

use super::Context;
use super::{access, platform};
use crate::cli::PullArgs;
use crate::error::Result;
use crate::image::registry;
use crate::image::ImageStore;

pub fn run(ctx: &Context, args: PullArgs) -> Result<i32> {
    // Before any thread starts: entering a user namespace needs a single thread.
    crate::runtime::userns::enter_if_rootless()?;
    let platform = platform(&args.platform)?;
    let progress = crate::output::progress::TransferProgress::new(args.quiet);
    let store = ImageStore::open(&ctx.paths)?;
    let access = access(&args.registry, args.creds.creds.as_deref());
    let image = registry::pull_by_name(&store, &args.image, &access, &platform, &progress)?;
    crate::output::line(&image.id);
    Ok(0)
}
