//! User namespaces for rootless operation.
//!
//! A rootless skiff process that must own files as other ids (unpacking
//! layers, running or removing containers) first moves itself into a new
//! user namespace where it is root, with the user's subordinate id ranges
//! from /etc/subuid and /etc/subgid mapped in through the setuid helpers
//! newuidmap/newgidmap. Without a range, it falls back to mapping only the
//! user's own id (and warns), which is enough for images whose files all
//! belong to root.

use crate::error::{Context, Result};
use nix::unistd::{Gid, Pid, Uid};
use std::io::{Read, Write};
use std::os::fd::AsRawFd;
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};
use crate::sys::process::find_in_path;

/// One line of a uid_map/gid_map: `container host size`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct IdMap {
    pub container: u32,
    pub host: u32,
    pub size: u32,
}

/// The lines of a uid_map or gid_map as /proc shows them.
pub fn parse_id_map(text: &str) -> Vec<IdMap> {
    text.lines()
        .filter_map(|line| {
            let mut fields = line.split_whitespace().map(str::parse::<u32>);
            match (fields.next(), fields.next(), fields.next()) {
                (Some(Ok(container)), Some(Ok(host)), Some(Ok(size))) => Some(IdMap { container, host, size }),
                _ => None,
            }
        })
        .collect()
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IdMappings {
    pub uids: Vec<IdMap>,
    pub gids: Vec<IdMap>,
    /// False when only the user's own ids are mapped (no subordinate range).
    pub subordinate: bool,
}

/// True when skiff runs without root's privileges and must use a user
/// namespace: as an ordinary user, or as uid 0 without CAP_SYS_ADMIN (the
/// root of an unprivileged container, where skiff runs inside skiff or a
/// CI runner's container). Root of a user namespace skiff entered has the
/// capability there, so this turns false once entered.
pub fn rootless() -> bool {
    !nix::unistd::geteuid().is_root() || !caps::has_cap(None, caps::CapSet::Effective, caps::Capability::CAP_SYS_ADMIN).unwrap_or(false)
}

/// podman's refusal of a mount (`mount`, `image mount`, `volume mount`)
/// outside `skiff unshare`: a rootless mount would vanish with the skiff
/// process that made it, in a mount namespace of its own.
pub fn refuse_outside_unshare(command: &str) -> Result<()> {
    if rootless() {
        return Err(crate::err!("cannot run command \"skiff {command}\" in rootless mode, must execute `skiff unshare` first"));
    }
    Ok(())
}

/// Whether skiff works for an unprivileged user: `rootless`, or root only
/// of a user namespace this process entered (as `create` does).
pub fn unprivileged_user() -> bool {
    rootless() || ENTERED.load(std::sync::atomic::Ordering::Relaxed)
}

/// Read the ranges for `user`/`id` from an /etc/subuid-style file.
pub fn parse_subid(content: &str, user: &str, id: u32) -> Vec<(u32, u32)> {
    let id = id.to_string();
    content
        .lines()
        .filter_map(|line| {
            let line = line.trim();
            if line.starts_with('#') {
                return None;
            }
            let mut parts = line.split(':');
            let owner = parts.next()?;
            let start = parts.next()?.trim().parse::<u32>().ok()?;
            let count = parts.next()?.trim().parse::<u32>().ok()?;
            ((owner == user || owner == id) && count > 0).then_some((start, count))
        })
        .collect()
}

fn build_maps(own: u32, ranges: &[(u32, u32)]) -> Vec<IdMap> {
    let mut maps = vec![IdMap { container: 0, host: own, size: 1 }];
    let mut next = 1u32;
    for &(start, count) in ranges {
        maps.push(IdMap { container: next, host: start, size: count });
        next = next.saturating_add(count);
    }
    maps
}

/// The mappings skiff will use for the calling user, and a warning to show
/// when it has to fall back to a single id.
pub fn current_mappings() -> (IdMappings, Option<String>) {
    let uid = nix::unistd::getuid().as_raw();
    let gid = nix::unistd::getgid().as_raw();
    let user = nix::unistd::User::from_uid(Uid::from_raw(uid))
        .ok()
        .flatten()
        .map(|u| u.name)
        .unwrap_or_else(|| uid.to_string());
    let subuid = std::fs::read_to_string("/etc/subuid").unwrap_or_default();
    let subgid = std::fs::read_to_string("/etc/subgid").unwrap_or_default();
    let uranges = parse_subid(&subuid, &user, uid);
    let granges = parse_subid(&subgid, &user, uid);
    let single = IdMappings {
        uids: build_maps(uid, &[]),
        gids: build_maps(gid, &[]),
        subordinate: false,
    };
    if uranges.is_empty() || granges.is_empty() {
        let warning = format!(
            "no subordinate {} range for user {user} in /etc/{}: running with a single id mapping (as root: usermod --add-subuids 100000-165535 --add-subgids 100000-165535 {user})",
            if uranges.is_empty() { "uid" } else { "gid" },
            if uranges.is_empty() { "subuid" } else { "subgid" },
        );
        return (single, Some(warning));
    }
    for helper in ["newuidmap", "newgidmap"] {
        if find_in_path(helper).is_none() {
            let warning = format!(
                "{helper} is not installed: running with a single id mapping (install the uidmap package)"
            );
            return (single, Some(warning));
        }
    }
    (IdMappings { uids: build_maps(uid, &uranges), gids: build_maps(gid, &granges), subordinate: true }, None)
}

fn helper_args(pid: Pid, maps: &[IdMap]) -> Vec<String> {
    let mut args = vec![pid.as_raw().to_string()];
    for m in maps {
        args.extend([m.container.to_string(), m.host.to_string(), m.size.to_string()]);
    }
    args
}

/// Write the mappings of process `pid` through newuidmap/newgidmap, run
/// side by side (each is an exec of a setuid program: a good part of what
/// entering the user namespace costs).
fn map_with_helpers(pid: Pid, maps: &IdMappings) -> std::result::Result<(), String> {
    let mut running = Vec::new();
    for (helper, m) in [("newuidmap", &maps.uids), ("newgidmap", &maps.gids)] {
        let child = std::process::Command::new(helper)
            .args(helper_args(pid, m))
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .map_err(|e| format!("run {helper}: {e}"))?;
        running.push((helper, child));
    }
    let mut failure = None;
    for (helper, child) in running {
        let out = child.wait_with_output().map_err(|e| format!("run {helper}: {e}"))?;
        if !out.status.success() && failure.is_none() {
            let msg = String::from_utf8_lossy(&out.stderr);
            failure = Some(format!("{helper} failed: {}", msg.trim().replace('\n', "; ")));
        }
    }
    failure.map_or(Ok(()), Err)
}

/// Set once this process has entered or joined a user namespace, where it
/// stays: `run` joins the user networks' holder before `create` would enter
/// a new one of its own.
static ENTERED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Move this process into a user namespace where it is root, with `maps`
/// applied: the keeper's if one runs, else a new one, which a keeper then
/// holds for the next commands (see `keeper`; only ranges need the setuid
/// helpers, a single id maps itself for next to nothing). Must be called
/// while the process is single-threaded.
pub fn enter(maps: &IdMappings) -> Result<()> {
    if !(maps.subordinate && super::keeper::join(maps)?) {
        enter_new(maps)?;
        if maps.subordinate {
            super::keeper::start();
        }
    }
    ENTERED.store(true, std::sync::atomic::Ordering::Relaxed);
    Ok(())
}

fn enter_new(maps: &IdMappings) -> Result<()> {
    use nix::sched::{unshare, CloneFlags};
    if !maps.subordinate {
        unshare(CloneFlags::CLONE_NEWUSER).context(|| "create user namespace".into())?;
        std::fs::write("/proc/self/setgroups", "deny").context(|| "write /proc/self/setgroups".into())?;
        let line = |m: &IdMap| format!("{} {} {}\n", m.container, m.host, m.size);
        std::fs::write("/proc/self/uid_map", line(&maps.uids[0])).context(|| "write uid_map".into())?;
        std::fs::write("/proc/self/gid_map", line(&maps.gids[0])).context(|| "write gid_map".into())?;
        become_root()?;
        return Ok(());
    }
    // The setuid helpers ignore their setuid bit inside a namespace that
    // does not map root, so a child that stays outside must run them on us.
    let (go_r, go_w) = nix::unistd::pipe2(nix::fcntl::OFlag::O_CLOEXEC)?;
    let (res_r, res_w) = nix::unistd::pipe2(nix::fcntl::OFlag::O_CLOEXEC)?;
    let parent = nix::unistd::getpid();
    // SAFETY: skiff is single-threaded here; the child only reads a pipe,
    // runs the helpers and exits.
    match unsafe { nix::unistd::fork() }.context(|| "fork".into())? {
        nix::unistd::ForkResult::Child => {
            drop(go_w);
            drop(res_r);
            let mut byte = [0u8; 1];
            let ok = matches!(nix::unistd::read(&go_r, &mut byte), Ok(1));
            let code = if !ok {
                1
            } else {
                match map_with_helpers(parent, maps) {
                    Ok(()) => 0,
                    Err(msg) => {
                        let _ = nix::unistd::write(&res_w, msg.as_bytes());
                        1
                    }
                }
            };
            unsafe { libc::_exit(code) }
        }
        nix::unistd::ForkResult::Parent { child } => {
            drop(go_r);
            drop(res_w);
            let unshared = unshare(CloneFlags::CLONE_NEWUSER);
            if unshared.is_ok() {
                let _ = nix::unistd::write(&go_w, b"x");
            }
            drop(go_w);
            let mut msg = Vec::new();
            let mut buf = [0u8; 512];
            while let Ok(n) = nix::unistd::read(&res_r, &mut buf) {
                if n == 0 {
                    break;
                }
                msg.extend_from_slice(&buf[..n]);
            }
            let status = nix::sys::wait::waitpid(child, None);
            unshared.context(|| "create user namespace".into())?;
            let _ = res_r.as_raw_fd();
            match status {
                Ok(nix::sys::wait::WaitStatus::Exited(_, 0)) => {}
                _ => {
                    let msg = String::from_utf8_lossy(&msg);
                    return Err(crate::err!("set up user namespace id mappings: {}", msg.trim()));
                }
            }
            become_root()
        }
    }
}

pub fn become_root() -> Result<()> {
    nix::unistd::setresgid(Gid::from_raw(0), Gid::from_raw(0), Gid::from_raw(0)).context(|| "setgid 0 in user namespace".into())?;
    nix::unistd::setresuid(Uid::from_raw(0), Uid::from_raw(0), Uid::from_raw(0)).context(|| "setuid 0 in user namespace".into())?;
    Ok(())
}

/// `--userns` of a container.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UsernsMode {
    /// skiff's own user namespace: container root is the user (podman's
    /// rootless default, also `host` and the empty value).
    Default,
    /// A user namespace of the container's own, nested in skiff's, where
    /// `uid`/`gid` (the user's own, unless `keep-id:uid=,gid=` says
    /// otherwise) are the user's ids on the host.
    KeepId { uid: u32, gid: u32 },
    /// A user namespace of the container's own whose ids are subordinate
    /// ids no other container's namespace holds (`auto[:OPTIONS]`).
    Auto(AutoOptions),
    /// `private`: a namespace of the container's own, which rootless
    /// podman 4.3.1 makes only from --uidmap/--gidmap (or
    /// --subuidname/--subgidname) given with it.
    Private,
    /// `nomap`: a namespace of the container's own whose ids 0 and up are
    /// the user's subordinate ids, the user's own id left out.
    NoMap,
    /// The user namespace of another container (`container:NAME|ID`),
    /// which must be running.
    Container(String),
    /// The user namespace of this file (`ns:PATH`: /proc/PID/ns/user or a
    /// bind mount of one).
    Path(PathBuf),
}

