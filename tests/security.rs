//! Isolation and security defaults (issue 3): each point runs a real
//! container as the unprivileged user and looks from inside.

use crate::common;
use common::*;

/// Podman's default capability set, as /proc/self/status shows it.
const DEFAULT_CAPS_HEX: &str = "00000000800405fb";

fn status_field(out: &Output, field: &str) -> String {
    out.lines()
        .iter()
        .find_map(|l| l.strip_prefix(&format!("{field}:")).map(|v| v.trim().to_string()))
        .unwrap_or_else(|| out.fail(&format!("no {field} line")))
}

#[test]
fn default_capabilities_are_podmans() {
    let store = Store::new();
    store.import_busybox("bb");
    let out = store.skiff(&["run", "--rm", "bb", "grep", "Cap", "/proc/self/status"]);
    out.ok();
    for field in ["CapPrm", "CapEff", "CapBnd"] {
        assert_eq!(status_field(out.ok(), field), DEFAULT_CAPS_HEX, "{field}");
    }
    assert_eq!(status_field(&out, "CapAmb"), "0000000000000000");
}

#[test]
fn cap_drop_all_cap_add_and_privileged() {
    let store = Store::new();
    store.import_busybox("bb");
    let out = store.skiff(&["run", "--rm", "--cap-drop", "ALL", "bb", "grep", "CapEff", "/proc/self/status"]);
    assert_eq!(status_field(out.ok(), "CapEff"), "0000000000000000");
    let out = store.skiff(&["run", "--rm", "--cap-add", "NET_RAW", "bb", "grep", "CapEff", "/proc/self/status"]);
    // CAP_NET_RAW is bit 13.
    assert_eq!(status_field(out.ok(), "CapEff"), format!("{:016x}", 0x800405fbu64 | 1 << 13));
    let out = store.skiff(&["run", "--rm", "--privileged", "bb", "grep", "-E", "CapEff|Seccomp:", "/proc/self/status"]);
    let last_cap: u32 = std::fs::read_to_string("/proc/sys/kernel/cap_last_cap").unwrap().trim().parse().unwrap();
    assert_eq!(status_field(out.ok(), "CapEff"), format!("{:016x}", (1u64 << (last_cap + 1)) - 1));
    assert_eq!(status_field(&out, "Seccomp"), "0");
}

#[test]
fn a_non_root_user_has_no_effective_capabilities() {
    let store = Store::new();
    store.import_busybox("bb");
    let out = store.skiff(&["run", "--rm", "-u", "app", "bb", "grep", "-E", "CapEff|CapBnd", "/proc/self/status"]);
    assert_eq!(status_field(out.ok(), "CapEff"), "0000000000000000");
    assert_eq!(status_field(&out, "CapBnd"), DEFAULT_CAPS_HEX);
}

#[test]
fn seccomp_and_no_new_privileges() {
    let store = Store::new();
    store.import_busybox("bb");
    let probe = ["grep", "-E", "NoNewPrivs|Seccomp:", "/proc/self/status"];
    let run = |extra: &[&str]| {
        let mut args = vec!["run", "--rm"];
        args.extend_from_slice(extra);
        args.push("bb");
        args.extend_from_slice(&probe);
        store.skiff(&args)
    };
    let out = run(&[]);
    assert_eq!((status_field(out.ok(), "NoNewPrivs"), status_field(&out, "Seccomp")), ("0".into(), "2".into()));
    let out = run(&["--security-opt", "no-new-privileges"]);
    assert_eq!(status_field(out.ok(), "NoNewPrivs"), "1");
    let out = run(&["--security-opt", "seccomp=unconfined"]);
    assert_eq!(status_field(out.ok(), "Seccomp"), "0");
}

#[test]
fn a_seccomp_profile_file_is_used() {
    let store = Store::new();
    store.import_busybox("bb");
    // Everything allowed but mkdir and mkdirat.
    let profile = store.write_file(
        "profile.json",
        r#"{"defaultAction":"SCMP_ACT_ALLOW","syscalls":[{"names":["mkdir","mkdirat"],"action":"SCMP_ACT_ERRNO"}]}"#,
    );
    let opt = format!("seccomp={}", profile.display());
    store
        .skiff(&["run", "--rm", "--security-opt", &opt, "bb", "sh", "-c", "mkdir /tmp/x && echo made || echo refused"])
        .ok()
        .stdout_is("refused");
}

