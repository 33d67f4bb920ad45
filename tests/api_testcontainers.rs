//! testcontainers drives `skiff system service` through the Docker API:
//! testcontainers-python (PyPI `testcontainers`, in a venv under
//! target/test-cache) and testcontainers-node (npm `testcontainers`,
//! installed with the machine's Node.js into target/test-cache; skipped
//! with a message when the machine has no npm).
//!
//! Nothing here reaches a public registry: the image comes from the
//! loopback registry fixture, and the resource reaper (ryuk) is either
//! disabled (TESTCONTAINERS_RYUK_DISABLED=true) or pointed at a loopback
//! image that does not exist, to see the error a user gets.
//!
//! The clients run as root, as in tests/api_clients.rs, from caches under
//! target/ the test user may not read. The test machine (and CI) runs in a
//! container (/.dockerenv), where both libraries look for a Docker bridge
//! gateway to reach published ports; skiff's rootless containers publish
//! on the host's own addresses, so the tests set
//! TESTCONTAINERS_HOST_OVERRIDE, as docs/api.md tells users to.

use crate::common;

use common::registry::Registry;
use common::service::Service;
use common::*;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The testcontainers-node line that still runs on Node.js 20 (12.x wants 22).
const NODE_PACKAGE: &str = "testcontainers@11";

/// A venv with testcontainers-python, made once and reused.
fn python_testcontainers() -> PathBuf {
    common::service::python_venv("python-testcontainers", &["testcontainers>=4,<5"], "testcontainers.core.container, docker")
}

/// node_modules with testcontainers-node, installed once and reused; None
/// (after saying why) when the machine has no node or npm.
fn node_testcontainers() -> Option<PathBuf> {
    let version = |program: &str| Command::new(program).arg("--version").output().ok().filter(|o| o.status.success()).map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string());
    let (Some(node), Some(_)) = (version("node"), version("npm")) else {
        eprintln!("skipped: testcontainers-node needs node and npm on PATH");
        return None;
    };
    // Its HTTP client (undici) wants Node.js 20.18 or later.
    let numbers: Vec<u32> = node.trim_start_matches('v').split('.').filter_map(|n| n.parse().ok()).collect();
    if numbers.len() < 2 || (numbers[0], numbers[1]) < (20, 18) {
        eprintln!("skipped: testcontainers-node needs Node.js 20.18 or later, this machine has {node}");
        return None;
    }
    let dir = repo_root().join("target/test-cache/node-testcontainers");
    let modules = dir.join("node_modules");
    if modules.join("testcontainers/package.json").exists() {
        return Some(modules);
    }
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("package.json"), "{\"private\": true}\n").unwrap();
    let npm = Command::new("npm").args(["install", "--no-audit", "--no-fund", "--silent", NODE_PACKAGE]).current_dir(&dir).output().expect("run npm");
    assert!(npm.status.success(), "npm install {NODE_PACKAGE} failed: {}", String::from_utf8_lossy(&npm.stderr));
    Some(modules)
}

/// A store with busybox pushed to a loopback registry as REPO:v1, and the
/// service on its socket.
struct Setup {
    store: Store,
    registry: Registry,
    service: Service,
    image: String,
}

fn setup() -> Setup {
    let store = Store::new();
    store.import_busybox("bb");
    let registry = Registry::start();
    let image = format!("{}/tc/bb:v1", registry.host);
    store.skiff(&["push", "--tls-verify=false", "bb", &format!("docker://{image}")]).ok();
    // The library pulls the image itself: start from a store without it.
    store.skiff(&["rmi", "bb"]).ok();
    let service = Service::start(&store, &["--time", "0"]);
    Setup { store, registry, service, image }
}

impl Setup {
    /// A client command with the environment testcontainers reads.
    fn client(&self, program: &Path) -> Command {
        let mut cmd = Command::new(program);
        cmd.env("DOCKER_HOST", self.service.host())
            .env("TESTCONTAINERS_HOST_OVERRIDE", "127.0.0.1")
            // testcontainers-python still asks for the gateway when the
            // override is a loopback name, unless told the mode.
            .env("TESTCONTAINERS_CONNECTION_MODE", "docker_host")
            .env("TC_IMAGE", &self.image)
            .env("PYTHONWARNINGS", "ignore");
        cmd
    }

    fn nothing_left(&self) {
        self.store.skiff(&["ps", "-a", "-q"]).ok().stdout_is("");
        let networks = self.store.skiff(&["network", "ls", "-q"]);
        networks.ok().stdout_is("");
    }
}

/// Each step prints what it saw; a failed check raises naming it.
const PYTHON_SCRIPT: &str = r#"
import os, pathlib, urllib.request
import docker
from testcontainers.core.container import DockerContainer
from testcontainers.core.network import Network
from testcontainers.core.waiting_utils import wait_for_logs

