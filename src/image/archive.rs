//! Image archives, as `docker save` / `podman save` write them:
//!
//! - docker-archive: `manifest.json` lists each image's config, names
//!   (`RepoTags`) and layer files (plain or gzip tars; since Docker 25 the
//!   files are under `blobs/sha256/`).
//! - oci-archive: an OCI image layout (`oci-layout`, `index.json`, `blobs/`)
//!   in a tar; names come from annotations.
//!
//! - oci-dir: the same OCI image layout as a directory.
//! - docker-dir: containers/image's `dir` layout (`podman save --format
//!   docker-dir`): a `version` file, an image manifest as `manifest.json`
//!   and each blob under its hex digest; it carries no names.
//!
//! Archive members are needed in an order the tar does not follow (the
//! manifest usually comes last), so the archive is indexed on disk once and
//! members are then read where they lie.

use super::compression;
use super::digest;
use super::layer;
use super::oci;
use super::reference::Reference;
use super::registry::manifest::Platform;
use super::store::{ImageRecord, ImageStore, LayerRecord, Staging};
use crate::error::{Context, Result};
use serde::Deserialize;
use std::collections::HashMap;
use std::fs::File;
use std::io::{Read, Seek};
use std::os::unix::fs::FileExt;

/// JSON documents in archives are small; refuse absurd ones rather than
/// reading them into memory.
const MAX_DOCUMENT_SIZE: u64 = 16 << 20;
const MAX_LINK_DEPTH: usize = 16;

enum Member {
    Data { offset: u64, size: u64 },
    /// Symlink or hard link, by the archive path it points to.
    Link(String),
}

/// An uncompressed tar on disk with its members indexed by path.
pub struct TarFile {
    file: File,
    members: HashMap<String, Member>,
}

impl TarFile {
    pub fn index(file: File) -> Result<TarFile> {
        let mut members = HashMap::new();
        {
            let mut archive = tar::Archive::new(&file);
            for entry in archive.entries().map_err(|e| layer::tar_error("read archive", e))? {
                let entry = entry.map_err(|e| layer::tar_error("read archive", e))?;
                let path = clean(&String::from_utf8_lossy(&entry.path_bytes()));
                let link = || entry.link_name_bytes().map(|l| String::from_utf8_lossy(&l).into_owned()).unwrap_or_default();
                let member = match entry.header().entry_type() {
                    tar::EntryType::Regular | tar::EntryType::Continuous => {
                        Member::Data { offset: entry.raw_file_position(), size: entry.size() }
                    }
                    // Symlinks are relative to their directory, hard links to the archive root.
                    tar::EntryType::Symlink => Member::Link(clean(&format!("{}/{}", parent_of(&path), link()))),
                    tar::EntryType::Link => Member::Link(clean(&link())),
                    _ => continue,
                };
                members.insert(path, member);
            }
        }
        Ok(TarFile { file, members })
    }

    pub fn contains(&self, path: &str) -> bool {
        self.members.contains_key(&clean(path))
    }

    fn locate(&self, path: &str) -> Result<(u64, u64)> {
        let mut path = clean(path);
        for _ in 0..MAX_LINK_DEPTH {
            match self.members.get(&path) {
                Some(Member::Data { offset, size }) => return Ok((*offset, *size)),
                Some(Member::Link(target)) => path = target.clone(),
                None => break,
            }
        }
        Err(crate::err!("archive has no file {path:?}"))
    }

    pub fn open(&self, path: &str) -> Result<Section<'_>> {
        let (offset, size) = self.locate(path)?;
        Ok(Section { file: &self.file, position: offset, end: offset + size })
    }

    pub fn read_document(&self, path: &str) -> Result<Vec<u8>> {
        let (_, size) = self.locate(path)?;
        if size > MAX_DOCUMENT_SIZE {
            return Err(crate::err!("{path} in archive is too large ({size} bytes)"));
        }
        let mut data = Vec::with_capacity(size as usize);
        self.open(path)?.read_to_end(&mut data).context(|| format!("read {path} from archive"))?;
        Ok(data)
    }
}

/// Where the files of an image archive are: a tar or a directory.
pub enum Source {
    Tar(TarFile),
    Dir(std::path::PathBuf),
}

