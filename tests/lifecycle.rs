//! Container lifecycle without a daemon (issue 5): detached containers
//! watched by their own monitor, logs, exec, restart policies, and state
//! that stays true when processes die.

use crate::common;
use common::*;
use std::time::{Duration, Instant};

const TICKER: &str = "i=0; while true; do echo tick $i; i=$((i+1)); sleep 0.2; done";

fn status(store: &Store, name: &str) -> String {
    store.skiff(&["inspect", "--format", "{{.State.Status}}", name]).ok().stdout.trim().to_string()
}

#[test]
fn detached_container_logs_stop_and_wait() {
    let store = Store::new();
    store.import_busybox("bb");
    let started = Instant::now();
    let out = store.skiff(&["run", "-d", "--name", "ticker", "bb", "sh", "-c", TICKER]);
    let id = out.ok().stdout.trim().to_string();
    assert!(is_image_id(&id), "run -d prints the container id:\n{}", out.stdout);
    assert!(started.elapsed() < Duration::from_secs(5), "run -d returns at once");
    store.skiff(&["ps", "--format", "{{.Names}} {{.Status}}"]).ok().stdout_has("ticker Up");
    wait_for("two ticks", Duration::from_secs(10), || store.skiff(&["logs", "ticker"]).lines().len() >= 2);
    // logs -f streams new lines while the container runs.
    let out = store.bash("timeout 1 skiff logs -f --tail 0 ticker; true");
    out.ok().check(!out.lines().is_empty() && out.lines().iter().all(|l| l.starts_with("tick ")), "logs -f streams ticks");
    // The shell ignores SIGTERM as pid 1: stop kills it after the timeout.
    let begun = Instant::now();
    store.skiff(&["stop", "-t", "1", "ticker"]).ok().stdout_is("ticker");
    assert!(begun.elapsed() < Duration::from_secs(5), "stop honours its timeout");
    store.skiff(&["ps", "-a", "--format", "{{.Names}} {{.Status}}"]).ok().stdout_has("ticker Exited (137)");
    store.skiff(&["wait", "ticker"]).ok().stdout_is("137");
    // The last line it wrote, and only that.
    let all = store.skiff(&["logs", "ticker"]).ok().lines();
    let last = all.last().expect("the ticker wrote lines").clone();
    assert!(last.starts_with("tick "), "the log ends with a tick: {all:?}");
    store.skiff(&["logs", "--tail", "1", "ticker"]).ok().stdout_is(&last);
    let out = store.skiff(&["logs", "--tail", "2", "ticker"]);
    out.ok().check(out.lines() == all[all.len() - 2..], "--tail 2 prints the last two lines");
    store.skiff(&["rm", "ticker"]).ok();
}

#[test]
fn stop_signal_that_the_command_handles_gives_its_exit_code() {
    let store = Store::new();
    store.import_busybox("bb");
    let script = "trap 'echo bye; exit 3' TERM; while true; do sleep 0.1; done";
    store.skiff(&["run", "-d", "--name", "polite", "bb", "sh", "-c", script]).ok();
    std::thread::sleep(Duration::from_millis(300));
    store.skiff(&["stop", "polite"]).ok();
    store.skiff(&["wait", "polite"]).ok().stdout_is("3");
    store.skiff(&["logs", "polite"]).ok().stdout_has("bye");
}

/// `rm -f` of a running `run -d --rm` container succeeds, though the
/// container's own monitor removes it as it dies (a race both can win).
#[test]
fn rm_f_of_a_running_auto_removed_container_succeeds() {
    let store = Store::new();
    store.import_busybox("bb");
    for round in 0..5 {
        let name = format!("gone{round}");
        store.skiff(&["run", "-d", "--rm", "--name", &name, "bb", "sleep", "60"]).ok();
        store.skiff(&["rm", "-f", "-t", "0", &name]).ok().stdout_is(&name);
        store.skiff(&["container", "exists", &name]).code(1);
    }
    assert_no_processes_left(&store);
}

#[test]
fn create_then_start_attach_and_kill() {
    let store = Store::new();
    store.import_busybox("bb");
    let id = store.skiff(&["create", "--name", "later", "bb", "sh", "-c", "echo from-created; exit 4"]).ok().stdout.trim().to_string();
    assert!(is_image_id(&id));
    assert_eq!(status(&store, "later"), "created");
    store.skiff(&["start", "-a", "later"]).code(4).stdout_has("from-created");
    store.skiff(&["run", "-d", "--name", "sleeper", "bb", "sleep", "1000"]).ok();
    store.skiff(&["kill", "-s", "KILL", "sleeper"]).ok().stdout_is("sleeper");
    store.skiff(&["wait", "sleeper"]).ok().stdout_is("137");
    store.skiff(&["kill", "sleeper"]).code(125).stderr_has("running");
}

