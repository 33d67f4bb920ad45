//! `top`: the processes of a running container as a table, read from /proc
//! (every process in the container's pid namespace, with the container's own
//! pids and user ids) for podman's descriptors, which are psgo's. Arguments
//! that are not descriptors (`top ctr -ef`, `top ctr aux`) are handed to the
//! container's own ps(1), as podman does.

use super::{ContainerRecord, ContainerStore};
use crate::error::Result;
use crate::image::ImageStore;
use crate::paths::Paths;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// podman's default columns (`ps -ef`'s).
pub const DEFAULT_DESCRIPTORS: &[&str] = &["user", "pid", "ppid", "pcpu", "etime", "tty", "time", "args"];

/// Every descriptor with its header, in psgo's order.
pub const DESCRIPTORS: &[(&str, &str)] = &[
    ("pcpu", "%CPU"),
    ("group", "GROUP"),
    ("groups", "GROUPS"),
    ("ppid", "PPID"),
    ("user", "USER"),
    ("args", "COMMAND"),
    ("comm", "COMMAND"),
    ("rgroup", "RGROUP"),
    ("nice", "NI"),
    ("pid", "PID"),
    ("pgid", "PGID"),
    ("etime", "ELAPSED"),
    ("ruser", "RUSER"),
    ("time", "TIME"),
    ("tty", "TTY"),
    ("vsz", "VSZ"),
    ("capamb", "AMBIENT CAPS"),
    ("capinh", "INHERITED CAPS"),
    ("capprm", "PERMITTED CAPS"),
    ("capeff", "EFFECTIVE CAPS"),
    ("capbnd", "BOUNDING CAPS"),
    ("seccomp", "SECCOMP"),
    ("label", "LABEL"),
    ("hpid", "HPID"),
    ("huser", "HUSER"),
    ("hgroup", "HGROUP"),
    ("hgroups", "HGROUPS"),
    ("rss", "RSS"),
    ("state", "STATE"),
    ("stime", "STIME"),
];

/// What `top` shows: a header row and one row per process, or the lines
/// the container's ps(1) printed.
pub enum TopOutput {
    Table { headers: Vec<&'static str>, rows: Vec<Vec<String>> },
    Ps(Vec<String>),
}

/// The container's processes, described by `arguments`: podman's
/// descriptors (also comma-separated), or else arguments for the
/// container's ps(1).
pub fn top(paths: &Paths, record: &ContainerRecord, arguments: &[String]) -> Result<TopOutput> {
    let store = ContainerStore::open(paths);
    let init = store
        .live_pid(&record.id)
        .ok_or_else(|| crate::err!("top can only be used on running containers: {} is {}", record.name, record.status.as_str()))?;
    let mut descriptors: Vec<String> =
        arguments.iter().flat_map(|a| a.split(',')).filter(|d| !d.is_empty()).map(String::from).collect();
    if descriptors.is_empty() {
        descriptors = DEFAULT_DESCRIPTORS.iter().map(|d| d.to_string()).collect();
    }
    if descriptors.iter().all(|d| header(d).is_some()) {
        return Ok(TopOutput::Table {
            headers: descriptors.iter().map(|d| header(d).unwrap_or_default()).collect(),
            rows: describe(init, &descriptors)?,
        });
    }
    ps_inside(paths, record, init, arguments).map(TopOutput::Ps)
}

fn header(descriptor: &str) -> Option<&'static str> {
    DESCRIPTORS.iter().find(|(d, _)| *d == descriptor).map(|(_, h)| *h)
}

/// Run `ps ARGUMENTS` in the container and return its lines, without the
/// line of that ps itself (podman's trick: filter the lines that hold the
/// arguments).
fn ps_inside(paths: &Paths, record: &ContainerRecord, init: i32, arguments: &[String]) -> Result<Vec<String>> {
    let mut ps_arguments = Vec::new();
    for argument in arguments {
        ps_arguments.extend(shell_words::split(argument).map_err(|e| crate::err!("parsing ps args {argument:?}: {e}"))?);
    }
    let images = ImageStore::open(paths)?;
    let mut spec = super::launch::spec_for(paths, &images, record)?;
    spec.args = std::iter::once("ps".to_string()).chain(ps_arguments).collect();
    spec.tty = false;
    spec.stdin = false;
    let (code, stdout, stderr) = crate::runtime::process::exec_captured(&spec, init)?;
    if code != 0 {
        return Err(crate::err!(
            "executing ps(1) in the container: ps exited with status {code}: {}",
            String::from_utf8_lossy(&stderr).trim().replace('\n', " ")
        ));
    }
    let own_line = arguments.join(" ");
    Ok(String::from_utf8_lossy(&stdout).lines().filter(|l| own_line.is_empty() || !l.contains(&own_line)).map(String::from).collect())
}

