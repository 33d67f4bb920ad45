//! `pod create`'s flags that every container of the pod inherits, and the
//! pod commands that copy pods, through the real binary.

use crate::common;
use common::*;

/// A field of /proc/self/status inside a container of `pod`.
fn status_field_in_pod(store: &Store, pod: &str, extra: &[&str], field: &str) -> String {
    let mut args = vec!["run", "--rm", "--pod", pod];
    args.extend_from_slice(extra);
    args.extend_from_slice(&["bb", "grep", field, "/proc/self/status"]);
    let out = store.skiff(&args);
    out.ok().stdout.split_whitespace().nth(1).unwrap_or_default().to_string()
}

/// `pod create --sysctl/--volume/--volumes-from/--device/--security-opt/
/// --mac-address`: every container created into the pod has them, its own
/// flags winning at the same path; `pod inspect` shows them.
#[test]
fn pod_create_settings_reach_every_container_of_the_pod() {
    let store = Store::new();
    store.import_busybox("bb");
    let shared = store.write_file("shared/hello.txt", "from the host\n");
    let shared_dir = shared.parent().unwrap().to_str().unwrap().to_string();
    store.skiff(&["volume", "create", "podvol"]).ok();
    store.skiff(&["create", "--name", "donor", "-v", "donated:/donated", "bb", "true"]).ok();
    store.skiff(&["run", "--rm", "-v", "donated:/donated", "bb", "sh", "-c", "echo given > /donated/file"]).ok();
    store
        .skiff(&[
            "pod", "create", "--name", "set",
            "--sysctl", "net.ipv4.ping_group_range=0 0",
            "--sysctl", "kernel.msgmax=4096",
            "-v", &format!("{shared_dir}:/shared:ro"),
            "--volume", "podvol:/data",
            "--volumes-from", "donor:ro",
            "--device", "/dev/zero:/dev/podzero",
            "--security-opt", "no-new-privileges",
            "--mac-address", "92:d0:c6:0a:29:55",
        ])
        .ok();
    let script = "cat /proc/sys/net/ipv4/ping_group_range /proc/sys/kernel/msgmax /shared/hello.txt /donated/file; \
                  head -c 3 /dev/podzero | wc -c; cat /sys/class/net/tap0/address; \
                  touch /shared/x 2>/dev/null || echo read-only; echo data > /data/f && cat /data/f";
    store
        .skiff(&["run", "--rm", "--pod", "set", "bb", "sh", "-c", script])
        .ok()
        .stdout_is("0\t0\n4096\nfrom the host\ngiven\n3\n92:d0:c6:0a:29:55\nread-only\ndata");
    assert_eq!(status_field_in_pod(&store, "set", &[], "NoNewPrivs"), "1");
    // The container's own flags come after the pod's, and win at the same path.
    let own = store.write_file("own/hello.txt", "the container's own\n");
    let own_dir = own.parent().unwrap().to_str().unwrap().to_string();
    store
        .skiff(&["run", "--rm", "--pod", "set", "-v", &format!("{own_dir}:/shared"), "--device", "/dev/null:/dev/podzero", "bb", "sh", "-c", "cat /shared/hello.txt; head -c 3 /dev/podzero | wc -c"])
        .ok()
        .stdout_is("the container's own\n0");
    // A container outside the pod has none of it.
    store.skiff(&["run", "--rm", "bb", "sh", "-c", "ls /shared /dev/podzero 2>/dev/null | wc -l"]).ok().stdout_is("0");

    let inspect = store.skiff(&["pod", "inspect", "set"]);
    let doc: serde_json::Value = serde_json::from_str(&inspect.ok().stdout).unwrap();
    assert_eq!(doc["InfraConfig"]["StaticMAC"], "92:d0:c6:0a:29:55");
    assert_eq!(doc["security_opt"], serde_json::json!(["no-new-privileges"]));
    assert_eq!(doc["volumes_from"], serde_json::json!(["donor:ro"]));
    assert_eq!(doc["devices"][0]["path_in_container"], "/dev/podzero");
    assert_eq!(doc["mounts"][0]["Destination"], "/shared");
    assert_eq!(doc["mounts"][0]["RW"], false);
    assert_eq!(doc["mounts"][1]["Name"], "podvol");
    assert_eq!(doc["sysctl"]["kernel.msgmax"], "4096");
    // A pod without them shows none of the keys, as podman.
    store.skiff(&["pod", "create", "--name", "bare"]).ok();
    let bare = store.skiff(&["pod", "inspect", "bare"]);
    bare.ok().check(!bare.stdout.contains("security_opt") && !bare.stdout.contains("\"mounts\""), "no inherited settings shown");
    store.skiff(&["pod", "rm", "-f", "set", "bare"]).ok();

    // Bad values: one line naming them, exit 125, no pod made.
    for (args, named) in [
        (vec!["--sysctl", "kernel.hostname=x"], "kernel.hostname"),
        (vec!["--sysctl", "vm.swappiness=1"], "vm.swappiness"),
        (vec!["--sysctl", "net.ipv4.ip_forward=1", "--share", "ipc"], "add net to --share"),
        (vec!["--sysctl", "net.ipv4.ip_forward=1", "--network", "host"], "--network host"),
        (vec!["--sysctl", "novalue"], "novalue"),
        (vec!["--device", "/dev/nosuchdevice"], "/dev/nosuchdevice"),
        (vec!["--device", "/etc/passwd"], "not a device node"),
        (vec!["--volumes-from", "nosuchcontainer"], "nosuchcontainer"),
        (vec!["--volumes-from", "donor:xx"], "donor:xx"),
        (vec!["-v", "relative:/x:bogus"], "bogus"),
        (vec!["--security-opt", "seccomp=/nonexistent.json"], "/nonexistent.json"),
        (vec!["--mac-address", "zz:zz"], "zz:zz"),
        (vec!["--mac-address", "92:d0:c6:0a:29:55", "--network", "none"], "--mac-address"),
        (vec!["--pid", "container:x"], "container:x"),
        (vec!["--userns", "nomap:size=1"], "invalid --userns \"nomap:size=1\""),
    ] {
        let mut full = vec!["pod", "create"];
        full.extend(args);
        full.push("broken");
        store.skiff(&full).code(125).stderr_has(named);
    }
    store.skiff(&["pod", "exists", "broken"]).code(1);
    store.skiff(&["rm", "-f", "donor"]).ok();
    assert_no_processes_left(&store);
}

