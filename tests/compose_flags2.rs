//! More `skiff compose` flags as docker compose v2 has them: `viz`,
//! `--all-resources`, `build --print`, `--dry-run` (`up` and `create` too).

use crate::common;

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

/// Two built services (one with its own image name, a named Dockerfile,
/// args, labels and a target) and one that is only pulled.
const BAKE_PROJECT: &str = r#"
services:
  web:
    build:
      context: ./web
      dockerfile: web.Containerfile
      args: {GREETING: hello, LITERAL: "$${HOME}<&>"}
      labels: {team: shop}
      target: final
  api:
    image: localhost/api:2
    build: ./api
    depends_on: [db]
  db:
    image: localhost/db:1
"#;

#[test]
fn build_print_prints_the_bake_file_and_builds_nothing() {
    require_host();
    let store = Store::new();
    store.write_file("bake/compose.yaml", BAKE_PROJECT);
    store.write_file("bake/web/web.Containerfile", "FROM localhost/nothing-here AS final\n");
    store.write_file("bake/api/Containerfile", "FROM localhost/nothing-here\n");
    let config: serde_json::Value = serde_json::from_str(&in_dir(&store, "bake", "skiff compose config --format json").ok().stdout).unwrap();
    let web_context = config["services"]["web"]["build"]["context"].as_str().unwrap().to_string();
    let api_context = config["services"]["api"]["build"]["context"].as_str().unwrap().to_string();

    let printed = in_dir(&store, "bake", "skiff compose build --print --build-arg EXTRA=1 --no-cache");
    printed.ok();
    let bake: serde_json::Value = serde_json::from_str(&printed.stdout).unwrap_or_else(|e| printed.fail(&format!("stdout must be JSON: {e}")));
    let labels = |service: &str| {
        serde_json::json!({
            "com.docker.compose.project": "bake",
            "com.docker.compose.service": service,
            "com.docker.compose.version": bake["target"][service]["labels"]["com.docker.compose.version"],
        })
    };
    let mut web_labels = labels("web");
    web_labels["team"] = "shop".into();
    let want = serde_json::json!({
        "group": {"default": {"targets": ["api", "web"]}},
        "target": {
            "api": {
                "context": api_context,
                "dockerfile": format!("{api_context}/Containerfile"),
                "args": {"EXTRA": "1"},
                "labels": labels("api"),
                "tags": ["localhost/api:2"],
                "no-cache": true,
                "output": ["type=docker"],
            },
            "web": {
                "context": web_context,
                "dockerfile": format!("{web_context}/web.Containerfile"),
                "args": {"EXTRA": "1", "GREETING": "hello", "LITERAL": "$${HOME}<&>"},
                "labels": web_labels,
                "tags": ["bake-web"],
                "target": "final",
                "no-cache": true,
                "output": ["type=docker"],
            },
        },
    });
    assert_eq!(bake, want, "{}", printed.stdout);
    // As docker compose (Go's encoder): two-space indentation, <>& escaped.
    printed.stdout_has("{\n  \"group\": {\n    \"default\": {");
    printed.stdout_has("\"$${HOME}\\u003c\\u0026\\u003e\"");
    // Nothing was built (the base image does not even exist).
    assert!(!printed.stdout.contains("STEP") && !printed.stderr.contains("Building"), "{}", printed.stderr);
    let images = store.skiff(&["images", "--format", "{{.Repository}}"]);
    images.ok();
    assert!(!images.stdout.contains("bake"), "{}", images.stdout);

    // Services named: only they are in the default group, every built service stays a target;
    // --push with an image name writes to the registry.
    let some = in_dir(&store, "bake", "skiff compose build --print --push --pull api");
    some.ok();
    let bake: serde_json::Value = serde_json::from_str(&some.stdout).unwrap();
    assert_eq!(bake["group"]["default"]["targets"], serde_json::json!(["api"]));
    assert_eq!(bake["target"]["api"]["output"], serde_json::json!(["type=registry"]));
    assert_eq!(bake["target"]["api"]["pull"], true);
    assert_eq!(bake["target"]["web"]["output"], serde_json::json!(["type=docker"]), "no image name: not pushed");

    // Nothing to build: docker compose's empty group.
    let none = in_dir(&store, "bake", "skiff compose build --print db");
    none.ok();
    let bake: serde_json::Value = serde_json::from_str(&none.stdout).unwrap();
    assert_eq!(bake["group"]["default"]["targets"], serde_json::Value::Null, "{}", none.stdout);
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

const DRY_RUN_PROJECT: &str = r#"
services:
  app:
    image: localhost/bb
    command: ["sleep", "300"]
    volumes: ["data:/data"]
    stop_grace_period: 1s
volumes:
  data: {}
"#;

#[test]
fn dry_run_reports_the_steps_and_changes_nothing() {
    require_host();
    let store = Store::new();
    store.import_busybox("bb");
    store.write_file("dry/compose.yaml", DRY_RUN_PROJECT);
    in_dir(&store, "dry", "skiff compose up -d").ok();
    let state = || store.skiff(&["inspect", "--format", "{{.State.Status}}", "dry-app-1"]).ok().stdout.trim().to_string();
    let exists = |kind: &str, name: &str| store.skiff(&[kind, "exists", name]).code == 0;
    assert_eq!(state(), "running");

    // Each step as docker compose prints it in a dry run, and nothing done.
    in_dir(&store, "dry", "skiff compose --dry-run stop").ok().stderr_has(" DRY-RUN MODE -  Container dry-app-1  Stopped");
    in_dir(&store, "dry", "skiff compose --dry-run kill").ok().stderr_has(" DRY-RUN MODE -  Container dry-app-1  Killed");
    let started_at = || store.skiff(&["inspect", "--format", "{{.State.StartedAt}}", "dry-app-1"]).ok().stdout.clone();
    let first_start = started_at();
    in_dir(&store, "dry", "skiff compose --dry-run restart")
        .ok()
        .stderr_has(" DRY-RUN MODE -  Container dry-app-1  Stopped")
        .stderr_has(" DRY-RUN MODE -  Container dry-app-1  Started");
    assert_eq!(state(), "running");
    assert_eq!(started_at(), first_start, "restart --dry-run restarted nothing");
    // There is no registry for localhost/bb: a real pull would fail.
    in_dir(&store, "dry", "skiff compose --dry-run pull").ok().stderr_has(" DRY-RUN MODE -  Image localhost/bb  Pulled");
    let down = in_dir(&store, "dry", "skiff compose --dry-run down -v");
    down.ok()
        .stderr_has(" DRY-RUN MODE -  Container dry-app-1  Removed")
        .stderr_has(" DRY-RUN MODE -  Network dry_default  Removed")
        .stderr_has(" DRY-RUN MODE -  Volume dry_data  Removed");
    assert_eq!(state(), "running", "{}", down.stderr);
    assert!(exists("network", "dry_default") && exists("volume", "dry_data"), "down --dry-run removed nothing");

    in_dir(&store, "dry", "skiff compose stop").ok();
    in_dir(&store, "dry", "skiff compose --dry-run start").ok().stderr_has(" DRY-RUN MODE -  Container dry-app-1  Started");
    assert_eq!(state(), "exited");
    in_dir(&store, "dry", "skiff compose --dry-run rm -f").ok().stderr_has(" DRY-RUN MODE -  Container dry-app-1  Removed");
    assert_eq!(state(), "exited", "rm --dry-run removed nothing");

    // Commands a dry run cannot walk yet are refused before anything is made.
    let refused = in_dir(&store, "dry", "skiff compose --dry-run build");
    refused.code(125).stderr_has("--dry-run");
    assert_eq!(refused.stderr.trim().lines().count(), 1, "{}", refused.stderr);

    in_dir(&store, "dry", "skiff compose down -v -t 0").ok();
    assert!(!exists("network", "dry_default") && !exists("volume", "dry_data"));
}

/// A service on a stored image, one whose image is in no store (a real
/// `up` would pull it) and one that is built, with a network and a volume.
const DRY_UP_PROJECT: &str = r#"
services:
  app:
    image: localhost/bb
    command: ["sleep", "300"]
    volumes: ["data:/data"]
    stop_grace_period: 1s
  remote:
    image: localhost/not-stored:1
  built:
    build: ./built
volumes:
  data: {}
"#;

#[test]
fn dry_run_up_and_create_report_the_steps_and_make_nothing() {
    require_host();
    let store = Store::new();
    store.import_busybox("bb");
    store.write_file("dryup/compose.yaml", DRY_UP_PROJECT);
    store.write_file("dryup/built/Dockerfile", "FROM bb\nRUN touch /built\n");
    let exists = |kind: &str, name: &str| store.skiff(&[kind, "exists", name]).code == 0;
    let nothing_made = |what: &str| {
        store.skiff(&["ps", "-a", "-q"]).ok().stdout_is("");
        assert!(!exists("network", "dryup_default") && !exists("volume", "dryup_data"), "{what} made a network or a volume");
        assert_eq!(store.skiff(&["images", "-q"]).ok().stdout.lines().count(), 1, "{what} pulled or built an image");
    };

    // As docker compose: each step with the DRY-RUN MODE prefix, in order.
    let up = in_dir(&store, "dryup", "skiff compose --dry-run up -d");
    up.ok();
    let steps: Vec<&str> = up.stderr.lines().filter(|l| l.starts_with(" DRY-RUN MODE - ")).collect();
    for step in [
        " DRY-RUN MODE -  Network dryup_default  Creating",
        " DRY-RUN MODE -  Network dryup_default  Created",
        " DRY-RUN MODE -  Volume dryup_data  Created",
        " DRY-RUN MODE -  Service built  Built",
        " DRY-RUN MODE -  Image localhost/not-stored:1  Pulled",
        " DRY-RUN MODE -  Container dryup-app-1  Creating",
        " DRY-RUN MODE -  Container dryup-app-1  Created",
        " DRY-RUN MODE -  Container dryup-app-1  Started",
        " DRY-RUN MODE -  Container dryup-remote-1  Started",
        " DRY-RUN MODE -  Container dryup-built-1  Started",
    ] {
        assert!(steps.contains(&step), "{step:?} missing from\n{}", up.stderr);
    }
    let position = |step: &str| steps.iter().position(|s| *s == step).unwrap();
    assert!(position(" DRY-RUN MODE -  Network dryup_default  Created") < position(" DRY-RUN MODE -  Container dryup-app-1  Creating"));
    nothing_made("up -d --dry-run");
    // In the foreground too: nothing to attach to, so it returns.
    in_dir(&store, "dryup", "skiff compose --dry-run up app").ok().stderr_has(" DRY-RUN MODE -  Container dryup-app-1  Started");
    nothing_made("up --dry-run");

    let create = in_dir(&store, "dryup", "skiff compose --dry-run create app");
    create.ok().stderr_has(" DRY-RUN MODE -  Volume dryup_data  Created").stderr_has(" DRY-RUN MODE -  Container dryup-app-1  Created");
    assert!(!create.stderr.contains("Started"), "create starts nothing: {}", create.stderr);
    nothing_made("create --dry-run");

    // An existing container: a stopped one is reported started, and stays stopped.
    in_dir(&store, "dryup", "skiff compose up -d app").ok();
    in_dir(&store, "dryup", "skiff compose --dry-run up -d app").ok().stderr_has(" DRY-RUN MODE -  Container dryup-app-1  Running");
    in_dir(&store, "dryup", "skiff compose stop app").ok();
    in_dir(&store, "dryup", "skiff compose --dry-run up -d app").ok().stderr_has(" DRY-RUN MODE -  Container dryup-app-1  Started");
    let state = store.skiff(&["inspect", "--format", "{{.State.Status}}", "dryup-app-1"]).ok().stdout.trim().to_string();
    assert_eq!(state, "exited", "up --dry-run started nothing");
    in_dir(&store, "dryup", "skiff compose down -v -t 0").ok();
}
