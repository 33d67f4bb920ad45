//! `skiff compose`: compose files loaded, merged and interpolated into the
//! model `config` prints, and projects run from busybox images.

mod common;

use common::*;

/// Run a shell script as the store's user in HOME/DIR.
fn in_dir(store: &Store, dir: &str, script: &str) -> Output {
    store.bash(&format!("cd {dir} && {script}"))
}

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
