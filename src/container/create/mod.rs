//! Creating a container: the engine function both front ends call (the
//! CLI's `create` and `run`, and the API's containers/create). Its options
//! are plain typed values; `parse` turns the string forms of flags, compose
//! files and API bodies into them.

mod auto_userns;
pub mod parse;

use crate::container::etc_files;
use crate::container::health::Healthcheck;
use crate::container::launch::{confinement, custom_seccomp_profile, SECCOMP_PROFILE_FILE};
use crate::container::mounts::{self, MountConfig};
use crate::container::state::{ContainerConfig, ContainerRecord, ContainerStatus, RestartPolicy};
use crate::container::user_namespace::{InfraStopped, UserNamespaceSource};
use crate::container::ContainerStore;
use crate::error::{Context as _, Result};
use crate::image::pull_policy::{pull_if_needed, PullPolicy};
use crate::image::registry::Progress;
use crate::image::ImageStore;
use crate::paths::Paths;
use crate::pod::{ContainerNetworking, PodRequest};
use crate::runtime::join::SharedNamespace;
use crate::runtime::ports::{self, PortMapping};
use crate::runtime::spec::{DeviceMapping, Isolation, NamespaceKind, NamespaceMode, NamespaceNeed, NetworkMode, NetworkSetting};
use crate::image::registry::manifest::Platform;
use crate::runtime::userns::{self, NestedMappings, UsernsMode};
use crate::secret::{SecretRequest, SecretUse};
use crate::storage::driver::{self, Driver, RootfsLayout};
use crate::sys::clock::{now, now_nanos};
use crate::sys::warnings::warn;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

pub use parse::LogSettings;

/// Everything that defines a container, as the engine takes it: strings
/// already parsed (see `parse`), files already read, paths absolute.
/// `Default` is a container of the image's own command on slirp4netns.
/// Kept beside the record (`CREATE_OPTIONS_FILE`) for `container clone`.
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct CreateOptions {
    /// The image: a name or id, or a transport reference; "" with `rootfs`.
    pub image: String,
    /// `--rootfs`: a directory used in place of an image (see `parse::rootfs`).
    pub rootfs: Option<crate::container::ExternalRootfs>,
    /// When to pull the image.
    pub pull: PullPolicy,
    /// None: a generated name.
    pub name: Option<String>,
    /// Remove an existing container of the same `name` first.
    #[serde(skip)]
    pub replace: bool,
    /// Replaces the image's entrypoint (and then its CMD too); Some(empty) clears it.
    pub entrypoint: Option<Vec<String>>,
    /// Empty: the image's CMD.
    pub command: Vec<String>,
    /// KEY=VALUE variables after the image's (files and flags, collected).
    pub env: Vec<String>,
    /// Variables of the caller's environment (`--env-host`), before `env`.
    pub host_env: Vec<String>,
    /// Names of the image's variables to leave out.
    pub unsetenv: Vec<String>,
    /// Leave out the image's whole environment.
    pub unsetenv_all: bool,
    pub labels: BTreeMap<String, String>,
    /// USER[:GROUP]; None: the image's.
    pub user: Option<String>,
    /// Absolute; None: the image's, or /.
    pub workdir: Option<String>,
    /// None: the first 12 characters of the id.
    pub hostname: Option<String>,
    pub tty: bool,
    /// The terminal's first size (rows, columns): Docker's ConsoleSize,
    /// so that the first command already sees the client's size.
    pub console_size: Option<(u16, u16)>,
    pub interactive: bool,
    /// `-a`: the streams passed on; all by default.
    pub attached: crate::container::state::AttachedStreams,
    /// None: slirp4netns (and for a pod, the pod's network).
    pub network: Option<NetworkSetting>,
    pub network_aliases: Vec<String>,
    /// docker's `--link NAME[:ALIAS]` values, on the user network `network`.
    pub links: Vec<String>,
    /// The address on the user network `network` names.
    pub network_ip: Option<std::net::Ipv4Addr>,
    /// The IPv6 address on the dual-stack user network `network` names.
    pub network_ip6: Option<std::net::Ipv6Addr>,
    /// The interface's name on the user network `network` names.
    pub network_interface: Option<String>,
    /// More user networks the container joins after `network`, each with
    /// its aliases and address (as `network connect` would add them).
    pub more_networks: Vec<crate::network::connect::Connection>,
    pub mac_address: Option<String>,
    pub ports: Vec<PortMapping>,
    /// Publish every port the image exposes on a free host port.
    pub publish_all: bool,
    /// More exposed ports, PORT[-PORT][/PROTOCOL] (`--expose`), checked
    /// (see `parse::exposed_ports`).
    pub expose: Vec<String>,
    pub annotations: BTreeMap<String, String>,
    /// `--chrootdirs`: directories inside the container that also get its
    /// /etc/hosts and /etc/resolv.conf (absolute paths).
    pub chroot_dirs: Vec<String>,
    /// A pod's name or id, or new:NAME.
    pub pod: Option<String>,
    /// `create --init-ctr`: one of the pod's init containers.
    pub init_container: Option<crate::container::InitContainerKind>,
    pub dns: Vec<String>,
    pub dns_search: Vec<String>,
    /// HOST:IP lines for /etc/hosts.
    pub add_host: Vec<String>,
    /// Keep the image's /etc/hosts instead of generating one.
    pub no_hosts: bool,
    pub cap_add: Vec<String>,
    pub cap_drop: Vec<String>,
    pub privileged: bool,
    pub security_opt: Vec<String>,
    pub read_only: bool,
    /// PATH[:OPTIONS] tmpfs mounts, checked (see `parse::tmpfs`).
    pub tmpfs: Vec<String>,
    /// Binds and volumes (see `parse::mounts`).
    pub mounts: Vec<MountConfig>,
    /// CONTAINER[:ro|rw], checked (see `parse::volumes_from`).
    pub volumes_from: Vec<String>,
    pub secrets: Vec<SecretRequest>,
    /// Secrets whose content the caller read itself (compose's `secrets`
    /// and `configs` from files, variables or inline text), kept and
    /// mounted as the store's secrets are.
    #[serde(skip)]
    pub given_secrets: Vec<(SecretRequest, Vec<u8>)>,
    pub restart: RestartPolicy,
    /// Remove the container when it exits (`--rm`).
    pub auto_remove: bool,
    /// None: the image's, or SIGTERM.
    pub stop_signal: Option<String>,
    /// Seconds; None: 10.
    pub stop_timeout: Option<u64>,
    /// Settings that override the image's healthcheck one by one.
    pub healthcheck: Option<Healthcheck>,
    /// Disable the image's healthcheck.
    pub no_healthcheck: bool,
    /// What the monitor does when the container turns unhealthy.
    pub health_on_failure: crate::container::health::OnFailure,
    pub log: LogSettings,
    /// Absolute path the id is written to; it must not exist.
    #[serde(skip)]
    pub cidfile: Option<PathBuf>,
    /// Absolute path the process id is written to when it starts.
    pub pidfile: Option<PathBuf>,
    /// Absolute path the monitor's pid is written to when it starts.
    pub conmon_pidfile: Option<PathBuf>,
    /// The command line that made the container, when typed (CreateCommand).
    pub create_command: Vec<String>,
    /// `local` or a zone of /usr/share/zoneinfo.
    pub timezone: Option<String>,
    /// Host users (names or uids) added to the container's /etc/passwd.
    pub host_users: Vec<String>,
    pub init: bool,
    /// Absolute path of the init binary (with `init`).
    pub init_path: Option<PathBuf>,
    /// Containers (names or ids) started before this one.
    pub requires: Vec<String>,
    pub umask: Option<u32>,
    /// `--systemd`: when the container runs in systemd mode.
    pub systemd: SystemdMode,
    /// Resource limits set before the command runs (`--ulimit`).
    pub ulimits: Vec<crate::runtime::spec::Ulimit>,
    /// host, keep-id[:uid=UID,gid=GID] or None.
    pub userns: Option<String>,
    /// `--uidmap`/`--gidmap`: CONTAINER:INTERMEDIATE:SIZE triples.
    pub uidmap: Vec<String>,
    pub gidmap: Vec<String>,
    /// `--subuidname`/`--subgidname`: whose /etc/subuid and /etc/subgid ranges to map.
    pub subuidname: Option<String>,
    pub subgidname: Option<String>,
    /// None: the store's driver.
    pub storage_driver: Option<Driver>,
    /// `--ipc`, `--uts`, `--pid` (container:NAME by name or id), `--shm-size`,
    /// `--sysctl`, `--device`, `--domainname` and `--group-add` (see
    /// `parse::isolation`).
    pub isolation: Isolation,
    /// `--dns-option`: the resolver's options line (see `parse::dns_options`).
    pub dns_options: Vec<String>,
    /// The image's platform (`--platform`, `--os`, `--arch`, `--variant`);
    /// None: this host's.
    pub platform: Option<Platform>,
    /// Registry access for the pull: `--tls-verify` (None: registries.conf
    /// decides) and `--authfile`.
    pub tls_verify: Option<bool>,
    pub authfile: Option<PathBuf>,
    /// `--oom-score-adj`, -1000 to 1000.
    pub oom_score_adj: Option<i32>,
    pub personality: Option<crate::runtime::spec::Personality>,
    /// `--timeout`: seconds the container may run; None or 0 for no limit.
    pub timeout: Option<u64>,
    /// `--passwd-entry`: the /etc/passwd line added for `user` when the
    /// image has no such user ($USERNAME, $UID, $GID, $NAME, $HOME).
    pub passwd_entry: Option<String>,
    /// `--env-merge NAME=VALUE`: ${NAME} in VALUE is the image's value.
    pub env_merge: Vec<String>,
    /// `--passwd=false`: add no line to the image's /etc/passwd and
    /// /etc/group (keep-id's user, --hostuser, --passwd-entry).
    pub no_passwd_entries: bool,
    /// `--image-volume`: what the image's VOLUMEs become.
    pub image_volumes: ImageVolumes,
}

