//! Who the container runs as: rootless with a subordinate id range, without
//! one, and as root.

use crate::common;
use common::*;

/// Acceptance 2: as an unprivileged user with a range, the container's root
/// is the user and the whole range is mapped.
#[test]
fn rootless_container_maps_the_users_whole_subuid_range() {
    let store = Store::new();
    store.import_busybox("bb");
    let out = store.skiff(&["run", "--rm", "bb", "sh", "-c", "id -u; cat /proc/self/uid_map"]);
    out.ok();
    let lines = out.lines();
    out.check(lines.first().map(|l| l.trim()) == Some("0"), "the container's process must be uid 0");
    let map = parse_id_map(&lines[1..].join("\n"));
    out.check(
        map == vec![[0, TEST_UID as u64, 1], [1, SUBID_START as u64, SUBID_COUNT as u64]],
        "uid_map must be `0 1500 1` and `1 100000 65536`",
    );
}

/// Acceptance 2: without a range, it still runs (one id mapped) and warns
/// once, pointing at /etc/subuid and usermod.
#[test]
fn without_a_subuid_range_it_runs_with_a_warning() {
    let store = Store::no_range();
    // Every file of this image belongs to root: one mapped id is enough.
    store.import(&fixtures().busybox_rootonly, "bb", &[]);
    let out = store.skiff(&["run", "--rm", "bb", "sh", "-c", "id -u; cat /proc/self/uid_map"]);
    out.ok();
    let lines = out.lines();
    out.check(lines.first().map(|l| l.trim()) == Some("0"), "the container's process must be uid 0");
    let map = parse_id_map(&lines[1..].join("\n"));
    out.check(map == vec![[0, NORANGE_UID as u64, 1]], "uid_map must be `0 1501 1` alone");
    if !is_podman() {
        // (podman 4.3.1 prints no warning here.)
        let warnings: Vec<&str> = out.stderr.lines().filter(|l| l.contains("/etc/subuid")).collect();
        out.check(warnings.len() == 1, "stderr must hold exactly one line mentioning /etc/subuid");
        out.check(warnings[0].contains("usermod"), "the warning must say how to add a range (usermod)");
        out.check(out.stderr.lines().count() == 1, "the warning must be the only line on stderr");
    }
}

/// Run as root, skiff needs no user namespace: the container sees the
/// identity mapping.
#[test]
fn runs_as_root_without_a_user_namespace() {
    if is_podman() {
        // crun sets RLIMIT_NOFILE, which fails where root lacks
        // CAP_SYS_RESOURCE (as in this project's sandbox).
        return;
    }
    let store = Store::root();
    store.import_busybox("bb");
    let out =
        store.skiff(&["run", "--rm", "bb", "sh", "-c", "id -u; cat /proc/self/uid_map; stat -c %u:%g /home/app/owned"]);
    out.ok();
    let lines = out.lines();
    out.check(lines.first().map(|l| l.trim()) == Some("0"), "the container's process must be uid 0");
    let map = parse_id_map(&lines[1..].join("\n"));
    out.check(map == vec![[0, 0, 4294967295]], "uid_map must be the initial namespace's `0 0 4294967295`");
    out.check(lines.last().map(|l| l.trim()) == Some("1000:1000"), "/home/app/owned must be 1000:1000");
    out.check(!out.stderr.contains("/etc/subuid"), "root must not get the subuid warning");
    // Nothing of it is left in the store.
    if !is_podman() {
        assert_eq!(containers_in_store(&store), Vec::<String>::new(), "--rm left a container behind");
    }
}

/// Acceptance 5 (keep-id): the user's uid and gid are the same inside, the
/// process runs as the user, and /etc/passwd knows the user.
#[test]
fn keep_id_runs_as_the_users_own_ids() {
    let store = Store::new();
    store.import_busybox("bb");
    let out = store.skiff(&["run", "--rm", "--userns=keep-id", "bb", "sh", "-c", "id -u; id -g; id -un; grep ^skiffuser: /etc/passwd"]);
    out.ok();
    let lines = out.lines();
    out.check(lines.first().map(|l| l.trim()) == Some("1500"), "id -u must print the user's uid, 1500");
    out.check(lines.get(1).map(|l| l.trim()) == Some("1500"), "id -g must print the user's gid, 1500");
    out.check(lines.get(2).map(|l| l.trim()) == Some(TEST_USER), "id -un must print the user's name");
    out.check(lines.get(3).is_some_and(|l| l.starts_with("skiffuser:") && l.contains(":1500:1500:")), "/etc/passwd must have the user's entry");
    // --user still wins over keep-id's default user.
    store.skiff(&["run", "--rm", "--userns=keep-id", "--user", "0", "bb", "id", "-u"]).ok().stdout_is("0");
}