/// `--userns=auto`'s options: `size=N`, and `uidmapping=`/`gidmapping=`
/// triples (CONTAINER:INTERMEDIATE:SIZE) it must hold besides.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AutoOptions {
    pub size: Option<u32>,
    pub uidmapping: Vec<IdMap>,
    pub gidmapping: Vec<IdMap>,
}

/// podman's bounds on the size `auto` works out from the image
/// (containers-storage's auto_userns_min_size and auto_userns_max_size).
pub const AUTO_MIN_SIZE: u32 = 1024;
pub const AUTO_MAX_SIZE: u32 = 65536;

impl UsernsMode {
    /// `--userns` as given; the user's own ids are the default target of
    /// keep-id.
    pub fn parse(value: &str) -> Result<UsernsMode> {
        let (mode, options) = value.split_once(':').unwrap_or((value, ""));
        match mode {
            "" | "host" if options.is_empty() => Ok(UsernsMode::Default),
            "keep-id" => {
                if !rootless() {
                    return Err(crate::err!("--userns=keep-id is only supported in rootless mode"));
                }
                let (mut uid, mut gid) = own_ids();
                for option in options.split(',').filter(|o| !o.is_empty()) {
                    let invalid = || crate::err!("invalid --userns option {option:?}: use keep-id[:uid=UID,gid=GID]");
                    let (key, id) = option.split_once('=').ok_or_else(invalid)?;
                    let id = id.parse::<u32>().map_err(|_| invalid())?;
                    match key {
                        "uid" => uid = id,
                        "gid" => gid = id,
                        _ => return Err(invalid()),
                    }
                }
                Ok(UsernsMode::KeepId { uid, gid })
            }
            "auto" => {
                let mut auto = AutoOptions::default();
                for option in options.split(',').filter(|o| !o.is_empty()) {
                    let invalid = || crate::err!("invalid --userns option {option:?}: use auto[:size=N,uidmapping=C:H:S,gidmapping=C:H:S]");
                    let (key, value) = option.split_once('=').ok_or_else(invalid)?;
                    match key {
                        "size" => auto.size = Some(value.parse::<u32>().ok().filter(|n| *n > 0).ok_or_else(invalid)?),
                        "uidmapping" => auto.uidmapping.extend(parse_id_triples(&[value.to_string()], "--userns=auto uidmapping")?),
                        "gidmapping" => auto.gidmapping.extend(parse_id_triples(&[value.to_string()], "--userns=auto gidmapping")?),
                        _ => return Err(invalid()),
                    }
                }
                Ok(UsernsMode::Auto(auto))
            }
            "nomap" if options.is_empty() => {
                if !rootless() {
                    return Err(crate::err!("--userns=nomap is only supported in rootless mode"));
                }
                Ok(UsernsMode::NoMap)
            }
            "private" if options.is_empty() => Ok(UsernsMode::Private),
            "container" if !options.is_empty() => Ok(UsernsMode::Container(options.to_string())),
            "ns" if !options.is_empty() => Ok(UsernsMode::Path(PathBuf::from(options))),
            "container" | "ns" => Err(crate::err!("invalid --userns {value:?}: use {mode}:{}", if mode == "ns" { "PATH" } else { "NAME|ID" })),
            _ => Err(crate::err!("invalid --userns {value:?}: use keep-id[:uid=UID,gid=GID], auto[:size=N], container:ID, ns:PATH or host")),
        }
    }
}