/// `--image-volume`: podman's bind (an anonymous volume each), tmpfs or ignore.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub enum ImageVolumes {
    #[default]
    Anonymous,
    Tmpfs,
    Ignore,
}

/// `--systemd`: podman's systemd mode (see `ContainerConfig::systemd`), for
/// a command that is systemd or an init (`true`, the default), `always` or
/// never (`false`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub enum SystemdMode {
    #[default]
    WhenInit,
    Always,
    Never,
}

impl SystemdMode {
    pub fn parse(value: &str) -> Result<SystemdMode> {
        match value {
            "true" => Ok(SystemdMode::WhenInit),
            "always" => Ok(SystemdMode::Always),
            "false" => Ok(SystemdMode::Never),
            _ => Err(crate::err!("invalid --systemd {value:?}: use true, false or always")),
        }
    }

    /// Whether a container of this command (its entrypoint and arguments)
    /// runs in systemd mode: with `true`, podman's test of the program,
    /// which looks past a `/bin/sh -c` that `build` puts in front.
    pub fn applies_to(self, command: &[String]) -> bool {
        match self {
            SystemdMode::Always => true,
            SystemdMode::Never => false,
            SystemdMode::WhenInit => {
                let program = match command {
                    [shell, dash_c, rest @ ..] if shell == "/bin/sh" && dash_c == "-c" && !rest.is_empty() => &rest[0],
                    [first, ..] => first,
                    [] => return false,
                };
                ["/sbin/init", "/usr/sbin/init", "/usr/local/sbin/init"].contains(&program.as_str())
                    || std::path::Path::new(program).file_name().is_some_and(|name| name == "systemd")
            }
        }
    }
}

/// The stop signal of a container in systemd mode that neither the user
/// nor the image chose: what systemd takes as "shut down".
const SYSTEMD_STOP_SIGNAL: &str = "SIGRTMIN+3";

/// Create the container `options` define: check them, pull its image if
/// `options.pull` says so (reporting to `progress`), enter the user
/// namespace and make its record, its writable layer and its generated
/// /etc files. With `pod` it joins a running pod (or makes a new one).
/// Nothing is left behind when it fails.
pub fn create(paths: &Paths, options: &CreateOptions, progress: &dyn Progress) -> Result<ContainerRecord> {
    create_in(paths, options, progress, InfraStopped::EnterOwn)
}

