//! `kube play` and `kube down`: the plan (see `plan`) made real through
//! skiff's pod and container engine. A pod whose containers cannot all be
//! made or started is removed whole, with everything this play made
//! before it; `kube down` removes the pods a file names, their processes
//! and their files (ConfigMap and Secret files, emptyDirs), and keeps the
//! claims' named volumes, as podman does.

use super::manifest::Manifest;
use super::plan::{self, ContainerPlan, MountSource, PlayOptions, PodPlan};
use crate::container::create::CreateOptions;
use crate::container::lifecycle::WhenRunning;
use crate::container::mounts::{MountConfig, MountKind};
use crate::container::{ContainerRecord, ContainerStore};
use crate::error::{Context, Result};
use crate::image::registry::Progress;
use crate::paths::Paths;
use crate::pod::{PodRecord, PodSettings, PodStore};
use crate::sys::warnings::warn;
use std::path::PathBuf;

/// What `kube play` was asked, besides the plan's options.
#[derive(Debug, Clone, Default)]
pub struct PlayRequest {
    pub options: PlayOptions,
    /// Remove pods of the same names first.
    pub replace: bool,
    /// Start the pods (their init containers to completion first).
    pub start: bool,
    /// How images with a build directory are built.
    pub build: super::images::BuildRequest,
    /// How images are pulled.
    pub access: super::images::PullAccess,
    /// `--annotation`s of every container.
    pub annotations: std::collections::BTreeMap<String, String>,
    /// `--log-driver` and `--log-opt` of every container.
    pub log: Option<crate::container::create::parse::LogSettings>,
    /// `--no-hosts`: the images' /etc/hosts, not generated ones.
    pub no_hosts: bool,
    /// `--ip`: the pods' addresses on their network, in the pods' order.
    pub static_ips: Vec<std::net::Ipv4Addr>,
    /// `--mac-address`: the pods' MAC addresses there, in the same order.
    pub static_macs: Vec<String>,
    /// `--userns`: each pod's user namespace (see `pod create --userns`).
    pub userns: Option<String>,
}

/// One pod made: its id and its containers' ids, init containers first.
#[derive(Debug, Clone)]
pub struct PlayedPod {
    pub id: String,
    pub name: String,
    pub containers: Vec<String>,
}

/// Where a pod's generated files live: beside its record, gone with it.
fn files_dir(paths: &Paths, pod_id: &str) -> PathBuf {
    paths.data.join("kube").join(pod_id)
}

/// Make (and start) everything `documents` describe.
/// `step` reports each build step.
pub fn play(paths: &Paths, documents: &[Manifest], request: &PlayRequest, progress: &dyn Progress, step: &dyn Fn(&str)) -> Result<Vec<PlayedPod>> {
    let plan = plan::plan(documents, &request.options)?;
    for warning in &plan.warnings {
        warn(warning);
    }
    let pods = PodStore::open(paths);
    for pod in &plan.pods {
        if !request.replace && pods.lookup(&pod.name).is_ok_and(|p| p.name == pod.name) {
            return Err(crate::err!("pod {} already exists: use kube play --replace, or kube down first", pod.name));
        }
    }
    super::images::prepare(paths, &plan, &request.build, &request.access, progress, step)?;
    if request.replace {
        for pod in &plan.pods {
            remove_pod(paths, &pod.name)?;
        }
    }
    let volumes = crate::volume::VolumeStore::open(paths);
    for name in &plan.volumes {
        volumes.get_or_create(name)?;
    }
    let mut played = Vec::new();
    for (index, pod) in plan.pods.iter().enumerate() {
        match play_pod(paths, pod, index, request, progress) {
            Ok(done) => played.push(done),
            Err(e) => {
                // Nothing half-made: this pod and the ones before it go.
                for done in played.iter().rev() {
                    let _ = remove_pod(paths, &done.name);
                }
                return Err(e);
            }
        }
    }
    Ok(played)
}

/// Make pod `plan`, the `index`th of the file.
fn play_pod(paths: &Paths, plan: &PodPlan, index: usize, request: &PlayRequest, progress: &dyn Progress) -> Result<PlayedPod> {
    // As podman: the addresses go to the pods in order; a pod past the
    // last one given gets a free one.
    for (given, what) in [(request.static_ips.len(), "--ip"), (request.static_macs.len(), "--mac-address")] {
        if given > 0 && index >= given {
            warn(&format!("no more {what} values left: pod {} gets a random one", plan.name));
        }
    }
    let settings = PodSettings {
        labels: plan.labels.clone(),
        hostname: plan.hostname.clone(),
        share: crate::pod::parse_share(if plan.share_process_namespace { "+pid" } else { crate::pod::DEFAULT_SHARE })?,
        network: plan.network.clone(),
        ports: plan.ports.clone(),
        network_ip: request.static_ips.get(index).copied(),
        mac_address: request.static_macs.get(index).cloned(),
        user_namespace: crate::pod::PodUserNamespace { userns: request.userns.clone(), ..Default::default() },
        ..Default::default()
    };
    let pod = crate::pod::create_pod(paths, Some(&plan.name), settings)?;
    let made = make_containers(paths, &pod, plan, request, progress).and_then(|containers| {
        if request.start {
            // Its init containers first, each to a zero exit; once ones go then.
            crate::pod::lifecycle::start(paths, &pod)?;
        }
        Ok(containers)
    });
    match made {
        Ok(containers) => Ok(PlayedPod { id: pod.id.clone(), name: pod.name.clone(), containers: containers.into_iter().map(|c| c.id).collect() }),
        Err(e) => {
            let _ = remove_pod(paths, &pod.name);
            Err(e)
        }
    }
}