/// Parse `--uidmap`/`--gidmap` values, `CONTAINER:INTERMEDIATE:SIZE`
/// triples (one value may chain several, as podman's
/// `0:1:1000:1000:0:1`).
pub fn parse_id_triples(values: &[String], flag: &str) -> Result<Vec<IdMap>> {
    let mut maps = Vec::new();
    for value in values {
        let invalid = |why: &str| crate::err!("invalid {flag} {value:?}: {why} (use CONTAINER_ID:HOST_ID:SIZE)");
        let numbers = value
            .split(':')
            .map(|n| n.trim().parse::<u32>().map_err(|_| invalid(&format!("{n:?} is not an id"))))
            .collect::<Result<Vec<u32>>>()?;
        if numbers.len() % 3 != 0 {
            return Err(invalid("not a whole number of triples"));
        }
        for triple in numbers.chunks(3) {
            let map = IdMap { container: triple[0], host: triple[1], size: triple[2] };
            if map.size == 0 {
                return Err(invalid("the size is 0"));
            }
            if map.container.checked_add(map.size - 1).is_none() || map.host.checked_add(map.size - 1).is_none() {
                return Err(invalid("the range goes past the largest id"));
            }
            maps.push(map);
        }
    }
    Ok(maps)
}
/// The id mappings of a container's own user namespace (keep-id,
/// --uidmap/--gidmap), in the ids of skiff's namespace, where id 0 is the user and id k the user's
/// k-th subordinate id: the image's ids, as layers are stored.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct NestedMappings {
    pub uids: Vec<IdMap>,
    pub gids: Vec<IdMap>,
}