image = os.environ["TC_IMAGE"]
shared = pathlib.Path(os.environ["TC_SHARED"])

server = (DockerContainer(image)
    .with_command(["sh", "-c", "mkdir -p /www && cat /host/from-host.txt > /www/index.html && echo ready-to-serve && exec httpd -f -p 8080 -h /www"])
    .with_exposed_ports(8080)
    .with_env("GREETING", "hi-env")
    .with_volume_mapping(str(shared), "/host", "ro")
    .with_tmpfs_mount("/scratch")
    .with_kwargs(labels={"made-by": "tc-test"}))
with server as c:
    wait_for_logs(c, "ready-to-serve", timeout=30)
    host = c.get_container_host_ip()
    port = c.get_exposed_port(8080)
    body = urllib.request.urlopen(f"http://{host}:{port}/index.html", timeout=10).read()
    assert body == b"bound-from-host\n", f"http: {body!r}"
    print("http through the published port ok")
    code, out = c.exec(["sh", "-c", "echo $GREETING; grep -c ' /scratch tmpfs' /proc/mounts"])
    assert code == 0 and out == b"hi-env\n1\n", f"exec: {(code, out)}"
    code, out = c.exec("sh -c 'exit 3'")
    assert code == 3, f"exec code: {code}"
    print("exec env tmpfs ok")
    info = c.get_container_info()
    assert info is not None and info.State.Running, f"info: {info}"
    labels = c.get_wrapped_container().labels
    assert labels.get("made-by") == "tc-test" and labels.get("org.testcontainers") == "true", f"labels: {labels}"
    print("inspect labels ok")
    c.copy_into_container(b"copied-in\n", "/tmp/in.txt")
    code, out = c.exec(["cat", "/tmp/in.txt"])
    assert out == b"copied-in\n", f"copy into: {(code, out)}"
    c.copy_from_container("/www/index.html", shared / "out.txt")
    assert (shared / "out.txt").read_text() == "bound-from-host\n", "copy from"
    print("copy ok")
    stdout, stderr = c.get_logs()
    assert b"ready-to-serve" in stdout, f"logs: {stdout!r}"
    print("logs ok")

with Network() as network:
    web = DockerContainer(image).with_command(["sh", "-c", "mkdir -p /www && echo by-alias > /www/index.html && echo up && exec httpd -f -p 8080 -h /www"])
    with web.with_network(network).with_network_aliases("web") as web:
        wait_for_logs(web, "up", timeout=30)
        client = DockerContainer(image).with_command(["sh", "-c", "wget -q -O - http://web:8080/ && echo fetched-ok; exec sleep 300"])
        with client.with_network(network) as client:
            wait_for_logs(client, "by-alias", timeout=30)
            print("network alias ok")

client = docker.DockerClient(base_url=os.environ["DOCKER_HOST"])
left = client.containers.list(all=True)
assert not left, f"left behind: {[c.name for c in left]}"
print("all removed")
"#;

#[test]
fn python_testcontainers_runs_publishes_execs_copies_and_removes() {
    let python = python_testcontainers();
    let setup = setup();
    let shared = setup.store.write_file("tc-shared/from-host.txt", "bound-from-host\n");
    let mut cmd = setup.client(&python);
    cmd.args(["-c", PYTHON_SCRIPT])
        .env("TESTCONTAINERS_RYUK_DISABLED", "true")
        .env("TC_SHARED", shared.parent().unwrap());
    run_command(cmd, None, "python3 (testcontainers script)".into())
        .ok()
        .stdout_has("http through the published port ok\n")
        .stdout_has("exec env tmpfs ok\n")
        .stdout_has("inspect labels ok\n")
        .stdout_has("copy ok\n")
        .stdout_has("logs ok\n")
        .stdout_has("network alias ok\n")
        .stdout_has("all removed\n");
    setup.nothing_left();
}

/// With ryuk on (the default), the library first starts its reaper image;
/// offline it cannot be pulled, and the user is told which image.
#[test]
fn testcontainers_with_ryuk_names_the_reaper_image_it_could_not_pull() {
    let python = python_testcontainers();
    let setup = setup();
    // A reaper image on the loopback registry that is not there (the
    // default, testcontainers/ryuk, would send the pull to Docker Hub).
    let ryuk = format!("{}/testcontainers/ryuk:0.8.1", setup.registry.host);
    let script = "import os\nfrom testcontainers.core.container import DockerContainer\nwith DockerContainer(os.environ['TC_IMAGE']).with_command('sleep 30'):\n    print('started')\n";
    let mut cmd = setup.client(&python);
    cmd.args(["-c", script]).env("RYUK_CONTAINER_IMAGE", &ryuk);
    let out = run_command(cmd, None, "python3 (testcontainers with ryuk)".into());
    out.check(out.code != 0, "the run fails without its reaper").stderr_has(&format!("No such image: {ryuk}"));
    if let Some(modules) = node_testcontainers() {
        let mut cmd = setup.client(Path::new("node"));
        cmd.args(["-e", NODE_RYUK_SCRIPT]).env("NODE_PATH", &modules).env("RYUK_CONTAINER_IMAGE", &ryuk);
        let out = run_command(cmd, None, "node (testcontainers with ryuk)".into());
        out.check(out.code != 0, "the run fails without its reaper").stderr_has(&ryuk);
    }
    setup.nothing_left();
}

