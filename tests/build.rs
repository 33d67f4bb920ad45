//! Issue 7: `skiff build` from Containerfiles and Dockerfiles, rootless,
//! with a layer cache.

use crate::common;
use common::build::{build, built_id, ctx};
use common::registry::Registry;
use common::*;

/// A store with busybox imported as `bb` and a build context `ctx/` holding
/// `files` (relative path, content).
fn with_context(files: &[(&str, &str)]) -> Store {
    common::build::with_context(Store::new(), files)
}

#[test]
fn run_copy_and_metadata_take_effect() {
    let store = with_context(&[
        ("Containerfile", "FROM bb\n# a comment\nRUN echo built > /made && \\\n    mkdir -p /srv/app\nCOPY hello.txt /srv/app/\nENV GREETING=hi \\\n    OTHER=\"two words\"\nWORKDIR /srv/app\nUSER 1000:1000\nEXPOSE 8080\nLABEL stage=test\nENTRYPOINT [\"/bin/sh\", \"-c\"]\nCMD [\"echo $GREETING $(cat hello.txt) $(cat /made) $(pwd) $(id -u) $OTHER\"]\n"),
        ("hello.txt", "world\n"),
    ]);
    let out = build(&store, &["-t", "app"]);
    let id = built_id(&out);
    out.stdout_has("STEP 1/10: FROM bb").stdout_has("STEP 2/10: RUN echo built").stdout_has("COMMIT app");
    out.check(out.lines().iter().any(|l| l.starts_with("--> ")), "each step prints --> ID");
    store.skiff(&["run", "--rm", "app"]).ok().stdout_is("hi world built /srv/app 1000 two words");
    store.skiff(&["images", "-q", "--no-trunc"]).ok().stdout_has(&id);
    let inspect = store.skiff(&["inspect", "--format", "{{.Config.ExposedPorts}} {{.Config.Labels}}", "app"]);
    inspect.ok().stdout_has("8080/tcp").stdout_has("stage:test");
}

#[test]
fn multi_stage_copies_from_an_earlier_stage_into_scratch() {
    let store = with_context(&[(
        "Dockerfile",
        "FROM bb AS builder\nRUN mkdir /out && echo from-builder > /out/result\n\nFROM scratch\nCOPY --from=builder /bin/busybox /bin/busybox\nCOPY --from=builder /out/result /result\nCMD [\"/bin/busybox\", \"cat\", \"/result\"]\n",
    )]);
    let out = build(&store, &["-t", "multi"]);
    built_id(&out);
    out.stdout_has("[1/2] STEP 1/2: FROM bb AS builder").stdout_has("[2/2] STEP 1/4: FROM scratch");
    store.skiff(&["run", "--rm", "multi"]).ok().stdout_is("from-builder");
    // Only the copied files: no shell in the final image.
    let ls = store.skiff(&["run", "--rm", "multi", "/bin/busybox", "ls", "/"]);
    ls.ok().check(ls.stdout.contains("result") && !ls.stdout.contains("usr"), "the image holds only the copied files");
}

/// Issue 7 acceptance 1: a multi-stage build into a busybox-based stage
/// builds, runs, and `history` shows its steps.
#[test]
fn multi_stage_into_busybox_runs_and_history_shows_the_steps() {
    let store = with_context(&[(
        "Dockerfile",
        "FROM bb AS builder\nRUN mkdir /out && echo made-in-stage-one > /out/result\n\nFROM bb\nCOPY --from=builder /out/result /result\nENV SHOWN=yes\nCMD [\"cat\", \"/result\"]\n",
    )]);
    let id = built_id(&build(&store, &["-t", "staged"]));
    store.skiff(&["run", "--rm", "staged"]).ok().stdout_is("made-in-stage-one");
    let history = store.skiff(&["history", "--no-trunc", "--format", "{{.ID}}|{{.CreatedBy}}|{{.Size}}", "staged"]);
    let rows = history.ok().lines();
    // Newest first: the final stage's three steps above bb's own entry;
    // the builder stage's RUN is not part of this image.
    history.check(rows.len() == 4, "three steps of the final stage and the base image's entry");
    history.check(rows[0].starts_with(&format!("{id}|")) && rows[0].contains("CMD [\"cat\", \"/result\"]"), "CMD is the newest, with the image id");
    history.check(rows[1].contains("ENV SHOWN=yes") && rows[1].ends_with("|0 B"), "ENV made no layer");
    history.check(rows[2].contains("COPY") && rows[2].contains("/result") && !rows[2].ends_with("|0 B"), "COPY made a layer");
    history.check(!history.stdout.contains("made-in-stage-one") && !history.stdout.contains("mkdir /out"), "the builder stage's steps are not in the final image");
    let table = store.skiff(&["history", "staged"]);
    table.ok().check(table.lines()[0].split_whitespace().collect::<Vec<_>>() == ["ID", "CREATED", "CREATED", "BY", "SIZE", "COMMENT"], "podman's columns");
}

