//! `skiff system service`: the Docker Engine API, driven by the real docker
//! CLI (the one on the machine and Debian's 20.10) through DOCKER_HOST, and
//! by raw HTTP for bad input. The service runs as the test user on a socket
//! in the store's runtime directory.

use crate::common;

use common::registry::Registry;
use common::service::{message_of, Service, DOCKER_CLIS};
use common::*;
use std::io::Read;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::Stdio;
use std::time::{Duration, Instant};

#[test]
fn docker_cli_sees_and_manages_skiff_containers() {
    let store = Store::new();
    store.import_busybox("bb");
    let service = Service::start(&store, &["--time", "0"]);
    for cli in DOCKER_CLIS {
        service.docker_with(&store, cli, &["version"]).ok().stdout_has("Server: skiff").stdout_has("API version:       1.4");
        service.docker_with(&store, cli, &["info"]).ok().stdout_has("Images: 1").stdout_has("Operating System: skiff");
        service.docker_with(&store, cli, &["images"]).ok().stdout_has("localhost/bb");
    }
    // A container the CLI started is the API's, and the other way round.
    store.skiff(&["run", "-d", "--name", "web", "bb", "sh", "-c", "echo hello; echo oops >&2; sleep 100"]).ok();
    service.docker(&store, &["ps", "--format", "{{.Names}} {{.Image}} {{.State}}"]).ok().stdout_is("web localhost/bb:latest running\n");
    service.docker(&store, &["inspect", "--format", "{{.State.Status}} {{.Name}} {{.Config.Image}}", "web"]).ok().stdout_is("running /web localhost/bb:latest\n");
    wait_for("the container's output", Duration::from_secs(10), || service.docker(&store, &["logs", "web"]).stdout.contains("hello"));
    let logs = service.docker(&store, &["logs", "web"]);
    logs.ok().stdout_is("hello\n");
    assert_eq!(logs.stderr, "oops\n", "docker logs splits the container's stderr from its stdout");
    service.docker(&store, &["top", "web"]).ok().stdout_has("sleep 100");
    service.docker(&store, &["stop", "-t", "1", "web"]).ok().stdout_is("web\n");
    store.skiff(&["ps", "-a", "--format", "{{.Names}} {{.Status}}"]).ok().stdout_has("web Exited (");
    service.docker(&store, &["start", "web"]).ok();
    store.skiff(&["ps", "--format", "{{.Names}}"]).ok().stdout_is("web\n");
    service.docker(&store, &["rename", "web", "web2"]).ok();
    service.docker(&store, &["rm", "web2"]).code(1).stderr_has("running");
    service.docker(&store, &["rm", "-f", "web2"]).ok().stdout_is("web2\n");
    store.skiff(&["ps", "-a", "-q"]).ok().stdout_is("");
    service.docker(&store, &["inspect", "web2"]).code(1).stderr_has("No such");
}

#[test]
fn logs_follow_until_the_container_exits() {
    let store = Store::new();
    store.import_busybox("bb");
    let service = Service::start(&store, &["--time", "0"]);
    store.skiff(&["run", "-d", "--name", "talker", "bb", "sh", "-c", "echo one; sleep 1; echo two"]).ok();
    // -f returns once the container has exited, with what it wrote after.
    service.docker(&store, &["logs", "-f", "talker"]).ok().stdout_is("one\ntwo\n");
    service.docker(&store, &["logs", "--tail", "1", "talker"]).ok().stdout_is("two\n");
    service.docker(&store, &["wait", "talker"]).ok().stdout_is("0\n");
}

