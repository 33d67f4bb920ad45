//! Storage drivers: how a container's root filesystem is assembled from the
//! image's unpacked layers plus a per-container writable directory.
//!
//! - `overlay`: kernel overlayfs mounted inside the user namespace with the
//!   `userxattr` option (whiteouts are 0/0 character devices, opaque
//!   directories carry `user.overlay.opaque`). Fast and shares every layer.
//! - `fuse-overlayfs`: the same layout served by fuse-overlayfs, for kernels
//!   that refuse an unprivileged overlay mount.
//! - `copy`: the layers copied into a per-container directory, applying
//!   whiteouts. Slow, but needs nothing from the kernel.
//!
//! The first container of a store probes which one works; the answer is
//! recorded in the store so later runs go straight to it.

use crate::error::{Context, Result};
use nix::mount::MsFlags;
use serde::{Deserialize, Serialize};
use std::ffi::CString;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::{FileTypeExt, MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Driver {
    Overlay,
    FuseOverlayfs,
    Copy,
}

impl Driver {
    pub fn name(&self) -> &'static str {
        match self {
            Driver::Overlay => "overlay",
            Driver::FuseOverlayfs => "fuse-overlayfs",
            Driver::Copy => "copy",
        }
    }

    pub fn from_name(name: &str) -> Option<Driver> {
        match name {
            "overlay" => Some(Driver::Overlay),
            "fuse-overlayfs" => Some(Driver::FuseOverlayfs),
            "copy" | "vfs" => Some(Driver::Copy),
            _ => None,
        }
    }
}

/// The directories of one container's root filesystem.
#[derive(Debug, Clone)]
pub struct RootfsLayout {
    /// Unpacked image layers, lowest first.
    pub layers: Vec<PathBuf>,
    /// The container's writable layer (overlay) or full copy (copy driver).
    pub upper: PathBuf,
    /// overlayfs' scratch directory, on the same filesystem as `upper`.
    pub work: PathBuf,
    /// Where the root filesystem is mounted.
    pub merged: PathBuf,
    /// fuse-overlayfs `uidmapping`/`gidmapping` values that show stored
    /// ids as other ids (keep-id); None to show them as they are.
    pub id_mapping: Option<(String, String)>,
}

impl RootfsLayout {
    pub fn for_container(dir: &Path, mut layers: Vec<PathBuf>) -> RootfsLayout {
        // An image may hold the same layer twice (two build steps with the
        // same changes); overlayfs refuses a repeated lower directory. The
        // upper copy alone gives the same result: drop the lower ones.
        let mut seen = std::collections::HashSet::new();
        layers.reverse();
        layers.retain(|layer| seen.insert(layer.clone()));
        layers.reverse();
        RootfsLayout { layers, upper: dir.join("upper"), work: dir.join("work"), merged: dir.join("merged"), id_mapping: None }
    }

    /// Create the container's own directories (in the parent, before the
    /// container process starts). The copy driver copies the image here.
    pub fn prepare(&self, driver: Driver) -> Result<()> {
        for d in [&self.upper, &self.work, &self.merged] {
            std::fs::create_dir_all(d).context(|| format!("create {}", d.display()))?;
        }
        // The root directory of the container takes its mode from the top
        // of the stack, the writable layer: 0755, as every layer's root (see
        // layer::unpack), whatever the umask or the mode a layer's tar gave
        // its root entry.
        std::fs::set_permissions(&self.upper, std::fs::Permissions::from_mode(0o755)).context(|| format!("chmod {}", self.upper.display()))?;
        if driver == Driver::Copy {
            for layer in &self.layers {
                copy_layer(layer, &self.upper)?;
            }
        }
        Ok(())
    }
}

fn store_record(store: &Path) -> PathBuf {
    store.join("storage-driver.json")
}

#[derive(Serialize, Deserialize)]
struct DriverRecord {
    driver: Driver,
}

/// The driver for this store: forced by the user, recorded by an earlier
/// probe, or probed now (and recorded).
pub fn choose(store: &Path, forced: Option<Driver>) -> Result<Driver> {
    if let Some(d) = forced {
        return Ok(d);
    }
    if let Ok(rec) = crate::storage::atomic::read_json::<DriverRecord>(&store_record(store)) {
        return Ok(rec.driver);
    }
    let driver = probe(store)?;
    crate::storage::atomic::write_json(&store_record(store), &DriverRecord { driver })?;
    Ok(driver)
}