#[test]
fn target_stops_at_the_named_stage() {
    let store = with_context(&[(
        "Containerfile",
        "FROM bb AS first\nRUN echo one > /stage\nFROM first AS second\nRUN echo two > /stage\n",
    )]);
    built_id(build(&store, &["-t", "t", "--target", "first"]).stdout_has("STEP 2/2: RUN echo one"));
    store.skiff(&["run", "--rm", "t", "cat", "/stage"]).ok().stdout_is("one");
    build(&store, &["-t", "t", "--target", "nope"]).code(125).stderr_has("nope");
}

#[test]
fn failing_run_names_the_step_and_leaves_nothing() {
    let store = with_context(&[("Containerfile", "FROM bb\nRUN echo partial > /p\nRUN false\nCMD [\"true\"]\n")]);
    let before = store.skiff(&["images", "-a", "-q"]).ok().stdout.clone();
    let out = build(&store, &["-t", "broken"]);
    out.code(1).stderr_has("RUN false").stderr_has("exit status 1");
    // -a lists intermediate and untagged images too: no partial image either.
    store.skiff(&["images", "-a", "-q"]).ok().stdout_is(before.trim());
    store.skiff(&["ps", "-a", "-q"]).ok().stdout_is("");
    let leftovers: Vec<String> = std::fs::read_dir(&store.skiff_root())
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".tmp-build"))
        .collect();
    assert!(leftovers.is_empty(), "temporary build directories left: {leftovers:?}");
}

#[test]
fn build_args_and_variable_expansion() {
    let store = with_context(&[(
        "Containerfile",
        "ARG BASE=bb\nFROM $BASE\nARG WHO=nobody\nARG UNSET\nENV DIR=/opt/${WHO} ALT=${UNSET:-fallback} PLUS=${WHO:+set}\nRUN echo \"$WHO\" > /who\nWORKDIR $DIR\nCMD [\"sh\", \"-c\", \"echo $ALT $PLUS $(pwd) $(cat /who)\"]\n",
    )]);
    built_id(&build(&store, &["-t", "args", "--build-arg", "WHO=me"]));
    store.skiff(&["run", "--rm", "args"]).ok().stdout_is("fallback set /opt/me me");
}

#[test]
fn copy_wildcards_directories_chown_and_chmod() {
    let store = with_context(&[
        ("Containerfile", "FROM bb\nCOPY *.txt /dest/\nCOPY --chown=12:34 --chmod=600 dir /tree\nCMD [\"sh\", \"-c\", \"ls /dest; stat -c '%u:%g %a' /tree/sub/f; cat /tree/sub/f\"]\n"),
        ("a.txt", "a"),
        ("b.txt", "b"),
        ("c.md", "c"),
        ("dir/sub/f", "inner\n"),
    ]);
    built_id(&build(&store, &["-t", "cp"]));
    store.skiff(&["run", "--rm", "cp"]).ok().stdout_is("a.txt\nb.txt\n12:34 600\ninner");
}

#[test]
fn file_from_stdin_and_quiet_with_iidfile() {
    let store = with_context(&[("note", "n")]);
    let iid = store.home.join("iid");
    let out = store.skiff_stdin(
        &["build", "-q", "-f", "-", "--iidfile", &iid.display().to_string(), &ctx(&store)],
        b"FROM bb\nCOPY note /note\n",
    );
    out.ok();
    let id = out.stdout.trim().to_string();
    out.check(is_image_id(&id) && out.lines().len() == 1, "-q prints only the image id");
    assert_eq!(std::fs::read_to_string(iid).unwrap(), format!("sha256:{id}"));
}

#[test]
fn bad_input_is_one_clear_error() {
    let store = with_context(&[("Containerfile", "FROM bb\nBOGUS x\n")]);
    build(&store, &[]).code(125).stderr_has("BOGUS");
    store.write_file("ctx/Containerfile", "RUN true\n");
    build(&store, &[]).code(125).stderr_has("FROM");
    store.write_file("ctx/Containerfile", "FROM nosuchimage\n");
    build(&store, &[]).code(125).stderr_has("nosuchimage");
    store.write_file("ctx/Containerfile", "FROM bb\nCOPY missing /x\n");
    build(&store, &[]).code(125).stderr_has("missing");
    build(&store, &["-t", "Bad Name"]).code(125);
}

