//! `skiff compose` flags as docker compose v2 documents them: what `config`
//! leaves out or adds (--no-interpolate, --no-normalize, --variables,
//! --resolve-image-digests...), and the flags of ps, restart, logs and
//! events.

use crate::common;

use common::registry::Registry;
use common::*;

fn json_of(out: &Output) -> serde_json::Value {
    serde_json::from_str(&out.stdout).unwrap_or_else(|e| out.fail(&format!("stdout must be JSON: {e}")))
}

/// A service using variables three ways, an env file, a variable taken
/// from the environment, short syntax and a relative path.
const CONFIG_PROJECT: &str = r#"
services:
  web:
    image: "localhost/bb:${TAG:-latest}"
    command: ["echo", "${GREETING?say hello}"]
    env_file: [web.env]
    environment: [FROM_HOST]
    labels: {alt: "${ALT:+alternate}"}
    ports: ["8080:80"]
    volumes: ["./site:/www"]
"#;

#[test]
fn config_shows_the_model_with_steps_left_out() {
    require_host();
    let store = Store::new();
    store.write_file("app/compose.yaml", CONFIG_PROJECT);
    store.write_file("app/web.env", "FROM_FILE=file-value\n");
    let env = "GREETING=hi FROM_HOST=host-value";

    // By default: interpolated, normalised, paths and environment resolved.
    let full = json_of(in_dir(&store, "app", &format!("{env} skiff compose config --format json")).ok());
    let web = &full["services"]["web"];
    assert_eq!(web["image"], "localhost/bb:latest");
    assert_eq!(web["environment"], serde_json::json!({"FROM_FILE": "file-value", "FROM_HOST": "host-value"}));
    assert!(web["volumes"][0]["source"].as_str().unwrap_or_default().ends_with("/app/site"), "made absolute: {}", web["volumes"][0]);

    // --no-interpolate: ${VAR} as written, short syntax still expanded.
    let raw = json_of(in_dir(&store, "app", "skiff compose config --no-interpolate --format json").ok());
    let web = &raw["services"]["web"];
    assert_eq!(web["image"], "localhost/bb:${TAG:-latest}", "{raw}");
    assert_eq!(web["command"], serde_json::json!(["echo", "${GREETING?say hello}"]), "a required variable unset is no error then");
    assert_eq!(web["ports"][0]["target"], 80, "still normalised: {}", web["ports"]);
    assert_eq!(raw["name"], "app");

    // --no-normalize: interpolated, short syntax kept.
    let short = json_of(in_dir(&store, "app", &format!("{env} skiff compose config --no-normalize --format json")).ok());
    assert_eq!(short["services"]["web"]["ports"], serde_json::json!(["8080:80"]), "{short}");
    assert_eq!(short["services"]["web"]["image"], "localhost/bb:latest");
    // Services named are not selected then (docker compose warns the same way).
    in_dir(&store, "app", &format!("{env} skiff compose config --no-normalize web")).ok().stderr_has("service filtering is not applied");

    // --no-path-resolution: the relative source stays relative.
    let relative = json_of(in_dir(&store, "app", &format!("{env} skiff compose config --no-path-resolution --format json")).ok());
    let source = relative["services"]["web"]["volumes"][0]["source"].as_str().unwrap_or_default().to_string();
    assert!(!source.starts_with('/') && source.ends_with("site"), "kept relative: {source:?}");

    // --no-env-resolution: env_file kept, FROM_HOST left without a value.
    let unresolved = json_of(in_dir(&store, "app", &format!("{env} skiff compose config --no-env-resolution --format json")).ok());
    let web = &unresolved["services"]["web"];
    assert_eq!(web["environment"], serde_json::json!({"FROM_HOST": null}), "{web}");
    assert!(web["env_file"].to_string().contains("web.env"), "env_file kept: {web}");

    // --variables: every variable the files use, as docker compose lists them.
    let table = in_dir(&store, "app", "skiff compose config --variables");
    table.ok();
    let rows: Vec<Vec<String>> = table.lines().iter().map(|l| l.split_whitespace().map(str::to_string).collect()).collect();
    assert_eq!(rows[0], ["NAME", "REQUIRED", "DEFAULT", "VALUE", "ALTERNATE", "VALUE"], "{}", table.stdout);
    assert_eq!(rows[1..], [vec!["ALT", "false", "alternate"], vec!["GREETING", "true"], vec!["TAG", "false", "latest"]], "{}", table.stdout);
    let variables = json_of(in_dir(&store, "app", "skiff compose config --variables --format json").ok());
    assert_eq!(variables["TAG"], serde_json::json!({"Name": "TAG", "Required": false, "DefaultValue": "latest", "PresenceValue": ""}));
    assert_eq!(variables["GREETING"]["Required"], true);

    // --environment: what interpolation used, KEY=VALUE.
    let environment = in_dir(&store, "app", &format!("{env} skiff compose config --environment"));
    environment.ok();
    assert!(environment.lines().iter().any(|l| l == "GREETING=hi"), "{}", environment.stdout);

    // The required variable unset stops a normal config in one line.
    in_dir(&store, "app", "skiff compose config").code(125).stderr_has("say hello");

    // --no-consistency: a reference to an undefined network is printed anyway.
    store.write_file("loose/compose.yaml", "services:\n  s:\n    image: localhost/bb\n    networks: [missing]\n");
    in_dir(&store, "loose", "skiff compose config").code(125).stderr_has("undefined network missing");
    let loose = json_of(in_dir(&store, "loose", "skiff compose config --no-consistency --format json").ok());
    assert!(loose["services"]["s"]["networks"].get("missing").is_some(), "{loose}");
}

