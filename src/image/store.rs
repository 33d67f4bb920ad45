//! The image store, under the data directory:
//!
//! - `blobs/sha256/<hex>`: manifests, configs and layer blobs as received.
//! - `layers/<diff-id hex>/diff/`: each layer unpacked once, shared by every
//!   image that has it, used as an overlay lower directory.
//! - `images.json`: the image records, replaced atomically.
//!
//! New content is written into locked `.tmp-*` entries beside its final
//! place (see [`Staging`]) and renamed into place only under the exclusive
//! store lock, right before the records that use it are written. So, after
//! every writer releases the lock, what `blobs/` and `layers/` hold is what
//! the records reference, and whatever else is there is garbage a killed
//! process left, collected by the next writer.
//!
//! Entries are also flock'ed individually: a writer holds an exclusive lock
//! on its `.tmp-*` entries while it lives, and a shared one on stored
//! content it reuses; garbage collection only removes what it can lock.
//!
//! - `unsynced/`: what was stored but may not be on the disk yet (see
//!   [`unsynced`](super::unsynced)).

use super::compression::{self, Compression};
use super::digest::{self, HashingReader, HashingWriter};
use super::layer;
use super::pipe;
use super::reference::{self, Reference};
use super::unsynced;
use crate::error::{Context, Error, Result};
use crate::paths::Paths;
use crate::storage::{atomic, lock};
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};
use std::fs::File;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LayerRecord {
    /// "sha256:<hex>" of the uncompressed tar.
    pub diff_id: String,
    /// "sha256:<hex>" of the blob as stored (maybe compressed).
    pub blob: String,
    pub media_type: String,
    /// Uncompressed size in bytes.
    pub size: u64,
    /// Size of the blob as stored, for manifests.
    #[serde(default)]
    pub blob_size: u64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImageRecord {
    /// Hex sha256 of the config blob, without "sha256:".
    pub id: String,
    /// Fully qualified names: "localhost/bb:latest", "docker.io/library/busybox:latest".
    pub names: Vec<String>,
    /// "sha256:<hex>" of the manifest blob.
    pub digest: String,
    /// Lowest layer first.
    pub layers: Vec<LayerRecord>,
    /// Unix seconds.
    pub created: i64,
    /// Sum of the uncompressed layer sizes.
    pub size: u64,
    /// Every name the image has had, most recent first (podman's NamesHistory).
    #[serde(default)]
    pub names_history: Vec<String>,
    /// Layers the build of this image made in its other stages: not part
    /// of the image, kept as long as it is so that the build cache's
    /// entries for those stages stay usable.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub build_layers: Vec<LayerRecord>,
}

/// One platform's manifest of an image: see [`ImageStore::manifest_summary`].
pub struct ManifestSummary {
    /// "sha256:<hex>" of the manifest blob.
    pub digest: String,
    pub media_type: String,
    pub manifest_size: u64,
    /// The platform its config states ("unknown" when it is unreadable).
    pub platform: super::registry::manifest::Platform,
    /// The layers' bytes as stored (compressed, as pulled).
    pub content_size: u64,
    /// The unpacked layers' bytes.
    pub disk_usage: u64,
}

impl ImageRecord {
    /// The record of an image with config `config` (whose digest is the
    /// image id) and manifest digest `digest`.
    pub fn new(config: &[u8], names: Vec<String>, digest: String, layers: Vec<LayerRecord>) -> ImageRecord {
        let created = serde_json::from_slice::<serde_json::Value>(config)
            .ok()
            .and_then(|c| c.get("created").and_then(|t| t.as_str()).and_then(crate::time::parse_unix))
            .unwrap_or(0);
        ImageRecord {
            id: digest::sha256(config).trim_start_matches("sha256:").to_string(),
            names,
            digest,
            size: layers.iter().map(|l| l.size).sum(),
            layers,
            created,
            names_history: Vec::new(),
            build_layers: Vec::new(),
        }
    }

    /// `REPOSITORY@DIGEST` for each repository the image is named in.
    pub fn repo_digests(&self) -> Vec<String> {
        let mut digests: Vec<String> =
            self.names.iter().map(|n| format!("{}@{}", reference::repository_and_tag(n).0, self.digest)).collect();
        digests.dedup();
        digests
    }

    /// Every blob the image keeps: config, manifest, layers (its build's too).
    fn blobs(&self) -> impl Iterator<Item = String> + '_ {
        [format!("sha256:{}", self.id), self.digest.clone()]
            .into_iter()
            .chain(self.kept_layers().map(|l| l.blob.clone()))
    }

    /// The image's layers and its build's other layers.
    pub(super) fn kept_layers(&self) -> impl Iterator<Item = &LayerRecord> + '_ {
        self.layers.iter().chain(&self.build_layers)
    }

    /// Give the image a name (again), remembering it in the history.
    fn add_name(&mut self, name: &str) {
        if !self.names.iter().any(|n| n == name) {
            self.names.push(name.to_string());
        }
        self.names_history.retain(|n| n != name);
        self.names_history.insert(0, name.to_string());
    }
}

/// What a reference resolved to.
pub struct Resolved {
    /// Position in the list the reference was resolved against.
    pub index: usize,
    /// The full name it matched, when it matched a name rather than an id.
    pub name: Option<String>,
}

#[derive(Default, Deserialize)]
struct Index {
    images: Vec<ImageRecord>,
}

/// The index as written: the records borrowed, not copied.
#[derive(Serialize)]
struct IndexRef<'a> {
    images: &'a [ImageRecord],
}

