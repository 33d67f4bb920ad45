//! Issue 14: podman's `build` flags beyond the everyday ones, and `commit`'s
//! `--format`, `--iidfile`, `--include-volumes` and `--squash`. Each test
//! builds in one store on one busybox image and checks several flags.

use crate::common;
use common::build::{build, built_id, ctx};
use common::*;

/// A store whose skiff has a proxy variable set, with `bb` and `ctx/`.
fn store_with(files: &[(&str, &str)]) -> Store {
    common::build::with_context(Store::new().with_env("http_proxy", "http://127.0.0.1:9"), files)
}

fn run_in(store: &Store, image: &str, script: &str) -> String {
    store.skiff(&["run", "--rm", image, "sh", "-c", script]).ok().stdout.trim().to_string()
}

#[test]
fn run_steps_get_the_sandbox_flags_and_env_shapes_the_image() {
    let store = store_with(&[(
        "Containerfile",
        "FROM bb\nENV DROPPED=x\n\
         RUN grep myhost /etc/hosts > /hosts.txt; cat /etc/resolv.conf > /resolv.txt; ulimit -n > /nofile.txt; \
         df -k /dev/shm | tail -1 > /shm.txt; echo \"$FROMFLAG|$http_proxy\" > /env.txt; \
         touch /f; (chown 5 /f && echo can-chown || echo no-chown) > /chown.txt; \
         cat /vol/in > /vol.txt; echo written-by-run > /vol/out; cat > /stdin.txt\n",
    )]);
    let volume = store.write_file("hostvol/in", "from-the-host\n");
    let volume_dir = volume.parent().unwrap().display().to_string();
    std::process::Command::new("chown").args(["-R", "skiffuser", &volume_dir]).status().unwrap();
    let out = store.skiff_stdin(
        &[
            "build", "-t", "sandboxed", "--add-host", "myhost:10.1.2.3", "--dns-search", "example.test", "--dns-option", "ndots:3",
            "--ulimit", "nofile=512:512", "--shm-size", "32m", "--cap-drop", "CHOWN", "--env", "FROMFLAG=set", "--unsetenv", "DROPPED",
            "-v", &format!("{volume_dir}:/vol"), "--stdin", "--jobs", "2", "--compress", &ctx(&store),
        ],
        b"piped-in\n",
    );
    built_id(&out);
    let seen = run_in(&store, "sandboxed", "cat /hosts.txt /nofile.txt /env.txt /chown.txt /vol.txt /stdin.txt");
    assert_eq!(seen, "10.1.2.3\tmyhost\n512\nset|http://127.0.0.1:9\nno-chown\nfrom-the-host\npiped-in", "RUN saw --add-host, --ulimit, --env, the proxy, --cap-drop, -v and --stdin");
    let resolv = run_in(&store, "sandboxed", "cat /resolv.txt");
    assert!(resolv.contains("search example.test") && resolv.contains("options ndots:3"), "--dns-search and --dns-option reach RUN's resolv.conf: {resolv}");
    let shm = run_in(&store, "sandboxed", "cat /shm.txt");
    assert!(shm.split_whitespace().nth(1) == Some("32768"), "--shm-size 32m sizes RUN's /dev/shm: {shm}");
    // The volume took the write; the image has none of it.
    assert_eq!(std::fs::read_to_string(format!("{volume_dir}/out")).unwrap(), "written-by-run\n");
    assert_eq!(run_in(&store, "sandboxed", "ls -A /vol 2>/dev/null | wc -l; echo \"$FROMFLAG|$DROPPED\""), "0\nset|", "--env stays in the image, --unsetenv's variable and the volume's files do not");
    let env = store.skiff(&["image", "inspect", "--format", "{{.Config.Env}}", "sandboxed"]).ok().stdout.clone();
    assert!(env.contains("FROMFLAG=set") && !env.contains("DROPPED") && !env.contains("http_proxy"), "the image's environment: {env}");

    // --no-hosts keeps the base image's /etc/hosts; --http-proxy=false passes no proxy.
    store.write_file("ctx/Containerfile", "FROM bb\nRUN cat /etc/hosts > /hosts.txt; echo \"[$http_proxy]\" > /proxy.txt\n");
    built_id(&build(&store, &["-t", "plain", "--no-hosts", "--http-proxy=false"]));
    let plain = run_in(&store, "plain", "cat /proxy.txt /hosts.txt");
    assert!(plain.starts_with("[]"), "--http-proxy=false: no proxy variable in RUN: {plain}");
    assert!(!plain.contains("skiff-build"), "--no-hosts: RUN saw the image's /etc/hosts, not a generated one: {plain}");

    // What cannot be honoured says so, in one line, before any work.
    for (flags, says) in [
        (&["--rm=false"][..], "--rm=false is not supported"),
        (&["--force-rm=false"][..], "--force-rm=false is not supported"),
        (&["--disable-compression=false"][..], "--disable-compression=false is not supported"),
        (&["--userns", "keep-id"][..], "--userns \"keep-id\" is not supported for build"),
        (&["--ipc", "container:other"][..], "--ipc container:other is not supported for build"),
        (&["--cap-add", "NOT_A_CAP"][..], "NOT_A_CAP"),
        (&["--logsplit"][..], "--logsplit needs --logfile"),
        (&["-o", "type=registry,dest=x"][..], "invalid --output"),
        (&["--cgroupns", "host"][..], "--cgroupns"),
    ] {
        let out = build(&store, flags);
        out.code(125).stderr_has(says);
        out.check(out.stderr.trim().lines().count() == 1, "one line");
    }
}

