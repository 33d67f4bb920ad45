//! skiff: a daemonless, rootless container engine. The binary is a thin
//! wrapper around this library; the CLI (and later the REST API) call into
//! the domain modules below.

pub mod build;
pub mod cli;
pub mod commands;
pub mod container;
pub mod error;
pub mod events;
pub mod image;
pub mod network;
pub mod output;
pub mod paths;
pub mod pod;
pub mod runtime;
pub mod storage;
pub mod time;
pub mod volume;

/// Parse the command line, run the command and return the exit status.
pub fn main_entry() -> i32 {
    use clap::Parser;
    let cli = match cli::Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let code = match e.kind() {
                clap::error::ErrorKind::DisplayHelp | clap::error::ErrorKind::DisplayVersion => 0,
                _ => error::EXIT_ENGINE,
            };
            let _ = e.print();
            return code;
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
