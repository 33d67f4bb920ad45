//! `pause` and `unpause` without cgroups (issue 14): every process of a
//! container held with SIGSTOP (or its own cgroup v2 frozen), the state
//! shown as podman shows it, what podman refuses of a paused container
//! refused, and stop and rm -f of one prompt; `pod pause`, `compose pause`
//! and the API's.

use crate::common;
use common::service::Service;
use common::*;
use std::time::{Duration, Instant};

/// Writes a line to its log every 50 ms from two processes: the shell and
/// a subshell it forked.
const COUNTER: &str = "(while true; do echo child; sleep 0.05; done) & while true; do echo main; sleep 0.05; done";

fn log_lines(store: &Store, name: &str) -> usize {
    store.skiff(&["logs", name]).ok().lines().len()
}

/// That the log of `name` does not grow over a while (a paused container
/// writes nothing; what it wrote just before is read by then).
#[track_caller]
fn assert_no_progress(store: &Store, name: &str) {
    std::thread::sleep(Duration::from_millis(300));
    let before = log_lines(store, name);
    std::thread::sleep(Duration::from_millis(700));
    assert_eq!(log_lines(store, name), before, "a paused container wrote to its log");
}

fn state(store: &Store, name: &str) -> String {
    store.skiff(&["inspect", "--format", "{{.State.Status}} {{.State.Paused}} {{.State.Running}}", name]).ok().stdout.trim().to_string()
}

/// The pause and unpause events recorded of what `filter` chooses.
fn pause_events(store: &Store, filter: &str) -> Vec<String> {
    let events = store.skiff(&["events", "--stream=false", "--filter", filter, "--format", "{{.Status}}"]);
    events.ok().lines().into_iter().filter(|e| e == "pause" || e == "unpause").collect()
}

/// The state letters (field 3 of /proc/PID/stat) of the container's processes.
fn process_states(store: &Store, name: &str) -> Vec<char> {
    let top = store.skiff(&["top", name, "hpid"]);
    top.ok()
        .lines()
        .iter()
        .filter_map(|pid| std::fs::read_to_string(format!("/proc/{}/stat", pid.trim())).ok())
        .filter_map(|stat| stat.rsplit_once(')').and_then(|(_, rest)| rest.trim_start().chars().next()))
        .collect()
}

#[test]
fn a_paused_container_makes_no_progress_until_unpaused_and_shows_paused() {
    let store = Store::new();
    store.import_busybox("bb");
    let id = store.skiff(&["run", "-d", "--name", "counter", "bb", "sh", "-c", COUNTER]).ok().stdout.trim().to_string();
    wait_for("the counter's first lines", Duration::from_secs(10), || log_lines(&store, "counter") >= 4);
    store.skiff(&["pause", "counter"]).ok().stdout_is("counter");
    let states = process_states(&store, "counter");
    assert!(states.len() >= 3 && states.iter().all(|s| *s == 'T'), "every process of it is stopped: {states:?}");
    assert_no_progress(&store, "counter");

    // Its state, as podman shows it.
    assert_eq!(state(&store, "counter"), "paused true false");
    store.skiff(&["ps", "--format", "{{.Names}} {{.Status}} {{.State}}"]).ok().stdout_is("counter Paused paused");
    store.skiff(&["ps", "-q", "--no-trunc", "--filter", "status=paused"]).ok().stdout_is(&id);
    store.skiff(&["ps", "-q", "--filter", "status=running"]).ok().stdout_is("");
    store.skiff(&["info", "--format", "{{.Store.ContainerStore.Paused}} {{.Store.ContainerStore.Running}}"]).ok().stdout_is("1 0");
    // top still lists its processes.
    store.skiff(&["top", "counter"]).ok().stdout_has("sleep");

    // What podman refuses of a paused container, in podman's words.
    store.skiff(&["exec", "counter", "true"]).code(125).stderr_has("can only create exec sessions on running containers: container state improper");
    store.skiff(&["attach", "counter"]).code(125).stderr_has("can only attach to created or running containers");
    store.skiff(&["pause", "counter"]).code(125).stderr_has(&format!("\"{id}\" is already paused: container state improper"));
    store.skiff(&["create", "--name", "idle", "bb", "true"]).ok();
    store.skiff(&["pause", "idle"]).code(125).stderr_has("\"created\" is not running, can't pause: container state improper");
    store.skiff(&["unpause", "idle"]).code(125).stderr_has("is not paused, can't unpause: container state improper");
    store.skiff(&["pause", "nothere"]).code(125).stderr_has("no container with name or ID \"nothere\"");
    assert_eq!(state(&store, "counter"), "paused true false", "the failed commands left it paused");

    // Unpaused, it counts on; unpausing it again is refused.
    let before = log_lines(&store, "counter");
    store.skiff(&["container", "unpause", "counter"]).ok().stdout_is("counter");
    wait_for("the counter to count on", Duration::from_secs(10), || log_lines(&store, "counter") > before + 4);
    assert_eq!(state(&store, "counter"), "running false true");
    store.skiff(&["unpause", "counter"]).code(125).stderr_has(&format!("\"{id}\" is not paused, can't unpause"));
    store.skiff(&["exec", "counter", "echo", "in"]).ok().stdout_is("in");

    // Both were recorded as podman records them.
    assert_eq!(pause_events(&store, "container=counter"), ["pause", "unpause"]);
    store.skiff(&["rm", "-f", "counter", "idle"]).ok();
    assert_no_processes_left(&store);
}

