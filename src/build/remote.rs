//! Build caches outside the store: `--cache-from` and `--cache-to`.
//!
//! Two kinds of source, told apart by [`Caches::open`]:
//! - a registry repository of cache images (podman's and buildah's form):
//!   each step's result is pushed there as an image tagged by the step's
//!   cache key (`--cache-to`), and a step missing from the local cache is
//!   looked up there by that key and its layer pulled instead of running
//!   the step (`--cache-from`);
//! - an image (docker's classic builder form, `--cache-from app:latest`
//!   after `docker pull app:latest`): a step whose history entry the image
//!   has next, on the same history and layers so far, takes the image's
//!   layer for it.
//!
//! A cache never fails a build: an unreachable repository is warned about
//! once and left alone for the rest of the build, a damaged entry (its
//! digests do not match) is warned about and the step runs.

use super::cache::Entry;
use crate::error::Result;
use crate::image::reference::Reference;
use crate::image::registry::client::Client;
use crate::image::registry::manifest::Document;
use crate::image::registry::{self, pull, push, Access};
use crate::image::store::Staging;
use crate::image::{ImageStore, LayerRecord};
use oci_spec::image::{History, ImageConfiguration};

/// A registry repository of cache images.
struct Repository {
    reference: Reference,
    /// Connected on first use.
    client: Option<Client>,
    /// It failed once: not tried again in this build.
    given_up: bool,
}

impl Repository {
    fn new(reference: Reference) -> Repository {
        Repository { reference, client: None, given_up: false }
    }

    /// `REGISTRY/PATH`, as messages name it.
    fn name(&self) -> String {
        self.reference.repository()
    }

    /// Connect unless connected or given up: whether `client` is there now.
    fn connect(&mut self, access: &Access, actions: &str) -> bool {
        if self.client.is_none() && !self.given_up {
            let connected = registry::registries_conf::RegistriesConf::load()
                .and_then(|conf| conf.push_destination(&self.reference))
                .and_then(|source| registry::connect_source(&source, access, actions));
            match connected {
                Ok(client) => self.client = Some(client),
                Err(e) => self.give_up(&e.message),
            }
        }
        !self.given_up && self.client.is_some()
    }

    fn give_up(&mut self, why: &str) {
        crate::sys::warnings::warn(&format!("build cache {}: {why}: building without it", self.name()));
        self.given_up = true;
    }
}

/// An image whose history stands in for a cache (docker's form).
struct CacheImage {
    history: Vec<History>,
    diff_ids: Vec<String>,
}

/// What a step found in a cache repository.
pub struct Pulled {
    pub entry: Entry,
    /// `REPOSITORY:KEY`, for podman's "Cache pulled from remote" line.
    pub from: String,
}

/// The build's `--cache-from` sources and `--cache-to` repository.
#[derive(Default)]
pub struct Caches {
    from: Vec<Repository>,
    images: Vec<CacheImage>,
    to: Option<Repository>,
}

/// The repository `name` names for `--cache-to`: a tag or digest has no
/// place there (the cache images are tagged by their steps' keys).
pub fn cache_repository(name: &str) -> Result<Reference> {
    let parsed = Reference::parse(name)?;
    if parsed.tag.is_some() || parsed.digest.is_some() {
        return Err(crate::err!("--cache-to {name:?}: give a repository without a tag or digest; each step's cache image is tagged by its cache key"));
    }
    Ok(Reference { tag: None, ..parsed.normalize_docker() })
}

