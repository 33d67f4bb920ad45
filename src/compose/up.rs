//! `up`, `create` and `run`: a project's services turned into containers
//! through the engine's own create function (container::create), on the
//! project's networks and volumes, in dependency order, waiting for the
//! conditions `depends_on` sets. Every service is translated before
//! anything is created, so a model skiff cannot run creates nothing.

use super::containers::{self as project_containers, *};
use super::build::{build_service, needs_build, BuildPolicy, BuildReporters};
use super::load::Project;
use super::model::{Condition, Service, Ulimit};
use crate::container::create::{self as engine_create, parse as create_parse, CreateOptions};
use crate::container::mounts::{MountConfig, MountKind};
use crate::container::state::{ContainerRecord, ContainerStatus, RestartPolicy};
use crate::container::ContainerStore;
use crate::error::Result;
use crate::image::pull_policy::PullPolicy;
use crate::network::connect::Connection;
use crate::image::registry::Progress as PullProgress;
use crate::paths::Paths;
use crate::image::registry::manifest::Platform;
use crate::runtime::spec::{NamespaceKind, NamespaceMode, NetworkMode, NetworkSetting};
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, BTreeSet};
use std::time::{Duration, Instant};

/// When `up` replaces a service's existing containers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Recreate {
    /// When the service's configuration changed (docker compose's default).
    #[default]
    Changed,
    /// Always (`--force-recreate`).
    Always,
    /// Never (`--no-recreate`).
    Never,
}

#[derive(Debug, Clone, Default)]
pub struct UpOptions {
    /// Services named on the command line (none: all)
    pub services: Vec<String>,
    pub no_deps: bool,
    pub recreate: Recreate,
    pub remove_orphans: bool,
    /// `--scale SERVICE=N`
    pub scale: BTreeMap<String, u32>,
    /// `--pull`; None: each service's pull_policy
    pub pull: Option<PullPolicy>,
    /// Start the containers (false for `compose create`)
    pub start: bool,
    /// Seconds a replaced container gets to stop
    pub timeout: Option<u64>,
    pub build: BuildPolicy,
    /// `--always-recreate-deps`: the services those named depend on are
    /// recreated, changed or not
    pub recreate_dependencies: bool,
    /// `-V`: a replaced container's anonymous volumes are removed with it
    /// and its successor gets new ones; otherwise the successor takes them
    /// over, as docker compose does, so their data survives a recreate.
    pub renew_anonymous_volumes: bool,
    /// `--all-resources`: also the networks and volumes no service uses
    /// (or none of those brought up) are made
    pub all_resources: bool,
}

/// Bring the project up: networks, volumes, then each service's
/// containers in dependency order. Returns the service containers of the
/// services brought up.
pub fn up(paths: &Paths, project: &Project, options: &UpOptions, progress: &dyn Progress, builds: &BuildReporters) -> Result<Vec<ContainerRecord>> {
    let pull = builds.pull;
    for (name, replicas) in &options.scale {
        if !project.model.services.contains_key(name) {
            return Err(crate::err!("--scale {name}={replicas}: no such service: {name}"));
        }
    }
    let wanted = project.with_dependencies(&options.services, options.no_deps);
    let order = ordered_services(project, &wanted)?;
    // Everything is translated first: a service skiff cannot run stops
    // `up` before anything is made.
    let mut plans = Vec::new();
    for name in &order {
        let service = &project.model.services[name];
        let replicas = options.scale.get(name).copied().unwrap_or_else(|| service.replicas());
        if replicas > 1 && service.container_name.is_some() {
            return Err(crate::err!("services.{name}: container_name {:?} cannot be used by {replicas} replicas", service.container_name.as_deref().unwrap_or_default()));
        }
        let base = create_options(project, name, service, options.pull)?;
        plans.push((name.clone(), replicas, base));
    }
    let store = ContainerStore::open(paths);
    // `--dry-run`: every step is reported and none taken.
    let dry_run = progress.dry_run();
    let resources_for = if options.all_resources { None } else { Some(&wanted) };
    ensure_networks(paths, project, resources_for, progress)?;
    // Containers on a user network are made inside the networks' user
    // namespace, which this process joins once, before any other.
    if !dry_run && order.iter().any(|name| uses_project_network(&project.model.services[name])) {
        crate::network::holder::join(paths)?;
    }
    ensure_volumes(paths, project, resources_for, progress)?;
    for name in &order {
        let service = &project.model.services[name];
        if needs_build(paths, project, name, service, options.build)? {
            progress.report("Service", name, "Building");
            if !dry_run {
                build_service(paths, project, name, service, builds)?;
            }
            progress.report("Service", name, "Built");
        } else if let (true, Some((_, _, base))) = (dry_run, plans.iter().find(|(planned, _, _)| planned == name)) {
            report_pull(paths, &base.image, base.pull, progress)?;
        }
    }
    if options.remove_orphans {
        let orphans = orphans(&store, project)?;
        project_containers::stop(&store, project, orphans.clone(), options.timeout, progress)?;
        remove(paths, &store, &orphans, true, false, progress)?;
    }
    let mut brought_up = Vec::new();
    for (name, replicas, base) in plans {
        let service = &project.model.services[&name];
        // A dry run starts nothing, so there is nothing to wait for.
        if options.start && !dry_run {
            wait_for_dependencies(&store, project, &name, service, &wanted)?;
        }
        brought_up.extend(converge_service(paths, &store, project, &name, replicas, base, options, progress, pull)?);
    }
    Ok(brought_up)
}