/// `pod clone`: a new pod with the original's settings (NAME-clone, then
/// NAME-clone1), those given changing or adding to them; `--destroy`
/// removes the original, `--start` starts the copy.
#[test]
fn pod_clone_copies_a_pods_settings() {
    let store = Store::new();
    store.import_busybox("bb");
    store
        .skiff(&["pod", "create", "--name", "orig", "--label", "team=a", "--hostname", "orighost", "--sysctl", "kernel.msgmax=4096", "--device", "/dev/zero:/dev/podzero", "--dns", "10.0.0.9"])
        .ok();
    let first = store.skiff(&["pod", "clone", "orig"]);
    first.ok().check(first.stdout.trim().len() == 64, "pod clone prints the new pod's id");
    store.skiff(&["pod", "inspect", "--format", "{{.Name}} {{.Hostname}} {{.Labels}}", "orig-clone"]).ok().stdout_is("orig-clone orighost map[team:a]");
    store.skiff(&["pod", "clone", "orig"]).ok();
    store.skiff(&["pod", "exists", "orig-clone1"]).ok();
    // Overrides: a new name (flag or argument), hostname, labels added, a sysctl replaced; then started.
    store
        .skiff(&["pod", "clone", "--hostname", "newhost", "--label", "tier=web", "--sysctl", "kernel.msgmax=8192", "--start", "orig", "copy"])
        .ok();
    store.skiff(&["pod", "inspect", "--format", "{{.State}} {{.Hostname}} {{.Labels}}", "copy"]).ok().stdout_is("Running newhost map[team:a tier:web]");
    let script = "hostname; cat /proc/sys/kernel/msgmax; head -c 2 /dev/podzero | wc -c; grep nameserver /etc/resolv.conf | head -1";
    store.skiff(&["run", "--rm", "--pod", "copy", "bb", "sh", "-c", script]).ok().stdout_is("newhost\n8192\n2\nnameserver 10.0.0.9");
    // --destroy removes the original.
    store.skiff(&["pod", "clone", "--destroy", "--name", "moved", "orig"]).ok();
    store.skiff(&["pod", "exists", "orig"]).code(1);
    store.skiff(&["pod", "inspect", "--format", "{{.Hostname}}", "moved"]).ok().stdout_is("orighost");
    store.skiff(&["pod", "clone", "--device", "/dev/nosuchdevice", "moved", "x"]).code(125).stderr_has("/dev/nosuchdevice");
    // A pod's containers are cloned into the new pod (NAME-clone), as `container clone` does.
    store.skiff(&["create", "--pod", "moved", "--name", "member", "-e", "WHO=member", "bb", "sh", "-c", "echo $WHO $(hostname)"]).ok();
    store.skiff(&["pod", "clone", "moved", "withmember"]).ok();
    store.skiff(&["ps", "-a", "--filter", "pod=withmember", "--format", "{{.Names}}"]).ok().stdout_is("member-clone");
    store.skiff(&["start", "-a", "member-clone"]).ok().stdout_is("member orighost");
    // One that cannot be cloned (its creation options are gone): nothing is made.
    let id = store.skiff(&["create", "--pod", "moved", "--name", "old", "bb", "true"]).ok().stdout.trim().to_string();
    store.bash(&format!("rm {}/{id}/create-options.json", store.containers_dir().display())).ok();
    store.skiff(&["pod", "clone", "moved", "partial"]).code(125).stderr_has("old");
    store.skiff(&["pod", "exists", "partial"]).code(1);
    store.skiff(&["container", "exists", "member-clone1"]).code(1);
    store.skiff(&["rm", "old"]).ok();
    store.skiff(&["pod", "clone", "nosuchpod"]).code(125).stderr_has("nosuchpod");
    store.skiff(&["pod", "clone", "--name", "a", "moved", "b"]).code(125).stderr_has("named twice");
    store.skiff(&["pod", "clone", "--cpus", "2", "moved"]).code(125).stderr_has("--cpus");
    // --uts: the host's uts namespace and hostname, or back to one of its own.
    store.skiff(&["pod", "clone", "--uts", "host", "moved", "onhost"]).ok();
    let host = store.bash("hostname").ok().stdout.trim().to_string();
    store.skiff(&["run", "--rm", "--pod", "onhost", "bb", "hostname"]).ok().stdout_is(&host);
    store.skiff(&["pod", "clone", "--uts", "private", "onhost", "own"]).ok();
    store.skiff(&["run", "--rm", "--pod", "own", "bb", "hostname"]).ok().stdout_is("own");
    store.skiff(&["pod", "clone", "--uts", "bogus", "moved", "y"]).code(125).stderr_has("bogus");
    store.skiff(&["pod", "exists", "x"]).code(1);
    store.skiff(&["pod", "rm", "-f", "-a"]).ok();
    assert_no_processes_left(&store);
}

