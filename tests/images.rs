//! Acceptance 5 and the image commands: import, load, images, rmi, layers
//! with whiteouts, ownership, and the copy storage driver.

use crate::common;
use common::*;

#[test]
fn import_names_the_image_like_podman_and_images_lists_it() {
    let store = Store::new();
    let id = store.import_busybox("bb");
    let images = store.skiff(&["images"]);
    images.ok();
    let lines = images.lines();
    let header: Vec<&str> = lines[0].split("  ").map(str::trim).filter(|c| !c.is_empty()).collect();
    images.check(header == ["REPOSITORY", "TAG", "IMAGE ID", "CREATED", "SIZE"], "images must print podman's columns");
    let row: Vec<&str> = lines.get(1).map(|r| r.split_whitespace().collect()).unwrap_or_default();
    images.check(
        row.len() >= 3 && row[0] == "localhost/bb" && row[1] == "latest" && row[2] == &id[..12],
        "row: localhost/bb latest <12-hex id>",
    );
    store.skiff(&["images", "-q"]).ok().stdout_is(&id[..12]);

    let json = store.skiff(&["images", "--format", "json"]);
    json.ok();
    let v: serde_json::Value =
        serde_json::from_str(&json.stdout).unwrap_or_else(|e| json.fail(&format!("not JSON: {e}")));
    let img = &v.as_array().unwrap_or_else(|| json.fail("not a JSON array"))[0];
    json.check(img["Id"] == id.as_str(), "Id must be the full image id");
    json.check(img["Names"] == serde_json::json!([BB]), "Names must be [\"localhost/bb:latest\"]");

    // Runs by short name, full name and id.
    for r in ["bb", "bb:latest", BB, &id[..12], id.as_str()] {
        store.skiff(&["run", "--rm", r, "true"]).ok();
    }
}

#[test]
fn import_reads_standard_input() {
    let store = Store::new();
    let data = std::fs::read(&fixtures().busybox_rootfs).unwrap();
    let out = store.skiff_stdin(&["import", "-", "fromstdin:v1"], &data);
    out.ok();
    let last = out.lines().last().cloned().unwrap_or_default();
    let id = last.trim_start_matches("sha256:");
    out.check(is_image_id(id), "import must print the image id last");
    store.skiff(&["run", "--rm", "fromstdin:v1", "echo", "ok"]).ok().stdout_is("ok");
    store.skiff(&["run", "--rm", "localhost/fromstdin:v1", "echo", "ok"]).ok().stdout_is("ok");
}

/// Acceptance 5: a second layer's whiteout and opaque directory take effect.
#[test]
fn layer_whiteouts_and_opaque_directories_take_effect() {
    let store = Store::new();
    let name = store.load_layered();
    store
        .skiff(&["run", "--rm", &name, "sh", "-c", "ls -a /data; echo --; ls -a /opq"])
        .ok()
        .stdout_is(".\n..\nkeep\n--\n.\n..\nnew");
    store.skiff(&["run", "--rm", &name, "cat", "/data/keep", "/opq/new"]).ok().stdout_is("keep\nnew");
    store.skiff(&["run", "--rm", &name, "stat", "-c", "%u:%g", "/home/app/owned"]).ok().stdout_is("1000:1000");
    // The image's own CMD is sh: with no command and no stdin it exits 0.
    store.skiff(&["run", "--rm", &name]).ok();
}

/// Acceptance 5: ownership in the tarball is ownership in the container.
#[test]
fn ownership_from_the_tarball_is_kept() {
    let store = Store::new();
    store.import_busybox("bb");
    store
        .skiff(&[
            "run",
            "--rm",
            "bb",
            "stat",
            "-c",
            "%u:%g %a %n",
            "/home/app/owned",
            "/home/app",
            "/tmp",
            "/etc/passwd",
        ])
        .ok()
        .stdout_is("1000:1000 644 /home/app/owned\n1000:1000 755 /home/app\n0:0 1777 /tmp\n0:0 644 /etc/passwd");
}

#[test]
fn load_prints_the_name_and_images_lists_it() {
    let store = Store::new();
    store.load_layered();
    let out = store.skiff(&["images", "--format", "json"]);
    out.ok();
    let v: serde_json::Value =
        serde_json::from_str(&out.stdout).unwrap_or_else(|e| out.fail(&format!("not JSON: {e}")));
    out.check(v.as_array().map(|a| a.len()) == Some(1), "one image");
    out.check(v[0]["Names"] == serde_json::json!([LAYERED]), "named localhost/layered:latest");
}

#[test]
fn rmi_removes_an_unused_image() {
    let store = Store::new();
    store.import_busybox("bb");
    store.load_layered();
    store.skiff(&["rmi", "bb"]).ok();
    let left = store.skiff(&["images", "--format", "json"]);
    left.ok();
    let v: serde_json::Value = serde_json::from_str(&left.stdout).unwrap();
    left.check(v.as_array().map(|a| a.len()) == Some(1), "one image left");
    let out = store.skiff(&["rmi", "bb"]);
    out.check(out.code != 0, "removing a missing image must fail").stderr_has("Error: ");
    store.skiff(&["run", "--rm", LAYERED, "true"]).ok();
}

