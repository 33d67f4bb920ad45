//! Acceptance 6: `run -it` under a pseudo-terminal.

use crate::common;
use common::*;

#[test]
fn run_it_gets_a_pts_and_restores_the_terminal() {
    let store = Store::new();
    store.import_busybox("bb");
    // script(1) gives the session a pseudo-terminal; stty -g before and
    // after, in the same session, must match.
    let inner = "stty -g > stty.before; skiff run -it bb tty; echo \"rc=$?\"; stty -g > stty.after";
    let out = store.bash_input(&format!("script -qec '{inner}' /dev/null"), Input::Open);
    out.ok();
    let text = out.stdout.replace('\r', "");
    out.check(text.lines().any(|l| l.contains("/dev/pts/")), "tty in the container must print a /dev/pts/ path");
    out.check(text.lines().any(|l| l.trim() == "rc=0"), "run -it must exit 0");
    let before = std::fs::read_to_string(store.home.join("stty.before")).unwrap_or_default();
    let after = std::fs::read_to_string(store.home.join("stty.after")).unwrap_or_default();
    out.check(!before.trim().is_empty(), "stty -g printed nothing before");
    assert_eq!(before, after, "the terminal settings must be restored after run -it");
}

#[test]
fn run_t_exit_status_and_output() {
    let store = Store::new();
    store.import_busybox("bb");
    let out = store.bash_input(
        "script -qec 'skiff run --rm -t bb sh -c \"echo in-tty; exit 5\"; echo \"rc=$?\"' /dev/null",
        Input::Open,
    );
    out.ok();
    let text = out.stdout.replace('\r', "");
    out.check(text.contains("in-tty"), "the container's output must reach the terminal");
    out.check(text.lines().any(|l| l.trim() == "rc=5"), "the exit status must be the container's");
}

/// `script` giving `inner` a terminal, whose keyboard types `typed`
/// (printf's escapes) two seconds in, once the container runs.
fn typed_into_terminal(typed: &str, inner: &str) -> String {
    format!("{{ sleep 2; printf '{typed}'; sleep 3; }} | script -qec '{inner}' /dev/null")
}

/// Issue #14: on a terminal, `run -it` and `start -ai` detach with the
/// detach keys (ctrl-p,ctrl-q, or --detach-keys), printing nothing, and
/// the container runs on until `attach` comes back to it.
#[test]
fn run_it_and_start_ai_detach_with_the_detach_keys_and_attach_comes_back() {
    let store = Store::new();
    store.import_busybox("bb");
    let reader = "sh -c \"echo started; read line; echo got-\\$line; exit 3\"";
    let status = |name: &str| store.skiff(&["inspect", "--format", "{{.State.Status}}", name]).stdout.trim().to_string();

    let out = store.bash_input(&typed_into_terminal("\\020\\021", &format!("skiff run -it --name d bb {reader}; echo rc=$?")), Input::Open);
    let text = out.ok().stdout.replace('\r', "");
    out.check(text.contains("started"), "the output before detaching must reach the terminal");
    out.check(text.lines().any(|l| l.trim() == "rc=0"), "run -it must end with 0 when detached");
    out.check(!text.contains("got-"), "the container must not have read the detach keys");
    assert_eq!(status("d"), "running", "the detached container must keep running");
    let out = store.bash_input(&typed_into_terminal("hello\\r", "skiff attach d; echo rc=$?"), Input::Open);
    let text = out.ok().stdout.replace('\r', "");
    out.check(text.contains("got-hello"), "attach must reach the detached container");
    out.check(text.lines().any(|l| l.trim() == "rc=3"), "attach must end with the container's status");

    // Other keys, with --rm: detached, the container is kept until it exits.
    let out = store.bash_input(&typed_into_terminal("\\001d", &format!("skiff run --rm -it --detach-keys ctrl-a,d --name other bb {reader}; echo rc=$?")), Input::Open);
    out.ok().check(out.stdout.replace('\r', "").lines().any(|l| l.trim() == "rc=0"), "run -it --detach-keys ctrl-a,d must detach");
    assert_eq!(status("other"), "running");
    store.skiff(&["rm", "-f", "-t", "0", "other"]).ok();

    store.skiff(&["create", "-it", "--name", "s", "bb", "sh", "-c", "echo started; read line; echo got-$line"]).ok();
    let out = store.bash_input(&typed_into_terminal("\\020\\021", "skiff start -ai s; echo rc=$?"), Input::Open);
    let text = out.ok().stdout.replace('\r', "");
    out.check(text.contains("started") && text.lines().any(|l| l.trim() == "rc=0"), "start -ai must detach with ctrl-p,ctrl-q");
    assert_eq!(status("s"), "running");
    store.skiff(&["rm", "-f", "-t", "0", "s"]).ok();
    assert_no_processes_left(&store);
}
