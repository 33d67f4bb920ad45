//! Pods: groups of containers that share the network, ipc and uts (and,
//! when asked, pid) namespaces held by one infra process (see `infra`). Pods are kept as
//! containers are (a `RecordStore`): a directory `pods/ID/` in the store
//! holding `pod.json`, names reserved as `pods/names/NAME -> ID`, and the
//! infra process's pid in the runtime directory.

pub mod infra;
pub mod lifecycle;

use crate::sys::clock::{now, now_nanos};
use crate::sys::process::alive;
use crate::container::lifecycle::WhenRunning;
use crate::container::{ContainerRecord, ContainerStatus, ContainerStore};
use crate::error::{Error, Result};
use crate::paths::Paths;
use crate::runtime::join::SharedNamespace;
use crate::runtime::ports::PortMapping;
use crate::runtime::spec::NetworkMode;
use crate::storage::records::{record_fields, Record, RecordStore};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;

/// podman's exit status of `pod rm` for a pod that does not exist.
pub const EXIT_NO_SUCH_POD: i32 = 1;

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PodRecord {
    pub id: String,
    pub name: String,
    /// Unix seconds.
    pub created: i64,
    #[serde(default)]
    pub created_nanos: u128,
    #[serde(default)]
    pub labels: BTreeMap<String, String>,
    /// The hostname of the pod's shared uts namespace.
    pub hostname: String,
    /// The namespaces the pod's containers share, in podman's order.
    pub share: Vec<SharedNamespace>,
    /// slirp4netns[:OPTIONS], none or host, as given.
    pub network: crate::runtime::spec::NetworkSetting,
    /// Ports published by the pod's network, with host ports chosen at creation.
    #[serde(default)]
    pub ports: Vec<PortMapping>,
    /// The id shown for the infra process (podman's infra container id).
    pub infra_id: String,
    /// Whether the infra process ever ran: a stopped pod is Exited, not Created.
    #[serde(default)]
    pub started: bool,
    /// `--exit-policy`: what happens when the last container exits.
    #[serde(default)]
    pub exit_policy: ExitPolicy,
    /// `--infra-name`: the infra container's name, when not podman's default.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub infra_name: Option<String>,
    /// The /etc/resolv.conf and /etc/hosts settings every container of the
    /// pod gets (before its own).
    #[serde(default)]
    pub resolver: PodResolver,
    /// `--sysctl`s of the namespaces the pod shares: the infra process sets
    /// them, so every container of the pod has them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sysctls: Vec<(String, String)>,
    /// `--mac-address` of the pod's slirp4netns interface, as given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mac_address: Option<String>,
    /// The user networks (`network create`) the pod joins, first the one
    /// `network` names, each with the aliases, address and MAC address
    /// asked for; empty on slirp4netns, none or host.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub networks: Vec<crate::network::connect::Connection>,
    /// `--uts host`: the pod and its containers use the host's uts
    /// namespace (skiff's own) and hostname, instead of a shared one.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub uts_host: bool,
    /// `--pid`: the pid namespace the pod's containers share.
    #[serde(default, skip_serializing_if = "PodPidNamespace::is_private")]
    pub pid_namespace: PodPidNamespace,
    /// `--shm-size` in bytes of the /dev/shm the pod's containers share
    /// (with ipc shared); None: 64m.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shm_size: Option<u64>,
    /// What every container created into the pod starts from.
    #[serde(default)]
    pub container_defaults: PodContainerDefaults,
    /// `--infra-conmon-pidfile`: where the infra process writes its pid
    /// when it starts; None for the default, `PodStore::infra_pidfile`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub infra_conmon_pidfile: Option<PathBuf>,
    /// The command line that made the pod (podman's CreateCommand), which
    /// `generate systemd --new` rewrites; empty when made otherwise.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub create_command: Vec<String>,
    /// `--userns`, `--uidmap`, `--gidmap`, `--subuidname`, `--subgidname`
    /// as given (a clone works its mappings out again).
    #[serde(default, skip_serializing_if = "PodUserNamespace::is_default")]
    pub user_namespace: PodUserNamespace,
    /// The pod's own user namespace, held by its infra process and joined
    /// by its containers; None for skiff's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub userns_mappings: Option<crate::runtime::userns::NestedMappings>,
}

/// The flags that give a pod a user namespace of its own, as given.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(default)]
pub struct PodUserNamespace {
    pub userns: Option<String>,
    pub uidmap: Vec<String>,
    pub gidmap: Vec<String>,
    pub subuidname: Option<String>,
    pub subgidname: Option<String>,
}

impl PodUserNamespace {
    pub fn is_default(&self) -> bool {
        *self == PodUserNamespace::default()
    }
}

/// `pod create --volume/--volumes-from/--device/--security-opt`: podman
/// gives them to the infra container, and every container that joins the
/// pod inherits them, before its own (which win where they collide).
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct PodContainerDefaults {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub mounts: Vec<crate::container::mounts::MountConfig>,
    /// CONTAINER[:ro|rw], checked.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub volumes_from: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub devices: Vec<crate::runtime::spec::DeviceMapping>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub security_opt: Vec<String>,
}

