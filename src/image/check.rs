//! Checking the image store against itself (`system check`): every blob
//! against its digest, every image's config and layers, every unpacked
//! layer against the tar it was unpacked from, and what nothing references.
//!
//! The blobs are the source of truth: a layer blob whose digest is right
//! is what the registry sent, and its tar says what the unpacked directory
//! must hold. So an unpacked layer is checked by reading its blob again and
//! comparing each entry's final state with what is on the disk.

use super::compression;
use super::digest::HashingReader;
use super::layer;
use super::store::{abandoned, referenced, remove_entry, ImageRecord, ImageStore, LayerRecord, TEMP_PREFIX};
use crate::error::{Context, Result};
use rustix::fd::OwnedFd;
use rustix::fs::{AtFlags, FileType, Mode, OFlags, ResolveFlags};
use rustix::io::Errno;
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, HashMap};
use std::io::{BufReader, Read};
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};

/// At most this many problems are named per layer: a deleted directory
/// would otherwise give one line per file below it.
const PROBLEMS_SHOWN_PER_LAYER: usize = 5;

/// An image that cannot be trusted, and why.
#[derive(Debug, Clone)]
pub struct DamagedImage {
    pub id: String,
    /// Its first name, or "" when it has none.
    pub name: String,
    /// One line each.
    pub problems: Vec<String>,
}

/// What the check of the image store found.
#[derive(Debug, Default)]
pub struct ImageCheck {
    pub damaged: Vec<DamagedImage>,
    /// Blobs and layers no image references, and temporary entries that
    /// killed processes left: garbage, removed by a repair.
    pub garbage: Vec<PathBuf>,
}

/// The state a layer's tar leaves one path in.
#[derive(Debug, Clone, PartialEq)]
enum Expected {
    Directory,
    File { size: u64, sha256: Option<[u8; 32]> },
    Symlink(PathBuf),
    Fifo,
    /// Only real root creates device nodes: a rootless unpacking skips them.
    Device,
    /// A `.wh.NAME` entry: a 0/0 character device NAME.
    Whiteout,
}

impl Expected {
    fn describe(&self) -> &'static str {
        match self {
            Expected::Directory => "a directory",
            Expected::File { .. } => "a regular file",
            Expected::Symlink(_) => "a symlink",
            Expected::Fifo => "a fifo",
            Expected::Device => "a device",
            Expected::Whiteout => "a whiteout",
        }
    }
}

fn describe_type(file_type: FileType) -> &'static str {
    match file_type {
        FileType::Directory => "a directory",
        FileType::RegularFile => "a regular file",
        FileType::Symlink => "a symlink",
        FileType::Fifo => "a fifo",
        FileType::CharacterDevice => "a character device",
        FileType::BlockDevice => "a block device",
        FileType::Socket => "a socket",
        FileType::Unknown => "an unknown kind of file",
    }
}

/// Read the layer tar `tar` and compare what it leaves with the unpacked
/// directory `root`: each path there, of the same kind, regular files of
/// the same size (and, with `contents`, the same bytes), symlinks with the
/// same target. Returns one line per difference. Paths are resolved inside
/// `root` as the unpacking did, so nothing outside it is ever read.
pub fn compare_layer_tree(tar: impl Read, root: &Path, contents: bool) -> Result<Vec<String>> {
    let expected = expected_tree(tar, contents)?;
    let root_fd = rustix::fs::open(root, OFlags::RDONLY | OFlags::DIRECTORY | OFlags::CLOEXEC, Mode::empty())
        .context(|| format!("open {}", root.display()))?;
    let mut problems = Vec::new();
    for (path, expected) in &expected {
        if let Some(problem) = compare_one(&root_fd, path, expected)? {
            problems.push(format!("{}: {problem}", path.display()));
        }
    }
    Ok(problems)
}

