//! Pods on user networks (`pod create --network NAME`): the pod's network
//! namespace, held by its infra process, joins the networks as a
//! container's does, under the pod's name and aliases; its containers
//! reach the network's others by name and are reached by the pod's names.

use crate::common;
use common::*;

/// A busybox httpd serving `page` as /index.html on port 80.
fn web_server(page: &str) -> String {
    format!("mkdir -p /www && echo {page} > /www/index.html && exec httpd -f -p 80 -h /www")
}

/// A shell loop that fetches `url` with busybox wget, retrying while the
/// server starts.
fn fetch(url: &str) -> String {
    format!("for i in $(seq 20); do wget -qO- {url} && exit 0; sleep 0.3; done; exit 1")
}

fn pods(store: &Store) -> Vec<String> {
    store.skiff(&["pod", "ps", "-q"]).ok().lines()
}

#[test]
fn a_pod_on_a_user_network_is_reached_by_its_names_and_reaches_the_others() {
    let store = Store::new();
    store.import_busybox("bb");
    store.skiff(&["network", "create", "pn"]).ok();
    store.skiff(&["network", "create", "other"]).ok();
    store.skiff(&["pod", "create", "--network", "pn", "--network-alias", "palias", "--name", "p"]).ok();
    store.skiff(&["run", "-d", "--pod", "p", "--name", "web", "bb", "sh", "-c", &web_server("hello-from-pod")]).ok();
    // From another container on the network: the pod's name and alias.
    for name in ["p", "palias", "p.dns.podman"] {
        let out = store.skiff(&["run", "--rm", "--network", "pn", "bb", "sh", "-c", &fetch(&format!("http://{name}/"))]);
        out.ok().stdout_has("hello-from-pod");
    }
    // The pod's container reaches a container of the network by name, and
    // has the network's resolver and an address on it.
    store.skiff(&["run", "-d", "--network", "pn", "--name", "neighbour", "bb", "sh", "-c", &web_server("hello-from-neighbour")]).ok();
    store.skiff(&["exec", "web", "sh", "-c", &fetch("http://neighbour/")]).ok().stdout_has("hello-from-neighbour");
    store.skiff(&["exec", "web", "cat", "/etc/resolv.conf"]).ok().stdout_has("search dns.podman").stdout_has("nameserver 10.89.");
    let address = store.skiff(&["inspect", "--format", "{{.NetworkSettings.Networks.pn.IPAddress}}", "web"]);
    let address = address.ok().stdout.trim().to_string();
    assert!(address.starts_with("10.89."), "web's address on pn: {address:?}");
    store.skiff(&["exec", "web", "ip", "-4", "-o", "addr", "show", "eth0"]).ok().stdout_has(&format!("inet {address}/24"));
    store.skiff(&["inspect", "--format", "{{.NetworkSettings.Networks.pn.Aliases}}", "web"]).ok().stdout_has("palias");
    store.skiff(&["pod", "inspect", "--format", "{{.InfraConfig.Networks}}", "p"]).ok().stdout_is("[pn]");
    // A network the pod is not on does not reach it.
    let outside = store.skiff(&["run", "--rm", "--network", "other", "bb", "sh", "-c", "nslookup p >/dev/null 2>&1 && echo resolved || echo unknown"]);
    outside.ok().stdout_is("unknown");
    // A pod's container has the pod's networks: it is not connected alone.
    store.skiff(&["network", "connect", "other", "web"]).code(125).stderr_has("invalid network mode");
    store.skiff(&["network", "disconnect", "pn", "web"]).code(125).stderr_has("invalid network mode");
    // Refused while the pod is on it, even with its container removed.
    store.skiff(&["network", "rm", "pn"]).code(2).stderr_has("\"pn\" has associated containers with it").stderr_has("network is being used");
    // A stopped pod gives its address back and takes one again at start.
    store.skiff(&["pod", "stop", "-t", "0", "p"]).ok();
    store.skiff(&["run", "--rm", "--network", "pn", "--ip", &address, "bb", "true"]).ok();
    store.skiff(&["pod", "start", "p"]).ok();
    let out = store.skiff(&["run", "--rm", "--network", "pn", "bb", "sh", "-c", &fetch("http://p/")]);
    out.ok().stdout_has("hello-from-pod");
    store.skiff(&["pod", "restart", "p"]).ok();
    store.skiff(&["run", "--rm", "--network", "pn", "bb", "sh", "-c", &fetch("http://palias/")]).ok().stdout_has("hello-from-pod");
    // -f removes the pod with its containers, and the network's other
    // containers, as podman does.
    store.skiff(&["network", "rm", "-f", "-t", "0", "pn"]).ok().stdout_is("pn");
    store.skiff(&["pod", "exists", "p"]).code(1);
    store.skiff(&["container", "exists", "web"]).code(1);
    store.skiff(&["container", "exists", "neighbour"]).code(1);
    assert_no_processes_left(&store);
}

