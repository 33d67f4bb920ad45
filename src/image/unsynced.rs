//! Durability of stored content without making every command wait for
//! the disk.
//!
//! Layers and blobs are written without fsync: waiting for a pulled
//! image's data to reach the disk took a third of the whole pull. Instead,
//! before new content is renamed into place, an entry naming it is written
//! (and synced) into `unsynced/`, named after the boot it was written in.
//! After the commit a short-lived helper (`skiff __sync-store`, see
//! [`sync_and_clear`]) syncs the file system in the background and then
//! removes the entries of this boot. An entry still there after a reboot
//! means its content may have been lost with the page cache: the next
//! skiff command to open the store drops the images that use it (see
//! `ImageStore::open`), so a damaged layer is never used.
//!
//! Killing a process (SIGKILL) loses nothing written: only a machine going
//! down needs this. Podman does not sync layers at all.

use crate::error::{Context, Result};
use rustix::fd::OwnedFd;
use rustix::fs::{AtFlags, Mode, OFlags};
use std::collections::HashSet;
use std::io::Write;
use std::path::{Path, PathBuf};

/// The hidden command that runs [`sync_and_clear`].
pub const HELPER_COMMAND: &str = "__sync-store";

/// Content named by one or more entries.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Content {
    /// "sha256:<hex>" diff ids.
    pub layers: HashSet<String>,
    /// "sha256:<hex>" digests.
    pub blobs: HashSet<String>,
}

impl Content {
    pub fn is_empty(&self) -> bool {
        self.layers.is_empty() && self.blobs.is_empty()
    }
}

/// This boot's id: entries made in an earlier boot are the ones whose
/// content may be lost.
fn boot_id() -> Result<String> {
    let id = std::fs::read_to_string("/proc/sys/kernel/random/boot_id").context(|| "read the boot id".into())?;
    Ok(id.trim().to_string())
}

/// Write and sync an entry naming `content` in `dir`, before that content
/// is renamed into place. Returns the entry's name.
pub fn record(dir: &Path, content: &Content) -> Result<String> {
    std::fs::create_dir_all(dir).context(|| format!("create {}", dir.display()))?;
    let mut text = String::new();
    for layer in &content.layers {
        text.push_str(&format!("layer {layer}\n"));
    }
    for blob in &content.blobs {
        text.push_str(&format!("blob {blob}\n"));
    }
    let mut file = tempfile::Builder::new()
        .prefix(&format!("{}.", boot_id()?))
        .tempfile_in(dir)
        .context(|| format!("create an entry in {}", dir.display()))?;
    file.write_all(text.as_bytes()).context(|| "write the unsynced entry".into())?;
    file.as_file().sync_all().context(|| "sync the unsynced entry".into())?;
    let (_, path) = file.keep().map_err(|e| crate::err!("keep the unsynced entry: {}", e.error))?;
    std::fs::File::open(dir).and_then(|d| d.sync_all()).context(|| format!("sync {}", dir.display()))?;
    Ok(path.file_name().expect("a temporary file has a name").to_string_lossy().into_owned())
}

/// Start the helper that syncs the file system and removes this boot's
/// entries, without waiting for it. When it cannot be started (or no
/// helper binary is given, as in unit tests) the sync happens here.
pub fn sync_in_background(dir: &Path, helper: Option<&Path>) -> Result<()> {
    let directory = open_dir(dir)?;
    if let Some(helper) = helper {
        use std::os::unix::process::CommandExt;
        use std::process::{Command, Stdio};
        // The directory is its standard input: it has no path on its
        // command line, and no terminal or pipe of the caller's (a shell's
        // `$(skiff pull …)` would otherwise wait for it).
        let mut command = Command::new(helper);
        // SAFETY: inherit_only makes only async-signal-safe calls.
        unsafe { command.pre_exec(|| crate::sys::process::inherit_only(&[])) };
        let spawned = command
            .arg(HELPER_COMMAND)
            .stdin(std::fs::File::from(directory.try_clone().context(|| "duplicate a descriptor".into())?))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .current_dir("/")
            // Not stopped by the Ctrl-C that may end the caller.
            .process_group(0)
            .spawn();
        if let Ok(child) = spawned {
            crate::sys::process::reap_later(child);
            return Ok(());
        }
    }
    sync_and_clear(&directory)
}

