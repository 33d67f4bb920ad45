//! `skiff cp` (issue 5): both ways, running and stopped containers, tar
//! streams, and symlinks that must stay inside the container's root.

use crate::common;
use common::*;
use std::os::unix::fs::MetadataExt;

/// Acceptance: a file and a directory go in and come back out, for a
/// stopped and for a running container.
#[test]
fn cp_both_ways_for_stopped_and_running_containers() {
    let store = Store::new();
    store.import_busybox("bb");
    let file = store.write_file("in/hello.txt", "hello from the host\n");
    store.write_file("in/sub/deep", "deep\n");
    let dir = file.parent().unwrap().to_path_buf();
    store.skiff(&["create", "--name", "stopped", "bb", "true"]).ok();
    store.skiff(&["run", "-d", "--name", "running", "bb", "sleep", "1000"]).ok();
    for c in ["stopped", "running"] {
        store.skiff(&["cp", &file.display().to_string(), &format!("{c}:/tmp/renamed.txt")]).ok();
        store.skiff(&["cp", &dir.display().to_string(), &format!("{c}:/tmp")]).ok();
        let out_dir = store.home.join(format!("out-{c}"));
        store.bash(&format!("mkdir {}", out_dir.display())).ok();
        store.skiff(&["cp", &format!("{c}:/tmp/renamed.txt"), &out_dir.display().to_string()]).ok();
        store.skiff(&["cp", &format!("{c}:/tmp/in"), &out_dir.join("tree").display().to_string()]).ok();
        assert_eq!(std::fs::read_to_string(out_dir.join("renamed.txt")).unwrap(), "hello from the host\n");
        assert_eq!(std::fs::read_to_string(out_dir.join("tree/sub/deep")).unwrap(), "deep\n");
        let md = std::fs::metadata(out_dir.join("tree/hello.txt")).unwrap();
        assert_eq!(md.uid(), store.ids().0, "copied-out files belong to the user");
    }
    store.skiff(&["exec", "running", "cat", "/tmp/in/sub/deep", "/tmp/renamed.txt"]).ok().stdout_is("deep\nhello from the host");
    store.skiff(&["rm", "-f", "running", "stopped"]).ok();
}

/// The writable layer of a container removed at its exit is mounted
/// `volatile` (as podman's for `--rm`), and overlayfs marks such a layer so
/// as to refuse it at its next mount: a file copied into a created `--rm`
/// container (a mount of cp's own) is still there when the container
/// starts, and a `run --rm` that syncs works as before.
#[test]
fn cp_into_a_created_rm_container_before_its_start() {
    let store = Store::new();
    store.import_busybox("bb");
    let file = store.write_file("greeting", "hello before the start\n");
    store.skiff(&["create", "--rm", "--name", "once", "bb", "sleep", "1000"]).ok();
    store.skiff(&["cp", &file.display().to_string(), "once:/greeting"]).ok();
    store.skiff(&["start", "once"]).ok();
    store.skiff(&["exec", "once", "cat", "/greeting"]).ok().stdout_is("hello before the start");
    store.skiff(&["rm", "-f", "-t", "0", "once"]).ok();
    store.skiff(&["run", "--rm", "bb", "sh", "-c", "echo written > /file && sync && cat /file"]).ok().stdout_is("written");
}

/// `-` reads a tar stream from standard input or writes one to stdout.
#[test]
fn cp_tar_streams() {
    let store = Store::new();
    store.import_busybox("bb");
    store.skiff(&["create", "--name", "c", "bb", "true"]).ok();
    let mut tar = TarBuilder::new();
    tar.dir("pkg", 0o755, 0, 0);
    tar.file("pkg/data", 0o600, 0, 0, b"streamed\n");
    store.skiff_stdin(&["cp", "-", "c:/tmp"], &tar.finish()).ok();
    let out = store.bash("skiff cp c:/tmp/pkg - | tar -tvf -");
    out.ok().stdout_has("pkg/data");
    out.check(out.stdout.contains("-rw-------"), "the mode must be kept");
    store.skiff(&["cp", "c:/tmp/pkg/data", "-"]).ok().stdout_has("streamed");
}