#[test]
fn pull_from_a_loopback_registry_then_save_and_load() {
    let store = Store::new();
    store.import_busybox("bb");
    let registry = Registry::start();
    let remote = format!("{}/api/bb:v1", registry.host);
    store.skiff(&["push", "--tls-verify=false", "bb", &format!("docker://{remote}")]).ok();
    store.skiff(&["rmi", "bb"]).ok();
    let service = Service::start(&store, &["--time", "0"]);
    // Docker takes registries on loopback addresses as insecure: so does skiff's API.
    service.docker(&store, &["pull", &remote]).ok().stdout_has("Downloaded newer image for");
    service.docker(&store, &["images", "--format", "{{.Repository}}:{{.Tag}}"]).ok().stdout_is(&format!("{remote}\n"));
    service.docker(&store, &["pull", &format!("{}/api/missing:v1", registry.host)]).code(1);
    let archive = store.home.join("bb.tar");
    service.docker(&store, &["save", "-o", archive.to_str().unwrap(), &remote]).ok();
    service.docker(&store, &["rmi", &remote]).ok().stdout_has("Deleted");
    store.skiff(&["images", "-q"]).ok().stdout_is("");
    service.docker(&store, &["load", "-i", archive.to_str().unwrap()]).ok().stdout_has(&format!("Loaded image: {remote}"));
    store.skiff(&["images", "--format", "{{.Repository}}:{{.Tag}}"]).ok().stdout_is(&format!("{remote}\n"));
    service.docker(&store, &["tag", &remote, "again:v2"]).ok();
    service.docker(&store, &["image", "inspect", "--format", "{{.RepoTags}}", "again:v2"]).ok().stdout_has("again:v2");
    service.docker(&store, &["history", "again:v2"]).ok().stdout_has("IMAGE");
}

#[test]
fn volumes_networks_and_events() {
    let store = Store::new();
    let service = Service::start(&store, &["--time", "0"]);
    let events = {
        let config = store.home.join(".docker-test");
        let mut cmd = store.command(DOCKER_CLIS[0], &["--config", config.to_str().unwrap(), "events", "--format", "{{.Type}} {{.Action}} {{.Actor.Attributes.name}}"]);
        cmd.env("DOCKER_HOST", service.host()).stdout(Stdio::piped()).stderr(Stdio::null());
        cmd.spawn().expect("start docker events")
    };
    // The stream is open before anything happens.
    std::thread::sleep(Duration::from_millis(500));
    service.docker(&store, &["volume", "create", "--label", "k=v", "data"]).ok().stdout_is("data\n");
    service.docker(&store, &["volume", "ls", "--filter", "label=k=v", "--format", "{{.Name}}"]).ok().stdout_is("data\n");
    service.docker(&store, &["volume", "inspect", "--format", "{{.Driver}} {{.Labels.k}}", "data"]).ok().stdout_is("local v\n");
    store.skiff(&["volume", "ls", "-q"]).ok().stdout_is("data\n");
    service.docker(&store, &["volume", "rm", "data"]).ok();
    service.docker(&store, &["volume", "inspect", "data"]).code(1).stderr_has("No such volume");
    service.docker(&store, &["network", "create", "backend"]).ok();
    service.docker(&store, &["network", "create", "backend"]).code(1).stderr_has("already exists");
    service.docker(&store, &["network", "ls", "--format", "{{.Name}} {{.Driver}}"]).ok().stdout_has("backend bridge");
    store.skiff(&["network", "ls", "--format", "{{.Name}}"]).ok().stdout_has("backend");
    service.docker(&store, &["network", "rm", "backend"]).ok();
    let networks = store.skiff(&["network", "ls", "--format", "{{.Name}}"]);
    networks.ok().check(!networks.stdout.contains("backend"), "the network is gone");
    store.import_busybox("bb");
    store.skiff(&["run", "--rm", "--name", "brief", "bb", "true"]).ok();
    let mut events = events;
    let deadline = Instant::now() + Duration::from_secs(10);
    let mut seen = String::new();
    let mut out = events.stdout.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut text = String::new();
        let _ = out.read_to_string(&mut text);
        text
    });
    while Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(200));
        if store.skiff(&["ps", "-a", "-q"]).stdout.is_empty() {
            break;
        }
    }
    std::thread::sleep(Duration::from_millis(500));
    let _ = events.kill();
    let _ = events.wait();
    seen.push_str(&reader.join().unwrap());
    for expected in ["container create brief", "container start brief", "container remove brief"] {
        assert!(seen.contains(expected), "docker events shows {expected:?}: {seen}");
    }
}

