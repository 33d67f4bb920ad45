//! Assemble the container's root filesystem inside its new mount namespace:
//! the image (through the storage driver), /proc, a minimal /dev, /sys, the
//! generated /etc files, then pivot_root into it.
//!
//! Every path inside the new root is resolved with openat2(RESOLVE_IN_ROOT),
//! so a symlink in the image (say /etc/hosts -> /etc/shadow, or ../../..)
//! can never redirect a mount to a place outside the container.

use super::spec::{BindMount, ContainerSpec, NamespaceMode, TmpfsMount};
use super::syscall::Syscall;
use crate::error::{Context, Result};
use crate::storage::driver;
use nix::mount::MsFlags;
use rustix::fs::{Mode, OFlags, ResolveFlags};
use std::os::fd::{AsFd, AsRawFd, OwnedFd};
use std::path::{Path, PathBuf};

/// A path inside the new root, pinned by an O_PATH descriptor; mount
/// targets are given as /proc/self/fd/N so the kernel uses exactly it.
pub struct Pinned {
    fd: OwnedFd,
}

impl Pinned {
    pub fn path(&self) -> PathBuf {
        PathBuf::from(format!("/proc/self/fd/{}", self.fd.as_raw_fd()))
    }

    pub fn fd(&self) -> &OwnedFd {
        &self.fd
    }
}

fn resolve_flags() -> ResolveFlags {
    ResolveFlags::IN_ROOT | ResolveFlags::NO_MAGICLINKS
}

/// Open (creating if needed) directory `rel` below `root`.
pub fn dir_in_root(root: &OwnedFd, rel: &str) -> Result<Pinned> {
    let rel = rel.trim_start_matches('/');
    if rel.is_empty() {
        let fd = crate::sys::fs::openat2(root, ".", OFlags::PATH | OFlags::DIRECTORY | OFlags::CLOEXEC, Mode::empty(), resolve_flags())
            .context(|| "open container root".into())?;
        return Ok(Pinned { fd });
    }
    match crate::sys::fs::openat2(root, rel, OFlags::PATH | OFlags::DIRECTORY | OFlags::CLOEXEC, Mode::empty(), resolve_flags()) {
        Ok(fd) => return Ok(Pinned { fd }),
        Err(rustix::io::Errno::NOENT) => {}
        Err(e) => return Err(crate::err!("open /{rel} in the container: {e}")),
    }
    let (parent, name) = split(rel);
    let parent = dir_in_root(root, parent)?;
    let parent_fd = rustix::fs::openat(&parent.fd, ".", OFlags::DIRECTORY | OFlags::CLOEXEC, Mode::empty())
        .context(|| format!("open parent of /{rel}"))?;
    match rustix::fs::mkdirat(&parent_fd, name, Mode::from_raw_mode(0o755)) {
        Ok(()) | Err(rustix::io::Errno::EXIST) => {}
        Err(e) => return Err(crate::err!("create /{rel} in the container: {e}")),
    }
    let fd = crate::sys::fs::openat2(root, rel, OFlags::PATH | OFlags::DIRECTORY | OFlags::CLOEXEC, Mode::empty(), resolve_flags())
        .context(|| format!("open /{rel} in the container"))?;
    Ok(Pinned { fd })
}

/// Open (creating an empty one if needed) file `rel` below `root`.
pub fn file_in_root(root: &OwnedFd, rel: &str) -> Result<Pinned> {
    let rel = rel.trim_start_matches('/');
    match crate::sys::fs::openat2(root, rel, OFlags::PATH | OFlags::CLOEXEC, Mode::empty(), resolve_flags()) {
        Ok(fd) => return Ok(Pinned { fd }),
        Err(rustix::io::Errno::NOENT) => {}
        Err(e) => return Err(crate::err!("open /{rel} in the container: {e}")),
    }
    let (parent, _) = split(rel);
    dir_in_root(root, parent)?;
    let created = crate::sys::fs::openat2(
        root,
        rel,
        OFlags::CREATE | OFlags::WRONLY | OFlags::CLOEXEC,
        Mode::from_raw_mode(0o644),
        resolve_flags(),
    )
    .context(|| format!("create /{rel} in the container"))?;
    drop(created);
    let fd = crate::sys::fs::openat2(root, rel, OFlags::PATH | OFlags::CLOEXEC, Mode::empty(), resolve_flags())
        .context(|| format!("open /{rel} in the container"))?;
    Ok(Pinned { fd })
}

