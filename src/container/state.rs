//! Container records: one directory per container in the store (a
//! `RecordStore`), holding `container.json` and the container's own files
//! (its overlay upper directory, generated /etc files), names reserved as
//! `names/NAME -> ID`. The pid of a running container lives in the runtime
//! directory, beside the markers of a stop the user asked for and the
//! outcome of its healthchecks.

use crate::error::{Context, Error, Result};
use crate::paths::Paths;
use crate::storage::records::{record_fields, Record, RecordStore};
use crate::sys::process::alive;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// The code of a lookup's "no such container" error: podman's exit status
/// for `rm` of a missing container; other commands turn it into 125.
pub const EXIT_NO_SUCH_CONTAINER: i32 = 1;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ContainerStatus {
    Created,
    Running,
    Exited,
}

impl ContainerStatus {
    pub fn as_str(&self) -> &'static str {
        match self {
            ContainerStatus::Created => "created",
            ContainerStatus::Running => "running",
            ContainerStatus::Exited => "exited",
        }
    }
}

/// The standard streams a foreground run or `start -a` passes on (`-a`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct AttachedStreams {
    pub stdin: bool,
    pub stdout: bool,
    pub stderr: bool,
}

impl Default for AttachedStreams {
    fn default() -> Self {
        AttachedStreams { stdin: true, stdout: true, stderr: true }
    }
}

impl AttachedStreams {
    fn is_all(&self) -> bool {
        *self == AttachedStreams::default()
    }
}

