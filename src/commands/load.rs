//! `skiff load`: images from a docker-archive or oci-archive (a file or
//! standard input, maybe compressed), or an oci-dir or docker-dir directory.

use super::Context;
use crate::cli::LoadArgs;
use crate::error::Result;
use crate::image::archive::{self, ArchiveInput, Source};
use crate::image::ImageStore;

pub fn run(ctx: &Context, args: LoadArgs) -> Result<i32> {
    crate::runtime::userns::enter_if_rootless()?;
    let store = ImageStore::open(&ctx.paths)?;
    let shown = args.input.as_ref().map_or("standard input".to_string(), |p| p.display().to_string());
    let archive = match args.input.as_deref() {
        Some(dir) if dir.is_dir() => Source::Dir(dir.to_path_buf()),
        input => {
            let input = match input {
                Some(file) => ArchiveInput::File(file),
                None => ArchiveInput::Stream(Box::new(std::io::stdin().lock())),
            };
            Source::Tar(archive::open_tar(&ctx.paths.data, input).map_err(|e| crate::err!("load {shown}: {e}"))?)
        }
    };
    let selection = archive::Selection { platform: super::local_platform(&args.platform)?, ..Default::default() };
    let images = archive::load_selected(&store, &archive, &selection).map_err(|e| crate::err!("load {shown}: {e}"))?;
    for image in images {
        if image.names.is_empty() {
            crate::output::line(&format!("Loaded image: sha256:{}", image.id));
        }
        for name in &image.names {
            crate::output::line(&format!("Loaded image: {name}"));
        }
    }
    Ok(0)
}