/// A dry run's report of the pull `up` would make: the service's image
/// when it is not stored and the pull policy lets a missing image be pulled.
fn report_pull(paths: &Paths, image: &str, policy: PullPolicy, progress: &dyn Progress) -> Result<()> {
    let pulled = match policy {
        PullPolicy::Always => true,
        PullPolicy::Never => false,
        _ => crate::image::ImageStore::open(paths)?.lookup(image).is_err(),
    };
    if pulled {
        progress.report("Image", image, "Pulling");
        progress.report("Image", image, "Pulled");
    }
    Ok(())
}

/// The networks and named volumes the services need, made when missing
/// (for a one-off `run` whose dependencies are not brought up).
pub fn ensure_resources(paths: &Paths, project: &Project, services: &BTreeSet<String>, progress: &dyn Progress) -> Result<()> {
    ensure_networks(paths, project, Some(services), progress)?;
    ensure_volumes(paths, project, Some(services), progress)
}

fn uses_project_network(service: &Service) -> bool {
    service.network_mode.is_none()
}

/// The project's networks the wanted services use (None: all of them),
/// made when missing; an external one must exist.
fn ensure_networks(paths: &Paths, project: &Project, wanted: Option<&BTreeSet<String>>, progress: &dyn Progress) -> Result<()> {
    let used: BTreeSet<&String> = match wanted {
        Some(wanted) => wanted.iter().flat_map(|s| project.model.services[s].networks.keys()).collect(),
        None => project.model.networks.keys().collect(),
    };
    let store = crate::network::NetworkStore::open(paths);
    // A missing external network stops `up` before any network is made.
    for key in &used {
        let network = &project.model.networks[*key];
        let name = network.name.clone().unwrap_or_default();
        if network.external && !store.exists(&name) {
            return Err(crate::err!("network {name} declared as external, but could not be found"));
        }
    }
    for key in used {
        let network = &project.model.networks[key];
        let name = network.name.clone().unwrap_or_default();
        if store.exists(&name) {
            continue;
        }
        if network.driver.as_deref().is_some_and(|d| d != "bridge") {
            return Err(crate::err!("networks.{key}.driver: skiff makes bridge networks only, not {:?}", network.driver.as_deref().unwrap_or_default()));
        }
        // Each pool of ipam.config (one IPv4 and one IPv6 at most), with
        // enable_ipv6 making the network dual stack.
        let mut pools = Vec::new();
        for (index, pool) in network.ipam.iter().flat_map(|i| i.config.iter()).enumerate() {
            match pool.subnet.as_deref() {
                Some(subnet) => pools.push(crate::network::AddressPool { subnet, gateway: pool.gateway.as_deref(), ip_range: pool.ip_range.as_deref() }),
                None if pool.gateway.is_some() || pool.ip_range.is_some() => {
                    return Err(crate::err!("networks.{key}.ipam.config[{index}]: a gateway or ip_range needs a subnet"))
                }
                None => {}
            }
        }
        let (v4, ipv6) = crate::network::address_pools(&pools, network.enable_ipv6).map_err(|e| crate::err!("networks.{key}.ipam.config: {}", e.message))?;
        let mut labels = network.labels.clone();
        labels.insert(LABEL_PROJECT.into(), project.name.clone());
        labels.insert(LABEL_NETWORK.into(), key.clone());
        labels.insert(LABEL_VERSION.into(), COMPOSE_VERSION.into());
        progress.report("Network", &name, "Creating");
        if !progress.dry_run() {
            store.create(crate::network::NewNetwork {
                name: name.clone(),
                subnet: v4.as_ref().map(|p| p.subnet),
                gateway: v4.as_ref().and_then(|p| p.gateway),
                internal: network.internal,
                labels,
                ip_range: v4.and_then(|p| p.ip_range),
                aux_addresses: Default::default(),
                dns_disabled: false,
                options: Default::default(),
                ipv6,
            })?;
        }
        progress.report("Network", &name, "Created");
    }
    Ok(())
}

