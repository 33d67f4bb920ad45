//! The container runtime: namespaces, root filesystem, process start-up.

pub mod process;
pub mod rootfs;
pub mod spec;
pub mod syscall;
pub mod user;
pub mod userns;
