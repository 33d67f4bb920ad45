//! Unpacking a layer tar into a directory that overlayfs can use as a lower
//! layer.
//!
//! Layers are hostile input. Every file is created relative to a directory
//! file descriptor: parents are resolved with openat2(RESOLVE_IN_ROOT), so
//! neither `..` nor a symlink in the layer (absolute or relative) can lead
//! outside the layer directory, and the last component is always created or
//! changed without following symlinks.
//!
//! Whiteouts are translated to the form the kernel's overlayfs expects when
//! mounted with `userxattr` (as it must be in a user namespace): `.wh.NAME`
//! becomes a 0/0 character device NAME, and `.wh..wh..opq` marks its
//! directory opaque with the `user.overlay.opaque` xattr.

use crate::error::{Context, Result};
use rustix::fd::{AsFd, OwnedFd};
use rustix::fs::{AtFlags, FileType, Mode, OFlags, ResolveFlags, Timespec, Timestamps, XattrFlags};
use rustix::io::Errno;
use std::ffi::OsStr;
use std::io::{Read, Write};
use std::os::unix::ffi::OsStrExt;
use std::path::{Component, Path, PathBuf};

pub(super) const WHITEOUT_PREFIX: &str = ".wh.";
pub(super) const OPAQUE_MARKER: &str = ".wh..wh..opq";
/// Xattrs that mark a directory opaque: kernel overlayfs with `userxattr`,
/// and fuse-overlayfs.
const OPAQUE_XATTRS: [&str; 2] = ["user.overlay.opaque", "user.fuseoverlayfs.opaque"];
/// Overlay xattrs in a layer would change how the overlay reads it: only
/// skiff sets them, from whiteouts.
const RESERVED_XATTR_PREFIXES: [&str; 3] = ["user.overlay.", "trusted.overlay.", "user.fuseoverlayfs."];
const PAX_XATTR_PREFIX: &str = "SCHILY.xattr.";
/// File contents are copied through a buffer this large: most files take
/// one write.
const WRITE_BUFFER_SIZE: usize = 1 << 20;
/// Directories kept open along the path of the last entry (see
/// [`OpenDirs`]): deeper than real trees go, and far below the limit of
/// open files.
const MAX_OPEN_DIRS: usize = 32;

/// Unpack the uncompressed tar stream `tar` into the existing, empty
/// directory `dest`, with owners, modes, times and xattrs. The stream is
/// read to its end (the caller hashes it for the diff id, which covers the
/// end-of-archive blocks and any padding too).
pub fn unpack(mut tar: impl Read, dest: &Path) -> Result<()> {
    let root = rustix::fs::open(dest, OFlags::RDONLY | OFlags::DIRECTORY | OFlags::CLOEXEC, Mode::empty())
        .context(|| format!("open {}", dest.display()))?;
    // Every layer's root is 0755 whatever the umask, as docker's: the
    // container's root directory takes its mode from the top layer's.
    rustix::fs::fchmod(&root, Mode::from_raw_mode(0o755)).context(|| format!("chmod {}", dest.display()))?;
    let root_mode = rustix::fs::fstat(&root).context(|| format!("stat {}", dest.display()))?.st_mode;
    let new_files = NewFiles {
        uid: rustix::process::geteuid().as_raw(),
        gid: rustix::process::getegid().as_raw(),
        // Unknown: new files never count as having their mode already.
        umask: current_umask().unwrap_or(0o777),
        group_inherited: root_mode & libc::S_ISGID != 0,
    };
    let mut unpacker =
        Unpacker { root, open_dirs: OpenDirs::default(), buffer: vec![0; WRITE_BUFFER_SIZE], new_files, dir_times: Vec::new(), skipped_devices: Vec::new() };
    {
        let mut archive = tar::Archive::new(&mut tar);
        for entry in archive.entries().map_err(|e| tar_error("read layer", e))? {
            let mut entry = entry.map_err(|e| tar_error("read layer", e))?;
            let shown = String::from_utf8_lossy(&entry.path_bytes()).into_owned();
            unpacker.entry(&mut entry).context(|| format!("layer entry {shown:?}"))?;
        }
    }
    unpacker.finish();
    std::io::copy(&mut tar, &mut std::io::sink()).context(|| "read layer".into())?;
    Ok(())
}

