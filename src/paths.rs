//! Where skiff keeps things: the per-user store under `$XDG_DATA_HOME/skiff`
//! and runtime state under `$XDG_RUNTIME_DIR/skiff`, unless
//! `$XDG_CONFIG_HOME/skiff/storage.conf` says otherwise (`graphroot`,
//! `runroot`, as in containers-storage's storage.conf). A home on NFS
//! cannot hold overlay layers: the store then goes to /var/tmp/skiff-UID.

use crate::error::Result;
use directories::ProjectDirs;
use std::os::unix::fs::{DirBuilderExt, MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};

#[derive(Debug, Clone)]
pub struct Paths {
    /// Images, layers, containers: survives reboots.
    pub data: PathBuf,
    /// Runtime state (locks, pids): may vanish on reboot.
    pub runtime: PathBuf,
    /// podman's `--tmpdir`: the runtime state of containers, pods and
    /// networks (what libpod keeps in its tmp directory), apart from the
    /// storage's (image and container mounts, the user namespace) that
    /// stays in `runtime`. The same directory as `runtime` unless
    /// `--tmpdir` names another.
    pub tmpdir: PathBuf,
}

impl Paths {
    /// Resolve the store locations from the environment. `root`, `runroot`
    /// and `tmpdir` override them (the `--root`, `--runroot` and `--tmpdir`
    /// global flags).
    pub fn resolve(root: Option<&Path>, runroot: Option<&Path>, tmpdir: Option<&Path>) -> Result<Paths> {
        let uid = nix::unistd::geteuid().as_raw();
        let project = project_dirs();
        let configured = if root.is_some() && runroot.is_some() { StorageConf::default() } else { StorageConf::read(project.as_ref())? };
        // Root of `skiff unshare`'s namespace is the user: the user's store,
        // which `unshare` names for its command, not root's.
        let unshared = |variable: &str| inside_unshare().then(|| std::env::var_os(variable)).flatten().filter(|v| !v.is_empty()).map(PathBuf::from);
        let data = match (root.map(Path::to_path_buf).or_else(|| unshared(GRAPHROOT_VARIABLE)), configured.graphroot) {
            (Some(r), _) => r,
            (None, Some(configured)) => configured,
            // Like podman, root keeps its store in a system location.
            (None, None) if uid == 0 => PathBuf::from("/var/lib/skiff"),
            (None, None) => {
                let default = project
                    .as_ref()
                    .map(|p| p.data_dir().to_path_buf())
                    .ok_or_else(|| crate::err!("cannot find a home directory: set HOME"))?;
                if on_nfs(&default) {
                    local_store(uid, &default)?
                } else {
                    default
                }
            }
        };
        let runtime = match (runroot.map(Path::to_path_buf).or_else(|| unshared(RUNROOT_VARIABLE)), configured.runroot) {
            (Some(r), _) => r,
            (None, Some(configured)) => configured,
            (None, None) => runtime_dir(uid, project.as_ref())?,
        };
        let tmpdir = tmpdir.map(Path::to_path_buf).or_else(|| unshared(TMPDIR_VARIABLE)).unwrap_or_else(|| runtime.clone());
        if !tmpdir.is_absolute() {
            return Err(crate::err!("--tmpdir {}: not an absolute path", tmpdir.display()));
        }
        Ok(Paths { data, runtime, tmpdir })
    }

    pub fn images_dir(&self) -> PathBuf {
        self.data.join("images")
    }
    pub fn containers_dir(&self) -> PathBuf {
        self.data.join("containers")
    }
    pub fn container_runtime_dir(&self, id: &str) -> PathBuf {
        self.tmpdir.join("containers").join(id)
    }
    /// The global flags that name these locations, for a skiff process
    /// started by this one (a container's monitor, a helper).
    pub fn global_args(&self) -> Vec<std::ffi::OsString> {
        let mut args: Vec<std::ffi::OsString> = vec!["--root".into(), self.data.clone().into(), "--runroot".into(), self.runtime.clone().into()];
        if self.tmpdir != self.runtime {
            args.extend(["--tmpdir".into(), self.tmpdir.clone().into()]);
        }
        args
    }
}

/// `$XDG_CONFIG_HOME/skiff/storage.conf`'s `[storage]` table: the two
/// settings skiff takes from containers-storage's format.
#[derive(Debug, Default, serde::Deserialize)]
struct StorageConf {
    graphroot: Option<PathBuf>,
    runroot: Option<PathBuf>,
}

#[derive(serde::Deserialize)]
struct StorageConfFile {
    #[serde(default)]
    storage: StorageConf,
}

impl StorageConf {
    fn read(project: Option<&ProjectDirs>) -> Result<StorageConf> {
        let Some(path) = project.map(|p| p.config_dir().join("storage.conf")) else { return Ok(StorageConf::default()) };
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(StorageConf::default()),
            Err(e) => return Err(crate::err!("read {}: {e}", path.display())),
        };
        let file: StorageConfFile = toml::from_str(&text).map_err(|e| crate::err!("{}: {}", path.display(), e.message()))?;
        for (key, value) in [("graphroot", &file.storage.graphroot), ("runroot", &file.storage.runroot)] {
            if value.as_ref().is_some_and(|p| !p.is_absolute()) {
                return Err(crate::err!("{}: {key} must be an absolute path", path.display()));
            }
        }
        Ok(file.storage)
    }
}