#[test]
fn config_pins_images_to_the_digests_the_registry_serves() {
    require_host();
    let registry = Registry::start();
    let host = &registry.host;
    let store = Store::new();
    store.import_busybox("bb");
    let conf = store.write_file("registries-test.conf", &format!("[[registry]]\nlocation = \"{host}\"\ninsecure = true\n"));
    let store = store.with_env("CONTAINERS_REGISTRIES_CONF", &conf.display().to_string());
    store.skiff(&["push", "-q", "--tls-verify=false", "bb", &format!("{host}/app/bb:v1")]).ok();
    store.write_file("app/compose.yaml", &format!("services:\n  web:\n    image: {host}/app/bb:v1\n    command: [sleep, \"1\"]\n"));

    let resolved = json_of(in_dir(&store, "app", "skiff compose config --resolve-image-digests --format json").ok());
    let image = resolved["services"]["web"]["image"].as_str().unwrap_or_default().to_string();
    let digest = image.strip_prefix(&format!("{host}/app/bb:v1@sha256:")).unwrap_or_else(|| panic!("pinned to a digest: {image}"));
    assert_eq!(digest.len(), 64, "{image}");
    assert_eq!(resolved["services"]["web"]["command"], serde_json::json!(["sleep", "1"]), "the rest of the model is kept");

    // --lock-image-digests: an override file holding the pinned images only.
    let lock = json_of(in_dir(&store, "app", "skiff compose config --lock-image-digests --format json").ok());
    assert_eq!(lock, serde_json::json!({"services": {"web": {"image": image}}}));

    // An image the registry does not have: one line, exit 125.
    store.write_file("gone/compose.yaml", &format!("services:\n  web:\n    image: {host}/app/none:v1\n"));
    in_dir(&store, "gone", "skiff compose config --resolve-image-digests").code(125);
}

