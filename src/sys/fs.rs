//! File system helpers.

use crate::error::{Context, Result};
use std::os::fd::{AsRawFd, OwnedFd};
use std::path::{Path, PathBuf};

/// `rm -rf`, also through directories without write or search permission
/// (images may contain them, and the overlay work directory has one).
pub fn remove_tree(path: &Path) -> Result<()> {
    match std::fs::remove_dir_all(path) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(_) => {
            make_writable(path);
            std::fs::remove_dir_all(path).context(|| format!("remove {}", path.display()))
        }
    }
}

/// `remove_tree` of a directory nobody reads any more (renamed away), in
/// a forked child that may outlive the caller: the caller goes on without
/// waiting for the file system to free the blocks. That wait is most of
/// the removal's time where the file system discards freed blocks one by
/// one (ext4 mounted with `discard` and no journal: about a dozen
/// synchronous discards for one container). The child holds an
/// exclusive lock on the directory until it is gone, so that
/// [`removal_in_progress`] tells it from the left-over of a killed
/// removal. Without a child (fork failed) the removal is done here.
///
/// `hold` stays open in the child until the removal is done: what closing
/// it costs (a container's namespaces torn down) is then the child's to
/// pay, not the caller's.
pub fn remove_tree_detached(path: &Path, hold: Vec<std::os::fd::OwnedFd>) -> Result<()> {
    use std::os::fd::AsRawFd;
    let Ok(dir) = std::fs::File::open(path) else { return remove_tree(path) };
    if dir.try_lock().is_err() {
        return remove_tree(path);
    }
    // SAFETY: the child only makes system calls and removes files, then
    // leaves with _exit; the C library makes its allocator usable in a
    // child of a threaded process.
    match unsafe { libc::fork() } {
        0 => {
            // Its own session, away from the terminal's Ctrl-C, and none of
            // the caller's descriptors: a `$(skiff run --rm ...)` must not
            // wait for its output pipe, no lock of the caller stays held.
            unsafe {
                libc::setsid();
                let null = libc::open(c"/dev/null".as_ptr(), libc::O_RDWR);
                for fd in 0..3 {
                    libc::dup2(null, fd);
                }
                // `hold` as 4, 5, ... (out of the way first: one may be 3).
                let held: Vec<i32> = hold.iter().map(|held| libc::fcntl(held.as_raw_fd(), libc::F_DUPFD, 10)).filter(|fd| *fd >= 0).collect();
                libc::dup2(dir.as_raw_fd(), 3);
                let mut first_closed = 4;
                for fd in held {
                    libc::dup2(fd, first_closed);
                    first_closed += 1;
                }
                libc::syscall(libc::SYS_close_range, first_closed as libc::c_uint, libc::c_uint::MAX, 0 as libc::c_uint);
            }
            let code = i32::from(remove_tree(path).is_err());
            // SAFETY: leave without running the caller's exit handlers.
            unsafe { libc::_exit(code) }
        }
        -1 => remove_tree(path),
        // The child keeps the lock and `hold`; these copies go.
        _ => Ok(()),
    }
}

/// openat2(2), tried again while it fails with EAGAIN: resolving ".."
/// under RESOLVE_IN_ROOT or RESOLVE_BENEATH fails so whenever a mount or a
/// rename happens anywhere on the machine meanwhile (the kernel then asks
/// the caller to retry), as when other containers start or stop.
pub fn openat2<P: rustix::path::Arg + Copy>(
    dirfd: impl std::os::fd::AsFd,
    path: P,
    oflags: rustix::fs::OFlags,
    mode: rustix::fs::Mode,
    resolve: rustix::fs::ResolveFlags,
) -> rustix::io::Result<std::os::fd::OwnedFd> {
    let dirfd = dirfd.as_fd();
    let mut tries = 0;
    loop {
        match rustix::fs::openat2(dirfd, path, oflags, mode, resolve) {
            Err(rustix::io::Errno::AGAIN) if tries < 1000 => tries += 1,
            done => return done,
        }
    }
}

/// Whether a [`remove_tree_detached`] child is still removing `path`.
pub fn removal_in_progress(path: &Path) -> bool {
    std::fs::File::open(path).is_ok_and(|dir| matches!(dir.try_lock_shared(), Err(std::fs::TryLockError::WouldBlock)))
}

fn make_writable(path: &Path) {
    use std::os::unix::fs::PermissionsExt;
    if let Ok(md) = std::fs::symlink_metadata(path) {
        if md.is_dir() {
            let _ = std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o700));
            if let Ok(entries) = std::fs::read_dir(path) {
                for e in entries.flatten() {
                    make_writable(&e.path());
                }
            }
        }
    }
}

/// A path to `name` in `dir` short enough for a socket address (108 bytes)
/// whatever the length of `dir`: through a descriptor of the directory.
/// The descriptor must stay open while the path is used.
pub fn short_path(dir: &Path, name: &str) -> Result<(OwnedFd, PathBuf)> {
    let fd: OwnedFd = std::fs::File::open(dir).context(|| format!("open {}", dir.display()))?.into();
    let path = PathBuf::from(format!("/proc/self/fd/{}/{name}", fd.as_raw_fd()));
    Ok((fd, path))
}
