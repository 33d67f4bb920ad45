//! Kubernetes YAML: `kube generate` writes manifests that parse back into
//! the k8s-openapi types, pass the `kubernetes-validate` schema check of
//! the pinned Kubernetes version (PyPI, in a venv the tests make), and say
//! what podman's `kube generate` says for the same container.

use crate::common;
use common::*;
use k8s_openapi::api::apps::v1::Deployment;
use k8s_openapi::api::core::v1::{Container, PersistentVolumeClaim, Pod, Service, Volume};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// The Kubernetes version skiff's k8s-openapi feature pins (Cargo.toml).
const KUBERNETES_VERSION: &str = "1.33.0";
const KUBERNETES_VALIDATE: &str = "kubernetes-validate==1.37.0";

/// The documents of a YAML stream, as JSON values.
#[track_caller]
fn documents(yaml: &str) -> Vec<Value> {
    let docs: Vec<Value> = serde_saphyr::from_multiple(yaml).unwrap_or_else(|e| panic!("the output is not YAML: {e}\n{yaml}"));
    docs.into_iter().filter(|d| !d.is_null()).collect()
}

/// The one document of `kind`, as its k8s-openapi type.
#[track_caller]
fn the<T: serde::de::DeserializeOwned>(docs: &[Value], kind: &str) -> T {
    let found: Vec<&Value> = docs.iter().filter(|d| d["kind"] == kind).collect();
    assert_eq!(found.len(), 1, "one {kind} expected in {docs:#?}");
    serde_json::from_value(found[0].clone()).unwrap_or_else(|e| panic!("the {kind} does not parse as its Kubernetes type: {e}\n{:#}", found[0]))
}

/// A venv with kubernetes-validate, made once (python3 and PyPI are required).
fn kubernetes_validate() -> PathBuf {
    static VENV: OnceLock<PathBuf> = OnceLock::new();
    VENV.get_or_init(|| {
        let venv = Path::new(CI_DIR).join("kubernetes-validate-venv");
        // Its python, not its script: the venv is made elsewhere and renamed,
        // which the scripts' #! lines do not survive.
        let program = venv.join("bin/python");
        if venv.join("bin/kubernetes-validate").exists() {
            return program;
        }
        let python = ["/usr/bin/python3", "/usr/local/bin/python3"]
            .into_iter()
            .find(|p| Path::new(p).exists())
            .expect("these tests need python3 (with venv) to install kubernetes-validate from PyPI");
        // Made aside and renamed: another test process may be making it too.
        let building = Path::new(CI_DIR).join(format!("kubernetes-validate-venv.{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&building);
        let made = std::process::Command::new(python).args(["-m", "venv"]).arg(&building).status().unwrap();
        assert!(made.success(), "python3 -m venv failed: install python3-venv");
        let pip = std::process::Command::new(building.join("bin/pip")).args(["install", "-q", KUBERNETES_VALIDATE]).status().unwrap();
        assert!(pip.success(), "pip install {KUBERNETES_VALIDATE} failed (PyPI must be reachable)");
        if std::fs::rename(&building, &venv).is_err() {
            let _ = std::fs::remove_dir_all(&building);
        }
        program
    })
    .clone()
}

/// Check the manifests against the pinned version's schema, strictly (no
/// unknown fields).
#[track_caller]
fn assert_schema_valid(files: &[&Path]) {
    let mut cmd = std::process::Command::new(kubernetes_validate());
    cmd.args(["-m", "kubernetes_validate", "--strict", "-k", KUBERNETES_VERSION]).args(files);
    let out = run_command(cmd, None, "kubernetes-validate".into());
    out.check(out.code == 0 && !out.stdout.contains("ERROR") && !out.stderr.contains("ERROR"), "the manifests pass kubernetes-validate");
}

fn container_named<'a>(pod: &'a Pod, name: &str) -> &'a Container {
    pod.spec.as_ref().unwrap().containers.iter().find(|c| c.name == name).unwrap_or_else(|| panic!("no container {name} in {pod:#?}"))
}

/// The pod volume a container mounts at `path`, with the mount's readOnly.
fn volume_at<'a>(pod: &'a Pod, container: &Container, path: &str) -> (&'a Volume, Option<bool>) {
    let mount = container.volume_mounts.iter().flatten().find(|m| m.mount_path == path).unwrap_or_else(|| panic!("nothing mounted at {path}"));
    let volume = pod.spec.as_ref().unwrap().volumes.iter().flatten().find(|v| v.name == mount.name).expect("the mount's volume is in the pod");
    (volume, mount.read_only)
}

