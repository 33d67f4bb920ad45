//! `skiff doctor`: what this host gives an unprivileged user, checked one
//! piece at a time, each with the one fix to apply when it is missing.
//! Typed results only; the command prints them.

use crate::paths::Paths;
use crate::storage::driver::{self, Driver};
use serde::Serialize;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Ok,
    Warn,
    Fail,
}

impl Status {
    pub fn label(&self) -> &'static str {
        match self {
            Status::Ok => "OK",
            Status::Warn => "WARN",
            Status::Fail => "FAIL",
        }
    }
}

/// One check: what was looked at, what was found, and for anything not OK
/// the exact fix.
#[derive(Debug, Clone, Serialize)]
pub struct Check {
    pub check: &'static str,
    pub status: Status,
    pub detail: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fix: Option<String>,
}

fn ok(check: &'static str, detail: impl Into<String>) -> Check {
    Check { check, status: Status::Ok, detail: detail.into(), fix: None }
}

fn warn(check: &'static str, detail: impl Into<String>, fix: impl Into<String>) -> Check {
    Check { check, status: Status::Warn, detail: detail.into(), fix: Some(fix.into()) }
}

fn fail(check: &'static str, detail: impl Into<String>, fix: impl Into<String>) -> Check {
    Check { check, status: Status::Fail, detail: detail.into(), fix: Some(fix.into()) }
}

fn read_number(path: &str) -> Option<i64> {
    std::fs::read_to_string(path).ok()?.trim().parse().ok()
}

fn user_name(uid: u32) -> String {
    nix::unistd::User::from_uid(nix::unistd::Uid::from_raw(uid)).ok().flatten().map(|u| u.name).unwrap_or_else(|| uid.to_string())
}

/// Every check that needs no user namespace, in the order they print.
pub fn host_checks(paths: &Paths) -> Vec<Check> {
    let uid = nix::unistd::getuid().as_raw();
    let user = user_name(uid);
    let mut checks = vec![user_namespaces()];
    checks.extend(id_helpers());
    checks.extend(subordinate_ranges(&user, uid));
    checks.push(device("/dev/fuse", "the skiff-fuse and fuse-overlayfs storage drivers", fuse_fix()));
    checks.push(device("/dev/net/tun", "slirp4netns and pasta networking", "sudo modprobe tun && sudo chmod 0666 /dev/net/tun"));
    checks.extend(network_programs());
    checks.push(runtime_dir(uid));
    checks.extend(store_file_system(&paths.data));
    checks.push(cgroups_delegation(uid));
    checks.push(linger(&user));
    checks.push(leftover_processes(paths, uid));
    checks.push(store_version(&paths.data));
    checks
}

/// Which storage drivers mount here; run inside the containers' user
/// namespace (the caller enters it).
pub fn storage_checks(paths: &Paths) -> Vec<Check> {
    let mut checks = Vec::new();
    let kernel = driver::works(&paths.data, Driver::Overlay).unwrap_or(false);
    checks.push(if kernel {
        ok("kernel overlay in a user namespace", "mounts (the overlay storage driver)")
    } else if std::env::var_os(driver::DISABLE_KERNEL_OVERLAY_VARIABLE).is_some() {
        warn(
            "kernel overlay in a user namespace",
            format!("disabled by {} (a test switch)", driver::DISABLE_KERNEL_OVERLAY_VARIABLE),
            format!("unset {}", driver::DISABLE_KERNEL_OVERLAY_VARIABLE),
        )
    } else {
        warn(
            "kernel overlay in a user namespace",
            "refused by this kernel or file system (Linux 5.11 or later mounts it; not on NFS, not on overlay)",
            "nothing needed: skiff uses its FUSE overlay (skiff-fuse); for speed, put the store on a local file system of a 5.11+ kernel",
        )
    });
    let fuse = driver::works(&paths.data, Driver::SkiffFuse).unwrap_or(false);
    checks.push(match (kernel, fuse) {
        (_, true) => ok("skiff-fuse overlay", "mounts"),
        (true, false) => warn("skiff-fuse overlay", "does not mount", fuse_fix()),
        (false, false) => fail(
            "skiff-fuse overlay",
            "does not mount, nor does the kernel overlay: containers fall back to copying the image (slow, no build RUN)",
            fuse_fix(),
        ),
    });
    checks
}

