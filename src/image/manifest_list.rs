//! Manifest lists (`skiff manifest`): a named list of stored images, each
//! with the platform it is for, kept in the store's `manifest-lists.json`
//! (under its own lock) and written out as a Docker manifest list or an
//! OCI image index when inspected or pushed.

use super::compression::Compression;
use super::digest;
use super::reference::Reference;
use super::registry::client::{Body, Client};
use super::registry::manifest::{Document, DOCKER_LIST, OCI_INDEX};
use super::registry::push::{self, Format};
use super::registry::Progress;
use super::signing::PushSigning;
use super::store::{ImageRecord, ImageStore};
use crate::error::{Error, Result};
use crate::storage::{atomic, lock};
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};
use std::collections::BTreeMap;
use std::path::PathBuf;

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ManifestList {
    pub id: String,
    pub name: String,
    /// DOCKER_LIST or OCI_INDEX: what the list is written as by default.
    pub media_type: String,
    pub entries: Vec<Entry>,
}

/// One image of a list: its manifest and the platform it is for.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Entry {
    /// The stored image's id (its blobs are pushed from the store).
    pub image_id: String,
    pub digest: String,
    pub media_type: String,
    pub size: u64,
    pub os: String,
    pub architecture: String,
    #[serde(default)]
    pub variant: Option<String>,
    #[serde(default)]
    pub os_version: Option<String>,
    #[serde(default)]
    pub features: Vec<String>,
    #[serde(default)]
    pub os_features: Vec<String>,
    #[serde(default)]
    pub annotations: BTreeMap<String, String>,
}

/// What `add` and `annotate` may set on an entry (podman's flags).
#[derive(Debug, Default)]
pub struct EntryChanges {
    pub os: Option<String>,
    pub architecture: Option<String>,
    pub variant: Option<String>,
    pub os_version: Option<String>,
    pub features: Vec<String>,
    pub os_features: Vec<String>,
    pub annotations: Vec<(String, String)>,
}

impl Entry {
    /// The entry for a stored image, its platform from its config.
    pub fn for_image(store: &ImageStore, image: &ImageRecord) -> Result<Entry> {
        let manifest = store.read_blob(&image.digest)?;
        let media_type = match Document::parse(&manifest, "")? {
            Document::Image { media_type, .. } => media_type,
            Document::Index(_) => return Err(crate::err!("image {} is stored as a list, not an image", image.id)),
        };
        let config = store.config(image)?;
        Ok(Entry {
            image_id: image.id.clone(),
            digest: image.digest.clone(),
            media_type,
            size: manifest.len() as u64,
            os: config.os().to_string(),
            architecture: config.architecture().to_string(),
            variant: config.variant().clone(),
            os_version: config.os_version().clone(),
            features: Vec::new(),
            os_features: config.os_features().clone().unwrap_or_default(),
            annotations: BTreeMap::new(),
        })
    }

    pub fn apply(&mut self, changes: &EntryChanges) {
        if let Some(os) = &changes.os {
            self.os = os.clone();
        }
        if let Some(architecture) = &changes.architecture {
            self.architecture = architecture.clone();
        }
        if changes.variant.is_some() {
            self.variant = changes.variant.clone();
        }
        if changes.os_version.is_some() {
            self.os_version = changes.os_version.clone();
        }
        if !changes.features.is_empty() {
            self.features = changes.features.clone();
        }
        if !changes.os_features.is_empty() {
            self.os_features = changes.os_features.clone();
        }
        for (key, value) in &changes.annotations {
            self.annotations.insert(key.clone(), value.clone());
        }
    }

    fn descriptor(&self) -> Value {
        let mut platform = json!({ "architecture": self.architecture, "os": self.os });
        if let Some(variant) = &self.variant {
            platform["variant"] = json!(variant);
        }
        if let Some(version) = &self.os_version {
            platform["os.version"] = json!(version);
        }
        if !self.os_features.is_empty() {
            platform["os.features"] = json!(self.os_features);
        }
        if !self.features.is_empty() {
            platform["features"] = json!(self.features);
        }
        let mut descriptor = json!({ "mediaType": self.media_type, "size": self.size, "digest": self.digest, "platform": platform });
        if !self.annotations.is_empty() {
            descriptor["annotations"] = json!(self.annotations);
        }
        descriptor
    }
}

impl ManifestList {
    /// The list as a document of `media_type` (its own by default).
    pub fn document(&self, media_type: Option<&str>) -> Value {
        let media_type = media_type.unwrap_or(&self.media_type);
        json!({
            "schemaVersion": 2,
            "mediaType": media_type,
            "manifests": self.entries.iter().map(Entry::descriptor).collect::<Vec<_>>(),
        })
    }

    /// The entry `which` names: a manifest digest, or a stored image.
    pub fn entry_index(&self, store: &ImageStore, which: &str) -> Result<usize> {
        if let Some(i) = self.entries.iter().position(|e| e.digest == which) {
            return Ok(i);
        }
        let image = store.lookup(which).map_err(|_| crate::err!("{which}: not in manifest list {}", self.name))?;
        self.entries.iter().position(|e| e.image_id == image.id).ok_or_else(|| crate::err!("{which}: not in manifest list {}", self.name))
    }

    /// Whether `name` (a name as podman completes it, or the id) is this list's.
    fn is_named(&self, name: &str) -> bool {
        self.id == name || full_name(name).is_ok_and(|full| full == self.name)
    }

