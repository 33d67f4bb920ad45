//! Tar streams out of and into a directory tree confined to a root
//! directory: what `skiff cp` moves between a container and the host.
//!
//! Paths are resolved with openat2(RESOLVE_IN_ROOT) against the root, and
//! every entry below is opened relative to its real parent directory with
//! O_NOFOLLOW: a symlink in the tree (say /evil -> /etc, or ../../..) is
//! resolved inside the root, or copied as a link, never followed out.

use super::{ContainerRecord, ContainerStore};
use crate::error::{Context, Result};
use crate::paths::Paths;
use crate::runtime::userns;
use crate::storage::driver;
use crate::runtime::rootfs::dir_in_root;
use rustix::fs::{AtFlags, FileType, Gid, Mode, OFlags, ResolveFlags, Uid};
use std::ffi::{OsStr, OsString};
use std::io::{Read, Write};
use std::os::fd::{AsRawFd, OwnedFd};
use crate::sys::process::{start_in_child, ChildWork};
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};

/// What the top entry of an extracted archive becomes.
pub enum Top {
    /// Extract into the base directory as named in the archive.
    Keep,
    /// Rename the top entry (docker's `cp SRC NEW-NAME`).
    Rename(OsString),
}

/// Who owns what an extraction creates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Owner {
    /// Whoever creates it: root of the container's user namespace in a
    /// container, the caller on the host (docker's cp without -a).
    Creator,
    /// The uid and gid each tar entry carries (podman's --archive=false,
    /// docker's -a).
    FromArchive,
    /// The container's user, its USER or --user (podman's --archive, its
    /// default).
    ContainerUser,
}

/// How `skiff cp` and `compose cp` copy.
#[derive(Debug, Clone, Copy)]
pub struct CopyOptions {
    /// Who owns what is copied into a container; copies to the host
    /// belong to the caller whatever this says, as in podman.
    pub owner: Owner,
    /// A directory may replace a non-directory and back (--overwrite).
    pub overwrite: bool,
}

fn in_root() -> ResolveFlags {
    ResolveFlags::IN_ROOT | ResolveFlags::NO_MAGICLINKS
}

/// Open directory `rel` below `root`, resolving symlinks inside the root.
pub fn open_dir_in_root(root: &OwnedFd, rel: &str) -> rustix::io::Result<OwnedFd> {
    let rel = rel.trim_start_matches('/');
    let rel = if rel.is_empty() { "." } else { rel };
    crate::sys::fs::openat2(root, rel, OFlags::RDONLY | OFlags::DIRECTORY | OFlags::CLOEXEC, Mode::empty(), in_root())
}

/// `rel`'s parent directory (resolved in the root) and its last component
/// ("." for the root itself).
fn parent_and_name(root: &OwnedFd, rel: &str) -> rustix::io::Result<(OwnedFd, OsString)> {
    let path = Path::new(rel.trim_start_matches('/'));
    match (path.parent(), path.file_name()) {
        (Some(parent), Some(name)) => Ok((open_dir_in_root(root, &parent.to_string_lossy())?, name.to_os_string())),
        _ => Ok((open_dir_in_root(root, rel)?, OsString::from("."))),
    }
}

/// Whether `rel` is an existing directory (symlinks resolved in the root).
pub fn is_dir_in_root(root: &OwnedFd, rel: &str) -> bool {
    open_dir_in_root(root, rel).is_ok()
}

/// Whether `rel` exists (a dangling symlink counts).
pub fn exists_in_root(root: &OwnedFd, rel: &str) -> bool {
    parent_and_name(root, rel).map(|(dir, name)| rustix::fs::statat(&dir, &name, AtFlags::SYMLINK_NOFOLLOW).is_ok()).unwrap_or(false)
}

