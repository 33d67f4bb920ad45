//! Pulling an image: manifest (through an index for the wanted platform),
//! config, then the layers the store lacks, downloaded by a few threads at
//! once, each streamed through its digest check and decompression straight
//! into unpacking. Everything is staged and committed at once, so a failed
//! or killed pull stores nothing.

use super::client::{Body, Client};
use super::manifest::{self, Descriptor, Document, Platform};
use super::{BlobKind, Event, Progress, ReportingReader};
use crate::error::{Context, Result};
use crate::image::digest;
use crate::image::policy::Signatures;
use crate::image::reference::Reference;
use crate::image::store::{ImageRecord, ImageStore, LayerRecord, Staging};
use std::io::Read;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;

/// Layers downloaded at once: enough to fill a link, few enough to be polite.
const PARALLEL_DOWNLOADS: usize = 3;
/// Manifests and configs are small; refuse absurd ones instead of reading
/// them. The limits are containers/image's (iolimits), so that what podman
/// pulls, skiff pulls.
const MAX_MANIFEST_SIZE: u64 = 4 << 20;
const MAX_CONFIG_SIZE: u64 = 4 << 20;

/// Pull `reference` (fully qualified) for `platform` into `store`, named
/// `stored_as` there (the name asked for, when `reference` is a mirror).
/// `signatures_of` judges the signatures of the manifest to be stored
/// (the signature policy), before its config and layers are fetched, and
/// returns those to keep with the image; it is given the client and
/// repository pulled from (where attachments are) and the manifest digest.
pub fn pull(
    store: &ImageStore,
    client: &Client,
    reference: &Reference,
    stored_as: &Reference,
    platform: &Platform,
    progress: &dyn Progress,
    signatures_of: &dyn Fn(&Client, &str, &str) -> Result<Signatures>,
) -> Result<ImageRecord> {
    let path = &reference.path;
    let wanted = reference.digest.as_deref().or(reference.tag.as_deref()).unwrap_or("latest");
    let (mut manifest, mut manifest_digest, content_type) = fetch_manifest(client, path, wanted)?;
    if reference.digest.as_ref().is_some_and(|d| *d != manifest_digest) {
        return Err(crate::err!("manifest digest mismatch: expected {wanted}, got {manifest_digest}"));
    }
    let mut document = Document::parse(&manifest, &content_type)?;
    if let Document::Index(entries) = &document {
        let entry = manifest::select(entries, platform)?;
        let (instance, instance_digest, instance_type) = fetch_manifest(client, path, &entry.digest)?;
        if instance_digest != entry.digest {
            return Err(crate::err!("manifest digest mismatch: expected {}, got {instance_digest}", entry.digest));
        }
        document = Document::parse(&instance, &instance_type)?;
        if matches!(document, Document::Index(_)) {
            return Err(crate::err!("invalid manifest {instance_digest}: an index inside an index"));
        }
        (manifest, manifest_digest) = (instance, instance_digest);
    }
    let Document::Image { config: config_descriptor, layers: layer_descriptors, .. } = document else {
        unreachable!("indexes were resolved above")
    };
    // Those of the manifest stored (an index's instance: containers/image
    // judges and keeps the chosen image's).
    let kept_signatures = signatures_of(client, path, &manifest_digest)?;
    let kept_signatures = Signatures { sigstore: Signatures::sigstore_only(kept_signatures.sigstore), ..kept_signatures };

    let config_digest = config_descriptor.digest.as_str();
    progress.report(Event::Started { kind: BlobKind::Config, digest: config_digest, size: config_descriptor.size });
    let config = fetch_small_blob(client, path, config_digest, MAX_CONFIG_SIZE, "config")?;
    let parsed: oci_spec::image::ImageConfiguration =
        serde_json::from_slice(&config).context(|| format!("invalid image config {}", config_descriptor.digest))?;
    let diff_ids = parsed.rootfs().diff_ids().clone();
    if diff_ids.len() != layer_descriptors.len() {
        return Err(crate::err!("invalid image: the config lists {} layers, the manifest {}", diff_ids.len(), layer_descriptors.len()));
    }
    if parsed.os().to_string() != platform.os || parsed.architecture().to_string() != platform.architecture {
        crate::sys::warnings::warn(&format!(
            "image platform ({}/{}) does not match the expected platform ({platform})",
            parsed.os(),
            parsed.architecture()
        ));
    }

    let mut staging = store.stage()?;
    let mut layers: Vec<Option<LayerRecord>> = vec![None; diff_ids.len()];
    let mut downloads = Vec::new();
    for (index, (descriptor, diff_id)) in layer_descriptors.iter().zip(&diff_ids).enumerate() {
        if let Some(stored) = staging.reuse_layer(store, diff_id)? {
            progress.report(Event::Skipped { kind: BlobKind::Layer, digest: &descriptor.digest });
            layers[index] = Some(stored);
        } else if !downloads.iter().any(|d: &Download| d.diff_id == *diff_id) {
            downloads.push(Download { index, descriptor: descriptor.clone(), diff_id: diff_id.clone() });
        }
    }
    for (index, record) in download_layers(store, client, path, downloads, progress, &mut staging)? {
        layers[index] = Some(record);
    }
    // A layer listed twice was downloaded once.
    let layers: Vec<LayerRecord> = diff_ids
        .iter()
        .zip(&layers)
        .map(|(diff_id, record)| record.clone().or_else(|| staging.layer(diff_id).cloned()).expect("every layer was reused or downloaded"))
        .collect();

    staging.add_blob(&config)?;
    progress.report(Event::Done { kind: BlobKind::Config, digest: config_digest });
    progress.report(Event::Step("Writing manifest to image destination"));
    staging.add_blob(&manifest)?;
    let image = ImageRecord::new(&config, vec![stored_as.to_string()], manifest_digest.clone(), layers);
    let image = store.commit(staging, vec![image])?.remove(0);
    // By the manifest they sign: an image already stored from another
    // manifest (the same config) keeps that one, and no signatures.
    store.keep_signatures(&manifest_digest, &kept_signatures)?;
    Ok(image)
}