pub struct ImageStore {
    root: PathBuf,
    /// The skiff binary that syncs new content in the background (see
    /// [`unsynced`]); None syncs it before a commit returns.
    sync_helper: Option<PathBuf>,
}

pub(super) const TEMP_PREFIX: &str = ".tmp-";
/// A temporary entry whose lock is free may belong to a process that has
/// just created it and not locked it yet: only older ones are garbage.
const TEMP_GRACE: std::time::Duration = std::time::Duration::from_secs(60);

impl ImageStore {
    pub fn open(paths: &Paths) -> Result<ImageStore> {
        let store = ImageStore { root: paths.data.clone(), sync_helper: Some(PathBuf::from("/proc/self/exe")) };
        store.drop_lost_content()?;
        Ok(store)
    }

    /// Remove the images whose content an earlier boot stored but may not
    /// have written to the disk before the machine went down (see
    /// [`unsynced`]), with that content. Costs one directory read when
    /// there is nothing to do.
    fn drop_lost_content(&self) -> Result<()> {
        if unsynced::from_earlier_boots(&self.unsynced_dir())?.0.is_empty() {
            return Ok(());
        }
        let (entries, lost) = self.update(|images| {
            // Again under the lock: another process may have done it.
            let (entries, lost) = unsynced::from_earlier_boots(&self.unsynced_dir())?;
            images.retain(|image| {
                let damaged = image.kept_layers().any(|l| lost.layers.contains(&l.diff_id)) || image.blobs().any(|b| lost.blobs.contains(&b));
                if damaged {
                    let name = image.names.first().cloned().unwrap_or_else(|| image.id[..12].to_string());
                    crate::sys::warnings::warn(&format!(
                        "image {name} was stored just before the machine went down and may not have reached the disk: removed it (pull or load it again)"
                    ));
                }
                !damaged
            });
            Ok((entries, lost))
        })?;
        // The update's garbage collection removed the content: the entries
        // go only once none of it is left (a pinned layer stays until the
        // next try).
        for diff_id in &lost.layers {
            if self.layer_dir(diff_id).parent().is_some_and(Path::exists) {
                return Ok(());
            }
        }
        for digest in &lost.blobs {
            if self.blob_path(digest).is_ok_and(|path| path.exists()) {
                return Ok(());
            }
        }
        for entry in entries {
            std::fs::remove_file(&entry).context(|| format!("remove {}", entry.display()))?;
        }
        Ok(())
    }

    /// Where a compressed archive is spooled, uncompressed, while it is
    /// read: in the store's file system, which has room for its layers.
    pub fn spool_dir(&self) -> &Path {
        &self.root
    }

    pub(super) fn data_dir(&self) -> &Path {
        &self.root
    }
    pub(super) fn blobs_dir(&self) -> PathBuf {
        self.root.join("blobs").join("sha256")
    }
    pub(super) fn layers_dir(&self) -> PathBuf {
        self.root.join("layers")
    }
    fn index_path(&self) -> PathBuf {
        self.root.join("images.json")
    }
    fn unsynced_dir(&self) -> PathBuf {
        self.root.join("unsynced")
    }

    /// Where the blob with digest "sha256:<hex>" is (or would be) stored.
    pub fn blob_path(&self, digest: &str) -> Result<PathBuf> {
        let hex = digest::sha256_hex(digest).ok_or_else(|| crate::err!("invalid digest {digest:?}"))?;
        Ok(self.blobs_dir().join(hex))
    }

    pub fn read_blob(&self, digest: &str) -> Result<Vec<u8>> {
        let path = self.blob_path(digest)?;
        std::fs::read(&path).context(|| format!("read blob {digest}"))
    }

    /// The unpacked directory of one layer, usable as an overlay lowerdir.
    pub fn layer_dir(&self, diff_id: &str) -> PathBuf {
        self.layers_dir().join(diff_id.trim_start_matches("sha256:")).join("diff")
    }

    /// The lower directories of a container made from `image`: its layers,
    /// lowest first, over the store's mount point skeleton (see
    /// [`crate::storage::skeleton`]; the one with /etc/hosts for a
    /// container that gets skiff's, `with_hosts`) when it can be had.
    pub fn rootfs_layers(&self, image: &ImageRecord, with_hosts: bool) -> Vec<PathBuf> {
        let skeleton = crate::storage::skeleton::lower_dir(&self.layers_dir(), with_hosts);
        skeleton.into_iter().chain(image.layers.iter().map(|l| self.layer_dir(&l.diff_id))).collect()
    }

    /// Held while using images (creating a container from one): no image
    /// is removed meanwhile.
    pub fn lock_shared(&self) -> Result<lock::Lock> {
        lock::shared(&self.root.join("images.lock"))
    }

    /// Held while changing the index and what is in blobs/ and layers/.
    pub fn lock_exclusive(&self) -> Result<lock::Lock> {
        lock::exclusive(&self.root.join("images.lock"))
    }

    /// All images, in the order they were stored.
    pub fn list(&self) -> Result<Vec<ImageRecord>> {
        Ok(self.index()?.as_ref().clone())
    }