#[test]
fn image_shaping_flags() {
    let store = store_with(&[
        ("Containerfile", "FROM scratch\nCOPY . /app/\nRUN echo made > /made\n"),
        ("kept.txt", "kept\n"),
        ("secret.txt", "secret\n"),
        ("my.ignore", "secret.txt\nmy.ignore\n"),
    ]);
    let ignorefile = store.home.join("ctx/my.ignore").display().to_string();
    // --from replaces the first FROM (scratch has no shell for RUN); --ignorefile's patterns hold.
    let common = ["--from", "bb", "--ignorefile", &ignorefile, "--timestamp", "1600000000"];
    let first = built_id(&build(&store, &[&["-t", "stamped", "--no-cache"][..], &common].concat()));
    assert_eq!(run_in(&store, "stamped", "ls /app; cat /made"), "Containerfile\nkept.txt\nmade");
    // The same sources at the same timestamp: the same image, the cache unused.
    std::thread::sleep(std::time::Duration::from_millis(1100));
    let again = built_id(&build(&store, &[&["-t", "stamped2", "--layers=false"][..], &common].concat()));
    assert_eq!(first, again, "--timestamp makes the build reproducible");
    let created = store.skiff(&["image", "inspect", "--format", "{{.Created}}", "stamped"]).ok().stdout.clone();
    assert!(created.starts_with("2020-09-13"), "--timestamp is the created time: {created}");
    let mtime = run_in(&store, "stamped", "stat -c %Y /made /app/kept.txt");
    assert_eq!(mtime, "1600000000\n1600000000", "layer files carry the timestamp");
    let cached = build(&store, &["-t", "again", "--layers=false", "--from", "bb", "--ignorefile", &ignorefile]);
    built_id(&cached);
    cached.check(!cached.stdout.contains("Using cache"), "--layers=false uses no cache");

    // --omit-history, --os-version, --os-feature shape the config.
    store.write_file("ctx/Containerfile", "FROM bb\nRUN echo x > /x\n");
    built_id(&build(&store, &["-t", "nohistory", "--omit-history", "--os-version", "1.2", "--os-feature", "f1"]));
    let history = store.skiff(&["history", "-q", "nohistory"]).ok().stdout.clone();
    assert_eq!(history.trim(), "", "--omit-history leaves no history entries: {history}");
    let id = store.skiff(&["image", "inspect", "--format", "{{.Id}}", "nohistory"]).ok().stdout.trim().to_string();
    let found = std::process::Command::new("find").arg(store.skiff_root()).args(["-type", "f", "-name", &id]).output().unwrap();
    let blob = String::from_utf8_lossy(&found.stdout).lines().next().map(str::to_string).expect("the config blob is in the store");
    let config: serde_json::Value = serde_json::from_slice(&std::fs::read(blob).unwrap()).unwrap();
    assert_eq!(config["os.version"], "1.2", "--os-version: {config}");
    assert_eq!(config["os.features"], serde_json::json!(["f1"]), "--os-feature: {config}");
    assert!(config.get("history").is_none(), "--omit-history: {config}");

    // --skip-unused-stages=false builds a stage the target does not need.
    store.write_file("ctx/Containerfile", "FROM bb AS unused\nRUN echo unused-stage-ran\nFROM bb\nRUN echo final\n");
    let skipped = build(&store, &["--no-cache"]);
    built_id(&skipped);
    skipped.check(!skipped.stdout.contains("unused-stage-ran"), "by default an unused stage is skipped");
    let all = build(&store, &["--no-cache", "--skip-unused-stages=false"]);
    built_id(&all);
    all.stdout_has("unused-stage-ran");

    // --logfile takes the steps, RUN's output and the id.
    let log = store.home.join("build.log");
    let logged = build(&store, &["--no-cache", "--logfile", &log.display().to_string()]);
    logged.ok();
    logged.check(!logged.stdout.contains("STEP"), "no step lines on stdout with --logfile");
    let text = std::fs::read_to_string(&log).unwrap();
    assert!(text.contains("STEP 1/4: FROM bb AS unused") || text.contains("STEP 1/2: FROM bb"), "the log has the steps: {text}");
    assert!(text.contains("final"), "the log has RUN's output: {text}");
    let split = build(&store, &["--logfile", &log.display().to_string(), "--logsplit"]);
    split.ok();
    let arch = oci_arch();
    assert!(std::path::Path::new(&format!("{}_linux_{arch}", log.display())).exists(), "--logsplit writes LOGFILE_linux_{arch}");

    // --output: the image's files as a directory, a tar, or a bare path.
    let out_dir = store.home.join("exported");
    built_id(&build(&store, &["-o", &format!("type=local,dest={}", out_dir.display())]));
    assert!(out_dir.join("bin/busybox").exists(), "type=local writes the image's files");
    let bare = store.home.join("bare");
    built_id(&build(&store, &["--output", &bare.display().to_string()]));
    assert!(bare.join("bin/busybox").exists(), "a bare path is type=local");
    let tar = store.home.join("files.tar");
    built_id(&build(&store, &["-o", &format!("type=tar,dest={}", tar.display())]));
    let listing = std::process::Command::new("tar").args(["-tf", &tar.display().to_string()]).output().unwrap();
    let listing = String::from_utf8_lossy(&listing.stdout);
    assert!(listing.lines().any(|l| l.trim_start_matches("./") == "bin/busybox"), "type=tar writes one tar of the files: {listing}");
    let to_stdout = build(&store, &["-q", "-o", "type=tar,dest=-"]);
    to_stdout.ok();
    to_stdout.check(to_stdout.stdout.len() > 10240 && !to_stdout.stdout.contains("STEP"), "dest=- writes the tar to stdout, nothing else");

    // --secret: RUN --mount=type=secret reads it; the image keeps none of it.
    let secret = store.write_file("token", "s3cret\n");
    store.write_file("ctx/Containerfile", "FROM bb\nRUN --mount=type=secret,id=tok cat /run/secrets/tok > /seen\nRUN --mount=type=secret,id=absent true\n");
    built_id(&build(&store, &["-t", "secretive", "--secret", &format!("id=tok,src={}", secret.display())]));
    assert_eq!(run_in(&store, "secretive", "cat /seen; ls /run/secrets 2>/dev/null | wc -l"), "s3cret\n0");
    store.write_file("ctx/Containerfile", "FROM bb\nRUN --mount=type=secret,id=missing,required true\n");
    build(&store, &[]).code(125).stderr_has("no such secret");

    // --manifest makes the list and adds the image; --cache-ttl=0s reuses nothing.
    store.write_file("ctx/Containerfile", "FROM bb\nRUN echo listed > /l\n");
    let listed = built_id(&build(&store, &["--manifest", "mylist"]));
    store.skiff(&["manifest", "inspect", "mylist"]).ok().stdout_has("sha256:");
    let again = build(&store, &["--cache-ttl", "0s"]);
    built_id(&again);
    again.check(!again.stdout.contains("Using cache"), "--cache-ttl=0s reuses no step");
    let _ = listed;
    build(&store, &["--identity-label=false"]).ok();
    build(&store, &["--identity-label"]).code(125).stderr_has("--identity-label=true is not supported");

    // --retry: a pull that cannot connect is tried again.
    let port = free_port();
    store.write_file("ctx/Containerfile", &format!("FROM 127.0.0.1:{port}/nothing:latest\n"));
    let retried = build(&store, &["--tls-verify=false", "--retry", "1", "--retry-delay", "10ms"]);
    retried.code(125).stderr_has("retrying (1/1)");
}

