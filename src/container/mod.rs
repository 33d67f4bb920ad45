//! Containers: their records in the store, names, and live state.

pub mod etc_files;
pub mod launch;
pub mod logs;
pub mod monitor;
pub mod names;
pub mod state;

pub use state::{ContainerRecord, ContainerStatus, ContainerStore};
