//! The situations of shared machines and CI runners, created for real as an
//! unprivileged user: no XDG_RUNTIME_DIR, a fallback directory planted by
//! someone else, no subordinate range, a kernel that refuses the overlay
//! (the test switch), a store of a newer format; and what `doctor` says.

use crate::common;
use common::*;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::Path;

const DISABLE_KERNEL_OVERLAY: &str = "SKIFF_TEST_DISABLE_KERNEL_OVERLAY";

/// With the kernel overlay refused, the first container's probe picks
/// skiff's own FUSE overlay (before fuse-overlayfs, which is installed
/// here), records it, and containers run on it.
#[test]
fn the_probe_picks_skiff_fuse_when_the_kernel_overlay_is_refused() {
    let store = Store::new().with_env(DISABLE_KERNEL_OVERLAY, "1");
    store.import_busybox("bb");
    let out = store.skiff(&["run", "--name", "probed", "bb", "sh", "-c", "grep ' / ' /proc/mounts | cut -d' ' -f3"]);
    out.ok().stdout_is("fuse.skiff-fuse");
    let recorded = std::fs::read_to_string(store.skiff_root().join("storage-driver.json")).unwrap();
    assert!(recorded.contains("\"skiff-fuse\""), "the store must record skiff-fuse, got {recorded}");
    store.skiff(&["inspect", "--format", "{{.Driver}}", "probed"]).ok().stdout_is("skiff-fuse");
    // Forcing the kernel driver under the switch fails as such a kernel would.
    let out = store.skiff(&["--storage-driver", "overlay", "run", "--rm", "bb", "true"]);
    out.check(out.code != 0, "the kernel overlay must be refused under the test switch");
    out.stderr_has("mount overlay");
}

/// No XDG_RUNTIME_DIR (su, cron): skiff makes /tmp/skiff-run-UID itself,
/// 0700 and owned by the user, and works.
#[test]
fn without_xdg_runtime_dir_a_private_fallback_is_used() {
    let store = Store::new();
    store.import_busybox("bb");
    let out = store.bash("unset XDG_RUNTIME_DIR; skiff run --rm bb echo works");
    out.ok().stdout_is("works");
    let fallback = format!("/tmp/skiff-run-{TEST_UID}");
    let md = std::fs::symlink_metadata(&fallback).unwrap();
    assert!(md.is_dir(), "{fallback} must be a directory");
    assert_eq!(md.uid(), TEST_UID, "{fallback} must belong to the user");
    assert_eq!(md.permissions().mode() & 0o777, 0o700, "{fallback} must be 0700");
}

/// A fallback directory created first by someone else is refused with one
/// line naming it, and `doctor` names it as a failure with the fix.
#[test]
fn a_fallback_directory_planted_by_another_user_is_refused() {
    let store = Store::no_range();
    let fallback = format!("/tmp/skiff-run-{NORANGE_UID}");
    let _ = std::fs::remove_dir_all(&fallback);
    std::fs::create_dir(&fallback).unwrap();
    std::fs::set_permissions(&fallback, std::fs::Permissions::from_mode(0o777)).unwrap();
    let out = store.bash("unset XDG_RUNTIME_DIR; skiff ps");
    let doctor = store.bash("unset XDG_RUNTIME_DIR; skiff doctor");
    std::fs::remove_dir_all(&fallback).unwrap();
    out.code(125);
    out.check(out.stderr.trim().lines().count() == 1, "the refusal must be one line");
    out.stderr_has(&format!("runtime directory {fallback} belongs to uid 0, not to uid {NORANGE_UID}"));
    doctor.code(1);
    doctor.check(
        doctor.lines().iter().any(|l| l.starts_with("FAIL") && l.contains("XDG_RUNTIME_DIR") && l.contains(&fallback) && l.contains("fix:")),
        "doctor must print a FAIL line for the planted directory, with its fix",
    );
}