/// Try an overlay mount, then fuse-overlayfs, in a throw-away mount
/// namespace (a child process), and fall back to copying.
fn probe(store: &Path) -> Result<Driver> {
    std::fs::create_dir_all(store).context(|| format!("create {}", store.display()))?;
    let scratch = tempfile::Builder::new().prefix(".probe-").tempdir_in(store).context(|| "create probe directory".into())?;
    let layout = RootfsLayout {
        layers: vec![scratch.path().join("lower")],
        upper: scratch.path().join("upper"),
        work: scratch.path().join("work"),
        merged: scratch.path().join("merged"),
        id_mapping: None,
    };
    for d in layout.layers.iter().chain([&layout.upper, &layout.work, &layout.merged]) {
        std::fs::create_dir_all(d)?;
    }
    for driver in [Driver::Overlay, Driver::FuseOverlayfs] {
        if driver == Driver::FuseOverlayfs && !fuse_available() {
            continue;
        }
        if in_scratch_mount_namespace(|| mount_rootfs(driver, &layout).is_ok()) {
            return Ok(driver);
        }
    }
    Ok(Driver::Copy)
}

pub fn fuse_available() -> bool {
    crate::sys::process::find_in_path("fuse-overlayfs").is_some()
        && std::fs::OpenOptions::new().read(true).write(true).open("/dev/fuse").is_ok()
}

/// Run `f` in a child process with its own mount namespace; true if it
/// returned true. Nothing it mounts is visible outside the child.
fn in_scratch_mount_namespace(f: impl FnOnce() -> bool) -> bool {
    // SAFETY: called while skiff is single-threaded; the child only mounts
    // and exits.
    match unsafe { nix::unistd::fork() } {
        Ok(nix::unistd::ForkResult::Child) => {
            let ok = nix::sched::unshare(nix::sched::CloneFlags::CLONE_NEWNS).is_ok()
                && nix::mount::mount(None::<&str>, "/", None::<&str>, MsFlags::MS_REC | MsFlags::MS_PRIVATE, None::<&str>).is_ok()
                && f();
            unsafe { libc::_exit(if ok { 0 } else { 1 }) }
        }
        Ok(nix::unistd::ForkResult::Parent { child }) => {
            matches!(nix::sys::wait::waitpid(child, None), Ok(nix::sys::wait::WaitStatus::Exited(_, 0)))
        }
        Err(_) => false,
    }
}

/// Mount the container's root filesystem at `layout.merged`. Runs inside
/// the container's new mount namespace.
pub fn mount_rootfs(driver: Driver, layout: &RootfsLayout) -> Result<()> {
    match driver {
        Driver::Overlay => mount_overlay(layout),
        Driver::FuseOverlayfs => mount_fuse_overlayfs(layout),
        Driver::Copy => nix::mount::mount(
            Some(&layout.upper),
            &layout.merged,
            None::<&str>,
            MsFlags::MS_BIND | MsFlags::MS_REC,
            None::<&str>,
        )
        .context(|| format!("bind mount {}", layout.upper.display())),
    }
}

/// overlayfs takes its lower directories top first.
fn lowerdir_option(layers: &[PathBuf]) -> String {
    let mut parts: Vec<String> = layers.iter().rev().map(|p| escape_overlay_path(p)).collect();
    if parts.is_empty() {
        parts.push(String::new());
    }
    parts.join(":")
}

/// overlayfs splits its options on ',' and lowerdir on ':'.
fn escape_overlay_path(p: &Path) -> String {
    p.to_string_lossy().replace('\\', "\\\\").replace(':', "\\:").replace(',', "\\,")
}