#[test]
fn commit_format_iidfile_volumes_and_squash() {
    let store = Store::new();
    store.import_busybox("bb");
    store.skiff(&["volume", "create", "data"]).ok();
    store.skiff(&["run", "--name", "c1", "-v", "data:/data", "bb", "sh", "-c", "echo hi > /new"]).ok();
    let iidfile = store.home.join("iid");
    let out = store.skiff(&["commit", "-q", "--format", "docker", "--iidfile", &iidfile.display().to_string(), "--include-volumes", "--squash", "c1", "squashed"]);
    let id = out.ok().stdout.trim().to_string();
    assert_eq!(std::fs::read_to_string(&iidfile).unwrap(), format!("sha256:{id}"), "--iidfile holds the id");
    let inspect = store.skiff(&["image", "inspect", "--format", "{{.ManifestType}}|{{len .RootFS.Layers}}|{{.Config.Volumes}}", "squashed"]);
    inspect.ok().stdout_is("application/vnd.docker.distribution.manifest.v2+json|1|map[/data:map[]]");
    store.skiff(&["run", "--rm", "squashed", "sh", "-c", "cat /new; ls /bin/busybox"]).ok().stdout_is("hi\n/bin/busybox");
    // `container commit` takes the same flags; OCI stays the default.
    store.skiff(&["container", "commit", "-q", "-f", "oci", "c1", "plain"]).ok();
    let plain = store.skiff(&["image", "inspect", "--format", "{{.ManifestType}}|{{len .RootFS.Layers}}|{{json .Config}}", "plain"]);
    let text = plain.ok().stdout.clone();
    assert!(text.starts_with("application/vnd.oci.image.manifest.v1+json|2|") && !text.contains("Volumes"), "no --format, --squash or --include-volumes: {text}");
    store.skiff(&["commit", "--format", "tar", "c1", "x"]).code(125).stderr_has("tar");
}

