//! Issue 4: pull and push against a real registry (Debian's
//! `docker-registry`, the CNCF distribution registry) that each test starts
//! on 127.0.0.1 with its own storage, and kills at the end.

mod common;
use common::*;
use std::path::{Path, PathBuf};
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
        Registry::start_in(registry_dir(), extra)
    }

    /// Start with its files in `dir` (prepared by the caller: see [`registry_dir`]).
    fn start_in(dir: tempfile::TempDir, extra: &str) -> Registry {
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

    /// A file in the registry's directory (for configs: htpasswd, certificates).
    fn file(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// The registry's own idea of a manifest's digest (Docker-Content-Digest).
    fn manifest_digest(&self, repository: &str, tag: &str) -> String {
        let accept = "application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.v2+json";
        let response = ureq::head(&format!("http://{}/v2/{repository}/manifests/{tag}", self.host))
            .set("Accept", accept)
            .call()
            .unwrap_or_else(|e| panic!("HEAD manifest {repository}:{tag}: {e}"));
        response
            .header("Docker-Content-Digest")
            .expect("registry sends Docker-Content-Digest")
            .to_string()
    }

    /// Where the registry keeps the blob with this digest.
    fn blob_file(&self, digest: &str) -> PathBuf {
        let hex = digest.trim_start_matches("sha256:");
        self.dir
            .path()
            .join(format!("data/docker/registry/v2/blobs/sha256/{}/{hex}/data", &hex[..2]))
    }
}

impl Drop for Registry {
    fn drop(&mut self) {
        let _ = self.process.kill();
        let _ = self.process.wait();
    }
}

/// A directory for a registry's storage and configuration.
fn registry_dir() -> tempfile::TempDir {
    skiff_bin(); // Checks the host and makes CI_DIR.
    tempfile::Builder::new()
        .prefix("registry-")
        .tempdir_in(Path::new(CI_DIR))
        .unwrap()
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// Push the two-layer fixture to `registry` as `layered:v1`.
fn push_layered(store: &Store, registry: &Registry) -> String {
    store.load_layered();
    let destination = format!("{}/layered:v1", registry.host);
    store
        .skiff(&[
            "push",
            "--tls-verify=false",
            LAYERED,
            &format!("docker://{destination}"),
        ])
        .ok();
    destination
}

#[test]
fn push_then_pull_into_an_empty_store_runs_with_the_registry_digest() {
    let registry = Registry::start();
    let source = Store::new();
    let image = push_layered(&source, &registry);
    let pushed_id = source
        .skiff(&["images", "-q", "--no-trunc"])
        .ok()
        .stdout
        .trim()
        .to_string();

    let target = Store::new();
    let pull = target.skiff(&["pull", "--tls-verify=false", &image]);
    pull.ok();
    pull.check(
        pushed_id.ends_with(pull.stdout.trim()),
        "pull prints the same image id that was pushed",
    );
    pull.stderr_has("Writing manifest to image destination");

    target
        .skiff(&["run", "--rm", &image, "sh", "-c", "cat /data/keep; ls /opq"])
        .ok()
        .stdout_is("keep\nnew");

    let digest = registry.manifest_digest("layered", "v1");
    let images = target.skiff(&["images", "--digests"]);
    images.ok();
    images.check(
        images.lines()[0].split_whitespace().collect::<Vec<_>>()[2] == "DIGEST",
        "--digests adds a DIGEST column",
    );
    images.check(
        images.lines()[1].split_whitespace().collect::<Vec<_>>()[..3]
            == [&format!("{}/layered", registry.host), "v1", &digest],
        "images --digests shows the registry's manifest digest",
    );
    // Again: everything is already there.
    target
        .skiff(&["pull", "--tls-verify=false", &image])
        .ok()
        .stderr_has("skipped: already exists");
    // -q prints only the id.
    let quiet = target.skiff(&["pull", "-q", "--tls-verify=false", &image]);
    quiet.ok().check(
        quiet.stderr.is_empty() && pushed_id.ends_with(quiet.stdout.trim()),
        "-q prints only the id",
    );
}

/// The layer digests of `repository:tag`, short as progress shows them.
fn short_layer_ids(registry: &Registry, repository: &str, tag: &str) -> Vec<String> {
    let manifest = std::fs::read(registry.blob_file(&registry.manifest_digest(repository, tag))).unwrap();
    let manifest: serde_json::Value = serde_json::from_slice(&manifest).unwrap();
    manifest["layers"]
        .as_array()
        .expect("an image manifest has layers")
        .iter()
        .map(|l| l["digest"].as_str().unwrap().trim_start_matches("sha256:")[..12].to_string())
        .collect()
}

#[test]
fn pull_and_push_progress_is_a_line_per_layer_bars_on_a_terminal_and_nothing_with_q() {
    let registry = Registry::start();
    let source = Store::new();
    let image = push_layered(&source, &registry);
    let layers = short_layer_ids(&registry, "layered", "v1");

    // Not a terminal: one line per layer once it is copied, as podman
    // writes in logs.
    let target = Store::new();
    let pull = target.skiff(&["pull", "--tls-verify=false", &image]);
    pull.ok();
    let lines: Vec<&str> = pull.stderr.lines().collect();
    for layer in &layers {
        let about: Vec<&&str> = lines.iter().filter(|l| l.contains(layer.as_str())).collect();
        pull.check(about.len() == 1, &format!("one line about layer {layer}, got {about:?}"));
        pull.check(*about[0] == format!("Copying blob {layer} done"), "the layer's line says it is done");
    }
    pull.check(lines.iter().any(|l| l.starts_with("Copying config ") && l.ends_with(" done")), "a line for the config")
        .stderr_has("Writing manifest to image destination");

    // Again: every layer is there already.
    let again = target.skiff(&["pull", "--tls-verify=false", &image]);
    again.ok();
    for layer in &layers {
        again.stderr_has(&format!("Copying blob {layer} skipped: already exists"));
    }

    // -q: the image id on stdout, nothing else anywhere.
    let quiet = Store::new().skiff(&["pull", "-q", "--tls-verify=false", &image]);
    quiet.ok();
    quiet.check(is_image_id(quiet.stdout.trim()), "pull -q prints the image id");
    quiet.check(quiet.stdout.lines().count() == 1, "pull -q prints only the image id");
    quiet.check(quiet.stderr.is_empty(), "pull -q prints nothing on stderr");

    // A push shows the same lines.
    let push = target.skiff(&["push", "--tls-verify=false", &image, &format!("{}/again:v1", registry.host)]);
    push.ok();
    for layer in &layers {
        push.stderr_has(&format!("Copying blob {layer} done"));
    }

    // On a terminal (script(1) gives one): a bar per layer with its short
    // id and the bytes copied of the total, finished as "done".
    let terminal = Store::new();
    let out = terminal.bash(&format!("script -qec 'skiff pull --tls-verify=false {image}' /dev/null"));
    out.ok();
    for layer in &layers {
        out.stdout_has(&format!("Copying blob {layer} done"));
    }
    out.check(out.stdout.contains(" / "), "the bars show bytes copied of the total");
}

#[test]
fn push_formats_and_digestfile() {
    let registry = Registry::start();
    let store = Store::new();
    store.load_layered();
    let digestfile = store.home.join("digest");
    for (format, media_type) in [
        ("v2s2", "application/vnd.docker.distribution.manifest.v2+json"),
        ("oci", "application/vnd.oci.image.manifest.v1+json"),
    ] {
        let destination = format!("{}/fmt:{format}", registry.host);
        store
            .skiff(&[
                "push",
                "-q",
                "--tls-verify=false",
                "--format",
                format,
                "--digestfile",
                &digestfile.display().to_string(),
                LAYERED,
                &destination,
            ])
            .ok();
        let digest = std::fs::read_to_string(&digestfile).unwrap();
        assert_eq!(
            digest,
            registry.manifest_digest("fmt", format),
            "--digestfile holds the pushed digest"
        );
        let manifest = ureq::get(&format!("http://{}/v2/fmt/manifests/{format}", registry.host))
            .set("Accept", media_type)
            .call()
            .unwrap()
            .into_string()
            .unwrap();
        assert!(
            manifest.contains(media_type),
            "--format {format} pushes a {media_type} manifest: {manifest}"
        );
        // The second push finds every blob there.
        store
            .skiff(&["push", "--tls-verify=false", LAYERED, &destination])
            .ok()
            .stderr_has("skipped: already exists");
    }
}

#[test]
fn plain_http_needs_tls_verify_false_like_podman() {
    let registry = Registry::start();
    let store = Store::new();
    store.load_layered();
    let destination = format!("{}/layered:v1", registry.host);
    store
        .skiff(&["push", LAYERED, &destination])
        .code(125)
        .stderr_has(&format!("https://{}/v2/", registry.host));
    store
        .skiff(&["pull", &destination])
        .code(125)
        .stderr_has("--tls-verify=false");
}

#[test]
fn bad_references_and_missing_images_are_one_line_errors() {
    let registry = Registry::start();
    let store = Store::new();
    let missing = store.skiff(&["pull", "--tls-verify=false", &format!("{}/nothing:here", registry.host)]);
    missing.code(125).stderr_has("manifest unknown");
    missing.check(missing.stderr.trim().lines().count() <= 3, "a short error");
    store
        .skiff(&["pull", "Bad/Name"])
        .code(125)
        .stderr_has("invalid reference format");
    store
        .skiff(&["pull", "--platform", "linux", "x"])
        .code(125)
        .stderr_has("invalid platform");
    store
        .skiff(&["push", "nothere", &format!("{}/x", registry.host)])
        .code(125)
        .stderr_has("image not known");
    store.load_layered();
    store
        .skiff(&["push", LAYERED, "oci-archive:/tmp/x"])
        .code(125)
        .stderr_has("unsupported transport");
    store.skiff(&["images"]).ok();
}

/// Bytes that do not compress, the same on every run (xorshift).
fn noise(len: usize, seed: u64) -> Vec<u8> {
    let mut state = seed | 1;
    (0..len)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state as u8
        })
        .collect()
}

