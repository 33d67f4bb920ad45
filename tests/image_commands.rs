//! Issue 4, image management: tag, untag, image exists, image inspect,
//! image prune, history, save and load (acceptance 6: round trips, and
//! archives exchanged with podman).

use crate::common;
use common::*;

#[test]
fn tag_and_untag_move_names_like_podman() {
    let store = Store::new();
    let name = store.load_layered();
    store.skiff(&["tag", &name, "foo:v2", "quay.io/x/y"]).ok().stdout_is("");
    let names = |store: &Store| {
        let out = store.skiff(&["image", "inspect", "--format", "{{.RepoTags}}", LAYERED]);
        out.ok().stdout.trim().to_string()
    };
    assert_eq!(
        names(&store),
        "[localhost/layered:latest localhost/foo:v2 quay.io/x/y:latest]"
    );
    store
        .skiff(&["run", "--rm", "foo:v2", "cat", "/data/keep"])
        .ok()
        .stdout_is("keep");

    // A name moves from the image that had it.
    store.import_busybox("bb");
    store.skiff(&["tag", "bb", "foo:v2"]).ok();
    assert_eq!(names(&store), "[localhost/layered:latest quay.io/x/y:latest]");

    store
        .skiff(&["untag", LAYERED, "foo:v9"])
        .code(125)
        .stderr_has("localhost/foo:v9: tag not known");
    store.skiff(&["untag", LAYERED, "quay.io/x/y"]).ok();
    assert_eq!(names(&store), "[localhost/layered:latest]");
    store
        .skiff(&["tag", "nothere", "x"])
        .code(125)
        .stderr_has("nothere: image not known");
    store
        .skiff(&["tag", LAYERED, "Bad:Name"])
        .code(125)
        .stderr_has("invalid reference format");
    store.skiff(&["image", "tag", LAYERED, "again"]).ok();
    store.skiff(&["image", "untag", "again"]).ok();
    store.skiff(&["image", "exists", "again"]).code(1);
}

#[test]
fn image_exists_and_inspect() {
    let store = Store::new();
    store.load_layered();
    store.skiff(&["image", "exists", "layered"]).ok().stdout_is("");
    store.skiff(&["image", "exists", "nothere"]).code(1).stdout_is("");
    let out = store.skiff(&["image", "inspect", "layered"]);
    out.ok();
    let v: serde_json::Value =
        serde_json::from_str(&out.stdout).unwrap_or_else(|e| out.fail(&format!("not JSON: {e}")));
    let image = &v[0];
    for field in [
        "Id",
        "Digest",
        "RepoTags",
        "RepoDigests",
        "Created",
        "Config",
        "RootFS",
        "Size",
        "Architecture",
        "Os",
        "History",
    ] {
        out.check(image.get(field).is_some(), &format!("image inspect has {field}"));
    }
    out.check(
        image["RootFS"]["Layers"].as_array().map(Vec::len) == Some(2),
        "two layers",
    );
    out.check(
        image["Architecture"] == oci_arch() && image["Os"] == "linux",
        "platform",
    );
    out.check(
        image["History"][1]["created_by"] == "delete /data/gone, make /opq opaque",
        "history from the config",
    );
    let digest = image["Digest"].as_str().unwrap();
    out.check(
        image["RepoDigests"] == serde_json::json!([format!("localhost/layered@{digest}")]),
        "RepoDigests",
    );
    store
        .skiff(&["image", "inspect", "nothere"])
        .code(125)
        .stderr_has("nothere: image not known");
}

#[test]
fn image_prune_removes_dangling_images_and_with_all_unused_ones() {
    let store = Store::new();
    store.load_layered();
    let bb = store.import_busybox("bb");
    store.skiff(&["create", "--name", "user", "bb", "true"]).ok();
    store.skiff(&["untag", "layered"]).ok();
    let pruned = store.skiff(&["image", "prune", "-f"]);
    pruned.ok();
    pruned.check(
        pruned.lines().len() == 1 && is_image_id(&pruned.lines()[0]),
        "prints the removed id",
    );
    store
        .skiff(&["images", "-q", "--no-trunc"])
        .ok()
        .stdout_is(&format!("sha256:{bb}"));
    // bb is used by a container: even -a keeps it.
    store.skiff(&["image", "prune", "-a", "-f"]).ok().stdout_is("");
    store.skiff(&["rm", "user"]).ok();
    store.skiff(&["image", "prune", "-a", "-f"]).ok().stdout_is(&bb);
    store.skiff(&["images", "-q"]).ok().stdout_is("");
}

