//! Issue 19: the skiff processes that join a running container's
//! namespaces hold no door open into skiff. A process inside cannot open
//! their executable through /proc/PID/exe (a user-owned skiff binary would
//! be writable by the container's root, as runc's CVE-2019-5736), and no
//! descriptor of skiff's reaches a container, however it is started.

use crate::common;
use common::*;

/// In the container: every process named skiff* (an exec's process before
/// it runs the command) is noted in /tmp/seen, and in /tmp/opened when its
/// executable could be read and is not busybox (by then the process may
/// have executed its command, busybox, which it may read).
const WATCHER: &str = r#"
: > /tmp/seen; : > /tmp/opened
while :; do
  for d in /proc/[0-9]*; do
    read c < $d/comm 2>/dev/null || continue
    case $c in skiff*)
      echo $d >> /tmp/seen
      cmp -s $d/exe /bin/busybox 2>/dev/null
      [ $? = 1 ] && echo "$d" >> /tmp/opened;;
    esac
  done
done
"#;

#[test]
fn a_container_cannot_open_the_executable_of_skiff_processes_during_repeated_execs() {
    let store = Store::new();
    store.import_busybox("bb");
    store.skiff(&["run", "-d", "--name", "watcher", "bb", "sh", "-c", WATCHER]).ok();
    for _ in 0..50 {
        store.skiff(&["exec", "watcher", "true"]).ok();
    }
    let opened = store.skiff(&["exec", "watcher", "cat", "/tmp/opened"]);
    opened.ok().stdout_is("");
    let seen = store.skiff(&["exec", "watcher", "sh", "-c", "sort -u /tmp/seen | wc -l"]).ok().stdout.trim().to_string();
    eprintln!("skiff processes the container saw (and could not open): {seen}");
    store.skiff(&["rm", "-f", "watcher"]).ok();
}

/// The descriptors of the container's init and of `ls` itself, as `ls -l`
/// shows them ("N -> TARGET").
const DESCRIPTORS: &[&str] = &["ls", "-l", "/proc/1/fd", "/proc/self/fd"];

/// The descriptors above 2 in `ls -l` output that are not ls's own
/// directory descriptor (which points into /proc).
fn leaked(out: &Output) -> Vec<String> {
    out.lines()
        .into_iter()
        .filter_map(|line| {
            let (before, target) = line.split_once(" -> ")?;
            let fd: u32 = before.split_whitespace().last()?.parse().ok()?;
            (fd > 2 && !target.starts_with("/proc/")).then(|| line.clone())
        })
        .collect()
}

#[test]
fn no_skiff_descriptor_reaches_a_container_in_run_exec_ports_pods_and_networks() {
    let store = Store::new();
    store.import_busybox("bb");
    // Foreground run: the shell is the container's init.
    let mut run = vec!["run", "--rm", "bb"];
    run.extend_from_slice(DESCRIPTORS);
    let out = store.skiff(&run);
    out.ok().check(leaked(&out).is_empty(), "no descriptor but 0, 1 and 2 in a foreground run");
    let exec_sees_nothing = |name: &str| {
        let mut exec = vec!["exec", name];
        exec.extend_from_slice(DESCRIPTORS);
        let out = store.skiff(&exec);
        out.ok().check(leaked(&out).is_empty(), &format!("no descriptor but 0, 1 and 2 in {name}'s init or in an exec"));
    };
    // Detached, with a published port.
    let port = free_port().to_string();
    store.skiff(&["run", "-d", "--name", "ported", "-p", &format!("127.0.0.1:{port}:80"), "bb", "sleep", "600"]).ok();
    exec_sees_nothing("ported");
    // On a user network.
    store.skiff(&["network", "create", "fdnet"]).ok();
    store.skiff(&["run", "-d", "--name", "networked", "--network", "fdnet", "bb", "sleep", "600"]).ok();
    exec_sees_nothing("networked");
    // In a pod.
    store.skiff(&["pod", "create", "--name", "fdpod"]).ok();
    store.skiff(&["run", "-d", "--name", "podded", "--pod", "fdpod", "bb", "sleep", "600"]).ok();
    exec_sees_nothing("podded");
    store.skiff(&["pod", "rm", "-f", "fdpod"]).ok();
    store.skiff(&["rm", "-f", "ported", "networked"]).ok();
    store.skiff(&["network", "rm", "fdnet"]).ok();
    assert_no_processes_left(&store);
}