/// `pod create --pid`: which pid namespace the pod's containers share.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum PodPidNamespace {
    /// A new one, held by the infra process (pid 1 there).
    #[default]
    Private,
    /// The host's (rootless: the user's own, where skiff runs): the
    /// containers make none of their own, as `run --pid host`.
    Host,
    /// The one at this path (`ns:/proc/PID/ns/pid`): the infra process's
    /// holder is started in it, and the containers join it there.
    Path(PathBuf),
}

impl PodPidNamespace {
    pub fn parse(value: &str) -> Result<PodPidNamespace> {
        match value.split_once(':') {
            None if value.is_empty() || value == "private" => Ok(PodPidNamespace::Private),
            None if value == "host" => Ok(PodPidNamespace::Host),
            Some(("ns", path)) if !path.is_empty() => {
                std::fs::metadata(path).map_err(|e| crate::err!("invalid --pid {value:?}: {path}: {e}"))?;
                Ok(PodPidNamespace::Path(PathBuf::from(path)))
            }
            _ => Err(crate::err!("invalid --pid {value:?}: unrecognized namespace mode (use private, host or ns:PATH)")),
        }
    }

    pub fn is_private(&self) -> bool {
        *self == PodPidNamespace::Private
    }

    /// podman's InfraConfig.pid_ns: "host", "ns:PATH", "" when private.
    pub fn as_text(&self) -> String {
        match self {
            PodPidNamespace::Private => String::new(),
            PodPidNamespace::Host => "host".into(),
            PodPidNamespace::Path(path) => format!("ns:{}", path.display()),
        }
    }
}

/// `pod create --exit-policy`: podman's two policies.
#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum ExitPolicy {
    /// The pod (its infra process) keeps running with no container left.
    #[default]
    Continue,
    /// The pod stops when its last running container exits.
    Stop,
}

impl ExitPolicy {
    pub fn parse(value: &str) -> Result<ExitPolicy> {
        match value {
            "continue" => Ok(ExitPolicy::Continue),
            "stop" => Ok(ExitPolicy::Stop),
            _ => Err(crate::err!("invalid --exit-policy {value:?}: it is continue or stop")),
        }
    }

    pub fn as_str(&self) -> &'static str {
        match self {
            ExitPolicy::Continue => "continue",
            ExitPolicy::Stop => "stop",
        }
    }
}

/// After container `exited` of a pod exited: with `--exit-policy stop`,
/// stop the pod's infra process once none of its containers runs. Not
/// after an init container, which ends before the others start.
pub fn apply_exit_policy(paths: &Paths, exited: &ContainerRecord) {
    if exited.config.pod.is_empty() || exited.config.init_container.is_some() {
        return;
    }
    let pods = PodStore::open(paths);
    let Ok(pod) = pods.lookup(&exited.config.pod) else { return };
    if pod.exit_policy != ExitPolicy::Stop || pods.infra_pid(&pod.id).is_none() {
        return;
    }
    let containers = ContainerStore::open(paths);
    let Ok(members) = pods.containers_of(&containers, &pod.id) else { return };
    if members.iter().all(|c| containers.live_pid(&c.id).is_none()) {
        pods.stop_infra(&pod.id);
        pods.event(&pod, "stop");
    }
}

/// `pod create --dns/--dns-search/--dns-option/--add-host/--no-hosts`:
/// podman gives them to the infra container, whose /etc files the pod's
/// containers share; skiff writes each container's own, so each gets them.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct PodResolver {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub dns: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub dns_search: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub dns_options: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub add_host: Vec<String>,
    #[serde(default)]
    pub no_hosts: bool,
}

impl Record for PodRecord {
    const KIND: &'static str = "pod";
    const FILE: &'static str = "pod.json";

    record_fields!();

    fn name_in_use(name: &str, _holder: &str) -> Error {
        crate::err!("the pod name \"{name}\" is already in use: remove that pod to reuse the name")
    }

    fn not_found(key: &str) -> Error {
        Error::with_code(EXIT_NO_SUCH_POD, format!("no pod with name or ID {key} found: no such pod"))
    }
}

impl PodRecord {
    /// The pod's network, with its `--mac-address`.
    pub fn network_mode(&self) -> Result<NetworkMode> {
        let mut mode = self.network.mode().clone();
        if let (NetworkMode::Slirp4netns(options), Some(mac)) = (&mut mode, &self.mac_address) {
            options.mac_address = Some(crate::runtime::spec::parse_mac_address(mac)?);
        }
        Ok(mode)
    }

    pub fn shares(&self, kind: SharedNamespace) -> bool {
        self.share.contains(&kind)
    }

