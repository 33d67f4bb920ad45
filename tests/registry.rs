//! Issue 4: pull and push against a real registry (Debian's
//! `docker-registry`, the CNCF distribution registry) that each test starts
//! on 127.0.0.1 with its own storage, and kills at the end.

use crate::common;
use common::registry::*;
use common::*;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

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
        .skiff(&["push", LAYERED, "docker-daemon:x:latest"])
        .code(125)
        .stderr_has("unsupported transport \"docker-daemon\"");
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
            // The mount point skeleton under containers' images is no layer.
            .filter(|n| !n.starts_with(".tmp-") && n != "skeleton")
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

// ---------------------------------------------------------------------
// registries.conf (containers-registries.conf(5))
// ---------------------------------------------------------------------

/// A store whose skiff reads `conf` as its registries.conf
/// ($CONTAINERS_REGISTRIES_CONF, as podman's tests do).
fn store_with_registries_conf(conf: &str) -> Store {
    let store = Store::new();
    let file = store.write_file("registries-test.conf", conf);
    store.with_env("CONTAINERS_REGISTRIES_CONF", &file.display().to_string())
}

/// Push the two-layer fixture to `registry` as `tools/layered:v1`.
fn push_tools_layered(registry: &Registry) {
    let source = Store::new();
    source.load_layered();
    source
        .skiff(&["push", "-q", "--tls-verify=false", LAYERED, &format!("{}/tools/layered:v1", registry.host)])
        .ok();
}

/// A loopback address where nothing listens.
fn dead_registry() -> String {
    format!("127.0.0.1:{}", free_port())
}

#[test]
fn short_names_resolve_through_search_registries_and_aliases() {
    let registry = Registry::start();
    push_tools_layered(&registry);
    let host = &registry.host;
    let dead = dead_registry();
    // The first search registry is down: permissive mode goes on to the next.
    let store = store_with_registries_conf(&format!(
        "unqualified-search-registries = [\"{dead}\", \"{host}\"]\nshort-name-mode = \"permissive\"\n\
         [[registry]]\nlocation = \"{host}\"\ninsecure = true\n\
         [[registry]]\nlocation = \"{dead}\"\ninsecure = true\n"
    ));
    // Aliases also come from the user's drop-in directory.
    store.write_file(
        ".config/containers/registries.conf.d/50-aliases.conf",
        &format!("[aliases]\n\"lay\" = \"{host}/tools/layered\"\n"),
    );
    let pull = store.skiff(&["pull", "tools/layered:v1"]);
    pull.ok()
        .stderr_has(&format!("Trying to pull {dead}/tools/layered:v1"))
        .stderr_has(&format!("Trying to pull {host}/tools/layered:v1"));
    store
        .skiff(&["images", "--format", "{{.Repository}}:{{.Tag}}"])
        .ok()
        .stdout_is(&format!("{host}/tools/layered:v1"));
    store.skiff(&["rmi", "-a"]).ok();

    let pull = store.skiff(&["pull", "lay:v1"]);
    pull.ok().stderr_has(&format!("Trying to pull {host}/tools/layered:v1"));
    pull.check(!pull.stderr.contains(&dead), "an alias is not looked up in the search registries");
    store.skiff(&["run", "--rm", "lay:v1", "cat", "/data/keep"]).ok().stdout_is("keep");
}

#[test]
fn an_ambiguous_short_name_without_a_terminal_is_refused_in_enforcing_mode() {
    let registry = Registry::start();
    let host = &registry.host;
    let other = dead_registry();
    let store = store_with_registries_conf(&format!(
        "unqualified-search-registries = [\"{host}\", \"{other}\"]\nshort-name-mode = \"enforcing\"\n"
    ));
    let before = store.snapshot();
    let out = store.skiff(&["pull", "tools/layered:v1"]);
    out.code(125)
        .stderr_has("short-name resolution enforced but cannot prompt without a TTY")
        .stderr_has(&format!("{host}/tools/layered:v1"))
        .stderr_has(&format!("{other}/tools/layered:v1"));
    out.check(out.stderr.trim().lines().count() == 1, "one error line");
    assert!(traces_left(&before, &store.snapshot()).is_empty());
    store.skiff(&["images", "-q"]).ok().stdout_is("");
}

