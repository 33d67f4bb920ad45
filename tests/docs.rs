//! Generated files (completions/, man/, docs/compat.md) are not stale,
//! every podman and docker flag is either defined or refused, and the
//! binary runs as the unprivileged user.

use crate::common;
use common::*;
use std::collections::BTreeMap;
use std::path::Path;

const REGENERATE: &str = "run `cargo run --release -- __generate-docs .` and commit completions/ and man/";

fn files_under(dir: &Path, sub: &str) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    if let Ok(rd) = std::fs::read_dir(dir.join(sub)) {
        for e in rd.flatten() {
            out.insert(format!("{sub}/{}", e.file_name().to_string_lossy()), std::fs::read(e.path()).unwrap());
        }
    }
    out
}

#[test]
fn version_runs_as_the_test_user() {
    let store = Store::new();
    // podman's "podman version X" line, which scripts parse; `-v` too.
    for flag in ["--version", "-v"] {
        let out = store.skiff(&[flag]);
        out.ok();
        if !is_podman() {
            out.stdout_is(&format!("skiff version {}", env!("CARGO_PKG_VERSION")));
        }
    }
    // It really ran as skiffuser.
    store.bash("id -u").ok().stdout_is(&TEST_UID.to_string());
}

#[test]
fn completions_and_man_pages_are_not_stale() {
    if is_podman() {
        return;
    }
    let store = Store::new();
    let gen = store.home.join("gen");
    store.skiff(&["__generate-docs", &gen.display().to_string()]).ok();
    let repo = repo_root();
    let mut stale = Vec::new();
    for sub in ["completions", "man"] {
        let want = files_under(&gen, sub);
        let have = files_under(&repo, sub);
        assert!(!want.is_empty(), "__generate-docs wrote nothing into {sub}/");
        for (name, content) in &want {
            match have.get(name) {
                None => stale.push(format!("{name} is missing")),
                Some(c) if c != content => stale.push(format!("{name} differs")),
                Some(_) => {}
            }
        }
        for name in have.keys().filter(|n| !want.contains_key(*n)) {
            stale.push(format!("{name} is no longer generated"));
        }
    }
    assert!(stale.is_empty(), "completions/ and man/ are stale ({}): {REGENERATE}", stale.join(", "));
}

#[test]
fn compat_md_is_not_stale() {
    let want = skiff::cli::compat::render_markdown();
    let have = std::fs::read_to_string(repo_root().join("docs/compat.md")).unwrap_or_default();
    assert!(have == want, "docs/compat.md is stale: {REGENERATE} and docs/compat.md");
}

/// The "never unexpected argument" guarantee: each podman 4.3 and docker
/// CLI command and flag of the inventories is one skiff defines or one
/// src/cli/refused.rs refuses.
#[test]
fn every_podman_and_docker_flag_is_defined_or_refused() {
    let missing: Vec<String> = skiff::cli::compat::rows()
        .into_iter()
        .filter(|r| r.status == skiff::cli::compat::Status::Missing)
        .map(|r| format!("{} {}", r.program, r.words().join(" ")))
        .collect();
    assert!(
        missing.is_empty(),
        "{} podman/docker commands or flags are neither defined nor in src/cli/refused.rs: {}",
        missing.len(),
        missing.join(", ")
    );
}

#[test]
fn completion_command_prints_the_checked_in_scripts() {
    if is_podman() {
        return;
    }
    let store = Store::new();
    for (shell, file) in [("bash", "skiff.bash"), ("zsh", "_skiff"), ("fish", "skiff.fish")] {
        let out = store.skiff(&["completion", shell]);
        out.ok();
        let want = std::fs::read_to_string(repo_root().join("completions").join(file)).unwrap();
        assert!(out.stdout == want, "`skiff completion {shell}` differs from completions/{file}: {REGENERATE}");
    }
}

#[test]
fn help_lists_every_command() {
    let store = Store::new();
    let out = store.skiff(&["--help"]);
    out.ok();
    for cmd in ["run", "ps", "rm", "images", "rmi", "import", "load"] {
        out.check(
            out.stdout.lines().any(|l| l.trim_start().starts_with(&format!("{cmd} "))),
            &format!("--help must list {cmd}"),
        );
    }
    if !is_podman() {
        out.check(!out.stdout.contains("__generate-docs"), "the docs generator must stay hidden");
    }
}

#[test]
fn unknown_flag_is_an_engine_error() {
    let store = Store::new();
    let out = store.skiff(&["run", "--no-such-flag", "bb"]);
    out.code(125);
}