fn mount_overlay(layout: &RootfsLayout) -> Result<()> {
    // Mount options are limited to one page: name the layers relative to
    // their common directory, which we chdir into for the mount syscall.
    let common = layout.layers.first().and_then(|p| p.parent()).and_then(|p| p.parent()).map(Path::to_path_buf);
    let (lower, cwd_guard) = match &common {
        Some(dir) if layout.layers.iter().all(|l| l.starts_with(dir)) => {
            let rel: Vec<PathBuf> = layout.layers.iter().map(|l| l.strip_prefix(dir).unwrap().to_path_buf()).collect();
            let old = std::env::current_dir().ok();
            std::env::set_current_dir(dir).context(|| format!("chdir {}", dir.display()))?;
            (lowerdir_option(&rel), old)
        }
        _ => (lowerdir_option(&layout.layers), None),
    };
    let options = format!(
        "lowerdir={},upperdir={},workdir={},userxattr",
        lower,
        escape_overlay_path(&layout.upper),
        escape_overlay_path(&layout.work)
    );
    if options.len() >= 4096 {
        return Err(crate::err!("too many image layers ({}) for one overlay mount", layout.layers.len()));
    }
    let result = nix::mount::mount(Some("overlay"), &layout.merged, Some("overlay"), MsFlags::empty(), Some(options.as_str()));
    if let Some(old) = cwd_guard {
        let _ = std::env::set_current_dir(old);
    }
    result.context(|| "mount overlay".into())
}

