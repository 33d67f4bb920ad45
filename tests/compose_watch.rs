//! `skiff compose watch` and `compose up --watch`: files changed under a
//! `develop.watch` rule's path are synced into the service's containers
//! (and deleted there), restart them, run a command in them, or rebuild
//! the image and recreate them; bad rules are refused before anything is
//! made; SIGTERM ends watch and leaves the containers running.

use crate::common;

use common::*;
use std::path::PathBuf;
use std::process::{Child, ExitStatus, Stdio};
use std::time::{Duration, Instant};

/// A watch (or `up --watch`) running in the background as the store's
/// user, its output in a file of the project directory.
struct Watching {
    child: Child,
    out: PathBuf,
}

impl Watching {
    fn start(store: &Store, dir: &str, command: &str) -> Watching {
        let out = store.home.join(dir).join("watch.out");
        // A previous watch's output must not pass for this one's.
        let _ = std::fs::remove_file(&out);
        // setpriv and bash exec skiff: the child's pid is skiff's.
        let mut cmd = store.command("bash", &["-c", &format!("cd {dir} && exec {command} > watch.out 2>&1")]);
        cmd.stdin(Stdio::null()).stdout(Stdio::null()).stderr(Stdio::null());
        let child = cmd.spawn().unwrap_or_else(|e| panic!("cannot start {command}: {e}"));
        Watching { child, out }
    }

    fn output(&self) -> String {
        std::fs::read_to_string(&self.out).unwrap_or_default()
    }

