//! Everyday scripts of docker and podman users (issue 14, `alias
//! docker=skiff`): the cleanup lines of CI jobs, --cidfile round trips,
//! start -a/-i, wait --condition, ps --sort/--filter, the container and
//! image command groups and the global flags. Exit codes are podman's
//! (SKIFF_TEST_BIN=/usr/bin/podman runs these against podman).

use crate::common;
use common::*;
use std::time::Duration;

fn names_of(out: &Output) -> Vec<String> {
    out.lines()
}

#[test]
fn ci_cleanup_lines_pass_with_nothing_to_clean() {
    let store = Store::new();
    store.skiff(&["rm", "-t", "0", "-af", "--ignore"]).ok().stdout_is("");
    store.skiff(&["pod", "rm", "-t", "0", "-af", "--ignore"]).ok().stdout_is("");
    store.skiff(&["volume", "rm", "-af"]).ok().stdout_is("");
    store.skiff(&["network", "prune", "-f"]).ok().stdout_is("");
    store.skiff(&["container", "prune", "-f"]).ok().stdout_is("");
}

#[test]
fn ci_cleanup_removes_running_stopped_and_created_containers() {
    let store = Store::new();
    store.import_busybox("bb");
    let running = store.skiff(&["run", "-d", "--name", "up", "bb", "sleep", "1000"]).ok().stdout.trim().to_string();
    store.skiff(&["run", "--name", "done", "bb", "true"]).ok();
    store.skiff(&["create", "--name", "fresh", "bb", "true"]).ok();
    store.skiff(&["volume", "create", "data"]).ok();
    let pod = store.skiff(&["pod", "create", "--name", "team"]).ok().stdout.trim().to_string();
    // -t 0: the shell's SIGTERM is ignored as pid 1, so it must not wait.
    let begun = std::time::Instant::now();
    let out = store.skiff(&["rm", "-t", "0", "-af", "--ignore"]);
    out.ok().check(out.lines().len() == 3 && out.stdout.contains(&running), "rm -af prints the id of each of the three containers");
    assert!(begun.elapsed() < Duration::from_secs(8), "rm -t 0 does not wait for the stop signal");
    store.skiff(&["ps", "-aq"]).ok().stdout_is("");
    store.skiff(&["pod", "rm", "-t", "0", "-af", "--ignore"]).ok().stdout_is(&pod);
    store.skiff(&["pod", "ps", "-q"]).ok().stdout_is("");
    store.skiff(&["volume", "rm", "-af"]).ok().stdout_is("data");
    store.skiff(&["volume", "ls", "-q"]).ok().stdout_is("");
    assert_no_processes_left(&store);
}

#[test]
fn rm_and_stop_of_missing_containers_exit_as_podman() {
    let store = Store::new();
    store.skiff(&["rm", "nosuch"]).code(1).stderr_has("no container with name or ID \"nosuch\" found");
    store.skiff(&["rm", "--ignore", "nosuch"]).ok().stdout_is("");
    store.skiff(&["stop", "nosuch"]).code(125).stderr_has("no such container");
    store.skiff(&["stop", "-i", "nosuch"]).ok().stdout_is("");
    store.skiff(&["kill", "nosuch"]).code(125);
    store.skiff(&["restart", "nosuch"]).code(125);
    store.skiff(&["start", "nosuch"]).code(125);
    store.skiff(&["wait", "nosuch"]).code(125);
    // Every other command that names a missing container: 125, as podman.
    for args in [&["logs", "nosuch"][..], &["top", "nosuch"], &["port", "nosuch"], &["attach", "nosuch"], &["diff", "nosuch"], &["rename", "nosuch", "other"], &["healthcheck", "run", "nosuch"]] {
        store.skiff(args).code(125).stderr_has("no container with name or ID \"nosuch\" found");
    }
    store.skiff(&["pod", "rm", "nosuch"]).code(1);
    store.skiff(&["pod", "rm", "-i", "nosuch"]).ok().stdout_is("");
    for (args, error) in [
        (vec!["rm"], "you must provide at least one name or id"),
        (vec!["rm", "-a", "x"], "no arguments are needed with --all"),
        (vec!["rm", "-a", "-l"], "--all and --latest cannot be used together"),
        (vec!["rm", "--filter", "name=x", "x"], "--filter takes no arguments"),
        (vec!["stop", "--cidfile", "/nonexistent/cid"], "reading CIDFile: open /nonexistent/cid: no such file or directory"),
    ] {
        let out = store.skiff(&args);
        out.code(125).stderr_has(error).check(out.stderr.lines().count() == 1, "one line of error");
    }
}