/// The container's root directory. Must run while skiff is single-threaded
/// (it may join or create namespaces).
pub fn container_root(paths: &Paths, store: &ContainerStore, record: &ContainerRecord) -> Result<OwnedFd> {
    if let Some(pid) = store.live_pid(&record.id) {
        // Root in the container's own user namespace may look into it.
        userns::join_user_namespace(pid)?;
        let path = format!("/proc/{pid}/root");
        return rustix::fs::open(path.as_str(), OFlags::PATH | OFlags::DIRECTORY | OFlags::CLOEXEC, Mode::empty())
            .context(|| format!("open the root of container {}", record.name));
    }
    userns::enter_if_rootless()?;
    // A mount namespace of our own, so the mount vanishes when skiff exits.
    userns::private_mount_namespace()?;
    let (driver, layout) = super::root_mount::rootfs_layout(paths, store, record)?;
    driver::mount_rootfs(driver, &layout)?;
    rustix::fs::open(&layout.merged, OFlags::PATH | OFlags::DIRECTORY | OFlags::CLOEXEC, Mode::empty())
        .context(|| format!("open {}", layout.merged.display()))
}

/// `rel` with symlinks in its last component followed, as podman's cp
/// follows a source that is a symlink; every step resolves in the root.
fn follow_last_symlinks(root: &OwnedFd, rel: &str) -> Result<String> {
    let mut rel = rel.to_string();
    // The kernel's limit on symlinks in one lookup.
    for _ in 0..40 {
        let (parent, name) = parent_and_name(root, &rel).map_err(|e| crate::err!("{rel}: {e}"))?;
        let Ok(target) = rustix::fs::readlinkat(&parent, &name, Vec::new()) else { return Ok(rel) };
        let target = target.to_string_lossy().into_owned();
        rel = if target.starts_with('/') {
            target
        } else {
            Path::new(&rel).parent().unwrap_or(Path::new("/")).join(target).to_string_lossy().into_owned()
        };
    }
    Err(crate::err!("{rel}: too many levels of symbolic links"))
}

/// What `stat` tells of a path in a container (the API's
/// X-Docker-Container-Path-Stat).
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct PathStat {
    pub name: String,
    pub size: u64,
    /// st_mode: file type and permission bits.
    pub mode: u32,
    pub mtime: i64,
    /// The target of a symlink, resolved in the root; empty otherwise.
    pub link_target: String,
}

/// Stat `rel` below `root` without following a last symlink; its target
/// as the root resolves it. A missing path is an error with code 1.
pub fn stat(root: &OwnedFd, rel: &str) -> Result<PathStat> {
    let missing = |e: rustix::io::Errno| crate::error::Error::with_code(1, format!("Could not find the file {rel} in container: {e}"));
    let (parent, name) = parent_and_name(root, rel).map_err(missing)?;
    let st = rustix::fs::statat(&parent, &name, AtFlags::SYMLINK_NOFOLLOW).map_err(missing)?;
    let link_target = if FileType::from_raw_mode(st.st_mode) == FileType::Symlink { follow_last_symlinks(root, rel)? } else { String::new() };
    let name = if name == "." { "/".to_string() } else { name.to_string_lossy().into_owned() };
    Ok(PathStat { name, size: st.st_size as u64, mode: st.st_mode, mtime: st.st_mtime, link_target })
}

/// Write `rel` (a file or a directory tree; a symlink is followed inside
/// the root) below `root` as a tar stream whose top entry is named `name`.
pub fn archive(root: &OwnedFd, rel: &str, name: &OsStr, out: impl Write) -> Result<()> {
    let rel = follow_last_symlinks(root, rel)?;
    let (parent, last) = parent_and_name(root, &rel).map_err(|e| crate::err!("{rel}: {e}"))?;
    let mut builder = tar::Builder::new(out);
    append(&mut builder, &parent, &last, Path::new(name), None)?;
    builder.into_inner().context(|| "write the tar stream".into())?.flush().context(|| "write the tar stream".into())
}

