//! Issue 14: `skiff manifest` lists of two images, labelled amd64 and
//! arm64, pushed to the loopback registry; `pull --platform` of each
//! architecture then gets the right image, and so does `create --platform`.

use crate::common;
use common::registry::*;
use common::*;

/// The list as `manifest inspect` prints it.
fn inspect(store: &Store, list: &str) -> serde_json::Value {
    let out = store.skiff(&["manifest", "inspect", list]);
    serde_json::from_str(&out.ok().stdout).unwrap_or_else(|e| out.fail(&format!("not JSON: {e}")))
}

/// The `arch` label of `image` in `store`.
fn arch_label(store: &Store, image: &str) -> String {
    store.skiff(&["image", "inspect", "--format", "{{.Config.Labels}}", image]).ok().stdout.trim().to_string()
}

/// The index as the registry serves it.
fn served_index(registry: &Registry, repository: &str, tag: &str) -> (String, serde_json::Value) {
    let accept = "application/vnd.oci.image.index.v1+json, application/vnd.docker.distribution.manifest.list.v2+json";
    let response = ureq::get(&format!("http://{}/v2/{repository}/manifests/{tag}", registry.host))
        .set("Accept", accept)
        .call()
        .unwrap_or_else(|e| panic!("GET {repository}:{tag}: {e}"));
    let content_type = response.content_type().to_string();
    (content_type, serde_json::from_str(&response.into_string().unwrap()).unwrap())
}

#[test]
fn a_list_of_two_architectures_pushes_and_pulls_per_platform() {
    let registry = Registry::start();
    let store = Store::new();
    let fixtures = fixtures();
    let amd = store.import(&fixtures.busybox_rootfs, "img-amd", &["LABEL arch=amd64"]);
    let arm = store.import(&fixtures.busybox_rootfs, "img-arm", &["LABEL arch=arm64"]);
    assert_ne!(amd, arm, "two images");

    let created = store.skiff(&["manifest", "create", "multi"]);
    created.ok().check(created.stdout.trim().len() == 64, "create prints the list's id");
    store.skiff(&["manifest", "exists", "multi"]).ok();
    store.skiff(&["manifest", "exists", "nothere"]).code(1);
    store.skiff(&["manifest", "create", "multi"]).code(125).stderr_has("already exists");
    store.skiff(&["manifest", "add", "--arch", "amd64", "multi", "img-amd"]).ok();
    store.skiff(&["manifest", "add", "--arch", "arm64", "--variant", "v8", "--annotation", "made=by-test", "multi", "img-arm"]).ok();

    let list = inspect(&store, "multi");
    assert_eq!(list["mediaType"], "application/vnd.docker.distribution.manifest.list.v2+json", "podman's default list type");
    let manifests = list["manifests"].as_array().expect("a manifests array");
    assert_eq!(manifests.len(), 2);
    assert_eq!(manifests[0]["platform"]["architecture"], "amd64");
    assert_eq!(manifests[1]["platform"], serde_json::json!({ "architecture": "arm64", "os": "linux", "variant": "v8" }));
    assert_eq!(manifests[1]["annotations"]["made"], "by-test");
    let arm_digest = manifests[1]["digest"].as_str().unwrap().to_string();
    store.skiff(&["manifest", "annotate", "--os-version", "1.0", "--annotation", "more=yes", "multi", &arm_digest]).ok();
    let annotated = inspect(&store, "multi");
    assert_eq!(annotated["manifests"][1]["platform"]["os.version"], "1.0");
    assert_eq!(annotated["manifests"][1]["annotations"]["more"], "yes");

    let destination = format!("docker://{}/multi:v1", registry.host);
    store.skiff(&["manifest", "push", "-q", "--tls-verify=false", "multi", &destination]).ok();
    let (content_type, served) = served_index(&registry, "multi", "v1");
    assert_eq!(content_type, "application/vnd.docker.distribution.manifest.list.v2+json");
    assert_eq!(served["manifests"].as_array().map(Vec::len), Some(2));

    let image = format!("{}/multi:v1", registry.host);
    for (platform, label) in [("linux/arm64", "map[arch:arm64]"), ("linux/amd64", "map[arch:amd64]")] {
        let target = Store::new();
        target.skiff(&["pull", "-q", "--tls-verify=false", "--platform", platform, &image]).ok();
        assert_eq!(arch_label(&target, &image), label, "pull --platform {platform} gets that image");
    }

    // run/create --platform pick the list's entry the same way (the test
    // images are both this host's busybox, told apart by their label), and
    // refuse a platform the host cannot run before pulling anything.
    if std::env::consts::ARCH == "x86_64" {
        let runner = Store::new();
        runner.skiff(&["create", "-q", "--tls-verify=false", "--platform", "linux/amd64", &image, "true"]).ok();
        assert_eq!(arch_label(&runner, &image), "map[arch:amd64]", "create --platform linux/amd64 pulls the list's amd64 entry");
        if !std::path::Path::new("/proc/sys/fs/binfmt_misc/qemu-aarch64").exists() {
            let other = Store::new();
            other
                .skiff(&["run", "--rm", "--tls-verify=false", "--platform", "linux/arm64", &image, "true"])
                .code(125)
                .stderr_has("platform linux/arm64 cannot run on this host");
            other.skiff(&["images", "-q"]).ok().stdout_is("");
        }
    }

    // A list made from the registry's list: --all pulls every platform.
    let copy = Store::new();
    copy.skiff(&["manifest", "create", "copied"]).ok();
    copy.skiff(&["manifest", "add", "--all", "--tls-verify=false", "copied", &destination]).ok();
    let copied = inspect(&copy, "copied");
    let digests = |v: &serde_json::Value| -> Vec<String> {
        v["manifests"].as_array().unwrap().iter().map(|m| m["digest"].as_str().unwrap().to_string()).collect()
    };
    assert_eq!(digests(&copied), digests(&served), "the same images, by digest");

    // As an OCI index, and --rm removes the list once pushed.
    store.skiff(&["manifest", "push", "-q", "--rm", "--format", "oci", "--tls-verify=false", "multi", &format!("{}/multi:oci", registry.host)]).ok();
    let (content_type, _) = served_index(&registry, "multi", "oci");
    assert_eq!(content_type, "application/vnd.oci.image.index.v1+json");
    store.skiff(&["manifest", "exists", "multi"]).code(1);
}