/// A docker-archive of `name`: busybox, then one gzip layer per file in
/// `files` (at /big/<index>). Written into the store's home for its user.
fn write_archive_with_layers(store: &Store, name: &str, files: &[Vec<u8>]) -> PathBuf {
    use std::io::Write;
    let mut base = TarBuilder::new();
    add_busybox_rootfs(&mut base, true);
    let mut layers = vec![base.finish()];
    for (index, data) in files.iter().enumerate() {
        let mut layer = TarBuilder::new();
        layer.dir("big", 0o755, 0, 0);
        layer.file(&format!("big/{index}"), 0o644, 0, 0, data);
        layers.push(layer.finish());
    }
    let diff_ids: Vec<String> = layers.iter().map(|l| format!("sha256:{}", sha256_hex(l))).collect();
    let config = serde_json::json!({
        "architecture": oci_arch(), "os": "linux", "created": "2024-01-01T00:00:00Z",
        "config": { "Cmd": ["sh"] },
        "rootfs": { "type": "layers", "diff_ids": diff_ids },
    });
    let config = serde_json::to_vec(&config).unwrap();
    let config_name = format!("{}.json", sha256_hex(&config));
    let mut archive = TarBuilder::new();
    let mut layer_names = Vec::new();
    for layer in &layers {
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        gz.write_all(layer).unwrap();
        let gz = gz.finish().unwrap();
        let layer_name = format!("{}.tar.gz", sha256_hex(&gz));
        archive.file(&layer_name, 0o644, 0, 0, &gz);
        layer_names.push(layer_name);
    }
    archive.file(&config_name, 0o644, 0, 0, &config);
    let manifest = serde_json::json!([{ "Config": config_name, "RepoTags": [name], "Layers": layer_names }]);
    archive.file("manifest.json", 0o644, 0, 0, &serde_json::to_vec(&manifest).unwrap());
    let path = store.home.join("layers.docker-archive.tar");
    std::fs::write(&path, archive.finish()).unwrap();
    let (uid, gid) = store.ids();
    std::os::unix::fs::chown(&path, Some(uid), Some(gid)).unwrap();
    path
}

