//! Custom user namespace mappings of a container (`--uidmap`, `--gidmap`):
//! rootless, the middle field of a triple is an id of
//! skiff's user namespace, where 0 is the user and k the k-th subordinate
//! id (podman's "intermediate" ids).

mod common;
use common::*;
use std::os::unix::fs::{MetadataExt, PermissionsExt};

/// A directory in HOME that anyone may write to, for a container whose root
/// is not the user: (its path, the `-v` value binding it at /data).
fn shared_dir(store: &Store) -> (std::path::PathBuf, String) {
    let file = store.write_file("share/from-host", "hello\n");
    let dir = file.parent().unwrap().to_path_buf();
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o777)).unwrap();
    let volume = format!("{}:/data", dir.display());
    (dir, volume)
}

fn owner(path: &std::path::Path) -> (u32, u32) {
    let md = std::fs::metadata(path).unwrap_or_else(|e| panic!("{} must exist: {e}", path.display()));
    (md.uid(), md.gid())
}

const SHOW_IDS: &str = "cat /proc/self/uid_map; echo --; cat /proc/self/gid_map; echo --; id -u; id -g; \
     stat -c %u:%g /bin/busybox /home/app/owned /data/from-host; echo made > /data/made-inside";

/// The output of SHOW_IDS split at its `--` lines: uid_map, gid_map, and the rest.
fn sections(out: &Output) -> (Vec<[u64; 3]>, Vec<[u64; 3]>, Vec<String>) {
    let text = out.stdout.clone();
    let parts: Vec<&str> = text.split("--\n").collect();
    out.check(parts.len() == 3, "the output must have the uid_map, the gid_map and the ids");
    (parse_id_map(parts[0]), parse_id_map(parts[1]), parts[2].lines().map(|l| l.trim().to_string()).collect())
}

/// `--uidmap` alone (two triples): the gid map follows it, as podman's
/// does; the image's files keep their owners inside, the user's file is
/// root's, and a file given to container uid 5 belongs on the host to the
/// subordinate id that skiff's id 104 is (the user's 104th).
#[test]
fn uidmap_maps_container_ids_to_skiffs_ids() {
    let store = Store::new();
    store.import_busybox("bb");
    let (dir, volume) = shared_dir(&store);
    let script = format!("{SHOW_IDS}; chown 5:5 /data/made-inside");
    let out = store.skiff(&["run", "--rm", "--uidmap", "0:0:1", "--uidmap", "1:100:2000", "-v", &volume, "bb", "sh", "-c", &script]);
    out.ok();
    let (uids, gids, rest) = sections(&out);
    out.check(uids == vec![[0, 0, 1], [1, 100, 2000]], "uid_map inside must be `0 0 1` and `1 100 2000` (ids of skiff's namespace)");
    out.check(gids == uids, "gid_map must follow --uidmap");
    out.check(rest == ["0", "0", "0:0", "1000:1000", "0:0"], "root inside; the image's owners kept; the user's file is root's");
    assert_eq!(owner(&dir.join("made-inside")), (SUBID_START + 103, SUBID_START + 103), "container id 5 is skiff's 104, the 104th subordinate id");
}

/// Several triples, and a --gidmap of its own: the user is container id
/// 1000 (uid) and 0 (gid); a file it makes inside belongs to the user on
/// the host.
#[test]
fn several_triples_put_the_user_where_they_say() {
    let store = Store::new();
    store.import_busybox("bb");
    let (dir, volume) = shared_dir(&store);
    let out = store.skiff(&[
        "run", "--rm", "--uidmap", "0:1:1000", "--uidmap", "1000:0:1", "--uidmap", "1001:1001:2000", "--gidmap", "0:0:1:1:1:5000",
        "--user", "1000:0", "-v", &volume, "bb", "sh", "-c", SHOW_IDS,
    ]);
    out.ok();
    let (uids, gids, rest) = sections(&out);
    out.check(uids == vec![[0, 1, 1000], [1000, 0, 1], [1001, 1001, 2000]], "uid_map must hold the three triples");
    out.check(gids == vec![[0, 0, 1], [1, 1, 5000]], "gid_map must hold --gidmap's two triples");
    out.check(rest[..5] == ["1000", "0", "0:0", "1000:1000", "1000:0"], "the user's file must be 1000:0 inside");
    assert_eq!(owner(&dir.join("made-inside")), (TEST_UID, TEST_UID), "a file made as the user inside is the user's on the host");
}

