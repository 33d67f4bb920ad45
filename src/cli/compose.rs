//! `skiff compose`'s command line (clap types only), docker compose v2's
//! flags.

use clap::{Args, Subcommand, ValueEnum};
use std::path::PathBuf;

#[derive(Debug, Args)]
pub struct ComposeArgs {
    #[command(flatten)]
    pub project: ComposeProjectArgs,
    /// When to colour the services' output: never, always, or auto (on a terminal)
    #[arg(long, value_enum, value_name = "WHEN", default_value_t = ComposeAnsi::Auto)]
    pub ansi: ComposeAnsi,
    /// How to show progress: auto, tty and plain print a line per step, quiet prints none
    #[arg(long, value_enum, value_name = "TYPE", default_value_t = ComposeProgressType::Auto)]
    pub progress: ComposeProgressType,
    /// Print what up, create, down, rm, stop, start, restart, kill, pause, unpause and pull would do (with a "DRY-RUN MODE - " prefix) and change nothing
    #[arg(long)]
    pub dry_run: bool,
    #[command(subcommand)]
    pub command: ComposeCommand,
}

// Which project: its files, name, profiles and variables.
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
    /// At most N services at a time (-1: no limit); skiff works on one service at a time, so every limit holds
    #[arg(long, value_name = "N", allow_negative_numbers = true)]
    pub parallel: Option<i64>,
    /// Include the networks, volumes, secrets and configs no service uses (`up` creates them, `config` lists them)
    #[arg(long)]
    pub all_resources: bool,
}

#[derive(Debug, Subcommand)]
pub enum ComposeCommand {
    /// Create and start the services' containers (and their networks and volumes)
    Up(ComposeUpArgs),
    /// Create the services' containers without starting them
    Create(ComposeCreateOnlyArgs),
    /// Run a one-off command in a new container of a service
    Run(ComposeRunArgs),
    /// Build the images of services with a build section
    Build(ComposeBuildArgs),
    /// Run a command in a running container of a service
    Exec(ComposeExecArgs),
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
    /// Set how many containers services run: SERVICE=REPLICAS (and start their dependencies)
    Scale(ComposeScaleArgs),
    /// Restart the services' containers (and those of the services that depend on them with `restart: true`)
    Restart(ComposeRestartArgs),
    /// Send a signal to the services' running containers
    Kill(ComposeKillArgs),
    /// Pause the services' running containers
    Pause(ComposeServicesArgs),
    /// Let the services' paused containers run again
    Unpause(ComposeServicesArgs),
    /// Remove the services' stopped containers
    Rm(ComposeRmArgs),
    /// List the projects that have containers
    Ls(ComposeLsArgs),
    /// Print the host address a service's port is published on
    Port(ComposePortArgs),
    /// List the images the project's containers use
    Images(ComposeImagesArgs),
    /// Show the processes of the services' running containers
    Top(ComposeServicesArgs),
    /// Block until the first container of the services stops, and exit with its status
    Wait(ComposeWaitArgs),
    /// Pull the services' images
    Pull(ComposePullArgs),
    /// Push the images of the services with a build section and an image name
    Push(ComposePushArgs),
    /// Copy files between a service's container and the host
    Cp(ComposeCpArgs),
    /// Connect the terminal to a service's running container
    Attach(ComposeAttachArgs),
    /// Make an image of a service container's changes
    Commit(ComposeCommitArgs),
    /// Write a service container's filesystem as a tar archive
    Export(ComposeExportArgs),
    /// Print the events of the project's containers as they happen
    Events(ComposeEventsArgs),
    /// Show the version of compose skiff implements
    Version(ComposeVersionArgs),
    /// Print the services and their dependencies as a Graphviz (DOT) graph
    Viz(ComposeVizArgs),
    /// Bring the services up, then sync, restart or rebuild them as the files their develop.watch rules name change
    Watch(ComposeWatchArgs),
    /// docker compose's experimental commands, now top-level ones: watch and viz
    Alpha(ComposeAlphaArgs),
}