/// What a container was created with: enough to start it again and to
/// show it in `ps` and `inspect`.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ContainerConfig {
    /// `--userns` as given ("" for skiff's own namespace).
    pub userns: String,
    /// The container's own user namespace (keep-id), worked out at
    /// creation, outside skiff's namespace, where the user's ids are known.
    pub userns_mappings: Option<crate::runtime::userns::NestedMappings>,
    /// Those of the user namespace it joins (`--userns=container:ID`, that
    /// container's own), copied at creation for inspect and cp.
    pub joined_userns_mappings: Option<crate::runtime::userns::NestedMappings>,
    /// (path in the container, line) added to the image's /etc/passwd and
    /// /etc/group unless it has the name or id (keep-id's user).
    pub etc_entries: Vec<(String, String)>,
    pub entrypoint: Vec<String>,
    pub cmd: Vec<String>,
    pub env: Vec<String>,
    pub workdir: String,
    pub user: String,
    pub hostname: String,
    pub network: crate::runtime::spec::NetworkSetting,
    /// `--mac-address` as given ("" for slirp4netns's default).
    pub mac_address: String,
    /// More names the container answers to on its user network.
    pub network_aliases: Vec<String>,
    /// The address asked for on its user network (else the lowest free
    /// one at each start).
    pub network_ip: Option<std::net::Ipv4Addr>,
    /// `--ip6`: the IPv6 address asked for on its dual-stack user network.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub network_ip6: Option<std::net::Ipv6Addr>,
    /// `--network NAME:interface_name=NAME`: the interface's name on its
    /// user network, else eth0.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub network_interface: Option<String>,
    /// Published ports, with the host ports chosen at creation.
    pub ports: Vec<crate::runtime::ports::PortMapping>,
    pub dns: Vec<String>,
    pub dns_search: Vec<String>,
    /// `--add-host` entries, HOST:IP.
    pub add_host: Vec<String>,
    /// `--no-hosts`: the image's /etc/hosts, not a generated one.
    pub no_hosts: bool,
    pub tty: bool,
    /// The terminal's size (rows, columns) when it is made, if the creator
    /// gave one (the API's ConsoleSize); later sizes come through the
    /// monitor's attach socket.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub console_size: Option<(u16, u16)>,
    pub interactive: bool,
    /// The standard streams `-a` names (all when it is not given).
    #[serde(skip_serializing_if = "AttachedStreams::is_all")]
    pub attached: AttachedStreams,
    pub auto_remove: bool,
    pub read_only: bool,
    /// `--tmpfs` values as given (PATH[:OPTIONS]), plus podman's defaults
    /// for a read-only root.
    pub tmpfs: Vec<String>,
    pub cap_add: Vec<String>,
    pub cap_drop: Vec<String>,
    pub privileged: bool,
    pub security_opt: Vec<String>,
    pub restart: RestartPolicy,
    pub labels: std::collections::BTreeMap<String, String>,
    /// `--annotation`s.
    pub annotations: std::collections::BTreeMap<String, String>,
    /// `--chrootdirs`: where /etc/hosts and /etc/resolv.conf are mounted
    /// again, as PATH/etc/hosts and PATH/etc/resolv.conf.
    pub chroot_dirs: Vec<String>,
    /// The image's EXPOSE ports and `--expose`'s, as "80/tcp".
    pub exposed_ports: Vec<String>,
    /// Signal name or number that `stop` sends first.
    pub stop_signal: String,
    pub stop_timeout: u64,
    /// k8s-file, json-file or none.
    pub log_driver: String,
    /// Rotate the log when it grows past this many bytes (0: never).
    pub log_max_size: u64,
    pub healthcheck: Option<super::health::Healthcheck>,
    /// `--health-on-failure`: what the monitor does on an unhealthy check.
    #[serde(default)]
    pub health_on_failure: super::health::OnFailure,
    /// Bind mounts and volumes (`-v`, `--mount`, `--volumes-from`, the
    /// image's VOLUME entries).
    pub mounts: Vec<super::mounts::MountConfig>,
    /// The id of the pod the container belongs to; empty for none.
    pub pod: String,
    /// `--pidfile`: where the process id is written at each start.
    pub pidfile: Option<PathBuf>,
    /// `--conmon-pidfile`: where the pid of the process watching the
    /// container (its monitor, podman's conmon) is written at each start;
    /// None for the default, `ContainerStore::conmon_pidfile`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub conmon_pidfile: Option<PathBuf>,
    /// `--cidfile`: where create wrote the container's id (for inspect).
    pub cidfile: Option<PathBuf>,
    /// The command line that made the container (podman's CreateCommand),
    /// which `generate systemd --new` rewrites; empty when made otherwise
    /// (the API, compose, kube play).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub create_command: Vec<String>,
    /// `--tz` as given ("" for the image's /etc/localtime).
    pub timezone: String,
    /// `--init`: an init runs the command (see `launch::INIT_DESTINATION`).
    pub init: bool,
    /// `--init-path`: the host binary that is the init; None for skiff's own.
    pub init_path: Option<PathBuf>,
    /// `--requires`: the ids of containers started before this one.
    pub requires: Vec<String>,
    /// `--umask`; None for the default.
    pub umask: Option<u32>,
    /// `--systemd`'s mode is on: tmpfs on `SYSTEMD_TMPFS` (where nothing
    /// else is mounted) and `$container_uuid`, as podman gives systemd.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub systemd: bool,
    /// `--ulimit`s.
    pub ulimits: Vec<crate::runtime::spec::Ulimit>,
    /// `--ipc`, `--uts`, `--pid` (another container's by id), `--shm-size`,
    /// `--sysctl`, `--device`, `--domainname`, `--group-add`.
    pub isolation: crate::runtime::spec::Isolation,
    /// `--dns-option`s: the options line of /etc/resolv.conf (the host's
    /// when empty).
    pub dns_options: Vec<String>,
    /// `--oom-score-adj`.
    pub oom_score_adj: Option<i32>,
    /// `--personality`.
    pub personality: Option<crate::runtime::spec::Personality>,
    /// `--timeout` in seconds: the container is killed that long after it starts.
    pub timeout: Option<u64>,
    /// `--rootfs`: the user's directory that is the root file system, in
    /// place of an image (the record's image id and name are then empty).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rootfs: Option<ExternalRootfs>,
    /// `create --init-ctr`: one of its pod's init containers (see
    /// `InitContainerKind`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub init_container: Option<InitContainerKind>,
}

/// `create --init-ctr`, podman's two kinds of init container: `pod start`
/// runs a pod's init containers first, oldest first, each to a zero exit,
/// and only then starts the others; `pod restart` and a start of one
/// container leave them alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum InitContainerKind {
    /// Runs at every `pod start`.
    Always,
    /// Runs at the next `pod start`, then is removed.
    Once,
}

impl InitContainerKind {
    pub fn parse(value: &str) -> Result<InitContainerKind> {
        match value {
            "always" => Ok(InitContainerKind::Always),
            "once" => Ok(InitContainerKind::Once),
            _ => Err(crate::err!("invalid --init-ctr {value:?}: use always or once")),
        }
    }
}

/// `--rootfs DIR[:O]`: a directory of the user's, an exploded root file
/// system managed outside skiff, used instead of an image's layers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExternalRootfs {
    /// Absolute.
    pub path: PathBuf,
    /// `:O`: the directory is the lower layer of an overlay, so that the
    /// container's writes go to its own upper directory, emptied at each
    /// start, and never to the directory.
    pub overlay: bool,
}

impl ContainerConfig {
    /// The mappings of the user namespace the container runs in when it is
    /// not skiff's: its own, or the one it joined.
    pub fn id_mappings(&self) -> Option<&crate::runtime::userns::NestedMappings> {
        self.userns_mappings.as_ref().or(self.joined_userns_mappings.as_ref())
    }

