//! Everything the runtime needs to start one container, decided before the
//! container process exists.

use super::ports::PortMapping;
use crate::error::Result;
use crate::storage::driver::{Driver, RootfsLayout};
use std::path::PathBuf;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NetworkMode {
    /// A new network namespace with only the loopback interface.
    None,
    /// The host's network namespace.
    Host,
    /// A new network namespace connected to the host through slirp4netns
    /// (user-mode networking): the default, as podman's rootless one.
    Slirp4netns(SlirpOptions),
    /// A new network namespace on the user network of this name (`network
    /// create`): a veth pair to its bridge in the user's networks' namespace.
    User(String),
    /// The network namespace of another running container
    /// (`container:NAME|ID`; its id once the container is created).
    Container(String),
}

/// `--network slirp4netns:OPTION=VALUE,...`, podman's option names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SlirpOptions {
    /// Let the container reach the host's loopback at the gateway, 10.0.2.2.
    pub allow_host_loopback: bool,
    pub enable_ipv6: bool,
    pub mtu: u32,
    /// The tap device's MAC address (`--mac-address`); slirp4netns's own
    /// choice when None.
    pub mac_address: Option<[u8; 6]>,
}

impl Default for SlirpOptions {
    fn default() -> SlirpOptions {
        SlirpOptions { allow_host_loopback: false, enable_ipv6: false, mtu: 65520, mac_address: None }
    }
}

/// slirp4netns's fixed addresses (the default 10.0.2.0/24 network).
pub const SLIRP_GATEWAY: &str = "10.0.2.2";
pub const SLIRP_DNS: &str = "10.0.2.3";
pub const SLIRP_CONTAINER_ADDRESS: &str = "10.0.2.100";

impl NetworkMode {
    /// `--network` as given: none, host, slirp4netns[:OPTIONS] (also
    /// podman's "private", its default), or a user network's name (whether
    /// it exists is checked against the network store by the caller).
    /// pasta is refused by name rather than taken for a network called so.
    pub fn parse(value: &str) -> Result<NetworkMode> {
        let (mode, options) = value.split_once(':').unwrap_or((value, ""));
        match mode {
            "none" | "host" if !options.is_empty() => Err(crate::err!("network mode {mode} takes no options: {value:?}")),
            "none" => Ok(NetworkMode::None),
            "host" => Ok(NetworkMode::Host),
            "slirp4netns" | "private" => Ok(NetworkMode::Slirp4netns(parse_slirp_options(options)?)),
            "pasta" => Err(match crate::sys::process::find_on_path("pasta") {
                None => crate::err!("pasta is not installed: install it (Debian: passt), or use --network slirp4netns"),
                Some(_) => crate::err!("--network pasta is not supported by skiff yet: use slirp4netns"),
            }),
            "container" if options.is_empty() => Err(crate::err!("--network container: needs a container's name or id: container:NAME")),
            "container" => Ok(NetworkMode::Container(options.to_string())),
            "bridge" => Err(crate::err!(
                "network mode bridge needs a network: create one with `skiff network create NAME` and use --network NAME"
            )),
            name if options.is_empty() && crate::storage::names::valid_name(name) => Ok(NetworkMode::User(name.to_string())),
            _ => Err(crate::err!("unsupported network mode {value:?}: use slirp4netns[:OPTIONS], none, host or a network's name")),
        }
    }

    /// Whether the container gets a network namespace of its own.
    pub fn is_private(&self) -> bool {
        !matches!(self, NetworkMode::Host)
    }
}

/// A container's or pod's network as its record keeps it: the text given
/// (`--network`, with `container:` resolved to an id), which is what the
/// record file holds and inspect shows, parsed once into its mode when the
/// record is made or read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NetworkSetting {
    text: String,
    mode: NetworkMode,
}

impl NetworkSetting {
    pub fn parse(text: &str) -> Result<NetworkSetting> {
        Ok(NetworkSetting { text: text.to_string(), mode: NetworkMode::parse(text)? })
    }

    /// `text` already parsed into `mode`.
    pub fn parsed(text: &str, mode: NetworkMode) -> NetworkSetting {
        NetworkSetting { text: text.to_string(), mode }
    }

