//! `skiff save`: images to a docker-archive (default), oci-archive, oci-dir
//! or docker-dir. The result appears whole or not at all: it is written
//! beside its destination and renamed into place when complete.

use super::Context;
use crate::cli::{SaveArgs, SaveFormat};
use crate::error::{Context as _, Result};
use crate::image::save::{Saved, Sink, Writer};
use crate::image::ImageStore;
use std::io::IsTerminal;
use std::path::Path;

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
    // One entry per image, with every name it was asked for by.
    let mut saved: Vec<Saved> = Vec::new();
    for reference in &args.images {
        let found = crate::image::store::resolve(&images, reference)?.ok_or_else(|| crate::image::store::not_known(reference))?;
        let image = &images[found.index];
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
            SaveFormat::OciArchive | SaveFormat::OciDir => writer.oci_layout(&saved)?,
            SaveFormat::DockerDir => writer.docker_dir(&saved[0], args.compress)?,
        }
        writer.finish()
    };
    match output {
        None => write(Sink::tar(Box::new(std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock()))))?,
        Some(path) if is_dir => save_dir(path, write)?,
        Some(path) => save_file(path, write)?,
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

/// The directory a new entry `path` goes in, which must exist.
fn parent_of(path: &Path) -> Result<&Path> {
    let parent = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    if !parent.is_dir() {
        return Err(crate::err!("save to {}: directory {} does not exist", path.display(), parent.display()));
    }
    Ok(parent)
}

/// Write an archive file: into a temporary file beside `path`, renamed over
/// it when complete. A device or pipe (`-o /dev/stdout`) is written directly.
fn save_file(path: &Path, write: impl FnOnce(Sink) -> Result<()>) -> Result<()> {
    let shown = path.display();
    if std::fs::metadata(path).is_ok_and(|m| !m.is_file() && !m.is_dir()) {
        let file = std::fs::OpenOptions::new().write(true).open(path).context(|| format!("open {shown}"))?;
        return write(Sink::tar(Box::new(std::io::BufWriter::with_capacity(1 << 16, file)))).map_err(|e| crate::err!("save to {shown}: {e}"));
    }
    if path.is_dir() {
        return Err(crate::err!("{shown} is a directory: name a file for --format docker-archive or oci-archive"));
    }
    let temp = tempfile::Builder::new()
        .prefix(".skiff-save-")
        .tempfile_in(parent_of(path)?)
        .context(|| format!("create a file beside {shown}"))?;
    let file = temp.as_file().try_clone().context(|| format!("open {shown}"))?;
    write(Sink::tar(Box::new(std::io::BufWriter::with_capacity(1 << 16, file)))).map_err(|e| crate::err!("save to {shown}: {e}"))?;
    temp.as_file().sync_all().context(|| format!("sync {shown}"))?;
    // An archive is for others to read too, like any file the user makes.
    let mut permissions = temp.as_file().metadata()?.permissions();
    std::os::unix::fs::PermissionsExt::set_mode(&mut permissions, 0o644 & !current_umask());
    temp.as_file().set_permissions(permissions).context(|| format!("chmod {shown}"))?;
    temp.persist(path).map_err(|e| crate::err!("save to {shown}: {}", e.error))?;
    Ok(())
}

/// Write a directory format: into a temporary directory beside `path`,
/// renamed to it when complete. An existing empty directory is replaced;
/// anything else there is left alone.
fn save_dir(path: &Path, write: impl FnOnce(Sink) -> Result<()>) -> Result<()> {
    let shown = path.display();
    if let Ok(metadata) = std::fs::symlink_metadata(path) {
        let empty = metadata.is_dir() && std::fs::read_dir(path).is_ok_and(|mut entries| entries.next().is_none());
        if !empty {
            return Err(crate::err!("{shown} already exists: name a new or empty directory"));
        }
    }
    let temp = tempfile::Builder::new()
        .prefix(".skiff-save-")
        .permissions(std::fs::Permissions::from(std::os::unix::fs::PermissionsExt::from_mode(0o755 & !current_umask())))
        .tempdir_in(parent_of(path)?)
        .context(|| format!("create a directory beside {shown}"))?;
    write(Sink::Dir(temp.path().to_path_buf())).map_err(|e| crate::err!("save to {shown}: {e}"))?;
    if path.is_dir() {
        std::fs::remove_dir(path).context(|| format!("replace {shown}"))?;
    }
    std::fs::rename(temp.path(), path).context(|| format!("save to {shown}"))?;
    let _ = temp.keep();
    Ok(())
}

fn current_umask() -> u32 {
    // umask can only be read by setting it: set it back at once.
    let mask = rustix::process::umask(rustix::fs::Mode::empty());
    rustix::process::umask(mask);
    mask.bits()
}