/// `--storage-driver copy` (here through SKIFF_STORAGE_DRIVER) works,
/// layers and isolation included.
#[test]
fn copy_storage_driver_works() {
    let store = Store::new().with_driver("copy");
    store.import_busybox("bb");
    let name = store.load_layered();
    store
        .skiff(&["run", "--rm", &name, "sh", "-c", "ls /data /opq; stat -c %u:%g /home/app/owned"])
        .ok()
        .stdout_is("/data:\nkeep\n\n/opq:\nnew\n1000:1000");
    store.skiff(&["run", "--name", "w", "bb", "sh", "-c", "echo x > /tmp/marker"]).ok();
    store.skiff(&["run", "--rm", "bb", "sh", "-c", "test ! -e /tmp/marker && echo clean"]).ok().stdout_is("clean");
    store.skiff(&["rm", "w"]).ok();
    if !is_podman() {
        assert_eq!(containers_in_store(&store), Vec::<String>::new(), "rm left a container behind");
    }
}

/// The global flag spelling works too.
#[test]
fn storage_driver_flag_copy() {
    let store = Store::new();
    let flag = if is_podman() { "--storage-driver=vfs" } else { "--storage-driver=copy" };
    store.skiff(&[flag, "import", &fixtures().busybox_rootfs.display().to_string(), "bb"]).ok();
    store.skiff(&[flag, "run", "--rm", "bb", "echo", "copied"]).ok().stdout_is("copied");
}

/// Stored content is synced to the disk in the background after a commit
/// (a helper removes the commit's entry in `unsynced/` once it is). An
/// entry left from an earlier boot means the machine went down before
/// that: the next command drops the images whose content it names, so a
/// layer that may have lost its data is never used, and the image can be
/// stored again.
#[test]
fn images_whose_content_an_earlier_boot_did_not_sync_are_dropped() {
    let store = Store::new();
    store.import_busybox("bb");
    let layered = store.load_layered();
    let unsynced = store.skiff_root().join("unsynced");
    let entries = || std::fs::read_dir(&unsynced).map(|d| d.count()).unwrap_or(0);
    wait_for("the background sync to clear its entries", std::time::Duration::from_secs(20), || entries() == 0);

    let layers = store.skiff(&["image", "inspect", "--format", "{{json .RootFS.Layers}}", "bb"]);
    let layers: Vec<String> = serde_json::from_str(&layers.ok().stdout).unwrap_or_else(|e| layers.fail(&format!("not a JSON list: {e}")));
    let layer = &layers[0];
    let layer_dir = store.skiff_root().join("layers").join(layer.trim_start_matches("sha256:"));
    assert!(layer_dir.exists(), "{} is stored", layer_dir.display());
    // What a commit made just before a power loss leaves behind (written
    // as the user, who owns the store).
    let entry = unsynced.join("00000000-0000-0000-0000-000000000000.lost");
    store.bash(&format!("printf 'layer {layer}\\n' > {}", entry.display())).ok();

    let out = store.skiff(&["images", "--format", "{{.Repository}}"]);
    out.ok().stderr_has("image localhost/bb:latest was stored just before the machine went down");
    out.check(out.lines() == [layered.split(':').next().unwrap()], "bb is dropped, the other image kept");
    assert!(!entry.exists(), "the entry goes once its content is removed");
    assert!(!layer_dir.exists(), "the layer that may be damaged is removed");
    let again = store.skiff(&["images"]);
    again.ok().check(again.stderr.is_empty(), "the warning comes once");

    store.import_busybox("bb");
    store.skiff(&["run", "--rm", "bb", "true"]).ok();
}

/// A layer whose tar gives its root entry ("./") mode 0700, as tarballs
/// made from `mktemp -d` do: docker and podman ignore that entry's mode,
/// owner and times, so users other than root can still run programs.
#[test]
fn a_layers_root_entry_does_not_lock_other_users_out() {
    let mut tar = TarBuilder::new();
    tar.dir(".", 0o700, 0, 0);
    add_busybox_rootfs(&mut tar, true);
    let tarball = tar.finish();
    for store in [Store::new(), Store::new().with_driver("copy")] {
        store.skiff_stdin(&["import", "-", "locked"], &tarball).ok();
        store.skiff(&["run", "--rm", "--user", "1000", "locked", "stat", "-c", "%a %u", "/"]).ok().stdout_is("755 0");
        store.skiff(&["run", "--rm", "--userns=keep-id", "locked", "id", "-u"]).ok().stdout_is(&TEST_UID.to_string());
        store.skiff(&["run", "-d", "--name", "c", "locked", "sleep", "1000"]).ok();
        store.skiff(&["exec", "-u", "1000", "c", "ls", "/home/app"]).ok().stdout_is("owned");
        store.skiff(&["rm", "-f", "c"]).ok();
    }
}
