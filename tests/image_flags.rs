//! Issue 14: the image-side flags and commands that were refused as "not
//! yet implemented": image diff, image search, import's platform flags,
//! --platform on commands that take local images, save --uncompressed,
//! pull/push --all-tags, login --verbose. Registries are the loopback
//! docker-registry only.

use crate::common;
use common::registry::*;
use common::*;

/// The layered image's changes from its parent layer: the whiteout and the
/// opaque directory of its top layer, with the directories holding them.
#[test]
fn image_diff_lists_what_an_image_changed_from_its_parent_or_another_image() {
    let store = Store::new();
    let layered = store.load_layered();
    store.import_busybox("bb");
    store.skiff(&["image", "diff", &layered]).ok().stdout_is("C /data\nD /data/gone\nC /opq\nA /opq/new\nD /opq/old1");

    let json = store.skiff(&["image", "diff", "--format", "json", &layered]);
    let value: serde_json::Value = serde_json::from_str(&json.ok().stdout).unwrap_or_else(|e| json.fail(&format!("not JSON: {e}")));
    assert_eq!(value["added"], serde_json::json!(["/opq/new"]), "json lists the added paths");
    assert_eq!(value["deleted"], serde_json::json!(["/data/gone", "/opq/old1"]), "json lists the deleted paths");

    // Against busybox alone: everything the layered image adds on top of it.
    let lines = store.skiff(&["image", "diff", &layered, "bb"]).ok().lines();
    for wanted in ["A /data", "A /data/keep", "A /opq", "A /opq/new"] {
        assert!(lines.iter().any(|l| l == wanted), "image diff LAYERED bb lists {wanted:?}: {lines:?}");
    }
    assert!(!lines.iter().any(|l| l.contains("/data/gone") || l.contains("/opq/old1")), "hidden files are in neither image: {lines:?}");
    // An image has no changes from itself; an unknown image is one line, 125.
    store.skiff(&["image", "diff", "bb", "bb"]).ok().stdout_is("");
    store.skiff(&["image", "diff", "nosuchimage"]).code(125).stderr_has("nosuchimage");
}

#[test]
fn import_sets_the_platform_and_platform_flags_check_local_images() {
    let store = Store::new();
    let tarball = fixtures().busybox_rootfs.display().to_string();
    store.skiff(&["import", "--arch", "arm64", "--variant", "v8", &tarball, "armbb"]).ok();
    store
        .skiff(&["image", "inspect", "--format", "{{.Os}}/{{.Architecture}}/{{.Variant}}", "armbb"])
        .ok()
        .stdout_is("linux/arm64/v8");
    store.skiff(&["import", "--platform", "linux/s390x", &tarball, "s390bb"]).ok();
    store.skiff(&["image", "inspect", "--format", "{{.Architecture}}", "s390bb"]).ok().stdout_is("s390x");
    store.skiff(&["import", "--platform", "linux", &tarball, "broken"]).code(125).stderr_has("invalid platform");
    store.skiff(&["image", "exists", "broken"]).code(1);

    let host = format!("linux/{}", oci_arch());
    store.import_busybox("bb");
    // The host's image matches the host's platform...
    store.skiff(&["image", "inspect", "--platform", &host, "--format", "{{.Architecture}}", "bb"]).ok().stdout_is(oci_arch());
    store.skiff(&["history", "--platform", &host, "-q", "bb"]).ok();
    // ...and an image of another platform is refused, naming both.
    for args in [
        vec!["image", "inspect", "--platform", &host, "armbb"],
        vec!["history", "--platform", &host, "armbb"],
        vec!["save", "--platform", &host, "-o", "/dev/null", "armbb"],
        vec!["rmi", "--platform", &host, "armbb"],
    ] {
        store
            .skiff(&args)
            .code(125)
            .stderr_has(&format!("does not match the specified platform: wanted {host}, actual: linux/arm64/v8"));
    }
    store.skiff(&["image", "exists", "armbb"]).ok();
    store.skiff(&["rmi", "--platform", "linux/arm64", "armbb"]).ok();
    store.skiff(&["image", "exists", "armbb"]).code(1);

    // load --platform: an archive of another platform's image is refused
    // and nothing is stored.
    let dir = tempfile::tempdir().unwrap();
    let archive = dir.path().join("s390.tar").display().to_string();
    std::fs::set_permissions(dir.path(), std::os::unix::fs::PermissionsExt::from_mode(0o777)).unwrap();
    store.skiff(&["save", "-o", &archive, "s390bb"]).ok();
    store.skiff(&["rmi", "s390bb"]).ok();
    store.skiff(&["load", "--platform", &host, "-i", &archive]).code(125).stderr_has("wanted linux/");
    store.skiff(&["image", "exists", "s390bb"]).code(1);
    store.skiff(&["load", "--platform", "linux/s390x", "-i", &archive]).ok().stdout_has("Loaded image: localhost/s390bb:latest");
}

