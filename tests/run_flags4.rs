//! `run` and `create` flags of issue #14 (part D): `--systemd`,
//! `--chrootdirs` and `create --init-ctr` (with `pod start` and `pod
//! restart`), through the real binary as the test user.

use crate::common;
use common::*;
use std::os::unix::fs::PermissionsExt;

/// Where podman mounts a tmpfs for a container in systemd mode.
const SYSTEMD_TMPFS: [&str; 4] = ["/run", "/run/lock", "/tmp", "/var/log/journal"];

/// The mount points of the tmpfs mounts in a /proc/mounts text, each with
/// its options.
fn tmpfs_mounts(proc_mounts: &str) -> Vec<(String, String)> {
    proc_mounts
        .lines()
        .map(|line| line.split(' ').collect::<Vec<_>>())
        .filter(|fields| fields.len() > 3 && fields[2] == "tmpfs")
        .map(|fields| (fields[1].to_string(), fields[3].to_string()))
        .collect()
}

/// A command named init: a script in the store's home, bind-mounted over
/// the image as /sbin/init, that shows the mounts and the environment.
fn init_script(store: &Store) -> String {
    let script = store.write_file("init", "#!/bin/sh\ncat /proc/mounts\nenv\n");
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    format!("{}:/sbin/init:ro", script.display())
}

#[test]
fn systemd_mode_mounts_tmpfs_sets_the_uuid_and_the_stop_signal() {
    let store = Store::new();
    store.import_busybox("bb");
    // always: whatever the command.
    let out = store.skiff(&["run", "--rm", "--systemd=always", "bb", "sh", "-c", "cat /proc/mounts; env; test -f /run/.containerenv && echo ENV-FILE"]);
    out.ok();
    let text = out.lines().join("\n");
    let tmpfs = tmpfs_mounts(&text);
    for dir in SYSTEMD_TMPFS {
        let Some((_, options)) = tmpfs.iter().find(|(at, _)| at == dir) else { out.fail(&format!("no tmpfs on {dir}")) };
        out.check(options.starts_with("rw,nosuid,nodev") && !options.contains("noexec"), &format!("{dir} is mounted rw,nosuid,nodev, as podman: {options}"));
    }
    out.stdout_has("container=skiff");
    out.check(text.lines().any(|l| l.strip_prefix("container_uuid=").is_some_and(|u| u.len() == 32)), "container_uuid is set");
    // skiff's own files under /run are mounted on the tmpfs, not hidden by it.
    out.stdout_has("ENV-FILE");

    // The stop signal is systemd's, and stop sends it (a shell traps 37, SIGRTMIN+3).
    store.skiff(&["create", "--name", "sd", "--systemd", "always", "bb", "sh", "-c", "trap 'exit 7' 37; while :; do sleep 0.1; done"]).ok();
    store.skiff(&["inspect", "--format", "{{.Config.StopSignal}} {{.Config.SystemdMode}}", "sd"]).ok().stdout_is("SIGRTMIN+3 true");
    store.skiff(&["start", "sd"]).ok();
    let id = store.skiff(&["inspect", "--format", "{{.Id}}", "sd"]).ok().lines()[0].clone();
    store.skiff(&["exec", "sd", "sh", "-c", "echo $container_uuid"]).ok().stdout_is(&id[..32]);
    store.skiff(&["stop", "-t", "30", "sd"]).ok();
    store.skiff(&["inspect", "--format", "{{.State.ExitCode}}", "sd"]).ok().stdout_is("7");
    // The user's own stop signal wins, as in podman.
    store.skiff(&["create", "--name", "own", "--systemd=always", "--stop-signal", "SIGINT", "bb", "true"]).ok();
    store.skiff(&["inspect", "--format", "{{.Config.StopSignal}}", "own"]).ok().stdout_is("SIGINT");
    store.skiff(&["create", "--name", "rt", "--stop-signal", "RTMIN+2", "bb", "true"]).ok();
    store.skiff(&["inspect", "--format", "{{.Config.StopSignal}}", "rt"]).ok().stdout_is("RTMIN+2");
    store.skiff(&["run", "--rm", "--systemd", "maybe", "bb", "true"]).code(125).stderr_has("--systemd");
    store.skiff(&["create", "--stop-signal", "RTMIN+99", "bb", "true"]).code(125).stderr_has("RTMIN+99");
}

