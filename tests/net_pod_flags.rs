//! Flags of `network create`, `volume` and `pod` that podman and docker
//! users type, through the real binary.

mod common;
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
        (vec!["--ipv6"], "--ipv6"),
        (vec!["--subnet", "10.97.6.0/24", "--ip-range", "10.97.7.0/25"], "10.97.7.0/25"),
        (vec!["--subnet", "10.97.6.0/24", "--aux-address", "x"], "--aux-address"),
        (vec!["--ip-range", "10.97.7.0/25"], "--subnet"),
    ] {
        let mut full = vec!["network", "create"];
        full.extend(args);
        full.push("bad");
        store.skiff(&full).code(125).stderr_has(named);
    }
    store.skiff(&["network", "exists", "bad"]).code(1);
    store.skiff(&["volume", "reload"]).code(125).stderr_has("no volume plugins");
    assert_no_processes_left(&store);
}