#[test]
fn stop_and_rm_f_of_a_paused_container_are_prompt_and_leave_nothing() {
    let store = Store::new();
    store.import_busybox("bb");
    // The shell handles SIGTERM: it must run again to act on it.
    let polite = "trap 'echo bye; exit 3' TERM; while true; do sleep 0.05; done";
    store.skiff(&["run", "-d", "--name", "polite", "bb", "sh", "-c", polite]).ok();
    store.skiff(&["run", "-d", "--name", "stubborn", "bb", "sh", "-c", COUNTER]).ok();
    store.skiff(&["run", "-d", "--name", "doomed", "bb", "sh", "-c", COUNTER]).ok();
    store.skiff(&["pause", "polite", "stubborn", "doomed"]).ok().stdout_is("polite\nstubborn\ndoomed");

    store.skiff(&["stop", "polite"]).ok().stdout_is("polite");
    store.skiff(&["wait", "polite"]).ok().stdout_is("3");
    store.skiff(&["logs", "polite"]).ok().stdout_has("bye");
    // The shell as pid 1 ignores SIGTERM: SIGKILL after the timeout.
    let begun = Instant::now();
    store.skiff(&["stop", "-t", "1", "stubborn"]).ok().stdout_is("stubborn");
    assert!(begun.elapsed() < Duration::from_secs(8), "stop -t 1 of a paused container took {:?}", begun.elapsed());
    store.skiff(&["inspect", "--format", "{{.State.Status}} {{.State.Paused}} {{.State.ExitCode}}", "stubborn"]).ok().stdout_is("exited false 137");
    let begun = Instant::now();
    store.skiff(&["rm", "-f", "doomed"]).ok().stdout_is("doomed");
    assert!(begun.elapsed() < Duration::from_secs(8), "rm -f of a paused container took {:?}", begun.elapsed());
    // A stopped container that had been paused starts as a running one.
    store.skiff(&["start", "stubborn"]).ok();
    assert_eq!(state(&store, "stubborn"), "running false true");
    store.skiff(&["pause", "stubborn"]).ok();
    store.skiff(&["restart", "-t", "1", "stubborn"]).ok().stdout_is("stubborn");
    assert_eq!(state(&store, "stubborn"), "running false true");
    store.skiff(&["rm", "-f", "polite", "stubborn"]).ok();
    store.skiff(&["ps", "-a", "-q"]).ok().stdout_is("");
    assert_no_processes_left(&store);
}