    pub fn mode(&self) -> &NetworkMode {
        &self.mode
    }

    pub fn as_str(&self) -> &str {
        &self.text
    }
}

/// slirp4netns, skiff's default network.
impl Default for NetworkSetting {
    fn default() -> NetworkSetting {
        NetworkSetting::parsed("slirp4netns", NetworkMode::Slirp4netns(SlirpOptions::default()))
    }
}

/// Records keep the text, as they did when the field was a plain string.
impl serde::Serialize for NetworkSetting {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.text)
    }
}

impl<'de> serde::Deserialize<'de> for NetworkSetting {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> std::result::Result<NetworkSetting, D::Error> {
        let text = String::deserialize(deserializer)?;
        NetworkSetting::parse(&text).map_err(|e| serde::de::Error::custom(e.message))
    }
}

/// `--personality`: the execution domain the command runs in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Personality {
    #[serde(rename = "LINUX")]
    Linux,
    /// A 32-bit machine as uname(2) reports it (i686 on x86_64).
    #[serde(rename = "LINUX32")]
    Linux32,
}

impl Personality {
    pub fn parse(value: &str) -> Result<Personality> {
        match value.to_ascii_uppercase().as_str() {
            "LINUX" => Ok(Personality::Linux),
            "LINUX32" => Ok(Personality::Linux32),
            _ => Err(crate::err!("invalid --personality {value:?}: use LINUX or LINUX32")),
        }
    }

    /// The persona personality(2) takes.
    pub fn persona(self) -> libc::c_ulong {
        match self {
            Personality::Linux => 0x0000,
            Personality::Linux32 => 0x0008,
        }
    }
}

/// Which namespace of a kind (`--ipc`, `--uts`, `--pid`) a container gets,
/// as podman names the modes.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum NamespaceMode {
    /// One of its own (podman's "private"; ipc's "shareable" too: any
    /// container's ipc namespace can be joined here).
    #[default]
    Private,
    /// The host's (skiff's own, for the user namespace's sake).
    Host,
    /// ipc only: a namespace of its own without /dev/shm.
    NoShm,
    /// That of another container, by name or id (its id once created).
    Container(String),
}

/// The namespace kinds `NamespaceMode` is given for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NamespaceKind {
    Ipc,
    Uts,
    Pid,
}

impl NamespaceKind {
    pub fn flag(&self) -> &'static str {
        match self {
            NamespaceKind::Ipc => "--ipc",
            NamespaceKind::Uts => "--uts",
            NamespaceKind::Pid => "--pid",
        }
    }
}

impl NamespaceMode {
    /// podman's value for `kind`: host, private, container:NAME, and for
    /// ipc also shareable and none. "" is the default, private.
    pub fn parse(kind: NamespaceKind, value: &str) -> Result<NamespaceMode> {
        match (kind, value.split_once(':')) {
            (_, Some(("container", ""))) => Err(crate::err!("invalid {} {value:?}: container: needs a container's name or id", kind.flag())),
            (_, Some(("container", target))) => Ok(NamespaceMode::Container(target.to_string())),
            (_, None) if value.is_empty() || value == "private" => Ok(NamespaceMode::Private),
            (_, None) if value == "host" => Ok(NamespaceMode::Host),
            (NamespaceKind::Ipc, None) if value == "shareable" => Ok(NamespaceMode::Private),
            (NamespaceKind::Ipc, None) if value == "none" => Ok(NamespaceMode::NoShm),
            (NamespaceKind::Ipc, _) => {
                Err(crate::err!("invalid --ipc {value:?}: use host, private, shareable, none or container:NAME"))
            }
            (_, _) => Err(crate::err!("invalid {} {value:?}: use host, private or container:NAME", kind.flag())),
        }
    }

    /// The text records keep and inspect shows ("" for private).
    pub fn as_text(&self) -> String {
        match self {
            NamespaceMode::Private => String::new(),
            NamespaceMode::Host => "host".into(),
            NamespaceMode::NoShm => "none".into(),
            NamespaceMode::Container(target) => format!("container:{target}"),
        }
    }

    /// The container whose namespace this is, if another's.
    pub fn container(&self) -> Option<&str> {
        match self {
            NamespaceMode::Container(target) => Some(target),
            _ => None,
        }
    }
}