/// The final state of every path the tar names, applying its entries in
/// order as the unpacking does (a later entry replaces an earlier one).
fn expected_tree(mut tar: impl Read, contents: bool) -> Result<BTreeMap<PathBuf, Expected>> {
    let mut tree: BTreeMap<PathBuf, Expected> = BTreeMap::new();
    let mut archive = tar::Archive::new(&mut tar);
    for entry in archive.entries().map_err(|e| layer::tar_error("read layer", e))? {
        let mut entry = entry.map_err(|e| layer::tar_error("read layer", e))?;
        let path = layer::sanitize(&entry.path()?)?;
        let Some(name) = path.file_name().map(|n| n.to_os_string()) else { continue };
        let parent = path.parent().unwrap_or(Path::new("")).to_path_buf();
        if parent.components().any(|c| c.as_os_str().as_bytes().starts_with(layer::WHITEOUT_PREFIX.as_bytes())) {
            continue;
        }
        let name = name.as_bytes();
        if name == layer::OPAQUE_MARKER.as_bytes() {
            continue;
        }
        if let Some(hidden) = name.strip_prefix(layer::WHITEOUT_PREFIX.as_bytes()) {
            if !hidden.starts_with(layer::WHITEOUT_PREFIX.as_bytes()) {
                let hidden = parent.join(std::ffi::OsStr::from_bytes(hidden));
                replace(&mut tree, hidden, Expected::Whiteout);
            }
            continue;
        }
        use tar::EntryType;
        let state = match entry.header().entry_type() {
            EntryType::Directory => Expected::Directory,
            EntryType::Regular | EntryType::Continuous | EntryType::GNUSparse => {
                let size = entry.size();
                let sha256 = if contents {
                    let mut hasher = Sha256::new();
                    std::io::copy(&mut entry, &mut hasher).context(|| "read layer".into())?;
                    Some(hasher.finalize().into())
                } else {
                    None
                };
                Expected::File { size, sha256 }
            }
            EntryType::Symlink => Expected::Symlink(entry.link_name()?.map(|l| l.into_owned()).unwrap_or_default()),
            EntryType::Link => {
                let target = entry.link_name()?.map(|t| layer::sanitize(&t)).transpose()?.unwrap_or_default();
                match tree.get(&target) {
                    Some(state) => state.clone(),
                    None => continue,
                }
            }
            EntryType::Fifo => Expected::Fifo,
            EntryType::Char | EntryType::Block => Expected::Device,
            _ => continue,
        };
        if state == Expected::Directory && tree.get(&path) == Some(&Expected::Directory) {
            continue;
        }
        replace(&mut tree, path, state);
    }
    // What follows the archive's end is part of the diff id the caller hashes.
    std::io::copy(&mut tar, &mut std::io::sink()).context(|| "read layer".into())?;
    Ok(tree)
}

/// Put `state` at `path`, dropping whatever was below what it replaces.
fn replace(tree: &mut BTreeMap<PathBuf, Expected>, path: PathBuf, state: Expected) {
    let below: Vec<PathBuf> = tree.range(path.clone()..).map(|(p, _)| p).take_while(|p| p.starts_with(&path)).filter(|p| **p != path).cloned().collect();
    for p in below {
        tree.remove(&p);
    }
    tree.insert(path, state);
}

/// The difference between `expected` and what is at `path` in the layer, if any.
fn compare_one(root: &OwnedFd, path: &Path, expected: &Expected) -> Result<Option<String>> {
    let parent = match open_in_root(root, path.parent().unwrap_or(Path::new(""))) {
        Ok(fd) => fd,
        Err(Errno::NOENT) | Err(Errno::NOTDIR) if *expected == Expected::Device => return Ok(None),
        Err(Errno::NOENT) | Err(Errno::NOTDIR) => return Ok(Some(format!("missing (the layer has {})", expected.describe()))),
        Err(e) => return Ok(Some(format!("cannot be read: {e}"))),
    };
    let name = path.file_name().expect("entries have a name");
    let stat = match rustix::fs::statat(&parent, name, AtFlags::SYMLINK_NOFOLLOW) {
        Ok(stat) => stat,
        Err(Errno::NOENT) if *expected == Expected::Device => return Ok(None),
        Err(Errno::NOENT) => return Ok(Some(format!("missing (the layer has {})", expected.describe()))),
        Err(e) => return Ok(Some(format!("cannot be read: {e}"))),
    };
    let found = FileType::from_raw_mode(stat.st_mode);
    let kind_matches = match expected {
        Expected::Directory => found == FileType::Directory,
        Expected::File { .. } => found == FileType::RegularFile,
        Expected::Symlink(_) => found == FileType::Symlink,
        Expected::Fifo => found == FileType::Fifo,
        Expected::Device => matches!(found, FileType::CharacterDevice | FileType::BlockDevice),
        Expected::Whiteout => found == FileType::CharacterDevice && stat.st_rdev == 0,
    };
    if !kind_matches {
        return Ok(Some(format!("is {}, the layer has {}", describe_type(found), expected.describe())));
    }
    match expected {
        Expected::File { size, sha256 } => {
            if stat.st_size as u64 != *size {
                return Ok(Some(format!("{} bytes, the layer has {size}", stat.st_size)));
            }
            if let Some(wanted) = sha256 {
                let fd = match rustix::fs::openat(&parent, name, OFlags::RDONLY | OFlags::NOFOLLOW | OFlags::CLOEXEC, Mode::empty()) {
                    Ok(fd) => fd,
                    Err(e) => return Ok(Some(format!("cannot be read: {e}"))),
                };
                let mut hasher = Sha256::new();
                if let Err(e) = std::io::copy(&mut std::fs::File::from(fd), &mut hasher) {
                    return Ok(Some(format!("cannot be read: {e}")));
                }
                if <[u8; 32]>::from(hasher.finalize()) != *wanted {
                    return Ok(Some("content differs from the layer's".to_string()));
                }
            }
        }
        Expected::Symlink(target) => {
            let found = rustix::fs::readlinkat(&parent, name, Vec::new()).map(|t| PathBuf::from(std::ffi::OsStr::from_bytes(t.as_bytes())));
            if found.as_ref().ok() != Some(target) {
                return Ok(Some(format!("symlink target differs from the layer's ({})", target.display())));
            }
        }
        _ => {}
    }
    Ok(None)
}