/// Three layers of 4 MB each on top of busybox, pushed as `big:v1`.
/// Returns the image reference and the sha256 of each /big file.
fn push_big_image(registry: &Registry) -> (String, Vec<String>) {
    let files: Vec<Vec<u8>> = (0..3).map(|i| noise(4 << 20, 42 + i)).collect();
    let source = Store::new();
    let archive = write_archive_with_layers(&source, "localhost/big:v1", &files);
    source.skiff(&["load", "-i", &archive.display().to_string()]).ok();
    let image = format!("{}/big:v1", registry.host);
    source
        .skiff(&["push", "-q", "--tls-verify=false", "localhost/big:v1", &image])
        .ok();
    (image, files.iter().map(|f| sha256_hex(f)).collect())
}

/// The stored layers and blobs, without temporary entries.
fn stored_entries(store: &Store, dir: &str) -> Vec<String> {
    match std::fs::read_dir(store.skiff_root().join(dir)) {
        Ok(entries) => entries
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| !n.starts_with(".tmp-"))
            .collect(),
        Err(_) => Vec::new(),
    }
}

/// The pulled image runs and its files are intact.
#[track_caller]
fn check_big_image(store: &Store, image: &str, sums: &[String]) {
    let out = store.skiff(&[
        "run",
        "--rm",
        image,
        "sh",
        "-c",
        "sha256sum /big/0 /big/1 /big/2 | cut -d' ' -f1",
    ]);
    out.ok()
        .check(out.lines() == sums, "the pulled files have their pushed content");
}

