//! Issue 14: image references with transports (docker://, docker-archive:,
//! oci-archive:, oci:, dir:, containers-storage:) in pull, push, save, run
//! and create.

use crate::common;
use common::registry::*;
use common::*;

/// `image` as the store names it, or its id: what `images` shows.
fn stored_id(store: &Store, image: &str) -> String {
    store.skiff(&["image", "inspect", "--format", "{{.Id}}", image]).ok().stdout.trim().to_string()
}

#[test]
fn every_file_transport_round_trips_and_runs() {
    let source = Store::new();
    let id = source.import_busybox("bb");
    let home = source.home.display().to_string();
    for (destination, pulled_name) in [
        (format!("docker-archive:{home}/bb.tar"), Some(BB.to_string())),
        (format!("docker-archive:{home}/named.tar:app:v1"), Some("docker.io/library/app:v1".to_string())),
        (format!("oci-archive:{home}/bb-oci.tar:v2"), Some("localhost/v2:latest".to_string())),
        (format!("oci:{home}/layout:v3"), None),
        (format!("dir:{home}/bbdir"), None),
    ] {
        source.skiff(&["push", "-q", "bb", &destination]).ok();
        let target = Store::new();
        // The target's user reads the source's files.
        std::process::Command::new("chmod").args(["-R", "a+rX"]).arg(&source.home).status().unwrap();
        let pull = target.skiff(&["pull", "-q", &destination]);
        pull.ok().check(pull.stdout.trim() == id, &format!("pull {destination} prints the image's id (the config is kept byte for byte)"));
        if let Some(name) = &pulled_name {
            target.skiff(&["images", "--format", "{{.Repository}}:{{.Tag}}"]).ok().stdout_is(name);
        }
        target.skiff(&["rmi", "-a"]).ok();
        // run reads the image from the archive itself.
        target.skiff(&["run", "--rm", &destination, "echo", "ran"]).ok().stdout_is("ran");
        target.skiff(&["images", "-q", "--no-trunc"]).ok().stdout_has(&id);
    }
    // An oci: layout read back is named after its path, as podman names it.
    let lower = std::path::PathBuf::from(format!("/tmp/skiff-transport-layout-{}", std::process::id()));
    let layout = format!("oci:{}", lower.display());
    let _ = std::fs::remove_dir_all(&lower);
    let owned = Store::new();
    owned.import_busybox("bb");
    owned.skiff(&["push", "-q", "bb", &layout]).ok();
    owned.skiff(&["rmi", "-a"]).ok();
    owned.skiff(&["pull", "-q", &layout]).ok();
    owned
        .skiff(&["images", "--format", "{{.Repository}}:{{.Tag}}"])
        .ok()
        .stdout_is(&format!("localhost{}:latest", lower.display()));
    let _ = std::fs::remove_dir_all(&lower);
}

#[test]
fn containers_storage_names_the_local_store() {
    let store = Store::new();
    let id = store.import_busybox("bb");
    store.skiff(&["push", "bb", "containers-storage:copy:v1"]).ok();
    assert_eq!(stored_id(&store, "localhost/copy:v1"), id, "pushing into containers-storage names the image");
    store.skiff(&["pull", "containers-storage:bb"]).ok().stdout_is(&id);
    store.skiff(&["run", "--rm", "containers-storage:copy:v1", "true"]).ok();
    let archive = store.home.join("cs.tar").display().to_string();
    store.skiff(&["save", "-q", "-o", &archive, "containers-storage:bb"]).ok();
    let other = Store::new();
    std::process::Command::new("chmod").args(["-R", "a+rX"]).arg(&store.home).status().unwrap();
    other.skiff(&["load", "-i", &archive]).ok().stdout_has(&format!("Loaded image: {BB}"));
    // Nothing is pulled for a containers-storage name that is not stored.
    other.skiff(&["run", "--rm", "containers-storage:nothere", "true"]).code(125).stderr_has("nothere: image not known");
}

