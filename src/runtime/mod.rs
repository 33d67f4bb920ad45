//! The container runtime: namespaces, root filesystem, process start-up,
//! and the confinement every container gets (capabilities, seccomp, masks).

pub mod caps;
pub mod hooks;
pub mod join;
pub mod keeper;
pub mod portfwd;
pub mod ports;
pub mod process;
pub mod rootfs;
pub mod seccomp;
pub mod slirp;
pub mod security;
pub mod spec;
pub mod syscall;
pub mod user;
pub mod userns;