/// Acceptance: a pull killed at any point leaves no half-stored image, and
/// the next pull succeeds.
#[test]
fn pulls_killed_at_random_points_leave_nothing_half_stored() {
    use std::os::unix::process::CommandExt;
    let registry = Registry::start();
    let (image, sums) = push_big_image(&registry);
    let target = Store::new();
    let pull_args = ["pull", "-q", "--tls-verify=false", image.as_str()];

    // How long a whole pull takes here, to spread the kills over it.
    let started = Instant::now();
    target.skiff(&pull_args).ok();
    let whole = started.elapsed();
    target.skiff(&["rmi", &image]).ok();

    let bin = skiff_bin().display().to_string();
    let mut seed = 7u64;
    for attempt in 0..12 {
        seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        let delay = whole.mul_f64((seed >> 33) as f64 / (1u64 << 31) as f64 * 1.1);
        let mut cmd = target.command(&bin, &pull_args);
        cmd.stdout(Stdio::null()).stderr(Stdio::null()).process_group(0);
        let mut child = cmd.spawn().unwrap();
        std::thread::sleep(delay);
        // SAFETY: kill(2) of the process group this test started.
        unsafe { libc::kill(-(child.id() as i32), libc::SIGKILL) };
        child.wait().unwrap();

        let listed = target.skiff(&["images", "--format", "json"]);
        let images: serde_json::Value = serde_json::from_str(&listed.ok().stdout).unwrap();
        match images.as_array().unwrap().len() {
            0 => {}
            1 => {
                // The kill came after the commit: the image must be whole.
                check_big_image(&target, &image, &sums);
                target.skiff(&["rmi", &image]).ok();
            }
            n => listed.fail(&format!(
                "attempt {attempt} (killed after {delay:?}): {n} images listed"
            )),
        }
    }
    target.skiff(&pull_args).ok();
    check_big_image(&target, &image, &sums);
    assert_eq!(stored_entries(&target, "layers").len(), 4, "one copy of each layer");
}