#[test]
fn bad_transports_are_one_line_errors_naming_them() {
    let store = Store::new();
    store.import_busybox("bb");
    let images = store.skiff(&["images", "-q"]).ok().stdout.clone();
    for (args, named) in [
        (vec!["pull", "docker-daemon:bb:latest"], "unsupported transport \"docker-daemon\""),
        (vec!["pull", "bogus:/x"], "unknown transport \"bogus\""),
        (vec!["push", "bb", "sif:/tmp/x.sif"], "unsupported transport \"sif\""),
        (vec!["run", "--rm", "bogus:/x", "true"], "unknown transport \"bogus\""),
        (vec!["pull", "oci:"], "the oci transport needs a path"),
        (vec!["pull", "docker-archive:/nonexistent/x.tar"], "/nonexistent/x.tar"),
        (vec!["save", "-o", "x.tar", "oci:/tmp/y"], "save writes images from local storage"),
    ] {
        let out = store.skiff(&args);
        out.code(125).stderr_has(named);
        out.check(out.stderr.trim().lines().count() == 1, "one line");
    }
    // A name the archive does not hold: nothing is stored.
    let archive = store.home.join("bb.tar").display().to_string();
    store.skiff(&["push", "-q", "bb", &format!("docker-archive:{archive}")]).ok();
    store.skiff(&["pull", &format!("docker-archive:{archive}:other")]).code(125).stderr_has("\"docker.io/library/other:latest\" not found");
    store.skiff(&["pull", &format!("docker-archive:{archive}:@3")]).code(125).stderr_has("invalid image index \"@3\"");
    assert_eq!(store.skiff(&["images", "-q"]).ok().stdout, images, "refused pulls store nothing");
}

#[test]
fn docker_transport_pushes_and_pulls_the_loopback_registry() {
    let registry = Registry::start();
    let source = Store::new();
    let id = source.import_busybox("bb");
    let remote = format!("docker://{}/bb:v1", registry.host);
    source.skiff(&["push", "-q", "--tls-verify=false", "bb", &remote]).ok();
    let target = Store::new();
    target.skiff(&["pull", "-q", "--tls-verify=false", &remote]).ok().stdout_is(&id);
    target
        .skiff(&["images", "--format", "{{.Repository}}:{{.Tag}}"])
        .ok()
        .stdout_is(&format!("{}/bb:v1", registry.host));
}

#[test]
fn podman_reads_what_skiff_pushes_to_archives() {
    if is_podman() {
        return;
    }
    assert!(
        std::process::Command::new("podman").arg("--version").output().is_ok(),
        "this test needs podman (Debian package podman) to read skiff's archives"
    );
    let store = Store::new();
    let id = store.import_busybox("bb");
    let pod = store.dir.join("podman");
    let home = store.home.display().to_string();
    for destination in [format!("docker-archive:{home}/p.tar"), format!("oci-archive:{home}/p-oci.tar:bb"), format!("dir:{home}/pdir")] {
        store.skiff(&["push", "-q", "bb", &destination]).ok();
        podman_in(&pod, &["pull", "-q", &destination]).ok().stdout_has(&id);
        podman_in(&pod, &["rmi", "-a", "-f"]).ok();
    }
}

#[test]
fn build_from_reads_an_archive() {
    let store = Store::new();
    store.import_busybox("bb");
    let archive = store.home.join("base.tar").display().to_string();
    store.skiff(&["push", "-q", "bb", &format!("docker-archive:{archive}")]).ok();
    store.skiff(&["rmi", "bb"]).ok();
    store.write_file("ctx/Containerfile", &format!("FROM docker-archive:{archive}\nRUN echo built > /x\n"));
    store.skiff(&["build", "-q", "-t", "built", "ctx"]).ok();
    store.skiff(&["run", "--rm", "built", "cat", "/x"]).ok().stdout_is("built");
}