#[test]
fn cidfile_round_trip_through_stop_and_rm() {
    let store = Store::new();
    store.import_busybox("bb");
    // `run --cidfile` writes the id that stop and rm then read back.
    let cidfile = store.dir.join("ctr.id").display().to_string();
    let id = store.skiff(&["run", "-d", "--cidfile", &cidfile, "bb", "sleep", "1000"]).ok().stdout.trim().to_string();
    let written = std::fs::read_to_string(&cidfile).unwrap_or_else(|e| panic!("run --cidfile wrote no {cidfile}: {e}"));
    assert_eq!(written.trim(), id, "the cidfile holds the id run printed");
    store.skiff(&["stop", "-t", "0", "--cidfile", &cidfile]).ok().stdout_is(&id);
    store.skiff(&["ps", "-a", "--format", "{{.State}}"]).ok().stdout_is("exited");
    store.skiff(&["rm", "--cidfile", &cidfile]).ok().stdout_is(&id);
    store.skiff(&["ps", "-aq"]).ok().stdout_is("");
    // The id of a container that is gone: --ignore excuses it.
    store.skiff(&["rm", "--cidfile", &cidfile]).code(1).stderr_has("no such container");
    store.skiff(&["rm", "--ignore", "--cidfile", &cidfile]).ok().stdout_is("");
}

#[test]
fn start_attach_and_interactive() {
    let store = Store::new();
    store.import_busybox("bb");
    store.skiff(&["create", "--name", "once", "bb", "sh", "-c", "echo out; echo err >&2; exit 3"]).ok();
    let out = store.skiff(&["start", "-a", "once"]);
    out.code(3).stdout_has("out").stderr_has("err");
    // An --rm container is gone once it exits: its output and code still
    // reach start -a.
    for _ in 0..3 {
        store.skiff(&["create", "--rm", "--name", "brief", "bb", "sh", "-c", "echo out; echo err >&2; exit 4"]).ok();
        store.skiff(&["start", "-a", "brief"]).code(4).stdout_is("out").stderr_has("err");
        wait_for("brief to be removed", Duration::from_secs(10), || store.skiff(&["container", "exists", "brief"]).code == 1);
    }
    store.skiff(&["create", "-i", "--name", "echoer", "bb", "cat"]).ok();
    store.skiff_stdin(&["start", "-i", "echoer"], b"typed line\n").ok().stdout_is("typed line");
    store.skiff(&["start", "--sig-proxy", "once"]).code(125).stderr_has("--sig-proxy can only be used with --attach");
    // --all starts what is not running; --latest the newest container.
    store.skiff(&["create", "--name", "idle", "bb", "sleep", "1000"]).ok();
    store.skiff(&["start", "--latest"]).ok();
    store.skiff(&["ps", "--format", "{{.Names}}"]).ok().stdout_is("idle");
    store.skiff(&["rm", "-f", "idle"]).ok();
}

#[test]
fn wait_conditions_interval_and_ignore() {
    let store = Store::new();
    store.import_busybox("bb");
    store.skiff(&["create", "--name", "made", "bb", "sh", "-c", "exit 5"]).ok();
    store.skiff(&["wait", "--condition", "created", "made"]).ok().stdout_is("0");
    store.skiff(&["start", "made"]).ok();
    store.skiff(&["wait", "--condition", "exited", "--interval", "50ms", "made"]).ok().stdout_is("5");
    store.skiff(&["wait", "-i", "100", "--latest"]).ok().stdout_is("5");
    store.skiff(&["wait", "--ignore", "made", "nosuch"]).ok().stdout_is("5\n-1");
    store.skiff(&["wait", "--condition", "sleeping", "made"]).code(125).stderr_has("invalid --condition");
    store.skiff(&["run", "-d", "--name", "up", "bb", "sleep", "1000"]).ok();
    store.skiff(&["wait", "--condition", "running", "up"]).ok().stdout_is("0");
    store.skiff(&["rm", "-f", "up"]).ok();
}

