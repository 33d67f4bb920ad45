//! Container networking: slirp4netns by default, outgoing connections,
//! DNS and hosts settings, published TCP and UDP ports, user networks. Every address the
//! tests reach is a loopback address of the host or an address inside a
//! container's own network namespace.

use crate::common;
use common::*;
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream, UdpSocket};
use std::time::{Duration, Instant};

/// Serve a page from /www with busybox httpd in a detached container.
fn web_server_args<'a>(publish: &'a str, name: &'a str) -> Vec<&'a str> {
    vec![
        "run", "-d", "--name", name, "-p", publish, "bb", "sh", "-c",
        "mkdir -p /www && echo hello-from-container > /www/index.html && exec httpd -f -p 80 -h /www",
    ]
}

#[test]
fn slirp4netns_is_the_default_network() {
    let store = Store::new();
    store.import_busybox("bb");
    let out = store.skiff(&["run", "--rm", "bb", "sh", "-c", "ls /sys/class/net; ip -4 addr show tap0; cat /etc/resolv.conf"]);
    out.ok().stdout_has("tap0").stdout_has("inet 10.0.2.100/24").stdout_has("nameserver 10.0.2.3");
    let hosts = store.skiff(&["run", "--rm", "--name", "named", "--hostname", "box", "bb", "cat", "/etc/hosts"]);
    hosts.ok().stdout_has("10.0.2.100\tbox named");
    store.skiff(&["run", "--rm", "--net", "slirp4netns:mtu=1500", "bb", "cat", "/sys/class/net/tap0/mtu"]).ok().stdout_is("1500");
    let inspect = store.skiff(&["create", "--name", "c", "bb", "true"]);
    inspect.ok();
    store.skiff(&["inspect", "--format", "{{.HostConfig.NetworkMode}}", "c"]).ok().stdout_is("slirp4netns");
    assert_no_processes_left(&store);
}

#[test]
fn host_loopback_is_reachable_only_when_allowed() {
    let store = Store::new();
    store.import_busybox("bb");
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port().to_string();
    let server = std::thread::spawn(move || {
        let (mut conn, _) = listener.accept().unwrap();
        conn.write_all(b"hello-from-host\n").unwrap();
        listener
    });
    let out = store.skiff(&[
        "run", "--rm", "--network", "slirp4netns:allow_host_loopback=true", "bb", "nc", "10.0.2.2", &port,
    ]);
    out.ok().stdout_is("hello-from-host");
    let listener = server.join().unwrap();
    // Still listening: without the option, the gateway does not lead to it.
    let out = store.skiff(&["run", "--rm", "bb", "nc", "-w", "3", "10.0.2.2", &port]);
    out.check(out.code != 0, "the host's loopback must be unreachable by default");
    drop(listener);
    assert_no_processes_left(&store);
}

#[test]
fn dns_and_hosts_flags() {
    let store = Store::new();
    store.import_busybox("bb");
    let out = store.skiff(&[
        "run", "--rm", "--dns", "192.0.2.53", "--dns-search", "example.test", "--add-host", "db:192.0.2.9", "bb",
        "sh", "-c", "grep -v ^options /etc/resolv.conf; grep -w db /etc/hosts",
    ]);
    assert_eq!(out.ok().lines(), vec!["search example.test", "nameserver 192.0.2.53", "192.0.2.9\tdb"]);
}

#[test]
fn bad_network_flags_are_refused_clearly() {
    let store = Store::new();
    store.import_busybox("bb");
    for (args, needle) in [
        (vec!["--network", "bridge"], "network mode"),
        (vec!["--network", "bridge0"], "network not found"),
        (vec!["--network", "container:nope"], "container:nope"),
        (vec!["--mac-address", "92:d0:c6:0a:29"], "invalid MAC address"),
        (vec!["--mac-address", "01:00:5e:00:00:01"], "multicast"),
        (vec!["--network", "none", "--mac-address", "92:d0:c6:0a:29:33"], "--mac-address can only be used"),
        (vec!["--network", "container:"], "container's name or id"),
        (vec!["--network", "container:nope", "--dns", "10.0.0.1"], "--dns cannot be used"),
        (vec!["--network", "container:nope", "--add-host", "db:10.0.0.1"], "--add-host cannot be used"),
        (vec!["--network-alias", "db"], "--network-alias"),
        (vec!["--network", "slirp4netns:cidr=10.9.0.0/24"], "slirp4netns option"),
        (vec!["-p", "http"], "port specification"),
        (vec!["-p", "8000-8002:80-81"], "port specification"),
        (vec!["--dns", "ns.example"], "--dns"),
        (vec!["--add-host", "db"], "--add-host"),
    ] {
        let mut full = vec!["run", "--rm"];
        full.extend(args);
        full.extend(["bb", "true"]);
        let out = store.skiff(&full);
        out.code(125).stderr_has(needle);
        out.check(out.stderr.trim().lines().count() == 1, "one line of error");
    }
    // pasta: skiff names the program when it is missing, and says it does
    // not drive it yet when it is there.
    let pasta_installed = store.bash("command -v pasta").code == 0;
    let needle = if pasta_installed { "--network pasta is not supported by skiff yet" } else { "pasta is not installed: install it (Debian: passt)" };
    for network in ["pasta", "pasta:-T,8080"] {
        let out = store.skiff(&["run", "--rm", "--network", network, "bb", "true"]);
        out.code(125).stderr_has(needle);
        out.check(out.stderr.trim().lines().count() == 1, "one line of error");
    }
    store.skiff(&["ps", "-a", "-q"]).ok().stdout_is("");
}

/// `-p` with a network that has no ports of its own (host, none, another
/// container's): podman's warning, and the container runs without them.
#[test]
fn ports_are_discarded_with_a_warning_where_they_cannot_be_published() {
    let store = Store::new();
    store.import_busybox("bb");
    let port = free_port().to_string();
    for network in ["host", "none"] {
        let out = store.skiff(&["run", "--rm", "--network", network, "-p", &format!("127.0.0.1:{port}:80"), "bb", "echo", "ran"]);
        out.ok().stdout_is("ran").stderr_has(
            "Port mappings have been discarded as one of the Host, Container, Pod, and None network modes are in use",
        );
    }
    store.skiff(&["create", "--name", "c", "--network", "host", "-P", "-p", &port, "bb", "true"]).ok();
    store.skiff(&["port", "c"]).ok().stdout_is("");
    store.skiff(&["rm", "c"]).ok();
    assert!(TcpStream::connect(("127.0.0.1", port.parse::<u16>().unwrap())).is_err(), "nothing listens on the port");
}