fn user_namespaces() -> Check {
    const NAME: &str = "user namespaces";
    if read_number("/proc/sys/user/max_user_namespaces") == Some(0) {
        return fail(NAME, "user.max_user_namespaces is 0", "sudo sysctl -w user.max_user_namespaces=28633");
    }
    if read_number("/proc/sys/kernel/unprivileged_userns_clone") == Some(0) {
        return fail(NAME, "kernel.unprivileged_userns_clone is 0 (Debian)", "sudo sysctl -w kernel.unprivileged_userns_clone=1");
    }
    if read_number("/proc/sys/kernel/apparmor_restrict_unprivileged_userns") == Some(1) && !can_unshare_user() {
        return fail(
            NAME,
            "AppArmor restricts unprivileged user namespaces (Ubuntu 23.10+)",
            "sudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0",
        );
    }
    if !can_unshare_user() {
        return fail(NAME, "creating one is refused", "sudo sysctl -w user.max_user_namespaces=28633 (and check seccomp or a container runtime's policy)");
    }
    ok(NAME, "allowed")
}

/// Whether a child process may make a user namespace.
fn can_unshare_user() -> bool {
    // SAFETY: single-threaded; the child only unshares and exits.
    match unsafe { nix::unistd::fork() } {
        Ok(nix::unistd::ForkResult::Child) => {
            let ok = nix::sched::unshare(nix::sched::CloneFlags::CLONE_NEWUSER).is_ok();
            unsafe { libc::_exit(if ok { 0 } else { 1 }) }
        }
        Ok(nix::unistd::ForkResult::Parent { child }) => {
            matches!(nix::sys::wait::waitpid(child, None), Ok(nix::sys::wait::WaitStatus::Exited(_, 0)))
        }
        Err(_) => false,
    }
}

fn id_helpers() -> Vec<Check> {
    ["newuidmap", "newgidmap"]
        .into_iter()
        .map(|helper| {
            let name = if helper == "newuidmap" { "newuidmap" } else { "newgidmap" };
            let Some(path) = crate::sys::process::find_in_path(helper) else {
                return warn(name, "not installed: containers get a single id", "sudo apt-get install uidmap");
            };
            let Ok(md) = std::fs::metadata(&path) else {
                return warn(name, format!("{} cannot be read", path.display()), "sudo apt-get install --reinstall uidmap");
            };
            let setuid_root = md.uid() == 0 && md.permissions().mode() & 0o4000 != 0;
            if setuid_root || has_file_capabilities(&path) {
                ok(name, format!("{} ({})", path.display(), if setuid_root { "setuid root" } else { "file capabilities" }))
            } else {
                fail(
                    name,
                    format!("{} is neither setuid root nor has file capabilities", path.display()),
                    format!("sudo chmod u+s {}", path.display()),
                )
            }
        })
        .collect()
}

fn has_file_capabilities(path: &Path) -> bool {
    let Ok(c) = std::ffi::CString::new(path.as_os_str().as_encoded_bytes()) else { return false };
    let n = unsafe { libc::getxattr(c.as_ptr(), c"security.capability".as_ptr(), std::ptr::null_mut(), 0) };
    n > 0
}

