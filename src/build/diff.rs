//! Writing layer tars: the changes a RUN left in its overlay upper
//! directory, and the files a COPY adds.
//!
//! Layers are written as plain, uncompressed tars: skiff keeps every layer
//! unpacked and the blob only for export, so compressing here would cost
//! build time for nothing; compression belongs to pushing.
//!
//! Whiteouts go back to the OCI form: a 0/0 character device (kernel
//! overlayfs, fuse-overlayfs) or a `.wh.NAME` file (fuse-overlayfs without
//! device support) becomes a `.wh.NAME` entry, and a directory marked
//! opaque (`user.overlay.opaque` or `user.fuseoverlayfs.opaque` xattr, or a
//! `.wh..wh..opq` file) gets a `.wh..wh..opq` entry.

use crate::error::{Context, Result};
use crate::image::store::Staging;
use crate::image::LayerRecord;
use std::collections::HashMap;
use std::io::{Seek, Write};
use std::os::unix::fs::{FileTypeExt, MetadataExt};
use std::path::Path;

const WHITEOUT_PREFIX: &str = ".wh.";
const OPAQUE_MARKER: &str = ".wh..wh..opq";
const OPAQUE_XATTRS: [&str; 2] = ["user.overlay.opaque", "user.fuseoverlayfs.opaque"];

/// What the runtime itself puts into a container's root: the mount points
/// of /dev, /proc and /sys, of the generated /etc files and of
/// /run/.containerenv and /.dockerenv (and /run, made for it). Created
/// empty when the image lacks them, they are no change of the RUN's.
const RUNTIME_MOUNT_POINTS: &[&str] =
    &["dev", "proc", "sys", "etc/hosts", "etc/resolv.conf", "etc/hostname", "run", "run/.containerenv", ".dockerenv"];

/// Owner and mode overrides for copied files (COPY --chown, --chmod).
#[derive(Debug, Clone, Copy, Default)]
pub struct Overrides {
    pub owner: Option<(u32, u32)>,
    pub mode: Option<u32>,
}

pub struct LayerWriter<W: Write> {
    builder: tar::Builder<W>,
    /// (dev, inode) of files already written → their path in the tar.
    links: HashMap<(u64, u64), String>,
    /// Every entry's modification (and access, change) time, when set
    /// (`build --timestamp`): the same files give the same layer.
    pub mtime: Option<u64>,
}

impl<W: Write> LayerWriter<W> {
    pub fn new(out: W) -> LayerWriter<W> {
        let mut builder = tar::Builder::new(out);
        builder.mode(tar::HeaderMode::Complete);
        LayerWriter { builder, links: HashMap::new(), mtime: None }
    }

    pub fn finish(self) -> Result<W> {
        self.builder.into_inner().context(|| "write layer".into())
    }

    /// Add the file at `host` (not followed if a symlink) as `name`; for a
    /// directory, only the directory entry itself.
    pub fn add(&mut self, name: &str, host: &Path, overrides: Overrides) -> Result<()> {
        let md = std::fs::symlink_metadata(host).context(|| format!("stat {}", host.display()))?;
        let mut header = tar::Header::new_gnu();
        header.set_metadata_in_mode(&md, tar::HeaderMode::Complete);
        let (uid, gid) = overrides.owner.unwrap_or((md.uid(), md.gid()));
        header.set_uid(uid.into());
        header.set_gid(gid.into());
        if let Some(mode) = overrides.mode {
            header.set_mode(mode);
        }
        self.stamp(&mut header);
        let ft = md.file_type();
        if ft.is_file() && md.nlink() > 1 {
            if let Some(first) = self.links.get(&(md.dev(), md.ino())) {
                header.set_entry_type(tar::EntryType::Link);
                header.set_size(0);
                let first = first.clone();
                return self.builder.append_link(&mut header, name, first).context(|| format!("write {name}"));
            }
            self.links.insert((md.dev(), md.ino()), name.to_string());
        }
        let result = if ft.is_dir() {
            header.set_size(0);
            self.builder.append_data(&mut header, format!("{name}/"), std::io::empty())
        } else if ft.is_symlink() {
            header.set_size(0);
            let target = std::fs::read_link(host).context(|| format!("read link {}", host.display()))?;
            self.builder.append_link(&mut header, name, target)
        } else if ft.is_file() {
            let file = std::fs::File::open(host).context(|| format!("open {}", host.display()))?;
            self.builder.append_data(&mut header, name, file)
        } else if ft.is_fifo() {
            header.set_size(0);
            self.builder.append_data(&mut header, name, std::io::empty())
        } else {
            // Sockets cannot be stored; device nodes cannot be made rootless.
            return Ok(());
        };
        result.context(|| format!("write {name}"))
    }