#[test]
fn a_mirror_serves_the_pull_when_the_registry_is_down() {
    let mirror = Registry::start();
    push_tools_layered(&mirror);
    let primary = dead_registry();
    let store = store_with_registries_conf(&format!(
        "[[registry]]\nlocation = \"{primary}\"\n\
         [[registry.mirror]]\nlocation = \"{}\"\ninsecure = true\n",
        mirror.host
    ));
    store.skiff(&["pull", &format!("{primary}/tools/layered:v1")]).ok();
    // The image keeps the name asked for, as podman does.
    store
        .skiff(&["images", "--format", "{{.Repository}}:{{.Tag}}"])
        .ok()
        .stdout_is(&format!("{primary}/tools/layered:v1"));

    // A mirror for digests only is not asked for a tag: the dead primary is.
    let digest_only = store_with_registries_conf(&format!(
        "[[registry]]\nlocation = \"{primary}\"\n\
         [[registry.mirror]]\nlocation = \"{}\"\ninsecure = true\npull-from-mirror = \"digest-only\"\n",
        mirror.host
    ));
    digest_only
        .skiff(&["pull", &format!("{primary}/tools/layered:v1")])
        .code(125)
        .stderr_has(&primary);
    let digest = mirror.manifest_digest("tools/layered", "v1");
    digest_only.skiff(&["pull", &format!("{primary}/tools/layered@{digest}")]).ok();
}

#[test]
fn a_blocked_registry_is_refused_for_pull_and_push() {
    let registry = Registry::start();
    push_tools_layered(&registry);
    let store = store_with_registries_conf(&format!(
        "[[registry]]\nlocation = \"{}\"\nblocked = true\n",
        registry.host
    ));
    store.load_layered();
    let before = store.snapshot();
    let images_before = store.skiff(&["images", "-q", "--no-trunc"]).ok().stdout.clone();
    let image = format!("{}/tools/layered:v1", registry.host);
    for args in [
        vec!["pull", "--tls-verify=false", image.as_str()],
        vec!["push", "--tls-verify=false", LAYERED, image.as_str()],
    ] {
        let out = store.skiff(&args);
        out.code(125).stderr_has(&format!("registry {} is blocked in", registry.host));
        out.check(out.stderr.lines().filter(|l| l.starts_with("Error:")).count() == 1, "one error line");
    }
    assert!(traces_left(&before, &store.snapshot()).is_empty());
    store.skiff(&["images", "-q", "--no-trunc"]).ok().stdout_is(&images_before);
}

#[test]
fn an_insecure_registry_works_over_plain_http_without_tls_verify_false() {
    let registry = Registry::start();
    let host = &registry.host;
    let store = store_with_registries_conf(&format!("[[registry]]\nlocation = \"{host}\"\ninsecure = true\n"));
    store.load_layered();
    let image = format!("{host}/plain/layered:v1");
    store.skiff(&["push", "-q", LAYERED, &image]).ok();
    let target = store_with_registries_conf(&format!("[[registry]]\nprefix = \"{host}/plain\"\ninsecure = true\n"));
    target.skiff(&["pull", "-q", &image]).ok();
    target.skiff(&["run", "--rm", &image, "cat", "/data/keep"]).ok().stdout_is("keep");
    // Only that prefix is insecure.
    target
        .skiff(&["pull", &format!("{host}/other/layered:v1")])
        .code(125)
        .stderr_has("--tls-verify=false");
}

// ---------------------------------------------------------------------
// Raw pushes: content skiff would never write itself
// ---------------------------------------------------------------------

const OCI_MANIFEST: &str = "application/vnd.oci.image.manifest.v1+json";
const OCI_INDEX: &str = "application/vnd.oci.image.index.v1+json";