/// Acceptance: a symlink in the container to /etc (or up and out with ..)
/// resolves inside the container's root, both ways: the host's /etc is
/// neither read nor written.
#[test]
fn cp_never_follows_a_symlink_out_of_the_container() {
    let store = Store::new();
    store.import_busybox("bb");
    store.skiff(&["run", "--name", "c", "bb", "sh", "-c", "ln -s /etc /evil && ln -s ../../../../../../etc /up"]).ok();
    store.skiff(&["run", "-d", "--name", "r", "bb", "sh", "-c", "ln -s /etc /evil; sleep 1000"]).ok();
    let file = store.write_file("payload", "written by cp\n");
    for c in ["c", "r"] {
        // The container's /etc/passwd (with its app user), not the host's.
        let out_file = store.home.join(format!("passwd-{c}"));
        store.skiff(&["cp", &format!("{c}:/evil/passwd"), &out_file.display().to_string()]).ok();
        let copied = std::fs::read_to_string(&out_file).unwrap();
        assert!(copied.contains("app:x:1000:1000"), "cp must read the container's /etc/passwd: {copied}");
        assert_ne!(copied, std::fs::read_to_string("/etc/passwd").unwrap());
        store.skiff(&["cp", &file.display().to_string(), &format!("{c}:/evil/skiff-cp-payload")]).ok();
        assert!(!std::path::Path::new("/etc/skiff-cp-payload").exists(), "cp wrote to the host's /etc");
    }
    store.skiff(&["cp", &file.display().to_string(), "c:/up/skiff-cp-payload"]).ok();
    assert!(!std::path::Path::new("/etc/skiff-cp-payload").exists(), "cp wrote to the host's /etc");
    // It landed in each container's own /etc.
    store.skiff(&["cp", "c:/etc/skiff-cp-payload", "-"]).ok().stdout_has("written by cp");
    store.skiff(&["exec", "r", "cat", "/etc/skiff-cp-payload"]).ok().stdout_is("written by cp");
    // A source that is a symlink is followed, as podman does: inside the
    // container, so this copies the container's /etc.
    for source in ["c:/evil", "c:/up", "r:/evil"] {
        let copy = store.home.join(format!("etc-of-{}", source.replace([':', '/'], "")));
        store.skiff(&["cp", source, &copy.display().to_string()]).ok();
        let passwd = std::fs::read_to_string(copy.join("passwd")).unwrap();
        assert!(passwd.contains("app:x:1000:1000"), "{source} must be the container's /etc: {passwd}");
    }
    store.skiff(&["rm", "-f", "c", "r"]).ok();
}

/// Bad input: one clear line, exit 125.
#[test]
fn cp_errors() {
    let store = Store::new();
    store.import_busybox("bb");
    store.skiff(&["create", "--name", "c", "bb", "true"]).ok();
    for (args, needle) in [
        (vec!["c:/no/such/file", "/tmp"], "could not be found"),
        (vec!["/no/such/host/file", "c:/tmp"], "/no/such/host/file"),
        (vec!["ghost:/etc", "/tmp"], "ghost"),
        (vec!["a.txt", "b.txt"], "must be a container path"),
    ] {
        let mut full = vec!["cp"];
        full.extend(args);
        let out = store.skiff(&full);
        out.code(125);
        if !is_podman() {
            out.stderr_has(needle);
            out.check(out.stderr.lines().count() == 1, "the error must be one line");
        }
    }
}

/// `export` writes the container's filesystem, its changes included and
/// what is mounted in it (/proc, volumes) left out, as a tar archive.
#[test]
fn export_writes_the_containers_filesystem() {
    let store = Store::new();
    store.import_busybox("bb");
    store.skiff(&["run", "--name", "c", "-v", "vol:/data", "bb", "sh", "-c", "echo changed > /etc/changed; echo v > /data/in-volume"]).ok();
    store.skiff(&["run", "-d", "--name", "r", "bb", "sh", "-c", "echo live > /tmp/live; sleep 1000"]).ok();
    let file = store.home.join("c.tar");
    store.skiff(&["export", "-o", &file.display().to_string(), "c"]).ok().stdout_is("");
    let listing = store.bash(&format!("tar -tvf {}", file.display()));
    listing.ok().stdout_has("etc/changed").stdout_has("home/app/owned").stdout_has("bin/busybox");
    listing.check(!listing.stdout.contains("in-volume"), "a volume's content is not part of the container's filesystem");
    let out = store.bash("sleep 0.2; skiff export r | tar -xOf - tmp/live proc/self/status 2>&1; true");
    out.stdout_has("live");
    out.check(!out.stdout.contains("Name:"), "/proc must not be exported");
    store.skiff(&["rm", "-f", "c", "r"]).ok();
}

