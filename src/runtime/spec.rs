//! Everything the runtime needs to start one container, decided before the
//! container process exists.

use crate::storage::driver::{Driver, RootfsLayout};
use std::path::PathBuf;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NetworkMode {
    /// A new network namespace with only the loopback interface.
    None,
    /// The host's network namespace.
    Host,
}

impl NetworkMode {
    pub fn parse(s: &str) -> Option<NetworkMode> {
        match s {
            "none" => Some(NetworkMode::None),
            "host" => Some(NetworkMode::Host),
            _ => None,
        }
    }
}

#[derive(Debug, Clone)]
pub struct ContainerSpec {
    pub hostname: String,
    pub driver: Driver,
    pub layout: RootfsLayout,
    /// argv: entrypoint followed by cmd; never empty.
    pub args: Vec<String>,
    /// KEY=VALUE, in order; later ones win.
    pub env: Vec<String>,
    /// Working directory inside the container (absolute).
    pub workdir: String,
    /// USER[:GROUP] as docker takes it; empty for root.
    pub user: String,
    pub tty: bool,
    /// Forward skiff's standard input (`-i`); otherwise /dev/null.
    pub stdin: bool,
    pub network: NetworkMode,
    /// Host files bind-mounted over paths in the container (/etc/hosts, ...).
    pub etc_files: Vec<(PathBuf, String)>,
}
