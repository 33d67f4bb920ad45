//! The mount family (issue 14): `mount`/`unmount` of a container's root
//! filesystem, as podman's. Rootless, they work inside `skiff unshare`,
//! whose mount namespace holds the mount; outside it `mount` is refused.

use crate::common;
use common::*;

const REFUSAL: &str = "cannot run command \"skiff mount\" in rootless mode, must execute `skiff unshare` first";

/// A mounted container's files can be read and changed from the host, and
/// the change is the container's; mounting counts, so only the last
/// unmount unmounts.
#[test]
fn a_container_mounted_inside_unshare_is_read_and_changed_from_the_host() {
    let store = Store::new();
    store.import_busybox("bb");
    let id = store.skiff(&["create", "--name", "c", "bb", "cat", "/tmp/from-host"]).ok().lines()[0].clone();
    store.skiff(&["mount", "c"]).code(125).stderr_has(REFUSAL);
    store.skiff(&["container", "mount", "c"]).code(125).stderr_has("must execute `skiff unshare` first");
    // Nothing is mounted in the user's own namespace: an empty list.
    store.skiff(&["mount"]).ok().stdout_is("");
    let script = r#"
        d=$(skiff mount c) || exit 1
        echo "path=$d"
        head -1 "$d/etc/passwd"
        echo hello > "$d/tmp/from-host" || exit 2
        [ "$(skiff container mount c)" = "$d" ] || exit 3
        echo list; skiff mount
        skiff mount --format json | grep -q "\"mountpoint\": \"$d\"" || exit 4
        echo unmount1 $(skiff unmount c)
        grep -q " $d " /proc/self/mountinfo && echo still-mounted
        echo unmount2 $(skiff umount c)
        grep -q " $d " /proc/self/mountinfo || echo unmounted
        skiff unmount c
        echo rc=$?
    "#;
    let out = store.skiff(&["unshare", "sh", "-c", script]);
    out.ok();
    let lines = out.lines();
    let path = lines[0].strip_prefix("path=").unwrap_or_else(|| out.fail("mount must print the path")).to_string();
    out.check(path.starts_with(&store.data.display().to_string()), "the mount is in the user's store");
    out.check(lines[1].starts_with("root:x:0:0:"), "the image's /etc/passwd is readable");
    let list = lines.iter().position(|l| l == "list").unwrap();
    assert_eq!(lines[list + 1], format!("{}  {path}", &id[..12]), "the list: short id, path");
    out.stdout_has(&format!("unmount1 {id}")).stdout_has("still-mounted");
    out.stdout_has(&format!("unmount2 {id}")).stdout_has("unmounted").stdout_has("rc=125");
    out.stderr_has(&format!("unmounting container {id}: unmounting container {id} root filesystem: layer not mounted"));
    // The file written through the mount is the container's.
    store.skiff(&["start", "-a", "c"]).ok().stdout_is("hello");
    store.skiff(&["cp", "c:/tmp/from-host", "-"]).ok().stdout_has("hello");
}

/// --all, --latest, --no-trunc, unmount --all and --force; a mount lives
/// as long as its `skiff unshare` session; a running container's root is
/// printed as it is mounted.
#[test]
fn mount_all_latest_no_trunc_and_unmount_all_force() {
    let store = Store::new();
    store.import_busybox("bb");
    let first = store.skiff(&["create", "--name", "c1", "bb", "true"]).ok().lines()[0].clone();
    let second = store.skiff(&["create", "--name", "c2", "bb", "true"]).ok().lines()[0].clone();
    store.skiff(&["mount", "--all"]).code(125).stderr_has(REFUSAL);
    let script = r#"
        echo all; skiff mount --all
        echo notrunc; skiff mount --no-trunc
        echo latest; skiff mount -l
        echo force; skiff unmount --force c1
        echo unmount-all; skiff unmount --all
        echo left; skiff mount --notruncate
        echo unmount-all-force; skiff unmount -a -f
        echo none; skiff mount; echo end
        skiff mount -l c1; echo rc=$?
        skiff mount --format '{{.ID}}'; echo rc=$?
    "#;
    let out = store.skiff(&["unshare", "sh", "-c", script]);
    out.ok();
    let section = |name: &str| -> Vec<String> {
        let lines = out.lines();
        let start = lines.iter().position(|l| l == name).unwrap() + 1;
        lines[start..].iter().take_while(|l| !l.chars().all(|c| c.is_ascii_lowercase() || c == '-')).cloned().collect()
    };
    let all = section("all");
    assert_eq!(all.len(), 2, "--all mounts both: {all:?}");
    let notrunc = section("notrunc");
    assert!(notrunc.iter().any(|l| l.starts_with(&format!("{first}  "))) && notrunc.iter().any(|l| l.starts_with(&format!("{second}  "))), "--no-trunc lists full ids: {notrunc:?}");
    assert_eq!(section("latest").len(), 1, "--latest mounts the newest");
    assert_eq!(section("force"), vec![first.clone()], "--force unmounts c1 at once");
    // c2 was mounted twice (--all, --latest): --all takes one mount away.
    assert_eq!(section("unmount-all"), vec![second.clone()]);
    let left = section("left");
    assert!(left.len() == 1 && left[0].starts_with(&second), "c2 is still mounted once: {left:?}");
    assert_eq!(section("unmount-all-force"), vec![second.clone()]);
    assert!(section("none").is_empty(), "nothing is mounted any more");
    out.stdout_has("rc=125").stderr_has("--latest and containers cannot be used together");
    out.stderr_has("unknown --format argument: \"{{.ID}}\"");

    // A session's mounts end with it.
    store.skiff(&["unshare", "skiff", "mount", "c1"]).ok();
    store.skiff(&["unshare", "skiff", "mount"]).ok().stdout_is("");
    store.skiff(&["unshare", "skiff", "unmount", "c1"]).code(125).stderr_has("layer not mounted");

    // A running container's root filesystem is mounted already.
    store.skiff(&["run", "-d", "--name", "r", "bb", "sleep", "300"]).ok();
    let running = store.skiff(&["unshare", "skiff", "mount", "r"]).ok().lines();
    assert!(running.len() == 1 && running[0].ends_with("/merged"), "{running:?}");
    store.skiff(&["rm", "-f", "-t", "0", "r"]).ok();
    store.skiff(&["unmount"]).code(125).stderr_has("you must provide at least one name or id");
}