#[test]
fn concurrent_pulls_both_succeed_and_store_each_layer_once() {
    let registry = Registry::start();
    let (image, sums) = push_big_image(&registry);
    let target = Store::new();
    let script = format!(
        "skiff pull -q --tls-verify=false {image} >/dev/null & first=$!; \
         skiff pull -q --tls-verify=false {image} >/dev/null & second=$!; \
         wait $first && wait $second"
    );
    target.bash(&script).ok();
    check_big_image(&target, &image, &sums);
    let listed = target.skiff(&["images", "-q"]);
    listed.ok().check(listed.lines().len() == 1, "one image");
    assert_eq!(stored_entries(&target, "layers").len(), 4, "one copy of each layer");
    // Four layers, the config and the manifest.
    assert_eq!(
        stored_entries(&target, "blobs/sha256").len(),
        6,
        "one copy of each blob"
    );
}

#[test]
fn corrupt_or_truncated_blobs_and_manifests_store_nothing() {
    let registry = Registry::start();
    let source = Store::new();
    let image = push_layered(&source, &registry);
    let manifest: serde_json::Value = serde_json::from_str(
        &ureq::get(&format!("http://{}/v2/layered/manifests/v1", registry.host))
            .set(
                "Accept",
                "application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.v2+json",
            )
            .call()
            .unwrap()
            .into_string()
            .unwrap(),
    )
    .unwrap();
    let layer = manifest["layers"][1]["digest"].as_str().unwrap().to_string();
    let config = manifest["config"]["digest"].as_str().unwrap().to_string();
    let manifest_digest = registry.manifest_digest("layered", "v1");

    let target = Store::new();
    let pull_fails = |what: &str, expect: &str| {
        let out = target.skiff(&["pull", "--tls-verify=false", &image]);
        out.code(125).stderr_has(expect);
        out.check(
            out.stderr.lines().filter(|l| l.starts_with("Error:")).count() == 1,
            &format!("{what}: one error line"),
        );
        target.skiff(&["images", "-q"]).ok().stdout_is("");
        assert!(
            stored_entries(&target, "layers").is_empty() && stored_entries(&target, "blobs/sha256").is_empty(),
            "{what}: nothing stored"
        );
    };
    let edit = |digest: &str, change: &dyn Fn(&mut Vec<u8>)| {
        let file = registry.blob_file(digest);
        let original = std::fs::read(&file).unwrap();
        let mut changed = original.clone();
        change(&mut changed);
        std::fs::write(&file, changed).unwrap();
        original
    };
    let restore = |digest: &str, original: Vec<u8>| std::fs::write(registry.blob_file(digest), original).unwrap();

    let original = edit(&layer, &|data| {
        let middle = data.len() / 2;
        data[middle] ^= 0xff;
    });
    pull_fails("a flipped byte in a layer", "digest mismatch");
    restore(&layer, original);

    let original = edit(&layer, &|data| data.truncate(data.len() / 2));
    pull_fails("a truncated layer", &layer);
    restore(&layer, original);

    let original = edit(&config, &|data| data.push(b' '));
    pull_fails("a changed config", "digest mismatch");
    restore(&config, original);

    let original = edit(&manifest_digest, &|data| {
        data.clear();
        data.extend_from_slice(b"{\"schemaVersion\": 2, \"not\": \"a manifest\"}");
    });
    pull_fails("an invalid manifest", "manifest");
    restore(&manifest_digest, original);

    target.skiff(&["pull", "-q", "--tls-verify=false", &image]).ok();
}

