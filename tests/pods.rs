//! Pods: containers that share the network, ipc and uts namespaces held by
//! the pod's infra process. Host ports are free ones the kernel gives;
//! every address the tests reach is a loopback address.

use crate::common;
use common::*;

/// busybox httpd serving `text` on port 8080 of the pod's network.
fn web_server_script(text: &str) -> String {
    format!("mkdir -p /www && echo {text} > /www/index.html && exec httpd -f -p 8080 -h /www")
}

/// Run a command in a container of `pod` until it succeeds (the server
/// may still be starting), returning its output.
#[track_caller]
fn run_in_pod_until_ok(store: &Store, pod: &str, script: &str) -> Output {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    loop {
        let out = store.skiff(&["run", "--rm", "--pod", pod, "bb", "sh", "-c", script]);
        if out.code == 0 || std::time::Instant::now() > deadline {
            return out;
        }
        std::thread::sleep(std::time::Duration::from_millis(200));
    }
}

#[test]
fn containers_of_a_pod_talk_over_loopback_and_share_the_hostname() {
    let store = Store::new();
    store.import_busybox("bb");
    let id = store.skiff(&["pod", "create", "--name", "duo"]);
    id.ok().check(id.stdout.trim().len() == 64, "pod create prints the pod id");
    store.skiff(&["pod", "ps", "--format", "{{.Name}} {{.Status}} {{.NumberOfContainers}}"]).ok().stdout_is("duo Created 1");

    store.skiff(&["run", "-d", "--pod", "duo", "--name", "web", "bb", "sh", "-c", &web_server_script("pod-neighbour")]).ok();
    let out = run_in_pod_until_ok(&store, "duo", "wget -qO- http://127.0.0.1:8080/ && hostname");
    out.ok().stdout_is("pod-neighbour\nduo");
    store.skiff(&["exec", "web", "hostname"]).ok().stdout_is("duo");
    store.skiff(&["inspect", "--format", "{{.Pod}}", "web"]).ok().stdout_is(id.stdout.trim());

    let listing = store.skiff(&["pod", "ps"]);
    listing.ok();
    let lines = listing.lines();
    assert_eq!(
        lines[0].split_whitespace().collect::<Vec<_>>().join(" "),
        "POD ID NAME STATUS CREATED INFRA ID # OF CONTAINERS",
        "{listing:?}"
    );
    assert!(lines[1].contains("duo") && lines[1].contains("Running") && lines[1].trim_end().ends_with('2'), "{listing:?}");
    store.skiff(&["pod", "ps", "-q", "--filter", "name=duo", "--no-trunc"]).ok().stdout_is(id.stdout.trim());
    store.skiff(&["pod", "ps", "-q", "--filter", "status=exited"]).ok().stdout_is("");
    store.skiff(&["ps", "--pod", "--format", "{{.Names}} {{.PodName}}"]).ok().stdout_is("web duo");

    let inspect = store.skiff(&["pod", "inspect", "duo"]);
    inspect.ok();
    let doc: serde_json::Value = serde_json::from_str(&inspect.stdout).unwrap();
    assert_eq!(doc["Name"], "duo");
    assert_eq!(doc["State"], "Running");
    assert_eq!(doc["Hostname"], "duo");
    assert_eq!(doc["SharedNamespaces"], serde_json::json!(["uts", "ipc", "net"]));
    assert_eq!(doc["NumContainers"], 2);

    // Removing the pod's last container leaves the pod, as in podman.
    store.skiff(&["rm", "-f", "web"]).ok();
    store.skiff(&["pod", "exists", "duo"]).ok();
    store.skiff(&["pod", "stop", "duo"]).ok();
    store.skiff(&["pod", "ps", "--format", "{{.Status}}"]).ok().stdout_is("Exited");
    store.skiff(&["pod", "rm", "duo"]).ok();
    store.skiff(&["pod", "exists", "duo"]).code(1);
    assert_no_processes_left(&store);
}