#[test]
fn image_prune_filters_and_rmi_ignore() {
    let store = Store::new();
    store.load_layered();
    let fixtures = fixtures();
    let bb = store.import(&fixtures.busybox_rootfs, "bb", &["LABEL keep=yes"]);
    store.import(&fixtures.busybox_rootonly, "gone", &[]);
    store.skiff(&["untag", "gone"]).ok();
    let prune = |filters: &[&str]| {
        let mut args = vec!["image", "prune", "-f"];
        for f in filters {
            args.extend(["--filter", f]);
        }
        store.skiff(&args)
    };
    // The dangling image was made after 2000 and has no label keep.
    prune(&["until=2000-01-01T00:00:00Z"]).ok().stdout_is("");
    prune(&["label=keep"]).ok().stdout_is("");
    let pruned = prune(&["until=2999-01-01T00:00:00Z", "label!=keep"]);
    pruned.ok().check(pruned.lines().len() == 1, "removes the dangling image, made before 2999 and without label keep");
    // -a with a filter: the unlabelled unused image goes, the labelled one stays.
    prune(&["label!=keep=yes"]).ok().stdout_is("");
    let layered = image_id(&store, LAYERED);
    store.skiff(&["image", "prune", "-a", "-f", "--filter", "label!=keep=yes"]).ok().stdout_is(&layered);
    store.skiff(&["images", "-q", "--no-trunc"]).ok().stdout_is(&format!("sha256:{bb}"));
    prune(&["dangling=true"]).code(125).stderr_has("invalid image filter");
    // No other tool's containers are in skiff's store: --external prunes as without it.
    store.skiff(&["image", "prune", "--external", "-f"]).ok().stdout_is("");
    // rmi --ignore: a missing image is no error; the others are removed.
    store.skiff(&["rmi", "nothere"]).code(1).stderr_has("nothere");
    store.skiff(&["rmi", "-i", "nothere"]).ok().stdout_is("");
    store.skiff(&["rmi", "--ignore", "--no-prune", "nothere", "bb"]).ok().stdout_has(&format!("Deleted: {bb}"));
    store.skiff(&["images", "-q"]).ok().stdout_is("");
}

#[test]
fn images_filters() {
    let store = Store::new();
    store.load_layered();
    let fixtures = fixtures();
    store.import(&fixtures.busybox_rootfs, "bb", &["LABEL tier=base"]);
    store.skiff(&["tag", "bb", "quay.io/x/tool:1"]).ok();
    store.import(&fixtures.busybox_rootonly, "gone", &[]);
    store.skiff(&["untag", "gone"]).ok();
    let repositories = |filters: &[&str]| {
        let mut args = vec!["images", "--format", "json"];
        for f in filters {
            args.extend(["--filter", f]);
        }
        let out = store.skiff(&args);
        let v: serde_json::Value = serde_json::from_str(&out.ok().stdout).unwrap();
        let mut names: Vec<String> = v
            .as_array()
            .unwrap()
            .iter()
            .map(|i| {
                i["Names"]
                    .as_array()
                    .and_then(|n| n.first())
                    .and_then(|n| n.as_str())
                    .unwrap_or("<none>")
                    .to_string()
            })
            .collect();
        names.sort();
        names
    };
    assert_eq!(repositories(&["dangling=true"]), ["<none>"]);
    assert_eq!(repositories(&["dangling=false"]), [BB, LAYERED]);
    assert_eq!(repositories(&["reference=layered"]), [LAYERED]);
    assert_eq!(repositories(&["reference=quay.io/*/*"]), [BB]);
    assert_eq!(repositories(&["reference=tool:1"]), [BB]);
    assert_eq!(repositories(&["label=tier"]), [BB]);
    assert_eq!(repositories(&["label=tier=base", "dangling=false"]), [BB]);
    assert!(repositories(&["label=tier=other"]).is_empty());
    assert_eq!(repositories(&["label!=tier"]), ["<none>", LAYERED]);
    assert!(repositories(&["until=2000-01-01T00:00:00Z"]).is_empty(), "every image was made after 2000");
    assert_eq!(repositories(&["until=2999-01-01T00:00:00Z", "label=tier"]), [BB]);
    // One row a name, ordered by the --sort column as podman.
    let column = |sort: &str, field: &str| {
        let out = store.skiff(&["images", "--sort", sort, "--format", field]);
        out.ok().lines()
    };
    assert_eq!(column("repository", "{{.Repository}}"), ["<none>", "localhost/bb", "localhost/layered", "quay.io/x/tool"]);
    assert_eq!(column("tag", "{{.Tag}}"), ["1", "<none>", "latest", "latest"]);
    let ids = column("id", "{{.ID}}");
    let mut sorted_ids = ids.clone();
    sorted_ids.sort();
    assert_eq!(ids, sorted_ids, "--sort id lists ids in ascending order");
    store.skiff(&["images", "--sort", "name"]).code(125).stderr_has("--sort");
    // --history: the names the image has had, most recent first.
    store
        .skiff(&["images", "--history", "--filter", "label=tier"])
        .ok()
        .stdout_has("HISTORY")
        .stdout_has("quay.io/x/tool:1, localhost/bb:latest");
    store
        .skiff(&["images", "--filter", "size=1"])
        .code(125)
        .stderr_has("invalid image filter");
}

