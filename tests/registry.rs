//! Issue 4: pull and push against a real registry (Debian's
//! `docker-registry`, the CNCF distribution registry) that each test starts
//! on 127.0.0.1 with its own storage, and kills at the end.

mod common;
use common::*;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// A distribution registry on a free loopback port.
struct Registry {
    /// "127.0.0.1:PORT", as image references name it.
    host: String,
    dir: tempfile::TempDir,
    process: Child,
}

impl Registry {
    fn start() -> Registry {
        Registry::start_with("")
    }

    /// Start with `extra` appended to the YAML config (e.g. an auth section).
    fn start_with(extra: &str) -> Registry {
        skiff_bin(); // Checks the host and makes CI_DIR.
        let dir = tempfile::Builder::new().prefix("registry-").tempdir_in(Path::new(CI_DIR)).unwrap();
        let port = free_port();
        let host = format!("127.0.0.1:{port}");
        let config = format!(
            "version: 0.1\nlog:\n  level: error\nstorage:\n  filesystem:\n    rootdirectory: {}\n  delete:\n    enabled: true\nhttp:\n  addr: {host}\n{extra}",
            dir.path().join("data").display()
        );
        std::fs::write(dir.path().join("config.yml"), config).unwrap();
        let process = Command::new("docker-registry")
            .arg("serve")
            .arg(dir.path().join("config.yml"))
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(dir.path().join("registry.log")).unwrap())
            .spawn()
            .expect("start docker-registry (Debian package docker-registry)");
        let registry = Registry { host, dir, process };
        registry.wait_until_up();
        registry
    }

    fn wait_until_up(&self) {
        let deadline = Instant::now() + Duration::from_secs(20);
        while Instant::now() < deadline {
            if std::net::TcpStream::connect(&self.host).is_ok() {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let log = std::fs::read_to_string(self.dir.path().join("registry.log")).unwrap_or_default();
        panic!("docker-registry did not start on {}:\n{log}", self.host);
    }

    /// The registry's own idea of a manifest's digest (Docker-Content-Digest).
    fn manifest_digest(&self, repository: &str, tag: &str) -> String {
        let accept = "application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.v2+json";
        let response = ureq::head(&format!("http://{}/v2/{repository}/manifests/{tag}", self.host))
            .set("Accept", accept)
            .call()
            .unwrap_or_else(|e| panic!("HEAD manifest {repository}:{tag}: {e}"));
        response.header("Docker-Content-Digest").expect("registry sends Docker-Content-Digest").to_string()
    }
}

impl Drop for Registry {
    fn drop(&mut self) {
        let _ = self.process.kill();
        let _ = self.process.wait();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// Push the two-layer fixture to `registry` as `layered:v1`.
fn push_layered(store: &Store, registry: &Registry) -> String {
    store.load_layered();
    let destination = format!("{}/layered:v1", registry.host);
    store.skiff(&["push", "--tls-verify=false", LAYERED, &format!("docker://{destination}")]).ok();
    destination
}

#[test]
fn push_then_pull_into_an_empty_store_runs_with_the_registry_digest() {
    let registry = Registry::start();
    let source = Store::new();
    let image = push_layered(&source, &registry);
    let pushed_id = source.skiff(&["images", "-q", "--no-trunc"]).ok().stdout.trim().to_string();

    let target = Store::new();
    let pull = target.skiff(&["pull", "--tls-verify=false", &image]);
    pull.ok();
    pull.check(pushed_id.ends_with(pull.stdout.trim()), "pull prints the same image id that was pushed");
    pull.stderr_has("Copying blob sha256:").stderr_has("Writing manifest to image destination");

    target.skiff(&["run", "--rm", &image, "sh", "-c", "cat /data/keep; ls /opq"]).ok().stdout_is("keep\nnew");

    let digest = registry.manifest_digest("layered", "v1");
    let images = target.skiff(&["images", "--digests"]);
    images.ok();
    images.check(images.lines()[0].split_whitespace().collect::<Vec<_>>()[2] == "DIGEST", "--digests adds a DIGEST column");
    images.check(
        images.lines()[1].split_whitespace().collect::<Vec<_>>()[..3] == [&format!("{}/layered", registry.host), "v1", &digest],
        "images --digests shows the registry's manifest digest",
    );
    // Again: everything is already there.
    target.skiff(&["pull", "--tls-verify=false", &image]).ok().stderr_has("skipped: already exists");
    // -q prints only the id.
    let quiet = target.skiff(&["pull", "-q", "--tls-verify=false", &image]);
    quiet.ok().check(quiet.stderr.is_empty() && pushed_id.ends_with(quiet.stdout.trim()), "-q prints only the id");
}

#[test]
fn push_formats_and_digestfile() {
    let registry = Registry::start();
    let store = Store::new();
    store.load_layered();
    let digestfile = store.home.join("digest");
    for (format, media_type) in
        [("v2s2", "application/vnd.docker.distribution.manifest.v2+json"), ("oci", "application/vnd.oci.image.manifest.v1+json")]
    {
        let destination = format!("{}/fmt:{format}", registry.host);
        store
            .skiff(&["push", "-q", "--tls-verify=false", "--format", format, "--digestfile", &digestfile.display().to_string(), LAYERED, &destination])
            .ok();
        let digest = std::fs::read_to_string(&digestfile).unwrap();
        assert_eq!(digest, registry.manifest_digest("fmt", format), "--digestfile holds the pushed digest");
        let manifest = ureq::get(&format!("http://{}/v2/fmt/manifests/{format}", registry.host))
            .set("Accept", media_type)
            .call()
            .unwrap()
            .into_string()
            .unwrap();
        assert!(manifest.contains(media_type), "--format {format} pushes a {media_type} manifest: {manifest}");
        // The second push finds every blob there.
        store.skiff(&["push", "--tls-verify=false", LAYERED, &destination]).ok().stderr_has("skipped: already exists");
    }
}

#[test]
fn plain_http_needs_tls_verify_false_like_podman() {
    let registry = Registry::start();
    let store = Store::new();
    store.load_layered();
    let destination = format!("{}/layered:v1", registry.host);
    store.skiff(&["push", LAYERED, &destination]).code(125).stderr_has(&format!("https://{}/v2/", registry.host));
    store.skiff(&["pull", &destination]).code(125).stderr_has("--tls-verify=false");
}

#[test]
fn bad_references_and_missing_images_are_one_line_errors() {
    let registry = Registry::start();
    let store = Store::new();
    let missing = store.skiff(&["pull", "--tls-verify=false", &format!("{}/nothing:here", registry.host)]);
    missing.code(125).stderr_has("manifest unknown");
    missing.check(missing.stderr.trim().lines().count() <= 3, "a short error");
    store.skiff(&["pull", "Bad/Name"]).code(125).stderr_has("invalid reference format");
    store.skiff(&["pull", "--platform", "linux", "x"]).code(125).stderr_has("invalid platform");
    store.skiff(&["push", "nothere", &format!("{}/x", registry.host)]).code(125).stderr_has("image not known");
    store.load_layered();
    store.skiff(&["push", LAYERED, "oci-archive:/tmp/x"]).code(125).stderr_has("unsupported transport");
    store.skiff(&["images"]).ok();
}
