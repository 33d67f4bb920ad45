//! A project's containers as the store holds them: found by the labels
//! docker compose sets (so containers docker-compose created through the
//! API count too), and what `down`, `stop`, `start`, `restart`, `kill` and
//! `rm` do to them.

use super::load::{start_order, Project};
use super::model::ServiceHook;
use crate::container::exec::ExecOptions;
use crate::container::lifecycle::{self, WhenRunning};
use crate::container::state::{ContainerRecord, ContainerStatus};
use crate::container::ContainerStore;
use crate::error::Result;
use crate::paths::Paths;
use crate::sys::process::ChildWork;
use std::collections::BTreeSet;

pub const LABEL_PROJECT: &str = "com.docker.compose.project";
pub const LABEL_SERVICE: &str = "com.docker.compose.service";
pub const LABEL_NUMBER: &str = "com.docker.compose.container-number";
pub const LABEL_ONEOFF: &str = "com.docker.compose.oneoff";
pub const LABEL_CONFIG_HASH: &str = "com.docker.compose.config-hash";
pub const LABEL_WORKING_DIR: &str = "com.docker.compose.project.working_dir";
pub const LABEL_CONFIG_FILES: &str = "com.docker.compose.project.config_files";
pub const LABEL_VERSION: &str = "com.docker.compose.version";
pub const LABEL_NETWORK: &str = "com.docker.compose.network";
pub const LABEL_VOLUME: &str = "com.docker.compose.volume";
pub const LABEL_DEPENDS_ON: &str = "com.docker.compose.depends_on";
pub const LABEL_IMAGE: &str = "com.docker.compose.image";

/// The compose version skiff's labels claim (docker compose v2's format).
pub const COMPOSE_VERSION: &str = "2.24.0";

/// What an operation did to one thing, for the front end to show as
/// docker compose does ("Container app-web-1  Started").
pub trait Progress {
    fn report(&self, kind: &str, name: &str, state: &str);
    /// Whether the steps are only reported, not taken (`compose
    /// --dry-run`): stop, start, kill and the removals then change nothing.
    fn dry_run(&self) -> bool {
        false
    }
}

/// The service a container belongs to.
pub fn service_of(record: &ContainerRecord) -> &str {
    record.config.labels.get(LABEL_SERVICE).map(String::as_str).unwrap_or("")
}

/// A container's replica number (1 for the first).
pub fn number_of(record: &ContainerRecord) -> u32 {
    record.config.labels.get(LABEL_NUMBER).and_then(|n| n.parse().ok()).unwrap_or(0)
}

pub fn is_oneoff(record: &ContainerRecord) -> bool {
    record.config.labels.get(LABEL_ONEOFF).is_some_and(|v| v == "True")
}

/// Every container of the project `name` (one-off `run` containers
/// included), by service and number.
pub fn of_project(store: &ContainerStore, name: &str) -> Result<Vec<ContainerRecord>> {
    let mut containers: Vec<ContainerRecord> =
        store.list()?.into_iter().filter(|c| c.config.labels.get(LABEL_PROJECT).is_some_and(|p| p == name)).collect();
    containers.sort_by(|a, b| (service_of(a), number_of(a), &a.name).cmp(&(service_of(b), number_of(b), &b.name)));
    Ok(containers)
}

/// The project's service containers (no one-offs) of the services named,
/// or of all services when none is.
pub fn of_services(store: &ContainerStore, project: &Project, services: &[String]) -> Result<Vec<ContainerRecord>> {
    Ok(of_project(store, &project.name)?
        .into_iter()
        .filter(|c| !is_oneoff(c))
        .filter(|c| if services.is_empty() { project.model.services.contains_key(service_of(c)) } else { services.iter().any(|s| s == service_of(c)) })
        .collect())
}

