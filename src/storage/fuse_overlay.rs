//! skiff's own overlay file system, served over FUSE in process (the
//! `skiff-fuse` storage driver): for kernels that refuse an unprivileged
//! overlay mount (older kernels, overlay on overlay inside a container)
//! when no fuse-overlayfs is installed.
//!
//! The transport (the /dev/fuse protocol) is fuse-backend-rs'; the file
//! system is ours, because it must write the same on-disk format as the
//! kernel driver mounted with `userxattr`, so that a store can switch
//! drivers: whiteouts are 0/0 character devices and opaque directories
//! carry `user.overlay.opaque=y`. (fuse-backend-rs' own overlay marks
//! directories with `user.fuseoverlayfs.opaque`, which the kernel does not
//! read, and answers every rename with EXDEV, which breaks programs that
//! replace files by renaming a new one over them.)
//!
//! Semantics follow the kernel's overlay without `redirect_dir`, `index`
//! or `metacopy`: any change copies the whole file up first, renaming a
//! directory that has lower parts fails with EXDEV (`mv` then copies it),
//! and a hard link in an image is broken by copying one of its names up.
//!
//! Every path inside a layer is opened with RESOLVE_BENEATH and
//! RESOLVE_NO_SYMLINKS, so a symlink in an image can never lead the
//! server, which runs with all the user namespace's privileges, outside
//! the layer.

use fuse_backend_rs::abi::fuse_abi::{stat64, statvfs64, CreateIn};
use fuse_backend_rs::api::filesystem::{
    Context, DirEntry, Entry, FileSystem, FsOptions, GetxattrReply, ListxattrReply, OpenOptions, SetattrValid, ZeroCopyReader,
    ZeroCopyWriter,
};
use rustix::fs::{Mode, OFlags, ResolveFlags};
use std::collections::HashMap;
use std::ffi::{CStr, CString, OsStr, OsString};
use std::fs::File;
use std::io;
use std::mem::ManuallyDrop;
use std::os::fd::{AsFd, AsRawFd, BorrowedFd, FromRawFd, OwnedFd, RawFd};
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// The kernel driver's opaque marker in a user namespace (`userxattr`).
const OPAQUE_XATTR: &CStr = c"user.overlay.opaque";
/// Opaque markers other writers of the same format use (a store written
/// by a privileged overlay, or by fuse-overlayfs).
const OTHER_OPAQUE_XATTRS: [&CStr; 2] = [c"trusted.overlay.opaque", c"user.fuseoverlayfs.opaque"];
/// The overlay's own bookkeeping: never shown to, or set by, the container.
const PRIVATE_XATTR_PREFIXES: [&[u8]; 3] = [b"user.overlay.", b"trusted.overlay.", b"user.fuseoverlayfs."];

/// Nothing changes the layers behind the server's back (the lower ones are
/// read-only, the upper one is changed only through it), so the kernel may
/// keep what it learnt for a long time.
const CACHE_TIMEOUT: Duration = Duration::from_secs(3600);

const ROOT_INODE: u64 = fuse_backend_rs::api::filesystem::ROOT_ID;

/// The writable layer is index 0; the image's layers follow, top first.
const UPPER: usize = 0;

fn errno(code: i32) -> io::Error {
    io::Error::from_raw_os_error(code)
}

fn cstring(bytes: &[u8]) -> io::Result<CString> {
    CString::new(bytes).map_err(|_| errno(libc::EINVAL))
}

fn is_whiteout(st: &stat64) -> bool {
    st.st_mode & libc::S_IFMT == libc::S_IFCHR && st.st_rdev == 0
}

fn is_dir(st: &stat64) -> bool {
    st.st_mode & libc::S_IFMT == libc::S_IFDIR
}

/// A path inside the merged tree split into its directory and last name;
/// the root has no name.
fn split(path: &Path) -> (&Path, &OsStr) {
    (path.parent().unwrap_or(Path::new("")), path.file_name().unwrap_or(OsStr::new("")))
}

fn rel(path: &Path) -> &Path {
    if path.as_os_str().is_empty() {
        Path::new(".")
    } else {
        path
    }
}

/// Open `path` below the directory `layer` without following any symlink.
fn open_beneath(layer: BorrowedFd, path: &Path, flags: OFlags) -> io::Result<OwnedFd> {
    Ok(crate::sys::fs::openat2(
        layer,
        rel(path),
        flags | OFlags::CLOEXEC | OFlags::NOFOLLOW,
        Mode::empty(),
        ResolveFlags::BENEATH | ResolveFlags::NO_SYMLINKS | ResolveFlags::NO_MAGICLINKS,
    )?)
}

fn stat_fd(fd: BorrowedFd) -> io::Result<stat64> {
    let mut st = std::mem::MaybeUninit::<stat64>::uninit();
    if unsafe { libc::fstatat64(fd.as_raw_fd(), c"".as_ptr(), st.as_mut_ptr(), libc::AT_EMPTY_PATH | libc::AT_SYMLINK_NOFOLLOW) } != 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(unsafe { st.assume_init() })
}

fn stat_at(dir: BorrowedFd, name: &OsStr) -> io::Result<stat64> {
    let name = cstring(name.as_bytes())?;
    let mut st = std::mem::MaybeUninit::<stat64>::uninit();
    if unsafe { libc::fstatat64(dir.as_raw_fd(), name.as_ptr(), st.as_mut_ptr(), libc::AT_SYMLINK_NOFOLLOW) } != 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(unsafe { st.assume_init() })
}

fn check(result: libc::c_int) -> io::Result<()> {
    if result != 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(())
}

/// The path of a descriptor for the calls that have no `f*`/`*at` form
/// usable with an O_PATH descriptor (xattrs of symlinks and sockets).
fn fd_path(fd: BorrowedFd) -> CString {
    CString::new(format!("/proc/self/fd/{}", fd.as_raw_fd())).unwrap()
}

fn missing(e: &io::Error) -> bool {
    matches!(e.raw_os_error(), Some(libc::ENOENT | libc::ENOTDIR | libc::ELOOP))
}

/// Where a merged path comes from.
struct Resolved {
    /// The topmost layer that has it.
    top: usize,
    stat: stat64,
    /// For a directory: the layers whose directory at this path are merged
    /// into it, top first (down to an opaque one or a non-directory).
    dir_layers: Vec<usize>,
}

/// One inode the kernel knows: its names in the merged tree (several
/// after a hard link made through the overlay, so that the kernel caches
/// one inode for them all), and how many lookups it holds.
struct Node {
    names: Vec<PathBuf>,
    lookups: u64,
}

struct Inodes {
    nodes: HashMap<u64, Node>,
    by_path: HashMap<PathBuf, u64>,
    next: u64,
}

enum Handle {
    File(File),
    Dir(Vec<(OsString, u64, u32)>),
}