    /// The images of the index file, parsed once per process for each
    /// content it has: the file is read every time, and parsed again only
    /// when its bytes differ from those parsed last. `run` read the index
    /// three times (the pull check, the lookup under the lock, the start),
    /// and its parse grows with the images: with 100 in the store, 4.1 M
    /// of the run's 8.6 M instructions. Comparing the bytes, not the file's
    /// inode and times, cannot mistake a new index for an old one.
    fn index(&self) -> Result<std::sync::Arc<Vec<ImageRecord>>> {
        type Parsed = (PathBuf, Vec<u8>, std::sync::Arc<Vec<ImageRecord>>);
        static LAST: std::sync::Mutex<Option<Parsed>> = std::sync::Mutex::new(None);
        let path = self.index_path();
        let data = match std::fs::read(&path) {
            Ok(data) => data,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Default::default()),
            Err(e) => return Err(crate::err!("read {}: {e}", path.display())),
        };
        let mut last = LAST.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        if let Some((_, _, images)) = last.as_ref().filter(|(p, d, _)| *p == path && *d == data) {
            return Ok(images.clone());
        }
        let images = std::sync::Arc::new(serde_json::from_slice::<Index>(&data).context(|| format!("parse {}", path.display()))?.images);
        *last = Some((path, data, images.clone()));
        Ok(images)
    }

    /// podman's image inspect object (`image inspect`, the API's image inspect).
    pub fn inspect_json(&self, name: &str) -> Option<serde_json::Value> {
        let image = self.lookup(name).ok()?;
        let config = self.config(&image).ok()?;
        let manifest = self.read_blob(&image.digest).ok()?;
        let manifest_type = serde_json::from_slice::<serde_json::Value>(&manifest).ok().and_then(|m| Some(m.get("mediaType")?.as_str()?.to_string()));
        let mut value = serde_json::json!({
            "Id": image.id,
            "Digest": image.digest,
            "RepoTags": image.names,
            "RepoDigests": image.repo_digests(),
            "Created": crate::time::format(image.created),
            "Config": config.config(),
            "Architecture": config.architecture().to_string(),
            "Os": config.os().to_string(),
            "Size": image.size,
            "Labels": config.config().as_ref().and_then(|c| c.labels().clone()),
            "Annotations": crate::image::oci::annotations(&manifest),
            "ManifestType": manifest_type.unwrap_or_else(|| crate::image::oci::MANIFEST_MEDIA_TYPE.to_string()),
            "RootFS": {"Type": "layers", "Layers": image.layers.iter().map(|l| l.diff_id.clone()).collect::<Vec<_>>()},
            "History": config.history(),
            "Author": config.author().clone().unwrap_or_default(),
            // As docker's commit message: that of the newest history entry.
            "Comment": config.history().as_ref().and_then(|h| h.last()?.comment().clone()).unwrap_or_default(),
        });
        // podman's fields that docker's have too: skiff's images have no
        // parent image, and no docker version built them.
        let mut layer_dirs = image.layers.iter().rev().map(|l| self.layer_dir(&l.diff_id).display().to_string());
        let mut driver_data = serde_json::Map::new();
        if let Some(top) = layer_dirs.next() {
            driver_data.insert("UpperDir".into(), serde_json::json!(top));
        }
        let lower = layer_dirs.collect::<Vec<_>>();
        if !lower.is_empty() {
            driver_data.insert("LowerDir".into(), serde_json::json!(lower.join(":")));
        }
        let driver = crate::storage::driver::recorded(&self.root).unwrap_or(crate::storage::driver::Driver::Overlay);
        value["Parent"] = serde_json::json!("");
        value["Version"] = serde_json::json!("");
        value["VirtualSize"] = serde_json::json!(image.size);
        value["GraphDriver"] = serde_json::json!({"Name": driver.name(), "Data": driver_data});
        value["User"] = serde_json::json!(config.config().as_ref().and_then(|c| c.user().clone()).unwrap_or_default());
        value["NamesHistory"] = serde_json::json!(image.names);
        // podman leaves Variant out when the config has none.
        if let Some(variant) = config.variant() {
            value["Variant"] = serde_json::json!(variant);
        }
        Some(value)
    }

    /// Find an image by name, short name, id, "sha256:<id>" or id prefix.
    pub fn lookup(&self, reference: &str) -> Result<ImageRecord> {
        let images = self.index()?;
        match resolve(&images, reference)? {
            Some(found) => Ok(images[found.index].clone()),
            None => Err(not_known(reference)),
        }
    }

    /// The image's config, parsed.
    pub fn config(&self, image: &ImageRecord) -> Result<oci_spec::image::ImageConfiguration> {
        let data = self.read_blob(&format!("sha256:{}", image.id))?;
        serde_json::from_slice(&data).context(|| format!("parse the config of image {}", image.id))
    }

    /// The image's manifest as docker's image tree shows it (and
    /// `GET /images/json?manifests=1` gives it): skiff keeps one platform
    /// of an image, so an image has exactly this one.
    pub fn manifest_summary(&self, image: &ImageRecord) -> ManifestSummary {
        let manifest = self.read_blob(&image.digest).unwrap_or_default();
        let media_type = serde_json::from_slice::<serde_json::Value>(&manifest)
            .ok()
            .and_then(|m| m.get("mediaType").and_then(|t| t.as_str()).map(str::to_string))
            .unwrap_or_else(|| "application/vnd.oci.image.manifest.v1+json".to_string());
        let platform = match self.config(image) {
            Ok(config) => {
                let mut platform = super::registry::manifest::Platform::of_config(&config);
                platform.variant = platform.variant.filter(|v| !v.is_empty());
                platform
            }
            Err(_) => super::registry::manifest::Platform { os: "unknown".into(), architecture: String::new(), variant: None },
        };
        ManifestSummary {
            digest: image.digest.clone(),
            media_type,
            manifest_size: manifest.len() as u64,
            platform,
            content_size: image.layers.iter().map(|l| l.blob_size).sum(),
            disk_usage: image.size,
        }
    }

    /// Start writing new content. It stays invisible until committed and is
    /// removed if the staging is dropped.
    pub fn stage(&self) -> Result<Staging> {
        for dir in [self.blobs_dir(), self.layers_dir()] {
            std::fs::create_dir_all(&dir).context(|| format!("create {}", dir.display()))?;
        }
        Ok(Staging { blobs_dir: self.blobs_dir(), layers_dir: self.layers_dir(), blobs: HashMap::new(), layers: HashMap::new(), pins: Vec::new(), stored_layers: None })
    }

    /// Make staged content visible and add `images` to the index (their
    /// names move from any image that had them). Returns the stored records,
    /// which may carry more names when an image was already there.
    pub fn commit(&self, staging: Staging, images: Vec<ImageRecord>) -> Result<Vec<ImageRecord>> {
        self.commit_with(staging, images, false)
    }

    /// As [`commit`](Self::commit), but an image already there takes the
    /// new manifest: a build made again with other annotations or in the
    /// other format has the same config, and so the same id.
    pub fn commit_replacing_manifests(&self, staging: Staging, images: Vec<ImageRecord>) -> Result<Vec<ImageRecord>> {
        self.commit_with(staging, images, true)
    }

    fn commit_with(&self, staging: Staging, images: Vec<ImageRecord>, replace_manifests: bool) -> Result<Vec<ImageRecord>> {
        let mut published = false;
        let stored = self.update(|index| {
            for image in &images {
                for blob in image.blobs() {
                    if !staging.blobs.contains_key(&blob) && !self.blob_path(&blob)?.exists() {
                        return Err(crate::err!("blob {blob} of image {} was removed meanwhile: try again", image.id));
                    }
                }
                for layer in image.kept_layers() {
                    if !staging.layers.contains_key(&layer.diff_id) && !self.layer_dir(&layer.diff_id).exists() {
                        return Err(crate::err!("layer {} was removed meanwhile: try again", layer.diff_id));
                    }
                }
            }
            published = staging.publish(self)?;
            let mut stored = Vec::new();
            for mut image in images {
                let names = std::mem::take(&mut image.names);
                let position = match index.iter().position(|i| i.id == image.id) {
                    Some(position) => {
                        if replace_manifests {
                            index[position].digest = image.digest.clone();
                            index[position].layers = image.layers.clone();
                        }
                        // Built again: keep the layers of both builds' other stages.
                        let kept = &mut index[position].build_layers;
                        for layer in image.build_layers {
                            if !kept.contains(&layer) {
                                kept.push(layer);
                            }
                        }
                        position
                    }
                    None => {
                        index.push(image);
                        index.len() - 1
                    }
                };
                give_names(index, position, &names);
                stored.push(index[position].clone());
            }
            Ok(stored)
        })?;
        if published {
            // Stored already: a failure here is the next boot's to handle.
            if let Err(e) = unsynced::sync_in_background(&self.unsynced_dir(), self.sync_helper.as_deref()) {
                crate::sys::warnings::warn(&format!("sync the image store: {e}"));
            }
        }
        Ok(stored)
    }

    /// Add full names to the image `reference` resolves to (`skiff tag`);
    /// other images that had them lose them.
    pub fn tag(&self, reference: &str, names: &[String]) -> Result<()> {
        self.update(|index| {
            let found = resolve(index, reference)?.ok_or_else(|| not_known(reference))?;
            give_names(index, found.index, names);
            Ok(())
        })
    }

    /// Change the index under the exclusive lock: `change` edits the records
    /// (and may do other work that must not race with image writers); the
    /// index is then written and content no record uses is deleted. Nothing
    /// is written when `change` fails.
    pub fn update<T>(&self, change: impl FnOnce(&mut Vec<ImageRecord>) -> Result<T>) -> Result<T> {
        let _lock = self.lock_exclusive()?;
        let mut images = self.list()?;
        let result = change(&mut images)?;
        // Compact: every command that names an image parses it, and its
        // indentation was a quarter of its bytes.
        atomic::write(&self.index_path(), &serde_json::to_vec(&IndexRef { images: &images })?)?;
        self.collect_garbage(&images);
        Ok(result)
    }

    /// Delete blobs and layers no image references, and temporary entries
    /// of killed processes. Best effort: what fails is retried next time.
    fn collect_garbage(&self, images: &[ImageRecord]) {
        self.collect_kept_signatures(images);
        let (blobs, layers) = referenced(images);
        for (dir, keep) in [(self.blobs_dir(), &blobs), (self.layers_dir(), &layers)] {
            let Ok(entries) = std::fs::read_dir(&dir) else { continue };
            for entry in entries.flatten() {
                let name = entry.file_name().to_string_lossy().into_owned();
                if name.starts_with(TEMP_PREFIX) {
                    if abandoned(&entry.path()) {
                        remove_entry(&entry.path());
                    }
                } else if !keep.contains(&name) {
                    // A loader about to reuse it holds a shared lock: leave it
                    // for the next collection.
                    let Some(_unused) = File::open(entry.path()).ok().filter(|f| f.try_lock().is_ok()) else { continue };
                    // Renamed away first, so that an interrupted removal never
                    // leaves a partial layer under its real name.
                    let doomed = dir.join(format!("{TEMP_PREFIX}removed-{name}"));
                    if std::fs::rename(entry.path(), &doomed).is_ok() {
                        remove_entry(&doomed);
                    }
                }
            }
        }
    }
}