#[test]
fn pod_rm_force_removes_the_pod_its_containers_and_every_process() {
    let store = Store::new();
    store.import_busybox("bb");
    store.skiff(&["pod", "create", "--name", "doomed"]).ok();
    store.skiff(&["run", "-d", "--pod", "doomed", "--name", "a", "bb", "sleep", "1000"]).ok();
    store.skiff(&["run", "-d", "--pod", "doomed", "--name", "b", "bb", "sleep", "1000"]).ok();
    assert!(store.processes().iter().any(|(_, cmd)| cmd.contains("__pod-infra")), "the infra process runs");

    let refused = store.skiff(&["pod", "rm", "doomed"]);
    refused.code(125).stderr_has("running container").stderr_has("pod rm -f");
    assert_eq!(refused.stderr.trim().lines().count(), 1, "{refused:?}");
    assert_eq!(store.skiff(&["ps", "-q"]).ok().lines().len(), 2, "pod rm without -f leaves the containers running");

    store.skiff(&["pod", "rm", "-f", "doomed"]).ok();
    store.skiff(&["pod", "exists", "doomed"]).code(1);
    store.skiff(&["ps", "-a", "-q"]).ok().stdout_is("");
    assert_no_processes_left(&store);
}

#[test]
fn a_port_published_on_the_pod_reaches_its_containers() {
    let store = Store::new();
    store.import_busybox("bb");
    let port = free_port();
    store.skiff(&["pod", "create", "--name", "pub", "-p", &format!("127.0.0.1:{port}:8080"), "--label", "tier=web"]).ok();
    store.skiff(&["run", "-d", "--pod", "pub", "--name", "srv", "bb", "sh", "-c", &web_server_script("published-by-pod")]).ok();
    assert!(http_get(port).contains("published-by-pod"));
    assert_eq!(store.skiff(&["pod", "ps", "-q", "--filter", "label=tier=web"]).ok().lines().len(), 1);
    let bindings = store.skiff(&["pod", "inspect", "--format", "{{json .InfraConfig.PortBindings}}", "pub"]);
    bindings.ok().stdout_has("\"8080/tcp\"").stdout_has(&port.to_string());

    // The pod restarts with its containers, and its port comes back.
    store.skiff(&["pod", "restart", "pub"]).ok();
    assert!(http_get(port).contains("published-by-pod"));

    // --pod new:NAME makes the pod, with the container's ports.
    let other = free_port();
    let publish = format!("127.0.0.1:{other}:8080");
    store.skiff(&["run", "-d", "--pod", "new:fresh", "-p", &publish, "bb", "sh", "-c", &web_server_script("new-pod")]).ok();
    assert!(http_get(other).contains("new-pod"));
    store.skiff(&["pod", "ps", "--format", "{{.Name}}"]).ok().stdout_is("fresh\npub");

    store.skiff(&["pod", "rm", "-f", "pub", "fresh"]).ok();
    assert_no_processes_left(&store);
    assert!(std::net::TcpStream::connect(("127.0.0.1", port)).is_err(), "the port must be released");
}

