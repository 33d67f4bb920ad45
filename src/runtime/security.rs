//! `--security-opt` values, and the /proc and /sys paths hidden from
//! containers.

use crate::error::{Context, Result};
use std::path::PathBuf;

/// Which seccomp filter a container runs under.
#[derive(Debug, Clone, PartialEq)]
pub enum SeccompMode {
    Default,
    Unconfined,
    /// A profile file, read (and checked) when the option was parsed so the
    /// container keeps the profile it was created with.
    Profile {
        path: PathBuf,
        json: String,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub struct SecurityOptions {
    pub seccomp: SeccompMode,
    pub no_new_privileges: bool,
    /// Paths to leave visible (`unmask=`): entries of MASKED_PATHS or
    /// READONLY_PATHS, `ALL`, or patterns where `*` matches within a path
    /// component.
    pub unmask: Vec<String>,
}

/// Paths covered in every container unless unmasked: they show host
/// kernel state or allow attacks on it.
pub const MASKED_PATHS: &[&str] = &[
    "/proc/acpi",
    "/proc/kcore",
    "/proc/keys",
    "/proc/latency_stats",
    "/proc/timer_list",
    "/proc/timer_stats",
    "/proc/sched_debug",
    "/proc/scsi",
    "/sys/firmware",
    "/sys/devices/virtual/powercap",
];

/// Paths mounted read-only in every container unless unmasked.
pub const READONLY_PATHS: &[&str] =
    &["/proc/asound", "/proc/bus", "/proc/fs", "/proc/irq", "/proc/sys", "/proc/sysrq-trigger"];

/// Parse docker/podman `--security-opt` values. The key and value may be
/// separated by `=` or, in docker's older form, `:`.
pub fn parse_security_opts(opts: &[String]) -> Result<SecurityOptions> {
    let mut options =
        SecurityOptions { seccomp: SeccompMode::Default, no_new_privileges: false, unmask: Vec::new() };
    for opt in opts {
        let (key, value) = opt.split_once('=').or_else(|| opt.split_once(':')).unwrap_or((opt, ""));
        match (key, value) {
            ("seccomp", "unconfined") => options.seccomp = SeccompMode::Unconfined,
            ("seccomp", "") => return Err(bad(opt)),
            ("seccomp", path) => options.seccomp = read_profile(path)?,
            ("no-new-privileges", "" | "true") => options.no_new_privileges = true,
            ("no-new-privileges", "false") => options.no_new_privileges = false,
            ("unmask", paths) if !paths.is_empty() => {
                options.unmask.extend(paths.split(':').filter(|p| !p.is_empty()).map(String::from))
            }
            ("systempaths", "unconfined") => options.unmask.push("ALL".to_string()),
            // SELinux and AppArmor are not used: accepted so that command
            // lines written for docker or podman keep working.
            ("label" | "apparmor", v) if !v.is_empty() => {}
            _ => return Err(bad(opt)),
        }
    }
    Ok(options)
}

fn bad(opt: &str) -> crate::error::Error {
    crate::err!("invalid --security-opt {opt:?}")
}

fn read_profile(path: &str) -> Result<SeccompMode> {
    let json = std::fs::read_to_string(path).context(|| format!("reading seccomp profile {path}"))?;
    crate::runtime::seccomp::parse_profile(&json).map_err(|e| crate::err!("{path}: {e}"))?;
    Ok(SeccompMode::Profile { path: PathBuf::from(path), json })
}

/// MASKED_PATHS less the unmasked ones.
pub fn masked_paths(unmask: &[String]) -> Vec<&'static str> {
    still_covered(MASKED_PATHS, unmask)
}

/// READONLY_PATHS less the unmasked ones.
pub fn readonly_paths(unmask: &[String]) -> Vec<&'static str> {
    still_covered(READONLY_PATHS, unmask)
}