    /// The other container whose user namespace it joins (`--userns=container:ID`).
    pub fn userns_container(&self) -> Option<&str> {
        self.userns.strip_prefix("container:")
    }

    /// The container (by id) whose namespaces this one joins, with the
    /// first flag that names it: `--network`, `--ipc`, `--uts` or `--pid`
    /// container:ID (create makes sure they name the same one).
    pub fn joined_container(&self) -> Option<(&'static str, &str)> {
        use crate::runtime::spec::NetworkMode;
        if let NetworkMode::Container(target) = self.network.mode() {
            return Some(("--network", target));
        }
        let i = &self.isolation;
        [("--ipc", &i.ipc), ("--uts", &i.uts), ("--pid", &i.pid)].into_iter().find_map(|(flag, mode)| Some((flag, mode.container()?)))
    }

    /// The namespaces of `joined_container` this one shares.
    pub fn joined_namespaces(&self) -> Vec<crate::runtime::join::SharedNamespace> {
        use crate::runtime::join::SharedNamespace;
        let i = &self.isolation;
        [
            (SharedNamespace::Uts, i.uts.container().is_some()),
            (SharedNamespace::Ipc, i.ipc.container().is_some()),
            (SharedNamespace::Net, matches!(self.network.mode(), crate::runtime::spec::NetworkMode::Container(_))),
            (SharedNamespace::Pid, i.pid.container().is_some()),
        ]
        .into_iter()
        .filter_map(|(kind, joined)| joined.then_some(kind))
        .collect()
    }
}

/// docker's restart policies, carried out by the container's monitor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", tag = "name")]
pub enum RestartPolicy {
    #[default]
    No,
    /// Restart after a non-zero exit, at most `max` times (0: no limit).
    OnFailure { max: u32 },
    Always,
    UnlessStopped,
}

impl RestartPolicy {
    pub fn parse(value: &str) -> Result<RestartPolicy> {
        let (name, max) = value.split_once(':').unwrap_or((value, ""));
        let policy = match name {
            "" | "no" => RestartPolicy::No,
            "on-failure" => RestartPolicy::OnFailure {
                max: if max.is_empty() {
                    0
                } else {
                    max.parse().map_err(|_| crate::err!("invalid restart policy {value:?}: the retry count must be a number"))?
                },
            },
            "always" => RestartPolicy::Always,
            "unless-stopped" => RestartPolicy::UnlessStopped,
            _ => return Err(crate::err!("invalid restart policy {value:?}: use no, on-failure[:MAX], always or unless-stopped")),
        };
        if !max.is_empty() && !matches!(policy, RestartPolicy::OnFailure { .. }) {
            return Err(crate::err!("invalid restart policy {value:?}: only on-failure takes a retry count"));
        }
        Ok(policy)
    }

    pub fn name(&self) -> &'static str {
        match self {
            RestartPolicy::No => "no",
            RestartPolicy::OnFailure { .. } => "on-failure",
            RestartPolicy::Always => "always",
            RestartPolicy::UnlessStopped => "unless-stopped",
        }
    }

    /// As `--restart` takes it: `on-failure:MAX` with a limit.
    pub fn as_flag(&self) -> String {
        match self {
            RestartPolicy::OnFailure { max } if *max > 0 => format!("on-failure:{max}"),
            _ => self.name().to_string(),
        }
    }

    /// Whether the monitor starts the container again after it exited with
    /// `code`, having restarted it `restarts` times; never after `stop`.
    pub fn should_restart(&self, code: i32, restarts: u32, stopped_by_user: bool) -> bool {
        if stopped_by_user {
            return false;
        }
        match self {
            RestartPolicy::No => false,
            RestartPolicy::OnFailure { max } => code != 0 && (*max == 0 || restarts < *max),
            RestartPolicy::Always | RestartPolicy::UnlessStopped => true,
        }
    }
}

/// A container's record. `C` is its configuration: the whole of it
/// (`ContainerConfig`) unless the record was read for a listing
/// (`ContainerListing`).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ContainerRecord<C = ContainerConfig> {
    pub id: String,
    pub name: String,
    /// Image id (hex sha256 of its config).
    pub image_id: String,
    /// The image's name as resolved when the container was created.
    pub image_name: String,
    /// Unix seconds.
    pub created: i64,
    /// Nanoseconds since the epoch: orders containers created in one second.
    #[serde(default)]
    pub created_nanos: u128,
    pub status: ContainerStatus,
    #[serde(default)]
    pub exit_code: Option<i32>,
    #[serde(default)]
    pub started_at: Option<i64>,
    #[serde(default)]
    pub finished_at: Option<i64>,
    /// How often the monitor has restarted the container.
    #[serde(default)]
    pub restart_count: u32,
    /// Storage driver that mounts this container's root filesystem.
    pub storage_driver: String,
    /// `pause`: how the running container's processes are held (see
    /// `super::pause`); None when they run. Only a running container's
    /// counts: an exit clears it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paused: Option<PauseMethod>,
    pub config: C,
}

