//! A foreground `exec -it` on a terminal detaches with the detach keys
//! (issue 14), as `run -it` does: skiff exits 0 at once and the process
//! runs on in the container; `--detach-keys` chooses other keys, `""` none,
//! and without a terminal nothing detaches. `compose exec` on a terminal
//! (issue 16) detaches the same way, on the default keys.

use crate::common;

use common::terminal::Terminal;
use common::*;
use std::time::{Duration, Instant};

/// The processes that keep a detached exec's terminal for an `exec` of
/// `container` (the keeper's command line is the skiff command's).
fn terminal_keepers(container: &str) -> Vec<i32> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir("/proc").unwrap().flatten() {
        let Ok(pid) = entry.file_name().to_string_lossy().parse::<i32>() else { continue };
        let comm = std::fs::read_to_string(entry.path().join("comm")).unwrap_or_default();
        let cmdline = std::fs::read(entry.path().join("cmdline")).unwrap_or_default();
        let args: Vec<String> = cmdline.split(|b| *b == 0).map(|a| String::from_utf8_lossy(a).into_owned()).collect();
        if comm.trim() == "skiff-exec-pty" && args.iter().any(|a| a == container) {
            found.push(pid);
        }
    }
    found
}

fn processes(store: &Store, container: &str) -> String {
    store.skiff(&["exec", container, "ps", "-o", "args"]).ok().stdout.clone()
}

/// Run `skiff EXEC sh -c SCRIPT` (EXEC: an exec of `container` with a
/// terminal) under a terminal, type a line and then ctrl-p,ctrl-q: skiff
/// exits 0 at once and the process runs on to its end; its terminal's
/// keeper (whose command line has `keeper_arg`) exits with it.
fn detach_with_ctrl_p_ctrl_q(store: &Store, exec: &str, container: &str, keeper_arg: &str) {
    let script = "echo ready; read line; echo got-$line; sleep 3; echo $line > /detached";
    let mut terminal = Terminal::start(store, &format!("{exec} sh -c '{script}'"));
    terminal.wait_for_text("ready");
    // What is typed before the keys reaches the process.
    terminal.type_keys(b"typed\n");
    terminal.wait_for_text("got-typed");
    let typed = Instant::now();
    terminal.type_keys(b"\x10\x11");
    let code = terminal.exit_within(Duration::from_secs(5));
    assert_eq!(code, Some(0), "skiff {exec} exits 0 at once on ctrl-p,ctrl-q; the terminal shows {:?}", terminal.screen());
    assert!(typed.elapsed() < Duration::from_secs(3), "skiff {exec} left before the process ended: {:?}", typed.elapsed());
    let ps = processes(store, container);
    assert!(ps.contains("sleep 3"), "the process runs on after detaching:\n{ps}");
    // Not stopped or hung up: it finishes its work.
    wait_for("the detached process's file", Duration::from_secs(15), || store.skiff(&["exec", container, "cat", "/detached"]).code == 0);
    store.skiff(&["exec", container, "cat", "/detached"]).ok().stdout_is("typed\n");
    wait_for("the terminal's keeper to exit with the process", Duration::from_secs(10), || terminal_keepers(keeper_arg).is_empty());
}

#[test]
fn ctrl_p_ctrl_q_detach_a_foreground_exec_and_the_process_runs_on() {
    let store = Store::new();
    store.import_busybox("bb");
    store.skiff(&["run", "-d", "--name", "exdk-default", "bb", "sleep", "300"]).ok();
    detach_with_ctrl_p_ctrl_q(&store, "exec -it exdk-default", "exdk-default", "exdk-default");
    store.skiff(&["rm", "-f", "-t", "0", "exdk-default"]).ok();
}