#[test]
fn cached_rebuild_runs_nothing_and_gives_the_same_image() {
    let store = with_context(&[
        ("Containerfile", "FROM bb\nRUN echo ONE-$((10+1)) | tee /one\nCOPY data /data\nRUN echo TWO-$((20+2)) | tee /two\nENV X=1\n"),
        ("data", "first\n"),
    ]);
    let first = build(&store, &["-t", "c"]);
    let id = built_id(&first);
    first.stdout_has("ONE-11").stdout_has("TWO-22");

    let again = build(&store, &["-t", "c"]);
    again.check(!again.stdout.contains("ONE-11") && !again.stdout.contains("TWO-22"), "a cached rebuild runs no RUN step");
    again.stdout_has("--> Using cache");
    assert_eq!(built_id(&again), id, "a cached rebuild gives the same image id");

    // Touching a file without changing it keeps the cache.
    let data = store.home.join("ctx/data");
    std::fs::File::options().append(true).open(&data).unwrap().set_modified(std::time::SystemTime::now()).unwrap();
    assert_eq!(built_id(&build(&store, &["-t", "c"])), id);

    // Changing it rebuilds from the COPY on.
    store.write_file("ctx/data", "second\n");
    let changed = build(&store, &["-t", "c"]);
    let changed_id = built_id(&changed);
    changed.check(!changed.stdout.contains("ONE-11") && changed.stdout.contains("TWO-22"), "steps before the COPY come from the cache");
    assert_ne!(changed_id, id);
    store.skiff(&["run", "--rm", "c", "cat", "/data"]).ok().stdout_is("second");

    let fresh = build(&store, &["-t", "c", "--no-cache"]);
    built_id(&fresh);
    fresh.check(fresh.stdout.contains("ONE-11") && !fresh.stdout.contains("Using cache"), "--no-cache runs every step");
}

#[test]
fn ignore_file_hides_context_files_with_exceptions() {
    let store = with_context(&[
        ("Containerfile", "FROM bb\nCOPY . /ctx/\nCMD [\"sh\", \"-c\", \"cd /ctx && find . -type f | sort\"]\n"),
        (".dockerignore", "# build junk\n*.log\nsecret\n!keep.log\n"),
        ("a.log", "x"),
        ("keep.log", "x"),
        ("secret/key", "x"),
        ("src/main.c", "x"),
    ]);
    built_id(&build(&store, &["-t", "ign"]));
    store.skiff(&["run", "--rm", "ign"]).ok().stdout_is("./.dockerignore\n./Containerfile\n./keep.log\n./src/main.c");
    store.write_file("ctx/Containerfile", "FROM bb\nCOPY secret/key /key\n");
    build(&store, &[]).code(125).stderr_has("secret/key");
    // .containerignore wins over .dockerignore.
    store.write_file("ctx/.containerignore", "src\n");
    store.write_file("ctx/Containerfile", "FROM bb\nCOPY secret/key /key\n");
    built_id(&build(&store, &[]));
}

#[test]
fn add_unpacks_local_archives_and_refuses_urls() {
    let store = with_context(&[("Containerfile", "FROM bb\nADD bundle.tar.gz /opt/\nADD plain.txt /plain\n"), ("plain.txt", "p\n")]);
    let mut tar = TarBuilder::new();
    tar.dir("pkg", 0o755, 0, 0).file("pkg/hello", 0o644, 0, 0, b"from the archive\n");
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    std::io::Write::write_all(&mut gz, &tar.finish()).unwrap();
    let path = store.home.join("ctx/bundle.tar.gz");
    std::fs::write(&path, gz.finish().unwrap()).unwrap();
    std::os::unix::fs::chown(&path, Some(TEST_UID), Some(TEST_UID)).unwrap();
    built_id(&build(&store, &["-t", "added"]));
    store.skiff(&["run", "--rm", "added", "cat", "/opt/pkg/hello", "/plain"]).ok().stdout_is("from the archive\np");

    store.write_file("ctx/Containerfile", "FROM bb\nADD https://example.com/file.txt /f\n");
    build(&store, &[]).code(125).stderr_has("https://example.com/file.txt");
}