/// Containers of services the model no longer has (or profiles disabled).
pub fn orphans(store: &ContainerStore, project: &Project) -> Result<Vec<ContainerRecord>> {
    Ok(of_project(store, &project.name)?
        .into_iter()
        .filter(|c| !is_oneoff(c) && !project.model.services.contains_key(service_of(c)) && !project.disabled.contains_key(service_of(c)))
        .collect())
}

/// Services in the order they are started: dependencies first.
pub fn ordered_services(project: &Project, services: &BTreeSet<String>) -> Result<Vec<String>> {
    start_order(&project.model, services)
}

/// Containers in the order they are stopped: dependents first (the
/// reverse of the start order), orphans and unknown services first of all.
fn stop_order(project: &Project, containers: Vec<ContainerRecord>) -> Result<Vec<ContainerRecord>> {
    let names: BTreeSet<String> = project.model.services.keys().cloned().collect();
    let order = ordered_services(project, &names)?;
    let rank = |c: &ContainerRecord| order.iter().position(|s| s == service_of(c)).map(|i| order.len() - i).unwrap_or(usize::MAX);
    let mut containers = containers;
    containers.sort_by_key(|c| std::cmp::Reverse(rank(c)));
    Ok(containers)
}

/// The options of an exec that runs `hook` in the container `id`.
pub fn hook_exec_options(id: &str, hook: &ServiceHook) -> ExecOptions {
    ExecOptions {
        container: id.to_string(),
        command: hook.command.clone(),
        env: hook.environment.iter().map(|(k, v)| format!("{k}={}", v.clone().unwrap_or_default())).collect(),
        workdir: hook.working_dir.clone(),
        user: hook.user.clone(),
        privileged: hook.privileged,
        ..Default::default()
    }
}

/// Which of a service's lifecycle hooks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hooks {
    PostStart,
    PreStop,
}

/// Run the container's service's `post_start` or `pre_stop` hooks in it,
/// one after another, as docker compose does: each is an exec (in a child
/// process, which joins the container's namespaces) whose output goes to
/// this process's, and one that exits non-zero is the error.
pub fn run_hooks(store: &ContainerStore, project: &Project, record: &ContainerRecord, which: Hooks) -> Result<()> {
    let service_name = service_of(record);
    let Some(service) = project.model.services.get(service_name) else { return Ok(()) };
    let hooks = match which {
        Hooks::PostStart => &service.post_start,
        Hooks::PreStop => &service.pre_stop,
    };
    for hook in hooks {
        let options = hook_exec_options(&record.id, hook);
        crate::sys::process::in_child(|| {
            let code = crate::container::exec::prepare(store.paths(), &options)?.run_foreground(&[])?;
            if code != 0 {
                return Err(crate::err!("{service_name} hook exited with status {code}"));
            }
            Ok(())
        })?;
    }
    Ok(())
}

/// Start the `post_start` hooks of a container that `run` starts and
/// attaches to: a child process waits until the container runs (a minute
/// at most), then runs them, as docker compose's `run` does on the start
/// event. None when the service has no such hooks.
pub fn post_start_hooks_when_running(store: &ContainerStore, project: &Project, record: &ContainerRecord) -> Result<Option<ChildWork>> {
    if project.model.services.get(service_of(record)).is_none_or(|service| service.post_start.is_empty()) {
        return Ok(None);
    }
    let work = crate::sys::process::start_in_child(|| {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
        loop {
            match store.lookup(&record.id) {
                Ok(now) if now.status == ContainerStatus::Running => break,
                Ok(now) if now.status == ContainerStatus::Created && std::time::Instant::now() < deadline => std::thread::sleep(std::time::Duration::from_millis(10)),
                // Gone, or ended before it was seen running: nothing to run in.
                _ => return Ok(()),
            }
        }
        run_hooks(store, project, record, Hooks::PostStart)
    })?;
    Ok(Some(work))
}