/// The names in blobs/sha256/ and in layers/ that `images` use: the hex
/// digests of their blobs, and of their layers' diff ids.
pub(super) fn referenced(images: &[ImageRecord]) -> (HashSet<String>, HashSet<String>) {
    let blobs = images.iter().flat_map(|i| i.blobs()).filter_map(|b| digest::sha256_hex(&b).map(str::to_string)).collect();
    let mut layers: HashSet<String> = images.iter().flat_map(|i| i.kept_layers()).map(|l| l.diff_id.trim_start_matches("sha256:").to_string()).collect();
    // Not layers, and made again when missing, but every container uses one.
    layers.extend([crate::storage::skeleton::NAME, crate::storage::skeleton::NAME_WITH_HOSTS].map(String::from));
    (blobs, layers)
}

/// Give `names` to `index[position]`, taking them from any other image.
fn give_names(index: &mut [ImageRecord], position: usize, names: &[String]) {
    for (i, other) in index.iter_mut().enumerate() {
        if i != position {
            other.names.retain(|n| !names.contains(n));
        }
    }
    for name in names {
        index[position].add_name(name);
    }
}

/// The error for a reference that matches nothing.
pub fn not_known(reference: &str) -> Error {
    crate::err!("{reference}: image not known")
}

/// Resolve `input` against `images`: an exact name, then the full names a
/// short name stands for, then a unique name ending in it, then an image id
/// (full, "sha256:"-prefixed, or a unique prefix of at least 3 digits).
pub fn resolve(images: &[ImageRecord], input: &str) -> Result<Option<Resolved>> {
    let named = |name: &str| {
        images.iter().position(|i| i.names.iter().any(|n| n == name)).map(|index| Resolved { index, name: Some(name.to_string()) })
    };
    if let Some(hex) = input.strip_prefix("sha256:") {
        return by_id(images, hex, input);
    }
    if let Some(found) = named(input) {
        return Ok(Some(found));
    }
    if input.len() == 64 && reference::is_hex(input) {
        return by_id(images, input, input);
    }
    if let Ok(short) = Reference::parse(input) {
        for candidate in short.lookup_candidates() {
            if let Some(found) = named(&candidate.to_string()) {
                return Ok(Some(found));
            }
            if let Some(digest) = &candidate.digest {
                let repository = candidate.repository();
                let pinned = images.iter().position(|i| {
                    &i.digest == digest && i.names.iter().any(|n| reference::repository_and_tag(n).0 == repository)
                });
                if let Some(index) = pinned {
                    return Ok(Some(Resolved { index, name: None }));
                }
            }
        }
        // Names a registries.conf alias or search registry gives it (read
        // only now: most lookups are settled above). A broken file is
        // reported by pull, not by every command that names an image.
        let configured = crate::image::registry::registries_conf::RegistriesConf::load().map(|c| c.local_candidates(&short));
        for candidate in configured.unwrap_or_default() {
            if let Some(found) = named(&candidate.to_string()) {
                return Ok(Some(found));
            }
        }
        let mut suffixed = images
            .iter()
            .enumerate()
            .flat_map(|(index, i)| i.names.iter().filter(|n| short.is_suffix_of(n)).map(move |n| (index, n)));
        if let Some((index, name)) = suffixed.next() {
            if let Some((_, other)) = suffixed.find(|(other, _)| *other != index) {
                return Err(crate::err!("{input}: short name matches more than one image ({name}, {other}): use a full name"));
            }
            return Ok(Some(Resolved { index, name: Some(name.clone()) }));
        }
    }
    if input.len() >= 3 && reference::is_hex(input) {
        return by_id(images, input, input);
    }
    Ok(None)
}