/// One process, as /proc shows it from the host.
struct Process {
    host_pid: i32,
    status: String,
    /// The fields of /proc/PID/stat after the command name.
    stat: Vec<String>,
    comm: String,
    args: String,
}

impl Process {
    fn read(pid: i32) -> Option<Process> {
        let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
        let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
        let comm = stat[stat.find('(')? + 1..stat.rfind(')')?].to_string();
        let fields = stat[stat.rfind(')')? + 2..].split_whitespace().map(String::from).collect();
        let cmdline = std::fs::read(format!("/proc/{pid}/cmdline")).unwrap_or_default();
        let args = String::from_utf8_lossy(&cmdline).split('\0').filter(|s| !s.is_empty()).collect::<Vec<_>>().join(" ");
        Some(Process { host_pid: pid, status, stat: fields, comm, args })
    }

    fn status_field(&self, name: &str) -> &str {
        self.status.lines().find_map(|l| l.strip_prefix(name)?.strip_prefix(':')).map(str::trim).unwrap_or("")
    }

    /// The n-th number of a status line ("Uid:" real, effective, ...).
    fn status_number(&self, name: &str, n: usize) -> u32 {
        self.status_field(name).split_whitespace().nth(n).and_then(|v| v.parse().ok()).unwrap_or(0)
    }

    /// Field `n` of /proc/PID/stat counted as proc(5) does (state is 3).
    fn stat_field(&self, n: usize) -> &str {
        self.stat.get(n - 3).map(String::as_str).unwrap_or("0")
    }

    fn stat_number(&self, n: usize) -> u64 {
        self.stat_field(n).parse().unwrap_or(0)
    }

    /// The pid inside the innermost pid namespace (the last NSpid entry).
    fn pid_inside(&self) -> u64 {
        self.status_field("NSpid").split_whitespace().last().and_then(|p| p.parse().ok()).unwrap_or(0)
    }
}

/// What the descriptors need besides the process itself.
struct Context {
    uid_map: String,
    gid_map: String,
    passwd: String,
    group: String,
    host_passwd: String,
    host_group: String,
    ticks: u64,
    boot_time: f64,
    now: SystemTime,
    full_capabilities: u64,
    selinux: bool,
}

fn describe(init: i32, descriptors: &[String]) -> Result<Vec<Vec<String>>> {
    let read = |path: String| std::fs::read_to_string(path).unwrap_or_default();
    let last_cap: u32 = read("/proc/sys/kernel/cap_last_cap".into()).trim().parse().unwrap_or(40);
    let context = Context {
        uid_map: read(format!("/proc/{init}/uid_map")),
        gid_map: read(format!("/proc/{init}/gid_map")),
        passwd: read(format!("/proc/{init}/root/etc/passwd")),
        group: read(format!("/proc/{init}/root/etc/group")),
        host_passwd: read("/etc/passwd".into()),
        host_group: read("/etc/group".into()),
        ticks: nix::unistd::sysconf(nix::unistd::SysconfVar::CLK_TCK).ok().flatten().unwrap_or(100) as u64,
        boot_time: read("/proc/stat".into())
            .lines()
            .find_map(|l| l.strip_prefix("btime ")?.trim().parse().ok())
            .unwrap_or(0.0),
        now: SystemTime::now(),
        full_capabilities: if last_cap >= 63 { u64::MAX } else { (1u64 << (last_cap + 1)) - 1 },
        selinux: std::path::Path::new("/sys/fs/selinux/enforce").exists(),
    };
    let mut processes: Vec<Process> = super::processes::in_pid_namespace(init)?.into_iter().filter_map(Process::read).collect();
    processes.sort_by_key(Process::pid_inside);
    Ok(processes.iter().map(|p| descriptors.iter().map(|d| value(p, d, &context)).collect()).collect())
}