/// The overlay of `layers` (top first) under the writable `upper`.
pub struct OverlayFs {
    /// Index 0 is the writable layer, then the image's layers top first.
    layers: Vec<OwnedFd>,
    /// Scratch directory on the upper layer's file system, where copied-up
    /// files are assembled before they are renamed into place.
    work: OwnedFd,
    inodes: Mutex<Inodes>,
    /// Merged directories' layer lists, valid while `generation` is the
    /// one they were computed in; anything that changes which layers make
    /// up a directory bumps it.
    dir_cache: Mutex<HashMap<PathBuf, (u64, Arc<Vec<usize>>)>>,
    generation: AtomicU64,
    handles: Mutex<HashMap<u64, Arc<Handle>>>,
    next_handle: AtomicU64,
    scratch_counter: AtomicU64,
}

impl OverlayFs {
    /// `upper`, `work` and `lowers` (top first) are open directories.
    pub fn new(upper: OwnedFd, work: OwnedFd, lowers: Vec<OwnedFd>) -> OverlayFs {
        let mut layers = vec![upper];
        layers.extend(lowers);
        let mut nodes = HashMap::new();
        nodes.insert(ROOT_INODE, Node { names: vec![PathBuf::new()], lookups: 1 });
        let mut by_path = HashMap::new();
        by_path.insert(PathBuf::new(), ROOT_INODE);
        OverlayFs {
            layers,
            work,
            inodes: Mutex::new(Inodes { nodes, by_path, next: ROOT_INODE + 1 }),
            dir_cache: Mutex::new(HashMap::new()),
            generation: AtomicU64::new(1),
            handles: Mutex::new(HashMap::new()),
            next_handle: AtomicU64::new(1),
            scratch_counter: AtomicU64::new(0),
        }
    }

    /// The descriptors it holds (to keep open in a server process).
    pub fn descriptors(&self) -> Vec<i32> {
        self.layers.iter().chain([&self.work]).map(|fd| fd.as_raw_fd()).collect()
    }

