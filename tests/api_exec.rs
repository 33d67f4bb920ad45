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
