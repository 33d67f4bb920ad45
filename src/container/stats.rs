//! `stats`: a running container's resource use, read from /proc. Podman
//! reads cgroups, which a rootless user on this host does not have
//! (cgroups v1, nothing delegated); the container's processes are all in
//! its own pid namespace, so summing what /proc says about each of them
//! gives the same figures, with these limits: CPU time counts the live
//! processes and the children its first process has reaped; memory is the
//! sum of resident set sizes (pages shared between processes count once
//! per process); block I/O is what /proc/PID/io says each live process
//! read from and wrote to storage; the network is the bytes of every
//! interface but `lo` in the container's network namespace.

use super::processes::in_pid_namespace;
use super::{ContainerRecord, ContainerStore};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// One reading of a container, as podman's `define.ContainerStats` holds it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Sample {
    pub container_id: String,
    pub name: String,
    /// CPU time of every process, user and kernel, in nanoseconds.
    pub cpu_nanos: u64,
    /// The kernel's part of `cpu_nanos`.
    pub cpu_system_nanos: u64,
    /// Percent of one CPU since the previous sample (or since the start).
    pub cpu_percent: f64,
    /// Percent of one CPU over the container's whole life.
    pub avg_cpu_percent: f64,
    pub mem_usage: u64,
    /// The host's memory: without a cgroup there is no other limit.
    pub mem_limit: u64,
    pub mem_percent: f64,
    pub net_input: u64,
    pub net_output: u64,
    pub block_input: u64,
    pub block_output: u64,
    pub pids: u64,
    /// When it was read, in nanoseconds since the epoch.
    pub system_nanos: u64,
}

/// What one reading needs from the previous one: the CPU time and when.
#[derive(Debug, Clone, Copy, Default)]
pub struct Previous {
    cpu_nanos: u64,
    system_nanos: u64,
}

impl Sample {
    pub fn previous(&self) -> Previous {
        Previous { cpu_nanos: self.cpu_nanos, system_nanos: self.system_nanos }
    }
}

/// Read the container's figures; one that is not running reads as zeros,
/// as podman shows it with `--all`. `previous` is this container's last
/// sample, for the CPU percentage over the interval.
pub fn sample(store: &ContainerStore, record: &ContainerRecord, previous: Option<Previous>) -> Sample {
    let now = SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default().as_nanos() as u64;
    let mut sample = Sample { container_id: record.id.clone(), name: record.name.clone(), system_nanos: now, ..Sample::default() };
    sample.mem_limit = host_memory();
    let Some(init) = store.live_pid(&record.id) else { return sample };
    let pids = in_pid_namespace(init).unwrap_or_default();
    let ticks = nix::unistd::sysconf(nix::unistd::SysconfVar::CLK_TCK).ok().flatten().unwrap_or(100).max(1) as u64;
    let page = nix::unistd::sysconf(nix::unistd::SysconfVar::PAGE_SIZE).ok().flatten().unwrap_or(4096).max(1) as u64;
    let to_nanos = |t: u64| t * (1_000_000_000 / ticks);
    let mut started_ticks = None;
    for &pid in &pids {
        let Some(stat) = ProcStat::read(pid) else { continue };
        sample.pids += 1;
        let (mut user, mut system) = (stat.utime, stat.stime);
        if pid == init {
            // The children it has reaped are gone from /proc but not from its account.
            user += stat.cutime;
            system += stat.cstime;
            started_ticks = Some(stat.starttime);
        }
        sample.cpu_nanos += to_nanos(user + system);
        sample.cpu_system_nanos += to_nanos(system);
        sample.mem_usage += resident_pages(pid) * page;
        let (read, written) = block_io(pid);
        sample.block_input += read;
        sample.block_output += written;
    }
    (sample.net_input, sample.net_output) = network_bytes(init);
    if sample.mem_limit > 0 {
        sample.mem_percent = sample.mem_usage as f64 * 100.0 / sample.mem_limit as f64;
    }
    let life_nanos = started_ticks.and_then(|start| Some(uptime_nanos()?.saturating_sub(to_nanos(start)))).unwrap_or(0);
    if life_nanos > 0 {
        sample.avg_cpu_percent = sample.cpu_nanos as f64 * 100.0 / life_nanos as f64;
    }
    sample.cpu_percent = match previous {
        Some(p) if now > p.system_nanos => sample.cpu_nanos.saturating_sub(p.cpu_nanos) as f64 * 100.0 / (now - p.system_nanos) as f64,
        _ => sample.avg_cpu_percent,
    };
    sample
}