#[test]
fn pod_errors_are_one_clear_line_and_leave_nothing() {
    let store = Store::new();
    store.import_busybox("bb");
    let before = store.snapshot();
    let unknown = store.skiff(&["run", "--rm", "--pod", "nosuch", "bb", "true"]);
    unknown.code(125);
    assert_eq!(unknown.stderr.trim(), "Error: no pod with name or ID nosuch found: no such pod");
    store.skiff(&["pod", "start", "nosuch"]).code(125).stderr_has("no such pod");
    store.skiff(&["pod", "rm", "nosuch"]).code(1).stderr_has("no such pod");
    store.skiff(&["pod", "create", "--share", "cgroupns"]).code(125).stderr_has("cannot share the \"cgroupns\" namespace");
    store.skiff(&["pod", "create", "--name", "bad/name"]).code(125).stderr_has("invalid pod name");
    let clash = store.skiff(&["run", "--rm", "--pod", "new:p", "--network", "none", "bb", "true"]);
    clash.code(125).stderr_has("--network none conflicts with --pod p");
    // A pod made for a container that cannot be created goes with it.
    store.skiff(&["run", "--rm", "--pod", "new:q", "nosuchimage", "true"]).code(125);
    store.skiff(&["pod", "exists", "q"]).code(1);
    store.skiff(&["pod", "ps", "-q"]).ok().stdout_is("");
    assert!(traces_left(&before, &store.snapshot()).is_empty(), "{:?}", traces_left(&before, &store.snapshot()));

    let id = store.skiff(&["pod", "create", "--name", "net"]).ok().stdout.trim().to_string();
    // A full id, a unique prefix and the name find the same pod.
    for key in [id.as_str(), &id[..12], "net"] {
        store.skiff(&["pod", "inspect", "--format", "{{.Name}}", key]).ok().stdout_is("net\n");
    }
    let conflict = store.skiff(&["create", "--pod", "net", "--network", "host", "bb", "true"]);
    conflict.code(125);
    assert_eq!(conflict.stderr.trim(), "Error: --network host conflicts with --pod net: the container uses the pod's network");
    store.skiff(&["create", "--pod", "net", "-p", &free_port().to_string(), "bb", "true"]).code(125).stderr_has("publish them with pod create -p");
    store.skiff(&["create", "--pod", "net", "--hostname", "x", "bb", "true"]).code(125).stderr_has("--hostname x conflicts with --pod net");
    store.skiff(&["pod", "create", "--name", "net"]).code(125).stderr_has("the pod name \"net\" is already in use");
    store.skiff(&["ps", "-a", "-q"]).ok().stdout_is("");
    store.skiff(&["pod", "rm", "net"]).ok();
    // Neither the pod's directory, its trash nor its name is left.
    let pods = store.skiff_root().join("pods");
    let left: Vec<_> = std::fs::read_dir(&pods)
        .unwrap()
        .chain(std::fs::read_dir(pods.join("names")).unwrap())
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(left, ["names"], "left in {}", pods.display());
    assert_no_processes_left(&store);
}

#[test]
fn pod_top_logs_inspect_latest_and_container_columns() {
    let store = Store::new();
    store.import_busybox("bb");
    store.skiff(&["pod", "create", "--name", "logged", "--network", "none"]).ok();
    store.skiff(&["run", "-d", "--pod", "logged", "--name", "first", "bb", "sh", "-c", "echo one; echo two; exec sleep 1000"]).ok();
    store.skiff(&["run", "-d", "--pod", "logged", "--name", "second", "bb", "sh", "-c", "echo three; exec sleep 1000"]).ok();
    let first_id = store.skiff(&["inspect", "--format", "{{.Id}}", "first"]).ok().stdout.trim()[..12].to_string();
    wait_for("both containers' output", std::time::Duration::from_secs(10), || {
        store.skiff(&["pod", "logs", "logged"]).stdout.lines().count() == 3
    });

    // pod logs: each line after its container's short id, or name with --names.
    store.skiff(&["pod", "logs", "logged"]).ok().stdout_has(&format!("{first_id} one"));
    store.skiff(&["pod", "logs", "--names", "logged"]).ok().stdout_is("first one\nfirst two\nsecond three");
    store.skiff(&["pod", "logs", "--names", "-c", "second", "logged"]).ok().stdout_is("second three");
    store.skiff(&["pod", "logs", "--names", "--tail", "1", "logged"]).ok().stdout_is("first two\nsecond three");
    store.skiff(&["pod", "logs", "--names", "-l", "--since", "1h"]).ok().stdout_has("second three");
    let stamped = store.skiff(&["pod", "logs", "-t", "-c", "second", "logged"]);
    stamped.ok().check(stamped.stdout.split_whitespace().nth(1).is_some_and(|t| t.starts_with("20")), "-t puts the time after the prefix");
    let coloured = store.skiff(&["pod", "logs", "--color", "-n", "-c", "first", "logged"]);
    coloured.ok().check(coloured.stdout.starts_with("\x1b[") && coloured.stdout.contains("first"), "--color colours the prefix");
    store.skiff(&["pod", "logs", "-c", "nosuch", "logged"]).code(125).stderr_has("nosuch");

    // pod top: every running container's processes under one header.
    let top = store.skiff(&["pod", "top", "logged", "pid", "args"]);
    top.ok();
    assert_eq!(top.lines()[0].split_whitespace().collect::<Vec<_>>(), ["PID", "COMMAND"], "{top:?}");
    top.check(top.lines().iter().filter(|l| l.contains("sleep 1000")).count() == 2, "both containers' sleep");
    store.skiff(&["pod", "top", "-l"]).ok().stdout_has("sleep 1000");

    // pod inspect -l, pod ps --ctr-status and --ns.
    store.skiff(&["pod", "inspect", "-l", "--format", "{{.Name}}"]).ok().stdout_is("logged");
    store.skiff(&["pod", "inspect", "-l", "logged"]).code(125).stderr_has("--latest");
    let statuses = store.skiff(&["pod", "ps", "--ctr-status"]);
    statuses.ok();
    assert_eq!(statuses.lines()[0].split_whitespace().collect::<Vec<_>>().join(" "), "POD ID NAME STATUS CREATED INFRA ID STATUS", "{statuses:?}");
    statuses.check(statuses.lines()[1].trim_end().ends_with("running,running,running"), "the infra and both containers run");
    let ns = store.skiff(&["pod", "ps", "--ns"]);
    assert_eq!(ns.ok().lines()[0].split_whitespace().collect::<Vec<_>>().join(" "), "POD ID NAME STATUS CREATED INFRA ID CGROUP NAMESPACES # OF CONTAINERS", "{ns:?}");

    store.skiff(&["pod", "rm", "-f", "-t", "0", "logged"]).ok();
    assert_no_processes_left(&store);
}