impl Registry {
    /// Upload `data` as a blob of `repository` (monolithic POST then PUT);
    /// returns its digest. The registry checks the digest, nothing else.
    fn put_blob(&self, repository: &str, data: &[u8]) -> String {
        let digest = format!("sha256:{}", sha256_hex(data));
        let started = ureq::post(&format!("http://{}/v2/{repository}/blobs/uploads/", self.host))
            .call()
            .unwrap_or_else(|e| panic!("start upload to {repository}: {e}"));
        let location = started.header("Location").expect("upload location").to_string();
        let url = if location.starts_with("http") { location } else { format!("http://{}{location}", self.host) };
        let separator = if url.contains('?') { '&' } else { '?' };
        ureq::put(&format!("{url}{separator}digest={digest}"))
            .set("Content-Type", "application/octet-stream")
            .send_bytes(data)
            .unwrap_or_else(|e| panic!("upload blob {digest}: {e}"));
        digest
    }

    /// PUT a manifest (or index) under `tag`; returns its digest.
    fn put_manifest(&self, repository: &str, tag: &str, media_type: &str, body: &[u8]) -> String {
        ureq::put(&format!("http://{}/v2/{repository}/manifests/{tag}", self.host))
            .set("Content-Type", media_type)
            .send_bytes(body)
            .unwrap_or_else(|e| match e {
                ureq::Error::Status(code, r) => panic!("PUT manifest {repository}:{tag}: {code} {}", r.into_string().unwrap_or_default()),
                e => panic!("PUT manifest {repository}:{tag}: {e}"),
            });
        format!("sha256:{}", sha256_hex(body))
    }

    /// Push an image made of these uncompressed layer tars and a config
    /// for `architecture` (its layers' diff ids filled in), as an OCI
    /// manifest under `tag`; returns the manifest.
    fn put_image(&self, repository: &str, tag: &str, architecture: &str, layers: &[Vec<u8>]) -> Vec<u8> {
        let layers: Vec<(Vec<u8>, String)> = layers.iter().map(|l| (l.clone(), format!("sha256:{}", sha256_hex(l)))).collect();
        let config = serde_json::json!({
            "architecture": architecture,
            "os": "linux",
            "config": { "Cmd": ["sh"] },
            "rootfs": { "type": "layers", "diff_ids": layers.iter().map(|(_, d)| d).collect::<Vec<_>>() },
        });
        self.put_image_with(repository, tag, &serde_json::to_vec(&config).unwrap(), &layers)
    }

    /// Push an image of this config and these layer blobs (with their diff
    /// ids, which the config is expected to list) under `tag`.
    fn put_image_with(&self, repository: &str, tag: &str, config: &[u8], layers: &[(Vec<u8>, String)]) -> Vec<u8> {
        let layer_descriptors: Vec<serde_json::Value> = layers
            .iter()
            .map(|(blob, _)| {
                let gzip = blob.starts_with(&[0x1f, 0x8b]);
                serde_json::json!({
                    "mediaType": if gzip { "application/vnd.oci.image.layer.v1.tar+gzip" } else { "application/vnd.oci.image.layer.v1.tar" },
                    "digest": self.put_blob(repository, blob),
                    "size": blob.len(),
                })
            })
            .collect();
        let manifest = serde_json::json!({
            "schemaVersion": 2,
            "mediaType": OCI_MANIFEST,
            "config": {
                "mediaType": "application/vnd.oci.image.config.v1+json",
                "digest": self.put_blob(repository, config),
                "size": config.len(),
            },
            "layers": layer_descriptors,
        });
        let manifest = serde_json::to_vec(&manifest).unwrap();
        self.put_manifest(repository, tag, OCI_MANIFEST, &manifest);
        manifest
    }
}

/// A one-file layer.
fn layer_with(path: &str, content: &[u8]) -> Vec<u8> {
    let mut t = TarBuilder::new();
    t.file(path, 0o644, 0, 0, content);
    t.finish()
}

