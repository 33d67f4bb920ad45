//! `run`/`create` flags that change the container's process as podman 4.3
//! documents them: --oom-score-adj, --personality, --timeout,
//! --passwd-entry, --env-merge, --http-proxy, --seccomp-policy,
//! --pod-id-file, -q, --passwd=false, --image-volume, and --link refused with its reason; --latest of
//! port, logs and attach, and port --all.

use crate::common;
use common::*;
use std::time::{Duration, Instant};

fn run_output(store: &Store, args: &[&str]) -> String {
    store.skiff(args).ok().lines().join("\n")
}

#[test]
fn process_settings_seen_from_inside() {
    let store = Store::new().with_env("http_proxy", "http://127.0.0.1:3128").with_env("NO_PROXY", "localhost");
    store.import_busybox("bb");

    let score = run_output(&store, &["run", "--rm", "--oom-score-adj", "500", "bb", "cat", "/proc/self/oom_score_adj"]);
    assert_eq!(score, "500", "--oom-score-adj must be the container process's score");
    store.skiff(&["run", "--rm", "--oom-score-adj", "-500", "bb", "true"]).code(125).stderr_has("may only be raised");
    store.skiff(&["run", "--rm", "--oom-score-adj", "2000", "bb", "true"]).code(125).stderr_has("between -1000 and 1000");

    if std::env::consts::ARCH == "x86_64" {
        let machine = run_output(&store, &["run", "--rm", "--personality", "LINUX32", "bb", "uname", "-m"]);
        assert_eq!(machine, "i686", "--personality LINUX32 must show a 32-bit machine");
    }
    store.skiff(&["run", "--rm", "--personality", "BSD", "bb", "true"]).code(125).stderr_has("invalid --personality");

    let entry = run_output(&store, &["run", "--rm", "-u", "4242:4243", "--passwd-entry", "$USERNAME:x:$UID:$GID:Guest $NAME:$HOME:/bin/sh", "-w", "/tmp", "bb", "grep", "^4242:", "/etc/passwd"]);
    assert_eq!(entry, "4242:x:4242:4243:Guest 4242:/tmp:/bin/sh", "--passwd-entry must add the templated line for the user");
    let image_has = run_output(&store, &["run", "--rm", "-u", "1000", "--passwd-entry", "x:x:$UID:$GID::/:/bin/sh", "bb", "grep", "-c", ":1000:", "/etc/passwd"]);
    assert_eq!(image_has, "1", "--passwd-entry adds nothing for a uid the image has");

    store.import(&fixtures().busybox_rootfs, "withenv", &["ENV GREETING=hello"]);
    let merged = run_output(&store, &["run", "--rm", "--env-merge", "GREETING=${GREETING}-world", "withenv", "/bin/sh", "-c", "echo $GREETING"]);
    assert_eq!(merged, "hello-world", "--env-merge must build on the image's value");

    let proxies = run_output(&store, &["run", "--rm", "bb", "sh", "-c", "echo $http_proxy $NO_PROXY"]);
    assert_eq!(proxies, "http://127.0.0.1:3128 localhost", "skiff's proxy variables are passed on by default");
    let none = run_output(&store, &["run", "--rm", "--http-proxy=false", "bb", "sh", "-c", "echo \"[$http_proxy]\""]);
    assert_eq!(none, "[]", "--http-proxy=false must pass no proxy variable");

    run_output(&store, &["run", "--rm", "--seccomp-policy", "default", "bb", "true"]);
    store.skiff(&["run", "--rm", "--seccomp-policy", "image", "bb", "true"]).code(125).stderr_has("--seccomp-policy image is not supported");
    store.skiff(&["run", "--rm", "--link", "other:alias", "bb", "true"]).code(125).stderr_has("--link").stderr_has("network create");

    let passwd = run_output(&store, &["run", "--rm", "-u", "4242", "--passwd=false", "--passwd-entry", "$USERNAME:x:$UID:$GID::/:/bin/sh", "bb", "sh", "-c", "grep -c ^4242: /etc/passwd; true"]);
    assert_eq!(passwd, "0", "--passwd=false must add no /etc/passwd line");

    // -q: the id alone, even when the image is pulled (here: read from an archive).
    let archive = store.home.join("bb.tar").display().to_string();
    store.skiff(&["save", "-o", &archive, "bb"]).ok();
    let created = store.skiff(&["create", "-q", &format!("docker-archive:{archive}"), "true"]).ok().lines();
    assert!(created.len() == 1 && created[0].len() == 64, "create -q must print the id only: {created:?}");
}

