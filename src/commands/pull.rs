//! `skiff pull`: an image from a registry into the store.

use super::Context;
use crate::cli::{PullArgs, RegistryArgs};
use crate::error::Result;
use crate::image::reference::Reference;
use crate::image::registry::{self, manifest::Platform, Event, Progress};
use crate::image::ImageStore;

pub fn run(ctx: &Context, args: PullArgs) -> Result<i32> {
    // Before any thread starts: entering a user namespace needs a single thread.
    crate::runtime::userns::enter_if_rootless()?;
    let reference = Reference::parse(&args.image)?.normalize_docker();
    let platform = Platform::parse_or_host(args.platform.as_deref())?;
    let progress = crate::output::progress::TransferProgress::new(args.quiet);
    let store = ImageStore::open(&ctx.paths)?;
    progress.report(Event::Step(&format!("Trying to pull {reference}...")));
    let failed = |e: crate::error::Error| crate::err!("pull {reference}: {e}");
    let client = registry::connect(&reference, &access(&args.registry, args.creds.creds.as_deref()), "pull")
        .map_err(failed)?;
    progress.report(Event::Step("Getting image source signatures"));
    let image = registry::pull::pull(&store, &client, &reference, &platform, &progress).map_err(failed)?;
    crate::output::line(&image.id);
    Ok(0)
}

/// The registry flags as the registry client takes them (shared by the
/// commands that talk to registries).
pub(super) fn access<'a>(registry: &'a RegistryArgs, creds: Option<&'a str>) -> registry::Access<'a> {
    registry::Access {
        tls_verify: registry.tls_verify,
        cert_dir: registry.cert_dir.as_deref(),
        creds,
        authfile: registry.auth.authfile.as_deref(),
    }
}