#[derive(Debug, Args)]
pub struct ComposeWatchArgs {
    /// Do not build and start the services before watching
    #[arg(long)]
    pub no_up: bool,
    /// Remove the image a rebuild replaced once no container uses it (--prune=false: keep it)
    #[arg(long, value_name = "BOOL", default_value_t = true, action = clap::ArgAction::Set, num_args = 0..=1, require_equals = true, default_missing_value = "true")]
    pub prune: bool,
    /// Print no build output
    #[arg(long)]
    pub quiet: bool,
    /// Services to watch [default: every one with develop.watch rules]
    #[arg(value_name = "SERVICE")]
    pub service_names: Vec<String>,
}

#[derive(Debug, Args)]
pub struct ComposeAlphaArgs {
    #[command(subcommand)]
    pub command: ComposeAlphaCommand,
}

#[derive(Debug, Subcommand)]
pub enum ComposeAlphaCommand {
    /// The same as `compose watch`
    Watch(ComposeWatchArgs),
    /// The same as `compose viz`
    Viz(ComposeVizArgs),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ComposeAnsi {
    Never,
    Always,
    Auto,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ComposeProgressType {
    Auto,
    Tty,
    Plain,
    Quiet,
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
    /// Print "SERVICE HASH" lines: the configuration hash of these services ("*": all)
    #[arg(long, value_name = "SERVICES")]
    pub hash: Option<String>,
    /// Output format
    #[arg(long, value_enum, value_name = "FORMAT", default_value_t = ComposeConfigFormat::Yaml)]
    pub format: ComposeConfigFormat,
    /// Write the model to this file instead of standard output
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Keep ${VAR} as written (the files merged, not normalised)
    #[arg(long)]
    pub no_interpolate: bool,
    /// Keep short syntax as written (the files merged, not normalised)
    #[arg(long)]
    pub no_normalize: bool,
    /// Keep relative paths relative to the project directory
    #[arg(long)]
    pub no_path_resolution: bool,
    /// Keep env_file and valueless environment entries as written
    #[arg(long)]
    pub no_env_resolution: bool,
    /// Print the model even if it refers to undefined services, networks, volumes, secrets or configs
    #[arg(long)]
    pub no_consistency: bool,
    /// Pin each image to the digest its registry serves now (NAME:TAG@DIGEST)
    #[arg(long)]
    pub resolve_image_digests: bool,
    /// Print an override file that pins each service's image to its digest
    #[arg(long)]
    pub lock_image_digests: bool,
    /// Print the variables the files use: whether required, their default and alternate values
    #[arg(long)]
    pub variables: bool,
    /// Print the variables interpolation uses (KEY=VALUE lines)
    #[arg(long)]
    pub environment: bool,
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
    /// Filter: status=STATE (as --status)
    #[arg(long, value_name = "FILTER")]
    pub filter: Vec<String>,
    /// Also list containers of services the files no longer define (--orphans=false: do not)
    #[arg(long, value_name = "BOOL", default_value_t = true, action = clap::ArgAction::Set, num_args = 0..=1, default_missing_value = "true")]
    pub orphans: bool,
    /// Print commands whole instead of cutting them at 20 characters
    #[arg(long)]
    pub no_trunc: bool,
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
    #[arg(short = 'n', long, value_name = "N")]
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
    #[command(flatten)]
    pub period: super::PeriodArgs,
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
pub struct ComposeAttachArgs {
    /// Keys that detach and leave the container running ("" to disable)
    #[arg(long, value_name = "KEYS", default_value = "ctrl-p,ctrl-q")]
    pub detach_keys: String,
    /// Pass the signals skiff receives on to the container's process (false: they are not caught)
    #[arg(long, value_name = "BOOL", action = clap::ArgAction::Set, num_args = 0..=1, require_equals = true, default_missing_value = "true", default_value = "true")]
    pub sig_proxy: bool,
    /// Do not send standard input to the container
    #[arg(long)]
    pub no_stdin: bool,
    /// Which replica of the service
    #[arg(long, value_name = "N", default_value_t = 1)]
    pub index: u32,
    /// The service
    #[arg(value_name = "SERVICE")]
    pub service: String,
}

#[derive(Debug, Args)]
pub struct ComposeCommitArgs {
    /// Set the image's author
    #[arg(short, long, value_name = "AUTHOR")]
    pub author: Option<String>,
    #[command(flatten)]
    pub changes: super::ImageChangeArgs,
    /// Stop the container's processes while the image is written (--pause=false: do not)
    #[arg(short, long, value_name = "BOOL", default_value_t = true, action = clap::ArgAction::Set, num_args = 0..=1, require_equals = true, default_missing_value = "true")]
    pub pause: bool,
    /// Which replica of the service
    #[arg(long, value_name = "N", default_value_t = 1)]
    pub index: u32,
    /// The service
    #[arg(value_name = "SERVICE")]
    pub service: String,
    /// Name the image [default: none]
    #[arg(value_name = "REPOSITORY[:TAG]")]
    pub image: Option<String>,
}

#[derive(Debug, Args)]
pub struct ComposeExportArgs {
    /// Write to this file instead of standard output
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Which replica of the service
    #[arg(long, value_name = "N", default_value_t = 1)]
    pub index: u32,
    /// The service
    #[arg(value_name = "SERVICE")]
    pub service: String,
}

#[derive(Debug, Args)]
pub struct ComposeScaleArgs {
    /// Do not start the services they depend on
    #[arg(long)]
    pub no_deps: bool,
    /// The number of containers each service runs
    #[arg(value_name = "SERVICE=REPLICAS", required = true)]
    pub replicas: Vec<String>,
}

#[derive(Debug, Args)]
pub struct ComposeRestartArgs {
    #[command(flatten)]
    pub stop: ComposeStopArgs,
    /// Restart only the services named, not those that depend on them with `restart: true`
    #[arg(long)]
    pub no_deps: bool,
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
    /// Filter: name=NAME (projects whose name contains NAME)
    #[arg(long, value_name = "FILTER")]
    pub filter: Vec<String>,
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

#[derive(Debug, Args)]
pub struct ComposeVizArgs {
    /// Show each service's image
    #[arg(long)]
    pub image: bool,
    /// Show each service's networks
    #[arg(long)]
    pub networks: bool,
    /// Show each service's ports
    #[arg(long)]
    pub ports: bool,
    /// Indent with spaces instead of tabs
    #[arg(long)]
    pub spaces: bool,
    /// How many tabs (or spaces) to indent with
    #[arg(long, value_name = "N", default_value_t = 1, allow_negative_numbers = true)]
    pub indentation_size: i64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ComposePull {
    Always,
    Missing,
    Never,
}

// What `up` and `create` share.
#[derive(Debug, Args)]
pub struct ComposeCreateArgs {
    /// Build images before starting the containers
    #[arg(long, conflicts_with = "no_build")]
    pub build: bool,
    /// Do not build images, even those missing
    #[arg(long)]
    pub no_build: bool,
    /// When to pull images [default: each service's pull_policy, else missing]
    #[arg(long, value_enum, value_name = "POLICY")]
    pub pull: Option<ComposePull>,
    /// Recreate containers even if their configuration did not change
    #[arg(long, conflicts_with = "no_recreate")]
    pub force_recreate: bool,
    /// Keep existing containers even if their configuration changed
    #[arg(long)]
    pub no_recreate: bool,
    /// Also remove containers of services the files no longer define
    #[arg(long)]
    pub remove_orphans: bool,
    /// Run N containers of SERVICE, overriding its scale (repeatable)
    #[arg(long, value_name = "SERVICE=N")]
    pub scale: Vec<String>,
    /// Pull without printing progress
    #[arg(long)]
    pub quiet_pull: bool,
    /// Answer yes to every prompt (skiff asks none)
    #[arg(short = 'y', long)]
    pub yes: bool,
}

#[derive(Debug, Args)]
pub struct ComposeUpArgs {
    #[command(flatten)]
    pub create: ComposeCreateArgs,
    /// Run the containers in the background and return
    #[arg(short, long)]
    pub detach: bool,
    /// Do not start the services the named ones depend on
    #[arg(long)]
    pub no_deps: bool,
    /// Create the containers but do not start them
    #[arg(long)]
    pub no_start: bool,
    /// Wait until the services are running and healthy (implies --detach)
    #[arg(long)]
    pub wait: bool,
    /// Seconds --wait waits at most
    #[arg(long, value_name = "SECONDS", default_value_t = 300)]
    pub wait_timeout: u64,
    /// Stop every container when one exits (not with --detach)
    #[arg(long, conflicts_with = "detach")]
    pub abort_on_container_exit: bool,
    /// Stop every container when one exits with a non-zero status, and return that status (not with --detach)
    #[arg(long, conflicts_with_all = ["detach", "abort_on_container_exit"])]
    pub abort_on_container_failure: bool,
    /// Recreate the containers of the services those named depend on, changed or not
    #[arg(long, conflicts_with = "no_recreate")]
    pub always_recreate_deps: bool,
    /// Recreate anonymous volumes instead of taking them over from the containers replaced
    #[arg(short = 'V', long)]
    pub renew_anon_volumes: bool,
    /// Also show the output of the services those named depend on
    #[arg(long, conflicts_with_all = ["detach", "attach"])]
    pub attach_dependencies: bool,
    /// Return this service's exit status (implies --abort-on-container-exit)
    #[arg(long, value_name = "SERVICE", conflicts_with = "detach")]
    pub exit_code_from: Option<String>,
    /// Seconds to wait for containers to stop when replacing or stopping them
    #[arg(short = 't', long = "timeout", value_name = "SECONDS")]
    pub timeout: Option<u64>,
    /// Print the log prefixes without colour
    #[arg(long)]
    pub no_color: bool,
    /// Print no "service-1  |" prefix
    #[arg(long)]
    pub no_log_prefix: bool,
    /// Show timestamps in the services' output
    #[arg(long)]
    pub timestamps: bool,
    /// Also watch the services' develop.watch paths, as `compose watch` does (not with --detach)
    #[arg(short = 'w', long)]
    pub watch: bool,
    /// Show the output of these services only (repeatable) [default: those named, else all]
    #[arg(long, value_name = "SERVICE")]
    pub attach: Vec<String>,
    /// Do not show the output of these services (repeatable)
    #[arg(long, value_name = "SERVICE")]
    pub no_attach: Vec<String>,
    /// Services to bring up [default: all]
    #[arg(value_name = "SERVICE")]
    pub service_names: Vec<String>,
}

#[derive(Debug, Args)]
pub struct ComposeCreateOnlyArgs {
    #[command(flatten)]
    pub create: ComposeCreateArgs,
    /// Services to create [default: all]
    #[arg(value_name = "SERVICE")]
    pub service_names: Vec<String>,
}

#[derive(Debug, Args)]
pub struct ComposeRunArgs {
    /// Run the container in the background and print its name
    #[arg(short, long)]
    pub detach: bool,
    /// Remove the container when it exits
    #[arg(long)]
    pub rm: bool,
    /// Name the container [default: PROJECT-SERVICE-run-RANDOM]
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,
    /// Set an environment variable (repeatable)
    #[arg(short = 'e', long = "env", value_name = "KEY=VALUE")]
    pub env: Vec<String>,
    /// Add or override a label (repeatable)
    #[arg(short = 'l', long = "label", value_name = "KEY=VALUE")]
    pub labels: Vec<String>,
    /// Override the image's entrypoint
    #[arg(long, value_name = "COMMAND")]
    pub entrypoint: Option<String>,
    /// Run as this user
    #[arg(short, long, value_name = "USER")]
    pub user: Option<String>,
    /// Working directory inside the container
    #[arg(short, long, value_name = "DIR")]
    pub workdir: Option<String>,
    /// Do not start the services this one depends on
    #[arg(long)]
    pub no_deps: bool,
    /// Publish the service's ports (run publishes none by default)
    #[arg(short = 'P', long)]
    pub service_ports: bool,
    /// Add Linux capabilities
    #[arg(long, value_name = "CAP")]
    pub cap_add: Vec<String>,
    /// Drop Linux capabilities
    #[arg(long, value_name = "CAP")]
    pub cap_drop: Vec<String>,
    /// Bind mount a volume
    #[arg(short = 'v', long = "volume", value_name = "VOLUME")]
    pub volumes: Vec<String>,
    /// Publish a container's port(s) to the host
    #[arg(short = 'p', long = "publish", value_name = "PORT")]
    pub publish: Vec<String>,
    /// Use the service's network aliases in the network(s) the container connects to
    #[arg(long)]
    pub use_aliases: bool,
    /// Allocate no terminal even when standard input is one
    #[arg(short = 'T', long = "no-TTY")]
    pub no_tty: bool,
    /// Set environment variables from this file (repeatable)
    #[arg(long, value_name = "FILE")]
    pub env_from_file: Vec<PathBuf>,
    /// Keep standard input open (--interactive=false: do not)
    #[arg(short, long, value_name = "BOOL", default_value_t = true, action = clap::ArgAction::Set, num_args = 0..=1, require_equals = true, default_missing_value = "true")]
    pub interactive: bool,
    /// Build the service's image before starting the container
    #[arg(long)]
    pub build: bool,
    /// When to pull the image [default: the service's pull_policy, else missing]
    #[arg(long, value_enum, value_name = "POLICY")]
    pub pull: Option<ComposePull>,
    /// Pull without printing progress information
    #[arg(long)]
    pub quiet_pull: bool,
    /// Build without printing the build's steps
    #[arg(long)]
    pub quiet_build: bool,
    /// Print no progress (dependencies started, pulls, builds)
    #[arg(short, long)]
    pub quiet: bool,
    /// Remove the containers of services the files no longer define
    #[arg(long)]
    pub remove_orphans: bool,
    /// The service to run
    #[arg(value_name = "SERVICE")]
    pub service: String,
    /// Command and arguments [default: the service's command]
    #[arg(value_name = "COMMAND", trailing_var_arg = true, allow_hyphen_values = true)]
    pub command: Vec<String>,
}

#[derive(Debug, Args)]
pub struct ComposeBuildArgs {
    /// Run every build step again instead of reusing the build cache
    #[arg(long)]
    pub no_cache: bool,
    /// Pull the base images even when they are stored
    #[arg(long)]
    pub pull: bool,
    /// Set a build argument, over the service's build.args (repeatable)
    #[arg(long, value_name = "KEY=VALUE")]
    pub build_arg: Vec<String>,
    /// Print no build output
    #[arg(short, long)]
    pub quiet: bool,
    /// Also build the services those named depend on
    #[arg(long)]
    pub with_dependencies: bool,
    /// An SSH agent for RUN --mount=type=ssh in every service's build: default ($SSH_AUTH_SOCK) or ID=SOCKET (repeatable)
    #[arg(long, value_name = "default|ID=SOCKET")]
    pub ssh: Vec<String>,
    /// Push each image built that the service names with `image`
    #[arg(long)]
    pub push: bool,
    /// Print the equivalent `docker buildx bake` file as JSON and build nothing
    #[arg(long)]
    pub print: bool,
    /// Run BuildKit's Dockerfile build checks on each service's Containerfile instead of building (exit 1 if they find anything)
    #[arg(long, conflicts_with = "print")]
    pub check: bool,
    /// Services to build [default: all with a build section]
    #[arg(value_name = "SERVICE")]
    pub service_names: Vec<String>,
}

#[derive(Debug, Args)]
pub struct ComposeExecArgs {
    /// Allocate no terminal even when standard input is one
    #[arg(short = 'T', long = "no-TTY")]
    pub no_tty: bool,
    /// Run as this user
    #[arg(short, long, value_name = "USER")]
    pub user: Option<String>,
    /// Set an environment variable (repeatable)
    #[arg(short = 'e', long = "env", value_name = "KEY=VALUE")]
    pub env: Vec<String>,
    /// Working directory inside the container
    #[arg(short, long, value_name = "DIR")]
    pub workdir: Option<String>,
    /// Which replica of the service
    #[arg(long, value_name = "N", default_value_t = 1)]
    pub index: u32,
    /// Give the process every capability and no seccomp filter
    #[arg(long)]
    pub privileged: bool,
    /// Run the command in the background
    #[arg(short, long)]
    pub detach: bool,
    /// The service
    #[arg(value_name = "SERVICE")]
    pub service: String,
    /// Command and arguments
    #[arg(value_name = "COMMAND", required = true, trailing_var_arg = true, allow_hyphen_values = true)]
    pub command: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ComposeProtocol {
    Tcp,
    Udp,
}

#[derive(Debug, Args)]
pub struct ComposePortArgs {
    /// Which replica of the service
    #[arg(long, value_name = "N", default_value_t = 1)]
    pub index: u32,
    /// The port's protocol
    #[arg(long, value_enum, value_name = "PROTOCOL", default_value_t = ComposeProtocol::Tcp)]
    pub protocol: ComposeProtocol,
    /// The service
    #[arg(value_name = "SERVICE")]
    pub service: String,
    /// The port inside the container
    #[arg(value_name = "PRIVATE_PORT")]
    pub private_port: u16,
}

#[derive(Debug, Args)]
pub struct ComposeImagesArgs {
    /// table or json
    #[arg(long, value_name = "FORMAT")]
    pub format: Option<String>,
    /// Print only image ids
    #[arg(short, long)]
    pub quiet: bool,
    /// Services [default: all]
    #[arg(value_name = "SERVICE")]
    pub service_names: Vec<String>,
}

#[derive(Debug, Args)]
pub struct ComposeWaitArgs {
    /// Take the project down (as `down` does) when the first container stops
    #[arg(long)]
    pub down_project: bool,
    /// Services [default: all]
    #[arg(value_name = "SERVICE")]
    pub service_names: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ComposePullPolicy {
    Missing,
    Always,
}

#[derive(Debug, Args)]
pub struct ComposePullArgs {
    /// Skip the services that have a build section
    #[arg(long)]
    pub ignore_buildable: bool,
    /// Warn about an image that cannot be pulled and go on
    #[arg(long)]
    pub ignore_pull_failures: bool,
    /// Also pull the images of the services the named ones depend on
    #[arg(long)]
    pub include_deps: bool,
    /// Pull every image (always) or only those not stored (missing)
    #[arg(long, value_enum, value_name = "POLICY", default_value_t = ComposePullPolicy::Always)]
    pub policy: ComposePullPolicy,
    /// Print no progress
    #[arg(short, long)]
    pub quiet: bool,
    /// Services [default: all]
    #[arg(value_name = "SERVICE")]
    pub service_names: Vec<String>,
}

#[derive(Debug, Args)]
pub struct ComposePushArgs {
    /// Warn about an image that cannot be pushed and go on
    #[arg(long)]
    pub ignore_push_failures: bool,
    /// Also push the images of the services the named ones depend on
    #[arg(long)]
    pub include_deps: bool,
    /// Print no progress
    #[arg(short, long)]
    pub quiet: bool,
    /// Services [default: all]
    #[arg(value_name = "SERVICE")]
    pub service_names: Vec<String>,
}

#[derive(Debug, Args)]
pub struct ComposeCpArgs {
    /// Which replica of the service
    #[arg(long, value_name = "N", default_value_t = 1)]
    pub index: u32,
    /// Copy into every replica of the service (docker compose's deprecated flag)
    #[arg(long)]
    pub all: bool,
    /// Follow a symlink SOURCE (skiff always copies what the link points to)
    #[arg(short = 'L', long)]
    pub follow_link: bool,
    /// Archive mode: keep the uid and gid of what is copied into the container (without it, it is root's there)
    #[arg(short, long)]
    pub archive: bool,
    /// SERVICE:PATH, a host path, or - for a tar stream on standard input
    #[arg(value_name = "SRC")]
    pub source: String,
    /// SERVICE:PATH, a host path, or - for a tar stream on standard output
    #[arg(value_name = "DEST")]
    pub destination: String,
}

#[derive(Debug, Args)]
pub struct ComposeEventsArgs {
    /// One JSON object a line
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub period: super::PeriodArgs,
    /// Services [default: all]
    #[arg(value_name = "SERVICE")]
    pub service_names: Vec<String>,
}