/// keep-id's mapping of `size` ids (all of skiff's namespace): container
/// `target` is skiff's 0 (the user), container 0..target are skiff's
/// 1..=target (the first subordinate ids), and the rest map to themselves.
fn keep_id_map(target: u32, size: u32, kind: &str) -> Result<Vec<IdMap>> {
    if target >= size {
        return Err(crate::err!(
            "--userns=keep-id: {kind} {target} does not fit in the {size} ids of the user namespace (the subordinate {kind} range is too small)"
        ));
    }
    let mut maps = Vec::new();
    if target > 0 {
        maps.push(IdMap { container: 0, host: 1, size: target });
    }
    maps.push(IdMap { container: target, host: 0, size: 1 });
    if size - target - 1 > 0 {
        maps.push(IdMap { container: target + 1, host: target + 1, size: size - target - 1 });
    }
    Ok(maps)
}

fn mapped_size(maps: &[IdMap]) -> u32 {
    maps.iter().map(|m| m.container.saturating_add(m.size)).max().unwrap_or(0)
}

/// Half-open ranges `from` less `remove` (sorted), in order.
fn subtract(from: &[(u64, u64)], remove: &[(u64, u64)]) -> Vec<(u64, u64)> {
    let mut left = from.to_vec();
    for &(cut_start, cut_end) in remove {
        left = left
            .into_iter()
            .flat_map(|(start, end)| {
                if cut_end <= start || end <= cut_start {
                    vec![(start, end)]
                } else {
                    [(start, cut_start), (cut_end, end)].into_iter().filter(|(a, b)| a < b).collect()
                }
            })
            .collect();
    }
    left
}

/// Map the container ids of `wanted` in order onto the host ids of `free`
/// in order, as many as `wanted` holds (`free` has at least as many).
fn zip_ranges(free: &[(u64, u64)], wanted: &[(u64, u64)]) -> Vec<IdMap> {
    let mut maps = Vec::new();
    let mut hosts = free.iter().copied();
    let mut host = hosts.next();
    for &(mut start, end) in wanted {
        while start < end {
            let Some((host_start, host_end)) = host else { return maps };
            let n = (end - start).min(host_end - host_start);
            maps.push(IdMap { container: start as u32, host: host_start as u32, size: n as u32 });
            start += n;
            host = if host_start + n < host_end { Some((host_start + n, host_end)) } else { hosts.next() };
        }
    }
    maps
}

/// The ranges of a mapping lie in skiff's namespace of `size` ids and
/// overlap nowhere (the kernel refuses overlaps).
fn check_ranges(maps: &[IdMap], size: u32, flag: &str, kind: &str) -> Result<()> {
    let end = |start: u32, m: &IdMap| u64::from(start) + u64::from(m.size);
    for (i, m) in maps.iter().enumerate() {
        let triple = format!("{}:{}:{}", m.container, m.host, m.size);
        if end(m.host, m) > u64::from(size) {
            return Err(crate::err!(
                "{flag} {triple}: {kind}s {}-{} are outside your user namespace, which has {kind}s 0-{} (0 is you, 1 and up your subordinate {kind}s)",
                m.host,
                end(m.host, m) - 1,
                size.saturating_sub(1)
            ));
        }
        for other in &maps[..i] {
            let overlap = |a: u32, b: u32| u64::from(a) < end(b, other) && u64::from(b) < end(a, m);
            if overlap(m.container, other.container) || overlap(m.host, other.host) {
                return Err(crate::err!(
                    "{flag} {triple} overlaps {}:{}:{}: a {kind} may be mapped only once",
                    other.container,
                    other.host,
                    other.size
                ));
            }
        }
    }
    Ok(())
}

impl NestedMappings {
    /// keep-id inside skiff's namespace with mappings `outer`.
    pub fn keep_id(outer: &IdMappings, uid: u32, gid: u32) -> Result<NestedMappings> {
        if !outer.subordinate {
            return Err(crate::err!(
                "--userns=keep-id needs a subordinate id range for the user in /etc/subuid and /etc/subgid"
            ));
        }
        Ok(NestedMappings {
            uids: keep_id_map(uid, mapped_size(&outer.uids), "uid")?,
            gids: keep_id_map(gid, mapped_size(&outer.gids), "gid")?,
        })
    }

    /// `--userns=nomap`: container ids 0 and up on all of skiff's
    /// subordinate ids (1 and up), as podman's GetNoMapMapping maps them.
    pub fn nomap(outer: &IdMappings) -> Result<NestedMappings> {
        if !outer.subordinate {
            return Err(crate::err!(
                "--userns=nomap needs a subordinate id range for the user in /etc/subuid and /etc/subgid"
            ));
        }
        let side = |maps: &[IdMap]| vec![IdMap { container: 0, host: 1, size: mapped_size(maps) - 1 }];
        Ok(NestedMappings { uids: side(&outer.uids), gids: side(&outer.gids) })
    }

    /// `--uidmap`/`--gidmap`: either alone serves for both (podman's rule).
    pub fn custom(outer: &IdMappings, uids: Vec<IdMap>, gids: Vec<IdMap>) -> Result<NestedMappings> {
        let (uids, gids) = match (uids.is_empty(), gids.is_empty()) {
            (false, true) => (uids.clone(), uids),
            (true, false) => (gids.clone(), gids),
            _ => (uids, gids),
        };
        check_ranges(&uids, mapped_size(&outer.uids), "--uidmap", "uid")?;
        check_ranges(&gids, mapped_size(&outer.gids), "--gidmap", "gid")?;
        Ok(NestedMappings { uids, gids })
    }

