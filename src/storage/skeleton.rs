//! The mount point skeleton: one read-only directory per store holding the
//! empty directories and files that every container mounts something on
//! (/proc, /dev, /sys, /etc/resolv.conf, /run/.containerenv, ...), laid under an
//! image's layers as the lowest overlay layer.
//!
//! Why: without it, each start of a container made from an image that
//! lacks them (busybox has only /bin) creates these mount points in the
//! container's writable layer, and `rm` deletes them again: ten inodes made
//! and freed on the store's file system per `run --rm`, a sixth of the CPU
//! time of such a run here (ext4 searches its bitmaps for each new inode).
//! Docker's per-container "init layer" exists for the same reason; one
//! shared layer does the job because it lies *under* the image: whatever
//! an image has at these paths (a symlinked resolv.conf, a whiteout, its
//! own /etc with its own mode) hides the skeleton's entry, so containers
//! see their image exactly as before, and a path the image hides is made
//! in the writable layer as it always was.

use crate::error::{Context, Result};
use std::path::{Path, PathBuf};

/// The skeleton's entry in the layers directory; not a digest, so never
/// taken for a layer.
pub const NAME: &str = "skeleton";

/// The skeleton of the containers that get skiff's /etc/hosts (all but
/// `--no-hosts` ones): the same entries and an empty etc/hosts. Without
/// it, the mount point of /etc/hosts in an image lacking one was made in
/// the writable layer at every start, copying up /etc with it: a
/// directory and a file made, and freed at `rm`, per `run --rm`.
pub const NAME_WITH_HOSTS: &str = "skeleton-hosts";

/// The directories of the skeleton, parents first.
const DIRECTORIES: &[&str] = &["proc", "dev", "sys", "etc", "run"];

/// The empty files of the skeleton: the mount points of the generated
/// /etc files and of the files that tell programs they run in a container.
/// Not /etc/hosts: under `--no-hosts` a container sees the image's own, or
/// none, and an empty one from here would show through; the skeleton
/// `NAME_WITH_HOSTS` adds it for the others.
pub const FILES: &[&str] = &["etc/resolv.conf", "etc/hostname", "run/.containerenv", ".dockerenv"];

/// The file only the skeleton `NAME_WITH_HOSTS` has.
pub const HOSTS_FILE: &str = "etc/hosts";

/// The lower directory of the skeleton in `layers_dir` (the one with an
/// /etc/hosts mount point when `with_hosts`), made on first use:
/// `layers_dir/skeleton/diff`, the shape of a layer's directory (the
/// overlay mount names lower directories relative to their common parent).
/// None when it cannot be made (a read-only store): containers then make
/// their mount points in their writable layer, as without a skeleton.
pub fn lower_dir(layers_dir: &Path, with_hosts: bool) -> Option<PathBuf> {
    let dir = layers_dir.join(if with_hosts { NAME_WITH_HOSTS } else { NAME });
    let lower = dir.join("diff");
    if lower.is_dir() {
        return Some(lower);
    }
    make(layers_dir, &dir, with_hosts).ok().map(|()| lower)
}

/// Whether `lower` (a lower directory of a container) is a skeleton: it
/// is no part of the image, for what compares a container with its image.
pub fn is_lower_dir(lower: &Path) -> bool {
    [NAME, NAME_WITH_HOSTS].iter().any(|name| lower.ends_with(Path::new(name).join("diff")))
}

