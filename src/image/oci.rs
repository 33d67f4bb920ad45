//! The OCI documents skiff writes itself: the config of an imported root
//! filesystem and the manifests of images that arrive without one.

use super::store::LayerRecord;
use crate::error::{Context, Result};
use super::registry::manifest::Platform;
use oci_spec::image::{Arch, Config, History, ImageConfiguration, Os};
use std::collections::BTreeMap;

pub const MANIFEST_MEDIA_TYPE: &str = "application/vnd.oci.image.manifest.v1+json";
const CONFIG_MEDIA_TYPE: &str = "application/vnd.oci.image.config.v1+json";

/// A new step in an image's history: `entry` (whose time becomes the
/// image's creation time) and, when the step made one, its layer.
pub fn append_history(config: &mut ImageConfiguration, entry: History, layer: Option<&str>) {
    config.set_created(entry.created().clone());
    let mut history = config.history().clone().unwrap_or_default();
    history.push(entry);
    config.set_history(Some(history));
    if let Some(diff_id) = layer {
        let mut diff_ids = config.rootfs().diff_ids().clone();
        diff_ids.push(diff_id.to_string());
        config.rootfs_mut().set_diff_ids(diff_ids);
    }
}

/// The config of a one-layer image made from a root filesystem tarball, for
/// this host's architecture.
/// The config states `platform`, or this host's when None.
pub fn import_config(layer: &LayerRecord, config: Config, message: Option<&str>, created: i64, platform: Option<&Platform>) -> Result<Vec<u8>> {
    let created = crate::time::format(created);
    let mut history = History::default();
    history.set_created(Some(created.clone()));
    history.set_created_by(Some(format!("/bin/sh -c #(nop) ADD file:{} in /", layer.diff_id.trim_start_matches("sha256:"))));
    history.set_comment(message.map(str::to_string));
    let mut image = ImageConfiguration::default();
    image.set_created(Some(created));
    match platform {
        Some(platform) => {
            image.set_architecture(Arch::from(platform.architecture.as_str()));
            image.set_os(Os::from(platform.os.as_str()));
            image.set_variant(platform.variant.clone());
        }
        None => {
            image.set_architecture(Arch::default());
            image.set_os(Os::Linux);
        }
    }
    image.set_config(Some(config));
    image.rootfs_mut().set_diff_ids(vec![layer.diff_id.clone()]);
    image.set_history(Some(vec![history]));
    serde_json::to_vec(&image).context(|| "encode image config".into())
}

/// An OCI image manifest for a config and its layers, with `annotations`
/// (left out when there are none).
pub fn manifest(config: &[u8], config_digest: &str, layers: &[LayerRecord], annotations: &BTreeMap<String, String>) -> Vec<u8> {
    let layers: Vec<serde_json::Value> = layers
        .iter()
        .map(|l| serde_json::json!({ "mediaType": l.media_type, "digest": l.blob, "size": l.blob_size }))
        .collect();
    let mut manifest = document(MANIFEST_MEDIA_TYPE, CONFIG_MEDIA_TYPE, config, config_digest, layers);
    if !annotations.is_empty() {
        manifest["annotations"] = serde_json::json!(annotations);
    }
    serde_json::to_vec(&manifest).expect("a JSON value always serializes")
}

/// The annotations of a manifest (none for Docker's format, which has no place for them).
pub fn annotations(manifest: &[u8]) -> BTreeMap<String, String> {
    serde_json::from_slice::<serde_json::Value>(manifest)
        .ok()
        .and_then(|m| serde_json::from_value(m.get("annotations")?.clone()).ok())
        .unwrap_or_default()
}

/// A Docker schema 2 manifest for a config and its layers (which must be
/// plain or gzip tars: the format has no type for others).
pub fn docker_manifest(config: &[u8], config_digest: &str, layers: &[LayerRecord]) -> Result<Vec<u8>> {
    let mut descriptors = Vec::new();
    for l in layers {
        let media_type = match l.media_type.as_str() {
            "application/vnd.oci.image.layer.v1.tar+gzip" => DOCKER_GZIP_LAYER_MEDIA_TYPE,
            "application/vnd.oci.image.layer.v1.tar" => DOCKER_LAYER_MEDIA_TYPE,
            other => return Err(crate::err!("layer {} ({other}) cannot be described in a v2s2 manifest: use --format oci", l.blob)),
        };
        descriptors.push(serde_json::json!({ "mediaType": media_type, "digest": l.blob, "size": l.blob_size }));
    }
    let manifest = document(DOCKER_MANIFEST_MEDIA_TYPE, DOCKER_CONFIG_MEDIA_TYPE, config, config_digest, descriptors);
    Ok(serde_json::to_vec(&manifest).expect("a JSON value always serializes"))
}

pub const DOCKER_MANIFEST_MEDIA_TYPE: &str = "application/vnd.docker.distribution.manifest.v2+json";
const DOCKER_CONFIG_MEDIA_TYPE: &str = "application/vnd.docker.container.image.v1+json";
const DOCKER_GZIP_LAYER_MEDIA_TYPE: &str = "application/vnd.docker.image.rootfs.diff.tar.gzip";
const DOCKER_LAYER_MEDIA_TYPE: &str = "application/vnd.docker.image.rootfs.diff.tar";

fn document(media_type: &str, config_media_type: &str, config: &[u8], config_digest: &str, layers: Vec<serde_json::Value>) -> serde_json::Value {
    serde_json::json!({
        "schemaVersion": 2,
        "mediaType": media_type,
        "config": { "mediaType": config_media_type, "digest": config_digest, "size": config.len() },
        "layers": layers,
    })
}