/// A container's record read for a listing such as `ps`: its own fields
/// and the few of its configuration that a listing shows. Never saved, so
/// that the configuration it leaves out cannot be lost.
pub type ContainerListing = ContainerRecord<ListingConfig>;

/// What `ps` shows of a container's configuration; serde skips the rest
/// of it without building it.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct ListingConfig {
    entrypoint: Vec<String>,
    cmd: Vec<String>,
    ports: Vec<crate::runtime::ports::PortMapping>,
    pod: String,
    /// Only whether there is one.
    healthcheck: Option<serde::de::IgnoredAny>,
}

/// The parts of a configuration a listing shows, of a whole one or of a
/// `ListingConfig`.
pub trait ShownConfig {
    fn entrypoint(&self) -> &[String];
    fn cmd(&self) -> &[String];
    fn ports(&self) -> &[crate::runtime::ports::PortMapping];
    /// The pod's id, "" for none.
    fn pod(&self) -> &str;
    fn has_healthcheck(&self) -> bool;
}

/// `ShownConfig` for a configuration type with those fields.
macro_rules! shown_config {
    ($config:ty) => {
        impl ShownConfig for $config {
            fn entrypoint(&self) -> &[String] {
                &self.entrypoint
            }

            fn cmd(&self) -> &[String] {
                &self.cmd
            }

            fn ports(&self) -> &[crate::runtime::ports::PortMapping] {
                &self.ports
            }

            fn pod(&self) -> &str {
                &self.pod
            }

            fn has_healthcheck(&self) -> bool {
                self.healthcheck.is_some()
            }
        }
    };
}
shown_config!(ContainerConfig);
shown_config!(ListingConfig);

/// How a paused container is held.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PauseMethod {
    /// Its own cgroup v2 is frozen (`cgroup.freeze`).
    Freezer,
    /// Every process of it was sent SIGSTOP.
    Signals,
}

impl Record for ContainerRecord {
    const KIND: &'static str = "container";
    const FILE: &'static str = "container.json";

    record_fields!();

    fn name_in_use(name: &str, holder: &str) -> Error {
        crate::err!("the container name \"{name}\" is already in use by {holder}. You have to remove that container to be able to reuse that name")
    }

    fn not_found(key: &str) -> Error {
        Error::with_code(EXIT_NO_SUCH_CONTAINER, format!("no container with name or ID \"{key}\" found: no such container"))
    }

    /// A `--rm` container is removed when its process ends, and a crash of
    /// the machine ends it: its record is not worth a journal commit.
    fn durability(&self) -> crate::storage::atomic::Durability {
        if self.config.auto_remove {
            crate::storage::atomic::Durability::Unsynced
        } else {
            crate::storage::atomic::Durability::Synced
        }
    }
}

impl ContainerRecord {
    /// A created container with this id and nothing else set (for trying a
    /// template on, and for tests).
    pub fn blank(id: String) -> ContainerRecord {
        ContainerRecord {
            id,
            name: String::new(),
            image_id: String::new(),
            image_name: String::new(),
            created: 0,
            created_nanos: 0,
            status: ContainerStatus::Created,
            exit_code: None,
            started_at: None,
            finished_at: None,
            restart_count: 0,
            storage_driver: String::new(),
            paused: None,
            config: Default::default(),
        }
    }
}

impl<C> ContainerRecord<C> {
    /// Whether the container runs with its processes held by `pause`.
    pub fn is_paused(&self) -> bool {
        self.status == ContainerStatus::Running && self.paused.is_some()
    }

    /// podman's name of the container's state: created, running, paused
    /// or exited (what `ps`, `inspect` and `--filter status=` say).
    pub fn state(&self) -> &'static str {
        if self.is_paused() {
            "paused"
        } else {
            self.status.as_str()
        }
    }

}