/// The helper's work: sync the file system holding `directory` (the
/// store's `unsynced/`), then remove the entries of this boot that were
/// there before the sync began, whose content the sync has written. A
/// failed sync (a disk error) leaves them, for the next boot to drop.
pub fn sync_and_clear(directory: &OwnedFd) -> Result<()> {
    let prefix = format!("{}.", boot_id()?);
    let done: Vec<String> = entries(directory)?.into_iter().filter(|name| name.starts_with(&prefix)).collect();
    rustix::fs::syncfs(directory).context(|| "sync the image store".into())?;
    for name in &done {
        let _ = rustix::fs::unlinkat(directory, name.as_str(), AtFlags::empty());
    }
    rustix::fs::fsync(directory).context(|| "sync the image store".into())?;
    Ok(())
}

/// The entries in `dir` from earlier boots (their paths) and what they
/// name together. Entries that cannot be read were cut short before any
/// content was renamed into place, so they name nothing.
pub fn from_earlier_boots(dir: &Path) -> Result<(Vec<PathBuf>, Content)> {
    let mut found = (Vec::new(), Content::default());
    let directory = match open_dir(dir) {
        Ok(directory) => directory,
        Err(_) if !dir.exists() => return Ok(found),
        Err(e) => return Err(e),
    };
    let names = entries(&directory)?;
    if names.is_empty() {
        return Ok(found);
    }
    let this_boot = format!("{}.", boot_id()?);
    for name in names.into_iter().filter(|name| !name.starts_with(&this_boot)) {
        let path = dir.join(&name);
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        for line in text.lines() {
            match line.split_once(' ') {
                Some(("layer", id)) => found.1.layers.insert(id.to_string()),
                Some(("blob", digest)) => found.1.blobs.insert(digest.to_string()),
                _ => false,
            };
        }
        found.0.push(path);
    }
    Ok(found)
}

fn open_dir(dir: &Path) -> Result<OwnedFd> {
    rustix::fs::open(dir, OFlags::RDONLY | OFlags::DIRECTORY | OFlags::CLOEXEC, Mode::empty()).context(|| format!("open {}", dir.display()))
}

/// Names in a directory, without "." and "..".
fn entries(directory: &OwnedFd) -> Result<Vec<String>> {
    let mut names = Vec::new();
    for entry in rustix::fs::Dir::read_from(directory).context(|| "read the unsynced entries".into())? {
        let entry = entry.context(|| "read the unsynced entries".into())?;
        let name = entry.file_name().to_string_lossy();
        if name != "." && name != ".." {
            names.push(name.into_owned());
        }
    }
    Ok(names)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_of_this_boot_are_cleared_and_those_of_another_are_found() {
        let dir = tempfile::tempdir().unwrap();
        let content = Content { layers: ["sha256:aa".to_string()].into(), blobs: ["sha256:bb".to_string()].into() };
        let name = record(dir.path(), &content).unwrap();
        assert!(dir.path().join(&name).exists());
        // This boot's entry is not lost content.
        assert_eq!(from_earlier_boots(dir.path()).unwrap(), (Vec::new(), Content::default()));

        // An entry from another boot, and one cut short while written.
        std::fs::copy(dir.path().join(&name), dir.path().join("00000000-0000-0000-0000-000000000000.x")).unwrap();
        std::fs::write(dir.path().join("00000000-0000-0000-0000-000000000000.y"), "lay").unwrap();
        let (paths, lost) = from_earlier_boots(dir.path()).unwrap();
        assert_eq!(paths.len(), 2);
        assert_eq!(lost, content);

        sync_in_background(dir.path(), None).unwrap();
        assert!(!dir.path().join(&name).exists(), "this boot's entry is removed once synced");
        assert_eq!(from_earlier_boots(dir.path()).unwrap().0.len(), 2, "other boots' entries are left for recovery");
    }
}