/// A tar reading error on one line: the tar reader quotes the bytes it
/// could not parse, which in a corrupt file may be anything.
pub fn tar_error(what: &str, error: std::io::Error) -> crate::error::Error {
    let message: String = error.to_string().chars().map(|c| if c.is_ascii_graphic() || c == ' ' { c } else { '?' }).collect();
    crate::err!("{what}: {message} (not a tar archive, or a damaged one)")
}

/// Owner, mode, time and xattrs of one entry.
struct Metadata {
    uid: u32,
    gid: u32,
    mode: u32,
    mtime: Timespec,
    xattrs: Vec<(String, Vec<u8>)>,
}

/// What a newly created file gets without being told, so that setting it
/// again can be skipped (two syscalls less for most files of most layers).
struct NewFiles {
    /// Our ids: the owner of what we create.
    uid: u32,
    gid: u32,
    umask: u32,
    /// A set-group-id directory in the way gives new files its group
    /// instead: then owners are always set.
    group_inherited: bool,
}

impl NewFiles {
    /// The mode to create a file or directory with (`private` when it
    /// cannot be the final one), and whether that is already its final
    /// mode: only permission bits the umask keeps are (set-id bits must
    /// come after chown, which clears them).
    fn create_mode(&self, mode: u32, private: u32) -> (u32, bool) {
        if mode & !0o777 == 0 && mode & self.umask == 0 {
            (mode, true)
        } else {
            (private, false)
        }
    }

    fn owned_as(&self, meta: &Metadata) -> bool {
        !self.group_inherited && meta.uid == self.uid && meta.gid == self.gid
    }
}

/// The process's umask, from /proc (reading it with umask(2) would change
/// it for a moment for every thread).
pub(super) fn current_umask() -> Option<u32> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let value = status.lines().find_map(|l| l.strip_prefix("Umask:"))?;
    u32::from_str_radix(value.trim(), 8).ok()
}

/// The directories along the path of the last entry, open. A tar lists
/// a directory's entries right after it, depth first, so the parent of the
/// next entry is nearly always one of them: a layer's paths are resolved
/// from its root (openat2 with RESOLVE_IN_ROOT, a walk of every
/// component) a few times instead of once or twice per directory (1,293
/// times for a Debian base layer of 784 directories before, once after).
/// A directory is kept only by the entry that created or resolved it, so
/// it is the one at its path; everything is dropped whenever anything is
/// removed, which could be one of them.
#[derive(Default)]
struct OpenDirs {
    dirs: Vec<(PathBuf, OwnedFd)>,
}

impl OpenDirs {
    fn get(&self, path: &Path) -> Option<&OwnedFd> {
        self.dirs.iter().rev().find(|(open, _)| open == path).map(|(_, fd)| fd)
    }

    fn take(&mut self, path: &Path) -> Option<OwnedFd> {
        let index = self.dirs.iter().rposition(|(open, _)| open == path)?;
        Some(self.dirs.remove(index).1)
    }

    /// Keep `dir`, open at `path`, with those of its ancestors kept already.
    fn keep(&mut self, path: &Path, dir: OwnedFd) {
        self.dirs.retain(|(open, _)| path.starts_with(open) && open != path);
        if self.dirs.len() >= MAX_OPEN_DIRS {
            self.dirs.remove(0);
        }
        self.dirs.push((path.to_path_buf(), dir));
    }

    fn clear(&mut self) {
        self.dirs.clear();
    }
}

struct Unpacker {
    root: OwnedFd,
    open_dirs: OpenDirs,
    buffer: Vec<u8>,
    new_files: NewFiles,
    /// Directory times are set last: creating entries inside changes them.
    dir_times: Vec<(PathBuf, Timespec)>,
    skipped_devices: Vec<String>,
}

