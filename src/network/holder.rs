//! The holder of the user networks: skiff re-executed as the hidden
//! `__netns` command, one per user, started when a container joins a user
//! network and none runs. It creates a user namespace with the containers'
//! mapping and, on one thread of its own, a network namespace: the bridges
//! live there (created by whoever attaches the first container to a
//! network, see `attach`), slirp4netns connects it to the outside, and the
//! DNS server (`dns`) answers on port 53 of every address in it.
//!
//! A container on a user network is started by a skiff process that joined
//! the holder's user namespace (`join`), so its network namespace belongs
//! to that user namespace too and a veth pair can join the two.
//!
//! The holder ends, taking slirp4netns and the DNS server with it, once no
//! container has been on any network for `IDLE_GRACE`: nothing stays
//! behind when the last container goes.

use super::{dns, endpoints, netlink::Netlink};
use crate::sys::process::process_start_time;
use crate::error::{Context, Result};
use crate::paths::Paths;
use crate::storage::{atomic, lock};
use serde::{Deserialize, Serialize};
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// How long the holder waits, with no container on a network and no
/// joined skiff process alive, before it exits.
const IDLE_GRACE: Duration = Duration::from_secs(3);
const CHECK_INTERVAL: Duration = Duration::from_millis(500);

/// What a running holder publishes in `$XDG_RUNTIME_DIR/skiff/netns.json`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct HolderState {
    pub pid: i32,
    pub start_time: u64,
    /// The thread whose network namespace holds the bridges.
    pub netns_tid: i32,
}

impl HolderState {
    pub fn alive(&self) -> bool {
        process_start_time(self.pid) == Some(self.start_time)
    }

    /// The path of the networks' namespace, for setns and slirp4netns.
    pub fn netns_path(&self) -> String {
        format!("/proc/{}/task/{}/ns/net", self.pid, self.netns_tid)
    }

    pub fn open_netns(&self) -> Result<std::fs::File> {
        let path = self.netns_path();
        std::fs::File::open(&path).context(|| format!("open the user networks' namespace {path} (did skiff __netns exit?)"))
    }
}

fn state_path(paths: &Paths) -> PathBuf {
    paths.tmpdir.join("netns.json")
}

/// One file per skiff process that joined (named by its pid, holding its
/// start time): the holder stays up while one lives, from the join until
/// the container it starts holds an address (the joiner itself, or the
/// monitor it waits for).
fn joiners_dir(paths: &Paths) -> PathBuf {
    paths.tmpdir.join("netns.joiners")
}

fn holder_lock(paths: &Paths) -> Result<lock::Lock> {
    lock::exclusive(&paths.tmpdir.join("netns.lock"))
}

/// The running holder, if any.
pub fn current(paths: &Paths) -> Option<HolderState> {
    atomic::read_json::<HolderState>(&state_path(paths)).ok().filter(HolderState::alive)
}

/// The running holder if this process is in its user namespace (it joined
/// it, see `join`): only then can it attach containers to user networks.
pub fn joined(paths: &Paths) -> Option<HolderState> {
    let holder = current(paths)?;
    let own_userns = std::fs::read_link("/proc/self/ns/user").ok();
    (own_userns.is_some() && own_userns == std::fs::read_link(format!("/proc/{}/ns/user", holder.pid)).ok()).then_some(holder)
}

/// Wait up to `limit` for the holder to end (it does once no container is
/// on a network); whether it has.
pub fn wait_until_gone(paths: &Paths, limit: Duration) -> bool {
    let deadline = Instant::now() + limit;
    while current(paths).is_some() {
        if Instant::now() >= deadline {
            return false;
        }
        std::thread::sleep(CHECK_INTERVAL / 5);
    }
    true
}