/// A directory of the layer, resolved as the unpacking resolved it.
fn open_in_root(root: &OwnedFd, path: &Path) -> rustix::io::Result<OwnedFd> {
    crate::sys::fs::openat2(
        root,
        if path.as_os_str().is_empty() { Path::new(".") } else { path },
        OFlags::PATH | OFlags::DIRECTORY | OFlags::CLOEXEC,
        Mode::empty(),
        ResolveFlags::IN_ROOT | ResolveFlags::NO_MAGICLINKS | ResolveFlags::NO_XDEV,
    )
}

/// What one shared piece of content was found to be, so that a layer or
/// blob several images have is read once.
type Verdicts = HashMap<String, Vec<String>>;

impl ImageStore {
    /// Check every image (see the module's comment). `quick` skips what
    /// reads all content: blob digests and the comparison of unpacked
    /// layers with their blobs; it still finds what is missing. Holds the
    /// shared lock, so that no writer changes the store meanwhile.
    pub fn check(&self, quick: bool) -> Result<ImageCheck> {
        let _lock = self.lock_shared()?;
        let images = self.list()?;
        let mut blobs = Verdicts::new();
        let mut layers = Verdicts::new();
        let mut report = ImageCheck::default();
        for image in &images {
            let mut problems = Vec::new();
            let config_digest = format!("sha256:{}", image.id);
            problems.extend(self.blob_problems(&mut blobs, &config_digest, "config", quick));
            problems.extend(self.blob_problems(&mut blobs, &image.digest, "manifest", quick));
            if problems.is_empty() {
                problems.extend(self.config_problems(image));
            }
            for record in image.kept_layers() {
                let verdict = layers.entry(record.diff_id.clone()).or_insert_with(|| self.layer_problems(record, quick));
                problems.extend(verdict.iter().cloned());
            }
            if !problems.is_empty() {
                report.damaged.push(DamagedImage { id: image.id.clone(), name: image.names.first().cloned().unwrap_or_default(), problems });
            }
        }
        report.garbage = self.garbage(&images);
        Ok(report)
    }

    /// The problems of the blob `digest` (`what` the image uses it as).
    fn blob_problems(&self, verdicts: &mut Verdicts, digest: &str, what: &str, quick: bool) -> Vec<String> {
        verdicts
            .entry(digest.to_string())
            .or_insert_with(|| {
                let path = match self.blob_path(digest) {
                    Ok(path) => path,
                    Err(e) => return vec![format!("{what} blob: {}", e.message)],
                };
                let file = match std::fs::File::open(&path) {
                    Ok(file) => file,
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => return vec![format!("{what} blob {digest} is missing")],
                    Err(e) => return vec![format!("{what} blob {digest} cannot be read: {e}")],
                };
                if quick {
                    return Vec::new();
                }
                match HashingReader::new(file).finish() {
                    Ok((actual, _)) if actual == digest => Vec::new(),
                    Ok((actual, _)) => vec![format!("{what} blob {digest} is damaged: its content has digest {actual}")],
                    Err(e) => vec![format!("{what} blob {digest} cannot be read: {e}")],
                }
            })
            .clone()
    }

    /// The config must parse and list the image's layers.
    fn config_problems(&self, image: &ImageRecord) -> Vec<String> {
        let config = match self.config(image) {
            Ok(config) => config,
            Err(e) => return vec![e.message],
        };
        let listed: Vec<String> = config.rootfs().diff_ids().to_vec();
        let recorded: Vec<String> = image.layers.iter().map(|l| l.diff_id.clone()).collect();
        if listed != recorded {
            return vec![format!("the config lists {} layer(s), the image record {} other ones", listed.len(), recorded.len())];
        }
        Vec::new()
    }

