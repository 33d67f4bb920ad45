//! More `run` and `create` flags (issue #14, part B), through the real
//! binary as the test user.

use crate::common;
use common::*;

#[test]
fn ip_gives_the_container_that_address_on_its_network() {
    let store = Store::new();
    store.import_busybox("bb");
    store.skiff(&["network", "create", "--subnet", "10.97.21.0/24", "fixed"]).ok();
    store.skiff(&["run", "-d", "--name", "first", "--network", "fixed", "--ip", "10.97.21.40", "bb", "sleep", "60"]).ok();
    store.skiff(&["exec", "first", "ip", "-4", "-o", "addr", "show", "eth0"]).ok().stdout_has("inet 10.97.21.40/24");
    store.skiff(&["inspect", "--format", "{{.NetworkSettings.Networks.fixed.IPAddress}}", "first"]).ok().stdout_is("10.97.21.40");
    // create keeps the address for its start.
    store.skiff(&["create", "--name", "second", "--network", "fixed", "--ip", "10.97.21.41", "bb", "sleep", "60"]).ok();
    store.skiff(&["start", "second"]).ok();
    store.skiff(&["exec", "second", "ip", "-4", "-o", "addr", "show", "eth0"]).ok().stdout_has("inet 10.97.21.41/24");
    // Taken: refused when the container starts, the holder keeps it.
    store.skiff(&["run", "--rm", "--network", "fixed", "--ip", "10.97.21.40", "bb", "true"]).code(125).stderr_has("10.97.21.40 is already in use");
    store.skiff(&["exec", "first", "ip", "-4", "-o", "addr", "show", "eth0"]).ok().stdout_has("inet 10.97.21.40/24");
    // Bad input: one line naming it, exit 125, no container made.
    let before = containers_in_store(&store);
    for (args, named) in [
        (vec!["--network", "fixed", "--ip", "10.97.22.5"], "10.97.22.5"),
        (vec!["--network", "fixed", "--ip", "10.97.21.255"], "10.97.21.255"),
        (vec!["--network", "fixed", "--ip", "nonsense"], "nonsense"),
        (vec!["--network", "none", "--ip", "10.97.21.50"], "none"),
        (vec!["--ip", "10.97.21.50"], "network create"),
        (vec!["--network", "fixed", "--ip6", "fd00::5"], "no IPv6 subnet"),
    ] {
        let mut full = vec!["create"];
        full.extend(args);
        full.extend(["bb", "true"]);
        store.skiff(&full).code(125).stderr_has(named);
    }
    assert_eq!(containers_in_store(&store), before);
    store.skiff(&["rm", "-f", "first", "second"]).ok();
    assert_no_processes_left(&store);
}

#[test]
fn attach_passes_on_only_the_streams_named() {
    let store = Store::new();
    store.import_busybox("bb");
    let both = "echo to-out; echo to-err >&2";
    let out = store.skiff(&["run", "--rm", "-a", "stdout", "bb", "sh", "-c", both]);
    out.ok().stdout_is("to-out");
    out.check(!out.stderr.contains("to-err"), "-a stdout passed stderr on");
    let err = store.skiff(&["run", "--rm", "--attach", "stderr", "bb", "sh", "-c", both]);
    err.ok().stderr_has("to-err");
    err.check(!err.stdout.contains("to-out"), "-a stderr passed stdout on");
    let all = store.skiff(&["run", "--rm", "-a", "stdout", "-a", "stderr", "bb", "sh", "-c", both]);
    all.ok().stdout_is("to-out").stderr_has("to-err");
    // -i keeps standard input whatever -a names, as in podman.
    store.skiff_stdin(&["run", "--rm", "-i", "-a", "stdout", "bb", "cat"], b"typed\n").ok().stdout_is("typed");
    // start -a of a container created with -a stdout passes stdout only.
    store.skiff(&["create", "--name", "quiet", "-a", "stdout", "bb", "sh", "-c", both]).ok();
    let started = store.skiff(&["start", "-a", "quiet"]);
    started.ok().stdout_is("to-out");
    started.check(!started.stderr.contains("to-err"), "start -a passed stderr on");
    let before = containers_in_store(&store);
    store.skiff(&["run", "--rm", "-a", "stdwhat", "bb", "true"]).code(125).stderr_has("stdwhat");
    store.skiff(&["create", "-a", "stdwhat", "bb", "true"]).code(125).stderr_has("stdwhat");
    assert_eq!(containers_in_store(&store), before);
    store.skiff(&["rm", "-f", "quiet"]).ok();
}

