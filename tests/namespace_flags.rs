//! `run`/`create` flags that change a container's namespaces, /dev, kernel
//! settings and groups, as podman 4.3 documents them: --sysctl, --ipc,
//! --uts, --pid, --shm-size, --dns-option, --group-add, --domainname,
//! --device and --platform. Each check looks from inside the container.

use crate::common;
use common::*;

/// What `sh -c SCRIPT` prints in a new `--rm` container with `flags`.
fn inside(store: &Store, flags: &[&str], script: &str) -> String {
    let mut args = vec!["run", "--rm"];
    args.extend_from_slice(flags);
    args.extend_from_slice(&["bb", "sh", "-c", script]);
    store.skiff(&args).ok().lines().join("\n")
}

fn host_namespace(kind: &str) -> String {
    std::fs::read_link(format!("/proc/self/ns/{kind}")).unwrap().display().to_string()
}

#[test]
fn sysctls_are_set_in_the_containers_own_namespaces_only() {
    let store = Store::new();
    store.import_busybox("bb");
    let seen = inside(
        &store,
        &["--sysctl", "net.ipv4.ip_unprivileged_port_start=80", "--sysctl", "kernel.shmmax=123456", "--sysctl", "fs.mqueue.msg_max=20"],
        "cat /proc/sys/net/ipv4/ip_unprivileged_port_start /proc/sys/kernel/shmmax /proc/sys/fs/mqueue/msg_max",
    );
    assert_eq!(seen, "80\n123456\n20", "--sysctl values must be what the container reads under /proc/sys");

    let before = containers_in_store(&store);
    for (flags, message) in [
        (vec!["--sysctl", "kernel.panic=1"], "sysctl \"kernel.panic\" is not allowed"),
        (vec!["--sysctl", "net.ipv4.ip_forward=1", "--network", "host"], "cannot be set with --network host"),
        (vec!["--sysctl", "kernel.shmmax=1", "--ipc", "host"], "cannot be set with --ipc host"),
        (vec!["--sysctl", "nonsense"], "invalid --sysctl \"nonsense\""),
    ] {
        let mut args = vec!["run", "--rm"];
        args.extend(flags.iter().copied());
        args.extend(["bb", "true"]);
        store.skiff(&args).code(125).stderr_has(message);
    }
    assert_eq!(containers_in_store(&store), before, "refused --sysctl values must create no container");
}

#[test]
fn ipc_uts_and_pid_namespaces_private_host_or_another_containers() {
    let store = Store::new();
    store.import_busybox("bb");
    let host_ipc = host_namespace("ipc");
    let host_uts = host_namespace("uts");
    let host_pid = host_namespace("pid");

    let own = inside(&store, &[], "for n in ipc uts pid; do readlink /proc/self/ns/$n; done; cat /proc/1/comm; true");
    let own: Vec<&str> = own.lines().collect();
    assert!(own[0] != host_ipc && own[1] != host_uts && own[2] != host_pid, "by default every namespace is the container's own: {own:?}");
    assert_eq!(own[3], "sh", "the container's command is pid 1 of its own pid namespace");

    let host = inside(
        &store,
        &["--ipc", "host", "--uts", "host", "--pid", "host"],
        "for n in ipc uts pid; do readlink /proc/self/ns/$n; done; hostname; cat /proc/1/comm",
    );
    let host_name = String::from_utf8(std::process::Command::new("hostname").output().unwrap().stdout).unwrap();
    let host_init = std::fs::read_to_string("/proc/1/comm").unwrap();
    assert_eq!(
        host,
        format!("{host_ipc}\n{host_uts}\n{host_pid}\n{}\n{}", host_name.trim(), host_init.trim()),
        "--ipc/--uts/--pid host must be the host's namespaces, hostname and pid 1"
    );

    // Another container's: its namespaces, hostname and processes.
    store.skiff(&["run", "-d", "--name", "holder", "--hostname", "holdername", "bb", "sleep", "1000"]).ok();
    let theirs = store.skiff(&["exec", "holder", "sh", "-c", "for n in ipc uts pid; do readlink /proc/self/ns/$n; done"]).ok().lines().join("\n");
    let joined = inside(
        &store,
        &["--ipc", "container:holder", "--uts", "container:holder", "--pid", "container:holder"],
        "for n in ipc uts pid; do readlink /proc/self/ns/$n; done; hostname; cat /proc/1/comm",
    );
    assert_eq!(joined, format!("{theirs}\nholdername\nsleep"), "container:NAME must join that container's namespaces");

    // --ipc none: no /dev/shm; --ipc shareable is a private one.
    let none = inside(&store, &["--ipc", "none"], "test -e /dev/shm && echo shm || echo no-shm");
    assert_eq!(none, "no-shm", "--ipc none must leave /dev/shm out");
    let shareable = inside(&store, &["--ipc", "shareable"], "readlink /proc/self/ns/ipc");
    assert!(shareable != host_ipc && !shareable.is_empty(), "--ipc shareable is a namespace of its own");

    store.skiff(&["run", "--rm", "--uts", "host", "--hostname", "x", "bb", "true"]).code(125).stderr_has("--hostname cannot be set with --uts host");
    store.skiff(&["run", "--rm", "--pid", "bogus", "bb", "true"]).code(125).stderr_has("invalid --pid \"bogus\"");
    store.skiff(&["run", "--rm", "--ipc", "container:missing", "bb", "true"]).code(125).stderr_has("--ipc container:missing");
    store.skiff(&["create", "--name", "stopped", "bb", "true"]).ok();
    store.skiff(&["run", "--rm", "--pid", "container:stopped", "bb", "true"]).code(125).stderr_has("container stopped is not running");
    store.skiff(&["rm", "-f", "-t", "0", "holder", "stopped"]).ok();
}

