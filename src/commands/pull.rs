//! `skiff pull`: an image from a registry, or from an archive or layout
//! named with a transport (docker-archive:, oci-archive:, oci:, dir:),
//! into the store.

use super::Context;
use crate::cli::{PlatformArgs, PullArgs, PullPolicy, RegistryArgs};
use crate::error::Result;
use crate::image::registry::{self, manifest::Platform};
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
    let ids = if source.is_file_based() {
        let images = transport::read(&store, &source).map_err(|e| crate::err!("pull {}: {e}", args.image))?;
        images.into_iter().map(|image| image.id).collect()
    } else if let ImageRef::Storage(name) = &source {
        vec![store.lookup(name)?.id]
    } else {
        let name = registry_name(&source);
        vec![registry::pull_by_name(&store, &name, &access, &platform, &progress)?.id]
    };
    for id in ids {
        crate::output::line(&id);
    }
    Ok(0)
}

/// The name to pull from a registry: `docker://` names are complete.
fn registry_name(source: &ImageRef) -> String {
    match source {
        ImageRef::Registry(reference) => reference.to_string(),
        ImageRef::Name(name) | ImageRef::Storage(name) => name.clone(),
        _ => unreachable!("file-based references are read, not pulled from a registry"),
    }
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
/// `insecure`, `blocked` and mirrors apply as for `skiff pull`. An image
/// in an archive or layout (a transport reference) is always read; one
/// named `containers-storage:` never pulled. Returns what to look the
/// image up by in the store. Shared by create/run (the container's image)
/// and build (FROM and --from images).
pub(super) fn pull_if_needed(
    images: &ImageStore,
    image: &str,
    policy: PullPolicy,
    access: &registry::Access,
    platform: &Platform,
    quiet: bool,
) -> Result<String> {
    let source = ImageRef::parse(image)?;
    if source.is_file_based() {
        let read = transport::read(images, &source).map_err(|e| crate::err!("{image}: {e}"))?;
        return match &read[..] {
            [one] => Ok(one.id.clone()),
            _ => Err(crate::err!("{image}: the archive holds {} images: name one (ARCHIVE:NAME or ARCHIVE:@N)", read.len())),
        };
    }
    if let ImageRef::Storage(name) = source {
        return Ok(name);
    }
    let image = &registry_name(&source);
    let stored = crate::image::store::resolve(&images.list()?, image)?.is_some();
    let pull = match policy {
        PullPolicy::Never => false,
        PullPolicy::Missing => !stored,
        PullPolicy::Always => true,
    };
    if !pull {
        return Ok(image.clone());
    }
    // A full image id names no registry image.
    let id = image.strip_prefix("sha256:").unwrap_or(image);
    if id.len() == 64 && crate::image::reference::is_hex(id) && !stored {
        return Err(crate::image::store::not_known(image));
    }
    registry::pull_by_name(images, image, access, platform, &crate::output::progress::TransferProgress::new(quiet))?;
    Ok(image.clone())
}