#[test]
fn remove_rm_and_bad_input() {
    let store = Store::new();
    store.import_busybox("bb");
    store.skiff(&["manifest", "create", "list", "bb"]).ok();
    let digest = inspect(&store, "list")["manifests"][0]["digest"].as_str().unwrap().to_string();
    store.skiff(&["manifest", "add", "nothere", "bb"]).code(125).stderr_has("nothere: no such manifest list");
    store.skiff(&["manifest", "add", "--annotation", "novalue", "list", "bb"]).code(125).stderr_has("invalid annotation \"novalue\"");
    store.skiff(&["manifest", "add", "--arch", "a/b", "list", "bb"]).code(125).stderr_has("invalid --arch");
    store.skiff(&["manifest", "remove", "list", "sha256:0000000000000000000000000000000000000000000000000000000000000000"]).code(125).stderr_has("not in manifest list");
    store.skiff(&["manifest", "remove", "list", &digest]).ok();
    assert_eq!(inspect(&store, "list")["manifests"].as_array().map(Vec::len), Some(0));
    store.skiff(&["manifest", "rm", "list"]).ok().stdout_has("Untagged: localhost/list:latest");
    store.skiff(&["manifest", "inspect", "list"]).code(125).stderr_has("no such manifest list");
    // A create whose image is missing creates nothing.
    store.skiff(&["manifest", "create", "other", "containers-storage:nothere"]).code(125).stderr_has("nothere: image not known");
    store.skiff(&["manifest", "exists", "other"]).code(1);
}

/// `manifest push --compression-format zstd`: the list's images go out with
/// zstd layers in OCI manifests (the list keeps its own type, as podman's),
/// and pull back; gzip is the other choice; bad values are refused as push's.
#[test]
fn push_compression_format_recompresses_the_lists_images() {
    let registry = Registry::start();
    let store = Store::new();
    let id = store.import_busybox("bb");
    store.skiff(&["manifest", "create", "squeezed", "bb"]).ok();
    let destination = format!("{}/squeezed:zstd", registry.host);
    store.skiff(&["manifest", "push", "-q", "--tls-verify=false", "--compression-format", "zstd", "squeezed", &destination]).ok();
    let (content_type, served) = served_index(&registry, "squeezed", "zstd");
    assert_eq!(content_type, "application/vnd.docker.distribution.manifest.list.v2+json", "the list keeps its type");
    let entry = &served["manifests"][0];
    assert_eq!(entry["mediaType"], "application/vnd.oci.image.manifest.v1+json", "a zstd image is an OCI manifest: {served}");
    let digest = entry["digest"].as_str().expect("the entry's digest");
    let image = registry.manifest("squeezed", digest);
    assert_eq!(image["layers"][0]["mediaType"], "application/vnd.oci.image.layer.v1.tar+zstd", "the layer went out as zstd: {image}");
    let served_bytes = ureq::get(&format!("http://{}/v2/squeezed/manifests/{digest}", registry.host))
        .set("Accept", "application/vnd.oci.image.manifest.v1+json")
        .call()
        .unwrap()
        .into_string()
        .unwrap();
    assert_eq!(entry["size"].as_u64(), Some(served_bytes.len() as u64), "the list gives the pushed manifest's size");
    assert!(registry.blob_file(image["layers"][0]["digest"].as_str().unwrap()).exists(), "the zstd layer is in the registry");

    let puller = Store::new();
    puller.skiff(&["pull", "-q", "--tls-verify=false", &destination]).ok().stdout_has(&id);
    puller.skiff(&["run", "--rm", &destination, "true"]).ok();

    let gzipped = format!("{}/squeezed:gzip", registry.host);
    store.skiff(&["manifest", "push", "-q", "--tls-verify=false", "--compression-format", "gzip", "squeezed", &gzipped]).ok();
    let (_, served) = served_index(&registry, "squeezed", "gzip");
    let image = registry.manifest("squeezed", served["manifests"][0]["digest"].as_str().unwrap());
    assert!(image["layers"][0]["mediaType"].as_str().unwrap_or_default().ends_with("gzip"), "the layer went out as gzip: {image}");

    for (value, format, message) in [
        ("lz4", "oci", "invalid --compression-format \"lz4\""),
        ("zstd:chunked", "oci", "zstd:chunked is not supported"),
        ("zstd", "v2s2", "needs OCI manifests"),
    ] {
        store
            .skiff(&["manifest", "push", "--tls-verify=false", "--compression-format", value, "--format", format, "squeezed", &destination])
            .code(125)
            .stderr_has(message);
    }
}