fn split(rel: &str) -> (&str, &str) {
    match rel.rfind('/') {
        Some(i) => (&rel[..i], &rel[i + 1..]),
        None => ("", rel),
    }
}

const DEVICES: &[&str] = &["null", "zero", "full", "random", "urandom", "tty"];

/// What the root filesystem phase hands on to the process phase.
pub struct PreparedRoot {
    /// Pseudo-terminal master, when the container has a terminal.
    pub console_master: Option<OwnedFd>,
    pub console_slave: Option<OwnedFd>,
}

/// Mount everything the container sees, then pivot into it. A FUSE
/// driver's mounted device goes to `serve_fuse`, to be served from outside
/// the container (see driver::ServerSide::Monitor).
pub fn prepare(
    sys: &dyn Syscall,
    spec: &ContainerSpec,
    // The mount namespace of the holder of a shared ipc namespace.
    ipc_holder_mounts: Option<&std::fs::File>,
    terminal: bool,
    serve_fuse: impl FnOnce(std::fs::File) -> Result<()>,
) -> Result<PreparedRoot> {
    // Nothing we mount may propagate back to the host's namespace.
    sys.mount(None, Path::new("/"), None, MsFlags::MS_REC | MsFlags::MS_PRIVATE, None)?;
    if spec.layout.fresh_upper {
        spec.layout.renew_upper(spec.driver)?;
    }
    let root_fd = match driver::mount_rootfs_served_by(spec.driver, &spec.layout, serve_fuse)? {
        Some(mounted) => mounted,
        None => rustix::fs::open(&spec.layout.merged, OFlags::PATH | OFlags::DIRECTORY | OFlags::CLOEXEC, Mode::empty())
            .context(|| format!("open {}", spec.layout.merged.display()))?,
    };
    let root = &root_fd;
    // The mount's root by its descriptor (`merged` may name the directory under it).
    let root_path = PathBuf::from(format!("/proc/self/fd/{}", root_fd.as_raw_fd()));

    let nosuid_nodev_noexec = MsFlags::MS_NOSUID | MsFlags::MS_NODEV | MsFlags::MS_NOEXEC;
    if spec.isolation.pid == NamespaceMode::Host {
        // A proc of the host's pid namespace may only be mounted by its
        // owner: `--pid host` sees the host's /proc through a bind.
        sys.mount(Some("/proc"), &dir_in_root(root, "proc")?.path(), None, MsFlags::MS_BIND | MsFlags::MS_REC, None)?;
    } else if sys.mount(Some("proc"), &dir_in_root(root, "proc")?.path(), Some("proc"), nosuid_nodev_noexec, None).is_err() {
        // Inside a container whose /proc has masked parts (skiff inside
        // skiff, a CI job's container), the kernel refuses a new proc that
        // would show what they hide: bind the one we have, masks included,
        // as crun does. Its processes are those of the outer pid namespace.
        sys.mount(Some("/proc"), &dir_in_root(root, "proc")?.path(), None, MsFlags::MS_BIND | MsFlags::MS_REC, None)?;
    }
    // Before /proc/sys is made read-only.
    for (name, value) in &spec.isolation.sysctls {
        let path = root_path.join("proc/sys").join(name.replace('.', "/"));
        std::fs::write(&path, value).map_err(|e| crate::err!("--sysctl {name}={value}: {e}"))?;
    }

    // A minimal /dev: device nodes cannot be created in a user namespace, so
    // the host's harmless ones are bind-mounted into a fresh tmpfs.
    let dev = dir_in_root(root, "dev")?;
    sys.mount(Some("tmpfs"), &dev.path(), Some("tmpfs"), MsFlags::MS_NOSUID | MsFlags::MS_NOEXEC, Some("mode=755,size=65536k"))?;
    for name in DEVICES {
        let target = file_in_root(root, &format!("dev/{name}"))?;
        sys.mount(Some(&format!("/dev/{name}")), &target.path(), None, MsFlags::MS_BIND, None)?;
    }
    let pts = dir_in_root(root, "dev/pts")?;
    let pts_flags = MsFlags::MS_NOSUID | MsFlags::MS_NOEXEC;
    // gid 5 (tty) exists only when the subordinate range is mapped.
    if sys.mount(Some("devpts"), &pts.path(), Some("devpts"), pts_flags, Some("newinstance,ptmxmode=0666,mode=0620,gid=5")).is_err() {
        sys.mount(Some("devpts"), &pts.path(), Some("devpts"), pts_flags, Some("newinstance,ptmxmode=0666,mode=0620"))?;
    }
    match &spec.isolation.ipc {
        // The host's ipc namespace: its /dev/shm and message queues.
        NamespaceMode::Host => {
            for dir in ["dev/shm", "dev/mqueue"] {
                if Path::new("/").join(dir).is_dir() {
                    sys.mount(Some(&format!("/{dir}")), &dir_in_root(root, dir)?.path(), None, MsFlags::MS_BIND | MsFlags::MS_REC, None)?;
                }
            }
        }
        mode => {
            // `--ipc none`: no /dev/shm at all.
            if *mode != NamespaceMode::NoShm {
                let shm = dir_in_root(root, "dev/shm")?;
                // A shared ipc namespace shares its /dev/shm, as in podman
                // and docker; failing that (a kernel before 5.2, a holder
                // started by an older skiff), one of the container's own.
                let holders = ipc_holder_mounts.zip(spec.pod.as_ref().and_then(|join| join.shm_in_holder.as_deref()));
                let shared = holders.is_some_and(|(namespace, path)| sys.mount_from_namespace(namespace, path, &shm.path()).is_ok());
                if !shared {
                    let options = format!("mode=1777,size={}", spec.isolation.shm_size);
                    sys.mount(Some("shm"), &shm.path(), Some("tmpfs"), nosuid_nodev_noexec, Some(&options))?;
                }
            }
            let mqueue = dir_in_root(root, "dev/mqueue")?;
            sys.mount(Some("mqueue"), &mqueue.path(), Some("mqueue"), nosuid_nodev_noexec, None)?;
        }
    }
    for device in &spec.isolation.devices {
        let target = file_in_root(root, device.container_path.trim_start_matches('/'))?;
        sys.mount(Some(&device.host_path), &target.path(), None, MsFlags::MS_BIND, None)?;
    }
    // Re-open /dev: `dev` still pins the directory under the new tmpfs.
    let dev = dir_in_root(root, "dev")?;
    let dev_dir = rustix::fs::openat(&dev.fd, ".", OFlags::DIRECTORY | OFlags::CLOEXEC, Mode::empty())
        .context(|| "open /dev".into())?;
    for (link, target) in [
        ("ptmx", "pts/ptmx"),
        ("fd", "/proc/self/fd"),
        ("stdin", "/proc/self/fd/0"),
        ("stdout", "/proc/self/fd/1"),
        ("stderr", "/proc/self/fd/2"),
        ("core", "/proc/kcore"),
    ] {
        rustix::fs::symlinkat(target, &dev_dir, link).context(|| format!("create /dev/{link}"))?;
    }

    let sys_dir = dir_in_root(root, "sys")?;
    let ro = MsFlags::MS_RDONLY | nosuid_nodev_noexec;
    let sysfs_mounted = spec.network.is_private()
        && sys.mount(Some("sysfs"), &sys_dir.path(), Some("sysfs"), ro, None).is_ok();
    if !sysfs_mounted {
        // A sysfs may only be mounted by the owner of the network namespace:
        // with the host's network, show the host's /sys read-only.
        sys.mount(Some("/sys"), &sys_dir.path(), None, MsFlags::MS_BIND | MsFlags::MS_REC, None)?;
        // Re-resolve: `sys_dir` still names the directory under the bind.
        remount_readonly(sys, &dir_in_root(root, "sys")?.path())?;
    }

    // tmpfs mounts come before the files and binds, parents before children,
    // so that what is mounted inside one (/run/.containerenv, /run/secrets,
    // the init under systemd mode's /run) is not hidden by it; a tmpfs
    // inside a bind goes on that bind, after it.
    let within = |path: &str, dir: &str| {
        let (path, dir) = (path.trim_end_matches('/'), dir.trim_end_matches('/'));
        path == dir || path.strip_prefix(dir).is_some_and(|rest| rest.starts_with('/'))
    };
    let mut tmpfs: Vec<&TmpfsMount> = spec.tmpfs.iter().collect();
    tmpfs.sort_by_key(|t| t.destination.trim_end_matches('/').matches('/').count());
    let (inside_binds, on_root): (Vec<&TmpfsMount>, Vec<&TmpfsMount>) =
        tmpfs.into_iter().partition(|t| spec.binds.iter().any(|b| within(&t.destination, &b.destination)));
    let mount_tmpfs = |t: &TmpfsMount| -> Result<()> {
        let target = dir_in_root(root, &t.destination)?;
        sys.mount(Some("tmpfs"), &target.path(), Some("tmpfs"), t.flags, Some(&t.data))
    };
    on_root.into_iter().try_for_each(mount_tmpfs)?;

    for (host_file, target) in &spec.etc_files {
        let pinned = file_in_root(root, target)?;
        sys.mount(Some(&host_file.to_string_lossy()), &pinned.path(), None, MsFlags::MS_BIND, None)?;
    }

    for entry in &spec.etc_entries {
        // The image's file, read before anything covers it.
        let image_content = existing_in_root(root, &entry.target)
            .and_then(|f| std::fs::read_to_string(f.path()).ok())
            .unwrap_or_default();
        if let Some(content) = entry.merged_into(&image_content) {
            std::fs::write(&entry.file, content).context(|| format!("write {}", entry.file.display()))?;
            let pinned = file_in_root(root, &entry.target)?;
            sys.mount(Some(&entry.file.to_string_lossy()), &pinned.path(), None, MsFlags::MS_BIND, None)?;
        }
    }

    for bind in &spec.binds {
        mount_bind(sys, root, bind)?;
    }

    inside_binds.into_iter().try_for_each(mount_tmpfs)?;

    let (console_master, console_slave) = if terminal { open_console(sys, root)? } else { (None, None) };

    for path in &spec.masked_paths {
        mask(sys, root, path)?;
    }
    for path in &spec.readonly_paths {
        let Some(target) = existing_in_root(root, path) else { continue };
        sys.mount(Some(&target.path().to_string_lossy()), &target.path(), None, MsFlags::MS_BIND | MsFlags::MS_REC, None)?;
        // Re-resolve: the pinned descriptor still names the mount below.
        let covering = existing_in_root(root, path).ok_or_else(|| crate::err!("{path} vanished"))?;
        remount_readonly(sys, &covering.path())?;
    }
    if spec.read_only_root {
        remount_readonly(sys, &root_path)?;
    }

    sys.pivot_root(&root_path)?;
    Ok(PreparedRoot { console_master, console_slave })
}

