//! Writing images out, as `podman save` does, in the forms
//! [`super::archive`] reads back:
//!
//! - docker-archive: a tar with `manifest.json` (each image's config file,
//!   `RepoTags` and layer files), `<image id>.json` configs and
//!   `<diff id>.tar` uncompressed layers, shared between images.
//! - oci-archive / oci-dir: an OCI image layout (`oci-layout`,
//!   `index.json`, `blobs/sha256/`) in a tar or a directory; layers as the
//!   store holds them, names as `org.opencontainers.image.ref.name`.
//! - docker-dir: containers/image's `dir` layout: a `version` file, a Docker
//!   schema 2 `manifest.json`, and each blob under its hex digest; layers
//!   uncompressed, or gzip with `compress`.
//!
//! Configs are copied byte for byte, so a saved image loads back under the
//! same id.

use super::archive::blob_path;
use super::compression::{self, Compression};
use super::digest::{self, HashingWriter};
use super::registry::push::{manifest_for, Format as ManifestFormat};
use super::registry::{BlobKind, Event, Progress, ReportingReader};
use super::store::{ImageRecord, ImageStore, LayerRecord};
use crate::error::{Context, Result};
use std::collections::HashSet;
use std::fs::File;
use std::io::{BufReader, Read, Write};
use std::path::{Path, PathBuf};

pub const OCI_LAYOUT: &str = "{\"imageLayoutVersion\": \"1.0.0\"}";
pub const DIR_VERSION: &str = "Directory Transport Version: 1.1\n";
const REF_NAME: &str = "org.opencontainers.image.ref.name";

/// An image to save and the names to record for it (those it was asked
/// for by; none when asked for by id).
pub struct Saved {
    pub image: ImageRecord,
    pub names: Vec<String>,
}

/// Where the files of the saved form go: members of a tar stream, or files
/// in a directory.
pub enum Sink {
    Tar { builder: tar::Builder<Box<dyn Write>>, directories: HashSet<String> },
    Dir(PathBuf),
}

impl Sink {
    pub fn tar(out: Box<dyn Write>) -> Sink {
        Sink::Tar { builder: tar::Builder::new(out), directories: HashSet::new() }
    }

    /// Add a file of exactly `size` bytes read from `data`.
    fn add(&mut self, path: &str, size: u64, mut data: impl Read) -> Result<()> {
        match self {
            Sink::Tar { builder, directories } => {
                // Parent directories first, as tar readers expect.
                let mut parent = String::new();
                for component in path.split('/').rev().skip(1).collect::<Vec<_>>().into_iter().rev() {
                    parent.push_str(component);
                    parent.push('/');
                    if directories.insert(parent.clone()) {
                        let mut header = member_header(tar::EntryType::Directory, 0o755, 0);
                        builder.append_data(&mut header, &parent, std::io::empty()).context(|| format!("write {parent}"))?;
                    }
                }
                let mut header = member_header(tar::EntryType::Regular, 0o644, size);
                builder.append_data(&mut header, path, data).context(|| format!("write {path}"))
            }
            Sink::Dir(root) => {
                let target = root.join(path);
                if let Some(parent) = target.parent() {
                    std::fs::create_dir_all(parent).context(|| format!("create {}", parent.display()))?;
                }
                let mut file = File::create(&target).context(|| format!("create {}", target.display()))?;
                let copied = std::io::copy(&mut data, &mut file).context(|| format!("write {}", target.display()))?;
                if copied != size {
                    return Err(crate::err!("write {path}: {copied} bytes instead of {size}"));
                }
                Ok(())
            }
        }
    }

    fn add_bytes(&mut self, path: &str, data: &[u8]) -> Result<()> {
        self.add(path, data.len() as u64, data)
    }

    /// Finish the tar stream (a directory needs nothing more).
    pub fn finish(self) -> Result<()> {
        if let Sink::Tar { builder, .. } = self {
            let mut out = builder.into_inner().context(|| "write archive".into())?;
            out.flush().context(|| "write archive".into())?;
        }
        Ok(())
    }
}

/// A member owned by root with a fixed time: saving the same images twice
/// gives the same archive.
fn member_header(kind: tar::EntryType, mode: u32, size: u64) -> tar::Header {
    let mut header = tar::Header::new_gnu();
    header.set_entry_type(kind);
    header.set_mode(mode);
    header.set_uid(0);
    header.set_gid(0);
    header.set_mtime(0);
    header.set_size(size);
    header
}