/// Set by `skiff unshare` for its command (podman's name for the same
/// marker): a skiff run there is root of the user's own user namespace.
pub const USERNS_MARKER_VARIABLE: &str = "_CONTAINERS_USERNS_CONFIGURED";
/// Where `skiff unshare` says the user's store and runtime state are.
pub const GRAPHROOT_VARIABLE: &str = "CONTAINERS_GRAPHROOT";
pub const RUNROOT_VARIABLE: &str = "CONTAINERS_RUNROOT";
/// skiff's own: podman has no variable for its tmp directory.
pub const TMPDIR_VARIABLE: &str = "SKIFF_TMPDIR";

/// Whether this process runs as root inside `skiff unshare` (its marker
/// is inherited, and root there is the user who ran it).
pub fn inside_unshare() -> bool {
    std::env::var_os(USERNS_MARKER_VARIABLE).is_some_and(|v| !v.is_empty()) && nix::unistd::geteuid().is_root()
}

/// skiff's XDG base directories (`$XDG_DATA_HOME/skiff`,
/// `$XDG_CONFIG_HOME/skiff`, `$XDG_RUNTIME_DIR/skiff`, each variable only
/// when absolute, as the specification says); None when the user has no
/// home directory (neither HOME nor a password database entry).
fn project_dirs() -> Option<ProjectDirs> {
    ProjectDirs::from_path(PathBuf::from("skiff"))
}

/// statfs(2)'s f_type of NFS.
pub const NFS_SUPER_MAGIC: i64 = 0x6969;

/// Whether the nearest existing directory at or above `path` is on NFS.
fn on_nfs(path: &Path) -> bool {
    let mut dir = path.to_path_buf();
    while !dir.exists() {
        if !dir.pop() {
            return false;
        }
    }
    nix::sys::statfs::statfs(&dir).is_ok_and(|fs| fs.filesystem_type().0 as i64 == NFS_SUPER_MAGIC)
}

/// The store for a user whose home is on NFS (no overlay, and the server
/// may squash subordinate ids): /var/tmp/skiff-UID, private to the user,
/// with one warning when it is first made.
fn local_store(uid: u32, wanted: &Path) -> Result<PathBuf> {
    let dir = PathBuf::from(format!("/var/tmp/skiff-{uid}"));
    match std::fs::DirBuilder::new().mode(0o700).create(&dir) {
        Ok(()) => crate::sys::warnings::warn(&format!(
            "{} is on NFS, which cannot hold overlay layers: the store is in {} instead (set graphroot in $XDG_CONFIG_HOME/skiff/storage.conf to choose)",
            wanted.display(),
            dir.display()
        )),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
        Err(e) => return Err(crate::err!("cannot create {}: {e}", dir.display())),
    }
    check_private_dir(&dir, uid).map_err(|why| crate::err!("{why}: set graphroot in $XDG_CONFIG_HOME/skiff/storage.conf"))?;
    Ok(dir)
}

/// `$XDG_RUNTIME_DIR/skiff` when the variable names a directory we own;
/// otherwise (after `su`, in cron) a private 0700 directory under /tmp.
fn runtime_dir(uid: u32, project: Option<&ProjectDirs>) -> Result<PathBuf> {
    if let Some(dir) = project.and_then(ProjectDirs::runtime_dir) {
        let owned = dir.parent().and_then(|xdg| std::fs::metadata(xdg).ok()).is_some_and(|md| md.is_dir() && md.uid() == uid);
        if owned {
            return Ok(dir.to_path_buf());
        }
    }
    if uid == 0 {
        return Ok(PathBuf::from("/run/skiff"));
    }
    let dir = fallback_runtime_dir(uid);
    match std::fs::DirBuilder::new().mode(0o700).create(&dir) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
        Err(e) => return Err(crate::err!("cannot create runtime directory {}: {e}", dir.display())),
    }
    // Someone else could have made it first (it is in /tmp): never use a
    // directory, or a symlink, that we do not own or that others can enter.
    check_private_dir(&dir, uid).map_err(|why| crate::err!("runtime {why}: set XDG_RUNTIME_DIR to a private directory of yours"))?;
    Ok(dir.join("skiff"))
}

/// Where the runtime directory goes when XDG_RUNTIME_DIR names none of
/// ours (after `su`, in cron, over ssh without pam_systemd).
pub fn fallback_runtime_dir(uid: u32) -> PathBuf {
    PathBuf::from(format!("/tmp/skiff-run-{uid}"))
}

/// Whether `dir` is a directory (not a symlink) owned by `uid` that no one
/// else may enter; the reason when it is not.
pub fn check_private_dir(dir: &Path, uid: u32) -> std::result::Result<(), String> {
    let md = std::fs::symlink_metadata(dir).map_err(|e| format!("directory {}: {e}", dir.display()))?;
    if !md.is_dir() {
        return Err(format!("directory {} is not a directory (a symlink or a file)", dir.display()));
    }
    if md.uid() != uid {
        return Err(format!("directory {} belongs to uid {}, not to uid {uid}", dir.display(), md.uid()));
    }
    if md.permissions().mode() & 0o077 != 0 {
        return Err(format!("directory {} has mode {:04o}, not 0700", dir.display(), md.permissions().mode() & 0o7777));
    }
    Ok(())
}
