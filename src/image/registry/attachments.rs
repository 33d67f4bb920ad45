//! Sigstore attachments in a registry, as containers/image 5.23 reads and
//! writes them: the OCI manifest tagged `sha256-HEX.sig` beside the image,
//! whose layers are the attachments (a signature's payload as the blob,
//! its signature in the layer's annotations) and whose config lists the
//! layers' digests as diff ids.

use super::client::{Body, Client};
use super::manifest::OCI_MANIFEST;
use crate::error::Result;
use crate::image::digest;
use crate::image::sigstore::{attachment_tag, Attachment};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// containers/image's limit on a signature (iolimits.MaxSignatureBodySize).
const MAX_ATTACHMENT_SIZE: u64 = 4 << 20;
const OCI_CONFIG: &str = "application/vnd.oci.image.config.v1+json";

#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct AttachmentManifest {
    schema_version: u32,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    media_type: String,
    config: LayerDescriptor,
    #[serde(default)]
    layers: Vec<LayerDescriptor>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct LayerDescriptor {
    media_type: String,
    digest: String,
    size: u64,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    annotations: BTreeMap<String, String>,
}

/// The attachment manifest of `manifest_digest` in `path`, when there is one.
fn find_manifest(client: &Client, path: &str, manifest_digest: &str) -> Result<Option<AttachmentManifest>> {
    let tag = attachment_tag(manifest_digest);
    let Some((data, _, content_type)) = super::pull::find_manifest(client, path, &tag)? else { return Ok(None) };
    let name = format!("{}/{path}:{tag}", client.registry);
    if content_type != OCI_MANIFEST {
        return Err(crate::err!("unexpected MIME type for sigstore attachment manifest {name}: {content_type:?}"));
    }
    serde_json::from_slice(&data).map(Some).map_err(|e| crate::err!("parsing manifest {name}: {e}"))
}

/// Every attachment of `manifest_digest` in `path` (none when there is no
/// attachment manifest), each blob checked against its digest.
pub fn read(client: &Client, path: &str, manifest_digest: &str) -> Result<Vec<Attachment>> {
    let Some(manifest) = find_manifest(client, path, manifest_digest)? else { return Ok(Vec::new()) };
    let mut attachments = Vec::new();
    for layer in manifest.layers {
        let payload = super::pull::fetch_small_blob(client, path, &layer.digest, MAX_ATTACHMENT_SIZE.min(layer.size.max(1)), "sigstore attachment")?;
        attachments.push(Attachment { media_type: layer.media_type, payload, annotations: layer.annotations });
    }
    Ok(attachments)
}

/// The diff ids of an attachment manifest's config, the one field
/// containers/image fills; the rest of a config is kept as it was.
#[derive(Serialize, Deserialize)]
struct AttachmentConfig {
    rootfs: RootFs,
    #[serde(flatten)]
    rest: serde_json::Map<String, serde_json::Value>,
}

#[derive(Serialize, Deserialize)]
struct RootFs {
    #[serde(rename = "type")]
    kind: String,
    #[serde(default)]
    diff_ids: Vec<String>,
}

/// Add `signatures` to the attachments of `manifest_digest` in `path`
/// (those already there are not added twice): each payload is uploaded as
/// a blob, then the config and the manifest under the attachment tag.
pub fn write(client: &Client, path: &str, manifest_digest: &str, signatures: &[Attachment]) -> Result<()> {
    let (mut manifest, mut config) = match find_manifest(client, path, manifest_digest)? {
        Some(manifest) => {
            let data = super::pull::fetch_small_blob(client, path, &manifest.config.digest, MAX_ATTACHMENT_SIZE, "config")?;
            let config: AttachmentConfig = serde_json::from_slice(&data)
                .map_err(|e| crate::err!("parsing sigstore attachment config {} in {path}: {e}", manifest.config.digest))?;
            (manifest, config)
        }
        None => (
            AttachmentManifest { schema_version: 2, media_type: OCI_MANIFEST.into(), ..Default::default() },
            // The fields containers/image's empty config has.
            AttachmentConfig {
                rootfs: RootFs { kind: "layers".into(), diff_ids: Vec::new() },
                rest: serde_json::json!({"architecture": "", "os": "", "config": {}}).as_object().expect("an object").clone(),
            },
        ),
    };
    for signature in signatures {
        let layer = LayerDescriptor {
            media_type: signature.media_type.clone(),
            digest: digest::sha256(&signature.payload),
            size: signature.payload.len() as u64,
            annotations: signature.annotations.clone(),
        };
        let present = manifest.layers.iter().any(|l| {
            l.media_type == layer.media_type && l.digest == layer.digest && l.size == layer.size && l.annotations == layer.annotations
        });
        if present {
            continue;
        }
        super::push::push_blob_bytes(client, path, &signature.payload)?;
        config.rootfs.diff_ids.push(layer.digest.clone());
        manifest.layers.push(layer);
    }
    let config = serde_json::to_vec(&config).expect("a config serializes");
    super::push::push_blob_bytes(client, path, &config)?;
    manifest.config = LayerDescriptor { media_type: OCI_CONFIG.into(), digest: digest::sha256(&config), size: config.len() as u64, ..Default::default() };
    let manifest = serde_json::to_vec(&manifest).expect("a manifest serializes");
    let tag = attachment_tag(manifest_digest);
    client.send("PUT", &format!("/v2/{path}/manifests/{tag}"), &[("Content-Type", OCI_MANIFEST)], Body::Bytes(&manifest), &[201])?;
    Ok(())
}