/// Everything a format writer needs.
pub struct Writer<'a> {
    pub store: &'a ImageStore,
    pub sink: Sink,
    pub progress: &'a dyn Progress,
    /// Blobs (or layer files) already written, by digest.
    written: HashSet<String>,
}

impl<'a> Writer<'a> {
    pub fn new(store: &'a ImageStore, sink: Sink, progress: &'a dyn Progress) -> Writer<'a> {
        Writer { store, sink, progress, written: HashSet::new() }
    }

    pub fn finish(self) -> Result<()> {
        self.sink.finish()
    }

    fn config(&self, image: &ImageRecord) -> Result<Vec<u8>> {
        self.store.read_blob(&format!("sha256:{}", image.id))
    }

    /// Write `data`, the blob `digest` of `size` bytes, as `path`,
    /// reported as pull and push report their blobs (a bar on a terminal,
    /// a line when done otherwise).
    fn copy_blob(&mut self, kind: BlobKind, digest: &str, size: u64, path: &str, data: impl Read) -> Result<()> {
        self.progress.report(Event::Started { kind, digest, size });
        self.sink.add(path, size, ReportingReader { inner: data, digest, progress: self.progress })?;
        self.progress.report(Event::Done { kind, digest });
        Ok(())
    }

    /// Write the layer's uncompressed tar as `path`, checked against its
    /// diff id on the way.
    fn uncompressed_layer(&mut self, layer: &LayerRecord, path: &str) -> Result<()> {
        if !self.written.insert(path.to_string()) {
            return Ok(());
        }
        let blob = File::open(self.store.blob_path(&layer.blob)?).context(|| format!("open blob {}", layer.blob))?;
        let (_, tar) = compression::decompress(BufReader::with_capacity(1 << 16, blob))?;
        let checked = Verified::new(tar, layer.size, &layer.diff_id);
        self.copy_blob(BlobKind::Layer, &layer.diff_id, layer.size, path, checked).context(|| format!("layer {}", layer.diff_id))
    }

    /// Write a stored blob as it is, as `path`.
    fn stored_blob(&mut self, kind: BlobKind, digest: &str, path: &str) -> Result<()> {
        if !self.written.insert(path.to_string()) {
            return Ok(());
        }
        let file = File::open(self.store.blob_path(digest)?).context(|| format!("open blob {digest}"))?;
        let size = file.metadata().context(|| format!("stat blob {digest}"))?.len();
        let checked = Verified::new(BufReader::with_capacity(1 << 16, file), size, digest);
        self.copy_blob(kind, digest, size, path, checked)
    }

    /// docker-archive: every image in one `manifest.json`.
    pub fn docker_archive(&mut self, images: &[Saved]) -> Result<()> {
        let mut manifest = Vec::new();
        for saved in images {
            let config = self.config(&saved.image)?;
            let config_file = format!("{}.json", saved.image.id);
            let mut layer_files = Vec::new();
            for layer in &saved.image.layers {
                let file = format!("{}.tar", layer.diff_id.trim_start_matches("sha256:"));
                self.uncompressed_layer(layer, &file)?;
                layer_files.push(file);
            }
            if self.written.insert(config_file.clone()) {
                self.copy_blob(BlobKind::Config, &format!("sha256:{}", saved.image.id), config.len() as u64, &config_file, &config[..])?;
            }
            manifest.push(serde_json::json!({ "Config": config_file, "RepoTags": saved.names, "Layers": layer_files }));
        }
        self.progress.report(Event::Step("Writing manifest to image destination"));
        self.sink.add_bytes("manifest.json", &serde_json::to_vec(&manifest)?)
    }

    /// oci-archive and oci-dir: one OCI layout holding every image.
    /// With `uncompressed`, layers are written as plain tars (podman's
    /// `save --uncompressed`) and each manifest names those.
    pub fn oci_layout(&mut self, images: &[Saved], uncompressed: bool) -> Result<()> {
        let mut descriptors = Vec::new();
        for saved in images {
            let config_digest = format!("sha256:{}", saved.image.id);
            let (manifest, media_type) = if uncompressed {
                let mut layers = Vec::new();
                for layer in &saved.image.layers {
                    self.uncompressed_layer(layer, &blob_path(&layer.diff_id)?)?;
                    layers.push(uncompressed_record(layer));
                }
                let config = self.config(&saved.image)?;
                self.copy_blob(BlobKind::Config, &config_digest, config.len() as u64, &blob_path(&config_digest)?, &config[..])?;
                let annotations = super::oci::annotations(&self.store.read_blob(&saved.image.digest)?);
                (super::oci::manifest(&config, &config_digest, &layers, &annotations), super::oci::MANIFEST_MEDIA_TYPE)
            } else {
                for layer in &saved.image.layers {
                    self.stored_blob(BlobKind::Layer, &layer.blob, &blob_path(&layer.blob)?)?;
                }
                self.stored_blob(BlobKind::Config, &config_digest, &blob_path(&config_digest)?)?;
                manifest_for(self.store, &saved.image, Some(ManifestFormat::Oci))?
            };
            let manifest_digest = digest::sha256(&manifest);
            self.progress.report(Event::Step("Writing manifest to image destination"));
            if self.written.insert(manifest_digest.clone()) {
                self.sink.add_bytes(&blob_path(&manifest_digest)?, &manifest)?;
            }
            let descriptor = serde_json::json!({ "mediaType": media_type, "digest": manifest_digest, "size": manifest.len() });
            if saved.names.is_empty() {
                descriptors.push(descriptor.clone());
            }
            for name in &saved.names {
                let mut named = descriptor.clone();
                named["annotations"] = serde_json::json!({ REF_NAME: name });
                descriptors.push(named);
            }
        }
        self.sink.add_bytes("oci-layout", OCI_LAYOUT.as_bytes())?;
        let index = serde_json::json!({ "schemaVersion": 2, "manifests": descriptors });
        self.sink.add_bytes("index.json", &serde_json::to_vec(&index)?)
    }

    /// docker-dir: one image, blobs under their hex digests.
    pub fn docker_dir(&mut self, saved: &Saved, compress: bool) -> Result<()> {
        let Sink::Dir(root) = &self.sink else {
            return Err(crate::err!("docker-dir is a directory format"));
        };
        let root = root.clone();
        let mut layers = Vec::new();
        for layer in &saved.image.layers {
            let is_gzip = layer.media_type.ends_with("+gzip");
            let written = if !compress {
                let hex = layer.diff_id.trim_start_matches("sha256:").to_string();
                self.uncompressed_layer(layer, &hex)?;
                uncompressed_record(layer)
            } else if is_gzip {
                self.stored_blob(BlobKind::Layer, &layer.blob, layer.blob.trim_start_matches("sha256:"))?;
                layer.clone()
            } else {
                // Compressed into its own file: done when it is there.
                self.progress.report(Event::Started { kind: BlobKind::Layer, digest: &layer.diff_id, size: layer.size });
                let (blob, blob_size) = compress_layer(self.store, layer, Compression::Gzip, &root)?;
                self.progress.report(Event::Done { kind: BlobKind::Layer, digest: &layer.diff_id });
                LayerRecord { blob, blob_size, media_type: Compression::Gzip.layer_media_type().into(), ..layer.clone() }
            };
            layers.push(written);
        }
        let config = self.config(&saved.image)?;
        let config_digest = format!("sha256:{}", saved.image.id);
        self.copy_blob(BlobKind::Config, &config_digest, config.len() as u64, &saved.image.id, &config[..])?;
        self.progress.report(Event::Step("Writing manifest to image destination"));
        let manifest = super::oci::docker_manifest(&config, &config_digest, &layers)?;
        self.sink.add_bytes("manifest.json", &manifest)?;
        self.sink.add_bytes("version", DIR_VERSION.as_bytes())
    }
}

