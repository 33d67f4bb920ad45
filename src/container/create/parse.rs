//! The string forms of a container's settings (the CLI's flags, and the
//! same strings in compose files and API bodies) parsed into the typed
//! values of `CreateOptions`. Every parser takes `&str`s, never a front
//! end's types, so that each front end reuses them.

use crate::container::health::{parse_flag_duration, Healthcheck};
use crate::container::mounts::{self, MountConfig, RequestedMount};
use crate::error::{Context as _, Result};
use crate::runtime::ports::{self, PortMapping};
use crate::runtime::spec::{DeviceMapping, Isolation, NamespaceKind, NamespaceMode, TmpfsMount};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// `--rootfs`'s IMAGE argument: DIR, or DIR:O for an overlay on it (a
/// last `:O`, as podman splits it), made absolute; it must be a directory.
pub fn rootfs(value: &str) -> Result<crate::container::ExternalRootfs> {
    let (path, overlay) = match value.strip_suffix(":O") {
        Some(path) if !path.is_empty() => (path, true),
        _ => (value, false),
    };
    let path = std::path::absolute(path).context(|| format!("--rootfs {path}"))?;
    let found = std::fs::metadata(&path).context(|| format!("--rootfs {}", path.display()))?;
    if !found.is_dir() {
        return Err(crate::err!("--rootfs {}: not a directory", path.display()));
    }
    Ok(crate::container::ExternalRootfs { path, overlay })
}

/// `-e` and `--env-file`, in docker's order (files first, then flags); a
/// bare `KEY` copies the variable from skiff's own environment, if set.
pub fn env(flags: &[String], files: &[PathBuf]) -> Result<Vec<String>> {
    let mut out = Vec::new();
    let take = |entry: &str, out: &mut Vec<String>| -> Result<()> {
        match entry.split_once('=') {
            Some(("", _)) => Err(crate::err!("invalid environment variable {entry:?}: empty name")),
            Some(_) => {
                out.push(entry.to_string());
                Ok(())
            }
            None => {
                if let Ok(v) = std::env::var(entry) {
                    out.push(format!("{entry}={v}"));
                }
                Ok(())
            }
        }
    };
    for file in files {
        for line in key_value_lines(file, "env file")? {
            take(&line, &mut out)?;
        }
    }
    for entry in flags {
        take(entry, &mut out)?;
    }
    Ok(out)
}

/// The KEY=VALUE lines of an `--env-file` or `--label-file`, without
/// blank lines and # comments.
fn key_value_lines(file: &Path, what: &str) -> Result<Vec<String>> {
    let text = std::fs::read_to_string(file).context(|| format!("read {what} {}", file.display()))?;
    Ok(text
        .lines()
        .map(|line| line.trim_start().trim_end_matches('\r'))
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .map(String::from)
        .collect())
}

/// `KEY=VALUE` labels (a bare `KEY` has an empty value).
pub fn labels(labels: &[String]) -> Result<BTreeMap<String, String>> {
    labels
        .iter()
        .map(|l| {
            let (k, v) = l.split_once('=').unwrap_or((l, ""));
            if k.is_empty() {
                return Err(crate::err!("invalid label {l:?}: empty key"));
            }
            Ok((k.to_string(), v.to_string()))
        })
        .collect()
}

/// `--annotation KEY=VALUE`s: a key is required, as is the `=` (podman's
/// "annotations must be formatted KEY=VALUE").
pub fn annotations(annotations: &[String]) -> Result<BTreeMap<String, String>> {
    annotations
        .iter()
        .map(|a| match a.split_once('=') {
            Some((k, v)) if !k.is_empty() => Ok((k.to_string(), v.to_string())),
            _ => Err(crate::err!("invalid annotation {a:?}: annotations must be formatted KEY=VALUE")),
        })
        .collect()
}