/// `pod create --uts host`: the pod's containers have the host's uts
/// namespace and hostname; `private` is the default.
#[test]
fn pod_create_uts_host_gives_the_containers_the_hosts_hostname() {
    let store = Store::new();
    store.import_busybox("bb");
    let host = nix::unistd::gethostname().unwrap().to_string_lossy().into_owned();
    store.skiff(&["pod", "create", "--uts", "host", "--name", "hosted"]).ok();
    store.skiff(&["run", "--rm", "--pod", "hosted", "bb", "hostname"]).ok().stdout_is(&host);
    let own_uts = std::fs::read_link("/proc/self/ns/uts").unwrap().to_string_lossy().into_owned();
    store.skiff(&["run", "--rm", "--pod", "hosted", "bb", "readlink", "/proc/self/ns/uts"]).ok().stdout_is(&own_uts);
    store.skiff(&["pod", "inspect", "--format", "{{.InfraConfig.uts_ns}} {{.Hostname}}", "hosted"]).ok().stdout_is(&format!("host {host}"));
    store.skiff(&["pod", "create", "--uts", "private", "--name", "own"]).ok();
    store.skiff(&["run", "--rm", "--pod", "own", "bb", "hostname"]).ok().stdout_is("own");
    store.skiff(&["pod", "create", "--uts", "ns:/proc/1/ns/uts", "broken"]).code(125).stderr_has("--uts");
    store.skiff(&["pod", "create", "--uts", "host", "--hostname", "x", "broken"]).code(125).stderr_has("--hostname");
    store.skiff(&["pod", "exists", "broken"]).code(1);
    store.skiff(&["pod", "rm", "-f", "-a"]).ok();
    assert_no_processes_left(&store);
}