/// Bind a host file or directory over its destination in the container.
/// The source is a host path, opened here, before pivot_root; the target is
/// resolved in the container's root.
fn mount_bind(sys: &dyn Syscall, root: &OwnedFd, bind: &BindMount) -> Result<()> {
    let source = rustix::fs::open(&bind.source, OFlags::PATH | OFlags::CLOEXEC, Mode::empty())
        .context(|| format!("open {} for {}", bind.source.display(), bind.destination))?;
    let is_dir = rustix::fs::fstat(&source).map(|st| rustix::fs::FileType::from_raw_mode(st.st_mode).is_dir())
        .context(|| format!("stat {}", bind.source.display()))?;
    let target = if is_dir { dir_in_root(root, &bind.destination)? } else { file_in_root(root, &bind.destination)? };
    if bind.copy_up {
        copy_up(&target, &source).context(|| format!("copy {} of the image into its volume", bind.destination))?;
    }
    let source_path = format!("/proc/self/fd/{}", source.as_raw_fd());
    sys.mount(Some(&source_path), &target.path(), None, MsFlags::MS_BIND | MsFlags::MS_REC, None)?;
    if bind.read_only {
        // Re-resolve: the pinned descriptor still names the directory below.
        let covering = existing_in_root(root, &bind.destination).ok_or_else(|| crate::err!("{} vanished", bind.destination))?;
        remount_readonly(sys, &covering.path())?;
    }
    Ok(())
}

