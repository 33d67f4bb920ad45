//! Containers: their records in the store, names, and live state.

pub mod attach;
pub mod copy;
pub mod etc_files;
pub mod health;
pub mod launch;
pub mod logs;
pub mod monitor;
pub mod mounts;
pub mod processes;
pub mod state;
pub mod user_namespace;

pub use state::{ContainerRecord, ContainerStatus, ContainerStore};