fn by_id(images: &[ImageRecord], prefix: &str, input: &str) -> Result<Option<Resolved>> {
    if prefix.is_empty() || !reference::is_hex(prefix) {
        return Ok(None);
    }
    let mut matches = images.iter().enumerate().filter(|(_, i)| i.id.starts_with(prefix));
    match (matches.next(), matches.next()) {
        (Some((index, _)), None) => Ok(Some(Resolved { index, name: None })),
        (Some(_), Some(_)) => Err(crate::err!("{input}: more than one image matches this id prefix")),
        (None, _) => Ok(None),
    }
}

pub(super) fn remove_entry(path: &Path) {
    if std::fs::symlink_metadata(path).is_ok_and(|m| m.is_dir()) {
        let _ = crate::sys::fs::remove_tree(path);
    } else {
        let _ = std::fs::remove_file(path);
    }
}

/// Take a shared lock on a stored layer directory or blob, if it is still
/// there once locked (garbage collection renames it away under an exclusive
/// lock).
fn pin(path: &Path) -> Option<File> {
    use std::os::unix::fs::MetadataExt;
    let file = File::open(path).ok()?;
    file.lock_shared().ok()?;
    let (locked, current) = (file.metadata().ok()?, std::fs::metadata(path).ok()?);
    (locked.dev() == current.dev() && locked.ino() == current.ino()).then_some(file)
}

/// A temporary entry is abandoned when it is old enough and nobody holds
/// its lock (its writer locks it for as long as it lives).
pub(super) fn abandoned(path: &Path) -> bool {
    let old = std::fs::symlink_metadata(path)
        .and_then(|m| m.modified())
        .is_ok_and(|t| t.elapsed().is_ok_and(|age| age > TEMP_GRACE));
    old && File::open(path).is_ok_and(|f| f.try_lock().is_ok())
}