/// Fill an empty volume with what the image has at its destination, keeping
/// owners, modes and symlinks (never following one).
fn copy_up(image_dir: &Pinned, volume: &OwnedFd) -> std::io::Result<()> {
    use std::os::unix::fs::{chown, lchown, symlink, MetadataExt, PermissionsExt};
    fn copy_tree(from: &Path, to: &Path) -> std::io::Result<()> {
        for entry in std::fs::read_dir(from)? {
            let entry = entry?;
            let (src, dst) = (entry.path(), to.join(entry.file_name()));
            let md = std::fs::symlink_metadata(&src)?;
            let kind = md.file_type();
            if kind.is_dir() {
                std::fs::create_dir(&dst)?;
                copy_tree(&src, &dst)?;
            } else if kind.is_symlink() {
                symlink(std::fs::read_link(&src)?, &dst)?;
            } else if kind.is_file() {
                std::fs::copy(&src, &dst)?;
            } else {
                continue; // devices, fifos and sockets are not copied up
            }
            lchown(&dst, Some(md.uid()), Some(md.gid()))?;
            if !kind.is_symlink() {
                std::fs::set_permissions(&dst, std::fs::Permissions::from_mode(md.mode() & 0o7777))?;
            }
        }
        Ok(())
    }
    let (from, to) = (image_dir.path(), PathBuf::from(format!("/proc/self/fd/{}", volume.as_raw_fd())));
    // metadata, chown: `from` and `to` are magic links to the directories.
    let md = std::fs::metadata(&from)?;
    if !md.is_dir() {
        return Ok(());
    }
    copy_tree(&from, &to)?;
    // The volume's root takes the owner and mode of the image's directory.
    chown(&to, Some(md.uid()), Some(md.gid()))?;
    std::fs::set_permissions(&to, std::fs::Permissions::from_mode(md.mode() & 0o7777))
}