fn subordinate_ranges(user: &str, uid: u32) -> Vec<Check> {
    let mut checks = Vec::new();
    for (file, name, flag) in [("/etc/subuid", "subordinate uids", "--add-subuids"), ("/etc/subgid", "subordinate gids", "--add-subgids")] {
        let content = std::fs::read_to_string(file).unwrap_or_default();
        let own = crate::runtime::userns::parse_subid(&content, user, uid);
        let fix = format!("sudo usermod {flag} 100000-165535 {user} (a range no other user has)");
        if own.is_empty() {
            checks.push(warn(name, format!("no range for {user} in {file}: containers get a single id"), fix));
            continue;
        }
        let overlap = content.lines().filter_map(|line| {
            let mut parts = line.trim().split(':');
            let owner = parts.next()?;
            let start = parts.next()?.trim().parse::<u64>().ok()?;
            let count = parts.next()?.trim().parse::<u64>().ok()?;
            (owner != user && owner != uid.to_string()).then_some((owner.to_string(), start, count))
        });
        let clash = overlap
            .into_iter()
            .find(|(_, start, count)| own.iter().any(|&(s, c)| (s as u64) < start + count && *start < s as u64 + c as u64));
        let described = own.iter().map(|(s, c)| format!("{s}-{}", *s as u64 + *c as u64 - 1)).collect::<Vec<_>>().join(", ");
        checks.push(match clash {
            Some((other, _, _)) => fail(name, format!("{described} overlaps {other}'s range in {file}"), format!("give {user} a range no other user has in {file}")),
            None => ok(name, described),
        });
    }
    checks
}

/// Whether skiff runs inside a container (skiff's and podman's leave
/// /run/.containerenv, docker's /.dockerenv).
fn inside_container() -> bool {
    Path::new("/run/.containerenv").exists() || Path::new("/.dockerenv").exists()
}

/// How to get a usable /dev/fuse: from the host's kernel, or inside a
/// container from whoever starts it.
fn fuse_fix() -> &'static str {
    if inside_container() {
        "start this container with the device: --device /dev/fuse"
    } else {
        "sudo modprobe fuse && sudo chmod 0666 /dev/fuse"
    }
}

fn device(path: &'static str, used_by: &str, fix: &str) -> Check {
    match std::fs::OpenOptions::new().read(true).write(true).open(path) {
        Ok(_) => ok(path, format!("usable ({used_by})")),
        Err(e) => warn(path, format!("cannot be opened: {e} (needed by {used_by})"), fix),
    }
}

fn network_programs() -> Vec<Check> {
    let mut checks = Vec::new();
    checks.push(match crate::sys::process::find_in_path("slirp4netns") {
        Some(p) => ok("slirp4netns", p.display().to_string()),
        None => warn("slirp4netns", "not installed: containers get no network of their own (--network none or host only)", "sudo apt-get install slirp4netns"),
    });
    checks.push(match crate::sys::process::find_in_path("pasta") {
        Some(p) => ok("pasta", p.display().to_string()),
        None => warn("pasta", "not installed (--network pasta refused; slirp4netns is used)", "sudo apt-get install passt"),
    });
    checks.push(match crate::sys::process::find_in_path("nft") {
        Some(p) => ok("nft", p.display().to_string()),
        None => warn("nft", "not installed: user networks (network create) cannot forward between containers", "sudo apt-get install nftables"),
    });
    checks
}

fn runtime_dir(uid: u32) -> Check {
    const NAME: &str = "XDG_RUNTIME_DIR";
    match std::env::var_os("XDG_RUNTIME_DIR").filter(|v| !v.is_empty()) {
        Some(dir) => {
            let dir = PathBuf::from(dir);
            match crate::paths::check_private_dir(&dir, uid) {
                Ok(()) => ok(NAME, format!("{} (owned, 0700)", dir.display())),
                Err(why) => fail(NAME, why, format!("unset XDG_RUNTIME_DIR, or make it yours and private: chmod 0700 {}", dir.display())),
            }
        }
        // Root (also root of a container) keeps runtime state in /run/skiff.
        None if uid == 0 => ok(NAME, "unset: root's runtime state is in /run/skiff"),
        None => {
            let fallback = crate::paths::fallback_runtime_dir(uid);
            match std::fs::symlink_metadata(&fallback) {
                Err(_) => ok(NAME, format!("unset: skiff makes {} (0700) when it needs it", fallback.display())),
                Ok(_) => match crate::paths::check_private_dir(&fallback, uid) {
                    Ok(()) => ok(NAME, format!("unset: skiff uses {} (owned, 0700)", fallback.display())),
                    Err(why) => fail(NAME, why, format!("set XDG_RUNTIME_DIR to a private directory of yours, or remove {}", fallback.display())),
                },
            }
        }
    }
}

