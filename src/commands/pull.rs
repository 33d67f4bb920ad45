//! `skiff pull`: an image from a registry, or from an archive or layout
//! named with a transport (docker-archive:, oci-archive:, oci:, dir:),
//! into the store.

use super::Context;
use super::{access, platform};
use crate::cli::PullArgs;
use crate::error::Result;
use crate::image::registry;
use crate::image::transport::{self, ImageRef};
use crate::image::ImageStore;

pub fn run(ctx: &Context, args: PullArgs) -> Result<i32> {
    // Before any thread starts: entering a user namespace needs a single thread.
    crate::runtime::userns::enter_if_rootless()?;
    let platform = platform(&args.platform)?;
    let progress = crate::output::progress::TransferProgress::new(args.quiet);
    let store = ImageStore::open(&ctx.paths)?;
    let access = access(&args.registry, args.creds.creds.as_deref());
    let source = ImageRef::parse(&args.image)?;
    if args.all_tags && !matches!(source, ImageRef::Name(_) | ImageRef::Registry(_)) {
        return Err(crate::err!("--all-tags pulls from a registry: {} is not a registry image", args.image));
    }
    let ids = if source.is_file_based() {
        let images = transport::read(&store, &source).map_err(|e| crate::err!("pull {}: {e}", args.image))?;
        images.into_iter().map(|image| image.id).collect()
    } else if let ImageRef::Storage(name) = &source {
        vec![store.lookup(name)?.id]
    } else if args.all_tags {
        let repository = super::all_tags_repository(&args.image)?;
        let tags = registry::search::repository_tags(&repository, &access, usize::MAX).map_err(|e| crate::err!("pull {}: {e}", args.image))?;
        let mut ids = Vec::new();
        for tag in tags {
            let name = format!("{}:{tag}", repository.repository());
            ids.push(registry::pull_by_name(&store, &name, &access, &platform, &progress)?.id);
        }
        ids
    } else {
        let name = crate::image::pull_policy::registry_name(&source);
        vec![registry::pull_by_name(&store, &name, &access, &platform, &progress)?.id]
    };
    for id in ids {
        crate::output::line(&id);
    }
    Ok(0)
}

