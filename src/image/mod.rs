//! Images: references, the content-addressed store, layers and archives.

pub mod archive;
pub mod change;
pub mod check;
pub mod compression;
pub mod diff;
pub mod digest;
pub mod import;
pub mod kept_signatures;
pub mod layer;
pub mod manifest_list;
pub mod mount;
pub mod policy;
pub mod oci;
mod pipe;
pub mod pull_policy;
pub mod reference;
pub mod registry;
pub mod runlabel;
pub mod save;
pub mod signature;
pub mod signing;
pub mod sigstore;
pub mod store;
pub mod transport;
pub mod trust;
pub mod unsynced;

pub use store::{ImageRecord, ImageStore, LayerRecord};