#[test]
fn a_manifest_list_pulls_the_hosts_image_or_the_platform_asked_for() {
    let registry = Registry::start();
    let host_arch = oci_arch();
    let other_arch = if host_arch == "arm64" { "amd64" } else { "arm64" };
    let mut entries = Vec::new();
    for arch in [other_arch, host_arch] {
        let manifest = registry.put_image("multi", arch, arch, &[layer_with("arch", arch.as_bytes())]);
        entries.push(serde_json::json!({
            "mediaType": OCI_MANIFEST,
            "digest": format!("sha256:{}", sha256_hex(&manifest)),
            "size": manifest.len(),
            "platform": { "architecture": arch, "os": "linux" },
        }));
    }
    let index = serde_json::json!({ "schemaVersion": 2, "mediaType": OCI_INDEX, "manifests": entries });
    registry.put_manifest("multi", "v1", OCI_INDEX, &serde_json::to_vec(&index).unwrap());
    let image = format!("{}/multi:v1", registry.host);
    let architecture = |store: &Store| {
        store.skiff(&["image", "inspect", "--format", "{{.Architecture}}", &image]).ok().stdout.trim().to_string()
    };

    let store = Store::new();
    store.skiff(&["pull", "-q", "--tls-verify=false", &image]).ok();
    assert_eq!(architecture(&store), host_arch, "the host's entry, though it is listed second");

    let other = Store::new();
    let pull = other.skiff(&["pull", "--tls-verify=false", "--platform", &format!("linux/{other_arch}"), &image]);
    pull.ok();
    pull.check(!pull.stderr.contains("does not match"), "no platform warning for the platform asked for");
    assert_eq!(architecture(&other), other_arch);
    // podman's --arch says the same.
    let by_arch = Store::new();
    by_arch.skiff(&["pull", "-q", "--tls-verify=false", "--arch", other_arch, &image]).ok();
    assert_eq!(architecture(&by_arch), other_arch);

    let none = Store::new();
    none.skiff(&["pull", "--tls-verify=false", "--platform", "linux/s390x", &image])
        .code(125)
        .stderr_has(&format!("the list has linux/{other_arch}, linux/{host_arch}"));
    none.skiff(&["images", "-q"]).ok().stdout_is("");
}

// ---------------------------------------------------------------------
// Hostile images (issue 4, acceptance 5): each refused or contained, and
// the store unchanged. (A digest mismatch: see
// corrupt_or_truncated_blobs_and_manifests_store_nothing.)
// ---------------------------------------------------------------------

/// A tar entry written header by header, so that it can say what a tar
/// library refuses to write: `..`, absolute names, links anywhere.
fn raw_entry(tar: &mut tar::Builder<Vec<u8>>, kind: tar::EntryType, name: &str, link: &str, data: &[u8]) {
    let header = |kind: tar::EntryType, size: usize| {
        let mut h = tar::Header::new_gnu();
        h.set_entry_type(kind);
        h.set_mode(if kind == tar::EntryType::Directory { 0o755 } else { 0o644 });
        h.set_uid(0);
        h.set_gid(0);
        h.set_mtime(1_700_000_000);
        h.set_size(size as u64);
        h
    };
    // Names over 100 bytes go first in GNU long-name ('L') and long-link
    // ('K') entries, as GNU tar writes them.
    for (long_kind, text) in [(tar::EntryType::GNULongName, name), (tar::EntryType::GNULongLink, link)] {
        if text.len() > 100 {
            let mut h = header(long_kind, text.len() + 1);
            h.as_old_mut().name[..13].copy_from_slice(b"././@LongLink");
            h.set_cksum();
            tar.append(&h, [text.as_bytes(), b"\0"].concat().as_slice()).unwrap();
        }
    }
    let mut h = header(kind, data.len());
    let cut = |s: &str| s.len().min(100);
    h.as_old_mut().name[..cut(name)].copy_from_slice(&name.as_bytes()[..cut(name)]);
    h.as_old_mut().linkname[..cut(link)].copy_from_slice(&link.as_bytes()[..cut(link)]);
    h.set_cksum();
    tar.append(&h, data).unwrap();
}

fn raw_layer(entries: &[(tar::EntryType, &str, &str, &[u8])]) -> Vec<u8> {
    let mut tar = tar::Builder::new(Vec::new());
    for (kind, name, link, data) in entries {
        raw_entry(&mut tar, *kind, name, link, data);
    }
    tar.into_inner().unwrap()
}

