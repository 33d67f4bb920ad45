//! STUB: to be replaced by the image store implementation.

use crate::error::Result;
use crate::paths::Paths;
use serde::{Deserialize, Serialize};
use std::path::PathBuf;

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct LayerRecord {
    /// "sha256:<hex>" of the uncompressed tar.
    pub diff_id: String,
    /// "sha256:<hex>" of the blob as stored (maybe compressed).
    pub blob: String,
    pub media_type: String,
    /// Uncompressed size in bytes.
    pub size: u64,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
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
}

pub struct ImageStore {
    root: PathBuf,
}

impl ImageStore {
    pub fn open(paths: &Paths) -> Result<ImageStore> {
        Ok(ImageStore { root: paths.data.clone() })
    }
    pub fn list(&self) -> Result<Vec<ImageRecord>> {
        todo!()
    }
    pub fn lookup(&self, _reference: &str) -> Result<ImageRecord> {
        todo!()
    }
    pub fn config(&self, _image: &ImageRecord) -> Result<oci_spec::image::ImageConfiguration> {
        todo!()
    }
    pub fn lock_shared(&self) -> Result<crate::storage::lock::Lock> {
        todo!()
    }
    pub fn layer_dir(&self, diff_id: &str) -> PathBuf {
        self.root.join("layers").join(diff_id.trim_start_matches("sha256:")).join("diff")
    }
}