/// Stop containers, dependents first, each after its `pre_stop` hooks.
pub fn stop(store: &ContainerStore, project: &Project, containers: Vec<ContainerRecord>, timeout: Option<u64>, progress: &dyn Progress) -> Result<()> {
    for record in stop_order(project, containers)? {
        if record.status != ContainerStatus::Running {
            continue;
        }
        progress.report("Container", &record.name, "Stopping");
        if !progress.dry_run() {
            run_hooks(store, project, &record, Hooks::PreStop)?;
            lifecycle::stop(store, &record, timeout)?;
        }
        progress.report("Container", &record.name, "Stopped");
    }
    Ok(())
}

/// Start stopped containers, dependencies first.
pub fn start(paths: &Paths, store: &ContainerStore, project: &Project, containers: Vec<ContainerRecord>, progress: &dyn Progress) -> Result<()> {
    start_in_order(paths, store, project, containers, progress, false)
}

/// Start containers `stop` has just stopped (`restart`): in a dry run
/// nothing was stopped, so each is reported as started all the same.
pub fn start_after_stop(paths: &Paths, store: &ContainerStore, project: &Project, containers: Vec<ContainerRecord>, progress: &dyn Progress) -> Result<()> {
    start_in_order(paths, store, project, containers, progress, progress.dry_run())
}

fn start_in_order(
    paths: &Paths,
    store: &ContainerStore,
    project: &Project,
    containers: Vec<ContainerRecord>,
    progress: &dyn Progress,
    all_stopped: bool,
) -> Result<()> {
    let mut containers = stop_order(project, containers)?;
    containers.reverse();
    for record in containers {
        if record.status == ContainerStatus::Running && !all_stopped {
            continue;
        }
        progress.report("Container", &record.name, "Starting");
        if !progress.dry_run() {
            lifecycle::start_under_monitor(paths, store, &record)?;
            run_hooks(store, project, &record, Hooks::PostStart)?;
        }
        progress.report("Container", &record.name, "Started");
    }
    Ok(())
}

/// Send `signal` to the running containers.
pub fn kill(store: &ContainerStore, containers: &[ContainerRecord], signal: nix::sys::signal::Signal, progress: &dyn Progress) -> Result<()> {
    for record in containers {
        let Some(pid) = store.live_pid(&record.id) else { continue };
        if !progress.dry_run() {
            nix::sys::signal::kill(nix::unistd::Pid::from_raw(pid), signal).map_err(|e| crate::err!("kill {}: {e}", record.name))?;
            store.event(record, "kill");
        }
        progress.report("Container", &record.name, "Killed");
    }
    Ok(())
}

/// `pause` (`pause` true) or `unpause`: the running (or paused)
/// containers, each reported as docker compose does; others are passed over.
pub fn pause(store: &ContainerStore, containers: &[ContainerRecord], pause: bool, progress: &dyn Progress) -> Result<()> {
    for record in containers {
        let eligible = if pause { record.status == ContainerStatus::Running && !record.is_paused() } else { record.is_paused() };
        if !eligible {
            continue;
        }
        if !progress.dry_run() {
            match pause {
                true => crate::container::pause::pause(store, record)?,
                false => crate::container::pause::unpause(store, record)?,
            }
        }
        progress.report("Container", &record.name, if pause { "Paused" } else { "Unpaused" });
    }
    Ok(())
}

/// Remove containers (stopped ones, or running ones killed first when
/// `force`); with `volumes`, their anonymous volumes. The caller is in
/// the user namespace (container files belong to subordinate ids).
pub fn remove(paths: &Paths, store: &ContainerStore, containers: &[ContainerRecord], force: bool, volumes: bool, progress: &dyn Progress) -> Result<()> {
    for record in containers {
        let when_running = if force { WhenRunning::Kill } else { WhenRunning::Refuse };
        progress.report("Container", &record.name, "Removing");
        if !progress.dry_run() {
            lifecycle::remove_one(paths, store, &record.id, when_running, volumes)?;
        }
        progress.report("Container", &record.name, "Removed");
    }
    Ok(())
}

