//! `kube play`'s first half: what a set of manifests asks skiff to make,
//! worked out before anything is made, so that a bad manifest fails with
//! nothing created. Pods (and each replica of a Deployment, a DaemonSet or
//! a Job as one pod) become skiff pods; their containers are named
//! `<pod>-<container>` as podman names them; ConfigMaps and Secrets feed
//! environment variables and files; claims are named volumes. Every field
//! skiff cannot honour is named in one warning, never dropped silently.

use super::manifest::Manifest;
use crate::container::health::{Healthcheck, OnFailure};
use crate::container::state::{InitContainerKind, RestartPolicy};
use crate::error::Result;
use crate::runtime::ports::PortMapping;
use k8s_openapi::api::core::v1::{ConfigMap, Container, PodSpec, Probe, Secret, Service};
use k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta;
use k8s_openapi::apimachinery::pkg::util::intstr::IntOrString;
use std::collections::BTreeMap;

/// Everything a manifest file makes.
#[derive(Debug, Default)]
pub struct Plan {
    pub pods: Vec<PodPlan>,
    /// Claims: named volumes (made if missing, kept by `kube down`).
    pub volumes: Vec<String>,
    /// One line for each thing skiff does not do, for the user to see.
    pub warnings: Vec<String>,
}

/// podman's pod annotation that makes `kube play`'s init containers run at
/// every `pod start` (always) rather than once.
pub const INIT_CONTAINER_TYPE_ANNOTATION: &str = "io.podman.annotations.init.container.type";

#[derive(Debug, Clone)]
pub struct PodPlan {
    pub name: String,
    pub labels: BTreeMap<String, String>,
    pub hostname: Option<String>,
    /// The network's setting (slirp4netns unless `--network` or hostNetwork).
    pub network: String,
    /// Container hostPorts and the Services' ports, on the host.
    pub ports: Vec<PortMapping>,
    /// `shareProcessNamespace`: the containers see each other's processes.
    pub share_process_namespace: bool,
    /// Run to completion, in order, before `containers` start.
    pub init_containers: Vec<ContainerPlan>,
    /// What kind of init containers they are: podman's annotation
    /// `INIT_CONTAINER_TYPE_ANNOTATION` on the pod, or once.
    pub init_container_kind: InitContainerKind,
    pub containers: Vec<ContainerPlan>,
    /// Directories the pod's files (ConfigMap and Secret volumes, emptyDirs)
    /// are written to, relative to the pod's kube directory.
    pub files: Vec<FileVolume>,
}