/// One line per image in StoreState, independent of column widths.
const IMAGE_ROW: &str = "{{.Repository}}:{{.Tag}} {{.ID}} {{.Digest}}";

/// Everything a user or skiff could see of a store: its images, the
/// stored layers and blobs, the containers and runtime directories.
struct StoreState {
    images: String,
    layers: Vec<String>,
    blobs: Vec<String>,
    snapshot: Snapshot,
}

impl StoreState {
    fn of(store: &Store) -> StoreState {
        let sorted = |dir: &str| {
            let mut v = stored_entries(store, dir);
            v.sort();
            v
        };
        StoreState {
            images: store.skiff(&["images", "--no-trunc", "--format", IMAGE_ROW]).ok().stdout.clone(),
            layers: sorted("layers"),
            blobs: sorted("blobs/sha256"),
            snapshot: store.snapshot(),
        }
    }

    #[track_caller]
    fn assert_unchanged(&self, store: &Store) {
        let now = StoreState::of(store);
        assert_eq!(now.images, self.images, "the images changed");
        assert_eq!(now.layers, self.layers, "the stored layers changed");
        assert_eq!(now.blobs, self.blobs, "the stored blobs changed");
        let left = traces_left(&self.snapshot, &now.snapshot);
        assert!(left.is_empty(), "left behind: {left:?}");
    }
}

/// A store holding one image already, a directory outside it (in the
/// user's HOME) with one file that a hostile layer aims at, and a registry.
struct Target {
    registry: Registry,
    store: Store,
    /// Absolute, owned by the user, holding `victim` ("original").
    outside: PathBuf,
    before: StoreState,
}

impl Target {
    fn new() -> Target {
        let registry = Registry::start();
        let store = Store::new();
        store.load_layered();
        let outside = store.write_file("outside/victim", "original").parent().unwrap().to_path_buf();
        let before = StoreState::of(&store);
        Target { registry, store, outside, before }
    }

    /// The outside path without its leading "/", as a relative tar name.
    fn outside_rel(&self) -> String {
        self.outside.display().to_string().trim_start_matches('/').to_string()
    }

    /// Push a one-layer image of `layer` as `name:v1` and pull it.
    fn pull(&self, name: &str, layer: Vec<u8>) -> Output {
        self.registry.put_image(name, "v1", oci_arch(), &[layer]);
        self.store.skiff(&["pull", "--tls-verify=false", &format!("{}/{name}:v1", self.registry.host)])
    }

    /// The pull failed with one error line naming `why`, and nothing changed.
    #[track_caller]
    fn refused(&self, out: &Output, why: &str) {
        out.code(125).stderr_has(why);
        out.check(out.stderr.lines().filter(|l| l.starts_with("Error:")).count() == 1, "one error line");
        self.before.assert_unchanged(&self.store);
        self.outside_untouched();
    }

    #[track_caller]
    fn outside_untouched(&self) {
        let mut names: Vec<String> =
            std::fs::read_dir(&self.outside).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
        names.sort();
        assert_eq!(names, ["victim"], "nothing appeared outside the store");
        let victim = self.outside.join("victim");
        assert_eq!(std::fs::read_to_string(&victim).unwrap(), "original", "the file outside is unchanged");
        assert_eq!(std::fs::metadata(&victim).unwrap().nlink(), 1, "nothing links to the file outside");
    }

    /// The image pulled (contained, not refused): the earlier image is
    /// still there as it was, and nothing outside changed.
    #[track_caller]
    fn contained(&self, out: &Output) {
        out.ok();
        self.outside_untouched();
        let images = self.store.skiff(&["images", "--no-trunc", "--format", IMAGE_ROW]).ok().stdout.clone();
        for line in self.before.images.lines() {
            assert!(images.contains(line), "the earlier image is still listed as it was: {line}");
        }
        self.store.skiff(&["run", "--rm", LAYERED, "cat", "/data/keep"]).ok().stdout_is("keep");
    }
}

