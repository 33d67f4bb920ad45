//! Commands podman has that `alias docker=skiff` needs (issue 14):
//! unshare, init, secret, system reset/migrate, volume export/import.

use crate::common;
use common::*;

/// `unshare` runs as root of the containers' user namespace: it shows the
/// mapping, passes the command's exit status through, and can remove what
/// a container wrote as a subordinate id, which the user alone cannot.
#[test]
fn unshare_removes_files_a_container_left_as_a_subordinate_id() {
    let store = Store::new();
    store.import_busybox("bb");
    store.skiff(&["volume", "create", "owned"]).ok();
    store.skiff(&["run", "--rm", "-v", "owned:/v", "bb", "sh", "-c", "mkdir /v/d && echo x > /v/d/f && chown -R 1000:1000 /v/d"]).ok();
    let data = store.data.join("skiff/volumes/owned/_data/d");
    store.bash(&format!("rm -rf {}", data.display())).check(data.exists(), "the user alone must not be able to remove a subordinate id's files");
    let uid_map = store.skiff(&["unshare", "cat", "/proc/self/uid_map"]).ok().lines();
    assert_eq!(uid_map.first().map(|l| l.split_whitespace().collect::<Vec<_>>()), Some(vec!["0", "1500", "1"]), "root inside is the user: {uid_map:?}");
    assert!(uid_map.len() > 1, "the subordinate range must be mapped too: {uid_map:?}");
    store.skiff(&["unshare", "rm", "-rf", &data.display().to_string()]).ok();
    assert!(!data.exists(), "unshare rm -rf must remove the directory");
    store.skiff(&["unshare", "sh", "-c", "exit 7"]).code(7);
    store.skiff(&["unshare", "no-such-program"]).code(127).stderr_has("executable file not found");
    store.skiff(&["unshare", "sh", "-c", "echo $CONTAINERS_GRAPHROOT"]).ok().stdout_is(&store.data.join("skiff").display().to_string());
    store.skiff(&["unshare", "--rootless-netns", "true"]).code(125).stderr_has("--rootless-netns");
}

/// `init` checks a created container can run and leaves it created; `start`
/// then runs it; a running container cannot be initialized again.
#[test]
fn init_prepares_a_container_that_start_then_runs() {
    let store = Store::new();
    store.import_busybox("bb");
    store.skiff(&["create", "--name", "c", "bb", "sleep", "30"]).ok();
    store.skiff(&["init", "c"]).ok().stdout_is("c");
    store.skiff(&["inspect", "--format", "{{.State.Status}}", "c"]).ok().stdout_is("created");
    store.skiff(&["container", "init", "c"]).ok().stdout_is("c");
    store.skiff(&["start", "c"]).ok();
    store.skiff(&["inspect", "--format", "{{.State.Status}}", "c"]).ok().stdout_is("running");
    store.skiff(&["init", "c"]).code(125).stderr_has("container state improper");
    store.skiff(&["init", "nope"]).code(125);
    store.skiff(&["rm", "-f", "c"]).ok();
}

