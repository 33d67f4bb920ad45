//! Issue 19: the short run of scripts/torture (the full one, with at least
//! 200 kills, is documented in docs/reliability.md): SIGKILL at random
//! points of every mutating command, each followed by `system check` and
//! the same kind of command again, then 20 parallel calls of every kind on
//! one store with the same names, then no process left.

use crate::common;
use common::*;
use std::process::Command;

#[test]
fn short_torture_leaves_consistent_stores_no_unexpected_error_and_no_process() {
    require_host();
    for program in ["python3", "docker-registry", "setpriv"] {
        let found = Command::new("sh").arg("-c").arg(format!("command -v {program}")).output().unwrap();
        assert!(found.status.success(), "the torture needs {program}, which is not installed");
    }
    let script = repo_root().join("scripts/torture");
    let mut cmd = Command::new(&script);
    cmd.args(["--kills", "33", "--skiff"]).arg(skiff_bin()).current_dir(repo_root());
    let out = run_command(cmd, None, format!("{} --kills 33", script.display()));
    eprintln!("{}", out.stdout);
    out.ok().stdout_has("\"inconsistent_left\": 0").stdout_has("\"unexpected_errors\": 0").stdout_has("\"leftover_processes\": 0");
}
