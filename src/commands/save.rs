//! `skiff save`: images to a docker-archive (default), oci-archive, oci-dir
//! or docker-dir. The result appears whole or not at all: it is written
//! beside its destination and renamed into place when complete.

use super::Context;
use crate::cli::{SaveArgs, SaveFormat};
use crate::error::Result;
use crate::image::save::{Saved, Sink, Writer};
use crate::image::ImageStore;
use std::io::IsTerminal;

pub fn run(ctx: &Context, args: SaveArgs) -> Result<i32> {
    let format_name = format_name(args.format);
    let is_dir = matches!(args.format, SaveFormat::OciDir | SaveFormat::DockerDir);
    if args.compress && args.format != SaveFormat::DockerDir {
        return Err(crate::err!("--compress can only be set when --format is 'docker-dir'"));
    }
    if args.images.len() > 1 && args.format != SaveFormat::DockerArchive {
        return Err(crate::err!("unsupported format {format_name:?} for saving multiple images (only docker-archive)"));
    }
    let output = match &args.output {
        Some(path) => Some(path.as_path()),
        None if is_dir => return Err(crate::err!("--format {format_name} writes a directory: name it with -o DIR")),
        None if std::io::stdout().is_terminal() => return Err(crate::err!("refusing to save to terminal. Use -o flag or redirect")),
        None => None,
    };

    let store = ImageStore::open(&ctx.paths)?;
    let images = store.list()?;
    let platform = super::local_platform(&args.platform)?;
    // One entry per image, with every name it was asked for by.
    let mut saved: Vec<Saved> = Vec::new();
    for given in &args.images {
        let reference = match crate::image::transport::ImageRef::parse(given)? {
            crate::image::transport::ImageRef::Name(name) | crate::image::transport::ImageRef::Storage(name) => name,
            _ => return Err(crate::err!("save {given}: save writes images from local storage (a name, an id or containers-storage:NAME)")),
        };
        let reference = &reference;
        let found = crate::image::store::resolve(&images, reference)?.ok_or_else(|| crate::image::store::not_known(reference))?;
        let image = &images[found.index];
        if let Some(platform) = &platform {
            platform.check_config(&store.config(image)?, given)?;
        }
        let position = match saved.iter().position(|s| s.image.id == image.id) {
            Some(position) => position,
            None => {
                saved.push(Saved { image: image.clone(), names: Vec::new() });
                saved.len() - 1
            }
        };
        if let Some(name) = found.name.filter(|n| !saved[position].names.contains(n)) {
            saved[position].names.push(name);
        }
    }

    let progress = crate::output::progress::TransferProgress::new(args.quiet);
    let write = |sink: Sink| -> Result<()> {
        let mut writer = Writer::new(&store, sink, &progress);
        match args.format {
            SaveFormat::DockerArchive => writer.docker_archive(&saved)?,
            SaveFormat::OciArchive | SaveFormat::OciDir => writer.oci_layout(&saved, args.uncompressed)?,
            SaveFormat::DockerDir => writer.docker_dir(&saved[0], args.compress)?,
        }
        writer.finish()
    };
    match output {
        None => write(Sink::tar(Box::new(std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock()))))?,
        Some(path) if is_dir => crate::image::save::to_dir(path, write)?,
        Some(path) => crate::image::save::to_file(path, write)?,
    }
    Ok(0)
}

fn format_name(format: SaveFormat) -> &'static str {
    match format {
        SaveFormat::DockerArchive => "docker-archive",
        SaveFormat::OciArchive => "oci-archive",
        SaveFormat::OciDir => "oci-dir",
        SaveFormat::DockerDir => "docker-dir",
    }
}