#[test]
fn pause_and_unpause_take_cidfile_all_filter_and_latest() {
    let store = Store::new();
    store.import_busybox("bb");
    store.skiff(&["create", "--name", "created", "bb", "true"]).ok();
    let cidfile = store.home.join("b.cid");
    store.skiff(&["run", "-d", "--name", "a", "bb", "sleep", "1000"]).ok();
    let b = store.skiff(&["run", "-d", "--name", "b", "--cidfile", cidfile.to_str().unwrap(), "bb", "sleep", "1000"]).ok().stdout.trim().to_string();
    let c = store.skiff(&["run", "-d", "--name", "c", "--label", "tier=back", "bb", "sleep", "1000"]).ok().stdout.trim().to_string();
    let a = store.skiff(&["inspect", "--format", "{{.Id}}", "a"]).ok().stdout.trim().to_string();

    store.skiff(&["pause", "--cidfile", cidfile.to_str().unwrap()]).ok().stdout_is(&b);
    store.skiff(&["pause", "--filter", "label=tier=back"]).ok().stdout_is(&c);
    // --all: every running container; the paused and the created are passed over.
    store.skiff(&["pause", "--all"]).ok().stdout_is(&a);
    let paused = store.skiff(&["ps", "-q", "--no-trunc", "--filter", "status=paused"]);
    let mut paused = paused.ok().lines();
    paused.sort();
    let mut all = vec![a.clone(), b.clone(), c.clone()];
    all.sort();
    assert_eq!(paused, all);
    store.skiff(&["pause", "-a"]).ok().stdout_is("");

    // --latest: the newest container, c.
    store.skiff(&["unpause", "--latest"]).ok().stdout_is(&c);
    store.skiff(&["container", "unpause", "-f", &format!("id={}", &a[..12])]).ok().stdout_is(&a);
    store.skiff(&["unpause", "-a"]).ok().stdout_is(&b);
    store.skiff(&["ps", "-q", "--filter", "status=paused"]).ok().stdout_is("");

    // Flags that do not go together, as podman checks them.
    store.skiff(&["pause", "--all", "a"]).code(125).stderr_has("no arguments are needed with --all");
    store.skiff(&["pause", "--all", "--latest"]).code(125).stderr_has("cannot be used together");
    store.skiff(&["pause"]).code(125).stderr_has("you must provide at least one name or id");
    store.skiff(&["pause", "--filter", "colour=blue"]).code(125).stderr_has("invalid filter");
    // A missing one fails the command before any is paused.
    store.skiff(&["pause", "a", "nothere"]).code(125).stderr_has("nothere");
    store.skiff(&["ps", "-q", "--filter", "status=paused"]).ok().stdout_is("");
    store.skiff(&["rm", "-f", "-a"]).ok();
    assert_no_processes_left(&store);
}

#[test]
fn pod_pause_holds_every_container_of_the_pod() {
    let store = Store::new();
    store.import_busybox("bb");
    let pod = store.skiff(&["pod", "create", "--name", "duo"]).ok().stdout.trim().to_string();
    store.skiff(&["run", "-d", "--pod", "duo", "--name", "one", "bb", "sh", "-c", COUNTER]).ok();
    store.skiff(&["run", "-d", "--pod", "duo", "--name", "two", "bb", "sh", "-c", COUNTER]).ok();
    wait_for("both to write", Duration::from_secs(10), || log_lines(&store, "one") >= 2 && log_lines(&store, "two") >= 2);
    store.skiff(&["pod", "pause", "duo"]).ok().stdout_is(&pod);
    assert_eq!(state(&store, "one"), "paused true false");
    assert_eq!(state(&store, "two"), "paused true false");
    assert_no_progress(&store, "one");
    store.skiff(&["pod", "ps", "--format", "{{.Name}} {{.Status}}"]).ok().stdout_is("duo Paused");
    store.skiff(&["pod", "unpause", "-l"]).ok().stdout_is(&pod);
    assert_eq!(state(&store, "one"), "running false true");
    assert_eq!(state(&store, "two"), "running false true");
    store.skiff(&["pod", "ps", "--format", "{{.Name}} {{.Status}}"]).ok().stdout_is("duo Running");
    // -a: every pod; its stopped containers are passed over.
    store.skiff(&["stop", "-t", "0", "two"]).ok();
    store.skiff(&["pod", "pause", "-a"]).ok().stdout_is(&pod);
    assert_eq!(state(&store, "one"), "paused true false");
    store.skiff(&["pod", "unpause", "--all"]).ok().stdout_is(&pod);
    store.skiff(&["pod", "pause", "nothere"]).code(125).stderr_has("nothere");
    assert_eq!(pause_events(&store, "type=pod"), ["pause", "unpause", "pause", "unpause"]);
    store.skiff(&["pod", "rm", "-f", "-t", "0", "duo"]).ok();
    assert_no_processes_left(&store);
}

