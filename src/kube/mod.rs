//! Kubernetes YAML both ways: `generate` turns container and pod records
//! into typed Kubernetes objects (k8s-openapi, one pinned API version), and
//! `play` reads manifests and runs them through skiff's pod and container
//! engine. YAML goes through serde-saphyr, for reading and writing.

pub mod from_compose;
pub mod generate;
pub mod images;
pub mod manifest;
pub mod plan;
pub mod play;

pub use manifest::Manifest;
