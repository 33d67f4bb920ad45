//! The signatures kept with stored images, as containers/storage keeps
//! them as an image's "signatures" big data: what a pull read for the
//! manifest it stored (the lookaside's simple-signing signatures, and the
//! sigstore signatures among the registry's attachments), and what
//! `build --sign-by` made. A push carries them to its destination.
//!
//! They live in `signatures/<manifest hex>.json` beside `images.json`, one
//! file per manifest digest (the manifest is what they sign), replaced
//! atomically under the store lock; the store's garbage collection removes
//! the file once no image has that manifest any more.

use super::policy::Signatures;
use super::sigstore::{Attachment, SIGNATURE_MEDIA_TYPE};
use super::store::ImageStore;
use crate::error::{Context, Result};
use base64::Engine;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashSet};
use std::path::PathBuf;

#[derive(Serialize, Deserialize)]
struct KeptFile {
    /// Simple-signing signatures, base64.
    #[serde(default)]
    simple_signing: Vec<String>,
    #[serde(default)]
    sigstore: Vec<KeptAttachment>,
}

#[derive(Serialize, Deserialize)]
struct KeptAttachment {
    media_type: String,
    /// The payload, base64.
    payload: String,
    #[serde(default)]
    annotations: BTreeMap<String, String>,
}

const BASE64: base64::engine::GeneralPurpose = base64::engine::general_purpose::STANDARD;

impl Signatures {
    pub fn is_empty(&self) -> bool {
        self.simple_signing.is_empty() && self.sigstore.is_empty()
    }

    /// Only the signatures among `attachments`: containers/image keeps
    /// the sigstore signature attachments and ignores the others.
    pub fn sigstore_only(attachments: Vec<Attachment>) -> Vec<Attachment> {
        attachments.into_iter().filter(|a| a.media_type == SIGNATURE_MEDIA_TYPE).collect()
    }
}

impl ImageStore {
    fn kept_signatures_dir(&self) -> PathBuf {
        self.data_dir().join("signatures")
    }

    fn kept_signatures_path(&self, manifest_digest: &str) -> Result<PathBuf> {
        let hex = super::digest::sha256_hex(manifest_digest).ok_or_else(|| crate::err!("invalid manifest digest {manifest_digest:?}"))?;
        Ok(self.kept_signatures_dir().join(format!("{hex}.json")))
    }

    /// The signatures kept for the stored manifest `manifest_digest`
    /// (none when none were kept).
    pub fn signatures(&self, manifest_digest: &str) -> Result<Signatures> {
        let path = self.kept_signatures_path(manifest_digest)?;
        let data = match std::fs::read(&path) {
            Ok(data) => data,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Signatures::default()),
            Err(e) => return Err(crate::err!("reading the signatures of {manifest_digest}: {}: {e}", path.display())),
        };
        let kept: KeptFile = serde_json::from_slice(&data).context(|| format!("parse {}", path.display()))?;
        let decode = |text: &str| BASE64.decode(text).map_err(|e| crate::err!("{}: invalid base64: {e}", path.display()));
        let simple_signing = kept.simple_signing.iter().map(|s| decode(s)).collect::<Result<_>>()?;
        let sigstore = kept
            .sigstore
            .into_iter()
            .map(|a| Ok(Attachment { media_type: a.media_type, payload: decode(&a.payload)?, annotations: a.annotations }))
            .collect::<Result<_>>()?;
        Ok(Signatures { simple_signing, sigstore })
    }

    /// Keep `signatures` with the stored manifest `manifest_digest`,
    /// replacing those kept before, as containers/storage replaces an
    /// image's signatures; none leaves the kept ones as they are. Nothing
    /// is kept for a manifest no stored image has (any longer).
    pub fn keep_signatures(&self, manifest_digest: &str, signatures: &Signatures) -> Result<()> {
        if signatures.is_empty() {
            return Ok(());
        }
        let path = self.kept_signatures_path(manifest_digest)?;
        let kept = KeptFile {
            simple_signing: signatures.simple_signing.iter().map(|s| BASE64.encode(s)).collect(),
            sigstore: signatures
                .sigstore
                .iter()
                .map(|a| KeptAttachment { media_type: a.media_type.clone(), payload: BASE64.encode(&a.payload), annotations: a.annotations.clone() })
                .collect(),
        };
        self.update(|images| {
            if images.iter().any(|i| i.digest == manifest_digest) {
                crate::storage::atomic::write_json(&path, &kept)?;
            }
            Ok(())
        })
    }

    /// Remove the kept signatures of manifests no image in `images` has:
    /// part of the store's garbage collection.
    pub(super) fn collect_kept_signatures(&self, images: &[super::ImageRecord]) {
        let Ok(entries) = std::fs::read_dir(self.kept_signatures_dir()) else { return };
        let manifests: HashSet<&str> = images.iter().filter_map(|i| super::digest::sha256_hex(&i.digest)).collect();
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            // Written under the lock this runs under: a temporary file here
            // is a killed writer's.
            let in_use = name.strip_suffix(".json").is_some_and(|hex| manifests.contains(hex));
            if !in_use {
                let _ = std::fs::remove_file(entry.path());
            }
        }
    }
}