/// A user without a subordinate range, on a kernel whose overlay is
/// refused: containers run (one id mapped, on skiff-fuse), and `doctor`
/// prints one line per check, each missing piece named with its fix; the
/// same checks as JSON.
#[test]
fn doctor_names_each_missing_piece_with_its_fix() {
    let store = Store::no_range().with_env(DISABLE_KERNEL_OVERLAY, "1");
    store.import(&fixtures().busybox_rootonly, "bb", &[]);
    let run = store.skiff(&["run", "--rm", "bb", "sh", "-c", "cat /proc/self/uid_map; grep ' / ' /proc/mounts | cut -d' ' -f3"]);
    run.ok();
    let lines = run.lines();
    run.check(
        lines.len() == 2 && parse_id_map(&lines[0]) == vec![[0, NORANGE_UID as u64, 1]] && lines[1] == "fuse.skiff-fuse",
        "without a range the container must run on skiff-fuse with the single mapping `0 1501 1`",
    );
    let out = store.skiff(&["doctor"]);
    out.check(out.code == 0 || out.code == 1, "doctor exits 0, or 1 when a check fails");
    let lines = out.lines();
    out.check(
        lines.iter().all(|l| l.starts_with("OK  ") || l.starts_with("WARN") || l.starts_with("FAIL")),
        "every line must start with OK, WARN or FAIL",
    );
    let line = |check: &str| lines.iter().find(|l| l.contains(&format!("  {check}: "))).cloned().unwrap_or_default();
    let subuids = line("subordinate uids");
    out.check(
        subuids.starts_with("WARN") && subuids.contains("usermod --add-subuids 100000-165535 skiffnorange"),
        "doctor must warn that skiffnorange has no subordinate uids, with the usermod fix",
    );
    out.check(line("kernel overlay in a user namespace").starts_with("WARN"), "doctor must warn that the kernel overlay is refused");
    out.check(line("skiff-fuse overlay").starts_with("OK"), "skiff's FUSE overlay must mount here");
    out.check(line("user namespaces").starts_with("OK"), "user namespaces are allowed on this host");
    out.check(line("/dev/fuse").starts_with("OK"), "/dev/fuse is usable on this host");
    out.check(line("store format").starts_with("OK"), "a new store has no version problem");
    for l in lines.iter().filter(|l| !l.starts_with("OK")) {
        out.check(l.contains("; fix: "), "every WARN and FAIL line must carry its fix");
    }
    let json = store.skiff(&["doctor", "--format", "json"]);
    json.check(json.code == out.code, "the JSON run must exit as the table run did");
    let checks: serde_json::Value = serde_json::from_str(&json.stdout).unwrap_or_else(|e| json.fail(&format!("not JSON: {e}")));
    let checks = checks.as_array().unwrap_or_else(|| json.fail("doctor --format json must print an array"));
    json.check(checks.len() == lines.len(), "the JSON must hold one object per table line");
    json.check(
        checks.iter().any(|c| c["check"] == "subordinate uids" && c["status"] == "warn" && c["fix"].is_string()),
        "the JSON must hold the subordinate uids warning with its fix",
    );
}

/// A store recorded as a newer format is refused with one line (and
/// nothing in it is touched); `doctor` fails on it.
#[test]
fn a_store_of_a_newer_format_is_refused_with_one_line() {
    let store = Store::new();
    store.import_busybox("bb");
    let record = store.skiff_root().join("store-version.json");
    let written = std::fs::read_to_string(&record).expect("the store must record its format version");
    let version: serde_json::Value = serde_json::from_str(&written).unwrap();
    assert_eq!(version["version"], 1, "this skiff writes format version 1");
    std::fs::write(&record, "{\"version\": 2}").unwrap();
    let before = store.snapshot();
    let out = store.skiff(&["images"]);
    out.code(125);
    out.check(out.stderr.trim().lines().count() == 1, "the refusal must be one line");
    out.stderr_has("has format version 2, newer than this skiff reads (1)");
    assert!(traces_left(&before, &store.snapshot()).is_empty(), "a refused store must be left as it was");
    let doctor = store.skiff(&["doctor"]);
    doctor.code(1);
    doctor.check(doctor.lines().iter().any(|l| l.starts_with("FAIL") && l.contains("store format")), "doctor must fail on the newer store");
}

