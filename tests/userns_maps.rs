//! Custom user namespace mappings of a container (`--uidmap`, `--gidmap`):
//! rootless, the middle field of a triple is an id of
//! skiff's user namespace, where 0 is the user and k the k-th subordinate
//! id (podman's "intermediate" ids).

use crate::common;
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

/// `run --rm FLAGS bb true` fails with exit 125 and one line holding `message`.
fn run_fails_in_one_line(store: &Store, flags: &[&str], message: &str) {
    let mut args = vec!["run", "--rm"];
    args.extend_from_slice(flags);
    args.extend(["bb", "true"]);
    let out = store.skiff(&args);
    out.code(125).stderr_has(message);
    out.check(out.stderr.trim().lines().count() == 1, "the error must be one line");
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
        (&["--userns=nomap:size=10"], "invalid --userns \"nomap:size=10\""),
        (&["--userns=private"], "--userns=private: must provide at least one UID or GID mapping"),
        (&["--uidmap", "0:0:10", "--uidmap", "5:100:10"], "--uidmap 5:100:10 overlaps 0:0:10"),
        (&["--uidmap", "0:0:10", "--uidmap", "100:5:10"], "--uidmap 100:5:10 overlaps 0:0:10"),
        (&["--uidmap", "0:0:10", "--userns=keep-id"], "cannot be used together"),
    ];
    if is_podman() {
        return;
    }
    for (flags, message) in cases {
        run_fails_in_one_line(&store, flags, message);
    }
    assert_eq!(containers_in_store(&store), Vec::<String>::new(), "a refused mapping left a container behind");
    // private with mappings is what the mappings make alone (podman's rule).
    store.skiff(&["create", "--name", "priv", "--userns=private", "--uidmap", "0:0:1", "--uidmap", "1:1:100", "bb", "true"]).ok();
    store.skiff(&["inspect", "--format", "{{.HostConfig.UsernsMode}} {{.HostConfig.IDMappings.UidMap}}", "priv"]).ok().stdout_is("private [0:0:1 1:1:100]");
    store.skiff(&["rm", "priv"]).ok();
    store.skiff(&["pod", "create", "--name", "p"]).ok();
    let before = containers_in_store(&store);
    store.skiff(&["create", "--pod", "p", "--uidmap", "0:0:10", "bb"]).code(125).stderr_has("--uidmap: cannot specify a new uid/gid map when entering a pod");
    assert_eq!(containers_in_store(&store), before, "a refused mapping in a pod left a container behind");
}

/// `--userns=nomap`: container ids 0 and up are the user's subordinate
/// ids and the user's own id is left out, as podman 4.3.1 maps it.
#[test]
fn nomap_leaves_out_the_users_own_id() {
    leaves_out_the_users_own_id(&["--userns=nomap"], &[[0, 1, u64::from(SUBID_COUNT)]], "private [0:1:65536] [0:1:65536]");
}

/// `--userns=auto` maps only subordinate ids, as podman 4.3.1 does (the
/// first 1024 for the busybox image).
#[test]
fn auto_leaves_out_the_users_own_id() {
    leaves_out_the_users_own_id(&["--userns=auto"], &[[0, 1, 1024]], "private [0:1:1024] [0:1:1024]");
}

/// `--uidmap` without intermediate id 0 (the user): podman 4.3.1 takes it,
/// and so does skiff, on the same footing as nomap.
#[test]
fn uidmap_without_the_user_leaves_out_the_users_own_id() {
    leaves_out_the_users_own_id(&["--uidmap", "0:1:65536"], &[[0, 1, u64::from(SUBID_COUNT)]], "private [0:1:65536] [0:1:65536]");
}

