//! `skiff compose`: compose files loaded into a project model (load.rs and
//! the steps it runs), and the project run through the engine's own
//! container, network and volume functions.

pub mod build;
pub mod containers;
pub mod interpolate;
pub mod load;
pub mod merge;
pub mod model;
pub mod normalise;
pub mod up;
pub mod viz;
pub mod watch;

pub use load::{load, LoadOptions, Project};