/// `--mac-address` sets the address of slirp4netns's tap device.
#[test]
fn mac_address_is_given_to_the_tap_device() {
    let store = Store::new();
    store.import_busybox("bb");
    let out = store.skiff(&["run", "--rm", "--mac-address", "92:D0:c6:0a:29:33", "bb", "cat", "/sys/class/net/tap0/address"]);
    out.ok().stdout_is("92:d0:c6:0a:29:33");
    store.skiff(&["create", "--name", "c", "--mac-address", "92:d0:c6:0a:29:34", "bb", "cat", "/sys/class/net/tap0/address"]).ok();
    store.skiff(&["start", "-a", "c"]).ok().stdout_is("92:d0:c6:0a:29:34");
    store.skiff(&["rm", "c"]).ok();
    assert_no_processes_left(&store);
}

/// `--network container:NAME` shares a running container's network: its
/// loopback, its /etc/resolv.conf, but not its hostname.
#[test]
fn container_network_mode_shares_the_targets_network() {
    let store = Store::new();
    store.import_busybox("bb");
    store
        .skiff(&["run", "-d", "--name", "a", "--hostname", "web", "bb", "sh", "-c",
            "mkdir -p /www && echo shared-net > /www/index.html && exec httpd -f -p 8080 -h /www"])
        .ok();
    let fetch = "for i in $(seq 1 50); do wget -qO- http://127.0.0.1:8080/ && exit 0; sleep 0.2; done; exit 1";
    // In the foreground...
    store.skiff(&["run", "--rm", "--network", "container:a", "bb", "sh", "-c", fetch]).ok().stdout_is("shared-net");
    let hostname = store.skiff(&["run", "--rm", "--network", "container:a", "--hostname", "b", "bb", "hostname"]);
    hostname.ok().stdout_is("b");
    let resolv_a = store.skiff(&["exec", "a", "cat", "/etc/resolv.conf"]).ok().stdout.clone();
    store.skiff(&["run", "--rm", "--net", "container:a", "bb", "cat", "/etc/resolv.conf"]).ok().stdout_is(resolv_a.trim());
    // ...and detached, started by a monitor.
    store.skiff(&["run", "-d", "--name", "b", "--net", "container:a", "bb", "sh", "-c", &format!("({fetch}); sleep 60")]).ok();
    let mut logs = String::new();
    for _ in 0..50 {
        logs = store.skiff(&["logs", "b"]).ok().stdout.clone();
        if logs.contains("shared-net") {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(200));
    }
    assert!(logs.contains("shared-net"), "{logs}");
    let out = store.skiff(&["run", "--rm", "--network", "container:a", "-p", &free_port().to_string(), "bb", "true"]);
    out.ok().stderr_has("Port mappings have been discarded");
    // The network's first container may go first: the other keeps it.
    store.skiff(&["rm", "-f", "a"]).ok();
    store.skiff(&["exec", "b", "sh", "-c", "ip link show lo >/dev/null && echo up"]).ok().stdout_is("up");
    store.skiff(&["rm", "-f", "b"]).ok();
    assert_no_processes_left(&store);
    // A container that exists but is not running.
    store.skiff(&["create", "--name", "stopped", "bb", "true"]).ok();
    let out = store.skiff(&["run", "--rm", "--network", "container:stopped", "bb", "true"]);
    out.code(125).stderr_has("not running");
    out.check(out.stderr.trim().lines().count() == 1, "one line of error");
}

#[test]
fn slirp4netns_missing_is_named() {
    // A PATH with skiff and the id-mapping tools only.
    let tools = tempfile::tempdir().unwrap();
    for tool in ["setpriv", "newuidmap", "newgidmap"] {
        std::os::unix::fs::symlink(format!("/usr/bin/{tool}"), tools.path().join(tool)).unwrap();
    }
    let path = format!("{}:{}", path_dir().display(), tools.path().display());
    let store = Store::new().with_env("PATH", &path);
    store.import_busybox("bb");
    store.skiff(&["run", "--rm", "bb", "true"]).code(125).stderr_has("slirp4netns is not installed");
    store.skiff(&["run", "--rm", "--network", "none", "bb", "true"]).ok();
    assert_no_processes_left(&store);
}