/// Issue 14 and 16: `build --ssh` and `RUN --mount=type=ssh` forward an
/// SSH agent's socket into a step (the very socket: same inode), at
/// BuildKit's /run/buildkit/ssh_agent.N or the target given, named by
/// SSH_AUTH_SOCK, and leave nothing of it in the image; `compose build
/// --ssh` and a service's `build.ssh` do the same. Key files, a missing
/// agent and uid/gid/mode are refused in one line each.
#[test]
fn ssh_mounts_forward_the_agents_socket() {
    let store = common::build::with_context(Store::new(), &[(
        "Containerfile",
        "FROM bb\nRUN --mount=type=ssh test -S \"$SSH_AUTH_SOCK\" && echo \"$SSH_AUTH_SOCK\" > /sock && stat -c %i \"$SSH_AUTH_SOCK\" > /inode\n\
         RUN --mount=type=ssh,id=git,target=/agents/git stat -c %i /agents/git > /git-inode\nRUN --mount=type=ssh,id=absent true\n",
    )]);
    let agent = store.home.join("agent.sock").display().to_string();
    store.bash(&format!("python3 -c 'import socket,sys; socket.socket(socket.AF_UNIX).bind(sys.argv[1])' {agent}")).ok();
    let inode = std::fs::metadata(&agent).map(|m| std::os::unix::fs::MetadataExt::ino(&m)).expect("the agent socket").to_string();
    let context = ctx(&store);
    store.bash(&format!("SSH_AUTH_SOCK={agent} skiff build -t ssh-image --ssh default --ssh git={agent} {context}")).ok();
    let seen = run_in(&store, "ssh-image", "cat /sock /inode /git-inode; test -e /run/buildkit || test -e /agents || echo clean");
    assert_eq!(seen, format!("/run/buildkit/ssh_agent.0\n{inode}\n{inode}\nclean"));

    // Refusals: no agent, a key file, an agent the step requires, uid/gid/mode.
    build(&store, &["--ssh", "default"]).code(125).stderr_has("SSH_AUTH_SOCK is not set");
    let key = store.write_file("id_ed25519", "not an agent\n").display().to_string();
    build(&store, &["--ssh", &format!("default={key}")]).code(125).stderr_has("is not a socket");
    store.write_file("ctx/Containerfile", "FROM bb\nRUN --mount=type=ssh,id=git,required true\n");
    build(&store, &["--ssh", &format!("default={agent}")]).code(125).stderr_has("no such SSH agent");
    store.write_file("ctx/Containerfile", "FROM bb\nRUN --mount=type=ssh,mode=0666 true\n");
    build(&store, &["--ssh", &format!("default={agent}")]).code(125).stderr_has("mode on an ssh mount");

    // compose: the service's build.ssh (a path from the project's directory) and --ssh.
    store.write_file("ctx/Containerfile", "FROM localhost/bb\nRUN --mount=type=ssh,id=git stat -c %i \"$SSH_AUTH_SOCK\" > /git-inode\nRUN --mount=type=ssh,id=extra,required true\n");
    store.write_file("ctx/compose.yaml", "services:\n  app:\n    image: localhost/ssh-app\n    build:\n      context: .\n      ssh: [git=../agent.sock]\n");
    store.bash(&format!("cd {context} && skiff compose build")).code(125).stderr_has("no such SSH agent");
    store.bash(&format!("cd {context} && skiff compose build --ssh extra={agent}")).ok();
    assert_eq!(run_in(&store, "localhost/ssh-app", "cat /git-inode"), inode);
}

