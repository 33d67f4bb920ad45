//! `run`/`create` flags docker's and podman's users pass every day:
//! --cidfile, --replace, --pidfile, --label-file, --env-host, --unsetenv,
//! --tz, --hostuser, --rmi, --sdnotify, decimal --log-opt sizes, --ulimit,
//! --expose, --annotation and --no-hosts.

use crate::common;
use common::*;
use std::time::Duration;

fn container_ids(store: &Store) -> Vec<String> {
    store.skiff(&["ps", "-a", "-q", "--no-trunc"]).ok().lines()
}

#[test]
fn cidfile_is_written_at_creation_and_refused_if_it_exists() {
    let store = Store::new();
    store.import_busybox("bb");
    let cidfile = store.home.join("ctr.cid").display().to_string();
    let created = store.skiff(&["create", "--cidfile", &cidfile, "bb", "true"]);
    let id = created.ok().lines().last().cloned().unwrap_or_default();
    let written = std::fs::read_to_string(&cidfile).unwrap_or_default();
    created.check(written == id, &format!("the cidfile must hold the container id {id:?}, holds {written:?}"));

    store
        .skiff(&["run", "--rm", "--cidfile", &cidfile, "bb", "true"])
        .code(125)
        .stderr_has("container id file exists");
    let ids = container_ids(&store);
    created.check(ids == vec![id.clone()], &format!("a refused --cidfile must create nothing: containers {ids:?}"));
    let still = std::fs::read_to_string(&cidfile).unwrap_or_default();
    created.check(still == id, "a refused --cidfile must leave the existing file as it was");
}

#[test]
fn replace_removes_the_container_of_the_same_name() {
    let store = Store::new();
    store.import_busybox("bb");
    let old = store.skiff(&["run", "-d", "--name", "web", "bb", "sleep", "1000"]).ok().lines().last().cloned().unwrap_or_default();
    let other = store.skiff(&["create", "--name", "web2", "bb", "true"]).ok().lines().last().cloned().unwrap_or_default();
    let new = store.skiff(&["create", "--replace", "--name", "web", "bb", "true"]).ok().lines().last().cloned().unwrap_or_default();
    let mut ids = container_ids(&store);
    ids.sort();
    let mut want = vec![new.clone(), other];
    want.sort();
    store
        .skiff(&["inspect", "web"])
        .ok()
        .stdout_has(&new)
        .check(ids == want && new != old, &format!("--replace must remove the running {old} and keep web2: containers {ids:?}"));

    store.skiff(&["create", "--replace", "bb", "true"]).code(125).stderr_has("cannot replace container without --name being set");
    assert_no_processes_left(&store);
}

#[test]
fn pidfile_names_the_containers_process_on_the_host() {
    let store = Store::new();
    store.import_busybox("bb");
    let pidfile = store.home.join("ctr.pid");
    let arg = pidfile.display().to_string();
    let out = store.skiff(&["run", "-d", "--name", "p", "--pidfile", &arg, "bb", "sleep", "1000"]);
    out.ok();
    wait_for("the pid file", Duration::from_secs(10), || pidfile.exists());
    let pid = std::fs::read_to_string(&pidfile).unwrap_or_default();
    let cmdline = std::fs::read(format!("/proc/{}/cmdline", pid.trim())).unwrap_or_default();
    out.check(
        cmdline.split(|b| *b == 0).any(|arg| arg == b"sleep"),
        &format!("the pid file must name the container's sleep on the host, names {pid:?} ({:?})", String::from_utf8_lossy(&cmdline)),
    );
    store.skiff(&["rm", "-f", "p"]).ok();
}