#[test]
fn exec_sees_the_containers_processes_and_files() {
    let store = Store::new();
    store.import_busybox("bb");
    store.skiff(&["run", "-d", "--name", "box", "bb", "sh", "-c", "echo hello > /greeting; exec sleep 1000"]).ok();
    wait_for("the greeting", Duration::from_secs(5), || store.skiff(&["exec", "box", "cat", "/greeting"]).code == 0);
    store.skiff(&["exec", "box", "cat", "/greeting"]).ok().stdout_is("hello");
    let out = store.skiff(&["exec", "box", "ps", "-o", "pid,args"]);
    out.ok().check(out.lines().iter().any(|l| l.trim_start().starts_with("1 sleep 1000")), "pid 1 is the container's command");
    store.skiff(&["exec", "box", "nosuchcmd"]).code(127);
    store.skiff(&["exec", "box", "sh", "-c", "exit 5"]).code(5);
    store.skiff(&["exec", "-u", "app", "-w", "/tmp", "-e", "X=1", "box", "sh", "-c", "id -u; pwd; echo $X"]).ok().stdout_is("1000\n/tmp\n1");
    let out = store.bash_input("script -qec 'skiff exec -it box tty' /dev/null", Input::Open);
    out.ok().stdout_has("/dev/pts/");
    store.skiff(&["exec", "nosuchcontainer", "true"]).code(125).stderr_has("no such container");
    store.skiff(&["rm", "-f", "box"]).ok();
}

#[test]
fn restart_on_failure_counts_and_always_survives_kill_not_stop() {
    let store = Store::new();
    store.import_busybox("bb");
    store.skiff(&["run", "-d", "--name", "flaky", "--restart", "on-failure:3", "bb", "sh", "-c", "echo started; exit 1"]).ok();
    wait_for("four starts", Duration::from_secs(15), || {
        store.skiff(&["logs", "flaky"]).lines().len() >= 4 && status(&store, "flaky") == "exited"
    });
    std::thread::sleep(Duration::from_millis(1500));
    assert_eq!(store.skiff(&["logs", "flaky"]).lines().len(), 4, "started four times in all, then stays exited");
    store.skiff(&["inspect", "--format", "{{.RestartCount}} {{.State.ExitCode}}", "flaky"]).ok().stdout_is("3 1");

    store.skiff(&["run", "-d", "--name", "steady", "--restart", "always", "bb", "sleep", "1000"]).ok();
    let pid = || store.skiff(&["inspect", "--format", "{{.State.Pid}}", "steady"]).stdout.trim().to_string();
    let first = pid();
    store.skiff(&["kill", "steady"]).ok();
    wait_for("a restart after kill", Duration::from_secs(10), || {
        let p = pid();
        p != first && p != "0" && status(&store, "steady") == "running"
    });
    store.skiff(&["stop", "-t", "1", "steady"]).ok();
    std::thread::sleep(Duration::from_millis(1000));
    assert_eq!(status(&store, "steady"), "exited", "not restarted after stop");
}

#[test]
fn twenty_parallel_detached_runs_with_concurrent_ps_logs_and_rm() {
    let store = Store::new();
    store.import_busybox("bb");
    let script = "for i in $(seq 20); do skiff run -d --name c$i bb sh -c 'echo up; sleep 30' >/dev/null & done; \
                  for i in $(seq 10); do skiff ps -a >/dev/null || echo PS-FAILED; skiff logs c1 >/dev/null 2>&1; done; \
                  wait; \
                  for i in $(seq 1 2 20); do skiff rm -f c$i >/dev/null & done; \
                  for i in $(seq 5); do skiff ps -a -q >/dev/null || echo PS-FAILED; done; wait; \
                  skiff ps -a --format '{{.Names}} {{.State}}' | sort";
    let out = store.bash(script);
    out.ok().check(!out.stdout.contains("FAILED"), "no command failed");
    let mut expected: Vec<String> = (1..=20).filter(|i| i % 2 == 0).map(|i| format!("c{i} running")).collect();
    expected.sort();
    assert_eq!(out.lines(), expected, "every container accounted for");
    store.skiff(&["rm", "-f", "-a"]).ok();
    store.skiff(&["ps", "-a", "-q"]).ok().stdout_is("");
}