fn still_covered(paths: &[&'static str], unmask: &[String]) -> Vec<&'static str> {
    if unmask.iter().any(|u| u == "ALL") {
        return Vec::new();
    }
    paths.iter().copied().filter(|path| !unmask.iter().any(|pattern| glob_match(pattern, path))).collect()
}

/// Shell-style match where `*` stands for any characters but `/`.
pub(crate) fn glob_match(pattern: &str, path: &str) -> bool {
    match pattern.split_once('*') {
        None => pattern == path,
        Some((prefix, rest)) => {
            let Some(tail) = path.strip_prefix(prefix) else { return false };
            // Let `*` take 0, 1, ... characters of this component.
            let component_end = tail.find('/').unwrap_or(tail.len());
            (0..=component_end).any(|taken| glob_match(rest, &tail[taken..]))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts(list: &[&str]) -> Result<SecurityOptions> {
        parse_security_opts(&list.iter().map(|s| s.to_string()).collect::<Vec<_>>())
    }

    #[test]
    fn defaults_without_options() {
        let o = opts(&[]).unwrap();
        assert_eq!(o.seccomp, SeccompMode::Default);
        assert!(!o.no_new_privileges);
        assert!(o.unmask.is_empty());
    }

    #[test]
    fn parses_each_option() {
        let o = opts(&["seccomp=unconfined", "no-new-privileges", "unmask=/proc/kcore:/proc/keys"]).unwrap();
        assert_eq!(o.seccomp, SeccompMode::Unconfined);
        assert!(o.no_new_privileges);
        assert_eq!(o.unmask, ["/proc/kcore", "/proc/keys"]);
        assert!(opts(&["no-new-privileges=true"]).unwrap().no_new_privileges);
        assert!(!opts(&["no-new-privileges", "no-new-privileges=false"]).unwrap().no_new_privileges);
        assert!(opts(&["no-new-privileges:true"]).unwrap().no_new_privileges);
        assert_eq!(opts(&["seccomp:unconfined"]).unwrap().seccomp, SeccompMode::Unconfined);
        assert_eq!(opts(&["systempaths=unconfined"]).unwrap().unmask, ["ALL"]);
        opts(&["label=disable", "apparmor=unconfined"]).unwrap();
    }

    #[test]
    fn rejects_unknown_options_naming_them() {
        for bad in ["bogus", "no-new-privileges=maybe", "seccomp=", "unmask=", "label", "selinux=1"] {
            let e = opts(&[bad]).unwrap_err().message;
            assert!(e.contains(bad) && !e.contains('\n'), "{e}");
        }
    }

    #[test]
    fn reads_and_checks_profile_files() {
        let dir = tempfile::tempdir().unwrap();
        let good = dir.path().join("good.json");
        std::fs::write(&good, r#"{"defaultAction":"SCMP_ACT_ALLOW","syscalls":[]}"#).unwrap();
        let o = opts(&[&format!("seccomp={}", good.display())]).unwrap();
        assert!(matches!(o.seccomp, SeccompMode::Profile { ref path, .. } if *path == good));

        let broken = dir.path().join("broken.json");
        std::fs::write(&broken, "{").unwrap();
        let e = opts(&[&format!("seccomp={}", broken.display())]).unwrap_err().message;
        assert!(e.contains("broken.json") && !e.contains('\n'), "{e}");
        let e = opts(&["seccomp=/nonexistent/profile.json"]).unwrap_err().message;
        assert!(e.contains("/nonexistent/profile.json") && !e.contains('\n'), "{e}");
    }

    #[test]
    fn unmask_removes_paths() {
        let all: Vec<String> = vec!["ALL".into()];
        assert!(masked_paths(&all).is_empty() && readonly_paths(&all).is_empty());
        assert_eq!(masked_paths(&[]), MASKED_PATHS);
        let some = vec!["/proc/kcore".to_string(), "/sys/*".to_string(), "/proc/sys".to_string()];
        let masked = masked_paths(&some);
        assert!(!masked.contains(&"/proc/kcore") && !masked.contains(&"/sys/firmware"));
        // `*` stays within one component.
        assert!(masked.contains(&"/sys/devices/virtual/powercap") && masked.contains(&"/proc/keys"));
        assert!(!readonly_paths(&some).contains(&"/proc/sys"));
        assert!(readonly_paths(&some).contains(&"/proc/irq"));
        assert!(masked_paths(&["/proc/*_stats".to_string()]).iter().all(|p| !p.ends_with("_stats")));
    }
}
