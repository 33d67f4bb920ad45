//! Acceptance 4 and 7: containers are isolated from each other, `--rm`
//! cleans up, `ps -a` and `rm` manage the others, parallel runs share a
//! store.

use crate::common;
use common::*;

/// A file written in one container is not seen by the next one.
#[test]
fn a_file_written_in_one_container_is_not_seen_by_the_next() {
    let store = Store::new();
    store.import_busybox("bb");
    // Kept (no --rm), so its files stay in the store while the next runs.
    store
        .skiff(&[
            "run",
            "--name",
            "writer",
            "bb",
            "sh",
            "-c",
            "echo hello > /tmp/marker && echo hi > /etc/marker && cat /tmp/marker",
        ])
        .ok()
        .stdout_is("hello");
    store
        .skiff(&[
            "run",
            "--rm",
            "bb",
            "sh",
            "-c",
            "ls -a /tmp /etc; test ! -e /tmp/marker && test ! -e /etc/marker && echo clean",
        ])
        .ok()
        .stdout_has("clean");
    store.skiff(&["rm", "writer"]).ok();
}

/// `--rm` leaves nothing behind in the containers or runtime directory.
#[test]
fn run_rm_leaves_nothing_behind() {
    let store = Store::new();
    store.import_busybox("bb");
    let before = store.snapshot();
    store.skiff(&["run", "--rm", "bb", "sh", "-c", "echo data > /tmp/f"]).ok();
    store.skiff(&["run", "--rm", "bb", "sh", "-c", "exit 3"]).code(3);
    store.skiff(&["run", "--rm", "--name", "named", "bb", "true"]).ok();
    store.skiff(&["run", "--rm", "bb", "nosuchcmd"]).code(127);
    store.skiff(&["ps", "-a", "-q"]).ok().stdout_is("");
    if !is_podman() {
        let after = store.snapshot();
        assert_eq!(traces_left(&before, &after), Vec::<String>::new(), "--rm left these behind");
        assert_eq!(containers_in_store(&store), Vec::<String>::new(), "--rm left a container behind");
    }
    // The name is free again.
    store.skiff(&["run", "--rm", "--name", "named", "bb", "true"]).ok();
}

/// Without `--rm` the container shows in `ps -a` as Exited (7); `rm` removes it.
#[test]
fn exited_container_shows_in_ps_a_and_rm_removes_it() {
    let store = Store::new();
    store.import_busybox("bb");
    store.skiff(&["run", "--name", "seven", "bb", "sh", "-c", "exit 7"]).code(7);

    let ps = store.skiff(&["ps", "-a"]);
    ps.ok();
    let lines = ps.lines();
    let header: Vec<&str> =
        lines.first().map(|h| h.split("  ").map(str::trim).filter(|c| !c.is_empty()).collect()).unwrap_or_default();
    ps.check(
        header == ["CONTAINER ID", "IMAGE", "COMMAND", "CREATED", "STATUS", "PORTS", "NAMES"],
        "ps must print podman's columns",
    );
    let row = lines.iter().find(|l| l.trim_end().ends_with("seven")).unwrap_or_else(|| ps.fail("no row for `seven`"));
    ps.check(row.contains("Exited (7)"), "the status must read `Exited (7) ... ago`");
    ps.check(row.contains(BB), "the row must show the image name");
    let id = row.split_whitespace().next().unwrap();
    ps.check(id.len() == 12 && id.bytes().all(|b| b.is_ascii_hexdigit()), "the row must start with the 12-hex id");

    // Not running: plain `ps` does not show it.
    store.skiff(&["ps", "-q"]).ok().stdout_is("");
    store.skiff(&["ps", "-a", "-q"]).ok().stdout_is(id);

    let json = store.skiff(&["ps", "-a", "--format", "json"]);
    json.ok();
    let v: serde_json::Value =
        serde_json::from_str(&json.stdout).unwrap_or_else(|e| json.fail(&format!("not JSON: {e}")));
    let c = &v.as_array().unwrap_or_else(|| json.fail("not a JSON array"))[0];
    json.check(c["Names"] == serde_json::json!(["seven"]), "Names must be [\"seven\"]");
    json.check(c["ExitCode"] == 7, "ExitCode must be 7");
    json.check(c["State"] == "exited", "State must be exited");
    json.check(c["Id"].as_str().map(|s| s.len() == 64 && s.starts_with(id)).unwrap_or(false), "Id must be the full id");

    store.skiff(&["rm", "seven"]).ok();
    store.skiff(&["ps", "-a", "-q"]).ok().stdout_is("");
    let out = store.skiff(&["rm", "seven"]);
    out.check(out.code != 0, "removing a removed container must fail").stderr_has("Error: ");
}