/// A directory made for the pod and bind-mounted into its containers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileVolume {
    /// The pod volume's name: the directory under the pod's kube directory.
    pub name: String,
    /// File name → content (empty for an emptyDir).
    pub files: BTreeMap<String, Vec<u8>>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MountSource {
    /// A named volume.
    Volume(String),
    /// A host path.
    Host(String),
    /// One of the pod's `FileVolume`s, by name.
    PodFiles(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MountPlan {
    pub source: MountSource,
    pub destination: String,
    pub read_only: bool,
    /// A single file of the volume (subPath).
    pub sub_path: Option<String>,
}

#[derive(Debug, Clone, Default)]
pub struct ContainerPlan {
    /// `<pod>-<container>`.
    pub name: String,
    pub image: String,
    /// Kubernetes' command (the image's entrypoint when None).
    pub entrypoint: Option<Vec<String>>,
    /// Kubernetes' args (the image's cmd when None and no command is given).
    pub cmd: Option<Vec<String>>,
    pub env: Vec<String>,
    pub workdir: Option<String>,
    pub user: Option<String>,
    pub cap_add: Vec<String>,
    pub cap_drop: Vec<String>,
    pub privileged: bool,
    pub read_only: bool,
    pub mounts: Vec<MountPlan>,
    pub restart: RestartPolicy,
    pub healthcheck: Option<Healthcheck>,
    /// Restart for a livenessProbe (kill under restartPolicy Never, as the
    /// kubelet kills and leaves it); none for a readinessProbe.
    pub health_on_failure: OnFailure,
    pub tty: bool,
    pub interactive: bool,
    /// `seccomp=unconfined` or `seccomp=PATH` from the pod's seccomp
    /// annotations or securityContext (none: skiff's default profile).
    pub security_opt: Vec<String>,
}

/// How `kube play` was asked to run the file.
#[derive(Debug, Clone, Default)]
pub struct PlayOptions {
    /// `--network`: overrides the pods' network.
    pub network: Option<String>,
    /// ConfigMaps from `--configmap` files, beside the file's own.
    pub extra_config_maps: Vec<ConfigMap>,
    /// `--seccomp-profile-root`: where `localhost/NAME` profiles are
    /// (None: the kubelet's, [`DEFAULT_SECCOMP_PROFILE_ROOT`]).
    pub seccomp_profile_root: Option<std::path::PathBuf>,
}

/// Where the kubelet, and podman's `kube play`, find `localhost/` profiles.
pub const DEFAULT_SECCOMP_PROFILE_ROOT: &str = "/var/lib/kubelet/seccomp";
/// The pod-wide seccomp annotation, and the prefix of a container's.
const SECCOMP_POD_ANNOTATION: &str = "seccomp.security.alpha.kubernetes.io/pod";
const SECCOMP_CONTAINER_ANNOTATION_PREFIX: &str = "container.seccomp.security.alpha.kubernetes.io/";

/// A pod's seccomp profiles: from the annotations podman 4.3.1 reads and
/// the securityContext.seccompProfile fields Kubernetes has since 1.19
/// (a field wins over an annotation, a container's over the pod's, as the
/// kubelet has it). Each is `seccomp=unconfined` or `seccomp=PATH`, or
/// None for the default profile.
struct SeccompProfiles {
    root: std::path::PathBuf,
    pod: Option<String>,
    containers: BTreeMap<String, Option<String>>,
}

impl SeccompProfiles {
    fn of_pod(metadata: &ObjectMeta, spec: &PodSpec, options: &PlayOptions, what: &str) -> Result<SeccompProfiles> {
        let root = options.seccomp_profile_root.clone().unwrap_or_else(|| DEFAULT_SECCOMP_PROFILE_ROOT.into());
        let mut profiles = SeccompProfiles { root, pod: None, containers: BTreeMap::new() };
        for (key, value) in metadata.annotations.iter().flatten() {
            if key == SECCOMP_POD_ANNOTATION {
                profiles.pod = profiles.annotated(value, what)?;
            } else if let Some(container) = key.strip_prefix(SECCOMP_CONTAINER_ANNOTATION_PREFIX) {
                if container.is_empty() || container.contains('/') {
                    return Err(crate::err!("{what}: invalid seccomp path: {key}"));
                }
                let profile = profiles.annotated(value, what)?;
                profiles.containers.insert(container.to_string(), profile);
            }
        }
        if let Some(field) = spec.security_context.as_ref().and_then(|s| s.seccomp_profile.as_ref()) {
            profiles.pod = profiles.field(field, &format!("{what}: spec.securityContext.seccompProfile"))?;
        }
        Ok(profiles)
    }

    /// A container's: its own field, else its annotation, else the pod's.
    fn for_container(&self, container: &Container, what: &str) -> Result<Vec<String>> {
        let field = container.security_context.as_ref().and_then(|s| s.seccomp_profile.as_ref());
        let profile = match field {
            Some(field) => self.field(field, &format!("{what}.securityContext.seccompProfile"))?,
            None => self.containers.get(&container.name).cloned().unwrap_or_else(|| self.pod.clone()),
        };
        Ok(profile.into_iter().collect())
    }

    /// An annotation's value, as podman's verifySeccompPath reads it.
    fn annotated(&self, value: &str, what: &str) -> Result<Option<String>> {
        match value {
            "runtime/default" | "docker/default" => Ok(None),
            "unconfined" => Ok(Some("seccomp=unconfined".into())),
            _ => match value.split_once('/') {
                Some(("localhost", name)) if !name.is_empty() => Ok(Some(self.localhost(name))),
                _ => Err(crate::err!("{what}: invalid seccomp path: {value}")),
            },
        }
    }

    fn field(&self, field: &k8s_openapi::api::core::v1::SeccompProfile, what: &str) -> Result<Option<String>> {
        match field.type_.as_str() {
            "RuntimeDefault" => Ok(None),
            "Unconfined" => Ok(Some("seccomp=unconfined".into())),
            "Localhost" => match field.localhost_profile.as_deref().filter(|p| !p.is_empty()) {
                Some(name) => Ok(Some(self.localhost(name))),
                None => Err(crate::err!("{what}: type Localhost needs localhostProfile")),
            },
            other => Err(crate::err!("{what}: type {other:?} is not RuntimeDefault, Unconfined or Localhost")),
        }
    }

    fn localhost(&self, name: &str) -> String {
        format!("seccomp={}", self.root.join(name).display())
    }
}

/// The names of the pods a file makes: what `kube down` removes.
pub fn pod_names(documents: &[Manifest]) -> Vec<String> {
    let mut names = Vec::new();
    for document in documents {
        if let Some((base, replicas, _, _)) = workload(document) {
            names.extend(replica_names(&base, replicas));
        }
    }
    names
}

/// A workload's pod name, replicas, pod metadata and spec.
fn workload(document: &Manifest) -> Option<(String, i32, ObjectMeta, PodSpec)> {
    let name = document.name().to_string();
    match document {
        Manifest::Pod(pod) => Some((name, 1, pod.metadata.clone(), pod.spec.clone().unwrap_or_default())),
        Manifest::Deployment(d) => {
            let spec = d.spec.clone().unwrap_or_default();
            Some((format!("{name}-pod"), spec.replicas.unwrap_or(1), spec.template.metadata.unwrap_or_default(), spec.template.spec.unwrap_or_default()))
        }
        Manifest::DaemonSet(d) => {
            let spec = d.spec.clone().unwrap_or_default();
            Some((format!("{name}-pod"), 1, spec.template.metadata.unwrap_or_default(), spec.template.spec.unwrap_or_default()))
        }
        Manifest::Job(j) => {
            let spec = j.spec.clone().unwrap_or_default();
            Some((format!("{name}-pod"), 1, spec.template.metadata.unwrap_or_default(), spec.template.spec.unwrap_or_default()))
        }
        _ => None,
    }
}

/// The most pods one workload may ask for: each is a pod with its own
/// containers on this one host, and a manifest asking for millions would
/// otherwise have its plan fill the memory before anything failed.
pub const MAX_REPLICAS: i32 = 1000;

/// One replica keeps podman's name; more are numbered.
fn replica_names(base: &str, replicas: i32) -> Vec<String> {
    if replicas <= 1 {
        vec![base.to_string()]
    } else {
        // No more can exist than `plan` allows (`kube down` names them all).
        (0..replicas.min(MAX_REPLICAS)).map(|i| format!("{base}-{i}")).collect()
    }
}

/// Work out everything the documents ask for; fails on the first thing
/// that cannot be made (a missing ConfigMap key, a volume nobody defines).
pub fn plan(documents: &[Manifest], options: &PlayOptions) -> Result<Plan> {
    let mut plan = Plan::default();
    let mut config_maps: BTreeMap<String, BTreeMap<String, Vec<u8>>> = BTreeMap::new();
    let mut secrets: BTreeMap<String, BTreeMap<String, Vec<u8>>> = BTreeMap::new();
    let mut services: Vec<&Service> = Vec::new();
    for map in documents.iter().filter_map(|d| if let Manifest::ConfigMap(m) = d { Some(m) } else { None }).chain(&options.extra_config_maps) {
        config_maps.insert(map.metadata.name.clone().unwrap_or_default(), config_map_data(map));
    }
    for document in documents {
        match document {
            Manifest::Secret(secret) => {
                secrets.insert(secret.metadata.name.clone().unwrap_or_default(), secret_data(secret));
            }
            Manifest::Service(service) => services.push(service),
            Manifest::PersistentVolumeClaim(claim) => plan.volumes.push(claim.metadata.name.clone().unwrap_or_default()),
            _ => {}
        }
    }
    let sources = Sources { config_maps: &config_maps, secrets: &secrets };
    for document in documents {
        let Some((base, replicas, metadata, spec)) = workload(document) else { continue };
        if let Manifest::Deployment(_) | Manifest::DaemonSet(_) | Manifest::Job(_) = document {
            if matches!(document, Manifest::DaemonSet(_)) {
                plan.warnings.push(format!("DaemonSet {}: runs as one pod on this host", document.name()));
            }
        }
        let what = format!("{} {}", document.kind(), document.name());
        if replicas > MAX_REPLICAS {
            return Err(crate::err!("{what}: {replicas} replicas: skiff runs at most {MAX_REPLICAS} replicas of a workload on one host"));
        }
        let pod = pod_plan(&base, &metadata, &spec, options, &sources, &mut plan.warnings, &what)?;
        let labels = pod.labels.clone();
        let names = replica_names(&base, replicas);
        for (index, name) in names.iter().enumerate() {
            let mut replica = pod.clone();
            replica.name = name.clone();
            for c in replica.init_containers.iter_mut().chain(replica.containers.iter_mut()) {
                c.name = format!("{name}-{}", c.name.strip_prefix(&format!("{base}-")).unwrap_or(&c.name));
            }
            if index == 0 {
                add_service_ports(&mut replica, &labels, &services, &spec, &mut plan.warnings);
            } else if !replica.ports.is_empty() {
                plan.warnings.push(format!("{what}: replica {name} publishes no host ports: the first replica has them"));
                replica.ports.clear();
            }
            plan.pods.push(replica);
        }
    }
    for service in &services {
        let selector = service.spec.as_ref().and_then(|s| s.selector.clone()).unwrap_or_default();
        if !plan.pods.iter().any(|p| !selector.is_empty() && selector.iter().all(|(k, v)| p.labels.get(k) == Some(v))) {
            plan.warnings.push(format!("Service {}: selects no pod of this file, nothing published", service.metadata.name.as_deref().unwrap_or("")));
        }
    }
    Ok(plan)
}

struct Sources<'a> {
    config_maps: &'a BTreeMap<String, BTreeMap<String, Vec<u8>>>,
    secrets: &'a BTreeMap<String, BTreeMap<String, Vec<u8>>>,
}

fn config_map_data(map: &ConfigMap) -> BTreeMap<String, Vec<u8>> {
    let mut data: BTreeMap<String, Vec<u8>> = map.data.clone().unwrap_or_default().into_iter().map(|(k, v)| (k, v.into_bytes())).collect();
    data.extend(map.binary_data.clone().unwrap_or_default().into_iter().map(|(k, v)| (k, v.0)));
    data
}

fn secret_data(secret: &Secret) -> BTreeMap<String, Vec<u8>> {
    let mut data: BTreeMap<String, Vec<u8>> = secret.data.clone().unwrap_or_default().into_iter().map(|(k, v)| (k, v.0)).collect();
    data.extend(secret.string_data.clone().unwrap_or_default().into_iter().map(|(k, v)| (k, v.into_bytes())));
    data
}

/// A Service's ports on the host's loopback, for the pod it selects: the
/// node port when it has one, else its port, forwarded to the target port.
fn add_service_ports(pod: &mut PodPlan, labels: &BTreeMap<String, String>, services: &[&Service], spec: &PodSpec, warnings: &mut Vec<String>) {
    for service in services {
        let Some(service_spec) = &service.spec else { continue };
        let selector = service_spec.selector.clone().unwrap_or_default();
        if selector.is_empty() || !selector.iter().all(|(k, v)| labels.get(k) == Some(v)) {
            continue;
        }
        for port in service_spec.ports.iter().flatten() {
            let target = match &port.target_port {
                None => Some(port.port),
                Some(IntOrString::Int(n)) => Some(*n),
                Some(IntOrString::String(name)) => spec
                    .containers
                    .iter()
                    .flat_map(|c| c.ports.iter().flatten())
                    .find(|p| p.name.as_deref() == Some(name.as_str()))
                    .map(|p| p.container_port),
            };
            let service_name = service.metadata.name.as_deref().unwrap_or("");
            let Some(target) = target.and_then(|t| u16::try_from(t).ok()) else {
                warnings.push(format!("Service {service_name}: no container port named {:?}, not published", port.target_port));
                continue;
            };
            let protocol = port.protocol.as_deref().unwrap_or("TCP").to_lowercase();
            // A container's hostPort already publishes it.
            if pod.ports.iter().any(|p| p.container_port == target && p.protocol == protocol) {
                continue;
            }
            let host_port = port.node_port.unwrap_or(port.port);
            pod.ports.push(PortMapping {
                host_ip: "127.0.0.1".to_string(),
                host_port: u16::try_from(host_port).unwrap_or(0),
                container_port: target,
                protocol,
            });
        }
    }
}

fn pod_plan(
    name: &str,
    metadata: &ObjectMeta,
    spec: &PodSpec,
    options: &PlayOptions,
    sources: &Sources,
    warnings: &mut Vec<String>,
    what: &str,
) -> Result<PodPlan> {
    if !crate::storage::names::valid_name(name) {
        return Err(crate::err!("{what}: {name:?} is not a valid pod name"));
    }
    let init_container_kind = match metadata.annotations.as_ref().and_then(|a| a.get(INIT_CONTAINER_TYPE_ANNOTATION)) {
        None => InitContainerKind::Once,
        Some(kind) => InitContainerKind::parse(kind)
            .map_err(|_| crate::err!("{what}: annotation {INIT_CONTAINER_TYPE_ANNOTATION}: {kind:?} is not always or once"))?,
    };
    let mut pod = PodPlan {
        name: name.to_string(),
        labels: metadata.labels.clone().unwrap_or_default(),
        hostname: spec.hostname.clone(),
        network: options.network.clone().unwrap_or_else(|| {
            if spec.host_network == Some(true) { "host" } else { crate::pod::DEFAULT_NETWORK }.to_string()
        }),
        ports: Vec::new(),
        share_process_namespace: spec.share_process_namespace == Some(true),
        init_containers: Vec::new(),
        init_container_kind,
        containers: Vec::new(),
        files: Vec::new(),
    };
    let mut unsupported = Vec::new();
    let ignored_spec = [
        ("affinity", spec.affinity.is_some()),
        ("dnsConfig", spec.dns_config.is_some()),
        ("hostAliases", spec.host_aliases.is_some()),
        ("hostIPC", spec.host_ipc == Some(true)),
        ("hostPID", spec.host_pid == Some(true)),
        ("imagePullSecrets", spec.image_pull_secrets.is_some()),
        ("nodeSelector", spec.node_selector.is_some()),
        // Only its seccompProfile is taken.
        (
            "securityContext",
            spec.security_context.as_ref().is_some_and(|s| {
                k8s_openapi::api::core::v1::PodSecurityContext { seccomp_profile: None, ..s.clone() } != Default::default()
            }),
        ),
        ("tolerations", spec.tolerations.is_some()),
        ("serviceAccountName", spec.service_account_name.is_some()),
    ];
    unsupported.extend(ignored_spec.iter().filter(|(_, set)| *set).map(|(field, _)| format!("spec.{field}")));

    // Volumes: what each pod volume name mounts.
    let mut volume_sources: BTreeMap<String, MountSource> = BTreeMap::new();
    for volume in spec.volumes.iter().flatten() {
        let source = if let Some(claim) = &volume.persistent_volume_claim {
            MountSource::Volume(claim.claim_name.clone())
        } else if let Some(host) = &volume.host_path {
            MountSource::Host(host.path.clone())
        } else if volume.empty_dir.is_some() {
            pod.files.push(FileVolume { name: volume.name.clone(), files: BTreeMap::new() });
            MountSource::PodFiles(volume.name.clone())
        } else if let Some(map) = &volume.config_map {
            let data = sources.config_maps.get(&map.name).cloned();
            let Some(data) = data.or_else(|| map.optional.filter(|o| *o).map(|_| BTreeMap::new())) else {
                return Err(crate::err!("{what}: volume {}: no ConfigMap {:?} in the file or --configmap", volume.name, map.name));
            };
            pod.files.push(FileVolume { name: volume.name.clone(), files: select_items(data, map.items.as_deref()) });
            MountSource::PodFiles(volume.name.clone())
        } else if let Some(secret) = &volume.secret {
            let secret_name = secret.secret_name.clone().unwrap_or_default();
            let data = sources.secrets.get(&secret_name).cloned();
            let Some(data) = data.or_else(|| secret.optional.filter(|o| *o).map(|_| BTreeMap::new())) else {
                return Err(crate::err!("{what}: volume {}: no Secret {secret_name:?} in the file", volume.name));
            };
            pod.files.push(FileVolume { name: volume.name.clone(), files: select_items(data, secret.items.as_deref()) });
            MountSource::PodFiles(volume.name.clone())
        } else {
            warnings.push(format!("{what}: volume {}: only persistentVolumeClaim, hostPath, emptyDir, configMap and secret volumes are supported, not mounted", volume.name));
            continue;
        };
        volume_sources.insert(volume.name.clone(), source);
    }

    let restart = match spec.restart_policy.as_deref() {
        None | Some("Always") => RestartPolicy::Always,
        Some("OnFailure") => RestartPolicy::OnFailure { max: 0 },
        Some("Never") => RestartPolicy::No,
        Some(other) => return Err(crate::err!("{what}: spec.restartPolicy: {other:?} is not Always, OnFailure or Never")),
    };
    let seccomp = SeccompProfiles::of_pod(metadata, spec, options, what)?;
    for (index, container) in spec.init_containers.iter().flatten().enumerate() {
        let container_what = format!("{what}: spec.initContainers[{index}]");
        let mut planned = container_plan(name, container, sources, &volume_sources, warnings, &container_what, &mut pod.ports)?;
        planned.security_opt = seccomp.for_container(container, &container_what)?;
        planned.restart = RestartPolicy::No;
        planned.health_on_failure = OnFailure::None;
        pod.init_containers.push(planned);
    }
    for (index, container) in spec.containers.iter().enumerate() {
        let container_what = format!("{what}: spec.containers[{index}]");
        let mut planned = container_plan(name, container, sources, &volume_sources, warnings, &container_what, &mut pod.ports)?;
        planned.security_opt = seccomp.for_container(container, &container_what)?;
        planned.restart = restart;
        if planned.health_on_failure == OnFailure::Restart && restart == RestartPolicy::No {
            planned.health_on_failure = OnFailure::Kill;
        }
        pod.containers.push(planned);
    }
    if pod.containers.is_empty() {
        return Err(crate::err!("{what}: spec.containers: a pod needs at least one container"));
    }
    for field in unsupported {
        warnings.push(format!("{what}: {field} is not supported by skiff, ignored"));
    }
    Ok(pod)
}

/// A ConfigMap's or Secret's entries, or only the listed ones, under their paths.
fn select_items(data: BTreeMap<String, Vec<u8>>, items: Option<&[k8s_openapi::api::core::v1::KeyToPath]>) -> BTreeMap<String, Vec<u8>> {
    match items {
        None => data,
        Some(items) => items.iter().filter_map(|item| data.get(&item.key).map(|v| (item.path.clone(), v.clone()))).collect(),
    }
}

fn container_plan(
    pod: &str,
    container: &Container,
    sources: &Sources,
    volumes: &BTreeMap<String, MountSource>,
    warnings: &mut Vec<String>,
    what: &str,
    ports: &mut Vec<PortMapping>,
) -> Result<ContainerPlan> {
    let Some(image) = container.image.clone().filter(|i| !i.is_empty()) else {
        return Err(crate::err!("{what}.image: a container needs an image"));
    };
    let mut env = Vec::new();
    for from in container.env_from.iter().flatten() {
        let prefix = from.prefix.clone().unwrap_or_default();
        let (data, optional, kind, source_name) = if let Some(map) = &from.config_map_ref {
            (sources.config_maps.get(&map.name), map.optional, "ConfigMap", map.name.clone())
        } else if let Some(secret) = &from.secret_ref {
            (sources.secrets.get(&secret.name), secret.optional, "Secret", secret.name.clone())
        } else {
            continue;
        };
        match data {
            Some(data) => env.extend(data.iter().map(|(k, v)| format!("{prefix}{k}={}", String::from_utf8_lossy(v)))),
            None if optional == Some(true) => {}
            None => return Err(crate::err!("{what}.envFrom: no {kind} {source_name:?} in the file")),
        }
    }
    for (index, var) in container.env.iter().flatten().enumerate() {
        let value = match (&var.value, &var.value_from) {
            (_, Some(from)) => {
                let (data, key, optional, kind, source_name) = if let Some(key) = &from.config_map_key_ref {
                    (sources.config_maps.get(&key.name), &key.key, key.optional, "ConfigMap", key.name.clone())
                } else if let Some(key) = &from.secret_key_ref {
                    (sources.secrets.get(&key.name), &key.key, key.optional, "Secret", key.name.clone())
                } else {
                    warnings.push(format!("{what}.env[{index}] ({}): only configMapKeyRef and secretKeyRef are supported, not set", var.name));
                    continue;
                };
                match data.and_then(|d| d.get(key)) {
                    Some(value) => String::from_utf8_lossy(value).into_owned(),
                    None if optional == Some(true) => continue,
                    None => return Err(crate::err!("{what}.env[{index}] ({}): {kind} {source_name:?} has no key {key:?}", var.name)),
                }
            }
            (Some(value), None) => value.clone(),
            (None, None) => String::new(),
        };
        env.push(format!("{}={value}", var.name));
    }

    let mut mounts = Vec::new();
    for (index, mount) in container.volume_mounts.iter().flatten().enumerate() {
        let Some(source) = volumes.get(&mount.name) else {
            return Err(crate::err!("{what}.volumeMounts[{index}]: no volume {:?} in the pod's spec.volumes", mount.name));
        };
        mounts.push(MountPlan {
            source: source.clone(),
            destination: mount.mount_path.clone(),
            read_only: mount.read_only == Some(true),
            sub_path: mount.sub_path.clone().filter(|s| !s.is_empty()),
        });
    }

    for (index, port) in container.ports.iter().flatten().enumerate() {
        let Some(host_port) = port.host_port else { continue };
        let (Ok(host_port), Ok(container_port)) = (u16::try_from(host_port), u16::try_from(port.container_port)) else {
            return Err(crate::err!("{what}.ports[{index}]: ports are 1 to 65535"));
        };
        ports.push(PortMapping {
            host_ip: port.host_ip.clone().unwrap_or_default(),
            host_port,
            container_port,
            protocol: port.protocol.as_deref().unwrap_or("TCP").to_lowercase(),
        });
    }

    let security = container.security_context.clone().unwrap_or_default();
    let capabilities = security.capabilities.clone().unwrap_or_default();
    let user = match (security.run_as_user, security.run_as_group) {
        (Some(u), Some(g)) => Some(format!("{u}:{g}")),
        (Some(u), None) => Some(u.to_string()),
        (None, Some(g)) => {
            warnings.push(format!("{what}.securityContext.runAsGroup needs runAsUser in skiff, ignored ({g})"));
            None
        }
        (None, None) => None,
    };

    let mut unsupported = Vec::new();
    if container.resources.as_ref().is_some_and(|r| r.limits.is_some() || r.requests.is_some()) {
        unsupported.push("resources (skiff has no cgroups here)");
    }
    if container.lifecycle.is_some() {
        unsupported.push("lifecycle");
    }
    if security.se_linux_options.is_some() || security.app_armor_profile.is_some() {
        unsupported.push("securityContext profiles (seLinuxOptions, appArmorProfile)");
    }
    for field in unsupported {
        warnings.push(format!("{what}.{field} is not supported by skiff, ignored"));
    }

    // One healthcheck per container: the livenessProbe restarts the
    // container when it fails, as podman does; a readinessProbe alone only
    // reports the health.
    let (mut healthcheck, health_on_failure) = match (&container.liveness_probe, &container.readiness_probe) {
        (Some(live), ready) => {
            if ready.is_some() {
                warnings.push(format!("{what}: readinessProbe: skiff checks one probe per container, the livenessProbe"));
            }
            (Some(healthcheck_of(live, what, "livenessProbe")?), OnFailure::Restart)
        }
        (None, Some(ready)) => (Some(healthcheck_of(ready, what, "readinessProbe")?), OnFailure::None),
        (None, None) => (None, OnFailure::None),
    };
    // A startupProbe gives the container the time Kubernetes does
    // (initialDelaySeconds + periodSeconds x failureThreshold) before the
    // other probe's failures count, checking every periodSeconds meanwhile.
    if let Some(startup) = &container.startup_probe {
        match healthcheck.as_mut() {
            Some(check) => {
                let startup_check = healthcheck_of(startup, what, "startupProbe")?;
                check.start_period = startup_check.start_period + startup_check.interval * u64::from(startup_check.retries);
                check.start_interval = startup_check.interval;
            }
            None => warnings.push(format!("{what}.startupProbe without a livenessProbe or readinessProbe is not checked by skiff, ignored")),
        }
    }

    Ok(ContainerPlan {
        name: format!("{pod}-{}", container.name),
        image,
        entrypoint: container.command.clone(),
        cmd: container.args.clone(),
        env,
        workdir: container.working_dir.clone(),
        user,
        cap_add: capabilities.add.unwrap_or_default(),
        cap_drop: capabilities.drop.unwrap_or_default(),
        privileged: security.privileged == Some(true),
        read_only: security.read_only_root_filesystem == Some(true),
        mounts,
        restart: RestartPolicy::No,
        healthcheck,
        health_on_failure,
        tty: container.tty == Some(true),
        interactive: container.stdin == Some(true),
        security_opt: Vec::new(),
    })
}

/// A probe as a healthcheck: exec runs its command; httpGet and tcpSocket
/// run busybox's wget and nc in the container (the image needs them).
fn healthcheck_of(probe: &Probe, what: &str, field: &str) -> Result<Healthcheck> {
    const SECOND: u64 = 1_000_000_000;
    let seconds = |v: Option<i32>, default: u64| v.and_then(|s| u64::try_from(s).ok()).unwrap_or(default) * SECOND;
    let test = if let Some(exec) = &probe.exec {
        let command = exec.command.clone().unwrap_or_default();
        if command.is_empty() {
            return Err(crate::err!("{what}.{field}.exec.command: empty"));
        }
        std::iter::once("CMD".to_string()).chain(command).collect()
    } else if let Some(http) = &probe.http_get {
        let port = port_number(&http.port).ok_or_else(|| crate::err!("{what}.{field}.httpGet.port: a named port is not supported"))?;
        let path = http.path.clone().unwrap_or_else(|| "/".into());
        let host = http.host.clone().unwrap_or_else(|| "127.0.0.1".into());
        vec!["CMD-SHELL".to_string(), format!("wget -q -O /dev/null http://{host}:{port}{path}")]
    } else if let Some(tcp) = &probe.tcp_socket {
        let port = port_number(&tcp.port).ok_or_else(|| crate::err!("{what}.{field}.tcpSocket.port: a named port is not supported"))?;
        let host = tcp.host.clone().unwrap_or_else(|| "127.0.0.1".into());
        vec!["CMD-SHELL".to_string(), format!("nc -z {host} {port}")]
    } else {
        return Err(crate::err!("{what}.{field}: only exec, httpGet and tcpSocket probes are supported"));
    };
    Ok(Healthcheck {
        test,
        interval: seconds(probe.period_seconds, 10),
        timeout: seconds(probe.timeout_seconds, 1),
        start_period: seconds(probe.initial_delay_seconds, 0),
        retries: probe.failure_threshold.and_then(|f| u32::try_from(f).ok()).unwrap_or(3),
        start_interval: 0,
    })
}

fn port_number(port: &IntOrString) -> Option<i32> {
    match port {
        IntOrString::Int(n) => Some(*n),
        IntOrString::String(s) => s.parse().ok(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MANIFEST: &str = r#"
apiVersion: v1
kind: ConfigMap
metadata: {name: settings}
data: {MODE: fast, app.conf: "color=blue\n"}
---
apiVersion: v1
kind: Secret
metadata: {name: creds}
stringData: {TOKEN: s3cret}
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata: {name: store}
spec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 1Gi}}}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  replicas: 2
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      initContainers:
      - {name: prep, image: bb, command: [sh, -c, "echo ready > /work/state"], volumeMounts: [{name: work, mountPath: /work}]}
      containers:
      - name: server
        image: bb
        command: [httpd, -f, -p, "8080"]
        envFrom: [{configMapRef: {name: settings}}]
        env: [{name: TOKEN, valueFrom: {secretKeyRef: {name: creds, key: TOKEN}}}]
        volumeMounts:
        - {name: conf, mountPath: /etc/app}
        - {name: data, mountPath: /data}
        livenessProbe: {httpGet: {path: /, port: 8080}, periodSeconds: 2}
        readinessProbe: {tcpSocket: {port: 8080}}
        startupProbe: {exec: {command: ["true"]}, initialDelaySeconds: 1, periodSeconds: 2, failureThreshold: 5}
        resources: {limits: {memory: 64Mi}}
      volumes:
      - {name: conf, configMap: {name: settings, items: [{key: app.conf, path: app.conf}]}}
      - {name: data, persistentVolumeClaim: {claimName: store}}
      - {name: work, emptyDir: {}}
---
apiVersion: v1
kind: Service
metadata: {name: web}
spec: {selector: {app: web}, ports: [{port: 8080, nodePort: 30080, targetPort: 8080}], type: NodePort}
"#;

    #[test]
    fn a_deployment_becomes_its_replicas_with_their_config() {
        let parsed = super::super::manifest::parse(MANIFEST, "test.yaml").unwrap();
        let plan = plan(&parsed.documents, &PlayOptions::default()).unwrap();
        assert_eq!(plan.volumes, ["store"]);
        let names: Vec<&str> = plan.pods.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["web-pod-0", "web-pod-1"]);
        let first = &plan.pods[0];
        assert_eq!(first.init_containers[0].name, "web-pod-0-prep");
        let server = &first.containers[0];
        assert_eq!(server.name, "web-pod-0-server");
        assert!(server.env.contains(&"MODE=fast".to_string()) && server.env.contains(&"TOKEN=s3cret".to_string()), "{:?}", server.env);
        assert_eq!(server.restart, RestartPolicy::Always);
        assert_eq!(first.ports.len(), 1, "the Service's node port on the first replica");
        assert_eq!((first.ports[0].host_ip.as_str(), first.ports[0].host_port, first.ports[0].container_port), ("127.0.0.1", 30080, 8080));
        assert!(plan.pods[1].ports.is_empty());
        let conf = first.files.iter().find(|f| f.name == "conf").unwrap();
        assert_eq!(conf.files.get("app.conf").map(Vec::as_slice), Some(&b"color=blue\n"[..]));
        assert_eq!(server.mounts[1].source, MountSource::Volume("store".into()));
        let check = server.healthcheck.as_ref().unwrap();
        assert_eq!(check.test, ["CMD-SHELL", "wget -q -O /dev/null http://127.0.0.1:8080/"]);
        assert_eq!(server.health_on_failure, OnFailure::Restart, "a failing livenessProbe restarts the container");
        assert_eq!((check.start_period, check.start_interval), (11 * 1_000_000_000, 2 * 1_000_000_000), "the startupProbe's time: 1s + 5 x 2s, checked every 2s");
        assert!(plan.warnings.iter().any(|w| w.contains("resources")), "{:?}", plan.warnings);
        assert!(plan.warnings.iter().any(|w| w.contains("readinessProbe")), "{:?}", plan.warnings);
    }

    #[test]
    fn too_many_replicas_are_refused_before_the_plan_is_made() {
        let text = "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec:\n  replicas: 2147483647\n  template:\n    spec:\n      containers: [{name: a, image: bb}]\n";
        let parsed = super::super::manifest::parse(text, "t.yaml").unwrap();
        let e = plan(&parsed.documents, &PlayOptions::default()).unwrap_err();
        assert!(e.message.contains("2147483647 replicas") && e.message.contains("at most 1000"), "{}", e.message);
    }

    #[test]
    fn a_missing_config_map_fails_before_anything_is_made() {
        let text = "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: a\n    image: bb\n    envFrom: [{configMapRef: {name: absent}}]\n";
        let parsed = super::super::manifest::parse(text, "t.yaml").unwrap();
        let e = plan(&parsed.documents, &PlayOptions::default()).unwrap_err();
        assert!(e.message.contains("absent"), "{}", e.message);
    }
}