#[test]
fn ps_restart_logs_and_events_flags() {
    require_host();
    let store = Store::new();
    store.import_busybox("bb");
    let project = r#"
services:
  db:
    image: localhost/bb
    command: ["sh", "-c", "echo db-started; exec sleep 300"]
  api:
    image: localhost/bb
    command: ["sh", "-c", "echo api-started-with-a-long-command-line; exec sleep 300"]
    depends_on:
      db: {condition: service_started, restart: true}
  old:
    image: localhost/bb
    command: ["sleep", "300"]
"#;
    store.write_file("app/compose.yaml", project);
    in_dir(&store, "app", "skiff compose up -d").ok();
    let started_at = |name: &str| store.skiff(&["inspect", "--format", "{{.State.StartedAt}}", name]).ok().stdout.clone();
    let before = (started_at("app-db-1"), started_at("app-api-1"), started_at("app-old-1"));

    // ps cuts commands at 20 characters unless --no-trunc.
    let ps = in_dir(&store, "app", "skiff compose ps");
    ps.ok();
    assert!(!ps.stdout.contains("api-started-with-a-long-command-line"), "cut: {}", ps.stdout);
    in_dir(&store, "app", "skiff compose ps --no-trunc").ok().stdout_has("api-started-with-a-long-command-line");

    // restart db: api depends on it with restart: true, so it restarts too.
    let after_up = now_after_a_second();
    in_dir(&store, "app", "skiff compose restart -t 0 db").ok();
    assert_ne!(started_at("app-db-1"), before.0, "db restarted");
    assert_ne!(started_at("app-api-1"), before.1, "api depends on db with restart: true");
    assert_eq!(started_at("app-old-1"), before.2, "old was left alone");
    // --no-deps: db alone.
    let api_started = started_at("app-api-1");
    let after_restart = now_after_a_second();
    in_dir(&store, "app", "skiff compose restart -t 0 --no-deps db").ok();
    assert_eq!(started_at("app-api-1"), api_started, "--no-deps leaves api running");

    // logs --since/--until: db printed "db-started" twice more since `up`.
    let logs = in_dir(&store, "app", "skiff compose logs --no-log-prefix db");
    assert_eq!(logs.ok().stdout.matches("db-started").count(), 3, "{}", logs.stdout);
    let since = in_dir(&store, "app", &format!("skiff compose logs --no-log-prefix --since {after_restart} db"));
    assert_eq!(since.ok().stdout.matches("db-started").count(), 1, "only the last start: {}", since.stdout);
    let until = in_dir(&store, "app", &format!("skiff compose logs --no-log-prefix --until {after_up} db"));
    assert_eq!(until.ok().stdout.matches("db-started").count(), 1, "only the first start: {}", until.stdout);
    in_dir(&store, "app", "skiff compose logs --since yesterday").code(125).stderr_has("--since");

    // events --since replays past events; --until ends the stream.
    let events = in_dir(&store, "app", "skiff compose events --json --since 10m --until 0s");
    events.ok();
    let lines: Vec<serde_json::Value> = events.stdout.lines().map(|l| serde_json::from_str(l).expect("one JSON object a line")).collect();
    assert!(lines.iter().any(|e| e["action"] == "start" && e["service"] == "old"), "old's start is replayed: {}", events.stdout);

    // ps --orphans: a service the file no longer defines is listed (by
    // default, as docker compose does) unless --orphans=false.
    store.write_file("app/compose.yaml", &project.replace("  old:\n    image: localhost/bb\n    command: [\"sleep\", \"300\"]\n", ""));
    in_dir(&store, "app", "skiff compose ps").ok().stdout_has("app-old-1");
    let without = in_dir(&store, "app", "skiff compose ps --orphans=false");
    without.ok().stdout_has("app-db-1");
    assert!(!without.stdout.contains("app-old-1"), "{}", without.stdout);

    in_dir(&store, "app", "skiff compose down -t 0 --remove-orphans").ok();
    assert_no_processes_left(&store);
}