#[test]
fn save_uncompressed_writes_plain_tar_layers_that_load_back() {
    let store = Store::new();
    let id = store.import_busybox("bb");
    let dir = tempfile::tempdir().unwrap();
    std::fs::set_permissions(dir.path(), std::os::unix::fs::PermissionsExt::from_mode(0o777)).unwrap();
    let layout = dir.path().join("layout");
    store.skiff(&["save", "--format", "oci-dir", "--uncompressed", "-o", &layout.display().to_string(), "bb"]).ok();
    let index: serde_json::Value = serde_json::from_slice(&std::fs::read(layout.join("index.json")).unwrap()).unwrap();
    let manifest_digest = index["manifests"][0]["digest"].as_str().unwrap().trim_start_matches("sha256:").to_string();
    let manifest: serde_json::Value =
        serde_json::from_slice(&std::fs::read(layout.join("blobs/sha256").join(manifest_digest)).unwrap()).unwrap();
    let layer = &manifest["layers"][0];
    assert_eq!(layer["mediaType"], "application/vnd.oci.image.layer.v1.tar", "the manifest names an uncompressed layer");
    let blob = std::fs::read(layout.join("blobs/sha256").join(layer["digest"].as_str().unwrap().trim_start_matches("sha256:"))).unwrap();
    assert_eq!(&blob[257..262], b"ustar", "the layer blob is a plain tar");
    assert_eq!(format!("sha256:{}", sha256_hex(&blob)), layer["digest"].as_str().unwrap(), "the blob matches its digest");

    let other = Store::new();
    other.skiff(&["load", "-i", &layout.display().to_string()]).ok();
    other.skiff(&["image", "inspect", "--format", "{{.Id}}", "bb"]).ok().stdout_has(&id);
    store.skiff(&["save", "--compress", "--uncompressed", "--format", "docker-dir", "-o", "/tmp/x", "bb"]).code(125).stderr_has("--uncompressed");
}

#[test]
fn all_tags_pull_and_push_every_tag_of_a_repository() {
    let registry = Registry::start();
    let host = &registry.host;
    let store = Store::new();
    store.import_busybox("bb");
    store.load_layered();
    store.skiff(&["tag", "bb", &format!("{host}/many/bb:one"), &format!("{host}/many/bb:two")]).ok();
    store.skiff(&["tag", LAYERED, &format!("{host}/many/bb:three")]).ok();
    store.skiff(&["tag", "bb", &format!("{host}/other/bb:nope")]).ok();
    store.skiff(&["push", "-q", "--tls-verify=false", "--all-tags", &format!("{host}/many/bb")]).ok();
    let listed = store.skiff(&["search", "--tls-verify=false", "--list-tags", "--format", "{{.Tag}}", &format!("{host}/many/bb")]);
    let mut tags = listed.ok().lines();
    tags.sort();
    listed.check(tags == ["one", "three", "two"], "every local tag of the repository was pushed, and no other");
    store.skiff(&["search", "--tls-verify=false", "--format", "{{.Name}}", &format!("{host}/other")]).ok().stdout_is("");

    let puller = Store::new();
    let pulled = puller.skiff(&["pull", "-q", "--tls-verify=false", "-a", &format!("{host}/many/bb")]);
    pulled.ok();
    pulled.check(pulled.lines().len() == 3 && pulled.lines().iter().all(|l| is_image_id(l)), "one image id per tag");
    for tag in ["one", "two", "three"] {
        puller.skiff(&["image", "exists", &format!("{host}/many/bb:{tag}")]).ok();
    }

    for (args, message) in [
        (vec!["pull", "-a", &format!("{host}/many/bb:one")] as Vec<&str>, "tag can't be used with --all-tags"),
        (vec!["push", "-a", &format!("{host}/many/bb:one")], "tag can't be used with --all-tags"),
        (vec!["pull", "-a", "busybox"], "--all-tags needs a repository with its registry"),
        (vec!["push", "-a", &format!("{host}/none/here")], "no local image is tagged in"),
    ] {
        store.skiff(&args).code(125).stderr_has(message);
    }
}

