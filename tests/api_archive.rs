//! The API's container file endpoints (`archive` HEAD/GET/PUT as `docker
//! cp` uses them, `export`, `changes`), driven by the real docker CLIs
//! through DOCKER_HOST.

use crate::common;

use common::service::*;
use common::*;

/// `docker cp` both ways, a file and a directory, into a running and out
/// of a stopped container; `docker diff` and `docker export` see the copies.
#[test]
fn docker_cp_diff_and_export() {
    let store = Store::new();
    store.import_busybox("bb");
    let service = Service::start(&store, &["--time", "0"]);
    store.skiff(&["run", "-d", "--name", "box", "bb", "sleep", "1000"]).ok();
    let host = store.home.join("cp-host");
    std::fs::create_dir_all(host.join("tree/sub")).unwrap();
    std::fs::write(host.join("note.txt"), "a note\n").unwrap();
    std::fs::write(host.join("tree/sub/deep.txt"), "deep\n").unwrap();
    let chowned = std::process::Command::new("chown").args(["-R", &TEST_UID.to_string(), &host.display().to_string()]).status().expect("run chown");
    assert!(chowned.success(), "the host files belong to the test user");
    for (n, cli) in DOCKER_CLIS.iter().enumerate() {
        let docker = |args: &[&str]| service.docker_with(&store, cli, args);
        let note = host.join("note.txt").display().to_string();
        let tree = host.join("tree").display().to_string();
        // Into the container: a file under a new name, a directory into /tmp.
        let renamed = format!("box:/tmp/renamed-{n}.txt");
        docker(&["cp", &note, &renamed]).ok();
        docker(&["cp", &tree, &format!("box:/tmp/tree-{n}")]).ok();
        docker(&["exec", "box", "cat", &format!("/tmp/renamed-{n}.txt"), &format!("/tmp/tree-{n}/sub/deep.txt")]).ok().stdout_is("a note\ndeep\n");
        // -a (copyUIDGID) keeps the host file's uid and gid; without it the copy is root's.
        docker(&["cp", "-a", &note, &format!("box:/tmp/kept-{n}.txt")]).ok();
        let owners = docker(&["exec", "box", "stat", "-c", "%u", &format!("/tmp/kept-{n}.txt"), &format!("/tmp/renamed-{n}.txt")]);
        owners.ok().stdout_is(&format!("{TEST_UID}\n0\n"));
        // And back out.
        let back = host.join(format!("back-{n}"));
        docker(&["cp", &format!("box:/tmp/tree-{n}"), &back.display().to_string()]).ok();
        assert_eq!(std::fs::read_to_string(back.join("sub/deep.txt")).unwrap(), "deep\n", "docker cp copies a directory out ({cli})");
        docker(&["cp", "box:/nonexistent", &host.display().to_string()]).code(1).stderr_has("nonexistent");
    }
    service.docker(&store, &["diff", "box"]).ok().stdout_has("A /tmp/renamed-0.txt").stdout_has("C /tmp");
    store.skiff(&["stop", "-t", "0", "box"]).ok();
    // A stopped container's files are reached as well.
    let out = host.join("from-stopped.txt");
    service.docker(&store, &["cp", "box:/tmp/renamed-1.txt", &out.display().to_string()]).ok();
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "a note\n", "docker cp out of a stopped container");
    let tar = store.home.join("box.tar");
    service.docker(&store, &["export", "-o", &tar.display().to_string(), "box"]).ok();
    store.bash(&format!("tar tf {}", tar.display())).ok().stdout_has("bin/busybox").stdout_has("tmp/tree-0/sub/deep.txt");
    service.docker(&store, &["export", "nothere"]).code(1).stderr_has("No such container: nothere");
}
