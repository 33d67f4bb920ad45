//! More `run` and `create` flags (issue #14): `--rootfs DIR[:O]`, a
//! directory of the user's used as the container's root file system in
//! place of an image, through the real binary as the test user.

use crate::common;
use common::*;
use std::path::{Path, PathBuf};

/// The busybox root file system unpacked by the store's user into HOME/NAME,
/// with /etc/marker added: a directory no image store knows.
fn exploded_rootfs(store: &Store, name: &str) -> PathBuf {
    let tarball = fixtures().busybox_rootfs.display().to_string();
    store.bash(&format!("mkdir {name} && tar -xf {tarball} -C {name} 2>/dev/null; echo from-the-directory > {name}/etc/marker")).ok();
    let dir = store.home.join(name);
    assert!(dir.join("bin/busybox").exists(), "busybox unpacked into {}", dir.display());
    dir
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()))
}

/// The paths an `export` tarball holds.
fn exported_paths(store: &Store, container: &str) -> Vec<String> {
    let out = store.bash(&format!("skiff export {container} | tar -t"));
    out.ok().lines().into_iter().map(|l| l.trim_start_matches("./").trim_end_matches('/').to_string()).collect()
}

/// Without `:O` the container runs on the directory itself: its writes land
/// there, inspect shows no image and the directory as Rootfs (as podman),
/// export reads it, commit is refused as podman refuses it, and rm leaves
/// the directory alone.
#[test]
fn rootfs_runs_a_container_on_the_users_directory() {
    let store = Store::new();
    let dir = exploded_rootfs(&store, "rootfs");
    let shown = dir.display().to_string();
    // A relative path is the directory under the current one (HOME here).
    store.skiff(&["create", "--name", "plain", "--rootfs", "rootfs", "sh", "-c", "cat /etc/marker; echo written > /written"]).ok();
    store.skiff(&["inspect", "--format", "{{.Image}}|{{.ImageName}}|{{.Rootfs}}|{{.Config.Image}}", "plain"]).ok().stdout_is(&format!("||{shown}|"));
    store.skiff(&["ps", "-a", "--format", "{{.Names}}|{{.Image}}"]).ok().stdout_is("plain|");
    store.skiff(&["start", "-a", "plain"]).ok().stdout_is("from-the-directory");
    assert_eq!(read(&dir.join("written")), "written\n", "the container wrote into the directory");

    assert!(exported_paths(&store, "plain").iter().any(|p| p == "written"), "export reads the directory");
    store.skiff(&["commit", "plain", "committed"]).code(125).stderr_has("cannot commit a container that uses an exploded rootfs");
    store.skiff(&["images", "-q"]).ok().stdout_is("");

    // The directory is the container's: what an image would hold is there.
    store.skiff(&["run", "--rm", "--rootfs", &shown, "cat", "/written"]).ok().stdout_is("written");
    store.skiff(&["container", "clone", "plain", "cloned"]).ok();
    store.skiff(&["inspect", "--format", "{{.Rootfs}}", "cloned"]).ok().stdout_is(&shown);
    store.skiff(&["rm", "plain", "cloned"]).ok();
    assert_eq!(read(&dir.join("etc/marker")), "from-the-directory\n", "rm leaves the directory alone");
    assert!(dir.join("bin/busybox").exists(), "rm leaves the directory alone");
    store.skiff(&["system", "check"]).ok();
    assert_no_processes_left(&store);
}

/// `DIR:O` mounts the directory under an overlay: the container sees its
/// files and may change them, but the changes go to the container's own
/// layer, which each start begins afresh; the directory never changes.
#[test]
fn rootfs_with_o_keeps_the_directory_unchanged() {
    for driver in ["", "copy"] {
        let store = if driver.is_empty() { Store::new() } else { Store::new().with_driver(driver) };
        let dir = exploded_rootfs(&store, "rootfs");
        let overlaid = format!("{}:O", dir.display());
        store
            .skiff(&["run", "--rm", "--rootfs", &overlaid, "sh", "-c", "echo changed > /etc/marker; rm /etc/group; echo new > /added; cat /etc/marker"])
            .ok()
            .stdout_is("changed");
        assert_eq!(read(&dir.join("etc/marker")), "from-the-directory\n", "[{driver}] the directory's file is unchanged");
        assert!(dir.join("etc/group").exists(), "[{driver}] a file removed in the container stays in the directory");
        assert!(!dir.join("added").exists(), "[{driver}] a file the container made is not in the directory");

        let script = "cat /added 2>/dev/null || echo fresh; echo again > /added";
        store.skiff(&["create", "--name", "layered", "--rootfs", &overlaid, "sh", "-c", script]).ok();
        store.skiff(&["inspect", "--format", "{{.Image}}|{{.Rootfs}}", "layered"]).ok().stdout_is(&format!("|{}", dir.display()));
        store.skiff(&["start", "-a", "layered"]).ok().stdout_is("fresh");
        store.skiff(&["start", "-a", "layered"]).ok().stdout_is("fresh");
        assert!(exported_paths(&store, "layered").iter().any(|p| p == "etc/marker"), "[{driver}] export reads the overlaid directory");
        if driver.is_empty() {
            store.skiff(&["diff", "layered"]).ok().stdout_has("A /added");
        }
        store.skiff(&["commit", "layered", "committed"]).code(125).stderr_has("exploded rootfs");
        store.skiff(&["rm", "layered"]).ok();
        assert!(!dir.join("added").exists() && dir.join("bin/busybox").exists(), "[{driver}] the directory is as it was");
        assert_no_processes_left(&store);
    }
}

/// Bad directories and what a directory cannot give: one line, exit 125,
/// no container made.
#[test]
fn rootfs_refusals() {
    let store = Store::new();
    let dir = exploded_rootfs(&store, "rootfs");
    let file = store.write_file("afile", "not a directory\n");
    let before = containers_in_store(&store);
    for (args, message) in [
        (vec!["--rootfs", "/nonexistent/rootfs", "true"], "/nonexistent/rootfs"),
        (vec!["--rootfs", file.to_str().unwrap(), "true"], "not a directory"),
        // No image, so no CMD or ENTRYPOINT to fall back on.
        (vec!["--rootfs", dir.to_str().unwrap()], "no command or entrypoint provided"),
    ] {
        let mut full = vec!["create"];
        full.extend(args);
        store.skiff(&full).code(125).stderr_has(message);
    }
    assert_eq!(containers_in_store(&store), before);
}