#[test]
fn containerfile_in_goes_through_cpp_with_the_cpp_flags() {
    let store = store_with(&[
        ("Containerfile.in", "#include \"base.inc\"\n#ifdef EXTRA\nLABEL extra=yes\n#endif\nLABEL plain=yes\n"),
        ("base.inc", "FROM bb\n"),
    ]);
    let file = store.home.join("ctx/Containerfile.in").display().to_string();
    let out = build(&store, &["-t", "pre", "-f", &file, "--cpp-flag", "-DEXTRA"]);
    if common::is_podman() || std::path::Path::new("/usr/bin/cpp").exists() || std::path::Path::new("/bin/cpp").exists() {
        built_id(&out);
        let labels = store.skiff(&["image", "inspect", "--format", "{{.Config.Labels.extra}} {{.Config.Labels.plain}}", "pre"]).ok().stdout.trim().to_string();
        assert_eq!(labels, "yes yes", "#include and #ifdef EXTRA (from --cpp-flag) took effect");
        built_id(&build(&store, &["-t", "plain", "-f", &file]));
        let labels = store.skiff(&["image", "inspect", "--format", "{{.Config.Labels}}", "plain"]).ok().stdout.clone();
        assert!(!labels.contains("extra"), "without the flag the #ifdef'd line goes: {labels}");
    } else {
        out.code(125).stderr_has("cpp");
    }
}