#[test]
fn ps_sort_and_filters() {
    let store = Store::new();
    store.import_busybox("bb");
    store.skiff(&["volume", "create", "vol"]).ok();
    store.skiff(&["create", "--name", "bravo", "--label", "tier=web", "-v", "vol:/data", "bb", "true"]).ok();
    store.skiff(&["create", "--name", "alpha", "--label", "tier=db", "bb", "true"]).ok();
    store.skiff(&["create", "--name", "charlie", "--health-cmd", "true", "bb", "true"]).ok();
    let list = |args: &[&str]| names_of(store.skiff(&[&["ps", "-a", "--format", "{{.Names}}"], args].concat()).ok());
    assert_eq!(list(&[]), ["charlie", "alpha", "bravo"], "newest first by default");
    assert_eq!(list(&["--sort", "names"]), ["alpha", "bravo", "charlie"]);
    assert_eq!(list(&["--sort", "created"]), ["charlie", "alpha", "bravo"]);
    assert_eq!(list(&["--filter", "before=alpha"]), ["bravo"]);
    assert_eq!(list(&["--filter", "since=alpha"]), ["charlie"]);
    assert_eq!(list(&["--filter", "volume=vol"]), ["bravo"]);
    assert_eq!(list(&["--filter", "volume=/data"]), ["bravo"]);
    assert_eq!(list(&["--filter", "label!=tier", "--sort", "names"]), ["charlie"]);
    assert_eq!(list(&["--filter", "label=tier=db"]), ["alpha"]);
    assert_eq!(list(&["--filter", "health=none", "--sort", "names"]), ["alpha", "bravo"]);
    assert_eq!(list(&["--filter", "network=slirp4netns", "--sort", "names"]), ["alpha", "bravo", "charlie"]);
    assert_eq!(list(&["--filter", "pod=nopod"]), Vec::<String>::new());
    store.skiff(&["ps", "--sort", "bogus"]).code(125).stderr_has("bogus");
    store.skiff(&["ps", "--filter", "colour=red"]).code(125).stderr_has("invalid filter");
    // The same filters choose what stop, rm and start act on.
    let out = store.skiff(&["rm", "--filter", "label=tier=web"]);
    out.ok().check(out.lines().len() == 1, "rm --filter removes the one container with the label");
    assert_eq!(list(&["--sort", "names"]), ["alpha", "charlie"]);
}

#[test]
fn ps_ns_shows_a_running_container_namespaces() {
    let store = Store::new();
    store.import_busybox("bb");
    store.skiff(&["run", "-d", "--name", "up", "bb", "sleep", "1000"]).ok();
    let out = store.skiff(&["ps", "--ns"]);
    let lines = out.ok().lines();
    out.check(lines[0].split_whitespace().collect::<Vec<_>>() == ["CONTAINER", "ID", "NAMES", "PID", "CGROUPNS", "IPC", "MNT", "NET", "PIDNS", "USERNS", "UTS"], "podman's --ns columns");
    let row: Vec<&str> = lines[1].split_whitespace().collect();
    out.check(row.len() == 10 && row[1] == "up" && row[2..].iter().all(|n| n.parse::<u64>().is_ok()), "a pid and seven namespace inodes");
    store.skiff(&["rm", "-f", "-t", "0", "up"]).ok();
}

