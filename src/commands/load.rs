//! `skiff load`: images from a docker-archive or oci-archive (a file or
//! standard input, maybe compressed), or an oci-dir or docker-dir directory.

use super::Context;
use crate::cli::LoadArgs;
use crate::error::{Context as _, Result};
use crate::image::archive::{self, Source, TarFile};
use crate::image::{compression, ImageStore};
use std::io::{Read, Seek};

pub fn run(ctx: &Context, args: LoadArgs) -> Result<i32> {
    crate::runtime::userns::enter_if_rootless()?;
    let store = ImageStore::open(&ctx.paths)?;
    let shown = args.input.as_ref().map_or("standard input".to_string(), |p| p.display().to_string());
    let archive = match args.input.as_deref() {
        Some(dir) if dir.is_dir() => Source::Dir(dir.to_path_buf()),
        input => Source::Tar(open_archive(&ctx.paths.data, input).map_err(|e| crate::err!("load {shown}: {e}"))?),
    };
    let images = archive::load(&store, &archive).map_err(|e| crate::err!("load {shown}: {e}"))?;
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

/// The archive as an uncompressed tar file that can be read in any order:
/// the input file itself when it is one, else a spooled copy (unnamed, so it
/// disappears with the process) in the store's file system.
fn open_archive(data_dir: &std::path::Path, input: Option<&std::path::Path>) -> Result<TarFile> {
    let mut source: Box<dyn Read> = match input {
        Some(path) => {
            let mut file = std::fs::File::open(path).context(|| "open".into())?;
            if file.metadata()?.is_file() {
                let mut magic = Vec::new();
                (&mut file).take(6).read_to_end(&mut magic)?;
                file.rewind()?;
                if compression::Compression::detect(&magic)? == compression::Compression::None {
                    return TarFile::index(file);
                }
            }
            Box::new(file)
        }
        None => Box::new(std::io::stdin().lock()),
    };
    std::fs::create_dir_all(data_dir).context(|| format!("create {}", data_dir.display()))?;
    let mut spool = tempfile::tempfile_in(data_dir).context(|| "create spool file".into())?;
    let (_, mut tar) = compression::decompress(std::io::BufReader::with_capacity(1 << 16, &mut source))?;
    std::io::copy(&mut tar, &mut spool).context(|| "read archive".into())?;
    spool.rewind()?;
    TarFile::index(spool)
}
