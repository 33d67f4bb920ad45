//! The global flags: those skiff honours take effect here, before the
//! command runs; podman's that skiff has no counterpart for are refused in
//! one line each, saying why.

use crate::cli::{Command, EventsBackend, GlobalOptions, LogLevel};
use crate::error::Result;
use crate::output;

pub fn apply(global: &GlobalOptions, command: &Command) -> Result<()> {
    refuse_unsupported(global)?;
    if let Some(runtime) = &global.runtime {
        check_runtime(runtime)?;
    }
    if let Some(option) = global.storage_opt.iter().find(|o| !o.is_empty()) {
        return Err(crate::err!("--storage-opt {option:?}: skiff's storage drivers take no options (choose one with --storage-driver)"));
    }
    match global.events_backend {
        Some(EventsBackend::Journald) => {
            return Err(crate::err!("--events-backend journald: skiff writes no journal; use file (its event log) or none"))
        }
        // Through the environment, so that the helpers skiff starts (each
        // container's monitor) record none either.
        Some(EventsBackend::None) => std::env::set_var(crate::events::BACKEND_VARIABLE, "none"),
        Some(EventsBackend::File) => std::env::remove_var(crate::events::BACKEND_VARIABLE),
        None => {}
    }
    output::set_level(match global.log_level {
        LogLevel::Trace | LogLevel::Debug => output::Level::Debug,
        LogLevel::Info => output::Level::Info,
        LogLevel::Warn => output::Level::Warn,
        LogLevel::Error | LogLevel::Fatal | LogLevel::Panic => output::Level::Error,
    });
    output::debug(&format!("Called {}", std::env::args().collect::<Vec<_>>().join(" ")));
    output::debug(&format!("Command: {command:?}"));
    if global.noout {
        silence_stdout()?;
    }
    Ok(())
}

/// Each of podman's global options skiff cannot honour, and why.
fn refuse_unsupported(global: &GlobalOptions) -> Result<()> {
    let r = &global.refused;
    const REMOTE: &str = "skiff has no remote mode: it works on this machine's store";
    let refusals = [
        (!r.runtime_flag.is_empty(), "--runtime-flag", "skiff is its own OCI runtime and takes no runtime flags"),
        (r.url.is_some(), "--url", REMOTE),
        (r.connection.is_some(), "--connection", REMOTE),
        (r.remote, "--remote", REMOTE),
        (r.identity.is_some(), "--identity", REMOTE),
        (r.ssh.is_some(), "--ssh", REMOTE),
        (r.syslog, "--syslog", "skiff logs to its standard error only"),
        (r.tmpdir.is_some(), "--tmpdir", "skiff keeps its runtime state under --runroot"),
        (r.network_config_dir.is_some(), "--network-config-dir", "skiff keeps its networks in its store (--root)"),
        (r.network_cmd_path.is_some(), "--network-cmd-path", "skiff runs slirp4netns from PATH"),
        (r.conmon.is_some(), "--conmon", "skiff watches its containers itself, without conmon"),
        (!r.hooks_dir.is_empty(), "--hooks-dir", "skiff runs no OCI hooks"),
        (r.volumepath.is_some(), "--volumepath", "skiff keeps its volumes in its store (--root)"),
    ];
    match refusals.iter().find(|(given, _, _)| *given) {
        Some((_, flag, why)) => Err(crate::err!("{flag} is not supported: {why}")),
        None => Ok(()),
    }
}

/// `--runtime`: skiff runs containers itself, so only skiff will do.
fn check_runtime(runtime: &str) -> Result<()> {
    let this = std::env::current_exe().ok().and_then(|p| p.canonicalize().ok());
    let given = std::path::Path::new(runtime).canonicalize().ok();
    if runtime == "skiff" || (given.is_some() && given == this) {
        return Ok(());
    }
    Err(crate::err!("--runtime {runtime}: skiff is its own OCI runtime and runs no other (use skiff or leave it out)"))
}

/// `--noout`: standard output goes nowhere, for skiff and what it runs.
fn silence_stdout() -> Result<()> {
    let null = std::fs::OpenOptions::new().write(true).open("/dev/null").map_err(|e| crate::err!("--noout: open /dev/null: {e}"))?;
    nix::unistd::dup2_stdout(&null).map_err(|e| crate::err!("--noout: {e}"))
}