/// File system magic numbers (statfs(2)).
const CIFS_MAGIC: i64 = 0xFF53_4D42;
const SMB2_MAGIC: i64 = 0xFE53_4D42;
const OVERLAY_MAGIC: i64 = 0x794C_7630;
const TMPFS_MAGIC: i64 = 0x0102_1994;

/// The nearest existing directory at or above `path`.
fn existing_ancestor(path: &Path) -> PathBuf {
    let mut dir = path.to_path_buf();
    while !dir.exists() {
        if !dir.pop() {
            return PathBuf::from("/");
        }
    }
    dir
}

fn store_file_system(data: &Path) -> Vec<Check> {
    const NAME: &str = "store file system";
    let dir = existing_ancestor(data);
    let Ok(fs) = nix::sys::statfs::statfs(&dir) else {
        return vec![fail(NAME, format!("cannot statfs {}", dir.display()), "check the path and its permissions")];
    };
    let magic = fs.filesystem_type().0 as i64;
    let mut checks = vec![match magic {
        crate::paths::NFS_SUPER_MAGIC => warn(
            NAME,
            format!("{} is on NFS: overlays cannot use it and subordinate ids cannot own files there", dir.display()),
            "set graphroot in $XDG_CONFIG_HOME/skiff/storage.conf to a local directory, e.g. /var/tmp/skiff-$UID",
        ),
        CIFS_MAGIC | SMB2_MAGIC => fail(
            NAME,
            format!("{} is on CIFS/SMB, which keeps no owners, devices or xattrs", dir.display()),
            "set graphroot in $XDG_CONFIG_HOME/skiff/storage.conf to a local directory",
        ),
        OVERLAY_MAGIC => warn(
            NAME,
            format!("{} is on an overlay (skiff inside a container?): the kernel overlay cannot stack on it", dir.display()),
            "nothing needed (skiff-fuse, or without /dev/fuse the copy driver, is used); for speed, put the store on a volume",
        ),
        TMPFS_MAGIC if !user_xattrs_work(&dir) => warn(
            NAME,
            format!("{} is on a tmpfs without user extended attributes (before Linux 6.6): opaque directories cannot be recorded", dir.display()),
            "set graphroot in $XDG_CONFIG_HOME/skiff/storage.conf to a disk-backed directory",
        ),
        _ => ok(NAME, format!("{} ({})", dir.display(), file_system_name(magic))),
    }];
    let free = fs.blocks_available() as u64 * fs.block_size() as u64;
    const GIB: u64 = 1 << 30;
    checks.push(if free < GIB / 10 {
        fail("free space", format!("{} MiB free under {}", free >> 20, dir.display()), "skiff system prune -a, or free space on that file system")
    } else if free < 2 * GIB {
        warn("free space", format!("{} MiB free under {}", free >> 20, dir.display()), "skiff system prune -a, or free space on that file system")
    } else {
        ok("free space", format!("{} GiB free under {}", free / GIB, dir.display()))
    });
    checks
}

fn file_system_name(magic: i64) -> String {
    match magic {
        0xEF53 => "ext4".into(),
        0x5846_5342 => "xfs".into(),
        0x9123_683E => "btrfs".into(),
        TMPFS_MAGIC => "tmpfs".into(),
        0x2FC1_2FC1 => "zfs".into(),
        other => format!("type {other:#x}"),
    }
}

fn user_xattrs_work(dir: &Path) -> bool {
    let Ok(file) = tempfile::NamedTempFile::new_in(dir) else { return true };
    xattr_set(file.path())
}

fn xattr_set(path: &Path) -> bool {
    let Ok(c) = std::ffi::CString::new(path.as_os_str().as_encoded_bytes()) else { return false };
    unsafe { libc::setxattr(c.as_ptr(), c"user.skiff-doctor".as_ptr(), b"1".as_ptr().cast(), 1, 0) == 0 }
}

