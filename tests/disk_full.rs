//! Issue 19: a full disk during pull, build and commit. The store lives on
//! a 24 MiB tmpfs (mounted by root on the store's XDG_DATA_HOME, owned by
//! the test user, unmounted when the test ends, even on failure). Each of
//! the three fills it; each must fail with one line saying "no space left
//! on device" and naming the store's file system, exit 125, and give back
//! the space it took (no temporaries, no half-written records). Then
//! `system check` finds the store consistent, and pull, run and build work.

use crate::common;
use common::registry::*;
use common::*;
use std::path::{Path, PathBuf};

const TMPFS_SIZE: &str = "24m";

/// A tmpfs mounted on `dir` for the test's duration.
struct SmallFileSystem {
    dir: PathBuf,
}

impl SmallFileSystem {
    fn mount(dir: &Path, uid: u32) -> SmallFileSystem {
        let status = std::process::Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={TMPFS_SIZE},mode=0755,uid={uid},gid={uid}"), "tmpfs"])
            .arg(dir)
            .status()
            .expect("run mount(8)");
        assert!(status.success(), "mount a {TMPFS_SIZE} tmpfs on {}: {status}", dir.display());
        SmallFileSystem { dir: dir.to_path_buf() }
    }

    /// Bytes in use on the file system.
    fn used(&self) -> u64 {
        let path = std::ffi::CString::new(self.dir.as_os_str().as_encoded_bytes()).unwrap();
        // SAFETY: statvfs(3) with a valid C string and a zeroed out-struct.
        let mut stats: libc::statvfs = unsafe { std::mem::zeroed() };
        assert_eq!(unsafe { libc::statvfs(path.as_ptr(), &mut stats) }, 0, "statvfs {}", self.dir.display());
        (stats.f_blocks - stats.f_bfree) * stats.f_frsize
    }
}

impl Drop for SmallFileSystem {
    fn drop(&mut self) {
        let path = std::ffi::CString::new(self.dir.as_os_str().as_encoded_bytes()).unwrap();
        // SAFETY: umount2(2) of the tmpfs this test mounted; a container
        // left running by a failed test may still use it, hence DETACH.
        unsafe { libc::umount2(path.as_ptr(), libc::MNT_DETACH) };
    }
}

/// The failure every disk-full case must give: exit 125 and one line that
/// says why and names where.
#[track_caller]
fn assert_disk_full(out: &Output, small: &SmallFileSystem, what: &str) {
    out.code(125);
    let lines: Vec<&str> = out.stderr.lines().filter(|l| !l.trim().is_empty()).collect();
    out.check(lines.len() == 1, &format!("{what}: the error is one line"));
    out.check(lines[0].to_lowercase().contains("no space left on device"), &format!("{what}: the error says \"no space left on device\""));
    out.check(lines[0].contains(&small.dir.display().to_string()), &format!("{what}: the error names the full file system ({})", small.dir.display()));
}

/// After a failure, the store takes no more space than before it (a
/// little slack for lock files and directory blocks).
#[track_caller]
fn assert_space_given_back(small: &SmallFileSystem, before: u64, what: &str) {
    let after = small.used();
    assert!(after <= before + (256 << 10), "{what}: {} KiB in use before, {} KiB after the failure: it left files behind", before >> 10, after >> 10);
}

#[track_caller]
fn assert_consistent(store: &Store) {
    store.skiff(&["system", "check"]).ok().stdout_is("No problems found");
}

#[test]
fn a_full_disk_during_pull_build_and_commit_fails_cleanly_and_the_store_stays_usable() {
    let registry = Registry::start();
    // A source store on the ordinary disk pushes a busybox image and one
    // with a 30 MiB layer of random bytes (which no compression shrinks).
    let source = Store::new();
    source.import_busybox("bb");
    let mut random = vec![0u8; 30 << 20];
    std::io::Read::read_exact(&mut std::fs::File::open("/dev/urandom").unwrap(), &mut random).unwrap();
    let tarball = source.dir.join("big.tar");
    std::fs::write(&tarball, busybox_rootfs(false, &[("big", &random)])).unwrap();
    std::os::unix::fs::chown(&tarball, Some(TEST_UID), Some(TEST_UID)).unwrap();
    source.import(&tarball, "big", &[]);
    for name in ["bb", "big"] {
        source.skiff(&["push", "--tls-verify=false", name, &format!("docker://{}/{name}:v1", registry.host)]).ok();
    }

    let store = Store::new();
    // Declared after the store, so unmounted before the store is removed.
    let small = SmallFileSystem::mount(&store.data, TEST_UID);
    store.import_busybox("bb");
    assert_consistent(&store);

    // Pull: the 30 MiB layer cannot land.
    let before = small.used();
    let out = store.skiff(&["pull", "-q", "--tls-verify=false", &format!("{}/big:v1", registry.host)]);
    assert_disk_full(&out, &small, "pull");
    assert_space_given_back(&small, before, "pull");
    assert_consistent(&store);
    store.skiff(&["images", "--format", "{{.Repository}}"]).ok().stdout_is("localhost/bb");

    // Build: the RUN's 14 MiB fit in the container, its layer does not.
    let context = store.home.join("context");
    std::fs::create_dir_all(&context).unwrap();
    std::fs::write(context.join("Containerfile"), "FROM localhost/bb\nRUN dd if=/dev/urandom of=/fill bs=1M count=14 2>/dev/null\n").unwrap();
    std::os::unix::fs::chown(&context, Some(TEST_UID), Some(TEST_UID)).unwrap();
    let before = small.used();
    let out = store.skiff(&["build", "-q", "-t", "filled", &context.display().to_string()]);
    assert_disk_full(&out, &small, "build");
    assert_space_given_back(&small, before, "build");
    assert_consistent(&store);

    // Commit: the same 14 MiB written by a container, then committed.
    store.skiff(&["run", "--name", "filler", "bb", "dd", "if=/dev/urandom", "of=/fill", "bs=1M", "count=14"]).ok();
    let before = small.used();
    let out = store.skiff(&["commit", "filler", "filled"]);
    assert_disk_full(&out, &small, "commit");
    assert_space_given_back(&small, before, "commit");
    assert_consistent(&store);
    store.skiff(&["rm", "filler"]).ok();

    // With the space back: pull, run and build work.
    store.skiff(&["pull", "-q", "--tls-verify=false", &format!("{}/bb:v1", registry.host)]).ok();
    store.skiff(&["run", "--rm", &format!("{}/bb:v1", registry.host), "echo", "ran"]).ok().stdout_is("ran");
    std::fs::write(context.join("Containerfile"), "FROM localhost/bb\nRUN echo built > /built\n").unwrap();
    store.skiff(&["build", "-q", "-t", "small", &context.display().to_string()]).ok();
    store.skiff(&["run", "--rm", "small", "cat", "/built"]).ok().stdout_is("built");
    assert_consistent(&store);
}