#[test]
fn pod_create_options_reach_the_pods_containers() {
    let store = Store::new();
    store.import_busybox("bb");
    let labels = store.write_file("labels", "tier=web\nowner=ops\n");
    let id_file = store.home.join("pod.id");
    let id_file = id_file.to_str().unwrap();
    let made = store.skiff(&[
        "pod", "create", "--name", "resolved", "--network", "none",
        "--dns", "10.9.8.7", "--dns-search", "example.test", "--dns-option", "ndots:3",
        "--add-host", "db.local:10.1.2.3", "--label-file", labels.to_str().unwrap(), "--label", "tier=api",
        "--pod-id-file", id_file, "--infra-name", "resolved-holder",
    ]);
    let pod_id = made.ok().stdout.trim().to_string();
    assert_eq!(std::fs::read_to_string(id_file).unwrap().trim(), pod_id, "--pod-id-file holds the pod's id");
    // Every container of the pod gets the pod's resolver settings, then its own.
    let etc = store.skiff(&["run", "--rm", "--pod", "resolved", "--add-host", "own.local:10.4.4.4", "bb", "cat", "/etc/resolv.conf", "/etc/hosts"]);
    etc.ok().stdout_has("nameserver 10.9.8.7").stdout_has("search example.test").stdout_has("options ndots:3");
    etc.stdout_has("10.1.2.3").stdout_has("db.local").stdout_has("own.local");
    store.skiff(&["pod", "inspect", "resolved", "--format", "{{.Labels.tier}} {{.Labels.owner}}"]).ok().stdout_is("api ops");
    store.skiff(&["pod", "ps", "--ctr-names"]).ok().stdout_has("resolved-holder");

    // --pod-id-file refuses an existing file and makes nothing; --replace replaces.
    store.skiff(&["pod", "create", "--name", "other", "--pod-id-file", id_file]).code(125).stderr_has("already exists");
    store.skiff(&["pod", "exists", "other"]).code(1);
    store.skiff(&["pod", "create", "--name", "resolved"]).code(125).stderr_has("already in use");
    store.skiff(&["run", "-d", "--pod", "resolved", "--name", "inside", "bb", "sleep", "1000"]).ok();
    let replaced = store.skiff(&["pod", "create", "--replace", "--name", "resolved", "--no-hosts"]);
    replaced.ok().check(replaced.stdout.trim() != pod_id, "a new pod");
    store.skiff(&["container", "exists", "inside"]).code(1);
    store.skiff(&["pod", "create", "--add-host", "bad", "--name", "broken"]).code(125).stderr_has("bad");
    store.skiff(&["pod", "exists", "broken"]).code(1);
    store.skiff(&["pod", "create", "--uidmap", "0:1:70000"]).code(125).stderr_has("--uidmap 0:1:70000: uids 1-70000 are outside your user namespace");

    // --exit-policy stop: the pod stops when its last container exits.
    store.skiff(&["pod", "create", "--name", "brief", "--network", "none", "--exit-policy", "stop"]).ok();
    store.skiff(&["pod", "inspect", "brief", "--format", "{{.ExitPolicy}}"]).ok().stdout_is("stop");
    store.skiff(&["run", "-d", "--pod", "brief", "bb", "sleep", "1"]).ok();
    store.skiff(&["pod", "ps", "--filter", "name=brief", "--format", "{{.Status}}"]).ok().stdout_is("Running");
    wait_for("the pod to stop after its container", std::time::Duration::from_secs(15), || {
        store.skiff(&["pod", "ps", "--filter", "name=brief", "--format", "{{.Status}}"]).stdout.trim() == "Exited"
    });
    store.skiff(&["pod", "create", "--exit-policy", "later"]).code(125).stderr_has("--exit-policy");
    store.skiff(&["pod", "rm", "-f", "-a"]).ok();
    assert_no_processes_left(&store);
}

