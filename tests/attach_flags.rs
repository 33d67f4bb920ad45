//! Issue #14: the flags of `attach` and `compose attach` for signals
//! (`--sig-proxy`), as podman 4.3.1 and docker compose v2 have them.

use crate::common;
use common::*;

/// A container's command that reports the signals it gets: USR1 is
/// echoed, TERM is echoed and ends it with status 7.
const TRAPPER: &str = "trap 'echo got-usr1' USR1; trap 'echo got-term; exit 7' TERM; echo ready; while true; do sleep 0.1; done";

/// A script that attaches with `attach` (a command line), sends it
/// `signals` one by one and prints "rc=" with its exit status, then its output.
fn attach_and_signal(attach: &str, signals: &[&str]) -> String {
    let kills: String = signals.iter().map(|s| format!("kill -{s} $pid; sleep 0.5; ")).collect();
    // The client blocks the signals it passes on as it starts: give it a second.
    format!("true; {attach} > attached.txt 2>&1 & pid=$!; sleep 1; {kills}wait $pid; echo rc=$?; cat attached.txt")
}

#[test]
fn attach_passes_signals_on_unless_sig_proxy_is_false() {
    require_host();
    let store = Store::new();
    store.import_busybox("bb");
    store.skiff(&["run", "-d", "--name", "trapper", "bb", "sh", "-c", TRAPPER]).ok();
    wait_for("the container's traps", std::time::Duration::from_secs(10), || store.skiff(&["logs", "trapper"]).stdout.contains("ready"));

    // --sig-proxy=false: the signal is skiff's own (USR1 ends it), the container never sees it.
    let out = store.bash(&attach_and_signal("skiff attach --no-stdin --sig-proxy=false trapper", &["USR1"]));
    out.ok().stdout_has("rc=138");
    std::thread::sleep(std::time::Duration::from_millis(500));
    let logs = store.skiff(&["logs", "trapper"]);
    logs.check(!logs.stdout.contains("got-usr1"), "--sig-proxy=false must not pass USR1 on");
    store.skiff(&["inspect", "--format", "{{.State.Status}}", "trapper"]).ok().stdout_has("running");

    // By default (and with --sig-proxy): the container gets each signal, and
    // attach ends with its status when TERM ends it.
    let out = store.bash(&attach_and_signal("skiff attach --no-stdin --sig-proxy trapper", &["USR1", "TERM"]));
    out.ok().stdout_has("rc=7").stdout_has("got-usr1").stdout_has("got-term");
    store.skiff(&["inspect", "--format", "{{.State.Status}}", "trapper"]).ok().stdout_has("exited");

    store.skiff(&["start", "trapper"]).ok();
    wait_for("the restarted container's traps", std::time::Duration::from_secs(10), || {
        store.skiff(&["logs", "trapper"]).stdout.matches("ready").count() == 2
    });
    let out = store.bash(&attach_and_signal("skiff attach --no-stdin trapper", &["TERM"]));
    out.ok().stdout_has("rc=7").stdout_has("got-term");
    store.skiff(&["attach", "--sig-proxy=maybe", "trapper"]).code(125).stderr_has("--sig-proxy");
    store.skiff(&["rm", "-f", "trapper"]).ok();
    assert_no_processes_left(&store);
}

#[test]
fn compose_attach_passes_signals_on_unless_sig_proxy_is_false() {
    require_host();
    let store = Store::new();
    store.import_busybox("bb");
    store.write_file("app/compose.yaml", &format!("services:\n  web:\n    image: localhost/bb\n    command: [sh, -c, {TRAPPER:?}]\n"));
    in_dir(&store, "app", "skiff compose up -d").ok();
    wait_for("the service's traps", std::time::Duration::from_secs(10), || in_dir(&store, "app", "skiff compose logs web").stdout.contains("ready"));

    let out = in_dir(&store, "app", &attach_and_signal("skiff compose attach --no-stdin --sig-proxy=false web", &["USR1"]));
    out.ok().stdout_has("rc=138");
    std::thread::sleep(std::time::Duration::from_millis(500));
    let logs = in_dir(&store, "app", "skiff compose logs web");
    logs.check(!logs.stdout.contains("got-usr1"), "--sig-proxy=false must not pass USR1 on");

    let out = in_dir(&store, "app", &attach_and_signal("skiff compose attach --no-stdin web", &["USR1", "TERM"]));
    out.ok().stdout_has("rc=7").stdout_has("got-usr1").stdout_has("got-term");
    in_dir(&store, "app", "skiff compose down -t 0").ok();
    assert_no_processes_left(&store);
}