#[test]
fn image_search_and_login_verbose() {
    let registry = Registry::start();
    let host = &registry.host;
    let store = Store::new();
    store.import_busybox("bb");
    store.skiff(&["push", "-q", "--tls-verify=false", "bb", &format!("{host}/tools/bb:v1")]).ok();
    store
        .skiff(&["image", "search", "--tls-verify=false", "--format", "{{.Name}}", &format!("{host}/bb")])
        .ok()
        .stdout_is(&format!("{host}/tools/bb"));
    store.skiff(&["image", "search", "--limit", "0", "x/y"]).code(125).stderr_has("--limit");

    // The loopback registry takes any credentials when it has no auth set up.
    let authfile = store.write_file("auth.json", "{}");
    let authfile = authfile.display().to_string();
    store
        .skiff(&["login", "-v", "--tls-verify=false", "--authfile", &authfile, "-u", "me", "-p", "secret", host])
        .ok()
        .stdout_is(&format!("Used:  {authfile}\nLogin Succeeded!"));
    store.skiff(&["generate", "spec", "x"]).code(125).stderr_has("SpecGenerator");
}

/// The manifest the registry serves for `repository:tag`, as JSON.
fn registry_manifest(host: &str, repository: &str, tag: &str) -> serde_json::Value {
    use std::io::{Read, Write};
    let mut stream = std::net::TcpStream::connect(host).unwrap();
    let accept = "application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.v2+json";
    write!(stream, "GET /v2/{repository}/manifests/{tag} HTTP/1.0\r\nHost: {host}\r\nAccept: {accept}\r\n\r\n").unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    let body = response.split_once("\r\n\r\n").map(|(_, body)| body).unwrap_or_default();
    serde_json::from_str(body).unwrap_or_else(|e| panic!("the registry's manifest is not JSON ({e}): {response}"))
}