#[test]
fn compose_pause_and_unpause_the_services_containers() {
    require_host();
    let store = Store::new();
    store.import_busybox("bb");
    let project = "services:\n  web:\n    image: localhost/bb\n    command: [sleep, '1000']\n  worker:\n    image: localhost/bb\n    command: [sleep, '1000']\n";
    store.write_file("held/compose.yaml", project);
    in_dir(&store, "held", "skiff compose up -d").ok();
    in_dir(&store, "held", "skiff compose pause worker").ok().stderr_has("Container held-worker-1  Paused");
    store.skiff(&["ps", "--format", "{{.Names}} {{.State}}", "--sort", "names"]).ok().stdout_is("held-web-1 running\nheld-worker-1 paused");
    in_dir(&store, "held", "skiff compose ps --status paused --services").ok().stdout_is("worker");
    // A dry run reports and changes nothing.
    in_dir(&store, "held", "skiff compose --dry-run unpause").ok().stderr_has("DRY-RUN MODE -  Container held-worker-1  Unpaused");
    assert_eq!(state(&store, "held-worker-1"), "paused true false");
    // Without services: every running one; the paused one is passed over.
    let paused = in_dir(&store, "held", "skiff compose pause");
    paused.ok().stderr_has("Container held-web-1  Paused");
    assert!(!paused.stderr.contains("worker"), "the paused container is passed over\n{}", paused.stderr);
    in_dir(&store, "held", "skiff compose unpause").ok().stderr_has("Container held-web-1  Unpaused").stderr_has("Container held-worker-1  Unpaused");
    store.skiff(&["ps", "-q", "--filter", "status=paused"]).ok().stdout_is("");
    in_dir(&store, "held", "skiff compose pause web").ok();
    // down of a paused service is as prompt as of a running one.
    in_dir(&store, "held", "skiff compose down -t 1").ok();
    store.skiff(&["ps", "-a", "-q"]).ok().stdout_is("");
    assert_no_processes_left(&store);
}

#[test]
fn docker_pause_and_unpause_through_the_api() {
    let store = Store::new();
    store.import_busybox("bb");
    let service = Service::start(&store, &["--time", "0"]);
    store.skiff(&["run", "-d", "--name", "web", "bb", "sh", "-c", COUNTER]).ok();
    service.docker(&store, &["pause", "web"]).ok().stdout_is("web\n");
    assert_eq!(state(&store, "web"), "paused true false");
    assert_no_progress(&store, "web");
    // docker's view: still running, and paused.
    service.docker(&store, &["inspect", "--format", "{{.State.Status}} {{.State.Paused}} {{.State.Running}}", "web"]).ok().stdout_is("paused true true\n");
    service.docker(&store, &["ps", "--format", "{{.Names}} {{.State}} {{.Status}}", "--filter", "status=paused"]).ok().stdout_has("web paused Up").stdout_has("(Paused)");
    service.docker(&store, &["info", "--format", "{{.ContainersPaused}} {{.ContainersRunning}}"]).ok().stdout_is("1 0\n");
    let refused = service.docker(&store, &["pause", "web"]);
    refused.stderr_has("is already paused").check(refused.code != 0, "a second pause fails");
    let refused = service.docker(&store, &["exec", "web", "true"]);
    refused.stderr_has("is paused, unpause the container before exec").check(refused.code != 0, "exec fails");
    service.docker(&store, &["unpause", "web"]).ok().stdout_is("web\n");
    let refused = service.docker(&store, &["unpause", "web"]);
    refused.stderr_has("is not paused").check(refused.code != 0, "a second unpause fails");
    assert_eq!(state(&store, "web"), "running false true");
    let (status, body) = service.request("POST", "/v1.41/containers/nothere/pause", b"");
    assert_eq!(status, 404, "pause of a missing container: {body}");
    store.skiff(&["create", "--name", "idle", "bb", "true"]).ok();
    let (status, body) = service.request("POST", "/v1.41/containers/idle/pause", b"");
    assert_eq!(status, 409, "pause of a container that does not run: {body}");
    // The API recorded both, as the CLI does.
    service.docker(&store, &["pause", "web"]).ok();
    service.docker(&store, &["stop", "-t", "1", "web"]).ok().stdout_is("web\n");
    assert_eq!(pause_events(&store, "container=web"), ["pause", "unpause", "pause"]);
    store.skiff(&["rm", "-f", "web", "idle"]).ok();
}
