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
