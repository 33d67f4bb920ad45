//! The container runtime: namespaces, root filesystem, process start-up.

pub mod caps;
pub mod seccomp;
pub mod security;
pub mod userns;