impl Caches {
    /// Sort `from` into images and repositories: a name the store has is an
    /// image; a name with a tag or digest is an image to pull (as the build's
    /// pull policy says; warned about and left out if that fails); any other
    /// name is a repository of cache images, as podman takes every name.
    pub fn open(store: &ImageStore, from: &[String], to: Option<&str>, pull_image: &dyn Fn(&str) -> Result<String>) -> Result<Caches> {
        let mut caches = Caches { to: to.map(cache_repository).transpose()?.map(Repository::new), ..Caches::default() };
        for name in from {
            let parsed = Reference::parse(name).map_err(|e| crate::err!("--cache-from {name:?}: {}", e.message))?;
            let stored = match store.lookup(name) {
                Ok(image) => Some(image),
                Err(_) if parsed.tag.is_some() || parsed.digest.is_some() => {
                    match pull_image(name).and_then(|stored_as| store.lookup(&stored_as)) {
                        Ok(image) => Some(image),
                        Err(e) => {
                            crate::sys::warnings::warn(&format!("--cache-from {name}: {}: building without it", e.message));
                            continue;
                        }
                    }
                }
                Err(_) => None,
            };
            match stored {
                Some(image) => {
                    let config = store.config(&image)?;
                    let history = config.history().clone().unwrap_or_default();
                    caches.images.push(CacheImage { history, diff_ids: config.rootfs().diff_ids().clone() });
                }
                None => caches.from.push(Repository::new(Reference { tag: None, ..parsed.normalize_docker() })),
            }
        }
        Ok(caches)
    }

    pub fn pushes(&self) -> bool {
        self.to.is_some()
    }

    /// Look the step `key` up in the cache repositories, the first that has
    /// it winning; its layer, when the state's `layers` are those the cache
    /// image starts with, is downloaded into `staging` unless there already.
    /// `ttl`: entries whose image was created longer ago are left alone.
    pub fn pull(&mut self, key: &str, layers: &[LayerRecord], store: &ImageStore, staging: &mut Staging, access: &Access, ttl: Option<std::time::Duration>) -> Option<Pulled> {
        for repository in &mut self.from {
            if !repository.connect(access, "pull") {
                continue;
            }
            let client = repository.client.as_ref().expect("connected");
            let path = repository.reference.path.clone();
            let found = match pull::find_manifest(client, &path, key) {
                Ok(found) => found,
                Err(e) => {
                    repository.give_up(&e.message);
                    continue;
                }
            };
            let Some((manifest, _, content_type)) = found else { continue };
            let from = format!("{}:{key}", repository.name());
            match entry_from_image(client, &path, &manifest, &content_type, layers, store, staging, ttl) {
                Ok(Some(entry)) => return Some(Pulled { entry, from }),
                Ok(None) => {}
                Err(e) => crate::sys::warnings::warn(&format!("build cache {from}: {}: ignored", e.message)),
            }
        }
        None
    }

    /// Push a step's result, its config and all its layers, to the
    /// `--cache-to` repository, tagged `key`. Returns `REPOSITORY:KEY` once pushed.
    pub fn push(&mut self, key: &str, config: &[u8], layers: &[LayerRecord], blob_file: &dyn Fn(&str) -> Result<std::path::PathBuf>, access: &Access) -> Option<String> {
        let repository = self.to.as_mut()?;
        if !repository.connect(access, "pull,push") {
            return None;
        }
        let client = repository.client.as_ref().expect("connected");
        match push::push_parts(client, &repository.reference.path, key, config, layers, blob_file) {
            Ok(_) => Some(format!("{}:{key}", repository.name())),
            Err(e) => {
                repository.give_up(&format!("push: {}", e.message));
                None
            }
        }
    }

    /// The entry of a cache image's history that a step adding
    /// `created_by` to `config` would repeat, and the layer it made (the
    /// step adds one when `adds_layer`): the image must have the same
    /// history (commands) and layers up to there.
    pub fn image_match(&self, config: &ImageConfiguration, created_by: &str, adds_layer: bool) -> Option<(History, Option<String>)> {
        let history = config.history().clone().unwrap_or_default();
        let diff_ids = config.rootfs().diff_ids();
        let same = |a: &History, b: &History| a.created_by() == b.created_by() && a.empty_layer().unwrap_or(false) == b.empty_layer().unwrap_or(false);
        self.images.iter().find_map(|image| {
            let next = image.history.get(history.len())?;
            let prefix_matches = history.iter().zip(&image.history).all(|(a, b)| same(a, b)) && image.diff_ids.starts_with(diff_ids);
            if !prefix_matches || next.created_by().as_deref() != Some(created_by) || next.empty_layer().unwrap_or(false) == adds_layer {
                return None;
            }
            let layer = match adds_layer {
                true => Some(image.diff_ids.get(diff_ids.len())?.clone()),
                false => None,
            };
            Some((next.clone(), layer))
        })
    }
}