/// Build the skeleton under a temporary name and rename it into place, so
/// that it is complete under its real name (synced first: a crash must not
/// leave a renamed directory with entries missing).
fn make(layers_dir: &Path, dir: &Path, with_hosts: bool) -> Result<()> {
    use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
    std::fs::create_dir_all(layers_dir).context(|| format!("create {}", layers_dir.display()))?;
    let temp = tempfile::Builder::new().prefix(".tmp-skeleton-").tempdir_in(layers_dir).context(|| "create the mount point skeleton".into())?;
    let lower = temp.path().join("diff");
    let mut synced = vec![temp.path().to_path_buf(), lower.clone()];
    std::fs::DirBuilder::new().mode(0o755).create(&lower).context(|| format!("create {}", lower.display()))?;
    for name in DIRECTORIES {
        let path = lower.join(name);
        std::fs::DirBuilder::new().mode(0o755).create(&path).context(|| format!("create {}", path.display()))?;
        synced.push(path);
    }
    for name in FILES.iter().chain(with_hosts.then_some(&HOSTS_FILE)) {
        let path = lower.join(name);
        std::fs::OpenOptions::new().write(true).create_new(true).mode(0o644).open(&path).context(|| format!("create {}", path.display()))?;
        synced.push(path);
    }
    // The umask may have taken bits away: the container sees these modes.
    for path in &synced[1..] {
        use std::os::unix::fs::PermissionsExt;
        let mode = if path.is_dir() { 0o755 } else { 0o644 };
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).context(|| format!("chmod {}", path.display()))?;
    }
    for path in synced.iter().rev() {
        std::fs::File::open(path).and_then(|f| f.sync_all()).context(|| format!("sync {}", path.display()))?;
    }
    let temp = temp.keep();
    match std::fs::rename(&temp, dir) {
        Ok(()) => {}
        // Another process made it first: keep theirs.
        Err(_) if dir.join("diff").is_dir() => {
            let _ = crate::sys::fs::remove_tree(&temp);
            return Ok(());
        }
        Err(e) => {
            let _ = crate::sys::fs::remove_tree(&temp);
            return Err(crate::err!("rename {} to {}: {e}", temp.display(), dir.display()));
        }
    }
    std::fs::File::open(layers_dir).and_then(|f| f.sync_all()).context(|| format!("sync {}", layers_dir.display()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    #[test]
    fn the_skeleton_is_made_once_with_fixed_modes() {
        let layers = tempfile::tempdir().unwrap();
        let lower = lower_dir(layers.path(), false).unwrap();
        assert_eq!(lower, layers.path().join("skeleton/diff"));
        assert!(is_lower_dir(&lower) && !is_lower_dir(&layers.path().join("0123abcd/diff")));
        for name in DIRECTORIES {
            assert_eq!(std::fs::metadata(lower.join(name)).unwrap().permissions().mode() & 0o7777, 0o755, "{name}");
        }
        for name in FILES {
            let md = std::fs::metadata(lower.join(name)).unwrap();
            assert!(md.is_file() && md.len() == 0 && md.permissions().mode() & 0o7777 == 0o644, "{name}");
        }
        assert!(!lower.join(HOSTS_FILE).exists());
        // No temporary left, and a second call finds it.
        let names: Vec<_> = std::fs::read_dir(layers.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert_eq!(names, vec![std::ffi::OsString::from(NAME)]);
        assert_eq!(lower_dir(layers.path(), false), Some(lower));
    }

    #[test]
    fn the_skeleton_with_hosts_adds_only_the_mount_point_of_etc_hosts() {
        let layers = tempfile::tempdir().unwrap();
        let lower = lower_dir(layers.path(), true).unwrap();
        assert_eq!(lower, layers.path().join("skeleton-hosts/diff"));
        assert!(is_lower_dir(&lower));
        for name in FILES.iter().chain([&HOSTS_FILE]) {
            let md = std::fs::metadata(lower.join(name)).unwrap();
            assert!(md.is_file() && md.len() == 0 && md.permissions().mode() & 0o7777 == 0o644, "{name}");
        }
        let mut names: Vec<_> = std::fs::read_dir(&lower).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
        names.sort();
        assert_eq!(names, [".dockerenv", "dev", "etc", "proc", "run", "sys"]);
        assert_eq!(lower_dir(layers.path(), true), Some(lower));
        assert!(!layers.path().join(NAME).exists());
    }
}