impl Source {
    fn contains(&self, path: &str) -> bool {
        match self {
            Source::Tar(tar) => tar.contains(path),
            Source::Dir(dir) => dir.join(clean(path)).is_file(),
        }
    }

    fn open(&self, path: &str) -> Result<Box<dyn Read + '_>> {
        match self {
            Source::Tar(tar) => Ok(Box::new(tar.open(path)?)),
            Source::Dir(dir) => {
                let file = File::open(dir.join(clean(path))).context(|| format!("open {path}"))?;
                Ok(Box::new(std::io::BufReader::with_capacity(1 << 16, file)))
            }
        }
    }

    fn read_document(&self, path: &str) -> Result<Vec<u8>> {
        match self {
            Source::Tar(tar) => tar.read_document(path),
            Source::Dir(dir) => {
                let mut data = Vec::new();
                let file = File::open(dir.join(clean(path))).context(|| format!("open {path}"))?;
                file.take(MAX_DOCUMENT_SIZE + 1).read_to_end(&mut data).context(|| format!("read {path}"))?;
                if data.len() as u64 > MAX_DOCUMENT_SIZE {
                    return Err(crate::err!("{path} is too large"));
                }
                Ok(data)
            }
        }
    }
}

/// One member's bytes, read in place.
pub struct Section<'a> {
    file: &'a File,
    position: u64,
    end: u64,
}

impl Read for Section<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let wanted = buf.len().min((self.end - self.position) as usize);
        if wanted == 0 {
            return Ok(0);
        }
        let n = self.file.read_at(&mut buf[..wanted], self.position)?;
        if n == 0 {
            return Err(std::io::Error::new(std::io::ErrorKind::UnexpectedEof, "archive is truncated"));
        }
        self.position += n as u64;
        Ok(n)
    }
}

/// Normalize an archive path: no leading "./" or "/", no "." or "..".
fn clean(path: &str) -> String {
    let mut parts: Vec<&str> = Vec::new();
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            p => parts.push(p),
        }
    }
    parts.join("/")
}

fn parent_of(path: &str) -> &str {
    path.rsplit_once('/').map_or("", |(parent, _)| parent)
}