/// `pod create --userns=auto`: the pod gets a user namespace of its own,
/// held by its infra process, that every container of the pod joins (the
/// same namespace, the same ids, again after the pod restarts); inspect
/// shows the infra container's as podman does and `pod inspect` lists
/// "user" among the shared namespaces; exec and cp work; a container of the
/// pod that asks for its own gets podman's error. A container's `auto`
/// takes ids the pod does not hold. `--userns=keep-id` runs the pod's
/// containers as the user, `--uidmap` maps as the container flag does,
/// `pod clone` keeps the mapping, and `kube play --userns=auto` gives the
/// file's pod a namespace of its own.
#[test]
fn pod_userns_gives_the_pod_one_user_namespace_its_containers_join() {
    let store = Store::new();
    store.import_busybox("bb");
    if is_podman() {
        return;
    }
    store.skiff(&["pod", "create", "--name", "pa", "--userns=auto"]).ok();
    store.skiff(&["run", "-d", "--pod", "pa", "--name", "one", "bb", "sleep", "600"]).ok();
    store.skiff(&["run", "-d", "--pod", "pa", "--name", "two", "bb", "sleep", "600"]).ok();
    let exec = |name: &str, script: &str| store.skiff(&["exec", name, "sh", "-c", script]).ok().stdout.clone();
    let namespace = |name: &str| exec(name, "readlink /proc/self/ns/user");
    assert_eq!(namespace("one"), namespace("two"), "the pod's containers share one user namespace");
    assert_eq!(parse_id_map(&exec("one", "cat /proc/self/uid_map")), vec![[0, 1, 1024]], "the pod's auto namespace takes the first 1024 ids");
    let infra = store.skiff(&["pod", "inspect", "--format", "{{.InfraContainerId}}", "pa"]).ok().stdout.trim().to_string();
    store
        .skiff(&["inspect", "--format", "{{.HostConfig.UsernsMode}} {{.HostConfig.IDMappings.UidMap}}", "one"])
        .ok()
        .stdout_is(&format!("container:{infra} [0:1:1024]"));
    store.skiff(&["pod", "inspect", "--format", "{{.SharedNamespaces}}", "pa"]).ok().stdout_is("[ipc net user uts]");
    assert_eq!(exec("one", "id -u; stat -c %u:%g /bin/busybox"), "0\n0:0\n", "root inside, the image's files root's");
    copy_in_and_out(&store, "one");
    let before = containers_in_store(&store);
    store.skiff(&["create", "--pod", "pa", "--userns=keep-id", "bb"]).code(125).stderr_has("--userns and --pod cannot be set together");
    store.skiff(&["create", "--pod", "pa", "--uidmap", "0:0:1", "bb"]).code(125).stderr_has("cannot specify a new uid/gid map when entering a pod");
    assert_eq!(containers_in_store(&store), before, "a refused container left something behind");
    let manifest = store
        .write_file(
            "ns.yaml",
            "apiVersion: v1\nkind: Pod\nmetadata:\n  name: kp\nspec:\n  containers:\n  - name: c\n    image: localhost/bb\n    command: [\"sleep\", \"600\"]\n",
        )
        .display()
        .to_string();
    store.skiff(&["kube", "play", "--userns=auto", &manifest]).ok();
    assert_eq!(parse_id_map(&exec("kp-c", "cat /proc/self/uid_map")), vec![[0, 1025, 1024]], "kube play's pod takes the next free ids");
    let own = store.skiff(&["run", "--rm", "--userns=auto", "bb", "cat", "/proc/self/uid_map"]);
    own.ok().check(parse_id_map(&own.stdout) == vec![[0, 2049, 1024]], "a container's auto takes ids no pod holds");
    store.skiff(&["pod", "stop", "-t", "0", "pa"]).ok();
    store.skiff(&["pod", "start", "pa"]).ok();
    assert_eq!(namespace("one"), namespace("two"), "after a restart the pod's containers share its new namespace");
    assert_eq!(parse_id_map(&exec("two", "cat /proc/self/uid_map")), vec![[0, 1, 1024]], "and keep its ids");

    store.skiff(&["pod", "create", "--name", "pk", "--userns=keep-id"]).ok();
    let keep = store.skiff(&["run", "--rm", "--pod", "pk", "bb", "sh", "-c", "id -u; cat /proc/self/uid_map"]);
    keep.ok();
    let lines = keep.lines();
    keep.check(lines[0].trim() == TEST_UID.to_string(), "a keep-id pod's container runs as the user");
    keep.check(parse_id_map(&lines[1..].join("\n")) == vec![[0, 1, 1500], [1500, 0, 1], [1501, 1501, 64036]], "keep-id's mapping");
    // Two containers of a keep-id pod: one namespace and mapping, exec
    // and cp into one, the same again after a pod restart (a new holder).
    store.skiff(&["run", "-d", "--pod", "pk", "--name", "k1", "bb", "sleep", "600"]).ok();
    store.skiff(&["run", "-d", "--pod", "pk", "--name", "k2", "bb", "sleep", "600"]).ok();
    assert_eq!(namespace("k1"), namespace("k2"), "a keep-id pod's containers share one user namespace");
    assert_eq!(exec("k1", "cat /proc/self/uid_map"), exec("k2", "cat /proc/self/uid_map"), "and see one mapping");
    assert_eq!(exec("k2", "id -u"), format!("{TEST_UID}\n"), "exec runs as the user too");
    copy_in_and_out(&store, "k1");
    let infra = store.skiff(&["pod", "inspect", "--format", "{{.InfraContainerId}}", "pk"]).ok().stdout.trim().to_string();
    store.skiff(&["inspect", "--format", "{{.HostConfig.UsernsMode}}", "k2"]).ok().stdout_is(&format!("container:{infra}"));
    store.skiff(&["pod", "inspect", "--format", "{{.InfraConfig.userns}} {{.SharedNamespaces}}", "pk"]).ok().stdout_is("private [ipc net user uts]");
    let before_restart = namespace("k1");
    store.skiff(&["pod", "restart", "pk"]).ok();
    assert_eq!(namespace("k1"), namespace("k2"), "after pod restart the containers share the pod's new namespace");
    assert_ne!(namespace("k1"), before_restart, "which the new infra process made");
    assert_eq!(exec("k1", "cat /tmp/in"), "copied in\n", "the files copied in are still there");
    store.skiff(&["restart", "-t", "0", "k2"]).ok();
    assert_eq!(namespace("k1"), namespace("k2"), "a restarted container joins the pod's namespace again");
    store.skiff(&["create", "--pod", "pk", "--userns=host", "bb"]).code(125).stderr_has("--userns and --pod cannot be set together");
    // The holder of a pid-sharing pod's own namespaces (pid 1 there) stays
    // out of reach of its containers' root, SYS_PTRACE or not: its
    // /proc/PID/exe is the skiff binary.
    store.skiff(&["pod", "create", "--name", "pp", "--share", "+pid", "--userns=keep-id"]).ok();
    let probe = "grep -q pod-infra /proc/1/cmdline && echo holder; cat /proc/1/exe >/dev/null 2>&1 && echo reached || echo refused";
    store.skiff(&["run", "--rm", "--pod", "pp", "--user", "0", "--cap-add", "SYS_PTRACE", "bb", "sh", "-c", probe]).ok().stdout_is("holder\nrefused");

    store.skiff(&["pod", "create", "--name", "pm", "--uidmap", "0:0:1", "--uidmap", "1:3000:5000"]).ok();
    let mapped = store.skiff(&["run", "--rm", "--pod", "pm", "bb", "cat", "/proc/self/uid_map"]);
    mapped.ok().check(parse_id_map(&mapped.stdout) == vec![[0, 0, 1], [1, 3000, 5000]], "--uidmap maps the pod's namespace");
    store.skiff(&["pod", "clone", "pm", "pm2"]).ok();
    let cloned = store.skiff(&["run", "--rm", "--pod", "pm2", "bb", "cat", "/proc/self/uid_map"]);
    cloned.ok().check(parse_id_map(&cloned.stdout) == vec![[0, 0, 1], [1, 3000, 5000]], "a clone keeps the pod's mapping");
}