#[test]
fn healthcheck_is_written_for_containers_to_use() {
    let store = with_context(&[(
        "Containerfile",
        "FROM bb\nHEALTHCHECK --interval=1s --retries=2 CMD test -e /tmp/ok\nCMD [\"sh\", \"-c\", \"touch /tmp/ok; sleep 60\"]\n",
    )]);
    built_id(&build(&store, &["-t", "hc"]));
    store.skiff(&["run", "-d", "--name", "checked", "hc"]).ok();
    let healthy = (0..50).any(|_| {
        std::thread::sleep(std::time::Duration::from_millis(200));
        store.skiff(&["healthcheck", "run", "checked"]).code == 0
    });
    assert!(healthy, "the image's HEALTHCHECK must run in its containers");
    store.skiff(&["rm", "-f", "checked"]).ok();
}

#[test]
fn onbuild_triggers_run_in_the_child_build() {
    let store = with_context(&[("Containerfile", "FROM bb\nONBUILD RUN echo triggered > /trigger\n")]);
    built_id(&build(&store, &["-t", "parent"]));
    store.write_file("ctx/Containerfile", "FROM parent\nWORKDIR /w\nCOPY Containerfile .\n");
    built_id(&build(&store, &["-t", "child"]));
    store.skiff(&["run", "--rm", "child", "cat", "/trigger", "/w/Containerfile"]).ok().stdout_has("triggered\nFROM parent");
    store.skiff(&["run", "--rm", "parent", "test", "-e", "/trigger"]).code(1);
}

#[test]
fn shell_sets_the_shell_form_for_later_stages_too() {
    let store = with_context(&[(
        "Containerfile",
        "FROM bb AS base\nSHELL [\"/bin/echo\", \"via\"]\nRUN first\nFROM base\nRUN second\nCMD third\n",
    )]);
    let out = build(&store, &["-t", "sh"]);
    built_id(&out);
    out.stdout_has("via first").stdout_has("via second");
    store.skiff(&["run", "--rm", "sh"]).ok().stdout_is("via third");
}

/// The DIGEST column of `images --digests` for `repository`.
fn listed_digest(store: &Store, repository: &str) -> String {
    let images = store.skiff(&["images", "--digests", "--format", "{{.Repository}} {{.Digest}}"]);
    images.ok();
    let line = images.lines().into_iter().find(|l| l.starts_with(&format!("{repository} "))).unwrap_or_else(|| images.fail(&format!("{repository} is not listed")));
    line.split_whitespace().nth(1).unwrap_or_default().to_string()
}

#[test]
fn built_image_pushes_and_pulls_into_an_empty_store_with_the_same_digest() {
    let registry = Registry::start();
    let store = with_context(&[
        ("Containerfile", "FROM bb AS build\nRUN echo compiled > /artifact\nFROM bb\nCOPY --from=build /artifact /app/artifact\nCOPY note /app/note\nRUN cat /app/artifact /app/note > /app/both\nCMD [\"cat\", \"/app/both\"]\n"),
        ("note", "noted\n"),
    ]);
    let id = built_id(&build(&store, &["-t", "built:v1"]));
    let destination = format!("{}/built:v1", registry.host);
    store.skiff(&["push", "--tls-verify=false", "built:v1", &format!("docker://{destination}")]).ok();
    let digest = registry.manifest_digest("built", "v1");

    let empty = Store::new();
    empty.skiff(&["pull", "--tls-verify=false", &destination]).ok();
    empty.skiff(&["run", "--rm", &destination]).ok().stdout_is("compiled\nnoted");
    assert_eq!(listed_digest(&empty, &format!("{}/built", registry.host)), digest, "the pulled image has the registry's digest");
    empty.skiff(&["images", "-q", "--no-trunc"]).ok().stdout_has(&id);
    store.skiff(&["tag", "built:v1", &destination]).ok();
    assert_eq!(listed_digest(&store, &format!("{}/built", registry.host)), digest, "the built image pushed as the same manifest");
}