/// With a FUSE driver the overlay's server outlives `skiff mount` and ends
/// with the mount; images mount through it too.
#[test]
fn a_fuse_mounted_container_is_served_until_unmounted() {
    let store = Store::new().with_driver("skiff-fuse");
    store.import_busybox("bb");
    store.skiff(&["create", "--name", "c", "bb", "cat", "/f"]).ok();
    store.skiff(&["unshare", "sh", "-c", "d=$(skiff mount c) && echo fused > $d/f && cat $d/f && skiff unmount c"]).ok().stdout_has("fused");
    store.skiff(&["start", "-a", "c"]).ok().stdout_is("fused");
    // An image through the FUSE overlay: readable, read-only.
    let image = store.skiff(&["unshare", "sh", "-c", "d=$(skiff image mount bb) && head -1 $d/etc/passwd && { touch $d/x 2>/dev/null && echo writable; skiff image unmount bb; }"]);
    image.ok().stdout_has("root:x:0:0:").check(!image.lines().contains(&"writable".to_string()), "an image mount is read-only");
    // A session that ends with the container still mounted leaves no server.
    store.skiff(&["unshare", "sh", "-c", "d=$(skiff mount c) && cat $d/f"]).ok().stdout_is("fused");
    wait_for("the FUSE server to end with its session", std::time::Duration::from_secs(10), || store.processes().is_empty());
}

/// `image mount` mounts an image's layers read-only, counted as container
/// mounts are; `image unmount` passes over images not mounted.
#[test]
fn an_image_mounted_inside_unshare_is_read_only() {
    let store = Store::new();
    let id = store.import_busybox("bb");
    store.skiff(&["image", "mount", "bb"]).code(125).stderr_has("cannot run command \"skiff image mount\" in rootless mode, must execute `skiff unshare` first");
    store.skiff(&["image", "mount"]).ok().stdout_is("");
    store.skiff(&["image", "unmount"]).code(125).stderr_has("image name or ID must be specified");
    let script = r#"
        d=$(skiff image mount bb) || exit 1
        echo "path=$d"
        head -1 "$d/etc/passwd"
        touch "$d/new" 2>/dev/null && echo writable
        skiff image mount bb >/dev/null
        echo list; skiff image mount
        skiff image mount --format json | grep -q "\"mountpoint\": \"$d\"" || exit 4
        echo unmount1 $(skiff image unmount bb)
        grep -q " $d " /proc/self/mountinfo && echo still-mounted
        echo unmount2 $(skiff image umount --force bb)
        grep -q " $d " /proc/self/mountinfo || echo unmounted
        echo again $(skiff image unmount bb)
        echo all $(skiff image mount --all | wc -l)
        echo unmount-all $(skiff image unmount --all)
        skiff image mount nope; echo rc=$?
    "#;
    let out = store.skiff(&["unshare", "sh", "-c", script]);
    out.ok();
    let lines = out.lines();
    let path = lines[0].strip_prefix("path=").unwrap_or_else(|| out.fail("image mount must print the path")).to_string();
    out.check(path.starts_with(&store.data.display().to_string()), "the mount is in the user's store");
    out.check(lines[1].starts_with("root:x:0:0:"), "the image's /etc/passwd is readable");
    out.check(!out.lines().contains(&"writable".to_string()), "an image mount is read-only");
    let list = lines.iter().position(|l| l == "list").unwrap();
    assert!(lines[list + 1].ends_with(&format!("  {path}")) && lines[list + 1].contains("bb"), "the list: name, path: {}", lines[list + 1]);
    out.stdout_has(&format!("unmount1 {id}")).stdout_has("still-mounted");
    out.stdout_has(&format!("unmount2 {id}")).stdout_has("unmounted");
    assert!(lines.contains(&"again".to_string()), "an image not mounted is passed over: {lines:?}");
    out.stdout_has("all 1").stdout_has(&format!("unmount-all {id}"));
    out.stdout_has("rc=125").stderr_has("nope: image not known");
    assert!(!store.data.join("skiff/image-mounts").join(&id).exists(), "unmount removes the image's mount directories");
}

/// `volume mount` prints a local volume's directory (nothing to mount),
/// inside `skiff unshare` as podman's; `volume unmount` prints its name.
#[test]
fn volume_mount_prints_the_volume_directory() {
    let store = Store::new();
    store.skiff(&["volume", "create", "v"]).ok();
    store.skiff(&["volume", "mount", "v"]).code(125).stderr_has("cannot run command \"skiff volume mount\" in rootless mode, must execute `skiff unshare` first");
    let path = store.skiff(&["unshare", "skiff", "volume", "mount", "v"]).ok().lines()[0].clone();
    assert_eq!(path, store.data.join("skiff/volumes/v/_data").display().to_string());
    store.skiff(&["unshare", "skiff", "volume", "mount", "nope"]).code(125).stderr_has("no volume with name \"nope\" found");
    store.skiff(&["volume", "unmount", "v"]).ok().stdout_is("v");
    store.skiff(&["volume", "umount", "nope"]).code(125).stderr_has("no volume with name \"nope\" found");
}