#[test]
fn container_and_image_groups() {
    let store = Store::new();
    let image = store.import_busybox("bb");
    store.skiff(&["container", "create", "--name", "grouped", "bb", "true"]).ok();
    for list in ["ls", "list", "ps"] {
        store.skiff(&["container", list, "-a", "--format", "{{.Names}}"]).ok().stdout_is("grouped");
    }
    store.skiff(&["container", "inspect", "--format", "{{.Name}}", "grouped"]).ok().stdout_is("grouped");
    store.skiff(&["container", "inspect", "localhost/bb"]).code(125).stderr_has("localhost/bb");
    store.skiff(&["image", "inspect", "grouped"]).code(125);
    store.skiff(&["container", "start", "-a", "grouped"]).ok();
    store.skiff(&["container", "rename", "grouped", "renamed"]).ok();
    store.skiff(&["container", "wait", "renamed"]).ok().stdout_is("0");
    store.skiff(&["container", "rm", "renamed"]).ok().stdout_is("renamed");
    for list in ["ls", "list"] {
        store.skiff(&["image", list, "--format", "{{.Repository}}"]).ok().stdout_has("localhost/bb");
    }
    store.skiff(&["image", "tag", "bb", "bb2"]).ok();
    let tree = store.skiff(&["image", "tree", "bb"]);
    tree.ok().stdout_has(&format!("Image ID: {}", &image[..12])).stdout_has("Image Layers").stdout_has("Top Layer of: [localhost/bb:latest localhost/bb2:latest]");
    store.skiff(&["image", "tree", "--whatrequires", "bb"]).ok().stdout_has("Image Layers");
    store.skiff(&["image", "rm", "bb2"]).ok().stdout_has("Untagged: localhost/bb2:latest");
    store.skiff(&["image", "exists", "bb2"]).code(1);
}

#[test]
fn container_cleanup_and_prune_filters() {
    let store = Store::new();
    store.import_busybox("bb");
    store.skiff(&["run", "--name", "old", "--label", "keep=yes", "bb", "true"]).ok();
    store.skiff(&["run", "--name", "other", "bb", "true"]).ok();
    store.skiff(&["run", "-d", "--name", "up", "bb", "sleep", "1000"]).ok();
    store.skiff(&["container", "cleanup", "old"]).ok().stdout_is("old");
    store.skiff(&["container", "cleanup", "up"]).code(125).stderr_has("running");
    store.skiff(&["container", "cleanup", "--rm", "other"]).ok().stdout_is("other");
    store.skiff(&["container", "exists", "other"]).code(1);
    store.skiff(&["container", "prune", "-f", "--filter", "label!=keep"]).ok().stdout_is("");
    store.skiff(&["container", "prune", "-f", "--filter", "until=1h"]).ok().stdout_is("");
    let out = store.skiff(&["container", "prune", "-f", "--filter", "label=keep=yes"]);
    out.ok().check(out.lines().len() == 1, "prune removes the one stopped container with the label");
    store.skiff(&["container", "exists", "old"]).code(1);
    store.skiff(&["container", "exists", "up"]).ok();
    store.skiff(&["rm", "-f", "-t", "0", "up"]).ok();
}

#[test]
fn rm_depend_removes_containers_sharing_the_network_first() {
    let store = Store::new();
    store.import_busybox("bb");
    let base = store.skiff(&["run", "-d", "--name", "base", "bb", "sleep", "1000"]).ok().stdout.trim().to_string();
    let joined = store.skiff(&["run", "-d", "--name", "joined", "--network", "container:base", "bb", "sleep", "1000"]).ok().stdout.trim().to_string();
    store.skiff(&["rm", "-f", "-t", "0", "--depend", "base"]).ok().stdout_is(&format!("{joined}\n{base}"));
    store.skiff(&["ps", "-aq"]).ok().stdout_is("");
    store.skiff(&["container", "exists", &base]).code(1);
}

#[test]
fn stop_and_restart_choose_by_filter_and_running() {
    let store = Store::new();
    store.import_busybox("bb");
    store.skiff(&["run", "-d", "--name", "web", "--label", "app=web", "bb", "sleep", "1000"]).ok();
    store.skiff(&["run", "-d", "--name", "db", "bb", "sleep", "1000"]).ok();
    store.skiff(&["run", "--name", "job", "bb", "true"]).ok();
    let web = store.skiff(&["inspect", "--format", "{{.Id}}", "web"]).ok().stdout.trim().to_string();
    store.skiff(&["stop", "-t", "0", "--filter", "label=app=web"]).ok().stdout_is(&web);
    store.skiff(&["ps", "--format", "{{.Names}}"]).ok().stdout_is("db");
    store.skiff(&["restart", "--running"]).code(125).stderr_has("--running needs --all");
    let out = store.skiff(&["restart", "-t", "0", "--all", "--running"]);
    out.ok().check(out.lines().len() == 1, "restart --all --running restarts only db");
    store.skiff(&["ps", "--format", "{{.Names}}"]).ok().stdout_is("db");
    let out = store.skiff(&["stop", "--timeout", "0", "--all"]);
    out.ok().check(out.lines().len() == 1, "stop --all stops the one running container");
    store.skiff(&["ps", "-q"]).ok().stdout_is("");
    store.skiff(&["kill", "--latest"]).code(125).stderr_has("can only kill running containers");
    store.skiff(&["rm", "-a"]).ok();
}

