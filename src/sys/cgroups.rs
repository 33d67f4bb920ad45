//! What this host's cgroups allow a rootless user.

use crate::error::Error;

pub fn cgroup_version() -> &'static str {
    if std::path::Path::new("/sys/fs/cgroup/cgroup.controllers").exists() {
        "v2"
    } else {
        "v1"
    }
}

/// The one-line error for what needs cgroups: rootless resource control
/// needs cgroups v2 with controllers delegated to the user (a systemd user
/// session with Delegate=yes).
pub fn cgroups_unavailable(what: &str) -> Error {
    let why = if cgroup_version() == "v2" {
        "skiff does not manage cgroups yet"
    } else {
        "this host has cgroups v1 (hybrid), which cannot be delegated to an unprivileged user"
    };
    Error::new(format!("{what} needs delegated cgroups v2: {why}"))
}

/// Where the cgroup v2 hierarchy is mounted when the host runs it alone.
const UNIFIED_ROOT: &str = "/sys/fs/cgroup";

/// The cgroup v2 path of process `pid` (the `0::PATH` line of
/// /proc/PID/cgroup), if it has one.
fn cgroup_v2_path(pid: i32) -> Option<String> {
    let text = std::fs::read_to_string(format!("/proc/{pid}/cgroup")).ok()?;
    v2_path_in(&text)
}

fn v2_path_in(proc_cgroup: &str) -> Option<String> {
    proc_cgroup.lines().find_map(|line| line.strip_prefix("0::")).map(str::to_string)
}

/// The directory of the cgroup v2 that process `pid` has to itself, whose
/// `cgroup.freeze` this user may write: None on a host without cgroup v2
/// alone at /sys/fs/cgroup, and for a process that shares its cgroup with
/// `other` (the skiff process watching it: the cgroup is not the
/// container's own then, and freezing it would freeze skiff too).
pub fn own_freezer(pid: i32, other: i32) -> Option<std::path::PathBuf> {
    if cgroup_version() != "v2" {
        return None;
    }
    let path = cgroup_v2_path(pid)?;
    if path == "/" || cgroup_v2_path(other).as_deref() == Some(path.as_str()) {
        return None;
    }
    let dir = std::path::Path::new(UNIFIED_ROOT).join(path.trim_start_matches('/'));
    let writable = nix::unistd::access(&dir.join("cgroup.freeze"), nix::unistd::AccessFlags::W_OK).is_ok();
    writable.then_some(dir)
}

/// Freeze (or thaw) the cgroup v2 at `dir`, waiting until the kernel says
/// it is done (`frozen 1` in cgroup.events: every process stopped).
pub fn set_frozen(dir: &std::path::Path, frozen: bool) -> crate::error::Result<()> {
    let freeze = dir.join("cgroup.freeze");
    std::fs::write(&freeze, if frozen { "1" } else { "0" }).map_err(|e| crate::err!("write {}: {e}", freeze.display()))?;
    let wanted = if frozen { "frozen 1" } else { "frozen 0" };
    // Freezing takes as long as the slowest process takes to reach a
    // point where it can stop: a few milliseconds, unless one is stuck in
    // the kernel; past this, the state is as the kernel left it.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
    while std::time::Instant::now() < deadline {
        let events = std::fs::read_to_string(dir.join("cgroup.events")).unwrap_or_default();
        if events.lines().any(|line| line == wanted) {
            return Ok(());
        }
        std::thread::sleep(std::time::Duration::from_millis(1));
    }
    Err(crate::err!("the cgroup {} did not become {} in 5 seconds", dir.display(), if frozen { "frozen" } else { "thawed" }))
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_v2_line_of_proc_cgroup() {
        let hybrid = "12:freezer:/user.slice\n1:name=systemd:/user.slice/session-1.scope\n0::/user.slice/session-1.scope\n";
        assert_eq!(super::v2_path_in(hybrid).as_deref(), Some("/user.slice/session-1.scope"));
        assert_eq!(super::v2_path_in("3:cpu:/\n"), None);
    }
}