/// A layer as written uncompressed: its blob is its tar, named by diff id.
fn uncompressed_record(layer: &LayerRecord) -> LayerRecord {
    LayerRecord { blob: layer.diff_id.clone(), blob_size: layer.size, media_type: Compression::None.layer_media_type().into(), ..layer.clone() }
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
pub fn to_file(path: &Path, write: impl FnOnce(Sink) -> Result<()>) -> Result<()> {
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
    std::os::unix::fs::PermissionsExt::set_mode(&mut permissions, 0o644 & !umask());
    temp.as_file().set_permissions(permissions).context(|| format!("chmod {shown}"))?;
    temp.persist(path).map_err(|e| crate::err!("save to {shown}: {}", e.error))?;
    Ok(())
}

/// Write a directory format: into a temporary directory beside `path`,
/// renamed to it when complete. An existing empty directory is replaced;
/// anything else there is left alone.
pub fn to_dir(path: &Path, write: impl FnOnce(Sink) -> Result<()>) -> Result<()> {
    let shown = path.display();
    if let Ok(metadata) = std::fs::symlink_metadata(path) {
        let empty = metadata.is_dir() && std::fs::read_dir(path).is_ok_and(|mut entries| entries.next().is_none());
        if !empty {
            return Err(crate::err!("{shown} already exists: name a new or empty directory"));
        }
    }
    let temp = tempfile::Builder::new()
        .prefix(".skiff-save-")
        .permissions(std::fs::Permissions::from(std::os::unix::fs::PermissionsExt::from_mode(0o755 & !umask())))
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

/// The process's umask (0o022 when /proc does not say).
fn umask() -> u32 {
    super::layer::current_umask().unwrap_or(0o022)
}

/// Write `layer` compressed as `wanted` into `dir`, named by the digest of
/// the result (checked against the layer's diff ID as it is read); returns
/// that digest and size. `save --compress` and `push --compression-format`
/// use it.
pub fn compress_layer(store: &ImageStore, layer: &LayerRecord, wanted: Compression, dir: &Path) -> Result<(String, u64)> {
    let failed = |e: std::io::Error| crate::err!("compress layer {}: {e}", layer.diff_id);
    let blob = File::open(store.blob_path(&layer.blob)?).context(|| format!("open blob {}", layer.blob))?;
    let (_, tar) = compression::decompress(BufReader::with_capacity(1 << 16, blob))?;
    let mut checked = Verified::new(tar, layer.size, &layer.diff_id);
    let temp = tempfile::NamedTempFile::new_in(dir).context(|| format!("create a file in {}", dir.display()))?;
    let out = HashingWriter::new(std::io::BufWriter::new(temp));
    let (digest, size, buffered) = match wanted {
        Compression::Gzip => {
            let mut encoder = flate2::write::GzEncoder::new(out, flate2::Compression::default());
            std::io::copy(&mut checked, &mut encoder).map_err(failed)?;
            encoder.finish().map_err(failed)?.finish()
        }
        Compression::Zstd => {
            let mut encoder = zstd::stream::write::Encoder::new(out, 0).map_err(failed)?;
            std::io::copy(&mut checked, &mut encoder).map_err(failed)?;
            encoder.finish().map_err(failed)?.finish()
        }
        Compression::None => {
            let mut out = out;
            std::io::copy(&mut checked, &mut out).map_err(failed)?;
            out.finish()
        }
    };
    let temp = buffered.into_inner().map_err(|e| crate::err!("write layer {}: {}", layer.diff_id, e.error()))?;
    let hex = digest.trim_start_matches("sha256:");
    temp.persist(dir.join(hex)).map_err(|e| crate::err!("write layer {}: {}", layer.diff_id, e.error))?;
    Ok((digest, size))
}

/// Reads exactly `size` bytes that must hash to `digest`, failing with a
/// clear error otherwise, so that a damaged store never yields an archive
/// that looks fine.
struct Verified<R: Read> {
    inner: Option<digest::HashingReader<R>>,
    remaining: u64,
    size: u64,
    digest: String,
}

impl<R: Read> Verified<R> {
    fn new(inner: R, size: u64, digest: &str) -> Verified<R> {
        Verified { inner: Some(digest::HashingReader::new(inner)), remaining: size, size, digest: digest.to_string() }
    }
}

impl<R: Read> Read for Verified<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let damaged = |what: String| std::io::Error::new(std::io::ErrorKind::InvalidData, what);
        let Some(inner) = self.inner.as_mut() else { return Ok(0) };
        if self.remaining == 0 {
            let (actual, length) = self.inner.take().expect("checked above").finish()?;
            if length != self.size {
                return Err(damaged(format!("stored content is {length} bytes, not the recorded {}", self.size)));
            }
            if actual != self.digest {
                return Err(damaged(format!("stored content has digest {actual}, not {}", self.digest)));
            }
            return Ok(0);
        }
        let wanted = buf.len().min(self.remaining.min(usize::MAX as u64) as usize);
        let n = inner.read(&mut buf[..wanted])?;
        if n == 0 {
            return Err(damaged(format!("stored content ends after {} of {} bytes", self.size - self.remaining, self.size)));
        }
        self.remaining -= n as u64;
        Ok(n)
    }
}