#[test]
fn bad_input_is_a_clear_4xx_and_the_service_goes_on() {
    let store = Store::new();
    store.import_busybox("bb");
    let service = Service::start(&store, &["--time", "0"]);
    let (status, body) = service.request("POST", "/v1.41/volumes/create", b"{not json");
    assert_eq!(status, 400, "malformed JSON: {body}");
    assert!(message_of(&body).contains("invalid JSON"), "{body}");
    let (status, body) = service.request("POST", "/v1.41/networks/create", br#"{"Name": 7}"#);
    assert_eq!(status, 400, "a field of the wrong type: {body}");
    assert!(message_of(&body).contains("invalid type"), "{body}");
    let (status, body) = service.request("GET", "/v1.41/containers/nothere/json", b"");
    assert_eq!((status, message_of(&body)), (404, "No such container: nothere".to_string()));
    let (status, body) = service.request("GET", "/v1.41/images/nothere:v1/json", b"");
    assert_eq!((status, message_of(&body)), (404, "No such image: nothere:v1".to_string()));
    let (status, body) = service.request("GET", "/v1.12/version", b"");
    assert_eq!(status, 400, "too old an API version: {body}");
    let (status, body) = service.request("GET", "/v1.44/containers/nothere/attach/ws", b"");
    assert_eq!(status, 400, "attach/ws without a WebSocket upgrade: {body}");
    assert!(message_of(&body).contains("Upgrade: websocket"), "{body}");
    let big = vec![b' '; 100 << 20];
    let (status, body) = service.request("POST", "/v1.41/volumes/create", &big);
    assert_eq!(status, 413, "a 100 MB body: {body}");
    message_of(&body);
    store.skiff(&["create", "--name", "taken", "bb", "true"]).ok();
    let (status, body) = service.request("POST", "/v1.41/containers/taken/rename?name=taken", b"");
    assert!(status == 409, "renaming to a name in use: {status} {body}");
    let (status, body) = service.request("POST", "/v1.41/containers/taken/pause", b"");
    assert_eq!(status, 409, "pause of a container that does not run: {body}");
    // Nothing was made by the failed requests, and the service still answers.
    store.skiff(&["volume", "ls", "-q"]).ok().stdout_is("");
    let networks = store.skiff(&["network", "ls", "--format", "{{.Name}}"]);
    networks.ok().check(!networks.stdout.contains('7'), "no network was made");
    let (status, body) = service.request("GET", "/_ping", b"");
    assert_eq!((status, body.as_str()), (200, "OK"));
    let (status, _) = service.request("HEAD", "/_ping", b"");
    assert_eq!(status, 200);
}

#[test]
fn cors_headers_only_when_asked() {
    let store = Store::new();
    let header = |head: &str, name: &str| head.lines().find_map(|l| l.split_once(':').filter(|(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, v)| v.trim().to_string()));
    let plain = Service::start(&store, &["--time", "0"]);
    let (status, head, _) = plain.exchange("GET", "/_ping", b"");
    assert_eq!(status, 200);
    assert_eq!(header(&head, "Access-Control-Allow-Origin"), None, "no CORS headers without --cors: {head}");
    drop(plain);
    let service = Service::start(&store, &["--time", "0", "--cors", "https://app.example"]);
    for path in ["/_ping", "/v1.41/containers/nothere/json"] {
        let (_, head, _) = service.exchange("GET", path, b"");
        assert_eq!(header(&head, "Access-Control-Allow-Origin").as_deref(), Some("https://app.example"), "{path}: {head}");
        assert_eq!(header(&head, "Access-Control-Allow-Methods").as_deref(), Some("HEAD, GET, POST, DELETE, PUT, OPTIONS"), "{path}: {head}");
        assert!(header(&head, "Access-Control-Allow-Headers").is_some_and(|v| v.contains("X-Registry-Auth")), "{path}: {head}");
    }
}

#[test]
fn the_service_ending_leaves_containers_running() {
    let store = Store::new();
    store.import_busybox("bb");
    // Idle: it exits by itself after --time seconds without a connection.
    let mut idle = Service::start(&store, &["--time", "1"]);
    store.skiff(&["run", "-d", "--name", "stays", "bb", "sleep", "100"]).ok();
    idle.docker(&store, &["restart", "-t", "0", "stays"]).ok();
    let deadline = Instant::now() + Duration::from_secs(15);
    let exited = loop {
        if let Ok(Some(status)) = idle.process.try_wait() {
            break Some(status);
        }
        if Instant::now() > deadline {
            break None;
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    assert!(exited.is_some_and(|s| s.success()), "the idle service exits by itself with status 0: {exited:?}");
    store.skiff(&["ps", "--format", "{{.Names}} {{.State}}"]).ok().stdout_is("stays running\n");
    // Killed: the containers it started stay, and the CLI manages them.
    let killed = Service::start(&store, &["--time", "0"]);
    killed.docker(&store, &["stop", "-t", "0", "stays"]).ok();
    killed.docker(&store, &["start", "stays"]).ok();
    drop(killed);
    store.skiff(&["ps", "--format", "{{.Names}} {{.State}}"]).ok().stdout_is("stays running\n");
    store.skiff(&["rm", "-f", "stays"]).ok();
}

#[test]
fn the_default_socket_is_private() {
    let store = Store::new();
    let mut service = Service::spawn(&store, &["system".into(), "service".into(), "--time".into(), "0".into()]);
    let socket = store.run.join("skiff/skiff.sock");
    wait_for("the default socket", Duration::from_secs(10), || socket.exists());
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&socket), 0o600, "the socket is the user's only");
    assert_eq!(mode(socket.parent().unwrap()), 0o700, "in a directory of the user's only");
    let _ = service.kill();
    let _ = service.wait();
    store.skiff(&["system", "service", "tcp://0.0.0.0:2375"]).code(125).stderr_has("loopback");
    store.skiff(&["system", "service", "http://x"]).code(125).stderr_has("invalid service address");
}

#[test]
fn docker_run_creates_starts_and_returns_the_exit_code() {
    let store = Store::new();
    store.import_busybox("bb");
    let service = Service::start(&store, &["--time", "0"]);
    for cli in DOCKER_CLIS {
        // Attached: the output, then the container's exit code, and --rm leaves nothing.
        service.docker_with(&store, cli, &["run", "--rm", "bb", "sh", "-c", "echo out; exit 3"]).code(3).stdout_is("out\n");
        store.skiff(&["ps", "-a", "-q"]).ok().stdout_is("");
    }
    let port = free_port().to_string();
    let publish = format!("127.0.0.1:{port}:80");
    service.docker(&store, &["run", "-d", "--name", "web", "-p", &publish, "bb", "httpd", "-f", "-p", "80", "-h", "/etc"]).ok();
    store.skiff(&["ps", "--format", "{{.Names}} {{.Ports}}"]).ok().stdout_has(&format!("web 127.0.0.1:{port}->80/tcp"));
    wait_for("the published port", Duration::from_secs(10), || std::net::TcpStream::connect(("127.0.0.1", port.parse::<u16>().unwrap())).is_ok());
    service.docker(&store, &["run", "--name", "web", "bb", "true"]).code(125).stderr_has("already in use");
    service.docker(&store, &["run", "--rm", "-m", "10m", "bb", "true"]).code(125).stderr_has("cgroups");
    service.docker(&store, &["rm", "-f", "web"]).ok();
    store.skiff(&["ps", "-a", "-q"]).ok().stdout_is("");
}

/// A CA, a server certificate for 127.0.0.1 and a client certificate, made
/// with the openssl CLI in `dir` (owned by the test user).
fn make_certificates(dir: &Path) {
    let openssl = |args: &[&str]| {
        let out = std::process::Command::new("openssl").args(args).current_dir(dir).output().expect("openssl (apt-get install openssl)");
        assert!(out.status.success(), "openssl {}: {}", args.join(" "), String::from_utf8_lossy(&out.stderr));
    };
    std::fs::write(dir.join("server.ext"), "subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n").unwrap();
    std::fs::write(dir.join("client.ext"), "extendedKeyUsage=clientAuth\n").unwrap();
    openssl(&["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca-key.pem", "-out", "ca.pem", "-days", "2", "-subj", "/CN=skiff test CA"]);
    for (name, key, csr, ext) in [("server.pem", "server-key.pem", "server.csr", "server.ext"), ("cert.pem", "key.pem", "client.csr", "client.ext")] {
        openssl(&["req", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", csr, "-subj", "/CN=localhost"]);
        openssl(&["x509", "-req", "-in", csr, "-CA", "ca.pem", "-CAkey", "ca-key.pem", "-CAcreateserial", "-out", name, "-days", "2", "-extfile", ext]);
    }
    let _ = std::process::Command::new("chown").args(["-R", TEST_USER, dir.to_str().unwrap()]).status();
}

#[test]
fn the_api_over_tls_serves_verified_clients_only() {
    let store = Store::new();
    store.import_busybox("bb");
    let certs = store.home.join("certs");
    std::fs::create_dir_all(&certs).unwrap();
    make_certificates(&certs);
    let file = |name: &str| certs.join(name).display().to_string();
    let port = free_port();
    let address = format!("tcp://127.0.0.1:{port}");
    let args: Vec<String> = ["system", "service", "--time", "0", "--tls-cert", &file("server.pem"), "--tls-key", &file("server-key.pem"), "--tls-cacert", &file("ca.pem"), &address]
        .iter()
        .map(|s| s.to_string())
        .collect();
    let mut service = Service::spawn(&store, &args);
    wait_for("the TLS service's port", Duration::from_secs(10), || std::net::TcpStream::connect(("127.0.0.1", port)).is_ok());
    let docker = |tls: &[&str], args: &[&str]| {
        let config = store.home.join(".docker-test");
        let mut all = vec!["--config", config.to_str().unwrap(), "-H", address.as_str()];
        all.extend_from_slice(tls);
        all.extend_from_slice(args);
        run_command(store.command(DOCKER_CLIS[0], &all), None, format!("docker {}", all.join(" ")))
    };
    let (ca, cert, key) = (file("ca.pem"), file("cert.pem"), file("key.pem"));
    let verified = ["--tlsverify", "--tlscacert", ca.as_str(), "--tlscert", cert.as_str(), "--tlskey", key.as_str()];
    docker(&verified, &["version", "--format", "{{.Server.APIVersion}}"]).ok().stdout_is("1.47\n");
    // Attached through the hijacked stream, inside TLS.
    docker(&verified, &["run", "--rm", "bb", "sh", "-c", "echo over tls; exit 4"]).code(4).stdout_is("over tls\n");
    // A client without a certificate, or one that speaks plain HTTP, gets nothing.
    let refused = docker(&["--tlsverify", "--tlscacert", ca.as_str()], &["ps"]);
    refused.check(refused.code != 0, "a client without a certificate is refused").stderr_has("certificate required");
    let plain = docker(&[], &["ps"]);
    plain.check(plain.code != 0, "plain HTTP gets no answer");
    store.skiff(&["ps", "-a", "-q"]).ok().stdout_is("");
    let _ = service.kill();
    let _ = service.wait();
    // Other than loopback addresses, only with TLS and verified clients;
    // TLS is for TCP; the certificate and its key go together.
    let any = format!("tcp://0.0.0.0:{port}");
    store.skiff(&["system", "service", "--tls-cert", &file("server.pem"), "--tls-key", &file("server-key.pem"), &any]).code(125).stderr_has("--tls-cacert");
    store.skiff(&["system", "service", "--tls-cert", &file("server.pem"), "--tls-key", &file("server-key.pem"), "unix:///tmp/x.sock"]).code(125).stderr_has("tcp://");
    store.skiff(&["system", "service", "--tls-cert", &file("server.pem"), &address]).code(125).stderr_has("--tls-key");
    store.skiff(&["system", "service", "--tls-cert", &file("ca-key.pem"), "--tls-key", &file("server-key.pem"), &address]).code(125).stderr_has("--tls-cert");
}

/// Docker's API 1.45 to 1.47 as a docker 28 CLI negotiates it, and what
/// clients that ask for an older version in the path still get.
#[test]
fn api_1_47_serves_the_image_tree_and_keeps_older_versions_answers() {
    let store = Store::new();
    store.import_busybox("bb");
    store.skiff(&["tag", "bb", "other:v2"]).ok();
    store.skiff(&["network", "create", "n1"]).ok();
    store.skiff(&["run", "-d", "--name", "user", "--network", "n1", "--network-alias", "db", "--annotation", "team=blue", "bb", "sleep", "100"]).ok();
    let service = Service::start(&store, &["--time", "0"]);
    service.docker(&store, &["version", "--format", "{{.Server.APIVersion}}"]).ok().stdout_is("1.47\n");
    let (status, body) = service.request("GET", "/version", b"");
    assert!(status == 200 && body.contains(r#""ApiVersion":"1.47""#), "{status} {body}");
    let (status, body) = service.request("GET", "/v1.48/version", b"");
    assert_eq!((status, message_of(&body)), (400, "client version 1.48 is too new. Maximum supported API version is 1.47".to_string()));
    // docker images --tree (API 1.47's Manifests) prints what skiff does.
    let tree = store.skiff(&["images", "--tree"]).ok().stdout.clone();
    assert!(tree.contains("└─ linux/"), "{tree}");
    // docker 28 colours the header even off a terminal: compared without.
    let through_api = service.docker(&store, &["images", "--tree"]).ok().stdout.clone();
    let mut plain = String::new();
    let mut rest = through_api.as_str();
    while let Some((before, after)) = rest.split_once("\x1b[") {
        plain.push_str(before);
        rest = after.split_once('m').map_or("", |(_, tail)| tail);
    }
    plain.push_str(rest);
    assert_eq!(plain, tree, "docker images --tree through the API");
    let json = |path: &str| -> serde_json::Value {
        let (status, body) = service.request("GET", path, b"");
        assert_eq!(status, 200, "{path}: {body}");
        serde_json::from_str(&body).unwrap_or_else(|e| panic!("{path}: {e}: {body}"))
    };
    let images = json("/v1.47/images/json?manifests=1");
    let manifest = &images[0]["Manifests"][0];
    assert_eq!(manifest["Kind"], "image", "{images}");
    assert_eq!(manifest["ImageData"]["Platform"]["os"], "linux", "{images}");
    assert_eq!(manifest["ImageData"]["Containers"].as_array().map(Vec::len), Some(1), "the container using the image: {images}");
    assert!(manifest["ID"].as_str().is_some_and(|id| id.starts_with("sha256:")) && manifest["Descriptor"]["digest"] == manifest["ID"], "{images}");
    assert!(json("/v1.47/images/json")[0].get("Manifests").is_none(), "Manifests only when asked for");
    assert!(json("/v1.46/images/json?manifests=1")[0].get("Manifests").is_none(), "Manifests only from API 1.47 on");
    // Image inspect dropped ContainerConfig in 1.45.
    assert!(json("/v1.44/images/other:v2/json").get("ContainerConfig").is_some());
    assert!(json("/v1.45/images/other:v2/json").get("ContainerConfig").is_none());
    // Container lists give annotations from 1.46 on.
    assert_eq!(json("/v1.46/containers/json")[0]["HostConfig"]["Annotations"]["team"], "blue");
    assert!(json("/v1.45/containers/json")[0]["HostConfig"].get("Annotations").is_none());
    // DNSNames (1.44); Aliases keep the short id (docker-compose 1.x needs it).
    let short_id = store.skiff(&["inspect", "--format", "{{.Id}}", "user"]).ok().stdout[..12].to_string();
    let network = |version: &str| json(&format!("/{version}/containers/user/json"))["NetworkSettings"]["Networks"]["n1"].clone();
    assert_eq!(network("v1.47")["DNSNames"], serde_json::json!(["user", "db", short_id]));
    assert_eq!(network("v1.47")["Aliases"], serde_json::json!([short_id, "db"]));
    assert!(network("v1.43").get("DNSNames").is_none());
    // What skiff cannot honour of the newer requests is refused.
    let create = |mount: &str| service.request("POST", "/v1.47/containers/create", format!(r#"{{"Image": "bb", "HostConfig": {{"Mounts": [{mount}]}}}}"#).as_bytes());
    let (status, body) = create(r#"{"Type": "volume", "Source": "data", "Target": "/data", "VolumeOptions": {"Subpath": "sub"}}"#);
    assert_eq!((status, message_of(&body)), (400, "mount at /data: VolumeOptions.Subpath is not supported".to_string()));
    let (status, body) = create(r#"{"Type": "tmpfs", "Target": "/scratch", "TmpfsOptions": {"Options": [["noexec"]]}}"#);
    assert_eq!((status, message_of(&body)), (400, "mount at /scratch: TmpfsOptions.Options is not supported".to_string()));
    let (status, body) = service.request("POST", "/v1.47/images/other:v2/push?platform=%7B%22os%22%3A%22linux%22%2C%22architecture%22%3A%22s390x%22%7D", b"");
    assert_eq!(status, 404, "{body}");
    assert!(message_of(&body).contains("not the platform asked for (linux/s390x)"), "{body}");
    store.skiff(&["volume", "ls", "-q"]).ok().stdout_is("");
    store.skiff(&["rm", "-f", "user"]).ok();
}

/// `POST /networks/create` honours EnableIPv6: with an IPv6 pool in
/// IPAM.Config, or alone (a random unique local /64), the network is dual
/// stack, and `GET /networks/NAME` shows it as Docker does.
#[test]
fn network_create_honours_enable_ipv6() {
    let store = Store::new();
    let service = Service::start(&store, &["--time", "0"]);
    let request = br#"{"Name": "dual", "EnableIPv6": true, "IPAM": {"Config": [{"Subnet": "10.97.40.0/24"}, {"Subnet": "fd97:40::/64", "Gateway": "fd97:40::9"}]}}"#;
    let (status, body) = service.request("POST", "/v1.41/networks/create", request);
    assert_eq!(status, 201, "{body}");
    let (status, body) = service.request("GET", "/v1.41/networks/dual", b"");
    assert_eq!(status, 200, "{body}");
    let doc: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(doc["EnableIPv6"], true, "{body}");
    assert_eq!(doc["IPAM"]["Config"][1], serde_json::json!({"Subnet": "fd97:40::/64", "Gateway": "fd97:40::9"}), "{body}");
    let (status, body) = service.request("POST", "/v1.41/networks/create", br#"{"Name": "auto6", "EnableIPv6": true}"#);
    assert_eq!(status, 201, "{body}");
    store.skiff(&["network", "inspect", "--format", "{{.IPv6Enabled}}", "auto6"]).ok().stdout_is("true");
    let (status, body) = service.request("POST", "/v1.41/networks/create", br#"{"Name": "v4", "IPAM": {"Config": [{"Subnet": "10.97.41.0/24"}]}}"#);
    assert_eq!(status, 201, "{body}");
    store.skiff(&["network", "inspect", "--format", "{{.IPv6Enabled}}", "v4"]).ok().stdout_is("false");
    let two = br#"{"Name": "two", "IPAM": {"Config": [{"Subnet": "10.97.42.0/24"}, {"Subnet": "10.97.43.0/24"}]}}"#;
    let (status, body) = service.request("POST", "/v1.41/networks/create", two);
    assert_eq!(status, 400, "two IPv4 pools: {body}");
    assert!(message_of(&body).contains("more than one IPv4 subnet"), "{body}");
}
