//! A container's changes (its overlay upper directory) become one new
//! layer on top of its image, written the way a build's RUN step writes its
//! layer. The new image runs as the container did: its command,
//! environment, working directory and user become the config, then the
//! `changes` instructions apply. Called by `skiff commit` and the API's
//! `POST /commit`.

use crate::build::diff::stage_layer;
use crate::container::mounts::MountKind;
use crate::container::processes::Stopped;
use crate::container::{ContainerRecord, ContainerStore};
use crate::error::{Context as _, Error, Result};
use crate::image::registry::{BlobKind, Event, Progress};
use crate::image::{change, oci, reference, ImageRecord, ImageStore};
use crate::paths::Paths;
use crate::runtime::userns;
use oci_spec::image::{Config, History, ImageConfiguration};

#[derive(Debug, Default)]
pub struct CommitOptions {
    /// Container name or id.
    pub container: String,
    /// Name for the new image (as given: it is normalized here).
    pub image: Option<String>,
    pub author: Option<String>,
    /// The history entry's comment (`--message`).
    pub message: Option<String>,
    /// Dockerfile instructions (`--change`) applied to the config.
    pub changes: Vec<String>,
    /// Stop the container's processes while its files are read.
    pub pause: bool,
    /// Write a Docker schema 2 manifest instead of an OCI one.
    pub docker_format: bool,
    /// The container's volumes become the image's VOLUMEs.
    pub include_volumes: bool,
    /// The image's layers and the container's changes become one layer.
    pub squash: bool,
}

/// Commit the container; enters the user namespace it needs, so the caller
/// must be single-threaded and not in one yet. Returns the stored image.
pub fn commit(paths: &Paths, options: &CommitOptions, progress: &dyn Progress) -> Result<ImageRecord> {
    let name = options.image.as_deref().map(reference::normalize_new_name).transpose()?;
    let containers = ContainerStore::open(paths);
    // podman exits 125 here, unlike rm or stop which exit 1.
    let record = containers.lookup(&options.container).map_err(|e| Error::with_code(125, e.message))?;
    if record.config.rootfs.is_some() {
        // podman's refusal: there is no image to add a layer to.
        return Err(crate::err!("cannot commit a container that uses an exploded rootfs"));
    }
    if record.storage_driver == "copy" {
        return Err(crate::err!("commit needs an overlay storage driver: {} uses a full copy", options.container));
    }
    // The upper directory holds files of the container's users: read it as
    // root of the user namespace. Pausing signals the container's processes,
    // which only root of their own namespace may do.
    let running = containers.live_pid(&record.id);
    match running {
        Some(init) if options.pause => userns::join_user_namespace(init)?,
        _ => {
            userns::enter_if_rootless()?;
        }
    }

    let images = ImageStore::open(paths)?;
    let image = images
        .lookup(&record.image_id)
        .map_err(|_| crate::err!("the image of container {} is no longer in the store", options.container))?;
    let mut config = images.config(&image)?;
    let mut inner = runtime_config(config.config().clone().unwrap_or_default(), &record);
    for instruction in &options.changes {
        change::apply(&mut inner, instruction)?;
    }
    if options.include_volumes {
        let mut volumes = inner.volumes().clone().unwrap_or_default();
        volumes.extend(record.config.mounts.iter().filter(|m| m.kind == MountKind::Volume).map(|m| m.destination.clone()));
        inner.set_volumes(Some(volumes));
    }
    config.set_config(Some(inner));

    let mut staging = images.stage()?;
    let mut layers = staging.reuse_image_layers(&images, &image, "the container's image")?;
    let work = tempfile::Builder::new().prefix(".tmp-commit-").tempdir_in(&paths.data).context(|| "create a work directory".into())?;
    let upper = containers.container_dir(&record.id).join("upper");
    let layer = {
        // Stopped only while the upper directory is read; a paused
        // container is stopped already, and must stay so after.
        let _stopped = match running {
            Some(init) if options.pause && !record.is_paused() => Some(Stopped::stop(init)?),
            _ => None,
        };
        let written = match options.squash {
            true => {
                let mut dirs: Vec<std::path::PathBuf> = image.layers.iter().map(|l| images.layer_dir(&l.diff_id)).collect();
                dirs.push(upper.clone());
                stage_layer(&mut staging, work.path(), |writer| writer.add_squashed(&dirs, false))
            }
            false => stage_layer(&mut staging, work.path(), |writer| writer.add_upper(&upper)),
        };
        written.map_err(|e| crate::err!("commit {}: {e}", options.container))?
    };
    if options.squash {
        // One layer now holds everything: the image's history entries stay, adding none.
        layers.clear();
        config.rootfs_mut().set_diff_ids(Vec::new());
        let mut history = config.history().clone().unwrap_or_default();
        for entry in history.iter_mut() {
            entry.set_empty_layer(Some(true));
        }
        config.set_history(Some(history));
    }
    // Written (and hashed) as it was read: done once staged.
    progress.report(Event::Started { kind: BlobKind::Layer, digest: &layer.diff_id, size: layer.size });
    progress.report(Event::Done { kind: BlobKind::Layer, digest: &layer.diff_id });

    add_history(&mut config, &layer.diff_id, &record, options);
    layers.push(layer);
    let config = serde_json::to_vec(&config).context(|| "encode image config".into())?;
    let config_digest = staging.add_blob(&config)?;
    progress.report(Event::Started { kind: BlobKind::Config, digest: &config_digest, size: config.len() as u64 });
    progress.report(Event::Done { kind: BlobKind::Config, digest: &config_digest });
    let manifest = match options.docker_format {
        true => oci::docker_manifest(&config, &config_digest, &layers)?,
        false => oci::manifest(&config, &config_digest, &layers, &Default::default()),
    };
    let manifest = staging.add_blob(&manifest)?;
    progress.report(Event::Step("Writing manifest to image destination"));
    Ok(images.commit(staging, vec![ImageRecord::new(&config, name.into_iter().collect(), manifest, layers)])?.remove(0))
}

/// The image's config with what the container ran with.
fn runtime_config(mut config: Config, record: &ContainerRecord) -> Config {
    let ran = &record.config;
    config.set_entrypoint((!ran.entrypoint.is_empty()).then(|| ran.entrypoint.clone()));
    config.set_cmd((!ran.cmd.is_empty()).then(|| ran.cmd.clone()));
    // The container's environment is the image's plus -e: a later entry
    // for a name replaces an earlier one.
    let mut env: Vec<String> = Vec::new();
    for entry in &ran.env {
        crate::image::change::set_env(&mut env, entry.clone());
    }
    config.set_env((!env.is_empty()).then_some(env));
    // "/" is only the runtime's default when the image names none.
    if !ran.workdir.is_empty() && (ran.workdir != "/" || config.working_dir().is_some()) {
        config.set_working_dir(Some(ran.workdir.clone()));
    }
    if !ran.user.is_empty() {
        config.set_user(Some(ran.user.clone()));
    }
    config
}

/// Record the new layer and its history entry (author, message, and the
/// container's command as what created it).
fn add_history(config: &mut ImageConfiguration, diff_id: &str, record: &ContainerRecord, options: &CommitOptions) {
    let mut history = History::default();
    history.set_created(Some(crate::time::format(crate::sys::clock::now())));
    history.set_created_by(Some(record.command_line()));
    history.set_author(options.author.clone());
    history.set_comment(options.message.clone());
    oci::append_history(config, history, Some(diff_id));
    if options.author.is_some() {
        config.set_author(options.author.clone());
    }
}
