//! Container command flags of issue 14 (part A) that were refused before:
//! --latest for exec, inspect, diff and top. Each test has its own store,
//! since --latest depends on which container was created last.

use crate::common;
use common::*;

#[test]
fn latest_acts_on_the_container_created_last() {
    let store = Store::new();
    store.import_busybox("bb");
    store.skiff(&["run", "-d", "--name", "older", "bb", "sleep", "60"]).ok();
    store.skiff(&["run", "-d", "--name", "newest", "bb", "sh", "-c", "touch /made-here; sleep 61"]).ok();
    wait_for("newest's file", std::time::Duration::from_secs(10), || store.skiff(&["diff", "newest"]).stdout.contains("/made-here"));

    // exec -l: every word is the command; top -l: every word a descriptor.
    store.skiff(&["exec", "-l", "cat", "/etc/hostname"]).ok().stdout_is(&store.skiff(&["exec", "newest", "cat", "/etc/hostname"]).stdout);
    store.skiff(&["exec", "--latest", "sh", "-c", "echo $((6*7))"]).ok().stdout_is("42");
    store.skiff(&["top", "-l", "args"]).ok().stdout_is("COMMAND\nsleep 61");
    store.skiff(&["container", "top", "--latest"]).ok().stdout_has("COMMAND");
    store.skiff(&["diff", "-l"]).ok().stdout_has("A /made-here");
    store.skiff(&["container", "diff", "--latest"]).ok().stdout_has("A /made-here");
    store.skiff(&["inspect", "-l", "--format", "{{.Name}}"]).ok().stdout_is("newest");
    store.skiff(&["container", "inspect", "--latest", "-f", "{{.Name}}"]).ok().stdout_is("newest");
    store.skiff(&["inspect", "--type", "container", "-l", "--format", "{{.Name}}"]).ok().stdout_is("newest");

    // As in podman: --latest with names, or for images, is refused.
    store.skiff(&["inspect", "-l", "older"]).code(125).stderr_has("--latest and arguments cannot be used together");
    store.skiff(&["inspect", "--type", "image", "-l"]).code(125).stderr_has("latest is not supported for type \"image\"");
    store.skiff(&["diff", "-l", "older"]).code(125).stderr_has("--latest");
    store.skiff(&["exec", "newest"]).code(125).stderr_has("non-empty command");
    store.skiff(&["rm", "-f", "-t", "0", "older", "newest"]).ok();

    // With no container at all, --latest says it found none.
    store.skiff(&["exec", "-l", "true"]).code(125).stderr_has("--latest found none");
    store.skiff(&["inspect", "-l"]).code(125).stderr_has("--latest found none");
}

#[test]
fn exec_preserve_fds_passes_descriptors_from_3_on() {
    let store = Store::new();
    store.import_busybox("bb");
    store.skiff(&["run", "-d", "--name", "fds", "bb", "sleep", "60"]).ok();
    let first = store.write_file("first", "through fd 3\n");
    let second = store.write_file("second", "through fd 4\n");
    let script = format!("skiff exec --preserve-fds 2 fds cat /proc/self/fd/3 /proc/self/fd/4 3<{} 4<{}", first.display(), second.display());
    store.bash(&script).ok().stdout_is("through fd 3\nthrough fd 4");
    // Without the flag no descriptor of the caller reaches the process.
    store.bash(&format!("skiff exec fds ls /proc/self/fd/3 3<{}", first.display())).code(1);
    let refused = store.bash(&format!("skiff exec --preserve-fds 2 fds true 3<{}", first.display()));
    refused.code(125).stderr_has("descriptor 4 is not open");
    store.skiff(&["rm", "-f", "-t", "0", "fds"]).ok();
}

#[test]
fn logs_color_colours_each_containers_prefix_and_details_adds_nothing() {
    let store = Store::new();
    store.import_busybox("bb");
    store.skiff(&["run", "-d", "--name", "first", "bb", "echo", "one"]).ok();
    store.skiff(&["run", "-d", "--name", "second", "bb", "echo", "two"]).ok();
    store.skiff(&["wait", "first", "second"]).ok();
    // Each container's name in its own colour, reset before the text.
    let both = store.skiff(&["logs", "--color", "first", "second"]);
    both.ok().stdout_has("\x1b[36mfirst\x1b[0m one").stdout_has("\x1b[33msecond\x1b[0m two");
    store.skiff(&["logs", "first", "second"]).ok().stdout_is("first one\nsecond two");
    // One container shows no prefix, so nothing to colour.
    store.skiff(&["logs", "--color", "first"]).ok().stdout_is("one");
    store.skiff(&["logs", "--details", "first"]).ok().stdout_is("one");
    store.skiff(&["rm", "first", "second"]).ok();
}

#[test]
fn inspect_size_adds_what_the_container_wrote_and_its_root_filesystem() {
    let store = Store::new();
    store.import_busybox("bb");
    store.skiff(&["run", "--name", "writer", "bb", "dd", "if=/dev/zero", "of=/written", "bs=1024", "count=512"]).ok();
    let sizes = store.skiff(&["inspect", "--size", "--format", "{{.SizeRw}} {{.SizeRootFs}}", "writer"]);
    let numbers: Vec<u64> = sizes.ok().stdout.split_whitespace().map(|n| n.parse().unwrap()).collect();
    let image_size: u64 = store.skiff(&["image", "inspect", "--format", "{{.Size}}", "bb"]).ok().stdout.trim().parse().unwrap();
    sizes.check(numbers[0] >= 512 * 1024 && numbers[0] < 1024 * 1024, "SizeRw is the 512 KiB written");
    sizes.check(numbers[1] == numbers[0] + image_size, "SizeRootFs adds the image's size");
    let short = store.skiff(&["container", "inspect", "-s", "writer"]);
    short.ok().stdout_has("\"SizeRootFs\"");
    // Without --size the sizes are not computed, as in podman.
    let plain = store.skiff(&["inspect", "writer"]);
    plain.ok().check(!plain.stdout.contains("SizeRw"), "no SizeRw without --size");
    store.skiff(&["inspect", "--type", "image", "--size", "bb"]).code(125).stderr_has("size is not supported for type \"image\"");
    store.skiff(&["rm", "writer"]).ok();
}
