//! `skiff cp`: copy files between a container and the host, both ways, as
//! tar streams; `-` reads or writes the tar stream itself.
//!
//! A running container's root is reached through /proc/PID/root from its
//! user namespace; a stopped one's is mounted in a private mount namespace.
//! Either way every path in it resolves inside that root (see
//! container::copy), so no symlink in the container reaches the host.

use super::Context;
use crate::cli::CpArgs;
use crate::container::copy::{self, Top};
use crate::container::{ContainerRecord, ContainerStore};
use crate::error::{Context as _, Result};
use rustix::fs::{Mode, OFlags};
use std::ffi::OsString;
use std::os::fd::OwnedFd;
use std::path::{Path, PathBuf};

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

pub fn run(ctx: &Context, args: CpArgs) -> Result<i32> {
    let store = ContainerStore::open(&ctx.paths);
    match (parse_location(&args.source), parse_location(&args.destination)) {
        (Location::Container { key, path }, to @ (Location::Host(_) | Location::Stream)) => {
            let record = store.lookup(&key).map_err(|e| crate::err!("{}", e.message))?;
            let path = absolute_in(&record, &path);
            // The host side first: its checks must not wait for the container.
            let destination = match to {
                Location::Host(dest) => Some(host_destination(&dest)?),
                _ => None,
            };
            let running = store.live_pid(&record.id).is_some();
            let root = copy::container_root(&ctx.paths, &store, &record)?;
            if let (true, Some(keep_id)) = (running, &record.config.userns_mappings) {
                // Joined as the container's root, which is not the user on the host.
                keep_id.create_files_as_user()?;
            }
            if !copy::exists_in_root(&root, &path) {
                return Err(crate::err!("{path:?} could not be found on container {key}: no such file or directory"));
            }
            let name = top_name(&path);
            match destination {
                None => copy::archive(&root, &path, &name, std::io::stdout().lock()),
                Some((host_root, top)) => pipe_through(|w| copy::archive(&root, &path, &name, w), |r| copy::extract(&host_root, "", &top, r)),
            }?;
        }
        (from @ (Location::Host(_) | Location::Stream), Location::Container { key, path }) => {
            let record = store.lookup(&key).map_err(|e| crate::err!("{}", e.message))?;
            let path = absolute_in(&record, &path);
            let source = match from {
                Location::Host(src) => Some(host_source(&src)?),
                _ => None,
            };
            let root = copy::container_root(&ctx.paths, &store, &record)?;
            let (base, top) = if copy::is_dir_in_root(&root, &path) {
                (path.clone(), Top::Keep)
            } else if source.is_none() {
                return Err(crate::err!("{path:?} is not a directory in container {key}: a tar stream is extracted into a directory"));
            } else {
                let p = Path::new(&path);
                let parent = p.parent().map(|p| p.to_string_lossy().into_owned()).unwrap_or_else(|| "/".into());
                if !copy::is_dir_in_root(&root, &parent) {
                    return Err(crate::err!("{parent:?} could not be found on container {key}: no such directory"));
                }
                (parent, Top::Rename(top_name(&path)))
            };
            match source {
                None => copy::extract(&root, &base, &top, std::io::stdin().lock()),
                Some((host_root, rel, name)) => {
                    pipe_through(|w| copy::archive(&host_root, &rel, &name, w), |r| copy::extract(&root, &base, &top, r))
                }
            }?;
        }
        (Location::Container { .. }, Location::Container { .. }) => {
            return Err(crate::err!("copying between containers is not supported: copy to the host first"))
        }
        _ => return Err(crate::err!("one of SRC and DEST must be a container path, CONTAINER:PATH")),
    }
    Ok(0)
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
    std::fs::symlink_metadata(src).map_err(|e| crate::err!("{}: {e}", src.display()))?;
    let text = src.to_string_lossy();
    let name = top_name(&text);
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
        // The producer's error explains a consumer's broken stream.
        produced.and(consumed)
    })
}