/// Write the whole tree below `root` as a tar stream, entries named
/// relative to it (`skiff export`). What is mounted in it (/proc, volumes)
/// is left out: its mount points are archived empty.
pub fn archive_root(root: &OwnedFd, out: impl Write) -> Result<()> {
    let dir = open_dir_in_root(root, "/").context(|| "open the container's root".into())?;
    let device = rustix::fs::fstat(&dir).context(|| "stat the container's root".into())?.st_dev;
    let mut builder = tar::Builder::new(out);
    for child in sorted_entries(&dir, Path::new("/"))? {
        append(&mut builder, &dir, &child, Path::new(&child), Some(device))?;
    }
    builder.into_inner().context(|| "write the tar stream".into())?.flush().context(|| "write the tar stream".into())
}

fn sorted_entries(dir: &OwnedFd, path: &Path) -> Result<Vec<OsString>> {
    let mut names: Vec<OsString> = rustix::fs::Dir::read_from(dir)
        .context(|| format!("read {}", path.display()))?
        .filter_map(|e| e.ok())
        .map(|e| OsStr::from_bytes(e.file_name().to_bytes()).to_os_string())
        .filter(|n| n != "." && n != "..")
        .collect();
    names.sort();
    Ok(names)
}

/// Append `name` in `parent` as `path`, with what is below it. With
/// `device`, what lies on another filesystem is not descended into.
fn append(builder: &mut tar::Builder<impl Write>, parent: &OwnedFd, name: &OsStr, path: &Path, device: Option<u64>) -> Result<()> {
    let st = rustix::fs::statat(parent, name, AtFlags::SYMLINK_NOFOLLOW).context(|| format!("stat {}", path.display()))?;
    let other_filesystem = device.is_some_and(|d| d != st.st_dev);
    let mut header = tar::Header::new_gnu();
    header.set_mode(st.st_mode & 0o7777);
    header.set_uid(st.st_uid.into());
    header.set_gid(st.st_gid.into());
    header.set_mtime(st.st_mtime.max(0) as u64);
    header.set_size(0);
    let nofollow = OFlags::NOFOLLOW | OFlags::CLOEXEC;
    match FileType::from_raw_mode(st.st_mode) {
        FileType::Directory => {
            header.set_entry_type(tar::EntryType::Directory);
            builder.append_data(&mut header, path, std::io::empty()).context(|| format!("archive {}", path.display()))?;
            if other_filesystem {
                return Ok(());
            }
            let dir = rustix::fs::openat(parent, name, OFlags::RDONLY | OFlags::DIRECTORY | nofollow, Mode::empty())
                .context(|| format!("open {}", path.display()))?;
            for child in sorted_entries(&dir, path)? {
                append(builder, &dir, &child, &path.join(&child), device)?;
            }
        }
        _ if other_filesystem => {}
        FileType::RegularFile => {
            let file = rustix::fs::openat(parent, name, OFlags::RDONLY | nofollow, Mode::empty())
                .context(|| format!("open {}", path.display()))?;
            header.set_entry_type(tar::EntryType::Regular);
            header.set_size(st.st_size as u64);
            builder.append_data(&mut header, path, std::fs::File::from(file)).context(|| format!("archive {}", path.display()))?;
        }
        FileType::Symlink => {
            let target = rustix::fs::readlinkat(parent, name, Vec::new()).context(|| format!("read link {}", path.display()))?;
            header.set_entry_type(tar::EntryType::Symlink);
            builder
                .append_link(&mut header, path, OsStr::from_bytes(target.as_bytes()))
                .context(|| format!("archive {}", path.display()))?;
        }
        // Devices, fifos and sockets are not copied.
        _ => {}
    }
    Ok(())
}

/// Who owns what `extract` creates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExtractOwner {
    /// Whoever creates it.
    Creator,
    /// The uid and gid each tar entry carries.
    FromArchive,
    /// One uid and gid for every entry.
    Ids(u32, u32),
}