/// Blobs and layers written but not yet visible in the store.
pub struct Staging {
    blobs_dir: PathBuf,
    layers_dir: PathBuf,
    /// By digest; each temporary file is locked through its own descriptor.
    blobs: HashMap<String, tempfile::NamedTempFile>,
    /// By diff id.
    layers: HashMap<String, StagedLayer>,
    /// Shared locks on stored content this staging reuses.
    pins: Vec<File>,
    /// The stored images' layers by diff id, and the parsed index they
    /// were taken from (see [`reuse_layer`](Self::reuse_layer)).
    stored_layers: Option<(std::sync::Arc<Vec<ImageRecord>>, HashMap<String, LayerRecord>)>,
}

struct StagedLayer {
    record: LayerRecord,
    /// Holds the unpacked `diff/`; removed on drop unless published.
    dir: tempfile::TempDir,
    _lock: File,
}

impl Staging {
    /// Stage a small blob (a config or manifest) and return its digest.
    pub fn add_blob(&mut self, data: &[u8]) -> Result<String> {
        let mut writer = self.blob_writer()?;
        writer.write_all(data)?;
        Ok(self.finish_blob(writer, None)?.0)
    }

    /// Where a blob staged earlier is written until it is committed (None
    /// for one that was not staged, as one the store already had).
    pub fn staged_blob_path(&self, digest: &str) -> Option<&Path> {
        self.blobs.get(digest).map(|file| file.path())
    }

    /// The record of a layer staged earlier, if any.
    pub fn layer(&self, diff_id: &str) -> Option<&LayerRecord> {
        self.layers.get(diff_id).map(|l| &l.record)
    }

    /// Where a layer staged earlier is unpacked until it is committed.
    pub fn staged_layer_dir(&self, diff_id: &str) -> Option<PathBuf> {
        self.layers.get(diff_id).map(|l| l.dir.path().join("diff"))
    }

    /// The record of a layer some stored image has, pinned (with its blob)
    /// so that no garbage collection removes it before this staging is
    /// committed or dropped. None when there is no such layer (any more).
    /// The map of stored layers is made again only when the index's
    /// content has changed (a pull of many layers asked once per layer):
    /// [`ImageStore::index`] hands out the same parse for the same bytes,
    /// and this staging holds that parse, so its address is not reused.
    pub fn reuse_layer(&mut self, store: &ImageStore, diff_id: &str) -> Result<Option<LayerRecord>> {
        let images = store.index()?;
        if self.stored_layers.as_ref().is_none_or(|(read, _)| !std::sync::Arc::ptr_eq(read, &images)) {
            let layers = images.iter().flat_map(|i| i.layers.iter().chain(&i.build_layers)).map(|l| (l.diff_id.clone(), l.clone())).collect();
            self.stored_layers = Some((images, layers));
        }
        let Some(record) = self.stored_layers.as_ref().and_then(|(_, layers)| layers.get(diff_id)).cloned() else {
            return Ok(None);
        };
        let layer_dir = store.layer_dir(diff_id);
        let layer_dir = layer_dir.parent().expect("layer directories have a parent");
        match (pin(layer_dir), pin(&store.blob_path(&record.blob)?)) {
            (Some(layer), Some(blob)) => {
                self.pins.extend([layer, blob]);
                Ok(Some(record))
            }
            _ => Ok(None),
        }
    }

    /// The layers of a stored image, each pinned as by
    /// [`reuse_layer`](Self::reuse_layer); `whose` names the image in the
    /// error when one has gone meanwhile.
    pub fn reuse_image_layers(&mut self, store: &ImageStore, image: &ImageRecord, whose: &str) -> Result<Vec<LayerRecord>> {
        let mut layers = Vec::with_capacity(image.layers.len() + 1);
        for layer in &image.layers {
            let pinned = self
                .reuse_layer(store, &layer.diff_id)?
                .ok_or_else(|| crate::err!("layer {} of {whose} was removed meanwhile: try again", layer.diff_id))?;
            layers.push(pinned);
        }
        Ok(layers)
    }

    /// Unpack a layer blob (plain, gzip or zstd tar), storing the blob as
    /// received. When `expected_blob` is given the blob must have that
    /// digest. A full disk is named as such, with the store's file system.
    pub fn add_layer(&mut self, blob: impl Read, expected_blob: Option<&str>) -> Result<LayerRecord> {
        let layers_dir = self.layers_dir.clone();
        self.unpack_and_store(blob, expected_blob).map_err(|e| e.on_file_system(&layers_dir))
    }