/// `create`, with what to do about a pod's stopped infra (see
/// `crate::container::run::create_to_start`).
pub(crate) fn create_in(paths: &Paths, options: &CreateOptions, progress: &dyn Progress, pod_infra_stopped: InfraStopped) -> Result<ContainerRecord> {
    // What the caller asked, before the pod's defaults: what a clone asks again.
    let requested = options;
    let with_pod_defaults = pod_defaults_applied(paths, options);
    let options = with_pod_defaults.as_ref().unwrap_or(options);
    // Everything that can be checked without touching the store comes first,
    // so bad input fails fast and leaves nothing behind.
    let network_requested = options.network.clone().unwrap_or_default();
    let network_flag = network_requested.as_str();
    let mut network = network_requested.mode().clone();
    let user_network = match &network {
        NetworkMode::User(name) => Some(crate::network::NetworkStore::open(paths).lookup(name).map_err(|e| crate::error::Error::new(e.message))?),
        _ if !options.network_aliases.is_empty() => {
            return Err(crate::err!("--network-alias can only be used with a network made by `network create`, not {network_flag:?}"))
        }
        _ if !options.links.is_empty() => return Err(links_refused(&network, network_flag)),
        _ if options.network_ip.is_some() || options.network_ip6.is_some() || options.network_interface.is_some() || !options.more_networks.is_empty() => {
            return Err(crate::err!("an address or more networks can only be given with a network made by `network create`, not {network_flag:?}"))
        }
        _ => None,
    };
    let more_networks = check_more_networks(paths, user_network.as_ref(), options)?;
    let links = match &user_network {
        Some(own) => crate::network::links::resolve(paths, &options.links, &own.name)?,
        None => Vec::new(),
    };
    // `container:NAME`: resolved now to the running container (and its id,
    // which is what the record keeps); most network settings are its.
    let network_target = match &network {
        NetworkMode::Container(target) => {
            for (given, flag) in [(!options.dns.is_empty(), "--dns"), (!options.add_host.is_empty(), "--add-host"), (options.pod.is_some(), "--pod")] {
                if given {
                    return Err(crate::err!("{flag} cannot be used with --network {network_flag}: the network is that container's"));
                }
            }
            if options.userns.is_some() {
                return Err(crate::err!("--userns cannot be used with --network {network_flag}: the container joins that container's user namespace"));
            }
            Some(crate::container::launch::namespace_holder(paths, "--network", target)?)
        }
        _ => None,
    };
    let mut isolation = options.isolation.clone();
    // The container whose namespaces this one joins: one at most, since
    // they must all be in the user namespace skiff joins for them.
    let network_target = joined_container(paths, options, network_target, &mut isolation)?;
    let network_setting = match &network_target {
        Some((target, _)) if matches!(network, NetworkMode::Container(_)) => {
            NetworkSetting::parsed(&format!("container:{}", target.id), NetworkMode::Container(target.id.clone()))
        }
        _ => network_requested.clone(),
    };
    if let Some(mac) = &options.mac_address {
        crate::runtime::spec::parse_mac_address(mac)?;
        if !matches!(network, NetworkMode::Slirp4netns(_) | NetworkMode::User(_)) {
            return Err(crate::err!("--mac-address can only be used with the slirp4netns network or a user network, not {network_flag:?}"));
        }
        if options.pod.is_some() {
            return Err(crate::err!("--mac-address cannot be used with --pod: the container shares the pod's network"));
        }
    }
    let mut ports = options.ports.clone();
    let mut publish_all = options.publish_all;
    if (!ports.is_empty() || publish_all) && matches!(network, NetworkMode::Host | NetworkMode::None | NetworkMode::Container(_)) {
        // These modes have no ports of their own to publish: podman (and
        // docker) warn and go on without the mappings, and scripts rely on it.
        warn("Port mappings have been discarded as one of the Host, Container, Pod, and None network modes are in use");
        ports.clear();
        publish_all = false;
    }
    if (!ports.is_empty() || publish_all) && !matches!(network, NetworkMode::Slirp4netns(_) | NetworkMode::User(_)) {
        return Err(crate::err!("ports can only be published with the slirp4netns network or a user network, not {network_flag:?}"));
    }
    let pod_flags = ContainerNetworking {
        network: options.network.as_ref().map(NetworkSetting::as_str),
        hostname: options.hostname.as_deref(),
        publishes: !ports.is_empty(),
        publish_all,
    };
    let pod_request = options.pod.as_deref().map(|value| PodRequest::check(paths, value, &pod_flags)).transpose()?;
    if options.init_container.is_some() {
        match &pod_request {
            Some(request) => request.check_init_container(paths)?,
            None => return Err(crate::err!("--init-ctr needs --pod: an init container runs when its pod starts")),
        }
    }
    etc_files::check_flags(&options.dns, &options.add_host)?;
    if options.no_hosts && !options.add_host.is_empty() {
        return Err(crate::err!("--no-hosts and --add-host cannot be set together"));
    }
    if let Some(dir) = options.chroot_dirs.iter().find(|dir| !dir.starts_with('/')) {
        return Err(crate::err!("invalid --chrootdirs {dir:?}: must be an absolute path inside the container"));
    }
    check_sysctls(&isolation, &network)?;
    let hostname = match (&isolation.uts, &options.hostname) {
        (NamespaceMode::Private, hostname) => hostname.clone(),
        (_, Some(_)) => return Err(crate::err!("--hostname cannot be set with --uts {}: the hostname is that namespace's", isolation.uts.as_text())),
        (_, None) if !isolation.domainname.is_empty() => {
            return Err(crate::err!("--domainname cannot be set with --uts {}: the domain name is that namespace's", isolation.uts.as_text()))
        }
        (NamespaceMode::Host, None) => Some(nix::unistd::gethostname().context(|| "read the host's name".into())?.to_string_lossy().into_owned()),
        (_, None) => network_target.as_ref().map(|(target, _)| target.config.hostname.clone()),
    };
    isolation.devices = host_devices(&isolation.devices)?;
    if let Some(platform) = &options.platform {
        check_runnable(platform)?;
    }
    if let Some(score) = options.oom_score_adj {
        check_oom_score_adj(score)?;
    }
    for merge in &options.env_merge {
        if !merge.split_once('=').is_some_and(|(name, _)| !name.is_empty()) {
            return Err(crate::err!("invalid --env-merge {merge:?}: use NAME=VALUE, such as PATH=${{PATH}}:/opt/bin"));
        }
    }
    let mut secrets = container_secrets(paths, &options.secrets)?;
    secrets.extend(options.given_secrets.iter().cloned());
    let mut user_env = options.env.clone();
    user_env.extend(secrets.iter().filter_map(|(request, data)| match &request.usage {
        SecretUse::Env { name } => Some(format!("{name}={}", String::from_utf8_lossy(data))),
        SecretUse::Mount { .. } => None,
    }));
    if let Some(file) = options.cidfile.as_ref().filter(|f| f.exists()) {
        return Err(crate::err!("container id file exists. Ensure another container is not using it or delete {}", file.display()));
    }
    if options.replace && options.name.is_none() {
        return Err(crate::err!("cannot replace container without --name being set"));
    }
    if let Some(path) = &options.init_path {
        if !options.init {
            return Err(crate::err!("--init-path can only be used with --init"));
        }
        if !std::fs::metadata(path).is_ok_and(|m| m.is_file()) {
            return Err(crate::err!("invalid --init-path {}: not a file", path.display()));
        }
    }
    // Resolved to ids now: the names may change or be reused later.
    let requires = options
        .requires
        .iter()
        .map(|key| ContainerStore::open(paths).lookup(key).map(|c| c.id).map_err(|e| crate::err!("--requires {key}: {}", e.message)))
        .collect::<Result<Vec<_>>>()?;
    let zone_file = options.timezone.as_deref().map(etc_files::zone_file).transpose()?;
    let host_users = options.host_users.iter().map(|u| etc_files::host_passwd_entry(u)).collect::<Result<Vec<_>>>()?;
    if let Some(w) = &options.workdir {
        if !w.starts_with('/') {
            return Err(crate::err!("the working directory {w:?} is invalid: it needs to be an absolute path"));
        }
    }
    if options.auto_remove && options.restart != RestartPolicy::No {
        return Err(crate::err!("the --rm option conflicts with --restart {}", options.restart.as_flag()));
    }
    if let Some(sig) = &options.stop_signal {
        crate::container::monitor::parse_signal_number(sig)?;
    }
    let security_config = ContainerConfig {
        cap_add: options.cap_add.clone(),
        cap_drop: options.cap_drop.clone(),
        privileged: options.privileged,
        security_opt: options.security_opt.clone(),
        ..Default::default()
    };
    // Compiling checks a custom seccomp profile completely, before anything exists.
    confinement(&security_config, None, true)?;
    let custom_profile = custom_seccomp_profile(&security_config)?;

    // A user namespace of the container's own is worked out here, outside
    // skiff's, where the user's own ids and subordinate ranges are known.
    let own_userns = own_user_namespace(paths, options, pod_request.is_some())?;
    let keep_id = own_userns.as_ref().and_then(|own| own.keep_id.as_ref());
    let userns_flag = own_userns.as_ref().map(|own| own.flag.clone());

    let pod_record = match &pod_request {
        Some(request) => {
            let pod = request.resolve(paths, &mut ports)?;
            // A failure from here on must not leave a pod made for this container.
            let joined = UserNamespaceSource::Pod(&pod, pod_infra_stopped).enter(paths);
            if let Err(e) = joined {
                request.undo(paths, &pod);
                return Err(e);
            }
            if pod.shares(SharedNamespace::Net) {
                network = pod.network_mode()?;
            }
            if pod.uts_host {
                isolation.uts = NamespaceMode::Host;
            }
            if pod.pid_namespace == crate::pod::PodPidNamespace::Host {
                isolation.pid = NamespaceMode::Host;
            }
            Some(pod)
        }
        None => {
            // On a user network, `run::create_to_start` has joined the networks'
            // holder's already; otherwise a namespace of its own will do.
            match &network_target {
                Some((_, holder)) => UserNamespaceSource::NetworkContainer(*holder),
                None => UserNamespaceSource::Own,
            }
            .enter(paths)?;
            if let Some(path) = own_userns.as_ref().and_then(|own| own.joined.as_ref()).and_then(|joined| joined.userns.strip_prefix("ns:")) {
                userns::open_user_namespace(Path::new(path), "--userns")?;
            }
            None
        }
    };
    let pod = pod_record.as_ref();
    // A pod's own user namespace is joined as another container's is.
    let pod_userns = pod.and_then(|p| p.userns_mappings.clone());
    let userns_flag = userns_flag.or_else(|| pod_userns.as_ref().map(|_| format!("--pod {} (its own user namespace)", pod.map_or("", |p| p.name.as_str()))));
    // The DNS server that knows the names on the container's first user
    // network: its own, or that of its pod's.
    let dns_gateway = match pod.filter(|p| p.shares(SharedNamespace::Net)).and_then(|p| p.networks.first()) {
        Some(first) => Some(crate::network::NetworkStore::open(paths).lookup(&first.network)?.gateway),
        None => user_network.as_ref().map(|n| n.gateway),
    };
    // `pod create`'s resolver settings come first, the container's own after.
    let pod_resolver = pod.filter(|p| p.shares(SharedNamespace::Net)).map(|p| p.resolver.clone()).unwrap_or_default();
    let after_pod = |from_pod: &[String], own: &[String]| from_pod.iter().chain(own).cloned().collect::<Vec<String>>();
    if let Some(pod) = pod {
        for (name, _) in &isolation.sysctls {
            let shared = match crate::runtime::spec::sysctl_namespace(name) {
                Some(NamespaceNeed::Net) => pod.shares(SharedNamespace::Net),
                Some(NamespaceNeed::Ipc) => pod.shares(SharedNamespace::Ipc),
                Some(NamespaceNeed::Uts) => pod.shares(SharedNamespace::Uts),
                None => false,
            };
            if shared {
                if let Some(request) = &pod_request {
                    request.undo(paths, pod);
                }
                return Err(crate::err!("--sysctl {name}: the container shares that namespace with its pod {}; set it on the pod's own", pod.name));
            }
        }
    }
    // A closure, so that a failure anywhere in it also takes back a pod
    // made for this container.
    let created = (|| -> Result<ContainerRecord> {
        let images = ImageStore::open(paths)?;
        let containers = ContainerStore::open(paths);
        let mut driver = driver::choose(&paths.data, options.storage_driver)?;
        if let Some(flag) = &userns_flag {
            // Only a FUSE overlay can show the image's files with the owners
            // the container's own namespace expects, without copying them:
            // skiff's own, or fuse-overlayfs.
            driver = if driver::dev_fuse_usable() {
                Driver::SkiffFuse
            } else {
                return Err(crate::err!("{flag} needs /dev/fuse (sudo modprobe fuse; /dev/fuse must be 0666)"));
            };
        }

        if let Some(rootfs) = options.rootfs.as_ref().filter(|rootfs| !rootfs.overlay) {
            if let Some(flag) = &userns_flag {
                return Err(crate::err!(
                    "{flag} cannot be used with --rootfs {0}: only an overlay on it ({0}:O) shows its files with the owners the container's own namespace expects",
                    rootfs.path.display()
                ));
            }
            // The directory itself is the root, bound as the copy driver binds its copy.
            driver = Driver::Copy;
        }

        // `--rootfs`: no image, so none of an image's settings either.
        let (image, image_lock) = match &options.rootfs {
            Some(_) => (None, None),
            None => {
                let platform = match &options.platform {
                    Some(platform) => platform.clone(),
                    None => Platform::parse_or_host(None)?,
                };
                let access = crate::image::registry::Access {
                    tls_verify: options.tls_verify,
                    cert_dir: None,
                    creds: None,
                    authfile: options.authfile.as_deref(),
                };
                let stored_as = pull_if_needed(&images, &options.image, options.pull, &access, &platform, progress)?;
                // Hold the image store's shared lock until the container exists, so
                // that a concurrent `rmi` cannot delete the image under us.
                let image_lock = images.lock_shared()?;
                (Some(images.lookup(&stored_as)?), Some(image_lock))
            }
        };
        let cfg = match &image {
            Some(image) => images.config(image)?.config().clone().unwrap_or_default(),
            None => Default::default(),
        };
        // The image's EXPOSE ports and --expose's, as "80/tcp".
        let exposed_ports: Vec<String> = cfg
            .exposed_ports()
            .iter()
            .flatten()
            .cloned()
            .chain(options.expose.iter().cloned())
            .fold(Vec::new(), |mut all, port| {
                let port = if port.contains('/') { port } else { format!("{port}/tcp") };
                if !all.contains(&port) {
                    all.push(port);
                }
                all
            });
        if publish_all {
            // The exposed ports that -p does not publish already.
            for exposed in &exposed_ports {
                for port in ports::parse_exposed(exposed)? {
                    if !ports.iter().any(|p| p.container_key() == port.container_key()) {
                        ports.push(port);
                    }
                }
            }
        }
        ports::assign_host_ports(&mut ports)?;

        let (entrypoint, cmd) = match &options.entrypoint {
            Some(ep) => (ep.clone(), options.command.clone()),
            None => (
                cfg.entrypoint().clone().unwrap_or_default(),
                if options.command.is_empty() { cfg.cmd().clone().unwrap_or_default() } else { options.command.clone() },
            ),
        };
        if entrypoint.is_empty() && cmd.is_empty() {
            return Err(crate::err!("no command or entrypoint provided, and no CMD or ENTRYPOINT from image"));
        }
        // As podman: --unsetenv only takes from the image's variables; the
        // host's (--env-host), then the files' and -e's come after them.
        let mut env = if options.unsetenv_all { Vec::new() } else { cfg.env().clone().unwrap_or_default() };
        env.retain(|entry| !options.unsetenv.iter().any(|key| entry.split('=').next() == Some(key.as_str())));
        env.extend(options.host_env.iter().cloned());
        env.extend(user_env);
        // `--env-merge`: ${NAME} is the image's value of NAME (podman's).
        let image_env = cfg.env().clone().unwrap_or_default();
        for merge in &options.env_merge {
            let (name, value) = merge.split_once('=').unwrap_or((merge, ""));
            let merged = image_env.iter().filter_map(|e| e.split_once('=')).fold(value.to_string(), |text, (key, old)| {
                text.replace(&format!("${{{key}}}"), old)
            });
            env.push(format!("{name}={merged}"));
        }
        let workdir = options.workdir.clone().or_else(|| cfg.working_dir().clone().filter(|w| !w.is_empty())).unwrap_or_else(|| "/".into());
        // A pod's keep-id too (without the /etc/passwd entry, as podman).
        let pod_keep_id = pod
            .filter(|p| p.user_namespace.userns.as_deref().is_some_and(|mode| mode.split(':').next() == Some("keep-id")))
            .and_then(|p| p.userns_mappings.as_ref())
            .map(NestedMappings::user_ids);
        let user = match (&options.user, &keep_id, pod_keep_id) {
            (Some(user), _, _) => user.clone(),
            // As podman: under keep-id the process is the user unless --user says otherwise.
            (None, Some((uid, gid, _)), _) => format!("{uid}:{gid}"),
            (None, None, Some((uid, gid))) => format!("{uid}:{gid}"),
            (None, None, None) => cfg.user().clone().unwrap_or_default(),
        };
        let image_name = image.as_ref().map(|image| image.names.first().cloned().unwrap_or_else(|| image.id.clone())).unwrap_or_default();
        let healthcheck = if options.no_healthcheck {
            None
        } else {
            let from_image = image.as_ref().and_then(|image| image_healthcheck(&images, image));
            merge_healthcheck(options.healthcheck.clone(), from_image)
        };
        let command: Vec<String> = entrypoint.iter().chain(&cmd).cloned().collect();
        let systemd = options.systemd.applies_to(&command);
        let stop_signal = options
            .stop_signal
            .clone()
            .or_else(|| cfg.stop_signal().clone())
            .or_else(|| systemd.then(|| SYSTEMD_STOP_SIGNAL.to_string()))
            .unwrap_or_else(|| "SIGTERM".into());
        let mut tmpfs = options.tmpfs.clone();
        let image_volumes = match options.image_volumes {
            ImageVolumes::Anonymous => cfg.volumes().clone().unwrap_or_default(),
            ImageVolumes::Ignore => Vec::new(),
            ImageVolumes::Tmpfs => {
                for path in cfg.volumes().iter().flatten() {
                    let taken = |dest: &str| dest.trim_end_matches('/') == path.trim_end_matches('/');
                    if !options.mounts.iter().any(|m| taken(&m.destination)) && !tmpfs.iter().any(|t| taken(t.split(':').next().unwrap_or(""))) {
                        tmpfs.push(format!("{path}:rw,nosuid,nodev"));
                    }
                }
                Vec::new()
            }
        };
        let mounts = mounts::complete(paths, options.mounts.clone(), &options.volumes_from, &image_volumes, &tmpfs)?;
        // Each mounted secret is a read-only bind of the container's own copy.
        let secret_mounts = |id: &str| {
            secrets
                .iter()
                .enumerate()
                .filter_map(|(index, (request, _))| match &request.usage {
                    SecretUse::Mount { target, .. } => Some(MountConfig {
                        kind: mounts::MountKind::Bind,
                        source: crate::secret::container_copy(&containers.container_dir(id), index, &request.secret).to_string_lossy().into_owned(),
                        destination: target.clone(),
                        read_only: true,
                    }),
                    SecretUse::Env { .. } => None,
                })
                .collect::<Vec<_>>()
        };

        let mount_points: Vec<&str> = mounts.iter().map(|m| m.destination.as_str()).collect();
        let mut etc_entries =
            keep_id.map(|(uid, gid, me)| me.etc_entries(*uid, *gid, &workdir, &mount_points)).unwrap_or_default();
        etc_entries.extend(host_users);
        if let Some(template) = &options.passwd_entry {
            etc_entries.push(("etc/passwd".into(), passwd_line(template, &user, &workdir)?));
        }
        if options.no_passwd_entries {
            etc_entries.clear();
        }
        if let Some(name) = options.name.as_deref().filter(|_| options.replace) {
            // Only a container of exactly that name (not one whose id starts so).
            if let Some(old) = containers.lookup(name).ok().filter(|c| c.name == name) {
                crate::container::lifecycle::remove_one(paths, &containers, &old.id, crate::container::lifecycle::WhenRunning::Kill, false)?;
            }
        }
        // `auto`'s ids are taken under a lock held until the record holds them.
        let (userns_mappings, _auto_lock) = match own_userns.as_ref() {
            Some(OwnUserNamespace { auto: Some((auto, outer)), .. }) => {
                let held = auto_userns::lock(paths)?;
                let layers: Vec<PathBuf> = image.iter().flat_map(|image| image.layers.iter().map(|l| images.layer_dir(&l.diff_id))).collect();
                (Some(auto_userns::allocate(paths, outer, auto, &layers)?), Some(held))
            }
            Some(OwnUserNamespace { joined: Some(_), .. }) => (None, None),
            own => (own.map(|own| own.mappings.clone()), None),
        };
        let joined_userns = own_userns.as_ref().and_then(|own| own.joined.as_ref());
        let created = containers.create(options.name.as_deref(), |id, name| ContainerRecord {
            id: id.to_string(),
            name: name.to_string(),
            image_id: image.as_ref().map(|image| image.id.clone()).unwrap_or_default(),
            image_name: image_name.clone(),
            created: now(),
            created_nanos: now_nanos(),
            status: ContainerStatus::Created,
            exit_code: None,
            started_at: None,
            finished_at: None,
            restart_count: 0,
            storage_driver: driver.name().to_string(),
            paused: None,
            config: ContainerConfig {
                entrypoint,
                cmd,
                env,
                workdir,
                user,
                hostname: match pod {
                    Some(pod) if pod.shares(SharedNamespace::Uts) || pod.uts_host => pod.hostname.clone(),
                    _ => hostname.clone().unwrap_or_else(|| id[..12].to_string()),
                },
                network: match pod {
                    Some(pod) if pod.shares(SharedNamespace::Net) => pod.network.clone(),
                    _ => network_setting.clone(),
                },
                network_aliases: options.network_aliases.clone(),
                network_ip: options.network_ip,
                network_ip6: options.network_ip6,
                network_interface: options.network_interface.clone(),
                mac_address: options.mac_address.clone().unwrap_or_default(),
                ports: ports.clone(),
                dns: after_pod(&pod_resolver.dns, &options.dns),
                dns_search: after_pod(&pod_resolver.dns_search, &options.dns_search),
                add_host: after_pod(&pod_resolver.add_host, &options.add_host),
                no_hosts: options.no_hosts || pod_resolver.no_hosts,
                tty: options.tty,
                console_size: options.console_size.filter(|_| options.tty),
                interactive: options.interactive,
                attached: options.attached,
                auto_remove: options.auto_remove,
                read_only: options.read_only,
                tmpfs: tmpfs.clone(),
                cap_add: security_config.cap_add.clone(),
                cap_drop: security_config.cap_drop.clone(),
                privileged: security_config.privileged,
                security_opt: security_config.security_opt.clone(),
                restart: options.restart,
                labels: options.labels.clone(),
                annotations: options.annotations.clone(),
                chroot_dirs: options.chroot_dirs.clone(),
                exposed_ports: exposed_ports.clone(),
                stop_signal,
                stop_timeout: options.stop_timeout.unwrap_or(10),
                log_driver: options.log.driver.clone(),
                log_max_size: options.log.max_size,
                healthcheck,
                health_on_failure: options.health_on_failure,
                mounts: mounts.iter().cloned().chain(secret_mounts(id)).collect(),
                userns: match joined_userns {
                    Some(joined) => joined.userns.clone(),
                    None => options.userns.clone().unwrap_or_default(),
                },
                userns_mappings,
                joined_userns_mappings: joined_userns.and_then(|joined| joined.mappings.clone()).or_else(|| pod_userns.clone()),
                etc_entries: etc_entries.clone(),
                pod: pod.map(|p| p.id.clone()).unwrap_or_default(),
                pidfile: options.pidfile.clone(),
                conmon_pidfile: options.conmon_pidfile.clone(),
                cidfile: options.cidfile.clone(),
                create_command: options.create_command.clone(),
                timezone: options.timezone.clone().unwrap_or_default(),
                init: options.init,
                init_path: options.init_path.clone(),
                requires: requires.clone(),
                umask: options.umask,
                systemd,
                ulimits: options.ulimits.clone(),
                isolation: isolation.clone(),
                dns_options: after_pod(&pod_resolver.dns_options, &options.dns_options),
                oom_score_adj: options.oom_score_adj,
                personality: options.personality,
                timeout: options.timeout.filter(|s| *s > 0),
                rootfs: options.rootfs.clone(),
                init_container: options.init_container,
            },
        });
        let record = match created {
            Ok(record) => record,
            Err(e) => {
                let _ = crate::volume::remove_anonymous(paths, &mounts);
                return Err(e);
            }
        };
        // The container's own directories; `--rootfs DIR` (no overlay) uses
        // DIR in place of the writable one, which stays empty.
        let layers = match (&options.rootfs, &image) {
            (Some(rootfs), _) if rootfs.overlay => vec![rootfs.path.clone()],
            (_, Some(image)) => images.rootfs_layers(image, !record.config.no_hosts),
            _ => Vec::new(),
        };
        let dir = containers.container_dir(&record.id);
        let prepared = RootfsLayout::for_container(&dir, layers)
            .prepare(driver)
            .and_then(|_| etc_files::write(&dir, &record.name, &record.config, &network, dns_gateway))
            .and_then(|_| etc_files::write_container_env(&dir, &record))
            .and_then(|_| crate::network::connect::record_connections(paths, &record.id, &more_networks))
            .and_then(|_| crate::network::links::add(paths, &record.id, &links))
            .and_then(|_| match &network_target {
                // Names resolve as in the container whose network this is
                // (not one whose pid, ipc or uts namespace alone is joined).
                Some((target, _)) if matches!(network, NetworkMode::Container(_)) => ["hosts", "resolv.conf"].iter().try_for_each(|file| {
                    std::fs::copy(containers.container_dir(&target.id).join(file), dir.join(file))
                        .map(drop)
                        .context(|| format!("copy /etc/{file} of container {}", target.name))
                }),
                _ => Ok(()),
            })
            .and_then(|_| {
                secrets.iter().enumerate().try_for_each(|(index, (request, data))| {
                    crate::secret::write_container_copy(&crate::secret::container_copy(&dir, index, &request.secret), data, &request.usage)
                })
            })
            .and_then(|_| match &zone_file {
                Some(zone) => std::fs::copy(zone, dir.join(etc_files::LOCALTIME_FILE)).map(drop).context(|| format!("copy the time zone {}", zone.display())),
                None => Ok(()),
            })
            .and_then(|_| match &custom_profile {
                Some(json) => std::fs::write(dir.join(SECCOMP_PROFILE_FILE), json).context(|| "keep the seccomp profile".into()),
                None => Ok(()),
            })
            .and_then(|_| keep_create_options(&dir, requested))
            // Last, so that nothing can fail after it is written.
            .and_then(|_| match &options.cidfile {
                Some(file) => std::fs::OpenOptions::new()
                    .write(true)
                    .create_new(true)
                    .open(file)
                    .and_then(|mut f| std::io::Write::write_all(&mut f, record.id.as_bytes()))
                    .context(|| format!("write the container id file {}", file.display())),
                None => Ok(()),
            });
        drop(image_lock);
        if let Err(e) = prepared {
            let _ = containers.remove(&record);
            let _ = crate::volume::remove_anonymous(paths, &mounts);
            return Err(e);
        }
        Ok(record)
    })();
    if let (Err(_), Some(request), Some(pod)) = (&created, &pod_request, &pod_record) {
        request.undo(paths, pod);
    }
    created
}

