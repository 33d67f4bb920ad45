//! The image-making endpoints of `skiff system service` (`/build`,
//! `/commit`, `/images/{name}/push`, `/images/create?fromSrc=`), driven by
//! the docker CLIs as a user would: `docker build` (the classic builder),
//! `docker commit`, `docker push` then `docker pull` back, `docker import`.

use crate::common;

use common::registry::Registry;
use common::service::{Service, DOCKER_CLIS};
use common::*;

/// `docker build` with the classic builder, in `dir`.
fn docker_build(service: &Service, store: &Store, cli: &str, dir: &std::path::Path, args: &[&str]) -> Output {
    let mut all = vec!["build"];
    all.extend_from_slice(args);
    all.push(".");
    let mut cmd = service.docker_command(store, cli, &all);
    cmd.env("DOCKER_BUILDKIT", "0").current_dir(dir);
    run_command(cmd, None, format!("DOCKER_BUILDKIT=0 {cli} build {} .", args.join(" ")))
}

fn image_names(store: &Store) -> String {
    store.skiff(&["images", "--format", "{{.Repository}}:{{.Tag}}"]).ok().stdout.clone()
}

#[test]
fn docker_build_uses_the_cache_build_args_and_tags() {
    let store = Store::new();
    store.import_busybox("bb");
    let service = Service::start(&store, &["--time", "0"]);
    let dockerfile = store.write_file(
        "ctx/Dockerfile",
        "FROM localhost/bb\nARG GREETING=hello\nCOPY note.txt /note.txt\nRUN echo \"$GREETING\" > /greeting && echo run-step-output\nCMD [\"cat\", \"/greeting\", \"/note.txt\"]\n",
    );
    store.write_file("ctx/note.txt", "from the context\n");
    let dir = dockerfile.parent().unwrap().to_path_buf();

    let first = docker_build(&service, &store, DOCKER_CLIS[0], &dir, &["-t", "loopback/x:1", "-t", "loopback/x:extra", "--build-arg", "GREETING=hi"]);
    first
        .ok()
        .stdout_has("Step 1/5 : FROM localhost/bb")
        .stdout_has("Step 4/5 : RUN echo \"$GREETING\" > /greeting && echo run-step-output")
        .stdout_has("run-step-output\n")
        .stdout_has("Successfully built ")
        .stdout_has("Successfully tagged loopback/x:1\n")
        .stdout_has("Successfully tagged loopback/x:extra\n");
    first.check(!first.stdout.contains("Using cache"), "a first build has nothing cached");
    let names = image_names(&store);
    assert!(names.contains("localhost/loopback/x:1") && names.contains("localhost/loopback/x:extra"), "both tags are stored: {names}");
    service.docker(&store, &["run", "--rm", "loopback/x:1"]).ok().stdout_is("hi\nfrom the context\n");

    // Again: every step comes from the cache, the same image results.
    let second = docker_build(&service, &store, DOCKER_CLIS[0], &dir, &["-t", "loopback/x:1", "--build-arg", "GREETING=hi"]);
    second.ok().stdout_has(" ---> Using cache\n");
    second.check(!second.stdout.lines().any(|l| l == "run-step-output"), "the cached RUN step does not run again");
    let built_id = |out: &Output| out.stdout.lines().find_map(|l| l.strip_prefix("Successfully built ")).map(str::to_string);
    assert_eq!(built_id(first.ok()), built_id(second.ok()), "the cached build gives the same image");

    // -q prints only the image id (the Debian 20.10 CLI here).
    let quiet = docker_build(&service, &store, DOCKER_CLIS[1], &dir, &["-q", "--build-arg", "GREETING=hi"]);
    let id = quiet.ok().stdout.trim().to_string();
    assert!(id.starts_with("sha256:") && is_image_id(&id["sha256:".len()..]), "docker build -q prints the id: {:?}", quiet.stdout);

    // A Dockerfile that is not in the context.
    docker_build(&service, &store, DOCKER_CLIS[0], &dir, &["-f", "Nope.Dockerfile"]).code(1);

    // A failing RUN step ends the client with the step's error (it hung
    // when the build forked its RUN process beside the output relay's
    // thread), and stores no image.
    store.write_file("ctx/Failing.Dockerfile", "FROM localhost/bb\nRUN echo before-failure\nRUN false\n");
    let images_before = image_names(&store);
    let failed = docker_build(&service, &store, DOCKER_CLIS[0], &dir, &["-f", "Failing.Dockerfile", "-t", "loopback/failed"]);
    failed.code(1).stdout_has("before-failure\n").stdout_has("Step 3/3 : RUN false");
    failed.check(failed.stdout.contains("exit status 1") || failed.stderr.contains("exit status 1"), "the RUN step's exit status is named");
    assert_eq!(image_names(&store), images_before, "a failed build stores no image");
}