#[test]
fn generate_writes_valid_manifests_that_say_what_podman_says() {
    let store = Store::new();
    store.import_busybox("bb");
    let site = store.home.join("site");
    std::fs::create_dir_all(&site).unwrap();
    let site = site.display().to_string();
    let port = free_port().to_string();
    let flags: Vec<String> = [
        "--name", "web", "-p", &format!("127.0.0.1:{port}:80"), "-e", "GREETING=hello", "-w", "/srv", "-u", "1000:1000",
        "--cap-add", "NET_ADMIN", "--read-only", "-v", "data:/data", "-v", &format!("{site}:/site:ro"), "--tmpfs", "/scratch",
        "--restart", "on-failure", "--label", "tier=front", "--health-cmd", "echo ok", "--health-interval", "10s",
        "localhost/bb", "httpd", "-f", "-p", "80",
    ]
    .map(String::from)
    .to_vec();
    store.skiff(&[&["create".to_string()][..], &flags].concat()).ok();
    let out = store.skiff(&["kube", "generate", "-s", "web"]);
    out.ok();
    let docs = documents(&out.stdout);
    let pod: Pod = the(&docs, "Pod");
    let service: Service = the(&docs, "Service");
    let claim: PersistentVolumeClaim = the(&docs, "PersistentVolumeClaim");

    // What skiff says, field by field.
    assert_eq!(pod.metadata.name.as_deref(), Some("web-pod"), "podman names a container's pod NAME-pod");
    let labels = pod.metadata.labels.clone().unwrap();
    assert_eq!(labels.get("app").map(String::as_str), Some("web-pod"));
    assert_eq!(labels.get("tier").map(String::as_str), Some("front"), "the container's labels are the pod's");
    let spec = pod.spec.as_ref().unwrap();
    assert_eq!(spec.restart_policy.as_deref(), Some("OnFailure"));
    let web = container_named(&pod, "web");
    assert_eq!(web.image.as_deref(), Some("localhost/bb:latest"));
    assert_eq!(web.command, Some(vec!["httpd".into(), "-f".into(), "-p".into(), "80".into()]));
    let env = web.env.clone().unwrap();
    assert!(env.iter().any(|e| e.name == "GREETING" && e.value.as_deref() == Some("hello")), "{env:?}");
    assert_eq!(web.working_dir.as_deref(), Some("/srv"));
    let ports = web.ports.clone().unwrap();
    assert_eq!((ports[0].container_port, ports[0].host_port, ports[0].host_ip.as_deref()), (80, Some(port.parse().unwrap()), Some("127.0.0.1")));
    let security = web.security_context.clone().unwrap();
    assert_eq!(security.capabilities.unwrap().add, Some(vec!["CAP_NET_ADMIN".to_string()]));
    assert_eq!((security.read_only_root_filesystem, security.run_as_user, security.run_as_group), (Some(true), Some(1000), Some(1000)));
    let probe = web.liveness_probe.clone().expect("the healthcheck is a liveness probe");
    assert_eq!(probe.exec.unwrap().command, Some(vec!["/bin/sh".into(), "-c".into(), "echo ok".into()]));
    assert_eq!((probe.period_seconds, probe.failure_threshold), (Some(10), Some(3)));
    let (data, _) = volume_at(&pod, web, "/data");
    assert_eq!(data.persistent_volume_claim.as_ref().map(|c| c.claim_name.as_str()), Some("data"));
    assert_eq!(claim.metadata.name.as_deref(), Some("data"), "the named volume's claim is in the output");
    let (site_volume, read_only) = volume_at(&pod, web, "/site");
    assert_eq!((site_volume.host_path.as_ref().map(|h| h.path.as_str()), read_only), (Some(site.as_str()), Some(true)));
    let (scratch, _) = volume_at(&pod, web, "/scratch");
    assert_eq!(scratch.empty_dir.as_ref().and_then(|e| e.medium.as_deref()), Some("Memory"), "a tmpfs is an emptyDir in memory");
    let service_spec = service.spec.clone().unwrap();
    assert_eq!(service_spec.selector.unwrap().get("app").map(String::as_str), Some("web-pod"));
    let service_port = &service_spec.ports.unwrap()[0];
    assert_eq!((service_port.port, service_port.name.as_deref()), (80, Some("80")));

    // -f writes a new file, never over one; generate kube is the same command.
    let file = store.home.join("web.yaml");
    store.skiff(&["kube", "generate", "-s", "-f", &file.display().to_string(), "web"]).ok().stdout_is("");
    assert_eq!(documents(&std::fs::read_to_string(&file).unwrap()).len(), 3);
    store.skiff(&["generate", "kube", "-s", "-f", &file.display().to_string(), "web"]).code(125).stderr_has("exists");

    // A pod of two containers as a Deployment of two replicas.
    let pod_port = free_port().to_string();
    store.skiff(&["pod", "create", "--name", "shop", "--label", "team=a", "-p", &format!("{pod_port}:8080")]).ok();
    store.skiff(&["create", "--pod", "shop", "--name", "shop_front", "localhost/bb", "httpd", "-f", "-p", "8080"]).ok();
    store.skiff(&["create", "--pod", "shop", "--name", "worker", "-e", "JOB=count", "localhost/bb", "sleep", "1000"]).ok();
    let deployment_file = store.home.join("shop.yaml");
    store.skiff(&["kube", "generate", "--type", "deployment", "--replicas", "2", "-s", "-f", &deployment_file.display().to_string(), "shop"]).ok();
    let docs = documents(&std::fs::read_to_string(&deployment_file).unwrap());
    let deployment: Deployment = the(&docs, "Deployment");
    let deployment_spec = deployment.spec.unwrap();
    assert_eq!(deployment_spec.replicas, Some(2));
    assert_eq!(deployment_spec.selector.match_labels.unwrap().get("app").map(String::as_str), Some("shop"));
    let template = deployment_spec.template.spec.unwrap();
    let names: Vec<&str> = template.containers.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names, ["shopfront", "worker"], "podman drops underscores; containers in the order they joined");
    assert_eq!(template.restart_policy.as_deref(), Some("Always"), "Kubernetes takes only Always in a Deployment");
    let front_ports = template.containers[0].ports.clone().unwrap();
    assert_eq!((front_ports[0].container_port, front_ports[0].host_port), (8080, Some(pod_port.parse().unwrap())), "the pod's ports");
    assert_eq!(deployment_spec.template.metadata.unwrap().labels.unwrap().get("team").map(String::as_str), Some("a"));
    let _: Service = the(&docs, "Service");

    assert_schema_valid(&[&file, &deployment_file]);

    // podman's kube generate for the same container (as root on its own store).
    let podman_dir = store.dir.join("podman");
    let bb = fixtures().busybox_rootfs.display().to_string();
    podman_in(&podman_dir, &["import", &bb, "localhost/bb"]).ok();
    podman_in(&podman_dir, &[&["create".to_string()][..], &flags].concat().iter().map(String::as_str).collect::<Vec<_>>()).ok();
    let theirs = podman_in(&podman_dir, &["kube", "generate", "-s", "web"]);
    theirs.ok();
    let their_docs = documents(&theirs.stdout);
    let their_pod: Pod = the(&their_docs, "Pod");
    let their_service: Service = the(&their_docs, "Service");
    assert_eq!(pod.metadata.name, their_pod.metadata.name);
    assert_eq!(labels.get("app"), their_pod.metadata.labels.as_ref().unwrap().get("app"));
    let theirs_web = container_named(&their_pod, "web");
    assert_eq!(web.image, theirs_web.image);
    assert_eq!(web.command, theirs_web.command);
    assert_eq!(web.args, theirs_web.args);
    assert_eq!(web.working_dir, theirs_web.working_dir);
    assert_eq!(web.ports, theirs_web.ports);
    let env_of = |c: &Container| c.env.clone().unwrap_or_default().into_iter().find(|e| e.name == "GREETING");
    assert_eq!(env_of(web), env_of(theirs_web));
    let their_security = theirs_web.security_context.clone().unwrap();
    assert_eq!(web.security_context.as_ref().unwrap().capabilities.as_ref().unwrap().add, their_security.capabilities.unwrap().add);
    assert_eq!(
        (security.read_only_root_filesystem, security.run_as_user, security.run_as_group),
        (their_security.read_only_root_filesystem, their_security.run_as_user, their_security.run_as_group)
    );
    for path in ["/data", "/site"] {
        let (ours, our_ro) = volume_at(&pod, web, path);
        let (theirs, their_ro) = volume_at(&their_pod, theirs_web, path);
        assert_eq!(ours.persistent_volume_claim, theirs.persistent_volume_claim, "{path}");
        assert_eq!(ours.host_path, theirs.host_path, "{path}");
        assert_eq!(our_ro, their_ro, "{path}");
    }
    let (ours, theirs) = (service.spec.unwrap(), their_service.spec.unwrap());
    assert_eq!((ours.selector, ours.type_), (theirs.selector, theirs.type_));
    let port_of = |p: &k8s_openapi::api::core::v1::ServicePort| (p.name.clone(), p.port, p.target_port.clone(), p.protocol.clone());
    assert_eq!(ours.ports.unwrap().iter().map(port_of).collect::<Vec<_>>(), theirs.ports.unwrap().iter().map(port_of).collect::<Vec<_>>());
}