    fn unpack_and_store(&mut self, blob: impl Read, expected_blob: Option<&str>) -> Result<LayerRecord> {
        let dir = tempfile::Builder::new().prefix(TEMP_PREFIX).tempdir_in(&self.layers_dir).context(|| "create layer directory".into())?;
        let lock = File::open(dir.path()).context(|| "open layer directory".into())?;
        lock.lock().context(|| "lock layer directory".into())?;
        let diff = dir.path().join("diff");
        std::fs::create_dir(&diff).context(|| format!("create {}", diff.display()))?;

        let mut writer = self.blob_writer()?;
        let mut blob = blob;
        // Three threads: this one reads the blob, hashes and stores it as
        // received, a chunk at a time; a second decompresses it; a third
        // writes the files. Bounded pipes between them keep memory use
        // small.
        let diff = diff.as_path();
        let (decompressed, unpacked, fed) = std::thread::scope(|scope| {
            let (compressed_sender, compressed) = pipe::channel();
            let decompressing = scope.spawn(move || -> (Result<(Compression, String, u64)>, Result<()>) {
                let (compression, tar) = match compression::decompress(compressed) {
                    Ok(found) => found,
                    Err(e) => return (Err(e), Err(crate::err!("not unpacked"))),
                };
                let (sender, chunks) = pipe::channel();
                let unpacking = scope.spawn(move || layer::unpack(chunks, diff));
                // The diff id is hashed here rather than by the unpacking
                // thread, which has the most work of the three.
                let mut tar = HashingReader::new(tar);
                // A damaged compressed stream explains a failed unpacking
                // better than the tar reader, which only saw it end early.
                let decompressed = pipe::feed(&mut tar, sender)
                    .and_then(|()| tar.finish())
                    .map(|(diff_id, size)| (compression, diff_id, size))
                    .map_err(|e| crate::err!("read layer: {e}"));
                (decompressed, unpacking.join().expect("unpacking does not panic"))
            });
            let fed = pipe::feed_through(&mut blob, compressed_sender, &mut writer);
            let (decompressed, unpacked) = decompressing.join().expect("decompressing does not panic");
            (decompressed, unpacked, fed)
        });
        fed.context(|| "read layer".into())?;
        // Whatever follows the compressed stream is part of the blob too.
        // Read it even when unpacking failed: the likely cause is a damaged
        // blob, which its digest then tells.
        std::io::copy(&mut blob, &mut writer).context(|| "read layer".into())?;
        let (blob_digest, blob_size) = self.finish_blob(writer, expected_blob)?;
        let (compression, diff_id, size) = decompressed?;
        unpacked?;

        let record = LayerRecord { diff_id: diff_id.clone(), blob: blob_digest, media_type: compression.layer_media_type().to_string(), size, blob_size };
        // The same layer twice in one load: keep the first copy.
        self.layers.entry(diff_id).or_insert(StagedLayer { record: record.clone(), dir, _lock: lock });
        Ok(record)
    }

    /// Take over what `other` staged (layers unpacked by another thread).
    pub fn merge(&mut self, other: Staging) {
        self.blobs.extend(other.blobs);
        for (diff_id, layer) in other.layers {
            self.layers.entry(diff_id).or_insert(layer);
        }
        self.pins.extend(other.pins);
    }

    /// A blob's temporary file, unbuffered: it is written in whole chunks
    /// (a layer's) or all at once (a config's or manifest's).
    fn blob_writer(&self) -> Result<HashingWriter<tempfile::NamedTempFile>> {
        let file = tempfile::Builder::new().prefix(TEMP_PREFIX).tempfile_in(&self.blobs_dir).context(|| "create blob file".into())?;
        file.as_file().lock().context(|| "lock blob file".into())?;
        Ok(HashingWriter::new(file))
    }

    fn finish_blob(&mut self, writer: HashingWriter<tempfile::NamedTempFile>, expected: Option<&str>) -> Result<(String, u64)> {
        let (digest, size, file) = writer.finish();
        if let Some(expected) = expected.filter(|e| *e != digest) {
            return Err(crate::err!("blob digest mismatch: expected {expected}, got {digest}"));
        }
        // Not synced here: see publish.
        self.blobs.insert(digest.clone(), file);
        Ok((digest, size))
    }

