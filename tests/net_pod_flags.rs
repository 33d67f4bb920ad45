//! Flags of `network create`, `volume` and `pod` that podman and docker
//! users type, through the real binary.

use crate::common;
use common::*;

#[test]
fn network_create_address_flags_and_disable_dns() {
    let store = Store::new();
    store.import_busybox("bb");
    store
        .skiff(&["network", "create", "--subnet", "10.97.5.0/24", "--ip-range", "10.97.5.128/25", "--aux-address", "held=10.97.5.128", "--ipam-driver", "host-local", "--ipv4", "ranged"])
        .ok();
    store.skiff(&["network", "inspect", "ranged"]).ok().stdout_has("\"start_ip\": \"10.97.5.128\"").stdout_has("\"end_ip\": \"10.97.5.254\"");
    // The range's first address is held back by --aux-address: the next one is given.
    store.skiff(&["run", "--rm", "--network", "ranged", "bb", "ip", "-4", "-o", "addr", "show", "eth0"]).ok().stdout_has("inet 10.97.5.129/24");
    // --disable-dns on an internal network: no container name answers.
    store.skiff(&["network", "create", "--internal", "--disable-dns", "nodns"]).ok();
    store.skiff(&["network", "inspect", "--format", "{{.DNSEnabled}}", "nodns"]).ok().stdout_is("false");
    store.skiff(&["run", "-d", "--name", "peer", "--network", "nodns", "bb", "sleep", "60"]).ok();
    store.skiff(&["run", "--rm", "--network", "nodns", "bb", "sh", "-c", "nslookup peer >/dev/null 2>&1 && echo resolved || echo unresolved"]).ok().stdout_is("unresolved");
    store.skiff(&["rm", "-f", "peer"]).ok();
    // Bad values: one line naming them, exit 125, no network made.
    for (args, named) in [
        (vec!["--ipam-driver", "dhcp"], "dhcp"),
        (vec!["--ipam-driver", "none"], "none"),
        (vec!["--ipam-opt", "a=b"], "a=b"),
        (vec!["--ipv4=false"], "--ipv4=false"),
        (vec!["--subnet", "10.97.6.0/24", "--subnet", "10.97.7.0/24"], "more than one IPv4 subnet"),
        (vec!["--subnet", "fd97:6::/64", "--subnet", "fd97:7::/64"], "more than one IPv6 subnet"),
        (vec!["--subnet", "fd97:6::/64", "--gateway", "10.97.6.1"], "10.97.6.1"),
        (vec!["--subnet", "fd97:6::/64", "--ip-range", "fd97:7::/120"], "fd97:7::/120"),
        (vec!["--subnet", "fd97:6::1/64"], "host bits"),
        (vec!["--subnet", "10.97.6.0/24", "--gateway", "10.97.6.1", "--gateway", "10.97.6.2"], "more gateways than subnets"),
        (vec!["--subnet", "10.97.6.0/24", "--ip-range", "10.97.7.0/25"], "10.97.7.0/25"),
        (vec!["--subnet", "10.97.6.0/24", "--aux-address", "x"], "--aux-address"),
        (vec!["--ip-range", "10.97.7.0/25"], "--subnet"),
    ] {
        let mut full = vec!["network", "create"];
        full.extend(args);
        full.push("broken");
        store.skiff(&full).code(125).stderr_has(named);
    }
    store.skiff(&["network", "exists", "broken"]).code(1);
    store.skiff(&["volume", "reload"]).code(125).stderr_has("no volume plugins");
    assert_no_processes_left(&store);
}

/// `network create -o`: mtu reaches the bridge and the containers'
/// interfaces, isolate is what skiff does anyway, the rest is refused by
/// name; `network connect --mac-address` sets the interface's address;
/// `network inspect -v` adds the containers on the network.
#[test]
fn network_options_mac_address_and_verbose_inspect() {
    let store = Store::new();
    store.import_busybox("bb");
    store.skiff(&["network", "create", "-o", "mtu=1400", "--opt", "isolate=1", "--subnet", "10.97.8.0/24", "small"]).ok();
    let inspected = store.skiff(&["network", "inspect", "small"]);
    inspected.ok().stdout_has("\"mtu\": \"1400\"").stdout_has("\"isolate\": \"true\"");
    store.skiff(&["network", "inspect", "--format", "{{.Options.mtu}}", "small"]).ok().stdout_is("1400");
    store.skiff(&["run", "--rm", "--network", "small", "bb", "cat", "/sys/class/net/eth0/mtu"]).ok().stdout_is("1400");
    // The network a container is connected to keeps its own MTU; the MAC address asked for is the interface's.
    store.skiff(&["network", "create", "--subnet", "10.97.9.0/24", "plain"]).ok();
    store.skiff(&["create", "--name", "app", "--network", "plain", "bb", "sleep", "300"]).ok();
    store.skiff(&["network", "connect", "--mac-address", "92:D0:c6:0a:29:33", "small", "app"]).ok();
    store.skiff(&["start", "app"]).ok();
    store.skiff(&["exec", "app", "cat", "/sys/class/net/eth1/address", "/sys/class/net/eth1/mtu"]).ok().stdout_is("92:d0:c6:0a:29:33\n1400");
    // Connected while it runs.
    store.skiff(&["network", "create", "--subnet", "10.97.10.0/24", "third"]).ok();
    store.skiff(&["network", "connect", "--mac-address", "92:d0:c6:0a:29:44", "third", "app"]).ok();
    store.skiff(&["exec", "app", "cat", "/sys/class/net/eth2/address"]).ok().stdout_is("92:d0:c6:0a:29:44");
    // Without -v, no containers; with it, app with its address and MAC address.
    let plain = store.skiff(&["network", "inspect", "small"]);
    plain.ok().check(!plain.stdout.contains("containers"), "no containers without --verbose");
    let id = store.skiff(&["inspect", "--format", "{{.Id}}", "app"]).ok().stdout.trim().to_string();
    store
        .skiff(&["network", "inspect", "-v", "small"])
        .ok()
        .stdout_has(&format!("\"{id}\""))
        .stdout_has("\"name\": \"app\"")
        .stdout_has("\"eth1\"")
        .stdout_has("\"ipnet\": \"10.97.8.")
        .stdout_has("\"mac_address\": \"92:d0:c6:0a:29:33\"");
    store.skiff(&["network", "inspect", "--verbose", "--format", "{{range $id, $c := .Containers}}{{$c.name}}{{end}}", "plain"]).ok().stdout_is("app");
    store.skiff(&["network", "connect", "--mac-address", "01:00:5e:00:00:01", "plain", "app"]).code(125).stderr_has("01:00:5e:00:00:01");
    store.skiff(&["rm", "-f", "-t", "0", "app"]).ok();
    for (option, named) in [
        ("mtu=abc", "mtu=abc"),
        ("mtu=20", "mtu=20"),
        ("isolate=maybe", "isolate=maybe"),
        ("isolate=false", "isolate=false"),
        ("vlan=5", "vlan"),
        ("parent=eth0", "parent"),
        ("metric=100", "metric"),
        ("novalue", "novalue"),
    ] {
        store.skiff(&["network", "create", "-o", option, "broken"]).code(125).stderr_has(named);
    }
    store.skiff(&["network", "exists", "broken"]).code(1);
    assert_no_processes_left(&store);
}