    /// The problems of one layer: its blob (digest, and the diff id of its
    /// uncompressed tar) and its unpacked directory.
    fn layer_problems(&self, record: &LayerRecord, quick: bool) -> Vec<String> {
        let short = &record.diff_id;
        let dir = self.layer_dir(&record.diff_id);
        if !dir.is_dir() {
            return vec![format!("layer {short}: its unpacked directory is missing")];
        }
        let blob = match self.blob_path(&record.blob) {
            Ok(path) => path,
            Err(e) => return vec![format!("layer {short}: {}", e.message)],
        };
        let file = match std::fs::File::open(&blob) {
            Ok(file) => file,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return vec![format!("layer {short}: its blob {} is missing", record.blob)],
            Err(e) => return vec![format!("layer {short}: its blob {} cannot be read: {e}", record.blob)],
        };
        if quick {
            return Vec::new();
        }
        match verify_layer(file, record, &dir) {
            Ok(problems) if problems.len() > PROBLEMS_SHOWN_PER_LAYER => {
                let more = problems.len() - PROBLEMS_SHOWN_PER_LAYER;
                let mut shown: Vec<String> = problems.into_iter().take(PROBLEMS_SHOWN_PER_LAYER).map(|p| format!("layer {short}: {p}")).collect();
                shown.push(format!("layer {short}: and {more} more difference(s) from its blob"));
                shown
            }
            Ok(problems) => problems.into_iter().map(|p| format!("layer {short}: {p}")).collect(),
            Err(e) => vec![format!("layer {short}: {}", e.message)],
        }
    }

    /// Blobs and layers no image references, and abandoned temporaries.
    fn garbage(&self, images: &[ImageRecord]) -> Vec<PathBuf> {
        let (blobs, layers) = referenced(images);
        let mut garbage = Vec::new();
        for (dir, keep) in [(self.blobs_dir(), &blobs), (self.layers_dir(), &layers)] {
            let Ok(entries) = crate::storage::dir_entries(&dir) else { continue };
            for entry in entries {
                let name = entry.file_name().to_string_lossy().into_owned();
                let unused = if name.starts_with(TEMP_PREFIX) { abandoned(&entry.path()) } else { !keep.contains(&name) };
                if unused {
                    garbage.push(entry.path());
                }
            }
        }
        garbage.sort();
        garbage
    }

    /// Remove the images `ids` (damaged ones) with the content only they
    /// used, and all garbage; returns what was removed, one line each.
    pub fn repair(&self, ids: &[String]) -> Result<Vec<String>> {
        let mut removed = Vec::new();
        self.update(|images| {
            images.retain(|image| {
                let damaged = ids.contains(&image.id);
                if damaged {
                    let name = image.names.first().map(|n| format!(" ({n})")).unwrap_or_default();
                    removed.push(format!("removed image {}{name}", &image.id[..12]));
                }
                !damaged
            });
            Ok(())
        })?;
        // The update collected what it could lock; what is left is garbage
        // still, or content a writer holds (which is then no garbage).
        let _lock = self.lock_exclusive()?;
        for path in self.garbage(&self.list()?) {
            let pinned = std::fs::File::open(&path).map(|f| f.try_lock().is_err()).unwrap_or(false);
            if !pinned {
                remove_entry(&path);
                removed.push(format!("removed unused {}", path.display()));
            }
        }
        Ok(removed)
    }
}

/// Read a layer's blob once: its digest, the diff id of the tar inside,
/// and the unpacked tree against the tar.
fn verify_layer(blob: std::fs::File, record: &LayerRecord, dir: &Path) -> Result<Vec<String>> {
    let mut hashed_blob = HashingReader::new(blob);
    let unpacked = match compression::decompress(BufReader::with_capacity(1 << 16, &mut hashed_blob)) {
        Ok((_, tar)) => {
            let mut tar = HashingReader::new(tar);
            let problems = compare_layer_tree(&mut tar, dir, true);
            problems.and_then(|problems| Ok((problems, tar.finish().context(|| "read layer".into())?.0)))
        }
        Err(e) => Err(e),
    };
    // A damaged blob explains any failure to read the tar in it.
    let (blob_digest, _) = hashed_blob.finish().context(|| format!("read blob {}", record.blob))?;
    if blob_digest != record.blob {
        return Ok(vec![format!("its blob {} is damaged: its content has digest {blob_digest}", record.blob)]);
    }
    match unpacked {
        Ok((_, diff_id)) if diff_id != record.diff_id => Ok(vec![format!("its blob holds a tar with diff id {diff_id}")]),
        Ok((problems, _)) => Ok(problems),
        Err(e) => Ok(vec![format!("its blob cannot be read as a layer: {}", e.message)]),
    }
}