/// Records keep the text ("" for private).
impl serde::Serialize for NamespaceMode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.as_text())
    }
}

impl<'de> serde::Deserialize<'de> for NamespaceMode {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> std::result::Result<NamespaceMode, D::Error> {
        let text = String::deserialize(deserializer)?;
        // Only `none` is ipc's alone, and it reads back the same for any kind.
        NamespaceMode::parse(NamespaceKind::Ipc, &text).map_err(|e| serde::de::Error::custom(e.message))
    }
}

/// One `--device HOST[:CONTAINER][:PERMISSIONS]`: a host device node
/// bind-mounted into the container's /dev, as rootless podman does (a
/// rootless container cannot make device nodes, and has no device cgroup
/// to grant them): the host's permissions of the node apply.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct DeviceMapping {
    #[serde(rename = "PathOnHost")]
    pub host_path: String,
    #[serde(rename = "PathInContainer")]
    pub container_path: String,
    /// Some of r, w and m, as given: kept for inspect, but not enforced
    /// (see `restricted`).
    #[serde(rename = "CgroupPermissions")]
    pub permissions: String,
}

impl DeviceMapping {
    pub fn parse(value: &str) -> Result<DeviceMapping> {
        let invalid = |why: &str| crate::err!("invalid --device {value:?}: {why}");
        let is_permissions = |p: &str| !p.is_empty() && p.len() <= 3 && p.chars().all(|c| "rwm".contains(c));
        let parts: Vec<&str> = value.split(':').collect();
        let (host, container, permissions) = match parts[..] {
            [host] => (host, host, "rwm"),
            [host, last] if is_permissions(last) => (host, host, last),
            [host, container] => (host, container, "rwm"),
            [host, container, permissions] => (host, container, permissions),
            _ => return Err(invalid("use HOST-DEVICE[:CONTAINER-DEVICE][:PERMISSIONS]")),
        };
        if !host.starts_with('/') || !container.starts_with('/') {
            return Err(invalid("device paths must be absolute"));
        }
        if !is_permissions(permissions) {
            return Err(invalid("permissions are some of r, w and m"));
        }
        Ok(DeviceMapping { host_path: host.to_string(), container_path: container.to_string(), permissions: permissions.to_string() })
    }

    /// Whether the permissions ask for less than the node's own: only a
    /// device cgroup could enforce that (a read-only mount does not stop
    /// writes to a device node).
    pub fn restricted(&self) -> bool {
        self.permissions.len() < 3
    }
}

/// The `--sysctl` names a container may set: those of the namespaces it
/// has of its own (podman's list), and what each needs.
pub fn sysctl_namespace(name: &str) -> Option<NamespaceNeed> {
    const IPC: &[&str] = &["kernel.msgmax", "kernel.msgmnb", "kernel.msgmni", "kernel.sem", "kernel.shmall", "kernel.shmmax", "kernel.shmmni", "kernel.shm_rmid_forced"];
    if IPC.contains(&name) || name.starts_with("fs.mqueue.") {
        Some(NamespaceNeed::Ipc)
    } else if name.starts_with("net.") {
        Some(NamespaceNeed::Net)
    } else if name == "kernel.domainname" || name == "kernel.hostname" {
        Some(NamespaceNeed::Uts)
    } else {
        None
    }
}

/// The private namespace a `--sysctl` needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NamespaceNeed {
    Ipc,
    Net,
    Uts,
}

/// One `--ulimit`: a resource limit, as podman's HostConfig.Ulimits shows it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Ulimit {
    /// podman's name, "RLIMIT_NOFILE".
    #[serde(rename = "Name")]
    pub name: String,
    /// u64::MAX for unlimited.
    #[serde(rename = "Soft")]
    pub soft: u64,
    #[serde(rename = "Hard")]
    pub hard: u64,
}