    /// The namespaces the infra process creates and containers join: the
    /// shared ones, except the network with `--network host` (the host's).
    pub fn held_namespaces(&self) -> Result<Vec<SharedNamespace>> {
        let host_network = self.network_mode()? == NetworkMode::Host;
        let host_uts = self.uts_host;
        let host_pid = self.pid_namespace == PodPidNamespace::Host;
        Ok(self
            .share
            .iter()
            .copied()
            .filter(|k| {
                !(host_network && *k == SharedNamespace::Net) && !(host_uts && *k == SharedNamespace::Uts) && !(host_pid && *k == SharedNamespace::Pid)
            })
            .collect())
    }

    /// The infra container's name: `--infra-name`, or podman's default.
    pub fn infra_name(&self) -> String {
        self.infra_name.clone().unwrap_or_else(|| format!("{}-infra", &self.id[..12]))
    }
}

/// What `pod ps` says: podman's pod states.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PodStatus {
    Created,
    Running,
    /// Some of its containers run, others do not.
    Degraded,
    /// Every container of it is paused (its infra process runs on).
    Paused,
    Exited,
}

impl PodStatus {
    pub fn as_str(&self) -> &'static str {
        match self {
            PodStatus::Created => "Created",
            PodStatus::Running => "Running",
            PodStatus::Degraded => "Degraded",
            PodStatus::Paused => "Paused",
            PodStatus::Exited => "Exited",
        }
    }

    /// From the states of everything in the pod, the infra included.
    pub fn of(states: &[ContainerStatus]) -> PodStatus {
        let running = states.iter().filter(|s| **s == ContainerStatus::Running).count();
        if running > 0 {
            return if running == states.len() { PodStatus::Running } else { PodStatus::Degraded };
        }
        if states.contains(&ContainerStatus::Exited) {
            PodStatus::Exited
        } else {
            PodStatus::Created
        }
    }
}

pub struct PodStore {
    records: RecordStore<PodRecord>,
    data: PathBuf,
}

impl PodStore {
    /// Remove the pod with its containers; running ones only with `force`
    /// (how to stop them).
    pub fn remove_with_members(&self, paths: &Paths, containers: &ContainerStore, pod: &PodRecord, force: Option<WhenRunning>) -> Result<()> {
        let members = self.containers_of(containers, &pod.id)?;
        if force.is_none() {
            if let Some(running) = members.iter().find(|c| containers.live_pid(&c.id).is_some()) {
                return Err(Error::with_code(
                    crate::error::EXIT_ENGINE,
                    format!("pod {} has a running container {}: stop the pod first or use pod rm -f", pod.name, running.name),
                ));
            }
        }
        for c in &members {
            crate::container::lifecycle::remove_one(paths, containers, &c.id, force.unwrap_or(WhenRunning::Kill), false)?;
        }
        self.stop_infra(&pod.id);
        self.remove(pod)
    }

    pub fn open(paths: &Paths) -> PodStore {
        PodStore { records: RecordStore::new(paths.data.join("pods"), paths.tmpdir.join("pods")), data: paths.data.clone() }
    }

    /// Held while the infra process starts.
    pub fn infra_lock_path(&self, id: &str) -> PathBuf {
        self.records.record_dir(id).join("infra.lock")
    }

    /// Where the infra process keeps slirp4netns's socket and log.
    pub fn infra_runtime_dir(&self, id: &str) -> PathBuf {
        self.records.runtime_dir().join(id)
    }

    /// Reserve the name (random when None) and write the record `make` builds.
    pub fn create(&self, name: Option<&str>, make: impl FnOnce(&str, &str) -> PodRecord) -> Result<PodRecord> {
        let record = self.records.create(name, make)?;
        self.event(&record, "create");
        Ok(record)
    }

    pub fn save(&self, record: &PodRecord) -> Result<()> {
        self.records.save(record)
    }

    /// The inconsistencies of the pods' records and name reservations.
    pub fn check_records(&self) -> Result<Vec<crate::storage::records::RecordProblem>> {
        self.records.check()
    }

    /// Apply a repair `check_records` proposed.
    pub fn fix_records(&self, fix: &crate::storage::records::RecordFix) -> Result<Option<String>> {
        self.records.fix(fix)
    }

    /// All pods, newest first.
    pub fn list(&self) -> Result<Vec<PodRecord>> {
        self.records.list()
    }

    /// Find a pod by exact name, full id or unique id prefix.
    pub fn lookup(&self, key: &str) -> Result<PodRecord> {
        self.records.lookup(key)
    }

    /// Remove the pod's record and name (its containers must be gone); see
    /// `RecordStore::remove`.
    pub fn remove(&self, record: &PodRecord) -> Result<()> {
        self.records.remove(record, || {
            // The infra's pid file in its runtime directory (a file the user
            // named stays, as podman leaves it), and the directory once empty.
            if record.infra_conmon_pidfile.is_none() {
                let _ = std::fs::remove_file(self.infra_pidfile(record));
            }
            let _ = std::fs::remove_dir(self.infra_runtime_dir(&record.id));
        })?;
        self.event(record, "remove");
        Ok(())
    }