#[test]
fn heredocs_run_as_scripts_and_stdin_and_copy_as_files() {
    let store = with_context(&[(
        "Containerfile",
        concat!(
            "FROM bb\n",
            "ARG WHO=builder\n",
            "RUN <<EOF\n",
            "echo first > /first\n",
            "# a comment line of the script, not of the Containerfile\n",
            "echo \"second $WHO\" >> /first\n",
            "EOF\n",
            "RUN <<-EOT cat > /tabs && <<'RAW' cat > /raw\n",
            "\tindented\n",
            "\tEOT\n",
            "no $expansion here\n",
            "RAW\n",
            "RUN <<EOF\n",
            "#!/bin/sh -e\n",
            "echo \"script $0\" > /script\n",
            "EOF\n",
            "RUN sh <<EOF\n",
            "echo from-stdin > /stdin\n",
            "EOF\n",
            "COPY <<EOF /etc/greeting\n",
            "hello $WHO\n",
            "EOF\n",
            "COPY --chmod=600 <<\"A\" <<B /dir/\n",
            "a $WHO\n",
            "A\n",
            "b $WHO\n",
            "B\n",
        ),
    )]);
    let first = build(&store, &["-t", "here"]);
    let id = built_id(&first);
    let script = "cat /first /tabs /raw /script /stdin /etc/greeting /dir/A /dir/B; stat -c %a /dir/A";
    store
        .skiff(&["run", "--rm", "here", "sh", "-c", script])
        .ok()
        .stdout_is("first\nsecond builder\nindented\nno $expansion here\nscript /dev/pipes/EOF\nfrom-stdin\nhello builder\na $WHO\nb builder\n600");
    // The here-documents are part of the cache key: unchanged, all cached; changed, run again.
    assert_eq!(built_id(&build(&store, &["-t", "here"])), id);
    let text = std::fs::read_to_string(store.home.join("ctx/Containerfile")).unwrap();
    store.write_file("ctx/Containerfile", &text.replace("from-stdin", "changed-stdin"));
    assert_ne!(built_id(&build(&store, &["-t", "here"])), id);
    store.skiff(&["run", "--rm", "here", "cat", "/stdin"]).ok().stdout_is("changed-stdin");

    store.write_file("ctx/Containerfile", "FROM bb\nCOPY <<EOF Containerfile /x/\nx\nEOF\n");
    build(&store, &[]).code(125).stderr_has("here-documents");
    store.write_file("ctx/Containerfile", "FROM bb\nRUN <<EOF\necho never closed\n");
    build(&store, &[]).code(125).stderr_has("EOF");
}

#[test]
fn cache_mounts_persist_across_builds_and_stay_out_of_the_image() {
    let store = with_context(&[(
        "Containerfile",
        "FROM bb\nRUN --mount=type=cache,target=/cache echo run >> /cache/log && wc -l < /cache/log > /count\nRUN --mount=type=cache,id=shared,target=/var/c1,sharing=locked,mode=0700 echo one > /var/c1/f\nRUN --mount=type=cache,id=shared,target=/c2 cat /c2/f > /via-id\n",
    )]);
    built_id(&build(&store, &["-t", "cm"]));
    // Neither the caches nor the mount points made for them are in the image.
    let check = "cat /count /via-id; test ! -e /cache && test ! -e /c2 && test ! -e /var && echo clean";
    store.skiff(&["run", "--rm", "cm", "sh", "-c", check]).ok().stdout_is("1\none\nclean");
    // The next build (not from the layer cache) sees what the first left.
    built_id(&build(&store, &["-t", "cm", "--no-cache"]));
    store.skiff(&["run", "--rm", "cm", "cat", "/count"]).ok().stdout_is("2");

    store.write_file("ctx/Containerfile", "FROM bb\nRUN --mount=type=cache,target=/c,sharing=sometimes true\n");
    build(&store, &[]).code(125).stderr_has("sharing");
    // type=secret and type=ssh work with build --secret and --ssh (tests/build_flags.rs); other types do not.
    store.write_file("ctx/Containerfile", "FROM bb\nRUN --mount=type=nfs,target=/s true\n");
    build(&store, &[]).code(125).stderr_has("type=nfs");
}

