//! `skiff compose` on project networks: published ports, services on
//! several networks, DNS answering for every replica, and nothing left
//! running after `down`; and `run -p` on a user network.

use crate::common;

use common::*;
use std::collections::BTreeSet;
use std::time::{Duration, Instant};

/// The addresses busybox nslookup printed for the name asked (the lines
/// after the server's own).
fn answered_addresses(out: &Output) -> BTreeSet<String> {
    out.stdout
        .split("Name:")
        .skip(1)
        .flat_map(|answer| answer.lines().filter_map(|l| l.strip_prefix("Address:")).map(|a| a.trim().to_string()))
        .collect()
}

/// The project: `web` publishes a port on `front`; `api` is on `front` at a
/// fixed address and on the internal `back` under an alias; `db` is on
/// `back` and on an external network; `replica` runs three times.
fn project(web_port: u16) -> String {
    format!(
        r#"
services:
  web:
    image: localhost/bb
    command: ["sh", "-c", "mkdir -p /www && echo hello-from-web > /www/index.html && exec httpd -f -p 80 -h /www"]
    ports: ["127.0.0.1:{web_port}:80"]
    networks: [front]
  api:
    image: localhost/bb
    command: ["sleep", "300"]
    networks:
      front: {{ipv4_address: 10.89.77.10}}
      back: {{aliases: [db-api]}}
  db:
    image: localhost/bb
    command: ["sleep", "300"]
    networks: [back, outside]
  replica:
    image: localhost/bb
    command: ["sleep", "300"]
    scale: 3
    networks: [front]
networks:
  front:
    ipam:
      config: [{{subnet: 10.89.77.0/24}}]
  back:
    internal: true
    labels: {{tier: private}}
  outside:
    external: true
    name: ext
"#
    )
}

/// Processes that must end with the project: every process of the store
/// (monitors, port forwarders, containers), the user networks' holder
/// (which serves their DNS) and its children (slirp4netns).
fn project_processes(store: &Store) -> BTreeSet<i32> {
    let mut pids: BTreeSet<i32> = store.processes().into_iter().map(|(pid, _)| pid).collect();
    let state = std::fs::read_to_string(store.runtime_dir().join("netns.json")).expect("the networks' holder publishes netns.json");
    let state: serde_json::Value = serde_json::from_str(&state).expect("netns.json is JSON");
    let holder = state["pid"].as_i64().expect("netns.json names the holder's pid") as i32;
    pids.insert(holder);
    for task in std::fs::read_dir(format!("/proc/{holder}/task")).expect("the holder runs").flatten() {
        let children = std::fs::read_to_string(task.path().join("children")).unwrap_or_default();
        pids.extend(children.split_whitespace().filter_map(|p| p.parse::<i32>().ok()));
    }
    pids
}

