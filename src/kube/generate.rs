//! `kube generate`: Kubernetes objects from what skiff has made. Containers
//! named together become one Pod (as podman does: named after the first,
//! with "-pod" when that clashes with a container's name), each pod its own;
//! `--type deployment` wraps each pod in a Deployment, `--service` adds a
//! Service for the published ports, and every named volume gets its
//! PersistentVolumeClaim so that the output applies to a cluster as it is.

use super::manifest::Manifest;
use crate::container::health::Healthcheck;
use crate::container::mounts::MountKind;
use crate::container::state::RestartPolicy;
use crate::container::{ContainerRecord, ContainerStore};
use crate::error::{Error, Result};
use crate::image::ImageStore;
use crate::paths::Paths;
use crate::pod::{PodRecord, PodStore};
use crate::runtime::ports::PortMapping;
use crate::runtime::spec::NetworkMode;
use k8s_openapi::api::apps::v1::{Deployment, DeploymentSpec};
use k8s_openapi::api::core::v1::{
    Capabilities, Container, ContainerPort, EmptyDirVolumeSource, EnvVar, ExecAction, HostPathVolumeSource,
    PersistentVolumeClaim, PersistentVolumeClaimSpec, PersistentVolumeClaimVolumeSource, Pod, PodSpec, PodTemplateSpec,
    Probe, SecurityContext, Service, ServicePort, ServiceSpec, Volume, VolumeMount, VolumeResourceRequirements,
};
use k8s_openapi::apimachinery::pkg::api::resource::Quantity;
use k8s_openapi::apimachinery::pkg::apis::meta::v1::{LabelSelector, ObjectMeta, Time};
use k8s_openapi::apimachinery::pkg::util::intstr::IntOrString;
use std::collections::BTreeMap;

/// What each pod becomes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Workload {
    #[default]
    Pod,
    Deployment,
}

#[derive(Debug, Clone, Default)]
pub struct GenerateOptions {
    pub workload: Workload,
    /// Add a Service for the published ports.
    pub service: bool,
    /// Replicas of a Deployment (1 when None).
    pub replicas: Option<i32>,
}

/// The label that ties a pod to its Deployment and Service, as podman names it.
pub const APP_LABEL: &str = "app";
/// The size asked for in a generated PersistentVolumeClaim: skiff's volumes
/// have none, and a cluster needs one.
const CLAIM_SIZE: &str = "1Gi";
/// Kubernetes' range of node ports.
const NODE_PORTS: std::ops::RangeInclusive<u16> = 30000..=32767;

/// The objects for `targets` (container or pod names or ids), in the order
/// a cluster applies them: claims, then services, then the workloads.
pub fn generate(paths: &Paths, targets: &[String], options: &GenerateOptions) -> Result<Vec<Manifest>> {
    if targets.is_empty() {
        return Err(crate::err!("kube generate needs at least one container or pod"));
    }
    let containers = ContainerStore::open(paths);
    let pods = PodStore::open(paths);
    let images = ImageStore::open(paths)?;
    let mut loose: Vec<ContainerRecord> = Vec::new();
    let mut groups: Vec<Group> = Vec::new();
    for target in targets {
        if let Ok(container) = containers.lookup(target) {
            loose.push(container);
        } else if let Ok(pod) = pods.lookup(target) {
            let mut members = pods.containers_of(&containers, &pod.id)?;
            members.reverse(); // oldest first: the order they were added
            if members.is_empty() {
                return Err(crate::err!("pod {} has no containers to generate Kubernetes YAML from", pod.name));
            }
            groups.push(Group::of_pod(pod, members));
        } else {
            return Err(Error::with_code(crate::error::EXIT_ENGINE, format!("{target}: no such container or pod")));
        }
    }
    if !loose.is_empty() {
        groups.insert(0, Group::of_containers(loose));
    }

    let mut claims: BTreeMap<String, Manifest> = BTreeMap::new();
    let mut services = Vec::new();
    let mut workloads = Vec::new();
    for group in &groups {
        let pod = group.pod(&images)?;
        for volume in pod.spec.iter().flat_map(|s| s.volumes.iter().flatten()) {
            if let Some(claim) = &volume.persistent_volume_claim {
                claims.entry(claim.claim_name.clone()).or_insert_with(|| Manifest::PersistentVolumeClaim(claim_for(&claim.claim_name)));
            }
        }
        if options.service {
            if let Some(service) = service_for(&group.name, &group.ports()) {
                services.push(Manifest::Service(service));
            }
        }
        workloads.push(match options.workload {
            Workload::Pod => Manifest::Pod(pod),
            Workload::Deployment => Manifest::Deployment(deployment_of(pod, options.replicas.unwrap_or(1))),
        });
    }
    Ok(claims.into_values().chain(services).chain(workloads).collect())
}