/// Make sure the holder runs and move this process into its user namespace
/// (instead of a new one of its own), so that containers it starts can be
/// attached to user networks. Must be called while single-threaded and
/// before any other user namespace is entered.
pub fn join(paths: &Paths) -> Result<()> {
    let _lock = holder_lock(paths)?;
    let holder = match current(paths) {
        Some(holder) => holder,
        None => {
            crate::sys::helper::spawn_helper(paths, &["__netns"])?;
            current(paths).ok_or_else(|| crate::err!("skiff __netns started but published no state"))?
        }
    };
    let dir = joiners_dir(paths);
    std::fs::create_dir_all(&dir).context(|| format!("create {}", dir.display()))?;
    let pid = std::process::id() as i32;
    let mark = dir.join(pid.to_string());
    std::fs::write(&mark, process_start_time(pid).unwrap_or(0).to_string()).context(|| format!("write {}", mark.display()))?;
    crate::runtime::userns::join_user_namespace(holder.pid)
}

/// Join the holder's user namespace if it runs, else enter a new one.
pub fn join_if_running(paths: &Paths) -> Result<()> {
    if !crate::runtime::userns::rootless() {
        return Ok(());
    }
    let _lock = holder_lock(paths)?;
    match current(paths) {
        Some(holder) => crate::runtime::userns::join_user_namespace(holder.pid),
        None => crate::runtime::userns::enter_if_rootless().map(|_| ()),
    }
}

/// The hidden `__netns` command.
pub fn run(paths: &Paths) -> Result<i32> {
    let mut reporter = crate::sys::helper::reporter();
    match start(paths) {
        Ok(running) => {
            crate::sys::helper::report(&mut reporter, "ok\n");
            drop(reporter);
            running.wait_until_idle(paths);
            Ok(0)
        }
        Err(e) => {
            crate::sys::helper::report(&mut reporter, &format!("{}\n{}", e.code, e.message));
            Err(e)
        }
    }
}

struct Running {
    /// Stopped (and waited for) when dropped.
    _slirp: crate::runtime::slirp::Slirp,
}

fn start(paths: &Paths) -> Result<Running> {
    std::fs::create_dir_all(&paths.tmpdir).context(|| format!("create {}", paths.tmpdir.display()))?;
    crate::runtime::userns::enter_if_rootless()?;
    // Becoming root in the namespace made us undumpable, which would close
    // /proc/PID/task/TID/ns/* to the user's other skiff processes.
    nix::sys::prctl::set_dumpable(true).context(|| "make skiff __netns dumpable".into())?;
    let (sender, receiver) = std::sync::mpsc::channel::<Result<i32>>();
    let dns_paths = paths.clone();
    std::thread::spawn(move || {
        let setup = network_namespace(dns_paths);
        match setup {
            Ok(sockets) => {
                let _ = sender.send(Ok(nix::unistd::gettid().as_raw()));
                serve_dns(sockets);
            }
            Err(e) => {
                let _ = sender.send(Err(e));
            }
        }
    });
    let netns_tid = receiver.recv().map_err(|_| crate::err!("the network namespace thread of skiff __netns died"))??;
    let pid = std::process::id() as i32;
    let state = HolderState { pid, start_time: process_start_time(pid).unwrap_or(0), netns_tid };
    // slirp4netns runs in the host's network namespace (this thread's) and
    // puts its tap0 into the networks' namespace, routing it to the outside.
    let slirp = crate::runtime::slirp::Slirp::start_for_namespace(&state.netns_path(), &paths.tmpdir.join("netns"))?;
    atomic::write_json(&state_path(paths), &state)?;
    Ok(Running { _slirp: slirp })
}

struct DnsSockets {
    udp: std::net::UdpSocket,
    tcp: std::net::TcpListener,
    paths: Paths,
}