/// The mapping lasts: exec joins it, a restart and a stop and start keep
/// it, inspect shows it as podman does, cp out of the running container
/// works, and what commit keeps has the owners the container saw.
#[test]
fn the_mapping_lasts_through_exec_restart_inspect_cp_and_commit() {
    let store = Store::new();
    store.import_busybox("bb");
    store.skiff(&["run", "-d", "--name", "mapped", "--uidmap", "0:0:1", "--uidmap", "1:1000:2000", "bb", "sleep", "600"]).ok();
    let map_of = |out: &Output| parse_id_map(&out.stdout);
    let exec = store.skiff(&["exec", "mapped", "cat", "/proc/self/uid_map"]);
    exec.ok().check(map_of(&exec) == vec![[0, 0, 1], [1, 1000, 2000]], "exec must join the container's own mapping");
    store.skiff(&["exec", "mapped", "sh", "-c", "mkdir /made && echo x > /made/file && chown 123:45 /made/file"]).ok();
    store.skiff(&["inspect", "--format", "{{.HostConfig.UsernsMode}} {{.HostConfig.IDMappings.UidMap}} {{.HostConfig.IDMappings.GidMap}}", "mapped"])
        .ok()
        .stdout_is("private [0:0:1 1:1000:2000] [0:0:1 1:1000:2000]");
    let dest = store.home.join("copied");
    store.skiff(&["cp", "mapped:/made/file", &dest.display().to_string()]).ok();
    assert_eq!(std::fs::read_to_string(&dest).unwrap(), "x\n", "cp must copy the file out");
    store.skiff(&["restart", "-t", "0", "mapped"]).ok();
    let after_restart = store.skiff(&["exec", "mapped", "sh", "-c", "cat /proc/self/uid_map; stat -c %u:%g /made/file"]);
    after_restart.ok();
    out_lines_end_with(&after_restart, "123:45");
    store.skiff(&["stop", "-t", "0", "mapped"]).ok();
    store.skiff(&["start", "mapped"]).ok();
    let after_start = store.skiff(&["exec", "mapped", "cat", "/proc/self/uid_map"]);
    after_start.ok().check(map_of(&after_start) == vec![[0, 0, 1], [1, 1000, 2000]], "a stopped and started container keeps its mapping");
    store.skiff(&["commit", "mapped", "committed"]).ok();
    store.skiff(&["rm", "-f", "-t", "0", "mapped"]).ok();
    // Committed files keep the owners the container gave them.
    store.skiff(&["run", "--rm", "committed", "stat", "-c", "%u:%g", "/made/file", "/bin/busybox"]).ok().stdout_is("123:45\n0:0");
}

fn out_lines_end_with(out: &Output, last: &str) {
    let lines = out.lines();
    out.check(parse_id_map(&lines[..lines.len() - 1].join("\n")) == vec![[0, 0, 1], [1, 1000, 2000]], "a restarted container keeps its mapping");
    out.check(lines.last().map(|l| l.trim()) == Some(last), "a file made before the restart keeps its owner");
}

/// Each bad mapping is one line and exit 125, and leaves no container.
#[test]
fn bad_mappings_fail_in_one_line() {
    let store = Store::new();
    store.import_busybox("bb");
    let cases: &[(&[&str], &str)] = &[
        (&["--uidmap", "0:1"], "invalid --uidmap \"0:1\""),
        (&["--uidmap", "a:1:1"], "invalid --uidmap \"a:1:1\""),
        (&["--gidmap", "0:1:0"], "invalid --gidmap \"0:1:0\": the size is 0"),
        (&["--uidmap", "0:0:1:1:1:65537"], "--uidmap 1:1:65537: uids 1-65537 are outside your user namespace"),
        (&["--uidmap", "0:1:65536"], "--uidmap 0:1:65536 leaves out your own uid"),
        (&["--uidmap", "0:0:1", "--gidmap", "0:1:10"], "--gidmap 0:1:10 leaves out your own gid"),
        (&["--userns=nomap"], "--userns=nomap is not supported"),
        (&["--uidmap", "0:0:10", "--uidmap", "5:100:10"], "--uidmap 5:100:10 overlaps 0:0:10"),
        (&["--uidmap", "0:0:10", "--uidmap", "100:5:10"], "--uidmap 100:5:10 overlaps 0:0:10"),
        (&["--uidmap", "0:0:10", "--userns=keep-id"], "cannot be used together"),
    ];
    if is_podman() {
        return;
    }
    for (flags, message) in cases {
        let mut args = vec!["run", "--rm"];
        args.extend_from_slice(flags);
        args.extend(["bb", "true"]);
        let out = store.skiff(&args);
        out.code(125).stderr_has(message);
        out.check(out.stderr.trim().lines().count() == 1, "the error must be one line");
    }
    assert_eq!(containers_in_store(&store), Vec::<String>::new(), "a refused mapping left a container behind");
    store.skiff(&["pod", "create", "--name", "p"]).ok();
    let before = containers_in_store(&store);
    store.skiff(&["create", "--pod", "p", "--uidmap", "0:0:10", "bb"]).code(125).stderr_has("--uidmap cannot be used with --pod");
    assert_eq!(containers_in_store(&store), before, "a refused mapping in a pod left a container behind");
}