/// The limits `--ulimit` takes, by their short names.
const ULIMIT_RESOURCES: &[(&str, nix::sys::resource::Resource)] = {
    use nix::sys::resource::Resource::*;
    &[
        ("as", RLIMIT_AS),
        ("core", RLIMIT_CORE),
        ("cpu", RLIMIT_CPU),
        ("data", RLIMIT_DATA),
        ("fsize", RLIMIT_FSIZE),
        ("locks", RLIMIT_LOCKS),
        ("memlock", RLIMIT_MEMLOCK),
        ("msgqueue", RLIMIT_MSGQUEUE),
        ("nice", RLIMIT_NICE),
        ("nofile", RLIMIT_NOFILE),
        ("nproc", RLIMIT_NPROC),
        ("rss", RLIMIT_RSS),
        ("rtprio", RLIMIT_RTPRIO),
        ("rttime", RLIMIT_RTTIME),
        ("sigpending", RLIMIT_SIGPENDING),
        ("stack", RLIMIT_STACK),
    ]
};

impl Ulimit {
    /// `NAME=SOFT[:HARD]` (the hard limit is the soft one unless given;
    /// -1 or "unlimited" for no limit), as docker and podman take it.
    pub fn parse(value: &str) -> Result<Ulimit> {
        let invalid = |why: &str| crate::err!("invalid --ulimit {value:?}: {why}");
        let (name, limits) = value.split_once('=').ok_or_else(|| invalid("use NAME=SOFT[:HARD], such as nofile=1024:2048"))?;
        let name = name.trim().to_ascii_lowercase();
        let name = name.strip_prefix("rlimit_").unwrap_or(&name).to_string();
        if !ULIMIT_RESOURCES.iter().any(|(n, _)| *n == name) {
            let known: Vec<&str> = ULIMIT_RESOURCES.iter().map(|(n, _)| *n).collect();
            return Err(invalid(&format!("unknown limit {name:?}: use one of {}", known.join(", "))));
        }
        let number = |text: &str| match text.trim() {
            "-1" | "unlimited" => Ok(u64::MAX),
            n => n.parse::<u64>().map_err(|_| invalid("limits are numbers, -1 or unlimited")),
        };
        let (soft, hard) = match limits.split_once(':') {
            Some((soft, hard)) => (number(soft)?, number(hard)?),
            None => (number(limits)?, number(limits)?),
        };
        if soft > hard {
            return Err(invalid("the soft limit is above the hard limit"));
        }
        Ok(Ulimit { name: format!("RLIMIT_{}", name.to_ascii_uppercase()), soft, hard })
    }

    /// Set this limit on the calling process.
    pub fn apply(&self) -> Result<()> {
        let short = self.name.trim_start_matches("RLIMIT_").to_ascii_lowercase();
        let Some((_, resource)) = ULIMIT_RESOURCES.iter().find(|(n, _)| *n == short) else {
            return Err(crate::err!("unknown limit {}", self.name));
        };
        let limit = |v: u64| if v == u64::MAX { nix::sys::resource::RLIM_INFINITY } else { v };
        nix::sys::resource::setrlimit(*resource, limit(self.soft), limit(self.hard)).map_err(|e| {
            crate::err!("set --ulimit {short}={}:{}: {e} (a rootless container cannot raise a hard limit above the user's own)", self.soft, self.hard)
        })
    }
}

/// `--mac-address`: six hex pairs separated by colons, not a multicast
/// address (which no interface may have).
pub fn parse_mac_address(value: &str) -> Result<[u8; 6]> {
    let invalid = || crate::err!("invalid MAC address {value:?}: use six hex pairs separated by colons, such as 92:d0:c6:0a:29:33");
    let pairs: Vec<&str> = value.split(':').collect();
    if pairs.len() != 6 || pairs.iter().any(|p| p.len() != 2) {
        return Err(invalid());
    }
    let mut mac = [0u8; 6];
    for (byte, pair) in mac.iter_mut().zip(&pairs) {
        *byte = u8::from_str_radix(pair, 16).map_err(|_| invalid())?;
    }
    if mac[0] & 1 == 1 {
        return Err(crate::err!("invalid MAC address {value:?}: it is a multicast address"));
    }
    Ok(mac)
}

/// `aa:bb:cc:dd:ee:ff`, as slirp4netns and /sys/class/net show it.
pub fn format_mac_address(mac: &[u8; 6]) -> String {
    mac.iter().map(|b| format!("{b:02x}")).collect::<Vec<_>>().join(":")
}

