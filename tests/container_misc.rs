//! `container runlabel` and `container cleanup --exec`, through the real
//! binary.

use crate::common;
use common::*;

/// The image's label is the command run, podman in it being skiff itself
/// on the same store, with IMAGE, NAME, $OPT1 and extra arguments put in.
#[test]
fn runlabel_runs_displays_and_replaces() {
    let store = Store::new();
    let fixtures = fixtures();
    store.import(
        &fixtures.busybox_rootfs,
        "labelled",
        &[
            "LABEL run=\"podman run --rm --name NAME IMAGE echo hello-from-$NAME\"",
            "LABEL install=\"echo installing IMAGE NAME=NAME $OPT1\"",
            "LABEL detached=\"podman run -d --name NAME IMAGE sleep 300\"",
        ],
    );
    store
        .skiff(&["container", "runlabel", "--display", "run", "labelled"])
        .ok()
        .stdout_is("command: skiff run --rm --name labelled localhost/labelled:latest echo hello-from-labelled");
    store.skiff(&["container", "runlabel", "run", "labelled"]).ok().stdout_is("hello-from-labelled");
    // The label's name in any case, --name for NAME, extra arguments appended, --opt1 for $OPT1.
    store
        .skiff(&["container", "runlabel", "--name", "other", "--opt1", "first", "INSTALL", "localhost/labelled", "more", "args"])
        .ok()
        .stdout_is("installing localhost/labelled:latest NAME=other first more args");
    // --replace removes the container the command names first.
    store.skiff(&["container", "runlabel", "detached", "labelled"]).ok();
    store.skiff(&["container", "runlabel", "detached", "labelled"]).code(125).stderr_has("already in use");
    let before = store.skiff(&["inspect", "--format", "{{.Id}}", "labelled"]).ok().stdout.trim().to_string();
    store.skiff(&["container", "runlabel", "--replace", "detached", "labelled"]).ok();
    let after = store.skiff(&["inspect", "--format", "{{.Id}}", "labelled"]).ok().stdout.trim().to_string();
    assert_ne!(before, after, "--replace must make a new container");
    store.skiff(&["rm", "-f", "-t", "0", "labelled"]).ok();
    // The command's own exit status.
    store.import(&fixtures.busybox_rootfs, "failing", &["LABEL run=\"podman run --rm IMAGE sh -c 'exit 3'\""]);
    store.skiff(&["container", "runlabel", "run", "failing"]).code(3);
    // No such label, no such image: one line, 125.
    store.skiff(&["container", "runlabel", "uninstall", "labelled"]).code(125).stderr_has("cannot find the value of label: uninstall in image: labelled");
    store.skiff(&["container", "runlabel", "--tls-verify=false", "run", "127.0.0.1:9/absent:latest"]).code(125).stderr_has("127.0.0.1:9/absent");
    assert_no_processes_left(&store);
}

/// skiff keeps no exec sessions: podman's error for an unknown one, and
/// its refusals of --exec with --all, --rmi or several containers.
#[test]
fn cleanup_exec_session() {
    let store = Store::new();
    store.import_busybox("bb");
    store.skiff(&["create", "--name", "c1", "bb", "true"]).ok();
    store.skiff(&["create", "--name", "c2", "bb", "true"]).ok();
    let id = store.skiff(&["inspect", "--format", "{{.Id}}", "c1"]).ok().stdout.trim().to_string();
    store.skiff(&["container", "cleanup", "--exec", "abc123", "c1"]).code(125).stderr_has(&format!("container {id} has no exec session with ID abc123"));
    store.skiff(&["container", "cleanup", "--exec", "abc123", "--rm", "-l"]).code(125).stderr_has("no such exec session");
    store.skiff(&["container", "cleanup", "--exec", "abc123", "--all"]).code(125).stderr_has("exec and all options conflict");
    store.skiff(&["container", "cleanup", "--exec", "abc123", "--rm", "--rmi", "c1"]).code(125).stderr_has("exec and rmi options conflict");
    store.skiff(&["container", "cleanup", "--exec", "abc123", "c1", "c2"]).code(125).stderr_has("more than one container");
    store.skiff(&["container", "cleanup", "--exec", "abc123", "nosuch"]).code(125).stderr_has("nosuch");
    store.skiff(&["container", "exists", "c1"]).ok();
}
