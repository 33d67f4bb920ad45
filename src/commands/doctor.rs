//! `doctor`: one line per check of what this host gives skiff, OK / WARN /
//! FAIL, each non-OK line with its fix; exit 1 when anything fails.

use super::OutputFormat;
use crate::cli::InfoArgs;
use crate::doctor::{self, Check};
use crate::error::Result;
use crate::output;

pub fn run(global: &crate::cli::GlobalOptions, args: &InfoArgs) -> Result<i32> {
    let format = OutputFormat::parse(args.output.format.as_deref())?;
    // The store's location only: doctor looks at the runtime directory
    // itself (resolving it would refuse a bad one before it is reported,
    // and would create the fallback one).
    let uid = nix::unistd::getuid().as_raw();
    let runroot = global.runroot.clone().unwrap_or_else(|| crate::paths::fallback_runtime_dir(uid));
    let paths = crate::paths::Paths::resolve(global.root.as_deref(), Some(&runroot), global.tmpdir.as_deref())?;
    let mut checks = doctor::host_checks(&paths);
    // The storage drivers are tried as containers would use them: inside
    // the user namespace (entered last: the other checks look at the host).
    match crate::runtime::userns::enter_if_rootless() {
        Ok(_) => checks.extend(doctor::storage_checks(&paths)),
        Err(e) => checks.push(Check {
            check: "storage drivers",
            status: doctor::Status::Fail,
            detail: format!("cannot enter a user namespace to try them: {}", e.message),
            fix: Some("fix the user namespace checks above".into()),
        }),
    }
    match format {
        OutputFormat::Table => {
            for c in &checks {
                let mut line = format!("{:<4}  {}: {}", c.status.label(), c.check, c.detail);
                if let Some(fix) = &c.fix {
                    line.push_str(&format!("; fix: {fix}"));
                }
                output::line(&line);
            }
        }
        OutputFormat::Json => output::json(&checks),
        OutputFormat::Template(t) => {
            let values: Vec<serde_json::Value> = checks.iter().map(|c| serde_json::to_value(c).unwrap_or_default()).collect();
            output::templated(&t, &values)?
        }
    }
    Ok(if doctor::any_failed(&checks) { 1 } else { 0 })
}
