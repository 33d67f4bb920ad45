//! The API's exec endpoints (`/containers/{id}/exec`, `/exec/{id}/start`,
//! `resize`, `json`), driven by the real docker CLIs through DOCKER_HOST.

mod common;

use common::service::*;
use common::*;
use std::time::Duration;

/// `docker exec` prints what the process writes (stdout and stderr apart),
/// returns its exit code, feeds it piped input with -i, and -d leaves it
/// running on its own; a missing or stopped container is refused.
#[test]
fn docker_exec_runs_processes_in_a_running_container() {
    let store = Store::new();
    store.import_busybox("bb");
    let service = Service::start(&store, &["--time", "0"]);
    store.skiff(&["run", "-d", "--name", "box", "bb", "sleep", "1000"]).ok();
    let hostname = store.skiff(&["exec", "box", "cat", "/etc/hostname"]).ok().stdout.clone();
    assert!(!hostname.trim().is_empty(), "the container has a hostname");
    for cli in DOCKER_CLIS {
        service.docker_with(&store, cli, &["exec", "box", "cat", "/etc/hostname"]).ok().stdout_is(&hostname);
        service.docker_with(&store, cli, &["exec", "box", "sh", "-c", "exit 3"]).code(3);
        let split = service.docker_with(&store, cli, &["exec", "box", "sh", "-c", "echo out; echo err >&2"]);
        split.ok().stdout_is("out\n");
        assert_eq!(split.stderr, "err\n", "docker exec keeps the process's stderr apart ({cli})");
        let mut piped = store.command(cli, &["--config", store.home.join(".docker-test").to_str().unwrap(), "exec", "-i", "box", "sh", "-c", "cat; echo end"]);
        piped.env("DOCKER_HOST", service.host());
        run_command(piped, Some(b"piped line\n".to_vec()), format!("{cli} exec -i box cat")).ok().stdout_is("piped line\nend\n");
        // A process left in the background holding standard input (the
        // data connection's duplicate) does not hold the output open.
        let script = "sleep 30 <&0 >/dev/null 2>&1 & cat; echo end";
        let mut held = store.command(cli, &["--config", store.home.join(".docker-test").to_str().unwrap(), "exec", "-i", "box", "sh", "-c", script]);
        held.env("DOCKER_HOST", service.host());
        run_command(held, Some(b"held line\n".to_vec()), format!("{cli} exec -i box sh -c '{script}'")).ok().stdout_is("held line\nend\n");
        let missing = service.docker_with(&store, cli, &["exec", "box", "no-such-program"]);
        missing.check(missing.code == 127, "a program that does not exist exits 127").stderr_has("no-such-program");
    }
    service.docker(&store, &["exec", "-d", "box", "sh", "-c", "sleep 1; echo later > /tmp/marker"]).ok().stdout_is("");
    wait_for("the detached exec's file", Duration::from_secs(10), || {
        service.docker(&store, &["exec", "box", "cat", "/tmp/marker"]).stdout == "later\n"
    });
    service.docker(&store, &["exec", "nothere", "true"]).code(1).stderr_has("No such container: nothere");
    store.skiff(&["run", "--name", "done", "bb", "true"]).ok();
    service.docker(&store, &["exec", "done", "true"]).code(1).stderr_has("is not running");
}

/// `docker exec -it` under a real terminal (script's pty): the shell gets
/// the client's terminal size, echoes what is typed, and its exit code is
/// the client's.
#[test]
fn docker_exec_with_a_terminal() {
    let script = std::process::Command::new("sh").args(["-c", "command -v script"]).output().expect("sh");
    assert!(script.status.success(), "this test needs util-linux's `script` on PATH");
    let store = Store::new();
    store.import_busybox("bb");
    let service = Service::start(&store, &["--time", "0"]);
    store.skiff(&["run", "-d", "--name", "box", "bb", "sleep", "1000"]).ok();
    for cli in DOCKER_CLIS {
        let config = store.home.join(".docker-test");
        let inner = format!("stty rows 33 cols 77; DOCKER_HOST={} {cli} --config {} exec -it box sh", service.host(), config.display());
        let cmd = store.command("script", &["-qec", &inner, "/dev/null"]);
        let typed = b"stty size; echo sum-$((40+2))\nexit 5\n".to_vec();
        let output = run_command_input(cmd, Input::Bytes(typed), format!("script -qec '{inner}'"));
        output.code(5).stdout_has("33 77").stdout_has("sum-42");
    }
}

/// A `docker exec` whose client is killed leaves no child of the service's
/// worker behind: a quiet process runs on to its own end (as with Docker),
/// one that keeps writing to the gone client is ended, and then the
/// worker has no exec child left.
#[test]
fn an_exec_whose_client_goes_away_leaves_no_worker_children() {
    let store = Store::new();
    store.import_busybox("bb");
    let service = Service::start(&store, &["--time", "0"]);
    service.docker(&store, &["run", "-d", "--name", "box", "bb", "sleep", "300"]).ok();
    let spawn = |script: &str| {
        let mut cmd = service.docker_command(&store, DOCKER_CLIS[0], &["exec", "box", "sh", "-c", script]);
        cmd.stdin(std::process::Stdio::null()).stdout(std::process::Stdio::null()).stderr(std::process::Stdio::null());
        cmd.spawn().expect("start docker exec")
    };
    let mut quiet = spawn("sleep 3; echo ended > /tmp/quiet-ended");
    let mut writer = spawn("while true; do echo writing; sleep 0.1; done");
    std::thread::sleep(Duration::from_secs(1));
    for client in [&mut quiet, &mut writer] {
        client.kill().expect("kill the docker client");
        client.wait().expect("reap the docker client");
    }
    // The service's only child is its worker; the worker's children run exec jobs.
    let children = |pid: u32| -> Vec<u32> {
        let tasks = std::fs::read_dir(format!("/proc/{pid}/task")).map(|d| d.flatten().collect::<Vec<_>>()).unwrap_or_default();
        tasks.iter().flat_map(|t| std::fs::read_to_string(t.path().join("children")).unwrap_or_default().split_whitespace().filter_map(|p| p.parse().ok()).collect::<Vec<u32>>()).collect()
    };
    let workers = children(service.process.id());
    assert!(!workers.is_empty(), "the service has its worker process");
    // Exec jobs are forks of the service (the container's own processes,
    // under its monitor, are not counted).
    let exec_children = || {
        let forks = workers.iter().flat_map(|w| children(*w)).filter(|p| std::fs::read(format!("/proc/{p}/cmdline")).is_ok_and(|c| c.windows(15).any(|w| w == b"system\0service\0")));
        forks.count()
    };
    assert!(exec_children() > 0, "the quiet exec still runs in a child of the worker after its client left");
    wait_for("the worker's exec children to end", Duration::from_secs(15), || exec_children() == 0);
    store.skiff(&["exec", "box", "cat", "/tmp/quiet-ended"]).ok().stdout_is("ended\n");
    let top = store.skiff(&["top", "box", "args"]);
    top.ok().check(!top.stdout.contains("while true"), "the writer whose client left is ended");
    store.skiff(&["rm", "-f", "box"]).ok();
}