use std::os::unix::fs::MetadataExt;
use tar::EntryType::{Block, Char, Directory, Fifo, Link, Regular, Symlink};

#[test]
fn hostile_layer_with_dotdot_entries_is_refused() {
    let t = Target::new();
    let escape = format!("{}{}/pwned", "../".repeat(30), t.outside_rel());
    let out = t.pull("dotdot", raw_layer(&[(Regular, "fine", "", b"fine"), (Regular, &escape, "", b"pwned")]));
    t.refused(&out, "leaves the layer");
}

#[test]
fn hostile_layer_with_absolute_paths_stays_inside_the_image() {
    let t = Target::new();
    let outside = t.outside.display().to_string();
    let out = t.pull(
        "absolute",
        raw_layer(&[(Regular, &format!("{outside}/victim"), "", b"replaced"), (Regular, &format!("{outside}/pwned"), "", b"pwned")]),
    );
    t.contained(&out);
    // The entries landed inside the image, under the same path.
    let layer_files: Vec<String> = walk_files(&t.store.skiff_root().join("layers"))
        .into_iter()
        .filter(|p| p.ends_with(&format!("{}/pwned", t.outside_rel())) || p.ends_with(&format!("{}/victim", t.outside_rel())))
        .collect();
    assert_eq!(layer_files.len(), 2, "both entries are in the stored layer: {layer_files:?}");
}

/// Every file below `dir`, as paths.
fn walk_files(dir: &Path) -> Vec<String> {
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else { return out };
    for e in entries.flatten() {
        let kind = e.file_type().unwrap();
        if kind.is_dir() {
            out.extend(walk_files(&e.path()));
        } else {
            out.push(e.path().display().to_string());
        }
    }
    out
}

#[test]
fn hostile_layer_writing_through_a_symlink_to_outside_is_contained_or_refused() {
    let mut t = Target::new();
    let outside = t.outside.display().to_string();
    let up = format!("{}{}", "../".repeat(30), t.outside_rel());
    // The symlink's target also exists inside the layer: writes through it
    // land there, never outside.
    let out = t.pull(
        "through",
        raw_layer(&[
            (Directory, &format!("{}/", t.outside_rel()), "", b""),
            (Symlink, "abs", &outside, b""),
            (Symlink, "rel", &up, b""),
            (Regular, "abs/pwned", "", b"pwned"),
            (Regular, "rel/victim", "", b"replaced"),
            // A symlink to the file, then a file of the same name: the
            // symlink is replaced, its target untouched.
            (Symlink, "victim", &format!("{outside}/victim"), b""),
            (Regular, "victim", "", b"replaced"),
        ]),
    );
    t.contained(&out);
    let stored = |suffix: &str| {
        let files = walk_files(&t.store.skiff_root().join("layers"));
        let found: Vec<&String> = files.iter().filter(|f| f.ends_with(suffix)).collect();
        assert_eq!(found.len(), 1, "{suffix} is in the stored layer: {files:?}");
        std::fs::read_to_string(found[0]).unwrap()
    };
    assert_eq!(stored(&format!("{}/pwned", t.outside_rel())), "pwned", "written through abs, inside the layer");
    assert_eq!(stored(&format!("{}/victim", t.outside_rel())), "replaced", "written through rel, inside the layer");
    // The image pulled above belongs to the state from now on.
    t.before = StoreState::of(&t.store);
    // Dangling inside the layer: writing through it is refused.
    let out = t.pull("dangling", raw_layer(&[(Symlink, "abs", &outside, b""), (Regular, "abs/pwned", "", b"pwned")]));
    t.refused(&out, "abs is a symlink to a directory that is not in the layer");
}

#[test]
fn hostile_layer_with_hard_links_to_outside_is_refused() {
    let t = Target::new();
    let outside = t.outside.display().to_string();
    let up = format!("{}{}/victim", "../".repeat(30), t.outside_rel());
    let out = t.pull("hardup", raw_layer(&[(Link, "hl", &up, b"")]));
    t.refused(&out, "leaves the layer");
    let out = t.pull("hardabs", raw_layer(&[(Link, "hl", &format!("{outside}/victim"), b"")]));
    t.refused(&out, "is not in the layer");
    // Through a symlink to / : still resolved inside the layer.
    let out = t.pull("hardsym", raw_layer(&[(Symlink, "root", "/", b""), (Link, "hl", &format!("root{outside}/victim"), b"")]));
    t.refused(&out, "is not in the layer");
}