#[test]
fn push_compression_format_recompresses_layers_and_they_pull_back() {
    let registry = Registry::start();
    let host = &registry.host;
    let store = Store::new();
    let id = store.import_busybox("bb");
    let target = format!("{host}/squeezed/bb:zstd");
    store.skiff(&["push", "-q", "--tls-verify=false", "--compression-format", "zstd", "bb", &target]).ok();
    let manifest = registry_manifest(host, "squeezed/bb", "zstd");
    assert_eq!(manifest["layers"][0]["mediaType"], "application/vnd.oci.image.layer.v1.tar+zstd", "the layer went out as zstd: {manifest}");
    store.skiff(&["push", "-q", "--tls-verify=false", "--compression-format", "gzip", "bb", &format!("{host}/squeezed/bb:gzip")]).ok();
    let manifest = registry_manifest(host, "squeezed/bb", "gzip");
    assert!(manifest["layers"][0]["mediaType"].as_str().unwrap_or_default().ends_with("gzip"), "the layer went out as gzip: {manifest}");

    let puller = Store::new();
    puller.skiff(&["pull", "-q", "--tls-verify=false", &target]).ok().stdout_has(&id);
    puller.skiff(&["run", "--rm", &target, "true"]).ok();

    for (args, message) in [
        (vec!["push", "--compression-format", "lz4", "bb", &target] as Vec<&str>, "invalid --compression-format \"lz4\""),
        (vec!["push", "--compression-format", "zstd:chunked", "bb", &target], "zstd:chunked is not supported"),
        (vec!["push", "--compression-format", "zstd", "-f", "v2s2", "bb", &target], "needs OCI manifests"),
        (vec!["push", "--compression-format", "gzip", "bb", "oci-archive:/tmp/never.tar"], "applies to registries only"),
    ] {
        store.skiff(&args).code(125).stderr_has(message);
    }
    // push --compress gzips a dir: destination's layers.
    let dir = tempfile::tempdir().unwrap();
    std::fs::set_permissions(dir.path(), std::os::unix::fs::PermissionsExt::from_mode(0o777)).unwrap();
    let out = dir.path().join("dir");
    store.skiff(&["push", "-q", "--compress", "--remove-signatures", "bb", &format!("dir:{}", out.display())]).ok();
    let manifest: serde_json::Value = serde_json::from_slice(&std::fs::read(out.join("manifest.json")).unwrap()).unwrap();
    assert!(manifest["layers"][0]["mediaType"].as_str().unwrap_or_default().ends_with("gzip"), "--compress gzips dir: layers: {manifest}");
}

/// Issue 14: docker's experimental `images --tree`, laid out as docker 28
/// lays it out: each image with its platform below it, the "U" chip when a
/// container uses it, untagged images only with -a, and docker's one-line
/// refusals of the flags it does not combine with.
#[test]
fn images_tree_is_dockers_view() {
    let store = Store::new();
    store.import_busybox("bb");
    store.skiff(&["tag", "bb", "localhost/longer-name:v2"]).ok();
    let id = store.skiff(&["images", "-q"]).ok().stdout.trim().to_string();
    let out = store.skiff(&["images", "--tree"]);
    out.ok();
    let lines: Vec<&str> = out.stdout.lines().collect();
    assert!(lines[0].starts_with("WARNING: This is an experimental feature."), "{}", out.stdout);
    assert!(lines[1].ends_with(" Info ->  U In Use ") && lines[1].len() == 80, "the legend, right-aligned: {:?}", lines[1]);
    assert_eq!(lines[3], "IMAGE                      ID             DISK USAGE   CONTENT SIZE   EXTRA");
    assert_eq!(lines[4], "localhost/longer-name:v2", "the longest name first, on a line of its own");
    assert!(lines[5].starts_with(&format!("localhost/bb:latest        {id}   ")) && lines[5].contains("MB"), "{:?}", lines[5]);
    assert!(lines[6].starts_with("└─ linux/amd64             "), "the platform branch: {:?}", lines[6]);
    assert!(!lines[5].contains(" U "), "no container uses it yet");
    assert_eq!(lines[7], "");
    store.skiff(&["create", "--name", "user", "bb", "true"]).ok();
    let out = store.skiff(&["images", "--tree"]);
    out.ok();
    assert!(out.stdout.lines().nth(5).unwrap().ends_with("   U    "), "in use: {}", out.stdout);
    // An untagged image shows only with -a.
    store.skiff(&["rmi", "localhost/longer-name:v2"]).ok();
    store.skiff(&["untag", "bb"]).ok();
    let out = store.skiff(&["images", "--tree"]);
    out.ok().check(!out.stdout.contains("<untagged>"), "untagged images need -a");
    store.skiff(&["images", "--tree", "-a"]).ok().stdout_has("<untagged>");
    for flag in ["--quiet", "--no-trunc", "--digests"] {
        store.skiff(&["images", "--tree", flag]).code(125).stderr_has(&format!("{flag} is not yet supported with --tree"));
    }
    store.skiff(&["rm", "user"]).ok();
}