/// A pod whose user namespace leaves out the user's own id (`--userns
/// nomap`, and `auto`, as podman 4.3.1 maps them): its containers have no
/// uid_map line for skiff's 0, their root writes its own files and
/// /etc/hosts, the user's file on a bind mount shows as nobody, they share
/// the pod's /dev/shm, exec and cp both ways work, and removing the pods
/// leaves `system check` clean.
#[test]
fn pod_userns_may_leave_out_the_users_own_id() {
    let store = Store::new();
    store.import_busybox("bb");
    if is_podman() {
        return;
    }
    let file = store.write_file("mine", "the user's\n");
    let bind = format!("{}:/mine", file.display());
    let exec = |name: &str, script: &str| store.skiff(&["exec", name, "sh", "-c", script]).ok().stdout.clone();
    for (pod, userns, map) in [("pn", "nomap", [0, 1, u64::from(SUBID_COUNT)]), ("pa", "auto", [0, 1, 1024])] {
        store.skiff(&["pod", "create", "--name", pod, "--userns", userns]).ok();
        let (first, second) = (format!("{pod}-1"), format!("{pod}-2"));
        store.skiff(&["run", "-d", "--pod", pod, "--name", &first, "-v", &bind, "bb", "sleep", "600"]).ok();
        store.skiff(&["run", "-d", "--pod", pod, "--name", &second, "bb", "sleep", "600"]).ok();
        assert_eq!(parse_id_map(&exec(&first, "cat /proc/self/uid_map")), vec![map], "{userns}: no uid_map line for the user");
        assert_eq!(parse_id_map(&exec(&second, "cat /proc/self/gid_map")), vec![map], "{userns}: no gid_map line for the user");
        assert_eq!(
            exec(&first, "id -u; stat -c %u /mine /bin/busybox; echo 10.9.9.9 x >> /etc/hosts && echo hosts-written; touch /made && stat -c %u /made"),
            "0\n65534\n0\nhosts-written\n0\n",
            "{userns}: root inside, the user's file nobody's, /etc/hosts and new files root's"
        );
        exec(&second, &format!("echo {pod} > /dev/shm/shared"));
        assert_eq!(exec(&first, "cat /dev/shm/shared"), format!("{pod}\n"), "{userns}: the pod's containers share its /dev/shm");
        copy_in_and_out(&store, &first);
        store.skiff(&["pod", "rm", "-f", "-t", "0", pod]).ok();
    }
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "the user's\n", "the user's file must be untouched");
    assert_eq!(containers_in_store(&store), Vec::<String>::new(), "pod rm must leave no container behind");
    store.skiff(&["system", "check"]).ok().stdout_is("No problems found");
    assert_no_processes_left(&store);
}