    /// Record the infra's namespace holder `pid`; the caller watches it.
    pub fn set_live(&self, id: &str, pid: i32) -> Result<()> {
        self.records.set_live(id, pid)
    }

    pub fn clear_live(&self, id: &str) {
        self.records.clear_live(id)
    }

    /// Where the infra process writes its own pid (the process a unit's
    /// PIDFile names: it ends with the pod): `--infra-conmon-pidfile`, or
    /// a file of the runtime directory.
    pub fn infra_pidfile(&self, pod: &PodRecord) -> PathBuf {
        pod.infra_conmon_pidfile.clone().unwrap_or_else(|| self.infra_runtime_dir(&pod.id).join("conmon.pid"))
    }

    /// The process holding the pod's namespaces, if it is running.
    pub fn infra_pid(&self, id: &str) -> Option<i32> {
        self.records.live_pid(id)
    }

    /// Stop the infra process: SIGTERM to the skiff process watching the
    /// holder (which stops it and slirp4netns), SIGKILL to both if that
    /// takes too long. Returns once neither is left.
    pub fn stop_infra(&self, id: &str) {
        use nix::sys::signal::{kill, Signal};
        use nix::unistd::Pid;
        let Some(live) = self.records.live(id) else { return };
        let gone = || !running(live.pid, live.start_time) && !running(live.watcher_pid, live.watcher_start_time);
        if alive(live.watcher_pid, live.watcher_start_time) {
            let _ = kill(Pid::from_raw(live.watcher_pid), Signal::SIGTERM);
        } else if alive(live.pid, live.start_time) {
            let _ = kill(Pid::from_raw(live.pid), Signal::SIGKILL);
        }
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        while !gone() && std::time::Instant::now() < deadline {
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
        for (pid, start) in [(live.watcher_pid, live.watcher_start_time), (live.pid, live.start_time)] {
            if alive(pid, start) {
                let _ = kill(Pid::from_raw(pid), Signal::SIGKILL);
            }
        }
        self.clear_live(id);
    }

    /// The pod's containers, newest first.
    pub fn containers_of(&self, containers: &ContainerStore, id: &str) -> Result<Vec<ContainerRecord>> {
        Ok(containers.list()?.into_iter().filter(|c| c.config.pod == id).collect())
    }

    /// Every pod's containers, newest first, by pod id, from one listing of
    /// the container store: for commands that go through many pods.
    pub fn containers_by_pod(&self, containers: &ContainerStore) -> Result<HashMap<String, Vec<ContainerRecord>>> {
        let mut by_pod: HashMap<String, Vec<ContainerRecord>> = HashMap::new();
        for c in containers.list()?.into_iter().filter(|c| !c.config.pod.is_empty()) {
            by_pod.entry(c.config.pod.clone()).or_default().push(c);
        }
        Ok(by_pod)
    }

    /// The pod's state, from its containers and its infra process; as
    /// podman, not from its init containers, which are done once it runs.
    pub fn status(&self, record: &PodRecord, members: &[ContainerRecord]) -> PodStatus {
        let members: Vec<&ContainerRecord> = members.iter().filter(|c| c.config.init_container.is_none()).collect();
        if !members.is_empty() && members.iter().all(|c| c.is_paused()) {
            return PodStatus::Paused;
        }
        let infra = match self.records.live(&record.id) {
            Some(live) if alive(live.pid, live.start_time) => ContainerStatus::Running,
            Some(_) => ContainerStatus::Exited,
            None if record.started || members.iter().any(|c| c.status != ContainerStatus::Created) => ContainerStatus::Exited,
            None => ContainerStatus::Created,
        };
        let states: Vec<ContainerStatus> = std::iter::once(infra).chain(members.iter().map(|c| c.status)).collect();
        PodStatus::of(&states)
    }

    pub fn event(&self, record: &PodRecord, action: &str) {
        crate::events::record(&self.data, "pod", action, &record.id, &record.name, "");
    }
}

/// Whether `pid` is the process that started at `start_time` and has not
/// exited: the infra process, once its starter is gone, is a child of the
/// system's init, which may take its time to reap it.
fn running(pid: i32, start_time: u64) -> bool {
    alive(pid, start_time) && crate::sys::process::state(pid) != Some('Z')
}

/// A new pod's record, named `name`, from checked settings and its network.
pub fn new_record(
    id: &str,
    name: &str,
    settings: PodSettings,
    network: crate::runtime::spec::NetworkSetting,
    userns_mappings: Option<crate::runtime::userns::NestedMappings>,
) -> PodRecord {
    PodRecord {
        id: id.to_string(),
        name: name.to_string(),
        created: now(),
        created_nanos: now_nanos(),
        labels: settings.labels,
        hostname: settings.hostname.unwrap_or_else(|| name.to_string()),
        share: settings.share,
        network,
        ports: settings.ports,
        infra_id: crate::storage::names::random_id(),
        started: false,
        infra_name: settings.infra_name,
        resolver: settings.resolver,
        exit_policy: settings.exit_policy,
        sysctls: settings.sysctls,
        mac_address: settings.mac_address,
        networks: settings.user_networks,
        uts_host: settings.uts_host,
        pid_namespace: settings.pid_namespace,
        shm_size: settings.shm_size,
        container_defaults: settings.container_defaults,
        infra_conmon_pidfile: settings.infra_conmon_pidfile,
        create_command: settings.create_command,
        user_namespace: settings.user_namespace,
        userns_mappings,
    }
}

/// The settings `pod` was created with, for a copy of it (`pod clone`);
/// a hostname that is the pod's name stays the copy's own name.
pub fn settings_of(pod: &PodRecord) -> PodSettings {
    PodSettings {
        labels: pod.labels.clone(),
        // With --uts host, the host's name (when the copy is made).
        hostname: Some(pod.hostname.clone()).filter(|h| *h != pod.name && !pod.uts_host),
        share: pod.share.clone(),
        network: match pod.networks.is_empty() {
            true => pod.network.as_str().to_string(),
            false => pod.networks.iter().map(|c| c.network.as_str()).collect::<Vec<_>>().join(","),
        },
        ports: pod.ports.clone(),
        infra_name: pod.infra_name.clone(),
        resolver: pod.resolver.clone(),
        exit_policy: pod.exit_policy,
        sysctls: pod.sysctls.clone(),
        // On user networks, each network's aliases and addresses go with
        // it, as `--network NAME:OPTIONS` gives them.
        mac_address: pod.mac_address.clone(),
        network_ip: None,
        network_ip6: None,
        network_aliases: Vec::new(),
        network_options: pod.networks.clone(),
        user_networks: Vec::new(),
        uts_host: pod.uts_host,
        pid_namespace: pod.pid_namespace.clone(),
        shm_size: pod.shm_size,
        container_defaults: pod.container_defaults.clone(),
        // A copy's infra process writes no pid file of its own choosing,
        // and no command line made it.
        infra_conmon_pidfile: None,
        create_command: Vec::new(),
        user_namespace: pod.user_namespace.clone(),
    }
}

/// podman's name for a copy of pod `name`: NAME-clone, or if that is
/// taken NAME-clone1, NAME-clone2... (the first free one).
pub fn clone_name(pods: &PodStore, name: &str) -> String {
    let base = format!("{name}-clone");
    let free = |candidate: &String| pods.lookup(candidate).map_or(true, |p| p.name != *candidate);
    std::iter::once(base.clone()).chain((1..).map(|n| format!("{base}{n}"))).find(free).expect("an unbounded sequence")
}

/// What `pod create` (or `run --pod new:NAME`) asks for, checked.
#[derive(Debug, Clone, Default)]
pub struct PodSettings {
    pub labels: BTreeMap<String, String>,
    pub hostname: Option<String>,
    pub share: Vec<SharedNamespace>,
    pub network: String,
    pub ports: Vec<PortMapping>,
    pub infra_name: Option<String>,
    pub resolver: PodResolver,
    pub exit_policy: ExitPolicy,
    /// Checked names (dotted) and values.
    pub sysctls: Vec<(String, String)>,
    pub mac_address: Option<String>,
    /// `--ip`: the pod's address on its one user network.
    pub network_ip: Option<std::net::Ipv4Addr>,
    /// `--ip6`: the pod's IPv6 address on its one dual-stack user network.
    pub network_ip6: Option<std::net::Ipv6Addr>,
    /// `--network-alias`: more names of the pod on each of its user networks.
    pub network_aliases: Vec<String>,
    /// `--network NAME:OPTIONS`: each user network's own options (aliases,
    /// addresses, MAC address, interface name), by the name given.
    pub network_options: Vec<crate::network::connect::Connection>,
    /// Worked out by `create_pod` from the above: the user networks joined.
    pub user_networks: Vec<crate::network::connect::Connection>,
    pub uts_host: bool,
    pub pid_namespace: PodPidNamespace,
    /// Bytes; None: 64m.
    pub shm_size: Option<u64>,
    pub container_defaults: PodContainerDefaults,
    pub infra_conmon_pidfile: Option<PathBuf>,
    pub create_command: Vec<String>,
    pub user_namespace: PodUserNamespace,
}

/// `pod create --uts`: private (a namespace of the pod's own, the default)
/// or host; whether it is host.
pub fn parse_uts(value: &str) -> Result<bool> {
    match value {
        "" | "private" => Ok(false),
        "host" => Ok(true),
        _ => Err(crate::err!("invalid --uts {value:?}: a pod's uts namespace is private or host")),
    }
}

/// `--share net,ipc,uts`: the namespaces skiff can share, in podman's order.
pub fn parse_share(value: &str) -> Result<Vec<SharedNamespace>> {
    let mut kinds = Vec::new();
    // podman's "+NAME,...": the default ones and these.
    let value = match value.strip_prefix('+') {
        Some(more) => format!("{DEFAULT_SHARE},{more}"),
        None => value.to_string(),
    };
    for name in value.split(',').map(str::trim).filter(|n| !n.is_empty()) {
        let kind = SharedNamespace::parse(name.trim_start_matches('+')).ok_or_else(|| {
            crate::err!("cannot share the {name:?} namespace in a pod: skiff shares net, ipc, uts and pid")
        })?;
        if !kinds.contains(&kind) {
            kinds.push(kind);
        }
    }
    kinds.sort();
    Ok(kinds)
}

/// `--pod` of create and run: an existing pod to join, or `new:NAME`, a
/// pod to create for the container (with the container's `-p` ports).
pub enum PodRequest {
    Join(PodRecord),
    New(String),
}

/// The container flags that a pod's shared namespaces rule out.
pub struct ContainerNetworking<'a> {
    pub network: Option<&'a str>,
    pub hostname: Option<&'a str>,
    pub publishes: bool,
    pub publish_all: bool,
}

