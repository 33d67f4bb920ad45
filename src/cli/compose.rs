//! `skiff compose`'s command line (clap types only), docker compose v2's
//! flags.

use clap::{Args, Subcommand, ValueEnum};
use std::path::PathBuf;

#[derive(Debug, Args)]
pub struct ComposeArgs {
    #[command(flatten)]
    pub project: ComposeProjectArgs,
    #[command(subcommand)]
    pub command: ComposeCommand,
}

/// Which project: its files, name, profiles and variables.
#[derive(Debug, Args, Clone, Default)]
pub struct ComposeProjectArgs {
    /// Compose file (repeatable, merged in order; - reads standard input) [default: compose.yaml or docker-compose.yml here or in a parent, with its override file]
    #[arg(short = 'f', long = "file", value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// Project name [default: COMPOSE_PROJECT_NAME, the top-level name, or the project directory's name]
    #[arg(short = 'p', long, value_name = "NAME")]
    pub project_name: Option<String>,
    /// Enable the services of this profile (repeatable; also COMPOSE_PROFILES)
    #[arg(long = "profile", value_name = "PROFILE")]
    pub profiles: Vec<String>,
    /// Read variables from this file instead of the project directory's .env (repeatable)
    #[arg(long = "env-file", value_name = "FILE")]
    pub env_files: Vec<PathBuf>,
    /// Directory relative paths in the files are resolved against [default: the first file's directory]
    #[arg(long, value_name = "DIR")]
    pub project_directory: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum ComposeCommand {
    /// Print the project's normalised model
    Config(ComposeConfigArgs),
    /// Stop and remove the project's containers and networks
    Down(ComposeDownArgs),
    /// List the project's containers
    Ps(ComposePsArgs),
    /// Show the output of the project's containers
    Logs(ComposeLogsArgs),
    /// Start the services' existing containers
    Start(ComposeServicesArgs),
    /// Stop the services' containers
    Stop(ComposeStopArgs),
    /// Restart the services' containers
    Restart(ComposeStopArgs),
    /// Send a signal to the services' running containers
    Kill(ComposeKillArgs),
    /// Remove the services' stopped containers
    Rm(ComposeRmArgs),
    /// List the projects that have containers
    Ls(ComposeLsArgs),
    /// Show the version of compose skiff implements
    Version(ComposeVersionArgs),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ComposeConfigFormat {
    Yaml,
    Json,
}

#[derive(Debug, Args)]
pub struct ComposeConfigArgs {
    /// Print the service names, one a line
    #[arg(long)]
    pub services: bool,
    /// Print the volume names, one a line
    #[arg(long)]
    pub volumes: bool,
    /// Print the profile names, one a line
    #[arg(long)]
    pub profiles: bool,
    /// Print the images the services use, one a line
    #[arg(long)]
    pub images: bool,
    /// Only check the files: print nothing
    #[arg(short, long)]
    pub quiet: bool,
    /// Output format
    #[arg(long, value_enum, value_name = "FORMAT", default_value_t = ComposeConfigFormat::Yaml)]
    pub format: ComposeConfigFormat,
    /// Write the model to this file instead of standard output
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Services to show [default: all]
    #[arg(value_name = "SERVICE")]
    pub service_names: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RemoveImages {
    /// Images built for services without an image name of their own
    Local,
    /// Every image a service uses
    All,
}

#[derive(Debug, Args)]
pub struct ComposeDownArgs {
    /// Also remove the named volumes the file declares and the containers' anonymous volumes
    #[arg(short, long)]
    pub volumes: bool,
    /// Also remove images: local or all
    #[arg(long, value_enum, value_name = "TYPE")]
    pub rmi: Option<RemoveImages>,
    /// Also remove containers of services the files no longer define
    #[arg(long)]
    pub remove_orphans: bool,
    /// Seconds to wait for a container to stop before killing it [default: its stop_grace_period]
    #[arg(short = 't', long = "timeout", value_name = "SECONDS")]
    pub timeout: Option<u64>,
    /// Services whose containers to remove [default: all]
    #[arg(value_name = "SERVICE")]
    pub service_names: Vec<String>,
}

#[derive(Debug, Args)]
pub struct ComposePsArgs {
    /// Also list stopped containers (and one-off `run` containers)
    #[arg(short, long)]
    pub all: bool,
    /// Print only container ids
    #[arg(short, long)]
    pub quiet: bool,
    /// Print the services' names instead
    #[arg(long)]
    pub services: bool,
    /// table, json, or a Go template
    #[arg(long, value_name = "FORMAT")]
    pub format: Option<String>,
    /// Only containers in this state (repeatable): created, running, exited
    #[arg(long, value_name = "STATUS")]
    pub status: Vec<String>,
    /// Services to list [default: all]
    #[arg(value_name = "SERVICE")]
    pub service_names: Vec<String>,
}

#[derive(Debug, Args)]
pub struct ComposeLogsArgs {
    /// Keep printing new output until the containers stop
    #[arg(short, long)]
    pub follow: bool,
    /// Print only the last N lines of each container [default: all]
    #[arg(long, value_name = "N")]
    pub tail: Option<String>,
    /// Show timestamps
    #[arg(short, long)]
    pub timestamps: bool,
    /// Print the prefixes without colour
    #[arg(long)]
    pub no_color: bool,
    /// Print no "service-1  |" prefix
    #[arg(long)]
    pub no_log_prefix: bool,
    /// Only the container with this replica number
    #[arg(long, value_name = "N")]
    pub index: Option<u32>,
    /// Services to show [default: all]
    #[arg(value_name = "SERVICE")]
    pub service_names: Vec<String>,
}

#[derive(Debug, Args)]
pub struct ComposeServicesArgs {
    /// Services [default: all]
    #[arg(value_name = "SERVICE")]
    pub service_names: Vec<String>,
}

#[derive(Debug, Args)]
pub struct ComposeStopArgs {
    /// Seconds to wait for a container to stop before killing it [default: its stop_grace_period]
    #[arg(short = 't', long = "timeout", value_name = "SECONDS")]
    pub timeout: Option<u64>,
    /// Services [default: all]
    #[arg(value_name = "SERVICE")]
    pub service_names: Vec<String>,
}

#[derive(Debug, Args)]
pub struct ComposeKillArgs {
    /// Signal to send
    #[arg(short, long, value_name = "SIGNAL", default_value = "SIGKILL")]
    pub signal: String,
    /// Also kill containers of services the files no longer define
    #[arg(long)]
    pub remove_orphans: bool,
    /// Services [default: all]
    #[arg(value_name = "SERVICE")]
    pub service_names: Vec<String>,
}

#[derive(Debug, Args)]
pub struct ComposeRmArgs {
    /// Do not ask for confirmation
    #[arg(short, long)]
    pub force: bool,
    /// Stop running containers first
    #[arg(short, long)]
    pub stop: bool,
    /// Also remove the containers' anonymous volumes
    #[arg(short, long)]
    pub volumes: bool,
    /// Services [default: all]
    #[arg(value_name = "SERVICE")]
    pub service_names: Vec<String>,
}

#[derive(Debug, Args)]
pub struct ComposeLsArgs {
    /// Also list projects whose containers are all stopped
    #[arg(short, long)]
    pub all: bool,
    /// Print only project names
    #[arg(short, long)]
    pub quiet: bool,
    /// table or json
    #[arg(long, value_name = "FORMAT")]
    pub format: Option<String>,
}

#[derive(Debug, Args)]
pub struct ComposeVersionArgs {
    /// Print only the version number
    #[arg(long)]
    pub short: bool,
    /// pretty or json
    #[arg(short, long, value_name = "FORMAT")]
    pub format: Option<String>,
}