#[test]
fn generate_refuses_what_it_cannot_name() {
    let store = Store::new();
    store.skiff(&["kube", "generate", "nosuch"]).code(125).stderr_has("nosuch: no such container or pod");
    store.skiff(&["kube", "generate"]).code(125);
    // generate systemd works now; a name of nothing is podman's error.
    store.skiff(&["generate", "systemd", "x"]).code(125).stderr_has("x does not refer to a container or pod");
}

/// A hand-written multi-document manifest: a Deployment of two replicas
/// with an init container, a ConfigMap as environment and as a file, a
/// Secret, a claim, probes and a Service on the host's loopback.
fn shop_manifest(port: u16) -> String {
    format!(
        r#"apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
data:
  GREETING: hello
  index.html: "served from a configmap"
---
apiVersion: v1
kind: Secret
metadata:
  name: creds
data:
  TOKEN: czNjcmV0
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: shopdata
spec:
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 1Gi
---
apiVersion: v1
kind: Namespace
metadata:
  name: ignored
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: shop
spec:
  replicas: 2
  selector:
    matchLabels:
      app: shop
  template:
    metadata:
      labels:
        app: shop
    spec:
      initContainers:
      - name: prep
        image: localhost/bb
        command: ["sh", "-c", "echo prepared > /data/init-$(hostname)"]
        volumeMounts:
        - name: data
          mountPath: /data
      containers:
      - name: server
        image: localhost/bb
        command: ["httpd", "-f", "-p", "8080", "-h", "/www"]
        volumeMounts:
        - name: site
          mountPath: /www
          readOnly: true
        livenessProbe:
          exec:
            command: ["true"]
          periodSeconds: 5
        readinessProbe:
          httpGet:
            path: /
            port: 8080
      - name: worker
        image: localhost/bb
        command: ["sh", "-c", "touch /tmp/alive; echo \"$GREETING $TOKEN $MODE\" > /data/env-$(hostname); echo started >> /data/starts-$(hostname); trap 'exit 0' TERM; sleep 1000 & wait"]
        livenessProbe:
          exec:
            command: ["test", "-f", "/tmp/alive"]
          periodSeconds: 1
          failureThreshold: 1
        envFrom:
        - configMapRef:
            name: settings
        env:
        - name: TOKEN
          valueFrom:
            secretKeyRef:
              name: creds
              key: TOKEN
        - name: MODE
          value: fast
        volumeMounts:
        - name: data
          mountPath: /data
      volumes:
      - name: site
        configMap:
          name: settings
          items:
          - key: index.html
            path: index.html
      - name: data
        persistentVolumeClaim:
          claimName: shopdata
---
apiVersion: v1
kind: Service
metadata:
  name: shop
spec:
  selector:
    app: shop
  ports:
  - port: {port}
    targetPort: 8080
"#
    )
}