fn parse_slirp_options(options: &str) -> Result<SlirpOptions> {
    let mut parsed = SlirpOptions::default();
    for option in options.split(',').filter(|o| !o.is_empty()) {
        let (key, value) = option.split_once('=').unwrap_or((option, "true"));
        let invalid = || crate::err!("invalid slirp4netns option {option:?}");
        let flag = || match value {
            "true" => Ok(true),
            "false" => Ok(false),
            _ => Err(invalid()),
        };
        match key {
            "allow_host_loopback" => parsed.allow_host_loopback = flag()?,
            "enable_ipv6" => parsed.enable_ipv6 = flag()?,
            "mtu" => parsed.mtu = value.parse().ok().filter(|m| (68..=65521).contains(m)).ok_or_else(invalid)?,
            "port_handler" if value == "slirp4netns" => {}
            _ => {
                return Err(crate::err!(
                    "unsupported slirp4netns option {option:?}: use allow_host_loopback, enable_ipv6, mtu or port_handler=slirp4netns"
                ))
            }
        }
    }
    Ok(parsed)
}

/// Puts a new container on its user network while it waits, once its
/// network namespace exists. The network layer implements it and the
/// container layer hands it in with the spec, so runtime never names network.
pub trait NetworkHook: std::fmt::Debug + Send + Sync {
    /// Attach the network namespace of the container process `pid`; the
    /// container's place on the network is given up when the result is dropped.
    fn attach(&self, pid: i32) -> Result<Box<dyn NetworkPlace>>;
}

/// A container's place on a network, given up when dropped.
pub trait NetworkPlace {
    /// Keep the place for as long as this process lives (a monitor that
    /// will restart the container).
    fn keep(self: Box<Self>);
    /// The container's address on its first network, where published
    /// ports are forwarded to.
    fn address(&self) -> std::net::Ipv4Addr;
}

/// Which of its own outputs a foreground run does not pass on (`-a`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct UnattachedOutputs {
    pub stdout: bool,
    pub stderr: bool,
}

#[derive(Debug, Clone)]
pub struct ContainerSpec {
    pub hostname: String,
    pub driver: Driver,
    pub layout: RootfsLayout,
    /// argv: entrypoint followed by cmd; never empty.
    pub args: Vec<String>,
    /// KEY=VALUE, in order; later ones win.
    pub env: Vec<String>,
    /// Working directory inside the container (absolute).
    pub workdir: String,
    /// USER[:GROUP] as docker takes it; empty for root.
    pub user: String,
    pub tty: bool,
    /// The terminal's size (rows, columns) before the command runs, when
    /// the creator gave one; otherwise whoever holds the terminal sets it.
    pub console_size: Option<(u16, u16)>,
    /// Forward skiff's standard input (`-i`); otherwise /dev/null.
    pub stdin: bool,
    /// Outputs of a foreground run that `-a` did not name: the command's
    /// stdout and stderr go to /dev/null instead of skiff's own.
    pub unattached_outputs: UnattachedOutputs,
    /// Pass the signals skiff receives on to the command (a foreground
    /// process's `--sig-proxy`); false: they are received and dropped.
    pub proxy_signals: bool,
    pub network: NetworkMode,
    /// How to attach the container to its user networks (`NetworkMode::User`,
    /// or those connected beside slirp4netns).
    pub endpoint: Option<std::sync::Arc<dyn NetworkHook>>,
    /// Host ports forwarded into the container (slirp4netns or a user network).
    pub ports: Vec<PortMapping>,
    /// The container's runtime directory, where slirp4netns keeps its API
    /// socket.
    pub runtime_dir: PathBuf,
    /// Host files bind-mounted over paths in the container (/etc/hosts, ...).
    pub etc_files: Vec<(PathBuf, String)>,
    /// Mount the root filesystem read-only (`--read-only`).
    pub read_only_root: bool,
    /// tmpfs mounts, in order.
    pub tmpfs: Vec<TmpfsMount>,
    /// Host files and directories (binds, volumes), parents before children.
    pub binds: Vec<BindMount>,
    /// Paths hidden from the container (/proc/kcore, ...).
    pub masked_paths: Vec<String>,
    /// Paths the container sees read-only (/proc/sys, ...).
    pub readonly_paths: Vec<String>,
    /// Capabilities ("CAP_...") of the container's process.
    pub caps: Vec<String>,
    /// The compiled seccomp filter; None for unconfined.
    pub seccomp: Option<seccompiler::BpfProgram>,
    pub no_new_privileges: bool,
    /// Kill the process when the skiff process watching it dies (foreground
    /// runs, monitors); off for `exec -d`.
    pub die_with_parent: bool,
    /// `--init`: the container's first process stays as its init (reaps
    /// orphans, passes signals on) and runs the command as its child.
    pub init: bool,
    /// `--preserve-fds`: skiff's descriptors 3 to 3+N-1 stay open for
    /// the command.
    pub preserve_fds: u32,
    /// The command's umask (`--umask`); None for skiff's own default.
    pub umask: Option<u32>,
    /// `--ulimit`s, set before the command runs.
    pub ulimits: Vec<Ulimit>,
    /// The container's own user namespace (`--userns=keep-id`); None to
    /// stay in skiff's.
    pub userns: Option<crate::runtime::userns::NestedMappings>,
    /// A user namespace the container joins instead (`--userns=container:`,
    /// `ns:`).
    pub userns_join: Option<JoinedUserNamespace>,
    /// Lines added to the image's /etc/passwd and /etc/group (keep-id's
    /// user), each unless the image has its name or id already.
    pub etc_entries: Vec<EtcEntry>,
    /// Namespaces, /dev, sysctls and groups as the create flags set them.
    pub isolation: Isolation,
    /// Written to /proc/self/oom_score_adj before the command runs.
    pub oom_score_adj: Option<i32>,
    pub personality: Option<Personality>,
    /// Kill the container this many seconds after it starts (`--timeout`).
    pub timeout: Option<u64>,
    /// The namespaces the container joins instead of making its own: its
    /// pod's, or the network of the container named by `--network
    /// container:`; skiff must already be in the holder's user namespace.
    pub pod: Option<SharedJoin>,
    /// The OCI hooks that matched the container; None when none did (no
    /// hook is looked for then).
    pub hooks: Option<std::sync::Arc<super::hooks::ContainerHooks>>,
}