/// The file beside a container's record that keeps the options it was
/// created with, for `container clone` (podman keeps its spec the same way).
pub const CREATE_OPTIONS_FILE: &str = "create-options.json";

/// Keep `options` for a clone. Not when compose gave secrets inline: their
/// content is not written anywhere but the container's own copies, so such
/// a container cannot be cloned (see `stored_create_options`).
fn keep_create_options(dir: &std::path::Path, options: &CreateOptions) -> Result<()> {
    if !options.given_secrets.is_empty() {
        return Ok(());
    }
    let json = serde_json::to_vec(options).map_err(|e| crate::err!("keep the container's options: {e}"))?;
    std::fs::write(dir.join(CREATE_OPTIONS_FILE), json).context(|| "keep the container's options".into())
}

/// The options the container in `dir` was created with, if they were kept.
pub fn stored_create_options(dir: &std::path::Path) -> Result<Option<CreateOptions>> {
    let file = dir.join(CREATE_OPTIONS_FILE);
    match std::fs::read(&file) {
        Ok(json) => serde_json::from_slice(&json).map(Some).map_err(|e| crate::err!("{} is damaged: {e}", file.display())),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(crate::err!("read {}: {e}", file.display())),
    }
}

/// `options` after the defaults of the existing pod it joins, if that pod
/// has any: podman's inheritance from the infra container, the pod's
/// mounts, devices and security options first, the container's own after
/// (and in place of the pod's at the same path).
fn pod_defaults_applied(paths: &Paths, options: &CreateOptions) -> Option<CreateOptions> {
    let key = options.pod.as_deref().filter(|value| !value.starts_with("new:"))?;
    let defaults = crate::pod::PodStore::open(paths).lookup(key).ok()?.container_defaults;
    if defaults == Default::default() {
        return None;
    }
    let mut merged = options.clone();
    merged.mounts = defaults.mounts.into_iter().filter(|m| !options.mounts.iter().any(|own| own.destination == m.destination)).collect();
    merged.mounts.extend(options.mounts.iter().cloned());
    merged.volumes_from = defaults.volumes_from.into_iter().chain(options.volumes_from.iter().cloned()).collect();
    merged.security_opt = defaults.security_opt.into_iter().chain(options.security_opt.iter().cloned()).collect();
    let own_devices = &options.isolation.devices;
    merged.isolation.devices =
        defaults.devices.into_iter().filter(|d| !own_devices.iter().any(|own| own.container_path == d.container_path)).collect();
    merged.isolation.devices.extend(own_devices.iter().cloned());
    Some(merged)
}