/// `$XDG_CONFIG_HOME/skiff/storage.conf` chooses where the store and the
/// runtime state go (as containers-storage's graphroot and runroot).
#[test]
fn storage_conf_chooses_graphroot_and_runroot() {
    let store = Store::new();
    let graph = store.dir.join("graph");
    let run = store.dir.join("runstate");
    store.write_file(
        ".config/skiff/storage.conf",
        &format!("[storage]\ngraphroot = \"{}\"\nrunroot = \"{}\"\n", graph.display(), run.display()),
    );
    store.import_busybox("bb");
    store.skiff(&["run", "--rm", "bb", "true"]).ok();
    assert!(graph.join("layers").is_dir() && graph.join("store-version.json").exists(), "the image layers and the store version must be under the configured graphroot");
    assert!(run.is_dir(), "the runtime state must be under the configured runroot");
    assert!(!store.data.join("skiff").exists(), "nothing may be written to the default store");
    store.write_file(".config/skiff/storage.conf", "[storage]\ngraphroot = \"relative\"\n");
    let out = store.skiff(&["images"]);
    out.code(125);
    out.stderr_has("graphroot must be an absolute path");
}

/// Acceptance 2: keep-id needs no fuse-overlayfs program: the container's
/// root is skiff's own FUSE overlay, which shows the image's owners.
/// (fuse-overlayfs cannot be hidden here: /bin is /usr/bin, where skiff
/// also looks; the mount type shows which one served.)
#[test]
fn keep_id_runs_on_skiff_fuse_without_fuse_overlayfs() {
    let store = Store::new();
    store.import_busybox("bb");
    let out = store.skiff(&["run", "--rm", "--userns=keep-id", "bb", "sh", "-c", "grep ' / ' /proc/mounts | cut -d' ' -f3; id -u; stat -c %u:%g /home/app/owned"]);
    out.ok();
    out.check(out.lines() == ["fuse.skiff-fuse", "1500", "1000:1000"], "keep-id must run on skiff-fuse as the user, showing the image's owners");
}

/// On both FUSE drivers, a container's first process that waits for all
/// its children returns: the file system's server is not one of them (it is
/// served from the monitor's side), and no process but the container's own
/// shows in its pid namespace.
#[test]
fn a_first_process_waiting_for_all_its_children_returns_on_fuse_drivers() {
    let store = Store::new();
    store.import_busybox("bb");
    for driver in ["skiff-fuse", "fuse-overlayfs"] {
        let script = "sleep 0.1 & wait; echo reaped; for p in /proc/[0-9]*; do cat $p/comm; done";
        let out = store.bash(&format!("timeout 60 skiff --storage-driver {driver} run --rm bb sh -c '{script}'"));
        out.check(out.code != 124, &format!("{driver}: `sh -c 'sleep 0.1 & wait'` must return, not hang"));
        out.ok();
        // (The glob is expanded before each cat starts.)
        out.check(out.lines() == ["reaped", "sh"], &format!("{driver}: only the shell may be in the container, after `wait` returned"));
    }
}

/// On skiff-fuse, a detached container keeps its file system served after
/// `run -d` returns (exec reads and writes it), and `cp` out of a stopped
/// container mounts it with a server of its own.
#[test]
fn skiff_fuse_serves_detached_containers_and_cp() {
    let store = Store::new().with_driver("skiff-fuse");
    store.import_busybox("bb");
    store.skiff(&["run", "-d", "--name", "bg", "bb", "sleep", "30"]).ok();
    store.skiff(&["exec", "bg", "sh", "-c", "echo kept > /kept; cat /kept"]).ok().stdout_is("kept");
    store.skiff(&["stop", "-t", "0", "bg"]).ok();
    let dest = store.dir.join("kept-copy");
    store.skiff(&["cp", "bg:/kept", &dest.to_string_lossy()]).ok();
    let copied = std::fs::read_to_string(&dest).unwrap_or_default();
    assert_eq!(copied, "kept\n", "cp must copy the file written through the FUSE overlay");
    store.skiff(&["rm", "bg"]).ok();
    assert_no_processes_left(&store);
}