/// What the create flags change about a container's namespaces, /dev,
/// kernel settings and groups; `Default` is a container of its own.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Isolation {
    /// `--ipc`, `--uts`, `--pid` (another container's is joined through `pod`).
    pub ipc: NamespaceMode,
    pub uts: NamespaceMode,
    pub pid: NamespaceMode,
    /// Size of /dev/shm in bytes.
    pub shm_size: u64,
    /// `--sysctl`s (dotted names), written under /proc/sys before the
    /// command runs.
    pub sysctls: Vec<(String, String)>,
    /// Host device nodes bound into /dev.
    pub devices: Vec<DeviceMapping>,
    /// The NIS domain name (`--domainname`); empty for none.
    pub domainname: String,
    /// More supplementary groups (`--group-add`), names of the container's
    /// /etc/group or numbers.
    pub group_add: Vec<String>,
    /// Keep skiff's own supplementary groups (`--group-add keep-groups`).
    pub keep_groups: bool,
}

/// podman's default /dev/shm: 64 MiB.
pub const DEFAULT_SHM_SIZE: u64 = 64 << 20;

impl Default for Isolation {
    fn default() -> Isolation {
        Isolation {
            ipc: NamespaceMode::Private,
            uts: NamespaceMode::Private,
            pid: NamespaceMode::Private,
            shm_size: DEFAULT_SHM_SIZE,
            sysctls: Vec::new(),
            devices: Vec::new(),
            domainname: String::new(),
            group_add: Vec::new(),
            keep_groups: false,
        }
    }
}

/// A line for an /etc file of the image, written with the image's lines
/// into `file` (in the container's directory) and bind-mounted over it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EtcEntry {
    pub file: PathBuf,
    /// Path inside the container ("etc/passwd").
    pub target: String,
    /// `name:x:id:...`: the name and the id decide whether it is there already.
    pub line: String,
}

