//! `skiff push`: a stored image to a registry, or to an archive or layout
//! named with a transport (docker-archive:, oci-archive:, oci:, dir:), or
//! under another name in the store (containers-storage:).

use super::Context;
use crate::cli::{ManifestFormat, PushArgs};
use crate::error::Result;
use crate::image::reference::Reference;
use crate::image::registry::{self, push::Format, Event, Progress};
use crate::image::transport::{self, ImageRef};
use crate::image::{store, ImageStore};

pub fn run(ctx: &Context, args: PushArgs) -> Result<i32> {
    let store = ImageStore::open(&ctx.paths)?;
    let source = match ImageRef::parse(&args.image)? {
        ImageRef::Name(name) | ImageRef::Storage(name) => name,
        _ => return Err(crate::err!("push {}: the image to push must be in local storage (containers-storage:NAME or a name)", args.image)),
    };
    let image = store.lookup(&source)?;
    let source_name = store::resolve(&[image.clone()], &source)?.and_then(|found| found.name);
    let destination = match args.destination.as_deref().map(ImageRef::parse).transpose()? {
        Some(ImageRef::Registry(reference)) => reference,
        Some(ImageRef::Name(name)) => Reference::parse(&name)?.normalize_docker(),
        Some(ImageRef::Storage(name)) => {
            store.tag(&image.id, &[crate::image::reference::normalize_new_name(&name)?])?;
            return Ok(0);
        }
        Some(file_based) => {
            if args.format.is_some() {
                return Err(crate::err!("--format applies to registries only: {} is written in its own format", args.destination.unwrap_or_default()));
            }
            let progress = crate::output::progress::TransferProgress::new(args.quiet);
            progress.report(Event::Step("Getting image source signatures"));
            let _in_use = store.lock_shared()?;
            transport::write(&store, &image, source_name.as_deref(), &file_based, &progress)
                .map_err(|e| crate::err!("push {}: {e}", args.destination.unwrap_or_default()))?;
            return Ok(0);
        }
        // Pushed under the name it was given by.
        None => match source_name {
            Some(name) => Reference::parse(&name)?,
            None => return Err(crate::err!("{}: an image given by id needs a destination", args.image)),
        },
    };
    let format = args.format.map(|f| match f {
        ManifestFormat::Oci => Format::Oci,
        ManifestFormat::V2s2 => Format::DockerV2Schema2,
    });
    let progress = crate::output::progress::TransferProgress::new(args.quiet);
    let access = super::access(&args.registry, args.creds.creds.as_deref());
    let digest = registry::push::push_to_registry(&store, &image, &destination, &access, format, &progress)?;
    if let Some(file) = &args.digestfile {
        std::fs::write(file, &digest).map_err(|e| crate::err!("write digest file {}: {e}", file.display()))?;
    }
    Ok(0)
}