/// The secret commands, as podman's: create from a file, standard input or
/// the environment; list, inspect, exists, rm.
#[test]
fn secrets_are_created_listed_inspected_and_removed() {
    let store = Store::new();
    let file = store.write_file("pw", "hunter2");
    let id = store.skiff(&["secret", "create", "-l", "a=b", "pw", &file.display().to_string()]).ok().stdout.trim().to_string();
    assert!(id.len() == 25 && id.chars().all(|c| c.is_ascii_hexdigit()), "create prints a 25-digit id, got {id:?}");
    store.skiff_stdin(&["secret", "create", "fromstdin", "-"], b"xyz").ok();
    store.bash("TOKEN=t0k skiff secret create --env fromenv TOKEN").ok();
    store.skiff(&["secret", "create", "pw", &file.display().to_string()]).code(125).stderr_has("pw: secret name in use");
    store.skiff(&["secret", "create", "bad/name", &file.display().to_string()]).code(125).stderr_has("invalid secret name");
    store.skiff(&["secret", "create", "-d", "pass", "other", &file.display().to_string()]).code(125).stderr_has("driver");
    let listed = store.skiff(&["secret", "ls"]).ok().lines();
    assert_eq!(listed[0].split_whitespace().collect::<Vec<_>>(), ["ID", "NAME", "DRIVER", "CREATED", "UPDATED"], "{listed:?}");
    assert_eq!(listed.len(), 4, "a header and three secrets: {listed:?}");
    store.skiff(&["secret", "ls", "--noheading", "--filter", "name=pw", "--format", "{{.Name}} {{.Driver}}"]).ok().stdout_is("pw file");
    store.skiff(&["secret", "ls", "-q", "--filter", "name=pw"]).ok().stdout_is(&id);
    let row = store.skiff(&["secret", "list", "--noheading", "--filter", "name=pw"]).ok().lines();
    assert!(row.len() == 1 && row[0].starts_with(&id), "--noheading prints only the secret's row, which starts with its id: {row:?}");
    store.skiff(&["secret", "inspect", "--format", "{{.Spec.Name}} {{.Spec.Labels.a}}", "pw"]).ok().stdout_is("pw b");
    store.skiff(&["secret", "inspect", "--pretty", "pw"]).ok().stdout_has("Name:              pw").stdout_has(" - a=b");
    store.skiff(&["secret", "inspect", "nope"]).code(125).stderr_has("no such secret");
    store.skiff(&["secret", "exists", "pw"]).ok();
    store.skiff(&["secret", "exists", "nope"]).code(1);
    let data = store.data.join("skiff/secrets").join(&id).join("data");
    let mode = std::os::unix::fs::PermissionsExt::mode(&std::fs::metadata(&data).unwrap().permissions());
    assert_eq!(mode & 0o777, 0o600, "secret data must be readable by the user only");
    store.skiff(&["secret", "rm", "pw"]).ok().stdout_is(&id);
    store.skiff(&["secret", "rm", "pw"]).code(125).stderr_has("no such secret");
    store.skiff(&["secret", "rm", "--ignore", "pw"]).ok().stdout_is("");
    assert_eq!(store.skiff(&["secret", "rm", "-a"]).ok().lines().len(), 2, "rm -a prints the ids of the two secrets left");
    store.skiff(&["secret", "ls", "-q"]).ok().stdout_is("");
}

/// `--secret`: a read-only file at /run/secrets/NAME or at a target with
/// owner and mode, or an environment variable; the container keeps its copy
/// when the secret is removed, as podman's containers do.
#[test]
fn run_secret_mounts_a_file_or_sets_a_variable() {
    let store = Store::new();
    store.import_busybox("bb");
    store.skiff_stdin(&["secret", "create", "pw", "-"], b"hunter2").ok();
    store.skiff(&["run", "--rm", "--secret", "pw", "bb", "cat", "/run/secrets/pw"]).ok().stdout_is("hunter2");
    store
        .skiff(&["run", "--rm", "--secret", "pw,target=/etc/app.pw,uid=1000,gid=1001,mode=0400", "bb", "stat", "-c", "%u %g %a", "/etc/app.pw"])
        .ok()
        .stdout_is("1000 1001 400");
    store.skiff(&["run", "--rm", "--secret", "pw,type=env,target=PASS", "bb", "sh", "-c", "echo $PASS"]).ok().stdout_is("hunter2");
    let write = store.skiff(&["run", "--rm", "--secret", "pw", "bb", "sh", "-c", "echo no > /run/secrets/pw"]);
    write.check(write.code != 0 && write.stderr.contains("Read-only file system"), "a mounted secret is read-only");
    store.skiff(&["create", "--name", "keeps", "--secret", "pw", "bb", "cat", "/run/secrets/pw"]).ok();
    store.skiff(&["secret", "rm", "pw"]).ok();
    store.skiff(&["start", "-a", "keeps"]).ok().stdout_is("hunter2");
    store.skiff(&["run", "--rm", "--secret", "nope", "bb", "true"]).code(125).stderr_has("no such secret");
    store.skiff(&["run", "--rm", "--secret", "pw,type=file", "bb", "true"]).code(125).stderr_has("--secret");
    assert_eq!(store.skiff(&["ps", "-aq"]).ok().lines().len(), 1, "failed runs leave no container");
}

