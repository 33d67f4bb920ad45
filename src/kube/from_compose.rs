//! `kube generate --compose`: a compose project, loaded as `skiff compose`
//! loads it and turned into create options by the same code, as Kubernetes
//! objects: one Deployment per service (its replicas), one Service per
//! service that publishes ports, and a PersistentVolumeClaim per named
//! volume. Kubernetes has no start order: each `depends_on` is kept as an
//! annotation of the Deployment and named in a warning, never dropped.

use super::generate::{app_labels, claim_for, container_from, deployment_of, kube_name, restart_policy, service_for, ContainerFacts};
use super::manifest::Manifest;
use crate::compose::Project;
use crate::container::mounts::MountKind;
use crate::error::Result;
use crate::image::ImageStore;
use crate::paths::Paths;
use k8s_openapi::api::core::v1::{Pod, PodSpec};
use k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta;
use std::collections::BTreeMap;

/// The annotation that records a service's `depends_on` (comma-separated).
pub const DEPENDS_ON_ANNOTATION: &str = "io.skiff.compose/depends-on";

/// The project's objects, claims first, and one warning per thing
/// Kubernetes cannot say the way compose does.
pub fn generate(paths: &Paths, project: &Project) -> Result<(Vec<Manifest>, Vec<String>)> {
    let images = ImageStore::open(paths)?;
    let mut claims: BTreeMap<String, Manifest> = BTreeMap::new();
    let mut services = Vec::new();
    let mut deployments = Vec::new();
    let mut warnings = Vec::new();
    for (name, service) in &project.model.services {
        // A cluster's pods share one network: the project's networks do not
        // carry over (said when the service names one of its own), and the
        // service is read as if on skiff's default network.
        let named: Vec<&str> = service.networks.keys().map(String::as_str).filter(|n| *n != "default").collect();
        if !named.is_empty() {
            warnings.push(format!("services.{name}.networks ({}): pods in a cluster share one network, not kept", named.join(", ")));
        }
        let mut on_one_network = service.clone();
        on_one_network.networks.clear();
        on_one_network.network_mode = Some("slirp4netns".to_string());
        let service = &on_one_network;
        let mut options = crate::compose::up::create_options(project, name, service, None)?;
        // compose names volumes PROJECT_KEY; a claim's name may not hold '_'.
        for mount in options.mounts.iter_mut().filter(|m| m.kind == MountKind::Volume && !m.source.is_empty()) {
            mount.source = kube_name(&mount.source.replace('_', "-"));
        }
        let image = crate::compose::up::image_of(project, name, service);
        if service.build.is_some() {
            warnings.push(format!("services.{name}.build: a cluster pulls {image:?}: push the built image where it can"));
        }
        let facts = ContainerFacts {
            name: name.clone(),
            image: image.clone(),
            image_key: image,
            entrypoint: options.entrypoint.clone().unwrap_or_default(),
            cmd: options.command.clone(),
            env: options.env.clone(),
            workdir: options.workdir.clone().unwrap_or_default(),
            mounts: options.mounts.clone(),
            tmpfs: options.tmpfs.clone(),
            ports: options.ports.clone(),
            cap_add: options.cap_add.clone(),
            cap_drop: options.cap_drop.clone(),
            user: options.user.clone().unwrap_or_default(),
            privileged: options.privileged,
            read_only: options.read_only,
            healthcheck: options.healthcheck.clone(),
            interactive: options.interactive,
            tty: options.tty,
        };
        let mut volumes = Vec::new();
        let container = container_from(&facts, &images, &mut volumes)?;
        for mount in options.mounts.iter().filter(|m| m.kind == MountKind::Volume && !m.source.is_empty()) {
            claims.entry(mount.source.clone()).or_insert_with(|| Manifest::PersistentVolumeClaim(claim_for(&mount.source)));
        }
        let pod_name = kube_name(name);
        let mut annotations = BTreeMap::new();
        if !service.depends_on.is_empty() {
            let needed: Vec<&str> = service.depends_on.keys().map(String::as_str).collect();
            annotations.insert(DEPENDS_ON_ANNOTATION.to_string(), needed.join(","));
            warnings.push(format!(
                "services.{name}.depends_on ({}): Kubernetes starts pods in no order; kept as the annotation {DEPENDS_ON_ANNOTATION}",
                needed.join(", ")
            ));
        }
        let pod = Pod {
            metadata: ObjectMeta {
                name: Some(pod_name.clone()),
                labels: Some(app_labels(&pod_name)),
                annotations: (!annotations.is_empty()).then_some(annotations.clone()),
                ..Default::default()
            },
            spec: Some(PodSpec {
                automount_service_account_token: Some(false),
                enable_service_links: Some(false),
                containers: vec![container],
                restart_policy: Some(restart_policy(&options.restart).to_string()),
                volumes: (!volumes.is_empty()).then_some(volumes),
                ..Default::default()
            }),
            status: None,
        };
        let replicas = service.deploy.as_ref().and_then(|d| d.replicas).or(service.scale).unwrap_or(1);
        let mut deployment = deployment_of(pod, i32::try_from(replicas).unwrap_or(i32::MAX));
        deployment.metadata.annotations = (!annotations.is_empty()).then_some(annotations);
        if let Some(service) = service_for(&pod_name, &options.ports) {
            services.push(Manifest::Service(service));
        }
        deployments.push(Manifest::Deployment(deployment));
    }
    Ok((claims.into_values().chain(services).chain(deployments).collect(), warnings))
}