/// What becomes one Kubernetes pod.
struct Group {
    name: String,
    pod: Option<PodRecord>,
    containers: Vec<ContainerRecord>,
}

impl Group {
    fn of_pod(pod: PodRecord, containers: Vec<ContainerRecord>) -> Group {
        Group { name: pod.name.clone(), pod: Some(pod), containers }
    }

    fn of_containers(containers: Vec<ContainerRecord>) -> Group {
        let mut name = kube_name(&containers[0].name);
        if containers.iter().any(|c| kube_name(&c.name) == name) {
            name.push_str("-pod");
        }
        Group { name, pod: None, containers }
    }

    /// The published ports: the pod's, or its containers' own.
    fn ports(&self) -> Vec<PortMapping> {
        match &self.pod {
            Some(pod) if !pod.ports.is_empty() => pod.ports.clone(),
            _ => self.containers.iter().flat_map(|c| c.config.ports.iter().cloned()).collect(),
        }
    }

    fn pod(&self, images: &ImageStore) -> Result<Pod> {
        // As podman, the pod's init containers (`create --init-ctr`) are
        // its initContainers, in the order they run: oldest first.
        let is_init = |c: &ContainerRecord| c.config.init_container.is_some();
        let first = self.containers.iter().find(|c| !is_init(c)).unwrap_or(&self.containers[0]);
        let mut volumes: Vec<Volume> = Vec::new();
        let mut kube_containers = Vec::new();
        let mut kube_init_containers = Vec::new();
        for record in &self.containers {
            let mut container = container_of(record, images, &mut volumes)?;
            // A pod's ports belong to its network; podman shows them on its first container.
            if record.id == first.id {
                if let Some(pod) = self.pod.as_ref().filter(|p| !p.ports.is_empty()) {
                    container.ports = Some(pod.ports.iter().map(container_port).collect());
                }
            }
            if is_init(record) {
                kube_init_containers.push(container);
            } else {
                kube_containers.push(container);
            }
        }
        let (labels, annotations) = self.metadata_labels();
        let host_network = matches!(first.config.network.mode(), NetworkMode::Host);
        let hostname = self.pod.as_ref().map(|p| p.hostname.clone()).filter(|h| *h != self.name);
        Ok(Pod {
            metadata: ObjectMeta {
                name: Some(self.name.clone()),
                labels: Some(labels),
                annotations: (!annotations.is_empty()).then_some(annotations),
                creation_timestamp: creation_time(self.pod.as_ref().map(|p| p.created).unwrap_or(first.created)),
                ..Default::default()
            },
            spec: Some(PodSpec {
                automount_service_account_token: Some(false),
                enable_service_links: Some(false),
                containers: kube_containers,
                init_containers: (!kube_init_containers.is_empty()).then_some(kube_init_containers),
                restart_policy: Some(restart_policy(&first.config.restart).to_string()),
                host_network: host_network.then_some(true),
                share_process_namespace: self.pod.as_ref().is_some_and(|p| p.shares(crate::runtime::join::SharedNamespace::Pid)).then_some(true),
                hostname,
                volumes: (!volumes.is_empty()).then_some(volumes),
                ..Default::default()
            }),
            status: None,
        })
    }

