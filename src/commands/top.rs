//! `skiff top`: the processes of a running container, read from /proc: every
//! process in the container's pid namespace, shown with the container's own
//! pids and user ids.

use super::Context;
use crate::container::ContainerStore;
use crate::error::Result;
use crate::output::Table;

/// podman's default columns.
const DEFAULT: &[&str] = &["user", "pid", "ppid", "pcpu", "etime", "tty", "time", "args"];

struct Process {
    /// Pid and parent pid as the container sees them.
    pid: u64,
    ppid: u64,
    /// The same process as the host sees it.
    host_pid: i32,
    uid: u32,
    state: String,
    nice: i64,
    vsz_kib: u64,
    tty: String,
    cpu_ticks: u64,
    start_ticks: u64,
    comm: String,
    args: String,
}

pub fn run(ctx: &Context, container: &str, descriptors: &[String]) -> Result<i32> {
    let columns: Vec<String> = if descriptors.is_empty() { DEFAULT.iter().map(|s| s.to_string()).collect() } else { descriptors.to_vec() };
    for c in &columns {
        if header(c).is_none() {
            return Err(crate::err!("unknown descriptor {c:?}: use {}", DEFAULT.join(", ") + ", comm, hpid, huser, state, nice, vsz"));
        }
    }
    let store = ContainerStore::open(&ctx.paths);
    let record = store.lookup(container)?;
    let init = store
        .live_pid(&record.id)
        .ok_or_else(|| crate::err!("top can only be used on running containers: {container} is {}", record.status.as_str()))?;
    let uid_map = std::fs::read_to_string(format!("/proc/{init}/uid_map")).unwrap_or_default();
    let passwd = std::fs::read_to_string(format!("/proc/{init}/root/etc/passwd")).unwrap_or_default();
    let host_passwd = std::fs::read_to_string("/etc/passwd").unwrap_or_default();
    let mut procs: Vec<Process> = crate::container::processes::in_pid_namespace(init)?.into_iter().filter_map(read_process).collect();
    procs.sort_by_key(|p| p.pid);
    let ticks = nix::unistd::sysconf(nix::unistd::SysconfVar::CLK_TCK).ok().flatten().unwrap_or(100) as u64;
    let uptime_ticks = std::fs::read_to_string("/proc/uptime")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse::<f64>().ok())
        .map(|s| (s * ticks as f64) as u64)
        .unwrap_or(0);
    let mut table = Table::new(&columns.iter().map(|c| header(c).unwrap()).collect::<Vec<_>>());
    for p in &procs {
        let elapsed = uptime_ticks.saturating_sub(p.start_ticks);
        table.row(
            columns
                .iter()
                .map(|c| match c.as_str() {
                    "user" => user_name(container_id(&uid_map, p.uid), &passwd),
                    "pid" => p.pid.to_string(),
                    "ppid" => p.ppid.to_string(),
                    "pcpu" => format!("{:.3}", if elapsed == 0 { 0.0 } else { 100.0 * p.cpu_ticks as f64 / elapsed as f64 }),
                    "etime" => format!("{:?}", std::time::Duration::from_millis(elapsed * 1000 / ticks)),
                    "tty" => p.tty.clone(),
                    "time" => clock(p.cpu_ticks / ticks),
                    "comm" => p.comm.clone(),
                    "hpid" => p.host_pid.to_string(),
                    "huser" => user_name(p.uid, &host_passwd),
                    "state" => p.state.clone(),
                    "nice" => p.nice.to_string(),
                    "vsz" => p.vsz_kib.to_string(),
                    _ => p.args.clone(),
                })
                .collect(),
        );
    }
    table.print();
    Ok(0)
}

fn header(descriptor: &str) -> Option<&'static str> {
    Some(match descriptor {
        "user" => "USER",
        "pid" => "PID",
        "ppid" => "PPID",
        "pcpu" => "%CPU",
        "etime" => "ELAPSED",
        "tty" => "TTY",
        "time" => "TIME",
        "args" => "COMMAND",
        "comm" => "COMMAND",
        "hpid" => "HPID",
        "huser" => "HUSER",
        "state" => "STATE",
        "nice" => "NI",
        "vsz" => "VSZ",
        _ => return None,
    })
}

fn read_process(pid: i32) -> Option<Process> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let field = |name: &str| status.lines().find_map(|l| l.strip_prefix(name)).map(str::trim);
    // The last NSpid entry is the pid inside the innermost namespace.
    let pid_inside: u64 = field("NSpid:")?.split_whitespace().last()?.parse().ok()?;
    let uid: u32 = field("Uid:")?.split_whitespace().nth(1)?.parse().ok()?;
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    let comm = stat[stat.find('(')? + 1..stat.rfind(')')?].to_string();
    let rest: Vec<&str> = stat[stat.rfind(')')? + 2..].split(' ').collect();
    let host_ppid: i32 = rest.get(1)?.parse().ok()?;
    let tty_nr: u64 = rest.get(4)?.parse().ok()?;
    let cpu_ticks = rest.get(11)?.parse::<u64>().ok()? + rest.get(12)?.parse::<u64>().ok()?;
    let start_ticks = rest.get(19)?.parse().ok()?;
    // The parent's pid inside: its own NSpid, or 0 for the container's init.
    let ppid = std::fs::read_to_string(format!("/proc/{host_ppid}/status"))
        .ok()
        .and_then(|s| s.lines().find_map(|l| l.strip_prefix("NSpid:")).map(|v| v.split_whitespace().map(String::from).collect::<Vec<_>>()))
        .filter(|ids| ids.len() > 1)
        .and_then(|ids| ids.last()?.parse().ok())
        .unwrap_or(0);
    let args = std::fs::read(format!("/proc/{pid}/cmdline")).unwrap_or_default();
    let args = String::from_utf8_lossy(&args).split('\0').filter(|s| !s.is_empty()).collect::<Vec<_>>().join(" ");
    let tty = if tty_nr == 0 { "?".to_string() } else { format!("pts/{}", (tty_nr & 0xff) | ((tty_nr >> 12) & 0xfff00)) };
    let state = rest.first()?.to_string();
    let nice = rest.get(16)?.parse().ok()?;
    let vsz_kib = rest.get(20)?.parse::<u64>().ok()? / 1024;
    Some(Process { pid: pid_inside, ppid, host_pid: pid, uid, state, nice, vsz_kib, tty, cpu_ticks, start_ticks, comm: comm.clone(), args: if args.is_empty() { format!("[{comm}]") } else { args } })
}

/// A host uid as the container sees it, through the container's uid_map.
fn container_id(uid_map: &str, host: u32) -> u32 {
    uid_map
        .lines()
        .filter_map(|l| {
            let v: Vec<u64> = l.split_whitespace().filter_map(|x| x.parse().ok()).collect();
            (v.len() == 3).then(|| (v[0], v[1], v[2]))
        })
        .find(|(_, h, n)| (*h..*h + *n).contains(&(host as u64)))
        .map(|(c, h, _)| (c + host as u64 - h) as u32)
        .unwrap_or(host)
}

fn user_name(uid: u32, passwd: &str) -> String {
    passwd
        .lines()
        .find_map(|l| {
            let f: Vec<&str> = l.split(':').collect();
            (f.len() > 2 && f[2] == uid.to_string()).then(|| f[0].to_string())
        })
        .unwrap_or_else(|| uid.to_string())
}

fn clock(seconds: u64) -> String {
    format!("{:02}:{:02}:{:02}", seconds / 3600, seconds / 60 % 60, seconds % 60)
}
