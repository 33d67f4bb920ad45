//! The API's work that runs in skiff's user namespace, in a child of the
//! service's worker (see `worker.rs`): what it is asked (a [`Job`]) and how
//! it answers (JSON lines on a stream: progress lines, then one result).

use crate::container::image_removal::{remove_image, ImageRemoval};
use crate::container::lifecycle::{remove_one, WhenRunning};
use crate::container::{ContainerStatus, ContainerStore};
use crate::error::Result;
use crate::image::registry::{self, BlobKind, Event};
use crate::image::ImageStore;
use crate::paths::Paths;
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};
use std::io::Write;
use std::path::PathBuf;
use std::sync::Mutex;

#[derive(Debug, Serialize, Deserialize)]
pub enum Job {
    /// Pull `image` (fully named or a short name registries.conf resolves).
    Pull { image: String, platform: Option<String>, creds: Option<String>, tls_verify: Option<bool> },
    CreateContainer { request: super::create::ContainerCreate, name: Option<String> },
    RemoveContainer { key: String, force: bool, volumes: bool },
    RemoveImage { name: String, force: bool },
    /// Load the docker-archive (or oci-archive) spooled at `archive`.
    Load { archive: PathBuf },
    RemoveVolume { name: String, force: bool },
    /// Joins the networks' user namespace rather than skiff's own.
    RemoveNetwork { name: String, force: bool },
    PruneContainers,
    PruneImages { all: bool },
    PruneVolumes,
    /// Build an image from the context spooled at the request's path.
    Build(super::build::BuildRequest),
    Commit(super::commit::CommitRequest),
    Import(super::import::ImportRequest),
    Push(super::push::PushRequest),
    /// Run a process in a running container, its streams on the job's
    /// descriptor (none when detached); see `exec.rs`.
    Exec { container: String, config: super::exec::ExecConfig, detach: bool },
    /// Joins the networks' user namespace (through the engine), as RemoveNetwork.
    ConnectNetwork { container: String, network: String, aliases: Vec<String>, ip: Option<std::net::Ipv4Addr> },
    DisconnectNetwork { container: String, network: String },
    /// Jobs on a container's files (see `archive.rs`), which reach them
    /// through the container's own user namespace or a mount of its own.
    PathStat { container: String, path: String },
    /// The tar goes to the job's descriptor.
    ArchiveGet { container: String, path: String },
    /// The tar comes from the job's descriptor; `overwrite`: a directory
    /// may replace a non-directory and back (noOverwriteDirNonDir=false).
    /// With `copy_ids`, what is created keeps the archive's uid and gid.
    ArchivePut { container: String, path: String, overwrite: bool, copy_ids: bool },
    Export { container: String },
    Changes { container: String },
}

/// One line of a job's answer.
#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Line {
    Progress(Value),
    Ok(Value),
    Error { code: i32, message: String },
}

/// The answering end of a job: progress lines as they come, then the
/// result. Writes fail silently once the service has gone away.
pub struct Reply {
    out: Mutex<std::fs::File>,
}

impl Reply {
    pub fn new(out: std::fs::File) -> Reply {
        Reply { out: Mutex::new(out) }
    }

    fn send(&self, line: &Line) {
        let mut text = serde_json::to_vec(line).unwrap_or_default();
        text.push(b'\n');
        if let Ok(mut out) = self.out.lock() {
            let _ = out.write_all(&text);
        }
    }

    /// What the service sends the job while it runs (an exec's terminal
    /// sizes), on the same stream; its end is the service letting go.
    pub fn requests(&self) -> Option<std::fs::File> {
        self.out.lock().ok().and_then(|out| out.try_clone().ok())
    }

    pub fn progress(&self, value: Value) {
        self.send(&Line::Progress(value));
    }

    pub fn finish(&self, result: Result<Value>) {
        self.send(&match result {
            Ok(value) => Line::Ok(value),
            Err(e) => Line::Error { code: e.code, message: e.message },
        });
    }
}