#[test]
fn default_container_cannot_mount_use_keyctl_or_write_kernel_settings() {
    let store = Store::new();
    store.import_busybox("bb");
    let script = "mkdir -p /mnt; mount -t tmpfs none /mnt 2>/dev/null && echo mounted || echo mount-refused; \
                  echo x > /proc/sys/kernel/domainname 2>/dev/null && echo wrote || echo sysctl-refused; \
                  cat /proc/kcore 2>/dev/null | head -c 16 | wc -c; \
                  ls /sys/firmware | wc -l";
    let out = store.skiff(&["run", "--rm", "bb", "sh", "-c", script]);
    assert_eq!(out.ok().lines(), vec!["mount-refused", "sysctl-refused", "0", "0"], "{}", out.stdout);
    store.skiff(&["run", "--rm", "bb", "sh", "-c", "cat /proc/keys | wc -c"]).ok().stdout_is("0");
    let out = store.skiff(&["run", "--rm", "--privileged", "bb", "sh", "-c", "mkdir -p /mnt; mount -t tmpfs none /mnt && echo mounted"]);
    out.ok().stdout_is("mounted");
}

/// A static program that calls keyctl(KEYCTL_GET_KEYRING_ID) and prints
/// "EPERM" or "allowed": busybox has no keyctl client.
fn keyctl_probe_image(store: &Store) {
    store.import_static_program(
        "probe",
        "keyctl-probe",
        "#include <errno.h>\n#include <stdio.h>\n#include <unistd.h>\n#include <sys/syscall.h>\n\
         int main(void) { long r = syscall(SYS_keyctl, 0, -3, 0); \
         puts(r < 0 && errno == EPERM ? \"EPERM\" : \"allowed\"); return 0; }\n",
    );
}

#[test]
fn keyctl_is_refused_by_the_default_filter() {
    let store = Store::new();
    keyctl_probe_image(&store);
    store.skiff(&["run", "--rm", "probe", "keyctl-probe"]).ok().stdout_is("EPERM");
    store.skiff(&["run", "--rm", "--security-opt", "seccomp=unconfined", "probe", "keyctl-probe"]).ok().stdout_is("allowed");
}

#[test]
fn nested_user_namespaces_work_inside_a_container() {
    let store = Store::new();
    store.import_busybox("bb");
    store.skiff(&["run", "--rm", "bb", "unshare", "-U", "true"]).ok();
}

#[test]
fn no_descriptor_of_skiff_reaches_the_container() {
    let store = Store::new();
    store.import_busybox("bb");
    let out = store.bash("exec 5</etc/passwd 7>/dev/null; skiff run --rm bb ls /proc/self/fd");
    assert_eq!(out.ok().lines(), vec!["0", "1", "2", "3"]);
}

#[test]
fn the_host_binary_is_out_of_reach_through_proc_exe() {
    let store = Store::new();
    store.import_busybox("bb");
    // pid 1 is the container's own command: its exe is the image's busybox,
    // and skiff's processes are not in the container's pid namespace.
    let out = store.skiff(&["run", "--rm", "bb", "sh", "-c", "readlink /proc/1/exe; ls /proc | grep -c '^[0-9]'"]);
    let lines = out.ok().lines();
    assert_eq!(lines[0], "/bin/busybox", "{}", out.stdout);
    assert!(lines[1].parse::<u32>().unwrap() <= 3, "the container sees foreign processes:\n{}", out.stdout);
}

#[test]
fn read_only_root_with_writable_tmp() {
    let store = Store::new();
    store.import_busybox("bb");
    let script = "touch /x 2>/dev/null && echo root-writable || echo root-ro; touch /tmp/x && echo tmp-ok";
    store.skiff(&["run", "--rm", "--read-only", "bb", "sh", "-c", script]).ok().stdout_is("root-ro\ntmp-ok");
    let out = store.skiff(&["run", "--rm", "--tmpfs", "/scratch:size=1m", "bb", "sh", "-c", "touch /scratch/f && echo ok"]);
    out.ok().stdout_is("ok");
}