fn cgroups_delegation(uid: u32) -> Check {
    const NAME: &str = "cgroups v2 delegation";
    let fix = "run skiff in a systemd user session with delegation (systemd-run --user --scope -p Delegate=yes skiff ...)";
    let Ok(controllers) = std::fs::read_to_string("/sys/fs/cgroup/cgroup.controllers") else {
        return warn(NAME, "cgroups v2 is not the only hierarchy here: --memory, --cpus, pause and stats are refused", "boot with systemd.unified_cgroup_hierarchy=1, then: ".to_string() + fix);
    };
    let own = std::fs::read_to_string("/proc/self/cgroup")
        .ok()
        .and_then(|c| c.lines().find_map(|l| l.strip_prefix("0::").map(str::to_string)))
        .unwrap_or_default();
    let dir = Path::new("/sys/fs/cgroup").join(own.trim_start_matches('/'));
    let writable = std::fs::metadata(&dir).map(|m| m.uid() == uid).unwrap_or(false);
    if writable {
        ok(NAME, format!("{} is yours (controllers: {})", dir.display(), controllers.trim()))
    } else {
        warn(NAME, format!("{} is not delegated to you: --memory, --cpus, pause and stats are refused", dir.display()), fix)
    }
}

fn linger(user: &str) -> Check {
    const NAME: &str = "linger";
    if !Path::new("/run/systemd/system").exists() {
        return ok(NAME, "no systemd: detached containers survive logout");
    }
    if Path::new("/var/lib/systemd/linger").join(user).exists() {
        ok(NAME, "enabled: detached containers survive logout")
    } else {
        warn(NAME, "disabled: systemd may end detached containers when you log out", format!("loginctl enable-linger {user}"))
    }
}

/// skiff processes of this store whose container is gone (a monitor or a
/// FUSE server left behind by a crash).
fn leftover_processes(paths: &Paths, uid: u32) -> Check {
    const NAME: &str = "leftover skiff processes";
    let containers = paths.containers_dir();
    let me = std::process::id();
    let mut left = Vec::new();
    for entry in std::fs::read_dir("/proc").into_iter().flatten().flatten() {
        let Ok(pid) = entry.file_name().to_string_lossy().parse::<u32>() else { continue };
        if pid == me || entry.metadata().map(|m| m.uid() != uid).unwrap_or(true) {
            continue;
        }
        let Ok(cmdline) = std::fs::read(entry.path().join("cmdline")) else { continue };
        let words: Vec<String> = cmdline.split(|b| *b == 0).map(|w| String::from_utf8_lossy(w).into_owned()).collect();
        let is_monitor = words.first().is_some_and(|w| w.ends_with("skiff")) && words.iter().any(|w| w == "__monitor");
        // A monitor names its store (`--root DIR`): other stores' are not ours to judge.
        let of_this_store = words.windows(2).any(|pair| pair[0] == "--root" && Path::new(&pair[1]) == paths.data);
        if !is_monitor || !of_this_store {
            continue;
        }
        let names_gone_container = words.iter().any(|w| w.len() == 64 && w.bytes().all(|b| b.is_ascii_hexdigit()) && !containers.join(w).exists());
        if names_gone_container {
            left.push(pid.to_string());
        }
    }
    if left.is_empty() {
        ok(NAME, "none")
    } else {
        warn(NAME, format!("monitors of removed containers: {}", left.join(" ")), format!("kill {}", left.join(" ")))
    }
}

fn store_version(data: &Path) -> Check {
    const NAME: &str = "store format";
    match crate::storage::version::read(data) {
        Ok(None) => ok(NAME, format!("no store yet at {} (version {} will be written)", data.display(), crate::storage::version::CURRENT)),
        Ok(Some(v)) if v == crate::storage::version::CURRENT => ok(NAME, format!("version {v}")),
        Ok(Some(v)) if v < crate::storage::version::CURRENT => {
            warn(NAME, format!("version {v}, older than this skiff's {}", crate::storage::version::CURRENT), "skiff system migrate")
        }
        Ok(Some(v)) => fail(
            NAME,
            format!("version {v}, written by a newer skiff (this one reads up to {})", crate::storage::version::CURRENT),
            "use the newer skiff, or skiff system reset -f to start over (deletes everything)",
        ),
        Err(e) => fail(NAME, e.message, format!("skiff system reset -f (deletes {})", data.display())),
    }
}

pub fn any_failed(checks: &[Check]) -> bool {
    checks.iter().any(|c| c.status == Status::Fail)
}
