//! Attaching through the API (`/containers/{id}/attach` with standard
//! input, `/containers/{id}/resize`) and `docker network connect`, driven
//! by the real docker CLIs through DOCKER_HOST.

use crate::common;

use common::service::*;
use common::*;
use std::io::Write;

/// `echo hi | docker run -i --rm bb cat` prints hi: the CLI attaches with
/// stdin before it starts the container, and the end of its input is the
/// container's. `docker attach` with piped input reaches a container
/// started with -i, and returns its exit code.
#[test]
fn piped_input_reaches_docker_run_i_and_docker_attach() {
    let store = Store::new();
    store.import_busybox("bb");
    let service = Service::start(&store, &["--time", "0"]);
    for (index, cli) in DOCKER_CLIS.into_iter().enumerate() {
        let run = service.docker_command(&store, cli, &["run", "-i", "--rm", "bb", "sh", "-c", "cat; echo end"]);
        run_command(run, Some(b"hi\n".to_vec()), format!("echo hi | {cli} run -i --rm bb cat")).ok().stdout_is("hi\nend\n");
        let name = format!("reader{index}");
        service.docker_with(&store, cli, &["run", "-d", "-i", "--name", &name, "bb", "sh", "-c", "read line; echo got-$line; exit 4"]).ok();
        let attach = service.docker_command(&store, cli, &["attach", &name]);
        run_command(attach, Some(b"typed\n".to_vec()), format!("echo typed | {cli} attach {name}")).code(4).stdout_is("got-typed\n");
    }
}

/// `docker run -it` under a real terminal (script's pty): the container's
/// terminal gets the client's size through /containers/{id}/resize, what
/// is typed reaches its shell, and its exit code is the client's.
#[test]
fn docker_run_it_under_a_terminal() {
    let script = std::process::Command::new("sh").args(["-c", "command -v script"]).output().expect("sh");
    assert!(script.status.success(), "this test needs util-linux's `script` on PATH");
    let store = Store::new();
    store.import_busybox("bb");
    let service = Service::start(&store, &["--time", "0"]);
    for cli in DOCKER_CLIS {
        let config = store.home.join(".docker-test");
        let inner = format!("stty rows 33 cols 77; DOCKER_HOST={} {cli} --config {} run -it --rm bb sh", service.host(), config.display());
        let cmd = store.command("script", &["-qec", &inner, "/dev/null"]);
        // The docker CLI of API 1.41 sets the size just after the start: the
        // shell waits for it.
        let typed = format!("{}; stty size; echo sum-$((40+2))\nexit 5\n", crate::api_clients::wait_for_size("33 77")).into_bytes();
        let output = run_command_input(cmd, Input::Bytes(typed), format!("script -qec '{inner}'"));
        output.code(5).stdout_has("33 77").stdout_has("sum-42");
    }
    let (status, body) = service.request("POST", "/containers/nothere/resize?h=10&w=10", b"");
    assert_eq!(status, 404, "resizing a missing container is a 404: {body}");
}

/// HostConfig.ConsoleSize is the terminal's size from its first moment (a
/// command that asks at once sees it), and /containers/{id}/resize
/// changes it later.
#[test]
fn console_size_at_creation_and_resize() {
    let store = Store::new();
    store.import_busybox("bb");
    let service = Service::start(&store, &["--time", "0"]);
    let create = br#"{"Image":"bb","Tty":true,"OpenStdin":true,"Cmd":["sh","-c","stty size; exec sleep 60"],"HostConfig":{"ConsoleSize":[21,66]}}"#;
    let (status, body) = service.request("POST", "/containers/create?name=sized", create);
    assert_eq!(status, 201, "create with ConsoleSize: {body}");
    let (status, body) = service.request("POST", "/containers/sized/start", b"");
    assert_eq!(status, 204, "start: {body}");
    let logs = || store.skiff(&["logs", "sized"]).ok().stdout.clone();
    wait_for("the container's first output", std::time::Duration::from_secs(10), || logs().contains('\n'));
    assert!(logs().starts_with("21 66"), "the first command sees ConsoleSize 21x66: {:?}", logs());
    let (status, body) = service.request("POST", "/containers/sized/resize?h=30&w=90", b"");
    assert_eq!(status, 200, "resize: {body}");
    store.skiff(&["exec", "sized", "stty", "-F", "/proc/1/fd/0", "size"]).ok().stdout_is("30 90\n");
    store.skiff(&["rm", "-f", "sized"]).ok();
}