/// The fields of /proc/PID/stat that stats needs, in clock ticks.
struct ProcStat {
    utime: u64,
    stime: u64,
    cutime: u64,
    cstime: u64,
    /// Since boot.
    starttime: u64,
}

impl ProcStat {
    fn read(pid: i32) -> Option<ProcStat> {
        let text = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
        // The command name may hold spaces and parentheses: fields follow the last ')'.
        let fields: Vec<&str> = text[text.rfind(')')? + 1..].split_whitespace().collect();
        // fields[0] is the state, field 3 of stat(5).
        let field = |n: usize| fields.get(n - 3)?.parse::<u64>().ok();
        Some(ProcStat { utime: field(14)?, stime: field(15)?, cutime: field(16)?, cstime: field(17)?, starttime: field(22)? })
    }
}

fn resident_pages(pid: i32) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/statm"))
        .ok()
        .and_then(|t| t.split_whitespace().nth(1)?.parse().ok())
        .unwrap_or(0)
}

/// Bytes read from and written to storage; (0, 0) when the kernel does not
/// let this user read them.
fn block_io(pid: i32) -> (u64, u64) {
    let Ok(text) = std::fs::read_to_string(format!("/proc/{pid}/io")) else { return (0, 0) };
    let value = |key: &str| {
        text.lines().find_map(|l| l.strip_prefix(key)?.trim().parse::<u64>().ok()).unwrap_or(0)
    };
    (value("read_bytes:"), value("write_bytes:"))
}

/// Received and sent bytes of every interface but loopback in the network
/// namespace of `pid`.
fn network_bytes(pid: i32) -> (u64, u64) {
    let Ok(text) = std::fs::read_to_string(format!("/proc/{pid}/net/dev")) else { return (0, 0) };
    let mut totals = (0, 0);
    // Two header lines, then "  eth0: rx_bytes packets ... (8 receive fields) tx_bytes ...".
    for line in text.lines().skip(2) {
        let Some((interface, counters)) = line.split_once(':') else { continue };
        if interface.trim() == "lo" {
            continue;
        }
        let counters: Vec<u64> = counters.split_whitespace().filter_map(|c| c.parse().ok()).collect();
        if counters.len() >= 9 {
            totals.0 += counters[0];
            totals.1 += counters[8];
        }
    }
    totals
}

fn host_memory() -> u64 {
    std::fs::read_to_string("/proc/meminfo")
        .ok()
        .and_then(|t| t.lines().find_map(|l| l.strip_prefix("MemTotal:")?.trim().strip_suffix("kB")?.trim().parse::<u64>().ok()))
        .map(|kib| kib * 1024)
        .unwrap_or(0)
}

fn uptime_nanos() -> Option<u64> {
    let text = std::fs::read_to_string("/proc/uptime").ok()?;
    let seconds: f64 = text.split_whitespace().next()?.parse().ok()?;
    Some(Duration::from_secs_f64(seconds).as_nanos() as u64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn own_process_reads_real_figures() {
        let me = std::process::id() as i32;
        let stat = ProcStat::read(me).expect("own stat");
        assert!(stat.starttime > 0, "a process started after boot");
        assert!(resident_pages(me) > 0, "this test process has resident pages");
        assert!(host_memory() > 0, "MemTotal is read");
    }
}
