//! Issue 19: `system check` finds damage inflicted for real on a store
//! (a flipped byte in a blob, a deleted file of an unpacked layer, a
//! removed upper directory, a stale name reservation, an unreadable
//! network record), and after `--repair` pull, run and build work again.
//! One store and one registry serve the whole sequence.

use crate::common;
use common::registry::*;
use common::*;
use std::path::{Path, PathBuf};

/// The first layer of the image named `name`, from the store's index:
/// (blob path, unpacked directory).
fn first_layer(store: &Store, name: &str) -> (PathBuf, PathBuf) {
    let index: serde_json::Value = serde_json::from_slice(&std::fs::read(store.skiff_root().join("images.json")).unwrap()).unwrap();
    let image = index["images"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["names"].as_array().unwrap().iter().any(|n| n.as_str().unwrap().contains(name)))
        .unwrap_or_else(|| panic!("no image named {name} in the index"));
    let layer = &image["layers"][0];
    let hex = |d: &serde_json::Value| d.as_str().unwrap().trim_start_matches("sha256:").to_string();
    (store.skiff_root().join("blobs/sha256").join(hex(&layer["blob"])), store.skiff_root().join("layers").join(hex(&layer["diff_id"])).join("diff"))
}

/// A regular file somewhere below `dir` (the first found, depth first).
fn some_regular_file(dir: &Path) -> PathBuf {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let kind = entry.file_type().unwrap();
        if kind.is_file() && entry.metadata().unwrap().len() > 0 {
            return entry.path();
        }
    }
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        if entry.file_type().unwrap().is_dir() {
            return some_regular_file(&entry.path());
        }
    }
    panic!("no regular file below {}", dir.display());
}

fn check_reports(store: &Store, args: &[&str], problem: &str) {
    let mut all = vec!["system", "check"];
    all.extend_from_slice(args);
    let out = store.skiff(&all);
    out.code(1).stdout_has(problem).stderr_has("problem(s) found");
}

fn check_is_clean(store: &Store) {
    store.skiff(&["system", "check"]).ok().stdout_is("No problems found");
}

fn repair_says(store: &Store, removed: &str) {
    store.skiff(&["system", "check", "--repair"]).ok().stdout_has(&format!("repaired: {removed}"));
    check_is_clean(store);
}

#[test]
fn check_finds_inflicted_damage_and_repair_leaves_a_store_where_pull_run_and_build_work() {
    let registry = Registry::start();
    let store = Store::new();
    store.import_busybox("bb");
    let remote = format!("{}/bb:v1", registry.host);
    store.skiff(&["push", "--tls-verify=false", "bb", &remote]).ok();
    store.skiff(&["pull", "--tls-verify=false", &remote]).ok();
    check_is_clean(&store);

    // A flipped byte in the pulled image's layer blob: its digest shows it.
    let (blob, _) = first_layer(&store, "bb:v1");
    let mut bytes = std::fs::read(&blob).unwrap();
    let middle = bytes.len() / 2;
    bytes[middle] ^= 0x20;
    std::fs::write(&blob, &bytes).unwrap();
    check_reports(&store, &[], "is damaged: its content has digest");
    // --quick reads no content: it finds only what is missing.
    store.skiff(&["system", "check", "--quick"]).ok().stdout_is("No problems found");
    repair_says(&store, "removed image");
    store.skiff(&["image", "exists", &remote]).code(1);
    store.skiff(&["pull", "--tls-verify=false", &remote]).ok();
    store.skiff(&["run", "--rm", "--pull=never", &remote, "echo", "pulled again"]).ok().stdout_is("pulled again");

    // A file deleted from the unpacked layer: the layer's tar still has it.
    let (_, unpacked) = first_layer(&store, "bb:v1");
    let victim = some_regular_file(&unpacked);
    std::fs::remove_file(&victim).unwrap();
    let relative = victim.strip_prefix(&unpacked).unwrap().display().to_string();
    check_reports(&store, &[], &format!("{relative}: missing (the layer has a regular file)"));
    repair_says(&store, "removed image");
    store.skiff(&["pull", "--tls-verify=false", &remote]).ok();
    store.skiff(&["run", "--rm", "--pull=never", &remote, "echo", "whole again"]).ok().stdout_is("whole again");

    // A container whose upper directory is gone cannot be started: removed.
    // (The pushed and pulled image are one: the first repair removed bb too.)
    let id = store.skiff(&["create", "--pull=never", "--name", "hollow", &remote, "true"]).ok().stdout.trim().to_string();
    crate_remove_tree(&store.containers_dir().join(&id).join("upper"));
    check_reports(&store, &[], "container hollow");
    check_reports(&store, &["--quick"], "its upper directory is missing");
    repair_says(&store, "removed container hollow");
    store.skiff(&["run", "--rm", "--pull=never", "--name", "hollow", &remote, "echo", "name free"]).ok().stdout_is("name free");

    // A name reserved for a container that does not exist (a create killed
    // between reserving the name and writing the record).
    let names = store.containers_dir().join("names");
    let ghost = names.join("ghost");
    std::os::unix::fs::symlink("f".repeat(64), &ghost).unwrap();
    std::os::unix::fs::lchown(&ghost, Some(store.ids().0), Some(store.ids().1)).unwrap();
    check_reports(&store, &[], "container name ghost: reserved for ffff");
    repair_says(&store, "removed the reservation of the container name ghost");
    assert!(std::fs::symlink_metadata(&ghost).is_err(), "the stale reservation is gone");

    // A network record that cannot be read breaks every network command.
    store.skiff(&["network", "create", "whole"]).ok();
    let torn = store.skiff_root().join("networks/torn.json");
    std::fs::write(&torn, "{\"name\": \"to").unwrap();
    std::os::unix::fs::chown(&torn, Some(store.ids().0), Some(store.ids().1)).unwrap();
    check_reports(&store, &[], "network torn:");
    repair_says(&store, "removed");
    store.skiff(&["network", "ls", "--format", "{{.Name}}"]).ok().stdout_has("whole");

    // After all the repairs: a build on the store works.
    store.write_file("ctx/Containerfile", &format!("FROM {remote}\nRUN echo built > /built\n"));
    store.skiff(&["build", "-q", "--pull=never", "-t", "after-repair", &store.home.join("ctx").display().to_string()]).ok();
    store.skiff(&["run", "--rm", "--pull=never", "after-repair", "cat", "/built"]).ok().stdout_is("built");
    check_is_clean(&store);
}