    /// `--userns=auto`: `size` container ids from 0 (less those the
    /// options map), on the first of skiff's subordinate ids (1 and up)
    /// that neither `taken` (other containers' mappings) nor the options
    /// use, as podman's getAutoUserNSIDMappings picks them: the user's own
    /// id is left out, unless the options map it (see rootfs::HostPaths).
    pub fn auto(outer: &IdMappings, size: u32, options: &AutoOptions, taken: &[NestedMappings]) -> Result<NestedMappings> {
        let side = |outer_maps: &[IdMap], extra: &[IdMap], taken_side: &dyn Fn(&NestedMappings) -> Vec<IdMap>, flag: &str, kind: &str| -> Result<Vec<IdMap>> {
            let namespace_size = mapped_size(outer_maps);
            check_ranges(extra, namespace_size, flag, kind)?;
            let mut used: Vec<(u64, u64)> = taken.iter().flat_map(|t| taken_side(t)).chain(extra.iter().copied())
                .filter(|m| m.host != 0)
                .map(|m| (u64::from(m.host), u64::from(m.host) + u64::from(m.size)))
                .collect();
            used.sort();
            let wanted = subtract(&[(0, u64::from(size))], &extra.iter().map(|m| (u64::from(m.container), u64::from(m.container) + u64::from(m.size))).collect::<Vec<_>>());
            let free = subtract(&[(1, u64::from(namespace_size))], &used);
            let count: u64 = wanted.iter().map(|(a, b)| b - a).sum();
            let available: u64 = free.iter().map(|(a, b)| b - a).sum();
            if available < count {
                return Err(crate::err!(
                    "--userns=auto: not enough free subordinate {kind}s for a user namespace of {count}: {available} of your {} are not taken by other containers' user namespaces (remove some, or ask for less with auto:size=N)",
                    namespace_size.saturating_sub(1)
                ));
            }
            let mut maps = zip_ranges(&free, &wanted);
            maps.extend(extra.iter().copied());
            maps.sort_by_key(|m| m.container);
            Ok(maps)
        };
        Ok(NestedMappings {
            uids: side(&outer.uids, &options.uidmapping, &|t| t.uids.clone(), "--userns=auto uidmapping", "uid")?,
            gids: side(&outer.gids, &options.gidmapping, &|t| t.gids.clone(), "--userns=auto gidmapping", "gid")?,
        })
    }

    /// `--subuidname`/`--subgidname`: container ids 0 and up on the ranges
    /// /etc/subuid and /etc/subgid give the names, in order, as podman maps
    /// them; rootless, each must lie within the user's own subordinate ids
    /// (`outer`), whose ids of skiff's namespace they become; the user's
    /// own id is left out, as under auto.
    pub fn by_name(outer: &IdMappings, uid_name: &str, gid_name: &str) -> Result<NestedMappings> {
        let side = |file: &str, name: &str, outer_maps: &[IdMap], flag: &str, kind: &str| -> Result<Vec<IdMap>> {
            let content = std::fs::read_to_string(file).unwrap_or_default();
            let id = nix::unistd::User::from_name(name).ok().flatten().map_or(u32::MAX, |u| u.uid.as_raw());
            let ranges = parse_subid(&content, name, id);
            if ranges.is_empty() {
                return Err(crate::err!("{flag} {name}: {file} has no range for {name}"));
            }
            let mut maps = Vec::new();
            let mut next = 0u32;
            for (start, count) in ranges {
                let last = u64::from(start) + u64::from(count) - 1;
                let within = outer_maps.iter().filter(|m| m.container > 0).find(|m| {
                    u64::from(m.host) <= u64::from(start) && last < u64::from(m.host) + u64::from(m.size)
                });
                let Some(own) = within else {
                    return Err(crate::err!(
                        "{flag} {name}: its {kind}s {start}-{last} in {file} are not among your own subordinate {kind}s, the only ones skiff can map"
                    ));
                };
                maps.push(IdMap { container: next, host: own.container + (start - own.host), size: count });
                next = next.saturating_add(count);
            }
            check_ranges(&maps, mapped_size(outer_maps), flag, kind)?;
            Ok(maps)
        };
        Ok(NestedMappings {
            uids: side("/etc/subuid", uid_name, &outer.uids, "--subuidname", "uid")?,
            gids: side("/etc/subgid", gid_name, &outer.gids, "--subgidname", "gid")?,
        })
    }

    /// podman inspect's `IDMappings`: `CONTAINER:HOST:SIZE` strings.
    pub fn inspect_lines(&self) -> (Vec<String>, Vec<String>) {
        let lines = |maps: &[IdMap]| maps.iter().map(|m| format!("{}:{}:{}", m.container, m.host, m.size)).collect();
        (lines(&self.uids), lines(&self.gids))
    }

    /// Write the mappings of `pid`, a child just created in a new user
    /// namespace; skiff is root in the parent namespace.
    pub fn apply(&self, pid: Pid) -> Result<()> {
        for (file, maps) in [("uid_map", &self.uids), ("gid_map", &self.gids)] {
            let text: String = maps.iter().map(|m| format!("{} {} {}\n", m.container, m.host, m.size)).collect();
            let path = format!("/proc/{}/{file}", pid.as_raw());
            std::fs::write(&path, text).context(|| format!("write {path}"))?;
        }
        Ok(())
    }