/// `run` without `--rm`, then `rm` by id, leaves the containers dir empty.
#[test]
fn run_then_rm_leaves_the_containers_dir_empty() {
    let store = Store::new();
    store.import_busybox("bb");
    let before = store.snapshot();
    store.skiff(&["run", "bb", "sh", "-c", "echo x > /tmp/x; mkdir -p /var/a/b; chmod 000 /var/a"]).ok();
    store.skiff(&["run", "bb", "true"]).ok();
    let ids = store.skiff(&["ps", "-a", "-q"]).ok().lines();
    assert_eq!(ids.len(), 2, "two containers expected, got {ids:?}");
    let mut rm = vec!["rm".to_string()];
    rm.extend(ids);
    store.skiff(&rm).ok();
    store.skiff(&["ps", "-a", "-q"]).ok().stdout_is("");
    if !is_podman() {
        assert_eq!(containers_in_store(&store), Vec::<String>::new(), "rm left a container behind");
        assert_eq!(traces_left(&before, &store.snapshot()), Vec::<String>::new(), "rm left these behind");
    }
}

/// `rmi` refuses an image a container uses; after `rm` it succeeds.
#[test]
fn rmi_refuses_an_image_in_use() {
    let store = Store::new();
    let id = store.import_busybox("bb");
    store.skiff(&["run", "--name", "user1", "bb", "true"]).ok();
    let out = store.skiff(&["rmi", "bb"]);
    out.check(out.code != 0, "rmi of an image in use must fail");
    out.stderr_has("Error: ");
    out.check(
        out.stderr.contains("in use") || out.stderr.contains("used by"),
        "the error must say the image is in use",
    );
    store.skiff(&["images", "-q"]).ok().stdout_is(&id[..12]);
    store.skiff(&["run", "--rm", "bb", "true"]).ok();
    store.skiff(&["rm", "user1"]).ok();
    store.skiff(&["rmi", "bb"]).ok();
    store.skiff(&["images", "-q"]).ok().stdout_is("");
}

/// Acceptance 7: two runs at once from the same store both succeed.
#[test]
fn two_runs_in_parallel_from_the_same_store() {
    let store = Store::new();
    store.import_busybox("bb");
    let (a, b) = std::thread::scope(|s| {
        let a = s.spawn(|| store.skiff(&["run", "--rm", "bb", "sh", "-c", "sleep 1; echo one"]));
        let b = s.spawn(|| store.skiff(&["run", "--rm", "bb", "sh", "-c", "sleep 1; echo two"]));
        (a.join().unwrap(), b.join().unwrap())
    });
    a.ok().stdout_is("one");
    b.ok().stdout_is("two");
    // Two kept containers at once get two different generated names.
    let (c, d) = std::thread::scope(|s| {
        let c = s.spawn(|| store.skiff(&["run", "bb", "true"]));
        let d = s.spawn(|| store.skiff(&["run", "bb", "true"]));
        (c.join().unwrap(), d.join().unwrap())
    });
    c.ok();
    d.ok();
    let ps = store.skiff(&["ps", "-a", "-q"]);
    ps.ok().check(ps.lines().len() == 2, "both containers must be listed");
}

/// Tools tell they run in a container from podman's /run/.containerenv and
/// docker's empty /.dockerenv; skiff writes both per container, with
/// podman's fields, and they are no change of the container's.
#[test]
fn containers_have_a_containerenv_and_a_dockerenv() {
    let store = Store::new();
    let image_id = store.import_busybox("bb");
    let script = "cat /run/.containerenv; stat -c 'dockerenv %s bytes' /.dockerenv";
    let id = store.skiff(&["create", "--name", "envy", "bb", "sh", "-c", script]).ok().stdout.trim().to_string();
    let out = store.skiff(&["start", "-a", "envy"]);
    out.ok().stdout_has("dockerenv 0 bytes");
    if !is_podman() {
        let want = format!(
            "engine=\"skiff-{}\"\nname=\"envy\"\nid=\"{id}\"\nimage=\"{BB}\"\nimageid=\"{image_id}\"\nrootless=1\ndockerenv 0 bytes",
            env!("CARGO_PKG_VERSION")
        );
        out.stdout_is(&want);
    }
    let diff = store.skiff(&["diff", "envy"]);
    diff.ok().check(!diff.stdout.contains("env"), "the files are no change of the container's");
    store.skiff(&["run", "-d", "--name", "live", "bb", "sleep", "1000"]).ok();
    store.skiff(&["exec", "live", "grep", "-c", "name=\"live\"", "/run/.containerenv"]).ok().stdout_is("1");
    store.skiff(&["rm", "-a", "-f"]).ok();
}