/// The project's named volumes the wanted services mount (None: all of
/// them), made when missing; an external one must exist.
fn ensure_volumes(paths: &Paths, project: &Project, wanted: Option<&BTreeSet<String>>, progress: &dyn Progress) -> Result<()> {
    let store = crate::volume::VolumeStore::open(paths);
    let used: BTreeSet<&String> = match wanted {
        Some(wanted) => wanted
            .iter()
            .flat_map(|s| project.model.services[s].volumes.iter())
            .filter(|v| v.kind == "volume")
            .filter_map(|v| v.source.as_ref())
            .collect(),
        None => project.model.volumes.keys().collect(),
    };
    for key in used {
        let volume = &project.model.volumes[key];
        let name = volume.name.clone().unwrap_or_default();
        if store.exists(&name) {
            continue;
        }
        if volume.external {
            return Err(crate::err!("external volume {name:?} not found"));
        }
        if volume.driver.as_deref().is_some_and(|d| d != "local") || !volume.driver_opts.is_empty() {
            return Err(crate::err!("volumes.{key}: skiff makes local volumes without driver options only"));
        }
        let mut labels = volume.labels.clone();
        labels.insert(LABEL_PROJECT.into(), project.name.clone());
        labels.insert(LABEL_VOLUME.into(), key.clone());
        labels.insert(LABEL_VERSION.into(), COMPOSE_VERSION.into());
        progress.report("Volume", &name, "Creating");
        if !progress.dry_run() {
            store.create(&name, labels, false)?;
        }
        progress.report("Volume", &name, "Created");
    }
    Ok(())
}

/// A service's configuration hash: what `up` compares to decide whether a
/// container is out of date. The replica count is left out (scaling adds
/// or removes containers, it does not replace them), and so is
/// `pull_policy`, as docker compose leaves it out (`compose watch` sets
/// it to `build` for the services it builds afresh).
pub fn config_hash(service: &Service) -> String {
    let mut hashed = service.clone();
    hashed.scale = None;
    hashed.pull_policy = None;
    if let Some(deploy) = &mut hashed.deploy {
        deploy.replicas = None;
    }
    let text = serde_json::to_string(&hashed).unwrap_or_default();
    format!("{:x}", Sha256::digest(text.as_bytes()))
}

/// The name of a service's `number`th container.
pub fn container_name(project: &Project, name: &str, service: &Service, number: u32) -> String {
    service.container_name.clone().unwrap_or_else(|| format!("{}-{name}-{number}", project.name))
}

/// The image a service runs: its `image`, or the one built for it.
pub fn image_of(project: &Project, name: &str, service: &Service) -> String {
    service.image.clone().unwrap_or_else(|| format!("{}-{name}", project.name))
}

/// What `up` does with a service key skiff cannot honour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Treatment {
    /// Nothing is created: running without it would not be what the file asks.
    Refuse,
    /// One warning, and the service runs without it (as docker compose does
    /// with keys that mean nothing on its host).
    Warn,
}

/// Every key of the Compose Specification's service definition that skiff
/// reads but does not honour, and why (cgroup keys: see load::CGROUP_KEYS).
pub const NOT_HONOURED: &[(&str, Treatment, &str)] = &[
    ("runtime", Treatment::Refuse, "skiff is its own OCI runtime: there is no other runtime to choose"),
    ("storage_opt", Treatment::Refuse, "skiff's storage drivers take no per-container options"),
    ("isolation", Treatment::Refuse, "isolation technologies other than default are a Windows containers setting"),
    ("credential_spec", Treatment::Refuse, "credential specs are a Windows containers setting"),
    ("gpus", Treatment::Refuse, "skiff does not set GPUs up (give the device nodes with devices)"),
    ("use_api_socket", Treatment::Refuse, "skiff has no daemon whose socket could be mounted (run `skiff system service` and mount its socket as a volume)"),
    ("post_start", Treatment::Refuse, "lifecycle hooks are not supported"),
    ("pre_stop", Treatment::Refuse, "lifecycle hooks are not supported"),
    ("provider", Treatment::Refuse, "provider services (compose plugins) are not supported"),
    ("models", Treatment::Refuse, "models (docker model runner) are not supported"),
    ("attach", Treatment::Warn, "a foreground up shows every service's output"),
    ("pull_refresh_after", Treatment::Warn, "images are pulled as pull_policy says, with no refresh period"),
];