#[test]
fn shm_size_dns_options_domainname_and_groups() {
    let store = Store::new();
    store.import_busybox("bb");
    let shm = inside(&store, &["--shm-size", "2m"], "df -k /dev/shm | tail -n 1");
    assert_eq!(shm.split_whitespace().nth(1), Some("2048"), "--shm-size 2m must make /dev/shm 2048 KiB: {shm:?}");
    let default = inside(&store, &[], "df -k /dev/shm | tail -n 1");
    assert_eq!(default.split_whitespace().nth(1), Some("65536"), "the default /dev/shm is 64 MiB: {default:?}");

    let resolv = inside(&store, &["--dns-option", "ndots:2", "--dns-option", "timeout:1"], "grep ^options /etc/resolv.conf");
    assert_eq!(resolv, "options ndots:2 timeout:1", "--dns-option must replace the options line of /etc/resolv.conf");

    let domain = inside(&store, &["--domainname", "example.test"], "cat /proc/sys/kernel/domainname");
    assert_eq!(domain, "example.test", "--domainname must be the container's NIS domain name");

    let groups = inside(&store, &["--group-add", "1234", "--group-add", "app", "-u", "0:0"], "id -G");
    assert_eq!(groups, "0 1000 1234", "--group-add must add the groups, by number and by the image's group name");
    // The supplementary groups as podman sets them: the primary group
    // leads them when a user is given, and is left out when none is.
    let supplementary = |flags: &[&str]| inside(&store, flags, "grep ^Groups: /proc/self/status").trim_start_matches("Groups:").trim().to_string();
    assert_eq!(supplementary(&["-u", "1000:1000"]), "1000", "--user 1000:1000 must have group 1000 among its supplementary groups");
    assert_eq!(supplementary(&["-u", "0:0", "--group-add", "5"]), "0 5");
    assert_eq!(supplementary(&[]), "", "without --user, no supplementary group");

    store.skiff(&["run", "--rm", "--shm-size", "0", "bb", "true"]).code(125).stderr_has("invalid --shm-size");
    store.skiff(&["run", "--rm", "--group-add", "nosuchgroup", "bb", "true"]).code(125).stderr_has("unable to find group nosuchgroup");
    store.skiff(&["run", "--rm", "--group-add", "keep-groups", "--group-add", "10", "bb", "true"]).code(125).stderr_has("keep-groups");
}

#[test]
fn devices_are_the_hosts_nodes() {
    let store = Store::new();
    store.import_busybox("bb");
    let seen = inside(&store, &["--device", "/dev/zero:/dev/myzero", "--device", "/dev/full"], "head -c 5 /dev/myzero | wc -c; echo x > /dev/full || echo full");
    assert_eq!(seen, "5\nfull", "--device must bind the host's node at the path given (or the same path)");
    // Without a device cgroup the permissions cannot be enforced: said, not hidden.
    store
        .skiff(&["run", "--rm", "--device", "/dev/null:/dev/mynull:r", "bb", "sh", "-c", "echo x > /dev/mynull && echo written"])
        .ok()
        .stdout_has("written")
        .stderr_has("the permissions are not enforced");
    store.skiff(&["run", "--rm", "--device", "/dev/nosuchdevice", "bb", "true"]).code(125).stderr_has("--device /dev/nosuchdevice");
    store.skiff(&["run", "--rm", "--device", "/etc/passwd", "bb", "true"]).code(125).stderr_has("not a device node");
    store.skiff(&["run", "--rm", "--device", "/dev/null:/dev/x:rwz", "bb", "true"]).code(125).stderr_has("invalid --device");
}