    /// Add the entries of the tar stream `archive` below `prefix` (ADD).
    pub fn add_archive(&mut self, prefix: &str, archive: impl std::io::Read, overrides: Overrides) -> Result<()> {
        let mut archive = tar::Archive::new(archive);
        for entry in archive.entries().map_err(|e| crate::image::layer::tar_error("read archive", e))? {
            let mut entry = entry.map_err(|e| crate::image::layer::tar_error("read archive", e))?;
            let inner = String::from_utf8_lossy(&entry.path_bytes()).into_owned();
            let name = prefixed(prefix, &inner);
            let mut header = entry.header().clone();
            if let Some((uid, gid)) = overrides.owner {
                header.set_uid(uid.into());
                header.set_gid(gid.into());
            }
            if let Some(mode) = overrides.mode {
                header.set_mode(mode);
            }
            self.stamp(&mut header);
            let result = match entry.link_name().context(|| format!("archive entry {inner}"))? {
                Some(target) if header.entry_type() == tar::EntryType::Link => {
                    let target = prefixed(prefix, &target.to_string_lossy());
                    self.builder.append_link(&mut header, &name, target)
                }
                Some(target) => {
                    let target = target.into_owned();
                    self.builder.append_link(&mut header, &name, target)
                }
                None => self.builder.append_data(&mut header, &name, &mut entry),
            };
            result.context(|| format!("write {name}"))?;
        }
        Ok(())
    }

    /// Give the entry the writer's fixed time, if it has one.
    fn stamp(&self, header: &mut tar::Header) {
        let Some(time) = self.mtime else { return };
        header.set_mtime(time);
        if let Some(gnu) = header.as_gnu_mut() {
            gnu.set_atime(time);
            gnu.set_ctime(time);
        }
    }

    /// An empty whiteout entry `name` (".wh.X" or ".wh..wh..opq").
    fn whiteout(&mut self, name: &str) -> Result<()> {
        self.empty_entry(name, tar::EntryType::Regular, 0o644)
    }

    /// A directory entry owned by root, mode 0755, for a parent directory
    /// the image does not have yet.
    pub fn directory(&mut self, name: &str) -> Result<()> {
        self.empty_entry(&format!("{name}/"), tar::EntryType::Directory, 0o755)
    }

    /// An entry without content, owned by root, dated 1970 so that layers
    /// are reproducible.
    fn empty_entry(&mut self, name: &str, kind: tar::EntryType, mode: u32) -> Result<()> {
        let mut header = tar::Header::new_gnu();
        header.set_entry_type(kind);
        header.set_mode(mode);
        header.set_uid(0);
        header.set_gid(0);
        header.set_size(0);
        header.set_mtime(0);
        self.builder.append_data(&mut header, name, std::io::empty()).context(|| format!("write {name}"))
    }

    /// Add the changes in overlay upper directory `upper`, with whiteouts.
    pub fn add_upper(&mut self, upper: &Path) -> Result<()> {
        self.add_upper_dir(upper, "")
    }

    /// Add the union of the unpacked layer directories `layers` (lowest
    /// first) as one layer: each path as the highest layer that has it
    /// shows it. With `keep_whiteouts`, deletions of what lies below the
    /// lowest layer stay, as whiteouts and opaque markers; without (nothing
    /// lies below), they go.
    pub fn add_squashed(&mut self, layers: &[std::path::PathBuf], keep_whiteouts: bool) -> Result<()> {
        let top_first: Vec<&Path> = layers.iter().rev().map(|p| p.as_path()).collect();
        self.add_squashed_dir(&top_first, "", keep_whiteouts)
    }

    fn add_squashed_dir(&mut self, dirs: &[&Path], prefix: &str, keep_whiteouts: bool) -> Result<()> {
        let mut names = std::collections::BTreeSet::new();
        for dir in dirs {
            names.extend(sorted_entries(dir)?.into_iter().map(|(name, _)| name));
        }
        for name in names {
            let rel = join(prefix, &name);
            let found: Vec<(std::path::PathBuf, std::fs::Metadata)> =
                dirs.iter().filter_map(|dir| std::fs::symlink_metadata(dir.join(&name)).ok().map(|md| (dir.join(&name), md))).collect();
            let (path, md) = &found[0];
            if md.file_type().is_char_device() && md.rdev() == 0 {
                if keep_whiteouts {
                    self.whiteout(&join(prefix, &format!("{WHITEOUT_PREFIX}{name}")))?;
                }
                continue;
            }
            self.add(&rel, path, Overrides::default())?;
            if !md.is_dir() {
                continue;
            }
            // The directories below merge in, down to the first opaque one or
            // anything else (a file, a whiteout), which hid what was below it.
            let mut merged = Vec::new();
            let mut hides_below = false;
            for (path, md) in &found {
                if !md.is_dir() {
                    hides_below = true;
                    break;
                }
                merged.push(path.as_path());
                if is_opaque(path) {
                    hides_below = true;
                    break;
                }
            }
            if hides_below && keep_whiteouts {
                self.whiteout(&join(&rel, OPAQUE_MARKER))?;
            }
            self.add_squashed_dir(&merged, &rel, keep_whiteouts)?;
        }
        Ok(())
    }