/// `--expose PORT[-PORT][/PROTOCOL]`, each port of a range on its own, as
/// "80/tcp".
pub fn exposed_ports(values: &[String]) -> Result<Vec<String>> {
    let mut ports = Vec::new();
    for value in values {
        let invalid = |why: &str| crate::err!("invalid --expose {value:?}: {why}");
        let (range, protocol) = value.rsplit_once('/').unwrap_or((value, "tcp"));
        let protocol = protocol.to_ascii_lowercase();
        if protocol != "tcp" && protocol != "udp" {
            return Err(invalid("the protocol must be tcp or udp"));
        }
        let port = |text: &str| text.parse::<u16>().ok().filter(|p| *p > 0).ok_or_else(|| invalid("ports are numbers from 1 to 65535"));
        let (first, last) = match range.split_once('-') {
            Some((first, last)) => (port(first)?, port(last)?),
            None => (port(range)?, port(range)?),
        };
        if last < first {
            return Err(invalid("the range ends before it starts"));
        }
        ports.extend((first..=last).map(|p| format!("{p}/{protocol}")));
    }
    Ok(ports)
}

/// `--label-file` files, then `--label`s, which win.
pub fn labels_with_files(flags: &[String], files: &[PathBuf]) -> Result<BTreeMap<String, String>> {
    let mut lines = Vec::new();
    for file in files {
        lines.extend(key_value_lines(file, "label file")?);
    }
    lines.extend(flags.iter().cloned());
    labels(&lines)
}

/// Where a detached container's output goes.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct LogSettings {
    /// k8s-file, json-file or none.
    pub driver: String,
    /// Bytes the log may grow to before it is cut (0: no limit).
    pub max_size: u64,
}

impl Default for LogSettings {
    fn default() -> LogSettings {
        LogSettings { driver: "k8s-file".into(), max_size: 0 }
    }
}

/// `--log-driver` and `--log-opt max-size=SIZE`.
pub fn log_settings(driver: &str, opts: &[String]) -> Result<LogSettings> {
    if !["k8s-file", "json-file", "none"].contains(&driver) {
        return Err(crate::err!("unsupported log driver {driver:?}: use k8s-file, json-file or none"));
    }
    let mut max_size = 0;
    for opt in opts {
        match opt.split_once('=') {
            Some(("max-size", size)) => max_size = parse_size(size).ok_or_else(|| crate::err!("invalid --log-opt {opt:?}: bad size"))?,
            _ => return Err(crate::err!("unsupported --log-opt {opt:?}: use max-size=SIZE")),
        }
    }
    Ok(LogSettings { driver: driver.to_string(), max_size })
}

/// The `--health-*` settings as given, each None when not.
#[derive(Debug, Clone, Default)]
pub struct HealthFlags<'a> {
    pub cmd: Option<&'a str>,
    pub interval: Option<&'a str>,
    pub retries: Option<u32>,
    pub start_period: Option<&'a str>,
    pub timeout: Option<&'a str>,
    pub start_interval: Option<&'a str>,
}

/// The `--health-*` flags, if any was given: a command string (run with
/// /bin/sh -c) or a JSON array of its argv, and Go durations.
pub fn healthcheck(flags: &HealthFlags) -> Result<Option<Healthcheck>> {
    let given = flags.cmd.is_some() || flags.interval.is_some() || flags.retries.is_some() || flags.start_period.is_some() || flags.timeout.is_some()
        || flags.start_interval.is_some();
    if !given {
        return Ok(None);
    }
    let duration = |flag: &str, v: Option<&str>| v.map(|v| parse_flag_duration(flag, v)).transpose().map(Option::unwrap_or_default);
    Ok(Some(Healthcheck {
        test: match flags.cmd {
            Some(cmd) if cmd.trim_start().starts_with('[') => {
                let argv: Vec<String> = serde_json::from_str(cmd).map_err(|e| crate::err!("invalid --health-cmd {cmd:?}: {e}"))?;
                std::iter::once("CMD".to_string()).chain(argv).collect()
            }
            Some(cmd) => vec!["CMD-SHELL".into(), cmd.to_string()],
            None => Vec::new(),
        },
        interval: duration("--health-interval", flags.interval)?,
        timeout: duration("--health-timeout", flags.timeout)?,
        start_period: duration("--health-start-period", flags.start_period)?,
        retries: flags.retries.unwrap_or(0),
        start_interval: duration("--health-start-interval", flags.start_interval)?,
    }))
}