/// A container made with `flags`, whose uid_map and gid_map are `map`: no
/// line for skiff's id 0, the user; the image's files keep their owners
/// and root writes its own files and its generated /etc/hosts; the user's
/// file on a bind mount (in a home of mode 0700) shows as nobody and root
/// cannot write it; a volume filled from the image keeps the image's
/// owners; exec, cp both ways, top, restart, commit and inspect
/// (`inspected`: UsernsMode and the mappings) work; a container that joins
/// its namespace with `--userns=container:` is set up there too; rm
/// leaves nothing and `system check` clean.
fn leaves_out_the_users_own_id(flags: &[&str], map: &[[u64; 3]], inspected: &str) {
    let store = Store::new();
    store.import_busybox("bb");
    let file = store.write_file("mine", "the user's\n");
    let bind = format!("{}:/mine", file.display());
    let script = "cat /proc/self/uid_map; echo --; cat /proc/self/gid_map; echo --; id -u; \
        stat -c %u:%g /bin/busybox /etc/hosts /mine; test -f /run/.containerenv && echo containerenv; \
        echo 10.9.9.9 extra >> /etc/hosts && echo hosts-written; echo more >> /mine || echo mine-refused; \
        touch /bin/new && stat -c %u:%g /bin/new";
    let with_flags = |args: &[&str]| -> Vec<String> {
        let (head, tail) = args.split_at(2);
        head.iter().chain(flags).chain(tail).map(|a| a.to_string()).collect()
    };
    let out = store.skiff(&with_flags(&["run", "--rm", "-v", &bind, "bb", "sh", "-c", script]));
    out.ok();
    let (uids, gids, rest) = sections(&out);
    out.check(uids == map, "uid_map must have no line for skiff's 0, the user");
    out.check(gids == map, "gid_map must have no line for skiff's 0, the user");
    out.check(
        rest == ["0", "0:0", "0:0", "65534:65534", "containerenv", "hosts-written", "mine-refused", "0:0"],
        "root inside; the image's and the generated files root's; the user's file nobody's and not writable",
    );
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "the user's\n", "the user's file must be untouched");
    if is_podman() {
        return;
    }
    store.skiff(&with_flags(&["run", "-d", "--name", "nm", "-v", "nmvol:/home/app", "bb", "sleep", "600"])).ok();
    store.skiff(&["exec", "nm", "sh", "-c", "id -u; stat -c %u:%g /home/app/owned; echo made > /home/app/by-root"]).ok().stdout_is("0\n1000:1000");
    let volume = store.skiff(&["volume", "inspect", "--format", "{{.Mountpoint}}", "nmvol"]).ok().stdout.trim().to_string();
    assert_eq!(owner(&std::path::Path::new(&volume).join("by-root")), (SUBID_START, SUBID_START), "nm's root is skiff's 1, the first subordinate id");
    let exec_map = store.skiff(&["exec", "nm", "cat", "/proc/self/uid_map"]);
    exec_map.ok().check(parse_id_map(&exec_map.stdout) == map, "exec must run in the container's namespace");
    copy_in_and_out(&store, "nm");
    store.skiff(&["top", "nm"]).ok().stdout_has("sleep 600");
    store
        .skiff(&["inspect", "--format", "{{.HostConfig.UsernsMode}} {{.HostConfig.IDMappings.UidMap}} {{.HostConfig.IDMappings.GidMap}}", "nm"])
        .ok()
        .stdout_is(inspected);
    let joined = store.skiff(&["run", "--rm", "--userns=container:nm", "-v", &bind, "bb", "sh", "-c", "cat /proc/self/uid_map; stat -c %u /mine; echo 10.9.9.9 joined >> /etc/hosts && echo hosts-written"]);
    joined.ok().stdout_has("65534\nhosts-written");
    joined.check(parse_id_map(&joined.stdout) == map, "a joined container has nm's ids");
    store.skiff(&["restart", "-t", "0", "nm"]).ok();
    store.skiff(&["exec", "nm", "sh", "-c", "cat /tmp/in; echo 10.9.9.9 again >> /etc/hosts && echo hosts-written"]).ok().stdout_is("copied in\nhosts-written");
    store.skiff(&["commit", "nm", "nmimg"]).ok();
    store.skiff(&["run", "--rm", "nmimg", "cat", "/tmp/in"]).ok().stdout_is("copied in");
    store.skiff(&["rm", "-f", "-t", "0", "nm"]).ok();
    store.skiff(&["volume", "rm", "nmvol"]).ok();
    store.skiff(&["rmi", "nmimg"]).ok();
    assert_eq!(containers_in_store(&store), Vec::<String>::new(), "rm must leave no container behind");
    store.skiff(&["system", "check"]).ok().stdout_is("No problems found");
    assert_no_processes_left(&store);
}