impl PodRequest {
    /// Check `value` against the container's flags, before anything exists.
    pub fn check(paths: &Paths, value: &str, flags: &ContainerNetworking) -> Result<PodRequest> {
        let (request, name, share) = match value.strip_prefix("new:") {
            Some(name) => {
                if !crate::storage::names::valid_name(name) {
                    return Err(crate::err!("invalid pod name {name:?} in --pod new:NAME: names must match [a-zA-Z0-9][a-zA-Z0-9_.-]*"));
                }
                if PodStore::open(paths).lookup(name).is_ok() {
                    return Err(crate::err!("the pod name \"{name}\" is already in use: use --pod {name} to join that pod"));
                }
                (PodRequest::New(name.to_string()), name.to_string(), parse_share(DEFAULT_SHARE)?)
            }
            None => {
                let pod = PodStore::open(paths).lookup(value).map_err(|e| Error::new(e.message))?;
                let (name, share) = (pod.name.clone(), pod.share.clone());
                (PodRequest::Join(pod), name, share)
            }
        };
        if share.contains(&SharedNamespace::Net) {
            if let Some(network) = flags.network {
                return Err(crate::err!("--network {network} conflicts with --pod {name}: the container uses the pod's network"));
            }
            if flags.publish_all || (flags.publishes && matches!(request, PodRequest::Join(_))) {
                return Err(crate::err!(
                    "cannot publish ports of a container in pod {name}: it uses the pod's network, publish them with pod create -p"
                ));
            }
        }
        if let (true, Some(hostname)) = (share.contains(&SharedNamespace::Uts), flags.hostname) {
            return Err(crate::err!("--hostname {hostname} conflicts with --pod {name}: the container uses the pod's hostname"));
        }
        Ok(request)
    }

