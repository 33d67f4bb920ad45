//! Acceptance 1 and 8: the README's two set-up commands, and the benchmark.

use crate::common;
use common::*;
use std::process::Command;

fn readme() -> String {
    std::fs::read_to_string(repo_root().join("README.md")).expect("README.md")
}

/// The commands of the first code block after a heading containing `title`.
fn commands_under(readme: &str, title: &str) -> Vec<String> {
    let start = readme
        .lines()
        .position(|l| l.starts_with('#') && l.contains(title))
        .unwrap_or_else(|| panic!("README.md has no heading with {title:?}"));
    let mut in_block = false;
    let mut cmds = Vec::new();
    for l in readme.lines().skip(start + 1) {
        if l.trim_start().starts_with("```") {
            if in_block {
                break;
            }
            in_block = true;
            continue;
        }
        if in_block && !l.trim().is_empty() && !l.trim_start().starts_with('#') {
            cmds.push(l.trim().to_string());
        }
    }
    cmds
}

fn is_executable(rel: &str) -> bool {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(repo_root().join(rel))
        .map(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
        .unwrap_or(false)
}

/// Acceptance 1: the README gives exactly two set-up commands, they name
/// scripts that exist, and .ci/run runs the README's test command.
#[test]
fn readme_gives_two_setup_commands_and_ci_runs_the_readme_test_command() {
    let readme = readme();
    let setup = commands_under(&readme, "Quick start");
    assert_eq!(setup, ["sudo scripts/try", "sudo CI=true bash .ci/run"], "the README's two set-up commands");
    for script in ["scripts/try", ".ci/run", "scripts/prepare-host", "scripts/bench-run", "scripts/make-busybox-rootfs"]
    {
        assert!(is_executable(script), "{script} must exist and be executable");
    }
    let tests = commands_under(&readme, "Tests");
    let test_cmd =
        tests.iter().find(|c| c.starts_with("cargo test")).expect("README's Tests section gives a cargo test command");
    let ci = std::fs::read_to_string(repo_root().join(".ci/run")).unwrap();
    assert!(ci.lines().any(|l| l.trim() == test_cmd), ".ci/run must run the README's test command `{test_cmd}`");
    assert!(ci.contains("scripts/prepare-host"), ".ci/run must prepare the host");
    assert!(readme.contains("alias docker=skiff"), "the README mentions alias docker=skiff");
}

/// Acceptance 1: the README's first command runs a container (with the
/// binary under test instead of a new build, into a throwaway store).
#[test]
fn try_script_runs_a_container() {
    if is_podman() {
        return;
    }
    let store = Store::new();
    let prefix = store.dir.join("prefix");
    let mut cmd = Command::new(repo_root().join("scripts/try"));
    cmd.current_dir(repo_root())
        .env("SKIFF_BIN", skiff_bin())
        .env("PREFIX", &prefix)
        .env("TRY_DATA_HOME", &store.data)
        .env_remove("SKIFF_STORAGE_DRIVER");
    let out = run_command(cmd, None, "scripts/try".into());
    out.ok().stdout_has("Hello from a skiff container: uid 0 inside");
    out.check(
        parse_id_map(&out.stdout).first() == Some(&[0, TEST_UID as u64, 1]),
        "the container must run in skiffuser's user namespace",
    );
}

/// Acceptance 8: the benchmark runs (a few rounds) and the README has a
/// line for its figure.
#[test]
fn benchmark_runs_and_the_readme_has_its_line() {
    let readme = readme();
    assert!(readme.lines().any(|l| l.starts_with("## Benchmarks")), "README.md needs a Benchmarks section");
    assert!(
        readme.lines().any(|l| l.contains("skiff run --rm --network none bb true:")),
        "README.md needs the line `skiff run --rm --network none bb true: ...`"
    );
    if is_podman() {
        return;
    }
    let mut cmd = Command::new(repo_root().join("scripts/bench-run"));
    cmd.current_dir(repo_root()).env("SKIFF_BIN", skiff_bin()).env("BENCH_N", "3").env("BENCH_WARMUP", "1");
    let out = run_command(cmd, None, "BENCH_N=3 scripts/bench-run".into());
    out.ok()
        .stdout_has("skiff  run --rm --network none bb true: median ")
        .stdout_has("floor: unshare -Urmpf true: median ");
    if std::path::Path::new("/usr/bin/podman").exists() {
        out.stdout_has("ratio skiff/podman");
    }
}

/// Issue 20, goal 6: the functions everyday commands run are linked
/// together at the start of the code (build.rs hands the linker
/// scripts/hot-functions.txt, and scripts/link-ordered finds the names
/// that ThinLTO renamed since the list was made), so that a run maps a
/// few folios of code instead of most of it. A stale list, or a link that
/// did not order, scatters them: a run's peak RSS went from 6.0 to 8.3
/// MiB that way.
#[test]
fn hot_functions_are_linked_together() {
    if is_podman() {
        return;
    }
    let out = Command::new("nm").arg("--defined-only").arg("-S").arg(skiff_bin()).output();
    let out = out.unwrap_or_else(|e| panic!("nm (binutils) is needed to read the binary's symbols: {e}"));
    assert!(out.status.success(), "nm {}: {}", skiff_bin().display(), String::from_utf8_lossy(&out.stderr));
    let base = |name: &str| name.split(".llvm.").next().unwrap_or(name).to_string();
    // Every function's address and size by name, and the functions ThinLTO
    // renamed (promoted) by their name without the suffix, as
    // scripts/link-ordered matches them.
    let mut exact: std::collections::HashMap<String, (u64, u64)> = Default::default();
    let mut renamed: std::collections::HashMap<String, Vec<(u64, u64)>> = Default::default();
    for line in String::from_utf8_lossy(&out.stdout).lines() {
        let fields: Vec<&str> = line.split_whitespace().collect();
        if let [address, size, kind, name] = fields[..] {
            if kind.eq_ignore_ascii_case("t") {
                let place = (u64::from_str_radix(address, 16).unwrap_or(0), u64::from_str_radix(size, 16).unwrap_or(0));
                exact.insert(name.to_string(), place);
                if base(name) != name {
                    renamed.entry(base(name)).or_default().push(place);
                }
            }
        }
    }
    let list = std::fs::read_to_string(repo_root().join("scripts/hot-functions.txt")).expect("scripts/hot-functions.txt");
    let listed: Vec<&str> = list.lines().filter(|l| !l.is_empty() && !l.starts_with('#')).collect();
    let (mut found, mut places) = (0, Vec::new());
    for name in &listed {
        if let Some(place) = exact.get(*name) {
            places.push(*place);
        } else if let Some(renamed) = renamed.get(&base(name)) {
            places.extend(renamed);
        } else {
            continue;
        }
        found += 1;
    }
    assert!(
        found * 10 >= listed.len() * 9,
        "only {found} of the {} functions scripts/hot-functions.txt names are in the binary: run scripts/order-functions and rebuild",
        listed.len()
    );
    // Packed: the listed functions span little more than their own size.
    places.sort();
    let size: u64 = places.iter().map(|(_, size)| size).sum();
    let span = places.last().map(|(address, size)| address + size).unwrap_or(0) - places.first().map(|(address, _)| *address).unwrap_or(0);
    assert!(
        span < size * 3 / 2,
        "the {found} hot functions ({} KiB) are spread over {} KiB of code: the link did not order them (build.rs, scripts/link-ordered)",
        size / 1024,
        span / 1024
    );
}