/// `rel` below `root` if it exists (never created).
fn existing_in_root(root: &OwnedFd, rel: &str) -> Option<Pinned> {
    let rel = rel.trim_start_matches('/');
    crate::sys::fs::openat2(root, rel, OFlags::PATH | OFlags::CLOEXEC, Mode::empty(), resolve_flags())
        .ok()
        .map(|fd| Pinned { fd })
}

/// Hide a path: an empty read-only tmpfs over a directory, /dev/null over
/// a file. Paths the kernel does not have are skipped.
fn mask(sys: &dyn Syscall, root: &OwnedFd, path: &str) -> Result<()> {
    let Some(target) = existing_in_root(root, path) else { return Ok(()) };
    let is_dir = rustix::fs::fstat(&target.fd).map(|st| rustix::fs::FileType::from_raw_mode(st.st_mode).is_dir()).unwrap_or(false);
    if is_dir {
        sys.mount(Some("tmpfs"), &target.path(), Some("tmpfs"), MsFlags::MS_RDONLY, Some("size=0k,mode=755"))
    } else {
        sys.mount(Some("/dev/null"), &target.path(), None, MsFlags::MS_BIND, None)
    }
}

/// Make a mount read-only, keeping the flags it has: in a user namespace the
/// kernel refuses a remount that would drop a locked nosuid/nodev/noexec.
fn remount_readonly(sys: &dyn Syscall, target: &Path) -> Result<()> {
    use nix::sys::statvfs::FsFlags;
    let current = nix::sys::statvfs::statvfs(target).context(|| format!("statvfs {}", target.display()))?.flags();
    let mut flags = MsFlags::MS_REMOUNT | MsFlags::MS_BIND | MsFlags::MS_RDONLY;
    for (have, keep) in [
        (FsFlags::ST_NOSUID, MsFlags::MS_NOSUID),
        (FsFlags::ST_NODEV, MsFlags::MS_NODEV),
        (FsFlags::ST_NOEXEC, MsFlags::MS_NOEXEC),
        (FsFlags::ST_NOATIME, MsFlags::MS_NOATIME),
        (FsFlags::ST_NODIRATIME, MsFlags::MS_NODIRATIME),
        (FsFlags::ST_RELATIME, MsFlags::MS_RELATIME),
    ] {
        if current.contains(have) {
            flags |= keep;
        }
    }
    sys.mount(None, target, None, flags, None)
}