    fn add_upper_dir(&mut self, dir: &Path, prefix: &str) -> Result<()> {
        for (name, path) in sorted_entries(dir)? {
            let rel = join(prefix, &name);
            let md = std::fs::symlink_metadata(&path).context(|| format!("stat {}", path.display()))?;
            if is_bare_mount_point(&rel, &path, &md) {
                continue;
            }
            if md.file_type().is_char_device() && md.rdev() == 0 {
                self.whiteout(&join(prefix, &format!("{WHITEOUT_PREFIX}{name}")))?;
                continue;
            }
            if name.starts_with(WHITEOUT_PREFIX) {
                // fuse-overlayfs's file form of whiteouts and opaque markers.
                self.whiteout(&rel)?;
                continue;
            }
            self.add(&rel, &path, Overrides::default())?;
            if md.is_dir() {
                if is_opaque(&path) {
                    self.whiteout(&join(&rel, OPAQUE_MARKER))?;
                }
                self.add_upper_dir(&path, &rel)?;
            }
        }
        Ok(())
    }
}

/// Write a layer tar with `fill` into a file in `dir` (created if needed)
/// and stage it; the file is removed once the layer is unpacked.
pub fn stage_layer(staging: &mut Staging, dir: &Path, fill: impl FnOnce(&mut LayerWriter<std::io::BufWriter<std::fs::File>>) -> Result<()>) -> Result<LayerRecord> {
    std::fs::create_dir_all(dir).context(|| format!("create {}", dir.display()))?;
    // Removed when dropped, on every way out: a failed write (a full disk)
    // must not leave a half-written tar behind.
    let tar = tempfile::Builder::new().prefix("layer-").suffix(".tar").tempfile_in(dir).context(|| format!("create a layer tar in {}", dir.display()))?;
    let written = (|| {
        let mut writer = LayerWriter::new(std::io::BufWriter::new(tar.reopen()?));
        fill(&mut writer)?;
        let mut file = writer.finish()?.into_inner().map_err(|e| crate::err!("write layer: {}", e.error()))?;
        file.flush()?;
        file.rewind()?;
        Ok(file)
    })()
    .map_err(|e: crate::error::Error| e.on_file_system(dir))?;
    staging.add_layer(written, None)
}

/// `inner` (an archive path, maybe "./x" or "/x") below `prefix`.
fn prefixed(prefix: &str, inner: &str) -> String {
    let parts = super::context::split_path(inner);
    join(prefix, &parts.join("/"))
}

fn join(prefix: &str, name: &str) -> String {
    if prefix.is_empty() {
        name.to_string()
    } else {
        format!("{prefix}/{name}")
    }
}

/// A runtime mount point as the runtime made it: an empty file, or a
/// directory holding nothing but such mount points.
fn is_bare_mount_point(rel: &str, path: &Path, md: &std::fs::Metadata) -> bool {
    RUNTIME_MOUNT_POINTS.contains(&rel)
        && ((md.is_file() && md.size() == 0)
            || (md.is_dir()
                && std::fs::read_dir(path).is_ok_and(|entries| {
                    entries.into_iter().all(|entry| {
                        entry.is_ok_and(|e| {
                            let child = join(rel, &e.file_name().to_string_lossy());
                            std::fs::symlink_metadata(e.path()).is_ok_and(|m| is_bare_mount_point(&child, &e.path(), &m))
                        })
                    })
                })))
}

pub(super) fn is_opaque(dir: &Path) -> bool {
    OPAQUE_XATTRS.iter().any(|name| matches!(xattr_value(dir, name), Some(v) if v == b"y"))
}

fn xattr_value(path: &Path, name: &str) -> Option<Vec<u8>> {
    let mut buf = [0u8; 8];
    let n = rustix::fs::lgetxattr(path, name, &mut buf).ok()?;
    Some(buf[..n].to_vec())
}

/// Directory entries as (name, path), sorted so that layers are reproducible.
/// Names that are not UTF-8 are refused: tar paths here are strings.
pub fn sorted_entries(dir: &Path) -> Result<Vec<(String, std::path::PathBuf)>> {
    let mut entries = Vec::new();
    for entry in std::fs::read_dir(dir).context(|| format!("read {}", dir.display()))? {
        let entry = entry.context(|| format!("read {}", dir.display()))?;
        let name = entry.file_name().into_string().map_err(|n| crate::err!("file name {n:?} is not UTF-8"))?;
        entries.push((name, entry.path()));
    }
    entries.sort();
    Ok(entries)
}
