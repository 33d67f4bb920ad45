//! Acceptance 3: exit statuses as docker and podman give them.

use crate::common;
use common::*;

#[test]
fn exit_status_is_the_containers() {
    let store = Store::new();
    store.import_busybox("bb");
    store.skiff(&["run", "--rm", "bb", "sh", "-c", "exit 7"]).code(7);
    store.skiff(&["run", "--rm", "bb", "true"]).code(0);
    store.skiff(&["run", "--rm", "bb", "false"]).code(1);
}

#[test]
fn command_not_found_exits_127() {
    let store = Store::new();
    store.import_busybox("bb");
    let out = store.skiff(&["run", "--rm", "bb", "nosuchcmd"]);
    out.code(127).stderr_has("nosuchcmd");
}

#[test]
fn command_not_executable_exits_126() {
    let store = Store::new();
    store.import_busybox("bb");
    // /etc/passwd exists but is not executable.
    store.skiff(&["run", "--rm", "bb", "/etc/passwd"]).code(126);
}

#[test]
fn missing_image_exits_125_with_a_one_line_error() {
    let store = Store::new();
    store.import_busybox("bb");
    // --pull=never: by default both engines would try a registry first.
    let out = store.skiff(&["run", "--rm", "--pull=never", "nosuchimage"]);
    out.code(125);
    let lines: Vec<&str> = out.stderr.lines().filter(|l| !l.trim().is_empty()).collect();
    out.check(lines.len() == 1, "the error must be one line");
    out.check(lines[0].starts_with("Error: "), "the error must start with `Error: `");
    out.check(lines[0].contains("nosuchimage"), "the error must name the image");
    out.check(out.stdout.trim().is_empty(), "nothing on stdout");
}

/// A flag skiff does not know, or a value it does not accept, is a bad
/// input like any other: exit 125 and one line naming it.
#[test]
fn bad_flags_exit_125_with_a_one_line_error() {
    let store = Store::new();
    for (args, named) in [
        (vec!["run", "--no-such-flag", "bb", "true"], "--no-such-flag"),
        (vec!["build", "--format", "bogus", "."], "bogus"),
        (vec!["run"], "<IMAGE>"),
        (vec!["network", "nosuchverb"], "nosuchverb"),
    ] {
        let out = store.skiff(&args);
        out.code(125);
        let lines: Vec<&str> = out.stderr.lines().filter(|l| !l.trim().is_empty()).collect();
        out.check(lines.len() == 1 && lines[0].starts_with("Error: "), "the error must be one line starting with `Error: `");
        out.check(lines[0].contains(named), &format!("the error must name {named}"));
    }
}

/// podman and docker exit 125 when exec names no container (skiff exited 1).
#[test]
fn exec_into_a_missing_container_exits_125() {
    let store = Store::new();
    let out = store.skiff(&["exec", "nosuchcontainer", "true"]);
    out.code(125).stderr_has("no container with name or ID \"nosuchcontainer\" found: no such container");
    let lines: Vec<&str> = out.stderr.lines().filter(|l| !l.trim().is_empty()).collect();
    out.check(lines.len() == 1, "the error must be one line");
}