/// Acceptance 5 (keep-id): a file made inside on a bind mount belongs to
/// the user on the host, and the user's host file belongs to uid 1500 inside.
#[test]
fn keep_id_bind_mount_files_belong_to_the_user_both_ways() {
    use std::os::unix::fs::MetadataExt;
    let store = Store::new();
    store.import_busybox("bb");
    let file = store.write_file("share/from-host", "hello\n");
    let dir = file.parent().unwrap().to_path_buf();
    let out = store.skiff(&[
        "run", "--rm", "--userns=keep-id", "-v", &format!("{}:/data", dir.display()), "bb", "sh", "-c",
        "stat -c %u:%g /data/from-host; echo made > /data/made-inside",
    ]);
    out.ok().stdout_is("1500:1500");
    let made = std::fs::metadata(dir.join("made-inside")).expect("the file made inside must exist on the host");
    assert_eq!((made.uid(), made.gid()), (TEST_UID, TEST_UID), "a file made inside must belong to the user on the host");
}

/// keep-id: the image's files keep their owners (root's stay root's, the
/// app user's stay 1000's), and the image is not copied or chowned for it:
/// the store does not grow, however often it runs.
#[test]
fn keep_id_shows_the_images_owners_without_copying_it() {
    let store = Store::new();
    store.import_busybox("bb");
    let store_size = || {
        let out = std::process::Command::new("du").args(["-sk", "--apparent-size"]).arg(&store.data).output().unwrap();
        String::from_utf8_lossy(&out.stdout).split_whitespace().next().unwrap_or("0").parse::<u64>().unwrap()
    };
    // The first run may record what the store uses (the storage driver).
    store.skiff(&["run", "--rm", "bb", "true"]).ok();
    let before = store_size();
    for _ in 0..2 {
        let out = store.skiff(&["run", "--rm", "--userns=keep-id", "bb", "stat", "-c", "%u:%g", "/bin/busybox", "/home/app/owned"]);
        out.ok();
        out.check(out.lines() == ["0:0", "1000:1000"], "the image's files must keep their owners (0:0 and 1000:1000)");
    }
    let after = store_size();
    // The busybox binary alone is over 1 MiB: a copy of the image would show.
    assert!(after <= before + 256, "the store grew from {before} KiB to {after} KiB: the image was copied");
}

/// keep-id: `exec` joins the container's own user namespace and runs as
/// the user too; `cp` out of it gives the user's files, as with the
/// default mapping.
#[test]
fn keep_id_exec_and_cp_work_in_a_running_container() {
    use std::os::unix::fs::MetadataExt;
    let store = Store::new();
    store.import_busybox("bb");
    store.skiff(&["run", "-d", "--name", "kid", "--userns=keep-id", "bb", "sleep", "60"]).ok();
    store.skiff(&["exec", "kid", "sh", "-c", "id -u; stat -c %u /bin/busybox"]).ok().stdout_is("1500\n0");
    store.skiff(&["exec", "--user", "0", "kid", "id", "-u"]).ok().stdout_is("0");
    store.skiff(&["inspect", "--format", "{{.HostConfig.UsernsMode}}", "kid"]).ok().stdout_is("keep-id");
    let dest = store.home.join("copied");
    store.skiff(&["cp", "kid:/home/app/owned", &dest.display().to_string()]).ok();
    let md = std::fs::metadata(&dest).expect("cp must have copied the file out");
    assert_eq!(md.uid(), TEST_UID, "a file copied out of a keep-id container must belong to the user");
    store.skiff(&["rm", "-f", "kid"]).ok();
}