/// Run a host command (as root) and assert it succeeds.
#[track_caller]
fn host(program: &str, args: &[&str]) {
    let out = Command::new(program)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("run {program}: {e}"));
    assert!(
        out.status.success(),
        "{program} {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A registry that wants basic authentication (htpasswd, bcrypt) for alice.
fn registry_with_password() -> Registry {
    let dir = registry_dir();
    let htpasswd = dir.path().join("htpasswd");
    let out = Command::new("htpasswd")
        .args(["-Bbn", "alice", "s3cret"])
        .output()
        .expect("htpasswd (Debian package apache2-utils)");
    std::fs::write(&htpasswd, &out.stdout).unwrap();
    let auth = format!(
        "auth:\n  htpasswd:\n    realm: skiff-test\n    path: {}\n",
        htpasswd.display()
    );
    Registry::start_in(dir, &auth)
}

/// A push to a registry that wants alice:s3cret fails without credentials
/// and with a wrong password, and works with `--creds`.
#[track_caller]
fn push_needs_the_right_credentials(source: &Store, image: &str) {
    source.skiff(&["push", "--tls-verify=false", LAYERED, image]).code(125).stderr_has("authentication required");
    source
        .skiff(&["push", "--tls-verify=false", "--creds", "alice:wrong", LAYERED, image])
        .code(125)
        .stderr_has("invalid username/password");
    source.skiff(&["push", "--tls-verify=false", "--creds", "alice:s3cret", LAYERED, image]).ok();
}

#[test]
fn basic_auth_with_creds_login_and_the_auth_files_podman_and_docker_read() {
    let registry = registry_with_password();
    let source = Store::new();
    source.load_layered();
    let image = format!("{}/layered:v1", registry.host);
    push_needs_the_right_credentials(&source, &image);

    let target = Store::new();
    let pull = ["pull", "-q", "--tls-verify=false", image.as_str()];
    target.skiff(&pull).code(125).stderr_has("authentication required");
    let login = |password: &str| {
        target.skiff(&[
            "login",
            "--tls-verify=false",
            "-u",
            "alice",
            "-p",
            password,
            &registry.host,
        ])
    };
    login("wrong").code(125).stderr_has("invalid username/password");
    target
        .skiff(&["login", "--get-login", &registry.host])
        .code(125)
        .stderr_has("not logged into");
    target
        .skiff_stdin(
            &[
                "login",
                "--tls-verify=false",
                "-u",
                "alice",
                "--password-stdin",
                &registry.host,
            ],
            b"s3cret\n",
        )
        .ok()
        .stdout_is("Login Succeeded!");
    let auth_file = target.run.join("containers/auth.json");
    let written: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&auth_file).unwrap()).unwrap();
    assert_eq!(
        written["auths"][&registry.host]["auth"], "YWxpY2U6czNjcmV0",
        "auth.json holds base64(alice:s3cret)"
    );
    target
        .skiff(&["login", "--get-login", &registry.host])
        .ok()
        .stdout_is("alice");
    target.skiff(&pull).ok();
    target.skiff(&["rmi", &image]).ok();

    target
        .skiff(&["logout", &registry.host])
        .ok()
        .stdout_is(&format!("Removed login credentials for {}", registry.host));
    target
        .skiff(&["logout", &registry.host])
        .code(125)
        .stderr_has("not logged into");
    target.skiff(&pull).code(125);

    // The files other tools write, and --authfile.
    let entry = format!(r#"{{"auths":{{"{}":{{"auth":"YWxpY2U6czNjcmV0"}}}}}}"#, registry.host);
    for file in [".config/containers/auth.json", ".docker/config.json", "elsewhere.json"] {
        let path = target.write_file(file, &entry);
        let mut args = pull.to_vec();
        let path_text = path.display().to_string();
        if file == "elsewhere.json" {
            args.extend(["--authfile", path_text.as_str()]);
        }
        target.skiff(&args).ok();
        target.skiff(&["rmi", &image]).ok();
        std::fs::remove_file(&path).unwrap();
    }
    target
        .skiff(&["pull", "--authfile", "/nonexistent.json", &image])
        .code(125)
        .stderr_has("/nonexistent.json");
}

/// A self-signed certificate for `subject`: NAME.key and NAME.crt in `dir`.
fn self_signed(dir: &Path, subject: &str, name: &str) {
    let path = |ext: &str| dir.join(format!("{name}.{ext}")).display().to_string();
    let subject = format!("/CN={subject}");
    host(
        "openssl",
        &["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", &subject, "-keyout", &path("key"), "-out", &path("crt")],
    );
}

/// A certificate authority and a certificate for 127.0.0.1 it signed, in `dir`.
fn make_certificates(dir: &Path) {
    let path = |name: &str| dir.join(name).display().to_string();
    self_signed(dir, "skiff test CA", "ca");
    host(
        "openssl",
        &[
            "req",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-subj",
            "/CN=127.0.0.1",
            "-keyout",
            &path("server.key"),
            "-out",
            &path("server.csr"),
        ],
    );
    std::fs::write(
        dir.join("san.ext"),
        "subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\n",
    )
    .unwrap();
    host(
        "openssl",
        &[
            "x509",
            "-req",
            "-in",
            &path("server.csr"),
            "-CA",
            &path("ca.crt"),
            "-CAkey",
            &path("ca.key"),
            "-CAcreateserial",
            "-days",
            "2",
            "-extfile",
            &path("san.ext"),
            "-out",
            &path("server.crt"),
        ],
    );
}

