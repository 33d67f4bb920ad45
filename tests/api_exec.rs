//! The API's exec endpoints (`/containers/{id}/exec`, `/exec/{id}/start`,
//! `resize`, `json`), driven by the real docker CLIs through DOCKER_HOST,
//! and a raw hijacked connection for the detach keys (issue 15).

use crate::common;

use common::service::*;
use common::terminal::Terminal;
use common::*;
use serde_json::json;
use std::io::Write;
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

/// With a TTY, the detach keys in a hijacked exec's input (its DetachKeys,
/// as docker parses them, else ctrl-p,ctrl-q) end the connection at once;
/// the process runs on, writing to its terminal after the client left,
/// and `GET /exec/{id}/json` shows it Running until it ends with its code.
/// Other keys are input; keys docker cannot parse are a 400.
#[test]
fn detach_keys_end_a_hijacked_exec_and_the_process_runs_on() {
    let store = Store::new();
    store.import_busybox("bb");
    let service = Service::start(&store, &["--time", "0"]);
    store.skiff(&["run", "-d", "--name", "box", "bb", "sleep", "1000"]).ok();
    let cases: [(Option<&str>, &[u8], &[u8]); 4] = [
        (None, b"", b"\x10\x11"),
        (Some(""), b"", b"\x10\x11"),
        (Some("ctrl-x"), b"\x10\x11", b"\x18"),
        (Some("ctrl-@,DEL"), b"\x10\x11", b"\x00\x7f"),
    ];
    for (index, (keys, other_keys, detach)) in cases.into_iter().enumerate() {
        let marker = format!("/detached-{index}");
        let script = format!("echo ready; read line; echo got-$line; sleep 1; echo written-after-detach; sleep 1; echo done > {marker}; exit 3");
        let mut config = json!({"AttachStdin": true, "AttachStdout": true, "AttachStderr": true, "Tty": true, "Cmd": ["sh", "-c", script]});
        if let Some(keys) = keys {
            config["DetachKeys"] = json!(keys);
        }
        let (status, body) = service.request("POST", "/containers/box/exec", config.to_string().as_bytes());
        assert_eq!(status, 201, "exec create with DetachKeys {keys:?}: {body}");
        let id = serde_json::from_str::<serde_json::Value>(&body).unwrap()["Id"].as_str().unwrap().to_string();
        let mut stream = service.hijack(&format!("/exec/{id}/start"), br#"{"Detach":false,"Tty":true}"#);
        read_until(&mut stream, "ready");
        stream.write_all(&[other_keys, b"typed\n"].concat()).unwrap();
        read_until(&mut stream, "got-");
        stream.write_all(detach).unwrap();
        assert!(closed_within(&mut stream, Duration::from_secs(1)), "the detach keys {detach:?} (DetachKeys {keys:?}) end the connection");
        let inspect = || -> serde_json::Value {
            let (status, body) = service.request("GET", &format!("/exec/{id}/json"), b"");
            assert_eq!(status, 200, "exec inspect: {body}");
            serde_json::from_str(&body).unwrap()
        };
        let state = inspect();
        assert_eq!((&state["Running"], &state["ExitCode"]), (&json!(true), &json!(null)), "the process runs on after detaching: {state}");
        wait_for("the detached process's file", Duration::from_secs(15), || store.skiff(&["exec", "box", "cat", &marker]).code == 0);
        wait_for("the detached process's end", Duration::from_secs(10), || inspect()["Running"] == json!(false));
        assert_eq!(inspect()["ExitCode"], json!(3), "the detached process's exit code is recorded");
    }
    let bad = json!({"AttachStdin": true, "Tty": true, "Cmd": ["true"], "DetachKeys": "ctrl-P"});
    let (status, body) = service.request("POST", "/containers/box/exec", bad.to_string().as_bytes());
    assert_eq!((status, message_of(&body)), (400, "Invalid detach keys (ctrl-P) provided".to_string()));
    store.skiff(&["rm", "-f", "-t", "0", "box"]).ok();
}

/// `docker exec -it` under a real terminal: the CLI watches for
/// ctrl-p,ctrl-q itself, hangs up and exits 1 saying "read escape
/// sequence" (against Docker's daemon too); the service takes that as a detach,
/// so the process runs on (writing to its terminal after the client left)
/// and finishes its work.
#[test]
fn docker_exec_it_detaches_and_the_process_runs_on() {
    let store = Store::new();
    store.import_busybox("bb");
    let service = Service::start(&store, &["--time", "0"]);
    store.skiff(&["run", "-d", "--name", "box", "bb", "sleep", "1000"]).ok();
    for (index, cli) in DOCKER_CLIS.into_iter().enumerate() {
        let config = store.home.join(".docker-test");
        let marker = format!("/cli-detached-{index}");
        let script = format!("echo ready; read line; echo got-$line; sleep 1; echo written-after-detach; sleep 1; echo $line > {marker}");
        let inner = format!("DOCKER_HOST={} {cli} --config {} exec -it box sh -c '{script}'; echo cli-exit=$?", service.host(), config.display());
        let mut terminal = Terminal::run(&store, &inner);
        terminal.wait_for_text("ready");
        terminal.type_keys(b"typed\n");
        terminal.wait_for_text("got-typed");
        terminal.type_keys(b"\x10\x11");
        // What the CLI does on its own side, whatever the daemon: Docker's
        // prints the same.
        terminal.wait_for_text("cli-exit=");
        assert!(terminal.screen().contains("read escape sequence\r\ncli-exit=1"), "{cli} reports the detach: {:?}", terminal.screen());
        let ps = store.skiff(&["exec", "box", "ps", "-o", "args"]).ok().stdout.clone();
        assert!(ps.contains(&script[..20]), "the process runs on after {cli} detached:\n{ps}\nthe terminal showed {:?}", terminal.screen());
        wait_for("the detached process's file", Duration::from_secs(15), || store.skiff(&["exec", "box", "cat", &marker]).code == 0);
        store.skiff(&["exec", "box", "cat", &marker]).ok().stdout_is("typed\n");
    }
    store.skiff(&["rm", "-f", "-t", "0", "box"]).ok();
}