#[test]
fn detach_keys_choose_other_keys_or_none() {
    let store = Store::new();
    store.import_busybox("bb");
    store.skiff(&["run", "-d", "--name", "exdk-keys", "bb", "sleep", "300"]).ok();
    // ctrl-x detaches; ctrl-p,ctrl-q are typed input then.
    let mut terminal = Terminal::start(&store, "exec -it --detach-keys ctrl-x exdk-keys sh -c 'echo ready; read line; echo got-line; sleep 3; touch /detached-x'");
    terminal.wait_for_text("ready");
    terminal.type_keys(b"\x10\x11\n");
    terminal.wait_for_text("got-line");
    assert_eq!(terminal.exit_within(Duration::from_millis(300)), None, "ctrl-p,ctrl-q do not detach with --detach-keys ctrl-x");
    terminal.type_keys(b"\x18");
    assert_eq!(terminal.exit_within(Duration::from_secs(5)), Some(0), "ctrl-x detaches; the terminal shows {:?}", terminal.screen());
    wait_for("the detached process's file", Duration::from_secs(15), || store.skiff(&["exec", "exdk-keys", "ls", "/detached-x"]).code == 0);
    wait_for("the terminal's keeper to exit with the process", Duration::from_secs(10), || terminal_keepers("exdk-keys").is_empty());

    // "": nothing detaches; skiff waits for the process and returns its code.
    let mut terminal = Terminal::start(&store, "exec -it --detach-keys '' exdk-keys sh -c 'echo ready; read line; echo got-line; exit 7'");
    terminal.wait_for_text("ready");
    terminal.type_keys(b"\x10\x11\n");
    assert_eq!(terminal.exit_within(Duration::from_secs(10)), Some(7), "with --detach-keys \"\" the process ends the exec: {:?}", terminal.screen());
    assert!(terminal.screen().contains("got-line"), "the keys reached the process: {:?}", terminal.screen());
    // Without detaching, no keeper stays behind skiff.
    wait_for("the unused keeper to exit with skiff", Duration::from_secs(5), || terminal_keepers("exdk-keys").is_empty());

    store.skiff(&["exec", "-it", "--detach-keys", "ctrl-pp", "exdk-keys", "true"]).code(125).stderr_has("--detach-keys");
    store.skiff(&["rm", "-f", "-t", "0", "exdk-keys"]).ok();
}

/// Without a terminal the keys are data like any other.
#[test]
fn without_a_terminal_the_keys_are_input() {
    let store = Store::new();
    store.import_busybox("bb");
    store.skiff(&["run", "-d", "--name", "exdk-pipe", "bb", "sleep", "300"]).ok();
    let out = store.skiff_stdin(&["exec", "-i", "exdk-pipe", "cat"], b"a\x10\x11b");
    out.ok();
    assert_eq!(out.stdout.as_bytes(), b"a\x10\x11b", "cat gets the keys as input");
    let out = store.skiff_stdin(&["exec", "-it", "exdk-pipe", "sh", "-c", "read line; echo got-$line"], b"x\x10\x11y\n");
    out.ok().stdout_has("got-");
    assert!(terminal_keepers("exdk-pipe").is_empty(), "no keeper without a terminal");
    store.skiff(&["rm", "-f", "-t", "0", "exdk-pipe"]).ok();
}

/// `compose exec` without -T on a terminal runs through the same engine
/// path as `exec -it`: ctrl-p,ctrl-q (docker compose exec has no
/// --detach-keys: the default keys) detach it and the process runs on.
#[test]
fn compose_exec_on_a_terminal_detaches_with_ctrl_p_ctrl_q() {
    let store = Store::new();
    store.import_busybox("bb");
    let file = store.write_file("exdk/compose.yaml", "services:\n  main:\n    image: localhost/bb\n    command: [sleep, '300']\n    network_mode: none\n");
    let file = file.display().to_string();
    store.skiff(&["compose", "-f", &file, "up", "-d"]).ok();
    detach_with_ctrl_p_ctrl_q(&store, &format!("compose -f {file} exec main"), "exdk-main-1", "main");

    // -T: no terminal, the keys are input.
    let out = store.skiff_stdin(&["compose", "-f", &file, "exec", "-T", "main", "od", "-An", "-tx1"], b"\x10\x11");
    out.ok().stdout_has("10 11");
    store.skiff(&["compose", "-f", &file, "down", "-t", "0"]).ok();
}