/// Processes in zombie state in the pod's pid namespace, as `container`
/// sees them.
fn zombies(store: &Store, container: &str) -> String {
    let out = store.skiff(&["exec", container, "sh", "-c", "grep -l '^State:.*Z' /proc/[0-9]*/status; true"]);
    out.ok();
    out.stdout.trim().to_string()
}

#[test]
fn a_pod_sharing_its_pid_namespace_sees_its_containers_processes() {
    let store = Store::new();
    store.import_busybox("bb");
    store.skiff(&["pod", "create", "--name", "p", "--share", "+pid"]).ok();
    store.skiff(&["pod", "inspect", "--format", "{{.SharedNamespaces}}", "p"]).ok().stdout_has("pid");
    store.skiff(&["run", "-d", "--pod", "p", "--name", "a", "bb", "sleep", "301"]).ok();
    store.skiff(&["run", "-d", "--pod", "p", "--name", "b", "bb", "sleep", "302"]).ok();
    // One pid namespace: each container's ps shows the other's process,
    // and pid 1 there is the pod's infra, not a container's command.
    let pidns = |c: &str| store.skiff(&["exec", c, "readlink", "/proc/self/ns/pid"]).ok().stdout.clone();
    assert_eq!(pidns("a"), pidns("b"));
    store.skiff(&["exec", "b", "ps"]).ok().stdout_has("sleep 301").stdout_has("sleep 302");
    store.skiff(&["exec", "a", "cat", "/proc/1/comm"]).ok().stdout_has("skiff");
    store.skiff(&["top", "a"]).ok().stdout_has("sleep 301");
    // An orphan goes to pid 1, which reaps it: no zombie is left.
    store.skiff(&["exec", "a", "sh", "-c", "sh -c 'sleep 0.2 &'"]).ok();
    wait_for("the orphan to be reaped", std::time::Duration::from_secs(20), || {
        zombies(&store, "b").is_empty() && !store.skiff(&["exec", "b", "ps"]).stdout.contains("sleep 0.2")
    });
    // A container's own --pid cannot be set in a pod.
    store.skiff(&["run", "--rm", "--pod", "p", "--pid", "host", "bb", "true"]).code(125).stderr_has("cannot be used with --pod");
    // Stopping and killing one leaves the other running.
    store.skiff(&["stop", "-t", "0", "a"]).ok();
    let after = store.skiff(&["exec", "b", "ps"]);
    after.ok().stdout_has("sleep 302").check(!after.stdout.contains("sleep 301"), "a's process is gone");
    store.skiff(&["kill", "b"]).ok();
    store.skiff(&["wait", "b"]).ok();
    store.skiff(&["start", "a"]).ok();
    store.skiff(&["exec", "a", "ps"]).ok().stdout_has("sleep 301");
    // The default pod shares ipc, net and uts; a --pid mode other than
    // private, host or ns:PATH is refused (pod_flags2 tests the others).
    store.skiff(&["pod", "create", "--name", "plain"]).ok();
    store.skiff(&["pod", "inspect", "--format", "{{.SharedNamespaces}}", "plain"]).ok().stdout_has("ipc");
    store.skiff(&["pod", "create", "--share", "cgroup"]).code(125).stderr_has("skiff shares net, ipc, uts and pid");
    store.skiff(&["pod", "create", "--share", "+pid", "--pid", "bogus"]).code(125).stderr_has("invalid --pid \"bogus\"");
    store.skiff(&["pod", "rm", "-f", "-t", "0", "p", "plain"]).ok();
    assert_no_processes_left(&store);
}
