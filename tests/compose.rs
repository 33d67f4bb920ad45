//! `skiff compose`: compose files loaded, merged and interpolated into the
//! model `config` prints, and projects run from busybox images.

use crate::common;

use common::*;

fn json_of(out: &Output) -> serde_json::Value {
    serde_json::from_str(&out.stdout).unwrap_or_else(|e| out.fail(&format!("stdout must be JSON: {e}")))
}

#[test]
fn config_merges_files_and_interpolates_variables() {
    require_host();
    let store = Store::new();
    store.write_file("app/.env", "WEB_PORT=8080\nTAG=1.0\n");
    store.write_file(
        "app/compose.yaml",
        r#"
x-common: &common
  restart: unless-stopped
  labels: {tier: demo}
services:
  web:
    <<: *common
    image: "localhost/bb:${TAG}"
    command: httpd -f -p 80
    ports: ["${WEB_PORT}:80", "9000-9001:90-91/udp"]
    environment: [GREETING=hello, "PRICE=5$$"]
    volumes: ["data:/data", "./site:/www:ro"]
  client:
    <<: *common
    image: "localhost/bb:${CLIENT_TAG:-latest}"
    depends_on: [web]
  debug:
    image: localhost/bb
    profiles: [dev]
volumes:
  data:
"#,
    );
    store.write_file("app/compose.override.yaml", "services:\n  web:\n    environment:\n      EXTRA: from-override\n");
    let out = in_dir(&store, "app", "skiff compose config --format json");
    out.ok();
    let model = json_of(&out);
    assert_eq!(model["name"], "app", "the project is named after its directory");
    let web = &model["services"]["web"];
    assert_eq!(web["image"], "localhost/bb:1.0", ".env gives TAG");
    assert_eq!(web["restart"], "unless-stopped", "the << merge key brings in the anchor's keys");
    assert_eq!(web["command"], serde_json::json!(["httpd", "-f", "-p", "80"]), "a string command is split as a shell would");
    assert_eq!(web["environment"]["PRICE"], "5$", "$$ is a literal dollar");
    assert_eq!(web["environment"]["EXTRA"], "from-override", "compose.override.yaml is merged in");
    assert_eq!(web["ports"][0], serde_json::json!({"target": 80, "published": "8080", "protocol": "tcp", "mode": "ingress"}));
    assert_eq!(web["ports"].as_array().map(Vec::len), Some(3), "a port range gives one entry per port");
    assert_eq!(web["volumes"][1]["type"], "bind");
    assert!(web["volumes"][1]["source"].as_str().unwrap_or_default().ends_with("/app/site"), "a relative bind source is made absolute: {}", web["volumes"][1]);
    assert_eq!(model["services"]["client"]["image"], "localhost/bb:latest", "${{VAR:-default}} takes the default");
    assert_eq!(model["services"]["client"]["depends_on"]["web"]["condition"], "service_started");
    assert!(model["services"].get("debug").is_none(), "a service of a profile not enabled is left out");
    assert_eq!(model["networks"]["default"]["name"], "app_default");
    assert_eq!(model["volumes"]["data"]["name"], "app_data");

    in_dir(&store, "app", "skiff compose config --services").ok().stdout_is("client\nweb\n");
    in_dir(&store, "app", "skiff compose --profile dev config --services").ok().stdout_is("client\ndebug\nweb\n");
    in_dir(&store, "app", "COMPOSE_PROFILES=dev skiff compose config --services").ok().stdout_is("client\ndebug\nweb\n");
    in_dir(&store, "app", "skiff compose config --profiles").ok().stdout_is("dev\n");
    in_dir(&store, "app", "skiff compose config --volumes").ok().stdout_is("data\n");
    in_dir(&store, "app", "skiff compose config -q").ok().stdout_is("");
    // The YAML form holds the same model.
    in_dir(&store, "app", "skiff compose -p other config").ok().stdout_has("name: other").stdout_has("published: \"8080\"");

    // Two -f files merged in order; the later one wins for scalars.
    store.write_file("two/a.yaml", "services:\n  s:\n    image: localhost/bb\n    environment: {A: a, B: a}\n");
    store.write_file("two/b.yaml", "services:\n  s:\n    environment: {B: b}\n    command: [\"true\"]\n");
    let out = in_dir(&store, "two", "skiff compose -f a.yaml -f b.yaml config --format json");
    out.ok();
    let model = json_of(&out);
    assert_eq!(model["services"]["s"]["environment"], serde_json::json!({"A": "a", "B": "b"}));
    assert_eq!(model["services"]["s"]["command"], serde_json::json!(["true"]));
}