#[test]
fn killed_monitor_and_container_show_as_exited_and_rm_cleans_up() {
    let store = Store::new();
    store.import_busybox("bb");
    let id = store.skiff(&["run", "-d", "--name", "victim", "bb", "sleep", "1000"]).ok().stdout.trim().to_string();
    let pid: i32 = store.skiff(&["inspect", "--format", "{{.State.Pid}}", "victim"]).ok().stdout.trim().parse().unwrap();
    // SIGKILL the monitor (found by its command line) and the container.
    let monitors = std::process::Command::new("pkill").args(["-9", "-f", &format!("__monitor {id}")]).status().unwrap();
    assert!(monitors.success(), "the monitor was running");
    unsafe { libc::kill(pid, libc::SIGKILL) };
    wait_for("the container to die", Duration::from_secs(5), || !std::path::Path::new(&format!("/proc/{pid}")).exists());
    store.skiff(&["ps", "-a", "--format", "{{.Names}} {{.State}}"]).ok().stdout_is("victim exited");
    store.skiff(&["rm", "victim"]).ok();
    assert!(containers_in_store(&store).is_empty(), "rm removed every file");
    let left = std::process::Command::new("pgrep").args(["-f", &id]).output().unwrap();
    assert!(left.stdout.is_empty(), "no process of the container is left");
    assert!(mounts_under(&store.dir).is_empty(), "no mount is left");
}

#[test]
fn logs_timestamps_tail_and_since() {
    let store = Store::new();
    store.import_busybox("bb");
    store.skiff(&["run", "-d", "--name", "talker", "bb", "sh", "-c", "echo one; sleep 0.1; echo two >&2; sleep 0.1; echo three"]).ok();
    store.skiff(&["wait", "talker"]).ok();
    store.skiff(&["logs", "talker"]).ok().stdout_is("one\nthree");
    store.skiff(&["logs", "talker"]).ok().stderr_has("two");
    store.skiff(&["logs", "--tail", "1", "talker"]).ok().stdout_is("three");
    let out = store.skiff(&["logs", "-t", "talker"]);
    out.ok().check(out.lines()[0].ends_with(" one") && out.lines()[0].starts_with("20"), "a timestamp leads each line");
    store.skiff(&["logs", "--since", "1h", "talker"]).ok().stdout_is("one\nthree");
    store.skiff(&["logs", "--until", "1h", "talker"]).ok().stdout_is("");
    store.skiff(&["logs", "--since", "yesterday", "talker"]).code(125);
}

#[test]
fn a_failing_healthcheck_turns_the_container_unhealthy() {
    let store = Store::new();
    store.import_busybox("bb");
    let script = "touch /tmp/ok; sleep 1; rm /tmp/ok; sleep 1000";
    store
        .skiff(&["run", "-d", "--name", "hc", "--health-cmd", "test -e /tmp/ok", "--health-interval", "200ms", "--health-retries", "2", "bb", "sh", "-c", script])
        .ok();
    let health = || store.skiff(&["inspect", "--format", "{{.State.Health.Status}}", "hc"]).stdout.trim().to_string();
    wait_for("healthy", Duration::from_secs(10), || health() == "healthy");
    store.skiff(&["ps", "--format", "{{.Names}} {{.Status}}"]).ok().stdout_has("(healthy)");
    wait_for("unhealthy", Duration::from_secs(10), || health() == "unhealthy");
    store.skiff(&["ps", "--format", "{{.Names}} {{.Status}}"]).ok().stdout_has("(unhealthy)");
    store.skiff(&["healthcheck", "run", "hc"]).code(1).stdout_is("unhealthy");
    store.skiff(&["rm", "-f", "hc"]).ok();
    store.skiff(&["run", "-d", "--name", "plain", "bb", "sleep", "1000"]).ok();
    store.skiff(&["healthcheck", "run", "plain"]).code(125).stderr_has("no defined healthcheck");
    store.skiff(&["rm", "-f", "plain"]).ok();
}