fn mount_fuse_overlayfs(layout: &RootfsLayout) -> Result<()> {
    let program = crate::sys::process::find_in_path("fuse-overlayfs")
        .ok_or_else(|| crate::err!("fuse-overlayfs is not installed"))?;
    let mut options = format!(
        "lowerdir={},upperdir={},workdir={}",
        lowerdir_option(&layout.layers),
        escape_overlay_path(&layout.upper),
        escape_overlay_path(&layout.work)
    );
    if let Some((uids, gids)) = &layout.id_mapping {
        options.push_str(&format!(",uidmapping={uids},gidmapping={gids}"));
    }
    // The daemon stays in this mount namespace. pivot_root moves the root
    // of every process whose root is the old one, and a daemon rooted in
    // its own mount deadlocks on its first path lookup (it would wait for
    // itself to answer). So it runs chrooted into a recursive bind of the
    // old root, which pivot_root leaves alone, and mounts there; the mount
    // is then bound at `merged`.
    let daemon_root = layout.work.with_file_name("fuse-root");
    std::fs::create_dir_all(&daemon_root).context(|| format!("create {}", daemon_root.display()))?;
    nix::mount::mount(Some("/"), &daemon_root, None::<&str>, MsFlags::MS_BIND | MsFlags::MS_REC, None::<&str>)
        .context(|| format!("bind / on {}", daemon_root.display()))?;
    let chroot_dir = CString::new(daemon_root.as_os_str().as_bytes()).map_err(|_| crate::err!("bad path {}", daemon_root.display()))?;
    // fuse-overlayfs daemonises: its stderr goes to a file, not a pipe the
    // daemon would hold open (waiting for that pipe's end would hang).
    let mut errors = tempfile::tempfile().context(|| "create a file for fuse-overlayfs' errors".into())?;
    let mut command = std::process::Command::new(program);
    // SAFETY: chroot, chdir and close_range are async-signal-safe.
    unsafe {
        use std::os::unix::process::CommandExt;
        command.pre_exec(move || {
            if libc::chroot(chroot_dir.as_ptr()) != 0 || libc::chdir(c"/".as_ptr()) != 0 {
                return Err(std::io::Error::last_os_error());
            }
            // The daemon outlives this process: it must not keep any of
            // skiff's pipes open (`run -d` waits for its monitor's to close).
            if libc::syscall(libc::SYS_close_range, 3u32, u32::MAX, libc::CLOSE_RANGE_CLOEXEC) != 0 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
    let status = command
        .arg("-o")
        .arg(options)
        .arg(&layout.merged)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(errors.try_clone().context(|| "duplicate a descriptor".into())?)
        .status()
        .context(|| "run fuse-overlayfs".into())?;
    if !status.success() {
        use std::io::{Read, Seek};
        let mut text = String::new();
        let _ = errors.seek(std::io::SeekFrom::Start(0)).and_then(|_| errors.read_to_string(&mut text));
        return Err(crate::err!("fuse-overlayfs: {}", text.trim().replace('\n', "; ")));
    }
    let mounted = daemon_root.join(layout.merged.strip_prefix("/").unwrap_or(&layout.merged));
    nix::mount::mount(Some(&mounted), &layout.merged, None::<&str>, MsFlags::MS_BIND, None::<&str>)
        .context(|| format!("bind {} on {}", mounted.display(), layout.merged.display()))
}

/// Copy one unpacked layer on top of `dest`, applying its whiteouts: a 0/0
/// character device deletes the path below it, an opaque directory hides
/// everything below it. Owners, modes, times and hard links are kept.
pub fn copy_layer(layer: &Path, dest: &Path) -> Result<()> {
    let mut links = std::collections::HashMap::new();
    copy_dir(layer, dest, &mut links)
}

fn copy_dir(src: &Path, dst: &Path, links: &mut std::collections::HashMap<(u64, u64), PathBuf>) -> Result<()> {
    for entry in std::fs::read_dir(src).context(|| format!("read {}", src.display()))? {
        let entry = entry?;
        let from = entry.path();
        let to = dst.join(entry.file_name());
        let md = std::fs::symlink_metadata(&from)?;
        let ft = md.file_type();
        if ft.is_char_device() && md.rdev() == 0 {
            remove_any(&to)?;
            continue;
        }
        if ft.is_dir() {
            let existing = std::fs::symlink_metadata(&to).ok();
            if opaque(&from) || existing.as_ref().map(|m| !m.is_dir()).unwrap_or(false) {
                remove_any(&to)?;
            }
            if !to.exists() {
                std::fs::create_dir(&to).context(|| format!("create {}", to.display()))?;
            }
            copy_dir(&from, &to, links)?;
        } else {
            remove_any(&to)?;
            if md.nlink() > 1 {
                if let Some(first) = links.get(&(md.dev(), md.ino())) {
                    std::fs::hard_link(first, &to).context(|| format!("link {}", to.display()))?;
                    continue;
                }
                links.insert((md.dev(), md.ino()), to.clone());
            }
            if ft.is_symlink() {
                std::os::unix::fs::symlink(std::fs::read_link(&from)?, &to).context(|| format!("symlink {}", to.display()))?;
            } else if ft.is_file() {
                std::fs::copy(&from, &to).context(|| format!("copy {}", from.display()))?;
            } else {
                // fifos and sockets: recreate; device nodes cannot be made rootless.
                let mode = md.mode();
                let c = CString::new(to.as_os_str().as_bytes()).unwrap();
                if unsafe { libc::mknod(c.as_ptr(), mode, md.rdev()) } != 0 {
                    continue;
                }
            }
        }
        copy_metadata(&to, &md);
    }
    Ok(())
}

fn opaque(dir: &Path) -> bool {
    let c = CString::new(dir.as_os_str().as_bytes()).unwrap();
    let mut buf = [0u8; 4];
    for name in [c"user.overlay.opaque", c"trusted.overlay.opaque"] {
        let n = unsafe { libc::lgetxattr(c.as_ptr(), name.as_ptr(), buf.as_mut_ptr().cast(), buf.len()) };
        if n == 1 && buf[0] == b'y' {
            return true;
        }
    }
    false
}

fn remove_any(path: &Path) -> Result<()> {
    match std::fs::symlink_metadata(path) {
        Ok(md) if md.is_dir() => crate::sys::fs::remove_tree(path),
        Ok(_) => std::fs::remove_file(path).context(|| format!("remove {}", path.display())),
        Err(_) => Ok(()),
    }
}

fn copy_metadata(to: &Path, md: &std::fs::Metadata) {
    let _ = std::os::unix::fs::lchown(to, Some(md.uid()), Some(md.gid()));
    if !md.file_type().is_symlink() {
        let _ = std::fs::set_permissions(to, std::fs::Permissions::from_mode(md.mode() & 0o7777));
    }
    let c = CString::new(to.as_os_str().as_bytes()).unwrap();
    let times = [
        libc::timespec { tv_sec: md.atime(), tv_nsec: md.atime_nsec() },
        libc::timespec { tv_sec: md.mtime(), tv_nsec: md.mtime_nsec() },
    ];
    unsafe { libc::utimensat(libc::AT_FDCWD, c.as_ptr(), times.as_ptr(), libc::AT_SYMLINK_NOFOLLOW) };
}