#[test]
fn bad_compose_files_give_one_line_naming_what_is_wrong() {
    require_host();
    let store = Store::new();
    let one_line = |out: &Output| {
        out.code(125);
        let lines: Vec<&str> = out.stderr.lines().filter(|l| !l.starts_with("WARN")).collect();
        out.check(lines.len() == 1, "one error line");
    };

    store.write_file("syntax/compose.yaml", "services:\n  web:\n    image: busybox\n   ports: [\n");
    let out = in_dir(&store, "syntax", "skiff compose config");
    one_line(&out);
    out.stderr_has("compose.yaml: line 4, column 4: ");

    store.write_file("types/compose.yaml", "services:\n  web:\n    image: busybox\n    ports:\n      - 80\n      - {target: http}\n");
    let out = in_dir(&store, "types", "skiff compose config");
    one_line(&out);
    out.stderr_has("compose.yaml: services.web.ports[1].target");

    store.write_file("required/compose.yaml", "services:\n  web:\n    image: \"${IMAGE:?set IMAGE to the image to run}\"\n");
    let out = in_dir(&store, "required", "skiff compose config");
    one_line(&out);
    out.stderr_has("services.web.image: required variable IMAGE is missing a value: set IMAGE to the image to run");
    in_dir(&store, "required", "IMAGE=localhost/bb skiff compose config --services").ok().stdout_is("web\n");

    store.write_file("unknown/compose.yaml", "services:\n  web:\n    image: busybox\n    colour: blue\n    x-note: fine\n");
    let out = in_dir(&store, "unknown", "skiff compose config --services");
    out.ok().stderr_has("services.web.colour: unknown key, ignored");
    out.check(!out.stderr.contains("x-note"), "an x- key is no unknown key");

    store.write_file("cycle/compose.yaml", "services:\n  a:\n    image: x\n    depends_on: [b]\n  b:\n    image: x\n    depends_on: [a]\n");
    let out = in_dir(&store, "cycle", "skiff compose config");
    one_line(&out);
    out.stderr_has("dependency cycle between services: a -> b -> a");

    let out = in_dir(&store, ".", "mkdir -p empty && cd empty && skiff compose ps");
    one_line(&out);
    out.stderr_has("no compose file found");
}

/// The web server, a one-shot init service and a client that needs both,
/// sharing a named volume.
const WEB_PROJECT: &str = r#"
services:
  web:
    image: localhost/bb
    command: ["sh", "-c", "mkdir -p /www && echo hello-from-web > /www/index.html && exec httpd -f -p 80 -h /www"]
    healthcheck:
      test: ["CMD", "wget", "-q", "-O", "/dev/null", "http://localhost/"]
      interval: 1s
      retries: 30
  init:
    image: localhost/bb
    command: ["sh", "-c", "echo seeded > /data/seed"]
    volumes: [data:/data]
  client:
    image: localhost/bb
    command: ["sh", "-c", "wget -q -O - http://web/ && cat /data/seed && exec sleep 300"]
    environment: {ROUND: "${ROUND:-1}"}
    volumes: [data:/data]
    depends_on:
      web: {condition: service_healthy}
      init: {condition: service_completed_successfully}
volumes:
  data:
"#;