#[test]
fn play_runs_a_manifest_and_down_removes_everything_it_made() {
    let store = Store::new();
    store.import_busybox("bb");
    let port = free_port();
    let manifest = store.write_file("shop.yaml", &shop_manifest(port)).display().to_string();

    let played = store.skiff(&["kube", "play", &manifest]);
    played.ok().stderr_has("Namespace").stderr_has("readinessProbe");
    played.check(played.stdout.matches("Pod:").count() == 2, "two replicas, two pods");
    store.skiff(&["pod", "ps", "--format", "{{.Name}} {{.Status}}", "--sort", "name"]).ok().stdout_is("shop-pod-0 Running\nshop-pod-1 Running");
    let names = store.skiff(&["ps", "-a", "--format", "{{.Names}} {{.Status}}"]);
    names.ok().stdout_has("shop-pod-0-server").stdout_has("shop-pod-1-worker");
    names.check(!names.stdout.contains("prep"), "init containers are removed once they ran (podman's default)");
    assert!(http_get(port).contains("served from a configmap"), "the Service's port answers from the ConfigMap's file");
    let volume = store.skiff(&["volume", "inspect", "--format", "{{.Mountpoint}}", "shopdata"]);
    volume.ok();
    let data = PathBuf::from(volume.stdout.trim());
    wait_for("the workers' files", std::time::Duration::from_secs(10), || data.join("env-shop-pod-1").exists());
    assert_eq!(std::fs::read_to_string(data.join("env-shop-pod-0")).unwrap().trim(), "hello s3cret fast", "env from the ConfigMap, the Secret and the value");
    assert_eq!(std::fs::read_to_string(data.join("init-shop-pod-1")).unwrap().trim(), "prepared", "the init container ran first");

    // The worker's livenessProbe checks /tmp/alive: without it, the
    // container is restarted in place, and its command makes the file again.
    let restarts = || store.skiff(&["inspect", "--format", "{{.RestartCount}}", "shop-pod-0-worker"]).ok().stdout.trim().to_string();
    assert_eq!(restarts(), "0", "no restart while the probe passes");
    store.skiff(&["exec", "shop-pod-0-worker", "rm", "/tmp/alive"]).ok();
    wait_for("the liveness failure restarts the worker", std::time::Duration::from_secs(20), || restarts() == "1");
    wait_for("the worker's second start", std::time::Duration::from_secs(10), || {
        std::fs::read_to_string(data.join("starts-shop-pod-0")).is_ok_and(|s| s.lines().count() == 2)
    });
    std::thread::sleep(std::time::Duration::from_millis(2500));
    assert_eq!(restarts(), "1", "healthy again after the restart");
    assert_eq!(store.skiff(&["inspect", "--format", "{{.RestartCount}}", "shop-pod-1-worker"]).ok().stdout.trim(), "0", "the other replica was not touched");

    // Played again: the pods exist (nothing more is made); --replace makes them anew.
    store.skiff(&["kube", "play", &manifest]).code(125).stderr_has("already exists");
    store.skiff(&["kube", "play", "--replace", "--start=false", &manifest]).ok();
    store.skiff(&["pod", "ps", "--format", "{{.Name}} {{.Status}}", "--sort", "name"]).ok().stdout_is("shop-pod-0 Created\nshop-pod-1 Created");

    let down = store.skiff(&["kube", "down", &manifest]);
    down.ok().stdout_has("Pods removed:");
    store.skiff(&["pod", "ps", "-q"]).ok().stdout_is("");
    store.skiff(&["ps", "-aq"]).ok().stdout_is("");
    assert_no_processes_left(&store);
    store.skiff(&["volume", "ls", "-q"]).ok().stdout_is("shopdata");
}

