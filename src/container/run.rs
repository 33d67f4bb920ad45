//! Running a container just created (`run`): in the foreground, its process
//! a child of this one with this process's standard streams, or detached
//! under a monitor of its own.

use crate::container::create::{create_in, CreateOptions};
use crate::container::launch::start_spec_for;
use crate::container::state::ContainerRecord;
use crate::container::user_namespace::InfraStopped;
use crate::container::{monitor, ContainerStore};
use crate::error::Result;
use crate::image::registry::Progress;
use crate::image::ImageStore;
use crate::paths::Paths;
use crate::runtime::process;
use crate::runtime::spec::{NetworkMode, NetworkSetting};
use crate::sys::warnings::warn;

/// `create`, for a container started right after it in this process: a
/// pod's stopped infra is started, a container on a user network is made
/// inside the networks' user namespace (which this process joins first),
/// and the containers it requires are started.
pub fn create_to_start(paths: &Paths, options: &CreateOptions, progress: &dyn Progress) -> Result<ContainerRecord> {
    if let Some(NetworkMode::User(name)) = options.network.as_ref().map(NetworkSetting::mode) {
        crate::network::NetworkStore::open(paths).lookup(name).map_err(|e| crate::error::Error::new(e.message))?;
        crate::network::holder::join(paths)?;
    }
    let record = create_in(paths, options, progress, InfraStopped::Start)?;
    if let Err(e) = crate::container::lifecycle::start_required(paths, &record) {
        let _ = ContainerStore::open(paths).remove(&record);
        return Err(e);
    }
    Ok(record)
}

/// Start the container under its own monitor and return; an auto-removed
/// container that cannot start is removed.
pub fn start_detached(paths: &Paths, record: &ContainerRecord) -> Result<()> {
    let started = monitor::spawn(paths, &record.id);
    if started.is_err() && record.config.auto_remove {
        let _ = ContainerStore::open(paths).remove(record);
    }
    started
}

/// What a foreground run does besides running the process.
#[derive(Debug, Clone, Default)]
pub struct ForegroundOptions {
    /// Descriptors 3 to 3+N-1 of this process passed on to the container.
    pub preserve_fds: u32,
    /// With auto-remove: the image to remove after the container if no
    /// other container uses it (`--rmi`).
    pub remove_image: Option<String>,
    /// `--sig-proxy=false`: the signals skiff receives are not passed on.
    pub keep_signals: bool,
}

/// Run the container's process as a child of this process, with its
/// standard streams, until it exits: its exit code. Then the container is
/// removed (auto-remove) or marked exited, or its restart policy goes on
/// under a monitor.
pub fn run_foreground(paths: &Paths, mut record: ContainerRecord, options: &ForegroundOptions) -> Result<i32> {
    let containers = ContainerStore::open(paths);
    let images = ImageStore::open(paths)?;
    let spec = match start_spec_for(paths, &images, &record) {
        Ok(spec) => crate::runtime::spec::ContainerSpec { preserve_fds: options.preserve_fds, proxy_signals: !options.keep_signals, ..spec },
        Err(e) => {
            let _ = containers.remove(&record);
            return Err(e);
        }
    };
    // Only a removed container's namespaces are left to the removal's
    // process (a restarted one needs its directories unmounted first).
    let hold = record.config.auto_remove;
    let (outcome, namespaces) = process::run_holding(&spec, hold, |pid| {
        let _ = containers.mark_running(&mut record, pid);
    });
    let exit_code = match &outcome {
        Ok(code) => Some(*code),
        Err(e) if e.code != crate::error::EXIT_ENGINE => Some(e.code),
        Err(_) => None,
    };
    if let Some(code) = exit_code {
        containers.died(&record, code);
        if let Some(hooks) = &spec.hooks {
            hooks.run_poststop();
        }
    }
    if record.config.auto_remove {
        containers.remove_detached(&record, namespaces)?;
        crate::volume::remove_anonymous(paths, &record.config.mounts)?;
        if let Some(image) = &options.remove_image {
            if let Err(e) = crate::container::image_removal::remove_unused(paths, image) {
                warn(&format!("Failed removing image {image}: {}", e.message));
            }
        }
    } else if let Some(code) = exit_code {
        // The container may have been removed (rm -f) while it ran.
        // As podman and docker: `run` returns the first run's status and the
        // restart policy goes on in the background, under a monitor that
        // counts this run's restart as the first.
        if record.config.restart.should_restart(code, record.restart_count, containers.stop_requested(&record.id)) {
            if containers.mark_restarting(&mut record, code).is_ok() {
                monitor::spawn(paths, &record.id)?;
            }
            return outcome;
        }
        let _ = containers.mark_exited(&mut record, code);
    }
    containers.clear_live(&record.id);
    outcome
}