/// Check what `pod create` gives its containers as a container's own flags
/// are checked, so that the pod is refused rather than each container.
pub fn check_pod_defaults(paths: &Paths, defaults: &crate::pod::PodContainerDefaults) -> Result<()> {
    host_devices(&defaults.devices)?;
    confinement(&ContainerConfig { security_opt: defaults.security_opt.clone(), ..Default::default() }, None, true)?;
    let containers = ContainerStore::open(paths);
    for value in &defaults.volumes_from {
        let (name, _) = mounts::parse_volumes_from(value)?;
        containers.lookup(name).map_err(|e| crate::err!("--volumes-from {value}: {}", e.message))?;
    }
    Ok(())
}

/// The running container (and its init's pid) whose namespaces the new one
/// joins: `--network`'s target (`network_target`, resolved already) and
/// those of `--ipc`, `--uts` and `--pid` container:NAME, which must all
/// name the same one; the modes are set to its id.
fn joined_container(
    paths: &Paths,
    options: &CreateOptions,
    network_target: Option<(ContainerRecord, i32)>,
    isolation: &mut Isolation,
) -> Result<Option<(ContainerRecord, i32)>> {
    let mut joined = network_target;
    for (kind, mode) in [(NamespaceKind::Ipc, &mut isolation.ipc), (NamespaceKind::Uts, &mut isolation.uts), (NamespaceKind::Pid, &mut isolation.pid)] {
        if options.pod.is_some() && matches!(mode, NamespaceMode::Container(_) | NamespaceMode::Host) {
            return Err(crate::err!("{} {} cannot be used with --pod: the container's namespaces are its pod's", kind.flag(), mode.as_text()));
        }
        let Some(target) = mode.container().map(str::to_string) else { continue };
        if options.userns.is_some() {
            return Err(crate::err!("--userns cannot be used with {} container:{target}: the container joins that container's user namespace", kind.flag()));
        }
        let (record, pid) = crate::container::launch::namespace_holder(paths, kind.flag(), &target)?;
        if let Some((first, _)) = &joined {
            if first.id != record.id {
                return Err(crate::err!(
                    "{} container:{target}: skiff joins the namespaces of one container only, and another flag names {}",
                    kind.flag(),
                    first.name
                ));
            }
        }
        *mode = NamespaceMode::Container(record.id.clone());
        joined = Some((record, pid));
    }
    if let Some((record, _)) = &joined {
        if record.config.id_mappings().is_some() || record.config.userns.starts_with("ns:") {
            return Err(crate::err!("container {} is not in skiff's user namespace (--userns, or its pod's): its namespaces cannot be joined", record.name));
        }
    }
    Ok(joined)
}