#[test]
fn bind_and_tmpfs_mounts_show_files_without_putting_them_in_the_layer() {
    let store = with_context(&[
        (
            "Containerfile",
            concat!(
                "FROM bb AS gen\n",
                "RUN echo generated > /out\n",
                "FROM bb\n",
                "RUN --mount=type=bind,target=/ctx cat /ctx/data.txt > /seen && ! touch /ctx/new 2>/dev/null && test ! -e /ctx/secret.txt\n",
                "RUN --mount=type=bind,source=data.txt,target=/one/data.txt,rw echo changed > /one/data.txt && cat /one/data.txt > /rw\n",
                "RUN --mount=type=bind,from=gen,source=/out,target=/g cat /g > /from-stage\n",
                "RUN --mount=type=tmpfs,target=/scratch echo x > /scratch/f && grep -q ' /scratch tmpfs ' /proc/mounts && echo ok > /tmpfs\n",
            ),
        ),
        ("data.txt", "from the context\n"),
        (".dockerignore", "secret.txt\n"),
        ("secret.txt", "hidden\n"),
    ]);
    let id = built_id(&build(&store, &["-t", "bm"]));
    let check = "cat /seen /rw /from-stage /tmpfs; ls -d /ctx /one /g /scratch 2>&1 | wc -l";
    // ls prints one "No such file" line for each of the four.
    store.skiff(&["run", "--rm", "bm", "sh", "-c", check]).ok().stdout_is("from the context\nchanged\ngenerated\nok\n4");
    let check = store.skiff(&["run", "--rm", "bm", "sh", "-c", "ls / | grep -c -e '^ctx$' -e '^one$' -e '^g$' -e '^scratch$'"]);
    check.check(check.stdout.trim() == "0", "no mount point is left in the image");
    assert_eq!(std::fs::read_to_string(store.home.join("ctx/data.txt")).unwrap(), "from the context\n", "an rw bind leaves the context alone");
    // What a bind mount reads is part of the cache key.
    assert_eq!(built_id(&build(&store, &["-t", "bm"])), id);
    store.write_file("ctx/data.txt", "edited\n");
    built_id(&build(&store, &["-t", "bm"]));
    store.skiff(&["run", "--rm", "bm", "cat", "/seen"]).ok().stdout_is("edited");

    store.write_file("ctx/Containerfile", "FROM bb\nRUN --mount=type=bind,source=../outside,target=/o true\n");
    build(&store, &[]).code(125).stderr_has("outside");
    store.write_file("ctx/Containerfile", "FROM bb\nRUN --mount=type=bind,source=secret.txt,target=/s cat /s\n");
    build(&store, &[]).code(125).stderr_has("secret.txt");
}

#[test]
fn builder_stage_cache_lives_as_long_as_the_image() {
    let store = with_context(&[("Containerfile", "FROM bb AS builder\nRUN echo BUILT-$((1+1)) | tee /out\nFROM bb\nCOPY --from=builder /out /out\n")]);
    let first = build(&store, &["-t", "ms"]);
    let id = built_id(&first);
    first.stdout_has("BUILT-2");
    store.skiff(&["image", "prune", "-f"]).ok();
    let again = build(&store, &["-t", "ms"]);
    again.check(!again.stdout.contains("BUILT-2"), "the builder stage comes from the cache, after image prune too");
    assert_eq!(built_id(&again), id);
    // Without the image its builder layers go: the stage runs again, and the result is whole.
    store.skiff(&["rmi", "ms"]).ok();
    let rebuilt = build(&store, &["-t", "ms"]);
    built_id(&rebuilt);
    rebuilt.stdout_has("BUILT-2");
    store.skiff(&["run", "--rm", "ms", "cat", "/out"]).ok().stdout_is("BUILT-2");
}

#[test]
fn from_pulls_a_missing_image_as_the_pull_policy_says() {
    let registry = Registry::start();
    let source = Store::new();
    source.import_busybox("bb");
    let base = format!("{}/base:v1", registry.host);
    source.skiff(&["push", "--tls-verify=false", "bb", &format!("docker://{base}")]).ok();

    let empty = Store::new();
    empty.write_file("ctx/Containerfile", &format!("FROM {base}\nRUN echo built-on-pulled > /note\nCMD [\"cat\", \"/note\"]\n"));
    // Never: the missing base is a one-line error before any step runs.
    for never in [&["--pull=never"][..], &["--pull-never"][..]] {
        let mut args = vec!["--tls-verify=false", "-t", "onpulled"];
        args.extend_from_slice(never);
        let out = build(&empty, &args);
        out.code(125).stderr_has("base:v1");
        out.check(out.stderr.trim().lines().count() == 1, "a one-line error");
    }
    empty.skiff(&["images", "-a", "-q"]).ok().stdout_is("");

    // The default (missing) pulls it, with progress on stderr.
    let out = build(&empty, &["--tls-verify=false", "-t", "onpulled"]);
    built_id(&out);
    out.stderr_has("Copying blob");
    empty.skiff(&["run", "--rm", "onpulled"]).ok().stdout_is("built-on-pulled");
    empty.skiff(&["images", "--format", "{{.Repository}}:{{.Tag}}"]).ok().stdout_has(&base);

    // Stored now: never and missing use it; --pull alone (always) asks the
    // registry again, which fails once the registry is gone.
    build(&empty, &["--pull-never", "-q", "-t", "onpulled"]).ok();

    // COPY --from an image that is not stored pulls it the same way.
    let copier = Store::new();
    copier.write_file("ctx/Containerfile", &format!("FROM scratch\nCOPY --from={base} /bin /bin\n"));
    built_id(&build(&copier, &["--tls-verify=false", "-q", "-t", "copied"]));
    copier.skiff(&["run", "--rm", "copied", "/bin/sh", "-c", "echo copied"]).ok().stdout_is("copied");
    registry.stop_holding_port();
    build(&empty, &["--pull=missing", "-q", "-t", "onpulled"]).ok();
    build(&empty, &["--pull", "--tls-verify=false", "-q", "-t", "onpulled"]).code(125).stderr_has("127.0.0.1");
}