    #[track_caller]
    fn wait_for_output(&mut self, needle: &str, limit: Duration) {
        let deadline = Instant::now() + limit;
        while !self.output().contains(needle) {
            if let Ok(Some(status)) = self.child.try_wait() {
                panic!("watch ended ({status}) before printing {needle:?}:\n{}", self.output());
            }
            assert!(Instant::now() < deadline, "no {needle:?} from watch within {limit:?}:\n{}", self.output());
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// SIGTERM, then its exit status once it ended (within 30 s).
    fn terminate(&mut self) -> ExitStatus {
        let pid = self.child.id().to_string();
        let sent = std::process::Command::new("kill").args(["-TERM", &pid]).status().expect("run kill");
        assert!(sent.success(), "kill -TERM {pid}");
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            if let Some(status) = self.child.try_wait().expect("wait for watch") {
                return status;
            }
            assert!(Instant::now() < deadline, "watch did not end within 30 s of SIGTERM:\n{}", self.output());
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Watching {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// Poll `compose exec -T SERVICE sh -c PROBE` until its output is `want`
/// (10 s at most).
#[track_caller]
fn wait_in_container(store: &Store, dir: &str, service: &str, probe: &str, want: &str, watching: &Watching) {
    let deadline = Instant::now() + Duration::from_secs(10);
    let mut last = String::new();
    while Instant::now() < deadline {
        let out = in_dir(store, dir, &format!("skiff compose exec -T {service} sh -c '{probe}'"));
        last = format!("{}{}", out.stdout, out.stderr);
        if out.stdout.trim() == want {
            return;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    panic!("{probe} in {service} never gave {want:?} (last: {last:?}); watch printed:\n{}", watching.output());
}

fn inspect(store: &Store, container: &str, template: &str) -> String {
    let out = store.skiff(&["inspect", "--format", template, container]);
    out.ok();
    out.stdout.trim().to_string()
}

const SYNC_PROJECT: &str = r#"
services:
  app:
    image: localhost/bb
    command: [sleep, "300"]
    stop_signal: SIGKILL
    develop:
      watch:
        - path: ./src
          action: sync
          target: /app
          ignore: [ignored.txt]
        - path: ./conf
          action: sync+restart
          target: /conf
        - path: ./hook
          action: sync+exec
          target: /hook
          exec:
            command: sh -c "cat /hook/* > /hook-ran"
"#;

#[test]
fn watch_syncs_deletes_restarts_and_runs_commands() {
    require_host();
    let store = Store::new();
    store.import_busybox("bb");
    store.write_file("w/compose.yaml", SYNC_PROJECT);
    store.write_file("w/src/initial.txt", "there before\n");
    store.write_file("w/conf/.keep", "");
    store.write_file("w/hook/.keep", "");
    let mut watching = Watching::start(&store, "w", "skiff compose watch");
    watching.wait_for_output("Watch enabled", Duration::from_secs(60));
    assert_eq!(inspect(&store, "w-app-1", "{{.State.Status}}"), "running", "watch brought the project up first");

    // sync: a new file, then one in a new directory, show up at the target.
    store.write_file("w/src/hello.txt", "hi\n");
    wait_in_container(&store, "w", "app", "cat /app/hello.txt", "hi", &watching);
    store.write_file("w/src/sub/dir/deep.txt", "deep\n");
    wait_in_container(&store, "w", "app", "cat /app/sub/dir/deep.txt", "deep", &watching);
    // Ignored files (the rule's ignore, editors' swap files) stay out.
    store.write_file("w/src/ignored.txt", "no\n");
    store.write_file("w/src/.hello.txt.swp", "no\n");
    store.write_file("w/src/.git/HEAD", "no\n");
    store.write_file("w/src/marker.txt", "marker\n");
    wait_in_container(&store, "w", "app", "cat /app/marker.txt", "marker", &watching);
    wait_in_container(&store, "w", "app", "ls -a /app | grep -c -e ignored -e swp -e git", "0", &watching);
    // A deleted file is deleted in the container.
    std::fs::remove_file(store.home.join("w/src/hello.txt")).unwrap();
    wait_in_container(&store, "w", "app", "test -e /app/hello.txt && echo there || echo gone", "gone", &watching);
    let out = watching.output();
    assert!(out.contains("Syncing service \"app\" after 1 changes were detected"), "one line per sync, as docker compose prints it:\n{out}");

    // sync+restart: the file is there and the container started again.
    let started = inspect(&store, "w-app-1", "{{.State.StartedAt}}");
    store.write_file("w/conf/app.conf", "level=2\n");
    wait_for("the container's restart", Duration::from_secs(20), || inspect(&store, "w-app-1", "{{.State.StartedAt}}") != started);
    wait_in_container(&store, "w", "app", "cat /conf/app.conf", "level=2", &watching);
    watching.wait_for_output("service(s) [\"app\"] restarted", Duration::from_secs(10));

    // sync+exec: the command ran after the sync.
    store.write_file("w/hook/input", "hooked\n");
    wait_in_container(&store, "w", "app", "cat /hook-ran", "hooked", &watching);

    // SIGTERM ends watch cleanly; the containers keep running.
    let id = inspect(&store, "w-app-1", "{{.Id}}");
    let status = watching.terminate();
    assert!(status.success(), "watch exits 0 on SIGTERM ({status}):\n{}", watching.output());
    assert!(watching.output().contains("Watch disabled"), "{}", watching.output());
    assert_eq!(inspect(&store, "w-app-1", "{{.State.Status}}"), "running", "the container outlives watch");
    assert_eq!(inspect(&store, "w-app-1", "{{.Id}}"), id, "the same container");
    in_dir(&store, "w", "skiff compose down").ok();
    assert_no_processes_left(&store);
}

#[test]
fn watch_no_up_syncs_initially_single_files_and_only_included_ones() {
    require_host();
    let store = Store::new();
    store.import_busybox("bb");
    store.write_file(
        "n/compose.yaml",
        r#"
services:
  app:
    image: localhost/bb
    command: [sleep, "300"]
    stop_signal: SIGKILL
    develop:
      watch:
        - {path: ./src, action: sync, target: /app, initial_sync: true, include: ["*.txt"]}
        - {path: ./single.conf, action: sync, target: /etc/single.conf}
"#,
    );
    store.write_file("n/src/init.txt", "initial\n");
    store.write_file("n/src/skip.bin", "not included\n");
    store.write_file("n/single.conf", "one\n");
    // --no-up watches what runs, bringing nothing up.
    in_dir(&store, "n", "skiff compose up -d").ok();
    let mut watching = Watching::start(&store, "n", "skiff compose watch --no-up");
    watching.wait_for_output("Watch enabled", Duration::from_secs(30));
    assert!(!watching.output().contains("Container n-app-1"), "--no-up touches no container:\n{}", watching.output());
    // initial_sync copied the included files before watching.
    wait_in_container(&store, "n", "app", "cat /app/init.txt", "initial", &watching);
    wait_in_container(&store, "n", "app", "ls /app", "init.txt", &watching);
    // A rule on one file: that file, at its target.
    store.write_file("n/single.conf", "two\n");
    wait_in_container(&store, "n", "app", "cat /etc/single.conf", "two", &watching);
    // include: only the files it matches.
    store.write_file("n/src/new.bin", "no\n");
    store.write_file("n/src/new.txt", "yes\n");
    wait_in_container(&store, "n", "app", "ls /app | tr \"\\n\" \" \"", "init.txt new.txt", &watching);
    let status = watching.terminate();
    assert!(status.success(), "{status}:\n{}", watching.output());
    in_dir(&store, "n", "skiff compose down").ok();
    assert_no_processes_left(&store);
}

/// Change the rebuilt service's data to `version` and wait for its new
/// container (which must show it); the new container's id and image.
#[track_caller]
fn rebuilt_with(store: &Store, watching: &Watching, version: &str) -> (String, String) {
    let (container, image) = (inspect(store, "r-built-1", "{{.Id}}"), inspect(store, "r-built-1", "{{.Image}}"));
    store.write_file("r/image/data/version", &format!("{version}\n"));
    wait_for("the rebuilt service's new container", Duration::from_secs(60), || {
        let id = store.skiff(&["inspect", "--format", "{{.Id}}", "r-built-1"]);
        id.code == 0 && id.stdout.trim() != container
    });
    wait_in_container(store, "r", "built", "cat /data/version", version, watching);
    let rebuilt = (inspect(store, "r-built-1", "{{.Id}}"), inspect(store, "r-built-1", "{{.Image}}"));
    assert_ne!(rebuilt.1, image, "the new container runs the new image");
    (rebuilt.0, image)
}

fn stored_images(store: &Store) -> String {
    let images = store.skiff(&["images", "-a", "-q", "--no-trunc"]);
    images.ok();
    images.stdout
}

#[test]
fn watch_and_up_watch_rebuild_and_recreate_on_change() {
    require_host();
    let store = Store::new();
    store.import_busybox("bb");
    store.write_file("r/image/Containerfile", "FROM localhost/bb\nCOPY data /data\n");
    store.write_file("r/image/data/version", "one\n");
    store.write_file("r/image/.dockerignore", "data/*.tmp\n");
    store.write_file(
        "r/compose.yaml",
        "services:\n  built:\n    build: ./image\n    command: [sleep, \"300\"]\n    stop_signal: SIGKILL\n    develop:\n      watch:\n        - {path: ./image/data, action: rebuild}\n",
    );
    let mut watching = Watching::start(&store, "r", "skiff compose watch");
    watching.wait_for_output("Watch enabled", Duration::from_secs(90));
    wait_in_container(&store, "r", "built", "cat /data/version", "one", &watching);
    let (_, replaced) = rebuilt_with(&store, &watching, "two");
    let out = watching.output();
    assert!(out.contains("Rebuilding service(s) [\"built\"] after changes were detected..."), "{out}");
    assert!(out.contains("service(s) [\"built\"] successfully built"), "{out}");
    // --prune (the default): the image replaced is gone.
    assert!(!stored_images(&store).contains(replaced.trim_start_matches("sha256:")), "watch prunes the replaced image");
    // A file the build context's .dockerignore leaves out starts no rebuild
    // (given three quiet periods to do so).
    store.write_file("r/image/data/scratch.tmp", "ignored\n");
    std::thread::sleep(Duration::from_millis(1500));
    assert_eq!(watching.output().matches("Rebuilding service(s)").count(), 1, "{}", watching.output());
    let status = watching.terminate();
    assert!(status.success(), "{status}:\n{}", watching.output());
    assert_eq!(inspect(&store, "r-built-1", "{{.State.Status}}"), "running", "the container outlives watch");

    // up --watch: the same in a foreground up, which keeps the image a
    // rebuild replaced (as docker compose's) and stops the containers on
    // SIGTERM, as up does.
    let mut up = Watching::start(&store, "r", "skiff compose up --watch");
    up.wait_for_output("Watch enabled", Duration::from_secs(60));
    let (_, replaced) = rebuilt_with(&store, &up, "three");
    assert!(stored_images(&store).contains(replaced.trim_start_matches("sha256:")), "up --watch keeps the replaced image");
    up.terminate();
    assert!(up.output().contains("Gracefully stopping"), "{}", up.output());
    assert_eq!(inspect(&store, "r-built-1", "{{.State.Status}}"), "exited");
    in_dir(&store, "r", "skiff compose down --rmi local").ok();
    assert_no_processes_left(&store);
}

#[test]
fn bad_watch_rules_are_refused_before_anything_is_made() {
    require_host();
    let store = Store::new();
    store.import_busybox("bb");
    // An action compose does not know: docker compose's words, at load time.
    store.write_file("bad/compose.yaml", "services:\n  app:\n    image: localhost/bb\n    develop:\n      watch:\n        - {path: ., action: copy, target: /app}\n");
    for command in ["watch", "config", "up -d"] {
        let out = in_dir(&store, "bad", &format!("skiff compose {command}"));
        out.code(125).stderr_has("services.app.develop.watch[0].action").stderr_has("must be one of the following: \"rebuild\", \"sync\", \"restart\", \"sync+restart\", \"sync+exec\"");
        assert_eq!(out.stderr.trim().lines().count(), 1, "one line for {command}:\n{}", out.stderr);
    }
    // A sync without a target, sync+exec without a command.
    store.write_file("notarget/compose.yaml", "services:\n  app:\n    image: localhost/bb\n    develop:\n      watch:\n        - {path: ., action: sync}\n");
    in_dir(&store, "notarget", "skiff compose watch").code(125).stderr_has("services.app.develop.watch[0]: target is required for non-rebuild actions");
    store.write_file("noexec/compose.yaml", "services:\n  app:\n    image: localhost/bb\n    develop:\n      watch:\n        - {path: ., action: sync+exec, target: /app}\n");
    in_dir(&store, "noexec", "skiff compose watch").code(125).stderr_has("exec.command is required for the sync+exec action");
    // rebuild without a build section; no develop section at all.
    store.write_file("nobuild/compose.yaml", "services:\n  app:\n    image: localhost/bb\n    develop:\n      watch:\n        - {path: ., action: rebuild}\n");
    in_dir(&store, "nobuild", "skiff compose watch").code(125).stderr_has("can't watch service \"app\" with action rebuild without a build context");
    store.write_file("plain/compose.yaml", "services:\n  app:\n    image: localhost/bb\n    command: [sleep, \"300\"]\n");
    in_dir(&store, "plain", "skiff compose watch").code(125).stderr_has("none of the selected services is configured for watch");
    in_dir(&store, "plain", "skiff compose up --watch").code(125).stderr_has("none of the selected services is configured for watch");
    // up --watch runs in the foreground only, and builds.
    in_dir(&store, "nobuild", "skiff compose up --watch -d").code(125).stderr_has("--detach cannot be combined with");
    in_dir(&store, "nobuild", "skiff compose up --watch --no-build").code(125).stderr_has("--no-build and --watch are incompatible");
    assert!(containers_in_store(&store).is_empty(), "nothing was created: {:?}", containers_in_store(&store));

    // compose alpha: watch and viz under their old names.
    in_dir(&store, "plain", "skiff compose alpha viz").ok().stdout_has("digraph");
    in_dir(&store, "plain", "skiff compose alpha watch").code(125).stderr_has("watch command is now available as a top level command");
}

/// The image a service's container runs, by the service's image name.
fn image_id(store: &Store, image: &str) -> String {
    let out = store.skiff(&["image", "inspect", "--format", "{{.Id}}", image]);
    out.ok();
    out.stdout.trim().to_string()
}

#[test]
fn watch_builds_the_watched_services_afresh_when_it_brings_them_up() {
    require_host();
    let store = Store::new();
    store.import_busybox("bb");
    store.write_file("b/watched/Containerfile", "FROM localhost/bb\nCOPY version /version\n");
    store.write_file("b/watched/version", "old\n");
    store.write_file("b/other/Containerfile", "FROM localhost/bb\nCOPY version /version\n");
    store.write_file("b/other/version", "old\n");
    store.write_file(
        "b/compose.yaml",
        r#"
services:
  watched:
    build: ./watched
    command: [sleep, "300"]
    stop_signal: SIGKILL
    develop:
      watch:
        - {path: ./src, action: sync, target: /src}
  other:
    build: ./other
    command: [sleep, "300"]
    stop_signal: SIGKILL
"#,
    );
    store.write_file("b/src/.keep", "");
    in_dir(&store, "b", "skiff compose build").ok();
    let (watched, other) = (image_id(&store, "b-watched"), image_id(&store, "b-other"));
    // The images are stored; their contexts change afterwards.
    store.write_file("b/watched/version", "new\n");
    store.write_file("b/other/version", "new\n");

    // --no-up builds nothing, and neither does up --watch (as docker
    // compose's: an up builds only missing images there).
    let mut watching = Watching::start(&store, "b", "skiff compose watch --no-up");
    watching.wait_for_output("Watch enabled", Duration::from_secs(30));
    assert!(watching.terminate().success(), "{}", watching.output());
    let mut up = Watching::start(&store, "b", "skiff compose up --watch");
    up.wait_for_output("Watch enabled", Duration::from_secs(60));
    up.terminate();
    assert_eq!(image_id(&store, "b-watched"), watched, "up --watch kept the stored image:\n{}", up.output());
    assert_eq!(image_id(&store, "b-other"), other);

    // watch builds the services with both build and develop, and
    // recreates their containers; the others keep their image.
    let mut watching = Watching::start(&store, "b", "skiff compose watch");
    watching.wait_for_output("Watch enabled", Duration::from_secs(120));
    assert_ne!(image_id(&store, "b-watched"), watched, "watch built the watched service:\n{}", watching.output());
    assert_eq!(image_id(&store, "b-other"), other, "a service without develop is not built again");
    wait_in_container(&store, "b", "watched", "cat /version", "new", &watching);
    wait_in_container(&store, "b", "other", "cat /version", "old", &watching);
    assert!(watching.terminate().success(), "{}", watching.output());
    in_dir(&store, "b", "skiff compose down --rmi local").ok();
    assert_no_processes_left(&store);
}

#[test]
fn sync_exec_runs_in_every_container_at_once_and_names_each_failure() {
    require_host();
    let store = Store::new();
    store.import_busybox("bb");
    // Each command leaves its mark in a volume both containers share, then
    // waits (a minute at most) for the other's: run one after another, the
    // first would give up seeing only its own.
    store.write_file(
        "p/compose.yaml",
        r#"
services:
  app:
    image: localhost/bb
    command: [sleep, "300"]
    stop_signal: SIGKILL
    scale: 2
    volumes: [marks:/marks]
    develop:
      watch:
        - path: ./together
          action: sync+exec
          target: /together
          exec:
            command: sh -c 'mktemp /marks/XXXXXX; i=0; while [ $$(ls /marks | wc -l) -lt 2 ] && [ $$i -lt 600 ]; do sleep 0.1; i=$$((i+1)); done; ls /marks | wc -l > /seen'
        - path: ./failing
          action: sync+exec
          target: /failing
          exec:
            command: sh -c "exit 3"
volumes:
  marks:
"#,
    );
    store.write_file("p/together/.keep", "");
    store.write_file("p/failing/.keep", "");
    let mut watching = Watching::start(&store, "p", "skiff compose watch");
    watching.wait_for_output("Watch enabled", Duration::from_secs(60));
    store.write_file("p/together/go", "go\n");
    for index in ["1", "2"] {
        let deadline = Instant::now() + Duration::from_secs(120);
        loop {
            let out = in_dir(&store, "p", &format!("skiff compose exec -T --index {index} app cat /seen"));
            if out.code == 0 {
                assert_eq!(out.stdout.trim(), "2", "the commands ran side by side in p-app-{index}:\n{}", watching.output());
                break;
            }
            assert!(Instant::now() < deadline, "no /seen in p-app-{index}:\n{}", watching.output());
            std::thread::sleep(Duration::from_millis(200));
        }
    }
    // A command failing in both containers: each failure, by container.
    store.write_file("p/failing/go", "go\n");
    watching.wait_for_output("exec in p-app-1: exit code 3", Duration::from_secs(60));
    watching.wait_for_output("exec in p-app-2: exit code 3", Duration::from_secs(10));
    // Watch goes on.
    store.write_file("p/together/again", "again\n");
    wait_in_container(&store, "p", "app", "cat /together/again", "again", &watching);
    assert!(watching.terminate().success(), "{}", watching.output());
    in_dir(&store, "p", "skiff compose down -v").ok();
    assert_no_processes_left(&store);
}

#[test]
fn watch_follows_paths_deleted_and_made_again_or_not_there_yet() {
    require_host();
    let store = Store::new();
    store.import_busybox("bb");
    store.write_file(
        "g/compose.yaml",
        r#"
services:
  app:
    image: localhost/bb
    command: [sleep, "300"]
    stop_signal: SIGKILL
    develop:
      watch:
        - {path: ./src, action: sync, target: /app}
        - {path: ./later/inner, action: sync, target: /later}
        - {path: ./seed, action: sync, target: /seed, x-initialSync: true}
"#,
    );
    store.write_file("g/src/first.txt", "first\n");
    store.write_file("g/seed/seeded.txt", "seeded\n");
    let mut watching = Watching::start(&store, "g", "skiff compose watch");
    watching.wait_for_output("Watch enabled", Duration::from_secs(60));
    // x-initialSync, docker compose's old spelling of initial_sync: synced, and warned about.
    wait_in_container(&store, "g", "app", "cat /seed/seeded.txt", "seeded", &watching);
    assert!(watching.output().contains("x-initialSync is DEPRECATED, please use the official `initial_sync` attribute"), "{}", watching.output());

    // The watched directory deleted, then made again: still watched.
    store.write_file("g/src/second.txt", "second\n");
    wait_in_container(&store, "g", "app", "cat /app/second.txt", "second", &watching);
    std::fs::remove_dir_all(store.home.join("g/src")).unwrap();
    wait_in_container(&store, "g", "app", "ls /app | wc -l", "0", &watching);
    store.write_file("g/src/again.txt", "again\n");
    wait_in_container(&store, "g", "app", "cat /app/again.txt", "again", &watching);
    store.write_file("g/src/more.txt", "more\n");
    wait_in_container(&store, "g", "app", "cat /app/more.txt", "more", &watching);

    // A path two directories short of there when watch started: watched once made.
    store.write_file("g/later/inner/made.txt", "made\n");
    wait_in_container(&store, "g", "app", "cat /later/made.txt", "made", &watching);
    store.write_file("g/later/inner/next.txt", "next\n");
    wait_in_container(&store, "g", "app", "cat /later/next.txt", "next", &watching);
    // ... and gone with its parent, then made again.
    std::fs::remove_dir_all(store.home.join("g/later")).unwrap();
    store.write_file("g/later/inner/back.txt", "back\n");
    wait_in_container(&store, "g", "app", "cat /later/back.txt", "back", &watching);
    // Files next to the watched paths are none of watch's business.
    store.write_file("g/later/beside.txt", "beside\n");
    store.write_file("g/src/last.txt", "last\n");
    wait_in_container(&store, "g", "app", "cat /app/last.txt", "last", &watching);
    wait_in_container(&store, "g", "app", "test -e /later/beside.txt && echo there || echo not", "not", &watching);
    assert!(watching.terminate().success(), "{}", watching.output());

    // initial_sync of a path that is not there: refused, as docker compose's
    // watch refuses it, before anything is brought up.
    in_dir(&store, "g", "skiff compose down").ok();
    store.write_file("m/compose.yaml", "services:\n  app:\n    image: localhost/bb\n    develop:\n      watch:\n        - {path: ./missing, action: sync, target: /app, initial_sync: true}\n");
    let out = in_dir(&store, "m", "skiff compose watch");
    out.code(125).stderr_has("initial_sync of service \"app\": stat").stderr_has("missing: no such file or directory");
    assert_eq!(out.stderr.trim().lines().count(), 1, "{}", out.stderr);
    assert!(containers_in_store(&store).is_empty(), "nothing was created: {:?}", containers_in_store(&store));
    assert_no_processes_left(&store);
}