    /// Rename everything into place; content another process stored first
    /// is kept and our copy dropped. Called under the exclusive lock.
    /// Returns whether anything new was stored, which the caller then
    /// syncs (see [`unsynced`]).
    fn publish(self, store: &ImageStore) -> Result<bool> {
        let mut new = unsynced::Content::default();
        for diff_id in self.layers.keys() {
            if !store.layer_dir(diff_id).parent().is_some_and(Path::exists) {
                new.layers.insert(diff_id.clone());
            }
        }
        for digest in self.blobs.keys() {
            if !store.blob_path(digest)?.exists() {
                new.blobs.insert(digest.clone());
            }
        }
        if new.is_empty() {
            return Ok(false);
        }
        // Blobs and unpacked files are written without fsync: say so on
        // the disk before anything can point at them.
        unsynced::record(&store.unsynced_dir(), &new)?;
        for (diff_id, staged) in self.layers {
            if new.layers.contains(&diff_id) {
                let target = store.layer_dir(&diff_id);
                let target = target.parent().expect("layer directories have a parent");
                std::fs::rename(staged.dir.path(), target).context(|| format!("store layer {diff_id}"))?;
                // Renamed away: nothing left for TempDir to delete.
                let _ = staged.dir.keep();
            }
        }
        for (digest, file) in self.blobs {
            if new.blobs.contains(&digest) {
                let target = store.blob_path(&digest)?;
                file.persist(&target).map_err(|e| crate::err!("store blob {digest}: {}", e.error))?;
            }
        }
        // The renames are not synced before the index names them: the
        // entry synced above names their content until the background
        // sync has written it all, renames included, and after a crash
        // the images using that content are dropped whether its data or
        // its renames were lost. (Syncing the two directories here cost a
        // journal commit at the end of every pull.)
        Ok(true)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn image(id: char, names: &[&str]) -> ImageRecord {
        ImageRecord {
            id: id.to_string().repeat(64),
            names: names.iter().map(|n| n.to_string()).collect(),
            digest: format!("sha256:{}", "f".repeat(64)),
            layers: Vec::new(),
            created: 0,
            size: 0,
            names_history: Vec::new(),
            build_layers: Vec::new(),
        }
    }

    fn found(images: &[ImageRecord], input: &str) -> Option<usize> {
        resolve(images, input).unwrap().map(|r| r.index)
    }

    #[test]
    fn resolves_names_short_names_and_ids() {
        let images = [
            image('a', &["localhost/bb:latest"]),
            image('b', &["docker.io/library/busybox:latest", "quay.io/x/tool:1"]),
            image('c', &[]),
        ];
        assert_eq!(found(&images, "localhost/bb:latest"), Some(0));
        assert_eq!(found(&images, "bb"), Some(0));
        assert_eq!(found(&images, "busybox"), Some(1));
        assert_eq!(found(&images, "busybox:latest"), Some(1));
        assert_eq!(found(&images, "tool:1"), Some(1));
        assert_eq!(found(&images, "x/tool:1"), Some(1));
        assert_eq!(found(&images, "tool"), None);
        assert_eq!(found(&images, "ccc"), Some(2));
        assert_eq!(found(&images, &format!("sha256:{}", "c".repeat(64))), Some(2));
        assert_eq!(found(&images, &"c".repeat(64)), Some(2));
        assert_eq!(found(&images, "cc"), None);
        assert_eq!(found(&images, "nope"), None);
        let by_name = resolve(&images, "bb").unwrap().unwrap();
        assert_eq!(by_name.name.as_deref(), Some("localhost/bb:latest"));
        assert!(resolve(&images, "aaa").unwrap().unwrap().name.is_none());
    }

    fn small_layer() -> Vec<u8> {
        let mut b = tar::Builder::new(Vec::new());
        let mut h = tar::Header::new_gnu();
        h.set_mode(0o644);
        h.set_uid(0);
        h.set_gid(0);
        h.set_mtime(0);
        h.set_size(2);
        b.append_data(&mut h, "hello", &b"hi"[..]).unwrap();
        b.into_inner().unwrap()
    }

    fn entries(dir: &Path) -> Vec<String> {
        std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect()
    }

    #[test]
    fn commits_atomically_and_collects_garbage() {
        let root = tempfile::tempdir().unwrap();
        let store = ImageStore { root: root.path().to_path_buf(), sync_helper: None };

        // Dropped before commit, as when a load fails: nothing is left.
        let mut staging = store.stage().unwrap();
        staging.add_layer(&small_layer()[..], None).unwrap();
        staging.add_blob(b"{}").unwrap();
        drop(staging);
        assert!(entries(&store.layers_dir()).is_empty() && entries(&store.blobs_dir()).is_empty());

        let mut staging = store.stage().unwrap();
        let layer = staging.add_layer(&small_layer()[..], None).unwrap();
        assert_eq!(layer.diff_id, digest::sha256(&small_layer()));
        assert!(staging.add_layer(&small_layer()[..], Some("sha256:00")).is_err());
        let config = br#"{"architecture":"amd64","os":"linux","rootfs":{"type":"layers","diff_ids":[]}}"#;
        staging.add_blob(config).unwrap();
        let manifest = staging.add_blob(b"manifest").unwrap();
        let image = ImageRecord::new(config, vec!["localhost/t:latest".into()], manifest, vec![layer.clone()]);
        store.commit(staging, vec![image.clone()]).unwrap();
        assert_eq!(store.lookup("t").unwrap().id, image.id);
        assert_eq!(std::fs::read(store.layer_dir(&layer.diff_id).join("hello")).unwrap(), b"hi");
        assert_eq!(entries(&store.blobs_dir()).len(), 3);

        // Signatures kept with the manifest: read back whole, replaced by
        // new ones only, kept across a tag, gone with the image.
        use crate::image::policy::Signatures;
        let attachment = crate::image::sigstore::Attachment {
            media_type: crate::image::sigstore::SIGNATURE_MEDIA_TYPE.into(),
            payload: b"{\"critical\":{}}".to_vec(),
            annotations: [("a".to_string(), "b".to_string())].into(),
        };
        let kept = Signatures { simple_signing: vec![b"\x00binary\xff".to_vec()], sigstore: vec![attachment] };
        store.keep_signatures(&image.digest, &kept).unwrap();
        store.keep_signatures(&image.digest, &Signatures::default()).unwrap();
        store.keep_signatures(&format!("sha256:{}", "0".repeat(64)), &kept).unwrap();
        store.tag("t", &["localhost/u:latest".into()]).unwrap();
        let read = store.signatures(&image.digest).unwrap();
        assert_eq!((read.simple_signing, read.sigstore), (kept.simple_signing.clone(), kept.sigstore.clone()));
        assert_eq!(entries(&root.path().join("signatures")).len(), 1, "none kept for a manifest no image has");

        store
            .update(|images| {
                images.clear();
                Ok(())
            })
            .unwrap();
        assert!(store.lookup("t").unwrap_err().message.ends_with("image not known"));
        assert!(entries(&store.layers_dir()).is_empty() && entries(&store.blobs_dir()).is_empty());
        assert!(entries(&root.path().join("signatures")).is_empty());
        assert!(store.signatures(&image.digest).unwrap().is_empty());
    }

    #[test]
    fn ambiguous_short_names_are_errors() {
        let images = [image('a', &["quay.io/a/app:latest"]), image('b', &["quay.io/b/app:latest"])];
        assert!(resolve(&images, "app").is_err());
        assert_eq!(found(&images, "a/app"), Some(0));
    }
}