#[test]
fn health_on_failure_restarts_in_place_kills_and_checks_faster_while_starting() {
    let store = Store::new();
    store.import_busybox("bb");
    let inspect = |name: &str, format: &str| store.skiff(&["inspect", "--format", format, name]).ok().stdout.trim().to_string();
    let restarts = |name: &str| inspect(name, "{{.RestartCount}}").parse::<u32>().unwrap_or(0);
    // restart: the missing /ok makes every check fail, so the monitor
    // restarts the container again and again, in place (same id, more restarts).
    let check = ["--health-cmd", "test -f /ok", "--health-interval", "1s", "--health-retries", "1", "--stop-timeout", "1"];
    let mut args = vec!["run", "-d", "--name", "hr", "--health-on-failure", "restart"];
    args.extend(check);
    args.extend(["bb", "sleep", "1000"]);
    store.skiff(&args).ok();
    assert_eq!(inspect("hr", "{{.Config.HealthcheckOnFailureAction}}"), "restart", "inspect names the action");
    wait_for("two restarts after failed checks", Duration::from_secs(30), || restarts("hr") >= 2);
    wait_for("running again after the restart", Duration::from_secs(10), || status(&store, "hr") == "running");
    let events = store.skiff(&["events", "--stream=false", "--filter", "container=hr", "--format", "{{.Status}}"]).ok().lines();
    assert!(events.iter().any(|e| e == "health_status"), "health_status events are recorded: {events:?}");
    assert!(events.iter().any(|e| e == "restart"), "the restart is an event: {events:?}");
    // Once the check passes, the restarts stop.
    store.skiff(&["exec", "hr", "touch", "/ok"]).ok();
    wait_for("healthy after /ok exists", Duration::from_secs(15), || inspect("hr", "{{.State.Health.Status}}") == "healthy");
    let settled = restarts("hr");
    std::thread::sleep(Duration::from_millis(2500));
    assert_eq!(restarts("hr"), settled, "no more restarts while healthy");
    assert_eq!(status(&store, "hr"), "running");
    store.skiff(&["rm", "-f", "hr"]).ok();

    // kill: SIGKILL, and the container stays exited even with --restart always.
    let mut args = vec!["run", "-d", "--name", "hk", "--health-on-failure", "kill", "--restart", "always"];
    args.extend(check);
    args.extend(["bb", "sleep", "1000"]);
    store.skiff(&args).ok();
    wait_for("killed after the failed check", Duration::from_secs(15), || status(&store, "hk") == "exited");
    std::thread::sleep(Duration::from_millis(1500));
    assert_eq!(inspect("hk", "{{.State.Status}} {{.State.ExitCode}} {{.RestartCount}}"), "exited 137 0", "killed, not restarted");

    // --health-start-interval: checks every 200ms during the start period,
    // though the interval is an hour.
    store
        .skiff(&["run", "-d", "--name", "hs", "--health-cmd", "true", "--health-interval", "1h", "--health-start-period", "1m", "--health-start-interval", "200ms", "bb", "sleep", "1000"])
        .ok();
    wait_for("healthy from a start-interval check", Duration::from_secs(10), || inspect("hs", "{{.State.Health.Status}}") == "healthy");
    store.skiff(&["rm", "-f", "-t", "0", "hk", "hs"]).ok();

    store.skiff(&["run", "--health-on-failure", "reboot", "bb", "true"]).code(125).stderr_has("invalid on-failure action \"reboot\"");
}

#[test]
fn events_record_the_lifecycle() {
    let store = Store::new();
    store.import_busybox("bb");
    store.skiff(&["run", "--rm", "--name", "ev", "bb", "true"]).ok();
    let out = store.skiff(&["events", "--stream=false", "--filter", "container=ev", "--format", "{{.Status}}"]);
    assert_eq!(out.ok().lines(), vec!["create", "start", "died", "remove"]);
    // podman shows Attributes even when there are none.
    let attributes = store.skiff(&["events", "--stream=false", "--filter", "container=ev", "--filter", "event=create", "--format", "{{.Attributes}}"]);
    attributes.ok().stdout_is("map[]");
    let json = store.skiff(&["events", "--stream=false", "--filter", "container=ev", "--filter", "event=create", "--format", "json"]);
    let event: serde_json::Value = serde_json::from_str(json.ok().stdout.trim()).expect("one event as JSON");
    assert_eq!(event["Attributes"], serde_json::json!({}), "{event}");
    store.skiff(&["events", "--stream=false", "--filter", "bogus=1"]).code(125);
}