/// "10m", "1k", "2g", "512" (bytes), "3.025m"; units are powers of 1024
/// and fractions are allowed, as docker's.
pub fn parse_size(s: &str) -> Option<u64> {
    let s = s.trim().to_ascii_lowercase();
    let s = s.trim_end_matches('b');
    let (num, mult) = match s.chars().last()? {
        'k' => (&s[..s.len() - 1], 1u64 << 10),
        'm' => (&s[..s.len() - 1], 1 << 20),
        'g' => (&s[..s.len() - 1], 1 << 30),
        _ => (s, 1),
    };
    let number = num.parse::<f64>().ok().filter(|n| n.is_finite() && *n >= 0.0)?;
    Some((number * mult as f64) as u64)
}

/// `--entrypoint` is a command, or a JSON array of its argv; "" clears it.
pub fn entrypoint(value: &str) -> Result<Vec<String>> {
    if value.trim_start().starts_with('[') {
        return serde_json::from_str(value).map_err(|e| crate::err!("invalid --entrypoint JSON array {value:?}: {e}"));
    }
    Ok(if value.is_empty() { Vec::new() } else { vec![value.to_string()] })
}

/// `-p` values: every mapping they publish.
pub fn publish(values: &[String]) -> Result<Vec<PortMapping>> {
    let mut out = Vec::new();
    for value in values {
        out.extend(ports::parse_publish(value)?);
    }
    Ok(out)
}

/// The mounts of `-v` and `--mount` values, checked, and the tmpfs mounts
/// among the `--mount`s in `--tmpfs` syntax.
pub fn mounts(volumes: &[String], mount_flags: &[String]) -> Result<(Vec<MountConfig>, Vec<String>)> {
    let mut binds_and_volumes = volumes.iter().map(|v| mounts::parse_volume_flag(v)).collect::<Result<Vec<_>>>()?;
    let mut tmpfs = Vec::new();
    for value in mount_flags {
        match mounts::parse_mount_flag(value)? {
            RequestedMount::Mount(m) => binds_and_volumes.push(m),
            RequestedMount::Tmpfs(t) => tmpfs.push(t),
        }
    }
    Ok((binds_and_volumes, tmpfs))
}

/// `--volumes-from` values, checked: CONTAINER[:ro|rw].
pub fn volumes_from(values: &[String]) -> Result<Vec<String>> {
    for value in values {
        mounts::parse_volumes_from(value)?;
    }
    Ok(values.to_vec())
}

/// `--tmpfs` values, checked, plus podman's writable /tmp, /var/tmp and
/// /run for a read-only root unless `read_only_tmpfs` is false.
pub fn tmpfs(values: &[String], read_only: bool, read_only_tmpfs: bool) -> Result<Vec<String>> {
    let mut mounts = Vec::new();
    for t in values {
        TmpfsMount::parse(t)?;
        mounts.push(t.clone());
    }
    if read_only && read_only_tmpfs {
        for dir in ["/tmp", "/var/tmp", "/run"] {
            if !mounts.iter().any(|m| m.split(':').next() == Some(dir)) {
                mounts.push(format!("{dir}:rw,nosuid,nodev"));
            }
        }
    }
    Ok(mounts)
}

/// `--umask`: an octal mask up to 0777.
pub fn umask(value: &str) -> Result<u32> {
    u32::from_str_radix(value, 8)
        .ok()
        .filter(|m| *m <= 0o777)
        .ok_or_else(|| crate::err!("invalid --umask {value:?}: not an octal mask such as 0022"))
}

/// `--secret` values: which secret, and how the container sees it.
pub fn secrets(values: &[String]) -> Result<Vec<crate::secret::SecretRequest>> {
    values.iter().map(|v| crate::secret::SecretRequest::parse(v)).collect()
}

