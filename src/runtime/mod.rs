//! The container runtime: namespaces, root filesystem, process start-up,
//! and the confinement every container gets (capabilities, seccomp, masks).

pub mod caps;
pub mod process;
pub mod rootfs;
pub mod seccomp;
pub mod security;
pub mod spec;
pub mod syscall;
pub mod user;
pub mod userns;