#[test]
fn project_networks_publish_ports_and_answer_for_every_replica() {
    require_host();
    let store = Store::new();
    store.import_busybox("bb");
    let web_port = free_port();
    store.write_file("app/compose.yaml", &project(web_port));

    // A missing external network stops `up` before anything is made.
    in_dir(&store, "app", "skiff compose up -d").code(125).stderr_has("network ext declared as external, but could not be found");
    store.skiff(&["network", "ls", "-q"]).ok().stdout_is("");
    store.skiff(&["network", "create", "ext"]).ok();
    in_dir(&store, "app", "skiff compose up -d").ok().stderr_has(" Container app-replica-3  Started");

    // The published port answers on the host, and services reach web by name.
    assert!(http_get(web_port).contains("hello-from-web"), "web answers on 127.0.0.1:{web_port}");
    in_dir(&store, "app", "skiff compose exec -T api wget -q -O - http://web/").ok().stdout_is("hello-from-web\n");
    in_dir(&store, "app", "skiff compose port web 80").ok().stdout_is(&format!("127.0.0.1:{web_port}\n"));

    // Several networks: the fixed address on front, the alias on back.
    let api = in_dir(&store, "app", "skiff compose exec -T web nslookup api");
    assert_eq!(answered_addresses(api.ok()), BTreeSet::from(["10.89.77.10".to_string()]), "api has its ipv4_address on front");
    let alias = in_dir(&store, "app", "skiff compose exec -T db nslookup db-api");
    assert_eq!(answered_addresses(alias.ok()).len(), 1, "the alias answers on back");
    // db is not on front: web's DNS does not know it.
    in_dir(&store, "app", "skiff compose exec -T web nslookup db.dns.podman").code(1);
    store
        .skiff(&["network", "inspect", "--format", "{{.Internal}} {{index .Labels \"tier\"}} {{range .Subnets}}{{.Subnet}}{{end}}", "app_back", "app_front"])
        .ok()
        .stdout_has("true private 10.89.")
        .stdout_has("false <no value> 10.89.77.0/24");

    // Every replica answers to the service's name.
    let replicas = in_dir(&store, "app", "skiff compose exec -T api nslookup replica");
    let addresses = answered_addresses(replicas.ok());
    assert_eq!(addresses.len(), 3, "three replicas, three addresses: {addresses:?}");
    assert!(addresses.iter().all(|a| a.starts_with("10.89.77.")), "on front's subnet: {addresses:?}");

    // The CLI publishes on a user network too.
    let solo_port = free_port();
    store
        .skiff(&[
            "run", "-d", "--name", "solo", "-p", &format!("127.0.0.1:{solo_port}:80"), "--network", "ext", "bb",
            "sh", "-c", "mkdir /www && echo solo > /www/index.html && exec httpd -f -p 80 -h /www",
        ])
        .ok();
    assert!(http_get(solo_port).contains("solo"), "run -p --network ext answers on 127.0.0.1:{solo_port}");
    store.skiff(&["port", "solo"]).ok().stdout_is(&format!("80/tcp -> 127.0.0.1:{solo_port}\n"));
    store.skiff(&["rm", "-f", "-t", "0", "solo"]).ok();
    assert!(std::net::TcpStream::connect(("127.0.0.1", solo_port)).is_err(), "the host port is closed with the container");

    // down: no monitor, forwarder, holder (and its DNS) or slirp4netns left.
    let before = project_processes(&store);
    in_dir(&store, "app", "skiff compose down -t 1").ok().stderr_has(" Network app_front  Removed").stderr_has(" Network app_back  Removed");
    store.skiff(&["network", "ls", "--format", "{{.Name}}"]).ok().stdout_is("ext\n");
    store.skiff(&["network", "rm", "ext"]).ok();
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        let alive: Vec<&i32> = before.iter().filter(|pid| std::path::Path::new(&format!("/proc/{pid}")).exists()).collect();
        if alive.is_empty() {
            break;
        }
        assert!(Instant::now() < deadline, "processes of the project left after down: {alive:?}");
        std::thread::sleep(Duration::from_millis(100));
    }
    assert!(!store.runtime_dir().join("netns.json").exists(), "the holder withdrew its state");
    assert_no_processes_left(&store);
}

