//! `skiff pull`: an image from a registry into the store.

use super::Context;
use crate::cli::{PlatformArgs, PullArgs, PullPolicy, RegistryArgs};
use crate::error::Result;
use crate::image::registry::{self, manifest::Platform};
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

/// The platform podman's --platform, --os, --arch and --variant ask for.
pub(super) fn platform(flags: &PlatformArgs) -> Result<Platform> {
    Platform::from_flags(flags.platform.as_deref(), flags.os.as_deref(), flags.arch.as_deref(), flags.variant.as_deref())
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

/// Pull `image` as `--pull` says: when it is not stored (podman's default),
/// always, or never. Short names resolve through registries.conf, whose
/// `insecure`, `blocked` and mirrors apply as for `skiff pull`. Shared by
/// create/run (the container's image) and build (FROM and --from images).
pub(super) fn pull_if_needed(
    images: &ImageStore,
    image: &str,
    policy: PullPolicy,
    access: &registry::Access,
    platform: &Platform,
    quiet: bool,
) -> Result<()> {
    let stored = crate::image::store::resolve(&images.list()?, image)?.is_some();
    let pull = match policy {
        PullPolicy::Never => false,
        PullPolicy::Missing => !stored,
        PullPolicy::Always => true,
    };
    if !pull {
        return Ok(());
    }
    // A full image id names no registry image.
    let id = image.strip_prefix("sha256:").unwrap_or(image);
    if id.len() == 64 && crate::image::reference::is_hex(id) && !stored {
        return Err(crate::image::store::not_known(image));
    }
    registry::pull_by_name(images, image, access, platform, &crate::output::progress::TransferProgress::new(quiet))?;
    Ok(())
}
