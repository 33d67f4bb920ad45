//! `skiff push`: a stored image to a registry.

use super::Context;
use crate::cli::{ManifestFormat, PushArgs};
use crate::error::Result;
use crate::image::reference::Reference;
use crate::image::registry::registries_conf::RegistriesConf;
use crate::image::registry::{self, push::Format, Event, Progress};
use crate::image::{store, ImageStore};

pub fn run(ctx: &Context, args: PushArgs) -> Result<i32> {
    let store = ImageStore::open(&ctx.paths)?;
    let image = store.lookup(&args.image)?;
    let destination = match args.destination.as_deref() {
        Some(destination) => parse_destination(destination)?,
        // Pushed under the name it was given by.
        None => match store::resolve(&[image.clone()], &args.image)?.and_then(|found| found.name) {
            Some(name) => Reference::parse(&name)?,
            None => return Err(crate::err!("{}: an image given by id needs a destination", args.image)),
        },
    };
    let format = args.format.map(|f| match f {
        ManifestFormat::Oci => Format::Oci,
        ManifestFormat::V2s2 => Format::DockerV2Schema2,
    });
    let progress = crate::output::progress::TransferProgress::new(args.quiet);
    let failed = |e: crate::error::Error| crate::err!("push {destination}: {e}");
    let target = RegistriesConf::load()?.push_destination(&destination).map_err(failed)?;
    let client = registry::connect_source(&target, &super::access(&args.registry, args.creds.creds.as_deref()), "pull,push")
        .map_err(failed)?;
    progress.report(Event::Step("Getting image source signatures"));
    // Blobs are read from the store as they are uploaded: no image is removed meanwhile.
    let _in_use = store.lock_shared()?;
    let digest = registry::push::push(&store, &client, &image, &destination, format, &progress).map_err(failed)?;
    if let Some(file) = &args.digestfile {
        std::fs::write(file, &digest).map_err(|e| crate::err!("write digest file {}: {e}", file.display()))?;
    }
    Ok(0)
}

/// Transports podman pushes to besides a registry (`docker://`).
const OTHER_TRANSPORTS: [&str; 6] = ["oci-archive", "docker-archive", "oci", "dir", "containers-storage", "docker-daemon"];

/// `[docker://]NAME`: only the docker transport is a registry.
fn parse_destination(destination: &str) -> Result<Reference> {
    if let Some(transport) = OTHER_TRANSPORTS.iter().find(|t| destination.strip_prefix(**t).is_some_and(|rest| rest.starts_with(':'))) {
        return Err(crate::err!("unsupported transport {transport:?} in {destination:?}: skiff pushes only to registries (docker://)"));
    }
    let name = destination.strip_prefix("docker://").unwrap_or(destination);
    Ok(Reference::parse(name)?.normalize_docker())
}