    /// Whether skiff's ids 0 (the user on the host) are mapped, uid and gid.
    pub fn maps_user(&self) -> bool {
        self.uids.iter().any(|m| m.host == 0) && self.gids.iter().any(|m| m.host == 0)
    }

    /// The ids of skiff's namespace that container root is (the lowest
    /// mapped container ids, should 0 not be).
    pub fn root_ids(&self) -> (u32, u32) {
        let root = |maps: &[IdMap]| maps.iter().min_by_key(|m| m.container).map_or(0, |m| m.host);
        (root(&self.uids), root(&self.gids))
    }

    /// The container's ids for skiff's id 0 (the user on the host); its
    /// root's (the lowest mapped) when the user is not mapped (`nomap`,
    /// `auto`, maps without intermediate id 0).
    pub fn user_ids(&self) -> (u32, u32) {
        let own = |maps: &[IdMap]| {
            maps.iter().find(|m| m.host == 0).or_else(|| maps.iter().min_by_key(|m| m.container)).map_or(0, |m| m.container)
        };
        (own(&self.uids), own(&self.gids))
    }

    /// In the container's namespace (joined as root): create files as the
    /// user, so that what is copied out to the host belongs to the user,
    /// while keeping the capabilities to read anything in the container
    /// (changing the filesystem uid drops them from the effective set).
    pub fn create_files_as_user(&self) -> Result<()> {
        let (uid, gid) = self.user_ids();
        nix::unistd::setfsgid(Gid::from_raw(gid));
        nix::unistd::setfsuid(Uid::from_raw(uid));
        let permitted = caps::read(None, caps::CapSet::Permitted).context(|| "read capabilities".into())?;
        caps::set(None, caps::CapSet::Effective, &permitted).context(|| "raise capabilities".into())
    }
}

/// Enter the user namespace if skiff runs rootless, printing the fallback
/// warning when there is one; nothing to do if this process is in one
/// already. Returns the mappings in force (None as root).
pub fn enter_if_rootless() -> Result<Option<IdMappings>> {
    if !rootless() {
        return Ok(None);
    }
    let (maps, warning) = current_mappings();
    if ENTERED.load(std::sync::atomic::Ordering::Relaxed) {
        return Ok(Some(maps));
    }
    if let Some(w) = warning {
        crate::sys::warnings::warn(&w);
    }
    enter(&maps)?;
    let _ = ENTERED_WITH.set(maps.clone());
    Ok(Some(maps))
}

/// The user's own uid and gid, also once this process has entered skiff's
/// namespace (where they are 0): keep-id's default ids.
fn own_ids() -> (u32, u32) {
    let own = |maps: &[IdMap]| maps.iter().find(|m| m.container == 0).map(|m| m.host);
    match ENTERED_WITH.get().and_then(|maps| own(&maps.uids).zip(own(&maps.gids))) {
        Some(ids) => ids,
        None => (nix::unistd::getuid().as_raw(), nix::unistd::getgid().as_raw()),
    }
}

/// The mappings `enter_if_rootless` entered skiff's namespace with.
static ENTERED_WITH: std::sync::OnceLock<IdMappings> = std::sync::OnceLock::new();

/// The mappings skiff uses for the calling user, as `current_mappings`
/// finds them outside skiff's namespace, also once this process has
/// entered it (where it is root, whose /etc/subuid lines are not the
/// user's): what a namespace nested in skiff's is made from (a pod's
/// made by `kube play` after it pulled the images).
pub fn outer_mappings() -> IdMappings {
    ENTERED_WITH.get().cloned().unwrap_or_else(|| current_mappings().0)
}

/// Run `work` in a child process that enters the user namespace (as
/// `enter_if_rootless`) and wait for it, for a caller that must itself stay
/// outside: one that goes on to start monitors, each of which joins its
/// container's own namespace. The child's error comes back as its message.
/// Must be called while the process is single-threaded.
pub fn in_user_namespace_child(work: impl FnOnce() -> Result<()>) -> Result<()> {
    crate::sys::process::in_child(|| enter_if_rootless().and_then(|_| work()))
}

/// Move this process into a mount namespace of its own whose mounts do not
/// propagate back, so what it mounts vanishes when it and its children
/// exit. Call after entering the user namespace.
pub fn private_mount_namespace() -> Result<()> {
    nix::sched::unshare(nix::sched::CloneFlags::CLONE_NEWNS).context(|| "create a mount namespace".into())?;
    nix::mount::mount(None::<&str>, "/", None::<&str>, nix::mount::MsFlags::MS_REC | nix::mount::MsFlags::MS_PRIVATE, None::<&str>)
        .context(|| "make mounts private".into())
}

/// Open the user namespace file `path` (`--userns=ns:PATH`, or
/// /proc/PID/ns/user of a container whose namespace another joins),
/// making sure it is one: setns would take any namespace's file.
pub fn open_user_namespace(path: &Path, flag: &str) -> Result<std::fs::File> {
    let file = std::fs::File::open(path).map_err(|e| crate::err!("{flag}: cannot open {}: {e}", path.display()))?;
    // NS_GET_NSTYPE (_IO(0xb7, 0x3)) answers only on a namespace file.
    const NS_GET_NSTYPE: libc::c_ulong = 0xb703;
    // SAFETY: the ioctl takes no argument and touches no memory of ours.
    let kind = unsafe { libc::ioctl(file.as_raw_fd(), NS_GET_NSTYPE) };
    if kind != libc::CLONE_NEWUSER {
        return Err(crate::err!("{flag}: {} is not a user namespace (give /proc/PID/ns/user or a bind mount of one)", path.display()));
    }
    Ok(file)
}