/// A service as the engine's create options (name and number-specific
/// labels are set per container by `for_replica`).
pub fn create_options(project: &Project, name: &str, service: &Service, pull: Option<PullPolicy>) -> Result<CreateOptions> {
    let at = |key: &str| format!("services.{name}.{key}");
    let refuse = |key: &str, why: &str| Err(crate::err!("{}: {why}", at(key)));
    for (key, value) in service.not_honoured() {
        let Some((_, treatment, why)) = NOT_HONOURED.iter().find(|(k, _, _)| *k == key) else { continue };
        match treatment {
            // docker's only isolation on Linux.
            _ if key == "isolation" && value.as_str() == Some("default") => {}
            Treatment::Refuse => return refuse(key, &format!("not supported: {why}")),
            Treatment::Warn => crate::sys::warnings::warn(&format!("{}: {why}: ignored", at(key))),
        }
    }
    // docker compose's `service:NAME` is resolved to that service's first
    // container when this one is created (resolve_shared).
    fn own_namespace(mode: &Option<String>) -> Option<&str> {
        mode.as_deref().filter(|m| !m.starts_with("service:"))
    }
    let isolation = create_parse::isolation(&create_parse::IsolationFlags {
        ipc: own_namespace(&service.ipc),
        uts: service.uts.as_deref(),
        pid: own_namespace(&service.pid),
        shm_size: service.shm_size.as_deref(),
        sysctls: &service.sysctls.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>(),
        devices: &service.devices,
        domainname: service.domainname.as_deref(),
        group_add: &service.group_add,
    })
    .map_err(|e| crate::err!("services.{name}: {}", e.message))?;
    if service.mac_address.is_some() && service.network_mode.as_deref() != Some("slirp4netns") {
        return refuse("mac_address", "a MAC address is set only with network_mode: slirp4netns (project networks give each container its own)");
    }
    let mut labels = create_parse::labels_with_files(&[], &service.label_file.iter().map(std::path::PathBuf::from).collect::<Vec<_>>())
        .map_err(|e| crate::err!("{}: {}", at("label_file"), e.message))?;
    labels.extend(service.labels.clone());
    let ulimits = service
        .ulimits
        .iter()
        .map(|(limit, Ulimit { soft, hard })| crate::runtime::spec::Ulimit::parse(&format!("{limit}={soft}:{hard}")))
        .collect::<Result<Vec<_>>>()
        .map_err(|e| crate::err!("{}: {}", at("ulimits"), e.message))?;
    let volumes_from = service.volumes_from.iter().filter_map(|source| source.strip_prefix("container:").map(str::to_string)).collect::<Vec<_>>();
    let mut options = CreateOptions {
        image: image_of(project, name, service),
        pull: match (pull, service.pull_policy.as_deref()) {
            // The image of a service with `build:` comes from its build, and
            // its name is no registry's to look up.
            _ if service.build.is_some() => PullPolicy::Never,
            (Some(policy), _) => policy,
            (None, None | Some("missing") | Some("if_not_present") | Some("build")) => PullPolicy::Missing,
            (None, Some("always")) => PullPolicy::Always,
            (None, Some("never")) => PullPolicy::Never,
            (None, Some(other)) => return refuse("pull_policy", &format!("unknown policy {other:?}: use always, missing, never or build")),
        },
        entrypoint: service.entrypoint.clone(),
        command: service.command.clone().unwrap_or_default(),
        env: service.environment.iter().filter_map(|(k, v)| v.as_ref().map(|v| format!("{k}={v}"))).collect(),
        user: service.user.clone(),
        workdir: service.working_dir.clone(),
        hostname: service.hostname.clone(),
        tty: service.tty,
        interactive: service.stdin_open,
        attached: Default::default(),
        dns: service.dns.clone(),
        dns_search: service.dns_search.clone(),
        add_host: service.extra_hosts.clone(),
        cap_add: service.cap_add.clone(),
        cap_drop: service.cap_drop.clone(),
        privileged: service.privileged,
        security_opt: service.security_opt.clone(),
        read_only: service.read_only,
        init: service.init,
        userns: service.userns_mode.clone(),
        stop_signal: service.stop_signal.clone(),
        isolation,
        dns_options: create_parse::dns_options(&service.dns_opt).map_err(|e| crate::err!("{}: {}", at("dns_opt"), e.message))?,
        platform: service.platform.as_deref().map(|p| Platform::from_flags(Some(p), None, None, None)).transpose().map_err(|e| crate::err!("{}: {}", at("platform"), e.message))?,
        annotations: service.annotations.clone(),
        oom_score_adj: service.oom_score_adj,
        mac_address: service.mac_address.clone(),
        ulimits,
        volumes_from: create_parse::volumes_from(&volumes_from).map_err(|e| crate::err!("{}: {}", at("volumes_from"), e.message))?,
        labels,
        ..CreateOptions::default()
    };
    if let Some(period) = &service.stop_grace_period {
        let period = crate::time::parse_duration(period).ok_or_else(|| crate::err!("{}: invalid duration {period:?}", at("stop_grace_period")))?;
        options.stop_timeout = Some(period.as_secs());
    }
    if let Some(restart) = &service.restart {
        options.restart = RestartPolicy::parse(restart).map_err(|e| crate::err!("{}: {}", at("restart"), e.message))?;
    }
    // The network: network_mode, or the one network the service is on.
    match service.network_mode.as_deref() {
        Some(mode @ ("none" | "host" | "slirp4netns")) => options.network = Some(NetworkSetting::parse(mode)?),
        Some(mode) if mode.starts_with("container:") => options.network = Some(NetworkSetting::parse(mode)?),
        // Resolved to the first container of that service when it is created.
        Some(mode) if mode.starts_with("service:") => {}
        Some(mode) => return refuse("network_mode", &format!("{mode:?} is not one of none, host, slirp4netns, service:NAME, container:NAME")),
        None => {
            // The first network (by name, as docker compose orders those of
            // equal priority) is the container's own; it joins the others
            // after it, answering to the service's name on each.
            let mut joined = Vec::new();
            for (key, settings) in &service.networks {
                let network = project.model.networks[key].name.clone().unwrap_or_default();
                if !matches!(NetworkSetting::parse(&network).map(|n| n.mode().clone()), Ok(NetworkMode::User(_))) {
                    return refuse(&format!("networks.{key}"), &format!("network name {network:?} is one of skiff's network modes"));
                }
                let mut connection = Connection { network, aliases: vec![name.to_string()], ..Connection::default() };
                if let Some(settings) = settings {
                    connection.aliases.extend(settings.aliases.iter().cloned());
                    connection.ip = settings
                        .ipv4_address
                        .as_deref()
                        .map(|a| a.parse().map_err(|_| crate::err!("{}: invalid IPv4 address {a:?}", at(&format!("networks.{key}.ipv4_address")))))
                        .transpose()?;
                    connection.ip6 = settings
                        .ipv6_address
                        .as_deref()
                        .map(|a| a.parse().map_err(|_| crate::err!("{}: invalid IPv6 address {a:?}", at(&format!("networks.{key}.ipv6_address")))))
                        .transpose()?;
                }
                joined.push(connection);
            }
            let own = joined.remove(0);
            options.network = Some(NetworkSetting::parse(&own.network)?);
            options.network_aliases = own.aliases;
            options.network_ip = own.ip;
            options.network_ip6 = own.ip6;
            options.more_networks = joined;
        }
    }
    // docker compose links each container of the linked service under the
    // alias; external links name their container themselves.
    for (linked, alias) in crate::compose::load::linked_services(service) {
        let linked_service = &project.model.services[linked];
        for number in 1..=linked_service.replicas().max(1) {
            options.links.push(format!("{}:{alias}", container_name(project, linked, linked_service, number)));
        }
    }
    options.links.extend(service.external_links.iter().cloned());
    options.expose = create_parse::exposed_ports(&service.expose).map_err(|e| crate::err!("{}: {}", at("expose"), e.message))?;
    if !service.ports.is_empty() {
        let specs: Vec<String> = service
            .ports
            .iter()
            .map(|p| {
                let host = match (&p.host_ip, &p.published) {
                    (Some(ip), Some(published)) => format!("{ip}:{published}:"),
                    (Some(ip), None) => format!("{ip}::"),
                    (None, Some(published)) => format!("{published}:"),
                    (None, None) => String::new(),
                };
                format!("{host}{}/{}", p.target, p.protocol)
            })
            .collect();
        options.ports = create_parse::publish(&specs).map_err(|e| crate::err!("{}: {}", at("ports"), e.message))?;
    }
    let mut tmpfs: Vec<String> = service.tmpfs.clone();
    for (i, volume) in service.volumes.iter().enumerate() {
        let path = at(&format!("volumes[{i}]"));
        match volume.kind.as_str() {
            "bind" => {
                let source = volume.source.clone().ok_or_else(|| crate::err!("{path}: a bind mount needs a source"))?;
                if volume.bind.as_ref().is_some_and(|b| b.create_host_path) && !std::path::Path::new(&source).exists() {
                    std::fs::create_dir_all(&source).map_err(|e| crate::err!("{path}: create {source}: {e}"))?;
                }
                options.mounts.push(MountConfig { kind: MountKind::Bind, source, destination: volume.target.clone(), read_only: volume.read_only });
            }
            "volume" => {
                let source = match &volume.source {
                    Some(key) => project.model.volumes[key].name.clone().unwrap_or_default(),
                    None => String::new(),
                };
                options.mounts.push(MountConfig { kind: MountKind::Volume, source, destination: volume.target.clone(), read_only: volume.read_only });
            }
            "tmpfs" => {
                let size = volume.tmpfs.as_ref().and_then(|t| t.size.as_ref()).map(|s| match s {
                    serde_json::Value::String(s) => s.clone(),
                    other => other.to_string(),
                });
                tmpfs.push(match size {
                    Some(size) => format!("{}:size={size}", volume.target),
                    None => volume.target.clone(),
                });
            }
            other => return Err(crate::err!("{path}: type {other:?} is not supported by skiff compose (bind, volume or tmpfs)")),
        }
    }
    options.tmpfs = create_parse::tmpfs(&tmpfs, false, false).map_err(|e| crate::err!("{}: {}", at("tmpfs"), e.message))?;
    if let Some(check) = &service.healthcheck {
        if check.disable || check.test.first().is_some_and(|t| t == "NONE") {
            options.no_healthcheck = true;
        } else {
            let command = match check.test.split_first() {
                Some((kind, rest)) if kind == "CMD-SHELL" => Some(rest.join(" ")),
                Some((kind, rest)) if kind == "CMD" => Some(serde_json::to_string(rest).unwrap_or_default()),
                Some((kind, _)) => return refuse("healthcheck.test", &format!("must start with CMD, CMD-SHELL or NONE, not {kind:?}")),
                None => None,
            };
            let flags = create_parse::HealthFlags {
                cmd: command.as_deref(),
                interval: check.interval.as_deref(),
                retries: check.retries,
                start_period: check.start_period.as_deref(),
                timeout: check.timeout.as_deref(),
                start_interval: check.start_interval.as_deref(),
            };
            options.healthcheck = create_parse::healthcheck(&flags).map_err(|e| crate::err!("{}: {}", at("healthcheck"), e.message))?;
        }
    }
    for (kind, references) in [(FileKind::Secret, &service.secrets), (FileKind::Config, &service.configs)] {
        for (i, reference) in references.iter().enumerate() {
            let path = at(&format!("{}[{i}]", kind.key()));
            file_object(project, kind, reference, &path, &mut options)?;
        }
    }
    if let Some(logging) = &service.logging {
        let opts: Vec<String> = logging.options.iter().map(|(k, v)| format!("{k}={v}")).collect();
        options.log = create_parse::log_settings(logging.driver.as_deref().unwrap_or("k8s-file"), &opts).map_err(|e| crate::err!("{}: {}", at("logging"), e.message))?;
    }
    Ok(options)
}