#[test]
fn systemd_mode_by_default_only_for_an_init_command() {
    let store = Store::new();
    store.import_busybox("bb");
    let init = init_script(&store);
    // true (the default): the command is /sbin/init, so systemd mode.
    let out = store.skiff(&["run", "--rm", "-v", &init, "bb", "/sbin/init"]);
    out.ok();
    let mounted: Vec<String> = tmpfs_mounts(&out.lines().join("\n")).into_iter().map(|(at, _)| at).collect();
    for dir in SYSTEMD_TMPFS {
        out.check(mounted.iter().any(|m| m == dir), &format!("a tmpfs on {dir}"));
    }
    out.stdout_has("container_uuid=");
    // false: none of it, even for init.
    let out = store.skiff(&["run", "--rm", "--systemd=false", "-v", &init, "bb", "/sbin/init"]);
    out.ok();
    let mounted: Vec<String> = tmpfs_mounts(&out.lines().join("\n")).into_iter().map(|(at, _)| at).collect();
    for dir in SYSTEMD_TMPFS {
        out.check(!mounted.iter().any(|m| m == dir), &format!("no tmpfs on {dir} with --systemd=false"));
    }
    out.check(!out.lines().iter().any(|l| l.starts_with("container_uuid=")), "no container_uuid with --systemd=false");
    out.stdout_has("container=skiff");
    store.skiff(&["create", "--name", "off", "--systemd=false", "-v", &init, "bb", "/sbin/init"]).ok();
    store.skiff(&["inspect", "--format", "{{.Config.StopSignal}} {{.Config.SystemdMode}}", "off"]).ok().stdout_is("SIGTERM false");
    // true with another command: not systemd mode.
    store.skiff(&["create", "--name", "shell", "bb", "sh"]).ok();
    store.skiff(&["inspect", "--format", "{{.Config.StopSignal}}", "shell"]).ok().stdout_is("SIGTERM");
    // A --tmpfs of the user's own at one of the places is kept.
    let out = store.skiff(&["run", "--rm", "--systemd=always", "--tmpfs", "/tmp:size=1m", "bb", "cat", "/proc/mounts"]);
    out.ok();
    let tmp: Vec<(String, String)> = tmpfs_mounts(&out.lines().join("\n")).into_iter().filter(|(at, _)| at == "/tmp").collect();
    out.check(tmp.len() == 1 && tmp[0].1.contains("size=1024k"), "the user's /tmp tmpfs, alone");
}

#[test]
fn chrootdirs_get_the_containers_hosts_and_resolv_conf() {
    let store = Store::new();
    store.import_busybox("bb");
    // Both files, under each directory (made when missing), the same files
    // as the root's: an --add-host entry shows in both.
    let out = store.skiff(&[
        "run", "--rm", "--network", "none", "--add-host", "chrooted.test:192.0.2.7", "--chrootdirs", "/jail,/var/local/q", "--chrootdirs", "/other",
        "bb", "sh", "-c",
        "for d in /jail /var/local/q /other; do cmp /etc/hosts $d/etc/hosts && cmp /etc/resolv.conf $d/etc/resolv.conf && echo SAME-$d; done; grep chrooted.test /jail/etc/hosts",
    ]);
    out.ok().stdout_has("SAME-/jail").stdout_has("SAME-/var/local/q").stdout_has("SAME-/other").stdout_has("192.0.2.7");
    // They are mounts of the same file: a change inside shows in the chroot.
    store
        .skiff(&["run", "--rm", "--network", "none", "--chrootdirs", "/jail", "bb", "sh", "-c", "echo 192.0.2.9 late.test >> /etc/hosts; grep late.test /jail/etc/hosts"])
        .ok()
        .stdout_has("late.test");
    // --no-hosts: the image's /etc/hosts, and none in the chroot.
    store
        .skiff(&["run", "--rm", "--network", "none", "--no-hosts", "--chrootdirs", "/jail", "bb", "sh", "-c", "test -e /jail/etc/hosts || echo NO-HOSTS; test -s /jail/etc/resolv.conf && echo RESOLV"])
        .ok()
        .stdout_has("NO-HOSTS")
        .stdout_has("RESOLV");
    // inspect shows them as podman does (omitted when none).
    store.skiff(&["create", "--name", "c", "--chrootdirs", "/var/local/qwerty", "bb", "true"]).ok();
    store.skiff(&["inspect", "--format", "{{.Config.ChrootDirs}}", "c"]).ok().stdout_is("[/var/local/qwerty]");
    store.skiff(&["create", "--name", "plain", "bb", "true"]).ok();
    let plain = store.skiff(&["inspect", "plain"]);
    plain.ok().check(!plain.lines().join("\n").contains("ChrootDirs"), "no ChrootDirs without --chrootdirs");
    // A relative directory is refused in one line.
    store.skiff(&["run", "--rm", "--chrootdirs", "jail", "bb", "true"]).code(125).stderr_has("--chrootdirs \"jail\": must be an absolute path");
}

/// The lines the pod's containers appended to /runs/log in volume `runs`.
fn runs_log(store: &Store) -> Vec<String> {
    store.skiff(&["run", "--rm", "--network", "none", "-v", "runs:/runs", "bb", "cat", "/runs/log"]).ok().lines()
}

/// Wait until the log has `count` lines, and return them.
fn runs_log_of(store: &Store, count: usize) -> Vec<String> {
    wait_for(&format!("{count} lines in the runs log"), std::time::Duration::from_secs(20), || runs_log(store).len() >= count);
    runs_log(store)
}