/// The mappings of the user namespace `namespace` (another's than this
/// process's, `--userns=ns:PATH`), in ids of its parent namespace
/// (skiff's, for a container's): a child that joins it reads them from
/// /proc/self/uid_map, which shows them so to a process inside. Must be
/// called while single-threaded.
pub fn mappings_of(namespace: &std::fs::File) -> Result<NestedMappings> {
    let (read_end, write_end) = nix::unistd::pipe2(nix::fcntl::OFlag::O_CLOEXEC).context(|| "pipe".into())?;
    crate::sys::process::in_child(move || {
        nix::sched::setns(namespace, nix::sched::CloneFlags::CLONE_NEWUSER).context(|| "join the user namespace".into())?;
        let read = |file: &str| std::fs::read_to_string(file).context(|| format!("read {file}"));
        let text = format!("{}\0{}", read("/proc/self/uid_map")?, read("/proc/self/gid_map")?);
        std::fs::File::from(write_end).write_all(text.as_bytes()).context(|| "report the user namespace's mappings".into())
    })?;
    let mut text = String::new();
    std::fs::File::from(read_end).read_to_string(&mut text).context(|| "read the user namespace's mappings".into())?;
    let (uids, gids) = text.split_once('\0').unwrap_or_default();
    Ok(NestedMappings { uids: parse_id_map(uids), gids: parse_id_map(gids) })
}

/// Whether `namespace` (a namespace file) is this process's own user namespace.
pub fn is_own_user_namespace(namespace: &std::fs::File) -> bool {
    match (namespace.metadata(), std::fs::metadata("/proc/self/ns/user")) {
        (Ok(theirs), Ok(ours)) => (theirs.dev(), theirs.ino()) == (ours.dev(), ours.ino()),
        _ => false,
    }
}

/// Join the user namespace of process `pid` (a container's), where skiff
/// is root, unless skiff is in it already (root without a user namespace).
/// Must be called while the process is single-threaded.
pub fn join_user_namespace(pid: i32) -> Result<()> {
    let path = format!("/proc/{pid}/ns/user");
    if std::fs::read_link(&path).ok() == std::fs::read_link("/proc/self/ns/user").ok() {
        return Ok(());
    }
    let ns = std::fs::File::open(&path).context(|| format!("open {path}"))?;
    nix::sched::setns(ns, nix::sched::CloneFlags::CLONE_NEWUSER).context(|| "join the container's user namespace".into())?;
    become_root()?;
    ENTERED.store(true, std::sync::atomic::Ordering::Relaxed);
    Ok(())
}

