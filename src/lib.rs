//! skiff: a daemonless, rootless container engine. The binary is a thin
//! wrapper around this library; the CLI (and later the REST API) call into
//! the domain modules below.

// inspect's document, podman's whole container JSON, is one json! call.
#![recursion_limit = "256"]

pub mod api;
pub mod build;
pub mod check;
pub mod cli;
pub mod commands;
pub mod compose;
pub mod container;
pub mod doctor;
pub mod error;
pub mod events;
pub mod image;
pub mod kube;
pub mod network;
pub mod output;
pub mod paths;
pub mod pod;
pub mod runtime;
pub mod secret;
pub mod storage;
pub mod systemd;
pub mod sys;
pub mod time;
pub mod units;
pub mod volume;

/// Parse the command line, run the command and return the exit status.
/// clap's error as the one line every bad input gets: its message, with
/// the possible values and tips it adds, but not the usage and the pointer
/// to --help that follow.
fn one_line(rendered: &str) -> String {
    rendered
        .lines()
        .map(str::trim)
        .take_while(|l| !l.starts_with("Usage:"))
        .filter(|l| !l.is_empty() && !l.starts_with("For more information"))
        .map(|l| l.strip_prefix("error: ").unwrap_or(l))
        .fold(String::new(), |line, part| match line.as_str() {
            "" => part.to_string(),
            // "the following required arguments were not provided:" and its list
            _ if line.ends_with(':') => format!("{line} {part}"),
            _ => format!("{line}; {part}"),
        })
}

pub fn main_entry() -> i32 {
    use clap::FromArgMatches;
    sys::warnings::install(&output::StderrWarnings);
    let mut args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let mut command = cli::refused::command_for(&args);
    let mut resident = false;
    let mut first = command.try_get_matches_from_mut(&args);
    // `--rm=false`, `-t=true`: podman's switches take a value; a line
    // clap refuses is read again with such values spelled out.
    if first.is_err() && cli::bool_values::may_hold_switch_values(&args) {
        let mut whole = cli::refused::command();
        whole.build();
        if let Some(respelled) = cli::bool_values::spelled_out(&whole, &args) {
            args = respelled;
            command = cli::refused::command_for(&args);
            first = command.try_get_matches_from_mut(&args);
        }
    }
    let parsed = first.and_then(|matches| {
        resident = matches.subcommand_name().is_some_and(cli::is_resident_helper);
        // A refused command or flag parsed: one line naming it, before anything else.
        if let Some((given, reason)) = cli::refused::refusal_in(&matches) {
            output::refusal(&given, reason);
            return Ok(None);
        }
        cli::Cli::from_arg_matches(&matches).map(Some)
    });
    // Freeing the parser costs about as much as building it; the process
    // ends when the command does, unless it is a helper that lives on.
    if resident {
        drop(command);
    } else {
        std::mem::forget(command);
    }
    let cli = match parsed {
        Ok(Some(cli)) => cli,
        Ok(None) => return error::EXIT_ENGINE,
        Err(e) => {
            use clap::error::ErrorKind;
            match e.kind() {
                ErrorKind::DisplayHelp => {
                    let _ = e.print();
                    return 0;
                }
                // podman's "podman version X" line rather than clap's "skiff X".
                ErrorKind::DisplayVersion => {
                    output::line(&format!("skiff version {}", env!("CARGO_PKG_VERSION")));
                    return 0;
                }
                // A bare `skiff` or `skiff volume`: the help is the answer.
                ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
                    let _ = e.print();
                }
                _ => output::error(&one_line(&e.render().to_string())),
            }
            return error::EXIT_ENGINE;
        }
    };
    match commands::dispatch(cli) {
        Ok(code) => code,
        Err(e) => {
            output::error(&e.message);
            e.code
        }
    }
}