/// Unpack a tar stream into directory `base` below `root`. Entries never
/// leave the root: `..` is refused, and each is created relative to its
/// parent directory, resolved in the root. A directory replaces a
/// non-directory, or the other way round, only with `overwrite` (podman's
/// `cp --overwrite`; the API's noOverwriteDirNonDir=false).
/// `owner` says who owns what is created.
pub fn extract(root: &OwnedFd, base: &str, top: &Top, overwrite: bool, owner: ExtractOwner, input: impl Read) -> Result<()> {
    let mut archive = tar::Archive::new(input);
    for entry in archive.entries().context(|| "read the tar stream".into())? {
        let mut entry = entry.context(|| "read the tar stream".into())?;
        let raw = entry.path_bytes().into_owned();
        let mut parts: Vec<&[u8]> = raw.split(|b| *b == b'/').filter(|p| !p.is_empty()).collect();
        if let (Top::Rename(new), Some(first)) = (top, parts.first_mut()) {
            *first = new.as_bytes();
        }
        parts.retain(|p| *p != b".");
        if parts.contains(&&b".."[..]) {
            return Err(crate::err!("the tar entry {:?} leaves the destination", String::from_utf8_lossy(&raw)));
        }
        let mut rel = PathBuf::from(base.trim_start_matches('/'));
        rel.extend(parts.iter().map(|p| OsStr::from_bytes(p)));
        let (Some(parent), Some(name)) = (rel.parent(), rel.file_name()) else {
            continue; // the base directory itself
        };
        let parent = dir_in_root(root, &parent.to_string_lossy())?;
        let dir = rustix::fs::openat(parent.fd(), ".", OFlags::RDONLY | OFlags::DIRECTORY | OFlags::CLOEXEC, Mode::empty())
            .context(|| format!("open {}", rel.display()))?;
        let mode = Mode::from_raw_mode(entry.header().mode().unwrap_or(0o644) & 0o7777);
        let shown = rel.display();
        let existing = rustix::fs::statat(&dir, name, AtFlags::SYMLINK_NOFOLLOW).ok().map(|st| FileType::from_raw_mode(st.st_mode));
        let entry_type = entry.header().entry_type();
        let is_directory = entry_type == tar::EntryType::Directory;
        let created = is_directory || matches!(entry_type, tar::EntryType::Regular | tar::EntryType::Continuous | tar::EntryType::Symlink);
        if let Some(kind) = existing.filter(|kind| created && (*kind == FileType::Directory) != is_directory) {
            let (old, new) = if is_directory { ("non-directory", "directory") } else { ("directory", "non-directory") };
            if !overwrite {
                return Err(crate::err!("cannot overwrite {old} /{shown} with a {new}: use --overwrite to allow it"));
            }
            remove_at(&dir, name, kind).context(|| format!("remove /{shown} to overwrite it"))?;
        }
        let ids = match owner {
            ExtractOwner::Creator => None,
            ExtractOwner::Ids(uid, gid) => Some((uid, gid)),
            ExtractOwner::FromArchive => {
                // -1 is chown's "leave it", not an id.
                let id = |id: std::io::Result<u64>| id.ok().and_then(|id| u32::try_from(id).ok()).filter(|id| *id != u32::MAX);
                let header = entry.header();
                Some(id(header.uid()).zip(id(header.gid())).ok_or_else(|| crate::err!("the tar entry /{shown} has no valid owner"))?)
            }
        };
        let chown_at = |dir: &OwnedFd| match ids {
            Some((uid, gid)) => rustix::fs::chownat(dir, name, Some(Uid::from_raw(uid)), Some(Gid::from_raw(gid)), AtFlags::SYMLINK_NOFOLLOW)
                .map_err(|e| crate::err!("set the owner of /{shown} to {uid}:{gid}: {e}")),
            None => Ok(()),
        };
        match entry.header().entry_type() {
            tar::EntryType::Directory => match rustix::fs::mkdirat(&dir, name, mode) {
                Ok(()) => chown_at(&dir)?,
                // An existing directory (or a symlink to one) keeps its owner, as in podman.
                Err(rustix::io::Errno::EXIST) => {}
                Err(e) => return Err(crate::err!("create /{shown}: {e}")),
            },
            tar::EntryType::Regular | tar::EntryType::Continuous => {
                replace_non_directory(&dir, name)?;
                let file = rustix::fs::openat(&dir, name, OFlags::WRONLY | OFlags::CREATE | OFlags::TRUNC | OFlags::NOFOLLOW | OFlags::CLOEXEC, mode)
                    .context(|| format!("create /{shown}"))?;
                if let Some((uid, gid)) = ids {
                    // Before the mode: a change of owner clears the setuid and setgid bits.
                    rustix::fs::fchown(&file, Some(Uid::from_raw(uid)), Some(Gid::from_raw(gid)))
                        .map_err(|e| crate::err!("set the owner of /{shown} to {uid}:{gid}: {e}"))?;
                }
                rustix::fs::fchmod(&file, mode).context(|| format!("chmod /{shown}"))?;
                std::io::copy(&mut entry, &mut std::fs::File::from(file)).context(|| format!("write /{shown}"))?;
            }
            tar::EntryType::Symlink => {
                let target = entry.link_name_bytes().ok_or_else(|| crate::err!("the symlink {shown} has no target"))?.into_owned();
                replace_non_directory(&dir, name)?;
                rustix::fs::symlinkat(OsStr::from_bytes(&target), &dir, name).context(|| format!("create /{shown}"))?;
                chown_at(&dir)?;
            }
            tar::EntryType::Link => return Err(crate::err!("the tar entry {shown} is a hard link, which cp does not support")),
            // Devices, fifos and the like are skipped, as they are when archiving.
            _ => {}
        }
    }
    Ok(())
}