    fn layer(&self, index: usize) -> BorrowedFd<'_> {
        self.layers[index].as_fd()
    }

    fn upper(&self) -> BorrowedFd<'_> {
        self.layer(UPPER)
    }

    fn path_of(&self, inode: u64) -> io::Result<PathBuf> {
        let inodes = self.inodes.lock().unwrap();
        inodes.nodes.get(&inode).map(|n| n.names[0].clone()).ok_or_else(|| errno(libc::ESTALE))
    }

    fn child_path(&self, parent: u64, name: &CStr) -> io::Result<PathBuf> {
        let name = OsStr::from_bytes(name.to_bytes());
        if name.is_empty() || name == "." || name == ".." || name.as_bytes().contains(&b'/') {
            return Err(errno(libc::EINVAL));
        }
        Ok(self.path_of(parent)?.join(name))
    }

    fn invalidate_dirs(&self) {
        self.generation.fetch_add(1, Ordering::SeqCst);
        self.dir_cache.lock().unwrap().clear();
    }

    /// Look `path` up in `candidates` (the layers of its merged parent),
    /// with overlay rules: a whiteout ends the search, a non-directory hides
    /// everything below it, an opaque directory hides the layers below.
    fn resolve(&self, path: &Path, candidates: &[usize]) -> io::Result<Option<Resolved>> {
        let (parent, name) = split(path);
        let mut found: Option<Resolved> = None;
        for &index in candidates {
            let stat = if name.is_empty() {
                stat_fd(self.layer(index))
            } else {
                open_beneath(self.layer(index), parent, OFlags::PATH | OFlags::DIRECTORY).and_then(|dir| stat_at(dir.as_fd(), name))
            };
            let stat = match stat {
                Ok(st) => st,
                Err(e) if missing(&e) => continue,
                Err(e) => return Err(e),
            };
            if is_whiteout(&stat) {
                break;
            }
            match &mut found {
                None => {
                    if !is_dir(&stat) {
                        return Ok(Some(Resolved { top: index, stat, dir_layers: Vec::new() }));
                    }
                    found = Some(Resolved { top: index, stat, dir_layers: vec![index] });
                }
                Some(r) => {
                    if !is_dir(&stat) {
                        break;
                    }
                    r.dir_layers.push(index);
                }
            }
            if !name.is_empty() && self.opaque(index, path)? {
                break;
            }
        }
        Ok(found)
    }

    fn opaque(&self, layer: usize, path: &Path) -> io::Result<bool> {
        let dir = open_beneath(self.layer(layer), path, OFlags::RDONLY | OFlags::DIRECTORY)?;
        let mut value = [0u8; 4];
        for name in std::iter::once(OPAQUE_XATTR).chain(OTHER_OPAQUE_XATTRS) {
            let n = unsafe { libc::fgetxattr(dir.as_raw_fd(), name.as_ptr(), value.as_mut_ptr().cast(), value.len()) };
            if n == 1 && value[0] == b'y' {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// The layers merged into the directory `path`.
    fn dir_layers(&self, path: &Path) -> io::Result<Arc<Vec<usize>>> {
        let generation = self.generation.load(Ordering::SeqCst);
        if let Some((g, layers)) = self.dir_cache.lock().unwrap().get(path) {
            if *g == generation {
                return Ok(layers.clone());
            }
        }
        let layers = if path.as_os_str().is_empty() {
            Arc::new((0..self.layers.len()).collect::<Vec<_>>())
        } else {
            let parent_layers = self.dir_layers(split(path).0)?;
            let resolved = self.resolve(path, &parent_layers)?.ok_or_else(|| errno(libc::ENOENT))?;
            if !is_dir(&resolved.stat) {
                return Err(errno(libc::ENOTDIR));
            }
            Arc::new(resolved.dir_layers)
        };
        self.dir_cache.lock().unwrap().insert(path.to_path_buf(), (generation, layers.clone()));
        Ok(layers)
    }

    fn find(&self, path: &Path) -> io::Result<Option<Resolved>> {
        if path.as_os_str().is_empty() {
            return self.resolve(path, &[UPPER]).map(|r| r.map(|mut r| {
                r.dir_layers = (0..self.layers.len()).collect();
                r
            }));
        }
        let parent_layers = self.dir_layers(split(path).0)?;
        self.resolve(path, &parent_layers)
    }

    fn find_existing(&self, path: &Path) -> io::Result<Resolved> {
        self.find(path)?.ok_or_else(|| errno(libc::ENOENT))
    }

    /// Whether a lower layer has something at `path` that the upper one
    /// hides or replaces (then removing it from the upper layer needs a
    /// whiteout).
    fn in_lower(&self, path: &Path) -> io::Result<bool> {
        let parent_layers = self.dir_layers(split(path).0)?;
        let lowers: Vec<usize> = parent_layers.iter().copied().filter(|&l| l != UPPER).collect();
        Ok(self.resolve(path, &lowers)?.is_some())
    }

    /// The upper layer's directory `path`, copied up if needed.
    fn upper_dir(&self, path: &Path) -> io::Result<OwnedFd> {
        // A directory the upper layer has (reached through its own
        // directories) is the merged one, the upper layer being on top:
        // nothing to copy. Saves resolving the parent through every layer
        // on each create (an unpack makes thousands).
        if let Ok(dir) = open_beneath(self.upper(), path, OFlags::PATH | OFlags::DIRECTORY) {
            return Ok(dir);
        }
        self.copy_up(path)?;
        open_beneath(self.upper(), path, OFlags::PATH | OFlags::DIRECTORY)
    }

    fn entry(&self, path: PathBuf, stat: stat64) -> Entry {
        let mut inodes = self.inodes.lock().unwrap();
        let inode = match inodes.by_path.get(&path) {
            Some(&inode) => inode,
            None => {
                let inode = inodes.next;
                inodes.next += 1;
                inodes.by_path.insert(path.clone(), inode);
                inodes.nodes.insert(inode, Node { names: vec![path], lookups: 0 });
                inode
            }
        };
        inodes.nodes.get_mut(&inode).unwrap().lookups += 1;
        self.reply(inode, stat)
    }

    fn reply(&self, inode: u64, stat: stat64) -> Entry {
        Entry { inode, generation: 0, attr: stat, attr_flags: 0, attr_timeout: CACHE_TIMEOUT, entry_timeout: CACHE_TIMEOUT }
    }

    fn lookup_path(&self, path: PathBuf) -> io::Result<Entry> {
        let resolved = self.find_existing(&path)?;
        Ok(self.entry(path, resolved.stat))
    }

    /// `path` was removed: the inode it named keeps its other names (the
    /// last one stays, for requests on a file still open).
    fn forget_path(&self, path: &Path) {
        let mut inodes = self.inodes.lock().unwrap();
        if let Some(inode) = inodes.by_path.remove(path) {
            if let Some(node) = inodes.nodes.get_mut(&inode) {
                if node.names.len() > 1 {
                    node.names.retain(|n| n != path);
                }
            }
        }
    }

    /// `path` is a new name of `inode` (a hard link).
    fn alias(&self, inode: u64, path: PathBuf) -> io::Result<()> {
        let mut inodes = self.inodes.lock().unwrap();
        let node = inodes.nodes.get_mut(&inode).ok_or_else(|| errno(libc::ESTALE))?;
        node.names.push(path.clone());
        node.lookups += 1;
        inodes.by_path.insert(path, inode);
        Ok(())
    }

    /// Make `path` exist in the upper layer, copying it (and its parent
    /// directories) from the layer it comes from: content, owner, mode,
    /// times and extended attributes.
    fn copy_up(&self, path: &Path) -> io::Result<()> {
        let resolved = self.find_existing(path)?;
        if resolved.top == UPPER {
            return Ok(());
        }
        let (parent, name) = split(path);
        let upper_parent = self.upper_dir(parent)?;
        let source_parent = open_beneath(self.layer(resolved.top), parent, OFlags::PATH | OFlags::DIRECTORY)?;
        let st = resolved.stat;
        let c_name = cstring(name.as_bytes())?;
        let kind = st.st_mode & libc::S_IFMT;
        match kind {
            libc::S_IFDIR => {
                check(unsafe { libc::mkdirat(upper_parent.as_raw_fd(), c_name.as_ptr(), st.st_mode & 0o7777) })?;
                let source = open_beneath(source_parent.as_fd(), Path::new(name), OFlags::RDONLY | OFlags::DIRECTORY)?;
                let copy = open_beneath(upper_parent.as_fd(), Path::new(name), OFlags::RDONLY | OFlags::DIRECTORY)?;
                copy_attributes(source.as_fd(), copy.as_fd(), &st)?;
                self.invalidate_dirs();
            }
            libc::S_IFREG => {
                let source = open_beneath(source_parent.as_fd(), Path::new(name), OFlags::RDONLY)?;
                let scratch = format!("copy-up-{}-{}", std::process::id(), self.scratch_counter.fetch_add(1, Ordering::SeqCst));
                let c_scratch = cstring(scratch.as_bytes())?;
                let fd = unsafe {
                    libc::openat(self.work.as_raw_fd(), c_scratch.as_ptr(), libc::O_CREAT | libc::O_EXCL | libc::O_RDWR | libc::O_CLOEXEC, 0o600)
                };
                if fd < 0 {
                    return Err(io::Error::last_os_error());
                }
                let copy = unsafe { OwnedFd::from_raw_fd(fd) };
                let copied = copy_data(source.as_fd(), copy.as_fd(), st.st_size as u64)
                    .and_then(|_| copy_attributes(source.as_fd(), copy.as_fd(), &st))
                    .and_then(|_| {
                        check(unsafe {
                            libc::renameat(self.work.as_raw_fd(), c_scratch.as_ptr(), upper_parent.as_raw_fd(), c_name.as_ptr())
                        })
                    });
                if let Err(e) = copied {
                    unsafe { libc::unlinkat(self.work.as_raw_fd(), c_scratch.as_ptr(), 0) };
                    return Err(e);
                }
            }
            libc::S_IFLNK => {
                let target = rustix::fs::readlinkat(source_parent.as_fd(), name, Vec::new())?;
                check(unsafe { libc::symlinkat(target.as_ptr(), upper_parent.as_raw_fd(), c_name.as_ptr()) })?;
                set_owner_and_times(upper_parent.as_fd(), &c_name, &st)?;
            }
            _ => {
                check(unsafe { libc::mknodat(upper_parent.as_raw_fd(), c_name.as_ptr(), st.st_mode, st.st_rdev) })?;
                set_owner_and_times(upper_parent.as_fd(), &c_name, &st)?;
            }
        }
        Ok(())
    }

    /// Remove a whiteout at `name` in the upper directory, if there is one;
    /// true if there was.
    fn clear_whiteout(&self, upper_parent: BorrowedFd, name: &OsStr) -> io::Result<bool> {
        match stat_at(upper_parent, name) {
            Ok(st) if is_whiteout(&st) => {
                let c_name = cstring(name.as_bytes())?;
                check(unsafe { libc::unlinkat(upper_parent.as_raw_fd(), c_name.as_ptr(), 0) })?;
                Ok(true)
            }
            Ok(_) => Err(errno(libc::EEXIST)),
            Err(e) if missing(&e) => Ok(false),
            Err(e) => Err(e),
        }
    }

    fn make_whiteout(&self, upper_parent: BorrowedFd, name: &OsStr) -> io::Result<()> {
        let c_name = cstring(name.as_bytes())?;
        check(unsafe { libc::mknodat(upper_parent.as_raw_fd(), c_name.as_ptr(), libc::S_IFCHR, 0) })
    }

    /// Prepare to create `name` in `parent`: the parent copied up, a
    /// whiteout in the way removed. Returns the upper parent, the new
    /// path, whether a whiteout was there, and the owner the new entry gets.
    fn prepare_create(&self, ctx: &Context, parent: u64, name: &CStr) -> io::Result<(OwnedFd, PathBuf, bool, (u32, u32))> {
        let path = self.child_path(parent, name)?;
        if self.find(&path)?.is_some() {
            return Err(errno(libc::EEXIST));
        }
        let (parent_path, base) = split(&path);
        let upper_parent = self.upper_dir(parent_path)?;
        let had_whiteout = self.clear_whiteout(upper_parent.as_fd(), base)?;
        // A set-group-id directory gives its group to what is made in it.
        let parent_stat = stat_fd(upper_parent.as_fd())?;
        let gid = if parent_stat.st_mode & libc::S_ISGID != 0 { parent_stat.st_gid } else { ctx.gid };
        Ok((upper_parent, path, had_whiteout, (ctx.uid, gid)))
    }

    fn chown_new(&self, upper_parent: BorrowedFd, name: &CStr, owner: (u32, u32)) -> io::Result<()> {
        check(unsafe { libc::fchownat(upper_parent.as_raw_fd(), name.as_ptr(), owner.0, owner.1, libc::AT_SYMLINK_NOFOLLOW) })
    }

    /// The merged entries of directory `path`: (name, inode number, type).
    fn list(&self, path: &Path) -> io::Result<Vec<(OsString, u64, u32)>> {
        let layers = self.dir_layers(path)?;
        let mut seen = std::collections::HashSet::new();
        let mut entries = Vec::new();
        for &index in layers.iter() {
            let dir = open_beneath(self.layer(index), path, OFlags::RDONLY | OFlags::DIRECTORY)?;
            let dir_fd = dir.as_raw_fd();
            let mut reader = nix::dir::Dir::from_fd(dir).map_err(io::Error::from)?;
            for item in reader.iter() {
                let item = item.map_err(io::Error::from)?;
                let name = OsStr::from_bytes(item.file_name().to_bytes());
                if name == "." || name == ".." || !seen.insert(name.to_os_string()) {
                    continue;
                }
                let dtype = match item.file_type() {
                    Some(nix::dir::Type::Directory) => libc::DT_DIR,
                    Some(nix::dir::Type::File) => libc::DT_REG,
                    Some(nix::dir::Type::Symlink) => libc::DT_LNK,
                    Some(nix::dir::Type::Fifo) => libc::DT_FIFO,
                    Some(nix::dir::Type::Socket) => libc::DT_SOCK,
                    Some(nix::dir::Type::BlockDevice) => libc::DT_BLK,
                    Some(nix::dir::Type::CharacterDevice) => libc::DT_CHR,
                    None => libc::DT_UNKNOWN,
                };
                if dtype == libc::DT_CHR || dtype == libc::DT_UNKNOWN {
                    let dir = unsafe { BorrowedFd::borrow_raw(dir_fd) };
                    if stat_at(dir, name).map(|st| is_whiteout(&st)).unwrap_or(false) {
                        continue;
                    }
                }
                entries.push((name.to_os_string(), item.ino(), dtype as u32));
            }
        }
        Ok(entries)
    }

    fn handle(&self, handle: u64) -> io::Result<Arc<Handle>> {
        self.handles.lock().unwrap().get(&handle).cloned().ok_or_else(|| errno(libc::EBADF))
    }

    fn add_handle(&self, handle: Handle) -> u64 {
        let id = self.next_handle.fetch_add(1, Ordering::SeqCst);
        self.handles.lock().unwrap().insert(id, Arc::new(handle));
        id
    }

    fn file_of(&self, handle: u64) -> io::Result<(Arc<Handle>, RawFd)> {
        let h = self.handle(handle)?;
        let fd = match &*h {
            Handle::File(f) => f.as_raw_fd(),
            Handle::Dir(_) => return Err(errno(libc::EISDIR)),
        };
        Ok((h, fd))
    }

    /// Rename paths of known inodes below `from` to below `to`.
    fn move_inodes(&self, from: &Path, to: &Path) {
        // The replaced target's inode loses that name.
        self.forget_path(to);
        let moved_name = |name: &Path| -> Option<PathBuf> {
            let rest = name.strip_prefix(from).ok()?;
            // (joining an empty rest would add a trailing slash)
            Some(if rest.as_os_str().is_empty() { to.to_path_buf() } else { to.join(rest) })
        };
        let mut inodes = self.inodes.lock().unwrap();
        let moved: Vec<(PathBuf, u64)> = inodes.by_path.iter().filter(|(p, _)| p.starts_with(from)).map(|(p, i)| (p.clone(), *i)).collect();
        for (old, _) in &moved {
            inodes.by_path.remove(old);
        }
        for (old, inode) in moved {
            let new = moved_name(&old).unwrap();
            inodes.by_path.insert(new, inode);
        }
        for node in inodes.nodes.values_mut() {
            for name in node.names.iter_mut() {
                if let Some(new) = moved_name(name) {
                    *name = new;
                }
            }
        }
    }
}

/// Copy `size` bytes of data from `from` to `to`, keeping holes as holes.
fn copy_data(from: BorrowedFd, to: BorrowedFd, size: u64) -> io::Result<()> {
    let mut offset: i64 = 0;
    while (offset as u64) < size {
        let data = unsafe { libc::lseek(from.as_raw_fd(), offset, libc::SEEK_DATA) };
        if data < 0 {
            // ENXIO: only a hole is left.
            break;
        }
        let hole = unsafe { libc::lseek(from.as_raw_fd(), data, libc::SEEK_HOLE) };
        let end = if hole < 0 { size as i64 } else { hole };
        let mut src = data;
        let mut dst = data;
        while src < end {
            let n = unsafe {
                libc::copy_file_range(from.as_raw_fd(), &mut src, to.as_raw_fd(), &mut dst, (end - src) as usize, 0)
            };
            if n < 0 {
                return Err(io::Error::last_os_error());
            }
            if n == 0 {
                break;
            }
        }
        offset = end;
    }
    check(unsafe { libc::ftruncate(to.as_raw_fd(), size as i64) })
}

/// Give the open copy `to` the owner, mode, extended attributes and times
/// of `from` (whose status is `st`).
fn copy_attributes(from: BorrowedFd, to: BorrowedFd, st: &stat64) -> io::Result<()> {
    let names = list_xattrs(from)?;
    for name in names.split(|b| *b == 0).filter(|n| !n.is_empty()) {
        let c_name = cstring(name)?;
        let mut value = vec![0u8; 65536];
        let n = unsafe { libc::fgetxattr(from.as_raw_fd(), c_name.as_ptr(), value.as_mut_ptr().cast(), value.len()) };
        if n < 0 {
            continue;
        }
        // Names the kernel refuses here (say, another namespace's
        // trusted.*) are left behind, as the kernel's copy-up does.
        unsafe { libc::fsetxattr(to.as_raw_fd(), c_name.as_ptr(), value.as_ptr().cast(), n as usize, 0) };
    }
    check(unsafe { libc::fchown(to.as_raw_fd(), st.st_uid, st.st_gid) })?;
    check(unsafe { libc::fchmod(to.as_raw_fd(), st.st_mode & 0o7777) })?;
    let times = [
        libc::timespec { tv_sec: st.st_atime, tv_nsec: st.st_atime_nsec },
        libc::timespec { tv_sec: st.st_mtime, tv_nsec: st.st_mtime_nsec },
    ];
    check(unsafe { libc::futimens(to.as_raw_fd(), times.as_ptr()) })
}

fn list_xattrs(fd: BorrowedFd) -> io::Result<Vec<u8>> {
    let mut names = vec![0u8; 65536];
    let n = unsafe { libc::flistxattr(fd.as_raw_fd(), names.as_mut_ptr().cast(), names.len()) };
    if n < 0 {
        let e = io::Error::last_os_error();
        return if e.raw_os_error() == Some(libc::ENOTSUP) { Ok(Vec::new()) } else { Err(e) };
    }
    names.truncate(n as usize);
    Ok(names)
}

fn set_owner_and_times(dir: BorrowedFd, name: &CStr, st: &stat64) -> io::Result<()> {
    check(unsafe { libc::fchownat(dir.as_raw_fd(), name.as_ptr(), st.st_uid, st.st_gid, libc::AT_SYMLINK_NOFOLLOW) })?;
    if st.st_mode & libc::S_IFMT != libc::S_IFLNK {
        check(unsafe { libc::fchmodat(dir.as_raw_fd(), name.as_ptr(), st.st_mode & 0o7777, 0) })?;
    }
    let times = [
        libc::timespec { tv_sec: st.st_atime, tv_nsec: st.st_atime_nsec },
        libc::timespec { tv_sec: st.st_mtime, tv_nsec: st.st_mtime_nsec },
    ];
    check(unsafe { libc::utimensat(dir.as_raw_fd(), name.as_ptr(), times.as_ptr(), libc::AT_SYMLINK_NOFOLLOW) })
}

fn private_xattr(name: &[u8]) -> bool {
    PRIVATE_XATTR_PREFIXES.iter().any(|p| name.starts_with(p))
}

/// An O_PATH descriptor of the topmost copy of `path`.
impl OverlayFs {
    fn open_path(&self, path: &Path) -> io::Result<OwnedFd> {
        let resolved = self.find_existing(path)?;
        open_beneath(self.layer(resolved.top), path, OFlags::PATH)
    }
}

impl FileSystem for OverlayFs {
    type Inode = u64;
    type Handle = u64;

    fn init(&self, capable: FsOptions) -> io::Result<FsOptions> {
        // The kernel applies the caller's umask before asking (no
        // DONT_MASK), so the server must not apply its own.
        unsafe { libc::umask(0) };
        Ok(capable & (FsOptions::ASYNC_READ | FsOptions::BIG_WRITES | FsOptions::PARALLEL_DIROPS | FsOptions::MAX_PAGES))
    }

    fn lookup(&self, _ctx: &Context, parent: u64, name: &CStr) -> io::Result<Entry> {
        let path = self.child_path(parent, name)?;
        match self.find(&path)? {
            Some(r) => Ok(self.entry(path, r.stat)),
            // A negative entry the kernel may cache: creating the name goes
            // through this server, which the kernel knows.
            None => Ok(Entry { inode: 0, generation: 0, attr: unsafe { std::mem::zeroed() }, attr_flags: 0, attr_timeout: CACHE_TIMEOUT, entry_timeout: CACHE_TIMEOUT }),
        }
    }

    fn forget(&self, _ctx: &Context, inode: u64, count: u64) {
        if inode == ROOT_INODE {
            return;
        }
        let mut inodes = self.inodes.lock().unwrap();
        let gone = match inodes.nodes.get_mut(&inode) {
            Some(node) => {
                node.lookups = node.lookups.saturating_sub(count);
                node.lookups == 0
            }
            None => false,
        };
        if gone {
            let node = inodes.nodes.remove(&inode).unwrap();
            for name in node.names {
                if inodes.by_path.get(&name) == Some(&inode) {
                    inodes.by_path.remove(&name);
                }
            }
        }
    }

    fn batch_forget(&self, ctx: &Context, requests: Vec<(u64, u64)>) {
        for (inode, count) in requests {
            self.forget(ctx, inode, count);
        }
    }

    fn getattr(&self, _ctx: &Context, inode: u64, handle: Option<u64>) -> io::Result<(stat64, Duration)> {
        if let Some(handle) = handle {
            if let Ok((_h, fd)) = self.file_of(handle) {
                return Ok((stat_fd(unsafe { BorrowedFd::borrow_raw(fd) })?, CACHE_TIMEOUT));
            }
        }
        let path = self.path_of(inode)?;
        Ok((self.find_existing(&path)?.stat, CACHE_TIMEOUT))
    }

    fn setattr(&self, _ctx: &Context, inode: u64, attr: stat64, handle: Option<u64>, valid: SetattrValid) -> io::Result<(stat64, Duration)> {
        let path = self.path_of(inode)?;
        self.copy_up(&path)?;
        let (parent, name) = split(&path);
        let upper_parent = open_beneath(self.upper(), parent, OFlags::PATH | OFlags::DIRECTORY)?;
        let target = if name.is_empty() { cstring(b".")? } else { cstring(name.as_bytes())? };
        let dir = if name.is_empty() { self.upper().as_raw_fd() } else { upper_parent.as_raw_fd() };
        if valid.intersects(SetattrValid::UID | SetattrValid::GID) {
            let uid = if valid.contains(SetattrValid::UID) { attr.st_uid } else { u32::MAX };
            let gid = if valid.contains(SetattrValid::GID) { attr.st_gid } else { u32::MAX };
            check(unsafe { libc::fchownat(dir, target.as_ptr(), uid, gid, libc::AT_SYMLINK_NOFOLLOW) })?;
        }
        if valid.contains(SetattrValid::MODE) {
            check(unsafe { libc::fchmodat(dir, target.as_ptr(), attr.st_mode & 0o7777, 0) })?;
        }
        if valid.contains(SetattrValid::SIZE) {
            let open_handle = handle.and_then(|h| self.file_of(h).ok());
            match open_handle {
                // The handle may be of the lower copy opened read-only
                // before the copy-up: truncate the upper one.
                Some((_h, fd)) if stat_fd(unsafe { BorrowedFd::borrow_raw(fd) })?.st_dev == stat_fd(self.upper())?.st_dev => {
                    check(unsafe { libc::ftruncate(fd, attr.st_size) })?
                }
                _ => {
                    let file = open_beneath(self.upper(), &path, OFlags::WRONLY)?;
                    check(unsafe { libc::ftruncate(file.as_raw_fd(), attr.st_size) })?;
                }
            }
        }
        if valid.intersects(SetattrValid::ATIME | SetattrValid::MTIME) {
            let time = |set: SetattrValid, now: SetattrValid, sec: i64, nsec: i64| {
                if valid.contains(now) {
                    libc::timespec { tv_sec: 0, tv_nsec: libc::UTIME_NOW }
                } else if valid.contains(set) {
                    libc::timespec { tv_sec: sec, tv_nsec: nsec }
                } else {
                    libc::timespec { tv_sec: 0, tv_nsec: libc::UTIME_OMIT }
                }
            };
            let times = [
                time(SetattrValid::ATIME, SetattrValid::ATIME_NOW, attr.st_atime, attr.st_atime_nsec),
                time(SetattrValid::MTIME, SetattrValid::MTIME_NOW, attr.st_mtime, attr.st_mtime_nsec),
            ];
            check(unsafe { libc::utimensat(dir, target.as_ptr(), times.as_ptr(), libc::AT_SYMLINK_NOFOLLOW) })?;
        }
        Ok((self.find_existing(&path)?.stat, CACHE_TIMEOUT))
    }

    fn readlink(&self, _ctx: &Context, inode: u64) -> io::Result<Vec<u8>> {
        let path = self.path_of(inode)?;
        let resolved = self.find_existing(&path)?;
        let (parent, name) = split(&path);
        let dir = open_beneath(self.layer(resolved.top), parent, OFlags::PATH | OFlags::DIRECTORY)?;
        Ok(rustix::fs::readlinkat(dir.as_fd(), name, Vec::new())?.into_bytes())
    }

    fn symlink(&self, ctx: &Context, linkname: &CStr, parent: u64, name: &CStr) -> io::Result<Entry> {
        let (upper_parent, path, _, owner) = self.prepare_create(ctx, parent, name)?;
        check(unsafe { libc::symlinkat(linkname.as_ptr(), upper_parent.as_raw_fd(), name.as_ptr()) })?;
        self.chown_new(upper_parent.as_fd(), name, owner)?;
        self.lookup_path(path)
    }

    fn mknod(&self, ctx: &Context, parent: u64, name: &CStr, mode: u32, rdev: u32, _umask: u32) -> io::Result<Entry> {
        let (upper_parent, path, _, owner) = self.prepare_create(ctx, parent, name)?;
        check(unsafe { libc::mknodat(upper_parent.as_raw_fd(), name.as_ptr(), mode, rdev as libc::dev_t) })?;
        self.chown_new(upper_parent.as_fd(), name, owner)?;
        self.lookup_path(path)
    }

    fn mkdir(&self, ctx: &Context, parent: u64, name: &CStr, mode: u32, _umask: u32) -> io::Result<Entry> {
        let (upper_parent, path, had_whiteout, owner) = self.prepare_create(ctx, parent, name)?;
        let parent_stat = stat_fd(upper_parent.as_fd())?;
        let mode = mode | (parent_stat.st_mode & libc::S_ISGID);
        check(unsafe { libc::mkdirat(upper_parent.as_raw_fd(), name.as_ptr(), mode) })?;
        self.chown_new(upper_parent.as_fd(), name, owner)?;
        if had_whiteout {
            // A directory where a lower one was deleted must not show the
            // deleted one's entries.
            let dir = open_beneath(upper_parent.as_fd(), Path::new(OsStr::from_bytes(name.to_bytes())), OFlags::RDONLY | OFlags::DIRECTORY)?;
            check(unsafe { libc::fsetxattr(dir.as_raw_fd(), OPAQUE_XATTR.as_ptr(), b"y".as_ptr().cast(), 1, 0) })?;
            self.invalidate_dirs();
        }
        // (A new directory only in the upper layer changes no cached
        // directory's layers: nothing to invalidate.)
        self.lookup_path(path)
    }

    fn unlink(&self, _ctx: &Context, parent: u64, name: &CStr) -> io::Result<()> {
        let path = self.child_path(parent, name)?;
        let resolved = self.find_existing(&path)?;
        if is_dir(&resolved.stat) {
            return Err(errno(libc::EISDIR));
        }
        self.remove(&path, resolved.top, 0)
    }

    fn rmdir(&self, _ctx: &Context, parent: u64, name: &CStr) -> io::Result<()> {
        let path = self.child_path(parent, name)?;
        let resolved = self.find_existing(&path)?;
        if !is_dir(&resolved.stat) {
            return Err(errno(libc::ENOTDIR));
        }
        if !self.list(&path)?.is_empty() {
            return Err(errno(libc::ENOTEMPTY));
        }
        if resolved.top == UPPER {
            // Only whiteouts can be left in it.
            let dir = open_beneath(self.upper(), &path, OFlags::RDONLY | OFlags::DIRECTORY)?;
            let dir_fd = dir.as_raw_fd();
            let mut reader = nix::dir::Dir::from_fd(dir).map_err(io::Error::from)?;
            let names: Vec<CString> = reader
                .iter()
                .flatten()
                .map(|e| e.file_name().to_owned())
                .filter(|n| n.as_bytes() != b"." && n.as_bytes() != b"..")
                .collect();
            for n in names {
                check(unsafe { libc::unlinkat(dir_fd, n.as_ptr(), 0) })?;
            }
        }
        let result = self.remove(&path, resolved.top, libc::AT_REMOVEDIR);
        self.invalidate_dirs();
        result
    }

    fn rename(&self, _ctx: &Context, olddir: u64, oldname: &CStr, newdir: u64, newname: &CStr, flags: u32) -> io::Result<()> {
        if flags & !(libc::RENAME_NOREPLACE) != 0 {
            return Err(errno(libc::EINVAL));
        }
        let from = self.child_path(olddir, oldname)?;
        let to = self.child_path(newdir, newname)?;
        let source = self.find_existing(&from)?;
        let source_in_lower = self.in_lower(&from)?;
        if is_dir(&source.stat) && (source.top != UPPER || source.dir_layers.len() > 1) {
            // Like the kernel's overlay without redirect_dir: the caller
            // (mv) copies the directory instead.
            return Err(errno(libc::EXDEV));
        }
        let target = self.find(&to)?;
        if let Some(t) = &target {
            if flags & libc::RENAME_NOREPLACE != 0 {
                return Err(errno(libc::EEXIST));
            }
            if is_dir(&t.stat) {
                if !is_dir(&source.stat) {
                    return Err(errno(libc::EISDIR));
                }
                if !self.list(&to)?.is_empty() {
                    return Err(errno(libc::ENOTEMPTY));
                }
            } else if is_dir(&source.stat) {
                return Err(errno(libc::ENOTDIR));
            }
        }
        self.copy_up(&from)?;
        let (from_parent, from_name) = split(&from);
        let (to_parent, to_name) = split(&to);
        let upper_from = self.upper_dir(from_parent)?;
        let upper_to = self.upper_dir(to_parent)?;
        let target_in_lower = self.in_lower(&to)?;
        // What is in the way in the upper layer: a whiteout, or a directory
        // that holds only whiteouts.
        match stat_at(upper_to.as_fd(), to_name) {
            Ok(st) if is_whiteout(&st) => {
                self.clear_whiteout(upper_to.as_fd(), to_name)?;
            }
            Ok(st) if is_dir(&st) => {
                let dir = open_beneath(upper_to.as_fd(), Path::new(to_name), OFlags::RDONLY | OFlags::DIRECTORY)?;
                let dir_fd = dir.as_raw_fd();
                let mut reader = nix::dir::Dir::from_fd(dir).map_err(io::Error::from)?;
                let names: Vec<CString> =
                    reader.iter().flatten().map(|e| e.file_name().to_owned()).filter(|n| n.as_bytes() != b"." && n.as_bytes() != b"..").collect();
                for n in names {
                    check(unsafe { libc::unlinkat(dir_fd, n.as_ptr(), 0) })?;
                }
            }
            _ => {}
        }
        let c_from = cstring(from_name.as_bytes())?;
        let c_to = cstring(to_name.as_bytes())?;
        check(unsafe { libc::renameat(upper_from.as_raw_fd(), c_from.as_ptr(), upper_to.as_raw_fd(), c_to.as_ptr()) })?;
        if source_in_lower {
            self.make_whiteout(upper_from.as_fd(), from_name)?;
        }
        if is_dir(&source.stat) && target_in_lower {
            let dir = open_beneath(upper_to.as_fd(), Path::new(to_name), OFlags::RDONLY | OFlags::DIRECTORY)?;
            check(unsafe { libc::fsetxattr(dir.as_raw_fd(), OPAQUE_XATTR.as_ptr(), b"y".as_ptr().cast(), 1, 0) })?;
        }
        self.move_inodes(&from, &to);
        self.invalidate_dirs();
        Ok(())
    }

    fn link(&self, _ctx: &Context, inode: u64, newparent: u64, newname: &CStr) -> io::Result<Entry> {
        let source = self.path_of(inode)?;
        let path = self.child_path(newparent, newname)?;
        if self.find(&path)?.is_some() {
            return Err(errno(libc::EEXIST));
        }
        self.copy_up(&source)?;
        let (source_parent, source_name) = split(&source);
        let upper_source = self.upper_dir(source_parent)?;
        let upper_parent = self.upper_dir(split(&path).0)?;
        self.clear_whiteout(upper_parent.as_fd(), split(&path).1)?;
        let c_source = cstring(source_name.as_bytes())?;
        check(unsafe { libc::linkat(upper_source.as_raw_fd(), c_source.as_ptr(), upper_parent.as_raw_fd(), newname.as_ptr(), 0) })?;
        // The kernel expects the linked inode back: one inode for both
        // names keeps its cached size and pages right for both.
        let stat = self.find_existing(&path)?.stat;
        self.alias(inode, path)?;
        Ok(self.reply(inode, stat))
    }

    fn open(&self, _ctx: &Context, inode: u64, flags: u32, _fuse_flags: u32) -> io::Result<(Option<u64>, OpenOptions, Option<u32>)> {
        let path = self.path_of(inode)?;
        let flags = flags as i32;
        let writes = flags & libc::O_ACCMODE != libc::O_RDONLY || flags & libc::O_TRUNC != 0;
        if writes {
            self.copy_up(&path)?;
        }
        let resolved = self.find_existing(&path)?;
        // openat2 refuses flags it does not know (say the kernel's
        // internal __FMODE_EXEC that exec's open carries): pass only these.
        let open_flags = flags
            & (libc::O_ACCMODE | libc::O_APPEND | libc::O_NONBLOCK | libc::O_DSYNC | libc::O_SYNC | libc::O_DIRECT | libc::O_NOATIME | libc::O_LARGEFILE | libc::O_TRUNC);
        let fd = open_beneath(self.layer(resolved.top), &path, OFlags::from_bits_retain(open_flags as u32))?;
        Ok((Some(self.add_handle(Handle::File(File::from(fd)))), OpenOptions::empty(), None))
    }

    fn create(&self, ctx: &Context, parent: u64, name: &CStr, args: CreateIn) -> io::Result<(Entry, Option<u64>, OpenOptions, Option<u32>)> {
        let (upper_parent, path, _, owner) = self.prepare_create(ctx, parent, name)?;
        let flags = (args.flags as i32 & !(libc::O_NOCTTY)) | libc::O_CREAT | libc::O_EXCL | libc::O_NOFOLLOW | libc::O_CLOEXEC;
        let fd = unsafe { libc::openat(upper_parent.as_raw_fd(), name.as_ptr(), flags, args.mode) };
        if fd < 0 {
            return Err(io::Error::last_os_error());
        }
        let file = unsafe { File::from_raw_fd(fd) };
        check(unsafe { libc::fchown(file.as_raw_fd(), owner.0, owner.1) })?;
        let entry = self.lookup_path(path)?;
        Ok((entry, Some(self.add_handle(Handle::File(file))), OpenOptions::empty(), None))
    }

    fn read(&self, _ctx: &Context, _inode: u64, handle: u64, w: &mut dyn ZeroCopyWriter, size: u32, offset: u64, _lock_owner: Option<u64>, _flags: u32) -> io::Result<usize> {
        let (_h, fd) = self.file_of(handle)?;
        // The handle keeps the descriptor open; this File only borrows it.
        let mut file = ManuallyDrop::new(unsafe { File::from_raw_fd(fd) });
        w.write_from(&mut *file, size as usize, offset)
    }

    fn write(&self, _ctx: &Context, _inode: u64, handle: u64, r: &mut dyn ZeroCopyReader, size: u32, offset: u64, _lock_owner: Option<u64>, _delayed_write: bool, _flags: u32, _fuse_flags: u32) -> io::Result<usize> {
        let (_h, fd) = self.file_of(handle)?;
        let mut file = ManuallyDrop::new(unsafe { File::from_raw_fd(fd) });
        r.read_to(&mut *file, size as usize, offset)
    }

    fn flush(&self, _ctx: &Context, _inode: u64, _handle: u64, _lock_owner: u64) -> io::Result<()> {
        Ok(())
    }

    fn fsync(&self, _ctx: &Context, _inode: u64, datasync: bool, handle: u64) -> io::Result<()> {
        let (_h, fd) = self.file_of(handle)?;
        check(unsafe { if datasync { libc::fdatasync(fd) } else { libc::fsync(fd) } })
    }

    fn fallocate(&self, _ctx: &Context, _inode: u64, handle: u64, mode: u32, offset: u64, length: u64) -> io::Result<()> {
        let (_h, fd) = self.file_of(handle)?;
        check(unsafe { libc::fallocate64(fd, mode as i32, offset as i64, length as i64) })
    }

    fn release(&self, _ctx: &Context, _inode: u64, _flags: u32, handle: u64, _flush: bool, _flock_release: bool, _lock_owner: Option<u64>) -> io::Result<()> {
        self.handles.lock().unwrap().remove(&handle);
        Ok(())
    }

    fn statfs(&self, _ctx: &Context, _inode: u64) -> io::Result<statvfs64> {
        let mut st = std::mem::MaybeUninit::<statvfs64>::uninit();
        check(unsafe { libc::fstatvfs64(self.upper().as_raw_fd(), st.as_mut_ptr()) })?;
        Ok(unsafe { st.assume_init() })
    }

    fn setxattr(&self, _ctx: &Context, inode: u64, name: &CStr, value: &[u8], flags: u32) -> io::Result<()> {
        if private_xattr(name.to_bytes()) {
            return Err(errno(libc::EPERM));
        }
        let path = self.path_of(inode)?;
        self.copy_up(&path)?;
        let fd = open_beneath(self.upper(), &path, OFlags::PATH)?;
        check(unsafe { libc::setxattr(fd_path(fd.as_fd()).as_ptr(), name.as_ptr(), value.as_ptr().cast(), value.len(), flags as i32) })
    }

    fn getxattr(&self, _ctx: &Context, inode: u64, name: &CStr, size: u32) -> io::Result<GetxattrReply> {
        if private_xattr(name.to_bytes()) {
            return Err(errno(libc::ENODATA));
        }
        let fd = self.open_path(&self.path_of(inode)?)?;
        let mut value = vec![0u8; if size == 0 { 65536 } else { size as usize }];
        let n = unsafe { libc::getxattr(fd_path(fd.as_fd()).as_ptr(), name.as_ptr(), value.as_mut_ptr().cast(), value.len()) };
        if n < 0 {
            return Err(io::Error::last_os_error());
        }
        if size == 0 {
            return Ok(GetxattrReply::Count(n as u32));
        }
        value.truncate(n as usize);
        Ok(GetxattrReply::Value(value))
    }

    fn listxattr(&self, _ctx: &Context, inode: u64, size: u32) -> io::Result<ListxattrReply> {
        let fd = self.open_path(&self.path_of(inode)?)?;
        let mut names = vec![0u8; 65536];
        let n = unsafe { libc::listxattr(fd_path(fd.as_fd()).as_ptr(), names.as_mut_ptr().cast(), names.len()) };
        if n < 0 {
            return Err(io::Error::last_os_error());
        }
        names.truncate(n as usize);
        let mut shown = Vec::new();
        for name in names.split(|b| *b == 0).filter(|n| !n.is_empty() && !private_xattr(n)) {
            shown.extend_from_slice(name);
            shown.push(0);
        }
        if size == 0 {
            return Ok(ListxattrReply::Count(shown.len() as u32));
        }
        if shown.len() > size as usize {
            return Err(errno(libc::ERANGE));
        }
        Ok(ListxattrReply::Names(shown))
    }

    fn removexattr(&self, _ctx: &Context, inode: u64, name: &CStr) -> io::Result<()> {
        if private_xattr(name.to_bytes()) {
            return Err(errno(libc::EPERM));
        }
        let path = self.path_of(inode)?;
        self.copy_up(&path)?;
        let fd = open_beneath(self.upper(), &path, OFlags::PATH)?;
        check(unsafe { libc::removexattr(fd_path(fd.as_fd()).as_ptr(), name.as_ptr()) })
    }

    fn opendir(&self, _ctx: &Context, inode: u64, _flags: u32) -> io::Result<(Option<u64>, OpenOptions)> {
        let path = self.path_of(inode)?;
        let mut entries = vec![(OsString::from("."), inode, libc::DT_DIR as u32), (OsString::from(".."), ROOT_INODE, libc::DT_DIR as u32)];
        entries.extend(self.list(&path)?);
        Ok((Some(self.add_handle(Handle::Dir(entries))), OpenOptions::empty()))
    }

    fn readdir(&self, _ctx: &Context, _inode: u64, handle: u64, _size: u32, offset: u64, add_entry: &mut dyn FnMut(DirEntry) -> io::Result<usize>) -> io::Result<()> {
        let h = self.handle(handle)?;
        let Handle::Dir(entries) = &*h else { return Err(errno(libc::ENOTDIR)) };
        for (i, (name, ino, kind)) in entries.iter().enumerate().skip(offset as usize) {
            let added = add_entry(DirEntry { ino: *ino, offset: i as u64 + 1, type_: *kind, name: name.as_bytes() })?;
            if added == 0 {
                break;
            }
        }
        Ok(())
    }

    fn fsyncdir(&self, _ctx: &Context, _inode: u64, _datasync: bool, _handle: u64) -> io::Result<()> {
        Ok(())
    }

    fn releasedir(&self, _ctx: &Context, _inode: u64, _flags: u32, handle: u64) -> io::Result<()> {
        self.handles.lock().unwrap().remove(&handle);
        Ok(())
    }

    fn lseek(&self, _ctx: &Context, _inode: u64, handle: u64, offset: u64, whence: u32) -> io::Result<u64> {
        let (_h, fd) = self.file_of(handle)?;
        let at = unsafe { libc::lseek(fd, offset as i64, whence as i32) };
        if at < 0 {
            return Err(io::Error::last_os_error());
        }
        Ok(at as u64)
    }
}

impl OverlayFs {
    /// Remove `path` (whose topmost copy is in layer `top`): from the upper
    /// layer if it is there, and hidden by a whiteout if a lower layer has it.
    fn remove(&self, path: &Path, top: usize, flags: i32) -> io::Result<()> {
        let (parent, name) = split(path);
        let in_lower = self.in_lower(path)?;
        let upper_parent = self.upper_dir(parent)?;
        if top == UPPER {
            let c_name = cstring(name.as_bytes())?;
            check(unsafe { libc::unlinkat(upper_parent.as_raw_fd(), c_name.as_ptr(), flags) })?;
        }
        if in_lower {
            self.make_whiteout(upper_parent.as_fd(), name)?;
        }
        self.forget_path(path);
        Ok(())
    }
}

/// Serve `fs` on the mounted FUSE connection `session` with `threads`
/// threads until it is unmounted.
pub fn serve(fs: OverlayFs, session: &fuse_backend_rs::transport::FuseSession, threads: usize) -> io::Result<()> {
    let server = Arc::new(fuse_backend_rs::api::server::Server::new(Arc::new(fs)));
    let mut workers = Vec::new();
    for _ in 0..threads.max(1) {
        let mut channel = session.new_channel().map_err(|e| io::Error::other(e.to_string()))?;
        let server = server.clone();
        workers.push(std::thread::spawn(move || {
            while let Ok(Some((reader, writer))) = channel.get_request() {
                if let Err(fuse_backend_rs::Error::EncodeMessage(_)) = server.handle_message(reader, writer.into(), None, None) {
                    break;
                }
            }
        }));
    }
    for worker in workers {
        let _ = worker.join();
    }
    Ok(())
}