/// A user namespace of the container's own (`--userns=keep-id`,
/// `--uidmap`, `--gidmap`), or another one it joins (`joined`).
struct OwnUserNamespace {
    /// Empty for `auto`, whose ids are chosen once the image is known,
    /// and for a joined one.
    mappings: NestedMappings,
    /// `--userns=container:ID` or `ns:PATH`.
    joined: Option<JoinedUserNamespace>,
    /// `auto`'s options, and skiff's own mappings to take its ids from.
    auto: Option<(userns::AutoOptions, userns::IdMappings)>,
    /// keep-id's ids for the user, and the user as the host knows them
    /// (read outside skiff's user namespace, where the user is root).
    keep_id: Option<(u32, u32, etc_files::HostUser)>,
    /// The flag that asked for it, for messages.
    flag: String,
}

/// The user namespace of another container, or of a file, that a
/// container joins.
struct JoinedUserNamespace {
    /// As the record keeps it: "container:" and the other's full id (as
    /// podman shows it), or "ns:PATH".
    userns: String,
    /// The other container's mappings, if it is not in skiff's namespace.
    mappings: Option<NestedMappings>,
}

impl OwnUserNamespace {
    /// `--userns=container:ID` (which must name a running container, as
    /// the other namespaces' `container:` modes do) or `ns:PATH` (which
    /// must be a user namespace's file), checked at creation.
    fn joining(joined: JoinedUserNamespace, flag: String) -> OwnUserNamespace {
        OwnUserNamespace { mappings: NestedMappings { uids: Vec::new(), gids: Vec::new() }, joined: Some(joined), auto: None, keep_id: None, flag }
    }
}

