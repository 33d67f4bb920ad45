//! Issue 14: build caches outside the store. `--cache-to REPO` pushes each
//! step's result to a registry repository tagged by its cache key and
//! `--cache-from REPO` pulls it instead of running the step (podman's
//! form); `--cache-from IMAGE` reuses the layers of a stored or pulled
//! image whose history the build repeats (docker's form). A cache never
//! fails a build.
//!
//! Each RUN appends a line to a file bind-mounted from the store's home
//! (`-v`, kept out of the layers): an empty file after a build proves that
//! no RUN step ran.

use crate::common;
use common::build::{build, built_id};
use common::registry::Registry;
use common::*;

const PROBE: &str = "probe/log";

/// Two RUN steps and a COPY on the base image the registry serves.
fn containerfile(base: &str, second: &str) -> String {
    format!("FROM {base}\nRUN echo one >> /probe/log && echo one > /one\nCOPY note /note\nRUN echo {second} >> /probe/log && echo {second} > /two\nCMD [\"cat\", \"/one\", \"/note\", \"/two\"]\n")
}

/// A fresh store with the build context for `containerfile(base, second)`
/// and an empty probe file.
fn store_with(base: &str, second: &str) -> Store {
    let store = Store::new();
    store.write_file("ctx/Containerfile", &containerfile(base, second));
    store.write_file("ctx/note", "noted\n");
    store.write_file(PROBE, "");
    store
}

/// `build --tls-verify=false -v PROBE:/probe EXTRA... ctx/`.
fn build_probed(store: &Store, extra: &[&str]) -> Output {
    let volume = format!("{}:/probe", store.home.join("probe").display());
    let mut args = vec!["--tls-verify=false", "-v", &volume];
    args.extend_from_slice(extra);
    build(store, &args)
}

fn probe(store: &Store) -> String {
    std::fs::read_to_string(store.home.join(PROBE)).unwrap()
}

/// A registry serving busybox as `base:v1`; returns it and the base's name.
fn registry_with_base() -> (Registry, String) {
    let registry = Registry::start();
    let source = Store::new();
    source.import_busybox("bb");
    let base = format!("{}/base:v1", registry.host);
    source.skiff(&["push", "--tls-verify=false", "bb", &format!("docker://{base}")]).ok();
    (registry, base)
}

fn layers(store: &Store, image: &str) -> String {
    store.skiff(&["inspect", "--format", "{{.RootFS.Layers}}", image]).ok().stdout.trim().to_string()
}

#[test]
fn cache_to_then_cache_from_in_a_fresh_store_runs_no_step() {
    let (registry, base) = registry_with_base();
    let cache = format!("{}/app-cache", registry.host);

    let first = store_with(&base, "two");
    let out = build_probed(&first, &["--cache-to", &cache, "-t", "app"]);
    let id = built_id(&out);
    out.stdout_has(&format!("--> Pushing cache {cache}:"));
    assert_eq!(probe(&first), "one\ntwo\n", "the first build runs both steps");

    // A fresh store: the base is pulled, every step comes from the cache repository.
    let second = store_with(&base, "two");
    let out = build_probed(&second, &["--cache-from", &cache, "-t", "app"]);
    assert_eq!(built_id(&out), id, "the same image (config and layers) as the build that pushed the cache");
    out.stdout_has(&format!("--> Cache pulled from remote {cache}:")).stdout_has("--> Using cache");
    assert_eq!(probe(&second), "", "no RUN step ran");
    assert_eq!(layers(&second, "app"), layers(&first, "app"));
    second.skiff(&["run", "--rm", "app"]).ok().stdout_is("one\nnoted\ntwo");

    // Built again there: the local cache has every step now.
    let out = build_probed(&second, &["--cache-from", &cache, "-t", "app"]);
    assert_eq!(built_id(&out), id);
    out.check(!out.stdout.contains("Cache pulled"), "the second build there uses the local cache");

    // A changed line misses from there on: the first RUN and the COPY come
    // from the cache, the changed RUN runs.
    let changed = store_with(&base, "TWO");
    let out = build_probed(&changed, &["--cache-from", &cache, "-t", "app"]);
    built_id(&out);
    assert_eq!(probe(&changed), "TWO\n", "only the changed step ran");
    changed.skiff(&["run", "--rm", "app"]).ok().stdout_is("one\nnoted\nTWO");

    // --cache-ttl leaves cache images older than it alone.
    let expired = store_with(&base, "two");
    std::thread::sleep(std::time::Duration::from_millis(1100));
    built_id(&build_probed(&expired, &["--cache-from", &cache, "--cache-ttl", "1s", "-t", "app"]));
    assert_eq!(probe(&expired), "one\ntwo\n", "cache images older than --cache-ttl are not used");
}