impl Unpacker {
    fn entry<R: Read>(&mut self, entry: &mut tar::Entry<R>) -> Result<()> {
        let kind = entry.header().entry_type();
        let path = sanitize(&entry.path()?)?;
        let meta = metadata(entry)?;
        let Some(name) = path.file_name().map(OsStr::to_os_string) else {
            // The layer's root directory itself ("./" or "/"): docker and
            // podman ignore its mode, owner and times. Tarballs made from
            // `mktemp -d` give it 0700, which would lock every user but root
            // out of the container's whole filesystem.
            return Ok(());
        };
        let parent_path = path.parent().unwrap_or(Path::new(""));
        // Inside whiteout-named directories (aufs keeps hard link
        // bookkeeping in ".wh..wh.plnk/") nothing belongs to the image.
        if parent_path.components().any(|c| c.as_os_str().to_string_lossy().starts_with(WHITEOUT_PREFIX)) {
            return Ok(());
        }
        if name == OPAQUE_MARKER {
            let resolved;
            let dir = match self.open_dirs.get(parent_path) {
                Some(open) => open,
                None => {
                    resolved = self.open_dir(parent_path, true)?;
                    &resolved
                }
            };
            let dir = rustix::fs::openat(dir, ".", OFlags::RDONLY | OFlags::DIRECTORY | OFlags::CLOEXEC, Mode::empty())
                .context(|| "open directory".into())?;
            for xattr in OPAQUE_XATTRS {
                rustix::fs::fsetxattr(&dir, xattr, b"y", XattrFlags::empty()).context(|| format!("set {xattr}"))?;
            }
            return Ok(());
        }
        if let Some(hidden) = name.as_bytes().strip_prefix(WHITEOUT_PREFIX.as_bytes()).map(OsStr::from_bytes) {
            // Other ".wh..wh." names are aufs bookkeeping, meaningless here.
            if !hidden.as_bytes().starts_with(WHITEOUT_PREFIX.as_bytes()) {
                let parent = self.open_dir(parent_path, true)?;
                // A directory kept open may be the one hidden, or inside it.
                self.open_dirs.clear();
                remove_existing(&parent, hidden)?;
                rustix::fs::mknodat(&parent, hidden, FileType::CharacterDevice, Mode::empty(), 0)
                    .context(|| format!("create whiteout {}", hidden.display()))?;
            }
            return Ok(());
        }
        let parent = match self.open_dirs.take(parent_path) {
            Some(open) => open,
            None => self.open_dir(parent_path, true)?,
        };
        let created_dir = self.create(entry, kind, &path, &name, &parent, &meta)?;
        // Whatever was replaced was inside `parent`: what is kept beside
        // it and its ancestors goes.
        self.open_dirs.keep(parent_path, parent);
        if let Some(dir) = created_dir {
            self.open_dirs.keep(&path, dir);
        }
        Ok(())
    }