    /// The pod: the one to join, or the new one, created with `ports`
    /// (which it takes: the container shares its network).
    pub fn resolve(&self, paths: &Paths, ports: &mut Vec<PortMapping>) -> Result<PodRecord> {
        match self {
            PodRequest::Join(pod) => Ok(pod.clone()),
            PodRequest::New(name) => {
                let settings = PodSettings {
                    share: parse_share(DEFAULT_SHARE)?,
                    network: DEFAULT_NETWORK.to_string(),
                    ports: std::mem::take(ports),
                    ..Default::default()
                };
                create_pod(paths, Some(name), settings)
            }
        }
    }

    /// `create --init-ctr`: as podman, an init container only joins a pod
    /// that is not running (it runs at the pod's next start).
    pub fn check_init_container(&self, paths: &Paths) -> Result<()> {
        let PodRequest::Join(pod) = self else { return Ok(()) };
        let pods = PodStore::open(paths);
        let members = pods.containers_of(&ContainerStore::open(paths), &pod.id)?;
        if matches!(pods.status(pod, &members), PodStatus::Running | PodStatus::Degraded | PodStatus::Paused) {
            return Err(crate::err!("cannot add an init container to pod {}: the pod is running (stop it first)", pod.name));
        }
        Ok(())
    }

    /// Take back what `resolve` made, after the container failed.
    pub fn undo(&self, paths: &Paths, pod: &PodRecord) {
        if let PodRequest::New(_) = self {
            let pods = PodStore::open(paths);
            pods.stop_infra(&pod.id);
            let _ = pods.remove(pod);
        }
    }
}

/// What `pod create` shares by default, as podman.
pub const DEFAULT_SHARE: &str = "net,ipc,uts";
pub const DEFAULT_NETWORK: &str = "slirp4netns";

