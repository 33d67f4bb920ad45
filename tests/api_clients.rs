//! Clients that speak only the Docker Engine API, against `skiff system
//! service`: the Python SDK (`docker` from PyPI, in a venv these tests make
//! and keep under target/) and Debian's docker-compose 1.29.

use crate::common;

use common::registry::Registry;
use common::service::Service;
use common::*;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

const DOCKER_COMPOSE: &str = "/usr/bin/docker-compose";

/// A venv with the `docker` package; websocket-client: the SDK's
/// attach_socket(ws=True) needs it.
fn python_sdk() -> PathBuf {
    common::service::python_venv("python-docker", &["docker", "websocket-client"], "docker, websocket")
}

/// Shell words that wait (up to 10 s) until the terminal has the size
/// `size` ("ROWS COLUMNS").
pub fn wait_for_size(size: &str) -> String {
    format!(r#"i=0; until [ "$(stty size 2>/dev/null)" = "{size}" ] || [ $i -ge 100 ]; do sleep 0.1; i=$((i+1)); done"#)
}

/// What the script does with the SDK; each step prints what it saw, and a
/// failed check raises (exit 1) naming it.
const SDK_SCRIPT: &str = r#"
import docker, io, os, sys, threading, time

client = docker.DockerClient(base_url=os.environ["DOCKER_HOST"], timeout=120)
assert client.ping() is True, "ping"
version = client.version()
assert version["ApiVersion"].startswith("1."), f"version: {version}"
assert "Containers" in client.info(), "info"
print("ping version info ok")

started = threading.Event()
def watch():
    for event in client.events(decode=True):
        if event.get("Type") == "container" and event.get("Action") == "start":
            started.set()
            return
threading.Thread(target=watch, daemon=True).start()
time.sleep(0.5)

container = client.containers.run("localhost/bb", ["sh", "-c", "echo from-python"], detach=True, name="py-run")
result = container.wait(timeout=60)
assert result["StatusCode"] == 0, f"wait: {result}"
logs = container.logs()
assert logs == b"from-python\n", f"logs: {logs!r}"
container.remove()
assert not client.containers.list(all=True), "the container is gone"
print("run wait logs remove ok")
assert started.wait(10), "no start event was streamed"
print("event seen")

pulled = client.images.pull(os.environ["REMOTE_REPO"], tag="v1")
assert any(t.endswith("/sdk/bb:v1") for t in pulled.tags), f"pulled: {pulled.tags}"
print("pull ok")

# images.build: the SDK makes a tar context of this one Dockerfile.
dockerfile = io.BytesIO(b"FROM localhost/bb\nRUN echo built-by-sdk > /built\nLABEL made=sdk\n")
built, stream = client.images.build(fileobj=dockerfile, tag="sdk-built:v2", rm=True)
assert any(t.endswith("sdk-built:v2") for t in built.tags), f"built: {built.tags}"
assert built.labels.get("made") == "sdk", f"labels: {built.labels}"
assert any("Step" in line.get("stream", "") for line in stream), "the build streamed its steps"
output = client.containers.run(built.id, ["cat", "/built"], remove=True)
assert output == b"built-by-sdk\n", f"run the built image: {output!r}"
print("build ok")

"#;

#[test]
fn python_sdk_runs_pulls_builds_and_streams_events() {
    let python = python_sdk();
    let store = Store::new();
    store.import_busybox("bb");
    let registry = Registry::start();
    let remote = format!("{}/sdk/bb", registry.host);
    store.skiff(&["push", "--tls-verify=false", "bb", &format!("docker://{remote}:v1")]).ok();
    let service = Service::start(&store, &["--time", "0"]);
    // The SDK runs as root (it reaches the user's socket all the same) from
    // the venv under target/, which the test user may not read.
    let mut cmd = Command::new(python);
    cmd.args(["-c", SDK_SCRIPT])
        .env("DOCKER_HOST", service.host())
        .env("REMOTE_REPO", &remote);
    run_command(cmd, None, "python3 (docker SDK script)".into())
        .ok()
        .stdout_has("ping version info ok\n")
        .stdout_has("run wait logs remove ok\n")
        .stdout_has("event seen\n")
        .stdout_has("pull ok\n")
        .stdout_has("build ok\n");
}

/// attach_socket(ws=True): input as messages, output as binary messages.
const WS_SCRIPT: &str = r#"
import docker, os

client = docker.DockerClient(base_url=os.environ["DOCKER_HOST"], timeout=60)
container = client.containers.create("localhost/bb", ["sh", "-c", "read line; echo got:$line; echo to-stderr >&2"], stdin_open=True)
socket = client.api.attach_socket(container.id, params={"stdin": 1, "stdout": 1, "stderr": 1, "stream": 1}, ws=True)
container.start()
socket.send("hello over ws\n")
received = b""
while True:
    try:
        message = socket.recv()
    except Exception:
        break
    if not message:
        break
    assert isinstance(message, bytes), f"a text message: {message!r}"
    received += message
assert received == b"got:hello over ws\nto-stderr\n", f"received: {received!r}"
assert container.wait(timeout=30)["StatusCode"] == 0
container.remove()
print("attach ws ok")
"#;

#[test]
fn python_sdk_attaches_over_a_websocket() {
    let python = python_sdk();
    let store = Store::new();
    store.import_busybox("bb");
    // The SDK speaks WebSocket only to a tcp:// service.
    let port = free_port();
    let address = format!("tcp://127.0.0.1:{port}");
    let mut service = Service::spawn(&store, &["system".into(), "service".into(), "--time".into(), "0".into(), address.clone()]);
    wait_for("the service's port", Duration::from_secs(10), || std::net::TcpStream::connect(("127.0.0.1", port)).is_ok());
    let mut cmd = Command::new(python);
    cmd.args(["-c", WS_SCRIPT]).env("DOCKER_HOST", &address);
    let out = run_command(cmd, None, "python3 (docker SDK attach_socket ws=True)".into());
    let _ = service.kill();
    let _ = service.wait();
    out.ok().stdout_has("attach ws ok\n");
}

const COMPOSE_FILE: &str = r#"version: "3"
services:
  web:
    image: localhost/bb
    command: ["sh", "-c", "echo served-by-web > /www/index.html && exec httpd -f -p 8080 -h /www"]
    volumes:
      - pages:/www
  client:
    image: localhost/bb
    depends_on: [web]
    command: ["sh", "-c", "for i in $$(seq 1 40); do wget -q -O - http://web:8080/ && break; sleep 0.5; done; exec sleep 300"]
volumes:
  pages: {}
"#;

#[test]
fn docker_compose_up_logs_ps_exec_down() {
    assert!(Path::new(DOCKER_COMPOSE).exists(), "{DOCKER_COMPOSE} is missing: install Debian's docker-compose");
    let store = Store::new();
    store.import_busybox("bb");
    let service = Service::start(&store, &["--time", "0"]);
    let file = store.write_file("proj/docker-compose.yml", COMPOSE_FILE);
    let dir = file.parent().unwrap().to_path_buf();
    let compose = |args: &[&str]| {
        let mut all = vec!["-p", "duo"];
        all.extend_from_slice(args);
        let mut cmd = store.command(DOCKER_COMPOSE, &all);
        cmd.env("DOCKER_HOST", service.host()).current_dir(&dir);
        run_command(cmd, None, format!("docker-compose -p duo {}", args.join(" ")))
    };

    compose(&["up", "-d"]).ok();
    // The client reaches web by its service name, and its page is on the named volume.
    wait_for("the client's wget through the service name", Duration::from_secs(30), || compose(&["logs", "client"]).stdout.contains("served-by-web"));
    compose(&["ps"]).ok().stdout_has("duo_web_1").stdout_has("duo_client_1").stdout_has("Up");
    // exec (without a terminal: -T) runs in the service's container and returns its code.
    compose(&["exec", "-T", "web", "cat", "/www/index.html"]).ok().stdout_is("served-by-web\n");
    compose(&["exec", "-T", "web", "sh", "-c", "exit 3"]).code(3);
    // With a terminal (under script's pty), as a user types it.
    let script = Command::new("sh").args(["-c", "command -v script"]).output().expect("sh");
    assert!(script.status.success(), "this test needs util-linux's `script` on PATH");
    // docker-compose 1.29 runs `docker exec`, and the docker CLI of API
    // 1.41 resizes the terminal only after the exec has started, with
    // Docker as with skiff: the command waits for the size to arrive
    // instead of racing it. (busybox's `stty size` on a 0x0 terminal
    // prints an error and still exits 0: the wait is for its output.)
    let wait_for_size = wait_for_size("25 70");
    let inner = format!("stty rows 25 cols 70; DOCKER_HOST={} {DOCKER_COMPOSE} -p duo exec web sh -c 'tty; {wait_for_size}; stty size; exit 4'", service.host());
    let mut under_terminal = store.command("script", &["-qec", &inner, "/dev/null"]);
    under_terminal.current_dir(&dir);
    run_command(under_terminal, None, format!("script -qec '{inner}'")).code(4).stdout_has("/dev/pts/").stdout_has("25 70");
    // skiff's own compose sees the same project by its labels.
    let mut skiff_compose = store.command(&skiff_bin().display().to_string(), &["compose", "-p", "duo", "ps", "--format", "{{.Name}} {{.Service}}"]);
    skiff_compose.current_dir(&dir);
    run_command(skiff_compose, None, "skiff compose -p duo ps".into()).ok().stdout_has("duo_web_1 web\n").stdout_has("duo_client_1 client\n");
    store.skiff(&["volume", "ls", "-q"]).ok().stdout_is("duo_pages\n");
    store.skiff(&["network", "ls", "--format", "{{.Name}}"]).ok().stdout_has("duo_default");

    compose(&["down", "-v"]).ok();
    store.skiff(&["ps", "-a", "-q"]).ok().stdout_is("");
    store.skiff(&["volume", "ls", "-q"]).ok().stdout_is("");
    let networks = store.skiff(&["network", "ls", "--format", "{{.Name}}"]);
    networks.ok().check(!networks.stdout.contains("duo"), "the project's network is removed");
}