/// A pseudo-terminal from the container's own devpts instance, so that
/// `tty` inside prints a path that exists there; also its /dev/console.
fn open_console(sys: &dyn Syscall, root: &OwnedFd) -> Result<(Option<OwnedFd>, Option<OwnedFd>)> {
    let pts = dir_in_root(root, "dev/pts")?;
    let (master, slave) = open_pty(&pts.path().join("ptmx"))?;
    let console = file_in_root(root, "dev/console")?;
    let slave_path = PathBuf::from(format!("/proc/self/fd/{}", slave.as_fd().as_raw_fd()));
    sys.mount(Some(&slave_path.to_string_lossy()), &console.path(), None, MsFlags::MS_BIND, None)?;
    Ok((Some(master), Some(slave)))
}

/// A new pseudo-terminal (master, slave) from the devpts instance of `ptmx`.
pub fn open_pty(ptmx: &Path) -> Result<(OwnedFd, OwnedFd)> {
    let master = rustix::fs::open(ptmx, OFlags::RDWR | OFlags::NOCTTY | OFlags::CLOEXEC, Mode::empty())
        .context(|| format!("open {}", ptmx.display()))?;
    rustix::pty::unlockpt(&master).context(|| "unlock pseudo-terminal".into())?;
    let slave = rustix::pty::ioctl_tiocgptpeer(
        &master,
        rustix::pty::OpenptFlags::RDWR | rustix::pty::OpenptFlags::NOCTTY | rustix::pty::OpenptFlags::CLOEXEC,
    )
    .context(|| "open pseudo-terminal peer".into())?;
    Ok((master, slave))
}

/// The host's paths a container's root sets up its files from, for a user
/// namespace of the container's own, or one it joins, that leaves out the
/// user's ids (`nomap`, `auto`, maps without intermediate id 0). There the user's
/// files belong to an unmapped id, which the container's root may not
/// reach through directories of mode 0700 (the store, a home), so each
/// path is opened by skiff, root of its own namespace, in the container's
/// mount namespace (through /proc/PID/root, while the container's first
/// process waits for its mappings) and handed over as a descriptor. The
/// files the container's root writes (/etc/hosts and the other generated
/// ones, a volume filled from the image) are given to it first.
pub struct HostPaths {
    /// In the order `reached` puts them back: the root's mount point, the
    /// generated files, the etc entries' files, the binds' sources.
    paths: Vec<PathBuf>,
    /// Volumes given to the container's root to be filled from the image,
    /// with their owners before, given back if the start fails first.
    volumes: Vec<(PathBuf, u32, u32)>,
    started: std::cell::Cell<bool>,
}

