//! COPY: which files go where in the new layer, and a digest of their
//! content for the cache (names, types, owners, modes and bytes; not
//! times, so touching a file without changing it keeps the cache).

use super::context::{glob_match, has_wildcards, split_path};
use super::diff::{sorted_entries, LayerWriter, Overrides};
use crate::error::{Context, Result};
use crate::image::digest::HashingWriter;
use crate::image::compression;
use std::io::{Read, Write};
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};

/// One entry of the layer a COPY writes.
pub struct Planned {
    /// Path in the layer, without a leading '/'.
    name: String,
    /// The file to copy; None for a directory the image lacks.
    source: Option<PathBuf>,
    overrides: Overrides,
    /// ADD of a local tar archive: its entries go below `name`.
    unpack: bool,
}

/// Where a COPY reads from: the build context (minus ignored files) or
/// another stage's or image's root filesystem.
pub struct Source<'a> {
    pub root: &'a Path,
    pub ignored: &'a dyn Fn(&str) -> bool,
}

/// Plan copying `sources` (relative to the source root) to `dest` (an
/// absolute path) in the image whose root filesystem is at `target`. With
/// `unpack_archives` (ADD), tar archives (plain, gzip, zstd) are unpacked
/// into `dest` instead.
pub fn plan(from: &Source, sources: &[String], dest: &str, target: &Path, overrides: Overrides, unpack_archives: bool) -> Result<Vec<Planned>> {
    let mut matched: Vec<(String, PathBuf)> = Vec::new();
    let mut wildcard = false;
    for source in sources {
        let parts = split_path(source);
        if has_wildcards(source) {
            wildcard = true;
            let before = matched.len();
            walk(from, from.root, "", &mut |rel, path| {
                let rel_parts: Vec<&str> = rel.split('/').collect();
                if glob_match(&parts, &rel_parts) {
                    matched.push((rel.to_string(), path.to_path_buf()));
                }
            })?;
            if matched.len() == before {
                return Err(crate::err!("COPY: no files match {source:?}"));
            }
        } else {
            let rel = parts.join("/");
            let path = from.root.join(&rel);
            if std::fs::symlink_metadata(&path).is_err() || (!rel.is_empty() && (from.ignored)(&rel)) {
                return Err(crate::err!("COPY: {source:?}: no such file or directory"));
            }
            matched.push((rel, path));
        }
    }
    for (rel, path) in &matched {
        let resolved = std::fs::canonicalize(path).context(|| format!("COPY: {rel}"))?;
        if !resolved.starts_with(from.root) {
            return Err(crate::err!("COPY: {rel:?} is a link to outside of the source"));
        }
    }
    let several = matched.len() > 1 || wildcard;
    if several && !dest.ends_with('/') {
        return Err(crate::err!("COPY: with more than one source file, the destination {dest:?} must be a directory and end with a /"));
    }
    let dest_parts = split_path(dest);
    let dest_name = dest_parts.join("/");
    let into_dir = dest.ends_with('/')
        || several
        || target.join(&dest_name).is_dir()
        || matched.iter().any(|(_, p)| p.is_dir() || (unpack_archives && is_tar_archive(p)));

    let mut planned = Vec::new();
    let parents = if into_dir { dest_parts.len() } else { dest_parts.len().saturating_sub(1) };
    for n in 1..=parents {
        let name = dest_parts[..n].join("/");
        let existing = target.join(&name);
        match std::fs::symlink_metadata(&existing) {
            Ok(md) if md.is_dir() => planned.push(Planned { name, source: Some(existing), overrides: Overrides::default(), unpack: false }),
            Ok(_) => {}
            Err(_) => planned.push(Planned { name, source: None, overrides: Overrides::default(), unpack: false }),
        }
    }
    for (rel, path) in matched {
        if std::fs::symlink_metadata(&path)?.is_dir() {
            walk(from, &path, &rel, &mut |inner, file| {
                let below = inner.strip_prefix(&rel).unwrap_or(inner).trim_start_matches('/');
                planned.push(Planned { name: join(&dest_name, below), source: Some(file.to_path_buf()), overrides, unpack: false });
            })?;
        } else {
            let unpack = unpack_archives && is_tar_archive(&path);
            let name = if unpack {
                dest_name.clone()
            } else if into_dir {
                join(&dest_name, rel.rsplit('/').next().unwrap_or(&rel))
            } else {
                dest_name.clone()
            };
            planned.push(Planned { name, source: Some(path), overrides, unpack });
        }
    }
    Ok(planned)
}

