//! Storage: locks, atomic files, and the drivers that turn image layers into
//! a container's root filesystem (kernel overlay, fuse-overlayfs, copy).

pub mod atomic;
pub mod driver;
pub mod lock;