impl EtcEntry {
    /// The image's `content` with this entry appended, or None if the
    /// image has an entry with the same name or id.
    pub fn merged_into(&self, content: &str) -> Option<String> {
        let key = |l: &str| {
            let f: Vec<&str> = l.split(':').collect();
            (f.first().map(|s| s.to_string()), f.get(2).map(|s| s.to_string()))
        };
        let (name, id) = key(&self.line);
        if content.lines().map(key).any(|(n, i)| n == name || i == id) {
            return None;
        }
        let mut out = content.to_string();
        if !out.is_empty() && !out.ends_with('\n') {
            out.push('\n');
        }
        out.push_str(&self.line);
        out.push('\n');
        Some(out)
    }
}

/// The user namespace a container joins: another container's or a file's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JoinedUserNamespace {
    /// Its file (/proc/PID/ns/user of the other container's init, or the
    /// PATH given); None when that container is not running.
    pub path: Option<PathBuf>,
    /// The error to give when `path` is None.
    pub unavailable: String,
    /// The flag that asked for it, for errors.
    pub flag: String,
    /// The pod's own (`path` None): handed over with the pod's other
    /// namespaces (SharedJoin::handed_over).
    pub pods: bool,
    /// Its mappings in skiff's namespace, when known (not for `ns:PATH`):
    /// one that leaves out the user's ids gets the host's paths as
    /// descriptors (see rootfs::HostPaths).
    pub mappings: Option<crate::runtime::userns::NestedMappings>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SharedJoin {
    /// The namespaces' holder (a pod's infra process, or the init process
    /// of the container whose network is shared); None when it is not
    /// running.
    pub holder_pid: Option<i32>,
    /// The error to give when the holder is not running and the container
    /// must start (`exec` into a running container needs no holder).
    pub not_running: String,
    pub namespaces: Vec<super::join::SharedNamespace>,
    /// Whose namespaces they are, for errors: "pod's" or "container's".
    pub whose: &'static str,
    /// With a shared ipc namespace: where, in the holder's mount namespace,
    /// the /dev/shm tmpfs of that namespace is mounted; the container
    /// mounts the same one, as podman and docker share /dev/shm with ipc.
    pub shm_in_holder: Option<PathBuf>,
    /// A pod with a user namespace of its own: the socket its infra process
    /// hands the holder's namespaces over on (see
    /// join::NamespaceFiles::HandedOver); None to open /proc/PID/ns/.
    pub handed_over: Option<PathBuf>,
}

impl ContainerSpec {
    /// Whether the container joins a shared namespace of this kind.
    pub fn joins(&self, kind: super::join::SharedNamespace) -> bool {
        self.pod.as_ref().is_some_and(|p| p.namespaces.contains(&kind))
    }