/// The full image id (64 hex) `reference` names in the store.
#[track_caller]
fn image_id(store: &Store, reference: &str) -> String {
    let out = store.skiff(&["image", "inspect", "--format", "{{.Id}}", reference]);
    out.ok().stdout.trim().trim_start_matches("sha256:").to_string()
}

#[test]
fn save_rmi_load_round_trips_every_format_with_the_same_id() {
    let store = Store::new();
    store.load_layered();
    let id = image_id(&store, LAYERED);
    for (format, named) in [("docker-archive", true), ("oci-archive", true), ("oci-dir", true), ("docker-dir", false)] {
        let path = store.home.join(format!("saved-{format}")).display().to_string();
        let saved = store.skiff(&["save", "--format", format, "-o", &path, "layered"]);
        saved.ok().stdout_is("");
        // Without a terminal, a line per blob once it is copied, as pull says it.
        let lines = saved.stderr.lines().collect::<Vec<_>>();
        saved.check(lines.iter().filter(|l| l.starts_with("Copying blob ") && l.ends_with(" done")).count() == 2, "a line per layer");
        saved.check(lines.contains(&&*format!("Copying config {} done", &id[..12])), "a line for the config");
        store.skiff(&["rmi", "layered"]).ok();
        store.skiff(&["image", "exists", &id]).code(1);
        let loaded = store.skiff(&["load", "-i", &path]);
        let shown = if named { LAYERED.to_string() } else { format!("sha256:{id}") };
        loaded.ok().stdout_is(&format!("Loaded image: {shown}"));
        assert_eq!(image_id(&store, &id), id, "{format}: the loaded image must have the saved id");
        if !named {
            store.skiff(&["tag", &id, LAYERED]).ok();
        }
        store.skiff(&["run", "--rm", "layered", "cat", "/data/keep", "/opq/new"]).ok().stdout_is("keep\nnew");
    }
    // A directory format does not overwrite what is there.
    let taken = store.home.join("saved-oci-dir").display().to_string();
    store.skiff(&["save", "--format", "oci-dir", "-o", &taken, "layered"]).code(125).stderr_has("already exists");
}

#[test]
fn save_several_images_to_stdout_and_load_them_from_stdin() {
    let store = Store::new();
    store.load_layered();
    let bb = store.import_busybox("bb");
    let layered = image_id(&store, LAYERED);
    // Without -o the archive goes to standard output, never to a terminal.
    store.bash("skiff save layered bb > both.tar && skiff save -m layered bb | cat > both-m.tar").ok();
    let both = std::fs::read(store.home.join("both.tar")).unwrap();
    assert_eq!(both, std::fs::read(store.home.join("both-m.tar")).unwrap(), "saving twice gives the same archive");
    store.skiff(&["rmi", "layered", "bb"]).ok();
    let loaded = store.skiff_stdin(&["load"], &both);
    loaded.ok().stdout_is(&format!("Loaded image: {LAYERED}\nLoaded image: {BB}"));
    assert_eq!(image_id(&store, LAYERED), layered);
    assert_eq!(image_id(&store, BB), bb);
    store.skiff(&["run", "--rm", "bb", "echo", "ok"]).ok().stdout_is("ok");
    // A compressed archive loads too.
    store.bash("gzip -c both.tar > both.tar.gz && skiff rmi -a >/dev/null && skiff load -q -i both.tar.gz").ok();
    assert_eq!(image_id(&store, LAYERED), layered);

    let terminal = store.bash_input("script -qec 'skiff save layered; echo \"rc=$?\"' /dev/null", Input::Open);
    let text = terminal.ok().stdout.replace('\r', "");
    terminal.check(text.contains("refusing to save to terminal. Use -o flag or redirect"), "podman's message");
    terminal.check(text.lines().any(|l| l.trim() == "rc=125"), "exit 125");
}