#[test]
fn self_signed_tls_needs_cert_dir_or_tls_verify_false() {
    let dir = registry_dir();
    make_certificates(dir.path());
    let tls = format!(
        "  tls:\n    certificate: {}\n    key: {}\n",
        dir.path().join("server.crt").display(),
        dir.path().join("server.key").display()
    );
    let registry = Registry::start_in(dir, &tls);
    let store = Store::new();
    store.load_layered();
    let image = format!("{}/layered:tls", registry.host);
    store
        .skiff(&["push", LAYERED, &image])
        .code(125)
        .stderr_has("certificate");
    // The user's certificates directory holds the authority.
    let certs = store.home.join("certs");
    store.write_file(
        "certs/ca.crt",
        &std::fs::read_to_string(registry.file("ca.crt")).unwrap(),
    );
    store
        .skiff(&["push", "--cert-dir", &certs.display().to_string(), LAYERED, &image])
        .ok();
    let target = Store::new();
    target.skiff(&["pull", &image]).code(125).stderr_has("certificate");
    target.skiff(&["pull", "-q", "--tls-verify=false", &image]).ok();
    target.skiff(&["rmi", &image]).ok();
    // podman's per-registry directory under ~/.config/containers/certs.d.
    target.write_file(
        &format!(".config/containers/certs.d/{}/ca.crt", registry.host),
        &std::fs::read_to_string(registry.file("ca.crt")).unwrap(),
    );
    target.skiff(&["pull", "-q", &image]).ok();
    target
        .skiff(&["run", "--rm", &image, "cat", "/data/keep"])
        .ok()
        .stdout_is("keep");
}

/// A token service (the distribution spec's bearer-token flow) for a
/// registry configured with `auth: token`: it grants the scope asked for
/// to alice:s3cret, as a JWT signed (by openssl) with a key whose
/// self-signed certificate the registry trusts. Records the requests.
struct TokenService {
    realm: String,
    requests: std::sync::Arc<std::sync::Mutex<Vec<String>>>,
}

const TOKEN_ISSUER: &str = "skiff-test-issuer";
const TOKEN_SERVICE: &str = "skiff-test-registry";

impl TokenService {
    fn start(dir: &Path) -> TokenService {
        use base64::Engine;
        let path = |name: &str| dir.join(name).display().to_string();
        self_signed(dir, "skiff token signer", "token");
        host(
            "openssl",
            &[
                "x509",
                "-in",
                &path("token.crt"),
                "-outform",
                "der",
                "-out",
                &path("token.der"),
            ],
        );
        let certificate =
            base64::engine::general_purpose::STANDARD.encode(std::fs::read(dir.join("token.der")).unwrap());
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let realm = format!("http://{}/token", listener.local_addr().unwrap());
        let requests = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let seen = requests.clone();
        let key = dir.join("token.key");
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                token_exchange(stream, &key, &certificate, &seen);
            }
        });
        TokenService { realm, requests }
    }

    /// The registry config section that sends clients here.
    fn registry_config(&self, dir: &Path) -> String {
        format!(
            "auth:\n  token:\n    realm: {}\n    service: {TOKEN_SERVICE}\n    issuer: {TOKEN_ISSUER}\n    rootcertbundle: {}\n",
            self.realm,
            dir.join("token.crt").display()
        )
    }
}

