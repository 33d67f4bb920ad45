//! Bind mounts and volumes (issue 6): `-v`, `--mount`, `--volumes-from`,
//! named and anonymous volumes, and the `volume` commands.

use crate::common;
use common::*;
use std::os::unix::fs::MetadataExt;

/// Acceptance: what one container writes to a named volume, the next reads.
#[test]
fn a_named_volume_written_by_one_container_is_read_by_the_next() {
    let store = Store::new();
    store.import_busybox("bb");
    store.skiff(&["volume", "create", "data"]).ok().stdout_is("data");
    store.skiff(&["run", "--rm", "-v", "data:/data", "bb", "sh", "-c", "echo kept > /data/note"]).ok();
    store.skiff(&["run", "--rm", "-v", "data:/mnt:ro", "bb", "cat", "/mnt/note"]).ok().stdout_is("kept");
    // `-v NAME:...` creates a volume that does not exist yet.
    store.skiff(&["run", "--rm", "--mount", "type=volume,source=made,target=/m", "bb", "true"]).ok();
    store.skiff(&["volume", "ls", "-q"]).ok().stdout_is("data\nmade");
    store.skiff(&["volume", "ls"]).ok().stdout_is("DRIVER      VOLUME NAME\nlocal       data\nlocal       made");
    store.skiff(&["volume", "exists", "data"]).ok();
    store.skiff(&["volume", "exists", "nope"]).code(1);
    let mountpoint = store
        .skiff(&["volume", "inspect", "--format", "{{.Name}} {{.Driver}} {{.Mountpoint}}", "data"])
        .ok()
        .stdout
        .trim()
        .strip_prefix("data local ")
        .expect("inspect must print the name and the driver")
        .to_string();
    if !is_podman() {
        assert_eq!(mountpoint, store.data.join("skiff/volumes/data/_data").display().to_string());
    }
    let mountpoint = std::path::PathBuf::from(mountpoint);
    assert_eq!(std::fs::read_to_string(mountpoint.join("note")).unwrap(), "kept\n");
}

/// Acceptance: a volume in use is not removed; -f removes its containers too.
#[test]
fn volume_rm_refuses_a_volume_in_use() {
    let store = Store::new();
    store.import_busybox("bb");
    store.skiff(&["create", "--name", "user", "-v", "busy:/data", "bb", "true"]).ok();
    let out = store.skiff(&["volume", "rm", "busy"]);
    out.code(2).stderr_has("volume busy is being used");
    store.skiff(&["volume", "exists", "busy"]).ok();
    store.skiff(&["volume", "rm", "nope"]).code(1).stderr_has("no volume with name \"nope\" found");
    store.skiff(&["volume", "rm", "-f", "busy"]).ok().stdout_is("busy");
    store.skiff(&["volume", "exists", "busy"]).code(1);
    store.skiff(&["ps", "-aq"]).ok().stdout_is("");
}

/// `volume prune -f` removes only the volumes no container uses.
#[test]
fn volume_prune_keeps_volumes_in_use() {
    let store = Store::new();
    store.import_busybox("bb");
    store.skiff(&["volume", "create", "--label", "k=v", "idle"]).ok();
    store.skiff(&["create", "-v", "used:/data", "bb", "true"]).ok();
    store.skiff(&["volume", "inspect", "--format", "{{.Labels.k}}", "idle"]).ok().stdout_is("v");
    // docker's --all (named volumes too) is what skiff always does.
    store.skiff(&["volume", "prune", "-f", "--all"]).ok().stdout_is("idle");
    store.skiff(&["volume", "ls", "-q"]).ok().stdout_is("used");
    store.skiff(&["volume", "update", "used"]).code(125).stderr_has("volume update").stderr_has("swarm");
    store.skiff(&["volume", "ls", "--cluster"]).code(125).stderr_has("--cluster");
    store.skiff(&["volume", "create", "used"]).code(125).stderr_has("already exists");
}

/// Acceptance: a bind mount with :ro cannot be written; a writable one
/// writes files the user owns on the host.
#[test]
fn bind_mounts_read_only_and_writable() {
    let store = Store::new();
    store.import_busybox("bb");
    let file = store.write_file("share/hello", "from the host\n");
    let dir = file.parent().unwrap().display().to_string();
    store
        .skiff(&["run", "--rm", "-v", &format!("{dir}:/share:ro"), "bb", "sh", "-c", "cat /share/hello; echo x > /share/new"])
        .code(1)
        .stdout_is("from the host")
        .stderr_has("Read-only file system");
    assert!(!file.parent().unwrap().join("new").exists());
    store
        .skiff(&["run", "--rm", "--mount", &format!("type=bind,source={dir},target=/share,readonly"), "bb", "touch", "/share/x"])
        .code(1);
    store.skiff(&["run", "--rm", "-v", &format!("{dir}:/share:rw,Z"), "bb", "sh", "-c", "echo hi > /share/new"]).ok();
    let made = file.parent().unwrap().join("new");
    assert_eq!(std::fs::read_to_string(&made).unwrap(), "hi\n");
    assert_eq!(std::fs::metadata(&made).unwrap().uid(), store.ids().0, "a file made by the container's root belongs to the user");
    // A single file can be bind-mounted too.
    store
        .skiff(&["run", "--rm", "-v", &format!("{}:/etc/motd:ro", file.display()), "bb", "cat", "/etc/motd"])
        .ok()
        .stdout_is("from the host");
}

