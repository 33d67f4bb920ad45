//! More `skiff compose` flags as docker compose v2 has them: `viz`,
//! `--all-resources`, `build --print`.

mod common;

use common::*;

/// Three services: web depends on db and cache, with ports, networks and
/// images (cache is built, so its image is named after the project).
const VIZ_PROJECT: &str = r#"
services:
  web:
    image: localhost/bb
    depends_on: [db, cache]
    ports: ["8080:80", "127.0.0.1:5353:53/udp"]
    networks: [front, back]
  db:
    image: localhost/db:1
    networks: [back]
  cache:
    build: ./cache
networks:
  front: {}
  back: {}
"#;

#[test]
fn viz_prints_the_services_as_a_graphviz_graph() {
    require_host();
    let store = Store::new();
    store.write_file("shop/compose.yaml", VIZ_PROJECT);
    store.write_file("shop/cache/Containerfile", "FROM localhost/bb\n");

    // As docker compose (alpha) viz: nodes, a blank line, edges; tab indentation.
    let plain = in_dir(&store, "shop", "skiff compose viz");
    plain.ok().stderr_has("viz command is EXPERIMENTAL");
    let want = "digraph \"shop\" {\n\tlayout=dot;\n\
        \t\"cache\" [style=\"filled\" label=<<font point-size=\"15\">cache</font>>];\n\
        \t\"db\" [style=\"filled\" label=<<font point-size=\"15\">db</font>>];\n\
        \t\"web\" [style=\"filled\" label=<<font point-size=\"15\">web</font>>];\n\
        \n\
        \t\"web\" -> \"cache\";\n\
        \t\"web\" -> \"db\";\n\
        }\n\n";
    assert_eq!(plain.stdout, want, "{}", plain.stderr);

    // --image, --networks, --ports, indented with two spaces.
    let full = in_dir(&store, "shop", "skiff compose viz --image --networks --ports --spaces --indentation-size 2");
    full.ok();
    let lines = full.lines();
    assert_eq!(lines[1], "  layout=dot;", "{}", full.stdout);
    let web = lines.iter().find(|l| l.starts_with("  \"web\" [")).unwrap_or_else(|| full.fail("no web node"));
    assert_eq!(
        web,
        "  \"web\" [style=\"filled\" label=<<font point-size=\"15\">web</font>\
         <font point-size=\"10\"><br/><br/><b>Networks:</b><br/>back<br/>front</font>\
         <font point-size=\"10\"><br/><br/><b>Ports:</b><br/>8080:80 (tcp, ingress)<br/>127.0.0.1:5353:53 (udp, ingress)</font>\
         <font point-size=\"10\"><br/><br/><b>Image:</b><br/>localhost/bb</font>>];"
    );
    // A built service's image is named after the project; a service
    // without ports shows none, and one on the default network shows it.
    full.stdout_has("<b>Image:</b><br/>shop-cache</font>");
    full.stdout_has("<b>Networks:</b><br/>default</font>");
    let db = lines.iter().find(|l| l.starts_with("  \"db\" [")).unwrap_or_else(|| full.fail("no db node"));
    assert!(!db.contains("Ports:"), "{db}");
    assert!(lines.contains(&"  \"web\" -> \"db\";".to_string()), "{}", full.stdout);

    // No indentation at all.
    let flat = in_dir(&store, "shop", "skiff compose viz --indentation-size 0");
    flat.ok();
    assert_eq!(flat.lines()[1], "layout=dot;");

    // A negative size is refused, naming it.
    let bad = in_dir(&store, "shop", "skiff compose viz --indentation-size -1");
    bad.code(125).stderr_has("invalid indentation size: -1");
    assert!(bad.stdout.is_empty(), "{}", bad.stdout);
}

/// A service on one of three networks, with one of two volumes and one
/// of two secrets; a profiled service on another network.
const RESOURCES_PROJECT: &str = r#"
services:
  app:
    image: localhost/bb
    command: ["sleep", "30"]
    networks: [front]
    volumes: ["data:/data"]
    secrets: [token]
  debug:
    profiles: [debug]
    image: localhost/bb
    networks: [back]
networks:
  front: {}
  back: {}
  spare: {}
volumes:
  data: {}
  spare: {}
secrets:
  token: {file: ./token}
  old: {file: ./token}
"#;

fn keys(model: &serde_json::Value, kind: &str) -> Vec<String> {
    model[kind].as_object().map(|m| m.keys().cloned().collect()).unwrap_or_default()
}

#[test]
fn all_resources_keeps_networks_and_volumes_no_service_uses() {
    require_host();
    let store = Store::new();
    store.import_busybox("bb");
    store.write_file("res/compose.yaml", RESOURCES_PROJECT);
    store.write_file("res/token", "secret\n");
    let config = |flags: &str| -> serde_json::Value {
        let out = in_dir(&store, "res", &format!("skiff compose {flags} --format json"));
        out.ok();
        serde_json::from_str(&out.stdout).unwrap_or_else(|e| out.fail(&format!("stdout must be JSON: {e}")))
    };

    // As docker compose: what no enabled service uses is left out...
    let trimmed = config("config");
    assert_eq!(keys(&trimmed, "networks"), ["front"], "{trimmed}");
    assert_eq!(keys(&trimmed, "volumes"), ["data"]);
    assert_eq!(keys(&trimmed, "secrets"), ["token"]);
    in_dir(&store, "res", "skiff compose config --volumes").ok().stdout_is("data");
    // ...a service enabled by its profile or by naming it brings its own...
    assert_eq!(keys(&config("--profile debug config"), "networks"), ["back", "front"]);
    assert_eq!(keys(&config("config debug"), "networks"), ["back"], "only the services shown");
    // ...and --all-resources keeps everything declared.
    let all = config("--all-resources config");
    assert_eq!(keys(&all, "networks"), ["back", "front", "spare"], "{all}");
    assert_eq!(keys(&all, "volumes"), ["data", "spare"]);
    assert_eq!(keys(&all, "secrets"), ["old", "token"]);
    in_dir(&store, "res", "skiff compose --all-resources config --volumes").ok().stdout_is("data\nspare");

    let listed = |kind: &str| {
        let mut names: Vec<String> = store.skiff(&[kind, "ls", "--format", "{{.Name}}"]).ok().lines().into_iter().filter(|n| n.starts_with("res_")).collect();
        names.sort();
        names
    };
    let networks = || listed("network");
    let volumes = || listed("volume");
    // create makes only what the service uses...
    in_dir(&store, "res", "skiff compose create").ok();
    assert_eq!(networks(), ["res_front"]);
    assert_eq!(volumes(), ["res_data"]);
    // ...and with --all-resources the rest too.
    let created = in_dir(&store, "res", "skiff compose --all-resources up -d");
    created.ok();
    created.stderr_has("Network res_spare").stderr_has("Volume res_spare");
    assert_eq!(networks(), ["res_back", "res_front", "res_spare"], "{}", created.stderr);
    assert_eq!(volumes(), ["res_data", "res_spare"]);

    // down -v removes every network and volume the file declares.
    in_dir(&store, "res", "skiff compose down -v -t 0").ok();
    assert!(networks().is_empty(), "{:?}", networks());
    assert!(volumes().is_empty(), "{:?}", volumes());
}
