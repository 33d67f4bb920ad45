//! The global flags skiff honours take effect here, before the command
//! runs; podman's that skiff has no counterpart for are refused with the
//! other refusals, in cli::refused.

use crate::cli::{Command, EventsBackend, GlobalOptions, LogLevel};
use crate::error::Result;
use crate::output;

pub fn apply(global: &GlobalOptions, command: &Command) -> Result<()> {
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
    if !global.hooks_dir.is_empty() {
        if global.hooks_dir.iter().any(|dir| dir.as_os_str().is_empty()) {
            return Err(crate::err!("--hooks-dir \"\": an empty hooks directory is not supported"));
        }
        // Through the environment, so that each container's monitor reads
        // the same directories.
        let dirs: Vec<String> = global.hooks_dir.iter().map(|dir| dir.to_string_lossy().into_owned()).collect();
        std::env::set_var(crate::runtime::hooks::HOOKS_DIRS_VARIABLE, dirs.join("\n"));
    }
    if let Some(program) = &global.network_cmd_path {
        // Through the environment, for the monitors that start slirp4netns.
        std::env::set_var(crate::runtime::slirp::NETWORK_CMD_VARIABLE, program);
    }
    if let Some(dir) = &global.config {
        // Through the environment, as docker's own DOCKER_CONFIG: the
        // credential lookups read it wherever they run.
        std::env::set_var(crate::image::registry::auth::DOCKER_CONFIG_VARIABLE, dir);
    }
    let level = if global.debug { LogLevel::Debug } else { global.log_level };
    output::set_level(match level {
        LogLevel::Trace | LogLevel::Debug => output::Level::Debug,
        LogLevel::Info => output::Level::Info,
        LogLevel::Warn => output::Level::Warn,
        LogLevel::Error | LogLevel::Fatal | LogLevel::Panic => output::Level::Error,
    });
    if global.syslog {
        output::log_to_syslog(output::SYSTEM_LOG)?;
    }
    output::debug(&format!("Called {}", std::env::args().collect::<Vec<_>>().join(" ")));
    output::debug(&format!("Command: {command:?}"));
    if global.noout {
        silence_stdout()?;
    }
    Ok(())
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
