//! Creating a container: the engine function both front ends call (the
//! CLI's `create` and `run`, and the API's containers/create). Its options
//! are plain typed values; `parse` turns the string forms of flags, compose
//! files and API bodies into them.

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
use crate::runtime::spec::{NetworkMode, NetworkSetting};
use crate::runtime::userns::{self, NestedMappings, UsernsMode};
use crate::secret::{SecretRequest, SecretUse};
use crate::storage::driver::{self, Driver, RootfsLayout};
use crate::sys::clock::{now, now_nanos};
use crate::sys::warnings::warn;
use std::collections::BTreeMap;
use std::path::PathBuf;

pub use parse::LogSettings;

/// Everything that defines a container, as the engine takes it: strings
/// already parsed (see `parse`), files already read, paths absolute.
/// `Default` is a container of the image's own command on slirp4netns.
#[derive(Debug, Clone, Default)]
pub struct CreateOptions {
    /// The image: a name or id, or a transport reference.
    pub image: String,
    /// When to pull the image.
    pub pull: PullPolicy,
    /// None: a generated name.
    pub name: Option<String>,
    /// Remove an existing container of the same `name` first.
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
    pub interactive: bool,
    /// None: slirp4netns (and for a pod, the pod's network).
    pub network: Option<NetworkSetting>,
    pub network_aliases: Vec<String>,
    /// The address on the user network `network` names.
    pub network_ip: Option<std::net::Ipv4Addr>,
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
    /// A pod's name or id, or new:NAME.
    pub pod: Option<String>,
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
    pub log: LogSettings,
    /// Absolute path the id is written to; it must not exist.
    pub cidfile: Option<PathBuf>,
    /// Absolute path the process id is written to when it starts.
    pub pidfile: Option<PathBuf>,
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
    /// Resource limits set before the command runs (`--ulimit`).
    pub ulimits: Vec<crate::runtime::spec::Ulimit>,
    /// host, keep-id[:uid=UID,gid=GID] or None.
    pub userns: Option<String>,
    /// None: the store's driver.
    pub storage_driver: Option<Driver>,
}

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
        _ if options.network_ip.is_some() || !options.more_networks.is_empty() => {
            return Err(crate::err!("an address or more networks can only be given with a network made by `network create`, not {network_flag:?}"))
        }
        _ => None,
    };
    let more_networks = check_more_networks(paths, user_network.as_ref(), options)?;
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
            let (record, pid) = crate::container::launch::network_holder(paths, target)?;
            if record.config.userns_mappings.is_some() {
                return Err(crate::err!("--network {network_flag}: container {} has a user namespace of its own (--userns)", record.name));
            }
            Some((record, pid))
        }
        _ => None,
    };
    let network_setting = match &network_target {
        Some((target, _)) => NetworkSetting::parsed(&format!("container:{}", target.id), NetworkMode::Container(target.id.clone())),
        None => network_requested.clone(),
    };
    if let Some(mac) = &options.mac_address {
        crate::runtime::spec::parse_mac_address(mac)?;
        if !matches!(network, NetworkMode::Slirp4netns(_)) {
            return Err(crate::err!("--mac-address can only be used with the slirp4netns network, not {network_flag:?}"));
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
    etc_files::check_flags(&options.dns, &options.add_host)?;
    if options.no_hosts && !options.add_host.is_empty() {
        return Err(crate::err!("--no-hosts and --add-host cannot be set together"));
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
        crate::container::monitor::parse_signal(sig)?;
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

    // keep-id is worked out here, outside skiff's user namespace, where
    // the user's own ids and subordinate ranges are known.
    let keep_id = match UsernsMode::parse(options.userns.as_deref().unwrap_or_default())? {
        UsernsMode::Default => None,
        UsernsMode::KeepId { uid, gid } => {
            if pod_request.is_some() {
                return Err(crate::err!("--userns=keep-id cannot be used with --pod: the pod's user namespace is shared"));
            }
            let (outer, _) = userns::current_mappings();
            Some((uid, gid, NestedMappings::keep_id(&outer, uid, gid)?, etc_files::HostUser::current()))
        }
    };

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
            None
        }
    };
    let pod = pod_record.as_ref();
    // A closure, so that a failure anywhere in it also takes back a pod
    // made for this container.
    let created = (|| -> Result<ContainerRecord> {
        let images = ImageStore::open(paths)?;
        let containers = ContainerStore::open(paths);
        let mut driver = driver::choose(&paths.data, options.storage_driver)?;
        if keep_id.is_some() {
            // Only a FUSE overlay can show the image's files with the owners
            // the container's own namespace expects, without copying them:
            // skiff's own, or fuse-overlayfs.
            driver = if driver::dev_fuse_usable() {
                Driver::SkiffFuse
            } else {
                return Err(crate::err!("--userns=keep-id needs /dev/fuse (sudo modprobe fuse; /dev/fuse must be 0666)"));
            };
        }

        let platform = crate::image::registry::manifest::Platform::parse_or_host(None)?;
        let stored_as = pull_if_needed(&images, &options.image, options.pull, &Default::default(), &platform, progress)?;
        // Hold the image store's shared lock until the container exists, so
        // that a concurrent `rmi` cannot delete the image under us.
        let image_lock = images.lock_shared()?;
        let image = images.lookup(&stored_as)?;
        let image_config = images.config(&image)?;
        let cfg = image_config.config().clone().unwrap_or_default();
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
        let workdir = options.workdir.clone().or_else(|| cfg.working_dir().clone().filter(|w| !w.is_empty())).unwrap_or_else(|| "/".into());
        let user = match (&options.user, &keep_id) {
            (Some(user), _) => user.clone(),
            // As podman: under keep-id the process is the user unless --user says otherwise.
            (None, Some((uid, gid, _, _))) => format!("{uid}:{gid}"),
            (None, None) => cfg.user().clone().unwrap_or_default(),
        };
        let image_name = image.names.first().cloned().unwrap_or_else(|| image.id.clone());
        let healthcheck = if options.no_healthcheck {
            None
        } else {
            let from_image = image_healthcheck(&images, &image);
            merge_healthcheck(options.healthcheck.clone(), from_image)
        };
        let stop_signal = options.stop_signal.clone().or_else(|| cfg.stop_signal().clone()).unwrap_or_else(|| "SIGTERM".into());
        let image_volumes = cfg.volumes().clone().unwrap_or_default();
        let mounts = mounts::complete(paths, options.mounts.clone(), &options.volumes_from, &image_volumes, &options.tmpfs)?;
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
            keep_id.as_ref().map(|(uid, gid, _, me)| me.etc_entries(*uid, *gid, &workdir, &mount_points)).unwrap_or_default();
        etc_entries.extend(host_users);
        if let Some(name) = options.name.as_deref().filter(|_| options.replace) {
            // Only a container of exactly that name (not one whose id starts so).
            if let Some(old) = containers.lookup(name).ok().filter(|c| c.name == name) {
                crate::container::lifecycle::remove_one(paths, &containers, &old.id, crate::container::lifecycle::WhenRunning::Kill, false)?;
            }
        }
        let created = containers.create(options.name.as_deref(), |id, name| ContainerRecord {
            id: id.to_string(),
            name: name.to_string(),
            image_id: image.id.clone(),
            image_name: image_name.clone(),
            created: now(),
            created_nanos: now_nanos(),
            status: ContainerStatus::Created,
            exit_code: None,
            started_at: None,
            finished_at: None,
            restart_count: 0,
            storage_driver: driver.name().to_string(),
            config: ContainerConfig {
                entrypoint,
                cmd,
                env,
                workdir,
                user,
                hostname: match pod {
                    Some(pod) if pod.shares(SharedNamespace::Uts) => pod.hostname.clone(),
                    _ => options.hostname.clone().unwrap_or_else(|| id[..12].to_string()),
                },
                network: match pod {
                    Some(pod) if pod.shares(SharedNamespace::Net) => pod.network.clone(),
                    _ => network_setting.clone(),
                },
                network_aliases: options.network_aliases.clone(),
                network_ip: options.network_ip,
                mac_address: options.mac_address.clone().unwrap_or_default(),
                ports: ports.clone(),
                dns: options.dns.clone(),
                dns_search: options.dns_search.clone(),
                add_host: options.add_host.clone(),
                no_hosts: options.no_hosts,
                tty: options.tty,
                interactive: options.interactive,
                auto_remove: options.auto_remove,
                read_only: options.read_only,
                tmpfs: options.tmpfs.clone(),
                cap_add: security_config.cap_add.clone(),
                cap_drop: security_config.cap_drop.clone(),
                privileged: security_config.privileged,
                security_opt: security_config.security_opt.clone(),
                restart: options.restart,
                labels: options.labels.clone(),
                annotations: options.annotations.clone(),
                exposed_ports: exposed_ports.clone(),
                stop_signal,
                stop_timeout: options.stop_timeout.unwrap_or(10),
                log_driver: options.log.driver.clone(),
                log_max_size: options.log.max_size,
                healthcheck,
                mounts: mounts.iter().cloned().chain(secret_mounts(id)).collect(),
                userns: options.userns.clone().unwrap_or_default(),
                userns_mappings: keep_id.as_ref().map(|(_, _, nested, _)| nested.clone()),
                etc_entries: etc_entries.clone(),
                pod: pod.map(|p| p.id.clone()).unwrap_or_default(),
                pidfile: options.pidfile.clone(),
                timezone: options.timezone.clone().unwrap_or_default(),
                init: options.init,
                init_path: options.init_path.clone(),
                requires: requires.clone(),
                umask: options.umask,
                ulimits: options.ulimits.clone(),
            },
        });
        let record = match created {
            Ok(record) => record,
            Err(e) => {
                let _ = crate::volume::remove_anonymous(paths, &mounts);
                return Err(e);
            }
        };
        let layers = image.layers.iter().map(|l| images.layer_dir(&l.diff_id)).collect();
        let dir = containers.container_dir(&record.id);
        let prepared = RootfsLayout::for_container(&dir, layers)
            .prepare(driver)
            .and_then(|_| etc_files::write(&dir, &record.name, &record.config, &network, user_network.as_ref().map(|n| n.gateway)))
            .and_then(|_| etc_files::write_container_env(&dir, &record))
            .and_then(|_| crate::network::connect::record_connections(paths, &record.id, &more_networks))
            .and_then(|_| match &network_target {
                // Names resolve as in the container whose network this is.
                Some((target, _)) => ["hosts", "resolv.conf"].iter().try_for_each(|file| {
                    std::fs::copy(containers.container_dir(&target.id).join(file), dir.join(file))
                        .map(drop)
                        .context(|| format!("copy /etc/{file} of container {}", target.name))
                }),
                None => Ok(()),
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
    if let Some(own) = user_network {
        in_subnet(own, options.network_ip)?;
        joined.push(own.name.clone());
    }
    let mut more = Vec::new();
    for connection in &options.more_networks {
        let network = store.lookup(&connection.network).map_err(|e| crate::error::Error::new(e.message))?;
        if joined.contains(&network.name) {
            return Err(crate::err!("network {} is given twice", network.name));
        }
        in_subnet(&network, connection.ip)?;
        joined.push(network.name.clone());
        more.push(crate::network::connect::Connection { network: network.name, ..connection.clone() });
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
        },
    };
    merged.argv()?;
    Some(merged.with_defaults())
}
