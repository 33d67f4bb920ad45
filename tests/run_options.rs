//! `skiff run` flags and image settings take effect.

use crate::common;
use common::*;

#[test]
fn env_flags_set_the_environment() {
    let store = Store::new().with_env("FROM_HOST", "copied");
    store.import_busybox("bb");
    store
        .skiff(&[
            "run",
            "--rm",
            "-e",
            "FOO=bar",
            "--env",
            "SPACED=a b",
            "-e",
            "FROM_HOST",
            "bb",
            "sh",
            "-c",
            "echo \"$FOO|$SPACED|$FROM_HOST\"",
        ])
        .ok()
        .stdout_is("bar|a b|copied");
}

#[test]
fn env_file_sets_the_environment() {
    let store = Store::new();
    store.import_busybox("bb");
    let file = store.write_file("vars.env", "# a comment\n\nA=1\nB=two words\n");
    store
        .skiff(&[
            "run",
            "--rm",
            "--env-file",
            &file.display().to_string(),
            "-e",
            "A=override",
            "bb",
            "sh",
            "-c",
            "echo \"$A|$B\"",
        ])
        .ok()
        .stdout_is("override|two words");
}

#[test]
fn workdir_flag_sets_the_working_directory() {
    let store = Store::new();
    store.import_busybox("bb");
    store.skiff(&["run", "--rm", "-w", "/tmp", "bb", "pwd"]).ok().stdout_is("/tmp");
    store.skiff(&["run", "--rm", "--workdir", "/home/app", "bb", "pwd"]).ok().stdout_is("/home/app");
}

#[test]
fn user_flag_sets_uid_and_gid() {
    let store = Store::new();
    store.import_busybox("bb");
    store.skiff(&["run", "--rm", "-u", "1000:1000", "bb", "sh", "-c", "id -u; id -g"]).ok().stdout_is("1000\n1000");
    // The file owned by 1000 in the image is theirs to write.
    store
        .skiff(&["run", "--rm", "-u", "1000:1000", "bb", "sh", "-c", "echo more >> /home/app/owned && echo ok"])
        .ok()
        .stdout_is("ok");
}

#[test]
fn user_by_name_gets_home_from_etc_passwd() {
    let store = Store::new();
    store.import_busybox("bb");
    store
        .skiff(&["run", "--rm", "-u", "app", "bb", "sh", "-c", "id -u; id -g; echo $HOME"])
        .ok()
        .stdout_is("1000\n1000\n/home/app");
    store.skiff(&["run", "--rm", "bb", "sh", "-c", "echo $HOME"]).ok().stdout_is("/root");
}

#[test]
fn entrypoint_flag_replaces_the_command() {
    let store = Store::new();
    store.import_busybox("bb");
    store.skiff(&["run", "--rm", "--entrypoint", "echo", "bb", "hello", "world"]).ok().stdout_is("hello world");
    store
        .skiff(&["run", "--rm", "--entrypoint", "[\"sh\",\"-c\",\"echo json $0\"]", "bb", "form"])
        .ok()
        .stdout_is("json form");
}

#[test]
fn hostname_flag_sets_the_hostname() {
    let store = Store::new();
    store.import_busybox("bb");
    store.skiff(&["run", "--rm", "--hostname", "skiffbox", "bb", "hostname"]).ok().stdout_is("skiffbox");
    store.skiff(&["run", "--rm", "-h", "other", "bb", "cat", "/proc/sys/kernel/hostname"]).ok().stdout_is("other");
}

/// WORKDIR, ENV, CMD and USER of the image (set with `import --change`)
/// are honoured, and the flags override them.
#[test]
fn image_workdir_env_cmd_and_user_are_honoured() {
    let store = Store::new();
    store.import(
        &fixtures().busybox_rootfs,
        "configured",
        &["WORKDIR /tmp", "ENV GREETING=hi", "USER app", r#"CMD ["sh", "-c", "echo $GREETING $(pwd) $(id -u) $HOME"]"#],
    );
    store.skiff(&["run", "--rm", "configured"]).ok().stdout_is("hi /tmp 1000 /home/app");
    // A command replaces CMD; the rest stays.
    store
        .skiff(&["run", "--rm", "configured", "sh", "-c", "echo $GREETING; pwd; id -u"])
        .ok()
        .stdout_is("hi\n/tmp\n1000");
    // Flags win over the image.
    store
        .skiff(&[
            "run",
            "--rm",
            "-u",
            "0",
            "-w",
            "/",
            "-e",
            "GREETING=yo",
            "configured",
            "sh",
            "-c",
            "echo $GREETING $(pwd) $(id -u)",
        ])
        .ok()
        .stdout_is("yo / 0");
}

#[test]
fn image_entrypoint_takes_the_command_as_arguments() {
    let store = Store::new();
    store.import(&fixtures().busybox_rootfs, "ep", &[r#"ENTRYPOINT ["echo", "ep:"]"#, r#"CMD ["default"]"#]);
    store.skiff(&["run", "--rm", "ep"]).ok().stdout_is("ep: default");
    store.skiff(&["run", "--rm", "ep", "given"]).ok().stdout_is("ep: given");
}

/// Standard input reaches the container with -i, and not without it.
#[test]
fn interactive_passes_stdin() {
    let store = Store::new();
    store.import_busybox("bb");
    store
        .skiff_stdin(&["run", "--rm", "-i", "bb", "sh", "-c", "tr a-z A-Z"], b"piped input\n")
        .ok()
        .stdout_is("PIPED INPUT");
    store.skiff_stdin(&["run", "--rm", "bb", "sh", "-c", "cat; echo end"], b"not passed\n").ok().stdout_is("end");
}

/// No descriptor of skiff's leaks into the container, even one skiff
/// inherited from its caller.
#[test]
fn no_extra_file_descriptors_in_the_container() {
    let store = Store::new();
    store.import_busybox("bb");
    let out = store.bash("exec 5</etc/passwd 7>/dev/null; exec skiff run --rm bb ls /proc/self/fd");
    out.ok();
    let fds: Vec<String> =
        out.lines().iter().flat_map(|l| l.split_whitespace().map(str::to_string).collect::<Vec<_>>()).collect();
    // 0, 1, 2 and the directory ls is reading.
    out.check(
        fds.iter().all(|f| ["0", "1", "2", "3"].contains(&f.as_str())),
        "only fds 0-2 (and ls's own 3) may be open",
    );
    out.check(fds.len() >= 3, "ls must list the standard fds");
}

/// `--network none` leaves only a loopback interface.
#[test]
fn network_none_has_only_loopback() {
    let store = Store::new();
    store.import_busybox("bb");
    let out = store.skiff(&["run", "--rm", "--network", "none", "bb", "ls", "/sys/class/net"]);
    out.ok().stdout_is("lo");
}

/// `--network host` shares the host's interfaces and shows its /sys read-only.
#[test]
fn network_host_shares_the_hosts_interfaces() {
    let store = Store::new();
    store.import_busybox("bb");
    let host_links = std::fs::read_dir("/sys/class/net").unwrap().count();
    let out = store.skiff(&["run", "--rm", "--network", "host", "bb", "sh", "-c", "ls /sys/class/net | wc -l; touch /sys/x 2>/dev/null || echo ro"]);
    assert_eq!(out.ok().lines(), vec![host_links.to_string(), "ro".to_string()]);
}