/// Bad mount flags fail with one line naming what was wrong, exit 125, and
/// leave nothing behind.
#[test]
fn bad_mounts_are_refused_clearly() {
    let store = Store::new();
    store.import_busybox("bb");
    for (args, needle) in [
        (vec!["-v", "/no/such/dir:/data"], "/no/such/dir"),
        (vec!["-v", "data:relative"], "must be absolute"),
        (vec!["-v", "data:/x:bogus"], "unsupported option \"bogus\""),
        (vec!["--mount", "type=nfs,target=/x"], "unsupported type \"nfs\""),
        (vec!["--mount", "type=bind,target=/x"], "source= is required"),
        (vec!["-v", "a:/x", "-v", "b:/x"], "duplicate mount destination /x"),
        (vec!["--volumes-from", "ghost"], "no container with name or ID \"ghost\""),
    ] {
        let mut full = vec!["run", "--rm"];
        full.extend(args);
        full.extend(["bb", "true"]);
        let out = store.skiff(&full);
        out.code(125);
        if !is_podman() {
            out.stderr_has(needle);
        }
        out.check(out.stderr.lines().count() == 1, "the error must be one line");
    }
    store.skiff(&["ps", "-aq"]).ok().stdout_is("");
    store.skiff(&["volume", "ls", "-q"]).ok().stdout_is("");
}

/// A new volume is filled with what the image has at its path, owners
/// kept; a volume with content is not.
#[test]
fn a_new_volume_is_filled_from_the_image() {
    let store = Store::new();
    store.import_busybox("bb");
    store
        .skiff(&["run", "--rm", "-v", "app:/home/app", "bb", "sh", "-c", "stat -c %u:%g /home/app/owned; echo new > /home/app/owned"])
        .ok()
        .stdout_is("1000:1000");
    store.skiff(&["run", "--rm", "-v", "app:/home/app", "bb", "cat", "/home/app/owned"]).ok().stdout_is("new");
}

/// The image's VOLUME paths get anonymous volumes, removed by `rm -v` and
/// by `run --rm`; `-v /path` makes one too.
#[test]
fn anonymous_volumes_go_with_their_container() {
    let store = Store::new();
    store.import(&fixtures().busybox_rootfs, "vol", &["VOLUME /cache"]);
    store.skiff(&["run", "--rm", "vol", "sh", "-c", "echo x > /cache/f"]).ok();
    store.skiff(&["run", "--rm", "-v", "/scratch", "vol", "true"]).ok();
    store.skiff(&["volume", "ls", "-q"]).ok().stdout_is("");
    store.skiff(&["run", "--name", "keep", "vol", "sh", "-c", "echo x > /cache/f"]).ok();
    let lines = store.skiff(&["volume", "ls", "-q"]).ok().lines();
    assert_eq!(lines.len(), 1, "one anonymous volume while its container exists");
    assert_eq!(lines[0].len(), 64, "an anonymous volume is named by a random id");
    // Another container shares it with --volumes-from.
    store.skiff(&["run", "--rm", "--volumes-from", "keep:ro", "vol", "cat", "/cache/f"]).ok().stdout_is("x");
    store.skiff(&["run", "--rm", "--volumes-from", "keep:ro", "vol", "touch", "/cache/g"]).code(1);
    store.skiff(&["volume", "ls", "-q"]).ok().stdout_is(&lines[0]);
    store.skiff(&["rm", "-v", "keep"]).ok();
    store.skiff(&["volume", "ls", "-q"]).ok().stdout_is("");
}