/// Remove `name` in `dir` (of file type `kind`), a directory with all
/// below it; symlinks are removed, never followed.
fn remove_at(dir: &OwnedFd, name: &OsStr, kind: FileType) -> rustix::io::Result<()> {
    if kind != FileType::Directory {
        return rustix::fs::unlinkat(dir, name, AtFlags::empty());
    }
    let inner = rustix::fs::openat(dir, name, OFlags::RDONLY | OFlags::DIRECTORY | OFlags::NOFOLLOW | OFlags::CLOEXEC, Mode::empty())?;
    let children: Vec<OsString> = rustix::fs::Dir::read_from(&inner)?
        .filter_map(|e| e.ok())
        .map(|e| OsStr::from_bytes(e.file_name().to_bytes()).to_os_string())
        .filter(|n| n != "." && n != "..")
        .collect();
    for child in children {
        let st = rustix::fs::statat(&inner, &child, AtFlags::SYMLINK_NOFOLLOW)?;
        remove_at(&inner, &child, FileType::from_raw_mode(st.st_mode))?;
    }
    rustix::fs::unlinkat(dir, name, AtFlags::REMOVEDIR)
}

/// Remove `rel` below `root`, a directory with all below it, as `rm -rf`
/// would: what is not there is no error. Symlinks are removed, never followed.
pub fn remove_in_root(root: &OwnedFd, rel: &str) -> Result<()> {
    if rel.trim_matches('/').is_empty() {
        return Err(crate::err!("refusing to remove the container's root directory"));
    }
    let Ok((dir, name)) = parent_and_name(root, rel) else { return Ok(()) };
    match rustix::fs::statat(&dir, &name, AtFlags::SYMLINK_NOFOLLOW) {
        Ok(st) => remove_at(&dir, &name, FileType::from_raw_mode(st.st_mode)).context(|| format!("remove {rel}")),
        Err(_) => Ok(()),
    }
}