struct Download {
    index: usize,
    descriptor: Descriptor,
    diff_id: String,
}

/// Download and unpack `downloads` on up to [`PARALLEL_DOWNLOADS`] threads,
/// each staging into its own [`Staging`], merged into `staging` at the end.
/// The first failure stops the others.
fn download_layers(
    store: &ImageStore,
    client: &Client,
    path: &str,
    downloads: Vec<Download>,
    progress: &dyn Progress,
    staging: &mut Staging,
) -> Result<Vec<(usize, LayerRecord)>> {
    let workers = downloads.len().min(PARALLEL_DOWNLOADS);
    let queue = Mutex::new(downloads.into_iter());
    let failed = AtomicBool::new(false);
    let worker = || -> Result<(Staging, Vec<(usize, LayerRecord)>)> {
        let mut own = store.stage()?;
        let mut done = Vec::new();
        while !failed.load(Ordering::Relaxed) {
            let Some(download) = queue.lock().expect("no thread panics holding it").next() else { break };
            let digest = download.descriptor.digest.as_str();
            progress.report(Event::Started { kind: BlobKind::Layer, digest, size: download.descriptor.size });
            match download_layer(client, path, &download, progress, &mut own) {
                Ok(record) => {
                    progress.report(Event::Done { kind: BlobKind::Layer, digest });
                    done.push((download.index, record));
                }
                Err(e) => {
                    failed.store(true, Ordering::Relaxed);
                    return Err(e);
                }
            }
        }
        Ok((own, done))
    };
    let results: Vec<_> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers).map(|_| scope.spawn(worker)).collect();
        handles.into_iter().map(|h| h.join().expect("download threads do not panic")).collect()
    });
    let mut records = Vec::new();
    for result in results {
        let (own, done) = result?;
        staging.merge(own);
        records.extend(done);
    }
    Ok(records)
}