/// The options of the `number`th container of a service: its name and
/// docker compose's labels.
pub fn for_replica(project: &Project, name: &str, service: &Service, base: &CreateOptions, number: u32, oneoff: bool) -> CreateOptions {
    let mut options = base.clone();
    options.name = Some(if oneoff { format!("{}-{name}-run-{}", project.name, &random_suffix()) } else { container_name(project, name, service, number) });
    let files = project.config_files.iter().map(|f| f.display().to_string()).collect::<Vec<_>>().join(",");
    let dependencies = service.depends_on.iter().map(|(d, how)| format!("{d}:{}:{}", condition_name(how.condition), how.restart)).collect::<Vec<_>>().join(",");
    for (key, value) in [
        (LABEL_PROJECT, project.name.clone()),
        (LABEL_SERVICE, name.to_string()),
        (LABEL_NUMBER, number.to_string()),
        (LABEL_ONEOFF, if oneoff { "True" } else { "False" }.to_string()),
        (LABEL_CONFIG_HASH, config_hash(service)),
        (LABEL_WORKING_DIR, project.working_dir.display().to_string()),
        (LABEL_CONFIG_FILES, files),
        (LABEL_VERSION, COMPOSE_VERSION.to_string()),
        (LABEL_DEPENDS_ON, dependencies),
        (LABEL_IMAGE, options.image.clone()),
    ] {
        options.labels.insert(key.to_string(), value);
    }
    options
}