    /// Create the entry; a directory's is returned, open.
    fn create<R: Read>(
        &mut self,
        entry: &mut tar::Entry<R>,
        kind: tar::EntryType,
        path: &Path,
        name: &OsStr,
        parent: &OwnedFd,
        meta: &Metadata,
    ) -> Result<Option<OwnedFd>> {
        use tar::EntryType;
        match kind {
            EntryType::Directory => {
                // A new directory in a set-group-id one is set-group-id
                // too, whatever mode it is made with.
                let (create_mode, mode_set) = self.new_files.create_mode(meta.mode, 0o700);
                let mode_set = mode_set && !self.new_files.group_inherited;
                // Most names are new: create first, look at what is there
                // only when that fails.
                let create = || rustix::fs::mkdirat(parent, name, Mode::from_raw_mode(create_mode));
                let preset = match create() {
                    Err(Errno::EXIST) => {
                        let existing = rustix::fs::statat(parent, name, AtFlags::SYMLINK_NOFOLLOW);
                        if existing.is_ok_and(|st| FileType::from_raw_mode(st.st_mode) == FileType::Directory) {
                            // Made by an earlier entry: set everything.
                            Preset::NOTHING
                        } else {
                            remove_existing(parent, name)?;
                            create().context(|| "mkdir".into())?;
                            Preset { owner: self.new_files.owned_as(meta), mode: mode_set }
                        }
                    }
                    result => {
                        result.context(|| "mkdir".into())?;
                        Preset { owner: self.new_files.owned_as(meta), mode: mode_set }
                    }
                };
                let dir = rustix::fs::openat(parent, name, OFlags::RDONLY | OFlags::DIRECTORY | OFlags::NOFOLLOW | OFlags::CLOEXEC, Mode::empty())
                    .context(|| "open directory".into())?;
                apply_metadata(&dir, meta, preset)?;
                self.new_files.group_inherited |= meta.mode & libc::S_ISGID != 0;
                self.dir_times.push((path.to_path_buf(), meta.mtime));
                return Ok(Some(dir));
            }
            EntryType::Regular | EntryType::Continuous | EntryType::GNUSparse => {
                let (create_mode, mode_set) = self.new_files.create_mode(meta.mode, 0o600);
                let create = || {
                    rustix::fs::openat(
                        parent,
                        name,
                        OFlags::WRONLY | OFlags::CREATE | OFlags::EXCL | OFlags::NOFOLLOW | OFlags::CLOEXEC,
                        Mode::from_raw_mode(create_mode),
                    )
                };
                let fd = replacing(parent, name, "create", create)?;
                let mut file = std::fs::File::from(fd);
                loop {
                    let n = entry.read(&mut self.buffer).context(|| "read".into())?;
                    if n == 0 {
                        break;
                    }
                    file.write_all(&self.buffer[..n]).context(|| "write".into())?;
                }
                apply_metadata(&file, meta, Preset { owner: self.new_files.owned_as(meta), mode: mode_set })?;
                rustix::fs::futimens(&file, &times(meta.mtime)).context(|| "set times".into())?;
            }
            EntryType::Symlink => {
                let target = entry.link_name()?.ok_or_else(|| crate::err!("symlink without a target"))?;
                replacing(parent, name, "symlink", || rustix::fs::symlinkat(target.as_ref(), parent, name))?;
                self.set_owner_and_time(parent, name, meta, self.new_files.owned_as(meta))?;
            }
            EntryType::Link => {
                let target = entry.link_name()?.ok_or_else(|| crate::err!("hard link without a target"))?;
                let target = sanitize(&target)?;
                let target_name = target.file_name().ok_or_else(|| crate::err!("hard link to the layer root"))?;
                let target_parent = self
                    .open_dir(target.parent().unwrap_or(Path::new("")), false)
                    .map_err(|e| crate::err!("hard link target {} is not in the layer: {e}", target.display()))?;
                remove_existing(parent, &name)?;
                rustix::fs::linkat(&target_parent, target_name, &parent, name, AtFlags::empty())
                    .context(|| format!("hard link to {}", target.display()))?;
            }
            EntryType::Fifo | EntryType::Char | EntryType::Block => {
                let (file_type, dev) = match kind {
                    EntryType::Fifo => (FileType::Fifo, 0),
                    EntryType::Char => (FileType::CharacterDevice, device_number(entry.header())?),
                    _ => (FileType::BlockDevice, device_number(entry.header())?),
                };
                remove_existing(parent, &name)?;
                match rustix::fs::mknodat(parent, name, file_type, Mode::from_raw_mode(meta.mode), dev) {
                    Ok(()) => {}
                    // Only real root may create devices; a rootless container
                    // gets its /dev from the runtime anyway.
                    Err(Errno::PERM) if file_type != FileType::Fifo => {
                        self.skipped_devices.push(path.display().to_string());
                        return Ok(None);
                    }
                    Err(e) => return Err(crate::err!("create {}: {e}", name.display())),
                }
                self.set_owner_and_time(parent, name, meta, false)?;
                // chown clears set-id bits: the mode goes last.
                rustix::fs::chmodat(parent, name, Mode::from_raw_mode(meta.mode), AtFlags::empty()).context(|| "chmod".into())?;
            }
            // pax and GNU extension headers are consumed by the tar reader;
            // anything else (sockets do not exist in tar) is ignored.
            _ => {}
        }
        Ok(None)
    }

    /// Open directory `rel` inside the layer, creating missing components
    /// (tars may omit parent directories) when `create` is set.
    fn open_dir(&self, rel: &Path, create: bool) -> Result<OwnedFd> {
        let resolve = |p: &Path| {
            crate::sys::fs::openat2(
                &self.root,
                if p.as_os_str().is_empty() { Path::new(".") } else { p },
                OFlags::PATH | OFlags::DIRECTORY | OFlags::CLOEXEC,
                Mode::empty(),
                ResolveFlags::IN_ROOT | ResolveFlags::NO_MAGICLINKS | ResolveFlags::NO_XDEV,
            )
        };
        match resolve(rel) {
            Ok(fd) => return Ok(fd),
            Err(Errno::NOENT) if create => {}
            Err(e) => return Err(crate::err!("open directory {}: {e}", rel.display())),
        }
        let mut dir = resolve(Path::new("")).context(|| "open layer root".into())?;
        let mut walked = PathBuf::new();
        for component in rel.components() {
            walked.push(component);
            dir = match resolve(&walked) {
                Ok(fd) => fd,
                Err(Errno::NOENT) => match rustix::fs::mkdirat(&dir, component.as_os_str(), Mode::from_raw_mode(0o755)) {
                    // Something is there yet leads nowhere: a symlink whose
                    // target (taken inside the layer) does not exist.
                    Err(Errno::EXIST) => {
                        return Err(crate::err!(
                            "{} is a symlink to a directory that is not in the layer: refused to write through it",
                            walked.display()
                        ))
                    }
                    created => created.and_then(|()| resolve(&walked)).context(|| format!("create directory {}", walked.display()))?,
                },
                Err(e) => return Err(crate::err!("open directory {}: {e}", walked.display())),
            };
        }
        Ok(dir)
    }