    /// Add (or replace: one entry per manifest digest) an entry.
    pub fn add(&mut self, entry: Entry) {
        self.entries.retain(|e| e.digest != entry.digest);
        self.entries.push(entry);
    }
}

/// The store's manifest lists.
pub struct ManifestLists {
    path: PathBuf,
    lock_path: PathBuf,
}

impl ManifestLists {
    pub fn open(store: &ImageStore) -> ManifestLists {
        let root = store.spool_dir();
        ManifestLists { path: root.join("manifest-lists.json"), lock_path: root.join("manifest-lists.lock") }
    }

    fn read(&self) -> Result<Vec<ManifestList>> {
        if !self.path.exists() {
            return Ok(Vec::new());
        }
        atomic::read_json(&self.path)
    }

    /// The list `name` names (normalized as podman names new images).
    pub fn get(&self, name: &str) -> Result<ManifestList> {
        self.find(name)?.ok_or_else(|| not_found(name))
    }

    pub fn find(&self, name: &str) -> Result<Option<ManifestList>> {
        let _lock = lock::shared(&self.lock_path)?;
        Ok(self.read()?.into_iter().find(|l| l.is_named(name)))
    }

    /// Create an empty list; refused when one has the name, unless `amend`.
    pub fn create(&self, name: &str, amend: bool) -> Result<ManifestList> {
        let full = full_name(name)?;
        self.change(|lists| {
            if let Some(existing) = lists.iter().find(|l| l.name == full) {
                if amend {
                    return Ok(existing.clone());
                }
                return Err(crate::err!("{full}: a manifest list with this name already exists (use --amend to change it)"));
            }
            let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos()).unwrap_or(0);
            let seed = format!("{full} {nanos} {}", std::process::id());
            let id = digest::sha256(seed.as_bytes()).trim_start_matches("sha256:").to_string();
            let list = ManifestList { id, name: full.clone(), media_type: DOCKER_LIST.to_string(), entries: Vec::new() };
            lists.push(list.clone());
            Ok(list)
        })
    }

    /// Change the list `name` under the lock; written only if `edit` succeeds.
    pub fn update<T>(&self, name: &str, edit: impl FnOnce(&mut ManifestList) -> Result<T>) -> Result<T> {
        self.change(|lists| {
            let list = lists.iter_mut().find(|l| l.is_named(name)).ok_or_else(|| not_found(name))?;
            edit(list)
        })
    }

    /// Remove the list `name`; returns it.
    pub fn remove(&self, name: &str) -> Result<ManifestList> {
        self.change(|lists| {
            let position = lists.iter().position(|l| l.is_named(name)).ok_or_else(|| not_found(name))?;
            Ok(lists.remove(position))
        })
    }

    fn change<T>(&self, edit: impl FnOnce(&mut Vec<ManifestList>) -> Result<T>) -> Result<T> {
        let _lock = lock::exclusive(&self.lock_path)?;
        let mut lists = self.read()?;
        let result = edit(&mut lists)?;
        atomic::write_json(&self.path, &lists)?;
        Ok(result)
    }
}

fn full_name(name: &str) -> Result<String> {
    super::reference::normalize_new_name(name)
}

fn not_found(name: &str) -> Error {
    crate::err!("{name}: no such manifest list")
}

/// Push the list to `destination` (its tag names the list): with `all`,
/// each image first (by digest, in `format` when given, its layers
/// compressed as `compression` says), and the list then names what was
/// pushed; the list and each image pushed signed as `signing` says (with
/// the list's name as identity, as containers/image does). Returns the
/// list's digest.
#[allow(clippy::too_many_arguments)]
pub fn push(
    store: &ImageStore,
    client: &Client,
    list: &ManifestList,
    destination: &Reference,
    format: Option<Format>,
    compression: Option<Compression>,
    all: bool,
    signing: &PushSigning,
    progress: &dyn Progress,
) -> Result<String> {
    if signing.sigstore_key.is_some() {
        push::check_can_sign(destination)?;
    }
    let mut pushed = list.clone();
    if all {
        let by_digest = Reference { tag: None, digest: None, ..destination.clone() };
        for entry in &mut pushed.entries {
            let image = store.lookup(&entry.image_id).map_err(|e| crate::err!("image {} of the list: {e}", entry.digest))?;
            let pushed_image = push::push(store, client, &image, &by_digest, format, compression, (signing, destination), progress)?;
            entry.digest = pushed_image.digest;
            entry.size = pushed_image.size;
            entry.media_type = pushed_image.media_type.to_string();
        }
    }
    let media_type = match format {
        Some(Format::Oci) => OCI_INDEX,
        Some(Format::DockerV2Schema2) => DOCKER_LIST,
        None => list.media_type.as_str(),
    };
    let document = serde_json::to_vec_pretty(&pushed.document(Some(media_type)))?;
    let signatures = push::sign(&document, (signing, destination), progress)?;
    let tag = destination.tag.as_deref().unwrap_or("latest");
    client.send("PUT", &format!("/v2/{}/manifests/{tag}", destination.path), &[("Content-Type", media_type)], Body::Bytes(&document), &[201])?;
    let list_digest = digest::sha256(&document);
    push::store_signatures(destination, &list_digest, &signatures, progress)?;
    if let Some(key) = &signing.sigstore_key {
        push::sign_with_sigstore(client, destination, &list_digest, key)?;
    }
    Ok(list_digest)
}