/// What `down` removes besides containers.
#[derive(Debug, Clone, Copy, Default)]
pub struct DownOptions {
    pub remove_orphans: bool,
    /// `-v`: the project's named volumes and the containers' anonymous ones
    pub volumes: bool,
    pub timeout: Option<u64>,
}

/// `down`, first part: stop the project's containers (outside the user
/// namespace: each container's monitor handles its own). Returns the
/// containers `remove_down` then removes.
pub fn stop_for_down(store: &ContainerStore, project: &Project, options: &DownOptions, progress: &dyn Progress) -> Result<Vec<ContainerRecord>> {
    let mut containers: Vec<ContainerRecord> = of_project(store, &project.name)?
        .into_iter()
        .filter(|c| project.model.services.contains_key(service_of(c)) || project.disabled.contains_key(service_of(c)) || options.remove_orphans)
        .collect();
    if !options.remove_orphans {
        let orphans = orphans(store, project)?;
        if !orphans.is_empty() {
            crate::sys::warnings::warn(&format!(
                "found orphan containers ({}) for this project: remove them with --remove-orphans",
                orphans.iter().map(|c| c.name.as_str()).collect::<Vec<_>>().join(", ")
            ));
        }
        containers.retain(|c| !orphans.iter().any(|o| o.id == c.id));
    }
    // The hooks run first, one container after another (each in a child
    // process: none may be forked beside the stopping threads).
    if !progress.dry_run() {
        for record in stop_order(project, containers.clone())?.iter().filter(|c| c.status == ContainerStatus::Running) {
            run_hooks(store, project, record, Hooks::PreStop)?;
        }
    }
    stop_all_at_once(store, &containers, options.timeout, progress)?;
    Ok(containers)
}

/// Stop containers side by side (what `down` removes anyway): each waits
/// out its own grace period at the same time as the others, instead of
/// one after another.
fn stop_all_at_once(store: &ContainerStore, containers: &[ContainerRecord], timeout: Option<u64>, progress: &dyn Progress) -> Result<()> {
    let running: Vec<&ContainerRecord> = containers.iter().filter(|c| c.status == ContainerStatus::Running).collect();
    for record in &running {
        progress.report("Container", &record.name, "Stopping");
    }
    if progress.dry_run() {
        for record in &running {
            progress.report("Container", &record.name, "Stopped");
        }
        return Ok(());
    }
    let results: Vec<Result<()>> = std::thread::scope(|scope| {
        let stops: Vec<_> = running.iter().map(|record| scope.spawn(move || lifecycle::stop(store, record, timeout))).collect();
        stops.into_iter().map(|s| s.join().unwrap_or_else(|_| Err(crate::err!("a stopping thread panicked")))).collect()
    });
    // The caller enters the user namespace next, which needs this process
    // single-threaded: a joined thread can linger in /proc for a moment.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(2);
    while std::fs::read_dir("/proc/self/task").map(|t| t.count()).unwrap_or(1) > 1 && std::time::Instant::now() < deadline {
        std::thread::sleep(std::time::Duration::from_millis(1));
    }
    for (record, result) in running.iter().zip(results) {
        result?;
        progress.report("Container", &record.name, "Stopped");
    }
    Ok(())
}

