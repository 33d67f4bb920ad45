//! Where skiff keeps things: the per-user store under `$XDG_DATA_HOME/skiff`
//! and runtime state under `$XDG_RUNTIME_DIR/skiff`.

use crate::error::{Context, Result};
use std::os::unix::fs::{DirBuilderExt, MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};

#[derive(Debug, Clone)]
pub struct Paths {
    /// Images, layers, containers: survives reboots.
    pub data: PathBuf,
    /// Runtime state (locks, pids): may vanish on reboot.
    pub runtime: PathBuf,
}

impl Paths {
    /// Resolve the store locations from the environment. `root` and `runroot`
    /// override them (the `--root` and `--runroot` global flags).
    pub fn resolve(root: Option<&Path>, runroot: Option<&Path>) -> Result<Paths> {
        let uid = nix::unistd::geteuid().as_raw();
        let data = match root {
            Some(r) => r.to_path_buf(),
            None => data_home(uid)?.join("skiff"),
        };
        let runtime = match runroot {
            Some(r) => r.to_path_buf(),
            None => runtime_dir(uid)?,
        };
        Ok(Paths { data, runtime })
    }

    pub fn images_dir(&self) -> PathBuf {
        self.data.join("images")
    }
    pub fn containers_dir(&self) -> PathBuf {
        self.data.join("containers")
    }
    pub fn container_runtime_dir(&self, id: &str) -> PathBuf {
        self.runtime.join("containers").join(id)
    }
}

fn data_home(uid: u32) -> Result<PathBuf> {
    if let Some(d) = std::env::var_os("XDG_DATA_HOME").filter(|v| !v.is_empty()) {
        return Ok(PathBuf::from(d));
    }
    if uid == 0 {
        // Like podman, root keeps its store in a system location.
        return Ok(PathBuf::from("/var/lib"));
    }
    let home = std::env::var_os("HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| {
            nix::unistd::User::from_uid(nix::unistd::Uid::from_raw(uid)).ok().flatten().map(|u| u.dir)
        })
        .ok_or_else(|| crate::err!("cannot find a home directory: set HOME or XDG_DATA_HOME"))?;
    Ok(home.join(".local/share"))
}

/// `$XDG_RUNTIME_DIR/skiff` when the variable names a directory we own;
/// otherwise (after `su`, in cron) a private 0700 directory under /tmp.
fn runtime_dir(uid: u32) -> Result<PathBuf> {
    if let Some(d) = std::env::var_os("XDG_RUNTIME_DIR").filter(|v| !v.is_empty()) {
        let d = PathBuf::from(d);
        if let Ok(md) = std::fs::metadata(&d) {
            if md.is_dir() && md.uid() == uid {
                return Ok(d.join("skiff"));
            }
        }
    }
    if uid == 0 {
        return Ok(PathBuf::from("/run/skiff"));
    }
    let dir = PathBuf::from(format!("/tmp/skiff-run-{uid}"));
    match std::fs::DirBuilder::new().mode(0o700).create(&dir) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
        Err(e) => return Err(crate::err!("cannot create runtime directory {}: {e}", dir.display())),
    }
    // Someone else could have made it first: never use a directory we do not
    // own or that others can enter.
    let md = std::fs::symlink_metadata(&dir).context(|| format!("runtime directory {}", dir.display()))?;
    if !md.is_dir() || md.uid() != uid {
        return Err(crate::err!(
            "runtime directory {} is not a directory owned by uid {uid}; set XDG_RUNTIME_DIR",
            dir.display()
        ));
    }
    if md.permissions().mode() & 0o077 != 0 {
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o700))
            .context(|| format!("chmod 0700 {}", dir.display()))?;
    }
    Ok(dir.join("skiff"))
}