fn own_user_namespace(paths: &Paths, options: &CreateOptions, in_pod: bool) -> Result<Option<OwnUserNamespace>> {
    // As podman 4.3.1: any --userns (host too) with an existing pod.
    if in_pod && options.userns.is_some() && !options.pod.as_deref().is_some_and(|pod| pod.starts_with("new:")) {
        return Err(crate::err!("--userns and --pod cannot be set together"));
    }
    let mut mode = UsernsMode::parse(options.userns.as_deref().unwrap_or_default())?;
    let custom = !options.uidmap.is_empty() || !options.gidmap.is_empty();
    let by_name = options.subuidname.is_some() || options.subgidname.is_some();
    if mode == UsernsMode::Private {
        if !custom && !by_name {
            // podman 4.3.1's error, rootless.
            return Err(crate::err!("--userns=private: must provide at least one UID or GID mapping to configure a user namespace (give --uidmap/--gidmap, or use auto or keep-id)"));
        }
        // What the mappings make anyway.
        mode = UsernsMode::Default;
    }
    if by_name && (custom || mode != UsernsMode::Default) {
        return Err(crate::err!("--subuidname/--subgidname cannot be used with --userns, --uidmap or --gidmap: each makes the container's user namespace"));
    }
    let custom = custom || by_name;
    let flag = match (&mode, custom) {
        (UsernsMode::Default, false) => return Ok(None),
        (UsernsMode::Default, true) if by_name => if options.subuidname.is_some() { "--subuidname" } else { "--subgidname" }.to_string(),
        (UsernsMode::Default, true) => if options.uidmap.is_empty() { "--gidmap" } else { "--uidmap" }.to_string(),
        (_, true) => {
            return Err(crate::err!(
                "--userns={} and --uidmap/--gidmap cannot be used together: each makes the container's user namespace",
                options.userns.as_deref().unwrap_or_default()
            ))
        }
        (_, false) => format!("--userns={}", options.userns.as_deref().unwrap_or_default()),
    };
    // podman's messages: a pod's containers join its user namespace.
    if in_pod && mode != UsernsMode::Default {
        return Err(crate::err!("--userns and --pod cannot be set together"));
    }
    if in_pod {
        return Err(crate::err!("{flag}: cannot specify a new uid/gid map when entering a pod with an infra container"));
    }
    let outer = userns::outer_mappings();
    let (mappings, keep_id) = match mode {
        UsernsMode::Container(target) => {
            let (record, _) = crate::container::launch::namespace_holder(paths, "--userns", &target)?;
            let joined = JoinedUserNamespace { userns: format!("container:{}", record.id), mappings: record.config.id_mappings().cloned() };
            return Ok(Some(OwnUserNamespace::joining(joined, flag)));
        }
        UsernsMode::Path(path) => {
            // The file is opened once in skiff's namespace (see create_in):
            // another container's belongs to ids only that one's root is.
            let joined = JoinedUserNamespace { userns: format!("ns:{}", path.display()), mappings: None };
            return Ok(Some(OwnUserNamespace::joining(joined, flag)));
        }
        UsernsMode::KeepId { uid, gid } => (NestedMappings::keep_id(&outer, uid, gid)?, Some((uid, gid, etc_files::HostUser::current()))),
        UsernsMode::Auto(auto) => {
            if !outer.subordinate {
                return Err(crate::err!("--userns=auto needs a subordinate id range for the user in /etc/subuid and /etc/subgid"));
            }
            let empty = NestedMappings { uids: Vec::new(), gids: Vec::new() };
            return Ok(Some(OwnUserNamespace { mappings: empty, joined: None, auto: Some((auto, outer)), keep_id: None, flag }));
        }
        UsernsMode::NoMap => (NestedMappings::nomap(&outer)?, None),
        UsernsMode::Default if by_name => {
            let uid_name = options.subuidname.as_deref().or(options.subgidname.as_deref()).unwrap_or_default();
            let gid_name = options.subgidname.as_deref().or(options.subuidname.as_deref()).unwrap_or_default();
            (NestedMappings::by_name(&outer, uid_name, gid_name)?, None)
        }
        // (private has become Default above.)
        UsernsMode::Default | UsernsMode::Private => {
            let uids = userns::parse_id_triples(&options.uidmap, "--uidmap")?;
            let gids = userns::parse_id_triples(&options.gidmap, "--gidmap")?;
            (NestedMappings::custom(&outer, uids, gids)?, None)
        }
    };
    Ok(Some(OwnUserNamespace { mappings, joined: None, auto: None, keep_id, flag }))
}

/// A pod's own user namespace (`pod create --userns`, `--uidmap`, ...),
/// worked out as a container's; `auto` takes the least size, a pod having
/// no image. With `auto`, the lock that keeps its ids from others until
/// the pod's record holds them.
pub fn pod_user_namespace(paths: &Paths, flags: &crate::pod::PodUserNamespace) -> Result<(Option<NestedMappings>, Option<crate::storage::lock::Lock>)> {
    let options = CreateOptions {
        userns: flags.userns.clone(),
        uidmap: flags.uidmap.clone(),
        gidmap: flags.gidmap.clone(),
        subuidname: flags.subuidname.clone(),
        subgidname: flags.subgidname.clone(),
        ..Default::default()
    };
    match own_user_namespace(paths, &options, false)? {
        None => Ok((None, None)),
        Some(OwnUserNamespace { joined: Some(_), flag, .. }) => {
            Err(crate::err!("{flag}: a pod's user namespace is its own: use host, keep-id, auto, or --uidmap/--gidmap/--subuidname"))
        }
        Some(OwnUserNamespace { auto: Some((auto, outer)), flag, .. }) => {
            if !driver::dev_fuse_usable() {
                return Err(crate::err!("{flag} needs /dev/fuse (sudo modprobe fuse; /dev/fuse must be 0666)"));
            }
            let held = auto_userns::lock(paths)?;
            Ok((Some(auto_userns::allocate(paths, &outer, &auto, &[])?), Some(held)))
        }
        Some(own) if !driver::dev_fuse_usable() => Err(crate::err!("{} needs /dev/fuse (sudo modprobe fuse; /dev/fuse must be 0666)", own.flag)),
        Some(own) => Ok((Some(own.mappings), None)),
    }
}

/// A `--sysctl` may only change a namespace the container has of its own
/// (podman's rule).
fn check_sysctls(isolation: &Isolation, network: &NetworkMode) -> Result<()> {
    for (name, _) in &isolation.sysctls {
        let shared = match crate::runtime::spec::sysctl_namespace(name) {
            Some(NamespaceNeed::Net) => match network {
                NetworkMode::Host => Some("--network host".to_string()),
                NetworkMode::Container(target) => Some(format!("--network container:{target}")),
                _ => None,
            },
            Some(NamespaceNeed::Ipc) => {
                matches!(isolation.ipc, NamespaceMode::Host | NamespaceMode::Container(_)).then(|| format!("--ipc {}", isolation.ipc.as_text()))
            }
            Some(NamespaceNeed::Uts) => return Err(crate::err!("--sysctl {name} is not allowed: use --hostname or --domainname")),
            None => None,
        };
        if let Some(flag) = shared {
            return Err(crate::err!("--sysctl {name} cannot be set with {flag}: the container has no namespace of its own for it"));
        }
    }
    Ok(())
}

/// `--device`s as the host has them: each must be a device node, and a
/// directory stands for the device nodes in it (as podman).
fn host_devices(devices: &[DeviceMapping]) -> Result<Vec<DeviceMapping>> {
    use std::os::unix::fs::FileTypeExt;
    let is_device = |t: std::fs::FileType| t.is_char_device() || t.is_block_device();
    let mut found = Vec::new();
    for device in devices {
        if device.restricted() {
            warn(&format!(
                "--device {}:{}:{}: the permissions are not enforced: that needs a device cgroup, which skiff does not have; the node's own permissions apply",
                device.host_path, device.container_path, device.permissions
            ));
        }
        let meta = std::fs::metadata(&device.host_path).map_err(|e| crate::err!("--device {}: {e}", device.host_path))?;
        if meta.is_dir() {
            let entries = std::fs::read_dir(&device.host_path).context(|| format!("read --device directory {}", device.host_path))?;
            let mut inside: Vec<DeviceMapping> = entries
                .filter_map(|e| e.ok())
                .filter(|e| std::fs::metadata(e.path()).is_ok_and(|m| is_device(m.file_type())))
                .map(|e| DeviceMapping {
                    host_path: e.path().to_string_lossy().into_owned(),
                    container_path: format!("{}/{}", device.container_path.trim_end_matches('/'), e.file_name().to_string_lossy()),
                    permissions: device.permissions.clone(),
                })
                .collect();
            inside.sort_by(|a, b| a.container_path.cmp(&b.container_path));
            found.extend(inside);
        } else if is_device(meta.file_type()) {
            found.push(device.clone());
        } else {
            return Err(crate::err!("--device {}: not a device node", device.host_path));
        }
    }
    Ok(found)
}