#[test]
fn label_file_sets_labels_and_label_flags_win() {
    let store = Store::new();
    store.import_busybox("bb");
    let file = store.write_file("labels", "# team labels\n\ntier=backend\nowner=file\n");
    store
        .skiff(&["create", "--name", "l", "--label-file", &file.display().to_string(), "--label", "owner=flag", "bb", "true"])
        .ok();
    let inspect = store.skiff(&["inspect", "l"]);
    inspect.ok().stdout_has("\"tier\": \"backend\"").stdout_has("\"owner\": \"flag\"");
    inspect.check(!inspect.stdout.contains("\"owner\": \"file\""), "--label must win over --label-file");

    let missing = store.home.join("no-such-labels").display().to_string();
    store.skiff(&["create", "--label-file", &missing, "bb", "true"]).code(125).stderr_has("no-such-labels");
}

#[test]
fn env_host_and_unsetenv_shape_the_environment() {
    let store = Store::new().with_env("FROM_HOST", "host");
    let tarball = &fixtures().busybox_rootfs;
    store.import(tarball, "envimg", &["ENV KEEP=image", "ENV DROP=image"]);
    let show = "echo \"$KEEP|$DROP|$FROM_HOST|$X\"";
    store.skiff(&["run", "--rm", "envimg", "sh", "-c", show]).ok().stdout_is("image|image||");
    store.skiff(&["run", "--rm", "--unsetenv", "DROP", "envimg", "sh", "-c", show]).ok().stdout_is("image|||");
    store.skiff(&["run", "--rm", "--unsetenv-all", "-e", "X=flag", "envimg", "sh", "-c", show]).ok().stdout_is("|||flag");
    store.skiff(&["run", "--rm", "--env-host", "envimg", "sh", "-c", show]).ok().stdout_is("image|image|host|");
    store
        .skiff(&["run", "--rm", "--env-host", "-e", "FROM_HOST=flag", "envimg", "sh", "-c", show])
        .ok()
        .stdout_is("image|image|flag|");
}

#[test]
fn tz_sets_the_containers_localtime() {
    let store = Store::new();
    store.import_busybox("bb");
    store.skiff(&["run", "--rm", "--tz", "Asia/Tokyo", "bb", "date", "+%Z"]).ok().stdout_is("JST");
    let zone = std::fs::read("/usr/share/zoneinfo/Asia/Tokyo").unwrap_or_default();
    let out = store.skiff(&["run", "--rm", "--tz", "Asia/Tokyo", "bb", "md5sum", "/etc/localtime"]);
    out.ok();
    let host = store.bash("md5sum < /usr/share/zoneinfo/Asia/Tokyo");
    out.check(
        !zone.is_empty() && out.stdout.split_whitespace().next() == host.stdout.split_whitespace().next(),
        "/etc/localtime in the container must be the zone's file",
    );
    let local = store.bash("date +%Z");
    store.skiff(&["run", "--rm", "--tz", "local", "bb", "date", "+%Z"]).ok().stdout_is(local.stdout.trim());
    store.skiff(&["create", "--tz", "Foo/Bar", "bb", "true"]).code(125).stderr_has("unknown time zone");
    store.skiff(&["create", "--tz", "../../../etc/passwd", "bb", "true"]).code(125).stderr_has("unknown time zone");
    let ids = container_ids(&store);
    store.skiff(&["ps", "-a"]).check(ids.is_empty(), "a refused --tz must create no container");
}

#[test]
fn hostuser_adds_the_host_users_passwd_line() {
    let store = Store::new();
    store.import_busybox("bb");
    let host_line = store.bash("getent passwd skiffuser");
    host_line.ok();
    let fields: Vec<&str> = host_line.stdout.trim().split(':').collect();
    let out = store.skiff(&["run", "--rm", "--hostuser", "skiffuser", "bb", "grep", "^skiffuser:", "/etc/passwd"]);
    out.ok().stdout_has(&format!("skiffuser:x:{}:{}:", fields[2], fields[3]));
    store.skiff(&["run", "--rm", "--hostuser", "no-such-user-here", "bb", "true"]).code(125).stderr_has("no-such-user-here");
}