#[test]
fn a_generated_manifest_plays_back_the_same_service() {
    let store = Store::new();
    store.import_busybox("bb");
    let port = free_port().to_string();
    store.skiff(&["volume", "create", "site"]).ok();
    store.skiff(&["run", "--rm", "-v", "site:/www", "localhost/bb", "sh", "-c", "echo round trip > /www/index.html"]).ok();
    store.skiff(&["run", "-d", "--name", "web", "-p", &format!("127.0.0.1:{port}:8080"), "-v", "site:/www", "localhost/bb", "httpd", "-f", "-p", "8080", "-h", "/www"]).ok();
    assert!(http_get(port.parse().unwrap()).contains("round trip"));
    let out = store.skiff(&["kube", "generate", "-s", "web"]);
    out.ok();
    let manifest = store.write_file("web.yaml", &out.stdout).display().to_string();
    store.skiff(&["rm", "-f", "web"]).ok();

    let played = store.skiff_stdin(&["play", "kube", "-"], out.stdout.as_bytes());
    played.ok().stdout_has("Pod:");
    store.skiff(&["ps", "--format", "{{.Names}}"]).ok().stdout_is("web-pod-web");
    assert!(http_get(port.parse().unwrap()).contains("round trip"), "the played pod serves the volume's page on the same port");
    store.skiff(&["kube", "play", "--down", &manifest]).ok();
    store.skiff(&["pod", "ps", "-q"]).ok().stdout_is("");
    assert_no_processes_left(&store);
}