#[test]
fn global_flags_are_honoured_or_refused_in_one_line() {
    let store = Store::new();
    store.import_busybox("bb");
    store.skiff(&["--noout", "create", "--name", "quiet", "bb", "true"]).ok().stdout_is("");
    store.skiff(&["container", "exists", "quiet"]).ok();
    store.skiff(&["--log-level", "debug", "ps"]).ok().stderr_has("DEBU");
    let out = store.skiff(&["--log-level", "error", "ps"]);
    out.ok().stdout_has("CONTAINER ID").check(out.stderr.is_empty(), "nothing on stderr at level error");
    store.skiff(&["--cgroup-manager", "systemd", "ps"]).ok().stdout_has("CONTAINER ID");
    store.skiff(&["--runtime", "skiff", "ps"]).ok();
    store.skiff(&["--storage-opt", "", "ps"]).ok();
    // Events: none records nothing; file is the default.
    store.skiff(&["--events-backend", "none", "rm", "quiet"]).ok();
    let events = store.skiff(&["events", "--stream=false", "--format", "{{.Status}}"]);
    events.ok().check(!events.stdout.contains("remove"), "--events-backend none records no remove event");
    for (args, flag) in [
        (vec!["--events-backend", "journald", "ps"], "--events-backend journald"),
        (vec!["--runtime", "crun", "ps"], "--runtime crun"),
        (vec!["--url", "unix:/run/podman.sock", "ps"], "--url"),
        (vec!["--connection", "x", "ps"], "--connection"),
        (vec!["--remote", "ps"], "--remote"),
        (vec!["--storage-opt", "overlay.mountopt=nodev", "ps"], "--storage-opt"),
        (vec!["--conmon", "/usr/bin/conmon", "ps"], "--conmon"),
        (vec!["--volumepath", "/tmp/volumes", "ps"], "--volumepath"),
    ] {
        let out = store.skiff(&args);
        out.code(125).stderr_has(flag).check(out.stderr.lines().count() == 1, "one line naming the flag");
    }
}

#[test]
fn tmpdir_holds_the_runtime_state_of_containers() {
    let store = Store::new();
    store.import_busybox("bb");
    let tmpdir = store.home.join("libpod-tmp");
    let tmp = tmpdir.display().to_string();
    store.skiff(&["--tmpdir", &tmp, "run", "-d", "--name", "kept", "bb", "sleep", "60"]).ok();
    let id = store.skiff(&["inspect", "--format", "{{.Id}}", "kept"]).ok().stdout.trim().to_string();
    let states: Vec<String> = std::fs::read_dir(tmpdir.join("containers")).expect("--tmpdir holds the containers' runtime state").flatten().map(|e| e.file_name().to_string_lossy().into_owned()).collect();
    assert!(states.iter().any(|name| name.starts_with(&id)), "the container's state is in --tmpdir: {states:?}");
    store.skiff(&["--tmpdir", &tmp, "ps", "--format", "{{.Names}} {{.State}}"]).ok().stdout_is("kept running");
    // The container's monitor was started with the same --tmpdir: exec and stop find it.
    store.skiff(&["--tmpdir", &tmp, "exec", "kept", "echo", "in"]).ok().stdout_is("in");
    store.skiff(&["--tmpdir", &tmp, "stop", "-t", "0", "kept"]).ok();
    store.skiff(&["--tmpdir", &tmp, "ps", "-a", "--format", "{{.Names}} {{.State}}"]).ok().stdout_is("kept exited");
    store.skiff(&["--tmpdir", &tmp, "rm", "kept"]).ok();
    store.skiff(&["--tmpdir", "relative", "ps"]).code(125).stderr_has("--tmpdir relative: not an absolute path");
}