/// Check the settings and make the pod (not started).
pub fn create_pod(paths: &Paths, name: Option<&str>, mut settings: PodSettings) -> Result<PodRecord> {
    let (network_setting, user_networks) = user_networks(paths, &settings)?;
    let network = network_setting.mode();
    if !settings.ports.is_empty() {
        if !matches!(network, NetworkMode::Slirp4netns(_) | NetworkMode::User(_)) {
            return Err(crate::err!("ports can only be published with the slirp4netns network, not {:?}", settings.network));
        }
        if !settings.share.contains(&SharedNamespace::Net) {
            return Err(crate::err!("cannot publish ports on a pod that does not share its network: add net to --share"));
        }
    }
    if !settings.resolver.dns.is_empty() || !settings.resolver.add_host.is_empty() || settings.resolver.no_hosts {
        if !settings.share.contains(&SharedNamespace::Net) {
            return Err(crate::err!("--dns, --add-host and --no-hosts need the pod to share its network: add net to --share"));
        }
    }
    check_sysctls(&settings.sysctls, &settings.share, network)?;
    if settings.shm_size.is_some() && !settings.share.contains(&SharedNamespace::Ipc) {
        return Err(crate::err!("--shm-size needs the pod to share its ipc namespace: add ipc to --share"));
    }
    if settings.uts_host && settings.hostname.is_some() {
        return Err(crate::err!("--hostname cannot be set with --uts host: the pod's hostname is the host's"));
    }
    // The man page's "requires the PID namespace to be shared": asking for
    // one shares it (podman 4.3 left the containers in namespaces of their
    // own instead).
    if !settings.pid_namespace.is_private() && !settings.share.contains(&SharedNamespace::Pid) {
        settings.share.push(SharedNamespace::Pid);
    }
    if settings.uts_host {
        let host = nix::unistd::gethostname().map_err(|e| crate::err!("read the host's name: {e}"))?;
        settings.hostname = Some(host.to_string_lossy().into_owned());
    }
    if let Some(mac) = settings.mac_address.as_ref().filter(|_| user_networks.is_empty()) {
        crate::runtime::spec::parse_mac_address(mac)?;
        if !matches!(network, NetworkMode::Slirp4netns(_)) || !settings.share.contains(&SharedNamespace::Net) {
            return Err(crate::err!("--mac-address needs the pod's own slirp4netns network: a network of slirp4netns shared by the pod"));
        }
    }
    if let Some(name) = &settings.infra_name {
        if !crate::storage::names::valid_name(name) {
            return Err(crate::err!("invalid --infra-name {name:?}: names must match [a-zA-Z0-9][a-zA-Z0-9_.-]*"));
        }
    }
    crate::container::create::check_pod_defaults(paths, &settings.container_defaults)?;
    crate::runtime::ports::assign_host_ports(&mut settings.ports)?;
    if !user_networks.is_empty() {
        settings.mac_address = None;
    }
    settings.user_networks = user_networks;
    // `auto`'s ids are taken under a lock held until the record holds them.
    let (userns_mappings, _auto_lock) = crate::container::create::pod_user_namespace(paths, &settings.user_namespace)?;
    PodStore::open(paths).create(name, |id, name| new_record(id, name, settings, network_setting, userns_mappings))
}

/// The pod's network setting and, when `--network` names networks made by
/// `network create` (NAME[,NAME...]), those networks with the pod's
/// aliases, and its address and MAC address on the one network that takes
/// them; checked against the networks as they are now, so that a pod that
/// cannot start is not made.
fn user_networks(paths: &Paths, settings: &PodSettings) -> Result<(crate::runtime::spec::NetworkSetting, Vec<crate::network::connect::Connection>)> {
    use crate::network::connect::Connection;
    let names: Vec<&str> = settings.network.split(',').map(str::trim).collect();
    let named_networks = names.len() > 1 || matches!(NetworkMode::parse(&settings.network), Ok(NetworkMode::User(_)));
    if !named_networks {
        if settings.network_ip.is_some() || settings.network_ip6.is_some() || !settings.network_aliases.is_empty() {
            return Err(crate::err!(
                "--ip, --ip6 and --network-alias need the pod on a network made by `network create`, not {:?}",
                settings.network
            ));
        }
        return Ok((crate::runtime::spec::NetworkSetting::parse(&settings.network)?, Vec::new()));
    }
    if !settings.share.contains(&SharedNamespace::Net) {
        return Err(crate::err!("--network {} needs the pod to share its network: add net to --share", settings.network));
    }
    let store = crate::network::NetworkStore::open(paths);
    let mut networks: Vec<crate::network::NetworkRecord> = Vec::new();
    // `--network NAME:OPTIONS`' options, by the network's name as stored.
    let mut options: Vec<Connection> = Vec::new();
    for name in &names {
        if !matches!(NetworkMode::parse(name), Ok(NetworkMode::User(_))) {
            return Err(crate::err!("invalid --network {:?}: {name:?} cannot be joined with other networks (give network names only)", settings.network));
        }
        let network = store.lookup(name).map_err(|_| crate::err!("unable to find network with name or ID {name}: network not found"))?;
        if let Some(given) = settings.network_options.iter().find(|o| o.network == *name) {
            options.push(Connection { network: network.name.clone(), ..given.clone() });
        }
        if !networks.iter().any(|n| n.name == network.name) {
            networks.push(network);
        }
    }
    if networks.len() > 1 {
        for (given, flag) in [(settings.network_ip.is_some(), "--ip"), (settings.network_ip6.is_some(), "--ip6"), (settings.mac_address.is_some(), "--mac-address")] {
            if given {
                return Err(crate::err!("{flag} can only be set for a single network: the pod joins {}", settings.network));
            }
        }
    }
    let mac_address = settings.mac_address.as_deref().map(crate::runtime::spec::parse_mac_address).transpose()?;
    if let Some(ip) = settings.network_ip {
        crate::network::endpoints::check_free(paths, &networks[0], ip)?;
    }
    if let Some(ip6) = settings.network_ip6 {
        crate::network::endpoints::check_free6(paths, &networks[0], ip6)?;
    }
    for alias in &settings.network_aliases {
        if !crate::storage::names::valid_name(alias) {
            return Err(crate::err!("invalid --network-alias {alias:?}: names must match [a-zA-Z0-9][a-zA-Z0-9_.-]*"));
        }
    }
    let mut connections = Vec::new();
    for network in &networks {
        let given = options.iter().find(|o| o.network == network.name).cloned().unwrap_or_default();
        // A flag, or the network's option, not both.
        for (flag, twice) in [("--ip", settings.network_ip.is_some() && given.ip.is_some()), ("--ip6", settings.network_ip6.is_some() && given.ip6.is_some()), ("--mac-address", mac_address.is_some() && given.mac_address.is_some())] {
            if twice {
                return Err(crate::err!("{flag} and --network {}:... both give the pod's {flag} on {}: give it once", network.name, network.name));
            }
        }
        if let Some(ip) = given.ip {
            crate::network::endpoints::check_free(paths, network, ip)?;
        }
        if let Some(ip6) = given.ip6 {
            crate::network::endpoints::check_free6(paths, network, ip6)?;
        }
        connections.push(Connection {
            network: network.name.clone(),
            aliases: settings.network_aliases.iter().chain(&given.aliases).cloned().collect(),
            ip: settings.network_ip.or(given.ip),
            ip6: settings.network_ip6.or(given.ip6),
            mac_address: mac_address.map(|m| crate::runtime::spec::format_mac_address(&m)).or(given.mac_address),
            interface_name: given.interface_name,
        });
    }
    crate::network::connect::interface_names(&connections.iter().collect::<Vec<_>>())?;
    Ok((crate::runtime::spec::NetworkSetting::parse(&networks[0].name)?, connections))
}

