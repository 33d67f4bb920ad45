//! Acceptance 6: `run -it` under a pseudo-terminal.

mod common;
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