    /// Owner (unless `owner_preset`: created as ours, and ours it is to be)
    /// and times of `name`, not following it.
    fn set_owner_and_time(&self, parent: &OwnedFd, name: &OsStr, meta: &Metadata, owner_preset: bool) -> Result<()> {
        if !owner_preset {
            ignore_unmapped(rustix::fs::chownat(
                parent,
                name,
                Some(rustix::fs::Uid::from_raw(meta.uid)),
                Some(rustix::fs::Gid::from_raw(meta.gid)),
                AtFlags::SYMLINK_NOFOLLOW,
            ))?;
        }
        rustix::fs::utimensat(parent, name, &times(meta.mtime), AtFlags::SYMLINK_NOFOLLOW).context(|| "set times".into())?;
        Ok(())
    }

    fn finish(&mut self) {
        // Deepest first, though order does not matter once all entries exist.
        for (path, mtime) in std::mem::take(&mut self.dir_times).into_iter().rev() {
            let name = path.file_name().map(|n| n.to_os_string()).unwrap_or_else(|| ".".into());
            let parent_path = path.parent().unwrap_or(Path::new(""));
            let parent = match self.open_dirs.take(parent_path) {
                Some(open) => open,
                // A directory replaced later in the layer is simply skipped.
                None => match self.open_dir(parent_path, false) {
                    Ok(resolved) => resolved,
                    Err(_) => continue,
                },
            };
            let _ = rustix::fs::utimensat(&parent, name.as_os_str(), &times(mtime), AtFlags::SYMLINK_NOFOLLOW);
            self.open_dirs.keep(parent_path, parent);
        }
        if !self.skipped_devices.is_empty() {
            crate::sys::warnings::warn(&format!(
                "skipped {} device node(s) in a layer, which only root can create: {}",
                self.skipped_devices.len(),
                self.skipped_devices.join(", ")
            ));
        }
    }
}

/// The path of an entry relative to the layer root. Leading `/` and `.` are
/// dropped; `..` is refused outright.
pub(super) fn sanitize(path: &Path) -> Result<PathBuf> {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::Normal(c) => out.push(c),
            Component::CurDir | Component::RootDir => {}
            Component::ParentDir | Component::Prefix(_) => {
                return Err(crate::err!("path {:?} leaves the layer", path.display().to_string()))
            }
        }
    }
    Ok(out)
}

fn metadata<R: Read>(entry: &mut tar::Entry<R>) -> Result<Metadata> {
    let header = entry.header();
    let mut meta = Metadata {
        uid: header.uid()? as u32,
        gid: header.gid()? as u32,
        mode: header.mode()? & 0o7777,
        mtime: Timespec { tv_sec: header.mtime()? as i64, tv_nsec: 0 },
        xattrs: Vec::new(),
    };
    // pax records override the header (large ids, sub-second times).
    if let Some(extensions) = entry.pax_extensions()? {
        for ext in extensions {
            let ext = ext?;
            let Ok(key) = ext.key() else { continue };
            let value = ext.value_bytes();
            let text = || std::str::from_utf8(value).ok();
            match key {
                "uid" => meta.uid = text().and_then(|v| v.parse().ok()).unwrap_or(meta.uid),
                "gid" => meta.gid = text().and_then(|v| v.parse().ok()).unwrap_or(meta.gid),
                "mtime" => meta.mtime = text().and_then(parse_pax_time).unwrap_or(meta.mtime),
                _ => {
                    if let Some(name) = key.strip_prefix(PAX_XATTR_PREFIX) {
                        if !RESERVED_XATTR_PREFIXES.iter().any(|p| name.starts_with(p)) {
                            meta.xattrs.push((name.to_string(), value.to_vec()));
                        }
                    }
                }
            }
        }
    }
    Ok(meta)
}

/// "1700000000.5" → seconds and nanoseconds.
fn parse_pax_time(text: &str) -> Option<Timespec> {
    let (secs, frac) = text.split_once('.').unwrap_or((text, ""));
    let digits: String = frac.chars().take(9).collect();
    let nanos = if digits.is_empty() { 0 } else { format!("{digits:0<9}").parse().ok()? };
    Some(Timespec { tv_sec: secs.parse().ok()?, tv_nsec: nanos })
}

