//! docker's legacy container links (`--link`, `network connect --link`,
//! `rm --link`, compose's `links` and `external_links`) on user networks:
//! the linking container alone reaches the linked one by the link's alias.

use crate::common;
use common::*;

/// The container's address on its one network.
fn address(store: &Store, name: &str) -> String {
    let out = store.skiff(&["inspect", "--format", "{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}", name]);
    out.ok();
    let ip = out.stdout.trim().to_string();
    assert!(ip.starts_with("10."), "{name} has an address: {ip:?}");
    ip
}

/// The addresses a name resolves to from inside `container` (empty when it
/// does not resolve).
fn resolve(store: &Store, container: &str, name: &str) -> String {
    let script = format!("nslookup {name} 2>/dev/null | sed -n '/^Name:/,$ s/^Address: *//p'");
    let out = store.skiff(&["exec", container, "sh", "-c", &script]);
    out.ok();
    out.stdout.trim().to_string()
}

#[test]
fn a_link_is_an_alias_only_the_linking_container_resolves() {
    let store = Store::new();
    store.import_busybox("bb");
    store.skiff(&["network", "create", "--subnet", "10.99.70.0/24", "linknet"]).ok();
    store.skiff(&["network", "create", "--subnet", "10.99.71.0/24", "other"]).ok();
    let serve = "echo from-db > /index.html && exec httpd -f -p 80 -h /";
    store.skiff(&["run", "-d", "--name", "db", "--network", "linknet", "bb", "sh", "-c", serve]).ok();
    store.skiff(&["run", "-d", "--name", "bystander", "--network", "linknet", "bb", "sleep", "300"]).ok();
    store.skiff(&["run", "-d", "--name", "web", "--network", "linknet", "--link", "db:data", "bb", "sleep", "300"]).ok();
    let db = address(&store, "db");
    assert_eq!(resolve(&store, "web", "data"), db);
    assert_eq!(resolve(&store, "web", "data.dns.podman"), db);
    assert_eq!(resolve(&store, "web", "db"), db);
    // The alias is the linking container's alone.
    assert_eq!(resolve(&store, "bystander", "data.dns.podman"), "");
    let fetch = "for i in $(seq 20); do wget -qO- http://data/ && exit 0; sleep 0.3; done; exit 1";
    store.skiff(&["exec", "web", "sh", "-c", fetch]).ok().stdout_is("from-db");
    // inspect shows docker's form; the linked container has none.
    store.skiff(&["inspect", "--format", "{{json .HostConfig.Links}}", "web"]).ok().stdout_is(r#"["/db:/web/data"]"#);
    store.skiff(&["inspect", "--format", "{{json .HostConfig.Links}}", "db"]).ok().stdout_is("null");

    // network connect --link: an alias on that network, for this container.
    store.skiff(&["run", "-d", "--name", "cache", "--network", "other", "bb", "sleep", "300"]).ok();
    store.skiff(&["network", "connect", "--link", "cache:kv", "other", "web"]).ok().stdout_is("");
    assert_eq!(resolve(&store, "web", "kv"), address(&store, "cache"));
    let links = store.skiff(&["inspect", "--format", "{{json .HostConfig.Links}}", "web"]);
    links.ok().stdout_is(r#"["/db:/web/data","/cache:/web/kv"]"#);
    // Leaving the network drops its links.
    store.skiff(&["network", "disconnect", "other", "web"]).ok();
    store.skiff(&["inspect", "--format", "{{json .HostConfig.Links}}", "web"]).ok().stdout_is(r#"["/db:/web/data"]"#);

    // rm --link removes the link, not a container: web keeps running.
    store.skiff(&["rm", "--link", "/web/data"]).ok().stdout_is("/web/data");
    assert_eq!(resolve(&store, "web", "data.dns.podman"), "");
    store.skiff(&["inspect", "--format", "{{.State.Status}} {{json .HostConfig.Links}}", "web"]).ok().stdout_is("running null");
    store.skiff(&["rm", "--link", "web/data"]).code(125).stderr_has("has no link \"data\"");
    store.skiff(&["rm", "--link", "nosuch/data"]).code(1).stderr_has("no such container");

    // A link made at create holds across a restart of the linking container.
    store.skiff(&["create", "--name", "client", "--network", "linknet", "--link", "db", "bb", "sleep", "300"]).ok();
    store.skiff(&["start", "client"]).ok();
    store.skiff(&["restart", "-t", "0", "client"]).ok();
    assert_eq!(resolve(&store, "client", "db"), db);
    store.skiff(&["rm", "-a", "-f", "-t", "0"]).ok();
    assert_no_processes_left(&store);
}

#[test]
fn links_that_cannot_hold_are_refused_in_one_line() {
    let store = Store::new();
    store.import_busybox("bb");
    store.skiff(&["network", "create", "--subnet", "10.99.72.0/24", "linknet"]).ok();
    store.skiff(&["create", "--name", "stopped", "--network", "linknet", "bb", "sleep", "300"]).ok();
    let before = containers_in_store(&store);
    for (args, needle) in [
        (vec!["--network", "linknet", "--link", "nosuch:x"], "could not get container for nosuch"),
        (vec!["--network", "linknet", "--link", "a:b:c"], "bad format for links: a:b:c"),
        (vec!["--link", "stopped"], "--link needs a network made by `network create`"),
        (vec!["--network", "slirp4netns", "--link", "stopped"], "containers cannot reach each other"),
        (vec!["--network", "host", "--link", "stopped"], "host type networking can't be used with links"),
        (vec!["--network", "none", "--link", "stopped"], "--link cannot be used with --network none"),
        (vec!["--network", "linknet", "--link-local-ip", "169.254.0.9"], "link-local addresses are not supported"),
    ] {
        let mut line = vec!["run", "--rm"];
        line.extend(args);
        line.extend(["bb", "true"]);
        let out = store.skiff(&line);
        out.code(125).stderr_has(needle);
        out.check(out.stderr.trim().lines().count() == 1, "one line");
    }
    assert_eq!(containers_in_store(&store), before, "refused runs leave no container");
    // The linked container must run when the linking one starts (docker's error).
    store.skiff(&["create", "--name", "client", "--network", "linknet", "--link", "stopped:s", "bb", "true"]).ok();
    store.skiff(&["start", "client"]).code(125).stderr_has("Cannot link to a non running container: /stopped AS /client/s");
    store.skiff(&["network", "connect", "--link", "nosuch", "linknet", "client"]).code(125).stderr_has("could not get container for nosuch");
    store.skiff(&["rm", "-a", "-f", "-t", "0"]).ok();
    assert_no_processes_left(&store);
}

#[test]
fn compose_links_and_external_links_are_aliases_for_the_service() {
    require_host();
    let store = Store::new();
    store.import_busybox("bb");
    store.skiff(&["network", "create", "--subnet", "10.99.73.0/24", "shared"]).ok();
    store.skiff(&["run", "-d", "--name", "outside", "--network", "shared", "bb", "sleep", "300"]).ok();
    store.write_file(
        "proj/compose.yaml",
        r#"
services:
  web:
    image: localhost/bb
    command: ["sleep", "300"]
    links: ["db:database"]
    external_links: ["outside:legacy"]
    networks: [shared]
  db:
    image: localhost/bb
    command: ["sleep", "300"]
    networks: [shared]
  other:
    image: localhost/bb
    command: ["sleep", "300"]
    networks: [shared]
networks:
  shared:
    external: true
"#,
    );
    in_dir(&store, "proj", "skiff compose up -d").ok();
    assert_eq!(resolve(&store, "proj-web-1", "database"), address(&store, "proj-db-1"));
    assert_eq!(resolve(&store, "proj-web-1", "legacy"), address(&store, "outside"));
    assert_eq!(resolve(&store, "proj-other-1", "database.dns.podman"), "");
    let links = store.skiff(&["inspect", "--format", "{{json .HostConfig.Links}}", "proj-web-1"]);
    links.ok().stdout_is(r#"["/proj-db-1:/proj-web-1/database","/outside:/proj-web-1/legacy"]"#);
    store.write_file("bad/compose.yaml", "services:\n  web:\n    image: localhost/bb\n    links: [nosuch]\n");
    in_dir(&store, "bad", "skiff compose up -d").code(125).stderr_has("services.web.links: service nosuch is not defined");
    in_dir(&store, "proj", "skiff compose down -t 0").ok();
    store.skiff(&["rm", "-a", "-f", "-t", "0"]).ok();
    assert_no_processes_left(&store);
}