/// skiff inside an unprivileged skiff container, as a CI runner's image
/// would run it: the binary and the host's C library bound in, root of the
/// container without CAP_SYS_ADMIN (so the inner skiff works as a rootless
/// user with a single id), its network through slirp4netns on the given
/// /dev/net/tun. The inner store is on the outer container's overlay, where
/// the kernel overlay cannot stack: without /dev/fuse the probe picks the
/// copy driver, with it skiff-fuse; `doctor` names the missing device with
/// the container-side fix.
#[test]
fn skiff_runs_inside_a_skiff_container_with_the_driver_the_situation_allows() {
    if is_podman() {
        return;
    }
    let slirp = ["/usr/bin/slirp4netns", "/bin/slirp4netns"]
        .into_iter()
        .find(|p| Path::new(p).exists())
        .unwrap_or_else(|| panic!("slirp4netns is required (apt-get install slirp4netns)"));
    let store = Store::new();
    store.import_busybox("bb");
    let bin = skiff_bin();
    let rootonly = &fixtures().busybox_rootonly;
    let mut base: Vec<String> = vec!["run".into(), "--rm".into(), "--device".into(), "/dev/net/tun".into()];
    for (host, inside) in [
        (bin.display().to_string(), "/usr/bin/skiff".to_string()),
        (slirp.to_string(), "/usr/bin/slirp4netns".to_string()),
        (rootonly.display().to_string(), "/bb.tar".to_string()),
    ] {
        base.extend(["-v".into(), format!("{host}:{inside}:ro")]);
    }
    // The host's shared libraries, for the dynamically linked programs.
    for dir in ["/lib/x86_64-linux-gnu", "/lib64"] {
        if let Ok(real) = std::fs::canonicalize(dir) {
            base.extend(["-v".into(), format!("{}:{dir}:ro", real.display())]);
        }
    }
    let inner = "skiff import /bb.tar bb >/dev/null 2>&1 || exit 3; \
                 skiff run --name inner bb sh -c 'echo written > /f; cat /f' 2>/dev/null; \
                 skiff inspect --format '{{.Driver}}' inner; \
                 skiff rm inner >/dev/null; \
                 skiff doctor 2>/dev/null | grep '/dev/fuse'; true";
    for (devices, driver) in [(&[][..], "copy"), (&["--device", "/dev/fuse"][..], "skiff-fuse")] {
        let mut args = base.clone();
        args.extend(devices.iter().map(|d| d.to_string()));
        args.extend(["bb".into(), "sh".into(), "-c".into(), inner.into()]);
        let out = store.skiff(&args);
        out.ok();
        let lines = out.lines();
        out.check(lines.first().map(String::as_str) == Some("written"), &format!("with {devices:?}: the inner container must run and write its root"));
        out.check(lines.get(1).map(String::as_str) == Some(driver), &format!("with {devices:?}: the inner skiff must pick {driver}"));
        let fuse_line = lines.get(2).cloned().unwrap_or_default();
        if devices.is_empty() {
            out.check(
                fuse_line.starts_with("WARN") && fuse_line.contains("--device /dev/fuse"),
                "doctor inside must warn that /dev/fuse is missing, with the container-side fix",
            );
        } else {
            out.check(fuse_line.starts_with("OK"), "doctor inside must find /dev/fuse usable");
        }
    }
    assert_no_processes_left(&store);
}

