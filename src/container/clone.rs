//! `container clone`: a new container made from the options another was
//! created with (kept beside its record, see `create::CREATE_OPTIONS_FILE`),
//! with a new name and perhaps a new image or pod, as podman's clone makes a
//! container again from the original's spec. The clone gets files of its
//! own: root file system, /etc files, anonymous volumes and free host ports.

use crate::container::create::{self, CreateOptions};
use crate::container::lifecycle::{self, WhenRunning};
use crate::container::state::ContainerRecord;
use crate::container::{ContainerStatus, ContainerStore};
use crate::error::Result;
use crate::image::pull_policy::PullPolicy;
use crate::image::registry::Progress;
use crate::paths::Paths;

/// What `container clone` asks.
#[derive(Debug, Clone, Default)]
pub struct CloneOptions {
    /// The container to clone (name or id).
    pub source: String,
    /// None: the original's name with -clone (then -clone1, -clone2, ...).
    pub name: Option<String>,
    /// None: the original's image (by id, so a moved tag changes nothing).
    pub image: Option<String>,
    /// None: the original's pod, if any.
    pub pod: Option<String>,
    /// Remove the original once the clone exists.
    pub destroy: bool,
    /// With `destroy`: remove the original even if it runs.
    pub force: bool,
    /// Start the clone.
    pub run: bool,
}

/// Make the clone (and start it, remove the original, as asked).
pub fn clone_container(paths: &Paths, options: &CloneOptions, progress: &dyn Progress) -> Result<ContainerRecord> {
    if options.force && !options.destroy {
        return Err(crate::err!("cannot set --force without --destroy"));
    }
    let store = ContainerStore::open(paths);
    // As podman: a missing container is an error like any other here (125).
    let original = store.lookup(&options.source).map_err(|e| crate::error::Error::new(e.message))?;
    if options.destroy && !options.force && original.status == ContainerStatus::Running {
        // Said before anything is made, so that a refusal leaves nothing behind.
        return Err(crate::err!("cannot destroy container {} as it is running: stop it first or add --force", original.name));
    }
    let mut create_options = create::stored_create_options(&store.container_dir(&original.id))?.ok_or_else(|| {
        crate::err!(
            "container {} cannot be cloned: its creation options were not kept (it was created by an older skiff, or given secrets inline by compose); create it again",
            original.name
        )
    })?;
    let name = match &options.name {
        Some(name) => name.clone(),
        None => free_clone_name(&store, &original.name),
    };
    clone_settings(&mut create_options, &original, name, options);
    let clone = create::create(paths, &create_options, progress)?;
    if options.destroy {
        lifecycle::remove_one(paths, &store, &original.id, if options.force { WhenRunning::Kill } else { WhenRunning::Refuse }, false)?;
    }
    if options.run {
        lifecycle::start_pod_of(paths, &clone)?;
        crate::container::run::start_detached(paths, &clone)?;
    }
    Ok(clone)
}

/// The original's options made into the clone's: its name, image and pod,
/// what `create` resolved that may have changed since (names of required
/// containers), and nothing that belongs to the original alone.
fn clone_settings(create_options: &mut CreateOptions, original: &ContainerRecord, name: String, options: &CloneOptions) {
    create_options.name = Some(name);
    create_options.replace = false;
    create_options.cidfile = None;
    match &options.image {
        Some(image) => {
            create_options.image = image.clone();
            create_options.rootfs = None;
            create_options.pull = PullPolicy::Missing;
        }
        // `--rootfs`: the same directory.
        None if original.config.rootfs.is_some() => {}
        None => {
            create_options.image = original.image_id.clone();
            create_options.pull = PullPolicy::Never;
        }
    }
    create_options.pod = match &options.pod {
        Some(pod) => Some(pod.clone()),
        None => Some(original.config.pod.clone()).filter(|pod| !pod.is_empty()),
    };
    create_options.requires = original.config.requires.clone();
}

/// podman's choice: NAME-clone, then NAME-clone1, NAME-clone2, ... (a
/// clone of a clone counts on: c-clone gives c-clone1).
fn free_clone_name(store: &ContainerStore, original: &str) -> String {
    let base = match original.rfind("-clone") {
        Some(at) if original[at + 6..].chars().all(|c| c.is_ascii_digit()) => original[..at + 6].to_string(),
        _ => format!("{original}-clone"),
    };
    let taken = |name: &str| store.lookup(name).is_ok_and(|c| c.name == name);
    std::iter::once(base.clone()).chain((1..).map(|n| format!("{base}{n}"))).find(|name| !taken(name)).unwrap_or(base)
}
