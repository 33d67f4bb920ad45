//! Starting and stopping a pod: its infra process, its init containers
//! (`create --init-ctr`) and its other containers. The monitors are started
//! from outside any user namespace: each joins the pod's.

use super::{infra, PodRecord, PodStore};
use crate::container::lifecycle::WhenRunning;
use crate::container::{monitor, ContainerRecord, ContainerStatus, ContainerStore, InitContainerKind};
use crate::error::Result;
use crate::paths::Paths;
use std::time::Duration;

/// How often `pod start` looks whether an init container has ended.
const INIT_CONTAINER_POLL: Duration = Duration::from_millis(20);

/// `pod start`: the infra process, then the pod's init containers one at a
/// time, oldest first, each to a zero exit (a `once` one is removed then),
/// then every other container that is not running. As podman, an init
/// container that fails ends it there: the infra process keeps running and
/// the other containers are not started.
pub fn start(paths: &Paths, pod: &PodRecord) -> Result<()> {
    start_containers(paths, pod, true)
}

/// `pod restart`: every container stopped, then started again, without
/// the init containers, which podman runs at `pod start` only.
pub fn restart(paths: &Paths, pod: &PodRecord) -> Result<()> {
    stop(paths, pod, None)?;
    start_containers(paths, pod, false)
}

/// Stop every container of the pod (`timeout`: seconds before SIGKILL,
/// None for each container's own), then its infra process.
pub fn stop(paths: &Paths, pod: &PodRecord, timeout: Option<u64>) -> Result<()> {
    let pods = PodStore::open(paths);
    let containers = ContainerStore::open(paths);
    for c in pods.containers_of(&containers, &pod.id)? {
        crate::container::lifecycle::stop(&containers, &c, timeout)?;
    }
    pods.stop_infra(&pod.id);
    Ok(())
}

/// `pod pause` (`pause` true) or `pod unpause`: every container of the
/// pod that runs (or is paused); as podman, those in another state are
/// passed over. The first failure, naming its container, after trying
/// every container. The infra process is left running: it holds the
/// pod's namespaces and runs nothing of the user's.
pub fn pause(paths: &Paths, pod: &PodRecord, pause: bool) -> Result<()> {
    let pods = PodStore::open(paths);
    let containers = ContainerStore::open(paths);
    let mut failed = None;
    for c in pods.containers_of(&containers, &pod.id)? {
        let done = match (pause, c.is_paused()) {
            (true, false) if c.status == ContainerStatus::Running => crate::container::pause::pause(&containers, &c),
            (false, true) => crate::container::pause::unpause(&containers, &c),
            _ => continue,
        };
        if let Err(e) = done {
            let verb = if pause { "pausing" } else { "unpausing" };
            failed.get_or_insert(crate::err!("{verb} container {}: {}", c.id, e.message));
        }
    }
    if let Some(e) = failed {
        return Err(e);
    }
    pods.event(pod, if pause { "pause" } else { "unpause" });
    Ok(())
}

fn start_containers(paths: &Paths, pod: &PodRecord, with_init_containers: bool) -> Result<()> {
    let pods = PodStore::open(paths);
    infra::ensure_running(paths, &pods, pod)?;
    let containers = ContainerStore::open(paths);
    let members = pods.containers_of(&containers, &pod.id)?;
    if with_init_containers {
        run_init_containers(paths, pod, &containers, &members)?;
    }
    for c in members.iter().filter(|c| c.config.init_container.is_none()) {
        if containers.live_pid(&c.id).is_none() {
            start_monitor(paths, &containers, c)?;
        }
    }
    Ok(())
}

fn start_monitor(paths: &Paths, containers: &ContainerStore, record: &ContainerRecord) -> Result<()> {
    // A stop asked of its previous run must not stop this one.
    containers.clear_stop(&record.id);
    monitor::spawn(paths, &record.id)
}

/// Run the pod's init containers (of `members`, its containers) in the
/// order they were made, each to its end; one still running from an
/// earlier start is waited for.
fn run_init_containers(paths: &Paths, pod: &PodRecord, containers: &ContainerStore, members: &[ContainerRecord]) -> Result<()> {
    let mut init_containers: Vec<&ContainerRecord> = members.iter().filter(|c| c.config.init_container.is_some()).collect();
    init_containers.sort_by_key(|c| (c.created, c.created_nanos));
    for init in init_containers {
        if containers.live_pid(&init.id).is_none() {
            start_monitor(paths, containers, init)?;
        }
        // The monitor has marked it running before `spawn` returns, so an
        // exit seen now is this run's.
        let code = crate::container::lifecycle::wait_for(containers, &init.id, &[ContainerStatus::Exited], INIT_CONTAINER_POLL)?;
        if code != 0 {
            return Err(crate::err!(
                "init container {} of pod {} exited with code {code}: the pod's other containers were not started",
                init.name,
                pod.name
            ));
        }
        if init.config.init_container == Some(InitContainerKind::Once) {
            // Its files belong to subordinate ids: removed from inside the
            // user namespace, by a child, so that this process stays outside
            // to start the monitors.
            crate::runtime::userns::in_user_namespace_child(|| {
                crate::container::lifecycle::remove_one(paths, containers, &init.id, WhenRunning::Kill, false).map(drop)
            })?;
        }
    }
    Ok(())
}