#[test]
fn up_runs_services_that_reach_each_other_by_name() {
    require_host();
    let store = Store::new();
    store.import_busybox("bb");
    store.write_file("app/compose.yaml", WEB_PROJECT);
    in_dir(&store, "app", "skiff compose up -d").ok().stderr_has(" Container app-client-1  Started");

    // The client started after web was healthy and init had seeded the volume.
    let logs = in_dir(&store, "app", "skiff compose logs client");
    logs.ok().stdout_has("client-1  | hello-from-web").stdout_has("client-1  | seeded");
    in_dir(&store, "app", "skiff compose ps --services").ok().stdout_is("client\nweb\n");
    let out = in_dir(&store, "app", "skiff compose ps -a --format json");
    out.ok();
    let listed = json_of(&out);
    let names: Vec<&str> = listed.as_array().unwrap().iter().filter_map(|c| c["Name"].as_str()).collect();
    assert_eq!(names, ["app-client-1", "app-init-1", "app-web-1"], "containers are named PROJECT-SERVICE-N");
    // docker compose's labels, which other tools read.
    store
        .skiff(&["ps", "--filter", "label=com.docker.compose.service=web", "--format", "{{.Names}}"])
        .ok()
        .stdout_is("app-web-1\n");
    store
        .skiff(&["inspect", "--format", "{{index .Config.Labels \"com.docker.compose.project\"}} {{index .Config.Labels \"com.docker.compose.container-number\"}}", "app-web-1"])
        .ok()
        .stdout_is("app 1\n");
    in_dir(&store, "app", "skiff compose exec -T -e WHO=exec client sh -c 'echo $WHO; wget -q -O - http://web/'")
        .ok()
        .stdout_is("exec\nhello-from-web\n");
    in_dir(&store, ".", "skiff compose ls").ok().stdout_has("app").stdout_has("running(2), exited(1)");

    // Up again: only the service whose configuration changed is replaced.
    let again = in_dir(&store, "app", "ROUND=2 skiff compose up -d --wait");
    again.ok().stderr_has(" Container app-client-1  Recreate").stderr_has(" Container app-web-1  Running");
    out_lacks(&again, "app-web-1  Recreate");

    // Three web replicas, each answering by its container name.
    in_dir(&store, "app", "skiff compose up -d --scale web=3 web").ok().stderr_has(" Container app-web-3  Started");
    let check = "for i in 1 2 3; do wget -q -O - http://app-web-$i/; done";
    let out = in_dir(&store, "app", &format!("skiff compose run --rm --no-deps client sh -c '{check}'"));
    out.ok();
    assert_eq!(out.stdout.matches("hello-from-web").count(), 3, "every replica answers: {}", out.stdout);
    let after_run = json_of(&in_dir(&store, "app", "skiff compose ps -a --format json"));
    assert_eq!(after_run.as_array().map(Vec::len), Some(5), "run --rm left no container: {after_run}");

    // down: containers and network go, the named volume stays until -v.
    in_dir(&store, "app", "skiff compose down -t 1").ok().stderr_has(" Network app_default  Removed");
    store.skiff(&["ps", "-a", "-q"]).ok().stdout_is("");
    let networks = store.skiff(&["network", "ls", "--format", "{{.Name}}"]);
    networks.ok();
    out_lacks(&networks, "app_default");
    store.skiff(&["volume", "ls", "--format", "{{.Name}}"]).ok().stdout_is("app_data\n");
    in_dir(&store, "app", "skiff compose run --rm --no-deps init cat /data/seed").ok().stdout_is("seeded\n");
    in_dir(&store, "app", "skiff compose down -v").ok().stderr_has(" Volume app_data  Removed");
    store.skiff(&["volume", "ls", "-q"]).ok().stdout_is("");
    assert_no_processes_left(&store);
}

#[test]
fn foreground_up_builds_and_returns_the_exit_code() {
    require_host();
    let store = Store::new();
    store.import_busybox("bb");
    store.write_file("built/Containerfile", "FROM localhost/bb\nARG GREETING=unset\nRUN echo \"$GREETING\" > /greeting\n");
    store.write_file(
        "built/compose.yaml",
        "services:\n  app:\n    build:\n      context: .\n      args: {GREETING: built-with-args}\n    command: [cat, /greeting]\n  failing:\n    image: localhost/bb\n    command: [sh, -c, \"sleep 1; exit 3\"]\n    profiles: [fail]\n",
    );
    // Foreground: the output with its prefix, and the end when all exited.
    in_dir(&store, "built", "skiff compose up").ok().stdout_has("app-1  | built-with-args");
    store.skiff(&["images", "--format", "{{.Repository}}"]).ok().stdout_has("localhost/built-app");
    let out = in_dir(&store, "built", "skiff compose --profile fail up --abort-on-container-exit --exit-code-from failing failing");
    out.code(3);
    in_dir(&store, "built", "skiff compose --profile fail down").ok();
    assert_no_processes_left(&store);
}

fn out_lacks(out: &Output, needle: &str) {
    out.check(!out.stdout.contains(needle) && !out.stderr.contains(needle), &format!("must not print {needle:?}"));
}