#[test]
fn a_corrupt_cache_entry_is_ignored_and_the_step_runs() {
    let (registry, base) = registry_with_base();
    let cache = format!("{}/app-cache", registry.host);
    let first = store_with(&base, "two");
    built_id(&build_probed(&first, &["--cache-to", &cache, "-t", "app"]));
    // The first RUN's layer (stored uncompressed: its blob digest is its diff id), damaged in the registry.
    let first_run_layer = layers(&first, "app").trim_matches(['[', ']']).split_whitespace().nth(1).unwrap().to_string();
    let blob = registry.blob_file(&first_run_layer);
    let mut bytes = std::fs::read(&blob).unwrap();
    let middle = bytes.len() / 2;
    bytes[middle] ^= 0xff;
    std::fs::write(&blob, bytes).unwrap();

    let second = store_with(&base, "two");
    let out = build_probed(&second, &["--cache-from", &cache, "-t", "app"]);
    built_id(&out);
    out.stderr_has(&format!("build cache {cache}:")).stderr_has("ignored");
    assert!(probe(&second).starts_with("one\n"), "the step whose cache entry is damaged ran: {:?}", probe(&second));
    second.skiff(&["run", "--rm", "app"]).ok().stdout_is("one\nnoted\ntwo");
}

#[test]
fn an_unreachable_cache_repository_only_warns() {
    let store = common::build::with_context(Store::new(), &[("Containerfile", "FROM bb\nRUN echo ran > /ran\n")]);
    let nowhere = format!("127.0.0.1:{}/cache", free_port());
    let out = build(&store, &["--tls-verify=false", "--cache-from", &nowhere, "--cache-to", &nowhere, "-t", "app"]);
    built_id(&out);
    out.stderr_has(&format!("build cache {nowhere}"));
    store.skiff(&["run", "--rm", "app", "cat", "/ran"]).ok().stdout_is("ran");

    // Bad values are one line and exit 125 before any step.
    let bad = build(&store, &["--cache-to", "127.0.0.1:5000/cache:v1"]);
    bad.code(125).stderr_has("without a tag");
    let bad = build(&store, &["--cache-from", "type=gha"]);
    bad.code(125).stderr_has("cache type gha is not supported");
    bad.check(bad.stderr.trim().lines().count() == 1, "a one-line error");
}

#[test]
fn docker_form_reuses_the_layers_of_a_pulled_image() {
    let (registry, base) = registry_with_base();
    let first = store_with(&base, "two");
    let id = built_id(&build_probed(&first, &["-t", "app"]));
    let pushed = format!("{}/app:latest", registry.host);
    first.skiff(&["push", "--tls-verify=false", "app", &format!("docker://{pushed}")]).ok();

    // `docker pull app:latest && docker build --cache-from app:latest .`
    let second = store_with(&base, "two");
    second.skiff(&["pull", "--tls-verify=false", &pushed]).ok();
    let out = build_probed(&second, &["--cache-from", &pushed, "-t", "app"]);
    assert_eq!(built_id(&out), id, "the build repeats the image exactly");
    out.stdout_has("--> Using cache");
    assert_eq!(probe(&second), "", "no RUN step ran");

    // Named by a tag and not stored: pulled first. A changed line runs from there on.
    let third = store_with(&base, "TWO");
    let out = build_probed(&third, &["--cache-from", &pushed, "-t", "app"]);
    built_id(&out);
    assert_eq!(probe(&third), "TWO\n", "only the changed step ran");
}

/// A fresh store whose registries.conf takes `host` as insecure, with a
/// compose project in `app/` building `containerfile(base, "two")`.
fn compose_store(host: &str, base: &str, compose: &str) -> Store {
    let store = Store::new();
    let conf = store.write_file("registries-test.conf", &format!("[[registry]]\nlocation = \"{host}\"\ninsecure = true\n"));
    let store = store.with_env("CONTAINERS_REGISTRIES_CONF", &conf.display().to_string());
    store.write_file("app/compose.yaml", compose);
    store.write_file("app/ctx/Containerfile", &containerfile(base, "two").replace(" >> /probe/log", ""));
    store.write_file("app/ctx/note", "noted\n");
    store
}