/// A pod with a user namespace of its own on a user network: its
/// container serves the network under the pod's name and runs as the
/// user (keep-id).
#[test]
fn a_pod_with_its_own_user_namespace_on_a_user_network() {
    let store = Store::new();
    store.import_busybox("bb");
    if is_podman() {
        return;
    }
    store.skiff(&["network", "create", "pn"]).ok();
    store.skiff(&["pod", "create", "--network", "pn", "--userns=keep-id", "--name", "p"]).ok();
    // As the user, without capabilities: a port above 1023, files in /tmp.
    let server = "mkdir -p /tmp/www && echo hello-from-keep-id-pod > /tmp/www/index.html && exec httpd -f -p 8080 -h /tmp/www";
    store.skiff(&["run", "-d", "--pod", "p", "--name", "web", "bb", "sh", "-c", server]).ok();
    store.skiff(&["exec", "web", "id", "-u"]).ok().stdout_is(&TEST_UID.to_string());
    let out = store.skiff(&["run", "--rm", "--network", "pn", "bb", "sh", "-c", &fetch("http://p:8080/")]);
    out.ok().stdout_has("hello-from-keep-id-pod");
}

#[test]
fn a_pods_address_mac_address_and_published_ports_on_a_user_network() {
    let store = Store::new();
    store.import_busybox("bb");
    store.skiff(&["network", "create", "--subnet", "10.89.7.0/24", "pn"]).ok();
    store.skiff(&["pod", "create", "--network", "pn", "--ip", "10.89.7.50", "--mac-address", "02:42:ac:11:00:99", "--name", "p"]).ok();
    store.skiff(&["pod", "inspect", "--format", "{{.InfraConfig.StaticIP}} {{.InfraConfig.StaticMAC}}", "p"]).ok().stdout_is("10.89.7.50 02:42:ac:11:00:99");
    let out = store.skiff(&["run", "--rm", "--pod", "p", "bb", "ip", "-o", "addr", "show", "eth0"]);
    out.ok().stdout_has("inet 10.89.7.50/24");
    store.skiff(&["run", "--rm", "--pod", "p", "bb", "cat", "/sys/class/net/eth0/address"]).ok().stdout_is("02:42:ac:11:00:99");
    // The address is the running pod's.
    store.skiff(&["pod", "create", "--network", "pn", "--ip", "10.89.7.50", "--name", "q"]).code(125).stderr_has("already in use");
    store.skiff(&["pod", "exists", "q"]).code(1);
    store.skiff(&["run", "--rm", "--network", "pn", "--ip", "10.89.7.50", "bb", "true"]).code(125).stderr_has("already in use");
    store.skiff(&["pod", "rm", "-f", "-t", "0", "p"]).ok();

    // Ports published by the pod reach its container at its address there.
    let port = free_port();
    store.skiff(&["pod", "create", "--network", "pn", "-p", &format!("127.0.0.1:{port}:80"), "--name", "w"]).ok();
    store.skiff(&["run", "-d", "--pod", "w", "bb", "sh", "-c", &web_server("published-from-pod")]).ok();
    assert!(http_get(port).contains("published-from-pod"));
    store.skiff(&["pod", "rm", "-f", "-t", "0", "w"]).ok();
    assert_no_processes_left(&store);
}