/// The JSON `image inspect` prints for one image.
fn inspected(store: &Store, image: &str) -> serde_json::Value {
    let out = store.skiff(&["image", "inspect", image]);
    out.ok();
    let all: serde_json::Value = serde_json::from_str(&out.stdout).unwrap_or_else(|e| out.fail(&format!("image inspect prints JSON: {e}")));
    all[0].clone()
}

#[test]
fn annotations_go_into_the_manifest_that_push_and_save_carry() {
    let registry = Registry::start();
    let store = with_context(&[("Containerfile", "FROM bb\nRUN echo x > /x\n")]);
    built_id(&build(&store, &["-t", "annotated", "--annotation", "org.example.team=builders", "--annotation", "note=a=b"]));
    let image = inspected(&store, "annotated");
    assert_eq!(image["Annotations"]["org.example.team"], "builders", "image inspect shows the annotations: {image}");
    assert_eq!(image["Annotations"]["note"], "a=b");
    assert_eq!(image["ManifestType"], "application/vnd.oci.image.manifest.v1+json");

    let destination = format!("{}/annotated:v1", registry.host);
    store.skiff(&["push", "--tls-verify=false", "annotated", &format!("docker://{destination}")]).ok();
    let pushed = registry.manifest("annotated", "v1");
    assert_eq!(pushed["annotations"]["org.example.team"], "builders", "the pushed manifest carries them: {pushed}");

    let saved = store.home.join("saved");
    store.skiff(&["save", "--format", "oci-dir", "-o", &saved.display().to_string(), "annotated"]).ok();
    let index: serde_json::Value = serde_json::from_slice(&std::fs::read(saved.join("index.json")).unwrap()).unwrap();
    let digest = index["manifests"][0]["digest"].as_str().unwrap().trim_start_matches("sha256:").to_string();
    let manifest: serde_json::Value = serde_json::from_slice(&std::fs::read(saved.join("blobs/sha256").join(digest)).unwrap()).unwrap();
    assert_eq!(manifest["annotations"]["note"], "a=b", "the saved manifest carries them: {manifest}");

    // Built again from the cache: the same config and id, the new annotations.
    built_id(&build(&store, &["-t", "annotated", "--annotation", "org.example.team=others"]));
    let image = inspected(&store, "annotated");
    assert_eq!(image["Annotations"], serde_json::json!({"org.example.team": "others"}), "a rebuild takes the new annotations: {image}");

    let bad = build(&store, &["--annotation", "novalue"]);
    bad.code(125).stderr_has("--annotation");
    bad.check(bad.stderr.trim().lines().count() == 1, "one line of error");
}

#[test]
fn docker_format_stores_and_pushes_a_docker_manifest() {
    let registry = Registry::start();
    let store = with_context(&[("Containerfile", "FROM bb\nRUN echo docker > /made\nHEALTHCHECK CMD true\nCMD [\"cat\", \"/made\"]\n")]);
    // First in OCI format: the docker build then reuses every step (same
    // config, same id) and must still give the image a Docker manifest.
    let oci = built_id(&build(&store, &["-t", "ocifirst"]));
    assert_eq!(built_id(&build(&store, &["-t", "dockerish", "--format", "docker"])), oci);
    let image = inspected(&store, "dockerish");
    assert_eq!(image["ManifestType"], "application/vnd.docker.distribution.manifest.v2+json", "{image}");
    store.skiff(&["run", "--rm", "dockerish"]).ok().stdout_is("docker");

    let destination = format!("{}/dockerish:v1", registry.host);
    store.skiff(&["push", "--tls-verify=false", "dockerish", &format!("docker://{destination}")]).ok();
    let pushed = registry.manifest("dockerish", "v1");
    assert_eq!(pushed["mediaType"], "application/vnd.docker.distribution.manifest.v2+json", "{pushed}");
    assert_eq!(pushed["config"]["mediaType"], "application/vnd.docker.container.image.v1+json");
    let layers = pushed["layers"].as_array().unwrap();
    assert!(layers.iter().all(|l| l["mediaType"].as_str().unwrap().starts_with("application/vnd.docker.image.rootfs.diff.tar")), "{pushed}");
    let config = std::fs::read(registry.blob_file(pushed["config"]["digest"].as_str().unwrap())).unwrap();
    let config: serde_json::Value = serde_json::from_slice(&config).unwrap();
    assert_eq!(config["config"]["Healthcheck"]["Test"][1], "true", "HEALTHCHECK stays in the config: {config}");

    let empty = Store::new();
    empty.skiff(&["pull", "--tls-verify=false", &destination]).ok();
    empty.skiff(&["run", "--rm", &destination]).ok().stdout_is("docker");

    let bad = build(&store, &["--format", "bogus"]);
    bad.code(125).stderr_has("bogus");
}