#[test]
fn rmi_removes_the_image_after_the_container_exits() {
    let store = Store::new();
    store.import_busybox("gone");
    store.skiff(&["run", "--rmi", "gone", "echo", "ran"]).ok().stdout_is("ran");
    let images = store.skiff(&["images", "--format", "{{.Repository}}"]);
    images.ok().check(!images.stdout.contains("gone"), "--rmi must remove the image once the container has exited");
    store.skiff(&["ps", "-a", "-q"]).ok().stdout_is("");

    // An image another container uses stays, as `rmi` without --force.
    store.import_busybox("kept");
    store.skiff(&["create", "--name", "user", "kept", "true"]).ok();
    store.skiff(&["run", "--rmi", "kept", "true"]).ok().stderr_has("Failed removing image kept");
    store.skiff(&["images", "--format", "{{.Repository}}"]).ok().stdout_has("kept");

    store.skiff(&["run", "-d", "--rmi", "kept", "true"]).code(125).stderr_has("--rmi cannot be used with --detach");
}

#[test]
fn sdnotify_modes() {
    let store = Store::new();
    store.import_busybox("bb");
    store.skiff(&["run", "--rm", "--sdnotify", "ignore", "bb", "echo", "ok"]).ok().stdout_is("ok");
    // Without systemd's socket there is nothing to pass on.
    store.skiff(&["run", "--rm", "--sdnotify", "container", "bb", "echo", "ok"]).ok().stdout_is("ok");
    store.skiff(&["run", "--rm", "--sdnotify", "bogus", "bb", "true"]).code(125).stderr_has("bogus");
    let notify = store.home.join("notify").display().to_string();
    let with_socket = Store::new().with_env("NOTIFY_SOCKET", &notify);
    with_socket.import_busybox("bb");
    with_socket.skiff(&["run", "--rm", "--sdnotify", "conmon", "bb", "true"]).code(125).stderr_has("--sdnotify=conmon is not supported");
    with_socket.skiff(&["run", "--rm", "--sdnotify", "ignore", "bb", "echo", "ok"]).ok().stdout_is("ok");
}

#[test]
fn log_opt_max_size_takes_decimal_sizes() {
    let store = Store::new();
    store.import_busybox("bb");
    store.skiff(&["run", "--rm", "--log-opt", "max-size=3.025m", "bb", "echo", "logged"]).ok().stdout_is("logged");
    store.skiff(&["create", "--log-opt", "max-size=lots", "bb", "true"]).code(125).stderr_has("max-size=lots");
}

#[test]
fn init_is_pid_1_and_runs_the_command_as_its_child() {
    let store = Store::new();
    store.import_busybox("bb");
    let out = store.skiff(&["run", "--rm", "--init", "bb", "sh", "-c", "echo $$; cat /proc/1/comm; grep PPid /proc/$$/status"]);
    let lines = out.ok().lines();
    out.check(
        lines.len() == 3 && lines[0] != "1" && lines[1] == "skiff-init" && lines[2].split_whitespace().last() == Some("1"),
        "with --init, pid 1 must be skiff-init and the command its child (not pid 1)",
    );
    store.skiff(&["run", "--rm", "--init", "bb", "sh", "-c", "exit 7"]).code(7);

    // Orphans re-parented to the init are reaped: no zombie is left.
    let states = store.skiff(&[
        "run",
        "--rm",
        "--init",
        "bb",
        "sh",
        "-c",
        "sh -c 'sleep 0.2 &'; sleep 1; for f in /proc/[0-9]*/stat; do cut -d' ' -f3 $f; done",
    ]);
    states.ok().check(!states.lines().iter().any(|s| s == "Z"), "the init must reap orphaned processes");
}