/// `--userns=auto`: each container gets ids no other one holds, 1024 for
/// the busybox image (podman's minimum), the first free ones; a removed
/// container's ids are free again; `size=` chooses the size; inspect shows
/// "private" and the mappings; exec and cp work; a file the container's
/// root writes to a volume (given to that root on first use, as podman
/// does) belongs to the first subordinate id it holds.
#[test]
fn auto_gives_each_container_ids_no_other_holds() {
    let store = Store::new();
    store.import_busybox("bb");
    if is_podman() {
        return;
    }
    store.skiff(&["run", "-d", "--name", "a1", "--userns=auto", "bb", "sleep", "600"]).ok();
    store.skiff(&["run", "-d", "--name", "a2", "--userns=auto", "-v", "autovol:/v", "bb", "sleep", "600"]).ok();
    let map_of = |name: &str| {
        let out = store.skiff(&["exec", name, "cat", "/proc/self/uid_map"]);
        out.ok();
        parse_id_map(&out.stdout)
    };
    assert_eq!(map_of("a1"), vec![[0, 1, 1024]], "the first auto container takes the first 1024 subordinate ids");
    assert_eq!(map_of("a2"), vec![[0, 1025, 1024]], "the second takes the next 1024");
    store
        .skiff(&["inspect", "--format", "{{.HostConfig.UsernsMode}} {{.HostConfig.IDMappings.UidMap}} {{.HostConfig.IDMappings.GidMap}}", "a2"])
        .ok()
        .stdout_is("private [0:1025:1024] [0:1025:1024]");
    store.skiff(&["exec", "a2", "sh", "-c", "id -u && echo made > /v/by-root && stat -c %u:%g /bin/busybox /v"]).ok().stdout_is("0\n0:0\n0:0");
    let volume = store.skiff(&["volume", "inspect", "--format", "{{.Mountpoint}}", "autovol"]).ok().stdout.trim().to_string();
    assert_eq!(owner(&std::path::Path::new(&volume).join("by-root")), (SUBID_START + 1024, SUBID_START + 1024), "a2's root is skiff's 1025, the 1025th subordinate id");
    copy_in_and_out(&store, "a2");
    store.skiff(&["restart", "-t", "0", "a2"]).ok();
    assert_eq!(map_of("a2"), vec![[0, 1025, 1024]], "a restarted container keeps its ids");
    store.skiff(&["rm", "-f", "-t", "0", "a1"]).ok();
    store.skiff(&["create", "--name", "small", "--userns=auto:size=500", "bb", "sleep", "600"]).ok();
    store.skiff(&["inspect", "--format", "{{.HostConfig.IDMappings.UidMap}}", "small"]).ok().stdout_is("[0:1:500]");
}

/// Out of free ids, and bad auto options: one line, exit 125, no container.
#[test]
fn auto_fails_in_one_line_when_ids_run_out() {
    let store = Store::new();
    store.import_busybox("bb");
    if is_podman() {
        return;
    }
    store.skiff(&["create", "--name", "first", "--userns=auto", "bb", "true"]).ok();
    let before = containers_in_store(&store);
    let cases: &[(&str, &str)] = &[
        ("--userns=auto:size=65536", "--userns=auto: not enough free subordinate uids for a user namespace of 65536"),
        ("--userns=auto:size=none", "invalid --userns option \"size=none\""),
        ("--userns=auto:colour=red", "invalid --userns option \"colour=red\""),
        ("--userns=auto:uidmapping=0:70000:1", "--userns=auto uidmapping 0:70000:1: uids 70000-70000 are outside your user namespace"),
    ];
    for (flag, message) in cases {
        run_fails_in_one_line(&store, &[flag], message);
    }
    assert_eq!(containers_in_store(&store), before, "a refused auto left a container behind");
    store.skiff(&["rm", "first"]).ok();
    store.skiff(&["run", "--rm", "--userns=auto:size=65536", "bb", "true"]).ok();
}