/// Remove what is at `name` unless it is a directory, so that a file or
/// symlink takes its place (a symlink there is replaced, never followed).
fn replace_non_directory(dir: &OwnedFd, name: &OsStr) -> Result<()> {
    match rustix::fs::statat(dir, name, AtFlags::SYMLINK_NOFOLLOW) {
        Ok(st) if FileType::from_raw_mode(st.st_mode) != FileType::Directory => {
            rustix::fs::unlinkat(dir, name, AtFlags::empty()).context(|| format!("replace {}", name.to_string_lossy()))
        }
        _ => Ok(()),
    }
}

// Copies as `skiff cp` and `compose cp` name them. A running container's
// root is reached through /proc/PID/root from its user namespace; a
// stopped one's is mounted in a private mount namespace. Either way every
// path in it resolves inside that root, so no symlink in the container
// reaches the host.

/// One side of a copy.
enum Location {
    Container { key: String, path: String },
    Host(PathBuf),
    /// `-`: a tar stream on standard input or output.
    Stream,
}

fn parse_location(arg: &str) -> Location {
    if arg == "-" {
        return Location::Stream;
    }
    // CONTAINER:PATH; a host path with a colon starts with / or . to say so.
    match arg.split_once(':') {
        Some((key, path)) if !key.is_empty() && !key.starts_with(['/', '.']) => {
            Location::Container { key: key.to_string(), path: path.to_string() }
        }
        _ => Location::Host(PathBuf::from(arg)),
    }
}

/// Copy `source` to `destination` as `skiff cp` takes them: one of them
/// CONTAINER:PATH, the other a host path, or `-` for a tar stream read from
/// `stream_in` or written to `stream_out`.
pub fn copy_between(paths: &Paths, source: &str, destination: &str, options: CopyOptions, stream_in: &mut dyn Read, stream_out: &mut dyn Write) -> Result<()> {
    let store = ContainerStore::open(paths);
    let overwrite = options.overwrite;
    match (parse_location(source), parse_location(destination)) {
        (Location::Container { key, path }, to @ (Location::Host(_) | Location::Stream)) => {
            let record = store.lookup(&key).map_err(|e| crate::err!("{}", e.message))?;
            let path = absolute_in(&record, &path);
            // The host side first: its checks must not wait for the container.
            let destination = match to {
                Location::Host(dest) => Some(host_destination(&dest)?),
                _ => None,
            };
            let running = store.live_pid(&record.id).is_some();
            let (outside, destination) = match destination {
                Some((host_root, top)) if running && leaves_out_user(&record) => {
                    let consume = move |r: std::io::PipeReader| extract(&host_root, "", &top, overwrite, ExtractOwner::Creator, r);
                    (Some(host_side(|r, w| (w, r), consume)?), None)
                }
                destination => (None, destination),
            };
            let root = container_root(paths, &store, &record)?;
            if let (true, Some(keep_id)) = (running, record.config.id_mappings()) {
                // Joined as the container's root, which is not the user on the host.
                keep_id.create_files_as_user()?;
            }
            if !exists_in_root(&root, &path) {
                return Err(crate::err!("{path:?} could not be found on container {key}: no such file or directory"));
            }
            let name = top_name(&path);
            match (outside, destination) {
                (Some((host_side, w)), _) => finish_copy(archive(&root, &path, &name, w), host_side.wait()),
                (None, None) => archive(&root, &path, &name, stream_out),
                (None, Some((host_root, top))) => pipe_through(|w| archive(&root, &path, &name, w), |r| extract(&host_root, "", &top, overwrite, ExtractOwner::Creator, r)),
            }?;
        }
        (from @ (Location::Host(_) | Location::Stream), Location::Container { key, path }) => {
            let record = store.lookup(&key).map_err(|e| crate::err!("{}", e.message))?;
            let path = absolute_in(&record, &path);
            let source = match from {
                Location::Host(src) => Some(host_source(&src)?),
                _ => None,
            };
            let streamed = source.is_none();
            let running = store.live_pid(&record.id).is_some();
            let (outside, source) = match source {
                Some((host_root, rel, name)) if running && leaves_out_user(&record) => {
                    (Some(host_side(|r, w| (r, w), move |w: std::io::PipeWriter| archive(&host_root, &rel, &name, w))?), None)
                }
                source => (None, source),
            };
            let root = container_root(paths, &store, &record)?;
            let (base, top) = if is_dir_in_root(&root, &path) {
                (path.clone(), Top::Keep)
            } else if streamed {
                return Err(crate::err!("{path:?} is not a directory in container {key}: a tar stream is extracted into a directory"));
            } else {
                let p = Path::new(&path);
                let parent = p.parent().map(|p| p.to_string_lossy().into_owned()).unwrap_or_else(|| "/".into());
                if !is_dir_in_root(&root, &parent) {
                    return Err(crate::err!("{parent:?} could not be found on container {key}: no such directory"));
                }
                (parent, Top::Rename(top_name(&path)))
            };
            let owner = match options.owner {
                Owner::Creator => ExtractOwner::Creator,
                Owner::FromArchive => ExtractOwner::FromArchive,
                Owner::ContainerUser => {
                    let user = container_user(&root, &record)?;
                    ExtractOwner::Ids(user.uid, user.gid)
                }
            };
            match (outside, source) {
                (Some((host_side, r)), _) => {
                    let extracted = extract(&root, &base, &top, overwrite, owner, r);
                    finish_copy(host_side.wait(), extracted)
                }
                (None, None) => extract(&root, &base, &top, overwrite, owner, stream_in),
                (None, Some((host_root, rel, name))) => {
                    pipe_through(|w| archive(&host_root, &rel, &name, w), |r| extract(&root, &base, &top, overwrite, owner, r))
                }
            }?;
        }
        (Location::Container { .. }, Location::Container { .. }) => {
            return Err(crate::err!("copying between containers is not supported: copy to the host first"))
        }
        _ => return Err(crate::err!("one of SRC and DEST must be a container path, CONTAINER:PATH")),
    }
    Ok(())
}