#[test]
fn init_passes_the_stop_signal_on_to_the_command() {
    let store = Store::new();
    store.import_busybox("bb");
    // sleep as pid 1 would ignore SIGTERM; as the init's child it dies of it.
    store.skiff(&["run", "-d", "--init", "--name", "s", "bb", "sleep", "1000"]).ok();
    let started = std::time::Instant::now();
    let stop = store.skiff(&["stop", "-t", "30", "s"]);
    stop.ok().check(started.elapsed() < Duration::from_secs(15), "stop must not wait for its timeout: SIGTERM must reach the command");
    store.skiff(&["inspect", "--format", "{{.State.ExitCode}}", "s"]).ok().stdout_is("143");
    store.skiff(&["rm", "s"]).ok();
}

#[test]
fn init_path_runs_that_init_with_the_command() {
    let store = Store::new();
    store.import_busybox("bb");
    let init = store.write_file("my-init", "#!/bin/sh\n[ \"$1\" = -- ] && shift\necho \"init as $$\"\nexec \"$@\"\n");
    std::fs::set_permissions(&init, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    let path = init.display().to_string();
    store.skiff(&["run", "--rm", "--init", "--init-path", &path, "bb", "echo", "command"]).ok().stdout_is("init as 1\ncommand");
    store.skiff(&["create", "--init-path", &path, "bb", "true"]).code(125).stderr_has("--init-path can only be used with --init");
    let missing = store.home.join("no-init").display().to_string();
    store.skiff(&["create", "--init", "--init-path", &missing, "bb", "true"]).code(125).stderr_has("no-init");
}

#[test]
fn requires_starts_the_required_containers_first() {
    let store = Store::new();
    store.import_busybox("bb");
    store.skiff(&["create", "--name", "db", "bb", "sleep", "1000"]).ok();
    store.skiff(&["run", "--rm", "--requires", "db", "bb", "echo", "app"]).ok().stdout_is("app");
    store.skiff(&["inspect", "--format", "{{.State.Status}}", "db"]).ok().stdout_is("running");

    store.skiff(&["create", "--name", "app", "--requires", "db", "bb", "sleep", "1000"]).ok();
    store.skiff(&["stop", "-t", "0", "db"]).ok();
    store.skiff(&["start", "app"]).ok();
    store.skiff(&["inspect", "--format", "{{.State.Status}}", "db"]).ok().stdout_is("running");

    store.skiff(&["create", "--requires", "no-such-ctr", "bb", "true"]).code(125).stderr_has("no-such-ctr");
    store.skiff(&["rm", "-f", "app", "db"]).ok();
}

#[test]
fn preserve_fds_passes_descriptors_from_3_on() {
    let store = Store::new();
    store.import_busybox("bb");
    let file = store.write_file("passed", "through fd 3\n");
    let script = format!("skiff run --rm --preserve-fds 1 bb cat /proc/self/fd/3 3<{}", file.display());
    store.bash(&script).ok().stdout_is("through fd 3");
    let refused = store.bash(&format!("skiff run --rm --preserve-fds 2 bb true 3<{}", file.display()));
    refused.code(125).stderr_has("descriptor 4 is not open");
    store.skiff(&["run", "-d", "--preserve-fds", "1", "bb", "true"]).code(125).stderr_has("--preserve-fds cannot be used with --detach");
}

#[test]
fn umask_sets_the_commands_umask() {
    let store = Store::new();
    store.import_busybox("bb");
    store.skiff(&["run", "--rm", "--umask", "0077", "bb", "sh", "-c", "umask"]).ok().stdout_is("0077");
    store.skiff(&["run", "--rm", "--umask", "027", "bb", "sh", "-c", "touch /tmp/f; stat -c %a /tmp/f"]).ok().stdout_is("640");
    store.skiff(&["create", "--umask", "999", "bb", "true"]).code(125).stderr_has("invalid --umask");
}

#[test]
fn ulimit_expose_annotation_and_no_hosts() {
    let store = Store::new();
    store.import_busybox("bb");
    // --ulimit: soft and hard limits, one value for both, -1 for none.
    let limits = store.skiff(&["run", "--rm", "--ulimit", "nofile=100:200", "--ulimit", "core=0", "--ulimit", "cpu=-1", "bb", "sh", "-c", "ulimit -n; ulimit -Hn; ulimit -c; ulimit -t"]);
    limits.ok();
    assert_eq!(limits.lines(), ["100", "200", "0", "unlimited"], "the container's limits are --ulimit's");
    // exec'd processes get them too.
    store.skiff(&["run", "-d", "--name", "limited", "--ulimit", "nproc=77", "bb", "sleep", "300"]).ok();
    store.skiff(&["exec", "limited", "sh", "-c", "ulimit -u"]).ok().stdout_is("77");
    let shown = store.skiff(&["inspect", "--format", "{{range .HostConfig.Ulimits}}{{.Name}}={{.Soft}}:{{.Hard}}{{end}}", "limited"]);
    shown.ok().stdout_is("RLIMIT_NPROC=77:77");
    store.skiff(&["rm", "-f", "-t", "0", "limited"]).ok();
    let before = container_ids(&store);
    for (flag, needle) in [
        ("nofile", "NAME=SOFT[:HARD]"),
        ("bogus=1", "unknown limit"),
        ("nofile=20:10", "above the hard limit"),
        ("nofile=ten", "numbers"),
    ] {
        let out = store.skiff(&["run", "--rm", "--ulimit", flag, "bb", "true"]);
        out.code(125).stderr_has(needle);
        out.check(out.stderr.trim().lines().count() == 1, "one line of error");
    }
    // A hard limit above the user's own cannot be had rootless: one line, nothing left.
    store.skiff(&["run", "--rm", "--ulimit", "nofile=100000000:100000000", "bb", "true"]).code(125).stderr_has("--ulimit nofile");
    assert_eq!(container_ids(&store), before, "refused --ulimit values leave no container behind");

    // --expose adds to the image's exposed ports (ranges too) and -P publishes them.
    store.skiff(&["create", "--name", "exposed", "--expose", "8080", "--expose", "9000-9001/udp", "--annotation", "team=blue", "--annotation", "empty=", "bb", "true"]).ok();
    let exposed = store.skiff(&["inspect", "--format", "{{range $p, $v := .Config.ExposedPorts}}{{$p}} {{end}}", "exposed"]);
    exposed.ok().stdout_is("8080/tcp 9000/udp 9001/udp");
    store.skiff(&["inspect", "--format", "{{.Config.Annotations.team}}", "exposed"]).ok().stdout_is("blue");
    store.skiff(&["create", "--name", "published", "-P", "--expose", "8080", "bb", "true"]).ok();
    store.skiff(&["port", "published"]).ok().stdout_has("8080/tcp -> 0.0.0.0:");
    for (flag, value, needle) in [
        ("--expose", "http", "ports are numbers"),
        ("--expose", "90-80", "range ends before it starts"),
        ("--expose", "80/icmp", "tcp or udp"),
        ("--annotation", "nokey", "KEY=VALUE"),
    ] {
        store.skiff(&["create", flag, value, "bb", "true"]).code(125).stderr_has(needle);
    }
    store.skiff(&["rm", "-a", "-f"]).ok();

    // --no-hosts: the image's /etc/hosts (the test image has none), not skiff's.
    let probe = "test -e /etc/hosts && echo generated || echo image";
    store.skiff(&["run", "--rm", "bb", "sh", "-c", probe]).ok().stdout_is("generated");
    store.skiff(&["run", "--rm", "--no-hosts", "bb", "sh", "-c", probe]).ok().stdout_is("image");
    store.skiff(&["run", "--rm", "--no-hosts", "--add-host", "db:10.0.0.9", "bb", "true"]).code(125).stderr_has("--no-hosts and --add-host");
    assert_eq!(container_ids(&store), Vec::<String>::new(), "nothing is left behind");
}