#[test]
fn published_tcp_port_serves_and_is_listed() {
    let store = Store::new();
    store.import_busybox("bb");
    let port = free_port();
    let publish = format!("127.0.0.1:{port}:80");
    store.skiff(&web_server_args(&publish, "web")).ok();
    let reply = http_get(port);
    assert!(reply.starts_with("HTTP/1.") && reply.contains("hello-from-container"), "{reply}");

    store.skiff(&["port", "web"]).ok().stdout_is(&format!("80/tcp -> 127.0.0.1:{port}"));
    store.skiff(&["port", "web", "80"]).ok().stdout_is(&format!("127.0.0.1:{port}"));
    store.skiff(&["ps"]).ok().stdout_has(&format!("127.0.0.1:{port}->80/tcp"));
    store
        .skiff(&["inspect", "--format", "{{json .NetworkSettings.Ports}}", "web"])
        .ok()
        .stdout_is(&format!(r#"{{"80/tcp":[{{"HostIp":"127.0.0.1","HostPort":"{port}"}}]}}"#));

    // The same host port again: a clear error, and no process left for it.
    let before = store.processes().len();
    let out = store.skiff(&["run", "-d", "--name", "web2", "-p", &publish, "bb", "sleep", "60"]);
    out.code(125).stderr_has(&format!("127.0.0.1:{port}")).stderr_has("already in use");
    assert_eq!(store.processes().len(), before, "{:?}", store.processes());
    assert!(http_get(port).contains("hello-from-container"), "the first container keeps its port");

    store.skiff(&["rm", "-f", "web", "web2"]).ok();
    assert_no_processes_left(&store);
    assert!(TcpStream::connect(("127.0.0.1", port)).is_err(), "the port must be released");
}

/// Bytes sent to a published port reach the container and its answer comes
/// back whole, in both directions at once, and closing the sending side
/// ends the exchange as it would without skiff between.
#[test]
fn published_port_carries_data_both_ways() {
    let store = Store::new();
    store.import_busybox("bb");
    let port = free_port();
    store.skiff(&["run", "-d", "--name", "echo", "-p", &format!("127.0.0.1:{port}:7"), "bb", "nc", "-ll", "-p", "7", "-e", "cat"]).ok();
    let data: Vec<u8> = (0..8u32 << 20).map(|i| (i.wrapping_mul(2654435761) >> 13) as u8).collect();
    let deadline = Instant::now() + Duration::from_secs(10);
    let echoed = loop {
        let attempt = (|| -> std::io::Result<Vec<u8>> {
            let mut stream = TcpStream::connect(("127.0.0.1", port))?;
            stream.set_read_timeout(Some(Duration::from_secs(30)))?;
            let mut reader = stream.try_clone()?;
            let receiving = std::thread::spawn(move || {
                let mut back = Vec::new();
                reader.read_to_end(&mut back).map(|_| back)
            });
            stream.write_all(&data)?;
            stream.shutdown(std::net::Shutdown::Write)?;
            receiving.join().unwrap()
        })();
        match attempt {
            Ok(back) if !back.is_empty() || Instant::now() > deadline => break back,
            Err(e) if Instant::now() > deadline => panic!("echo through 127.0.0.1:{port}: {e}"),
            _ => std::thread::sleep(Duration::from_millis(100)),
        }
    };
    assert!(echoed == data, "echoed {} bytes of {}, or different ones", echoed.len(), data.len());
    store.skiff(&["rm", "-f", "echo"]).ok();
    assert_no_processes_left(&store);
}

#[test]
fn foreground_run_publishes_too() {
    let store = Store::new();
    store.import_busybox("bb");
    let script = "mkdir /www && echo fg > /www/index.html && httpd -p 80 -h /www && \
                  for i in $(seq 50); do [ -e /www/done ] && exit 0; sleep 0.1; done; exit 3";
    let port = free_port();
    let publish = format!("127.0.0.1:{port}:80");
    let args = ["run", "--rm", "--name", "fg", "-p", &publish, "bb", "sh", "-c", script];
    let mut command = store.command(&skiff_bin().display().to_string(), &args);
    let mut child = command.stdin(std::process::Stdio::null()).stdout(std::process::Stdio::null()).spawn().unwrap();
    assert!(http_get(port).contains("fg"));
    store.skiff(&["exec", "fg", "touch", "/www/done"]).ok();
    assert!(child.wait().unwrap().success());
    assert_no_processes_left(&store);
}

/// A UDP echo server that also prints what it receives: busybox's nc has
/// no UDP mode.
const UDP_ECHO: &str = r#"
#include <arpa/inet.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/socket.h>
int main(int argc, char **argv) {
    int s = socket(AF_INET, SOCK_DGRAM, 0);
    struct sockaddr_in a = {0};
    a.sin_family = AF_INET;
    a.sin_port = htons(atoi(argv[1]));
    if (s < 0 || bind(s, (struct sockaddr *)&a, sizeof a) != 0) return 1;
    for (;;) {
        char buf[2048];
        struct sockaddr_in peer;
        socklen_t len = sizeof peer;
        ssize_t n = recvfrom(s, buf, sizeof buf - 1, 0, (struct sockaddr *)&peer, &len);
        if (n < 0) continue;
        buf[n] = 0;
        printf("got %s\n", buf);
        fflush(stdout);
        sendto(s, buf, n, 0, (struct sockaddr *)&peer, len);
    }
}
"#;

/// Send "ping" to 127.0.0.1:`port` until `done` says it arrived.
fn send_ping_until(port: u16, mut done: impl FnMut(&UdpSocket) -> bool) -> bool {
    let socket = UdpSocket::bind("127.0.0.1:0").unwrap();
    socket.set_read_timeout(Some(Duration::from_millis(300))).unwrap();
    (0..30).any(|_| socket.send_to(b"ping", ("127.0.0.1", port)).is_ok() && done(&socket))
}

#[test]
fn published_udp_port_receives_datagrams() {
    let store = Store::new();
    store.import_static_program("udp", "udp-echo", UDP_ECHO);
    let port = free_port();
    let publish = format!("127.0.0.1:{port}:5000/udp");
    store.skiff(&["run", "-d", "--name", "echo", "-p", &publish, "udp", "udp-echo", "5000"]).ok();
    store.skiff(&["port", "echo"]).ok().stdout_is(&format!("5000/udp -> 127.0.0.1:{port}"));
    // The reply comes back to the client on the host's loopback, without
    // the container having to reach the host's loopback.
    let mut buf = [0u8; 16];
    let echoed = send_ping_until(port, |socket| socket.recv(&mut buf).map(|n| &buf[..n] == b"ping").unwrap_or(false));
    assert!(echoed, "the reply must come back");
    assert!(store.skiff(&["logs", "echo"]).stdout.contains("got ping"), "the container must log the datagram");

    // A second client gets its own replies, and the first still does.
    let mut other = [0u8; 16];
    let echoed = send_ping_until(port, |socket| socket.recv(&mut other).map(|n| &other[..n] == b"ping").unwrap_or(false));
    assert!(echoed, "the second client's reply must come back");
    let echoed = send_ping_until(port, |socket| socket.recv(&mut buf).map(|n| &buf[..n] == b"ping").unwrap_or(false));
    assert!(echoed, "the reply must come back again");

    // The same UDP port again: a clear error.
    let args = ["run", "-d", "--name", "echo2", "-p", &publish, "udp", "udp-echo", "5000"];
    store.skiff(&args).code(125).stderr_has(&format!("127.0.0.1:{port}")).stderr_has("already in use");
    store.skiff(&["rm", "-f", "echo", "echo2"]).ok();
    assert_no_processes_left(&store);
}

#[test]
fn publish_all_uses_random_ports_for_exposed_ones() {
    let store = Store::new();
    store.import(&fixtures().busybox_rootfs, "web", &["EXPOSE 80"]);
    let first = free_ports(2);
    let publish = format!("127.0.0.1:{first}-{}:90-91", first + 1);
    let out = store.skiff(&[
        "run", "-d", "--name", "w", "-P", "-p", &publish, "web", "sh", "-c",
        "mkdir /www && echo exposed > /www/index.html && exec httpd -f -p 80 -h /www",
    ]);
    out.ok();
    let listed = store.skiff(&["port", "w"]);
    let lines = listed.ok().lines();
    assert_eq!(lines.len(), 3, "{lines:?}");
    assert_eq!(lines[..2], [format!("90/tcp -> 127.0.0.1:{first}"), format!("91/tcp -> 127.0.0.1:{}", first + 1)]);
    let random: u16 = lines[2].strip_prefix("80/tcp -> 0.0.0.0:").and_then(|p| p.parse().ok()).unwrap_or_else(|| panic!("{lines:?}"));
    assert!(http_get(random).contains("exposed"));
    store.skiff(&["rm", "-f", "w"]).ok();
    assert_no_processes_left(&store);
}

/// A detached busybox httpd on `network` serving `page` as /index.html.
fn web_on_network<'a>(name: &'a str, network: &'a str, page: &'a str, extra: &[&'a str]) -> Vec<String> {
    let script = format!("mkdir -p /www && echo {page} > /www/index.html && exec httpd -f -p 80 -h /www");
    let mut args: Vec<String> = ["run", "-d", "--name", name, "--network", network].iter().map(|s| s.to_string()).collect();
    args.extend(extra.iter().map(|s| s.to_string()));
    args.extend(["bb", "sh", "-c", &script].iter().map(|s| s.to_string()));
    args
}

/// A shell loop that fetches `url` with busybox wget, retrying while the
/// server starts (busybox wget's own -T timeout crashes Debian's build).
fn fetch(url: &str) -> String {
    format!("for i in $(seq 20); do wget -qO- {url} && exit 0; sleep 0.3; done; exit 1")
}

#[test]
fn containers_on_a_user_network_reach_each_other_by_name() {
    let store = Store::new();
    store.import_busybox("bb");
    store.skiff(&["network", "create", "net1"]).ok().stdout_is("net1");
    store.skiff(&web_on_network("web", "net1", "hello-from-web", &[])).ok();
    // A client started after the server finds it by name.
    let out = store.skiff(&["run", "--rm", "--network", "net1", "bb", "sh", "-c", &fetch("http://web/")]);
    out.ok().stdout_has("hello-from-web");
    let resolv = store.skiff(&["run", "--rm", "--network", "net1", "bb", "cat", "/etc/resolv.conf"]);
    resolv.ok().stdout_has("search dns.podman").stdout_has("nameserver 10.89.");
    // A server started after the client is found by it too.
    store.skiff(&["run", "-d", "--name", "client", "--network", "net1", "bb", "sleep", "300"]).ok();
    store.skiff(&web_on_network("later", "net1", "hello-from-later", &[])).ok();
    store.skiff(&["exec", "client", "sh", "-c", &fetch("http://later/")]).ok().stdout_has("hello-from-later");
    let hosts = store.skiff(&["exec", "later", "cat", "/etc/hosts"]);
    hosts.ok().check(hosts.lines().iter().any(|l| l.starts_with("10.89.") && l.ends_with(" later")), "own address in /etc/hosts");
    store.skiff(&["network", "rm", "net1"]).code(2).stderr_has("is being used");
    store.skiff(&["rm", "-f", "web", "client", "later"]).ok();
    assert_no_processes_left(&store);
    store.skiff(&["network", "rm", "net1"]).ok().stdout_is("net1");
}

#[test]
fn user_networks_are_isolated_and_aliases_resolve() {
    let store = Store::new();
    store.import_busybox("bb");
    store.skiff(&["network", "create", "net1"]).ok();
    store.skiff(&["network", "create", "net2"]).ok();
    store.skiff(&web_on_network("web", "net1", "hello-from-web", &["--network-alias", "site"])).ok();
    store.skiff(&["run", "--rm", "--network", "net1", "bb", "sh", "-c", &fetch("http://site/")]).ok().stdout_has("hello-from-web");
    let address = store.skiff(&["inspect", "--format", "{{.NetworkSettings.Networks.net1.IPAddress}}", "web"]);
    address.ok();
    let address = address.stdout.trim().to_string();
    assert!(address.starts_with("10.89."), "web's address: {address:?}");
    store.skiff(&["exec", "web", "ip", "-4", "-o", "addr", "show", "eth0"]).ok().stdout_has(&format!("inet {address}/24"));
    // From the other network: neither the name nor the address answers.
    let other = store.skiff(&[
        "run", "--rm", "--network", "net2", "bb", "sh", "-c",
        &format!("nslookup web >/dev/null 2>&1 && echo resolved; timeout 10 wget -qO- http://{address}/ || echo unreachable"),
    ]);
    other.ok().stdout_is("unreachable");
    store.skiff(&["rm", "-f", "web"]).ok();
    assert_no_processes_left(&store);
}

#[test]
fn network_commands_create_list_inspect_and_remove() {
    let store = Store::new();
    store.import_busybox("bb");
    store.skiff(&["network", "create", "--subnet", "10.99.7.0/24", "--gateway", "10.99.7.254", "--label", "team=a", "lab"]).ok();
    store.skiff(&["network", "create", "--internal", "quiet"]).ok();
    store.skiff(&["network", "exists", "lab"]).ok();
    store.skiff(&["network", "exists", "nothere"]).code(1);
    let ls = store.skiff(&["network", "ls"]);
    ls.ok().check(ls.lines()[0].split_whitespace().collect::<Vec<_>>() == ["NETWORK", "ID", "NAME", "DRIVER"], "podman's columns");
    ls.stdout_has("lab").stdout_has("quiet").stdout_has("bridge");
    store.skiff(&["network", "ls", "-q", "--filter", "label=team=a"]).ok().stdout_is("lab");
    store.skiff(&["network", "ls", "--format", "{{.Name}} {{.Driver}}", "--filter", "name=qui"]).ok().stdout_is("quiet bridge");
    let inspect = store.skiff(&["network", "inspect", "lab"]);
    inspect.ok();
    let value: serde_json::Value = serde_json::from_str(&inspect.stdout).unwrap();
    let lab = &value[0];
    assert_eq!(lab["name"], "lab");
    assert_eq!(lab["driver"], "bridge");
    assert_eq!(lab["subnets"][0]["subnet"], "10.99.7.0/24");
    assert_eq!(lab["subnets"][0]["gateway"], "10.99.7.254");
    assert_eq!(lab["labels"]["team"], "a");
    assert_eq!(lab["internal"], false);
    assert_eq!(lab["dns_enabled"], true);
    store.skiff(&["network", "inspect", "--format", "{{.Internal}}", "quiet"]).ok().stdout_is("true");
    // The container's side of the gateway answers.
    let out = store.skiff(&["run", "--rm", "--network", "lab", "bb", "sh", "-c", "ip -4 route; ip -4 -o addr show eth0"]);
    out.ok().stdout_has("default via 10.99.7.254").stdout_has("inet 10.99.7.1/24");
    for (args, needle) in [
        (vec!["network", "create", "lab"], "already exists"),
        (vec!["network", "create", "--subnet", "10.99.7.0/25", "x"], "already used"),
        (vec!["network", "create", "--subnet", "10.99.8.1/24", "x"], "host bits"),
        (vec!["network", "create", "--subnet", "10.99.8.0/24", "--gateway", "10.99.9.1", "x"], "gateway"),
        (vec!["network", "create", "-d", "macvlan", "x"], "driver"),
    ] {
        let out = store.skiff(&args);
        out.code(125).stderr_has(needle);
        out.check(out.stderr.trim().lines().count() == 1, "one line of error");
    }
    store.skiff(&["network", "exists", "x"]).code(1);
    store.skiff(&["create", "--name", "user", "--network", "lab", "bb", "true"]).ok();
    store.skiff(&["network", "rm", "lab"]).code(2).stderr_has("network is being used");
    store.skiff(&["network", "rm", "nothere"]).code(1).stderr_has("network not found");
    // ls shows 12-digit ids, the whole 64 with --no-trunc.
    let ids = store.skiff(&["network", "ls", "--format", "{{.ID}}"]).ok().lines();
    assert!(ids.len() == 2 && ids.iter().all(|id| id.len() == 12), "short ids: {ids:?}");
    let ids = store.skiff(&["network", "ls", "--no-trunc", "--format", "{{.ID}}"]).ok().lines();
    assert!(ids.len() == 2 && ids.iter().all(|id| id.len() == 64), "whole ids: {ids:?}");
    store.skiff(&["network", "ls", "--no-trunc"]).ok().stdout_has(&ids[0]);
    // prune --filter: quiet, unused, was made after 2000 and has no label team.
    store.skiff(&["network", "prune", "-f", "--filter", "until=2000-01-01T00:00:00Z"]).ok().stdout_is("");
    store.skiff(&["network", "prune", "-f", "--filter", "label=team"]).ok().stdout_is("");
    store.skiff(&["network", "prune", "-f", "--filter", "size=1"]).code(125).stderr_has("invalid filter");
    store.skiff(&["network", "prune", "-f", "--filter", "label!=team"]).ok().stdout_is("quiet");
    store.skiff(&["network", "create", "--attachable", "x"]).code(125).stderr_has("--attachable");
    store.skiff(&["network", "rm", "-f", "-t", "0", "lab"]).ok().stdout_is("lab");
    store.skiff(&["ps", "-a", "-q"]).ok().stdout_is("");
    store.skiff(&["network", "ls", "-q"]).ok().stdout_is("");
    assert_no_processes_left(&store);
}

#[test]
fn created_and_restarted_containers_rejoin_their_network() {
    let store = Store::new();
    store.import_busybox("bb");
    store.skiff(&["network", "create", "--subnet", "10.99.3.0/24", "net3"]).ok();
    store.skiff(&["create", "--name", "later", "--network", "net3", "bb", "sh", "-c", "ip -4 -o addr show eth0"]).ok();
    store.skiff(&["start", "-a", "later"]).ok().stdout_has("inet 10.99.3.2/24");
    // Restarted by its monitor, the container gets its network back each time.
    let script = "ip -4 -o addr show eth0 | grep -q 10.99.3. && echo on-net3; exit 1";
    store.skiff(&["run", "-d", "--name", "flaky", "--restart", "on-failure:2", "--network", "net3", "bb", "sh", "-c", script]).ok();
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let logs = store.skiff(&["logs", "flaky"]);
        if logs.lines().iter().filter(|l| l.as_str() == "on-net3").count() == 3 {
            break;
        }
        if Instant::now() > deadline {
            logs.fail("three runs on net3");
        }
        std::thread::sleep(Duration::from_millis(200));
    }
    store.skiff(&["rm", "-a", "-f"]).ok();
    assert_no_processes_left(&store);
}

#[test]
fn network_connect_and_disconnect_a_running_container() {
    let store = Store::new();
    store.import_busybox("bb");
    store.skiff(&["network", "create", "--subnet", "10.99.11.0/24", "front"]).ok();
    store.skiff(&["network", "create", "--subnet", "10.99.12.0/24", "back"]).ok();
    store.skiff(&web_on_network("db", "back", "hello-from-db", &[])).ok();
    store.skiff(&["run", "-d", "--name", "app", "--network", "front", "bb", "sleep", "300"]).ok();
    // Not on back yet: db neither resolves nor answers.
    let before = store.skiff(&["exec", "app", "sh", "-c", "nslookup db >/dev/null 2>&1 && echo resolved; ip -4 -o addr | grep -c 10.99.12."]);
    before.check(before.stdout.trim() == "0", "app has no address on back before connect");
    // Joined while it runs: eth1 on back, an alias there, and back's names resolve.
    store.skiff(&["network", "connect", "--alias", "api", "--ip", "10.99.12.50", "back", "app"]).ok().stdout_is("");
    store.skiff(&["exec", "app", "ip", "-4", "-o", "addr", "show", "eth1"]).ok().stdout_has("inet 10.99.12.50/24");
    store.skiff(&["exec", "app", "ip", "-4", "route"]).ok().stdout_has("default via 10.99.11.1 dev eth0");
    store.skiff(&["exec", "app", "sh", "-c", &fetch("http://db/")]).ok().stdout_has("hello-from-db");
    store.skiff(&["exec", "db", "sh", "-c", "nslookup api | grep -c 10.99.12.50"]).ok().stdout_is("1");
    let networks = store.skiff(&["inspect", "--format", "{{range $k, $v := .NetworkSettings.Networks}}{{$k}}={{$v.IPAddress}} {{end}}", "app"]);
    networks.ok().stdout_has("back=10.99.12.50").stdout_has("front=10.99.11.");
    // podman's errors, exit 125.
    store.skiff(&["network", "connect", "back", "app"]).code(125).stderr_has("already connected");
    store.skiff(&["network", "connect", "nosuch", "app"]).code(125).stderr_has("network not found");
    store.skiff(&["network", "connect", "back", "nosuch"]).code(125).stderr_has("no such container");
    store.skiff(&["network", "disconnect", "front", "app"]).code(125).stderr_has("created on network front");
    // The network is in use while app is connected to it.
    store.skiff(&["network", "rm", "back"]).code(2).stderr_has("is being used");
    // Restarted, app is on both networks again.
    store.skiff(&["restart", "-t", "0", "app"]).ok();
    store.skiff(&["exec", "app", "ip", "-4", "-o", "addr", "show", "eth1"]).ok().stdout_has("inet 10.99.12.50/24");
    // Left while it runs: the interface goes and back's names no longer resolve.
    store.skiff(&["network", "disconnect", "back", "app"]).ok();
    let after = store.skiff(&["exec", "app", "sh", "-c", "ip -4 -o addr | grep -c 10.99.12.; nslookup db >/dev/null 2>&1 && echo resolved; true"]);
    after.ok().stdout_is("0");
    store.skiff(&["network", "disconnect", "-f", "back", "app"]).code(125).stderr_has("is not connected to network back");
    // A stopped container is connected for its next start.
    store.skiff(&["stop", "-t", "0", "app"]).ok();
    store.skiff(&["network", "connect", "back", "app"]).ok();
    store.skiff(&["start", "app"]).ok();
    store.skiff(&["exec", "app", "ip", "-4", "-o", "addr", "show", "eth1"]).ok().stdout_has("inet 10.99.12.");
    store.skiff(&["network", "reload", "app"]).code(125).stderr_has("network reload");
    store.skiff(&["rm", "-a", "-f", "-t", "0"]).ok();
    assert_no_processes_left(&store);
}

/// The published port of a running container, from `skiff port NAME 80`.
fn published_port(store: &Store, name: &str) -> u16 {
    let out = store.skiff(&["port", name, "80"]);
    out.ok();
    out.stdout.trim().rsplit_once(':').and_then(|(_, port)| port.parse().ok()).unwrap_or_else(|| out.fail("a published port"))
}

/// docker's default bridge takes `network connect`: a container on
/// slirp4netns (the default) joins a user network beside it, running or
/// not, answers there by name and alias, keeps its default route, its
/// published port and the host's loopback through slirp4netns, keeps the
/// network across a restart and loses it at `network disconnect`.
#[test]
fn network_connect_a_container_on_the_default_network() {
    let store = Store::new();
    store.import_busybox("bb");
    store.skiff(&["network", "create", "--subnet", "10.99.31.0/24", "net31"]).ok();
    let serve = |page: &str| format!("mkdir -p /www && echo {page} > /www/index.html && exec httpd -f -p 80 -h /www");
    // Running: started with no user network, then connected.
    store.skiff(&["run", "-d", "--name", "app", "--network", "slirp4netns:allow_host_loopback=true", "-p", "127.0.0.1::80", "bb", "sh", "-c", &serve("hello-from-app")]).ok();
    store.skiff(&["network", "connect", "--alias", "api", "net31", "app"]).ok().stdout_is("");
    store.skiff(&["exec", "app", "ip", "-4", "-o", "addr", "show", "eth0"]).ok().stdout_has("inet 10.99.31.");
    store.skiff(&["exec", "app", "ip", "-4", "route"]).ok().stdout_has("default via 10.0.2.2 dev tap0");
    let by_name = format!("({}) && ({})", fetch("http://app/"), fetch("http://api/"));
    let reach = |what: &str| {
        let out = store.skiff(&["run", "--rm", "--network", "net31", "bb", "sh", "-c", &by_name]);
        out.ok().check(out.stdout.matches("hello-from-app").count() == 2, what);
    };
    reach("app by name and by alias from net31");
    assert!(http_get(published_port(&store, "app")).contains("hello-from-app"), "the published port");
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port().to_string();
    let server = std::thread::spawn(move || {
        let (mut conn, _) = listener.accept().unwrap();
        conn.write_all(b"hello-from-host\n").unwrap();
    });
    store.skiff(&["exec", "app", "nc", "10.0.2.2", &port]).ok().stdout_is("hello-from-host");
    server.join().unwrap();
    let networks = store.skiff(&["inspect", "--format", "{{range $k, $v := .NetworkSettings.Networks}}{{$k}}={{$v.IPAddress}} {{end}}", "app"]);
    networks.ok().stdout_has("net31=10.99.31.");
    store.skiff(&["network", "rm", "net31"]).code(2).stderr_has("is being used");
    // Restarted, it is on both again.
    store.skiff(&["restart", "-t", "0", "app"]).ok();
    store.skiff(&["exec", "app", "ip", "-4", "route"]).ok().stdout_has("default via 10.0.2.2 dev tap0").stdout_has("10.99.31.0/24 dev eth0");
    reach("app by name and by alias after a restart");
    assert!(http_get(published_port(&store, "app")).contains("hello-from-app"), "the published port after a restart");
    // Disconnected while it runs: off net31, still on slirp4netns.
    store.skiff(&["network", "disconnect", "net31", "app"]).ok();
    store.skiff(&["exec", "app", "sh", "-c", "ip -4 -o addr | grep -c 10.99.31.; true"]).ok().stdout_is("0");
    store.skiff(&["inspect", "--format", "{{json .NetworkSettings.Networks}}", "app"]).ok().stdout_is("{}");
    assert!(http_get(published_port(&store, "app")).contains("hello-from-app"), "the published port after disconnect");
    // Connected again while it runs, it answers there again.
    store.skiff(&["network", "connect", "--alias", "api", "net31", "app"]).ok();
    reach("app by name and by alias once connected again");
    store.skiff(&["rm", "-f", "-t", "0", "app"]).ok();

    // Created, connected, then started: on both from its first start.
    store.skiff(&["create", "--name", "later", "bb", "sh", "-c", &serve("hello-from-later")]).ok();
    store.skiff(&["network", "connect", "--alias", "late", "net31", "later"]).ok();
    store.skiff(&["inspect", "--format", "{{range $k, $v := .NetworkSettings.Networks}}{{$k}} {{end}}", "later"]).ok().stdout_is("net31");
    store.skiff(&["start", "later"]).ok();
    store.skiff(&["exec", "later", "ip", "-4", "route"]).ok().stdout_has("default via 10.0.2.2 dev tap0").stdout_has("10.99.31.0/24 dev eth0");
    let out = store.skiff(&["run", "--rm", "--network", "net31", "bb", "sh", "-c", &fetch("http://late/")]);
    out.ok().stdout_has("hello-from-later");
    // Connected while it runs (through a relay, or a veth pair when it runs
    // in the networks' user namespace): eth0, gone with the container.
    store.skiff(&["run", "-d", "--name", "plain", "bb", "sleep", "300"]).ok();
    store.skiff(&["network", "connect", "net31", "plain"]).ok();
    store.skiff(&["exec", "plain", "ip", "-4", "-o", "addr", "show", "eth0"]).ok().stdout_has("inet 10.99.31.");
    store.skiff(&["stop", "-t", "0", "plain"]).ok();

    // Host, none and another container's network stay refused, as a pod's member.
    store.skiff(&["create", "--name", "onhost", "--network", "host", "bb", "true"]).ok();
    let out = store.skiff(&["network", "connect", "net31", "onhost"]);
    out.code(125).stderr_has("Error: \"host\" is not supported: invalid network mode (container cannot be disconnected from host network or connected to host network)");
    store.skiff(&["create", "--name", "alone", "--network", "none", "bb", "true"]).ok();
    store.skiff(&["network", "connect", "net31", "alone"]).code(125).stderr_has("\"none\" is not supported: invalid network mode");
    store.skiff(&["create", "--name", "shares", "--network", "container:later", "bb", "true"]).ok();
    store.skiff(&["network", "connect", "net31", "shares"]).code(125).stderr_has("invalid network mode");
    store.skiff(&["pod", "create", "--name", "pod1"]).ok();
    store.skiff(&["create", "--name", "member", "--pod", "pod1", "bb", "true"]).ok();
    store.skiff(&["network", "connect", "net31", "member"]).code(125).stderr_has("\"\" is not supported: invalid network mode");
    store.skiff(&["rm", "-a", "-f", "-t", "0"]).ok();
    store.skiff(&["pod", "rm", "-f", "pod1"]).ok();
    assert_no_processes_left(&store);
}

/// `network create --ipv6`: a dual-stack network whose containers get an
/// IPv6 address too (the one --ip6 asks for, else the lowest free one of
/// --ip-range), resolve each other's names to it (AAAA records, asked of
/// the gateway over IPv4 or IPv6) and reach each other over IPv6; the
/// addresses show in inspect, and wrong ones are refused by name.
#[test]
fn a_dual_stack_network_gives_ipv6_addresses_that_resolve_and_reach() {
    let store = Store::new();
    store.import_busybox("bb");
    store
        .skiff(&[
            "network", "create", "--ipv6", "--subnet", "10.97.20.0/24", "--subnet", "fd97:20::/64", "--gateway", "10.97.20.1",
            "--gateway", "fd97:20::fe", "--ip-range", "10.97.20.0/25", "--ip-range", "fd97:20::100/120", "dual",
        ])
        .ok()
        .stdout_is("dual");
    store
        .skiff(&["network", "inspect", "dual"])
        .ok()
        .stdout_has("\"ipv6_enabled\": true")
        .stdout_has("\"subnet\": \"fd97:20::/64\"")
        .stdout_has("\"gateway\": \"fd97:20::fe\"")
        .stdout_has("\"start_ip\": \"fd97:20::100\"");
    let subnets = "{{.IPv6Enabled}}{{range .Subnets}} {{.Subnet}}{{end}}";
    store.skiff(&["network", "inspect", "--format", subnets, "dual"]).ok().stdout_is("true 10.97.20.0/24 fd97:20::/64");
    // --ipv6 alone: a unique local /64 beside the usual IPv4 subnet.
    store.skiff(&["network", "create", "--ipv6", "auto6"]).ok();
    let auto = store.skiff(&["network", "inspect", "--format", subnets, "auto6"]);
    auto.ok().check(auto.stdout.starts_with("true 10.89.") && auto.stdout.contains(" fd") && auto.stdout.trim_end().ends_with("::/64"), "a random fdXX:...::/64");

    store.skiff(&web_on_network("web6", "dual", "hello-over-ipv6", &["--ip6", "fd97:20::150"])).ok();
    let on_dual = |field: &str| format!("{{{{.NetworkSettings.Networks.dual.{field}}}}}");
    let fields = [on_dual("GlobalIPv6Address"), on_dual("GlobalIPv6PrefixLen"), on_dual("IPv6Gateway"), on_dual("IPAddress")].join(" ");
    store.skiff(&["inspect", "--format", &fields, "web6"]).ok().stdout_is("fd97:20::150 64 fd97:20::fe 10.97.20.2");
    store.skiff(&["exec", "web6", "ip", "-6", "-o", "addr", "show", "eth0", "scope", "global"]).ok().stdout_has("inet6 fd97:20::150/64");
    let hosts = store.skiff(&["exec", "web6", "cat", "/etc/hosts"]);
    hosts.ok().check(hosts.lines().iter().any(|l| l.starts_with("fd97:20::150\t") && l.ends_with(" web6")), "its IPv6 address in /etc/hosts");
    let client = store.skiff(&[
        "run", "--rm", "--network", "dual", "bb", "sh", "-c",
        &format!(
            "ip -6 -o addr show eth0 scope global; ip -6 route show default; ({}); nslookup -type=aaaa web6; nslookup -type=aaaa web6.dns.podman fd97:20::fe",
            fetch("http://[fd97:20::150]/")
        ),
    ]);
    client
        .ok()
        .stdout_has("inet6 fd97:20::100/64")
        .stdout_has("default via fd97:20::fe dev eth0")
        .stdout_has("hello-over-ipv6")
        .check(client.stdout.matches("Address: fd97:20::150").count() == 2, "web6's AAAA record, asked over IPv4 and over IPv6");
    // An IPv4-only network's containers get no IPv6 address and its names no AAAA record.
    store.skiff(&["network", "create", "--subnet", "10.97.21.0/24", "plain"]).ok();
    store.skiff(&["run", "-d", "--name", "app", "--network", "plain", "bb", "sleep", "300"]).ok();
    store.skiff(&["inspect", "--format", "[{{.NetworkSettings.Networks.plain.GlobalIPv6Address}}]", "app"]).ok().stdout_is("[]");
    // network connect --ip6 of a running container: eth1 on the dual-stack network.
    store.skiff(&["network", "connect", "--ip6", "fd97:20::160", "dual", "app"]).ok();
    store.skiff(&["exec", "app", "ip", "-6", "-o", "addr", "show", "eth1", "scope", "global"]).ok().stdout_has("inet6 fd97:20::160/64");
    store.skiff(&["exec", "app", "sh", "-c", &fetch("http://[fd97:20::150]/")]).ok().stdout_has("hello-over-ipv6");
    // Wrong addresses: one line naming them, nothing made.
    for (args, named) in [
        (vec!["--network", "dual", "--ip6", "fd98::5"], "fd98::5"),
        (vec!["--network", "dual", "--ip6", "fd97:20::150"], "already in use"),
        (vec!["--network", "plain", "--ip6", "fd97:20::5"], "no IPv6 subnet"),
        (vec!["--network", "dual", "--ip6", "10.97.20.5"], "invalid --ip6"),
        (vec!["--ip6", "fd97:20::5"], "network create"),
    ] {
        let mut full = vec!["run", "--rm", "--name", "wrong"];
        full.extend(args);
        full.extend(["bb", "true"]);
        store.skiff(&full).code(125).stderr_has(named);
    }
    store.skiff(&["container", "exists", "wrong"]).code(1);
    store.skiff(&["create", "--name", "idle", "--network", "plain", "bb", "true"]).ok();
    store.skiff(&["network", "connect", "--ip6", "fd97:21::1", "dual", "idle"]).code(125).stderr_has("fd97:21::1");
    store.skiff(&["rm", "-f", "web6", "app", "idle"]).ok();
    assert_no_processes_left(&store);
}

/// podman 4's per-network options, `--network NAME:ip=,ip6=,mac=,alias=,
/// interface_name=`, the flag repeated to join more networks, on run and
/// pod create; wrong options are refused by name.
#[test]
fn network_flag_takes_per_network_options() {
    let store = Store::new();
    store.import_busybox("bb");
    store.skiff(&["network", "create", "--subnet", "10.97.30.0/24", "first"]).ok();
    store.skiff(&["network", "create", "--ipv6", "--subnet", "10.97.31.0/24", "--subnet", "fd97:31::/64", "second"]).ok();
    store
        .skiff(&[
            "run", "-d", "--name", "multi", "--network", "first:ip=10.97.30.40,mac=92:d0:c6:0a:30:40,alias=one,interface_name=lan0",
            "--network", "second:ip=10.97.31.41,ip6=fd97:31::41,alias=two", "bb", "sleep", "300",
        ])
        .ok();
    store
        .skiff(&["exec", "multi", "sh", "-c", "cat /sys/class/net/lan0/address; ip -o addr show lan0; ip -o addr show eth1"])
        .ok()
        .stdout_has("92:d0:c6:0a:30:40")
        .stdout_has("inet 10.97.30.40/24")
        .stdout_has("inet 10.97.31.41/24")
        .stdout_has("inet6 fd97:31::41/64");
    store.skiff(&["inspect", "--format", "{{.NetworkSettings.Networks.second.GlobalIPv6Address}}", "multi"]).ok().stdout_is("fd97:31::41");
    // Each alias answers on its own network.
    store.skiff(&["run", "--rm", "--network", "first", "bb", "nslookup", "one"]).ok().stdout_has("Address: 10.97.30.40");
    store.skiff(&["run", "--rm", "--network", "second", "bb", "nslookup", "two"]).ok().stdout_has("Address: 10.97.31.41");
    // A pod takes them too.
    store.skiff(&["pod", "create", "--name", "p", "--network", "first:ip=10.97.30.60,alias=podname"]).ok();
    store.skiff(&["run", "--rm", "--pod", "p", "bb", "ip", "-4", "-o", "addr", "show", "eth0"]).ok().stdout_has("inet 10.97.30.60/24");
    for (values, named) in [
        (vec!["first:ip=10.97.30.x"], "invalid ip address"),
        (vec!["first:bogus=1"], "unknown bridge network option: bogus"),
        (vec!["first:alias="], "alias cannot be empty"),
        (vec!["first:interface_name="], "interface_name cannot be empty"),
        (vec!["first:mac=01:00:5e:00:00:01"], "multicast"),
        (vec!["first:ip"], "KEY=VALUE"),
        (vec!["first", "slirp4netns"], "cannot set multiple networks"),
        (vec!["first:interface_name=eth1", "second"], "eth1"),
        (vec!["first:ip6=fd97:31::9"], "no IPv6 subnet"),
    ] {
        let mut full = vec!["run", "--rm", "--name", "wrong"];
        for value in values {
            full.extend(["--network", value]);
        }
        full.extend(["bb", "true"]);
        store.skiff(&full).code(125).stderr_has(named);
    }
    store.skiff(&["run", "--rm", "--network", "first:ip=10.97.30.50", "--ip", "10.97.30.51", "bb", "true"]).code(125).stderr_has("give it once");
    store.skiff(&["pod", "create", "--name", "badpod", "--network", "first:bogus=1"]).code(125).stderr_has("bogus");
    store.skiff(&["container", "exists", "wrong"]).code(1);
    store.skiff(&["pod", "exists", "badpod"]).code(1);
    store.skiff(&["pod", "rm", "-f", "p"]).ok();
    store.skiff(&["rm", "-f", "multi"]).ok();
    assert_no_processes_left(&store);
}