fn device_number(header: &tar::Header) -> Result<u64> {
    let major = header.device_major()?.unwrap_or(0);
    let minor = header.device_minor()?.unwrap_or(0);
    Ok(rustix::fs::makedev(major, minor))
}

fn times(mtime: Timespec) -> Timestamps {
    Timestamps { last_access: mtime, last_modification: mtime }
}

/// What a file was created with already, and need not be set again.
#[derive(Clone, Copy)]
struct Preset {
    owner: bool,
    mode: bool,
}

impl Preset {
    const NOTHING: Preset = Preset { owner: false, mode: false };
}

/// Owner, then mode (chown clears set-id bits), then xattrs (chown also
/// clears file capabilities) of an open file or directory.
fn apply_metadata(fd: impl AsFd, meta: &Metadata, preset: Preset) -> Result<()> {
    if !preset.owner {
        ignore_unmapped(rustix::fs::fchown(
            &fd,
            Some(rustix::fs::Uid::from_raw(meta.uid)),
            Some(rustix::fs::Gid::from_raw(meta.gid)),
        ))?;
    }
    // A chown above cleared no bit the mode needs: the mode holds no
    // set-id bits when it was preset.
    if !preset.mode {
        rustix::fs::fchmod(&fd, Mode::from_raw_mode(meta.mode)).context(|| "chmod".into())?;
    }
    for (name, value) in &meta.xattrs {
        match rustix::fs::fsetxattr(&fd, name.as_str(), value, XattrFlags::empty()) {
            Ok(()) => {}
            // Only user.* xattrs are sure to be settable without real root
            // (others may be refused, unsupported, or name unmapped ids).
            Err(Errno::PERM | Errno::ACCESS | Errno::NOTSUP | Errno::INVAL) if !name.starts_with("user.") => {}
            Err(e) => return Err(crate::err!("set xattr {name}: {e}")),
        }
    }
    Ok(())
}

/// With a single-id mapping, ids outside it cannot be set (EINVAL): the file
/// then stays owned by the namespace's root.
fn ignore_unmapped(result: rustix::io::Result<()>) -> Result<()> {
    match result {
        Ok(()) | Err(Errno::INVAL) => Ok(()),
        Err(e) => Err(crate::err!("chown: {e}")),
    }
}

/// Create something at `name` with `create`; if something is there
/// already, remove it first (see [`remove_existing`]) and create again.
fn replacing<T>(parent: &OwnedFd, name: &OsStr, what: &str, create: impl Fn() -> rustix::io::Result<T>) -> Result<T> {
    match create() {
        Err(Errno::EXIST) => {
            remove_existing(parent, name)?;
            create().context(|| what.into())
        }
        result => result.context(|| what.into()),
    }
}

/// Remove whatever is at `name` in `parent`, directories recursively,
/// without following symlinks.
fn remove_existing(parent: &OwnedFd, name: &OsStr) -> Result<()> {
    remove_at(parent, name).context(|| format!("replace {}", name.display()))
}