    /// The mappings of the user namespace the container runs in, its own
    /// or the one it joins, when not skiff's (and known).
    pub fn namespace_mappings(&self) -> Option<&crate::runtime::userns::NestedMappings> {
        self.userns.as_ref().or(self.userns_join.as_ref().and_then(|joined| joined.mappings.as_ref()))
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BindMount {
    /// Host path, opened before the container's root replaces the host's.
    pub source: PathBuf,
    /// Absolute path inside the container.
    pub destination: String,
    pub read_only: bool,
    /// Copy what the image has at the destination into the (empty) source
    /// first: docker's copy-up that fills a new volume.
    pub copy_up: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TmpfsMount {
    /// Absolute path inside the container.
    pub destination: String,
    pub flags: nix::mount::MsFlags,
    /// Filesystem options (size=, mode=, ...).
    pub data: String,
}

impl TmpfsMount {
    /// Parse docker's `--tmpfs PATH[:OPTIONS]`.
    pub fn parse(value: &str) -> Result<TmpfsMount> {
        let (dest, opts) = value.split_once(':').unwrap_or((value, ""));
        if !dest.starts_with('/') {
            return Err(crate::err!("invalid --tmpfs {value:?}: the path must be absolute"));
        }
        let opts = if opts.is_empty() { "rw,noexec,nosuid,nodev" } else { opts };
        let (flags, data) = parse_mount_options(opts).map_err(|bad| crate::err!("invalid --tmpfs option {bad:?} in {value:?}"))?;
        Ok(TmpfsMount { destination: dest.to_string(), flags, data })
    }
}

/// Split mount options into flags and filesystem data; Err(option) for an
/// option that is neither.
pub fn parse_mount_options(opts: &str) -> std::result::Result<(nix::mount::MsFlags, String), String> {
    use nix::mount::MsFlags;
    let mut flags = MsFlags::empty();
    let mut data = Vec::new();
    for opt in opts.split(',').filter(|o| !o.is_empty()) {
        match opt {
            "ro" => flags |= MsFlags::MS_RDONLY,
            "rw" => flags &= !MsFlags::MS_RDONLY,
            "noexec" => flags |= MsFlags::MS_NOEXEC,
            "exec" => flags &= !MsFlags::MS_NOEXEC,
            "nosuid" => flags |= MsFlags::MS_NOSUID,
            "suid" => flags &= !MsFlags::MS_NOSUID,
            "nodev" => flags |= MsFlags::MS_NODEV,
            "dev" => flags &= !MsFlags::MS_NODEV,
            "noatime" => flags |= MsFlags::MS_NOATIME,
            "relatime" => flags |= MsFlags::MS_RELATIME,
            "strictatime" => flags |= MsFlags::MS_STRICTATIME,
            "sync" => flags |= MsFlags::MS_SYNCHRONOUS,
            "tmpcopyup" | "notmpcopyup" => {}
            o if ["size=", "mode=", "uid=", "gid=", "nr_inodes=", "nr_blocks=", "huge="].iter().any(|p| o.starts_with(p)) => {
                data.push(o.to_string())
            }
            other => return Err(other.to_string()),
        }
    }
    Ok((flags, data.join(",")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use nix::mount::MsFlags;

    #[test]
    fn tmpfs_defaults_and_options() {
        let t = TmpfsMount::parse("/scratch").unwrap();
        assert_eq!(t.flags, MsFlags::MS_NOEXEC | MsFlags::MS_NOSUID | MsFlags::MS_NODEV);
        let t = TmpfsMount::parse("/scratch:rw,size=10m,mode=1777,exec").unwrap();
        assert_eq!((t.flags, t.data.as_str()), (MsFlags::empty(), "size=10m,mode=1777"));
        assert!(TmpfsMount::parse("relative").is_err());
        assert!(TmpfsMount::parse("/x:bogus").is_err());
    }

    #[test]
    fn network_modes() {
        assert_eq!(NetworkMode::parse("none").unwrap(), NetworkMode::None);
        assert_eq!(NetworkMode::parse("slirp4netns").unwrap(), NetworkMode::Slirp4netns(SlirpOptions::default()));
        let NetworkMode::Slirp4netns(o) = NetworkMode::parse("slirp4netns:allow_host_loopback=true,mtu=1500").unwrap() else {
            panic!("not slirp4netns")
        };
        assert!(o.allow_host_loopback && !o.enable_ipv6 && o.mtu == 1500);
        assert_eq!(NetworkMode::parse("net1").unwrap(), NetworkMode::User("net1".into()));
        assert_eq!(format_mac_address(&parse_mac_address("92:D0:c6:0a:29:33").unwrap()), "92:d0:c6:0a:29:33");
        for bad in ["92:d0:c6:0a:29", "92:d0:c6:0a:29:3", "92-d0-c6-0a-29-33", "zz:d0:c6:0a:29:33", "01:00:5e:00:00:01"] {
            assert!(parse_mac_address(bad).is_err(), "{bad}");
        }
        assert_eq!(NetworkMode::parse("container:web").unwrap(), NetworkMode::Container("web".into()));
        // A record's network reads and writes as the text it always was.
        let setting: NetworkSetting = serde_json::from_str(r#""slirp4netns:mtu=1500""#).unwrap();
        assert!(matches!(setting.mode(), NetworkMode::Slirp4netns(o) if o.mtu == 1500));
        assert_eq!(serde_json::to_string(&setting).unwrap(), r#""slirp4netns:mtu=1500""#);
        assert!(serde_json::from_str::<NetworkSetting>(r#""bridge""#).is_err());
        for bad in ["container:", "bridge", "pasta", "pasta:-T,8080", "net1:x", "-net", "none:x", "slirp4netns:cidr=10.1.2.0/24", "slirp4netns:mtu=big", "slirp4netns:enable_ipv6=maybe"] {
            assert!(NetworkMode::parse(bad).is_err(), "{bad}");
        }
    }
}