impl<C: ShownConfig> ContainerRecord<C> {
    /// The command line shown by `ps`.
    pub fn command_line(&self) -> String {
        let mut argv = self.config.entrypoint().to_vec();
        argv.extend(self.config.cmd().iter().cloned());
        argv.join(" ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A listing reads the configuration's fields by their names in the
    /// record: one renamed in `ContainerConfig` would leave `ps` blank.
    #[test]
    fn a_listing_shows_what_the_whole_record_shows() {
        let mut record = ContainerRecord::blank("a".repeat(64));
        record.config.entrypoint = vec!["/bin/sh".into(), "-c".into()];
        record.config.cmd = vec!["sleep 1".into()];
        record.config.ports = vec![crate::runtime::ports::PortMapping { host_ip: String::new(), host_port: 8080, container_port: 80, protocol: "tcp".into() }];
        record.config.pod = "b".repeat(64);
        record.config.healthcheck = Some(crate::container::health::Healthcheck { test: vec!["CMD".into(), "true".into()], ..Default::default() });
        let listing: ContainerListing = serde_json::from_slice(&serde_json::to_vec(&record).unwrap()).unwrap();
        assert_eq!(listing.command_line(), record.command_line());
        assert_eq!(listing.config.ports(), record.config.ports());
        assert_eq!(listing.config.pod(), record.config.pod());
        assert!(listing.config.has_healthcheck());
        assert_eq!((listing.id, listing.created, listing.status), (record.id, record.created, record.status));
    }

    #[test]
    fn restart_policies() {
        assert_eq!(RestartPolicy::parse("no").unwrap(), RestartPolicy::No);
        assert_eq!(RestartPolicy::parse("on-failure:3").unwrap(), RestartPolicy::OnFailure { max: 3 });
        assert!(RestartPolicy::parse("always:2").is_err());
        assert!(RestartPolicy::parse("sometimes").is_err());
        let p = RestartPolicy::OnFailure { max: 3 };
        assert!(p.should_restart(1, 2, false));
        assert!(!p.should_restart(1, 3, false));
        assert!(!p.should_restart(0, 0, false));
        assert!(RestartPolicy::Always.should_restart(0, 100, false));
        assert!(!RestartPolicy::Always.should_restart(137, 0, true));
    }

    /// A reader racing the watcher's exit must see the recorded exit code,
    /// never a container that died with its watcher (137).
    #[test]
    fn a_reader_racing_an_exit_sees_the_recorded_code() {
        let dir = tempfile::tempdir().unwrap();
        let paths = Paths { data: dir.path().join("data"), runtime: dir.path().join("run"), tmpdir: dir.path().join("run") };
        let store = ContainerStore::open(&paths);
        let id = "a".repeat(64);
        std::fs::create_dir_all(paths.containers_dir().join(&id)).unwrap();
        std::fs::create_dir_all(paths.tmpdir.join("containers")).unwrap();
        let record = ContainerRecord { name: "racer".into(), ..ContainerRecord::blank(id.clone()) };
        store.save(&record).unwrap();
        let rounds = 2000;
        std::thread::scope(|scope| {
            let writer = scope.spawn(|| {
                let mut record = record.clone();
                // This process stands in for the container: it is alive.
                let pid = std::process::id() as i32;
                for _ in 0..rounds {
                    store.mark_running(&mut record, pid).unwrap();
                    store.mark_exited(&mut record, 0).unwrap();
                }
            });
            while !writer.is_finished() {
                let seen = store.lookup(&id).unwrap();
                assert_ne!(seen.exit_code, Some(137), "a reader took an exit being recorded for a death");
            }
        });
    }
}

pub struct ContainerStore {
    records: RecordStore<ContainerRecord>,
    paths: Paths,
}

impl ContainerStore {
    pub fn open(paths: &Paths) -> ContainerStore {
        ContainerStore { records: RecordStore::new(paths.containers_dir(), paths.tmpdir.join("containers")), paths: paths.clone() }
    }

    /// Where the store is (what an exec into one of its containers needs).
    pub fn paths(&self) -> &Paths {
        &self.paths
    }

    /// The runtime directory of containers (live state, sockets).
    pub fn runtime_dir(&self) -> &Path {
        self.records.runtime_dir()
    }

    pub fn container_dir(&self, id: &str) -> PathBuf {
        self.records.record_dir(id)
    }

    /// Reserve a name and a directory for a new container, then write its
    /// record. `name` None picks a random free name.
    pub fn create(&self, name: Option<&str>, make: impl FnOnce(&str, &str) -> ContainerRecord) -> Result<ContainerRecord> {
        let record = self.records.create(name, make)?;
        self.event(&record, "create");
        Ok(record)
    }

    /// Give a container another name; the old one is free afterwards.
    pub fn rename(&self, record: &mut ContainerRecord, name: &str) -> Result<()> {
        self.records.rename(record, name)?;
        self.event(record, "rename");
        Ok(())
    }

    /// Write a container's record. Fails if the container was removed
    /// meanwhile, rather than bringing its directory back.
    pub fn save(&self, record: &ContainerRecord) -> Result<()> {
        self.records.save(record)
    }

    /// Record the container's init process; the caller is its watcher.
    pub fn set_live(&self, id: &str, pid: i32) -> Result<()> {
        self.records.set_live(id, pid)
    }

    /// The container's process runs as `pid`: readers find it live, its
    /// `--pidfile` names it, and its conmon pid file names this process,
    /// which watches it (a unit's PIDFile: it ends with the container;
    /// not written for a `--rm` container unless `--conmon-pidfile` names it).
    pub fn started(&self, record: &ContainerRecord, pid: i32) -> Result<()> {
        self.set_live(&record.id, pid)?;
        if let Some(file) = &record.config.pidfile {
            std::fs::write(file, pid.to_string()).context(|| format!("write the pid file {}", file.display()))?;
        }
        // A unit's PIDFile needs it; a `--rm` container is gone when it
        // stops, so no unit starts it again, and unless `--conmon-pidfile`
        // asked for the file, creating and removing it is all it would cost.
        if record.config.auto_remove && record.config.conmon_pidfile.is_none() {
            return Ok(());
        }
        let watcher = self.conmon_pidfile(record);
        std::fs::write(&watcher, std::process::id().to_string()).context(|| format!("write the conmon pid file {}", watcher.display()))?;
        Ok(())
    }

    /// Where the pid of the process watching the container is written:
    /// `--conmon-pidfile`, or a file of the runtime directory.
    pub fn conmon_pidfile(&self, record: &ContainerRecord) -> PathBuf {
        record.config.conmon_pidfile.clone().unwrap_or_else(|| self.runtime_dir().join(format!("{}.conmon.pid", record.id)))
    }

    pub fn clear_live(&self, id: &str) {
        self.records.clear_live(id)
    }

    // A container's state changes (created -> running -> exited, restarts)
    // are written here only, by the foreground `run` and by the monitor.

    /// The container's command runs as `pid`, watched by this process:
    /// record it running, note its process, and log the start.
    pub fn mark_running(&self, record: &mut ContainerRecord, pid: i32) -> Result<()> {
        // No lock of the state: a pause needs the record to say running
        // already, so none can come before this is written.
        record.status = ContainerStatus::Running;
        record.paused = None;
        record.started_at = Some(crate::sys::clock::now());
        record.exit_code = None;
        // The process first, then the status: a record that says running
        // with no live process yet reads as a container that died (exited
        // 137), which `wait` and attached clients would take for its end.
        let saved = self.started(record, pid).and_then(|_| self.save(record));
        self.event(record, "start");
        saved
    }

    /// The container's command ended with `code`: record it exited and only
    /// then forget its process (until the exit is recorded, readers see a
    /// live watcher). Fails if the container was removed meanwhile.
    pub fn mark_exited(&self, record: &mut ContainerRecord, code: i32) -> Result<()> {
        let _state = self.lock_state(&record.id)?;
        record.status = ContainerStatus::Exited;
        record.paused = None;
        record.exit_code = Some(code);
        record.finished_at = Some(crate::sys::clock::now());
        if let Err(e) = self.save(record) {
            // Removed meanwhile: the lock taken above is all that is left.
            if !self.container_dir(&record.id).exists() {
                let _ = std::fs::remove_file(self.state_lock_path(&record.id));
            }
            return Err(e);
        }
        self.clear_live(&record.id);
        Ok(())
    }

    /// Held while a running container's state changes (exit, pause,
    /// unpause), so that a pause and an exit recorded at the same moment
    /// cannot undo each other.
    pub fn lock_state(&self, id: &str) -> Result<crate::storage::lock::Lock> {
        crate::storage::lock::exclusive(&self.state_lock_path(id))
    }

    fn state_lock_path(&self, id: &str) -> PathBuf {
        self.runtime_dir().join(format!("{id}.lock"))
    }

    /// Record that the running container is held by `pause` (`Some`) or
    /// runs again (`None`); the caller holds the lock of its state
    /// (`_held`, from `lock_state`: a second lock in this process would
    /// wait for the first). False if it is no longer running, when nothing
    /// is recorded (an exit clears it).
    pub fn set_paused(&self, _held: &crate::storage::lock::Lock, id: &str, paused: Option<PauseMethod>) -> Result<bool> {
        let mut record = self.records.load(id)?;
        if record.status != ContainerStatus::Running || self.live_pid(id).is_none() {
            return Ok(false);
        }
        record.paused = paused;
        self.save(&record)?;
        Ok(true)
    }

    /// As `mark_exited`, for a container its monitor starts again after a
    /// pause: one more restart.
    pub fn mark_restarting(&self, record: &mut ContainerRecord, code: i32) -> Result<()> {
        record.restart_count += 1;
        self.mark_exited(record, code)
    }

    /// Where the outcome of a container's healthchecks is kept.
    pub fn health_path(&self, id: &str) -> PathBuf {
        super::health::state_path(self.runtime_dir(), id)
    }

    pub fn health(&self, id: &str) -> Option<super::health::HealthState> {
        super::health::load(&self.health_path(id))
    }

    fn stop_marker(&self, id: &str) -> PathBuf {
        self.runtime_dir().join(format!("{id}.stopped"))
    }

    /// Note that the user stopped the container, so that its monitor does
    /// not restart it.
    pub fn request_stop(&self, id: &str) -> Result<()> {
        let runtime = self.runtime_dir();
        std::fs::create_dir_all(runtime).context(|| format!("create {}", runtime.display()))?;
        std::fs::write(self.stop_marker(id), b"").context(|| format!("mark container {id} stopped"))
    }

    pub fn stop_requested(&self, id: &str) -> bool {
        self.stop_marker(id).exists()
    }

    pub fn clear_stop(&self, id: &str) {
        let _ = std::fs::remove_file(self.stop_marker(id));
    }

    /// What a stopped container's watcher removes when it ends, for one
    /// whose watcher died first (`container cleanup`): its live state, stop
    /// marker, healthcheck outcome and attach socket; and its record saved
    /// as it is seen (exited 137 if it died with its watcher). Refused while
    /// the container or its watcher still lives.
    pub fn clean_up(&self, record: &ContainerRecord) -> Result<()> {
        if self.watched(&record.id) {
            return Err(crate::err!("container {} is running: stop it before cleaning it up", record.id));
        }
        self.clear_live(&record.id);
        self.clear_stop(&record.id);
        let _ = std::fs::remove_file(self.health_path(&record.id));
        let _ = std::fs::remove_file(self.runtime_dir().join(super::attach::socket_name(&record.id)));
        self.save(record)
    }

    /// The live init process of a running container, if it is still there.
    pub fn live_pid(&self, id: &str) -> Option<i32> {
        self.records.live_pid(id)
    }

    /// The skiff process watching a running container (podman's conmon pid).
    pub fn watcher_pid(&self, id: &str) -> Option<i32> {
        self.records.live(id).map(|live| live.watcher_pid)
    }

    /// Wait up to `limit` until `done` holds, asking again as soon as the
    /// container's process or its watcher ends (the watcher records the
    /// exit, removes the live state, then ends) and at least every
    /// `recheck`; false if `limit` passed first.
    pub fn wait_for_exit_of(&self, id: &str, limit: std::time::Duration, recheck: std::time::Duration, done: impl FnMut() -> bool) -> bool {
        let watched = self.records.live(id).map(|l| vec![(l.pid, l.start_time), (l.watcher_pid, l.watcher_start_time)]).unwrap_or_default();
        crate::sys::process::wait_for_exits(&watched, limit, recheck, done)
    }

    /// Whether the container or the skiff process watching it is alive:
    /// while the watcher lives, it will record how the container ended.
    fn watched(&self, id: &str) -> bool {
        self.records.live(id).is_some_and(|live| alive(live.pid, live.start_time) || alive(live.watcher_pid, live.watcher_start_time))
    }

    /// A record that says running but whose process and watcher are gone
    /// died with its watcher (which kills it with SIGKILL): show it as
    /// exited 137.
    fn refresh<C: serde::de::DeserializeOwned>(&self, mut record: ContainerRecord<C>) -> ContainerRecord<C> {
        if record.status == ContainerStatus::Running && !self.watched(&record.id) {
            // The watcher records the exit first and forgets the process
            // after: a record read just before that exit was written finds
            // no live process, and must be read again, not taken for a
            // container that died (50 API clients saw a `true` exit 137).
            if let Ok(now) = self.records.load_as::<ContainerRecord<C>>(&record.id) {
                if now.status != ContainerStatus::Running || self.watched(&record.id) {
                    return now;
                }
                record = now;
            }
            record.status = ContainerStatus::Exited;
            record.paused = None;
            record.exit_code.get_or_insert(137);
            record.finished_at.get_or_insert(record.started_at.unwrap_or(record.created));
        }
        record
    }

    /// All containers, newest first.
    pub fn list(&self) -> Result<Vec<ContainerRecord>> {
        Ok(self.records.list()?.into_iter().map(|r| self.refresh(r)).collect())
    }

    /// All containers as a listing shows them (see `ContainerListing`),
    /// newest first: `list` for a command that shows many and needs few
    /// fields of each.
    pub fn listings(&self) -> Result<Vec<ContainerListing>> {
        let listed = self.records.list_as(|c: &ContainerListing| ((c.created, c.created_nanos), c.id.as_str()))?;
        Ok(listed.into_iter().map(|r| self.refresh(r)).collect())
    }

    /// Find a container by exact name, full id or unique id prefix.
    pub fn lookup(&self, key: &str) -> Result<ContainerRecord> {
        self.records.lookup(key).map(|r| self.refresh(r))
    }

    /// Remove a container's files and name (see `RecordStore::remove`). For
    /// rootless stores the caller must be inside the user namespace, since
    /// the container's files belong to subordinate ids.
    pub fn remove(&self, record: &ContainerRecord) -> Result<()> {
        self.records.remove(record, || self.forget_runtime(record))?;
        self.event(record, "remove");
        Ok(())
    }

    /// `remove`, leaving the container's files to a child process that
    /// this one does not wait for (see `RecordStore::remove_detached`): for
    /// `run --rm`, which exits right after. `namespaces`, the container's
    /// (see `process::run_holding`), are closed by that child once the
    /// files are gone.
    pub fn remove_detached(&self, record: &ContainerRecord, namespaces: Vec<std::os::fd::OwnedFd>) -> Result<()> {
        self.records.remove_detached(record, || self.forget_runtime(record), namespaces)?;
        self.event(record, "remove");
        Ok(())
    }

    /// The runtime files of a container that its record's removal takes along.
    fn forget_runtime(&self, record: &ContainerRecord) {
        self.clear_stop(&record.id);
        let _ = std::fs::remove_file(self.state_lock_path(&record.id));
        let _ = std::fs::remove_file(self.health_path(&record.id));
        if record.config.conmon_pidfile.is_none() {
            let _ = std::fs::remove_file(self.conmon_pidfile(record));
        }
    }

    /// The inconsistencies of the containers' records and name reservations.
    pub fn check_records(&self) -> Result<Vec<crate::storage::records::RecordProblem>> {
        self.records.check()
    }

    /// Apply a repair `check_records` proposed.
    pub fn fix_records(&self, fix: &crate::storage::records::RecordFix) -> Result<Option<String>> {
        self.records.fix(fix)
    }

    /// Append a container event (start, died, stop, ...) to the event log.
    pub fn event(&self, record: &ContainerRecord, action: &str) {
        crate::events::record(&self.paths.data, "container", action, &record.id, &record.name, &record.image_name);
    }

    /// "Up 3 seconds", "Exited (7) 2 seconds ago", "Created": how `ps`
    /// (and the API's container list) describe a container's state.
    pub fn status_text<C: ShownConfig>(&self, c: &ContainerRecord<C>) -> String {
        match c.status {
            ContainerStatus::Created => "Created".into(),
            // podman's: the state's name, without the time up.
            ContainerStatus::Running if c.is_paused() => "Paused".into(),
            ContainerStatus::Running => {
                let up = format!("Up {}", crate::time::human_duration(crate::sys::clock::now() - c.started_at.unwrap_or(c.created)));
                match self.health(&c.id).filter(|_| c.config.has_healthcheck()) {
                    Some(h) => format!("{up} ({})", h.status),
                    None => up,
                }
            }
            ContainerStatus::Exited => {
                format!("Exited ({}) {}", c.exit_code.unwrap_or(0), crate::time::human_ago(c.finished_at.unwrap_or(c.created)))
            }
        }
    }

    /// A healthcheck ran: podman's health_status event, with the status
    /// it left the container in.
    pub fn health_event(&self, record: &ContainerRecord, status: &str) {
        let attributes = std::collections::BTreeMap::from([("health_status".to_string(), status.to_string())]);
        crate::events::record_with(&self.paths.data, "container", "health_status", &record.id, &record.name, &record.image_name, attributes);
    }

    /// The container's command ended with `code`: the "died" event, with
    /// the code as Docker's `exitCode` attribute (what an API client waiting
    /// for an auto-removed container learns its exit code from).
    pub fn died(&self, record: &ContainerRecord, code: i32) {
        let attributes = std::collections::BTreeMap::from([("exitCode".to_string(), code.to_string())]);
        crate::events::record_with(&self.paths.data, "container", "died", &record.id, &record.name, &record.image_name, attributes);
    }

    /// Ids of containers that use an image.
    pub fn users_of_image(&self, image_id: &str) -> Result<Vec<ContainerRecord>> {
        Ok(self.list()?.into_iter().filter(|c| c.image_id == image_id).collect())
    }
}