fn condition_name(condition: Condition) -> &'static str {
    match condition {
        Condition::ServiceStarted => "service_started",
        Condition::ServiceHealthy => "service_healthy",
        Condition::ServiceCompletedSuccessfully => "service_completed_successfully",
    }
}

fn random_suffix() -> String {
    let mut bytes = [0u8; 6];
    let _ = getrandom_bytes(&mut bytes);
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn getrandom_bytes(buffer: &mut [u8]) -> std::io::Result<()> {
    use std::io::Read;
    std::fs::File::open("/dev/urandom")?.read_exact(buffer)
}

/// `network_mode`, `ipc` and `pid` as `service:NAME`, and `volumes_from: [NAME]`:
/// the namespace or the volumes of that service's first container.
fn resolve_shared(store: &ContainerStore, project: &Project, service: &Service, options: &mut CreateOptions) -> Result<()> {
    for (key, shared) in super::load::shared_services(service) {
        let target = of_services(store, project, &[shared.to_string()])?
            .into_iter()
            .next()
            .ok_or_else(|| crate::err!("{key} {shared}: the service has no container"))?;
        let joined = format!("container:{}", target.id);
        match key {
            "network_mode" => options.network = Some(NetworkSetting::parse(&joined)?),
            "ipc" => options.isolation.ipc = NamespaceMode::parse(NamespaceKind::Ipc, &joined)?,
            "pid" => options.isolation.pid = NamespaceMode::parse(NamespaceKind::Pid, &joined)?,
            _ => {
                // volumes_from: NAME[:ro|rw], the mode kept.
                let source = service.volumes_from.iter().find(|s| s.split(':').next() == Some(shared)).map(String::as_str).unwrap_or(shared);
                let mode = source.split_once(':').map(|(_, mode)| format!(":{mode}")).unwrap_or_default();
                options.volumes_from.push(format!("{}{mode}", target.id));
            }
        }
    }
    Ok(())
}

/// The anonymous volumes of `old`, the container `replica` replaces, mounted
/// at the same places in the replica (where it asks for an anonymous volume
/// or nothing: an image's VOLUME), so that their data survives.
fn take_over_anonymous_volumes(paths: &Paths, old: &ContainerRecord, replica: &mut CreateOptions) {
    use crate::container::mounts::MountKind;
    let volumes = crate::volume::VolumeStore::open(paths);
    let containers = ContainerStore::open(paths);
    for mount in old.config.mounts.iter().filter(|m| m.kind == MountKind::Volume) {
        // Only its own: one shared through volumes_from comes back that way.
        let own = volumes.lookup(&mount.source).is_ok_and(|v| v.anonymous)
            && crate::volume::users_of_volume(&containers, &mount.source).is_ok_and(|users| users.iter().all(|c| c.id == old.id));
        if !own {
            continue;
        }
        match replica.mounts.iter_mut().find(|m| m.destination == mount.destination) {
            Some(asked) if asked.kind == MountKind::Volume && asked.source.is_empty() => asked.source = mount.source.clone(),
            Some(_) => {}
            None => replica.mounts.push(mount.clone()),
        }
    }
}

/// Make a service's containers match the model: create missing replicas,
/// replace out-of-date ones, start stopped ones, remove extra ones.
#[allow(clippy::too_many_arguments)]
fn converge_service(
    paths: &Paths,
    store: &ContainerStore,
    project: &Project,
    name: &str,
    replicas: u32,
    mut base: CreateOptions,
    options: &UpOptions,
    progress: &dyn Progress,
    pull: &dyn PullProgress,
) -> Result<Vec<ContainerRecord>> {
    let service = &project.model.services[name];
    let dry_run = progress.dry_run();
    // A dry run creates no container, so none needs another's namespaces.
    if !dry_run {
        resolve_shared(store, project, service, &mut base)?;
    }
    let hash = config_hash(service);
    // As docker compose's image digest label: a container whose image name
    // now points to another image (built or pulled again) is out of date.
    let stored_image = crate::image::ImageStore::open(paths).ok().and_then(|images| images.lookup(&base.image).ok()).map(|image| image.id);
    let existing = of_services(store, project, &[name.to_string()])?;
    let mut result = Vec::new();
    for number in 1..=replicas {
        let current = existing.iter().find(|c| number_of(c) == number);
        let outdated = current.is_some_and(|c| c.config.labels.get(LABEL_CONFIG_HASH) != Some(&hash) || stored_image.as_ref().is_some_and(|id| *id != c.image_id));
        let dependency = !options.services.is_empty() && !options.services.iter().any(|s| s == name);
        let recreate = if dependency && options.recreate_dependencies { Recreate::Always } else { options.recreate };
        let replace = match recreate {
            Recreate::Always => current.is_some(),
            Recreate::Changed => outdated,
            Recreate::Never => false,
        };
        let record = match current {
            Some(record) if !replace => {
                if options.start && record.status != ContainerStatus::Running {
                    progress.report("Container", &record.name, "Starting");
                    if !dry_run {
                        crate::container::lifecycle::start_under_monitor(paths, store, record)?;
                    }
                    progress.report("Container", &record.name, "Started");
                } else {
                    progress.report("Container", &record.name, "Running");
                }
                record.clone()
            }
            _ => {
                let mut replica = for_replica(project, name, service, &base, number, false);
                let container = replica.name.clone().unwrap_or_default();
                if let Some(old) = current {
                    progress.report("Container", &old.name, "Recreate");
                    if !dry_run {
                        crate::container::lifecycle::stop(store, old, options.timeout)?;
                        if !options.renew_anonymous_volumes {
                            take_over_anonymous_volumes(paths, old, &mut replica);
                        }
                        crate::container::lifecycle::remove_one(paths, store, &old.id, crate::container::lifecycle::WhenRunning::Kill, options.renew_anonymous_volumes)?;
                    }
                }
                progress.report("Container", &container, "Creating");
                // A dry run makes no container (and pulls no image for one).
                let record = match (dry_run, options.start) {
                    (true, _) => None,
                    (false, true) => Some(crate::container::run::create_to_start(paths, &replica, pull)?),
                    (false, false) => Some(engine_create::create(paths, &replica, pull)?),
                };
                progress.report("Container", &container, "Created");
                if options.start {
                    progress.report("Container", &container, "Starting");
                    if let Some(record) = &record {
                        crate::container::run::start_detached(paths, record)?;
                    }
                    progress.report("Container", &container, "Started");
                }
                match record {
                    Some(record) => record,
                    None => continue,
                }
            }
        };
        result.push(record);
    }
    // Scaled down: the highest numbers go.
    let extra: Vec<ContainerRecord> = existing.into_iter().filter(|c| number_of(c) > replicas).collect();
    if !extra.is_empty() {
        project_containers::stop(store, project, extra.clone(), options.timeout, progress)?;
        remove(paths, store, &extra, true, false, progress)?;
    }
    Ok(result)
}

/// How long `up` waits for a dependency's condition at most.
const DEPENDENCY_LIMIT: Duration = Duration::from_secs(300);

/// Wait until the services `name` depends on meet their conditions:
/// running, healthy, or exited with status 0.
fn wait_for_dependencies(store: &ContainerStore, project: &Project, name: &str, service: &Service, wanted: &BTreeSet<String>) -> Result<()> {
    for (dependency, how) in &service.depends_on {
        if !wanted.contains(dependency) && !how.required {
            continue;
        }
        let deadline = Instant::now() + DEPENDENCY_LIMIT;
        loop {
            let containers = of_services(store, project, &[dependency.clone()])?;
            let met = match how.condition {
                Condition::ServiceStarted => true,
                Condition::ServiceHealthy => {
                    let mut all = true;
                    for c in &containers {
                        if c.config.healthcheck.is_none() {
                            return Err(crate::err!("services.{name}.depends_on.{dependency}: service_healthy, but {dependency} has no healthcheck"));
                        }
                        match store.health(&c.id).map(|h| h.status) {
                            Some(status) if status == "healthy" => {}
                            Some(status) if status == "unhealthy" => {
                                return Err(crate::err!("dependency failed to start: container {} is unhealthy", c.name))
                            }
                            _ if c.status == ContainerStatus::Exited => {
                                return Err(crate::err!("dependency failed to start: container {} exited ({})", c.name, c.exit_code.unwrap_or(0)))
                            }
                            _ => all = false,
                        }
                    }
                    all
                }
                Condition::ServiceCompletedSuccessfully => {
                    let mut all = true;
                    for c in &containers {
                        match c.status {
                            ContainerStatus::Exited if c.exit_code == Some(0) => {}
                            ContainerStatus::Exited => {
                                return Err(crate::err!(
                                    "service {dependency} didn't complete successfully: exit {}",
                                    c.exit_code.unwrap_or(0)
                                ))
                            }
                            _ => all = false,
                        }
                    }
                    all
                }
            };
            if met {
                break;
            }
            if Instant::now() >= deadline {
                return Err(crate::err!("services.{name}: gave up after {}s waiting for {dependency} ({})", DEPENDENCY_LIMIT.as_secs(), condition_name(how.condition)));
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }
    Ok(())
}

/// `up --wait`: until every container is running (and healthy, if it has a
/// healthcheck), or `limit` passes.
pub fn wait_until_ready(store: &ContainerStore, containers: &[ContainerRecord], limit: Duration) -> Result<()> {
    let deadline = Instant::now() + limit;
    loop {
        let mut ready = true;
        for c in containers {
            let current = store.lookup(&c.id)?;
            let running = current.status == ContainerStatus::Running;
            let healthy = current.config.healthcheck.is_none() || store.health(&c.id).is_some_and(|h| h.status == "healthy");
            // A one-shot service that did its work is as ready as it gets.
            let completed = current.status == ContainerStatus::Exited && current.exit_code == Some(0);
            if current.status == ContainerStatus::Exited && !completed && current.config.restart == RestartPolicy::default() {
                return Err(crate::err!("container {} exited ({})", current.name, current.exit_code.unwrap_or(0)));
            }
            if store.health(&c.id).is_some_and(|h| h.status == "unhealthy") {
                return Err(crate::err!("container {} is unhealthy", current.name));
            }
            ready &= completed || (running && healthy);
        }
        if ready {
            return Ok(());
        }
        if Instant::now() >= deadline {
            return Err(crate::err!("timeout waiting for the containers to be ready after {}s", limit.as_secs()));
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum FileKind {
    Secret,
    Config,
}

impl FileKind {
    fn key(self) -> &'static str {
        match self {
            FileKind::Secret => "secrets",
            FileKind::Config => "configs",
        }
    }
}

/// One of a service's `secrets` or `configs`: a read-only file in the
/// container (a secret at /run/secrets/NAME, a config at /NAME, unless
/// `target` says where) with its uid, gid and mode, holding the file, the
/// variable or the inline text the top-level entry names. An external one
/// is the skiff secret of that name (`secret create`).
fn file_object(project: &Project, kind: FileKind, reference: &super::model::FileReference, path: &str, options: &mut CreateOptions) -> Result<()> {
    let source = &reference.source;
    let object = match kind {
        FileKind::Secret => project.model.secrets.get(source),
        FileKind::Config => project.model.configs.get(source),
    }
    .ok_or_else(|| crate::err!("{path}: {} {source:?} is not defined at the top level", kind.key()))?;
    let target = match reference.target.as_deref() {
        Some(t) if t.starts_with('/') => t.to_string(),
        Some(t) if kind == FileKind::Secret => format!("/run/secrets/{t}"),
        Some(t) => format!("/{t}"),
        None if kind == FileKind::Secret => format!("/run/secrets/{source}"),
        None => format!("/{source}"),
    };
    let id = |value: &Option<String>, key: &str| -> Result<u32> {
        value.as_deref().map_or(Ok(0), |v| v.parse().map_err(|_| crate::err!("{path}.{key}: {v:?} is not a number")))
    };
    let usage = crate::secret::SecretUse::Mount {
        target,
        uid: id(&reference.uid, "uid")?,
        gid: id(&reference.gid, "gid")?,
        mode: reference.mode.unwrap_or(0o444),
    };
    if object.external {
        let name = object.name.clone().unwrap_or_else(|| source.clone());
        options.secrets.push(crate::secret::SecretRequest { secret: name, usage });
        return Ok(());
    }
    let top = format!("{}.{source}", kind.key());
    let data = match (&object.file, &object.environment, &object.content) {
        (Some(file), None, None) => std::fs::read(file).map_err(|e| crate::err!("{top}.file: read {file}: {e}"))?,
        (None, Some(variable), None) => project
            .variables
            .get(variable)
            .ok_or_else(|| crate::err!("{top}.environment: variable {variable} is not set"))?
            .clone()
            .into_bytes(),
        (None, None, Some(content)) => content.clone().into_bytes(),
        _ => return Err(crate::err!("{top}: give exactly one of file, environment and content")),
    };
    options.given_secrets.push((crate::secret::SecretRequest { secret: format!("{}-{source}", kind.key()), usage }, data));
    Ok(())
}