/// The string forms of the flags that make up an `Isolation`.
#[derive(Debug, Default)]
pub struct IsolationFlags<'a> {
    pub ipc: Option<&'a str>,
    pub uts: Option<&'a str>,
    pub pid: Option<&'a str>,
    pub shm_size: Option<&'a str>,
    /// NAME=VALUE each.
    pub sysctls: &'a [String],
    pub devices: &'a [String],
    pub domainname: Option<&'a str>,
    pub group_add: &'a [String],
}

/// `--ipc`, `--uts`, `--pid`, `--shm-size`, `--sysctl`, `--device`,
/// `--domainname` and `--group-add`. Which sysctls the namespaces allow
/// is checked by `create` (it knows the network).
pub fn isolation(flags: &IsolationFlags) -> Result<Isolation> {
    let mode = |kind, value: Option<&str>| NamespaceMode::parse(kind, value.unwrap_or_default());
    let mut isolation = Isolation {
        ipc: mode(NamespaceKind::Ipc, flags.ipc)?,
        uts: mode(NamespaceKind::Uts, flags.uts)?,
        pid: mode(NamespaceKind::Pid, flags.pid)?,
        domainname: flags.domainname.unwrap_or_default().to_string(),
        ..Default::default()
    };
    if let Some(size) = flags.shm_size {
        isolation.shm_size = parse_size(size)
            .filter(|s| *s > 0)
            .ok_or_else(|| crate::err!("invalid --shm-size {size:?}: use a positive size such as 64m (units b, k, m, g)"))?;
    }
    for entry in flags.sysctls {
        let (name, value) = entry
            .split_once('=')
            .filter(|(n, _)| !n.is_empty())
            .ok_or_else(|| crate::err!("invalid --sysctl {entry:?}: use NAME=VALUE, such as net.ipv4.ip_forward=1"))?;
        // podman takes both net.ipv4.ip_forward and net/ipv4/ip_forward.
        let name = name.trim().replace('/', ".");
        if crate::runtime::spec::sysctl_namespace(&name).is_none() {
            return Err(crate::err!(
                "sysctl {name:?} is not allowed: only the namespaced ones (net.*, fs.mqueue.*, kernel.msg*, kernel.sem, kernel.shm*) can be set for a container"
            ));
        }
        isolation.sysctls.retain(|(n, _)| *n != name);
        isolation.sysctls.push((name, value.to_string()));
    }
    isolation.devices = flags.devices.iter().map(|d| DeviceMapping::parse(d)).collect::<Result<_>>()?;
    for group in flags.group_add {
        match group.as_str() {
            "keep-groups" => isolation.keep_groups = true,
            "" => return Err(crate::err!("invalid --group-add \"\": give a group name or id")),
            name => isolation.group_add.push(name.to_string()),
        }
    }
    if isolation.keep_groups && !isolation.group_add.is_empty() {
        return Err(crate::err!("the --group-add keep-groups option is not allowed with any other --group-add"));
    }
    Ok(isolation)
}

/// `--image-volume`: bind (podman's name for an anonymous volume), tmpfs or ignore.
pub fn image_volumes(value: &str) -> Result<super::ImageVolumes> {
    match value {
        "bind" | "anonymous" => Ok(super::ImageVolumes::Anonymous),
        "tmpfs" => Ok(super::ImageVolumes::Tmpfs),
        "ignore" => Ok(super::ImageVolumes::Ignore),
        _ => Err(crate::err!("invalid --image-volume {value:?}: use bind, tmpfs or ignore")),
    }
}