/// Do `job` inside the user namespace it needs and answer on `reply`;
/// `extra` is the descriptor the job came with, if any.
pub fn run(paths: &Paths, job: Job, reply: Reply, extra: Option<std::os::fd::OwnedFd>) {
    let entered = match job {
        // A commit enters the namespace it needs (the container's, to pause
        // it); an exec joins the container's own namespaces from outside any.
        Job::RemoveNetwork { .. }
        | Job::Commit(_)
        | Job::Exec { .. }
        | Job::ConnectNetwork { .. }
        | Job::DisconnectNetwork { .. }
        | Job::PathStat { .. }
        | Job::ArchiveGet { .. }
        | Job::ArchivePut { .. }
        | Job::Export { .. }
        | Job::Changes { .. } => Ok(()),
        _ => crate::runtime::userns::enter_if_rootless().map(drop),
    };
    reply.finish(entered.and_then(|()| perform(paths, job, &reply, extra)));
}

fn perform(paths: &Paths, job: Job, reply: &Reply, extra: Option<std::os::fd::OwnedFd>) -> Result<Value> {
    match job {
        Job::Pull { image, platform, creds, tls_verify } => {
            let store = ImageStore::open(paths)?;
            let platform = registry::manifest::Platform::from_flags(platform.as_deref().filter(|p| !p.is_empty()), None, None, None)?;
            let access = registry::Access { tls_verify, cert_dir: None, creds: creds.as_deref(), authfile: None };
            let progress = LayerProgress::new(reply, &PULL_WORDS);
            let pulled = registry::pull_by_name(&store, &image, &access, &platform, &progress)?;
            Ok(json!({"id": pulled.id, "digest": pulled.digest, "names": pulled.names}))
        }
        Job::CreateContainer { request, name } => {
            let options = super::create::options(&request, name)?;
            // A link to no container is the client's error (docker's 400),
            // not the engine's.
            crate::network::links::resolve(paths, &options.links, "")
                .map_err(|e| crate::error::Error::with_code(super::create::BAD_REQUEST, e.message))?;
            let record = crate::container::create::create(paths, &options, &registry::Silent)?;
            Ok(json!(record.id))
        }
        Job::RemoveContainer { key, force, volumes } => {
            let store = ContainerStore::open(paths);
            let when_running = if force { WhenRunning::Kill } else { WhenRunning::Refuse };
            Ok(json!(remove_one(paths, &store, &key, when_running, volumes)?))
        }
        Job::RemoveImage { name, force } => {
            let store = ImageStore::open(paths)?;
            let containers = ContainerStore::open(paths);
            let report = store.update(|images| {
                let mut report = ImageRemoval::default();
                remove_image(images, &containers, &name, force, force, &mut report).map(|()| report)
            })?;
            Ok(removal_json(&report))
        }
        Job::Load { archive } => {
            let store = ImageStore::open(paths)?;
            let tar = crate::image::archive::open_tar(&paths.data, crate::image::archive::ArchiveInput::File(&archive))?;
            let images = crate::image::archive::load(&store, &crate::image::archive::Source::Tar(tar))?;
            let names: Vec<String> = images
                .iter()
                .flat_map(|i| if i.names.is_empty() { vec![format!("sha256:{}", i.id)] } else { i.names.clone() })
                .collect();
            Ok(json!(names))
        }
        Job::RemoveVolume { name, force } => {
            crate::volume::remove_with_users(paths, &name, force.then_some(WhenRunning::Kill))?;
            Ok(json!(name))
        }
        Job::RemoveNetwork { name, force } => {
            crate::network::remove(paths, &name, force.then_some(crate::container::lifecycle::WhenRunning::Kill))?;
            Ok(json!(name))
        }
        Job::ConnectNetwork { container, network, aliases, ip } => {
            crate::network::connect::connect(paths, &container, &network, &aliases, ip, None, None)?;
            Ok(json!(network))
        }
        Job::DisconnectNetwork { container, network } => {
            crate::network::connect::disconnect(paths, &container, &network)?;
            Ok(json!(network))
        }
        Job::PathStat { .. } | Job::ArchiveGet { .. } | Job::ArchivePut { .. } | Job::Export { .. } | Job::Changes { .. } => {
            super::archive::perform(paths, job, extra)
        }
        Job::PruneContainers => {
            let store = ContainerStore::open(paths);
            let mut removed = Vec::new();
            for c in store.list()?.into_iter().filter(|c| c.status != ContainerStatus::Running) {
                store.remove(&c)?;
                removed.push(c.id);
            }
            Ok(json!(removed))
        }
        Job::Build(request) => super::build::perform(paths, request, reply),
        Job::Commit(request) => super::commit::perform(paths, request),
        Job::Import(request) => super::import::perform(paths, request),
        Job::Push(request) => super::push::perform(paths, request, reply),
        Job::PruneImages { all } => Ok(json!(crate::container::prune_unused_images(paths, all, &[])?)),
        Job::Exec { container, config, detach } => super::exec::run_in_child(paths, &container, &config, detach, extra, reply),
        Job::PruneVolumes => {
            let volumes = crate::volume::VolumeStore::open(paths);
            let mut removed = Vec::new();
            for v in crate::volume::unused_volumes(paths)? {
                volumes.remove(&v.name)?;
                removed.push(v.name);
            }
            Ok(json!(removed))
        }
    }
}

