//! `skiff pull`: an image from a registry into the store.

use super::Context;
use crate::cli::{PullArgs, RegistryArgs};
use crate::error::Result;
use crate::image::registry::{self, manifest::Platform};
use crate::image::ImageStore;

pub fn run(ctx: &Context, args: PullArgs) -> Result<i32> {
    // Before any thread starts: entering a user namespace needs a single thread.
    crate::runtime::userns::enter_if_rootless()?;
    let flags = &args.platform;
    let platform =
        Platform::from_flags(flags.platform.as_deref(), flags.os.as_deref(), flags.arch.as_deref(), flags.variant.as_deref())?;
    let progress = crate::output::progress::TransferProgress::new(args.quiet);
    let store = ImageStore::open(&ctx.paths)?;
    let access = access(&args.registry, args.creds.creds.as_deref());
    let image = registry::pull_by_name(&store, &args.image, &access, &platform, &progress)?;
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