#[test]
fn docker_commit_push_pull_and_import() {
    let store = Store::new();
    store.import_busybox("bb");
    let registry = Registry::start();
    let service = Service::start(&store, &["--time", "0"]);

    // commit: the container's new file, its command and a --change.
    service.docker(&store, &["run", "--name", "maker", "bb", "sh", "-c", "echo made > /made.txt"]).ok();
    service
        .docker(&store, &["commit", "-m", "with made.txt", "-a", "tester", "-c", "ENV MADE=yes", "maker", "committed:v1"])
        .ok()
        .stdout_has("sha256:");
    service.docker(&store, &["run", "--rm", "committed:v1", "sh", "-c", "cat /made.txt; echo $MADE"]).ok().stdout_is("made\nyes\n");
    service.docker(&store, &["image", "inspect", "--format", "{{.Author}}", "committed:v1"]).ok().stdout_is("tester\n");
    service.docker(&store, &["commit", "no-such-container", "x:1"]).code(1).stderr_has("No such container");

    // push to the loopback registry, remove, pull back.
    let remote = format!("{}/pushed/x", registry.host);
    service.docker(&store, &["tag", "committed:v1", &remote]).ok();
    service.docker(&store, &["push", &remote]).ok().stdout_has("The push refers to repository").stdout_has("latest: digest: sha256:");
    let manifest = registry.manifest("pushed/x", "latest");
    assert!(manifest["layers"].as_array().is_some_and(|l| l.len() == 2), "the registry has both layers: {manifest}");
    service.docker(&store, &["rmi", &remote, "committed:v1"]).ok();
    let names = image_names(&store);
    assert!(!names.contains("pushed/x") && !names.contains("committed"), "both names are gone: {names}");
    service.docker(&store, &["pull", &remote]).ok().stdout_has("Downloaded newer image for");
    service.docker(&store, &["run", "--rm", &remote, "cat", "/made.txt"]).ok().stdout_is("made\n");
    service.docker(&store, &["push", &format!("{}/pushed/missing", registry.host)]).code(1).stderr_has("No such image");

    // import: a root filesystem tarball from standard input (the Debian 20.10 CLI too).
    let tarball = store.home.join("rootfs.tar");
    std::fs::write(&tarball, busybox_rootfs(false, &[("imported.txt", b"imported\n")])).unwrap();
    for (cli, name) in [(DOCKER_CLIS[0], "imported:v1"), (DOCKER_CLIS[1], "imported:v2")] {
        service.docker_with(&store, cli, &["import", "-c", "CMD [\"cat\", \"/imported.txt\"]", "-m", "from a tarball", tarball.to_str().unwrap(), name]).ok().stdout_has("sha256:");
        service.docker(&store, &["run", "--rm", name]).ok().stdout_is("imported\n");
    }
    service.docker(&store, &["history", "--format", "{{.Comment}}", "imported:v1"]).ok().stdout_has("from a tarball");
    // A remote URL is refused with one line; nothing is fetched.
    let (status, body) = service.request("POST", "/images/create?fromSrc=http://example.com/rootfs.tar&repo=x", b"");
    assert_eq!(status, 501, "fromSrc of a non-loopback URL: {body}");
    assert!(body.contains("loopback"), "the refusal says why: {body}");
}