#[test]
fn hostile_layer_device_nodes_are_skipped_with_a_warning_rootless() {
    let t = Target::new();
    let mut tar = tar::Builder::new(Vec::new());
    raw_entry(&mut tar, Directory, "devs/", "", b"");
    for (kind, name, major, minor) in [(Char, "devs/mem", 1, 1), (Block, "devs/sda", 8, 0), (Fifo, "devs/fifo", 0, 0)] {
        let mut h = tar::Header::new_gnu();
        h.set_entry_type(kind);
        h.set_mode(0o666);
        h.set_size(0);
        h.set_device_major(major).unwrap();
        h.set_device_minor(minor).unwrap();
        h.set_path(name).unwrap();
        h.set_uid(0);
        h.set_gid(0);
        h.set_mtime(1_700_000_000);
        h.set_cksum();
        tar.append(&h, std::io::empty()).unwrap();
    }
    let out = t.pull("devices", tar.into_inner().unwrap());
    t.contained(&out);
    out.stderr_has("skipped 2 device node(s)").stderr_has("devs/mem").stderr_has("devs/sda");
    let image = format!("{}/devices:v1", t.registry.host);
    t.store.skiff(&["run", "--rm", &image, "ls", "/devs"]).code(127);
    let files = walk_files(&t.store.skiff_root().join("layers"));
    assert!(files.iter().any(|f| f.ends_with("devs/fifo")), "the fifo was created");
    assert!(!files.iter().any(|f| f.ends_with("devs/mem") || f.ends_with("devs/sda")), "no device node in the store");
}

#[test]
fn hostile_layer_decompression_bomb_is_refused_at_the_limit() {
    use std::io::Write;
    let registry = Registry::start();
    // 64 MiB of zeros: 64 KiB of gzip. Expanding twice beyond 10 MiB is allowed here.
    let store = Store::new().with_env("SKIFF_MAX_LAYER_EXPANSION", "2");
    store.load_layered();
    let before = StoreState::of(&store);
    let mut tar = TarBuilder::new();
    tar.file("zeros", 0o644, 0, 0, &vec![0u8; 64 << 20]);
    let tar = tar.finish();
    let diff_id = format!("sha256:{}", sha256_hex(&tar));
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    gz.write_all(&tar).unwrap();
    let blob = gz.finish().unwrap();
    assert!(blob.len() < 1 << 20);
    let config = serde_json::json!({
        "architecture": oci_arch(), "os": "linux",
        "rootfs": { "type": "layers", "diff_ids": [diff_id] },
    });
    registry.put_image_with("bomb", "v1", &serde_json::to_vec(&config).unwrap(), &[(blob, diff_id)]);
    let image = format!("{}/bomb:v1", registry.host);
    let out = store.skiff(&["pull", "--tls-verify=false", &image]);
    out.code(125).stderr_has("decompression bomb").stderr_has("SKIFF_MAX_LAYER_EXPANSION");
    out.check(out.stderr.lines().filter(|l| l.starts_with("Error:")).count() == 1, "one error line");
    before.assert_unchanged(&store);
}

/// Answer the distribution API's ping and any manifest GET with `manifest`,
/// over plain HTTP on a free loopback port; returns "127.0.0.1:PORT". For
/// content the real registry will not serve: it reads at most 4 MiB of a
/// stored manifest.
fn serve_manifest(manifest: Vec<u8>) -> String {
    serve_http(move |path| {
        if path == "/v2/" {
            ("200 OK", OCI_MANIFEST, b"{}".to_vec())
        } else if path.contains("/manifests/") {
            ("200 OK", OCI_MANIFEST, manifest.clone())
        } else {
            ("404 Not Found", OCI_MANIFEST, b"{}".to_vec())
        }
    })
}