    /// The pod's labels (or the lone container's) and `app`; those that
    /// Kubernetes would not take as labels become annotations.
    fn metadata_labels(&self) -> (BTreeMap<String, String>, BTreeMap<String, String>) {
        let given = match &self.pod {
            Some(pod) => pod.labels.clone(),
            None if self.containers.len() == 1 => self.containers[0].config.labels.clone(),
            None => BTreeMap::new(),
        };
        let mut labels = BTreeMap::new();
        let mut annotations = BTreeMap::new();
        for (key, value) in given {
            if valid_label_key(&key) && valid_label_value(&value) {
                labels.insert(key, value);
            } else {
                annotations.insert(key, value);
            }
        }
        labels.insert(APP_LABEL.to_string(), self.name.clone());
        (labels, annotations)
    }
}

/// What a Kubernetes container is made from: a container's record, or a
/// compose service's create options (`from_compose`).
pub struct ContainerFacts {
    pub name: String,
    pub image: String,
    /// The image's id or name, to read its configuration by (when stored).
    pub image_key: String,
    pub entrypoint: Vec<String>,
    pub cmd: Vec<String>,
    pub env: Vec<String>,
    pub workdir: String,
    pub mounts: Vec<crate::container::mounts::MountConfig>,
    pub tmpfs: Vec<String>,
    pub ports: Vec<PortMapping>,
    pub cap_add: Vec<String>,
    pub cap_drop: Vec<String>,
    pub user: String,
    pub privileged: bool,
    pub read_only: bool,
    pub healthcheck: Option<Healthcheck>,
    pub interactive: bool,
    pub tty: bool,
}

impl ContainerFacts {
    fn of_record(record: &ContainerRecord) -> ContainerFacts {
        let config = &record.config;
        ContainerFacts {
            name: record.name.clone(),
            image: record.image_name.clone(),
            image_key: record.image_id.clone(),
            entrypoint: config.entrypoint.clone(),
            cmd: config.cmd.clone(),
            env: config.env.clone(),
            workdir: config.workdir.clone(),
            mounts: config.mounts.clone(),
            tmpfs: config.tmpfs.clone(),
            ports: config.ports.clone(),
            cap_add: config.cap_add.clone(),
            cap_drop: config.cap_drop.clone(),
            user: config.user.clone(),
            privileged: config.privileged,
            read_only: config.read_only,
            healthcheck: config.healthcheck.clone(),
            interactive: config.interactive,
            tty: config.tty,
        }
    }
}

fn container_of(record: &ContainerRecord, images: &ImageStore, volumes: &mut Vec<Volume>) -> Result<Container> {
    container_from(&ContainerFacts::of_record(record), images, volumes)
}