/// Every file under `dir` (not following symlinks), with its host owner.
fn files_with_owners(dir: &Path) -> Vec<(std::path::PathBuf, u32)> {
    let mut found = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(d) = pending.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else { continue };
        for entry in entries.flatten() {
            let md = entry.path().symlink_metadata().unwrap();
            found.push((entry.path(), md.uid()));
            if md.is_dir() {
                pending.push(entry.path());
            }
        }
    }
    found
}

/// `system reset -f` removes files a container wrote as uid 1000 (a
/// subordinate id on the host, in private 0700 directories the user cannot
/// enter) into a volume and into its root file system, with the container
/// still running: nothing of the store or the runtime state is left.
#[test]
fn system_reset_removes_files_owned_by_subordinate_ids() {
    let store = Store::new();
    store.import_busybox("bb");
    store.skiff(&["run", "-d", "--name", "writer", "-v", "data:/v", "bb", "sleep", "300"]).ok();
    store.skiff(&["exec", "writer", "sh", "-c", "mkdir /data /v/sub && chown 1000:1000 /data /v/sub"]).ok();
    let write = "umask 077; for d in /data /v/sub; do mkdir $d/private && echo x > $d/private/file; done";
    store.skiff(&["exec", "--user", "1000", "writer", "sh", "-c", write]).ok();
    let subordinate = SUBID_START + 999;
    let owned: Vec<_> = files_with_owners(&store.skiff_root()).into_iter().filter(|(_, uid)| *uid == subordinate).collect();
    assert!(
        owned.iter().any(|(p, _)| p.ends_with("data/private/file")) && owned.iter().any(|(p, _)| p.ends_with("sub/private/file")),
        "the container's files must belong to subordinate uid {subordinate} on the host, in the rootfs and the volume: {owned:?}"
    );
    store.skiff(&["system", "reset", "-f"]).ok();
    for dir in [store.skiff_root(), store.runtime_dir()] {
        let left = files_with_owners(&dir);
        assert!(!dir.exists() && left.is_empty(), "system reset must leave nothing in {}: {left:?}", dir.display());
    }
    assert!(store.processes().iter().all(|(_, cmd)| !cmd.contains("sleep 300")), "the running container must be gone");
}

/// `system migrate` upgrades a store in place: one written before the
/// store recorded its format (no store-version.json: version 1) with a
/// container record of an older skiff (no restart count, no creation
/// nanoseconds) gets the version recorded and the record rewritten whole,
/// and the container still runs.
#[test]
fn system_migrate_upgrades_a_store_of_the_previous_format_in_place() {
    let store = Store::new();
    store.import_busybox("bb");
    store.skiff(&["create", "--name", "old", "bb", "echo", "still runs"]).ok();
    let id = store.skiff(&["inspect", "--format", "{{.Id}}", "old"]).ok().stdout.trim().to_string();
    let record_path = store.containers_dir().join(&id).join("container.json");
    let mut record: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&record_path).unwrap()).unwrap();
    for field in ["restart_count", "created_nanos"] {
        assert!(record.as_object_mut().unwrap().remove(field).is_some(), "the container record must hold {field}");
    }
    std::fs::write(&record_path, serde_json::to_vec(&record).unwrap()).unwrap();
    let version_path = store.skiff_root().join("store-version.json");
    std::fs::remove_file(&version_path).unwrap();
    // Straight to migrate: any other command would record the version first.
    store.skiff(&["system", "migrate"]).ok().stderr_has("rewrote 1 container");
    let version: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&version_path).unwrap_or_default()).unwrap_or_default();
    assert_eq!(version["version"], 1, "migrate must record the current format version");
    let rewritten: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&record_path).unwrap()).unwrap();
    assert!(
        rewritten.get("restart_count").is_some() && rewritten.get("created_nanos").is_some(),
        "migrate must rewrite the container record in the current format: {rewritten}"
    );
    store.skiff(&["start", "-a", "old"]).ok().stdout_is("still runs");
    store.skiff(&["rm", "old"]).ok();
}