/// `-q/--quiet` (docker's flag) is accepted; skiff's cp already prints
/// nothing on success, in both directions.
#[test]
fn cp_quiet_prints_nothing() {
    let store = Store::new();
    store.import_busybox("bb");
    let file = store.write_file("q/hello.txt", "quiet\n");
    store.skiff(&["create", "--name", "c", "bb", "true"]).ok();
    store.skiff(&["cp", "-q", &file.display().to_string(), "c:/tmp/hello.txt"]).ok().stdout_is("");
    let out = store.home.join("q-out.txt");
    store.skiff(&["cp", "--quiet", "c:/tmp/hello.txt", &out.display().to_string()]).ok().stdout_is("");
    assert_eq!(std::fs::read_to_string(out).unwrap(), "quiet\n");
    store.skiff(&["rm", "c"]).ok();
}

/// `cp --overwrite` (podman): a directory may replace a non-directory and
/// the other way round only with it; without, one line names the path.
/// `-L` (docker) is taken: a symlink SOURCE is followed, as always in skiff.
#[test]
fn cp_overwrite_and_follow_link() {
    let store = Store::new();
    store.import_busybox("bb");
    store.skiff(&["create", "--name", "c", "bb", "true"]).ok();
    let dir = store.write_file("src/thing/inside.txt", "in a dir\n").parent().unwrap().to_path_buf();
    let file = store.write_file("file/thing", "a file\n");
    let dir_arg = dir.display().to_string();
    let file_arg = file.display().to_string();
    // Into the container: /tmp/thing a file, then a directory over it.
    store.skiff(&["cp", &file_arg, "c:/tmp/thing"]).ok();
    store.skiff(&["cp", &dir_arg, "c:/tmp/"]).code(125).stderr_has("/tmp/thing");
    store.skiff(&["cp", "--overwrite", &dir_arg, "c:/tmp/"]).ok();
    let out = store.home.join("back");
    store.bash(&format!("mkdir -p {}", out.display())).ok();
    store.skiff(&["cp", "c:/tmp/thing/inside.txt", &out.display().to_string()]).ok();
    assert_eq!(std::fs::read_to_string(out.join("inside.txt")).unwrap(), "in a dir\n");
    // And a file over that directory.
    store.skiff(&["cp", &file_arg, "c:/tmp/"]).code(125).stderr_has("directory");
    store.skiff(&["cp", "--overwrite", &file_arg, "c:/tmp/"]).ok();
    store.skiff(&["cp", "c:/tmp/thing", &out.join("thing").display().to_string()]).ok();
    assert_eq!(std::fs::read_to_string(out.join("thing")).unwrap(), "a file\n");
    // Out of the container, onto the host: the same rule.
    store.skiff(&["cp", "c:/tmp/thing", &dir.parent().unwrap().display().to_string()]).code(125).stderr_has("thing");
    store.skiff(&["cp", "--overwrite", "c:/tmp/thing", &dir.parent().unwrap().display().to_string()]).ok();
    assert_eq!(std::fs::read_to_string(&dir).unwrap(), "a file\n");
    // -L: the link's target is copied.
    store.bash(&format!("ln -s {} {}", file_arg, store.home.join("link").display())).ok();
    store.skiff(&["cp", "-L", &store.home.join("link").display().to_string(), "c:/tmp/followed"]).ok();
    store.skiff(&["cp", "c:/tmp/followed", &out.join("followed").display().to_string()]).ok();
    assert_eq!(std::fs::read_to_string(out.join("followed")).unwrap(), "a file\n");
    store.skiff(&["rm", "c"]).ok();
}