#[test]
fn compose_subcommands_reach_the_services_containers() {
    require_host();
    let store = Store::new();
    store.import_busybox("bb");
    store.write_file("tools/Containerfile", "FROM localhost/bb\nRUN echo built > /built\n");
    store.write_file(
        "tools/compose.yaml",
        r#"
services:
  job:
    build: .
    command: ["sh", "-c", "sleep 2; exit 7"]
  web:
    image: localhost/bb
    command: ["sh", "-c", "echo from-web > /index && exec httpd -f -p 80 -h /"]
    secrets: [token, {source: note, target: note.txt, uid: "1000", mode: 0400}]
    configs: [{source: settings, target: /etc/settings.conf}]
    mem_limit: 64m
secrets:
  token: {file: ./token.txt}
  note: {environment: NOTE}
configs:
  settings: {content: "level=debug"}
"#,
    );
    store.write_file("tools/token.txt", "from-file\n");
    // A cgroup limit is warned about once, as refused resource flags are.
    in_dir(&store, "tools", "NOTE=from-variable skiff compose up -d")
        .ok()
        .stderr_has("services.web.mem_limit: resource limits need cgroups, which skiff has not here: ignored");

    // Secrets and configs: read-only files from a file, a variable and
    // inline text, where the service asks, with the owner and mode it asks.
    let files = "cat /run/secrets/token /run/secrets/note.txt; echo; cat /etc/settings.conf; echo; stat -c '%a %u' /run/secrets/note.txt /run/secrets/token; echo x > /run/secrets/token || echo read-only";
    in_dir(&store, "tools", &format!("skiff compose exec -T web sh -c \"{files}\""))
        .ok()
        .stdout_is("from-file\nfrom-variable\nlevel=debug\n400 1000\n444 0\nread-only\n");

    // wait: the first container to stop gives the exit status.
    in_dir(&store, "tools", "skiff compose wait job").code(7);
    let images = in_dir(&store, "tools", "skiff compose images");
    images.ok().stdout_has("CONTAINER").stdout_has("tools-job-1").stdout_has("localhost/tools-job").stdout_has("localhost/bb");
    in_dir(&store, "tools", "skiff compose top web").ok().stdout_has("tools-web-1\n").stdout_has("httpd");

    // cp both ways through SERVICE:PATH.
    in_dir(&store, "tools", "skiff compose cp web:/index copied && cat copied").ok().stdout_is("from-web\n");
    in_dir(&store, "tools", "echo to-web > local && skiff compose cp local web:/tmp/local && skiff compose exec -T web cat /tmp/local")
        .ok()
        .stdout_is("to-web\n");
    in_dir(&store, "tools", "skiff compose cp local other:/tmp").code(125).stderr_has("no such service: other");
    // -a keeps the source's uid and gid (1000 in the containers' user namespace); without it the copy is root's.
    in_dir(&store, "tools", "echo owned > owned && skiff unshare chown 1000:1000 owned && skiff compose cp -a owned web:/tmp/kept && skiff compose cp owned web:/tmp/root")
        .ok();
    in_dir(&store, "tools", "skiff compose exec -T web stat -c '%u:%g' /tmp/kept /tmp/root").ok().stdout_is("1000:1000\n0:0\n");

    // events: the project's container events from now on, as JSON lines.
    let events = in_dir(
        &store,
        "tools",
        // (after "cd DIR &&": a list ending in & would run in a subshell of its own)
        "true; timeout -s KILL 4 skiff compose events --json > events.json 2> events.err & sleep 1; skiff compose restart -t 0 web >/dev/null 2>&1; wait; cat events.err >&2; cat events.json",
    );
    events.ok();
    let actions: Vec<serde_json::Value> = events.stdout.lines().map(|l| serde_json::from_str(l).expect("one JSON object a line")).collect();
    assert!(actions.iter().any(|e| e["action"] == "start" && e["service"] == "web"), "web's start is reported: {}", events.stdout);
    assert!(actions.iter().all(|e| e["service"] == "web"), "only the project's containers: {}", events.stdout);

    in_dir(&store, "tools", "skiff compose pull --policy missing web").ok();

    // down --rmi local: the built image goes, the named one stays.
    in_dir(&store, "tools", "skiff compose down -t 0 --rmi local").ok().stderr_has(" Image tools-job  Removed");
    let left = store.skiff(&["images", "--format", "{{.Repository}}"]);
    left.ok().stdout_is("localhost/bb\n");
    assert_no_processes_left(&store);
}