/// Join the user namespace that owns the namespace `namespace` (an open
/// /proc/PID/ns/* file), whose processes alone may join it; nothing to do
/// as root, or if this process is in it. Must be called while
/// single-threaded and before any other user namespace is entered.
pub fn join_owner_of(namespace: &std::fs::File) -> Result<()> {
    use std::os::fd::{AsRawFd, FromRawFd};
    use std::os::unix::fs::MetadataExt;
    if !rootless() {
        return Ok(());
    }
    // NS_GET_USERNS, _IO(0xb7, 0x1): a descriptor of the owning user namespace.
    const NS_GET_USERNS: libc::c_ulong = 0xb701;
    // SAFETY: the ioctl takes no argument and returns a new descriptor,
    // owned at once.
    let fd = unsafe { libc::ioctl(namespace.as_raw_fd(), NS_GET_USERNS as _) };
    if fd < 0 {
        return Err(crate::err!("find the user namespace that owns the namespace: {}", std::io::Error::last_os_error()));
    }
    let owner = unsafe { std::fs::File::from_raw_fd(fd) };
    let own = std::fs::metadata("/proc/self/ns/user").context(|| "read /proc/self/ns/user".into())?;
    let theirs = owner.metadata().context(|| "read the owning user namespace".into())?;
    if (own.dev(), own.ino()) == (theirs.dev(), theirs.ino()) {
        return Ok(());
    }
    nix::sched::setns(&owner, nix::sched::CloneFlags::CLONE_NEWUSER)
        .context(|| "join the user namespace that owns the namespace (it must be one of your own containers')".into())?;
    become_root()?;
    ENTERED.store(true, std::sync::atomic::Ordering::Relaxed);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_ranges_by_name_or_uid() {
        let f = "alice:100000:65536\n# comment\n1001:200000:1000\nbob:300000:10\n";
        assert_eq!(parse_subid(f, "alice", 1000), vec![(100000, 65536)]);
        assert_eq!(parse_subid(f, "carol", 1001), vec![(200000, 1000)]);
        assert!(parse_subid(f, "dave", 1002).is_empty());
    }

    #[test]
    fn keep_id_swaps_the_user_to_its_own_uid() {
        let outer = IdMappings { uids: build_maps(1500, &[(100000, 65536)]), gids: build_maps(1500, &[(100000, 65536)]), subordinate: true };
        let nested = NestedMappings::keep_id(&outer, 1500, 1500).unwrap();
        assert_eq!(
            nested.uids,
            vec![
                IdMap { container: 0, host: 1, size: 1500 },
                IdMap { container: 1500, host: 0, size: 1 },
                IdMap { container: 1501, host: 1501, size: 65536 - 1500 },
            ]
        );
        assert!(NestedMappings::keep_id(&outer, 70000, 1500).is_err());
        assert_eq!(UsernsMode::parse("host").unwrap(), UsernsMode::Default);
        assert_eq!(UsernsMode::parse("auto").unwrap(), UsernsMode::Auto(AutoOptions::default()));
        assert!(UsernsMode::parse("auto:size=0").is_err());
        assert!(UsernsMode::parse("auto:sise=10").is_err());
        assert_eq!(UsernsMode::parse("container:web").unwrap(), UsernsMode::Container("web".into()));
        assert_eq!(UsernsMode::parse("ns:/proc/1/ns/user").unwrap(), UsernsMode::Path("/proc/1/ns/user".into()));
        assert!(UsernsMode::parse("container:").is_err());
        assert!(UsernsMode::parse("ns").is_err());
        assert_eq!(UsernsMode::parse("private").unwrap(), UsernsMode::Private);
    }

    #[test]
    fn auto_takes_ids_no_other_container_holds() {
        let outer = IdMappings { uids: build_maps(1500, &[(100000, 65536)]), gids: build_maps(1500, &[(100000, 65536)]), subordinate: true };
        let first = NestedMappings::auto(&outer, 1024, &AutoOptions::default(), &[]).unwrap();
        assert_eq!(first.uids, vec![IdMap { container: 0, host: 1, size: 1024 }]);
        assert!(!first.maps_user(), "auto leaves out the user's own id, as podman does");
        let second = NestedMappings::auto(&outer, 1024, &AutoOptions::default(), &[first.clone()]).unwrap();
        assert_eq!(second.uids, vec![IdMap { container: 0, host: 1025, size: 1024 }]);
        // A hole left by a removed container is used first, across a gap if need be.
        let third = NestedMappings::auto(&outer, 2048, &AutoOptions::default(), &[second.clone()]).unwrap();
        assert_eq!(third.uids, vec![IdMap { container: 0, host: 1, size: 1024 }, IdMap { container: 1024, host: 2049, size: 1024 }]);
        let Ok(UsernsMode::Auto(options)) = UsernsMode::parse("auto:size=10,uidmapping=0:0:1") else { panic!("parse") };
        let own = NestedMappings::auto(&outer, 10, &options, &[first.clone()]).unwrap();
        assert_eq!(own.uids, vec![IdMap { container: 0, host: 0, size: 1 }, IdMap { container: 1, host: 1025, size: 9 }]);
        assert_eq!(own.gids, vec![IdMap { container: 0, host: 1025, size: 10 }]);
        assert!(NestedMappings::auto(&outer, 65536, &AutoOptions::default(), &[first]).unwrap_err().to_string().contains("not enough free subordinate uids"));
    }

    #[test]
    fn custom_maps_check_ranges_and_overlaps() {
        let outer = IdMappings { uids: build_maps(1500, &[(100000, 65536)]), gids: build_maps(1500, &[(100000, 65536)]), subordinate: true };
        let parse = |v: &str| parse_id_triples(&[v.to_string()], "--uidmap");
        assert_eq!(parse("0:1:1000:1000:0:1").unwrap().len(), 2);
        for bad in ["0:1", "a:1:1", "0:1:0", "4294967295:1:2"] {
            assert!(parse(bad).is_err(), "{bad}");
        }
        let nested = NestedMappings::custom(&outer, parse("0:1:1000:1000:0:1").unwrap(), vec![]).unwrap();
        assert_eq!(nested.gids, nested.uids);
        assert_eq!(nested.user_ids(), (1000, 1000));
        // podman takes maps without the user's own id (intermediate 0).
        let unmapped = NestedMappings::custom(&outer, parse("0:1:65536").unwrap(), vec![]).unwrap();
        assert!(!unmapped.maps_user());
        assert_eq!(unmapped.user_ids(), (0, 0));
        assert!(NestedMappings::custom(&outer, parse("0:1:65537").unwrap(), vec![]).is_err());
        assert!(NestedMappings::custom(&outer, parse("0:0:1:1:1:65537").unwrap(), vec![]).is_err());
        assert!(NestedMappings::custom(&outer, parse("0:1:10:5:20:10").unwrap(), vec![]).is_err());
        assert!(NestedMappings::custom(&outer, parse("0:1:10:10:5:10").unwrap(), vec![]).is_err());
        assert!(NestedMappings::custom(&outer, parse("0:0:1:1:1:65536").unwrap(), vec![]).is_ok());
    }

    #[test]
    fn nomap_leaves_out_the_user() {
        let outer = IdMappings { uids: build_maps(1500, &[(100000, 65536)]), gids: build_maps(1500, &[(100000, 65536)]), subordinate: true };
        assert!(UsernsMode::parse("nomap:size=1").is_err());
        let nested = NestedMappings::nomap(&outer).unwrap();
        assert_eq!(nested.uids, vec![IdMap { container: 0, host: 1, size: 65536 }]);
        assert_eq!(nested.gids, nested.uids);
        assert!(!nested.maps_user());
        assert_eq!(nested.root_ids(), (1, 1));
        assert!(NestedMappings::keep_id(&outer, 1500, 1500).unwrap().maps_user());
        let single = IdMappings { uids: build_maps(1500, &[]), gids: build_maps(1500, &[]), subordinate: false };
        assert!(NestedMappings::nomap(&single).is_err());
    }

    #[test]
    fn maps_own_id_to_root_then_ranges() {
        let m = build_maps(1000, &[(100000, 65536)]);
        assert_eq!(m[0], IdMap { container: 0, host: 1000, size: 1 });
        assert_eq!(m[1], IdMap { container: 1, host: 100000, size: 65536 });
    }
}