#[test]
fn save_and_load_refuse_bad_input_and_change_nothing() {
    let store = Store::new();
    store.load_layered();
    store.import_busybox("bb");
    let listing = || store.skiff(&["images", "--no-trunc", "--format", "{{.ID}} {{.Repository}}:{{.Tag}}"]).ok().stdout.clone();
    let before = listing();
    store.skiff(&["save", "-o", "x.tar", "nothere"]).code(125).stderr_has("nothere: image not known");
    store
        .skiff(&["save", "--format", "oci-archive", "-o", "x.tar", "layered", "bb"])
        .code(125)
        .stderr_has("unsupported format \"oci-archive\" for saving multiple images (only docker-archive)");
    store.skiff(&["save", "--format", "oci-dir", "layered"]).code(125).stderr_has("-o");
    store.skiff(&["save", "--format", "tar", "-o", "x.tar", "layered"]).code(125).stderr_has("tar");
    store.skiff(&["save", "-o", "nodir/x.tar", "layered"]).code(125).stderr_has("directory nodir does not exist");
    assert!(!store.home.join("x.tar").exists(), "a refused save writes nothing");
    store.write_file("junk.tar", "not an archive at all");
    store.skiff(&["load", "-i", "junk.tar"]).code(125).stderr_has("junk.tar");
    store.skiff(&["load", "-i", "missing.tar"]).code(125).stderr_has("missing.tar");
    // An archive whose layer does not match its config's diff id.
    store.bash("skiff save layered > good.tar && mkdir bad && tar -C bad -xf good.tar").ok();
    let bad = store.home.join("bad");
    let layer = std::fs::read_dir(&bad)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|x| x == "tar"))
        .unwrap();
    let mut data = std::fs::read(&layer).unwrap();
    data[600] ^= 1;
    std::fs::write(&layer, data).unwrap();
    store.bash("cd bad && tar -cf ../bad.tar * && cd .. && skiff rmi layered >/dev/null").ok();
    store.skiff(&["load", "-i", "bad.tar"]).code(125).stderr_has("bad.tar");
    store.skiff(&["image", "exists", "layered"]).code(1);
    store.skiff(&["load", "-i", "good.tar"]).ok();
    assert_eq!(listing(), before, "the store is as it was");
}