/// A project network with `enable_ipv6` and an IPv6 pool is dual stack; a
/// service's `ipv6_address` on it is its container's.
#[test]
fn project_network_enable_ipv6_and_ipv6_address() {
    let store = Store::new();
    store.import_busybox("bb");
    store.write_file(
        "six/compose.yaml",
        r#"
services:
  app:
    image: localhost/bb
    command: ["sleep", "300"]
    networks:
      dual: {ipv4_address: 10.89.78.10, ipv6_address: "fd89:78::10"}
networks:
  dual:
    enable_ipv6: true
    ipam:
      config: [{subnet: 10.89.78.0/24}, {subnet: "fd89:78::/64", ip_range: "fd89:78::/120"}]
"#,
    );
    in_dir(&store, "six", "skiff compose up -d").ok();
    store
        .skiff(&["network", "inspect", "--format", "{{.IPv6Enabled}}{{range .Subnets}} {{.Subnet}}{{end}}", "six_dual"])
        .ok()
        .stdout_is("true 10.89.78.0/24 fd89:78::/64");
    in_dir(&store, "six", "skiff compose exec -T app ip -6 -o addr show eth0 scope global").ok().stdout_has("inet6 fd89:78::10/64");
    in_dir(&store, "six", "skiff compose down").ok();
    assert_no_processes_left(&store);
}

/// `post_start` hooks run in the container right after each start (with
/// their own user, environment and working directory), `pre_stop` hooks
/// right before `stop`, `restart` and `down` stop it; a failing hook is
/// `up`'s error, named as docker compose names it.
#[test]
fn lifecycle_hooks_run_after_start_and_before_stop() {
    require_host();
    let store = Store::new();
    store.import_busybox("bb");
    store.write_file(
        "hooks/compose.yaml",
        r#"
services:
  web:
    image: localhost/bb
    command: ["sh", "-c", "trap 'exit 0' TERM; while sleep 0.1; do :; done"]
    volumes: [data:/data]
    post_start:
      - command: sh -c 'umask 0; echo started-$$GREETING >> /data/log'
        environment: {GREETING: hi}
      - command: ["sh", "-c", "echo $(id -u) in $(pwd) >> /data/log"]
        user: "1000"
        working_dir: /tmp
    pre_stop:
      - command: sh -c 'echo stopping >> /data/log'
volumes:
  data: {}
"#,
    );
    // The hooks run in order: the first (root's) makes the log the second writes to.
    in_dir(&store, "hooks", "skiff compose up -d && skiff compose restart -t 1 && skiff compose stop -t 1 && skiff compose start").ok();
    let started = "started-hi\n1000 in /tmp\n";
    in_dir(&store, "hooks", "skiff compose exec -T web cat /data/log")
        .ok()
        .stdout_is(&format!("{started}stopping\n{started}stopping\n{started}"));
    in_dir(&store, "hooks", "skiff compose down -t 1 && skiff run --rm -v hooks_data:/data bb cat /data/log")
        .ok()
        .stdout_is(&format!("{started}stopping\n{started}stopping\n{started}stopping\n"));
    // compose run runs them too: detached, before it returns; attached,
    // once the container runs (the command waits for their two lines).
    in_dir(&store, "hooks", "skiff compose run -d --name once web >/dev/null && skiff exec once tail -2 /data/log").ok().stdout_is(started);
    let wait_for_hooks = "n=$(wc -l < /data/log); i=0; until [ $(wc -l < /data/log) -ge $((n+2)) ] || [ $i -ge 100 ]; do sleep 0.1; i=$((i+1)); done; tail -2 /data/log";
    in_dir(&store, "hooks", &format!("skiff compose run --rm web sh -c '{wait_for_hooks}'")).ok().stdout_is(started);
    in_dir(&store, "hooks", "skiff rm -f -t 0 once").ok();
    // A hook that fails is the command's error.
    store.write_file("broken/compose.yaml", "services:\n  job:\n    image: localhost/bb\n    command: [sleep, '300']\n    post_start: [{command: [sh, -c, 'exit 3']}]\n");
    in_dir(&store, "broken", "skiff compose up -d").code(125).stderr_has("job hook exited with status 3");
    store.write_file("nocommand/compose.yaml", "services:\n  job:\n    image: localhost/bb\n    pre_stop: [{user: root}]\n");
    in_dir(&store, "nocommand", "skiff compose up -d").code(125).stderr_has("services.job.pre_stop[0]: command is required");
    in_dir(&store, "broken", "skiff compose down -t 0").ok();
    in_dir(&store, "hooks", "skiff volume rm hooks_data").ok();
    assert_no_processes_left(&store);
}
