//! Who the container runs as: rootless with a subordinate id range, without
//! one, and as root.

mod common;
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