impl HostPaths {
    /// In skiff's namespace, before the container's process exists.
    pub fn prepare(spec: &ContainerSpec, maps: &super::userns::NestedMappings) -> Result<HostPaths> {
        use std::os::unix::fs::MetadataExt;
        if spec.layout.fresh_upper {
            spec.layout.renew_upper(spec.driver)?;
        }
        let (uid, gid) = maps.root_ids();
        let give = |path: &Path| std::os::unix::fs::chown(path, Some(uid), Some(gid)).context(|| format!("chown {}", path.display()));
        for (file, _) in &spec.etc_files {
            give(file)?;
        }
        for entry in &spec.etc_entries {
            std::fs::OpenOptions::new().create(true).append(true).open(&entry.file).context(|| format!("create {}", entry.file.display()))?;
            give(&entry.file)?;
        }
        let mut volumes = Vec::new();
        for bind in spec.binds.iter().filter(|b| b.copy_up) {
            let md = std::fs::metadata(&bind.source).context(|| format!("stat {}", bind.source.display()))?;
            give(&bind.source)?;
            volumes.push((bind.source.clone(), md.uid(), md.gid()));
        }
        let paths = std::iter::once(spec.layout.merged.clone())
            .chain(spec.etc_files.iter().map(|(file, _)| file.clone()))
            .chain(spec.etc_entries.iter().map(|entry| entry.file.clone()))
            .chain(spec.binds.iter().map(|bind| bind.source.clone()))
            .collect();
        Ok(HostPaths { paths, volumes, started: std::cell::Cell::new(false) })
    }

    /// In skiff's namespace: open each path in the mount namespace of the
    /// container's waiting process `pid` and send it over `socket`.
    pub fn send(&self, pid: nix::unistd::Pid, socket: &OwnedFd) -> Result<()> {
        for path in &self.paths {
            let in_container = PathBuf::from(format!("/proc/{pid}/root")).join(path.strip_prefix("/").unwrap_or(path));
            let fd = rustix::fs::open(&in_container, OFlags::PATH | OFlags::CLOEXEC, Mode::empty())
                .context(|| format!("open {}", path.display()))?;
            super::process::send_fds(socket, &[fd.as_fd()], "descriptor of a host path")?;
        }
        Ok(())
    }

    /// The container started: its volumes stay as it filled them.
    pub fn started(&self) {
        self.started.set(true);
    }

    /// In the container's first process: `spec` with each path replaced by
    /// its descriptor from `socket`, which stays open until the command's
    /// exec closes it.
    pub fn reached(spec: &ContainerSpec, socket: &OwnedFd) -> Result<ContainerSpec> {
        let mut spec = spec.clone();
        let next = || -> Result<PathBuf> {
            let fd = super::process::receive_fds(socket).into_iter().next().ok_or_else(|| crate::err!("receive the descriptors of the container's host paths"))?;
            Ok(PathBuf::from(format!("/proc/self/fd/{}", std::os::fd::IntoRawFd::into_raw_fd(fd))))
        };
        spec.layout.merged = next()?;
        spec.layout.merged_by_descriptor = true;
        spec.layout.fresh_upper = false;
        for (file, _) in &mut spec.etc_files {
            *file = next()?;
        }
        for entry in &mut spec.etc_entries {
            entry.file = next()?;
        }
        for bind in &mut spec.binds {
            bind.source = next()?;
        }
        Ok(spec)
    }
}

impl Drop for HostPaths {
    /// A start that failed gives back the volumes it did not fill.
    fn drop(&mut self) {
        if self.started.get() {
            return;
        }
        for (volume, uid, gid) in &self.volumes {
            if std::fs::read_dir(volume).is_ok_and(|mut entries| entries.next().is_none()) {
                let _ = std::os::unix::fs::chown(volume, Some(*uid), Some(*gid));
            }
        }
    }
}