#[test]
fn archives_written_by_podman_load_and_podman_loads_skiffs() {
    if skiff_bin().ends_with("podman") {
        return;
    }
    // The test is about podman: without it, it fails rather than passing
    // on nothing.
    let found = std::process::Command::new("podman").arg("--version").output();
    assert!(found.is_ok_and(|out| out.status.success()), "podman is not installed: this test needs podman (Debian: podman)");
    let store = Store::new();
    store.load_layered();
    let id = image_id(&store, LAYERED);
    let pod = store.dir.join("podman");
    let layered = fixtures().layered_archive.display().to_string();
    podman_in(&pod, &["load", "-q", "-i", &layered]).ok();
    for format in ["docker-archive", "oci-archive", "oci-dir", "docker-dir"] {
        // podman → skiff.
        let from_podman = store.home.join(format!("podman-{format}"));
        podman_in(&pod, &["save", "-q", "--format", format, "-o", &from_podman.display().to_string(), LAYERED]).ok();
        std::process::Command::new("chmod").arg("-R").arg("a+rX").arg(&from_podman).status().unwrap();
        store.skiff(&["rmi", "-a", "-f"]).ok();
        store.skiff(&["load", "-i", &from_podman.display().to_string()]).ok().stdout_has("Loaded image: ");
        let loaded = store.skiff(&["images", "-q", "--no-trunc"]).ok().stdout.trim().to_string();
        if format.starts_with("docker") {
            // podman writes OCI configs for the OCI formats: another id there.
            assert_eq!(loaded, format!("sha256:{id}"), "{format} from podman keeps the id");
        }
        store.skiff(&["run", "--rm", loaded.trim_start_matches("sha256:"), "cat", "/data/keep", "/opq/new"]).ok().stdout_is("keep\nnew");

        // skiff → podman.
        store.skiff(&["rmi", "-a", "-f"]).ok();
        store.load_layered();
        let from_skiff = store.home.join(format!("skiff-{format}")).display().to_string();
        store.skiff(&["save", "-q", "--format", format, "-o", &from_skiff, LAYERED]).ok();
        podman_in(&pod, &["rmi", "-a", "-f"]).ok();
        // podman names an image from an oci-dir by its path, which must be
        // lowercase then: the store's directory name is not.
        let lowercase = std::path::PathBuf::from(format!("/tmp/skiff-ci/podman-loads-{}-{format}", std::process::id()));
        std::process::Command::new("cp").arg("-a").arg(&from_skiff).arg(&lowercase).status().unwrap();
        let loaded = podman_in(&pod, &["load", "-q", "-i", &lowercase.display().to_string()]);
        let _ = std::process::Command::new("rm").arg("-rf").arg(&lowercase).status();
        loaded.ok().stdout_has("Loaded image");
        podman_in(&pod, &["images", "-q", "--no-trunc"]).ok().stdout_is(&format!("sha256:{id}"));
        podman_in(&pod, &["load", "-q", "-i", &layered]).ok();
    }
    // Several images in one archive, both ways.
    store.import_busybox("bb");
    let both = store.home.join("both.tar").display().to_string();
    store.skiff(&["save", "-o", &both, "layered", "bb"]).ok();
    podman_in(&pod, &["rmi", "-a", "-f"]).ok();
    podman_in(&pod, &["load", "-i", &both]).ok().stdout_has(&format!("Loaded image: {LAYERED}")).stdout_has(&format!("Loaded image: {BB}"));
    let podman_both = store.home.join("podman-both.tar");
    podman_in(&pod, &["save", "-q", "-m", "-o", &podman_both.display().to_string(), LAYERED, BB]).ok();
    std::process::Command::new("chmod").arg("a+r").arg(&podman_both).status().unwrap();
    store.skiff(&["rmi", "-a", "-f"]).ok();
    let loaded = store.skiff(&["load", "-i", &podman_both.display().to_string()]);
    loaded.ok().stdout_has(&format!("Loaded image: {LAYERED}")).stdout_has(&format!("Loaded image: {BB}"));
    assert_eq!(image_id(&store, LAYERED), id);
}

#[test]
fn history_shows_podmans_columns_and_formats() {
    let store = Store::new();
    store.load_layered();
    let id = image_id(&store, LAYERED);
    let out = store.skiff(&["history", "layered"]);
    let lines = out.ok().lines();
    let header: Vec<&str> = lines[0].split("  ").map(str::trim).filter(|c| !c.is_empty()).collect();
    assert_eq!(header, ["ID", "CREATED", "CREATED BY", "SIZE", "COMMENT"]);
    assert_eq!(lines.len(), 3, "one row per history entry");
    out.check(lines[1].starts_with(&id[..12]) && lines[1].contains("delete /data/gone, make /opq opaque"), "newest first, with the image id");
    out.check(lines[2].starts_with("<missing>") && lines[2].contains("busybox rootfs"), "older entries have no id");
    out.check(lines[1].contains("ago"), "CREATED is human by default");
    store.skiff(&["history", "-q", "layered"]).ok().stdout_is(&format!("{}\n<missing>", &id[..12]));
    store.skiff(&["image", "history", "-q", "--no-trunc", "layered"]).ok().stdout_is(&format!("{id}\n<missing>"));
    store.skiff(&["history", "-H=false", "layered"]).ok().stdout_has("2024-01-01T00:00:00Z");
    let template = store.skiff(&["history", "--format", "{{.ID}}|{{.CreatedBy}}|{{.Size}}|{{.CreatedAt}}", "layered"]);
    template.ok().stdout_is(&format!(
        "{}|delete /data/gone, make /opq opaque|4.1 kB|2024-01-01 00:00:00 +0000 UTC\n<missing>|busybox rootfs, /data and /opq|2.13 MB|2024-01-01 00:00:00 +0000 UTC",
        &id[..12]
    ));
    let json = store.skiff(&["history", "--format", "json", "layered"]);
    let v: serde_json::Value = serde_json::from_str(&json.ok().stdout).unwrap_or_else(|e| json.fail(&format!("not JSON: {e}")));
    assert_eq!(v[0]["id"], id.as_str());
    assert_eq!(v[0]["CreatedBy"], "delete /data/gone, make /opq opaque");
    assert_eq!(v[0]["size"], 4096);
    assert_eq!(v[1]["id"], "<missing>");
    assert_eq!(v[1]["created"], "2024-01-01T00:00:00Z");
    store.skiff(&["history", "nothere"]).code(125).stderr_has("nothere: image not known");
}