fn value(p: &Process, descriptor: &str, c: &Context) -> String {
    let elapsed = || {
        let start = c.boot_time + p.stat_number(22) as f64 / c.ticks as f64;
        let now = c.now.duration_since(UNIX_EPOCH).unwrap_or_default().as_secs_f64();
        Duration::from_secs_f64((now - start).max(0.0))
    };
    let cpu_seconds = || (p.stat_number(14) + p.stat_number(15)) / c.ticks;
    let container_user = |n: usize| name_of(container_id(&c.uid_map, p.status_number("Uid", n)), &c.passwd);
    let container_group = |n: usize| name_of(container_id(&c.gid_map, p.status_number("Gid", n)), &c.group);
    match descriptor {
        "pcpu" => {
            let elapsed = elapsed().as_secs_f64();
            let cpu = (p.stat_number(14) + p.stat_number(15)) as f64 / c.ticks as f64;
            format!("{:.3}", if elapsed == 0.0 { 0.0 } else { 100.0 * cpu / elapsed })
        }
        "group" => container_group(1),
        "rgroup" => container_group(0),
        "groups" => p
            .status_field("Groups")
            .split_whitespace()
            .filter_map(|g| g.parse().ok())
            .map(|g| name_of(container_id(&c.gid_map, g), &c.group))
            .collect::<Vec<_>>()
            .join(","),
        "user" => container_user(1),
        "ruser" => container_user(0),
        "ppid" => parent_inside(p),
        "args" if p.args.is_empty() => format!("[{}]", p.comm),
        "args" => p.args.clone(),
        "comm" => p.comm.clone(),
        "nice" => p.stat_field(19).to_string(),
        "pid" => p.pid_inside().to_string(),
        "pgid" => p.stat_field(5).to_string(),
        "etime" => go_duration(elapsed()),
        "time" => go_duration(Duration::from_secs(cpu_seconds())),
        "stime" => {
            let start = c.boot_time as i64 + (p.stat_number(22) / c.ticks) as i64;
            crate::time::go_string(&crate::time::format(start))
        }
        "tty" => tty_name(p.stat_number(7)),
        "vsz" => (p.stat_number(23) / 1024).to_string(),
        // A kernel thread has no VmRSS ("1384 kB" otherwise).
        "rss" => p.status_field("VmRSS").split_whitespace().next().unwrap_or("0").to_string(),
        "capamb" => capabilities(p.status_field("CapAmb"), c.full_capabilities),
        "capinh" => capabilities(p.status_field("CapInh"), c.full_capabilities),
        "capprm" => capabilities(p.status_field("CapPrm"), c.full_capabilities),
        "capeff" => capabilities(p.status_field("CapEff"), c.full_capabilities),
        "capbnd" => capabilities(p.status_field("CapBnd"), c.full_capabilities),
        "seccomp" => match p.status_field("Seccomp") {
            "0" => "disabled",
            "1" => "strict",
            "2" => "filter",
            _ => "?",
        }
        .to_string(),
        "label" => label(p.host_pid, c.selinux),
        "hpid" => p.host_pid.to_string(),
        "huser" => name_of(p.status_number("Uid", 1), &c.host_passwd),
        "hgroup" => name_of(p.status_number("Gid", 1), &c.host_group),
        "hgroups" => p
            .status_field("Groups")
            .split_whitespace()
            .filter_map(|g| g.parse().ok())
            .map(|g| name_of(g, &c.host_group))
            .collect::<Vec<_>>()
            .join(","),
        "state" => p.stat_field(3).to_string(),
        _ => "?".to_string(),
    }
}

/// The parent's pid inside the container: its own last NSpid entry, or 0
/// for the container's init (whose parent is outside).
fn parent_inside(p: &Process) -> String {
    let host_parent = p.status_field("PPid");
    std::fs::read_to_string(format!("/proc/{host_parent}/status"))
        .ok()
        .and_then(|s| s.lines().find_map(|l| l.strip_prefix("NSpid:")).map(|v| v.split_whitespace().map(String::from).collect::<Vec<_>>()))
        .filter(|ids| ids.len() > 1)
        .and_then(|ids| ids.last().cloned())
        .unwrap_or_else(|| "0".into())
}

/// "pts/0", or "?" for none, from stat's tty_nr.
fn tty_name(tty_nr: u64) -> String {
    if tty_nr == 0 {
        return "?".into();
    }
    let major = (tty_nr >> 8) & 0xfff;
    let minor = (tty_nr & 0xff) | ((tty_nr >> 12) & 0xfff00);
    match major {
        136..=143 => format!("pts/{}", (major - 136) * 256 + minor),
        4 if minor < 64 => format!("tty{minor}"),
        4 => format!("ttyS{}", minor - 64),
        _ => "?".into(),
    }
}