/// The owner ("uid:gid") of each entry of `container`'s /tmp, as a tar
/// stream of it lists them (by name: busybox's root and app are 0 and 1000).
fn owners_in_tmp(store: &Store, container: &str) -> std::collections::BTreeMap<String, String> {
    let out = store.bash(&format!("skiff cp {container}:/tmp - | tar -tvf -"));
    out.ok();
    out.lines()
        .iter()
        .filter_map(|line| {
            let fields: Vec<&str> = line.split_whitespace().collect();
            let name = fields.last()?.trim_end_matches('/').strip_prefix("tmp/")?.to_string();
            Some((name, fields.get(1)?.replace("root", "0").replace("app", "1000").replace('/', ":")))
        })
        .collect()
}

/// Issue 14: `--archive` (podman's default) makes what is copied into a
/// container its user's; `--archive=false` keeps the source's uid and gid
/// (the caller is the container's root, a subordinate id stays what it is
/// in the container). Copies to the host are the caller's either way.
/// Stopped and running containers, root and `--user app` ones.
#[test]
fn cp_archive_chowns_to_the_containers_user_unless_false() {
    let store = Store::new();
    store.import_busybox("bb");
    let mine = store.write_file("own/mine", "mine\n");
    let subordinate = store.write_file("own/subordinate", "subordinate\n");
    // Owned by what the containers' user namespace sees as 1000:1000.
    store.skiff(&["unshare", "chown", "1000:1000", &subordinate.display().to_string()]).ok();
    store.skiff(&["create", "--name", "stopped", "bb", "true"]).ok();
    store.skiff(&["run", "-d", "--name", "running", "bb", "sleep", "1000"]).ok();
    store.skiff(&["create", "--name", "stopped-app", "--user", "app", "bb", "true"]).ok();
    store.skiff(&["run", "-d", "--name", "running-app", "--user", "app", "bb", "sleep", "1000"]).ok();
    for (container, user) in [("stopped", "0:0"), ("running", "0:0"), ("stopped-app", "1000:1000"), ("running-app", "1000:1000")] {
        for (file, name) in [(&mine, "mine"), (&subordinate, "subordinate")] {
            let file = file.display().to_string();
            store.skiff(&["cp", &file, &format!("{container}:/tmp/{name}-default")]).ok();
            store.skiff(&["cp", "-a", &file, &format!("{container}:/tmp/{name}-a")]).ok();
            store.skiff(&["cp", "--archive=false", &file, &format!("{container}:/tmp/{name}-kept")]).ok();
        }
        let owners = owners_in_tmp(&store, container);
        let owner = |name: &str| owners.get(name).cloned().unwrap_or_else(|| panic!("{container}: no /tmp/{name} in {owners:?}"));
        for name in ["mine-default", "mine-a", "subordinate-default", "subordinate-a"] {
            assert_eq!(owner(name), user, "{container}: /tmp/{name} must belong to the container's user");
        }
        assert_eq!(owner("mine-kept"), "0:0", "{container}: the caller's file must stay the caller's, root in the container");
        assert_eq!(owner("subordinate-kept"), "1000:1000", "{container}: --archive=false must keep the source's ids");
        for archive in ["--archive=true", "--archive=false"] {
            let out_dir = store.home.join(format!("out-{container}{archive}"));
            store.bash(&format!("mkdir {}", out_dir.display())).ok();
            store.skiff(&["cp", archive, &format!("{container}:/tmp/subordinate-kept"), &out_dir.display().to_string()]).ok();
            let md = std::fs::metadata(out_dir.join("subordinate-kept")).unwrap();
            assert_eq!((md.uid(), md.gid()), store.ids(), "{container} {archive}: copies to the host belong to the caller");
        }
    }
    store.skiff(&["cp", "--archive=maybe", "/etc/hostname", "stopped:/tmp"]).code(125).stderr_has("--archive");
    store.skiff(&["rm", "-f", "stopped", "running", "stopped-app", "running-app"]).ok();
}
