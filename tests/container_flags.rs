//! Container command flags of issue 14 that were refused before: stop and
//! restart --signal, the global --debug and --config, and the precise
//! reasons for what skiff cannot honour. One store and image for the file.

use crate::common;
use common::*;
use std::sync::OnceLock;
use std::time::Duration;

fn store() -> &'static Store {
    static STORE: OnceLock<Store> = OnceLock::new();
    STORE.get_or_init(|| {
        let store = Store::new();
        store.import_busybox("bb");
        store
    })
}

/// A shell that exits 10 on SIGUSR1 and ignores SIGTERM (it is pid 1).
const USR1_EXITS: &str = "trap 'echo got usr1; exit 10' USR1; while true; do sleep 0.1; done";

#[test]
fn stop_and_restart_send_the_signal_given_with_signal() {
    let store = store();
    store.skiff(&["run", "-d", "--name", "usr1", "bb", "sh", "-c", USR1_EXITS]).ok();
    std::thread::sleep(Duration::from_millis(300));
    // restart --signal USR1: the shell exits 10 on it and runs again.
    store.skiff(&["restart", "--signal", "USR1", "--timeout", "20", "usr1"]).ok().stdout_is("usr1");
    store.skiff(&["logs", "usr1"]).ok().stdout_has("got usr1");
    store.skiff(&["inspect", "--format", "{{.State.Status}}", "usr1"]).ok().stdout_is("running");
    std::thread::sleep(Duration::from_millis(300));
    // stop -s USR1: exit code 10 (SIGTERM would be ignored, and the
    // timeout's SIGKILL would give 137).
    store.skiff(&["stop", "-s", "SIGUSR1", "-t", "20", "usr1"]).ok().stdout_is("usr1");
    store.skiff(&["wait", "usr1"]).ok().stdout_is("10");
    // A signal skiff does not know is refused before anything is stopped.
    store.skiff(&["start", "usr1"]).ok();
    store.skiff(&["stop", "--signal", "NOSUCH", "usr1"]).code(125).stderr_has("--signal NOSUCH");
    store.skiff(&["inspect", "--format", "{{.State.Status}}", "usr1"]).ok().stdout_is("running");
    store.skiff(&["rm", "-f", "-t", "0", "usr1"]).ok();
}

#[test]
fn debug_prints_debug_messages_as_log_level_debug() {
    let store = store();
    let out = store.skiff(&["-D", "ps", "-a"]);
    out.ok().stderr_has("Called");
    let out = store.skiff(&["ps", "-a"]);
    out.ok().check(!out.stderr.contains("Called"), "without -D no debug messages");
}

#[test]
fn config_names_the_docker_config_directory_credentials_come_from() {
    let store = store();
    let config = store.write_file("dockercfg/config.json", r#"{"auths":{"localhost:5999":{"auth":"Ym9iOnB3"}}}"#);
    let dir = config.parent().unwrap().to_str().unwrap().to_string();
    store.skiff(&["--config", &dir, "login", "--get-login", "localhost:5999"]).ok().stdout_is("bob");
    store.skiff(&["login", "--get-login", "localhost:5999"]).code(125).stderr_has("not logged into");
}

#[test]
fn what_skiff_cannot_honour_is_refused_with_its_reason() {
    let store = store();
    store.skiff(&["--namespace", "ns1", "ps"]).code(125).stderr_has("--namespace").stderr_has("--root");
    // docker's links are honoured now (tests/links.rs); a bad link name is
    // still one line.
    store.skiff(&["rm", "--link", "x"]).code(125).stderr_has("not a link name");
    store.skiff(&["run", "--link-local-ip", "169.254.1.1", "bb", "true"]).code(125).stderr_has("--link-local-ip");
    store.skiff(&["start", "--checkpoint", "cp1", "x"]).code(125).stderr_has("CRIU");
}