const SQUASHED: &str = "FROM bb\nRUN echo one > /one && rm /home/app/owned\nRUN mkdir /d && echo a > /d/a && echo b > /d/b\nRUN rm /d/a && echo two > /one\nCOPY f /d/f\nCMD [\"sh\", \"-c\", \"cat /one; ls /d; ls /home/app; test -e /home/app/owned || echo gone\"]\n";

#[test]
fn squash_merges_the_new_layers_and_squash_all_the_whole_image() {
    let store = with_context(&[("Containerfile", SQUASHED), ("f", "file\n")]);
    let base_layers = inspected(&store, "bb")["RootFS"]["Layers"].as_array().unwrap().len();
    built_id(&build(&store, &["-t", "plain"]));
    built_id(&build(&store, &["-t", "squashed", "--squash"]));
    built_id(&build(&store, &["-t", "all", "--squash-all"]));
    let expected = "two\nb\nf\ngone";
    for (image, layers) in [("plain", base_layers + 4), ("squashed", base_layers + 1), ("all", 1)] {
        let inspect = inspected(&store, image);
        assert_eq!(inspect["RootFS"]["Layers"].as_array().unwrap().len(), layers, "{image}: {inspect}");
        let history = inspect["History"].as_array().unwrap();
        let with_layers = history.iter().filter(|h| h["empty_layer"] != true).count();
        assert_eq!(with_layers, layers, "{image}: one history entry per layer: {history:?}");
        assert!(history.iter().any(|h| h["created_by"].as_str().unwrap_or_default().contains("rm /d/a")), "{image} keeps its history");
        store.skiff(&["run", "--rm", image]).ok().stdout_is(expected);
    }
    // A squashed rebuild reuses the cache: nothing runs, the same image.
    let again = build(&store, &["-t", "squashed", "--squash"]);
    assert_eq!(built_id(&again), inspected(&store, "squashed")["Id"].as_str().unwrap());
    again.check(!again.stdout.contains("\nb\n") && again.stdout.contains("Using cache"), "the steps come from the cache");

    // A directory removed and made again hides the base's content (an opaque directory).
    store.write_file("ctx/Containerfile", "FROM bb\nRUN rm -rf /home/app && mkdir /home/app && echo new > /home/app/new\nRUN echo more > /more\nCMD [\"ls\", \"/home/app\"]\n");
    for flag in ["--squash", "--squash-all"] {
        built_id(&build(&store, &["-t", "opaque", flag]));
        store.skiff(&["run", "--rm", "opaque"]).ok().stdout_is("new");
    }
    store.skiff(&["build", "--squash", "--squash-all", &ctx(&store)]).code(125);
}

/// `build -` (docker's `docker build - < Dockerfile`): the Containerfile
/// from standard input and no context, so COPY has nothing to copy; and
/// `build -f - .` (podman's example) with the current directory as context.
#[test]
fn containerfile_from_stdin_with_and_without_a_context() {
    let store = with_context(&[("note", "from the context\n")]);
    let id = built_id(&store.skiff_stdin(&["build", "-t", "nocontext", "-"], b"FROM bb\nRUN echo built > /made\n"));
    store.skiff(&["run", "--rm", &id, "cat", "/made"]).ok().stdout_is("built");
    let out = store.skiff_stdin(&["build", "-"], b"FROM bb\nCOPY note /note\n");
    out.code(125).stderr_has("note");
    let out = store.bash("cd ctx && printf 'FROM bb\\nCOPY note /note\\n' | skiff build -t withcontext -f - .");
    let id = built_id(&out);
    store.skiff(&["run", "--rm", &id, "cat", "/note"]).ok().stdout_is("from the context");
    store.skiff_stdin(&["build", "-f", "Containerfile", "-"], b"FROM bb\n").code(125).stderr_has("-f cannot be given with the context -");
}