/// Write the pod's files, then create its containers: the init containers
/// first, made the pod's (`pod start` runs them), then the others.
fn make_containers(paths: &Paths, pod: &PodRecord, plan: &PodPlan, request: &PlayRequest, progress: &dyn Progress) -> Result<Vec<ContainerRecord>> {
    let dir = files_dir(paths, &pod.id);
    for volume in &plan.files {
        let volume_dir = dir.join(&volume.name);
        std::fs::create_dir_all(&volume_dir).context(|| format!("create {}", volume_dir.display()))?;
        for (file, content) in &volume.files {
            if file.split('/').any(|part| part == ".." || part.is_empty()) {
                return Err(crate::err!("volume {}: {file:?} is not a relative path inside the volume", volume.name));
            }
            let path = volume_dir.join(file);
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent).context(|| format!("create {}", parent.display()))?;
            }
            std::fs::write(&path, content).context(|| format!("write {}", path.display()))?;
        }
    }
    let mut records = Vec::new();
    let init_containers = plan.init_containers.iter().map(|c| (c, Some(plan.init_container_kind)));
    for (container, init_container) in init_containers.chain(plan.containers.iter().map(|c| (c, None))) {
        let mut options = create_options(container, pod, &dir)?;
        options.init_container = init_container;
        options.annotations.extend(request.annotations.clone());
        if let Some(log) = &request.log {
            options.log = log.clone();
        }
        options.no_hosts = request.no_hosts;
        records.push(crate::container::create::create(paths, &options, progress)?);
    }
    Ok(records)
}

fn create_options(plan: &ContainerPlan, pod: &PodRecord, files: &std::path::Path) -> Result<CreateOptions> {
    let mut mounts = Vec::new();
    for mount in &plan.mounts {
        let (kind, mut source) = match &mount.source {
            MountSource::Volume(name) => (MountKind::Volume, name.clone()),
            MountSource::Host(path) => {
                // hostPath's DirectoryOrCreate, the default skiff takes.
                if !std::path::Path::new(path).exists() {
                    std::fs::create_dir_all(path).context(|| format!("create the hostPath {path}"))?;
                }
                (MountKind::Bind, path.clone())
            }
            MountSource::PodFiles(name) => (MountKind::Bind, files.join(name).to_string_lossy().into_owned()),
        };
        if let Some(sub_path) = &mount.sub_path {
            if kind == MountKind::Volume {
                return Err(crate::err!("container {}: subPath {sub_path:?} of a persistentVolumeClaim is not supported", plan.name));
            }
            source = format!("{source}/{sub_path}");
        }
        mounts.push(MountConfig { kind, source, destination: mount.destination.clone(), read_only: mount.read_only });
    }
    let mut options = CreateOptions {
        image: plan.image.clone(),
        name: Some(plan.name.clone()),
        entrypoint: plan.entrypoint.clone(),
        command: plan.cmd.clone().unwrap_or_default(),
        env: plan.env.clone(),
        user: plan.user.clone(),
        workdir: plan.workdir.clone(),
        tty: plan.tty,
        interactive: plan.interactive,
        pod: Some(pod.id.clone()),
        cap_add: plan.cap_add.clone(),
        cap_drop: plan.cap_drop.clone(),
        privileged: plan.privileged,
        read_only: plan.read_only,
        mounts,
        restart: plan.restart,
        healthcheck: plan.healthcheck.clone(),
        health_on_failure: plan.health_on_failure,
        security_opt: plan.security_opt.clone(),
        ..Default::default()
    };
    // Kubernetes' command replaces the image's entrypoint and leaves its
    // CMD out; args alone replace only the CMD.
    if options.entrypoint.is_some() && plan.cmd.is_none() {
        options.command = Vec::new();
    }
    Ok(options)
}

/// Remove the pod named `name` (if there is one) with its containers,
/// killed, and its files.
fn remove_pod(paths: &Paths, name: &str) -> Result<Option<PodRecord>> {
    let pods = PodStore::open(paths);
    let Some(pod) = pods.lookup(name).ok().filter(|p| p.name == name) else { return Ok(None) };
    let containers = ContainerStore::open(paths);
    // Every member killed at once, so that the removals below wait for
    // their ends together rather than one after another.
    for member in pods.containers_of(&containers, &pod.id)? {
        if let Some(pid) = containers.live_pid(&member.id) {
            let _ = containers.request_stop(&member.id);
            let _ = nix::sys::signal::kill(nix::unistd::Pid::from_raw(pid), nix::sys::signal::Signal::SIGKILL);
        }
    }
    pods.remove_with_members(paths, &containers, &pod, Some(WhenRunning::Kill))?;
    let dir = files_dir(paths, &pod.id);
    if dir.exists() {
        crate::sys::fs::remove_tree(&dir)?;
    }
    Ok(Some(pod))
}

/// `kube down`: the pods the documents make, removed; the names of those
/// that were there.
pub fn down(paths: &Paths, documents: &[Manifest]) -> Result<Vec<PodRecord>> {
    let mut removed = Vec::new();
    for name in plan::pod_names(documents) {
        if let Some(pod) = remove_pod(paths, &name)? {
            removed.push(pod);
        }
    }
    Ok(removed)
}
