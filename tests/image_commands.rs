//! Issue 4, image management: tag, untag, image exists, image inspect,
//! image prune.

mod common;
use common::*;

#[test]
fn tag_and_untag_move_names_like_podman() {
    let store = Store::new();
    let name = store.load_layered();
    store.skiff(&["tag", &name, "foo:v2", "quay.io/x/y"]).ok().stdout_is("");
    let names = |store: &Store| {
        let out = store.skiff(&["image", "inspect", "--format", "{{.RepoTags}}", LAYERED]);
        out.ok().stdout.trim().to_string()
    };
    assert_eq!(
        names(&store),
        "[localhost/layered:latest localhost/foo:v2 quay.io/x/y:latest]"
    );
    store
        .skiff(&["run", "--rm", "foo:v2", "cat", "/data/keep"])
        .ok()
        .stdout_is("keep");

    // A name moves from the image that had it.
    store.import_busybox("bb");
    store.skiff(&["tag", "bb", "foo:v2"]).ok();
    assert_eq!(names(&store), "[localhost/layered:latest quay.io/x/y:latest]");

    store
        .skiff(&["untag", LAYERED, "foo:v9"])
        .code(125)
        .stderr_has("localhost/foo:v9: tag not known");
    store.skiff(&["untag", LAYERED, "quay.io/x/y"]).ok();
    assert_eq!(names(&store), "[localhost/layered:latest]");
    store
        .skiff(&["tag", "nothere", "x"])
        .code(125)
        .stderr_has("nothere: image not known");
    store
        .skiff(&["tag", LAYERED, "Bad:Name"])
        .code(125)
        .stderr_has("invalid reference format");
    store.skiff(&["image", "tag", LAYERED, "again"]).ok();
    store.skiff(&["image", "untag", "again"]).ok();
    store.skiff(&["image", "exists", "again"]).code(1);
}

#[test]
fn image_exists_and_inspect() {
    let store = Store::new();
    store.load_layered();
    store.skiff(&["image", "exists", "layered"]).ok().stdout_is("");
    store.skiff(&["image", "exists", "nothere"]).code(1).stdout_is("");
    let out = store.skiff(&["image", "inspect", "layered"]);
    out.ok();
    let v: serde_json::Value =
        serde_json::from_str(&out.stdout).unwrap_or_else(|e| out.fail(&format!("not JSON: {e}")));
    let image = &v[0];
    for field in [
        "Id",
        "Digest",
        "RepoTags",
        "RepoDigests",
        "Created",
        "Config",
        "RootFS",
        "Size",
        "Architecture",
        "Os",
        "History",
    ] {
        out.check(image.get(field).is_some(), &format!("image inspect has {field}"));
    }
    out.check(
        image["RootFS"]["Layers"].as_array().map(Vec::len) == Some(2),
        "two layers",
    );
    out.check(
        image["Architecture"] == oci_arch() && image["Os"] == "linux",
        "platform",
    );
    out.check(
        image["History"][1]["created_by"] == "delete /data/gone, make /opq opaque",
        "history from the config",
    );
    let digest = image["Digest"].as_str().unwrap();
    out.check(
        image["RepoDigests"] == serde_json::json!([format!("localhost/layered@{digest}")]),
        "RepoDigests",
    );
    store
        .skiff(&["image", "inspect", "nothere"])
        .code(125)
        .stderr_has("nothere: image not known");
}

#[test]
fn image_prune_removes_dangling_images_and_with_all_unused_ones() {
    let store = Store::new();
    store.load_layered();
    let bb = store.import_busybox("bb");
    store.skiff(&["create", "--name", "user", "bb", "true"]).ok();
    store.skiff(&["untag", "layered"]).ok();
    let pruned = store.skiff(&["image", "prune", "-f"]);
    pruned.ok();
    pruned.check(
        pruned.lines().len() == 1 && is_image_id(&pruned.lines()[0]),
        "prints the removed id",
    );
    store
        .skiff(&["images", "-q", "--no-trunc"])
        .ok()
        .stdout_is(&format!("sha256:{bb}"));
    // bb is used by a container: even -a keeps it.
    store.skiff(&["image", "prune", "-a", "-f"]).ok().stdout_is("");
    store.skiff(&["rm", "user"]).ok();
    store.skiff(&["image", "prune", "-a", "-f"]).ok().stdout_is(&bb);
    store.skiff(&["images", "-q"]).ok().stdout_is("");
}

#[test]
fn images_filters() {
    let store = Store::new();
    store.load_layered();
    let fixtures = fixtures();
    store.import(&fixtures.busybox_rootfs, "bb", &["LABEL tier=base"]);
    store.skiff(&["tag", "bb", "quay.io/x/tool:1"]).ok();
    store.import(&fixtures.busybox_rootonly, "gone", &[]);
    store.skiff(&["untag", "gone"]).ok();
    let repositories = |filters: &[&str]| {
        let mut args = vec!["images", "--format", "json"];
        for f in filters {
            args.extend(["--filter", f]);
        }
        let out = store.skiff(&args);
        let v: serde_json::Value = serde_json::from_str(&out.ok().stdout).unwrap();
        let mut names: Vec<String> = v
            .as_array()
            .unwrap()
            .iter()
            .map(|i| {
                i["Names"]
                    .as_array()
                    .and_then(|n| n.first())
                    .and_then(|n| n.as_str())
                    .unwrap_or("<none>")
                    .to_string()
            })
            .collect();
        names.sort();
        names
    };
    assert_eq!(repositories(&["dangling=true"]), ["<none>"]);
    assert_eq!(repositories(&["dangling=false"]), [BB, LAYERED]);
    assert_eq!(repositories(&["reference=layered"]), [LAYERED]);
    assert_eq!(repositories(&["reference=quay.io/*/*"]), [BB]);
    assert_eq!(repositories(&["reference=tool:1"]), [BB]);
    assert_eq!(repositories(&["label=tier"]), [BB]);
    assert_eq!(repositories(&["label=tier=base", "dangling=false"]), [BB]);
    assert!(repositories(&["label=tier=other"]).is_empty());
    store
        .skiff(&["images", "--filter", "size=1"])
        .code(125)
        .stderr_has("invalid image filter");
}