/// `NAME STATE` of every container of the pod, the infra's left out, as
/// inspect says them (podman 4.3.1's `ps` shows its status text as the state).
fn member_states(store: &Store, pod: &str) -> String {
    let listed = store.skiff(&["ps", "-a", "--filter", &format!("pod={pod}"), "--format", "{{.Names}}"]);
    let mut names: Vec<String> = listed.ok().lines().into_iter().filter(|name| !name.ends_with("-infra")).collect();
    names.sort();
    names
        .iter()
        .map(|name| store.skiff(&["inspect", "--format", "{{.Name}} {{.State.Status}}", name]).ok().stdout.trim().to_string())
        .collect::<Vec<_>>()
        .join(",")
}

#[test]
fn init_containers_run_first_at_pod_start_and_once_ones_then_go() {
    let store = Store::new();
    store.import_busybox("bb");
    store.skiff(&["pod", "create", "--network", "none", "p"]).ok();
    let append = |word: &str| format!("echo {word} >> /runs/log");
    // The ordinary container is made first: init containers run before it
    // all the same, and among themselves oldest first.
    store.skiff(&["create", "--pod", "p", "--name", "main", "-v", "runs:/runs", "bb", "sh", "-c", &format!("{}; exec sleep 300", append("main"))]).ok();
    store.skiff(&["create", "--pod", "p", "--init-ctr", "once", "--name", "setup", "-v", "runs:/runs", "bb", "sh", "-c", &append("once")]).ok();
    store.skiff(&["container", "create", "--pod", "p", "--init-ctr=always", "--name", "check", "-v", "runs:/runs", "bb", "sh", "-c", &append("always")]).ok();
    assert_eq!(member_states(&store, "p"), "check created,main created,setup created");

    store.skiff(&["pod", "start", "p"]).ok();
    assert_eq!(runs_log_of(&store, 3), ["once", "always", "main"]);
    // The once container is gone, the always one has exited; the pod runs
    // (its init containers do not count).
    assert_eq!(member_states(&store, "p"), "check exited,main running");
    store.skiff(&["pod", "ps", "--filter", "name=p", "--format", "{{.Status}}"]).ok().stdout_is("Running");

    // pod restart runs no init container.
    store.skiff(&["pod", "restart", "p"]).ok();
    assert_eq!(runs_log_of(&store, 4), ["once", "always", "main", "main"]);

    // pod start of the stopped pod runs the always one again.
    store.skiff(&["pod", "stop", "-t", "0", "p"]).ok();
    store.skiff(&["pod", "start", "p"]).ok();
    assert_eq!(runs_log_of(&store, 6), ["once", "always", "main", "main", "always", "main"]);
    store.skiff(&["pod", "rm", "-f", "-t", "0", "p"]).ok();
    store.skiff(&["volume", "rm", "runs"]).ok();
    assert_no_processes_left(&store);
}

#[test]
fn init_ctr_needs_a_pod_that_is_not_running_and_a_failure_stops_the_start() {
    let store = Store::new();
    store.import_busybox("bb");
    store.skiff(&["create", "--init-ctr", "once", "bb", "true"]).code(125).stderr_has("--init-ctr needs --pod");
    store.skiff(&["pod", "create", "--network", "none", "--exit-policy", "stop", "p"]).ok();
    store.skiff(&["create", "--pod", "p", "--init-ctr", "sometimes", "bb", "true"]).code(125).stderr_has("invalid value 'sometimes' for '--init-ctr");
    // A failing init container: the start fails in one line naming it, and
    // the others are not started.
    store.skiff(&["create", "--pod", "p", "--init-ctr", "always", "--name", "bad", "bb", "sh", "-c", "exit 3"]).ok();
    store.skiff(&["create", "--pod", "p", "--name", "main", "bb", "sleep", "300"]).ok();
    store.skiff(&["pod", "start", "p"]).code(125).stderr_has("init container bad of pod p exited with code 3");
    assert_eq!(member_states(&store, "p"), "bad exited,main created");
    store.skiff(&["pod", "stop", "p"]).ok();
    store.skiff(&["rm", "bad"]).ok();

    // With --exit-policy stop, an init container's end does not stop the pod.
    store.skiff(&["create", "--pod", "p", "--init-ctr", "always", "--name", "good", "bb", "true"]).ok();
    store.skiff(&["pod", "start", "p"]).ok();
    assert_eq!(member_states(&store, "p"), "good exited,main running");
    store.skiff(&["pod", "ps", "--filter", "name=p", "--format", "{{.Status}}"]).ok().stdout_is("Running");

    // No init container joins a running pod; nothing is left of the attempt.
    store.skiff(&["create", "--pod", "p", "--init-ctr", "once", "--name", "late", "bb", "true"]).code(125).stderr_has("pod p: the pod is running");
    assert_eq!(member_states(&store, "p"), "good exited,main running");
    store.skiff(&["pod", "rm", "-f", "-t", "0", "p"]).ok();
    assert_no_processes_left(&store);
}