const NODE_RYUK_SCRIPT: &str = r#"
const { GenericContainer } = require("testcontainers");
new GenericContainer(process.env.TC_IMAGE).withCommand(["sleep", "30"]).start()
  .then(() => console.log("started"))
  .catch((e) => { console.error("FAILED:", e.message); process.exit(1); });
"#;

const NODE_SCRIPT: &str = r#"
const { GenericContainer, Wait, Network } = require("testcontainers");
const http = require("http");
const get = (url) => new Promise((resolve, reject) => http.get(url, (res) => {
  let body = ""; res.on("data", (d) => body += d); res.on("end", () => resolve(body));
}).on("error", reject));
const check = (ok, what) => { if (!ok) throw new Error(what); };
(async () => {
  const container = await new GenericContainer(process.env.TC_IMAGE)
    .withCommand(["sh", "-c", "mkdir -p /www && echo served-to-node > /www/index.html && echo ready-to-serve && exec httpd -f -p 8080 -h /www"])
    .withExposedPorts(8080)
    .withEnvironment({ GREETING: "hi-node" })
    .withLabels({ "made-by": "tc-node" })
    .withWaitStrategy(Wait.forLogMessage("ready-to-serve"))
    .start();
  const body = await get(`http://${container.getHost()}:${container.getMappedPort(8080)}/index.html`);
  check(body === "served-to-node\n", `http: ${JSON.stringify(body)}`);
  console.log("http through the published port ok");
  const run = await container.exec(["sh", "-c", "echo $GREETING; exit 2"]);
  check(run.exitCode === 2 && run.output === "hi-node\n", `exec: ${JSON.stringify(run)}`);
  console.log("exec ok");
  await container.copyContentToContainer([{ content: "copied-in\n", target: "/tmp/in.txt" }]);
  const cat = await container.exec(["cat", "/tmp/in.txt"]);
  check(cat.output === "copied-in\n", `copy: ${JSON.stringify(cat)}`);
  console.log("copy ok");
  await container.stop();
  console.log("stopped");

  // By name, and by alias: withNetworkAliases makes the container on the
  // default network, then connects it to the network before its start.
  const network = await new Network().start();
  const web = await new GenericContainer(process.env.TC_IMAGE)
    .withCommand(["sh", "-c", "mkdir -p /www && echo by-name > /www/index.html && echo up && exec httpd -f -p 8080 -h /www"])
    .withNetwork(network).withName("tc-web")
    .withWaitStrategy(Wait.forLogMessage("up")).start();
  const fetch = await new GenericContainer(process.env.TC_IMAGE)
    .withCommand(["sh", "-c", "wget -q -O - http://tc-web:8080/; exec sleep 300"])
    .withNetwork(network).withWaitStrategy(Wait.forLogMessage("by-name")).start();
  await fetch.stop();
  console.log("network by name ok");
  const aliased = await new GenericContainer(process.env.TC_IMAGE)
    .withCommand(["sh", "-c", "mkdir -p /www && echo by-alias > /www/index.html && echo up && exec httpd -f -p 8080 -h /www"])
    .withNetwork(network).withNetworkAliases("tc-alias")
    .withWaitStrategy(Wait.forLogMessage("up")).start();
  const viaAlias = await new GenericContainer(process.env.TC_IMAGE)
    .withCommand(["sh", "-c", "wget -q -O - http://tc-alias:8080/; exec sleep 300"])
    .withNetwork(network).withWaitStrategy(Wait.forLogMessage("by-alias")).start();
  await viaAlias.stop();
  await aliased.stop();
  await web.stop();
  await network.stop();
  console.log("network alias ok");
})().catch((e) => { console.error("FAILED:", e); process.exit(1); });
"#;

#[test]
fn node_testcontainers_runs_publishes_execs_and_stops() {
    let Some(modules) = node_testcontainers() else { return };
    let setup = setup();
    let mut cmd = setup.client(Path::new("node"));
    cmd.args(["-e", NODE_SCRIPT]).env("NODE_PATH", &modules).env("TESTCONTAINERS_RYUK_DISABLED", "true");
    run_command(cmd, None, "node (testcontainers script)".into())
        .ok()
        .stdout_has("http through the published port ok\n")
        .stdout_has("exec ok\n")
        .stdout_has("copy ok\n")
        .stdout_has("stopped\n")
        .stdout_has("network by name ok\n")
        .stdout_has("network alias ok\n");
    setup.nothing_left();
}
