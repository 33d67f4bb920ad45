//! `container clone` (issue #14): a new container made again from the
//! options the original was created with, as podman's clone does.

use crate::common;
use common::*;

#[test]
fn clone_makes_the_container_again_with_its_settings_and_files_of_its_own() {
    let store = Store::new();
    store.import_busybox("bb");
    store.import(&fixtures().busybox_rootfs, "other", &["LABEL kind=other"]);
    store.skiff(&["volume", "create", "shared"]).ok();
    let script = "echo $A $(pwd) $(hostname); ls /data; touch /data/$(hostname) /anon/mine; ls /anon | wc -l";
    store
        .skiff(&["create", "--name", "orig", "-e", "A=1", "-w", "/tmp", "--hostname", "hh", "--label", "x=y", "-v", "shared:/data", "-v", "/anon", "-p", "80", "bb", "sh", "-c", script])
        .ok();
    store.skiff(&["start", "-a", "orig"]).ok().stdout_is("1 /tmp hh\n1");
    // NAME-clone, then NAME-clone1; each prints its id.
    let first = store.skiff(&["container", "clone", "orig"]);
    first.ok().check(is_image_id(first.stdout.trim()), "clone prints the new container's id");
    store.skiff(&["container", "clone", "orig"]).ok();
    store.skiff(&["ps", "-a", "--format", "{{.Names}}"]).ok().stdout_is("orig-clone1\norig-clone\norig");
    // The same command, environment, directory, hostname, labels and named
    // volume; an anonymous volume and a host port of its own.
    store.skiff(&["start", "-a", "orig-clone"]).ok().stdout_is("1 /tmp hh\nhh\n1");
    store.skiff(&["inspect", "--format", "{{index .Config.Labels \"x\"}}", "orig-clone"]).ok().stdout_is("y");
    let port = |name: &str| store.skiff(&["port", name, "80"]).ok().stdout.trim().to_string();
    assert_ne!(port("orig"), port("orig-clone"), "each clone publishes on a host port of its own");
    // A name and an image given; a clone of a clone counts on.
    store.skiff(&["container", "clone", "orig", "named", "other"]).ok();
    store.skiff(&["inspect", "--format", "{{.ImageName}}", "named"]).ok().stdout_is("localhost/other:latest");
    store.skiff(&["container", "clone", "--name", "flagged", "orig"]).ok();
    store.skiff(&["container", "clone", "orig-clone"]).ok();
    store.skiff(&["container", "exists", "orig-clone2"]).ok();
    // --run starts the clone; --destroy removes the original, a running one only with --force.
    store.skiff(&["run", "-d", "--name", "server", "bb", "sleep", "1000"]).ok();
    store.skiff(&["container", "clone", "--force", "server", "x"]).code(125).stderr_has("--force without --destroy");
    store.skiff(&["container", "clone", "--destroy", "server", "x"]).code(125).stderr_has("running");
    store.skiff(&["container", "exists", "x"]).code(1);
    store.skiff(&["container", "exists", "--external", "x"]).code(1);
    store.skiff(&["container", "exists", "--external", "orig-clone2"]).ok();
    store.skiff(&["container", "clone", "--run", "server", "second"]).ok();
    store.skiff(&["inspect", "--format", "{{.State.Status}}", "second"]).ok().stdout_is("running");
    store.skiff(&["container", "clone", "--destroy", "--force", "--run", "server", "third"]).ok();
    store.skiff(&["container", "exists", "server"]).code(1);
    store.skiff(&["inspect", "--format", "{{.State.Status}}", "third"]).ok().stdout_is("running");
    // Bad input: one line, 125, nothing made.
    store.skiff(&["container", "clone", "-m", "1g", "orig"]).code(125).stderr_has("--memory");
    store.skiff(&["container", "clone", "--name", "a", "orig", "b"]).code(125).stderr_has("twice");
    store.skiff(&["container", "clone", "orig", "flagged"]).code(125).stderr_has("flagged");
    store.skiff(&["container", "clone", "nosuch"]).code(125).stderr_has("nosuch");
    let id = store.skiff(&["create", "--name", "old", "bb", "true"]).ok().stdout.trim().to_string();
    store.bash(&format!("rm {}/{id}/create-options.json", store.containers_dir().display())).ok();
    store.skiff(&["container", "clone", "old"]).code(125).stderr_has("cannot be cloned");
    store.skiff(&["container", "exists", "old-clone"]).code(1);
    store.skiff(&["rm", "-f", "-t", "0", "-a"]).ok();
    assert_no_processes_left(&store);
}