/// Visit every entry below `dir` (whose context-relative path is `rel`),
/// parents first, skipping ignored ones.
fn walk(from: &Source, dir: &Path, rel: &str, visit: &mut dyn FnMut(&str, &Path)) -> Result<()> {
    for (name, path) in sorted_entries(dir)? {
        let child = join(rel, &name);
        if (from.ignored)(&child) {
            continue;
        }
        visit(&child, &path);
        if std::fs::symlink_metadata(&path).is_ok_and(|m| m.is_dir()) {
            walk(from, &path, &child, visit)?;
        }
    }
    Ok(())
}

/// Rebuild at `to` (an existing directory) what is below `dir` (whose
/// source path is `rel`) minus the ignored entries: directories made anew,
/// files hard-linked (copied across file systems), symbolic links again.
/// Other kinds of files are left out.
pub fn mirror(from: &Source, dir: &Path, rel: &str, to: &Path) -> Result<()> {
    use std::os::unix::fs::PermissionsExt;
    let mut failure = None;
    walk(from, dir, rel, &mut |inner, path| {
        if failure.is_some() {
            return;
        }
        let below = inner.strip_prefix(rel).unwrap_or(inner).trim_start_matches('/');
        let target = to.join(below);
        let made = std::fs::symlink_metadata(path).and_then(|md| {
            if md.is_dir() {
                std::fs::create_dir(&target)?;
                std::fs::set_permissions(&target, std::fs::Permissions::from_mode(md.mode() & 0o7777))
            } else if md.is_symlink() {
                std::os::unix::fs::symlink(std::fs::read_link(path)?, &target)
            } else if md.is_file() {
                std::fs::hard_link(path, &target).or_else(|_| std::fs::copy(path, &target).map(drop))
            } else {
                Ok(())
            }
        });
        if let Err(e) = made {
            failure = Some(crate::err!("{}: {e}", path.display()));
        }
    })?;
    failure.map_or(Ok(()), Err)
}

fn join(prefix: &str, name: &str) -> String {
    match (prefix.is_empty(), name.is_empty()) {
        (true, _) => name.to_string(),
        (_, true) => prefix.to_string(),
        _ => format!("{prefix}/{name}"),
    }
}

/// A digest of what the planned layer will hold, for the cache key.
pub fn content_digest(planned: &[Planned]) -> Result<String> {
    let mut hasher = HashingWriter::new(std::io::sink());
    for entry in planned {
        write!(hasher, "{}\0", entry.name)?;
        let Some(source) = &entry.source else {
            hasher.write_all(b"new directory\0")?;
            continue;
        };
        let md = std::fs::symlink_metadata(source).context(|| format!("stat {}", source.display()))?;
        let (uid, gid) = entry.overrides.owner.unwrap_or((md.uid(), md.gid()));
        let mode = entry.overrides.mode.unwrap_or(md.mode() & 0o7777);
        write!(hasher, "{:o} {uid} {gid} {:o}\0", md.mode() & 0o170000, mode)?;
        if md.is_file() {
            let mut file = std::fs::File::open(source).context(|| format!("open {}", source.display()))?;
            std::io::copy(&mut file, &mut hasher).context(|| format!("read {}", source.display()))?;
        } else if md.is_symlink() {
            hasher.write_all(std::fs::read_link(source)?.as_os_str().as_encoded_bytes())?;
        }
        hasher.write_all(b"\0")?;
    }
    Ok(hasher.finish().0)
}

/// Write the planned entries as a layer.
pub fn write<W: Write>(planned: &[Planned], layer: &mut LayerWriter<W>) -> Result<()> {
    for entry in planned {
        match &entry.source {
            Some(source) if entry.unpack => {
                let file = std::fs::File::open(source).context(|| format!("open {}", source.display()))?;
                let (_, tar) = compression::decompress(std::io::BufReader::new(file))?;
                layer.add_archive(&entry.name, tar, entry.overrides)?;
            }
            Some(source) => layer.add(&entry.name, source, entry.overrides)?,
            None => layer.directory(&entry.name)?,
        }
    }
    Ok(())
}

/// Whether `path` is a tar archive, maybe compressed: a ustar header in
/// its first (decompressed) block.
fn is_tar_archive(path: &Path) -> bool {
    let Ok(file) = std::fs::File::open(path) else { return false };
    let Ok((_, mut tar)) = compression::decompress(std::io::BufReader::new(file)) else { return false };
    let mut block = [0u8; 512];
    tar.read_exact(&mut block).is_ok() && block[257..262] == *b"ustar"
}