/// The container's user (its USER, or --user), resolved in its own
/// /etc/passwd and /etc/group: who owns what podman's cp --archive copies
/// into it.
fn container_user(root: &OwnedFd, record: &ContainerRecord) -> Result<crate::runtime::user::ResolvedUser> {
    let read = |rel: &str| {
        crate::sys::fs::openat2(root, rel, OFlags::RDONLY | OFlags::CLOEXEC, Mode::empty(), in_root())
            .ok()
            .and_then(|fd| std::io::read_to_string(std::fs::File::from(fd)).ok())
            .unwrap_or_default()
    };
    crate::runtime::user::resolve_with(&record.config.user, &read("etc/passwd"), &read("etc/group"))
}

/// A path in the container, relative ones taken from its working directory.
fn absolute_in(record: &ContainerRecord, path: &str) -> String {
    if path.starts_with('/') {
        path.to_string()
    } else {
        Path::new(&record.config.workdir).join(path).to_string_lossy().into_owned()
    }
}

/// What the copy is called at its destination when the destination is not
/// an existing directory: the source's last component ("." for `DIR/.`).
fn top_name(path: &str) -> OsString {
    if path.ends_with("/.") || path == "." {
        return ".".into();
    }
    Path::new(path).file_name().map(|n| n.to_os_string()).unwrap_or_else(|| ".".into())
}

/// Where a copy lands on the host: into DEST if it is a directory, else
/// DEST is the copy's new name in its (existing) parent directory.
fn host_destination(dest: &Path) -> Result<(OwnedFd, Top)> {
    let open = |dir: &Path| {
        rustix::fs::open(dir, OFlags::RDONLY | OFlags::DIRECTORY | OFlags::CLOEXEC, Mode::empty())
    };
    if let Ok(dir) = open(dest) {
        return Ok((dir, Top::Keep));
    }
    let name = dest.file_name().ok_or_else(|| crate::err!("invalid destination {}", dest.display()))?;
    let parent = match dest.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let dir = open(parent).map_err(|e| crate::err!("the destination directory {} cannot be used: {e}", parent.display()))?;
    Ok((dir, Top::Rename(name.to_os_string())))
}