/// Where an archive is read from.
pub enum ArchiveInput<'a> {
    /// A file, read in place when it is an uncompressed tar.
    File(&'a std::path::Path),
    /// A stream the caller opened (standard input, a request's body), spooled.
    Stream(Box<dyn Read + 'a>),
}

/// The archive as an uncompressed tar file that can be read in any order:
/// the input file itself when it is one, else a spooled copy (unnamed, so it
/// disappears with the process) in the store's file system.
pub fn open_tar(data_dir: &std::path::Path, input: ArchiveInput<'_>) -> Result<TarFile> {
    let mut source: Box<dyn Read + '_> = match input {
        ArchiveInput::File(path) => {
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
        ArchiveInput::Stream(stream) => stream,
    };
    std::fs::create_dir_all(data_dir).context(|| format!("create {}", data_dir.display()))?;
    let mut spool = tempfile::tempfile_in(data_dir).context(|| "create spool file".into())?;
    let (_, mut tar) = compression::decompress(std::io::BufReader::with_capacity(1 << 16, &mut source))?;
    std::io::copy(&mut tar, &mut spool).context(|| "read archive".into())?;
    spool.rewind()?;
    TarFile::index(spool)
}

/// Which images of an archive to load, and under what name.
#[derive(Default)]
pub struct Selection {
    /// Only the image with this name: a `RepoTags` entry (docker-archive,
    /// compared as docker names them, or `@N` for the Nth image) or an
    /// `org.opencontainers.image.ref.name` (OCI layouts).
    pub wanted: Option<String>,
    /// Store the images under this name instead of the archive's.
    pub name_as: Option<String>,
    /// Only images for this platform (`load --platform`): an index's entry
    /// for it, and an archive image of another platform refused. None for
    /// this host's, without refusing a single image of another.
    pub platform: Option<Platform>,
}

/// Load every image in the archive; all of them are stored or none.
/// Returns the records with the names the archive gave them.
pub fn load(store: &ImageStore, archive: &Source) -> Result<Vec<ImageRecord>> {
    load_selected(store, archive, &Selection::default())
}

/// Load the images `selection` picks; all of them are stored or none.
pub fn load_selected(store: &ImageStore, archive: &Source, selection: &Selection) -> Result<Vec<ImageRecord>> {
    let mut staging = store.stage()?;
    let wanted = selection.wanted.as_deref();
    let mut images = if archive.contains("manifest.json") && archive.contains("version") {
        vec![dir_image(store, archive, &mut staging)?]
    } else if archive.contains("manifest.json") {
        docker_images(store, archive, &mut staging, wanted)?
    } else if archive.contains("index.json") {
        oci_images(store, archive, &mut staging, wanted, selection.platform.as_ref())?
    } else {
        return Err(crate::err!("not a docker-archive, oci-archive, oci-dir or docker-dir: found neither manifest.json nor index.json"));
    };
    if let Some(platform) = &selection.platform {
        for image in &images {
            let digest = format!("sha256:{}", image.id);
            let config = match staging.staged_blob_path(&digest) {
                Some(path) => std::fs::read(path).context(|| format!("read config {digest}"))?,
                None => store.read_blob(&digest)?,
            };
            let config = serde_json::from_slice(&config).context(|| format!("parse config {digest}"))?;
            platform.check_config(&config, image.names.first().unwrap_or(&digest))?;
        }
    }
    if let Some(name) = &selection.name_as {
        for image in &mut images {
            image.names = vec![name.clone()];
        }
    }
    store.commit(staging, images.clone())?;
    Ok(images)
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct DockerArchiveImage {
    config: String,
    #[serde(default)]
    repo_tags: Option<Vec<String>>,
    layers: Vec<String>,
}

fn docker_images(store: &ImageStore, archive: &Source, staging: &mut Staging, wanted: Option<&str>) -> Result<Vec<ImageRecord>> {
    let mut entries: Vec<DockerArchiveImage> =
        serde_json::from_slice(&archive.read_document("manifest.json")?).context(|| "parse manifest.json".into())?;
    if let Some(wanted) = wanted {
        let position = match wanted.strip_prefix('@') {
            Some(index) => index.parse::<usize>().ok().filter(|i| *i < entries.len()).ok_or_else(|| {
                crate::err!("invalid image index {wanted:?}: the archive has {} images (@0 to @{})", entries.len(), entries.len().saturating_sub(1))
            })?,
            None => {
                let name = Reference::parse(wanted)?.normalize_docker().to_string();
                let named = |tag: &String| Reference::parse(tag).is_ok_and(|r| r.normalize_docker().to_string() == name);
                entries
                    .iter()
                    .position(|e| e.repo_tags.iter().flatten().any(named))
                    .ok_or_else(|| crate::err!("tag {name:?} not found in the archive"))?
            }
        };
        entries = vec![entries.swap_remove(position)];
    }
    let mut images = Vec::new();
    for entry in entries {
        let config = archive.read_document(&entry.config)?;
        let config_digest = digest::sha256(&config);
        // Both layouts name the config file after its digest.
        let file_name = entry.config.rsplit('/').next().unwrap_or_default().trim_end_matches(".json");
        if file_name.len() == 64 && !config_digest.ends_with(file_name) {
            return Err(crate::err!("config {} does not match its digest {config_digest}", entry.config));
        }
        let diff_ids = diff_ids(&config)?;
        if diff_ids.len() != entry.layers.len() {
            return Err(crate::err!("config {} lists {} layers, manifest.json {}", entry.config, diff_ids.len(), entry.layers.len()));
        }
        let mut layers = Vec::new();
        for (path, diff_id) in entry.layers.iter().zip(&diff_ids) {
            layers.push(layer(store, staging, diff_id, None, || archive.open(path))?);
        }
        staging.add_blob(&config)?;
        let manifest_digest = staging.add_blob(&oci::manifest(&config, &config_digest, &layers, &Default::default()))?;
        let names = entry
            .repo_tags
            .unwrap_or_default()
            .iter()
            .map(|tag| Ok(Reference::parse(tag)?.normalize_docker().to_string()))
            .collect::<Result<Vec<_>>>()?;
        images.push(ImageRecord::new(&config, names, manifest_digest, layers));
    }
    Ok(images)
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Descriptor {
    #[serde(default)]
    media_type: String,
    digest: String,
    #[serde(default)]
    annotations: HashMap<String, String>,
    #[serde(default)]
    platform: Option<Platform>,
}

/// An image index or an image manifest.
#[derive(Deserialize)]
struct OciDocument {
    #[serde(default)]
    manifests: Vec<Descriptor>,
    config: Option<Descriptor>,
    #[serde(default)]
    layers: Vec<Descriptor>,
}

const INDEX_MEDIA_TYPES: [&str; 2] =
    ["application/vnd.oci.image.index.v1+json", "application/vnd.docker.distribution.manifest.list.v2+json"];
const REF_NAME: &str = "org.opencontainers.image.ref.name";
const CONTAINERD_NAME: &str = "io.containerd.image.name";

impl Descriptor {
    fn is_index(&self) -> bool {
        INDEX_MEDIA_TYPES.contains(&self.media_type.as_str())
    }

    /// For `platform` (None: this host), unless it names another.
    fn runs_on(&self, platform: Option<&Platform>) -> bool {
        self.platform.as_ref().is_none_or(|p| match platform {
            Some(wanted) => wanted.accepts(p),
            None => p.os == "linux" && p.architecture == oci_spec::image::Arch::default().to_string(),
        })
    }
}

fn oci_images(
    store: &ImageStore,
    archive: &Source,
    staging: &mut Staging,
    wanted: Option<&str>,
    platform: Option<&Platform>,
) -> Result<Vec<ImageRecord>> {
    let index: OciDocument = serde_json::from_slice(&archive.read_document("index.json")?).context(|| "parse index.json".into())?;
    let named = |d: &&Descriptor| wanted.is_none_or(|w| d.annotations.get(REF_NAME).is_some_and(|n| n == w));
    if let Some(wanted) = wanted.filter(|_| !index.manifests.iter().any(|d| named(&d))) {
        return Err(crate::err!("no image named {wanted:?} in the layout's index.json"));
    }
    let mut images = Vec::new();
    for descriptor in index.manifests.iter().filter(named).filter(|d| d.runs_on(platform)) {
        let names = oci_names(descriptor)?;
        let manifest_descriptor = if descriptor.is_index() {
            let nested: OciDocument = serde_json::from_slice(&oci_blob(archive, &descriptor.digest)?)
                .context(|| format!("parse image index {}", descriptor.digest))?;
            nested.manifests.into_iter().find(|d| d.runs_on(platform) && !d.is_index()).ok_or_else(|| {
                let wanted = platform.map_or_else(|| format!("linux/{}", oci_spec::image::Arch::default()), ToString::to_string);
                crate::err!("image index {} has no image for {wanted}", descriptor.digest)
            })?
        } else {
            Descriptor { media_type: descriptor.media_type.clone(), digest: descriptor.digest.clone(), annotations: HashMap::new(), platform: None }
        };
        let manifest = oci_blob(archive, &manifest_descriptor.digest)?;
        images.push(image_from_manifest(store, archive, staging, &manifest, &manifest_descriptor.digest, names, blob_path)?);
    }
    if images.is_empty() {
        return Err(crate::err!("index.json lists no image for linux/{}", oci_spec::image::Arch::default()));
    }
    Ok(images)
}

/// docker-dir: the one image its `manifest.json` describes.
fn dir_image(store: &ImageStore, archive: &Source, staging: &mut Staging) -> Result<ImageRecord> {
    let manifest = archive.read_document("manifest.json")?;
    let hex_path = |digest: &str| -> Result<String> {
        digest::sha256_hex(digest).map(str::to_string).ok_or_else(|| crate::err!("unsupported digest {digest:?}"))
    };
    image_from_manifest(store, archive, staging, &manifest, &digest::sha256(&manifest), Vec::new(), hex_path)
}

/// The image an image manifest describes, its blobs found at `path_of(digest)`.
fn image_from_manifest(
    store: &ImageStore,
    archive: &Source,
    staging: &mut Staging,
    manifest: &[u8],
    manifest_digest: &str,
    names: Vec<String>,
    path_of: impl Fn(&str) -> Result<String>,
) -> Result<ImageRecord> {
    let parsed: OciDocument = serde_json::from_slice(manifest).context(|| format!("parse manifest {manifest_digest}"))?;
    let config_descriptor = parsed.config.ok_or_else(|| crate::err!("manifest {manifest_digest} has no config"))?;
    let config = checked_blob(archive, &path_of(&config_descriptor.digest)?, &config_descriptor.digest)?;
    let diff_ids = diff_ids(&config)?;
    if diff_ids.len() != parsed.layers.len() {
        return Err(crate::err!("config {} lists {} layers, manifest {}", config_descriptor.digest, diff_ids.len(), parsed.layers.len()));
    }
    let mut layers = Vec::new();
    for (descriptor, diff_id) in parsed.layers.iter().zip(&diff_ids) {
        layers.push(layer(store, staging, diff_id, Some(&descriptor.digest), || archive.open(&path_of(&descriptor.digest)?))?);
    }
    staging.add_blob(&config)?;
    staging.add_blob(manifest)?;
    Ok(ImageRecord::new(&config, names, manifest_digest.to_string(), layers))
}

/// Names from the annotations: containerd's full docker-style name, or the
/// OCI ref name, which podman treats as a local name.
fn oci_names(descriptor: &Descriptor) -> Result<Vec<String>> {
    let name = if let Some(name) = descriptor.annotations.get(CONTAINERD_NAME) {
        Reference::parse(name)?.normalize_docker()
    } else if let Some(name) = descriptor.annotations.get(REF_NAME) {
        Reference::parse(name)?.normalize_local()
    } else {
        return Ok(Vec::new());
    };
    Ok(vec![name.to_string()])
}

/// Where an OCI layout keeps the blob `digest` (a sha256 one, checked).
pub(super) fn blob_path(digest: &str) -> Result<String> {
    let hex = digest::sha256_hex(digest).ok_or_else(|| crate::err!("unsupported digest {digest:?}"))?;
    Ok(format!("blobs/sha256/{hex}"))
}

/// A manifest or config blob of an OCI layout, checked against its digest.
fn oci_blob(archive: &Source, digest: &str) -> Result<Vec<u8>> {
    checked_blob(archive, &blob_path(digest)?, digest)
}

/// A manifest or config blob at `path`, checked against its digest.
fn checked_blob(archive: &Source, path: &str, digest: &str) -> Result<Vec<u8>> {
    let data = archive.read_document(path)?;
    let actual = digest::sha256(&data);
    if actual != digest {
        return Err(crate::err!("blob {digest} in archive has digest {actual}"));
    }
    Ok(data)
}

fn diff_ids(config: &[u8]) -> Result<Vec<String>> {
    let parsed: oci_spec::image::ImageConfiguration = serde_json::from_slice(config).context(|| "parse image config".into())?;
    Ok(parsed.rootfs().diff_ids().clone())
}

/// The layer with diff id `diff_id`: already in the store or staged, or
/// else unpacked from `open()`, which must produce exactly that diff id.
fn layer<'a, R: Read + 'a>(
    store: &ImageStore,
    staging: &mut Staging,
    diff_id: &str,
    expected_blob: Option<&str>,
    open: impl FnOnce() -> Result<R>,
) -> Result<LayerRecord> {
    if let Some(staged) = staging.layer(diff_id) {
        return Ok(staged.clone());
    }
    if let Some(stored) = staging.reuse_layer(store, diff_id)? {
        return Ok(stored);
    }
    let record = staging.add_layer(open()?, expected_blob)?;
    if record.diff_id != diff_id {
        return Err(crate::err!("layer content does not match the image config: expected diff id {diff_id}, got {}", record.diff_id));
    }
    Ok(record)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cleans_archive_paths() {
        assert_eq!(clean("./manifest.json"), "manifest.json");
        assert_eq!(clean("/a/./b/../c"), "a/c");
        assert_eq!(clean(&format!("{}/{}", parent_of("abc/layer.tar"), "../def/layer.tar")), "def/layer.tar");
    }
}