/// One container as a Kubernetes container; its volumes are added to the
/// pod's `volumes` (shared by name between its containers).
pub fn container_from(config: &ContainerFacts, images: &ImageStore, volumes: &mut Vec<Volume>) -> Result<Container> {
    let image_config = images.lookup(&config.image_key).and_then(|i| images.config(&i)).ok().and_then(|c| c.config().clone());
    let image_config = image_config.unwrap_or_default();
    let image_cmd = image_config.cmd().clone().unwrap_or_default();
    let image_entrypoint = image_config.entrypoint().clone().unwrap_or_default();
    let image_env = image_config.env().clone().unwrap_or_default();

    // As podman: the entrypoint is the command and the cmd its args; what
    // the image already says is left out.
    let (mut command, mut args) = if config.entrypoint.is_empty() {
        (config.cmd.clone(), Vec::new())
    } else {
        (config.entrypoint.clone(), config.cmd.clone())
    };
    if command == image_cmd || command == image_entrypoint {
        command.clear();
    }
    if command.is_empty() && args == image_cmd {
        args.clear();
    }

    let env: Vec<EnvVar> = config
        .env
        .iter()
        .filter(|entry| !image_env.contains(entry))
        .filter_map(|entry| entry.split_once('='))
        .map(|(name, value)| EnvVar { name: name.to_string(), value: Some(value.to_string()), value_from: None })
        .collect();
    let image_workdir = image_config.working_dir().clone().unwrap_or_default();
    let working_dir = (config.workdir != "/" && config.workdir != image_workdir && !config.workdir.is_empty()).then(|| config.workdir.clone());

    let mut mounts = Vec::new();
    for (index, mount) in config.mounts.iter().enumerate() {
        let (name, volume) = match mount.kind {
            // An anonymous volume lives as long as its pod: an emptyDir.
            MountKind::Volume if mount.source.is_empty() => (
                format!("{}-anonymous-{index}", kube_name(&config.name)),
                Volume { empty_dir: Some(EmptyDirVolumeSource::default()), ..Default::default() },
            ),
            MountKind::Volume => (
                format!("{}-pvc", kube_name(&mount.source)),
                Volume {
                    persistent_volume_claim: Some(PersistentVolumeClaimVolumeSource { claim_name: mount.source.clone(), read_only: None }),
                    ..Default::default()
                },
            ),
            MountKind::Bind => {
                let is_file = std::fs::metadata(&mount.source).map(|m| m.is_file()).unwrap_or(false);
                let base = std::path::Path::new(&mount.source).file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "root".into());
                (
                    format!("{}-host-{index}", kube_name(&base)),
                    Volume {
                        host_path: Some(HostPathVolumeSource {
                            path: mount.source.clone(),
                            type_: Some(if is_file { "File" } else { "Directory" }.to_string()),
                        }),
                        ..Default::default()
                    },
                )
            }
        };
        mounts.push(VolumeMount { name: name.clone(), mount_path: mount.destination.clone(), read_only: mount.read_only.then_some(true), ..Default::default() });
        if !volumes.iter().any(|v| v.name == name) {
            volumes.push(Volume { name, ..volume });
        }
    }
    for (index, entry) in config.tmpfs.iter().enumerate() {
        let path = entry.split(':').next().unwrap_or(entry);
        let name = format!("{}-tmpfs-{index}", kube_name(&config.name));
        mounts.push(VolumeMount { name: name.clone(), mount_path: path.to_string(), ..Default::default() });
        volumes.push(Volume {
            name,
            empty_dir: Some(EmptyDirVolumeSource { medium: Some("Memory".to_string()), size_limit: None }),
            ..Default::default()
        });
    }

    Ok(Container {
        name: kube_name(&config.name),
        image: Some(config.image.clone()),
        command: (!command.is_empty()).then_some(command),
        args: (!args.is_empty()).then_some(args),
        env: (!env.is_empty()).then_some(env),
        working_dir,
        ports: (!config.ports.is_empty()).then(|| config.ports.iter().map(container_port).collect()),
        security_context: security_context(config, &image_config.user().clone().unwrap_or_default()),
        liveness_probe: config.healthcheck.as_ref().and_then(probe_of),
        volume_mounts: (!mounts.is_empty()).then_some(mounts),
        stdin: config.interactive.then_some(true),
        tty: config.tty.then_some(true),
        ..Default::default()
    })
}

fn container_port(port: &PortMapping) -> ContainerPort {
    ContainerPort {
        container_port: i32::from(port.container_port),
        host_port: (port.host_port != 0).then_some(i32::from(port.host_port)),
        host_ip: (!port.host_ip.is_empty()).then(|| port.host_ip.clone()),
        protocol: (port.protocol != "tcp").then(|| port.protocol.to_uppercase()),
        name: None,
    }
}