/// `pod create --pid host|ns:PATH` and `pod clone --pid`: the pod's
/// containers share the host's pid namespace (the user's own), or the one
/// at the path (here a running container's), instead of one the pod holds;
/// pid joins the shared namespaces.
#[test]
fn pod_create_pid_host_and_ns_path_choose_the_containers_pid_namespace() {
    let store = Store::new();
    store.import_busybox("bb");
    let own_pid_namespace = std::fs::read_link("/proc/self/ns/pid").unwrap().to_string_lossy().into_owned();
    let pid_namespace_in_pod = |pod: &str| store.skiff(&["run", "--rm", "--pod", pod, "bb", "readlink", "/proc/self/ns/pid"]).ok().stdout.trim().to_string();
    store.skiff(&["pod", "create", "--pid", "host", "--name", "hostpid"]).ok();
    assert_eq!(pid_namespace_in_pod("hostpid"), own_pid_namespace, "--pid host: the host's pid namespace");
    store.skiff(&["pod", "inspect", "--format", "{{.InfraConfig.pid_ns}} {{.SharedNamespaces}}", "hostpid"]).ok().stdout_is("host [uts ipc net pid]");
    // The default: a pid namespace of the pod's own, not the host's.
    store.skiff(&["pod", "create", "--pid", "private", "--share", "+pid", "--name", "ownpid"]).ok();
    let private = pid_namespace_in_pod("ownpid");
    assert!(private.starts_with("pid:[") && private != own_pid_namespace, "{private}");
    // A copy takes the original's, or the one asked for.
    store.skiff(&["pod", "clone", "--pid", "host", "ownpid", "clonedhost"]).ok();
    assert_eq!(pid_namespace_in_pod("clonedhost"), own_pid_namespace, "pod clone --pid host");
    // ns:PATH: a running container's pid namespace, where the pod's containers see its processes.
    store.skiff(&["run", "-d", "--name", "sleeper", "bb", "sleep", "300"]).ok();
    let pid = store.skiff(&["inspect", "--format", "{{.State.Pid}}", "sleeper"]).ok().stdout.trim().to_string();
    let sleepers = store.skiff(&["exec", "sleeper", "readlink", "/proc/self/ns/pid"]).ok().stdout.trim().to_string();
    store.skiff(&["pod", "create", "--pid", &format!("ns:/proc/{pid}/ns/pid"), "--name", "joined"]).ok();
    assert_eq!(pid_namespace_in_pod("joined"), sleepers, "--pid ns:PATH: that pid namespace");
    store.skiff(&["run", "--rm", "--pod", "joined", "bb", "ps", "-o", "args"]).ok().stdout_has("sleep 300");
    // Bad values: one line naming them, no pod made.
    store.skiff(&["pod", "create", "--pid", "bogus", "broken"]).code(125).stderr_has("bogus");
    store.skiff(&["pod", "create", "--pid", "ns:/nonexistent/ns/pid", "broken"]).code(125).stderr_has("/nonexistent/ns/pid");
    store.skiff(&["pod", "exists", "broken"]).code(1);
    store.skiff(&["pod", "rm", "-f", "-a"]).ok();
    store.skiff(&["rm", "-f", "sleeper"]).ok();
    assert_no_processes_left(&store);
}