#[test]
fn bad_pod_network_requests_leave_nothing_behind() {
    let store = Store::new();
    store.import_busybox("bb");
    store.skiff(&["network", "create", "--subnet", "10.89.8.0/24", "pn"]).ok();
    store.skiff(&["network", "create", "pn2"]).ok();
    let before = store.snapshot();
    store.skiff(&["pod", "create", "--network", "nonet", "--name", "p"]).code(125).stderr_has("unable to find network with name or ID nonet");
    store.skiff(&["pod", "create", "--network", "pn", "--ip", "10.99.0.5", "--name", "p"]).code(125).stderr_has("not in network pn's subnet");
    store.skiff(&["pod", "create", "--network", "pn,pn2", "--ip", "10.89.8.5", "--name", "p"]).code(125).stderr_has("--ip can only be set for a single network");
    store.skiff(&["pod", "create", "--network", "pn", "--network", "pn2", "--mac-address", "02:00:00:00:00:01", "--name", "p"])
        .code(125)
        .stderr_has("--mac-address can only be set for a single network");
    store.skiff(&["pod", "create", "--ip", "10.89.8.5", "--name", "p"]).code(125).stderr_has("network made by `network create`");
    store.skiff(&["pod", "create", "--network", "pn", "--network-alias", "bad name", "--name", "p"]).code(125).stderr_has("invalid --network-alias");
    store.skiff(&["pod", "create", "--network", "pn", "--share", "ipc", "--name", "p"]).code(125).stderr_has("add net to --share");
    store.skiff(&["pod", "create", "--network", "pn", "--ip6", "fd00::5", "--name", "p"]).code(125).stderr_has("no IPv6 subnet");
    for out in [
        store.skiff(&["pod", "create", "--network", "pn", "--ip", "10.89.8.0", "--name", "p"]),
        store.skiff(&["pod", "create", "--network", "pn", "--mac-address", "zz", "--name", "p"]),
    ] {
        out.code(125).check(out.stderr.trim().lines().count() == 1, "one line");
    }
    assert!(pods(&store).is_empty());
    assert!(traces_left(&before, &store.snapshot()).is_empty(), "{:?}", traces_left(&before, &store.snapshot()));

    // Both networks: the pod is on each, under its name.
    store.skiff(&["pod", "create", "--network", "pn,pn2", "--name", "both"]).ok();
    store.skiff(&["run", "-d", "--pod", "both", "--name", "web", "bb", "sh", "-c", &web_server("on-both")]).ok();
    store.skiff(&["inspect", "--format", "{{len .NetworkSettings.Networks}}", "web"]).ok().stdout_is("2");
    for network in ["pn", "pn2"] {
        store.skiff(&["run", "--rm", "--network", network, "bb", "sh", "-c", &fetch("http://both/")]).ok().stdout_has("on-both");
    }
    // A copy of the pod is on the same networks.
    store.skiff(&["pod", "clone", "both", "copy"]).ok();
    store.skiff(&["pod", "inspect", "--format", "{{.InfraConfig.Networks}}", "copy"]).ok().stdout_is("[pn pn2]");
    store.skiff(&["pod", "rm", "-f", "-t", "0", "both", "copy"]).ok();
    assert_no_processes_left(&store);
    store.skiff(&["network", "rm", "pn", "pn2"]).ok();
}

#[test]
fn kube_play_puts_its_pods_on_the_network() {
    let store = Store::new();
    store.import_busybox("bb");
    let manifest = store.write_file(
        "web.yaml",
        &format!(
            r#"apiVersion: v1
kind: Pod
metadata:
  name: kweb
spec:
  containers:
  - name: server
    image: {BB}
    command: ["sh", "-c", "{}"]
"#,
            web_server("hello-from-kube")
        ),
    );
    store.skiff(&["network", "create", "--subnet", "10.89.9.0/24", "kn"]).ok();
    store.skiff(&["kube", "play", "--network", "kn", "--ip", "10.89.9.9", "--mac-address", "02:00:00:00:09:09", &manifest.display().to_string()]).ok();
    store.skiff(&["pod", "inspect", "--format", "{{.InfraConfig.Networks}} {{.InfraConfig.StaticIP}}", "kweb"]).ok().stdout_is("[kn] 10.89.9.9");
    store.skiff(&["exec", "kweb-server", "cat", "/sys/class/net/eth0/address"]).ok().stdout_is("02:00:00:00:09:09");
    store.skiff(&["run", "--rm", "--network", "kn", "bb", "sh", "-c", &fetch("http://kweb/")]).ok().stdout_has("hello-from-kube");
    store.skiff(&["kube", "down", &manifest.display().to_string()]).ok();
    assert_no_processes_left(&store);
    store.skiff(&["network", "rm", "kn"]).ok();
}