/// `--dns-option`: resolver options (ndots:2, edns0, ...), one word each.
pub fn dns_options(values: &[String]) -> Result<Vec<String>> {
    for value in values {
        if value.is_empty() || value.contains(char::is_whitespace) {
            return Err(crate::err!("invalid --dns-option {value:?}: one resolver option such as ndots:2"));
        }
    }
    Ok(values.to_vec())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn isolation_flags() {
        let sysctls = vec!["net.ipv4.ip_forward=1".to_string(), "kernel/shmmax=1000".to_string(), "net.ipv4.ip_forward=0".to_string()];
        let devices = vec!["/dev/null:/dev/mynull:r".to_string(), "/dev/zero".to_string()];
        let groups = vec!["wheel".to_string(), "10".to_string()];
        let flags = IsolationFlags { ipc: Some("none"), pid: Some("container:db"), shm_size: Some("1m"), sysctls: &sysctls, devices: &devices, group_add: &groups, ..Default::default() };
        let parsed = isolation(&flags).unwrap();
        assert_eq!((parsed.ipc, parsed.uts, parsed.pid), (NamespaceMode::NoShm, NamespaceMode::Private, NamespaceMode::Container("db".into())));
        assert_eq!(parsed.shm_size, 1 << 20);
        assert_eq!(parsed.sysctls, vec![("kernel.shmmax".to_string(), "1000".to_string()), ("net.ipv4.ip_forward".to_string(), "0".to_string())]);
        assert!(parsed.devices[0].restricted() && !parsed.devices[1].restricted());
        assert_eq!(parsed.devices[1].container_path, "/dev/zero");
        assert_eq!(parsed.group_add, groups);
        for bad in [
            IsolationFlags { ipc: Some("bogus"), ..Default::default() },
            IsolationFlags { uts: Some("none"), ..Default::default() },
            IsolationFlags { pid: Some("container:"), ..Default::default() },
            IsolationFlags { shm_size: Some("0"), ..Default::default() },
            IsolationFlags { sysctls: &["kernel.panic=1".to_string()], ..Default::default() },
            IsolationFlags { sysctls: &["=1".to_string()], ..Default::default() },
            IsolationFlags { devices: &["dev/null".to_string()], ..Default::default() },
            IsolationFlags { devices: &["/dev/null:/dev/x:rwx".to_string()], ..Default::default() },
            IsolationFlags { group_add: &["keep-groups".to_string(), "10".to_string()], ..Default::default() },
        ] {
            assert!(isolation(&bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn entrypoint_forms() {
        assert_eq!(entrypoint("/bin/sh").unwrap(), vec!["/bin/sh"]);
        assert_eq!(entrypoint(r#"["sh","-c"]"#).unwrap(), vec!["sh", "-c"]);
        assert!(entrypoint("").unwrap().is_empty());
        assert!(entrypoint("[bad").is_err());
    }

    #[test]
    fn env_flags_override_files_and_copy_from_host() {
        std::env::set_var("SKIFF_TEST_COPY", "copied");
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("env");
        std::fs::write(&file, "# comment\nA=from-file\n\nB=2\n").unwrap();
        let collected = env(&["A=from-flag".into(), "SKIFF_TEST_COPY".into(), "UNSET_XYZ".into()], &[file]).unwrap();
        assert_eq!(collected, vec!["A=from-file", "B=2", "A=from-flag", "SKIFF_TEST_COPY=copied"]);
        assert!(env(&["=x".into()], &[]).is_err());
    }

    #[test]
    fn sizes_and_log_options() {
        assert_eq!(parse_size("10m"), Some(10 << 20));
        assert_eq!(parse_size("512"), Some(512));
        assert_eq!(parse_size("3.025m"), Some((3.025 * 1048576.0) as u64));
        assert_eq!(parse_size("-1k"), None);
        assert_eq!(log_settings("k8s-file", &["max-size=1k".into()]).unwrap(), LogSettings { driver: "k8s-file".into(), max_size: 1024 });
        assert!(log_settings("syslog", &[]).is_err());
        assert!(log_settings("k8s-file", &["max-file=3".into()]).is_err());
    }

    #[test]
    fn umask_is_octal_up_to_0777() {
        assert_eq!(umask("0022").unwrap(), 0o22);
        assert!(umask("0999").is_err());
        assert!(umask("1777").is_err());
    }
}