/// Capabilities, privilege, a read-only root and a numeric user other than
/// the image's, as Kubernetes says them.
fn security_context(config: &ContainerFacts, image_user: &str) -> Option<SecurityContext> {
    let caps = |names: &[String]| -> Option<Vec<String>> {
        (!names.is_empty()).then(|| names.iter().map(|c| capability_name(c)).collect())
    };
    let capabilities = (!config.cap_add.is_empty() || !config.cap_drop.is_empty())
        .then(|| Capabilities { add: caps(&config.cap_add), drop: caps(&config.cap_drop) });
    let (mut run_as_user, mut run_as_group) = (None, None);
    if !config.user.is_empty() && config.user != image_user {
        let (user, group) = config.user.split_once(':').unwrap_or((&config.user, ""));
        run_as_user = user.parse::<i64>().ok();
        run_as_group = group.parse::<i64>().ok();
    }
    let context = SecurityContext {
        capabilities,
        privileged: config.privileged.then_some(true),
        read_only_root_filesystem: config.read_only.then_some(true),
        run_as_user,
        run_as_group,
        ..Default::default()
    };
    (context != SecurityContext::default()).then_some(context)
}

/// "net_admin" or "NET_ADMIN" as podman writes it: "CAP_NET_ADMIN".
fn capability_name(name: &str) -> String {
    let upper = name.to_uppercase();
    if upper.starts_with("CAP_") || upper == "ALL" {
        upper
    } else {
        format!("CAP_{upper}")
    }
}

/// A healthcheck as the liveness probe that restarts the container when it fails.
fn probe_of(check: &Healthcheck) -> Option<Probe> {
    let argv = check.argv()?;
    let check = check.clone().with_defaults();
    let seconds = |ns: u64| i32::try_from(ns / 1_000_000_000).unwrap_or(i32::MAX).max(1);
    Some(Probe {
        exec: Some(ExecAction { command: Some(argv) }),
        period_seconds: Some(seconds(check.interval)),
        timeout_seconds: Some(seconds(check.timeout)),
        initial_delay_seconds: (check.start_period > 0).then(|| seconds(check.start_period)),
        failure_threshold: Some(i32::try_from(check.retries).unwrap_or(i32::MAX)),
        ..Default::default()
    })
}

pub(super) fn restart_policy(policy: &RestartPolicy) -> &'static str {
    match policy {
        RestartPolicy::No => "Never",
        RestartPolicy::OnFailure { .. } => "OnFailure",
        RestartPolicy::Always | RestartPolicy::UnlessStopped => "Always",
    }
}

/// A Service reaching the pod's published ports, as podman makes it: a
/// NodePort service whose node port is the host port when Kubernetes
/// allows that one. None when nothing is published.
pub(super) fn service_for(name: &str, ports: &[PortMapping]) -> Option<Service> {
    if ports.is_empty() {
        return None;
    }
    let service_ports = ports
        .iter()
        .map(|p| ServicePort {
            // podman's name, the port; a UDP one of the same number needs another.
            name: Some(if p.protocol == "tcp" { p.container_port.to_string() } else { format!("{}-{}", p.container_port, p.protocol) }),
            port: i32::from(p.container_port),
            target_port: Some(IntOrString::Int(i32::from(p.container_port))),
            node_port: NODE_PORTS.contains(&p.host_port).then_some(i32::from(p.host_port)),
            protocol: (p.protocol != "tcp").then(|| p.protocol.to_uppercase()),
            ..Default::default()
        })
        .collect();
    Some(Service {
        metadata: ObjectMeta { name: Some(name.to_string()), labels: Some(app_labels(name)), ..Default::default() },
        spec: Some(ServiceSpec {
            ports: Some(service_ports),
            selector: Some(app_labels(name)),
            type_: Some("NodePort".to_string()),
            ..Default::default()
        }),
        status: None,
    })
}