/// `down`, second part (inside the user namespace): remove the containers,
/// then the project's networks no container uses any more and, with -v,
/// its named volumes. External networks and volumes stay.
pub fn remove_down(paths: &Paths, store: &ContainerStore, project: &Project, containers: &[ContainerRecord], options: &DownOptions, progress: &dyn Progress) -> Result<()> {
    remove(paths, store, containers, true, options.volumes, progress)?;
    // A dry run removed no container: those it would have do not count as users.
    let remaining_users = |users: Vec<ContainerRecord>| users.into_iter().filter(|u| !(progress.dry_run() && containers.iter().any(|c| c.id == u.id))).count();
    let networks = crate::network::NetworkStore::open(paths);
    for network in project.model.networks.values().filter(|n| !n.external) {
        let Some(name) = network.name.as_deref() else { continue };
        if !networks.exists(name) || remaining_users(crate::network::users_of_network(store, paths, name)?) > 0 {
            continue;
        }
        progress.report("Network", name, "Removing");
        if !progress.dry_run() {
            networks.remove(name)?;
        }
        progress.report("Network", name, "Removed");
    }
    if options.volumes {
        let volumes = crate::volume::VolumeStore::open(paths);
        for volume in project.model.volumes.values().filter(|v| !v.external) {
            let Some(name) = volume.name.as_deref() else { continue };
            if !volumes.exists(name) {
                continue;
            }
            if remaining_users(crate::volume::users_of_volume(store, name)?) > 0 {
                crate::sys::warnings::warn(&format!("volume {name} is in use by another container: kept"));
                continue;
            }
            progress.report("Volume", name, "Removing");
            if !progress.dry_run() {
                volumes.remove(name)?;
            }
            progress.report("Volume", name, "Removed");
        }
    }
    Ok(())
}

/// The projects that have containers in the store (`compose ls`): name,
/// the states of its containers, and its config files.
pub struct ProjectSummary {
    pub name: String,
    pub running: usize,
    pub exited: usize,
    pub created: usize,
    pub config_files: String,
}

pub fn projects(store: &ContainerStore) -> Result<Vec<ProjectSummary>> {
    let mut summaries: std::collections::BTreeMap<String, ProjectSummary> = std::collections::BTreeMap::new();
    for record in store.list()? {
        let Some(name) = record.config.labels.get(LABEL_PROJECT) else { continue };
        let summary = summaries.entry(name.clone()).or_insert_with(|| ProjectSummary {
            name: name.clone(),
            running: 0,
            exited: 0,
            created: 0,
            config_files: record.config.labels.get(LABEL_CONFIG_FILES).cloned().unwrap_or_default(),
        });
        match record.status {
            ContainerStatus::Running => summary.running += 1,
            ContainerStatus::Exited => summary.exited += 1,
            ContainerStatus::Created => summary.created += 1,
        }
    }
    Ok(summaries.into_values().collect())
}

/// Which images `down --rmi` removes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProjectImages {
    /// Those built for services without an image name of their own.
    Built,
    /// Every service's.
    All,
}

/// `down --rmi`: the project's images, each as `rmi` without --force
/// would remove it (an image another container uses stays, with a warning).
pub fn remove_images(paths: &Paths, project: &Project, which: ProjectImages, progress: &dyn Progress) -> Result<()> {
    let images = crate::image::ImageStore::open(paths)?;
    let containers = ContainerStore::open(paths);
    let mut names: Vec<String> = project
        .model
        .services
        .iter()
        .filter(|(_, s)| which == ProjectImages::All || s.image.is_none())
        .map(|(name, s)| super::up::image_of(project, name, s))
        .collect();
    names.sort();
    names.dedup();
    for name in names {
        let stored = crate::image::store::resolve(&images.list()?, &name)?.is_some();
        if !stored {
            continue;
        }
        progress.report("Image", &name, "Removing");
        if progress.dry_run() {
            progress.report("Image", &name, "Removed");
            continue;
        }
        let removed = images.update(|records| {
            crate::container::image_removal::remove_image(records, &containers, &name, false, false, &mut Default::default())
        });
        match removed {
            Ok(()) => progress.report("Image", &name, "Removed"),
            Err(e) => crate::sys::warnings::warn(&format!("image {name}: {}", e.message)),
        }
    }
    Ok(())
}

/// Wait until one of `containers` is no longer running; its exit status.
pub fn wait_first_exit(store: &ContainerStore, containers: &[ContainerRecord]) -> Result<i32> {
    loop {
        for c in containers {
            let current = store.lookup(&c.id)?;
            if current.status != ContainerStatus::Running {
                return Ok(current.exit_code.unwrap_or(0));
            }
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
}