/// `inspect` shows a container's mounts as podman does.
#[test]
fn inspect_shows_mounts() {
    let store = Store::new();
    store.import_busybox("bb");
    store.skiff(&["create", "--name", "c", "-v", "/tmp:/host-tmp:ro", "-v", "v:/data", "bb", "true"]).ok();
    let out = store.skiff(&["inspect", "c"]);
    out.ok();
    let value: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    let mounts: Vec<String> = value[0]["Mounts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| format!("{} {} {} {}", m["Type"].as_str().unwrap(), m["Source"].as_str().unwrap(), m["Destination"].as_str().unwrap(), m["RW"]))
        .collect();
    let mut mounts = mounts;
    mounts.sort();
    let volume = store.skiff(&["volume", "inspect", "--format", "{{.Mountpoint}}", "v"]).ok().stdout.trim().to_string();
    assert_eq!(mounts, vec!["bind /tmp /host-tmp false".to_string(), format!("volume {volume} /data true")]);
}

/// `system df` has podman's "Local Volumes" row: every volume, those some
/// container mounts (active), their data's size, and what the unused ones
/// hold (reclaimable).
#[test]
fn system_df_counts_local_volumes() {
    let store = Store::new();
    store.import_busybox("bb");
    store.skiff(&["run", "--name", "writer", "-v", "kept:/v", "bb", "sh", "-c", "head -c 3000 /dev/zero > /v/data"]).ok();
    store.skiff(&["volume", "create", "idle"]).ok();
    store.skiff(&["run", "--rm", "-v", "idle:/v", "bb", "sh", "-c", "head -c 5000 /dev/zero > /v/data"]).ok();
    let table = store.skiff(&["system", "df"]);
    let row = table.ok().lines().into_iter().find(|l| l.starts_with("Local Volumes")).unwrap_or_else(|| table.fail("no Local Volumes row"));
    let cells: Vec<&str> = row["Local Volumes".len()..].split_whitespace().collect();
    assert_eq!(cells, ["2", "1", "8kB", "5kB", "(63%)"], "TOTAL ACTIVE SIZE RECLAIMABLE (share) of the volumes: {row:?}");
    let format = "{{.Type}}: {{.Total}} {{.Active}} {{.RawSize}} {{.RawReclaimable}}";
    store.skiff(&["system", "df", "--format", format]).ok().stdout_has("Local Volumes: 2 1 8000 5000");
    let json: serde_json::Value = serde_json::from_str(&store.skiff(&["system", "df", "--format", "json"]).ok().stdout).unwrap();
    let volumes = json.as_array().unwrap().iter().find(|v| v["Type"] == "Local Volumes").expect("a Local Volumes entry in the json");
    assert_eq!((volumes["Total"].as_u64(), volumes["Active"].as_u64(), volumes["RawSize"].as_u64()), (Some(2), Some(1), Some(8000)));
}

/// `system df -v` lists what the summary adds up, as podman does: each
/// image name with the bytes it shares with other images, each container
/// with what it wrote and its volumes, each volume with its users.
#[test]
fn system_df_verbose_lists_each_image_container_and_volume() {
    let store = Store::new();
    store.import_busybox("bb");
    store.skiff(&["run", "--name", "writer", "-v", "kept:/v", "bb", "sh", "-c", "head -c 3000 /dev/zero > /v/data; head -c 2000 /dev/zero > /written"]).ok();
    store.skiff(&["commit", "writer", "derived"]).ok();
    let size_of = |name: &str| store.skiff(&["image", "inspect", "--format", "{{.Size}}", name]).ok().stdout.trim().parse::<u64>().unwrap();
    let base_size = size_of("bb");
    let listing = store.skiff(&["system", "df", "-v"]);
    listing.ok().stdout_has("Images space usage:").stdout_has("Containers space usage:").stdout_has("Local Volumes space usage:");
    let row = |start: &str| -> Vec<String> {
        let line = listing.lines().into_iter().find(|l| l.starts_with(start)).unwrap_or_else(|| listing.fail(&format!("no row starting {start:?}")));
        line.split("  ").map(str::trim).filter(|c| !c.is_empty()).map(String::from).collect()
    };
    // podman's `system df` sizes: go-units' HumanSize ("2.701MB").
    let human = |bytes: u64| skiff::output::go_size(bytes, 4, false);
    // REPOSITORY TAG IMAGE ID CREATED SIZE SHARED SIZE UNIQUE SIZE CONTAINERS
    let bb = row("localhost/bb ");
    assert_eq!((bb[4].as_str(), bb[5].as_str(), bb[6].as_str(), bb[7].as_str()), (human(base_size).as_str(), human(base_size).as_str(), "0B", "1"), "bb shares all of its layers with derived and has one container: {bb:?}");
    let derived = row("localhost/derived ");
    assert_eq!((derived[5].as_str(), derived[7].as_str()), (human(base_size).as_str(), "0"), "derived shares bb's layers and has no container: {derived:?}");
    // CONTAINER ID IMAGE COMMAND LOCAL VOLUMES SIZE CREATED STATUS NAMES
    let writer = listing.lines().into_iter().find(|l| l.ends_with(" writer")).unwrap_or_else(|| listing.fail("no writer row"));
    assert!(writer.contains(" 1 ") && writer.contains("exited"), "writer mounts one volume and has exited: {writer:?}");
    // VOLUME NAME LINKS SIZE
    assert_eq!(row("kept "), ["kept", "1", "3kB"], "the volume, its one user and its data");
}
