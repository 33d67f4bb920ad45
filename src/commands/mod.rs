//! One file per command. Each takes its parsed arguments and returns the
//! process exit status.

mod completion;
mod create;
mod exec;
mod kill;
mod logs;
mod start;
mod stop;
mod tag;
mod wait;
mod image;
mod images;
mod import;
mod inspect;
mod load;
mod login;
mod logout;
mod ps;
mod pull;
mod push;
mod rm;
mod rmi;
mod run;

use crate::cli::{Cli, Command};
use crate::error::Result;
use crate::paths::Paths;

/// What every command gets: where the store is and the global flags.
pub struct Context {
    pub paths: Paths,
    pub global: crate::cli::GlobalOptions,
}

pub fn dispatch(cli: Cli) -> Result<i32> {
    let ctx = || -> Result<Context> {
        Ok(Context {
            paths: Paths::resolve(cli.global.root.as_deref(), cli.global.runroot.as_deref())?,
            global: cli.global.clone(),
        })
    };
    match cli.command {
        Command::Run(args) => run::run(&ctx()?, args),
        Command::Create(args) => create::run(&ctx()?, args),
        Command::Start(args) => start::run(&ctx()?, args),
        Command::Stop(args) => stop::run(&ctx()?, args),
        Command::Restart(args) => stop::restart(&ctx()?, args),
        Command::Kill(args) => kill::run(&ctx()?, args),
        Command::Wait(args) => wait::run(&ctx()?, args),
        Command::Logs(args) => logs::run(&ctx()?, args),
        Command::Exec(args) => exec::run(&ctx()?, args),
        Command::Monitor { id } => crate::container::monitor::run(&ctx()?.paths, &id),
        Command::Ps(args) => ps::run(&ctx()?, args),
        Command::Rm(args) => rm::run(&ctx()?, args),
        Command::Inspect(args) => inspect::run(&ctx()?, args),
        Command::Images(args) => images::run(&ctx()?, args),
        Command::Rmi(args) => rmi::run(&ctx()?, args),
        Command::Import(args) => import::run(&ctx()?, args),
        Command::Load(args) => load::run(&ctx()?, args),
        Command::Pull(args) => pull::run(&ctx()?, args),
        Command::Push(args) => push::run(&ctx()?, args),
        Command::Tag(args) => tag::tag(&ctx()?, args),
        Command::Untag(args) => tag::untag(&ctx()?, args),
        Command::Image(args) => image::run(&ctx()?, args),
        Command::Login(args) => login::run(args),
        Command::Logout(args) => logout::run(args),
        Command::Completion(args) => completion::run(args),
        Command::GenerateDocs { dir } => {
            crate::cli::generate::write_all(&dir)?;
            Ok(0)
        }
    }
}

/// The `--format` values every listing command takes.
#[derive(Debug, Clone)]
pub enum OutputFormat {
    Table,
    Json,
    Template(crate::output::template::Template),
}

impl OutputFormat {
    pub fn parse(value: Option<&str>) -> Result<OutputFormat> {
        match value {
            None | Some("") | Some("table") => Ok(OutputFormat::Table),
            Some("json") => Ok(OutputFormat::Json),
            Some(t) => Ok(OutputFormat::Template(crate::output::template::Template::parse(t)?)),
        }
    }
}