#[test]
fn unmask_shows_a_masked_path() {
    let store = Store::new();
    store.import_busybox("bb");
    let script = "mount | grep -c ' /proc/keys ' || true";
    store.skiff(&["run", "--rm", "bb", "sh", "-c", script]).ok().stdout_is("1");
    store.skiff(&["run", "--rm", "--security-opt", "unmask=/proc/keys", "bb", "sh", "-c", script]).ok().stdout_is("0");
}

#[test]
fn bad_security_options_are_refused_and_leave_nothing() {
    let store = Store::new();
    store.import_busybox("bb");
    let bad = store.write_file("bad.json", "{not json");
    let bad_opt = format!("seccomp={}", bad.display());
    for args in [
        vec!["run", "--rm", "--security-opt", "bogus", "bb", "true"],
        vec!["run", "--security-opt", &bad_opt, "bb", "true"],
        vec!["run", "--security-opt", "seccomp=/nonexistent.json", "bb", "true"],
        vec!["run", "--cap-add", "NOT_A_CAP", "bb", "true"],
    ] {
        let out = store.skiff(&args);
        out.code(125);
        assert_eq!(out.stderr.trim().lines().count(), 1, "one line of error:\n{}", out.stderr);
    }
    store.skiff(&["ps", "-a", "-q"]).ok().stdout_is("");
}

#[test]
fn inspect_shows_the_effective_settings() {
    let store = Store::new();
    store.import_busybox("bb");
    store.skiff(&["run", "--name", "c", "--read-only", "--cap-drop", "CHOWN", "bb", "true"]).ok();
    let out = store.skiff(&["inspect", "c"]);
    let v: serde_json::Value = serde_json::from_str(&out.ok().stdout).unwrap();
    let c = &v[0];
    assert_eq!(c["HostConfig"]["ReadonlyRootfs"], true);
    assert_eq!(c["HostConfig"]["SeccompProfilePath"], "default");
    let caps: Vec<String> = serde_json::from_value(c["EffectiveCaps"].clone()).unwrap();
    assert!(!caps.contains(&"CAP_CHOWN".to_string()) && caps.contains(&"CAP_KILL".to_string()), "{caps:?}");
    assert!(c["HostConfig"]["MaskedPaths"].as_array().unwrap().iter().any(|p| p == "/proc/kcore"));
    store.skiff(&["inspect", "--format", "{{.HostConfig.ReadonlyRootfs}}", "c"]).ok().stdout_is("true");
}

/// Issue 20: the compiled seccomp program is kept in the runtime directory
/// for later containers, and a damaged one is compiled again rather than
/// loaded: containers stay confined all the same.
#[test]
fn the_compiled_seccomp_program_is_kept_and_a_damaged_one_replaced() {
    let store = Store::new();
    store.import_busybox("bb");
    let probe = ["run", "--rm", "bb", "grep", "Seccomp:", "/proc/self/status"];
    assert_eq!(status_field(store.skiff(&probe).ok(), "Seccomp"), "2", "the first container is confined");
    let cache = store.runtime_dir().join("seccomp");
    let files: Vec<_> = std::fs::read_dir(&cache)
        .unwrap_or_else(|e| panic!("no cache directory {}: {e}", cache.display()))
        .flatten()
        .map(|e| e.path())
        .filter(|p| !p.file_name().unwrap().to_string_lossy().starts_with(".tmp-"))
        .collect();
    assert_eq!(files.len(), 1, "one program for the default profile and capabilities: {files:?}");
    let kept = std::fs::read(&files[0]).unwrap();
    assert!(kept.len() > 32 && (kept.len() - 32) % 8 == 0, "instructions of 8 bytes and a sha256: {} bytes", kept.len());
    // The first instruction's jump offset changed: same size, wrong sum.
    let mut damaged = kept.clone();
    damaged[2] ^= 0x01;
    std::fs::write(&files[0], &damaged).unwrap();
    assert_eq!(status_field(store.skiff(&probe).ok(), "Seccomp"), "2", "the next container is confined");
    assert_eq!(std::fs::read(&files[0]).unwrap(), kept, "the damaged program was compiled again and replaced");
}