#[test]
fn syslog_and_network_cmd_path_are_honoured() {
    let store = Store::new();
    store.import_busybox("bb");
    // --syslog needs a system log to send to; without one it fails as podman's (exit 1).
    let syslog = store.skiff(&["--syslog", "ps"]);
    if std::path::Path::new("/dev/log").exists() {
        syslog.ok().stdout_has("CONTAINER ID");
    } else {
        syslog.code(1).stderr_has("--syslog").stderr_has("/dev/log");
        syslog.check(syslog.stderr.trim().lines().count() == 1, "one line");
    }
    // --network-cmd-path: skiff runs that program as slirp4netns.
    let marker = store.home.join("network-cmd-ran");
    let program = store.write_file("fake-slirp", &format!("#!/bin/sh\necho \"$@\" > {}\nexit 1\n", marker.display()));
    std::fs::set_permissions(&program, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    let program = program.display().to_string();
    let out = store.skiff(&["--network-cmd-path", &program, "run", "--rm", "--network", "slirp4netns", "bb", "true"]);
    out.code(125);
    let args = std::fs::read_to_string(&marker).expect("the --network-cmd-path program was run");
    assert!(args.contains("--configure"), "it gets slirp4netns's arguments: {args}");
    std::fs::remove_file(&marker).unwrap();
    store.skiff(&["--network-cmd-path", &program, "run", "--rm", "--network", "none", "bb", "true"]).ok();
    assert!(!marker.exists(), "no network, no slirp4netns");
    store.skiff(&["--network-cmd-path", "/no/such/slirp", "run", "--rm", "bb", "true"]).code(125).stderr_has("--network-cmd-path /no/such/slirp");
    assert!(containers_in_store(&store).is_empty(), "the failed runs leave no container");
}

#[test]
fn volume_flags() {
    let store = Store::new();
    store.import_busybox("bb");
    store.skiff(&["volume", "create", "--driver", "local", "--label", "env=ci", "ci"]).ok();
    store.skiff(&["volume", "create", "spare"]).ok();
    store.skiff(&["volume", "create", "--driver", "nfs", "x"]).code(125).stderr_has("nfs");
    store.skiff(&["create", "--name", "user", "-v", "ci:/data", "bb", "true"]).ok();
    store.skiff(&["volume", "ls", "-q", "--filter", "label=env=ci"]).ok().stdout_is("ci");
    store.skiff(&["volume", "ls", "-q", "--filter", "dangling=true"]).ok().stdout_is("spare");
    store.skiff(&["volume", "ls", "-q", "--filter", "name=spa"]).ok().stdout_is("spare");
    let out = store.skiff(&["volume", "inspect", "-a", "--format", "{{.Name}}"]);
    out.ok().check(out.lines().len() == 2 && out.stdout.contains("ci") && out.stdout.contains("spare"), "inspect -a shows both volumes");
    store.skiff(&["volume", "prune", "-f", "--filter", "label=env=ci"]).ok().stdout_is("");
    store.skiff(&["volume", "rm", "-a"]).code(2).stderr_has("is being used");
    store.skiff(&["volume", "rm", "-af", "-t", "0"]).ok();
    store.skiff(&["volume", "ls", "-q"]).ok().stdout_is("");
    store.skiff(&["ps", "-aq"]).ok().stdout_is("");
}

#[test]
fn pod_flags() {
    let store = Store::new();
    let alpha = store.skiff(&["pod", "create", "--name", "alpha", "--label", "tier=web"]).ok().stdout.trim().to_string();
    let bravo = store.skiff(&["pod", "create", "--name", "bravo"]).ok().stdout.trim().to_string();
    let list = |args: &[&str]| store.skiff(&[&["pod", "ps", "--format", "{{.Name}}"], args].concat()).ok().lines();
    assert_eq!(list(&[]), ["bravo", "alpha"], "newest first by default");
    assert_eq!(list(&["--sort", "name"]), ["alpha", "bravo"]);
    assert_eq!(list(&["--filter", "label!=tier"]), ["bravo"]);
    assert_eq!(list(&["--filter", "ctr-number=1", "--sort", "name"]), ["alpha", "bravo"]);
    assert_eq!(list(&["--filter", "until=1h"]), Vec::<String>::new());
    assert_eq!(list(&["-l"]), ["bravo"]);
    let id_file = store.write_file("pod.id", &alpha).display().to_string();
    store.skiff(&["pod", "stop", "-t", "0", "--pod-id-file", &id_file]).ok().stdout_is(&alpha);
    store.skiff(&["pod", "stop", "-i", "nosuch"]).ok().stdout_is("");
    store.skiff(&["pod", "stop", "nosuch"]).code(125);
    store.skiff(&["pod", "rm", "--pod-id-file", &id_file]).ok().stdout_is(&alpha);
    store.skiff(&["pod", "rm", "-f", "-t", "0", "-l"]).ok().stdout_is(&bravo);
    assert_no_processes_left(&store);
}

#[test]
fn run_rm_init_runs_the_command_under_an_init_and_leaves_nothing() {
    let store = Store::new();
    store.import_busybox("bb");
    // The command is not pid 1 (the init is), and its exit code is the container's.
    let out = store.skiff(&["run", "--rm", "--init", "bb", "sh", "-c", "echo $$; exit 7"]);
    out.code(7).check(!out.stdout.trim().is_empty() && out.stdout.trim() != "1", "under --init the command is not pid 1");
    store.skiff(&["ps", "-aq"]).ok().stdout_is("");
    assert_no_processes_left(&store);
}

#[test]
fn container_inspect_ranges_over_the_mounts() {
    let store = Store::new();
    store.import_busybox("bb");
    store.skiff(&["volume", "create", "data"]).ok();
    store.skiff(&["create", "--name", "two", "-v", "data:/data", "--tmpfs", "/scratch", "-v", "/tmp:/host-tmp:ro", "bb", "true"]).ok();
    let out = store.skiff(&["container", "inspect", "--format", "{{range .Mounts}}{{.Destination}} {{end}}", "two"]);
    let mut seen: Vec<&str> = out.ok().stdout.split_whitespace().collect();
    seen.sort();
    out.check(seen.contains(&"/data") && seen.contains(&"/host-tmp"), "range .Mounts lists the volume's and the bind mount's destinations");
    store.skiff(&["container", "inspect", "--format", "{{len .Mounts}}", "two"]).ok();
    // container inspect looks for containers only.
    store.skiff(&["container", "inspect", "localhost/bb"]).code(125);
}

/// podman's and docker's switches take `=BOOL` (Go's pflag): scripts write
/// `--rm=false`, `-t=false`, `-d=true`.
#[test]
fn switches_take_boolean_values_as_podman_s_do() {
    let store = Store::new();
    store.import_busybox("bb");
    store.skiff(&["run", "--rm=true", "-t=false", "-i=false", "--privileged=false", "--env-host=false", "bb", "echo", "ok"]).ok().stdout_is("ok");
    // =false asks for nothing: the container stays, and runs in the foreground.
    store.skiff(&["run", "--rm=false", "-d=false", "--name", "kept", "bb", "echo", "kept"]).ok().stdout_is("kept");
    assert_eq!(names_of(&store.skiff(&["ps", "-a=true", "--no-trunc=false", "--format", "{{.Names}}"]).ok()), ["kept"]);
    store.skiff(&["rm", "--force=false", "--ignore=true", "nosuch"]).ok();
    store.skiff(&["container", "rm", "--force=1", "kept"]).ok();
    // What follows the image belongs to the container's command.
    store.skiff(&["run", "--rm", "bb", "echo", "--rm=false"]).ok().stdout_is("--rm=false");
    // A value that is no boolean: one line naming the flag, exit 125.
    store.skiff(&["run", "--rm=maybe", "bb", "true"]).code(125).stderr_has("--rm");
    // A flag given twice takes its last value (pflag's rule), and flags
    // that gather values keep all of them.
    store.skiff(&["run", "--rm", "-t", "-t", "--rm", "--name", "first", "--name", "last", "-e", "A=1", "-e", "B=2", "-d", "bb", "sleep", "100"]).ok();
    assert_eq!(names_of(&store.skiff(&["ps", "-a", "-a", "--format", "{{.Names}}"]).ok()), ["last"]);
    store.skiff(&["exec", "last", "sh", "-c", "echo $A$B"]).ok().stdout_is("12");
    store.skiff(&["rm", "-f", "-t", "0", "-t", "0", "last"]).ok();
    assert!(store.skiff(&["ps", "-aq"]).ok().stdout.trim().is_empty(), "nothing is left behind");
}