/// podman's rule: a pod's sysctls are those of the namespaces it shares
/// (the infra process sets them; the containers see them by sharing).
fn check_sysctls(sysctls: &[(String, String)], share: &[SharedNamespace], network: &NetworkMode) -> Result<()> {
    use crate::runtime::spec::NamespaceNeed;
    for (name, _) in sysctls {
        let (kind, flag) = match crate::runtime::spec::sysctl_namespace(name) {
            Some(NamespaceNeed::Net) => (SharedNamespace::Net, "net"),
            Some(NamespaceNeed::Ipc) => (SharedNamespace::Ipc, "ipc"),
            Some(NamespaceNeed::Uts) | None => return Err(crate::err!("--sysctl {name} is not allowed: use --hostname")),
        };
        if !share.contains(&kind) {
            return Err(crate::err!("--sysctl {name} needs the pod to share its {flag} namespace: add {flag} to --share"));
        }
        if kind == SharedNamespace::Net && *network == NetworkMode::Host {
            return Err(crate::err!("--sysctl {name} cannot be set with --network host: the pod has no network namespace of its own"));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn share_lists() {
        assert_eq!(parse_share("uts,net").unwrap(), vec![SharedNamespace::Uts, SharedNamespace::Net]);
        assert_eq!(parse_share("net,ipc,uts,net").unwrap().len(), 3);
        assert!(parse_share("").unwrap().is_empty());
        assert_eq!(parse_share("pid").unwrap(), vec![SharedNamespace::Pid]);
        assert_eq!(parse_share("+pid").unwrap(), vec![SharedNamespace::Uts, SharedNamespace::Ipc, SharedNamespace::Net, SharedNamespace::Pid]);
        assert!(parse_share("cgroup").is_err());
        assert!(parse_share("bogus").is_err());
    }

    #[test]
    fn pid_modes() {
        assert_eq!(PodPidNamespace::parse("").unwrap(), PodPidNamespace::Private);
        assert_eq!(PodPidNamespace::parse("private").unwrap(), PodPidNamespace::Private);
        assert_eq!(PodPidNamespace::parse("host").unwrap().as_text(), "host");
        assert_eq!(PodPidNamespace::parse("ns:/proc/self/ns/pid").unwrap().as_text(), "ns:/proc/self/ns/pid");
        for bad in ["bogus", "ns:", "ns:/nonexistent", "container:x"] {
            assert!(PodPidNamespace::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn pod_states() {
        use ContainerStatus::*;
        assert_eq!(PodStatus::of(&[Created, Created]), PodStatus::Created);
        assert_eq!(PodStatus::of(&[Running, Running]), PodStatus::Running);
        assert_eq!(PodStatus::of(&[Running, Exited]), PodStatus::Degraded);
        assert_eq!(PodStatus::of(&[Exited, Created]), PodStatus::Exited);
    }
}