/// A host source as (its parent directory, its name there, the name of the
/// copy's top entry).
fn host_source(src: &Path) -> Result<(OwnedFd, String, OsString)> {
    let metadata = std::fs::symlink_metadata(src).map_err(|e| crate::err!("{}: {e}", src.display()))?;
    let text = src.to_string_lossy();
    let name = top_name(&text);
    // A symlink on the host is followed as the host resolves it (the copy
    // keeps the link's name); `archive` would resolve it inside its parent.
    let resolved;
    let src = if metadata.file_type().is_symlink() {
        resolved = std::fs::canonicalize(src).map_err(|e| crate::err!("{}: {e}", src.display()))?;
        resolved.as_path()
    } else {
        src
    };
    let (parent, rel) = match (src.parent(), src.file_name()) {
        (Some(p), Some(n)) => (if p.as_os_str().is_empty() { Path::new(".") } else { p }, n.to_string_lossy().into_owned()),
        _ => (src, ".".to_string()),
    };
    let dir = rustix::fs::open(parent, OFlags::RDONLY | OFlags::DIRECTORY | OFlags::CLOEXEC, Mode::empty())
        .context(|| format!("open {}", parent.display()))?;
    Ok((dir, rel, name))
}

/// Run `produce` (writing a tar stream) on a thread while `consume` reads
/// it, so that nothing is held in memory.
fn pipe_through(
    produce: impl FnOnce(std::io::PipeWriter) -> Result<()> + Send,
    consume: impl FnOnce(std::io::PipeReader) -> Result<()>,
) -> Result<()> {
    let (reader, writer) = std::io::pipe().context(|| "pipe".into())?;
    std::thread::scope(|scope| {
        let producer = scope.spawn(move || produce(writer));
        let consumed = consume(reader);
        let produced = producer.join().unwrap_or_else(|_| Err(crate::err!("the archiving thread failed")));
        finish_copy(produced, consumed)
    })
}

/// The outcome of a copy from the ends of its pipe.
fn finish_copy(produced: Result<()>, consumed: Result<()>) -> Result<()> {
    match (produced, consumed) {
        // The consumer stopped first (a path it refused): its error
        // explains the producer's broken pipe.
        (Err(producer), Err(consumer)) if producer.message.contains("Broken pipe") => Err(consumer),
        // Otherwise the producer's error explains a consumer's broken stream.
        (produced, consumed) => produced.and(consumed),
    }
}

/// Whether the container's user namespace (its own or one it joined)
/// leaves out the user's ids (`nomap`, `auto`): from inside it, the user's files are
/// out of reach (an unmapped owner, a home of mode 0700), so the host's
/// side of a copy runs in a child forked before skiff joins the container
/// (`host_side`), the archive going through a pipe.
fn leaves_out_user(record: &ContainerRecord) -> bool {
    record.config.id_mappings().is_some_and(|maps| !maps.maps_user())
}

/// `work` (the host's side) in a child forked now, given its end of a
/// pipe; the other end comes back. `split` says which end is whose (the
/// writer ours when the child reads). Must be called while single-threaded.
fn host_side<Ours: AsRawFd, Theirs>(
    split: fn(std::io::PipeReader, std::io::PipeWriter) -> (Ours, Theirs),
    work: impl FnOnce(Theirs) -> Result<()>,
) -> Result<(ChildWork, Ours)> {
    let (reader, writer) = std::io::pipe().context(|| "pipe".into())?;
    let (ours, theirs) = split(reader, writer);
    let ours_in_child = ours.as_raw_fd();
    let child = start_in_child(move || {
        // The child's copy of our end, or the stream never ends.
        let _ = nix::unistd::close(ours_in_child);
        work(theirs)
    })?;
    Ok((child, ours))
}