/// The time now (RFC 3339) after a second's wait, so that what the
/// containers logged before the call falls before it and what they log
/// after it falls after.
fn now_after_a_second() -> String {
    std::thread::sleep(std::time::Duration::from_secs(1));
    let out = std::process::Command::new("date").args(["-u", "+%Y-%m-%dT%H:%M:%S.%NZ"]).output().expect("run date");
    std::thread::sleep(std::time::Duration::from_millis(100));
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

#[test]
fn run_builds_pulls_and_takes_its_environment_as_asked() {
    require_host();
    let store = Store::new();
    store.import_busybox("bb");
    let project = "services:\n  dep:\n    image: localhost/bb\n    command: [sleep, \"300\"]\n  app:\n    build: {context: .}\n    command: [cat, /stamp]\n    depends_on: [dep]\n  absent:\n    image: localhost/absent\n  old:\n    image: localhost/bb\n    command: [sleep, \"300\"]\n";
    store.write_file("app/compose.yaml", project);
    store.write_file("app/Containerfile", "FROM localhost/bb\nRUN echo first > /stamp\n");

    // The missing image is built before the one-off runs; dep is started.
    let first = in_dir(&store, "app", "skiff compose run --rm app");
    first.ok().stdout_is("first\n").stderr_has("STEP").stderr_has(" Container app-dep-1  Started");
    // Stored now: not built again unless --build (here without its steps).
    store.write_file("app/Containerfile", "FROM localhost/bb\nRUN echo second > /stamp\n");
    in_dir(&store, "app", "skiff compose run --rm app").ok().stdout_is("first\n");
    let rebuilt = in_dir(&store, "app", "skiff compose run --rm --build --quiet-build app");
    rebuilt.ok().stdout_is("second\n");
    assert!(!rebuilt.stderr.contains("STEP"), "--quiet-build hides the steps\n{}", rebuilt.stderr);

    // -q: nothing of the progress of bringing dep up again.
    in_dir(&store, "app", "skiff compose stop -t 0 dep").ok();
    let quiet = in_dir(&store, "app", "skiff compose run --rm -q app");
    quiet.ok().stdout_is("second\n");
    assert!(!quiet.stderr.contains("Container app-dep-1"), "-q prints no progress\n{}", quiet.stderr);

    // --env-from-file, with -e over it.
    store.write_file("app/vars.env", "FROM_FILE=file\nBOTH=file\n");
    in_dir(&store, "app", "skiff compose run --rm --no-deps --env-from-file vars.env -e BOTH=flag app sh -c 'echo $FROM_FILE $BOTH'")
        .ok()
        .stdout_is("file flag\n");
    in_dir(&store, "app", "skiff compose run --rm --env-from-file missing.env app true").code(125).stderr_has("missing.env");

    // Standard input is kept open by default; --interactive=false closes it.
    in_dir(&store, "app", "echo piped | skiff compose run --rm --no-deps -T app cat").ok().stdout_is("piped\n");
    in_dir(&store, "app", "echo piped | skiff compose run --rm --no-deps -T --interactive=false app cat").ok().stdout_is("");

    // --pull never: an image not stored is an error, not a pull.
    in_dir(&store, "app", "skiff compose run --rm --pull never absent true").code(125).stderr_has("localhost/absent");

    // --remove-orphans: a service the file no longer defines is removed.
    in_dir(&store, "app", "skiff compose up -d old").ok();
    store.write_file("app/compose.yaml", &project.replace("  old:\n    image: localhost/bb\n    command: [sleep, \"300\"]\n", ""));
    in_dir(&store, "app", "skiff compose run --rm --remove-orphans app true").ok().stderr_has(" Container app-old-1  Removed");
    let left = store.skiff(&["ps", "-a", "--format", "{{.Names}}"]);
    left.ok();
    assert!(!left.stdout.contains("app-old-1"), "{}", left.stdout);

    in_dir(&store, "app", "skiff compose down -t 0").ok();
    assert_no_processes_left(&store);
}

#[test]
fn foreground_up_aborts_on_failure_and_attaches_as_asked() {
    require_host();
    let store = Store::new();
    store.import_busybox("bb");
    store.write_file(
        "app/compose.yaml",
        r#"
services:
  dep:
    image: localhost/bb
    command: ["sh", "-c", "echo dep-says-hi; exec sleep 300"]
  ok:
    image: localhost/bb
    command: ["sh", "-c", "echo ok-done"]
  failing:
    image: localhost/bb
    command: ["sh", "-c", "sleep 2; exit 4"]
    depends_on: [dep]
  client:
    image: localhost/bb
    command: ["sleep", "300"]
    depends_on: [dep]
"#,
    );
    let id_of = |name: &str| store.skiff(&["inspect", "--format", "{{.Id}}", name]).ok().stdout.clone();

    // ok exits 0 (no abort then), failing exits 4: everything stops, up
    // returns 4. Only the services named are shown, not dep.
    let failed = in_dir(&store, "app", "skiff compose up -t 1 --abort-on-container-failure ok failing");
    failed.code(4).stdout_has("ok-done").stderr_has("Aborting on container exit");
    assert!(!failed.stdout.contains("dep-says-hi"), "dep is not attached\n{}", failed.stdout);
    assert_eq!(store.skiff(&["ps", "-q"]).ok().stdout, "", "every container stopped");
    // --attach-dependencies shows dep's output too.
    in_dir(&store, "app", "skiff compose up -t 1 --abort-on-container-failure --attach-dependencies failing").code(4).stdout_has("dep-says-hi");
    for conflicting in ["-d --abort-on-container-failure", "--abort-on-container-exit --abort-on-container-failure", "--attach ok --attach-dependencies", "--no-recreate --always-recreate-deps"] {
        in_dir(&store, "app", &format!("skiff compose up {conflicting} ok")).code(125).stderr_has("cannot be used with");
    }

    // --always-recreate-deps: dep is replaced though unchanged; client,
    // the service named, only if changed.
    in_dir(&store, "app", "skiff compose up -d client").ok();
    let (dep, client) = (id_of("app-dep-1"), id_of("app-client-1"));
    in_dir(&store, "app", "skiff compose up -d client").ok();
    assert_eq!(id_of("app-dep-1"), dep, "unchanged, kept");
    in_dir(&store, "app", "skiff compose up -d -t 0 --always-recreate-deps client").ok().stderr_has(" Container app-dep-1  Recreate");
    assert_ne!(id_of("app-dep-1"), dep, "recreated");
    assert_eq!(id_of("app-client-1"), client, "the service named is kept");

    in_dir(&store, "app", "skiff compose down -t 0").ok();
    assert_no_processes_left(&store);
}

#[test]
fn scale_sets_the_number_of_containers_a_service_runs() {
    require_host();
    let store = Store::new();
    store.import_busybox("bb");
    store.write_file(
        "app/compose.yaml",
        "services:\n  web:\n    image: localhost/bb\n    command: [sleep, \"300\"]\n    depends_on: [db]\n  db:\n    image: localhost/bb\n    command: [sleep, \"300\"]\n",
    );
    let running = || {
        let out = store.skiff(&["ps", "--format", "{{.Names}}"]);
        let mut names: Vec<String> = out.ok().lines();
        names.sort();
        names
    };
    in_dir(&store, "app", "skiff compose scale web=3").ok().stderr_has(" Container app-web-3  Started");
    assert_eq!(running(), ["app-db-1", "app-web-1", "app-web-2", "app-web-3"], "web three times, and db it depends on");
    in_dir(&store, "app", "skiff compose scale web=1").ok().stderr_has(" Container app-web-3  Removed");
    assert_eq!(running(), ["app-db-1", "app-web-1"]);

    // --no-deps: db is not started.
    in_dir(&store, "app", "skiff compose down -t 0").ok();
    in_dir(&store, "app", "skiff compose scale --no-deps web=2").ok();
    assert_eq!(running(), ["app-web-1", "app-web-2"]);

    in_dir(&store, "app", "skiff compose scale web").code(125).stderr_has("invalid scale specifier \"web\"");
    in_dir(&store, "app", "skiff compose scale web=many").code(125).stderr_has("N must be a number");
    in_dir(&store, "app", "skiff compose scale nope=2").code(125).stderr_has("no such service: nope");
    in_dir(&store, "app", "skiff compose down -t 0").ok();
    assert_no_processes_left(&store);
}

#[test]
fn build_with_dependencies_and_push() {
    require_host();
    let registry = Registry::start();
    let host = &registry.host;
    let store = Store::new();
    store.import_busybox("bb");
    let conf = store.write_file("registries-test.conf", &format!("[[registry]]\nlocation = \"{host}\"\ninsecure = true\n"));
    let store = store.with_env("CONTAINERS_REGISTRIES_CONF", &conf.display().to_string());
    store.write_file("app/base/Containerfile", "FROM localhost/bb\nRUN echo base > /base\n");
    store.write_file("app/web/Containerfile", "FROM localhost/bb\nRUN echo web > /web\n");
    store.write_file(
        "app/compose.yaml",
        &format!("services:\n  base:\n    build: {{context: base}}\n    image: {host}/app/base:v1\n  web:\n    build: {{context: web}}\n    depends_on: [base]\n"),
    );

    // Only the service named, unless --with-dependencies.
    let alone = in_dir(&store, "app", "skiff compose build -q web");
    alone.ok().stderr_has(" Service web  Built");
    assert!(!alone.stderr.contains("Service base"), "base is not built\n{}", alone.stderr);
    in_dir(&store, "app", "skiff compose build -q --with-dependencies web").ok().stderr_has(" Service base  Built").stderr_has(" Service web  Built");

    // --push: the image built goes to the registry its name names.
    in_dir(&store, "app", "skiff compose build -q --push base").ok().stderr_has(&format!(" Image {host}/app/base:v1  Pushed"));
    let other = Store::new();
    other.skiff(&["pull", "-q", "--tls-verify=false", &format!("{host}/app/base:v1")]).ok();
    other.skiff(&["run", "--rm", &format!("{host}/app/base:v1"), "cat", "/base"]).ok().stdout_is("base\n");
}

#[test]
fn commit_and_export_a_service_container() {
    require_host();
    let store = Store::new();
    store.import_busybox("bb");
    store.write_file("app/compose.yaml", "services:\n  web:\n    image: localhost/bb\n    command: [sh, -c, \"echo changed > /marker; exec sleep 300\"]\n    scale: 2\n");
    in_dir(&store, "app", "skiff compose up -d").ok();
    wait_for("the marker file", std::time::Duration::from_secs(10), || in_dir(&store, "app", "skiff compose exec -T web cat /marker").code == 0);

    let committed = in_dir(&store, "app", "skiff compose commit -m 'from compose' --change 'ENV FROM=compose' --index 2 web localhost/snap:v1");
    committed.ok().stderr_has(" Container app-web-2  Committing").stderr_has(" Container app-web-2  Committed as sha256:");
    store.skiff(&["run", "--rm", "localhost/snap:v1", "sh", "-c", "cat /marker; echo $FROM"]).ok().stdout_is("changed\ncompose\n");
    store.skiff(&["history", "--format", "{{.Comment}}", "localhost/snap:v1"]).ok().stdout_has("from compose");
    in_dir(&store, "app", "skiff compose commit --index 3 web").code(125).stderr_has("no container with index 3");

    in_dir(&store, "app", "skiff compose export -o web.tar web && tar -tf web.tar").ok().stdout_has("marker");
    in_dir(&store, "app", "skiff compose export nope").code(125).stderr_has("no such service: nope");
    in_dir(&store, "app", "skiff compose down -t 0").ok();
    assert_no_processes_left(&store);
}

#[test]
fn attach_to_a_service_container() {
    require_host();
    let store = Store::new();
    store.import_busybox("bb");
    store.write_file("app/compose.yaml", "services:\n  web:\n    image: localhost/bb\n    command: [sh, -c, \"while true; do echo tick; sleep 0.2; done\"]\n");
    in_dir(&store, "app", "skiff compose up -d").ok();
    // (after "cd DIR &&": a list ending in & would run in a subshell of its own)
    let attached = in_dir(&store, "app", "true; timeout -s KILL 2 skiff compose attach --no-stdin --index 1 web > attached.txt; cat attached.txt");
    attached.ok().stdout_has("tick\n");
    in_dir(&store, "app", "skiff compose attach --index 2 web").code(125).stderr_has("no container with index 2");
    in_dir(&store, "app", "skiff compose stop -t 0").ok();
    in_dir(&store, "app", "skiff compose attach web").code(125).stderr_has("you can only attach to running containers");
    in_dir(&store, "app", "skiff compose down -t 0").ok();
    assert_no_processes_left(&store);
}

#[test]
fn ansi_and_progress_choose_how_output_looks() {
    require_host();
    let store = Store::new();
    store.import_busybox("bb");
    store.write_file("app/compose.yaml", "services:\n  web:\n    image: localhost/bb\n    command: [echo, hello]\n");
    // --progress quiet: no progress lines.
    let quiet = in_dir(&store, "app", "skiff compose --progress quiet up -d");
    quiet.ok();
    assert!(!quiet.stderr.contains(" Container"), "no progress\n{}", quiet.stderr);
    in_dir(&store, "app", "skiff compose --progress plain up -d").ok().stderr_has(" Container app-web-1");
    wait_for("web to exit", std::time::Duration::from_secs(10), || in_dir(&store, "app", "skiff compose logs web").stdout.contains("hello"));

    // --ansi: colours even off a terminal with always, never with never.
    in_dir(&store, "app", "skiff compose --ansi always logs web").ok().stdout_has("\x1b[").stdout_has("hello");
    let never = in_dir(&store, "app", "skiff compose --ansi never logs web");
    never.ok().stdout_has("web-1  | hello");
    assert!(!never.stdout.contains('\x1b'), "{:?}", never.stdout);
    let no_color = in_dir(&store, "app", "skiff compose --ansi always logs --no-color web");
    assert!(!no_color.ok().stdout.contains('\x1b'), "--no-color wins: {:?}", no_color.stdout);
    in_dir(&store, "app", "skiff compose down -t 0").ok();
}