/// `docker network connect` puts a running container on a second network
/// where others reach it by name (one on the default network too);
/// `disconnect` takes it off again.
#[test]
fn docker_network_connect_and_disconnect() {
    let store = Store::new();
    store.import_busybox("bb");
    let service = Service::start(&store, &["--time", "0"]);
    service.docker(&store, &["network", "create", "first"]).ok();
    service.docker(&store, &["network", "create", "second"]).ok();
    service.docker(&store, &["run", "-d", "--name", "target", "--network", "first", "bb", "sh", "-c", "echo served > /tmp/page; httpd -f -p 8080 -h /tmp"]).ok();
    service.docker(&store, &["network", "connect", "--alias", "nick", "second", "target"]).ok();
    let networks = service.docker(&store, &["inspect", "--format", "{{range $k, $v := .NetworkSettings.Networks}}{{$k}} {{end}}", "target"]);
    networks.ok().stdout_has("first").stdout_has("second");
    for name in ["target", "nick"] {
        let url = format!("http://{name}:8080/page");
        // Retried while the server starts (busybox wget's own -T crashes Debian's build).
        let fetch = format!("for i in $(seq 20); do wget -qO- {url} && exit 0; sleep 0.3; done; exit 1");
        service.docker(&store, &["run", "--rm", "--network", "second", "bb", "sh", "-c", &fetch]).ok().stdout_is("served\n");
    }
    // docker's default bridge takes a connect too: skiff's slirp4netns.
    service.docker(&store, &["run", "-d", "--name", "plain", "bb", "sh", "-c", "echo plain > /tmp/page; httpd -f -p 8080 -h /tmp"]).ok();
    service.docker(&store, &["network", "connect", "--alias", "plainnick", "second", "plain"]).ok();
    let fetch = "for i in $(seq 20); do wget -qO- http://plainnick:8080/page && exit 0; sleep 0.3; done; exit 1";
    service.docker(&store, &["run", "--rm", "--network", "second", "bb", "sh", "-c", fetch]).ok().stdout_is("plain\n");
    service.docker(&store, &["network", "disconnect", "second", "plain"]).ok();
    service.docker(&store, &["rm", "-f", "plain"]).ok();
    service.docker(&store, &["network", "disconnect", "second", "target"]).ok();
    let networks = service.docker(&store, &["inspect", "--format", "{{range $k, $v := .NetworkSettings.Networks}}{{$k}} {{end}}", "target"]);
    let networks = networks.ok().stdout.clone();
    assert!(networks.contains("first") && !networks.contains("second"), "after disconnect only the first network is left: {networks:?}");
    let unreachable = service.docker(&store, &["run", "--rm", "--network", "second", "bb", "timeout", "3", "wget", "-qO-", "http://target:8080/page"]);
    unreachable.check(unreachable.code != 0, "a disconnected container is not reached by name");
    let missing = service.docker(&store, &["network", "connect", "second", "nothere"]);
    missing.check(missing.code != 0, "connecting a missing container fails").stderr_has("nothere");
}

/// `POST /containers/{id}/attach` with stdin on a container with a TTY:
/// the detach keys (`detachKeys` as docker parses them, else
/// ctrl-p,ctrl-q) end the connection (or the WebSocket of attach/ws) and
/// the container runs on; without
/// a TTY they are input; keys docker cannot parse are a 400.
#[test]
fn detach_keys_end_an_attach_to_a_terminal() {
    let store = Store::new();
    store.import_busybox("bb");
    let service = Service::start(&store, &["--time", "0"]);
    store.skiff(&["run", "-d", "-it", "--name", "term", "bb", "sh", "-c", "while read line; do echo got-$line; done"]).ok();
    let running = || store.skiff(&["inspect", "--format", "{{.State.Running}}", "term"]).ok().stdout.clone();
    for (query, detach) in [("", &b"\x10\x11"[..]), ("&detachKeys=ctrl-a,d", b"\x01d"), ("&detachKeys=ctrl-%5C", b"\x1c")] {
        let mut stream = service.hijack(&format!("/containers/term/attach?stream=1&stdin=1&stdout=1&stderr=1{query}"), b"");
        stream.write_all(b"one\n").unwrap();
        read_until(&mut stream, "got-one");
        stream.write_all(detach).unwrap();
        assert!(closed_within(&mut stream, std::time::Duration::from_secs(2)), "the detach keys {detach:?} ({query:?}) end the attach");
        assert_eq!(running(), "true\n", "the container runs on after detaching ({query:?})");
    }
    // The same over a WebSocket: each message from the client is input.
    let websocket = "Upgrade: websocket\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n";
    let mut socket = service.upgrade("GET", "/containers/term/attach/ws?stream=1&stdin=1&stdout=1&detachKeys=ctrl-x", websocket, b"");
    for message in [&b"two\n"[..], b"\x18"] {
        // A masked binary frame, as a client sends it (the mask is zeros).
        socket.write_all(&[&[0x82, 0x80 | message.len() as u8, 0, 0, 0, 0][..], message].concat()).unwrap();
        if message == b"two\n" {
            read_until(&mut socket, "got-two");
        }
    }
    assert!(closed_within(&mut socket, std::time::Duration::from_secs(2)), "ctrl-x ends the WebSocket attach");
    assert_eq!(running(), "true\n", "the container runs on after detaching from the WebSocket");
    let (status, body) = service.request("POST", "/containers/term/attach?stream=1&stdin=1&detachKeys=ctrl-pp", b"");
    assert_eq!((status, message_of(&body)), (400, "Invalid detach keys (ctrl-pp) provided".to_string()));

    // Without a TTY the keys are data like any other.
    store.skiff(&["run", "-d", "-i", "--name", "pipe", "bb", "od", "-An", "-tx1"]).ok();
    let mut stream = service.hijack("/containers/pipe/attach?stream=1&stdin=1&stdout=1&stderr=1", b"");
    stream.write_all(b"\x10\x11").unwrap();
    stream.shutdown(std::net::Shutdown::Write).unwrap();
    read_until(&mut stream, "10 11");
    store.skiff(&["rm", "-f", "-t", "0", "term", "pipe"]).ok();
}