fn remove_at(parent: &OwnedFd, name: &OsStr) -> rustix::io::Result<()> {
    let stat = match rustix::fs::statat(parent, name, AtFlags::SYMLINK_NOFOLLOW) {
        Ok(stat) => stat,
        Err(Errno::NOENT) => return Ok(()),
        Err(e) => return Err(e),
    };
    if FileType::from_raw_mode(stat.st_mode) != FileType::Directory {
        return rustix::fs::unlinkat(parent, name, AtFlags::empty());
    }
    let dir = rustix::fs::openat(parent, name, OFlags::RDONLY | OFlags::DIRECTORY | OFlags::NOFOLLOW | OFlags::CLOEXEC, Mode::empty())?;
    let mut children = Vec::new();
    for entry in rustix::fs::Dir::read_from(&dir)? {
        let entry = entry?;
        let child = OsStr::from_bytes(entry.file_name().to_bytes());
        if child != "." && child != ".." {
            children.push(child.to_os_string());
        }
    }
    for child in children {
        remove_at(&dir, &child)?;
    }
    rustix::fs::unlinkat(parent, name, AtFlags::REMOVEDIR)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::{FileTypeExt, MetadataExt};

    fn header(kind: tar::EntryType, mode: u32) -> tar::Header {
        let mut h = tar::Header::new_gnu();
        h.set_entry_type(kind);
        h.set_mode(mode);
        h.set_mtime(1_600_000_000);
        h.set_uid(0);
        h.set_gid(0);
        h.set_size(0);
        h
    }

    fn tar_of(build: impl FnOnce(&mut tar::Builder<Vec<u8>>)) -> Vec<u8> {
        let mut b = tar::Builder::new(Vec::new());
        build(&mut b);
        b.into_inner().unwrap()
    }

    fn add(b: &mut tar::Builder<Vec<u8>>, kind: tar::EntryType, path: &str, data: &[u8]) {
        let mut h = header(kind, if kind == tar::EntryType::Directory { 0o755 } else { 0o644 });
        h.set_size(data.len() as u64);
        b.append_data(&mut h, path, data).unwrap();
    }

    fn add_link(b: &mut tar::Builder<Vec<u8>>, kind: tar::EntryType, path: &str, target: &str) {
        let mut h = header(kind, 0o777);
        b.append_link(&mut h, path, target).unwrap();
    }

    #[test]
    fn translates_whiteouts() {
        use tar::EntryType::*;
        let data = tar_of(|b| {
            add(b, Directory, "etc/", b"");
            add(b, Regular, "etc/.wh.gone", b"");
            add(b, Directory, "opaque/", b"");
            add(b, Regular, "opaque/.wh..wh..opq", b"");
            add(b, Regular, "opaque/kept", b"data");
            add(b, Directory, ".wh..wh.plnk/", b"");
            add(b, Regular, ".wh..wh.plnk/123.456", b"");
        });
        let dir = tempfile::tempdir().unwrap();
        let mut rest = &data[..];
        unpack(&mut rest, dir.path()).unwrap();
        assert!(rest.is_empty(), "the whole stream is read");
        let gone = std::fs::symlink_metadata(dir.path().join("etc/gone")).unwrap();
        assert!(gone.file_type().is_char_device());
        assert_eq!(gone.rdev(), 0);
        assert!(!dir.path().join("etc/.wh.gone").exists());
        assert!(!dir.path().join("opaque/.wh..wh..opq").exists());
        assert!(!dir.path().join(".wh..wh.plnk").exists());
        let opaque = rustix::fs::getxattr(dir.path().join("opaque"), "user.overlay.opaque", &mut [0u8; 4][..]).unwrap();
        assert_eq!(opaque, 1);
        assert_eq!(std::fs::read(dir.path().join("opaque/kept")).unwrap(), b"data");
    }

    #[test]
    fn keeps_modes_links_and_times() {
        use tar::EntryType::*;
        let data = tar_of(|b| {
            let mut h = header(Regular, 0o4755);
            h.set_size(2);
            b.append_data(&mut h, "bin/tool", &b"#!"[..]).unwrap();
            add_link(b, Symlink, "bin/sh", "/bin/tool");
            // Modes the umask would change, or not.
            for (path, mode) in [("etc/group-write", 0o664), ("etc/private", 0o640), ("etc/open", 0o777)] {
                let mut h = header(Regular, mode);
                b.append_data(&mut h, path, &b""[..]).unwrap();
            }
            add_link(b, Link, "bin/tool2", "bin/tool");
            // Names need not be UTF-8.
            let mut h = header(Regular, 0o644);
            h.as_old_mut().name[..4].copy_from_slice(b"caf\xe9");
            h.set_cksum();
            b.append(&h, &b""[..]).unwrap();
        });
        let dir = tempfile::tempdir().unwrap();
        unpack(&data[..], dir.path()).unwrap();
        let tool = std::fs::metadata(dir.path().join("bin/tool")).unwrap();
        assert_eq!(tool.mode() & 0o7777, 0o4755);
        assert_eq!(tool.mtime(), 1_600_000_000);
        assert_eq!(tool.nlink(), 2);
        for (path, mode) in [("etc/group-write", 0o664), ("etc/private", 0o640), ("etc/open", 0o777)] {
            assert_eq!(std::fs::metadata(dir.path().join(path)).unwrap().mode() & 0o7777, mode, "{path}");
        }
        assert_eq!(std::fs::read_link(dir.path().join("bin/sh")).unwrap(), Path::new("/bin/tool"));
        assert!(dir.path().join(OsStr::from_bytes(b"caf\xe9")).exists());
    }

    #[test]
    fn entries_go_where_their_path_is_now() {
        use tar::EntryType::*;
        // Directories kept open must never take entries once their path
        // names something else: a directory replaced by a file then made
        // again, a tree deeper than what is kept open, and times set at
        // the end on every directory the tar lists.
        let deep: String = (0..MAX_OPEN_DIRS + 8).map(|i| format!("d{i}/")).collect();
        let data = tar_of(|b| {
            add(b, Directory, "a/", b"");
            add(b, Directory, "a/b/", b"");
            add(b, Regular, "a/b/old", b"1");
            add(b, Regular, "a/b", b"file now");
            add(b, Regular, "a/b2", b"beside");
            add(b, Directory, "a/b/", b"");
            add(b, Regular, "a/b/new", b"2");
            add(b, Directory, &deep, b"");
            add(b, Regular, &format!("{deep}leaf"), b"3");
            add(b, Regular, "a/b/last", b"4");
            add(b, Regular, "top", b"5");
        });
        let dir = tempfile::tempdir().unwrap();
        unpack(&data[..], dir.path()).unwrap();
        let names = |p: &str| {
            let mut names: Vec<String> = std::fs::read_dir(dir.path().join(p)).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
            names.sort();
            names
        };
        assert_eq!(names("a/b"), ["last", "new"]);
        assert_eq!(names("a"), ["b", "b2"]);
        assert_eq!(std::fs::read(dir.path().join(&deep).join("leaf")).unwrap(), b"3");
        assert_eq!(std::fs::read(dir.path().join("top")).unwrap(), b"5");
        for path in ["a", "a/b", deep.as_str()] {
            assert_eq!(std::fs::metadata(dir.path().join(path)).unwrap().mtime(), 1_600_000_000, "{path}");
        }
    }

    #[test]
    fn directories_get_their_modes() {
        use tar::EntryType::*;
        // Modes a directory can be made with, modes the umask would
        // change, set-id bits, and a directory inside a set-group-id one
        // (which the kernel makes set-group-id whatever it is asked).
        let modes = [("open", 0o755), ("group-write", 0o775), ("private", 0o700), ("shared", 0o2775), ("shared/inner", 0o755), ("sticky", 0o1777)];
        let data = tar_of(|b| {
            for (path, mode) in modes {
                let mut h = header(Directory, mode);
                b.append_data(&mut h, format!("{path}/"), &b""[..]).unwrap();
            }
        });
        let dir = tempfile::tempdir().unwrap();
        unpack(&data[..], dir.path()).unwrap();
        for (path, mode) in modes {
            assert_eq!(std::fs::metadata(dir.path().join(path)).unwrap().mode() & 0o7777, mode, "{path}");
        }
    }

    #[test]
    fn stays_inside_the_layer() {
        use tar::EntryType::*;
        let outside = tempfile::tempdir().unwrap();
        let dir = tempfile::tempdir().unwrap();
        // Symlinks out of the layer, then files written "through" them: they
        // resolve inside the layer (or fail), never in `outside`.
        let outside_path = outside.path().to_str().unwrap().to_string();
        let through = |b: &mut tar::Builder<Vec<u8>>, path: &str| {
            let mut h = header(Regular, 0o644);
            h.set_size(1);
            h.set_path(path).unwrap();
            h.set_cksum();
            b.append(&h, &b"x"[..]).unwrap();
        };
        let data = tar_of(|b| {
            add_link(b, Symlink, "root", "/");
            through(b, "root/owned");
            add_link(b, Symlink, "up", "../../../../../..");
            through(b, "up/owned2");
        });
        unpack(&data[..], dir.path()).unwrap();
        assert!(dir.path().join("owned").exists() && dir.path().join("owned2").exists());
        let data = tar_of(|b| {
            add_link(b, Symlink, "escape", &outside_path);
            through(b, "escape/owned");
        });
        assert!(unpack(&data[..], tempfile::tempdir().unwrap().path()).is_err());
        assert!(std::fs::read_dir(outside.path()).unwrap().next().is_none());

        // `..` is refused (the tar crate refuses to write it, so patch the
        // header's name bytes directly).
        let mut h = header(Regular, 0o644);
        h.as_old_mut().name[..9].copy_from_slice(b"../escape");
        h.set_cksum();
        let mut b = tar::Builder::new(Vec::new());
        b.append(&h, &b""[..]).unwrap();
        let data = b.into_inner().unwrap();
        let err = unpack(&data[..], dir.path()).unwrap_err();
        assert!(err.message.contains("leaves the layer"), "{}", err.message);

        // A hard link to a file outside resolves inside the layer, and fails
        // when nothing is there.
        let data = tar_of(|b| add_link(b, Link, "passwd", "/../../etc/passwd"));
        assert!(unpack(&data[..], tempfile::tempdir().unwrap().path()).is_err());
    }
}