/// On the calling thread only: a new network namespace with loopback up,
/// forwarding on and source NAT (containers reach the outside through
/// tap0; networks are kept apart by routing rules, see `attach`), and the DNS server's
/// sockets on port 53 of every address there.
fn network_namespace(paths: Paths) -> Result<DnsSockets> {
    nix::sched::unshare(nix::sched::CloneFlags::CLONE_NEWNET).context(|| "create the user networks' namespace".into())?;
    // /proc/sys/net shows the opening thread's network namespace.
    std::fs::write("/proc/sys/net/ipv4/ip_forward", "1").context(|| "enable forwarding in the networks' namespace".into())?;
    // Between the IPv6 subnets of dual-stack networks' bridges; a kernel
    // without IPv6 has no such file, and no dual-stack network either.
    let _ = std::fs::write("/proc/sys/net/ipv6/conf/all/forwarding", "1");
    masquerade_outgoing()?;
    Netlink::open_here()?.set_up("lo", None)?;
    // One dual-stack socket answers on the IPv6 gateways of dual-stack
    // networks as on the IPv4 ones (asked from IPv4-mapped addresses); on
    // a kernel without IPv6, an IPv4 one.
    let udp = std::net::UdpSocket::bind("[::]:53")
        .or_else(|_| std::net::UdpSocket::bind("0.0.0.0:53"))
        .context(|| "bind the networks' DNS server (udp port 53)".into())?;
    let tcp = std::net::TcpListener::bind("[::]:53")
        .or_else(|_| std::net::TcpListener::bind("0.0.0.0:53"))
        .context(|| "bind the networks' DNS server (tcp port 53)".into())?;
    Ok(DnsSockets { udp, tcp, paths })
}

/// slirp4netns only answers packets from its own guest address: what the
/// containers send out through tap0 must leave with it (source NAT), as
/// podman's rootless network namespace does. nftables is enough, and any
/// user may run it in a network namespace of their own; the rule is here
/// before tap0 is (it matches the name). Run from the calling thread, whose
/// network namespace the child inherits.
fn masquerade_outgoing() -> Result<()> {
    use std::io::Write;
    const RULES: &str = "table ip skiff {\n  chain postrouting {\n    type nat hook postrouting priority srcnat; policy accept;\n    oifname \"tap0\" masquerade\n  }\n}\n";
    let nft = crate::sys::process::find_in_path("nft").ok_or_else(|| {
        crate::err!("nft is not installed: user networks need it for their way out (Debian: apt-get install nftables)")
    })?;
    let mut child = std::process::Command::new(nft)
        .args(["-f", "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .context(|| "run nft".into())?;
    if let Some(mut stdin) = child.stdin.take() {
        let _ = stdin.write_all(RULES.as_bytes());
    }
    let out = child.wait_with_output().context(|| "run nft".into())?;
    if !out.status.success() {
        let message = String::from_utf8_lossy(&out.stderr);
        return Err(crate::err!("nft could not set up the user networks' way out: {}", message.trim().replace('\n', "; ")));
    }
    Ok(())
}

fn serve_dns(sockets: DnsSockets) {
    let DnsSockets { udp, tcp, paths } = sockets;
    let tcp_paths = paths.clone();
    std::thread::spawn(move || dns::serve_tcp(&tcp_paths, tcp));
    dns::serve(&paths, udp);
}

impl Running {
    /// Return once no container has been on a network, and no one has
    /// joined, for `IDLE_GRACE`; the state file is gone by then, under the
    /// lock `join` takes, so no one joins a holder that is ending.
    fn wait_until_idle(&self, paths: &Paths) {
        let mut idle_since: Option<Instant> = None;
        loop {
            std::thread::sleep(CHECK_INTERVAL);
            if endpoints::any_live(paths) || joiner_alive(paths) {
                idle_since = None;
                continue;
            }
            let since = *idle_since.get_or_insert_with(Instant::now);
            if since.elapsed() < IDLE_GRACE {
                continue;
            }
            let Ok(_lock) = holder_lock(paths) else { continue };
            if endpoints::any_live(paths) || joiner_alive(paths) {
                idle_since = None;
                continue;
            }
            let _ = std::fs::remove_file(state_path(paths));
            return;
        }
    }
}

/// Whether a process that joined still lives; forgets those that do not.
fn joiner_alive(paths: &Paths) -> bool {
    let Ok(entries) = std::fs::read_dir(joiners_dir(paths)) else { return false };
    let mut alive = false;
    for entry in entries.flatten() {
        let pid = entry.file_name().to_string_lossy().parse::<i32>().ok();
        let start_time = std::fs::read_to_string(entry.path()).ok().and_then(|t| t.trim().parse::<u64>().ok());
        match (pid, start_time) {
            (Some(pid), Some(start)) if process_start_time(pid) == Some(start) => alive = true,
            _ => {
                let _ = std::fs::remove_file(entry.path());
            }
        }
    }
    alive
}