#[test]
fn hostile_manifest_over_4_mib_is_refused() {
    let t = Target::new();
    let manifest = t.registry.put_image("bigmanifest", "v1", oci_arch(), &[layer_with("a", b"a")]);
    // Still a valid manifest, grown by an annotation.
    let mut parsed: serde_json::Value = serde_json::from_slice(&manifest).unwrap();
    parsed["annotations"] = serde_json::json!({ "padding": "x".repeat(5 << 20) });
    let host = serve_manifest(serde_json::to_vec(&parsed).unwrap());
    let out = t.store.skiff(&["pull", "--tls-verify=false", &format!("{host}/bigmanifest:v1")]);
    t.refused(&out, "manifest is larger than 4194304 bytes");
}

#[test]
fn hostile_config_over_4_mib_is_refused() {
    let t = Target::new();
    let layer = layer_with("a", b"a");
    let diff_id = format!("sha256:{}", sha256_hex(&layer));
    let config = serde_json::json!({
        "architecture": oci_arch(), "os": "linux",
        "config": { "Labels": { "padding": "x".repeat(5 << 20) } },
        "rootfs": { "type": "layers", "diff_ids": [diff_id] },
    });
    t.registry.put_image_with("bigconfig", "v1", &serde_json::to_vec(&config).unwrap(), &[(layer, diff_id)]);
    let out = t.store.skiff(&["pull", "--tls-verify=false", &format!("{}/bigconfig:v1", t.registry.host)]);
    t.refused(&out, "config is larger than 4194304 bytes");
}

#[test]
fn run_pulls_a_missing_image_through_registries_conf() {
    let registry = Registry::start();
    push_tools_layered(&registry);
    let host = &registry.host;
    let store = store_with_registries_conf(&format!(
        "unqualified-search-registries = [\"{host}\"]\n[[registry]]\nlocation = \"{host}\"\ninsecure = true\n"
    ));
    store
        .skiff(&["run", "--rm", "--pull=never", "tools/layered:v1", "true"])
        .code(125)
        .stderr_has("tools/layered:v1: image not known");
    let run = store.skiff(&["run", "--rm", "tools/layered:v1", "cat", "/data/keep"]);
    run.ok().stdout_is("keep");
    run.stderr_has(&format!("Trying to pull {host}/tools/layered:v1"));
    // Stored now: no second pull.
    let again = store.skiff(&["create", "tools/layered:v1"]);
    again.ok();
    again.check(!again.stderr.contains("Trying to pull"), "a stored image is not pulled again");
    store
        .skiff(&["run", "--rm", "--pull=always", "tools/layered:v1", "true"])
        .ok()
        .stderr_has("skipped: already exists");
}

#[test]
fn an_ambiguous_short_name_on_a_terminal_asks_which_registry() {
    let registry = Registry::start();
    push_tools_layered(&registry);
    let host = &registry.host;
    let other = dead_registry();
    let store = store_with_registries_conf(&format!(
        "unqualified-search-registries = [\"{other}\", \"{host}\"]\nshort-name-mode = \"enforcing\"\n\
         [[registry]]\nlocation = \"{host}\"\ninsecure = true\n"
    ));
    // script(1) gives skiff a terminal; the answer is typed ahead.
    let out = store.bash_input("script -qec 'skiff pull tools/layered:v1' /dev/null", Input::Bytes(b"2\n".to_vec()));
    out.ok()
        .stdout_has("Please select an image:")
        .stdout_has(&format!("1) {other}/tools/layered:v1"))
        .stdout_has(&format!("2) {host}/tools/layered:v1"));
    out.check(!out.stdout.contains(&format!("Trying to pull {other}")), "only the chosen registry is tried");
    store
        .skiff(&["images", "--format", "{{.Repository}}:{{.Tag}}"])
        .ok()
        .stdout_is(&format!("{host}/tools/layered:v1"));
    let out = store.bash_input("script -qec 'skiff pull tools/layered:v1' /dev/null", Input::Bytes(b"7\n".to_vec()));
    out.code(125).stdout_has("no image selected");
}
