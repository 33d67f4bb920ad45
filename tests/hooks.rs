//! OCI hooks (oci-hooks(5)): hook files in `--hooks-dir` directories (or
//! containers.conf's `hooks_dir`), matched by their `when` conditions and
//! run at their stages with the container's OCI state on standard input.
//! Each hook here is a small shell script that records what it was given.

use crate::common;
use common::*;
use std::time::Duration;

/// The script every hook runs: `sh record.sh NAME` appends NAME to
/// out/log and keeps the state it read in out/NAME.json.
const RECORDER: &str = "out=$(dirname \"$0\")/out\ncat > \"$out/$1.json\"\necho \"$1\" >> \"$out/log\"\n";

/// A hooks directory `rel` in the store's home holding the recorder and
/// `files` (file name, `when` JSON, stages JSON); the hook of each file
/// records itself under the file's name without ".json".
fn hooks_dir(store: &Store, rel: &str, files: &[(&str, &str, &str)]) -> String {
    let dir = store.home.join(rel);
    store.write_file(&format!("{rel}/record.sh"), RECORDER);
    store.write_file(&format!("{rel}/out/.keep"), "");
    for (name, when, stages) in files {
        let label = name.trim_end_matches(".json");
        let script = dir.join("record.sh").display().to_string();
        store.write_file(
            &format!("{rel}/{name}"),
            &format!(r#"{{"version":"1.0.0","hook":{{"path":"/bin/sh","args":["sh","{script}","{label}"]}},"when":{when},"stages":{stages}}}"#),
        );
    }
    dir.display().to_string()
}

/// What ran, in order (out/log).
fn ran(dir: &str) -> Vec<String> {
    std::fs::read_to_string(format!("{dir}/out/log")).unwrap_or_default().lines().map(String::from).collect()
}

fn state(dir: &str, label: &str) -> serde_json::Value {
    let text = std::fs::read_to_string(format!("{dir}/out/{label}.json")).unwrap_or_else(|e| panic!("hook {label} recorded nothing: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("hook {label} got no JSON state ({e}): {text:?}"))
}

#[test]
fn hooks_run_at_their_stages_with_the_containers_state() {
    let store = Store::new();
    store.import_busybox("bb");
    let dir = hooks_dir(
        &store,
        "hooks",
        &[
            ("10-pre.json", r#"{"always":true}"#, r#"["prestart"]"#),
            ("20-runtime.json", r#"{"always":true}"#, r#"["createRuntime"]"#),
            ("30-post.json", r#"{"always":true}"#, r#"["poststart"]"#),
            ("40-stop.json", r#"{"always":true}"#, r#"["poststop"]"#),
        ],
    );
    store.skiff(&["--hooks-dir", &dir, "run", "--name", "c1", "--annotation", "com.example.trace=on", "bb", "true"]).ok();
    assert_eq!(ran(&dir), ["10-pre", "20-runtime", "30-post", "40-stop"], "each stage's hook runs once, in stage order");
    let id = store.skiff(&["inspect", "--format", "{{.Id}}", "c1"]).ok().stdout.trim().to_string();
    for (label, status) in [("10-pre", "created"), ("20-runtime", "created"), ("30-post", "running"), ("40-stop", "stopped")] {
        let state = state(&dir, label);
        assert_eq!(state["id"], id.as_str(), "{label}: the state names the container");
        assert_eq!(state["status"], status, "{label}: the container's status at that stage");
        assert!(state["ociVersion"].as_str().is_some_and(|v| v.starts_with("1.")), "{label}: ociVersion: {state}");
        assert!(state["bundle"].as_str().is_some_and(|b| b.starts_with('/')), "{label}: an absolute bundle: {state}");
        assert_eq!(state["annotations"]["com.example.trace"], "on", "{label}: the container's annotations");
        if status != "stopped" {
            assert!(state["pid"].as_i64().is_some_and(|pid| pid > 0), "{label}: the container's pid: {state}");
        }
    }
    // A detached container's hooks run under its monitor; poststop once it exits.
    std::fs::remove_file(format!("{dir}/out/log")).unwrap();
    store.skiff(&["--hooks-dir", &dir, "run", "-d", "--name", "c2", "bb", "sleep", "1000"]).ok();
    assert_eq!(ran(&dir), ["10-pre", "20-runtime", "30-post"], "a detached container is started once its poststart hooks ran");
    store.skiff(&["stop", "-t", "0", "c2"]).ok();
    wait_for("the poststop hook of a stopped container", Duration::from_secs(30), || ran(&dir).len() == 4);
    assert_eq!(state(&dir, "40-stop")["status"], "stopped");
}

#[test]
fn when_conditions_choose_the_hooks() {
    let store = Store::new();
    store.import_busybox("bb");
    let dir = hooks_dir(
        &store,
        "hooks",
        &[
            ("always.json", r#"{"always":true}"#, r#"["prestart"]"#),
            ("never.json", r#"{"always":false}"#, r#"["prestart"]"#),
            ("traced.json", r#"{"annotations":{"^com\\.example\\.trace$":"^on$"}}"#, r#"["prestart"]"#),
            ("sleeper.json", r#"{"commands":["sleep$"]}"#, r#"["prestart"]"#),
            ("mounts.json", r#"{"hasBindMounts":true}"#, r#"["prestart"]"#),
            ("both.json", r#"{"always":true,"annotations":{"trace":"on"}}"#, r#"["prestart"]"#),
            ("nothing.json", r#"{}"#, r#"["prestart"]"#),
        ],
    );
    let run = |flags: &[&str], command: &[&str]| {
        let _ = std::fs::remove_file(format!("{dir}/out/log"));
        let mut args = vec!["--hooks-dir", &dir, "run", "--rm"];
        args.extend_from_slice(flags);
        args.push("bb");
        args.extend_from_slice(command);
        store.skiff(&args).ok();
        ran(&dir)
    };
    assert_eq!(run(&[], &["true"]), ["always"], "only `always` holds for a plain container");
    assert_eq!(run(&["--annotation", "com.example.trace=on"], &["true"]), ["always", "both", "traced"], "annotation patterns, all conditions held, in file order");
    assert_eq!(run(&["--annotation", "com.example.trace=off"], &["true"]), ["always"], "a value that does not match");
    assert_eq!(run(&[], &["sleep", "0"]), ["always", "sleeper"], "a command pattern matches the command");
    let volume = format!("{}:/data", store.home.join("hooks/out").display());
    assert_eq!(run(&["-v", &volume], &["true"]), ["always", "mounts"], "hasBindMounts with a bind mount");
}

#[test]
fn later_directories_replace_files_of_the_same_name_and_containers_conf_names_them() {
    let store = Store::new();
    store.import_busybox("bb");
    let first = hooks_dir(&store, "first", &[("10-a.json", r#"{"always":true}"#, r#"["prestart"]"#), ("20-b.json", r#"{"always":true}"#, r#"["prestart"]"#)]);
    let second = hooks_dir(&store, "second", &[("10-a.json", r#"{"always":false}"#, r#"["prestart"]"#)]);
    store.skiff(&["--hooks-dir", &first, "--hooks-dir", &second, "run", "--rm", "bb", "true"]).ok();
    assert_eq!(ran(&first), ["20-b"], "second/10-a.json replaces first/10-a.json, and it does not match");

    // Without --hooks-dir, containers.conf's [engine] hooks_dir.
    let conf = hooks_dir(&store, "conf", &[("10-c.json", r#"{"always":true}"#, r#"["poststop"]"#)]);
    store.write_file(".config/containers/containers.conf", &format!("[engine]\nhooks_dir = [\"{conf}\"]\n"));
    store.skiff(&["run", "--rm", "bb", "true"]).ok();
    assert_eq!(ran(&conf), ["10-c"], "containers.conf's hooks_dir is read");
    assert_eq!(ran(&first), ["20-b"], "and the --hooks-dir of another command is not");
}

#[test]
fn a_bad_hook_file_fails_the_start_naming_it() {
    let store = Store::new();
    store.import_busybox("bb");
    let dir = hooks_dir(&store, "hooks", &[]);
    for (content, why) in [
        ("{", "EOF"),
        (r#"{"version":"1.0.0","hook":{"path":"/bin/true"},"when":{"always":true}}"#, "stages"),
        (r#"{"version":"1.0.0","hook":{"path":"/bin/true"},"when":{"always":true},"stages":["later"]}"#, "unknown stage"),
        (r#"{"version":"1.0.0","hook":{"path":"/no/such/hook"},"when":{"always":true},"stages":["prestart"]}"#, "/no/such/hook"),
        (r#"{"version":"1.0.0","hook":{"path":"/bin/true"},"when":{"commands":["("]},"stages":["prestart"]}"#, "invalid command"),
    ] {
        store.write_file("hooks/bad.json", content);
        let out = store.skiff(&["--hooks-dir", &dir, "run", "--rm", "bb", "true"]);
        out.code(125).stderr_has(&format!("{dir}/bad.json")).stderr_has(why);
        out.check(out.stderr.trim().lines().count() == 1, "one line");
    }
    assert!(containers_in_store(&store).is_empty(), "no container is left behind");
    // Files not ending in .json are not hooks.
    std::fs::remove_file(format!("{dir}/bad.json")).unwrap();
    store.write_file("hooks/notes.txt", "{");
    store.skiff(&["--hooks-dir", &dir, "run", "--rm", "bb", "true"]).ok();
    store.skiff(&["--hooks-dir", "", "run", "--rm", "bb", "true"]).code(125).stderr_has("--hooks-dir");
}

#[test]
fn a_failing_or_slow_prestart_hook_fails_the_run_and_leaves_nothing_running() {
    let store = Store::new();
    store.import_busybox("bb");
    let dir = hooks_dir(&store, "hooks", &[]);
    store.write_file("hooks/fail.sh", "echo 'no GPU here' >&2\nexit 3\n");
    let fail = store.home.join("hooks/fail.sh").display().to_string();
    store.write_file(
        "hooks/10-fail.json",
        &format!(r#"{{"version":"1.0.0","hook":{{"path":"/bin/sh","args":["sh","{fail}"]}},"when":{{"always":true}},"stages":["prestart"]}}"#),
    );
    let out = store.skiff(&["--hooks-dir", &dir, "run", "--rm", "bb", "echo", "never"]);
    out.code(126).stderr_has("prestart hook /bin/sh").stderr_has("no GPU here");
    out.check(!out.stdout.contains("never"), "the command never runs");
    assert!(containers_in_store(&store).is_empty(), "--rm removes the container");

    let out = store.skiff(&["--hooks-dir", &dir, "run", "-d", "--name", "c", "bb", "sleep", "1000"]);
    out.code(126).stderr_has("no GPU here");
    let status = store.skiff(&["inspect", "--format", "{{.State.Status}}", "c"]).ok().stdout.trim().to_string();
    assert_ne!(status, "running", "the container does not run");
    store.skiff(&["rm", "c"]).ok();
    assert_no_processes_left(&store);

    // A hook past its timeout is killed and fails the start the same way.
    std::fs::remove_file(format!("{dir}/10-fail.json")).unwrap();
    store.write_file("hooks/10-slow.json", r#"{"version":"1.0.0","hook":{"path":"/bin/sleep","args":["sleep","60"],"timeout":1},"when":{"always":true},"stages":["createRuntime"]}"#);
    store.skiff(&["--hooks-dir", &dir, "run", "--rm", "bb", "true"]).code(126).stderr_has("createRuntime hook /bin/sleep: timed out");
    assert_no_processes_left(&store);

    // poststart and poststop failures are only warnings.
    std::fs::remove_file(format!("{dir}/10-slow.json")).unwrap();
    store.write_file(
        "hooks/10-late.json",
        &format!(r#"{{"version":"1.0.0","hook":{{"path":"/bin/sh","args":["sh","{fail}"]}},"when":{{"always":true}},"stages":["poststart","poststop"]}}"#),
    );
    let out = store.skiff(&["--hooks-dir", &dir, "run", "--rm", "bb", "echo", "ran"]);
    out.ok().stdout_is("ran\n").stderr_has("poststart hook /bin/sh").stderr_has("poststop hook /bin/sh");
}

#[test]
fn build_run_steps_run_the_hooks() {
    let store = build::with_context(Store::new(), &[("Containerfile", "FROM bb\nRUN true\n")]);
    let dir = hooks_dir(&store, "hooks", &[("10-pre.json", r#"{"commands":["^/bin/sh$"]}"#, r#"["prestart"]"#)]);
    build::built_id(&build::build(&store, &["--hooks-dir", &dir]));
    assert_eq!(ran(&dir), ["10-pre"], "the RUN step's container (/bin/sh -c) gets the hook");
    assert_eq!(state(&dir, "10-pre")["status"], "created");
}
