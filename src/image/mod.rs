//! Images: references, the content-addressed store, layers and archives.

pub mod store;

pub use store::{ImageRecord, ImageStore, LayerRecord};