fn removal_json(report: &ImageRemoval) -> Value {
    let mut items: Vec<Value> = report.untagged.iter().map(|n| json!({"Untagged": n})).collect();
    items.extend(report.deleted.iter().map(|id| json!({"Deleted": id})));
    Value::Array(items)
}

/// What Docker's stream says of a layer as it starts, advances, completes
/// or is not needed.
pub struct LayerWords {
    started: &'static str,
    advanced: &'static str,
    done: &'static str,
    skipped: &'static str,
    /// Whether the transfer's steps ("Writing manifest ...") are shown:
    /// a pull's are, a push's are podman's words and not Docker's.
    steps: bool,
}

pub const PULL_WORDS: LayerWords = LayerWords { started: "Pulling fs layer", advanced: "Downloading", done: "Pull complete", skipped: "Already exists", steps: true };
pub const PUSH_WORDS: LayerWords = LayerWords { started: "Preparing", advanced: "Pushing", done: "Pushed", skipped: "Layer already exists", steps: false };

/// A pull's or push's progress as Docker's JSON stream: a line per layer
/// as it starts, advances and completes, keyed by its short digest.
pub struct LayerProgress<'a> {
    reply: &'a Reply,
    words: &'static LayerWords,
    /// (short id, bytes so far, size) of the layers seen.
    layers: Mutex<Vec<(String, u64, u64)>>,
}

impl<'a> LayerProgress<'a> {
    pub fn new(reply: &'a Reply, words: &'static LayerWords) -> LayerProgress<'a> {
        LayerProgress { reply, words, layers: Mutex::new(Vec::new()) }
    }
}

fn short_digest(digest: &str) -> String {
    digest.trim_start_matches("sha256:").chars().take(12).collect()
}

impl registry::Progress for LayerProgress<'_> {
    fn report(&self, event: Event<'_>) {
        match event {
            Event::Step(text) if self.words.steps => self.reply.progress(json!({"status": text})),
            Event::Started { kind: BlobKind::Layer, digest, size } => {
                let id = short_digest(digest);
                if let Ok(mut layers) = self.layers.lock() {
                    layers.push((id.clone(), 0, size));
                }
                self.reply.progress(json!({"status": self.words.started, "progressDetail": {}, "id": id}));
            }
            Event::Advanced { digest, bytes } => {
                let id = short_digest(digest);
                let Ok(mut layers) = self.layers.lock() else { return };
                if let Some(layer) = layers.iter_mut().find(|(l, _, _)| *l == id) {
                    layer.1 += bytes;
                    let (current, total) = (layer.1, layer.2);
                    drop(layers);
                    self.reply.progress(json!({"status": self.words.advanced, "progressDetail": {"current": current, "total": total}, "id": id}));
                }
            }
            Event::Done { kind: BlobKind::Layer, digest } => {
                self.reply.progress(json!({"status": self.words.done, "progressDetail": {}, "id": short_digest(digest)}));
            }
            Event::Skipped { kind: BlobKind::Layer, digest } => {
                self.reply.progress(json!({"status": self.words.skipped, "progressDetail": {}, "id": short_digest(digest)}));
            }
            _ => {}
        }
    }
}