/// `volume export` and `volume import` round-trip a volume's content,
/// compressed archives included.
#[test]
fn volume_export_and_import_round_trip() {
    let store = Store::new();
    store.import_busybox("bb");
    store.skiff(&["volume", "create", "src"]).ok();
    store.skiff(&["volume", "create", "dst"]).ok();
    store.skiff(&["volume", "create", "gz"]).ok();
    store
        .skiff(&["run", "--rm", "-v", "src:/v", "bb", "sh", "-c", "mkdir -p /v/a/b && echo hello > /v/a/b/f && ln -s b/f /v/a/link && chown 1000 /v/a/b/f"])
        .ok();
    store.bash("skiff volume export -o vol.tar src && skiff volume import dst vol.tar && gzip -c vol.tar | skiff volume import gz -").ok();
    for volume in ["dst", "gz"] {
        store
            .skiff(&["run", "--rm", "-v", &format!("{volume}:/v"), "bb", "sh", "-c", "cat /v/a/link; readlink /v/a/link"])
            .ok()
            .stdout_is("hello\nb/f");
    }
    store.bash("skiff volume export src | tar -t").ok().stdout_has("a/b/f");
    store.skiff(&["volume", "export", "nope"]).code(1).stderr_has("no such volume");
    store.skiff(&["volume", "import", "nope", "-"]).code(1).stderr_has("no such volume");
}

/// `system reset -f` removes containers (running ones too), images,
/// volumes, secrets and the store; without -f it asks first.
#[test]
fn system_reset_removes_everything() {
    let store = Store::new();
    store.import_busybox("bb");
    store.skiff(&["run", "-d", "--name", "running", "bb", "sleep", "300"]).ok();
    store.skiff(&["volume", "create", "v"]).ok();
    store.skiff_stdin(&["secret", "create", "s", "-"], b"x").ok();
    store.skiff_stdin(&["system", "reset"], b"n\n").ok().stdout_has("Are you sure you want to continue?");
    let kept = store.skiff(&["ps", "-q"]);
    kept.ok().check(kept.lines().len() == 1, "answering no keeps the running container");
    store.skiff(&["system", "reset", "-f"]).ok();
    assert!(!store.data.join("skiff").exists(), "the store directory must be gone");
    store.skiff(&["ps", "-aq"]).ok().stdout_is("");
    store.skiff(&["images", "-q"]).ok().stdout_is("");
    store.skiff(&["volume", "ls", "-q"]).ok().stdout_is("");
    store.skiff(&["secret", "ls", "-q"]).ok().stdout_is("");
    assert!(store.processes().iter().all(|(_, cmd)| !cmd.contains("sleep 300")), "the running container must be stopped");
}

/// `system migrate` stops every container and rewrites the records; a
/// stopped container starts again afterwards.
#[test]
fn system_migrate_stops_containers_and_keeps_them_startable() {
    let store = Store::new();
    store.import_busybox("bb");
    store.skiff(&["run", "-d", "--name", "c", "bb", "sleep", "300"]).ok();
    store.skiff(&["system", "migrate"]).ok().stderr_has("rewrote 1 container");
    store.skiff(&["inspect", "--format", "{{.State.Status}}", "c"]).ok().stdout_is("exited");
    store.skiff(&["start", "c"]).ok();
    store.skiff(&["inspect", "--format", "{{.State.Status}}", "c"]).ok().stdout_is("running");
    store.skiff(&["system", "migrate", "--new-runtime", "crun"]).code(125).stderr_has("--new-runtime");
    store.skiff(&["rm", "-f", "c"]).ok();
}