/// `--userns=host` is the default mapping; private without mappings,
/// container: naming no container and bad modes fail clearly.
#[test]
fn userns_modes_other_than_keep_id_and_host() {
    let store = Store::new();
    store.import_busybox("bb");
    store.skiff(&["run", "--rm", "--userns=host", "bb", "id", "-u"]).ok().stdout_is("0");
    if is_podman() {
        return;
    }
    store.skiff(&["run", "--rm", "--userns=private", "bb", "true"]).code(125).stderr_has("--userns=private: must provide at least one UID or GID mapping");
    store.skiff(&["run", "--rm", "--userns=container:other", "bb", "true"]).code(125).stderr_has("other");
    store.skiff(&["run", "--rm", "--userns=nomap:x", "bb", "true"]).code(125).stderr_has("invalid --userns \"nomap:x\"");
    store.skiff(&["run", "--rm", "--userns=keep-id:size=3", "bb", "true"]).code(125).stderr_has("invalid --userns option");
    store.skiff(&["run", "--rm", "--userns=bogus", "bb", "true"]).code(125).stderr_has("invalid --userns");
    assert_eq!(containers_in_store(&store), Vec::<String>::new(), "a refused --userns left a container behind");
}

/// The pid `userns/keeper.json` in the store's runtime directory names, once the
/// keeper of the user namespace has published itself.
fn keeper_pid(store: &Store) -> Option<i32> {
    let state = std::fs::read_to_string(store.runtime_dir().join("userns/keeper.json")).ok()?;
    let state: serde_json::Value = serde_json::from_str(&state).ok()?;
    let pid = state["pid"].as_i64()? as i32;
    std::path::Path::new(&format!("/proc/{pid}")).exists().then_some(pid)
}

/// After the first rootless command, `skiff __userns` holds the user
/// namespace and the next commands join it instead of running newuidmap
/// again (podman's pause process does the same): a second container sees the
/// same mapping in the same user namespace, with its own mount and pid
/// namespaces; `system migrate` ends the keeper.
#[test]
fn later_commands_join_the_kept_user_namespace_until_migrate() {
    if is_podman() {
        return;
    }
    let store = Store::new();
    store.import_busybox("bb");
    store.skiff(&["run", "-d", "--name", "first", "bb", "sleep", "60"]).ok();
    wait_for("the keeper to publish itself", std::time::Duration::from_secs(10), || keeper_pid(&store).is_some());
    let keeper = keeper_pid(&store).unwrap();
    let cmdline = std::fs::read_to_string(format!("/proc/{keeper}/cmdline")).unwrap().replace('\0', " ");
    assert_eq!(cmdline.trim(), "skiff __userns", "the keeper's command line");
    let script = "for ns in user mnt pid; do readlink /proc/self/ns/$ns; done; cat /proc/self/uid_map";
    let first = store.skiff(&["exec", "first", "sh", "-c", script]);
    let second = store.skiff(&["run", "--rm", "bb", "sh", "-c", script]);
    let (first, second) = (first.ok().lines(), second.ok().lines());
    assert_eq!(second[0], std::fs::read_link(format!("/proc/{keeper}/ns/user")).unwrap().to_string_lossy(), "the second container is in the keeper's user namespace");
    assert_eq!(first[0], second[0], "both containers share the kept user namespace");
    assert_ne!(first[1], second[1], "each container keeps its own mount namespace");
    assert_ne!(first[2], second[2], "each container keeps its own pid namespace");
    let map = parse_id_map(&second[3..].join("\n"));
    assert_eq!(map, vec![[0, TEST_UID as u64, 1], [1, SUBID_START as u64, SUBID_COUNT as u64]], "the mapping seen inside is unchanged");
    assert_eq!(keeper_pid(&store), Some(keeper), "the same keeper serves the second command");

    store.skiff(&["stop", "-t", "0", "first"]).ok();
    store.skiff(&["system", "migrate"]).ok();
    wait_for("the keeper to end", std::time::Duration::from_secs(10), || !std::path::Path::new(&format!("/proc/{keeper}")).exists());
    store.skiff(&["start", "first"]).ok();
    store.skiff(&["exec", "first", "cat", "/proc/self/uid_map"]).ok().stdout_has(&SUBID_START.to_string());
    store.skiff(&["rm", "-f", "-t", "0", "first"]).ok();
}