fn download_layer(client: &Client, path: &str, download: &Download, progress: &dyn Progress, staging: &mut Staging) -> Result<LayerRecord> {
    let digest = &download.descriptor.digest;
    let response = client.send("GET", &format!("/v2/{path}/blobs/{digest}"), &[], Body::Empty, &[200])?;
    // More than the manifest promised cannot have the right digest: stop there.
    let blob = ReportingReader { inner: response.into_reader().take(download.descriptor.size.max(1)), digest, progress };
    let record = staging.add_layer(blob, Some(digest)).map_err(|e| crate::err!("layer {digest}: {e}"))?;
    if record.diff_id != download.diff_id {
        return Err(crate::err!("layer {digest} does not match the image config: expected diff id {}, got {}", download.diff_id, record.diff_id));
    }
    Ok(record)
}

/// GET a manifest by tag or digest; returns it, its digest and content type.
pub fn fetch_manifest(client: &Client, path: &str, reference: &str) -> Result<(Vec<u8>, String, String)> {
    find_manifest(client, path, reference)?
        .ok_or_else(|| crate::err!("{}/{path}:{reference}: manifest unknown (no such image in the registry)", client.registry))
}

/// [`fetch_manifest`], None when the registry has no such manifest.
pub fn find_manifest(client: &Client, path: &str, reference: &str) -> Result<Option<(Vec<u8>, String, String)>> {
    let accept = manifest::accept_header();
    let response = client.send("GET", &format!("/v2/{path}/manifests/{reference}"), &[("Accept", &accept)], Body::Empty, &[200, 404])?;
    if response.status() == 404 {
        return Ok(None);
    }
    let content_type = response.header("Content-Type").unwrap_or_default().to_string();
    let announced = response.header("Docker-Content-Digest").map(str::to_string);
    let data = read_limited(response, MAX_MANIFEST_SIZE, "manifest")?;
    let digest = digest::sha256(&data);
    if let Some(announced) = announced.filter(|a| a.starts_with("sha256:") && *a != digest) {
        return Err(crate::err!("manifest digest mismatch: the registry says {announced}, the content has {digest}"));
    }
    Ok(Some((data, digest, content_type)))
}

/// GET an image config and check its digest.
pub fn fetch_config(client: &Client, path: &str, digest: &str) -> Result<Vec<u8>> {
    fetch_small_blob(client, path, digest, MAX_CONFIG_SIZE, "config")
}

/// Download one layer of an image into `staging`, checked against its
/// blob digest and the diff id its config gives.
pub fn fetch_layer(client: &Client, path: &str, descriptor: &Descriptor, diff_id: &str, staging: &mut Staging) -> Result<LayerRecord> {
    let download = Download { index: 0, descriptor: descriptor.clone(), diff_id: diff_id.to_string() };
    download_layer(client, path, &download, &super::Silent, staging)
}

/// GET a small blob (a config, an attachment) and check its digest.
pub(super) fn fetch_small_blob(client: &Client, path: &str, digest: &str, limit: u64, what: &str) -> Result<Vec<u8>> {
    let response = client.send("GET", &format!("/v2/{path}/blobs/{digest}"), &[], Body::Empty, &[200])?;
    let data = read_limited(response, limit, what)?;
    let actual = digest::sha256(&data);
    if actual != digest {
        return Err(crate::err!("blob digest mismatch: expected {digest}, got {actual}"));
    }
    Ok(data)
}

fn read_limited(response: ureq::Response, limit: u64, what: &str) -> Result<Vec<u8>> {
    let mut data = Vec::new();
    response.into_reader().take(limit + 1).read_to_end(&mut data).context(|| format!("read {what}"))?;
    if data.len() as u64 > limit {
        return Err(crate::err!("{what} is larger than {limit} bytes: refused"));
    }
    Ok(data)
}