#[test]
fn timeout_kills_the_container_and_pod_id_file_names_its_pod() {
    let store = Store::new();
    store.import_busybox("bb");
    let started = Instant::now();
    store.skiff(&["run", "--rm", "--timeout", "1", "bb", "sleep", "30"]).code(137);
    assert!(started.elapsed() < Duration::from_secs(15), "--timeout 1 must kill the container after a second, took {:?}", started.elapsed());

    let detached = store.skiff(&["run", "-d", "--timeout", "1", "bb", "sleep", "30"]).ok().lines().last().cloned().unwrap_or_default();
    wait_for("the --timeout container to be killed", Duration::from_secs(15), || {
        store.skiff(&["inspect", "--format", "{{.State.Status}}", &detached]).ok().lines().join("") == "exited"
    });
    store.skiff(&["inspect", "--format", "{{.State.ExitCode}}", &detached]).ok().stdout_is("137\n");

    let pod_id = store.skiff(&["pod", "create", "--name", "p1"]).ok().lines().last().cloned().unwrap_or_default();
    let file = store.write_file("pod.id", &format!("{pod_id}\n")).display().to_string();
    store.skiff(&["create", "--pod-id-file", &file, "--name", "inpod", "bb", "true"]).ok();
    store.skiff(&["inspect", "--format", "{{.Pod}}", "inpod"]).ok().stdout_is(&format!("{pod_id}\n"));
    store.skiff(&["create", "--pod-id-file", "/nonexistent/pod.id", "bb", "true"]).code(125).stderr_has("--pod-id-file /nonexistent/pod.id");
    store.skiff(&["pod", "rm", "-f", "p1"]).ok();
}

#[test]
fn latest_and_port_all() {
    let store = Store::new();
    store.import_busybox("bb");
    let web = store.skiff(&["run", "-d", "-p", "127.0.0.1::80", "bb", "sleep", "1000"]).ok().lines().last().cloned().unwrap_or_default();
    let newest = store.skiff(&["run", "-d", "-p", "127.0.0.1::81", "bb", "sh", "-c", "echo from-newest; sleep 1000"]).ok().lines().last().cloned().unwrap_or_default();
    let web_port = store.skiff(&["port", &web, "80"]).ok().lines().join("");
    let newest_port = store.skiff(&["port", &newest, "81"]).ok().lines().join("");

    store.skiff(&["port", "-l"]).ok().stdout_is(&format!("81/tcp -> {newest_port}\n"));
    store.skiff(&["port", "-l", "81"]).ok().stdout_is(&format!("{newest_port}\n"));
    let all = store.skiff(&["port", "--all"]).ok().lines();
    let mut want = vec![format!("{}\t80/tcp -> {web_port}", &web[..12]), format!("{}\t81/tcp -> {newest_port}", &newest[..12])];
    let mut got = all.clone();
    want.sort();
    got.sort();
    assert_eq!(got, want, "port --all must list every container's mappings after its short id");

    wait_for("the newest container's output", std::time::Duration::from_secs(10), || {
        store.skiff(&["logs", "--latest"]).ok().lines().join("") == "from-newest"
    });
    store.skiff(&["logs", "-l", &web]).code(125).stderr_has("--latest and containers cannot be used together");
    store.skiff(&["attach", "-l", &web]).code(125).stderr_has("--latest and containers cannot be used together");
    let events = store.skiff(&["events", "--stream=false", "--no-trunc=false"]).ok().stdout.clone();
    assert!(
        events.contains(&format!(" {} (", &web[..12])) && !events.contains(&web),
        "events --no-trunc=false must show 12-character ids: {events}"
    );
    store.skiff(&["events", "--stream=false"]).ok().stdout_has(&web);
    store.skiff(&["rm", "-f", "-t", "0", &web, &newest]).ok();
    store.skiff(&["port", "-l"]).code(125).stderr_has("--latest found none");
}

#[test]
fn image_volumes_become_volumes_tmpfs_or_nothing() {
    let store = Store::new();
    let fixtures = fixtures();
    store.import(&fixtures.busybox_rootfs, "withvol", &["VOLUME /data"]);
    let check = "grep -c ' /data ' /proc/mounts; grep ' /data ' /proc/mounts | cut -d' ' -f3; true";
    let anonymous = store.skiff(&["run", "--rm", "withvol", "sh", "-c", check]).ok().lines();
    assert_eq!(anonymous.first().map(String::as_str), Some("1"), "by default the image's VOLUME is mounted: {anonymous:?}");
    let tmpfs = store.skiff(&["run", "--rm", "--image-volume", "tmpfs", "withvol", "sh", "-c", check]).ok().lines();
    assert_eq!(tmpfs, vec!["1", "tmpfs"], "--image-volume tmpfs must mount a tmpfs there");
    let ignored = store.skiff(&["run", "--rm", "--image-volume", "ignore", "withvol", "sh", "-c", check]).ok().lines();
    assert_eq!(ignored.first().map(String::as_str), Some("0"), "--image-volume ignore must mount nothing there: {ignored:?}");
    store.skiff(&["run", "--rm", "--image-volume", "nfs", "withvol", "true"]).code(125).stderr_has("invalid --image-volume");
}