#[test]
fn ps_filters_last_size_rename_exists_and_prune() {
    let store = Store::new();
    store.import_busybox("bb");
    store.skiff(&["run", "--name", "three", "-l", "app=web", "bb", "sh", "-c", "echo x > /f; exit 3"]).code(3);
    store.skiff(&["run", "-d", "--name", "up", "bb", "sleep", "1000"]).ok();
    let names = |args: &[&str]| {
        let mut all = vec!["ps", "--format", "{{.Names}}"];
        all.extend_from_slice(args);
        store.skiff(&all).ok().lines()
    };
    assert_eq!(names(&[]), vec!["up"]);
    assert_eq!(names(&["--filter", "status=exited"]), vec!["three"]);
    assert_eq!(names(&["--filter", "exited=3"]), vec!["three"]);
    assert_eq!(names(&["--filter", "label=app=web"]), vec!["three"]);
    assert_eq!(names(&["--filter", "ancestor=bb", "--filter", "name=up"]), vec!["up"]);
    assert_eq!(names(&["--last", "1"]), vec!["up"]);
    store.skiff(&["ps", "--filter", "colour=red"]).code(125);
    store.skiff(&["ps", "-a", "-s"]).ok().stdout_has("virtual");
    store.skiff(&["rename", "three", "drei"]).ok();
    store.skiff(&["container", "exists", "drei"]).ok();
    store.skiff(&["container", "exists", "three"]).code(1);
    store.skiff(&["run", "--rm", "--name", "three", "bb", "true"]).ok();
    store.skiff(&["system", "df"]).ok().stdout_has("Containers");
    store.skiff(&["container", "prune", "-f"]).ok();
    assert_eq!(names(&["-a"]), vec!["up"]);
    store.skiff(&["rm", "-f", "up"]).ok();
}

