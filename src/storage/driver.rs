//! Storage drivers: how a container's root filesystem is assembled from the
//! image's unpacked layers plus a per-container writable directory.
//!
//! - `overlay`: kernel overlayfs mounted inside the user namespace with the
//!   `userxattr` option (whiteouts are 0/0 character devices, opaque
//!   directories carry `user.overlay.opaque`). Fast and shares every layer.
//! - `skiff-fuse`: the same layout served over FUSE by skiff itself (see
//!   fuse_overlay), for kernels that refuse an unprivileged overlay mount.
//! - `fuse-overlayfs`: the same layout served by fuse-overlayfs.
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
    SkiffFuse,
    FuseOverlayfs,
    Copy,
}

impl Driver {
    pub fn name(&self) -> &'static str {
        match self {
            Driver::Overlay => "overlay",
            Driver::SkiffFuse => "skiff-fuse",
            Driver::FuseOverlayfs => "fuse-overlayfs",
            Driver::Copy => "copy",
        }
    }

    /// Served over FUSE by a process of its own.
    pub fn is_fuse(&self) -> bool {
        matches!(self, Driver::SkiffFuse | Driver::FuseOverlayfs)
    }

    pub fn from_name(name: &str) -> Option<Driver> {
        match name {
            "overlay" => Some(Driver::Overlay),
            "skiff-fuse" => Some(Driver::SkiffFuse),
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
    /// The writable layer starts empty at each start of the container
    /// (`--rootfs DIR:O`, whose changes last one run only, as podman's).
    pub fresh_upper: bool,
    /// Mounted with overlayfs' `volatile`: the writable layer is never
    /// synced, not even when the container's last process exits and its
    /// mount goes, which otherwise syncs the whole file system under it
    /// (10-13 ms on this host's ext4, measured, before `run --rm` or the
    /// API's `wait` learn that the container ended). For containers removed
    /// at their exit (`--rm`), whose writable layer is worthless after a
    /// crash anyway, as podman 4.3.1 mounts them.
    pub volatile: bool,
    /// `merged` is /proc/self/fd/N of a directory skiff opened for a
    /// container that cannot reach it by path (see rootfs::HostPaths): a
    /// FUSE root is mounted there with the new mount API, whose descriptor
    /// is the way to the mount (the path names the directory under it).
    pub merged_by_descriptor: bool,
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
        RootfsLayout { layers, upper: dir.join("upper"), work: dir.join("work"), merged: dir.join("merged"), fresh_upper: false, volatile: false, merged_by_descriptor: false }
    }

    /// Empty the writable layer for a start that begins afresh (see
    /// `fresh_upper`); the copy driver copies the layers into it again.
    /// Run as root of the container's user namespace: what the container
    /// wrote belongs to its users.
    pub fn renew_upper(&self, driver: Driver) -> Result<()> {
        crate::sys::fs::remove_tree(&self.upper)?;
        self.prepare(driver)
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

/// The driver this store chose, without probing for one when it has not
/// chosen yet (what `image inspect` reports).
pub fn recorded(store: &Path) -> Option<Driver> {
    crate::storage::atomic::read_json::<DriverRecord>(&store_record(store)).ok().map(|rec| rec.driver)
}

/// Set (to anything) by tests only: the kernel overlay driver fails as
/// on a kernel that refuses an unprivileged overlay mount, so that the
/// probe and the other drivers can be tested on a host that allows it.
pub const DISABLE_KERNEL_OVERLAY_VARIABLE: &str = "SKIFF_TEST_DISABLE_KERNEL_OVERLAY";

/// Try an overlay mount, then skiff's FUSE overlay, then fuse-overlayfs;
/// fall back to copying.
fn probe(store: &Path) -> Result<Driver> {
    for driver in [Driver::Overlay, Driver::SkiffFuse, Driver::FuseOverlayfs] {
        if works(store, driver)? {
            return Ok(driver);
        }
    }
    Ok(Driver::Copy)
}

/// Whether `driver` can mount a root file system here, tried in a
/// throw-away mount namespace (a child process) on a scratch directory of
/// the store: mounted, and a file written through the mount lands in the
/// upper directory (a FUSE server answers, the kernel's overlay accepts the
/// upper directory's file system). Must run in the user namespace the
/// containers get, while the process is single-threaded.
pub fn works(store: &Path, driver: Driver) -> Result<bool> {
    let available = match driver {
        Driver::SkiffFuse => dev_fuse_usable(),
        Driver::FuseOverlayfs => fuse_available(),
        Driver::Overlay | Driver::Copy => true,
    };
    if !available {
        return Ok(false);
    }
    std::fs::create_dir_all(store).context(|| format!("create {}", store.display()))?;
    let scratch = tempfile::Builder::new().prefix(".probe-").tempdir_in(store).context(|| "create probe directory".into())?;
    let layout = RootfsLayout {
        layers: vec![scratch.path().join("lower")],
        upper: scratch.path().join("upper"),
        work: scratch.path().join("work"),
        merged: scratch.path().join("merged"),
        fresh_upper: false,
        volatile: false,
        merged_by_descriptor: false,
    };
    for d in layout.layers.iter().chain([&layout.upper, &layout.work, &layout.merged]) {
        std::fs::create_dir_all(d)?;
    }
    Ok(in_scratch_mount_namespace(|| {
        mount_rootfs(driver, &layout).is_ok()
            && std::fs::write(layout.merged.join("probe"), b"").is_ok()
            && layout.upper.join("probe").exists()
    }))
}

pub fn dev_fuse_usable() -> bool {
    std::fs::OpenOptions::new().read(true).write(true).open("/dev/fuse").is_ok()
}

pub fn fuse_available() -> bool {
    crate::sys::process::find_in_path("fuse-overlayfs").is_some() && dev_fuse_usable()
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

/// Mount a root filesystem at `layout.merged` in this process's mount
/// namespace (one of skiff's own: build, cp, the probe). A FUSE driver's
/// server is a child of this process that dies with it.
pub fn mount_rootfs(driver: Driver, layout: &RootfsLayout) -> Result<()> {
    mount_rootfs_served_by(driver, layout, |device| spawn_fuse_server(driver, layout, device, ServerSide::Mounter)).map(drop)
}

/// Mount a root filesystem at `layout.merged` in this process's mount
/// namespace to stay there after skiff exits (`skiff mount` inside `skiff
/// unshare`): a FUSE driver's server outlives skiff, until the mount goes.
pub fn mount_rootfs_lasting(driver: Driver, layout: &RootfsLayout) -> Result<()> {
    mount_rootfs_served_by(driver, layout, |device| spawn_fuse_server(driver, layout, device, ServerSide::Session)).map(drop)
}

/// Mount a root filesystem at `layout.merged`; a FUSE driver's mounted but
/// not yet served device goes to `serve` (a container's first process sends
/// it to its monitor, see spawn_fuse_server).
/// The root of the new mount comes back when the mount was made through a
/// descriptor (`merged_by_descriptor`).
pub fn mount_rootfs_served_by(
    driver: Driver,
    layout: &RootfsLayout,
    serve: impl FnOnce(std::fs::File) -> Result<()>,
) -> Result<Option<std::os::fd::OwnedFd>> {
    match driver {
        Driver::SkiffFuse | Driver::FuseOverlayfs if layout.merged_by_descriptor => {
            let (device, root) = mount_fuse_by_descriptor(driver, layout)?;
            serve(device)?;
            Ok(Some(root))
        }
        _ if layout.merged_by_descriptor => Err(crate::err!("the {} storage driver cannot mount a root the container reaches only through a descriptor", driver.name())),
        Driver::Overlay => mount_overlay(layout).map(|_| None),
        Driver::SkiffFuse | Driver::FuseOverlayfs => serve(mount_fuse(driver, layout)?).map(|_| None),
        Driver::Copy => nix::mount::mount(
            Some(&layout.upper),
            &layout.merged,
            None::<&str>,
            MsFlags::MS_BIND | MsFlags::MS_REC,
            None::<&str>,
        )
        .context(|| format!("bind mount {}", layout.upper.display()))
        .map(|_| None),
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
    if std::env::var_os(DISABLE_KERNEL_OVERLAY_VARIABLE).is_some() {
        return Err(crate::err!("mount overlay: refused ({DISABLE_KERNEL_OVERLAY_VARIABLE} is set)"));
    }
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
    let mut options = format!(
        "lowerdir={},upperdir={},workdir={},userxattr",
        lower,
        escape_overlay_path(&layout.upper),
        escape_overlay_path(&layout.work)
    );
    if layout.volatile {
        options.push_str(",volatile");
    }
    // A volatile mount leaves this mark behind, and overlayfs refuses the
    // directories while it is there (their writes were never synced): the
    // writable layer of a container mounted again (a restart, `skiff
    // mount`) is used as it is, as containers/storage does.
    let _ = crate::sys::fs::remove_tree(&layout.work.join("work").join("incompat"));
    if options.len() >= 4096 {
        return Err(crate::err!("too many image layers ({}) for one overlay mount", layout.layers.len()));
    }
    let mount = |options: &str| nix::mount::mount(Some("overlay"), &layout.merged, Some("overlay"), MsFlags::empty(), Some(options));
    let result = match mount(&options) {
        // A kernel older than 5.10 has no `volatile`: synced, then.
        Err(nix::errno::Errno::EINVAL) if layout.volatile => mount(options.trim_end_matches(",volatile")),
        other => other,
    };
    if let Some(old) = cwd_guard {
        let _ = std::env::set_current_dir(old);
    }
    result.context(|| "mount overlay".into())
}

/// Open /dev/fuse and mount it at `layout.merged`. Nothing answers the
/// kernel until a server reads the returned device: the first access to
/// the mount waits for it. The device must be opened in the user namespace
/// that mounts (the kernel checks).
fn mount_fuse(driver: Driver, layout: &RootfsLayout) -> Result<std::fs::File> {
    let device = std::fs::OpenOptions::new().read(true).write(true).open("/dev/fuse").context(|| "open /dev/fuse".into())?;
    use std::os::fd::AsRawFd;
    let options = format!(
        "fd={},rootmode=40000,user_id={},group_id={},default_permissions,allow_other",
        device.as_raw_fd(),
        nix::unistd::getuid(),
        nix::unistd::getgid()
    );
    let name = driver.name();
    nix::mount::mount(Some(name), &layout.merged, Some(format!("fuse.{name}").as_str()), MsFlags::empty(), Some(options.as_str()))
        .context(|| format!("mount {name} on {}", layout.merged.display()))?;
    Ok(device)
}

/// `mount_fuse` onto the directory `layout.merged` names as a descriptor
/// (/proc/self/fd/N): made detached (fsopen, fsmount) and attached there
/// (move_mount); the device and the mount's root.
fn mount_fuse_by_descriptor(driver: Driver, layout: &RootfsLayout) -> Result<(std::fs::File, std::os::fd::OwnedFd)> {
    use rustix::mount::{fsconfig_create, fsconfig_set_flag, fsconfig_set_string, fsmount, fsopen, move_mount, FsMountFlags, FsOpenFlags, MountAttrFlags, MoveMountFlags};
    use std::os::fd::AsRawFd;
    let device = std::fs::OpenOptions::new().read(true).write(true).open("/dev/fuse").context(|| "open /dev/fuse".into())?;
    let name = driver.name();
    let failed = |e: rustix::io::Errno| crate::err!("mount {name} on {}: {e}", layout.merged.display());
    let context = fsopen("fuse", FsOpenFlags::FSOPEN_CLOEXEC).map_err(failed)?;
    let settings = [
        ("source", name.to_string()),
        ("subtype", name.to_string()),
        ("fd", device.as_raw_fd().to_string()),
        ("rootmode", "40000".to_string()),
        ("user_id", nix::unistd::getuid().to_string()),
        ("group_id", nix::unistd::getgid().to_string()),
    ];
    for (key, value) in settings {
        fsconfig_set_string(&context, key, value.as_str()).map_err(failed)?;
    }
    for flag in ["default_permissions", "allow_other"] {
        fsconfig_set_flag(&context, flag).map_err(failed)?;
    }
    fsconfig_create(&context).map_err(failed)?;
    let root = fsmount(&context, FsMountFlags::FSMOUNT_CLOEXEC, MountAttrFlags::empty()).map_err(failed)?;
    let target = rustix::fs::open(&layout.merged, rustix::fs::OFlags::PATH | rustix::fs::OFlags::DIRECTORY | rustix::fs::OFlags::CLOEXEC, rustix::fs::Mode::empty())
        .map_err(failed)?;
    move_mount(&root, "", &target, "", MoveMountFlags::MOVE_MOUNT_F_EMPTY_PATH | MoveMountFlags::MOVE_MOUNT_T_EMPTY_PATH).map_err(failed)?;
    Ok((device, root))
}

/// Which process a FUSE server belongs to.
#[derive(Debug)]
pub enum ServerSide {
    /// A child of the mounting process, killed when it dies: the mount is
    /// in a mount namespace of that process's own (a server living on in
    /// it would keep its own mount alive for ever).
    Mounter,
    /// Served for a container by an orphaned grandchild of its monitor,
    /// outside the container's process tree: a container's first process
    /// that waits for all its children (`sh -c 'sleep 1 & wait'`) would
    /// otherwise wait for its own file system's server. It joins the
    /// container's user namespace (`user_namespace`, sent by the container
    /// with the device: its /proc/PID/ns is closed to the monitor once it
    /// changed credentials), so that ids mean the same to it as to the
    /// container, and exits when the container's mount namespace, the last
    /// holder of the mount, goes away. None: the monitor's own namespace is
    /// the one whose ids the container's own (--userns) maps, where the
    /// server sees the stored owners unmapped.
    Monitor { user_namespace: Option<std::fs::File> },
    /// Orphaned, as for a monitor, for a mount that outlives the mounting
    /// process in its mount namespace (`skiff mount`). The server moves to a
    /// mount namespace of its own without the mount, so that it exits when
    /// the mount's namespace goes away, not holding it alive itself.
    Session,
}

/// Start the server of the FUSE device mounted by mount_fuse at `layout`:
/// skiff's own overlay in a process, or fuse-overlayfs. Must be called
/// while this process is single-threaded.
pub fn spawn_fuse_server(driver: Driver, layout: &RootfsLayout, device: std::fs::File, side: ServerSide) -> Result<()> {
    use rustix::fs::{Mode, OFlags};
    use std::os::fd::AsRawFd;
    let open_dir = |dir: &Path| {
        rustix::fs::open(dir, OFlags::PATH | OFlags::DIRECTORY | OFlags::CLOEXEC, Mode::empty())
            .context(|| format!("open {}", dir.display()))
    };
    // Everything is prepared here, where an error can still be reported.
    let server = match driver {
        Driver::SkiffFuse => {
            let upper = open_dir(&layout.upper)?;
            let work = open_dir(&layout.work)?;
            // The overlay wants the layers top first.
            let lowers = layout.layers.iter().rev().map(|l| open_dir(l)).collect::<Result<Vec<_>>>()?;
            FuseServer::Skiff(super::fuse_overlay::OverlayFs::new(upper, work, lowers))
        }
        Driver::FuseOverlayfs => {
            let program = crate::sys::process::find_in_path("fuse-overlayfs")
                .ok_or_else(|| crate::err!("fuse-overlayfs is not installed"))?;
            let options = format!(
                "lowerdir={},upperdir={},workdir={}",
                lowerdir_option(&layout.layers),
                escape_overlay_path(&layout.upper),
                escape_overlay_path(&layout.work)
            );
            let cstr = |s: &[u8]| CString::new(s).map_err(|_| crate::err!("bad fuse-overlayfs argument {:?}", String::from_utf8_lossy(s)));
            // libfuse takes /dev/fd/N as an already mounted device; -f keeps
            // it from daemonising (it is detached here already).
            let argv = vec![
                cstr(b"fuse-overlayfs")?,
                cstr(b"-f")?,
                cstr(b"-o")?,
                cstr(options.as_bytes())?,
                cstr(format!("/dev/fd/{}", device.as_raw_fd()).as_bytes())?,
            ];
            FuseServer::FuseOverlayfs { program: cstr(program.as_os_str().as_bytes())?, argv }
        }
        Driver::Overlay | Driver::Copy => return Err(crate::err!("the {} driver has no FUSE server", driver.name())),
    };
    let orphaned = matches!(side, ServerSide::Monitor { .. } | ServerSide::Session);
    let leave_mount = matches!(side, ServerSide::Session).then(|| layout.merged.clone());
    let user_namespace = match side {
        ServerSide::Monitor { user_namespace: None } => None,
        ServerSide::Monitor { user_namespace: Some(user_namespace) } => {
            let theirs = user_namespace.metadata().context(|| "stat the container's user namespace".into())?;
            let ours = std::fs::metadata("/proc/self/ns/user").context(|| "stat /proc/self/ns/user".into())?;
            ((theirs.dev(), theirs.ino()) != (ours.dev(), ours.ino())).then_some(user_namespace)
        }
        ServerSide::Mounter | ServerSide::Session => None,
    };
    let mut keep = vec![device.as_raw_fd()];
    keep.extend(user_namespace.as_ref().map(|f| f.as_raw_fd()));
    if let FuseServer::Skiff(fs) = &server {
        keep.extend(fs.descriptors());
    }
    let mounter = nix::unistd::getpid();
    // SAFETY: this process is single-threaded (see above); the children
    // only set themselves up and serve or exec.
    match unsafe { nix::unistd::fork() }.context(|| format!("fork the {} server", driver.name()))? {
        nix::unistd::ForkResult::Parent { child } => {
            if orphaned {
                // The intermediate process exits at once (see below).
                let _ = nix::sys::wait::waitpid(child, None);
            }
            Ok(())
        }
        nix::unistd::ForkResult::Child => {
            let served = (|| -> std::io::Result<()> {
                if orphaned {
                    // Orphaned at once, so that the monitor, which waits
                    // for the container only, leaves no zombie behind.
                    if let nix::unistd::ForkResult::Parent { .. } = unsafe { nix::unistd::fork() }? {
                        unsafe { libc::_exit(0) }
                    }
                } else if unsafe { libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL) } != 0 || nix::unistd::getppid() != mounter {
                    return Err(std::io::Error::other("the mounting process is gone"));
                }
                let _ = nix::unistd::setsid();
                // The monitor blocks the signals it relays.
                let _ = nix::sys::signal::SigSet::all().thread_unblock();
                close_all_but(&keep)?;
                if let Some(merged) = &leave_mount {
                    nix::sched::unshare(nix::sched::CloneFlags::CLONE_NEWNS)?;
                    nix::mount::mount(None::<&str>, "/", None::<&str>, MsFlags::MS_REC | MsFlags::MS_PRIVATE, None::<&str>)?;
                    nix::mount::umount2(merged.as_path(), nix::mount::MntFlags::MNT_DETACH)?;
                }
                if let Some(ns) = &user_namespace {
                    nix::sched::setns(ns, nix::sched::CloneFlags::CLONE_NEWUSER)?;
                    nix::unistd::setresgid(0.into(), 0.into(), 0.into())?;
                    nix::unistd::setresuid(0.into(), 0.into(), 0.into())?;
                }
                match server {
                    FuseServer::Skiff(fs) => {
                        nix::fcntl::fcntl(&device, nix::fcntl::FcntlArg::F_SETFL(nix::fcntl::OFlag::O_NONBLOCK))?;
                        let mut session = std::mem::ManuallyDrop::new(
                            fuse_backend_rs::transport::FuseSession::new(Path::new("/"), driver.name(), "", false)
                                .map_err(|e| std::io::Error::other(e.to_string()))?,
                        );
                        session.set_fuse_file(device);
                        super::fuse_overlay::serve(fs, &session, SKIFF_FUSE_THREADS)
                    }
                    FuseServer::FuseOverlayfs { program, argv } => {
                        nix::fcntl::fcntl(&device, nix::fcntl::FcntlArg::F_SETFD(nix::fcntl::FdFlag::empty()))?;
                        nix::unistd::execv(&program, &argv)?;
                        Ok(())
                    }
                }
            })();
            unsafe { libc::_exit(if served.is_ok() { 0 } else { 1 }) }
        }
    }
}

/// What serves a FUSE mount.
enum FuseServer {
    Skiff(super::fuse_overlay::OverlayFs),
    FuseOverlayfs { program: CString, argv: Vec<CString> },
}

/// Threads serving one container's root file system.
const SKIFF_FUSE_THREADS: usize = 4;

/// Close every descriptor but `keep`; 0, 1 and 2 become /dev/null.
fn close_all_but(keep: &[i32]) -> std::io::Result<()> {
    let null = std::fs::OpenOptions::new().read(true).write(true).open("/dev/null")?;
    use std::os::fd::AsRawFd;
    for target in 0..3 {
        if unsafe { libc::dup2(null.as_raw_fd(), target) } < 0 {
            return Err(std::io::Error::last_os_error());
        }
    }
    let open: Vec<i32> = std::fs::read_dir("/proc/self/fd")?
        .flatten()
        .filter_map(|e| e.file_name().to_str().and_then(|n| n.parse().ok()))
        .collect();
    for fd in open {
        if fd > 2 && !keep.contains(&fd) {
            unsafe { libc::close(fd) };
        }
    }
    Ok(())
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