/// A capability mask (hex, as in /proc/PID/status) as psgo shows it: "full"
/// when it holds every capability the kernel knows, "none" when empty, else
/// the sorted names without CAP_.
fn capabilities(mask_hex: &str, full: u64) -> String {
    let Ok(mask) = u64::from_str_radix(mask_hex, 16) else { return "?".into() };
    if mask == full {
        return "full".into();
    }
    let mut names: Vec<String> = caps::all()
        .into_iter()
        .filter(|cap| mask & (1u64 << cap.index()) != 0)
        .map(|cap| cap.to_string().trim_start_matches("CAP_").to_string())
        .collect();
    if names.is_empty() {
        return "none".into();
    }
    names.sort();
    names.join(",")
}

/// The SELinux label of the process, or "?" where SELinux is not on (as psgo).
fn label(pid: i32, selinux: bool) -> String {
    if !selinux {
        return "?".into();
    }
    std::fs::read_to_string(format!("/proc/{pid}/attr/current"))
        .map(|l| l.trim_end_matches(['\0', '\n']).to_string())
        .unwrap_or_else(|_| "?".into())
}

/// A host id as the container sees it, through the container's id map.
fn container_id(id_map: &str, host: u32) -> u32 {
    crate::runtime::userns::parse_id_map(id_map)
        .iter()
        .find(|m| (m.host as u64..m.host as u64 + m.size as u64).contains(&(host as u64)))
        .map(|m| (m.container as u64 + (host - m.host) as u64) as u32)
        .unwrap_or(host)
}

/// The name of a uid or gid in a passwd or group file, else the number.
fn name_of(id: u32, database: &str) -> String {
    database
        .lines()
        .find_map(|l| {
            let f: Vec<&str> = l.split(':').collect();
            (f.len() > 2 && f[2] == id.to_string()).then(|| f[0].to_string())
        })
        .unwrap_or_else(|| id.to_string())
}

/// A duration as Go's time.Duration prints it (psgo's ELAPSED and TIME):
/// "0s", "1.5ms", "2.635023408s", "1m15.2s", "2h0m3s".
pub fn go_duration(d: Duration) -> String {
    let nanos = d.as_nanos();
    if nanos == 0 {
        return "0s".into();
    }
    let fraction = |value: u128, unit: u128| {
        let whole = value / unit;
        let rest = value % unit;
        if rest == 0 {
            whole.to_string()
        } else {
            let digits = unit.to_string().len() - 1;
            let rest = format!("{rest:0digits$}");
            format!("{whole}.{}", rest.trim_end_matches('0'))
        }
    };
    if nanos < 1_000 {
        return format!("{nanos}ns");
    }
    if nanos < 1_000_000 {
        return format!("{}µs", fraction(nanos, 1_000));
    }
    if nanos < 1_000_000_000 {
        return format!("{}ms", fraction(nanos, 1_000_000));
    }
    let seconds = nanos % 60_000_000_000;
    let minutes = nanos / 60_000_000_000 % 60;
    let hours = nanos / 3_600_000_000_000;
    let seconds = format!("{}s", fraction(seconds, 1_000_000_000));
    match (hours, minutes) {
        (0, 0) => seconds,
        (0, m) => format!("{m}m{seconds}"),
        (h, m) => format!("{h}h{m}m{seconds}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_print_as_go_does() {
        for (d, want) in [
            (Duration::ZERO, "0s"),
            (Duration::from_nanos(500), "500ns"),
            (Duration::from_micros(1500), "1.5ms"),
            (Duration::from_nanos(2_635_023_408), "2.635023408s"),
            (Duration::from_millis(75_200), "1m15.2s"),
            (Duration::from_secs(7203), "2h0m3s"),
            (Duration::from_secs(60), "1m0s"),
        ] {
            assert_eq!(go_duration(d), want);
        }
    }

    #[test]
    fn capability_masks_print_as_psgo() {
        assert_eq!(capabilities("0000000000000000", 0xff), "none");
        assert_eq!(capabilities("00000000000000ff", 0xff), "full");
        assert_eq!(capabilities("0000000000000021", 0xff), "CHOWN,KILL");
    }
}