#[test]
fn bad_manifests_fail_in_one_line_and_make_nothing() {
    let store = Store::new();
    store.import_busybox("bb");
    let bad_yaml = store.write_file("bad.yaml", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n spec: [\n");
    store.skiff(&["kube", "play", &bad_yaml.display().to_string()]).code(125).stderr_has("invalid YAML").stderr_has("line");
    let wrong_type = store.write_file("type.yaml", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: a\n    image: localhost/bb\n    ports:\n    - containerPort: eighty\n");
    store.skiff(&["kube", "play", &wrong_type.display().to_string()]).code(125).stderr_has("spec.containers[0].ports[0].containerPort");
    // The second container's image does not exist: the pod goes whole.
    let missing = store.write_file(
        "missing.yaml",
        "apiVersion: v1\nkind: Pod\nmetadata:\n  name: half\nspec:\n  containers:\n  - name: a\n    image: localhost/bb\n    command: [sleep, \"100\"]\n  - name: b\n    image: localhost/nosuch-image\n",
    );
    let out = store.skiff(&["kube", "play", &missing.display().to_string()]);
    out.code(125);
    out.stderr_has("nosuch-image");
    out.check(out.stderr.lines().filter(|l| l.starts_with("Error")).count() == 1, "one error line");
    store.skiff(&["pod", "ps", "-q"]).ok().stdout_is("");
    store.skiff(&["ps", "-aq"]).ok().stdout_is("");
    assert_no_processes_left(&store);
}

#[test]
fn play_builds_images_from_their_directory_and_applies_the_container_flags() {
    let store = Store::new();
    store.import_busybox("bb");
    let port = free_port();
    // podman's layout: a directory named after the image, with its Containerfile.
    store.write_file("myweb/Containerfile", "FROM localhost/bb\nCOPY index.html /www/index.html\n");
    store.write_file("myweb/index.html", "built by kube play\n");
    let manifest = store
        .write_file(
            "built.yaml",
            &format!(
                "apiVersion: v1\nkind: Pod\nmetadata:\n  name: built\nspec:\n  containers:\n  - name: web\n    image: localhost/myweb\n    command: [httpd, -f, -p, \"8080\", -h, /www]\n    ports:\n    - containerPort: 8080\n      hostPort: {port}\n      hostIP: 127.0.0.1\n"
            ),
        )
        .display()
        .to_string();

    let played = store.skiff(&["kube", "play", "--annotation", "team=web", "--log-driver", "json-file", "--no-hosts", "-q", &manifest]);
    played.ok().stdout_has("Pod:").stderr_has("COPY index.html");
    store.skiff(&["image", "exists", "localhost/myweb"]).ok();
    assert!(http_get(port).contains("built by kube play"), "the pod runs the image built from myweb/Containerfile");
    let inspect = store.skiff(&["inspect", "--format", "{{index .Config.Annotations \"team\"}} {{.HostConfig.LogConfig.Type}}", "built-web"]);
    inspect.ok().stdout_is("web json-file");

    // Stored now: rebuilt only with --build.
    store.write_file("myweb/index.html", "rebuilt\n");
    store.skiff(&["kube", "play", "--replace", &manifest]).ok();
    assert!(http_get(port).contains("built by kube play"), "a stored image is not rebuilt without --build");
    store.skiff(&["kube", "play", "--replace", "--build", &manifest]).ok();
    assert!(http_get(port).contains("rebuilt"), "--build builds it again");

    store.skiff(&["kube", "play", "--build=false", "--context-dir", ".", &manifest]).code(125).stderr_has("--context-dir needs --build");
    store.skiff(&["kube", "play", "--ip", "10.88.0.5", &manifest]).code(125).stderr_has("--ip");
    store.skiff(&["kube", "down", &manifest]).ok();
    assert_no_processes_left(&store);
}

#[test]
fn a_compose_project_generates_valid_deployments_that_play_the_same_service() {
    let store = Store::new();
    store.import_busybox("bb");
    let port = free_port();
    let compose = store.write_file(
        "shopfront/compose.yaml",
        &format!(
            r#"services:
  web:
    image: localhost/bb
    command: ["sh", "-c", "echo from compose > /www/index.html; exec httpd -f -p 8080 -h /www"]
    ports: ["127.0.0.1:{port}:8080"]
    volumes: ["site:/www"]
    depends_on: [cache]
  cache:
    image: localhost/bb
    command: ["sleep", "1000"]
volumes:
  site: {{}}
"#
        ),
    );
    let out = store.skiff(&["kube", "generate", "--compose", &compose.display().to_string()]);
    out.ok().stderr_has("services.web.depends_on (cache)");
    let docs = documents(&out.stdout);
    let web: Deployment = docs
        .iter()
        .filter(|d| d["kind"] == "Deployment" && d["metadata"]["name"] == "web-deployment")
        .map(|d| serde_json::from_value(d.clone()).unwrap())
        .next()
        .expect("a Deployment for the web service");
    assert_eq!(
        web.metadata.annotations.as_ref().and_then(|a| a.get("io.skiff.compose/depends-on")).map(String::as_str),
        Some("cache"),
        "depends_on is recorded, not dropped"
    );
    assert!(docs.iter().any(|d| d["kind"] == "Deployment" && d["metadata"]["name"] == "cache-deployment"), "one Deployment per service");
    let service: Service = the(&docs, "Service");
    assert_eq!(service.metadata.name.as_deref(), Some("web"), "a Service for the service that publishes ports");
    let claim: PersistentVolumeClaim = the(&docs, "PersistentVolumeClaim");
    assert_eq!(claim.metadata.name.as_deref(), Some("shopfront-site"), "the named volume is a claim");
    let manifest = store.write_file("shopfront.yaml", &out.stdout);
    assert_schema_valid(&[&manifest]);
    store.skiff(&["kube", "generate", "--compose", &compose.display().to_string(), "web"]).code(125);

    store.skiff(&["kube", "play", &manifest.display().to_string()]).ok();
    wait_for("the web service answers", std::time::Duration::from_secs(10), || http_get(port).contains("from compose"));
    store.skiff(&["volume", "ls", "-q"]).ok().stdout_is("shopfront-site");
    store.skiff(&["kube", "down", &manifest.display().to_string()]).ok();
    assert_no_processes_left(&store);
}

#[test]
fn init_containers_generate_as_init_containers_and_play_once_or_always() {
    let store = Store::new();
    store.import_busybox("bb");
    store.skiff(&["pod", "create", "--network", "none", "prepped"]).ok();
    store.skiff(&["create", "--pod", "prepped", "--name", "app", "localhost/bb", "sleep", "300"]).ok();
    store.skiff(&["create", "--pod", "prepped", "--init-ctr", "once", "--name", "prep", "localhost/bb", "true"]).ok();
    let out = store.skiff(&["kube", "generate", "prepped"]);
    out.ok();
    let spec = the::<Pod>(&documents(&out.stdout), "Pod").spec.unwrap();
    let names = |containers: &[Container]| containers.iter().map(|c| c.name.clone()).collect::<Vec<_>>();
    assert_eq!(names(spec.init_containers.as_deref().unwrap_or_default()), ["prep"], "{}", out.stdout);
    assert_eq!(names(&spec.containers), ["app"], "{}", out.stdout);
    assert_schema_valid(&[&store.write_file("prepped.yaml", &out.stdout)]);
    store.skiff(&["pod", "rm", "-f", "-t", "0", "prepped"]).ok();

    // podman's pod annotation makes them always: kept after their run, and
    // run again at each pod start.
    let manifest = |kind: &str| {
        format!(
            "apiVersion: v1\nkind: Pod\nmetadata:\n  name: again\n  annotations:\n    io.podman.annotations.init.container.type: {kind}\nspec:\n  initContainers:\n  - name: count\n    image: localhost/bb\n    command: [sh, -c, \"echo ran >> /runs/log\"]\n    volumeMounts:\n    - name: runs\n      mountPath: /runs\n  containers:\n  - name: app\n    image: localhost/bb\n    command: [sleep, \"300\"]\n  volumes:\n  - name: runs\n    persistentVolumeClaim:\n      claimName: runs\n"
        )
    };
    let bad = store.write_file("bad.yaml", &manifest("sometimes")).display().to_string();
    store.skiff(&["kube", "play", &bad]).code(125).stderr_has("io.podman.annotations.init.container.type: \"sometimes\" is not always or once");
    store.skiff(&["pod", "ps", "-q"]).ok().stdout_is("");
    let file = store.write_file("again.yaml", &manifest("always")).display().to_string();
    store.skiff(&["kube", "play", &file]).ok();
    let runs = || store.skiff(&["run", "--rm", "--network", "none", "-v", "runs:/runs", "localhost/bb", "cat", "/runs/log"]).ok().lines().len();
    assert_eq!(runs(), 1);
    store.skiff(&["ps", "-a", "--format", "{{.Names}} {{.State}}", "--filter", "name=again-count"]).ok().stdout_is("again-count exited");
    store.skiff(&["pod", "stop", "-t", "0", "again"]).ok();
    store.skiff(&["pod", "start", "again"]).ok();
    assert_eq!(runs(), 2, "the always init container ran again at pod start");
    store.skiff(&["kube", "down", &file]).ok();
    store.skiff(&["volume", "rm", "runs"]).ok();
    assert_no_processes_left(&store);
}

#[test]
fn share_process_namespace_plays_as_a_pod_sharing_pids_and_generates_back() {
    let store = Store::new();
    store.import_busybox("bb");
    let manifest = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: shared\nspec:\n  shareProcessNamespace: true\n  containers:\n  - name: one\n    image: localhost/bb\n    command: [sleep, '401']\n  - name: two\n    image: localhost/bb\n    command: [sleep, '402']\n";
    let manifest = store.write_file("shared.yaml", manifest).display().to_string();
    store.skiff(&["kube", "play", &manifest]).ok();
    store.skiff(&["exec", "shared-two", "ps"]).ok().stdout_has("sleep 401").stdout_has("sleep 402");
    let generated = store.skiff(&["kube", "generate", "shared"]);
    let pod: Pod = the(&documents(&generated.ok().stdout), "Pod");
    assert_eq!(pod.spec.unwrap().share_process_namespace, Some(true));
    store.skiff(&["kube", "down", &manifest]).ok();
    // Without it, each container has its own pid namespace.
    let plain = store.write_file("plain.yaml", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: plain\nspec:\n  containers:\n  - name: one\n    image: localhost/bb\n    command: [sleep, '403']\n  - name: two\n    image: localhost/bb\n    command: [sleep, '404']\n");
    let plain = plain.display().to_string();
    store.skiff(&["kube", "play", &plain]).ok();
    let ps = store.skiff(&["exec", "plain-two", "ps"]);
    ps.ok().check(!ps.stdout.contains("sleep 403"), "one's process is not two's to see");
    let generated = store.skiff(&["kube", "generate", "plain"]);
    let pod: Pod = the(&documents(&generated.ok().stdout), "Pod");
    assert_eq!(pod.spec.unwrap().share_process_namespace, None);
    store.skiff(&["kube", "down", &plain]).ok();
    assert_no_processes_left(&store);
}

#[test]
fn play_applies_seccomp_profiles_from_annotations_and_security_contexts() {
    let store = Store::new();
    store.import_busybox("bb");
    let profiles = store.home.join("profiles");
    std::fs::create_dir_all(&profiles).unwrap();
    // Everything allowed but mkdir and mkdirat.
    std::fs::write(profiles.join("no-mkdir.json"), r#"{"defaultAction":"SCMP_ACT_ALLOW","syscalls":[{"names":["mkdir","mkdirat"],"action":"SCMP_ACT_ERRNO"}]}"#).unwrap();
    let root = profiles.display().to_string();
    let probe = "mkdir /made 2>/dev/null && echo made || echo refused; grep ^Seccomp: /proc/self/status | tr -d '\\t'";
    let container = |name: &str, extra: &str| {
        format!("  - name: {name}\n    image: localhost/bb\n    command: [sh, -c, \"{probe}\"]\n{extra}")
    };
    let manifest = format!(
        "apiVersion: v1\nkind: Pod\nmetadata:\n  name: sc\n  annotations:\n    seccomp.security.alpha.kubernetes.io/pod: localhost/no-mkdir.json\n    container.seccomp.security.alpha.kubernetes.io/free: unconfined\n    container.seccomp.security.alpha.kubernetes.io/usual: runtime/default\nspec:\n  restartPolicy: Never\n  containers:\n{}{}{}{}",
        container("inherits", ""),
        container("free", ""),
        container("usual", ""),
        container("field", "    securityContext:\n      seccompProfile:\n        type: Unconfined\n"),
    );
    let file = store.write_file("sc.yaml", &manifest).display().to_string();
    store.skiff(&["kube", "play", "--seccomp-profile-root", &root, &file]).ok();
    let result = |name: &str| {
        store.skiff(&["wait", &format!("sc-{name}")]).ok();
        store.skiff(&["logs", &format!("sc-{name}")]).ok().lines()
    };
    assert_eq!(result("inherits"), ["refused", "Seccomp:2"], "the pod's localhost/ profile");
    assert_eq!(result("free"), ["made", "Seccomp:0"], "the container's unconfined annotation");
    assert_eq!(result("usual"), ["made", "Seccomp:2"], "runtime/default: skiff's profile");
    assert_eq!(result("field"), ["made", "Seccomp:0"], "a securityContext field wins over the pod's annotation");
    store.skiff(&["kube", "down", &file]).ok();
    // Without --seccomp-profile-root, localhost/ profiles are the kubelet's.
    let out = store.skiff(&["kube", "play", &file]);
    out.code(125).stderr_has("/var/lib/kubelet/seccomp/no-mkdir.json");
    store.skiff(&["pod", "ps", "-q"]).ok().stdout_is("");
    let bad = store.write_file("bad-sc.yaml", &manifest.replace("localhost/no-mkdir.json", "elsewhere/no-mkdir.json")).display().to_string();
    store.skiff(&["kube", "play", "--seccomp-profile-root", &root, &bad]).code(125).stderr_has("invalid seccomp path: elsewhere/no-mkdir.json");
    store.skiff(&["ps", "-aq"]).ok().stdout_is("");
    assert_no_processes_left(&store);
}