/// `--oom-score-adj`: in podman's range, and (without privileges) not
/// below skiff's own score, which is all the kernel allows.
fn check_oom_score_adj(score: i32) -> Result<()> {
    if !(-1000..=1000).contains(&score) {
        return Err(crate::err!("invalid --oom-score-adj {score}: it must be between -1000 and 1000"));
    }
    let own: Option<i32> = std::fs::read_to_string("/proc/self/oom_score_adj").ok().and_then(|s| s.trim().parse().ok());
    match own {
        Some(own) if score < own && crate::runtime::userns::rootless() => Err(crate::err!(
            "--oom-score-adj {score} is below your processes' {own}: without privileges the score may only be raised"
        )),
        _ => Ok(()),
    }
}

/// `--passwd-entry`'s line for `user` (USER[:GROUP], numbers or a name):
/// podman's $USERNAME, $UID, $GID, $NAME and $HOME replaced.
fn passwd_line(template: &str, user: &str, workdir: &str) -> Result<String> {
    let (name, group) = user.split_once(':').unwrap_or((user, ""));
    let uid: u32 = name.parse().map_err(|_| crate::err!("--passwd-entry needs --user with a numeric uid (USER[:GROUP]), not {user:?}"))?;
    let gid = if group.is_empty() { uid.to_string() } else { group.to_string() };
    let line = [("$USERNAME", name), ("$UID", name), ("$GID", &gid), ("$NAME", name), ("$HOME", workdir)]
        .iter()
        .fold(template.to_string(), |line, (variable, value)| line.replace(variable, value));
    if line.split(':').count() != 7 || line.contains('\n') {
        return Err(crate::err!("invalid --passwd-entry {template:?}: an /etc/passwd line has 7 fields separated by colons"));
    }
    Ok(line)
}

/// A platform other than this host's runs only where the kernel can run
/// its programs: Linux, and another architecture through a binfmt_misc
/// emulator (qemu-user).
fn check_runnable(platform: &Platform) -> Result<()> {
    let host = Platform::parse_or_host(None)?;
    if platform.os != "linux" {
        return Err(crate::err!("platform {platform} cannot run on this host ({host}): skiff runs Linux containers only"));
    }
    if platform.architecture == host.architecture {
        return Ok(());
    }
    let emulator = match platform.architecture.as_str() {
        "arm64" => "aarch64",
        "386" => "i386",
        "amd64" => "x86_64",
        "ppc64le" | "s390x" | "riscv64" | "mips64le" | "arm" => platform.architecture.as_str(),
        _ => "",
    };
    let native_32bit = host.architecture == "amd64" && platform.architecture == "386";
    if native_32bit || (!emulator.is_empty() && std::path::Path::new(&format!("/proc/sys/fs/binfmt_misc/qemu-{emulator}")).exists()) {
        return Ok(());
    }
    Err(crate::err!(
        "platform {platform} cannot run on this host ({host}): no emulator for {} is registered (install qemu-user-static)",
        platform.architecture
    ))
}

/// Why `--link` cannot be honoured on a network that is not a user one
/// (docker's words for host and container networks).
pub fn links_refused(network: &NetworkMode, network_flag: &str) -> crate::error::Error {
    match network {
        NetworkMode::Host => crate::err!("conflicting options: host type networking can't be used with links. This would result in undefined behavior"),
        NetworkMode::Container(_) => {
            crate::err!("conflicting options: container type network can't be used with links. This would result in undefined behavior")
        }
        NetworkMode::None => crate::err!("--link cannot be used with --network none: the container has no network to reach the linked one on"),
        _ => crate::err!(
            "--link needs a network made by `network create` (not {:?}): on slirp4netns, skiff's default network, containers cannot reach each other",
            if network_flag.is_empty() { "slirp4netns" } else { network_flag }
        ),
    }
}

/// The networks a container joins after its own: each exists, is joined
/// once, and any address asked for (there or on the own one, `user_network`)
/// lies in its subnet. Returned with the networks' names as stored.
fn check_more_networks(
    paths: &Paths,
    user_network: Option<&crate::network::NetworkRecord>,
    options: &CreateOptions,
) -> Result<Vec<crate::network::connect::Connection>> {
    let store = crate::network::NetworkStore::open(paths);
    let in_subnet = |network: &crate::network::NetworkRecord, ip: Option<std::net::Ipv4Addr>| match ip {
        Some(ip) if !network.subnet().is_host(ip) => {
            Err(crate::err!("address {ip} is not a host address of network {}'s subnet {}", network.name, network.subnet()))
        }
        _ => Ok(()),
    };
    let mut joined: Vec<String> = Vec::new();
    let in_subnet6 = |network: &crate::network::NetworkRecord, ip6: Option<std::net::Ipv6Addr>| match ip6 {
        Some(ip6) => crate::network::endpoints::check_in_subnet6(network, ip6),
        None => Ok(()),
    };
    if let Some(own) = user_network {
        in_subnet(own, options.network_ip)?;
        in_subnet6(own, options.network_ip6)?;
        joined.push(own.name.clone());
    }
    let mut more = Vec::new();
    for connection in &options.more_networks {
        let network = store.lookup(&connection.network).map_err(|e| crate::error::Error::new(e.message))?;
        if joined.contains(&network.name) {
            return Err(crate::err!("network {} is given twice", network.name));
        }
        in_subnet(&network, connection.ip)?;
        in_subnet6(&network, connection.ip6)?;
        joined.push(network.name.clone());
        more.push(crate::network::connect::Connection { network: network.name, ..connection.clone() });
    }
    if let Some(own) = user_network {
        let primary = crate::network::connect::Connection {
            network: own.name.clone(),
            interface_name: options.network_interface.clone(),
            ..Default::default()
        };
        crate::network::connect::interface_names(&std::iter::once(&primary).chain(&more).collect::<Vec<_>>())?;
    }
    Ok(more)
}

/// The requested secrets, each with its content as it is now: containers
/// keep their own copy (podman's behaviour).
fn container_secrets(paths: &Paths, requests: &[SecretRequest]) -> Result<Vec<(SecretRequest, Vec<u8>)>> {
    let store = crate::secret::SecretStore::open(paths);
    requests
        .iter()
        .map(|request| {
            let secret = store.lookup(&request.secret)?;
            let data = store.data(&secret)?;
            Ok((SecretRequest { secret: secret.name, ..request.clone() }, data))
        })
        .collect()
}

/// The image's HEALTHCHECK (docker's config field, which the OCI types lack).
fn image_healthcheck(images: &ImageStore, image: &crate::image::ImageRecord) -> Option<Healthcheck> {
    let raw = images.read_blob(&format!("sha256:{}", image.id)).ok()?;
    let config: serde_json::Value = serde_json::from_slice(&raw).ok()?;
    serde_json::from_value(config.get("config")?.get("Healthcheck")?.clone()).ok()
}

/// The options' settings override the image's one by one, as in docker.
fn merge_healthcheck(given: Option<Healthcheck>, image: Option<Healthcheck>) -> Option<Healthcheck> {
    let merged = match (given, image) {
        (None, image) => image?,
        (Some(f), None) => f,
        (Some(f), Some(i)) => Healthcheck {
            test: if f.test.is_empty() { i.test } else { f.test },
            interval: if f.interval == 0 { i.interval } else { f.interval },
            timeout: if f.timeout == 0 { i.timeout } else { f.timeout },
            start_period: if f.start_period == 0 { i.start_period } else { f.start_period },
            retries: if f.retries == 0 { i.retries } else { f.retries },
            start_interval: if f.start_interval == 0 { i.start_interval } else { f.start_interval },
        },
    };
    merged.argv()?;
    Some(merged.with_defaults())
}
