//! `skiff push`: a stored image to a registry, or to an archive or layout
//! named with a transport (docker-archive:, oci-archive:, oci:, dir:), or
//! under another name in the store (containers-storage:).

use super::Context;
use crate::cli::{ManifestFormat, PushArgs};
use crate::error::Result;
use crate::image::compression::Compression;
use crate::image::reference::Reference;
use crate::image::signing::PushSigning;
use crate::image::registry::{self, push::Format, Event, Progress};
use crate::image::transport::{self, ImageRef};
use crate::image::{store, ImageStore};

pub fn run(ctx: &Context, args: PushArgs) -> Result<i32> {
    let store = ImageStore::open(&ctx.paths)?;
    let compression = super::compression_format(args.compression_format.as_deref(), args.format)?;
    // The keys first: a wrong passphrase pushes nothing.
    let signing = super::push_signing(&args.signing)?;
    if args.all_tags {
        return push_all_tags(&store, args, compression, &signing);
    }
    let source = match ImageRef::parse(&args.image)? {
        ImageRef::Name(name) | ImageRef::Storage(name) => name,
        _ => return Err(crate::err!("push {}: the image to push must be in local storage (containers-storage:NAME or a name)", args.image)),
    };
    let image = store.lookup(&source)?;
    super::check_local_platform(ctx, &args.platform, std::slice::from_ref(&source))?;
    let source_name = store::resolve(&[image.clone()], &source)?.and_then(|found| found.name);
    let destination = match args.destination.as_deref().map(ImageRef::parse).transpose()? {
        Some(ImageRef::Registry(reference)) => reference,
        Some(ImageRef::Name(name)) => Reference::parse(&name)?.normalize_docker(),
        Some(ImageRef::Storage(_)) if signing.sign_by.is_some() || signing.sigstore_key.is_some() => {
            return Err(crate::err!("--sign-by: skiff signs images pushed to registries only, not {}", args.destination.unwrap_or_default()));
        }
        Some(ImageRef::Storage(name)) => {
            store.tag(&image.id, &[crate::image::reference::normalize_new_name(&name)?])?;
            return Ok(0);
        }
        Some(file_based) => {
            if signing.sigstore_key.is_some() {
                return Err(crate::err!("--sign-by-sigstore-private-key applies to registries only: skiff keeps no signatures in {}", args.destination.unwrap_or_default()));
            }
            if signing.sign_by.is_some() {
                // containers/image signs with the destination's docker reference, which these lack.
                return Err(crate::err!("Cannot determine canonical Docker reference for destination {}", args.destination.unwrap_or_default()));
            }
            if args.compression_format.is_some() {
                return Err(crate::err!("--compression-format applies to registries only: {} is written in its own format", args.destination.unwrap_or_default()));
            }
            if args.format.is_some() {
                return Err(crate::err!("--format applies to registries only: {} is written in its own format", args.destination.unwrap_or_default()));
            }
            if !signing.remove_signatures && !store.signatures(&image.digest)?.is_empty() {
                return Err(cannot_carry_signatures(&file_based, &args.destination.unwrap_or_default()));
            }
            let progress = crate::output::progress::TransferProgress::new(args.quiet);
            progress.report(Event::Step("Getting image source signatures"));
            let _in_use = store.lock_shared()?;
            transport::write(&store, &image, source_name.as_deref(), &file_based, args.compress, &progress)
                .map_err(|e| crate::err!("push {}: {e}", args.destination.unwrap_or_default()))?;
            return Ok(0);
        }
        // Pushed under the name it was given by.
        None => match source_name {
            Some(name) => Reference::parse(&name)?,
            None => return Err(crate::err!("{}: an image given by id needs a destination", args.image)),
        },
    };
    let format = args.format.map(manifest_format);
    let progress = crate::output::progress::TransferProgress::new(args.quiet);
    let access = super::access(&args.registry, args.creds.creds.as_deref());
    let digest = registry::push::push_to_registry_compressed(&store, &image, &destination, &access, format, compression, &signing, &progress)?;
    if let Some(file) = &args.digestfile {
        std::fs::write(file, &digest).map_err(|e| crate::err!("write digest file {}: {e}", file.display()))?;
    }
    Ok(0)
}

/// containers/image's refusal to copy the signatures an image keeps to a
/// file-based destination: archives and OCI layouts hold none, and skiff's
/// dir: writes another manifest than the signed one.
fn cannot_carry_signatures(destination: &ImageRef, name: &str) -> crate::error::Error {
    let reason = match destination {
        ImageRef::DockerArchive { .. } => "Storing signatures for docker tar files is not supported",
        ImageRef::Oci { .. } | ImageRef::OciArchive { .. } => "Pushing signatures for OCI images is not supported",
        _ => {
            return crate::err!(
                "Copying this image to {name} would require changing its manifest, which we cannot do: \"Would invalidate signatures\" (--remove-signatures writes it without them)"
            )
        }
    };
    crate::err!("Can not copy signatures to {name}: {reason} (--remove-signatures writes the image without them)")
}

fn manifest_format(format: ManifestFormat) -> Format {
    match format {
        ManifestFormat::Oci => Format::Oci,
        ManifestFormat::V2s2 => Format::DockerV2Schema2,
    }
}

/// `push --all-tags REGISTRY/NAME`: each local image named NAME:TAG goes to
/// its own name, as docker pushes every tag of a repository.
fn push_all_tags(store: &ImageStore, args: PushArgs, compression: Option<Compression>, signing: &PushSigning) -> Result<i32> {
    let repository = super::all_tags_repository(&args.image)?.repository();
    let platform = super::local_platform(&args.platform)?;
    let mut names: Vec<(String, store::ImageRecord)> = Vec::new();
    for image in store.list()? {
        for name in &image.names {
            if Reference::parse(name).is_ok_and(|r| r.repository() == repository && r.tag.is_some()) {
                names.push((name.clone(), image.clone()));
            }
        }
    }
    if names.is_empty() {
        return Err(crate::err!("push --all-tags: no local image is tagged in {repository}"));
    }
    names.sort_by(|a, b| a.0.cmp(&b.0));
    let format = args.format.map(manifest_format);
    let progress = crate::output::progress::TransferProgress::new(args.quiet);
    let access = super::access(&args.registry, args.creds.creds.as_deref());
    if let Some(platform) = &platform {
        for (name, image) in &names {
            platform.check_config(&store.config(image)?, name)?;
        }
    }
    for (name, image) in &names {
        progress.report(Event::Step(&format!("Pushing {name}")));
        registry::push::push_to_registry_compressed(store, image, &Reference::parse(name)?, &access, format, compression, signing, &progress)?;
    }
    Ok(0)
}