/// Remove a directory the test user's containers wrote (as root, which may).
fn crate_remove_tree(path: &Path) {
    std::fs::remove_dir_all(path).unwrap_or_else(|e| panic!("remove {}: {e}", path.display()));
}

/// Bad inputs found while writing the checks: each is refused with one
/// line naming what was wrong, exit 125, and leaves no container behind.
#[test]
fn small_bad_inputs_are_one_clear_line_and_create_nothing_and_rmi_force_ignores_missing_images() {
    let store = Store::new();
    store.import_busybox("bb");
    let refused = |args: &[&str], says: &str| {
        let out = store.skiff(args);
        out.code(125).stderr_has(says);
        let lines: Vec<&str> = out.stderr.lines().filter(|l| !l.trim().is_empty()).collect();
        out.check(lines.len() == 1, "the error is one line");
    };
    // An empty source is a mistake, not an anonymous volume (podman's words).
    refused(&["create", "-v", ":/x", "bb", "true"], "host directory cannot be empty");
    // The length limit, not the file system's "File name too long".
    let long = "n".repeat(300);
    refused(&["create", "--name", &long, "bb", "true"], "300 characters long, names may have at most 250");
    refused(&["volume", "create", &long], "names may have at most 250");
    // A negative number is a bad number, not clap's "unexpected argument".
    refused(&["create", "--cpus", "-1", "bb", "true"], "invalid --cpus \"-1\": the number of CPUs must be a positive number");
    store.skiff(&["ps", "-a", "-q"]).ok().stdout_is("");
    // A template naming a field ps does not have is an error even when
    // there is no container to show (podman checks it against its type).
    refused(&["ps", "--format", "{{.Nope}}"], "can't evaluate field Nope");
    store.skiff(&["ps", "--format", "{{.Names}}"]).ok().stdout_is("");
    // Found by scripts/torture: as podman, rmi -f ignores a missing image.
    store.skiff(&["rmi", "-f", "localhost/never-there:v1"]).ok().stdout_is("");
}

/// Found by scripts/torture: parallel `pod rm` of one pod all succeeded
/// (each saw the pod, the first removed it, the others took its absence
/// for success). Exactly one removal may succeed, the others say "no such".
#[test]
fn of_parallel_removals_of_one_pod_or_container_exactly_one_succeeds() {
    let store = Store::new();
    store.import_busybox("bb");
    let race = |args: &[&str]| {
        let outs: Vec<Output> = std::thread::scope(|scope| {
            let runs: Vec<_> = (0..8).map(|_| scope.spawn(|| store.skiff(args))).collect();
            runs.into_iter().map(|r| r.join().unwrap()).collect()
        });
        let won = outs.iter().filter(|o| o.code == 0).count();
        for lost in outs.iter().filter(|o| o.code != 0) {
            lost.stderr_has("no such");
        }
        assert_eq!(won, 1, "exactly one of 8 parallel `skiff {}` succeeds", args.join(" "));
    };
    for round in 0..3 {
        store.skiff(&["pod", "create", "--name", "doomed"]).ok();
        race(&["pod", "rm", "doomed"]);
        store.skiff(&["create", "--name", "doomed", "bb", "true"]).ok();
        race(&["rm", "doomed"]);
        eprintln!("round {round}: one winner each");
    }
}