/// The cache entry a cache image (its manifest) gives for a step on top
/// of `layers`; None when it does not fit there or is too old. Every blob
/// is checked against its digest.
#[allow(clippy::too_many_arguments)]
fn entry_from_image(
    client: &Client,
    path: &str,
    manifest: &[u8],
    content_type: &str,
    layers: &[LayerRecord],
    store: &ImageStore,
    staging: &mut Staging,
    ttl: Option<std::time::Duration>,
) -> Result<Option<Entry>> {
    let Document::Image { config: config_descriptor, layers: descriptors, .. } = Document::parse(manifest, content_type)? else {
        return Err(crate::err!("a manifest list, not a cache image"));
    };
    let raw = pull::fetch_config(client, path, &config_descriptor.digest)?;
    let config: ImageConfiguration = serde_json::from_slice(&raw).map_err(|e| crate::err!("invalid image config: {e}"))?;
    let diff_ids = config.rootfs().diff_ids();
    if diff_ids.len() != descriptors.len() {
        return Err(crate::err!("the config lists {} layers, the manifest {}", diff_ids.len(), descriptors.len()));
    }
    let fits = (diff_ids.len() == layers.len() || diff_ids.len() == layers.len() + 1) && layers.iter().zip(diff_ids).all(|(l, d)| l.diff_id == *d);
    if !fits {
        return Ok(None);
    }
    if let Some(ttl) = ttl {
        let created = config.created().as_deref().and_then(crate::time::parse);
        if created.is_none_or(|created| created.elapsed().unwrap_or_default() > ttl) {
            return Ok(None);
        }
    }
    let layer = match diff_ids.get(layers.len()) {
        None => None,
        Some(diff_id) => {
            if staging.layer(diff_id).is_none() && staging.reuse_layer(store, diff_id)?.is_none() {
                pull::fetch_layer(client, path, &descriptors[layers.len()], diff_id, staging)?;
            }
            Some(diff_id.clone())
        }
    };
    let config = String::from_utf8(raw).map_err(|_| crate::err!("the image config is not UTF-8"))?;
    Ok(Some(Entry { config, layer }))
}

/// A `--cache-from`/`--cache-to` value as the name it gives: the value
/// itself, or the ref of BuildKit's `type=registry,ref=NAME[,...]` (its
/// other attributes, such as mode=max, change nothing here).
pub fn cache_name(flag: &str, value: &str) -> Result<String> {
    if !value.contains('=') {
        return Ok(value.to_string());
    }
    let (mut kind, mut name) = (None, None);
    for field in value.split(',') {
        match field.split_once('=') {
            Some(("type", v)) => kind = Some(v),
            Some(("ref", v)) => name = Some(v),
            _ => {}
        }
    }
    match (kind.unwrap_or("registry"), name) {
        ("registry", Some(name)) if !name.is_empty() => Ok(name.to_string()),
        ("registry", _) => Err(crate::err!("{flag} {value:?}: type=registry needs ref=REPOSITORY")),
        (other, _) => Err(crate::err!(
            "{flag} {value:?}: cache type {other} is not supported: skiff's build caches are registry repositories and images (NAME, or type=registry,ref=NAME)"
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cache_values_are_names_or_buildkit_registry_refs() {
        assert_eq!(cache_name("--cache-from", "reg.example/app-cache").unwrap(), "reg.example/app-cache");
        assert_eq!(cache_name("--cache-to", "type=registry,ref=reg.example/c,mode=max").unwrap(), "reg.example/c");
        assert_eq!(cache_name("--cache-from", "ref=app:latest").unwrap(), "app:latest");
        assert!(cache_name("--cache-to", "type=registry").unwrap_err().message.contains("ref=REPOSITORY"));
        assert!(cache_name("--cache-from", "type=gha").unwrap_err().message.contains("type gha is not supported"));
    }

    #[test]
    fn cache_to_takes_a_repository_without_tag() {
        let repository = cache_repository("127.0.0.1:5000/app-cache").unwrap();
        assert_eq!((repository.repository(), repository.tag), ("127.0.0.1:5000/app-cache".to_string(), None));
        assert_eq!(cache_repository("app-cache").unwrap().repository(), "docker.io/library/app-cache");
        assert!(cache_repository("reg.example/app:v1").unwrap_err().message.contains("without a tag"));
    }
}