/// `--subuidname` alone (it serves for gids too): container ids 0 and up
/// go to the name's ranges in /etc/subuid, here the user's own, in ids of
/// skiff's namespace; a name without ranges, or with a mapping flag, is
/// one line and exit 125.
#[test]
fn subuidname_maps_the_names_ranges() {
    let store = Store::new();
    store.import_busybox("bb");
    if is_podman() {
        return;
    }
    let (dir, volume) = shared_dir(&store);
    let out = store.skiff(&["run", "--rm", "--subuidname", TEST_USER, "-v", &volume, "bb", "sh", "-c", SHOW_IDS]);
    out.ok();
    let (uids, gids, rest) = sections(&out);
    out.check(uids == vec![[0, 1, 65536]], "uid_map must map the user's whole range from 0, and not the user");
    out.check(gids == uids, "gid_map must follow --subuidname");
    out.check(rest[..4] == ["0", "0", "0:0", "1000:1000"], "root inside; the image's owners kept");
    assert_eq!(owner(&dir.join("made-inside")), (SUBID_START, SUBID_START), "container root is the first subordinate id");
    let cases: &[(&[&str], &str)] = &[
        (&["--subuidname", NORANGE_USER], "--subuidname skiffnorange: /etc/subuid has no range for skiffnorange"),
        (&["--subgidname", TEST_USER, "--uidmap", "0:0:1"], "cannot be used with --userns, --uidmap or --gidmap"),
    ];
    for (flags, message) in cases {
        run_fails_in_one_line(&store, flags, message);
    }
}

/// `--userns=container:NAME` joins the user namespace of another running
/// container (an auto one here): the same namespace and uid_map; inspect
/// shows "container:" and the other's full id, with its mappings, as
/// podman does; exec, cp and restart work. `--userns=ns:PATH` joins the
/// namespace of that file. A container that is not running, a missing
/// one, and a file that is no user namespace are one line each.
#[test]
fn userns_container_joins_anothers_namespace() {
    let store = Store::new();
    store.import_busybox("bb");
    if is_podman() {
        return;
    }
    store.skiff(&["run", "-d", "--name", "owner", "--userns=auto", "bb", "sleep", "600"]).ok();
    store.skiff(&["run", "-d", "--name", "guest", "--userns=container:owner", "bb", "sleep", "600"]).ok();
    let exec = |name: &str, script: &str| store.skiff(&["exec", name, "sh", "-c", script]).ok().stdout.clone();
    let owner_id = store.skiff(&["inspect", "--format", "{{.Id}}", "owner"]).ok().stdout.trim().to_string();
    assert_eq!(exec("guest", "readlink /proc/self/ns/user"), exec("owner", "readlink /proc/self/ns/user"), "guest must be in owner's user namespace");
    assert_eq!(parse_id_map(&exec("guest", "cat /proc/self/uid_map")), vec![[0, 1, 1024]], "guest has owner's ids");
    store
        .skiff(&["inspect", "--format", "{{.HostConfig.UsernsMode}} {{.HostConfig.IDMappings.UidMap}} {{.HostConfig.IDMappings.GidMap}}", "guest"])
        .ok()
        .stdout_is(&format!("container:{owner_id} [0:1:1024] [0:1:1024]"));
    assert_eq!(exec("guest", "id -u; stat -c %u:%g /bin/busybox"), "0\n0:0\n", "root inside, the image's files root's");
    copy_in_and_out(&store, "guest");
    store.skiff(&["restart", "-t", "0", "guest"]).ok();
    assert_eq!(exec("guest", "readlink /proc/self/ns/user"), exec("owner", "readlink /proc/self/ns/user"), "a restarted guest joins again");
    store.skiff(&["top", "guest"]).ok().stdout_has("sleep 600");

    let pid = store.skiff(&["inspect", "--format", "{{.State.Pid}}", "owner"]).ok().stdout.trim().to_string();
    let by_path = format!("--userns=ns:/proc/{pid}/ns/user");
    let joined = store.skiff(&["run", "--rm", &by_path, "bb", "cat", "/proc/self/uid_map"]);
    joined.ok().check(parse_id_map(&joined.stdout) == vec![[0, 1, 1024]], "ns:PATH must join that namespace");

    store.skiff(&["create", "--name", "stopped", "bb", "true"]).ok();
    let before = containers_in_store(&store);
    let cases: &[(&str, &str)] = &[
        ("--userns=container:nosuch", "--userns container:nosuch: "),
        ("--userns=container:stopped", "container stopped is not running"),
        ("--userns=ns:/etc/passwd", "--userns: /etc/passwd is not a user namespace"),
        ("--userns=ns:/no/such/file", "--userns: cannot open /no/such/file"),
        ("--userns=container:", "invalid --userns \"container:\""),
    ];
    for (flag, message) in cases {
        run_fails_in_one_line(&store, &[flag], message);
    }
    assert_eq!(containers_in_store(&store), before, "a refused --userns left a container behind");
}