/// Answer one token request (HTTP/1.0 style: one request per connection).
fn token_exchange(
    mut stream: std::net::TcpStream,
    key: &Path,
    certificate: &str,
    seen: &std::sync::Mutex<Vec<String>>,
) {
    use base64::Engine;
    use std::io::{BufRead, BufReader, Write};
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let mut request_line = String::new();
    reader.read_line(&mut request_line).unwrap();
    let mut authorized = false;
    loop {
        let mut header = String::new();
        if reader.read_line(&mut header).unwrap() == 0 || header.trim().is_empty() {
            break;
        }
        let alice = format!(
            "Basic {}",
            base64::engine::general_purpose::STANDARD.encode("alice:s3cret")
        );
        authorized |= header
            .split_once(':')
            .is_some_and(|(k, v)| k.eq_ignore_ascii_case("authorization") && v.trim() == alice);
    }
    let target = request_line.split_whitespace().nth(1).unwrap_or_default().to_string();
    seen.lock().unwrap().push(target.clone());
    if !authorized {
        let _ = stream.write_all(b"HTTP/1.1 401 Unauthorized\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        return;
    }
    let query = target.split_once('?').map(|(_, q)| q).unwrap_or_default();
    let param = |name: &str| {
        query
            .split('&')
            .find_map(|kv| kv.strip_prefix(&format!("{name}=")))
            .map(|v| v.replace("%3A", ":").replace("%2C", ",").replace("%2F", "/"))
    };
    let access: Vec<serde_json::Value> = param("scope")
        .and_then(|scope| {
            let mut parts = scope.splitn(3, ':');
            let (kind, name, actions) = (
                parts.next()?.to_string(),
                parts.next()?.to_string(),
                parts.next()?.to_string(),
            );
            Some(serde_json::json!({ "type": kind, "name": name, "actions": actions.split(',').collect::<Vec<_>>() }))
        })
        .into_iter()
        .collect();
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    let claims = serde_json::json!({
        "iss": TOKEN_ISSUER, "sub": "alice", "aud": TOKEN_SERVICE,
        "exp": now + 300, "nbf": now - 10, "iat": now, "jti": format!("{now}-{}", access.len()),
        "access": access,
    });
    let header = serde_json::json!({ "typ": "JWT", "alg": "RS256", "x5c": [certificate] });
    let url = base64::engine::general_purpose::URL_SAFE_NO_PAD;
    let signed = format!("{}.{}", url.encode(header.to_string()), url.encode(claims.to_string()));
    let mut openssl = Command::new("openssl")
        .args(["dgst", "-sha256", "-sign"])
        .arg(key)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    openssl.stdin.take().unwrap().write_all(signed.as_bytes()).unwrap();
    let signature = openssl.wait_with_output().unwrap().stdout;
    let body = serde_json::json!({ "token": format!("{signed}.{}", url.encode(signature)) }).to_string();
    let response = format!(
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    let _ = stream.write_all(response.as_bytes());
}

#[test]
fn bearer_tokens_from_the_realm_the_registry_names() {
    let dir = registry_dir();
    let tokens = TokenService::start(dir.path());
    let config = tokens.registry_config(dir.path());
    let registry = Registry::start_in(dir, &config);
    let source = Store::new();
    source.load_layered();
    let image = format!("{}/layered:v1", registry.host);
    push_needs_the_right_credentials(&source, &image);
    let asked = tokens.requests.lock().unwrap().clone();
    assert!(
        asked
            .iter()
            .any(|r| r.contains("scope=repository%3Alayered%3Apull%2Cpush")
                && r.contains(&format!("service={TOKEN_SERVICE}"))),
        "push asks for pull,push on the repository, for the registry's service: {asked:?}"
    );

    let target = Store::new();
    target
        .skiff(&[
            "login",
            "--tls-verify=false",
            "-u",
            "alice",
            "-p",
            "nope",
            &registry.host,
        ])
        .code(125)
        .stderr_has("invalid username/password");
    target
        .skiff(&[
            "login",
            "--tls-verify=false",
            "-u",
            "alice",
            "-p",
            "s3cret",
            &registry.host,
        ])
        .ok()
        .stdout_is("Login Succeeded!");
    target.skiff(&["pull", "-q", "--tls-verify=false", &image]).ok();
    target
        .skiff(&["run", "--rm", &image, "cat", "/data/keep"])
        .ok()
        .stdout_is("keep");
}