/// Start `run --name NAME EXTRA bb` with a shell that exits 3 on SIGUSR1,
/// wait until its trap is set, and send skiff itself SIGUSR1.
fn signal_a_foreground_run(store: &Store, name: &str, extra: &[&str]) -> std::process::Child {
    let script = "trap 'echo got-usr1; exit 3' USR1; touch /ready; while :; do sleep 0.1; done";
    let mut args = vec!["run", "--name", name];
    args.extend(extra);
    args.extend(["bb", "sh", "-c", script]);
    let mut command = store.command(&skiff_bin().display().to_string(), &args);
    let child = command.stdin(std::process::Stdio::null()).stdout(std::process::Stdio::piped()).spawn().unwrap();
    wait_for("the container's trap", std::time::Duration::from_secs(30), || {
        store.skiff(&["exec", name, "test", "-e", "/ready"]).code == 0
    });
    nix::sys::signal::kill(nix::unistd::Pid::from_raw(child.id() as i32), nix::sys::signal::Signal::SIGUSR1).unwrap();
    child
}

#[test]
fn sig_proxy_passes_skiffs_signals_on_unless_false() {
    let store = Store::new();
    store.import_busybox("bb");
    let proxied = signal_a_foreground_run(&store, "proxied", &[]).wait_with_output().unwrap();
    assert_eq!(proxied.status.code(), Some(3));
    assert_eq!(String::from_utf8_lossy(&proxied.stdout).trim(), "got-usr1");
    let explicit = signal_a_foreground_run(&store, "explicit", &["--sig-proxy=true"]).wait_with_output().unwrap();
    assert_eq!(explicit.status.code(), Some(3));
    // --sig-proxy=false: the signal stays with skiff, the container runs on.
    let kept = signal_a_foreground_run(&store, "kept", &["--sig-proxy=false"]);
    std::thread::sleep(std::time::Duration::from_millis(500));
    store.skiff(&["inspect", "--format", "{{.State.Status}}", "kept"]).ok().stdout_is("running");
    store.skiff(&["kill", "kept"]).ok();
    let kept = kept.wait_with_output().unwrap();
    assert_eq!(kept.status.code(), Some(137));
    assert!(!String::from_utf8_lossy(&kept.stdout).contains("got-usr1"));
    store.skiff(&["run", "--rm", "--sig-proxy=maybe", "bb", "true"]).code(125).stderr_has("maybe");
    store.skiff(&["rm", "-f", "proxied", "explicit", "kept"]).ok();
    assert_no_processes_left(&store);
}

#[test]
fn detach_keys_of_run_and_exec() {
    let store = Store::new();
    store.import_busybox("bb");
    // "" disables detaching: the keys reach the process as typed.
    store.skiff_stdin(&["run", "--rm", "-i", "--detach-keys", "", "bb", "od", "-An", "-tx1"], b"\x10\x11").ok().stdout_has("10 11");
    store.skiff(&["run", "-d", "--name", "back", "--detach-keys", "ctrl-a,d", "bb", "sleep", "60"]).ok();
    store.skiff_stdin(&["exec", "-i", "--detach-keys=", "back", "od", "-An", "-tx1"], b"\x10\x11").ok().stdout_has("10 11");
    store.skiff(&["exec", "-d", "--detach-keys", "ctrl-x", "back", "true"]).ok();
    // Bad keys: one line, 125.
    let before = containers_in_store(&store);
    // Without a terminal there is nothing to detach from: the keys are taken, unused.
    store.skiff(&["run", "--rm", "--detach-keys", "ctrl-p,ctrl-q", "bb", "true"]).ok();
    store.skiff(&["run", "--rm", "--detach-keys", "ctrl-pp", "bb", "true"]).code(125).stderr_has("ctrl-pp");
    // A foreground exec takes them too (they detach `exec -it` on a terminal: tests/exec_detach.rs).
    store.skiff(&["exec", "--detach-keys", "ctrl-p,ctrl-q", "back", "true"]).ok();
    store.skiff(&["exec", "--detach-keys", "ctrl-pp", "back", "true"]).code(125).stderr_has("ctrl-pp");
    assert_eq!(containers_in_store(&store), before);
    store.skiff(&["rm", "-f", "back"]).ok();
    assert_no_processes_left(&store);
}