pub(super) fn deployment_of(pod: Pod, replicas: i32) -> Deployment {
    let name = pod.metadata.name.clone().unwrap_or_default();
    let mut spec = pod.spec.unwrap_or_default();
    // A Deployment's pods are always restarted: Kubernetes refuses anything else.
    spec.restart_policy = Some("Always".to_string());
    Deployment {
        metadata: ObjectMeta {
            name: Some(format!("{name}-deployment")),
            labels: Some(app_labels(&name)),
            creation_timestamp: pod.metadata.creation_timestamp.clone(),
            ..Default::default()
        },
        spec: Some(DeploymentSpec {
            replicas: Some(replicas),
            selector: LabelSelector { match_labels: Some(app_labels(&name)), match_expressions: None },
            template: PodTemplateSpec {
                metadata: Some(ObjectMeta { labels: pod.metadata.labels, annotations: pod.metadata.annotations, ..Default::default() }),
                spec: Some(spec),
            },
            ..Default::default()
        }),
        status: None,
    }
}

pub(super) fn claim_for(volume: &str) -> PersistentVolumeClaim {
    PersistentVolumeClaim {
        metadata: ObjectMeta { name: Some(volume.to_string()), ..Default::default() },
        spec: Some(PersistentVolumeClaimSpec {
            access_modes: Some(vec!["ReadWriteOnce".to_string()]),
            resources: Some(VolumeResourceRequirements {
                requests: Some(BTreeMap::from([("storage".to_string(), Quantity(CLAIM_SIZE.to_string()))])),
                limits: None,
            }),
            ..Default::default()
        }),
        status: None,
    }
}

pub(super) fn app_labels(name: &str) -> BTreeMap<String, String> {
    BTreeMap::from([(APP_LABEL.to_string(), name.to_string())])
}

fn creation_time(unix_seconds: i64) -> Option<Time> {
    k8s_openapi::jiff::Timestamp::from_second(unix_seconds).ok().map(Time)
}

/// A name Kubernetes accepts (an RFC 1123 label): lower case, `-` for
/// what it does not allow (podman drops underscores).
pub fn kube_name(name: &str) -> String {
    let mapped: String = name
        .chars()
        .filter(|c| *c != '_')
        .map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { '-' })
        .collect();
    let trimmed = mapped.trim_matches('-');
    let mut out: String = trimmed.chars().take(63).collect();
    while out.ends_with('-') {
        out.pop();
    }
    if out.is_empty() {
        "unnamed".to_string()
    } else {
        out
    }
}

/// Kubernetes label keys: [prefix/]name, name ≤ 63 characters of
/// alphanumerics, '-', '_' and '.', starting and ending alphanumeric.
fn valid_label_key(key: &str) -> bool {
    let (prefix, name) = key.rsplit_once('/').unwrap_or(("", key));
    let prefix_ok = prefix.is_empty()
        || (prefix.len() <= 253 && prefix.split('.').all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')));
    prefix_ok && !name.is_empty() && valid_label_value(name)
}

fn valid_label_value(value: &str) -> bool {
    value.is_empty()
        || (value.len() <= 63
            && value.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
            && value.starts_with(|c: char| c.is_ascii_alphanumeric())
            && value.ends_with(|c: char| c.is_ascii_alphanumeric()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_kubernetes_accepts() {
        assert_eq!(kube_name("my_web.1"), "myweb-1");
        assert_eq!(kube_name("Web"), "web");
        assert_eq!(kube_name("__"), "unnamed");
    }

    #[test]
    fn label_keys_and_values() {
        assert!(valid_label_key("app.kubernetes.io/name"));
        assert!(valid_label_key("tier"));
        assert!(!valid_label_key("Bad Key"));
        assert!(valid_label_value(""));
        assert!(!valid_label_value("has space"));
    }

    #[test]
    fn restart_policies() {
        assert_eq!(restart_policy(&RestartPolicy::No), "Never");
        assert_eq!(restart_policy(&RestartPolicy::OnFailure { max: 2 }), "OnFailure");
        assert_eq!(restart_policy(&RestartPolicy::UnlessStopped), "Always");
    }
}