#[test]
fn compose_build_takes_cache_from_and_cache_to() {
    let (registry, base) = registry_with_base();
    let host = &registry.host;
    let cache = format!("{host}/svc-cache");
    let compose = format!(
        "services:\n  svc:\n    image: localhost/svc\n    build:\n      context: ctx\n      cache_from: [\"{cache}\", \"type=gha\"]\n      cache_to: [\"type=registry,ref={cache},mode=max\"]\n"
    );
    let image_id = |store: &Store| store.skiff(&["inspect", "--format", "{{.Id}}", "localhost/svc"]).ok().stdout.trim().to_string();

    let first = compose_store(host, &base, &compose);
    in_dir(&first, "app", "skiff compose build").ok().stderr_has("type gha is not supported");
    let second = compose_store(host, &base, &compose);
    let out = in_dir(&second, "app", "skiff compose build");
    out.ok();
    out.check(format!("{}{}", out.stdout, out.stderr).contains("Cache pulled from remote"), "the steps come from the cache repository");
    assert_eq!(image_id(&second), image_id(&first), "the same image: no RUN step ran again");
}

#[test]
fn docker_cli_build_cache_from_a_pulled_image_through_the_api() {
    use common::service::{Service, DOCKER_CLIS};
    let (registry, base) = registry_with_base();
    let dockerfile = format!("FROM {base}\nRUN echo run-step-output && echo one > /one\nCMD [\"cat\", \"/one\"]\n");
    let first = Store::new();
    first.write_file("ctx/Dockerfile", &dockerfile);
    let id = built_id(&build(&first, &["--tls-verify=false", "-t", "app"]));
    let pushed = format!("{}/app:latest", registry.host);
    first.skiff(&["push", "--tls-verify=false", "app", &format!("docker://{pushed}")]).ok();

    let second = Store::new();
    let dir = second.write_file("ctx/Dockerfile", &dockerfile).parent().unwrap().to_path_buf();
    let service = Service::start(&second, &["--time", "0"]);
    service.docker(&second, &["pull", &pushed]).ok();
    let mut cmd = service.docker_command(&second, DOCKER_CLIS[0], &["build", "--cache-from", &pushed, "-t", "rebuilt", "."]);
    cmd.env("DOCKER_BUILDKIT", "0").current_dir(&dir);
    let out = run_command(cmd, None, format!("DOCKER_BUILDKIT=0 docker build --cache-from {pushed} ."));
    out.ok().stdout_has(" ---> Using cache\n").stdout_has(&format!("Successfully built {}", &id[..12]));
    out.check(!out.stdout.lines().any(|l| l == "run-step-output"), "the RUN step does not run");
}

/// docker's `builder prune`: without -a the dangling entries (their layer
/// went with the last image that used it), with -a all of them; a pruned
/// step runs again. `builder build` is `build`.
#[test]
fn builder_prune_removes_the_cache_and_builder_build_builds() {
    let store = Store::new();
    store.import_busybox("bb");
    store.write_file("ctx/Containerfile", "FROM bb\nRUN echo one >> /probe/log && echo one > /one\n");
    store.write_file(PROBE, "");
    let volume = format!("{}:/probe", store.home.join("probe").display());
    built_id(&store.skiff(&["builder", "build", "-t", "first", "-v", &volume, &common::build::ctx(&store)]));
    assert_eq!(probe(&store), "one\n");
    // Nothing dangling while the image holds the step's layer.
    store.skiff(&["builder", "prune", "-f"]).ok().stdout_is("Total reclaimed space: 0B");
    store.skiff(&["rmi", "first"]).ok();
    let pruned = store.skiff(&["builder", "prune", "--force"]);
    pruned.ok().stdout_has("Deleted build cache objects:").stdout_has("Total reclaimed space: ");
    build_probed(&store, &["-t", "second"]).ok();
    assert_eq!(probe(&store), "one\none\n", "a pruned step runs again");
    build_probed(&store, &["-t", "second"]).ok();
    assert_eq!(probe(&store), "one\none\n", "a cached step does not");
    store.skiff(&["builder", "prune", "-af", "--filter", "until=1h"]).ok().stdout_is("Total reclaimed space: 0B");
    store.skiff(&["builder", "prune", "-af"]).ok().stdout_has("Deleted build cache objects:");
    build_probed(&store, &["-t", "second"]).ok();
    assert_eq!(probe(&store), "one\none\none\n", "-a removes the entries of used layers too");
    store.skiff(&["builder", "prune", "-f", "--filter", "label=x"]).code(125).stderr_has("until=");
    store.skiff(&["builder", "prune", "-f", "--keep-storage", "lots"]).code(125).stderr_has("--keep-storage");
    store.skiff(&["run", "--rm", "--gpus", "all", "bb", "true"]).code(125).stderr_has("--gpus");
}
