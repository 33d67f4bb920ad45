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
    /// Mount the root filesystem read-only (`--read-only`).
    pub read_only_root: bool,
    /// tmpfs mounts, in order.
    pub tmpfs: Vec<TmpfsMount>,
    /// Host files and directories (binds, volumes), parents before children.
    pub binds: Vec<BindMount>,
    /// Paths hidden from the container (/proc/kcore, ...).
    pub masked_paths: Vec<String>,
    /// Paths the container sees read-only (/proc/sys, ...).
    pub readonly_paths: Vec<String>,
    /// Capabilities ("CAP_...") of the container's process.
    pub caps: Vec<String>,
    /// The compiled seccomp filter; None for unconfined.
    pub seccomp: Option<seccompiler::BpfProgram>,
    pub no_new_privileges: bool,
    /// Kill the process when the skiff process watching it dies (foreground
    /// runs, monitors); off for `exec -d`.
    pub die_with_parent: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BindMount {
    /// Host path, opened before the container's root replaces the host's.
    pub source: PathBuf,
    /// Absolute path inside the container.
    pub destination: String,
    pub read_only: bool,
    /// Copy what the image has at the destination into the (empty) source
    /// first: docker's copy-up that fills a new volume.
    pub copy_up: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TmpfsMount {
    /// Absolute path inside the container.
    pub destination: String,
    pub flags: nix::mount::MsFlags,
    /// Filesystem options (size=, mode=, ...).
    pub data: String,
}

impl TmpfsMount {
    /// Parse docker's `--tmpfs PATH[:OPTIONS]`.
    pub fn parse(value: &str) -> crate::error::Result<TmpfsMount> {
        let (dest, opts) = value.split_once(':').unwrap_or((value, ""));
        if !dest.starts_with('/') {
            return Err(crate::err!("invalid --tmpfs {value:?}: the path must be absolute"));
        }
        let opts = if opts.is_empty() { "rw,noexec,nosuid,nodev" } else { opts };
        let (flags, data) = parse_mount_options(opts).map_err(|bad| crate::err!("invalid --tmpfs option {bad:?} in {value:?}"))?;
        Ok(TmpfsMount { destination: dest.to_string(), flags, data })
    }
}

/// Split mount options into flags and filesystem data; Err(option) for an
/// option that is neither.
pub fn parse_mount_options(opts: &str) -> std::result::Result<(nix::mount::MsFlags, String), String> {
    use nix::mount::MsFlags;
    let mut flags = MsFlags::empty();
    let mut data = Vec::new();
    for opt in opts.split(',').filter(|o| !o.is_empty()) {
        match opt {
            "ro" => flags |= MsFlags::MS_RDONLY,
            "rw" => flags &= !MsFlags::MS_RDONLY,
            "noexec" => flags |= MsFlags::MS_NOEXEC,
            "exec" => flags &= !MsFlags::MS_NOEXEC,
            "nosuid" => flags |= MsFlags::MS_NOSUID,
            "suid" => flags &= !MsFlags::MS_NOSUID,
            "nodev" => flags |= MsFlags::MS_NODEV,
            "dev" => flags &= !MsFlags::MS_NODEV,
            "noatime" => flags |= MsFlags::MS_NOATIME,
            "relatime" => flags |= MsFlags::MS_RELATIME,
            "strictatime" => flags |= MsFlags::MS_STRICTATIME,
            "sync" => flags |= MsFlags::MS_SYNCHRONOUS,
            "tmpcopyup" | "notmpcopyup" => {}
            o if ["size=", "mode=", "uid=", "gid=", "nr_inodes=", "nr_blocks=", "huge="].iter().any(|p| o.starts_with(p)) => {
                data.push(o.to_string())
            }
            other => return Err(other.to_string()),
        }
    }
    Ok((flags, data.join(",")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use nix::mount::MsFlags;

    #[test]
    fn tmpfs_defaults_and_options() {
        let t = TmpfsMount::parse("/scratch").unwrap();
        assert_eq!(t.flags, MsFlags::MS_NOEXEC | MsFlags::MS_NOSUID | MsFlags::MS_NODEV);
        let t = TmpfsMount::parse("/scratch:rw,size=10m,mode=1777,exec").unwrap();
        assert_eq!((t.flags, t.data.as_str()), (MsFlags::empty(), "size=10m,mode=1777"));
        assert!(TmpfsMount::parse("relative").is_err());
        assert!(TmpfsMount::parse("/x:bogus").is_err());
    }
}
