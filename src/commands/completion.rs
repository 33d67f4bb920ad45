//! `skiff completion SHELL`: print a completion script.

use crate::cli::{Cli, CompletionArgs};
use crate::error::Result;
use clap::CommandFactory;

pub fn run(args: CompletionArgs) -> Result<i32> {
    let mut cmd = Cli::command();
    clap_complete::generate(args.shell, &mut cmd, "skiff", &mut std::io::stdout());
    Ok(0)
}