#[test]
fn commit_makes_an_image_of_a_containers_changes() {
    let store = Store::new();
    store.load_layered();
    store.skiff(&["run", "--name", "c1", "-e", "FOO=bar", "-w", "/data", "layered", "sh", "-c", "echo hi > /new; rm /data/keep"]).ok();
    let out = store.skiff(&["commit", "-q", "-m", "made by hand", "-a", "Me <me@example.com>", "-c", "LABEL k=v", "-c", "CMD [\"cat\", \"/new\"]", "c1", "committed"]);
    let id = out.ok().stdout.trim().to_string();
    out.check(is_image_id(&id), "commit prints the new image id");
    store.skiff(&["run", "--rm", "committed"]).ok().stdout_is("hi");
    // The container's deletion, environment and working directory carry over.
    store.skiff(&["run", "--rm", "committed", "sh", "-c", "ls /data; echo $FOO; pwd"]).ok().stdout_is("bar\n/data");
    let inspect = store.skiff(&["image", "inspect", "--format", "{{.Author}}|{{.Comment}}|{{.Config.Labels}}", "committed"]);
    inspect.ok().stdout_is("Me <me@example.com>|made by hand|map[k:v]");
    let history = store.skiff(&["history", "--no-trunc", "--format", "{{.ID}}|{{.CreatedBy}}|{{.Comment}}", "committed"]);
    let rows = history.ok().lines();
    history.check(rows.len() == 3, "one new entry above the image's two");
    history.check(rows[0] == format!("{id}|sh -c echo hi > /new; rm /data/keep|made by hand"), "the new entry names the container's command and the message");

    // A running container, paused while its changes are read, runs on.
    store.skiff(&["run", "-d", "--name", "c2", "layered", "sh", "-c", "echo live > /live; i=0; while true; do i=$((i+1)); echo $i > /tick; sleep 0.1; done"]).ok();
    store.bash("for i in $(seq 50); do skiff exec c2 test -e /tick && exit 0; sleep 0.1; done; exit 1").ok();
    store.skiff(&["commit", "-q", "--pause", "c2", "live"]).ok();
    store.bash("a=$(skiff exec c2 cat /tick); sleep 0.5; b=$(skiff exec c2 cat /tick); test \"$a\" != \"$b\"").ok();
    store.skiff(&["run", "--rm", "live", "cat", "/live"]).ok().stdout_is("live");
    store.skiff(&["container", "commit", "-q", "c2"]).ok();
    store.skiff(&["rm", "-f", "c2"]).ok();

    let images = store.skiff(&["images", "-q"]).ok().stdout.clone();
    store.skiff(&["commit", "nothere", "x"]).code(125).stderr_has("no such container");
    store.skiff(&["commit", "c1", "Bad:Name"]).code(125).stderr_has("invalid reference format");
    store.skiff(&["commit", "-c", "BOGUS x", "c1", "x"]).code(125).stderr_has("invalid change \"BOGUS x\"");
    assert_eq!(store.skiff(&["images", "-q"]).ok().stdout, images, "a refused commit stores nothing");

    let copied = Store::new().with_driver("copy");
    copied.import_busybox("bb");
    copied.skiff(&["run", "--name", "c", "bb", "true"]).ok();
    copied.skiff(&["commit", "c", "x"]).code(125).stderr_has("overlay storage driver");
}