#[test]
fn platforms_this_host_cannot_run_are_refused() {
    let store = Store::new();
    store.import_busybox("bb");
    let host_arch = match std::env::consts::ARCH {
        "x86_64" => "amd64",
        "aarch64" => "arm64",
        other => other,
    };
    inside(&store, &["--platform", &format!("linux/{host_arch}")], "true");
    store.skiff(&["run", "--rm", "--platform", "windows/amd64", "bb", "true"]).code(125).stderr_has("skiff runs Linux containers only");
    // No emulator is registered for s390x on the machines tests run on.
    if !std::path::Path::new("/proc/sys/fs/binfmt_misc/qemu-s390x").exists() {
        store.skiff(&["run", "--rm", "--arch", "s390x", "bb", "true"]).code(125).stderr_has("no emulator for s390x");
    }
    store.skiff(&["run", "--rm", "--platform", "linux", "bb", "true"]).code(125).stderr_has("invalid platform");
}

/// A shared ipc namespace shares its /dev/shm, as in podman and docker:
/// POSIX shared memory (shm_open) lives there. `--ipc container:NAME` sees
/// that container's, a pod's containers see the pod's, and none of them
/// sees the host's /dev/shm.
#[test]
fn a_shared_ipc_namespace_shares_its_dev_shm() {
    let store = Store::new();
    store.import_busybox("bb");
    let host_file = format!("/dev/shm/skiff-test-{}", std::process::id());
    store.bash(&format!("echo host > {host_file}")).ok();
    let host_name = host_file.trim_start_matches("/dev/shm/").to_string();
    let writer = |name: &str, flags: &[&str]| {
        let mut args = vec!["run", "-d", "--name", name];
        args.extend_from_slice(flags);
        args.extend_from_slice(&["bb", "sh", "-c", "echo from-$(hostname) > /dev/shm/note; sleep 1000"]);
        store.skiff(&args).ok();
        wait_for("the note in /dev/shm", std::time::Duration::from_secs(10), || store.skiff(&["exec", name, "cat", "/dev/shm/note"]).code == 0);
    };
    writer("owner", &["--hostname", "owner"]);
    assert_eq!(inside(&store, &["--ipc", "container:owner"], "cat /dev/shm/note; echo more > /dev/shm/back"), "from-owner");
    store.skiff(&["exec", "owner", "cat", "/dev/shm/back"]).ok().stdout_is("more");
    // Not shared: a /dev/shm of its own.
    assert_eq!(inside(&store, &[], "ls /dev/shm | wc -l"), "0");

    store.skiff(&["pod", "create", "--name", "shared"]).ok();
    writer("member", &["--pod", "shared"]);
    let seen = inside(&store, &["--pod", "shared"], &format!("cat /dev/shm/note; ls /dev/shm | grep -c {host_name}; df -k /dev/shm | tail -1 | tr -s ' ' | cut -d' ' -f2"));
    assert_eq!(seen, "from-shared\n0\n65536", "the pod's containers share one 64m /dev/shm, not the host's");
    // pod create/clone --shm-size: the size of the pod's shared /dev/shm.
    let shm_kib = "df -k /dev/shm | tail -1 | tr -s ' ' | cut -d' ' -f2";
    store.skiff(&["pod", "create", "--name", "small", "--shm-size", "16m"]).ok();
    assert_eq!(inside(&store, &["--pod", "small"], shm_kib), "16384");
    store.skiff(&["pod", "clone", "--shm-size", "8m", "small", "smaller"]).ok();
    assert_eq!(inside(&store, &["--pod", "smaller"], shm_kib), "8192");
    store.skiff(&["pod", "clone", "small", "same"]).ok();
    assert_eq!(inside(&store, &["--pod", "same"], shm_kib), "16384");
    store.skiff(&["pod", "create", "--share", "net", "--shm-size", "1m"]).code(125).stderr_has("ipc");
    store.skiff(&["pod", "create", "--shm-size", "lots"]).code(125).stderr_has("--shm-size");
    // A pod that does not share ipc: each container has its own.
    store.skiff(&["pod", "create", "--name", "apart", "--share", "net"]).ok();
    writer("alone", &["--pod", "apart"]);
    assert_eq!(inside(&store, &["--pod", "apart"], "ls /dev/shm | wc -l"), "0");
    store.bash(&format!("rm -f {host_file}")).ok();
    store.skiff(&["pod", "rm", "-f", "-t", "0", "-a"]).ok();
    store.skiff(&["rm", "-f", "-t", "0", "-a"]).ok();
    assert_no_processes_left(&store);
}