#[test]
fn cgroup_features_fail_clearly_and_info_and_version_work() {
    let store = Store::new();
    store.import_busybox("bb");
    store.skiff(&["run", "--rm", "--memory", "64m", "bb", "true"]).code(125).stderr_has("cgroups v2");
    store.skiff(&["ps", "-a", "-q"]).ok().stdout_is("");
    // A container run probes the store's driver; info reports that one.
    store.skiff(&["run", "--rm", "bb", "true"]).ok();
    let out = store.skiff(&["info", "--format", "{{.Store.GraphDriverName}} {{.Host.Rootless}}"]);
    let (driver, rootless) = out.ok().stdout.trim().split_once(' ').unwrap_or_else(|| out.fail("driver and rootless"));
    out.check(rootless == "true", "the test user's skiff is rootless");
    out.check(["overlay", "fuse-overlayfs", "copy", "vfs"].contains(&driver), "a storage driver's name");
    if !is_podman() {
        let recorded = std::fs::read_to_string(store.skiff_root().join("storage-driver.json")).unwrap();
        out.check(recorded.contains(&format!("\"{driver}\"")), &format!("the driver the store recorded: {recorded}"));
    }
    let out = store.skiff(&["info", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&out.ok().stdout).unwrap();
    assert_eq!(v["host"]["rootless"], true);
    assert_eq!(v["host"]["idMappings"]["uidmap"][1]["host_id"], 100000);
    store.skiff(&["version"]).ok().stdout_has("Version:");
}

#[test]
fn attach_sends_input_and_shows_output_and_detach_keys_leave_it_running() {
    let store = Store::new();
    store.import_busybox("bb");
    store.skiff(&["run", "-d", "-i", "--name", "reader", "bb", "sh", "-c", "read line; echo got $line; exit 6"]).ok();
    store.skiff_stdin(&["attach", "reader"], b"hello\n").code(6).stdout_has("got hello");
    store.skiff(&["run", "-d", "-i", "--name", "cat", "bb", "cat"]).ok();
    store.skiff_stdin(&["attach", "cat"], b"typed\n\x10\x11").ok();
    store.skiff(&["ps", "--format", "{{.Names}}"]).ok().stdout_is("cat");
    store.skiff(&["logs", "cat"]).ok().stdout_is("typed");
    store.skiff(&["attach", "--detach-keys", "ctrl-pp", "cat"]).code(125);
    store.skiff(&["rm", "-f", "cat"]).ok();
    store.skiff(&["attach", "reader"]).code(125).stderr_has("running");
}

#[test]
fn top_lists_the_containers_processes_with_their_own_ids() {
    let store = Store::new();
    store.import_busybox("bb");
    store.skiff(&["run", "-d", "--name", "tp", "bb", "sh", "-c", "su app -c 'sleep 300' & exec sleep 200"]).ok();
    wait_for("two processes", Duration::from_secs(5), || store.skiff(&["top", "tp", "pid"]).lines().len() == 3);
    let out = store.skiff(&["top", "tp", "user", "pid", "args"]);
    let lines = out.ok().lines();
    assert_eq!(lines[0].split_whitespace().collect::<Vec<_>>(), vec!["USER", "PID", "COMMAND"]);
    assert!(lines.iter().any(|l| l.split_whitespace().collect::<Vec<_>>() == ["root", "1", "sleep", "200"]), "{}", out.stdout);
    assert!(lines.iter().any(|l| l.starts_with("app ") && l.ends_with("sleep 300")), "{}", out.stdout);
    // The host's view of pid 1: its host pid is the one inspect reports,
    // and its host user is the test user (root inside maps to it).
    let host_pid = store.skiff(&["inspect", "--format", "{{.State.Pid}}", "tp"]).ok().stdout.trim().to_string();
    let out = store.skiff(&["top", "tp", "pid", "hpid", "huser", "state", "nice", "vsz"]);
    let lines = out.ok().lines();
    assert_eq!(lines[0].split_whitespace().collect::<Vec<_>>(), vec!["PID", "HPID", "HUSER", "STATE", "NI", "VSZ"]);
    let init: Vec<&str> = lines.iter().map(|l| l.split_whitespace().collect::<Vec<_>>()).find(|f| f.first() == Some(&"1")).unwrap_or_else(|| panic!("no pid 1 in {}", out.stdout));
    assert_eq!(init[1], host_pid, "HPID of pid 1 is the container's host pid: {}", out.stdout);
    assert_eq!(init[2], TEST_USER, "HUSER of pid 1 is the test user: {}", out.stdout);
    assert_eq!(init[3], "S", "pid 1 sleeps: {}", out.stdout);
    assert_eq!(init[4], "0", "pid 1 has nice 0: {}", out.stdout);
    assert!(init[5].parse::<u64>().is_ok_and(|kib| kib > 0), "VSZ is a size in KiB: {}", out.stdout);
    // psgo's other descriptors, comma-separated as podman takes them too.
    let out = store.skiff(&["top", "tp", "pid,user,ruser,group,rgroup,seccomp,capeff,capbnd,etime,time"]);
    let lines = out.ok().lines();
    assert_eq!(
        lines[0].split_whitespace().collect::<Vec<_>>(),
        ["PID", "USER", "RUSER", "GROUP", "RGROUP", "SECCOMP", "EFFECTIVE", "CAPS", "BOUNDING", "CAPS", "ELAPSED", "TIME"]
    );
    let row = |user: &str| -> Vec<String> {
        lines.iter().map(|l| l.split_whitespace().map(String::from).collect::<Vec<_>>()).find(|f| f[1] == user && f[0] != "PID").unwrap_or_else(|| panic!("no process of {user} in {}", out.stdout))
    };
    let init = row("root");
    assert_eq!(&init[1..6], ["root", "root", "root", "root", "filter"], "pid 1 runs as root:root under a seccomp filter: {}", out.stdout);
    assert!(init[6].split(',').any(|c| c == "CHOWN") && !init[6].contains("SYS_ADMIN"), "root's effective caps are the default set: {}", out.stdout);
    assert!(init[7].contains("NET_BIND_SERVICE"), "the bounding set holds the default caps: {}", out.stdout);
    assert!(init[8].ends_with('s') && init[8].chars().next().is_some_and(|c| c.is_ascii_digit()), "ELAPSED prints as Go's durations (2.5s, 1m3.2s): {}", out.stdout);
    assert_eq!(init[9], "0s", "a sleeping pid 1 used no whole second of CPU: {}", out.stdout);
    let app = row("app");
    assert_eq!(&app[1..5], ["app", "app", "app", "app"], "su app runs as app:app: {}", out.stdout);
    assert_eq!(app[6], "none", "a non-root process has no effective caps: {}", out.stdout);
    // Anything that is not a descriptor goes to the container's ps(1), as
    // in podman; the line of that ps itself is left out.
    let out = store.skiff(&["top", "tp", "-ef"]);
    out.ok().stdout_has("PID").stdout_has("sleep 200");
    assert!(!out.stdout.contains("ps -ef"), "top leaves its own ps out: {}", out.stdout);
    store.skiff(&["top", "tp", "--no-such-ps-option"]).code(125).stderr_has("executing ps(1) in the container");
    store.skiff(&["rm", "-f", "tp"]).ok();
    // podman's status for a missing container here is 125 (rm's is 1).
    store.skiff(&["top", "tp"]).code(125);
}

#[test]
fn diff_lists_added_changed_and_deleted_paths() {
    let store = Store::new();
    store.import_busybox("bb");
    store.skiff(&["run", "--name", "d1", "bb", "sh", "-c", "echo x > /tmp/new; rm /bin/vi; echo y >> /etc/passwd"]).ok();
    let out = store.skiff(&["diff", "d1"]);
    let lines = out.ok().lines();
    for want in ["A /tmp/new", "C /tmp", "D /bin/vi", "C /etc/passwd"] {
        assert!(lines.contains(&want.to_string()), "missing {want:?} in:\n{}", out.stdout);
    }
    assert!(!lines.iter().any(|l| l == "A /etc/hosts"), "mount points are no change:\n{}", out.stdout);
    // Nor is the /etc that held the mount point of /etc/hosts in an image
    // without one (busybox has only /bin), with or without skiff's hosts.
    store.skiff(&["run", "--name", "quiet", "bb", "sh", "-c", "test -s /etc/hosts"]).ok();
    store.skiff(&["diff", "quiet"]).ok().stdout_is("");
    store.skiff(&["run", "--name", "quiet-no-hosts", "--no-hosts", "bb", "sh", "-c", "test ! -e /etc/hosts"]).ok();
    store.skiff(&["diff", "quiet-no-hosts"]).ok().stdout_is("");
    let v: serde_json::Value = serde_json::from_str(&store.skiff(&["diff", "--format", "json", "d1"]).ok().stdout).unwrap();
    assert_eq!(v["deleted"], serde_json::json!(["/bin/vi"]));
}

#[test]
fn system_prune_removes_stopped_containers_unused_images_and_volumes() {
    let store = Store::new();
    store.import_busybox("bb");
    // A second, different image that loses its only name: dangling.
    store.import(&fixtures().busybox_rootonly, "spare", &[]);
    store.skiff(&["untag", "spare"]).ok();
    store.skiff(&["volume", "create", "loose"]).ok();
    store.skiff(&["run", "--name", "done", "bb", "true"]).ok();
    store.skiff(&["run", "-d", "--name", "busy", "bb", "sleep", "1000"]).ok();
    // Without -f and without an answer, nothing is removed.
    store.skiff(&["system", "prune"]).ok();
    store.skiff(&["container", "exists", "done"]).ok();
    store.skiff(&["system", "prune", "-f", "--volumes"]).ok();
    store.skiff(&["container", "exists", "done"]).code(1);
    store.skiff(&["container", "exists", "busy"]).ok();
    store.skiff(&["volume", "exists", "loose"]).code(1);
    assert_eq!(store.skiff(&["images", "--format", "{{.Repository}}"]).ok().lines(), vec!["localhost/bb"]);
    store.skiff(&["rm", "-f", "busy"]).ok();
}

/// `--restart on-failure:N` means N restarts, N+1 runs in all, as docker
/// and podman count them; a foreground `run` returns the first run's status
/// and the restarts go on in the background.
#[test]
fn on_failure_restarts_n_times_after_the_first_run() {
    let store = Store::new();
    store.import_busybox("bb");
    let runs = |volume: &str| {
        store.skiff(&["run", "--rm", "-v", &format!("{volume}:/v"), "bb", "cat", "/v/runs"]).ok().lines().len()
    };
    let script = "echo run >> /v/runs; exit 3";
    for (name, detach) in [("fg", false), ("bg", true)] {
        let volume = format!("runs-{name}");
        let mut args = vec!["run", "--name", name, "--restart", "on-failure:2", "-v"];
        let mount = format!("{volume}:/v");
        args.push(&mount);
        if detach {
            args.push("-d");
        }
        args.extend(["bb", "sh", "-c", script]);
        let out = store.skiff(&args);
        if detach { out.ok() } else { out.code(3) };
        wait_for("three runs", Duration::from_secs(20), || {
            status(&store, name) == "exited" && runs(&volume) >= 3
        });
        std::thread::sleep(Duration::from_millis(1500));
        assert_eq!(runs(&volume), 3, "{name}: on-failure:2 runs the container three times in all");
        store.skiff(&["inspect", "--format", "{{.RestartCount}} {{.State.ExitCode}}", name]).ok().stdout_is("2 3");
    }
    store.skiff(&["rm", "-a", "-f"]).ok();
}

/// `run --rm`: the record of a container removed when it ends is written
/// without an fsync (a journal commit each, the largest single cost of a
/// short run on ext4), while a kept container's record still is synced.
/// Counted with strace, run as root so that the setuid newuidmap works
/// under it.
#[test]
fn run_rm_writes_its_record_without_fsync_and_a_kept_container_syncs_it() {
    let strace = ["/usr/bin/strace", "/bin/strace"]
        .into_iter()
        .find(|p| std::path::Path::new(p).exists())
        .expect("this test needs strace (apt-get install strace)");
    let store = Store::new();
    store.import_busybox("bb");
    let syncs = |args: &[&str]| {
        let log = store.write_file("syncs.log", "");
        let user = store.command(&skiff_bin().display().to_string(), args);
        let mut traced = std::process::Command::new(strace);
        traced.args(["-f", "-qq", "-e", "trace=fsync,fdatasync", "-o"]).arg(&log).arg(user.get_program()).args(user.get_args());
        traced.env_clear();
        for (key, value) in user.get_envs() {
            if let Some(value) = value {
                traced.env(key, value);
            }
        }
        traced.current_dir(user.get_current_dir().expect("the store's commands run in its home"));
        run_command(traced, None, format!("strace skiff {}", args.join(" "))).ok();
        let text = std::fs::read_to_string(&log).expect("strace wrote its log");
        text.lines().filter(|l| l.contains("sync(")).map(str::to_string).collect::<Vec<_>>()
    };
    // The first run in a store writes the store's own files once (synced).
    store.skiff(&["run", "--rm", "--network", "none", "bb", "true"]).ok();
    let calls = syncs(&["run", "--rm", "--network", "none", "bb", "true"]);
    assert!(calls.is_empty(), "run --rm syncs nothing to disk: {calls:?}");
    assert!(!syncs(&["run", "--name", "kept", "--network", "none", "bb", "true"]).is_empty(), "a kept container's record is synced");
    store.skiff(&["rm", "kept"]).ok();
}

/// Resident KiB of the skiff binary's code in process `pid`, from its smaps.
fn resident_code_kib(pid: i32) -> u64 {
    let smaps = std::fs::read_to_string(format!("/proc/{pid}/smaps")).unwrap();
    let mut in_code = false;
    let mut kib = 0;
    for line in smaps.lines() {
        let fields: Vec<&str> = line.split_whitespace().collect();
        if fields.first().is_some_and(|f| f.contains('-') && f.chars().all(|c| c.is_ascii_hexdigit() || c == '-')) {
            in_code = fields.get(1) == Some(&"r-xp") && fields.last().is_some_and(|p| p.ends_with("/skiff"));
        } else if in_code && fields.first() == Some(&"Rss:") {
            kib += fields[1].parse::<u64>().unwrap();
        }
    }
    kib
}

#[test]
fn a_detached_containers_monitor_gives_back_the_code_pages_of_its_start() {
    let store = Store::new();
    store.import_busybox("bb");
    let id = store.skiff(&["run", "-d", "--name", "idle", "bb", "sleep", "1000"]).ok().stdout.trim().to_string();
    let monitor = store.processes().into_iter().find(|(_, cmdline)| cmdline.contains(&format!("__monitor {id}")));
    let (pid, _) = monitor.expect("a monitor process watches the detached container");
    // Starting maps about 9.5 MiB of skiff's code (large folios) and 2.4
    // MiB of heap; once the container runs, the monitor unmaps the code,
    // cut so that what it runs again faults back in small pieces, and trims
    // the heap. It does so once the container has run a second, so poll
    // for it.
    let vm_rss = |pid: i32| -> u64 {
        let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
        status.lines().find_map(|l| l.strip_prefix("VmRSS:")).and_then(|v| v.trim().trim_end_matches(" kB").parse().ok()).unwrap_or(u64::MAX)
    };
    let settled_rss = |pid: i32| -> u64 {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
        while vm_rss(pid) >= 2048 && std::time::Instant::now() < deadline {
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
        vm_rss(pid)
    };
    let rss = settled_rss(pid);
    assert!(rss < 2048, "the monitor of a detached container keeps under 2 MiB resident (VmRSS), found {rss} KiB");
    let kib = resident_code_kib(pid);
    assert!(kib > 0 && kib < 1024, "the monitor keeps under 1 MiB of skiff's code resident, found {kib} KiB");
    let proc_status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap();
    let anon: u64 = proc_status.lines().find_map(|l| l.strip_prefix("RssAnon:")).and_then(|v| v.trim().trim_end_matches(" kB").parse().ok()).unwrap();
    assert!(anon < 2048, "the monitor's own memory (RssAnon) is under 2 MiB, found {anon} KiB");
    // The keeper of the user namespace, which waits between commands, is
    // as small.
    if let Ok(state) = std::fs::read_to_string(store.runtime_dir().join("userns/keeper.json")) {
        let keeper: serde_json::Value = serde_json::from_str(&state).unwrap();
        let keeper = keeper["pid"].as_i64().unwrap() as i32;
        let rss = settled_rss(keeper);
        assert!(rss < 2048, "the user namespace's keeper keeps under 2 MiB resident (VmRSS), found {rss} KiB");
    }
    // It still does its work: exec, then stop, which the monitor records.
    store.skiff(&["exec", "idle", "echo", "alive"]).ok().stdout_is("alive");
    store.skiff(&["stop", "-t", "0", "idle"]).ok();
    assert_eq!(status(&store, "idle"), "exited", "the monitor recorded the stop");
    store.skiff(&["rm", "idle"]).ok();
}
