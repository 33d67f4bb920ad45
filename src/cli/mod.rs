//! Command-line definitions (clap types only). Each flag is defined once here;
//! completions and man pages are generated from these definitions.

pub mod bool_values;
pub mod compat;
pub mod compose;
pub mod generate;
pub mod kube;
pub mod refused;

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// Whether the hidden command `name` is a helper that lives on after it
/// started (as long as its container, pod or forwarded ports): it frees
/// its parser and start-up memory rather than keep them resident.
pub fn is_resident_helper(name: &str) -> bool {
    matches!(name, "__monitor" | "__port-forward" | "__netns" | "__pod-infra" | "__userns")
}

#[derive(Debug, Parser)]
#[command(
    name = "skiff",
    version,
    // -v as well as --version, as podman takes both (and prints its line,
    // "podman version X", which scripts parse: see `main_entry`).
    disable_version_flag = true,
    arg = clap::Arg::new("version").short('v').long("version").action(clap::ArgAction::Version).help("Print version"),
    about = "A daemonless, rootless container engine",
    long_about = "skiff runs OCI containers without a daemon and without root. \
Each invocation does its own work in user namespaces; state lives in per-user files.",
    propagate_version = true,
    // A flag given twice takes its last value, as podman's and docker's
    // (pflag) do: `run --rm ... --rm`, `--name a --name b`; flags that
    // gather values (`-e`, `-v`) keep gathering. A global setting: every
    // command has it.
    args_override_self = true,
    max_term_width = 100
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalOptions,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Args, Clone, Default)]
#[command(next_help_heading = "Global Options")]
pub struct GlobalOptions {
    /// Store root (images, layers, containers) [default: $XDG_DATA_HOME/skiff]
    #[arg(long, global = true, value_name = "DIR")]
    pub root: Option<PathBuf>,
    /// Runtime state directory [default: $XDG_RUNTIME_DIR/skiff]
    #[arg(long, global = true, value_name = "DIR")]
    pub runroot: Option<PathBuf>,
    /// Runtime state of containers, pods and networks (podman's tmp directory for libpod's state) [default: the --runroot directory]
    #[arg(long, global = true, value_name = "DIR")]
    pub tmpdir: Option<PathBuf>,
    /// Storage driver for container root filesystems [default: probed once per store]
    #[arg(long, global = true, value_enum, env = "SKIFF_STORAGE_DRIVER", value_name = "DRIVER")]
    pub storage_driver: Option<StorageDriverArg>,
    /// Options for the storage driver (skiff's drivers take none: a non-empty one is refused)
    #[arg(long, global = true, value_name = "OPTION")]
    pub storage_opt: Vec<String>,
    /// Print skiff's own messages of this level and above
    #[arg(long, global = true, value_enum, value_name = "LEVEL", default_value_t = LogLevel::Warn)]
    pub log_level: LogLevel,
    /// Print debug messages: the same as --log-level debug (docker's -D)
    #[arg(short = 'D', long, global = true)]
    pub debug: bool,
    /// docker's client configuration directory: registry credentials are read from and written to DIR/config.json
    #[arg(long, global = true, value_name = "DIR")]
    pub config: Option<PathBuf>,
    /// Print nothing to standard output
    #[arg(long, global = true)]
    pub noout: bool,
    /// Where events go: file (skiff's event log) or none; journald is refused
    #[arg(long, global = true, value_enum, value_name = "BACKEND", env = crate::events::BACKEND_VARIABLE)]
    pub events_backend: Option<EventsBackend>,
    /// Cgroup manager: cgroupfs or systemd (accepted; skiff places containers in no cgroup of its own)
    #[arg(long, global = true, value_enum, value_name = "MANAGER")]
    pub cgroup_manager: Option<CgroupManager>,
    /// OCI runtime: skiff is its own runtime, so only "skiff" (or the path of this skiff) is accepted
    #[arg(long, global = true, value_name = "RUNTIME")]
    pub runtime: Option<String>,
    /// Directory of OCI hook files to run for containers (may be given more than once; a later directory's file replaces an earlier one of the same name) [default: containers.conf's hooks_dir, else /usr/share/containers/oci/hooks.d]
    #[arg(long, global = true, value_name = "PATH")]
    pub hooks_dir: Vec<std::path::PathBuf>,
    /// The slirp4netns binary to run for containers' networks [default: slirp4netns on PATH]
    #[arg(long, global = true, value_name = "PATH")]
    pub network_cmd_path: Option<std::path::PathBuf>,
    /// Send skiff's log messages to the system log (/dev/log) as well as to standard error
    #[arg(long, global = true)]
    pub syslog: bool,
}

/// `--log-level`, podman's levels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default, ValueEnum)]
pub enum LogLevel {
    Trace,
    Debug,
    Info,
    #[default]
    #[value(alias = "warning")]
    Warn,
    Error,
    Fatal,
    Panic,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum EventsBackend {
    /// skiff's event log file
    File,
    /// The systemd journal (refused: skiff writes no journal)
    Journald,
    /// Record no events
    None,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CgroupManager {
    Cgroupfs,
    Systemd,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum StorageDriverArg {
    /// Kernel overlayfs, mounted inside the user namespace
    Overlay,
    /// skiff's own overlay served over FUSE, for kernels that refuse an unprivileged overlay
    SkiffFuse,
    /// fuse-overlayfs, for kernels that refuse an unprivileged overlay
    FuseOverlayfs,
    /// A full copy of the image per container (slow; works everywhere)
    Copy,
}

impl From<StorageDriverArg> for crate::storage::driver::Driver {
    fn from(arg: StorageDriverArg) -> crate::storage::driver::Driver {
        use crate::storage::driver::Driver;
        match arg {
            StorageDriverArg::Overlay => Driver::Overlay,
            StorageDriverArg::SkiffFuse => Driver::SkiffFuse,
            StorageDriverArg::FuseOverlayfs => Driver::FuseOverlayfs,
            StorageDriverArg::Copy => Driver::Copy,
        }
    }
}

// A command group (`container`, `pod`, ...) as the arguments of one
// top-level command: clap defers only commands with arguments, so a group
// held as a subcommand enum would have all its commands built at every
// start. (Arguments structs carry no doc comment: clap would make it the
// command's about, over the command's own, once it builds a deferred one.)
#[derive(Debug, Args)]
pub struct Group<T: Subcommand> {
    #[command(subcommand)]
    pub command: T,
}

/// How a command group is defined, for the refusal table to reach its
/// commands before clap would build them (a deferred group has none yet);
/// None for a command that is no group. A test checks every group is here.
pub fn group_definition(name: &str) -> Option<fn(clap::Command) -> clap::Command> {
    use clap::Args;
    Some(match name {
        "healthcheck" => Group::<HealthcheckCommand>::augment_args,
        "container" => Group::<ContainerCommand>::augment_args,
        "system" => Group::<SystemCommand>::augment_args,
        "volume" => Group::<VolumeCommand>::augment_args,
        "pod" => Group::<PodCommand>::augment_args,
        "network" => Group::<NetworkCommand>::augment_args,
        "kube" => Group::<kube::KubeCommand>::augment_args,
        "generate" => Group::<kube::GenerateCommand>::augment_args,
        "play" => Group::<kube::PlayCommand>::augment_args,
        "secret" => Group::<SecretCommand>::augment_args,
        "manifest" => Group::<ManifestCommand>::augment_args,
        "image" => ImageArgs::augment_args,
        "compose" => compose::ComposeArgs::augment_args,
        "builder" => Group::<BuilderCommand>::augment_args,
        _ => return None,
    })
}

// Deferred: clap builds a command's arguments only when the line invokes
// it (or help or the docs list them), so a start builds one command's
// definition, not all of them (see `refused::command_for`).
#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum Command {
    /// Build an image from a Containerfile or Dockerfile
    Build(BuildArgs),
    /// Run a command in a new container
    Run(RunArgs),
    /// Create a container without starting it
    #[command(disable_help_flag = true)]
    Create(CreateCommandArgs),
    /// Start one or more containers
    Start(StartArgs),
    /// Stop one or more running containers
    Stop(StopArgs),
    /// Send a signal to running containers
    Kill(KillArgs),
    /// Restart one or more containers
    Restart(RestartArgs),
    /// Wait for containers to stop and print their exit codes
    Wait(WaitArgs),
    /// Show a container's output
    Logs(LogsArgs),
    /// Run a command in a running container
    Exec(ExecArgs),
    /// Attach to a running detached container's input and output
    Attach(AttachArgs),
    /// Show the changes to a container's filesystem (A added, C changed, D deleted)
    Diff(DiffArgs),
    /// Show the processes of a running container
    Top(TopArgs),
    /// Show events (container and image changes)
    Events(EventsArgs),
    /// Run a container's healthcheck
    Healthcheck(Group<HealthcheckCommand>),
    /// Rename a container
    Rename(RenameArgs),
    /// Mount a container's root filesystem (inside `skiff unshare`) and print where; with no container, list the mounted ones
    Mount(MountArgs),
    /// Unmount containers' root filesystems mounted by `mount`
    #[command(visible_alias = "umount")]
    Unmount(UnmountArgs),
    /// Manage containers
    Container(Group<ContainerCommand>),
    /// Manage skiff itself: disk usage, pruning, information
    System(Group<SystemCommand>),
    /// Show information about skiff and the host
    Info(InfoArgs),
    /// Show skiff's version
    Version(InfoArgs),
    /// Check what this host gives skiff: one line per check, OK, WARN or FAIL with its fix (exit 1 if any fails)
    Doctor(InfoArgs),
    /// Pause every process of running containers (a cgroup freezer, or SIGSTOP)
    Pause(PauseArgs),
    /// Let paused containers' processes run again
    Unpause(PauseArgs),
    /// Show containers' resource usage (read from /proc: no cgroups needed)
    Stats(StatsArgs),
    /// Internal: watch one detached container (started by skiff itself)
    #[command(hide = true, name = "__monitor")]
    Monitor {
        /// Container id
        id: String,
    },
    /// Internal: forward a container's published TCP ports (started by
    /// skiff itself)
    #[command(hide = true, name = "__port-forward")]
    PortForward {
        /// The container's init process
        pid: i32,
        /// Written "1" once the forwarder is in the container's network
        #[arg(long)]
        ready_fd: i32,
        /// The forwarder exits when this closes
        #[arg(long)]
        exit_fd: i32,
        /// Listening socket descriptor and the container address it serves
        #[arg(value_name = "FD=ADDRESS")]
        forwards: Vec<String>,
    },
    /// Internal: hold the user networks' namespaces (started by skiff itself)
    #[command(hide = true, name = "__netns")]
    Netns,
    /// Internal: hold the user namespace for the next commands to join
    /// (started by skiff itself; ends when none has for a while)
    #[command(hide = true, name = "__userns")]
    UsernsKeeper,
    /// Internal: sync newly stored images to the disk in the background
    /// (started by skiff itself, with the store's unsynced/ as its input)
    #[command(hide = true, name = "__sync-store")]
    SyncStore,
    /// List containers
    Ps(PsArgs),
    /// Remove one or more containers
    Rm(RmArgs),
    /// Show low-level information on containers or images
    Inspect(InspectArgs),
    /// List a container's published ports
    Port(PortArgs),
    /// List images in local storage
    Images(ImagesArgs),
    /// Remove one or more images from local storage
    Rmi(RmiArgs),
    /// Import a root filesystem tarball as an image
    Import(ImportArgs),
    /// Pull an image from a registry, an archive or a directory
    Pull(PullArgs),
    /// Push an image to a registry, an archive or a directory
    Push(PushArgs),
    /// Add names to an image
    Tag(TagArgs),
    /// Remove names from an image (all of them when none is given)
    Untag(UntagArgs),
    /// Manage images
    Image(ImageArgs),
    /// Log in to a registry
    Login(LoginArgs),
    /// Log out of a registry
    Logout(LogoutArgs),
    /// Load images from an archive or directory (docker-archive, oci-archive, oci-dir, docker-dir)
    Load(LoadArgs),
    /// Save images to an archive or directory
    Save(SaveArgs),
    /// Show the history of an image
    History(HistoryArgs),
    /// Create a new image from a container's changes
    Commit(CommitArgs),
    /// Copy files between a container and the host
    Cp(CpArgs),
    /// Export a container's filesystem as a tar archive
    Export(ExportArgs),
    /// Manage volumes
    Volume(Group<VolumeCommand>),
    /// Manage pods: groups of containers that share network, ipc and uts namespaces
    Pod(Group<PodCommand>),
    /// Internal: hold one pod's namespaces (started by skiff itself)
    #[command(hide = true, name = "__pod-infra")]
    PodInfra {
        /// Pod id
        id: String,
    },
    /// Manage networks
    Network(Group<NetworkCommand>),
    /// Kubernetes YAML: generate it from containers and pods, play and take down its pods
    Kube(Group<kube::KubeCommand>),
    /// Generate structured data (Kubernetes YAML) from containers and pods
    Generate(Group<kube::GenerateCommand>),
    /// Play structured data (Kubernetes YAML): create pods and containers
    Play(Group<kube::PlayCommand>),
    /// Print a shell completion script
    Completion(CompletionArgs),
    /// Run a command in skiff's user and mount namespaces (rootless only)
    Unshare(UnshareArgs),
    /// Prepare containers for running: they stay "created" until `start`
    Init(InitArgs),
    /// Manage secrets
    Secret(Group<SecretCommand>),
    /// Search registries for images
    Search(SearchArgs),
    /// Manage manifest lists (multi-architecture images)
    Manifest(Group<ManifestCommand>),
    /// Run multi-container applications from compose files
    Compose(compose::ComposeArgs),
    /// Manage builds: build an image, prune the build cache (docker's `builder`)
    Builder(Group<BuilderCommand>),
    /// Internal: regenerate completions/ and man/ (for developers)
    #[command(hide = true, name = "__generate-docs")]
    GenerateDocs {
        /// Directory that holds completions/ and man/
        dir: PathBuf,
    },
}

#[derive(Debug, Args, Clone)]
pub struct BuildArgs {
    #[command(flatten)]
    pub content_trust: ContentTrustArgs,
    /// Name the image (repeatable)
    #[arg(short, long = "tag", value_name = "NAME[:TAG]")]
    pub tag: Vec<String>,
    /// The Containerfile to use, or - for standard input [default: CONTEXT/Containerfile, then CONTEXT/Dockerfile]
    #[arg(short, long, value_name = "FILE")]
    pub file: Option<String>,
    /// Set a build argument declared with ARG
    #[arg(long = "build-arg", value_name = "KEY=VALUE")]
    pub build_arg: Vec<String>,
    /// Build up to this stage (a FROM ... AS name)
    #[arg(long, value_name = "STAGE")]
    pub target: Option<String>,
    /// Run every step again instead of reusing the build cache
    #[arg(long)]
    pub no_cache: bool,
    /// Add a label to the image
    #[arg(long, value_name = "KEY=VALUE")]
    pub label: Vec<String>,
    /// Add an annotation to the image's manifest (OCI format only)
    #[arg(long, value_name = "KEY=VALUE")]
    pub annotation: Vec<String>,
    /// Manifest and config format of the built image
    #[arg(long, value_enum, value_name = "FORMAT", env = "BUILDAH_FORMAT", default_value_t = BuildFormat::Oci)]
    pub format: BuildFormat,
    /// Squash the layers the final stage adds into one (the base image's layers stay)
    #[arg(long, conflicts_with = "squash_all")]
    pub squash: bool,
    /// Squash the whole image, base image included, into one layer
    #[arg(long)]
    pub squash_all: bool,
    /// Print only the image id
    #[arg(short, long)]
    pub quiet: bool,
    /// Run BuildKit's Dockerfile build checks instead of building: print what they find (exit 1 if anything)
    #[arg(long)]
    pub check: bool,
    /// Write the image id to this file
    #[arg(long, value_name = "FILE")]
    pub iidfile: Option<PathBuf>,
    /// Sign the built image's manifest with this GPG key (fingerprint or user id), its first --tag as identity; the signature is kept with the image and pushed with it
    #[arg(long, value_name = "KEY")]
    pub sign_by: Option<String>,
    /// Network for RUN instructions: none (loopback only) or host
    #[arg(long, default_value = "none", value_name = "MODE")]
    pub network: String,
    /// When to pull FROM, COPY --from and RUN --mount=from images: missing, always (--pull alone) or never
    #[arg(long, value_enum, value_name = "POLICY", default_value_t = PullPolicy::Missing, num_args = 0..=1, require_equals = true, default_missing_value = "always")]
    pub pull: PullPolicy,
    /// Pull images even when they are stored (--pull=always)
    #[arg(long, conflicts_with_all = ["pull", "pull_never"])]
    pub pull_always: bool,
    /// Never pull images: a missing one is an error (--pull=never)
    #[arg(long, conflicts_with = "pull")]
    pub pull_never: bool,
    #[command(flatten)]
    pub platform: PlatformArgs,
    #[command(flatten)]
    pub registry: RegistryArgs,
    #[command(flatten)]
    pub creds: CredsArgs,
    #[command(flatten)]
    pub sandbox: SandboxArgs,
    /// Set an environment variable in the image from the start of each stage (KEY=VALUE, or KEY to copy it from skiff's environment); RUN steps see it
    #[arg(long = "env", value_name = "KEY=VALUE")]
    pub env: Vec<String>,
    /// Leave this variable out of the built image's environment
    #[arg(long, value_name = "KEY")]
    pub unsetenv: Vec<String>,
    /// Ignore file to use instead of CONTEXT/.containerignore or CONTEXT/.dockerignore
    #[arg(long, value_name = "FILE")]
    pub ignorefile: Option<PathBuf>,
    /// Use and fill the build cache (false: run every step, as --no-cache) [default: true]
    #[arg(long, value_name = "BOOL", env = "BUILDAH_LAYERS", action = clap::ArgAction::Set, num_args = 0..=1, require_equals = true, default_missing_value = "true", default_value_t = true)]
    pub layers: bool,
    /// Remove RUN steps' containers after a successful build (skiff always does: they are never stored) [default: true]
    #[arg(long, value_name = "BOOL", action = clap::ArgAction::Set, num_args = 0..=1, require_equals = true, default_missing_value = "true", default_value_t = true)]
    pub rm: bool,
    /// Remove RUN steps' containers after a failed build too (skiff always does) [default: true]
    #[arg(long, value_name = "BOOL", action = clap::ArgAction::Set, num_args = 0..=1, require_equals = true, default_missing_value = "true", default_value_t = true)]
    pub force_rm: bool,
    /// Give RUN steps skiff's standard input
    #[arg(long)]
    pub stdin: bool,
    /// Pass this flag to the C preprocessor that a .in Containerfile goes through (repeatable)
    #[arg(long, value_name = "FLAG", allow_hyphen_values = true)]
    pub cpp_flag: Vec<String>,
    /// Created time of the image and its history, and time of every file in the layers the build writes, in seconds since the epoch: the same build gives the same image id
    #[arg(long, value_name = "SECONDS")]
    pub timestamp: Option<i64>,
    /// Leave the history out of the image's config
    #[arg(long)]
    pub omit_history: bool,
    /// Start the first stage from this image instead of the one its FROM names
    #[arg(long, value_name = "IMAGE")]
    pub from: Option<String>,
    /// Build only the stages the target depends on (false: every stage before it too) [default: true]
    #[arg(long, value_name = "BOOL", action = clap::ArgAction::Set, num_args = 0..=1, require_equals = true, default_missing_value = "true", default_value_t = true)]
    pub skip_unused_stages: bool,
    /// Stages to build at once: accepted, but skiff builds stages one after the other
    #[arg(long, value_name = "N", default_value_t = 1)]
    pub jobs: usize,
    /// Add an OS feature to the image's config (os.features)
    #[arg(long, value_name = "FEATURE")]
    pub os_feature: Vec<String>,
    /// Set the OS version in the image's config (os.version)
    #[arg(long, value_name = "VERSION")]
    pub os_version: Option<String>,
    /// Write the build's output (steps and RUN output) to this file instead of the terminal
    #[arg(long, value_name = "FILE")]
    pub logfile: Option<PathBuf>,
    /// With --logfile, write to FILE_OS_ARCH (the platform built) instead
    #[arg(long, value_name = "BOOL", action = clap::ArgAction::Set, num_args = 0..=1, require_equals = true, default_missing_value = "true", default_value_t = false)]
    pub logsplit: bool,
    /// Also write the image's files out: type=local,dest=DIR, type=tar,dest=FILE (- for standard output), or a bare directory
    #[arg(short, long, value_name = "OPTIONS")]
    pub output: Option<String>,
    /// Times to retry a failed pull of a FROM, COPY --from or RUN --mount=from image
    #[arg(long, value_name = "N", default_value_t = 3)]
    pub retry: u32,
    /// Wait between pull retries, such as 2s or 500ms
    #[arg(long, value_name = "DURATION", default_value = "2s")]
    pub retry_delay: String,
    /// Add a label naming the builder: skiff adds none, so only =false is accepted [default: false]
    #[arg(long, value_name = "BOOL", action = clap::ArgAction::Set, num_args = 0..=1, require_equals = true, default_missing_value = "true", default_value_t = false)]
    pub identity_label: bool,
    /// Reuse cached steps only if they are younger than this, such as 24h
    #[arg(long, value_name = "DURATION")]
    pub cache_ttl: Option<String>,
    /// Also reuse steps from this registry repository of cache images, or (a local or tagged image) from this image's history (repeatable)
    #[arg(long, value_name = "REPOSITORY|IMAGE")]
    pub cache_from: Vec<String>,
    /// Push each step's result to this registry repository, tagged by its cache key
    #[arg(long, value_name = "REPOSITORY")]
    pub cache_to: Option<String>,
    /// Add the built image to this manifest list, made if missing
    #[arg(long, value_name = "LIST")]
    pub manifest: Option<String>,
    /// A secret RUN --mount=type=secret,id=ID can read: id=ID,src=FILE or id=ID,env=VARIABLE
    #[arg(long, value_name = "id=ID,src=FILE")]
    pub secret: Vec<String>,
    /// An SSH agent RUN --mount=type=ssh,id=ID can use: default ($SSH_AUTH_SOCK), ID ($SSH_AUTH_SOCK) or ID=SOCKET
    #[arg(long, value_name = "default|ID[=SOCKET]")]
    pub ssh: Vec<String>,
    /// Accepted as podman does: skiff sends the context to no daemon, so there is nothing to compress
    #[arg(long)]
    pub compress: bool,
    /// Keep the layers uncompressed in the store (skiff always does; they are compressed when pushed) [default: true]
    #[arg(short = 'D', long, value_name = "BOOL", action = clap::ArgAction::Set, num_args = 0..=1, require_equals = true, default_missing_value = "true", default_value_t = true)]
    pub disable_compression: bool,
    /// Directory whose files COPY can read, or - to read the Containerfile from standard input with no context
    #[arg(value_name = "CONTEXT", default_value = ".")]
    pub context: PathBuf,
}

#[derive(Debug, Args, Clone)]
#[command(disable_help_flag = true)]
pub struct RunArgs {
    /// Run the container in the background and print its id
    #[arg(short, long)]
    pub detach: bool,
    /// Remove the image after the container exits, unless another container uses it (implies --rm)
    #[arg(long)]
    pub rmi: bool,
    /// Pass N more open descriptors, from 3 on, to the container's process (foreground only)
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub preserve_fds: u32,
    /// Keys that detach from `-it` on a terminal and leave the container running [default: ctrl-p,ctrl-q] ("" to disable)
    #[arg(long, value_name = "KEYS")]
    pub detach_keys: Option<String>,
    /// Pass the signals skiff receives on to the container's process (foreground only; false: they are dropped)
    #[arg(long, value_name = "BOOL", action = clap::ArgAction::Set, num_args = 0..=1, require_equals = true, default_missing_value = "true", default_value = "true")]
    pub sig_proxy: bool,
    #[command(flatten)]
    pub create: CreateArgs,
}

// How a container's process runs: shared by `create`/`run` and `exec`.
#[derive(Debug, Args, Clone, Default)]
pub struct ProcessArgs {
    /// Keep standard input open
    #[arg(short, long)]
    pub interactive: bool,
    /// Allocate a pseudo-terminal
    #[arg(short, long)]
    pub tty: bool,
    /// Set an environment variable (KEY=VALUE, or KEY to copy it from skiff's environment)
    #[arg(short, long = "env", value_name = "KEY=VALUE")]
    pub env: Vec<String>,
    /// Read environment variables from a file (KEY=VALUE lines)
    #[arg(long, value_name = "FILE")]
    pub env_file: Vec<PathBuf>,
    /// Working directory inside the container
    #[arg(short, long, value_name = "DIR")]
    pub workdir: Option<String>,
    /// User (name or uid) and optional group to run as: USER[:GROUP]
    #[arg(short, long, value_name = "USER[:GROUP]")]
    pub user: Option<String>,
}

// `create`: everything that defines a container, and what only `create` takes.
#[derive(Debug, Args, Clone)]
#[command(disable_help_flag = true)]
pub struct CreateCommandArgs {
    /// Make the container an init container of its pod (with --pod, while the pod is not running): `pod start` runs it to completion before the pod's other containers, at every start (always) or at the next only, after which it is removed (once); `pod restart` does not run it
    #[arg(long = "init-ctr", value_name = "TYPE", value_parser = ["always", "once"])]
    pub init_ctr: Option<String>,
    #[command(flatten)]
    pub create: CreateArgs,
}

// Everything that defines a container: shared by `create` and `run`.
#[derive(Debug, Args, Clone)]
pub struct CreateArgs {
    #[command(flatten)]
    pub content_trust: ContentTrustArgs,
    /// Print help
    #[arg(long, action = clap::ArgAction::Help)]
    pub help: Option<bool>,
    /// Remove the container when it exits
    #[arg(long)]
    pub rm: bool,
    #[command(flatten)]
    pub process: ProcessArgs,
    /// Name of the container
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,
    /// When to pull the image from a registry (as podman: missing, always or never)
    #[arg(long, value_enum, value_name = "POLICY", default_value_t = PullPolicy::Missing)]
    pub pull: PullPolicy,
    /// IMAGE is a directory holding a root file system, used in place of an image; DIR:O mounts an overlay on it, so that the container's changes (lost at each start) never reach DIR
    #[arg(long)]
    pub rootfs: bool,
    /// Override the image's entrypoint (a command, or a JSON array)
    #[arg(long, value_name = "CMD")]
    pub entrypoint: Option<String>,
    /// Container hostname [default: the first 12 characters of the id]
    #[arg(short = 'h', long, value_name = "NAME")]
    pub hostname: Option<String>,
    /// Network mode: slirp4netns[:OPTIONS] (allow_host_loopback, enable_ipv6, mtu), none, host, container:NAME (share a running container's network), or a network made by `network create`, NAME[:alias=NAME,ip=IPV4,ip6=IPV6,mac=MAC,interface_name=NAME] (repeat the flag to join more) [default: slirp4netns]
    #[arg(long, alias = "net", value_name = "MODE")]
    pub network: Vec<String>,
    /// MAC address of the container's interface (slirp4netns network only)
    #[arg(long, value_name = "MAC")]
    pub mac_address: Option<String>,
    /// Another name the container answers to on its network
    #[arg(long, value_name = "ALIAS")]
    pub network_alias: Vec<String>,
    /// Link to a running container, NAME[:ALIAS] (docker's): on a network made by `network create`, this container, and only it, reaches that one as ALIAS too
    #[arg(long, value_name = "NAME[:ALIAS]")]
    pub link: Vec<String>,
    /// Attach only these standard streams: stdin, stdout or stderr (repeatable) [default: all]
    #[arg(short = 'a', long, value_name = "STREAM")]
    pub attach: Vec<String>,
    /// Static IPv4 address on the container's network (a network made by `network create`; must be free and in its subnet)
    #[arg(long, value_name = "IPV4")]
    pub ip: Option<String>,
    /// Static IPv6 address on the container's network (a dual-stack network made by `network create --ipv6`; must be free and in its IPv6 subnet)
    #[arg(long, value_name = "IPV6")]
    pub ip6: Option<String>,
    #[command(flatten)]
    pub publish: PublishArgs,
    /// Run the container in a pod: NAME or ID, or new:NAME to create the pod first
    #[arg(long, value_name = "POD")]
    pub pod: Option<String>,
    /// Publish every port the image exposes on a random host port
    #[arg(short = 'P', long)]
    pub publish_all: bool,
    /// Expose a port or range, PORT[-PORT][/PROTOCOL], as the image's EXPOSE does (-P publishes it)
    #[arg(long, value_name = "PORT")]
    pub expose: Vec<String>,
    /// Add an annotation to the container (KEY=VALUE), shown by inspect
    #[arg(long, value_name = "KEY=VALUE")]
    pub annotation: Vec<String>,
    /// Also mount the container's /etc/hosts and /etc/resolv.conf under PATH/etc (a chroot inside the container); comma-separated or repeated
    #[arg(long = "chrootdirs", value_name = "PATH", value_delimiter = ',')]
    pub chroot_dirs: Vec<String>,
    #[command(flatten)]
    pub security: SecurityArgs,
    #[command(flatten)]
    pub sandbox: SandboxArgs,
    /// Restart policy: no, on-failure[:MAX], always, unless-stopped
    #[arg(long, value_name = "POLICY", default_value = "no")]
    pub restart: String,
    /// Set a label (KEY=VALUE)
    #[arg(short, long, value_name = "KEY=VALUE")]
    pub label: Vec<String>,
    /// Signal that stops the container [default: the image's, or SIGTERM]
    #[arg(long, value_name = "SIGNAL")]
    pub stop_signal: Option<String>,
    /// Seconds to wait after the stop signal before killing [default: 10]
    #[arg(long, value_name = "SECONDS")]
    pub stop_timeout: Option<u64>,
    /// Command that checks the container's health (run with /bin/sh -c)
    #[arg(long, value_name = "COMMAND")]
    pub health_cmd: Option<String>,
    /// Time between healthchecks [default: 30s]
    #[arg(long, value_name = "DURATION")]
    pub health_interval: Option<String>,
    /// Failures in a row that make the container unhealthy [default: 3]
    #[arg(long, value_name = "N")]
    pub health_retries: Option<u32>,
    /// Time after start during which failures do not count [default: 0s]
    #[arg(long, value_name = "DURATION")]
    pub health_start_period: Option<String>,
    /// Longest a healthcheck may run before it counts as failed [default: 30s]
    #[arg(long, value_name = "DURATION")]
    pub health_timeout: Option<String>,
    /// Time between healthchecks during the start period [default: the interval]
    #[arg(long, value_name = "DURATION")]
    pub health_start_interval: Option<String>,
    /// What to do when the container turns unhealthy: none, kill, restart or stop
    #[arg(long, value_name = "ACTION", default_value = "none")]
    pub health_on_failure: String,
    /// Disable the image's healthcheck
    #[arg(long)]
    pub no_healthcheck: bool,
    /// Memory limit (needs delegated cgroups v2)
    #[arg(short, long, value_name = "SIZE")]
    pub memory: Option<String>,
    /// CPU limit (needs delegated cgroups v2)
    #[arg(long, value_name = "N", allow_negative_numbers = true)]
    pub cpus: Option<String>,
    /// Process limit (needs delegated cgroups v2)
    #[arg(long, value_name = "N")]
    pub pids_limit: Option<String>,
    /// Logging driver for detached containers: k8s-file, json-file or none
    #[arg(long, value_name = "DRIVER", default_value = "k8s-file")]
    pub log_driver: String,
    /// Logging options: max-size=SIZE
    #[arg(long, value_name = "OPTION")]
    pub log_opt: Vec<String>,
    /// Attach a mount: type=bind|volume|tmpfs,source=...,target=...[,readonly]
    #[arg(long, value_name = "OPTIONS")]
    pub mount: Vec<String>,
    /// Mount the volumes of another container: CONTAINER[:ro|rw]
    #[arg(long, value_name = "CONTAINER[:ro|rw]")]
    pub volumes_from: Vec<String>,
    /// Give the container a secret: NAME[,type=mount|env][,target=PATH|VAR][,uid=UID,gid=GID,mode=MODE]
    #[arg(long, value_name = "NAME[,OPTIONS]")]
    pub secret: Vec<String>,
    /// Write the container's id to FILE (refused if FILE exists)
    #[arg(long, value_name = "FILE")]
    pub cidfile: Option<PathBuf>,
    /// Remove an existing container of the same --name first
    #[arg(long)]
    pub replace: bool,
    /// Write the container's process id, as the host sees it, to FILE when it starts
    #[arg(long, value_name = "FILE")]
    pub pidfile: Option<PathBuf>,
    /// Write the pid of the skiff process watching the container (podman's conmon) to FILE when it starts: a systemd unit's PIDFile
    #[arg(long, value_name = "FILE")]
    pub conmon_pidfile: Option<PathBuf>,
    /// Read labels from a file (KEY=VALUE lines; --label wins)
    #[arg(long, value_name = "FILE")]
    pub label_file: Vec<PathBuf>,
    /// Pass skiff's whole environment to the container (--env-file and -e win)
    #[arg(long)]
    pub env_host: bool,
    /// Leave out this variable of the image's environment
    #[arg(long, value_name = "KEY")]
    pub unsetenv: Vec<String>,
    /// Leave out the image's whole environment
    #[arg(long)]
    pub unsetenv_all: bool,
    /// The container's /etc/localtime: local (the host's) or a zone of the host's /usr/share/zoneinfo
    #[arg(long, value_name = "TIMEZONE")]
    pub tz: Option<String>,
    /// Add a host user (name or uid) to the container's /etc/passwd
    #[arg(long, value_name = "USER")]
    pub hostuser: Vec<String>,
    #[command(flatten)]
    pub id_maps: IdMapArgs,
    /// What to do with systemd's NOTIFY_SOCKET: only ignore can be honoured when it is set (skiff does not pass it on)
    #[arg(long, value_name = "MODE", value_parser = ["container", "conmon", "ignore"])]
    pub sdnotify: Option<String>,
    /// Run an init as the container's pid 1 that reaps zombies and passes signals on to the command (skiff itself, or --init-path)
    #[arg(long)]
    pub init: bool,
    /// With --init: this host binary as the init (bind-mounted at /run/podman-init, run as `INIT -- COMMAND`)
    #[arg(long, value_name = "PATH")]
    pub init_path: Option<PathBuf>,
    /// Containers to start first whenever this one starts (names or ids, comma-separated)
    #[arg(long, value_name = "CONTAINER", value_delimiter = ',')]
    pub requires: Vec<String>,
    /// The container process's umask, in octal [default: the image's process gets 0022]
    #[arg(long, value_name = "MASK")]
    pub umask: Option<String>,
    /// systemd mode: tmpfs on /run, /run/lock, /tmp and /var/log/journal, stop signal SIGRTMIN+3 and $container_uuid; true: when the command is systemd or /sbin/init (also /usr/sbin/init, /usr/local/sbin/init)
    #[arg(long, value_name = "MODE", value_parser = ["true", "false", "always"], default_value = "true")]
    pub systemd: String,
    /// Set a namespaced kernel parameter: NAME=VALUE (net.* with a network of its own; kernel.msg*, kernel.sem, kernel.shm*, fs.mqueue.* with an ipc namespace of its own)
    #[arg(long, value_name = "NAME=VALUE")]
    pub sysctl: Vec<String>,
    /// The container's NIS domain name
    #[arg(long, value_name = "NAME")]
    pub domainname: Option<String>,
    /// Add a supplementary group (name or id) to the container's process, or keep-groups to keep the user's own
    #[arg(long, value_name = "GROUP")]
    pub group_add: Vec<String>,
    #[command(flatten)]
    pub platform: PlatformArgs,
    /// Verify the registry's TLS certificate when pulling; false also allows plain http [default: true]
    #[arg(long, value_name = "BOOL", action = clap::ArgAction::Set, num_args = 0..=1, default_missing_value = "true")]
    pub tls_verify: Option<bool>,
    #[command(flatten)]
    pub auth: AuthFileArgs,
    /// Print no progress while pulling the image
    #[arg(short, long)]
    pub quiet: bool,
    /// Read the id of the pod to run the container in from FILE (as --pod)
    #[arg(long, value_name = "FILE", conflicts_with = "pod")]
    pub pod_id_file: Option<PathBuf>,
    /// Adjust the OOM killer's score of the container's processes (-1000 to 1000; without privileges only upwards)
    #[arg(long, value_name = "N", allow_negative_numbers = true)]
    pub oom_score_adj: Option<i32>,
    /// Execution domain of the command: LINUX or LINUX32 (a 32-bit machine in uname)
    #[arg(long, value_name = "PERSONA")]
    pub personality: Option<String>,
    /// Kill the container after this many seconds (0: no limit)
    #[arg(long, value_name = "SECONDS")]
    pub timeout: Option<u64>,
    /// With a numeric --user the image lacks: its /etc/passwd line ($USERNAME, $UID, $GID, $NAME, $HOME are replaced)
    #[arg(long, value_name = "ENTRY")]
    pub passwd_entry: Option<String>,
    /// Set a variable from the image's own: NAME=VALUE, where ${NAME} is the image's value (PATH=${PATH}:/opt/bin)
    #[arg(long, value_name = "NAME=VALUE")]
    pub env_merge: Vec<String>,
    /// Add lines for the user to the image's /etc/passwd and /etc/group (keep-id's user, --hostuser, --passwd-entry) [default: true]
    #[arg(long, value_name = "BOOL", action = clap::ArgAction::Set, num_args = 0..=1, default_missing_value = "true", default_value_t = true)]
    pub passwd: bool,
    /// What the image's VOLUMEs become: bind (an anonymous volume each), tmpfs or ignore [default: bind]
    #[arg(long, value_name = "MODE")]
    pub image_volume: Option<String>,
    /// Seccomp policy: default (skiff's profile, or --security-opt seccomp=); image (a profile named by the image) is refused
    #[arg(long, value_name = "POLICY", value_parser = ["default", "image"])]
    pub seccomp_policy: Option<String>,
    /// Image to run: a name or id, or a transport reference (docker://, docker-archive:, oci-archive:, oci:, dir:, containers-storage:); with --rootfs a directory, DIR[:O]
    #[arg(value_name = "IMAGE")]
    pub image: String,
    /// Command and arguments [default: the image's]
    #[arg(value_name = "COMMAND", trailing_var_arg = true, allow_hyphen_values = true)]
    pub command: Vec<String>,
}

// `--format`, defined once for every command that prints a listing or an
// object: json or a Go template. A command whose template sees other
// fields says so in its own help (`mut_arg`), and the inspect commands add
// podman's `-f`.
#[derive(Debug, Args, Clone, Default)]
pub struct FormatArgs {
    /// Output format: json or a Go template
    #[arg(long, value_name = "FORMAT")]
    pub format: Option<String>,
}

// `--noheading`, for the listings that print a table.
#[derive(Debug, Args, Clone, Default)]
pub struct NoHeadingArgs {
    /// Do not print the header line
    #[arg(long)]
    pub noheading: bool,
}

// `-p`, for containers and pods.
#[derive(Debug, Args, Clone, Default)]
pub struct PublishArgs {
    /// Publish a port on the host: [IP:][HOSTPORT:]CONTAINERPORT[/tcp|udp], ranges allowed
    #[arg(short, long, value_name = "[IP:][HOSTPORT:]PORT")]
    pub publish: Vec<String>,
}

// Confinement flags shared by every command that starts a process in a
// container.
#[derive(Debug, Args, Clone, Default)]
pub struct SecurityArgs {
    /// Give the container every capability, no seccomp filter and no masked paths
    #[arg(long)]
    pub privileged: bool,
    /// Mount the container's root filesystem read-only
    #[arg(long)]
    pub read_only: bool,
    /// With --read-only, mount tmpfs on /tmp, /var/tmp and /run
    #[arg(long, value_name = "BOOL", default_value_t = true, action = clap::ArgAction::Set, num_args = 0..=1, default_missing_value = "true")]
    pub read_only_tmpfs: bool,
    /// Mount a tmpfs: PATH[:OPTIONS] (default options rw,noexec,nosuid,nodev)
    #[arg(long, value_name = "PATH[:OPTIONS]")]
    pub tmpfs: Vec<String>,
}

// What a container's process sees and how it is isolated: shared by
// `create`/`run` and the RUN steps of `build`.
#[derive(Debug, Args, Clone, Default)]
pub struct SandboxArgs {
    /// Bind-mount a host path or mount a named volume: [HOST-PATH|NAME:]CONTAINER-PATH[:ro|rw][,z|Z]
    #[arg(short, long, value_name = "[SOURCE:]DEST[:OPTIONS]")]
    pub volume: Vec<String>,
    #[command(flatten)]
    pub resolver: ResolverArgs,
    /// Add a capability to the default set (or ALL)
    #[arg(long, value_name = "CAP")]
    pub cap_add: Vec<String>,
    /// Drop a capability from the default set (or ALL)
    #[arg(long, value_name = "CAP")]
    pub cap_drop: Vec<String>,
    /// Security options: seccomp=unconfined|PROFILE.json, no-new-privileges, unmask=ALL|PATH[:PATH...], label=disable
    #[arg(long, value_name = "OPTION")]
    pub security_opt: Vec<String>,
    /// Set a resource limit for the container's processes: NAME=SOFT[:HARD] (nofile, nproc, core, stack, ...; -1 for unlimited)
    #[arg(long, value_name = "NAME=SOFT[:HARD]")]
    pub ulimit: Vec<String>,
    /// IPC namespace: private, shareable, none (no /dev/shm), host or container:NAME
    #[arg(long, value_name = "MODE")]
    pub ipc: Option<String>,
    /// UTS namespace (hostname): private, host or container:NAME
    #[arg(long, value_name = "MODE")]
    pub uts: Option<String>,
    /// PID namespace: private, host or container:NAME
    #[arg(long, value_name = "MODE")]
    pub pid: Option<String>,
    /// Size of /dev/shm, such as 128m [default: 64m]
    #[arg(long, value_name = "SIZE")]
    pub shm_size: Option<String>,
    /// Give the container a host device: HOST[:CONTAINER][:PERMISSIONS] (bind-mounted; the node's own permissions apply, rwm is not enforced without cgroups)
    #[arg(long, value_name = "HOST[:CONTAINER][:rwm]")]
    pub device: Vec<String>,
    /// User namespace: host (skiff's own: root is the user), keep-id[:uid=UID,gid=GID] (the user's ids are the same inside), auto[:size=N,uidmapping=C:H:S,gidmapping=C:H:S] (subordinate ids no other container holds), container:ID (a running container's), ns:PATH (a user namespace file), private (with --uidmap/--gidmap)
    #[arg(long, value_name = "MODE")]
    pub userns: Option<String>,
    /// Pass skiff's proxy variables (http_proxy, https_proxy, ftp_proxy, no_proxy and their upper case) to the container [default: true]
    #[arg(long, value_name = "BOOL", action = clap::ArgAction::Set, num_args = 0..=1, default_missing_value = "true", default_value_t = true)]
    pub http_proxy: bool,
}

#[derive(Debug, Args, Clone)]
#[command(mut_arg("format", |arg| arg.help("Output format: json")))]
pub struct DiffArgs {
    #[command(flatten)]
    pub output: FormatArgs,
    #[command(flatten)]
    pub latest: LatestArgs,
    /// Container (name or id)
    #[arg(value_name = "CONTAINER", required_unless_present = "latest")]
    pub container: Option<String>,
}

#[derive(Debug, Args, Clone)]
pub struct ImageInspectArgs {
    #[command(flatten)]
    pub inspect: ObjectInspectArgs,
    #[command(flatten)]
    pub platform: LocalPlatformArgs,
}

#[derive(Debug, Args, Clone)]
#[command(mut_arg("format", |arg| arg.help("Output format: json")))]
pub struct ImageDiffArgs {
    #[command(flatten)]
    pub output: FormatArgs,
    /// Image (name or id)
    #[arg(value_name = "IMAGE")]
    pub image: String,
    /// Image to compare with [default: IMAGE's parent, its layers without the top one]
    #[arg(value_name = "OTHER")]
    pub other: Option<String>,
}

#[derive(Debug, Args, Clone)]
pub struct TopArgs {
    #[command(flatten)]
    pub latest: LatestArgs,
    /// The container (name or id; not with --latest), then columns, podman's descriptors (also comma-separated):
    /// user, pid, ppid, pcpu, etime, tty, time, args, comm, group, groups, rgroup, ruser, nice, pgid, vsz, rss, state,
    /// stime, capamb, capinh, capprm, capeff, capbnd, seccomp, label, hpid, huser, hgroup, hgroups; anything else is
    /// passed to the container's ps(1) (`top CTR -ef`, `aux`)
    #[arg(value_name = "CONTAINER [DESCRIPTORS]", required_unless_present = "latest", trailing_var_arg = true, allow_hyphen_values = true)]
    pub arguments: Vec<String>,
}

#[derive(Debug, Args, Clone)]
pub struct RenameArgs {
    /// Container (name or id)
    #[arg(value_name = "CONTAINER")]
    pub container: String,
    /// New name
    #[arg(value_name = "NAME")]
    pub name: String,
}

// The containers a lifecycle command acts on besides --all and --filter:
// names or ids, ids read from files, or the newest container.
#[derive(Debug, Args, Clone, Default)]
pub struct ContainerTargets {
    /// Read the container id from this file (repeatable)
    #[arg(long, value_name = "FILE")]
    pub cidfile: Vec<PathBuf>,
    /// Act on the most recently created container
    #[arg(short, long)]
    pub latest: bool,
    /// Containers (names or ids)
    #[arg(value_name = "CONTAINER")]
    pub containers: Vec<String>,
}

// `-t`: how long stop, restart and rm wait for the stop signal to work.
#[derive(Debug, Args, Clone, Default)]
pub struct StopTimeArgs {
    /// Seconds to wait for the stop signal to work before killing [default: the container's stop timeout]
    #[arg(short = 't', long = "time", alias = "timeout", value_name = "SECONDS")]
    pub time: Option<u64>,
}

// docker's `-s`: the signal stop and restart send first.
#[derive(Debug, Args, Clone, Default)]
pub struct StopSignalArgs {
    /// Signal to stop the container with, name or number [default: the container's stop signal]
    #[arg(short = 's', long = "signal", value_name = "SIGNAL")]
    pub signal: Option<String>,
}

#[derive(Debug, Args, Clone)]
pub struct StartArgs {
    /// Attach to the container's output and wait for it to exit
    #[arg(short, long)]
    pub attach: bool,
    /// Attach standard input too (implies --attach)
    #[arg(short, long)]
    pub interactive: bool,
    /// Start every container that is not running
    #[arg(long)]
    pub all: bool,
    /// Only containers that match (the keys of ps --filter)
    #[arg(short, long, value_name = "KEY=VALUE")]
    pub filter: Vec<String>,
    /// Keys that detach from an attached container and leave it running ("" to disable)
    #[arg(long, value_name = "KEYS", default_value = "ctrl-p,ctrl-q")]
    pub detach_keys: String,
    /// Forward the signals skiff receives to the attached container [default: true with --attach]
    #[arg(long, value_name = "BOOL", action = clap::ArgAction::Set, num_args = 0..=1, require_equals = true, default_missing_value = "true")]
    pub sig_proxy: Option<bool>,
    /// Act on the most recently created container
    #[arg(short, long)]
    pub latest: bool,
    /// Containers (names or ids)
    #[arg(value_name = "CONTAINER")]
    pub containers: Vec<String>,
}

#[derive(Debug, Args, Clone)]
pub struct StopArgs {
    #[command(flatten)]
    pub time: StopTimeArgs,
    #[command(flatten)]
    pub signal: StopSignalArgs,
    /// Act on every running container
    #[arg(short, long)]
    pub all: bool,
    /// Do not fail on containers that do not exist
    #[arg(short, long)]
    pub ignore: bool,
    /// Only containers that match (the keys of ps --filter)
    #[arg(short, long, value_name = "KEY=VALUE")]
    pub filter: Vec<String>,
    #[command(flatten)]
    pub targets: ContainerTargets,
}

#[derive(Debug, Args, Clone)]
pub struct RestartArgs {
    #[command(flatten)]
    pub time: StopTimeArgs,
    #[command(flatten)]
    pub signal: StopSignalArgs,
    /// Act on every container
    #[arg(short, long)]
    pub all: bool,
    /// With --all: only the running containers
    #[arg(long)]
    pub running: bool,
    /// Only containers that match (the keys of ps --filter)
    #[arg(short, long, value_name = "KEY=VALUE")]
    pub filter: Vec<String>,
    #[command(flatten)]
    pub targets: ContainerTargets,
}

#[derive(Debug, Args, Clone)]
pub struct KillArgs {
    /// Signal to send (name or number)
    #[arg(short, long, value_name = "SIGNAL", default_value = "KILL")]
    pub signal: String,
    /// Act on every running container
    #[arg(short, long)]
    pub all: bool,
    #[command(flatten)]
    pub targets: ContainerTargets,
}

#[derive(Debug, Args, Clone)]
pub struct WaitArgs {
    /// State to wait for: stopped, exited, running, created (repeatable: the first reached)
    #[arg(long, value_name = "STATE", default_value = "stopped")]
    pub condition: Vec<String>,
    /// Time between checks of the containers' state (e.g. 250ms, 1s)
    #[arg(short, long, value_name = "DURATION", default_value = "250ms")]
    pub interval: String,
    /// Do not fail on containers that do not exist (prints -1 for them)
    #[arg(long)]
    pub ignore: bool,
    /// Act on the most recently created container
    #[arg(short, long)]
    pub latest: bool,
    /// Containers (names or ids)
    #[arg(value_name = "CONTAINER")]
    pub containers: Vec<String>,
}

#[derive(Debug, Args, Clone)]
pub struct AttachArgs {
    /// Keys that detach and leave the container running ("" to disable)
    #[arg(long, value_name = "KEYS", default_value = "ctrl-p,ctrl-q")]
    pub detach_keys: String,
    /// Pass the signals skiff receives on to the container's process (false: they are not caught)
    #[arg(long, value_name = "BOOL", action = clap::ArgAction::Set, num_args = 0..=1, require_equals = true, default_missing_value = "true", default_value = "true")]
    pub sig_proxy: bool,
    /// Do not send standard input to the container
    #[arg(long)]
    pub no_stdin: bool,
    #[command(flatten)]
    pub latest: LatestArgs,
    /// Container (name or id)
    #[arg(value_name = "CONTAINER", required_unless_present = "latest")]
    pub container: Option<String>,
}

// `-l`, for the commands that act on one container.
#[derive(Debug, Args, Clone, Default)]
pub struct LatestArgs {
    /// Act on the most recently created container
    #[arg(short, long)]
    pub latest: bool,
}

#[derive(Debug, Args, Clone)]
pub struct ExecArgs {
    #[command(flatten)]
    pub process: ProcessArgs,
    /// Run the command in the background
    #[arg(short, long)]
    pub detach: bool,
    /// Keys that detach from `-it` on a terminal and leave the process running [default: ctrl-p,ctrl-q] ("" to disable)
    #[arg(long, value_name = "KEYS")]
    pub detach_keys: Option<String>,
    /// Give the process every capability, no seccomp filter
    #[arg(long)]
    pub privileged: bool,
    /// Pass N more open descriptors, from 3 on, to the process
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub preserve_fds: u32,
    #[command(flatten)]
    pub latest: LatestArgs,
    /// The container (name or id; not with --latest), then the command and its arguments
    #[arg(value_name = "CONTAINER COMMAND", required = true, trailing_var_arg = true, allow_hyphen_values = true)]
    pub arguments: Vec<String>,
}

// `skiff container ...`: the commands only the group has, and the
// container commands of the top level.
#[derive(Debug, Subcommand)]
pub enum ContainerCommand {
    #[command(flatten)]
    TopLevel(ContainerTopLevelCommand),
    /// Show low-level information on containers
    Inspect(ContainerInspectArgs),
    /// Remove every container that is not running
    Prune(PruneArgs),
    /// Exit 0 if the container exists, 1 if not
    Exists {
        /// Container (name or id)
        #[arg(value_name = "CONTAINER")]
        container: String,
        /// Also look at containers other tools made in the store (skiff's store holds only its own, so this finds none more)
        #[arg(long)]
        external: bool,
    },
    /// Release what stopped containers leave behind: their root filesystem mounts and stray processes
    Cleanup(CleanupArgs),
    /// Create a new container with another one's configuration (not supported yet: refused)
    Clone(CloneArgs),
    /// Run the command an image's label describes (LABEL run=..., install=...), podman in it being skiff
    Runlabel(RunlabelArgs),
}

#[derive(Debug, Args, Clone)]
pub struct RunlabelArgs {
    /// Print the command with its variables substituted instead of running it
    #[arg(long)]
    pub display: bool,
    /// What NAME stands for in the label [default: the image's name without registry, path and tag]
    #[arg(short, long, value_name = "NAME")]
    pub name: Option<String>,
    /// Pull the image quietly (when it is not stored)
    #[arg(short, long)]
    pub quiet: bool,
    /// Remove the container the command names with --name first, if one exists
    #[arg(long)]
    pub replace: bool,
    #[command(flatten)]
    pub registry: RegistryArgs,
    #[command(flatten)]
    pub creds: CredsArgs,
    /// What $OPT1 stands for in the label
    #[arg(long, hide = true, value_name = "VALUE")]
    pub opt1: Option<String>,
    /// What $OPT2 stands for in the label
    #[arg(long, hide = true, value_name = "VALUE")]
    pub opt2: Option<String>,
    /// What $OPT3 stands for in the label
    #[arg(long, hide = true, value_name = "VALUE")]
    pub opt3: Option<String>,
    /// The label (run, install, uninstall...; any case)
    #[arg(value_name = "LABEL")]
    pub label: String,
    /// The image (pulled when it is not stored)
    #[arg(value_name = "IMAGE")]
    pub image: String,
    /// Arguments appended to the label's command
    #[arg(value_name = "ARG", trailing_var_arg = true, allow_hyphen_values = true)]
    pub args: Vec<String>,
}

// The container commands of the top level under podman's and docker's
// group names, with the same arguments (`container ls` is `ps`).
#[derive(Debug, Subcommand)]
pub enum ContainerTopLevelCommand {
    /// List containers
    #[command(name = "ls", visible_aliases = ["list", "ps"])]
    Ls(PsArgs),
    /// Remove one or more containers
    Rm(RmArgs),
    /// Run a command in a new container
    Run(RunArgs),
    /// Create a container without starting it
    #[command(disable_help_flag = true)]
    Create(CreateCommandArgs),
    /// Start one or more containers
    Start(StartArgs),
    /// Stop one or more running containers
    Stop(StopArgs),
    /// Send a signal to running containers
    Kill(KillArgs),
    /// Restart one or more containers
    Restart(RestartArgs),
    /// Wait for containers to stop and print their exit codes
    Wait(WaitArgs),
    /// Show a container's output
    Logs(LogsArgs),
    /// Run a command in a running container
    Exec(ExecArgs),
    /// Attach to a running detached container's input and output
    Attach(AttachArgs),
    /// Show the processes of a running container
    Top(TopArgs),
    /// List a container's published ports
    Port(PortArgs),
    /// Copy files between a container and the host
    Cp(CpArgs),
    /// Show the changes to a container's filesystem
    Diff(DiffArgs),
    /// Export a container's filesystem as a tar archive
    Export(ExportArgs),
    /// Rename a container
    Rename(RenameArgs),
    /// Create a new image from a container's changes
    Commit(CommitArgs),
    /// Prepare containers for running: they stay "created" until `start`
    Init(InitArgs),
    /// Show containers' resource usage (read from /proc: no cgroups needed)
    Stats(StatsArgs),
    /// Pause every process of running containers (a cgroup freezer, or SIGSTOP)
    Pause(PauseArgs),
    /// Let paused containers' processes run again
    Unpause(PauseArgs),
    /// Mount a container's root filesystem (inside `skiff unshare`) and print where; with no container, list the mounted ones
    Mount(MountArgs),
    /// Unmount containers' root filesystems mounted by `mount`
    #[command(visible_alias = "umount")]
    Unmount(UnmountArgs),
}

#[derive(Debug, Args, Clone)]
pub struct MountArgs {
    /// Mount every container
    #[arg(short, long)]
    pub all: bool,
    /// Print the list of mounted containers as json (the only format)
    #[arg(long, value_name = "FORMAT")]
    pub format: Option<String>,
    /// Do not truncate the ids in the list of mounted containers
    #[arg(long = "no-trunc", visible_alias = "notruncate")]
    pub no_trunc: bool,
    #[command(flatten)]
    pub latest: LatestArgs,
    /// Containers (names or ids); none lists the mounted ones
    #[arg(value_name = "CONTAINER")]
    pub containers: Vec<String>,
}

#[derive(Debug, Args, Clone)]
pub struct UnmountArgs {
    /// Unmount every mounted container
    #[arg(short, long)]
    pub all: bool,
    /// Unmount even if the mount is used more than once (mounted several times)
    #[arg(short, long)]
    pub force: bool,
    #[command(flatten)]
    pub latest: LatestArgs,
    /// Containers (names or ids)
    #[arg(value_name = "CONTAINER")]
    pub containers: Vec<String>,
}

// `container inspect`, `image inspect`: inspect of one kind of object.
#[derive(Debug, Args, Clone)]
#[command(mut_arg("format", |arg| arg.short('f').help("Format the output with a Go template (e.g. '{{.Id}}') or json")))]
pub struct ObjectInspectArgs {
    #[command(flatten)]
    pub output: FormatArgs,
    /// Names or ids
    #[arg(value_name = "NAME", required = true)]
    pub names: Vec<String>,
}

// `inspect`, `container inspect`: containers can also be chosen with --latest.
#[derive(Debug, Args, Clone)]
#[command(mut_arg("format", |arg| arg.short('f').help("Format the output with a Go template (e.g. '{{.Id}}') or json")))]
pub struct ContainerInspectArgs {
    #[command(flatten)]
    pub output: FormatArgs,
    #[command(flatten)]
    pub latest: LatestArgs,
    /// Add each container's sizes: SizeRw (what it wrote) and SizeRootFs (that and its image)
    #[arg(short, long)]
    pub size: bool,
    /// Names or ids
    #[arg(value_name = "NAME", required_unless_present = "latest")]
    pub names: Vec<String>,
}

#[derive(Debug, Args, Clone)]
pub struct CleanupArgs {
    /// Clean up every container that is not running
    #[arg(short, long)]
    pub all: bool,
    /// Remove the container afterwards
    #[arg(long)]
    pub rm: bool,
    /// Remove the image too (with --rm)
    #[arg(long)]
    pub rmi: bool,
    /// Clean up this exec session of the one container named instead of the container
    #[arg(long, value_name = "SESSION")]
    pub exec: Option<String>,
    /// Act on the most recently created container
    #[arg(short, long)]
    pub latest: bool,
    /// Containers (names or ids)
    #[arg(value_name = "CONTAINER")]
    pub containers: Vec<String>,
}

#[derive(Debug, Args, Clone)]
pub struct CloneArgs {
    /// Remove the original container once the clone exists (a running one only with --force)
    #[arg(long)]
    pub destroy: bool,
    /// With --destroy: remove the original even if it is running
    #[arg(short, long)]
    pub force: bool,
    /// Start the new container
    #[arg(long)]
    pub run: bool,
    /// Give the new container these settings instead of the original's (podman's overrides)
    #[command(flatten)]
    pub overrides: CloneOverrides,
    /// Container to clone (name or id)
    #[arg(value_name = "CONTAINER")]
    pub container: String,
    /// Name of the new container [default: the original's name with -clone]
    #[arg(id = "new_name", value_name = "NAME")]
    pub name: Option<String>,
    /// Image of the new container [default: the original's]
    #[arg(value_name = "IMAGE")]
    pub image: Option<String>,
}

// What `container clone` may change; podman's resource-limit overrides
// need cgroups, which skiff refuses as `create` does.
#[derive(Debug, Args, Clone, Default)]
pub struct CloneOverrides {
    /// Name of the new container (as the NAME argument)
    #[arg(long = "name", value_name = "NAME")]
    pub name: Option<String>,
    /// Put the new container in this pod
    #[arg(long, value_name = "POD")]
    pub pod: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum SystemCommand {
    /// Remove stopped containers and dangling images (-a: every unused image)
    Prune(PruneArgs),
    /// Show disk usage of images, containers and volumes
    Df(DfArgs),
    /// Show information about skiff and the host
    Info(InfoArgs),
    /// Remove every container, pod, image, volume, network and secret, and the store itself
    Reset(ResetArgs),
    /// Rewrite the store's records in the current format and mark stopped containers so
    Migrate(MigrateArgs),
    /// Check the store for damage: blobs, images, layers, containers, pods, volumes, networks
    Check(CheckArgs),
    /// Serve the Docker Engine API (docker CLI, docker-compose, SDKs) until idle
    Service(ServiceArgs),    /// Show events (the same as `skiff events`)
    Events(EventsArgs),
    /// Accepted for podman, does nothing: podman renumbers its lock numbers, skiff locks each record's own file and has none
    Renumber,
}

#[derive(Debug, Args, Clone)]
pub struct CheckArgs {
    /// Remove what cannot be trusted (damaged images, half-made containers, dangling names, garbage)
    #[arg(short, long)]
    pub repair: bool,
    /// Skip reading all content (blob digests, unpacked layers' files): find only what is missing
    #[arg(short, long)]
    pub quick: bool,
    /// With --repair, also remove containers whose image is damaged or missing
    #[arg(short, long)]
    pub force: bool,
}

#[derive(Debug, Args, Clone)]
pub struct ServiceArgs {
    /// Seconds without an open connection before the service exits (0: never)
    #[arg(short, long, value_name = "SECONDS", default_value_t = 5)]
    pub time: u64,
    /// Where to listen: unix://PATH or tcp://HOST:PORT (a non-loopback HOST needs the three --tls-* options) [default: unix://$XDG_RUNTIME_DIR/skiff/skiff.sock]
    #[arg(value_name = "URI")]
    pub uri: Option<String>,
    /// Serve TLS on tcp:// with this certificate (PEM; with --tls-key)
    #[arg(long, value_name = "FILE", requires = "tls_key")]
    pub tls_cert: Option<PathBuf>,
    /// The private key of --tls-cert (PEM)
    #[arg(long, value_name = "FILE", requires = "tls_cert")]
    pub tls_key: Option<PathBuf>,
    /// Accept only clients with a certificate this CA signed (PEM; with --tls-cert)
    #[arg(long, value_name = "FILE", requires = "tls_cert")]
    pub tls_cacert: Option<PathBuf>,
    /// Let web pages from ORIGIN call the service: every answer carries CORS headers (Access-Control-Allow-Origin: ORIGIN, as podman's)
    #[arg(long, value_name = "ORIGIN")]
    pub cors: Option<String>,
}

#[derive(Debug, Args, Clone)]
pub struct ResetArgs {
    /// Do not ask for confirmation
    #[arg(short, long)]
    pub force: bool,
}

#[derive(Debug, Args, Clone)]
pub struct MigrateArgs {
    /// Switch every container to another OCI runtime (refused: skiff is its own runtime)
    #[arg(long, value_name = "RUNTIME")]
    pub new_runtime: Option<String>,
}

#[derive(Debug, Args, Clone)]
pub struct UnshareArgs {
    /// Join the rootless network namespace (refused: skiff has no single one)
    #[arg(long)]
    pub rootless_netns: bool,
    /// Command and arguments [default: $SHELL, or /bin/sh]
    #[arg(value_name = "COMMAND", trailing_var_arg = true, allow_hyphen_values = true)]
    pub command: Vec<String>,
}

#[derive(Debug, Args, Clone)]
pub struct InitArgs {
    /// Act on every container
    #[arg(short, long)]
    pub all: bool,
    /// Act on the most recently created container
    #[arg(short, long)]
    pub latest: bool,
    /// Containers (names or ids)
    #[arg(value_name = "CONTAINER")]
    pub containers: Vec<String>,
}

#[derive(Debug, Subcommand)]
pub enum SecretCommand {
    /// Create a secret from a file, standard input (-) or an environment variable (--env)
    Create(SecretCreateArgs),
    /// List secrets
    #[command(visible_alias = "list")]
    Ls(SecretLsArgs),
    /// Show details of secrets
    Inspect(SecretInspectArgs),
    /// Remove secrets
    Rm(SecretRmArgs),
    /// Exit 0 if a secret exists, 1 if not
    Exists {
        /// Secret (name or id)
        #[arg(value_name = "SECRET")]
        secret: String,
    },
}

#[derive(Debug, Args, Clone)]
pub struct SecretCreateArgs {
    /// Secret driver: file (the only one skiff has)
    #[arg(short, long, value_name = "DRIVER", default_value = "file")]
    pub driver: String,
    /// Driver options (the file driver takes none)
    #[arg(long, value_name = "KEY=VALUE")]
    pub driver_opts: Vec<String>,
    /// Read the secret from the environment variable named by SOURCE
    #[arg(long)]
    pub env: bool,
    /// Add a label (KEY=VALUE)
    #[arg(short, long, value_name = "KEY=VALUE")]
    pub label: Vec<String>,
    /// Secret name
    #[arg(value_name = "NAME")]
    pub name: String,
    /// File to read, - for standard input, or with --env a variable name
    #[arg(value_name = "SOURCE")]
    pub source: String,
}

#[derive(Debug, Args, Clone)]
pub struct SecretLsArgs {
    /// Only secrets that match: name=, id=
    #[arg(short, long, value_name = "KEY=VALUE")]
    pub filter: Vec<String>,
    #[command(flatten)]
    pub output: FormatArgs,
    #[command(flatten)]
    pub heading: NoHeadingArgs,
    /// Print only secret ids
    #[arg(short, long)]
    pub quiet: bool,
}

#[derive(Debug, Args, Clone)]
#[command(mut_arg("format", |arg| arg.short('f').help("Format the output with a Go template, or json")))]
pub struct SecretInspectArgs {
    #[command(flatten)]
    pub output: FormatArgs,
    /// Print in a human-readable form
    #[arg(long)]
    pub pretty: bool,
    /// Secrets (names or ids)
    #[arg(value_name = "SECRET", required = true)]
    pub secrets: Vec<String>,
}

#[derive(Debug, Args, Clone)]
pub struct SecretRmArgs {
    /// Remove every secret
    #[arg(short, long)]
    pub all: bool,
    /// Do not fail on secrets that do not exist
    #[arg(short, long)]
    pub ignore: bool,
    /// Secrets (names or ids)
    #[arg(value_name = "SECRET")]
    pub secrets: Vec<String>,
}

#[derive(Debug, Args, Clone)]
pub struct PruneArgs {
    /// Do not ask for confirmation
    #[arg(short, long)]
    pub force: bool,
    /// With system prune: remove every image no container uses, not only dangling ones
    #[arg(short, long)]
    pub all: bool,
    /// With system prune: also remove volumes no container uses
    #[arg(long)]
    pub volumes: bool,
    /// Only containers that match: until=TIME (created before), label=KEY[=VALUE], label!=KEY[=VALUE]
    #[arg(long, value_name = "KEY=VALUE")]
    pub filter: Vec<String>,
}

#[derive(Debug, Args, Clone)]
#[command(mut_arg("format", |arg| arg.short('f')))]
pub struct InfoArgs {
    #[command(flatten)]
    pub output: FormatArgs,
}

#[derive(Debug, Args, Clone)]
#[command(mut_arg("format", |arg| arg.short('f')))]
pub struct DfArgs {
    #[command(flatten)]
    pub output: FormatArgs,
    /// List every image, container and volume with its size
    #[arg(short, long)]
    pub verbose: bool,
}

#[derive(Debug, Args, Clone)]
pub struct PauseArgs {
    /// Act on every running container (unpause: every paused one)
    #[arg(short, long)]
    pub all: bool,
    /// Only containers that match (the keys of ps --filter)
    #[arg(short, long, value_name = "KEY=VALUE")]
    pub filter: Vec<String>,
    #[command(flatten)]
    pub targets: ContainerTargets,
}

#[derive(Debug, Subcommand)]
pub enum HealthcheckCommand {
    /// Run the healthcheck of a running container now
    Run {
        /// Container (name or id)
        #[arg(value_name = "CONTAINER")]
        container: String,
    },
}

// `--since` and `--until`, for logs and events.
#[derive(Debug, Args, Clone)]
pub struct PeriodArgs {
    /// Only what happened since a time (RFC 3339) or a duration ago (10m, 1h)
    #[arg(long, value_name = "TIME")]
    pub since: Option<String>,
    /// Only what happened until a time (RFC 3339) or a duration ago
    #[arg(long, value_name = "TIME")]
    pub until: Option<String>,
}

#[derive(Debug, Args, Clone)]
pub struct EventsArgs {
    /// Only events that match: type=, event= (or status=), container=, image=
    #[arg(short, long, value_name = "KEY=VALUE")]
    pub filter: Vec<String>,
    #[command(flatten)]
    pub period: PeriodArgs,
    #[command(flatten)]
    pub output: FormatArgs,
    /// Keep waiting for new events (--stream=false prints what there is and exits)
    #[arg(long, value_name = "BOOL", default_value_t = true, action = clap::ArgAction::Set, num_args = 0..=1, default_missing_value = "true")]
    pub stream: bool,
    /// Show full ids; false shortens them to 12 characters [default: true]
    #[arg(long, value_name = "BOOL", default_value_t = true, action = clap::ArgAction::Set, num_args = 0..=1, default_missing_value = "true")]
    pub no_trunc: bool,
}

#[derive(Debug, Args, Clone)]
pub struct LogsArgs {
    #[command(flatten)]
    pub shown: LogLinesArgs,
    /// Colour each container's prefix
    #[arg(long)]
    pub color: bool,
    /// Show the extra attributes of each line (skiff's logs, as podman's from its log files, carry none)
    #[arg(long)]
    pub details: bool,
    #[command(flatten)]
    pub latest: LatestArgs,
    /// Containers (names or ids)
    #[arg(value_name = "CONTAINER", required_unless_present = "latest")]
    pub containers: Vec<String>,
}

#[derive(Debug, Args, Clone)]
#[command(mut_arg("format", |arg| arg.help("Output format: json, or a Go template ('table {{.ID}}\\t{{.Names}}')")))]
pub struct PsArgs {
    /// Show all containers, not only running ones
    #[arg(short, long)]
    pub all: bool,
    /// Print only container ids
    #[arg(short, long)]
    pub quiet: bool,
    /// Do not truncate ids and commands
    #[arg(long)]
    pub no_trunc: bool,
    #[command(flatten)]
    pub output: FormatArgs,
    #[command(flatten)]
    pub heading: NoHeadingArgs,
    /// Only containers that match: status=, name=, id=, label=KEY[=VALUE], label!=KEY[=VALUE], ancestor=, exited=CODE, before=CONTAINER, since=CONTAINER, volume=NAME|PATH, health=STATE, pod=POD, network=NAME
    #[arg(short, long, value_name = "KEY=VALUE")]
    pub filter: Vec<String>,
    /// Show the N most recently created containers (all states)
    #[arg(short = 'n', long, value_name = "N")]
    pub last: Option<usize>,
    /// Show the most recently created container (all states)
    #[arg(short, long)]
    pub latest: bool,
    /// Show the size of each container's writable layer
    #[arg(short, long)]
    pub size: bool,
    /// Show the pod of each container (POD ID and PODNAME columns)
    #[arg(short, long)]
    pub pod: bool,
    /// Order of the rows
    #[arg(long, value_enum, value_name = "KEY", default_value_t = PsSort::Created)]
    pub sort: PsSort,
    /// Also list containers other tools made in the store (skiff's store holds only its own, so this adds none)
    #[arg(long)]
    pub external: bool,
    /// Show the namespaces of each running container's process
    #[arg(long = "ns")]
    pub ns: bool,
    /// Redraw the listing every N seconds until interrupted
    #[arg(short, long, value_name = "SECONDS")]
    pub watch: Option<u64>,
    /// Accepted for podman: every listing already checks each container's process, so states are never stale
    #[arg(long)]
    pub sync: bool,
}

/// `ps --sort`, podman's keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PsSort {
    /// The container's command
    Command,
    /// Newest first
    Created,
    Id,
    /// The image's name
    Image,
    Names,
    /// Longest running last (most recently started first)
    Runningfor,
    /// Writable layer size
    Size,
    Status,
}

#[derive(Debug, Args, Clone)]
pub struct InspectArgs {
    /// Only look for this kind of object
    #[arg(short = 't', long = "type", value_enum, default_value = "all", value_name = "TYPE")]
    pub kind: InspectKind,
    #[command(flatten)]
    pub objects: ContainerInspectArgs,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum InspectKind {
    All,
    Container,
    Image,
}

#[derive(Debug, Args, Clone)]
pub struct PortArgs {
    /// Every container's published ports, each line after the container's short id
    #[arg(short, long, conflicts_with = "latest")]
    pub all: bool,
    #[command(flatten)]
    pub latest: LatestArgs,
    /// Container (name or id)
    #[arg(value_name = "CONTAINER", required_unless_present_any = ["latest", "all"])]
    pub container: Option<String>,
    /// Show only where this container port is published: PORT[/PROTOCOL]
    #[arg(value_name = "PORT")]
    pub port: Option<String>,
}

#[derive(Debug, Args, Clone)]
pub struct RmArgs {
    /// Stop a running container before removing it (with SIGKILL at once unless --time is given)
    #[arg(short, long)]
    pub force: bool,
    /// Remove all containers
    #[arg(short, long)]
    pub all: bool,
    /// Also remove the container's anonymous volumes
    #[arg(short, long)]
    pub volumes: bool,
    #[command(flatten)]
    pub time: StopTimeArgs,
    /// Do not fail on containers that do not exist
    #[arg(short, long)]
    pub ignore: bool,
    /// Also remove the containers that depend on it (that share its network), first
    #[arg(long)]
    pub depend: bool,
    /// Remove the links named /CONTAINER/ALIAS (docker's `--link`), not the containers; docker's short -l is podman's --latest here
    #[arg(long)]
    pub link: bool,
    /// Only containers that match (the keys of ps --filter)
    #[arg(long, value_name = "KEY=VALUE")]
    pub filter: Vec<String>,
    #[command(flatten)]
    pub targets: ContainerTargets,
}

#[derive(Debug, Args, Clone)]
pub struct CpArgs {
    /// CONTAINER:PATH, a host path, or - for a tar stream on standard input
    #[arg(value_name = "SRC")]
    pub source: String,
    /// CONTAINER:PATH, a host path, or - for a tar stream on standard output
    #[arg(value_name = "DEST")]
    pub destination: String,
    /// Print nothing on success (docker's flag; skiff's cp never prints a progress or "Successfully copied" line)
    #[arg(short, long)]
    pub quiet: bool,
    /// Let a directory replace a non-directory, and a non-directory a directory
    #[arg(long)]
    pub overwrite: bool,
    /// Follow a symlink SOURCE (docker's flag; skiff, as podman, always copies what the link points to)
    #[arg(short = 'L', long)]
    pub follow_link: bool,
    /// Make what is copied into the container its user's (podman's default); false keeps the source's uid and gid. Copies to the host are always yours
    #[arg(short, long, value_name = "BOOL", action = clap::ArgAction::Set, num_args = 0..=1, require_equals = true, default_missing_value = "true", default_value_t = true)]
    pub archive: bool,
}

#[derive(Debug, Args, Clone)]
pub struct ExportArgs {
    /// Write to this file instead of standard output
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Container (name or id)
    #[arg(value_name = "CONTAINER")]
    pub container: String,
}

#[derive(Debug, Subcommand)]
pub enum VolumeCommand {
    /// Create a volume
    Create(VolumeCreateArgs),
    /// List volumes
    Ls(VolumeLsArgs),
    /// Show details of volumes
    Inspect(VolumeInspectArgs),
    /// Remove volumes
    Rm(VolumeRmArgs),
    /// Remove every volume no container uses
    Prune(VolumeFilteredPruneArgs),
    /// Exit 0 if a volume exists, 1 if not
    Exists {
        /// Volume name
        #[arg(value_name = "NAME")]
        name: String,
    },
    /// Write a volume's content as a tar archive
    Export {
        /// Write to this file instead of standard output
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Volume name
        #[arg(value_name = "VOLUME")]
        volume: String,
    },
    /// Unpack a tar archive (plain, gzip or zstd) into a volume
    Import {
        /// Volume name
        #[arg(value_name = "VOLUME")]
        volume: String,
        /// The archive, or - for standard input
        #[arg(value_name = "SOURCE")]
        source: String,
    },
    /// Print where a volume's content is (inside `skiff unshare`): a local volume needs no mount
    Mount {
        /// Volume name
        #[arg(value_name = "NAME")]
        name: String,
    },
    /// Unmount a volume mounted by `volume mount` (a local volume needs none): prints its name
    #[command(visible_alias = "umount")]
    Unmount {
        /// Volume name
        #[arg(value_name = "NAME")]
        name: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum PodCommand {
    /// Create a pod
    #[command(disable_help_flag = true)]
    Create(PodCreateArgs),
    /// List pods
    #[command(visible_alias = "ls", alias = "list")]
    Ps(PodPsArgs),
    /// Show details of pods
    Inspect(PodInspectArgs),
    /// Start pods: the infra process, then every container
    Start(PodNamesArgs),
    /// Stop pods: every container, then the infra process
    Stop(PodStopArgs),
    /// Restart pods
    Restart(PodNamesArgs),
    /// Send a signal to every running container of pods
    Kill(PodKillArgs),
    /// Pause every running container of pods
    Pause(PodPauseArgs),
    /// Let every paused container of pods run again
    Unpause(PodPauseArgs),
    /// Remove pods
    Rm(PodRmArgs),
    /// Exit 0 if a pod exists, 1 if not
    Exists {
        /// Pod (name or id)
        #[arg(value_name = "POD")]
        pod: String,
    },
    /// Remove every pod that has nothing running
    Prune(VolumePruneArgs),
    /// Show the resource use of pods' containers
    Stats(PodStatsArgs),
    /// Show the processes of a pod's running containers
    Top(PodTopArgs),
    /// Print what a pod's containers wrote, each line after its container's name
    Logs(PodLogsArgs),
    /// Create a copy of a pod, with the same settings but for those given
    #[command(disable_help_flag = true)]
    Clone(PodCloneArgs),
}

// `pod create`'s and `pod clone`'s settings of the pod's infra process
// (sysctls) and of every container of the pod.
#[derive(Debug, Args, Clone)]
pub struct PodInheritedArgs {
    /// Set a kernel parameter of a namespace the pod shares: NAME=VALUE (net.* with net shared; kernel.msg*, kernel.sem, kernel.shm*, fs.mqueue.* with ipc shared)
    #[arg(long, value_name = "NAME=VALUE")]
    pub sysctl: Vec<String>,
    /// Bind-mount a host path or mount a named volume in every container of the pod: [HOST-PATH|NAME:]CONTAINER-PATH[:ro|rw]
    #[arg(short, long, value_name = "[SOURCE:]DEST[:OPTIONS]")]
    pub volume: Vec<String>,
    /// Mount the volumes of another container in every container of the pod: CONTAINER[:ro|rw]
    #[arg(long, value_name = "CONTAINER[:ro|rw]")]
    pub volumes_from: Vec<String>,
    /// Security options of every container of the pod: seccomp=unconfined|PROFILE.json, no-new-privileges, unmask=ALL|PATH[:PATH...], label=disable
    #[arg(long, value_name = "OPTION")]
    pub security_opt: Vec<String>,
    /// Give every container of the pod a host device: HOST[:CONTAINER][:PERMISSIONS]
    #[arg(long, value_name = "HOST[:CONTAINER][:rwm]")]
    pub device: Vec<String>,
}

// The id mappings of a user namespace of a container's (run, create) or
// a pod's own (pod create, pod clone).
#[derive(Debug, Args, Clone, Default)]
pub struct IdMapArgs {
    /// Run in a user namespace of the container's (or pod's) own, mapping container uids to ids of skiff's user namespace (0 is you, 1 and up your subordinate uids; yours must be mapped); repeatable. Alone, it serves for gids too
    #[arg(long, value_name = "CONTAINER_UID:FROM_UID:AMOUNT")]
    pub uidmap: Vec<String>,
    /// As --uidmap, for gids; alone, it serves for uids too
    #[arg(long, value_name = "CONTAINER_GID:FROM_GID:AMOUNT")]
    pub gidmap: Vec<String>,
    /// Run in a user namespace of the container's (or pod's) own mapping container uids 0 and up to NAME's ranges in /etc/subuid (they must lie within your own subordinate uids). Alone, it serves for gids too
    #[arg(long, value_name = "NAME")]
    pub subuidname: Option<String>,
    /// As --subuidname, from /etc/subgid; alone, it serves for uids too
    #[arg(long, value_name = "NAME")]
    pub subgidname: Option<String>,
}

// `pod create`'s and `pod clone`'s user namespace of the pod, held by its
// infra process and joined by every container of the pod.
#[derive(Debug, Args, Clone, Default)]
pub struct PodUsernsArgs {
    /// The pod's user namespace, shared by its containers: host (skiff's own: root is the user), keep-id[:uid=UID,gid=GID], auto[:size=N,uidmapping=C:H:S,gidmapping=C:H:S] (subordinate ids no other pod or container holds), private (with --uidmap/--gidmap)
    #[arg(long, value_name = "MODE")]
    pub userns: Option<String>,
    #[command(flatten)]
    pub id_maps: IdMapArgs,
}

#[derive(Debug, Args, Clone)]
pub struct PodCloneArgs {
    /// Print help (-h is --hostname, as in podman)
    #[arg(long, action = clap::ArgAction::Help)]
    pub help: Option<bool>,
    /// Name of the new pod [default: the original's name with -clone]
    #[arg(short, long, value_name = "NAME")]
    pub name: Option<String>,
    /// Remove the original pod (and its containers, stopping them first)
    #[arg(long)]
    pub destroy: bool,
    /// Start the new pod
    #[arg(long)]
    pub start: bool,
    /// The new pod's hostname [default: the original's]
    #[arg(short = 'h', long, value_name = "NAME")]
    pub hostname: Option<String>,
    /// Add or change a label (KEY=VALUE)
    #[arg(short, long, value_name = "KEY=VALUE")]
    pub label: Vec<String>,
    /// Read labels to add or change from a file (KEY=VALUE lines; --label wins)
    #[arg(long, value_name = "FILE")]
    pub label_file: Vec<PathBuf>,
    /// The name of the new pod's infra container [default: the pod id's first 12 characters, then -infra]
    #[arg(long, value_name = "NAME")]
    pub infra_name: Option<String>,
    /// The new pod's uts namespace: private (its own) or host (the host's, and its hostname) [default: the original's]
    #[arg(long, value_name = "MODE")]
    pub uts: Option<String>,
    /// The pid namespace the new pod's containers share: private (one of the pod's), host (the host's) or ns:PATH (that one); other than private, pid joins --share [default: the original's]
    #[arg(long, value_name = "MODE")]
    pub pid: Option<String>,
    /// Size of the /dev/shm the new pod's containers share, such as 128m [default: the original's]
    #[arg(long, value_name = "SIZE")]
    pub shm_size: Option<String>,
    // Added to the original's; the same sysctl, path or device replaces it.
    #[command(flatten)]
    pub inherited: PodInheritedArgs,
    // Any of them replaces the original's user namespace settings.
    #[command(flatten)]
    pub userns: PodUsernsArgs,
    /// Pod to clone (name or id)
    #[arg(value_name = "POD")]
    pub pod: String,
    /// Name of the new pod (as --name)
    #[arg(value_name = "NAME")]
    pub positional_name: Option<String>,
}

// A container's /etc/resolv.conf and /etc/hosts: flags of `run` and
// `create`, and of `pod create`, whose containers all get them.
#[derive(Debug, Args, Clone, Default)]
pub struct ResolverArgs {
    /// DNS server for the container's /etc/resolv.conf
    #[arg(long, value_name = "IP")]
    pub dns: Vec<String>,
    /// DNS search domain for the container's /etc/resolv.conf ("." for none)
    #[arg(long, value_name = "DOMAIN")]
    pub dns_search: Vec<String>,
    /// Set a resolver option in the container's /etc/resolv.conf (ndots:2, timeout:1, ...)
    #[arg(long, value_name = "OPTION")]
    pub dns_option: Vec<String>,
    /// Add a line to the container's /etc/hosts: HOST:IP
    #[arg(long, value_name = "HOST:IP")]
    pub add_host: Vec<String>,
    /// Keep the image's /etc/hosts instead of generating one
    #[arg(long)]
    pub no_hosts: bool,
}

// The reporting flags `stats` and `pod stats` share.
#[derive(Debug, Args, Clone)]
#[command(mut_arg("format", |arg| arg.help("Output format: json, or a Go template ('table {{.ID}} {{.MemUsage}}')")))]
pub struct StatsReportArgs {
    #[command(flatten)]
    pub output: FormatArgs,
    /// Print one report and exit
    #[arg(long)]
    pub no_stream: bool,
    /// Do not clear the screen between reports
    #[arg(long)]
    pub no_reset: bool,
    /// Seconds between reports
    #[arg(short, long, value_name = "SECONDS", default_value_t = 5)]
    pub interval: u64,
}

#[derive(Debug, Args, Clone)]
pub struct StatsArgs {
    /// Show every container, not only running ones
    #[arg(short, long)]
    pub all: bool,
    /// Show the most recently created container
    #[arg(short, long)]
    pub latest: bool,
    /// Show full container ids
    #[arg(long)]
    pub no_trunc: bool,
    #[command(flatten)]
    pub report: StatsReportArgs,
    /// Containers (names or ids) [default: every running container]
    #[arg(value_name = "CONTAINER")]
    pub containers: Vec<String>,
}

#[derive(Debug, Args, Clone)]
pub struct PodStatsArgs {
    /// Show every pod
    #[arg(short, long)]
    pub all: bool,
    /// Show the most recently created pod
    #[arg(short, long)]
    pub latest: bool,
    #[command(flatten)]
    pub report: StatsReportArgs,
    /// Pods (names or ids) [default: every pod]
    #[arg(value_name = "POD")]
    pub pods: Vec<String>,
}

#[derive(Debug, Args, Clone)]
pub struct PodTopArgs {
    /// The most recently created pod
    #[arg(short, long)]
    pub latest: bool,
    /// The pod, then podman's ps descriptors (as for `top`)
    #[arg(value_name = "POD [DESCRIPTORS]", trailing_var_arg = true, allow_hyphen_values = true)]
    pub arguments: Vec<String>,
}

// Which log lines `logs` and `pod logs` print, and how.
#[derive(Debug, Args, Clone)]
pub struct LogLinesArgs {
    /// Keep printing new output until the containers stop
    #[arg(short, long)]
    pub follow: bool,
    /// Show only the last N lines of each container
    #[arg(long, value_name = "N")]
    pub tail: Option<usize>,
    #[command(flatten)]
    pub period: PeriodArgs,
    /// Show timestamps
    #[arg(short, long)]
    pub timestamps: bool,
    /// Prefix each line with the container's name (pod logs: instead of its id)
    #[arg(short, long)]
    pub names: bool,
}

#[derive(Debug, Args, Clone)]
pub struct PodLogsArgs {
    /// Only this container of the pod (name or id)
    #[arg(short = 'c', long, value_name = "CONTAINER")]
    pub container: Option<String>,
    #[command(flatten)]
    pub shown: LogLinesArgs,
    /// Colour each container's prefix
    #[arg(long)]
    pub color: bool,
    /// The most recently created pod
    #[arg(short, long)]
    pub latest: bool,
    /// Pod (name or id)
    #[arg(value_name = "POD", required_unless_present = "latest")]
    pub pod: Option<String>,
}

#[derive(Debug, Args, Clone)]
pub struct PodCreateArgs {
    /// Print help (-h is --hostname, as in podman)
    #[arg(long, action = clap::ArgAction::Help)]
    pub help: Option<bool>,
    /// Name of the pod [default: a random name]
    #[arg(short, long, value_name = "NAME")]
    pub name: Option<String>,
    #[command(flatten)]
    pub publish: PublishArgs,
    /// Namespaces the containers share: a comma-separated list of net, ipc, uts, pid ("" for none; +pid adds to the default)
    #[arg(long, value_name = "NAMESPACES", default_value = "net,ipc,uts")]
    pub share: String,
    /// The pod's network: slirp4netns[:OPTIONS], none, host, or networks made by `network create` (NAME[,NAME...], or the flag repeated, each NAME[:alias=NAME,ip=IPV4,ip6=IPV6,mac=MAC,interface_name=NAME])
    #[arg(long, alias = "net", value_name = "MODE", default_value = "slirp4netns")]
    pub network: Vec<String>,
    /// Another name of the pod on its networks (made by `network create`)
    #[arg(long, value_name = "ALIAS")]
    pub network_alias: Vec<String>,
    /// The pod's IPv4 address on its one network made by `network create`
    #[arg(long, value_name = "ADDRESS")]
    pub ip: Option<std::net::Ipv4Addr>,
    /// The pod's IPv6 address on its one dual-stack network made by `network create --ipv6`
    #[arg(long, value_name = "ADDRESS")]
    pub ip6: Option<std::net::Ipv6Addr>,
    /// Set a label (KEY=VALUE)
    #[arg(short, long, value_name = "KEY=VALUE")]
    pub label: Vec<String>,
    /// The pod's hostname [default: the pod's name]
    #[arg(short = 'h', long, value_name = "NAME")]
    pub hostname: Option<String>,
    #[command(flatten)]
    pub resolver: ResolverArgs,
    /// Read labels from a file (KEY=VALUE lines; --label wins)
    #[arg(long, value_name = "FILE")]
    pub label_file: Vec<PathBuf>,
    /// Write the pod's id to FILE
    #[arg(long, value_name = "FILE")]
    pub pod_id_file: Option<PathBuf>,
    /// Write the pid of the pod's infra process to FILE when it starts: a systemd unit's PIDFile
    #[arg(long, value_name = "FILE")]
    pub infra_conmon_pidfile: Option<PathBuf>,
    /// Remove an existing pod of the same name (and its containers) first
    #[arg(long)]
    pub replace: bool,
    /// When the last container exits: continue (the pod keeps running) or stop (the pod stops)
    #[arg(long, value_name = "POLICY", default_value = "continue")]
    pub exit_policy: String,
    /// The name of the pod's infra container [default: the pod id's first 12 characters, then -infra]
    #[arg(long, value_name = "NAME")]
    pub infra_name: Option<String>,
    #[command(flatten)]
    pub inherited: PodInheritedArgs,
    #[command(flatten)]
    pub userns: PodUsernsArgs,
    /// The pod's uts namespace: private (its own) or host (the host's, and its hostname)
    #[arg(long, value_name = "MODE")]
    pub uts: Option<String>,
    /// The pid namespace the pod's containers share: private (one of the pod's), host (the host's) or ns:PATH (that one); other than private, pid joins --share
    #[arg(long, value_name = "MODE")]
    pub pid: Option<String>,
    /// Size of the /dev/shm the pod's containers share, such as 128m [default: 64m]
    #[arg(long, value_name = "SIZE")]
    pub shm_size: Option<String>,
    /// The MAC address of the pod's interface on slirp4netns or on its one network made by `network create` (xx:xx:xx:xx:xx:xx)
    #[arg(long, value_name = "MAC")]
    pub mac_address: Option<String>,
    /// Hold the pod's namespaces in an infra process (only true is supported)
    #[arg(long, value_name = "BOOL", default_value_t = true, action = clap::ArgAction::Set, num_args = 0..=1, default_missing_value = "true")]
    pub infra: bool,
    /// Name for the pod (podman takes it as an argument too)
    #[arg(value_name = "NAME")]
    pub positional_name: Option<String>,
}

#[derive(Debug, Args, Clone)]
#[command(mut_arg("format", |arg| arg.help("Output format: json, or a Go template ('{{.Name}} {{.Status}}')")))]
pub struct PodPsArgs {
    /// Print only pod ids
    #[arg(short, long)]
    pub quiet: bool,
    /// Do not truncate ids
    #[arg(long)]
    pub no_trunc: bool,
    #[command(flatten)]
    pub output: FormatArgs,
    #[command(flatten)]
    pub heading: NoHeadingArgs,
    /// Only pods that match: name=, id=, label=KEY[=VALUE], label!=KEY[=VALUE], status=, until=TIME, ctr-names=, ctr-ids=, ctr-number=N, ctr-status=
    #[arg(short, long, value_name = "KEY=VALUE")]
    pub filter: Vec<String>,
    /// Order of the rows
    #[arg(long, value_enum, value_name = "KEY", default_value_t = PodSort::Created)]
    pub sort: PodSort,
    /// Show only the most recently created pod
    #[arg(short, long)]
    pub latest: bool,
    /// Show the names of each pod's containers
    #[arg(long)]
    pub ctr_names: bool,
    /// Show the ids of each pod's containers
    #[arg(long)]
    pub ctr_ids: bool,    /// Show the state of each pod's containers
    #[arg(long)]
    pub ctr_status: bool,
    /// Show the pods' cgroup and libpod namespace (skiff has neither: both are empty)
    #[arg(long = "ns")]
    pub ns: bool,
}

/// `pod ps --sort`, podman's keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PodSort {
    /// Newest first
    Created,
    Id,
    Name,
    /// Number of containers
    Number,
}

#[derive(Debug, Args, Clone)]
#[command(mut_arg("format", |arg| arg.short('f').help("Format the output with a Go template or json")))]
pub struct PodInspectArgs {
    #[command(flatten)]
    pub output: FormatArgs,
    /// Inspect the most recently created pod
    #[arg(short, long)]
    pub latest: bool,
    /// Pods (names or ids)
    #[arg(value_name = "POD", required_unless_present = "latest")]
    pub pods: Vec<String>,
}

#[derive(Debug, Args, Clone)]
pub struct PodNamesArgs {
    /// Act on every pod
    #[arg(short, long)]
    pub all: bool,
    /// Act on the most recently created pod
    #[arg(short, long)]
    pub latest: bool,
    /// Read the pod id from this file (repeatable)
    #[arg(long, value_name = "FILE")]
    pub pod_id_file: Vec<PathBuf>,
    /// Pods (names or ids)
    #[arg(value_name = "POD")]
    pub pods: Vec<String>,
}

/// `pod pause` and `pod unpause`: podman's flags, without --pod-id-file.
#[derive(Debug, Args, Clone)]
pub struct PodPauseArgs {
    /// Act on every pod
    #[arg(short, long)]
    pub all: bool,
    /// Act on the most recently created pod
    #[arg(short, long)]
    pub latest: bool,
    /// Pods (names or ids)
    #[arg(value_name = "POD")]
    pub pods: Vec<String>,
}

impl PodPauseArgs {
    pub fn as_names(&self) -> PodNamesArgs {
        PodNamesArgs { all: self.all, latest: self.latest, pod_id_file: Vec::new(), pods: self.pods.clone() }
    }
}

#[derive(Debug, Args, Clone)]
pub struct PodStopArgs {
    #[command(flatten)]
    pub time: StopTimeArgs,
    /// Do not fail on pods that do not exist
    #[arg(short, long)]
    pub ignore: bool,
    #[command(flatten)]
    pub names: PodNamesArgs,
}

#[derive(Debug, Args, Clone)]
pub struct PodKillArgs {
    /// Signal to send (name or number)
    #[arg(short, long, value_name = "SIGNAL", default_value = "KILL")]
    pub signal: String,
    #[command(flatten)]
    pub names: PodNamesArgs,
}

#[derive(Debug, Args, Clone)]
pub struct PodRmArgs {
    /// Stop and remove running pods with their containers
    #[arg(short, long)]
    pub force: bool,
    #[command(flatten)]
    pub time: StopTimeArgs,
    /// Do not fail on pods that do not exist
    #[arg(short, long)]
    pub ignore: bool,
    #[command(flatten)]
    pub names: PodNamesArgs,
}

#[derive(Debug, Subcommand)]
pub enum NetworkCommand {
    /// Create a network (a bridge in the user's networks' namespace)
    Create(NetworkCreateArgs),
    /// List networks
    #[command(visible_alias = "list")]
    Ls(NetworkLsArgs),
    /// Show details of networks
    Inspect(NetworkInspectArgs),
    /// Remove networks
    #[command(visible_alias = "remove")]
    Rm(NetworkRmArgs),
    /// Remove every network no container uses
    Prune(NetworkPruneArgs),
    /// Exit 0 if a network exists, 1 if not
    Exists {
        /// Network name or id
        #[arg(value_name = "NETWORK")]
        name: String,
    },
    /// Connect a container created on a user network to one more (at once if it runs)
    Connect(NetworkConnectArgs),
    /// Disconnect a container from a network it was connected to
    Disconnect(NetworkDisconnectArgs),
}

#[derive(Debug, Args, Clone)]
pub struct NetworkConnectArgs {
    /// Another name the container answers to on this network (repeatable)
    #[arg(long, value_name = "NAME")]
    pub alias: Vec<String>,
    /// Link to a running container on this network, NAME[:ALIAS] (docker's): this container, and only it, reaches that one as ALIAS too (repeatable)
    #[arg(long, value_name = "NAME[:ALIAS]")]
    pub link: Vec<String>,
    /// The container's IPv4 address on this network [default: the lowest free one]
    #[arg(long, value_name = "IP")]
    pub ip: Option<String>,
    /// The container's IPv6 address on this dual-stack network [default: the lowest free one]
    #[arg(long, value_name = "IP")]
    pub ip6: Option<String>,
    /// The container's MAC address on this network (six hex pairs) [default: a random one]
    #[arg(long, value_name = "ADDRESS")]
    pub mac_address: Option<String>,
    /// Network (name or id)
    #[arg(value_name = "NETWORK")]
    pub network: String,
    /// Container (name or id)
    #[arg(value_name = "CONTAINER")]
    pub container: String,
}

#[derive(Debug, Args, Clone)]
pub struct NetworkDisconnectArgs {
    /// Accepted for podman and docker: skiff's disconnect needs no forcing
    #[arg(short, long)]
    pub force: bool,
    /// Network (name or id)
    #[arg(value_name = "NETWORK")]
    pub network: String,
    /// Container (name or id)
    #[arg(value_name = "CONTAINER")]
    pub container: String,
}

#[derive(Debug, Args, Clone)]
pub struct NetworkCreateArgs {
    /// Network driver (only bridge)
    #[arg(short, long, value_name = "DRIVER", default_value = "bridge")]
    pub driver: String,
    /// Subnet in CIDR form, IPv4 or IPv6 (one of each: an IPv6 one makes the network dual stack) [default: a free 10.89.N.0/24]
    #[arg(long, value_name = "SUBNET")]
    pub subnet: Vec<String>,
    /// Gateway address of the subnet given in the same place [default: the subnet's first address]
    #[arg(long, value_name = "IP")]
    pub gateway: Vec<String>,
    /// Keep the network from reaching the outside
    #[arg(long)]
    pub internal: bool,
    /// Set a label (KEY=VALUE)
    #[arg(long, value_name = "KEY=VALUE")]
    pub label: Vec<String>,
    /// Give containers addresses from this part of the subnet given in the same place only (CIDR inside that --subnet)
    #[arg(long, value_name = "CIDR")]
    pub ip_range: Vec<String>,
    /// Keep an address of the subnet from containers (NAME=IP, repeatable)
    #[arg(long, value_name = "NAME=IP")]
    pub aux_address: Vec<String>,
    /// IP address management driver: host-local (the only one skiff has)
    #[arg(long, value_name = "DRIVER")]
    pub ipam_driver: Option<String>,
    /// IPAM driver options: none are taken by host-local
    #[arg(long, value_name = "KEY=VALUE")]
    pub ipam_opt: Vec<String>,
    /// Make the network dual stack: an IPv6 subnet beside the IPv4 one [default IPv6 subnet: a random fdXX:XXXX:XXXX:XXXX::/64]
    #[arg(long)]
    pub ipv6: bool,
    /// Enable IPv4 (docker's --ipv4; skiff's networks are always IPv4)
    #[arg(long, value_name = "BOOL", action = clap::ArgAction::Set, num_args = 0..=1, require_equals = true, default_missing_value = "true", default_value_t = true)]
    pub ipv4: bool,
    /// Containers on the network do not resolve each other's names (queries are only forwarded out)
    #[arg(long)]
    pub disable_dns: bool,
    /// Bridge driver option (KEY=VALUE, repeatable): mtu=N (the bridge's and its containers' interfaces' MTU), isolate=true (skiff's networks always are)
    #[arg(short, long = "opt", value_name = "KEY=VALUE")]
    pub opt: Vec<String>,
    /// Network name [default: podmanN, as podman names them]
    #[arg(value_name = "NAME")]
    pub name: Option<String>,
}

#[derive(Debug, Args, Clone)]
#[command(mut_arg("format", |arg| arg.help("Output format: json, or a Go template (e.g. '{{.Name}}')")))]
pub struct NetworkLsArgs {
    /// Print only network names
    #[arg(short, long)]
    pub quiet: bool,
    #[command(flatten)]
    pub output: FormatArgs,
    #[command(flatten)]
    pub heading: NoHeadingArgs,
    /// Only networks that match: name=, id=, driver=, label=
    #[arg(short, long, value_name = "KEY=VALUE")]
    pub filter: Vec<String>,
    /// Show the whole network id
    #[arg(long)]
    pub no_trunc: bool,
}

#[derive(Debug, Args, Clone)]
#[command(mut_arg("format", |arg| arg.short('f').help("Format the output with a Go template or json")))]
pub struct NetworkInspectArgs {
    #[command(flatten)]
    pub output: FormatArgs,
    /// Also show the containers on the network, with their addresses while they run
    #[arg(short, long)]
    pub verbose: bool,
    /// Network names or ids
    #[arg(value_name = "NETWORK", required = true)]
    pub names: Vec<String>,
}

#[derive(Debug, Args, Clone)]
pub struct NetworkRmArgs {
    /// Remove the containers that use the network first
    #[arg(short, long)]
    pub force: bool,
    /// With --force: seconds to wait for running containers' stop signal before killing them [default: kill at once]
    #[command(flatten)]
    pub time: StopTimeArgs,
    /// Network names or ids
    #[arg(value_name = "NETWORK", required = true)]
    pub names: Vec<String>,
}

#[derive(Debug, Args, Clone)]
pub struct VolumeCreateArgs {
    /// Set a label (KEY=VALUE)
    #[arg(short, long, value_name = "KEY=VALUE")]
    pub label: Vec<String>,
    /// Driver option (none are supported by the local driver yet)
    #[arg(short, long, value_name = "KEY=VALUE")]
    pub opt: Vec<String>,
    /// Volume driver (only local: a directory in skiff's store)
    #[arg(short, long, value_name = "DRIVER", default_value = "local")]
    pub driver: String,
    /// Volume name [default: a random id]
    #[arg(value_name = "NAME")]
    pub name: Option<String>,
}

#[derive(Debug, Args, Clone)]
#[command(mut_arg("format", |arg| arg.help("Output format: json, or a Go template (e.g. '{{.Name}}')")))]
pub struct VolumeLsArgs {
    /// Print only volume names
    #[arg(short, long)]
    pub quiet: bool,
    #[command(flatten)]
    pub output: FormatArgs,
    #[command(flatten)]
    pub heading: NoHeadingArgs,
    /// Only volumes that match: name=, label=KEY[=VALUE], label!=KEY[=VALUE], driver=, dangling=true|false, until=TIME
    #[arg(short, long, value_name = "KEY=VALUE")]
    pub filter: Vec<String>,
}

#[derive(Debug, Args, Clone)]
#[command(mut_arg("format", |arg| arg.short('f').help("Format the output with a Go template or json")))]
pub struct VolumeInspectArgs {
    #[command(flatten)]
    pub output: FormatArgs,
    /// Inspect every volume
    #[arg(short, long)]
    pub all: bool,
    /// Volume names
    #[arg(value_name = "NAME", required_unless_present = "all")]
    pub names: Vec<String>,
}

#[derive(Debug, Args, Clone)]
pub struct VolumeRmArgs {
    /// Remove the containers that use the volume first
    #[arg(short, long)]
    pub force: bool,
    /// Remove every volume
    #[arg(short, long)]
    pub all: bool,
    /// With --force: seconds to wait for running containers' stop signal before killing them [default: kill at once]
    #[command(flatten)]
    pub time: StopTimeArgs,
    /// Volume names
    #[arg(value_name = "NAME", required_unless_present = "all")]
    pub names: Vec<String>,
}

#[derive(Debug, Args, Clone)]
pub struct VolumeFilteredPruneArgs {
    #[command(flatten)]
    pub confirm: VolumePruneArgs,
    /// Only volumes that match: label=KEY[=VALUE], label!=KEY[=VALUE], until=TIME
    #[arg(long, value_name = "KEY=VALUE")]
    pub filter: Vec<String>,
    /// Named volumes too, as docker's flag asks (skiff, as podman, always prunes named and anonymous volumes alike)
    #[arg(short, long)]
    pub all: bool,
}

#[derive(Debug, Args, Clone)]
pub struct NetworkPruneArgs {
    #[command(flatten)]
    pub confirm: VolumePruneArgs,
    /// Only networks that match: label=KEY[=VALUE], label!=KEY[=VALUE], until=TIME (created before it)
    #[arg(long, value_name = "KEY=VALUE")]
    pub filter: Vec<String>,
}

#[derive(Debug, Args, Clone)]
pub struct VolumePruneArgs {
    /// Do not ask for confirmation
    #[arg(short, long)]
    pub force: bool,
}

#[derive(Debug, Args, Clone)]
#[command(mut_arg("format", |arg| arg.help("Output format: json")), mut_arg("noheading", |arg| arg.short('n')))]
pub struct ImagesArgs {
    /// Show intermediate images too (skiff's build cache keeps layers, not images: every stored image, untagged ones included, is listed either way)
    #[arg(short, long)]
    pub all: bool,
    /// Print only image ids
    #[arg(short, long)]
    pub quiet: bool,
    /// Do not truncate image ids
    #[arg(long)]
    pub no_trunc: bool,
    #[command(flatten)]
    pub output: FormatArgs,
    #[command(flatten)]
    pub heading: NoHeadingArgs,
    /// Show the manifest digests
    #[arg(long)]
    pub digests: bool,
    /// Show only images that match: dangling=true|false, reference=PATTERN, label=KEY[=VALUE], label!=KEY[=VALUE], until=TIME
    #[arg(short, long, value_name = "FILTER")]
    pub filter: Vec<String>,
    /// Add a HISTORY column: every name the image has had, most recent first
    #[arg(long)]
    pub history: bool,
    /// Sort the rows by this column (newest first for created; ascending for the others, size too, as podman)
    #[arg(long, value_enum, default_value_t = ImageSort::Created)]
    pub sort: ImageSort,
    /// List images as a tree of their platforms, as docker's experimental --tree does (skiff keeps one platform of each image: one branch each); untagged images only with -a
    #[arg(long)]
    pub tree: bool,
}

/// The columns `images --sort` orders by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ImageSort {
    Created,
    Id,
    Repository,
    Size,
    Tag,
}

#[derive(Debug, Args, Clone)]
pub struct RmiArgs {
    /// Remove the image even if containers use it (removing those containers)
    #[arg(short, long)]
    pub force: bool,
    /// Remove all images
    #[arg(short, long)]
    pub all: bool,
    /// Skip the named images that are not in the store, without an error
    #[arg(short, long)]
    pub ignore: bool,
    /// Keep dangling parent images (skiff's builds keep layers, not parent images, so removing an image never removes another)
    #[arg(long)]
    pub no_prune: bool,
    #[command(flatten)]
    pub platform: LocalPlatformArgs,
    /// Images (names or ids)
    #[arg(value_name = "IMAGE")]
    pub images: Vec<String>,
}

#[derive(Debug, Args, Clone)]
#[command(
    mut_arg("platform", |arg| arg.help("Set the image's platform: OS/ARCH[/VARIANT] [default: this host's]")),
    mut_arg("arch", |arg| arg.help("Set the image's architecture (e.g. arm64)")),
    mut_arg("os", |arg| arg.help("Set the image's operating system")),
    mut_arg("variant", |arg| arg.help("Set the image's architecture variant (e.g. v7 for arm)")),
)]
pub struct ImportArgs {
    #[command(flatten)]
    pub changes: ImageChangeArgs,
    #[command(flatten)]
    pub platform: PlatformArgs,
    /// Print only the image id
    #[arg(short, long)]
    pub quiet: bool,
    /// Tarball to import (plain, gzip or zstd), or - for standard input
    #[arg(value_name = "TARBALL")]
    pub source: String,
    /// Name for the new image
    #[arg(value_name = "NAME[:TAG]")]
    pub reference: Option<String>,
}

// What import and commit add to the new image's config and history.
#[derive(Debug, Args, Clone)]
pub struct ImageChangeArgs {
    /// Apply a Dockerfile instruction to the image config (CMD, ENTRYPOINT, ENV, EXPOSE, LABEL, USER, VOLUME, WORKDIR, STOPSIGNAL)
    #[arg(short, long, value_name = "INSTRUCTION")]
    pub change: Vec<String>,
    /// Set the image's commit message (history comment)
    #[arg(short, long, value_name = "MESSAGE")]
    pub message: Option<String>,
}

#[derive(Debug, Args, Clone)]
pub struct CommitArgs {
    /// Set the image's author
    #[arg(short, long, value_name = "AUTHOR")]
    pub author: Option<String>,
    #[command(flatten)]
    pub changes: ImageChangeArgs,
    /// Stop the container's processes while the image is written
    #[arg(short, long)]
    pub pause: bool,
    /// Print no progress
    #[arg(short, long)]
    pub quiet: bool,
    /// Manifest and config format of the image
    #[arg(short, long, value_enum, value_name = "FORMAT", default_value_t = BuildFormat::Oci)]
    pub format: BuildFormat,
    /// Write the image id to this file
    #[arg(long, value_name = "FILE")]
    pub iidfile: Option<PathBuf>,
    /// Make the container's volumes the image's VOLUMEs
    #[arg(long)]
    pub include_volumes: bool,
    /// Merge the image's layers and the container's changes into one layer
    #[arg(short, long)]
    pub squash: bool,
    /// Container (name or id)
    #[arg(value_name = "CONTAINER")]
    pub container: String,
    /// Name for the new image
    #[arg(value_name = "IMAGE")]
    pub image: Option<String>,
}

#[derive(Debug, Args, Clone)]
#[command(mut_arg("format", |arg| arg.help("Output format: json, or a Go template (.ID .Created .CreatedBy .Size .Comment .Tags)")))]
pub struct HistoryArgs {
    /// Show created times as "3 hours ago" (false: as timestamps)
    #[arg(short = 'H', long, value_name = "BOOL", action = clap::ArgAction::Set, num_args = 0..=1, default_value = "true", default_missing_value = "true")]
    pub human: bool,
    /// Do not truncate ids and commands
    #[arg(long)]
    pub no_trunc: bool,
    /// Print only the ids
    #[arg(short, long)]
    pub quiet: bool,
    #[command(flatten)]
    pub output: FormatArgs,
    #[command(flatten)]
    pub platform: LocalPlatformArgs,
    /// Image (name or id)
    #[arg(value_name = "IMAGE")]
    pub image: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SaveFormat {
    /// docker save's tar: manifest.json, configs and uncompressed layers
    DockerArchive,
    /// An OCI image layout in a tar
    OciArchive,
    /// An OCI image layout directory
    OciDir,
    /// A directory with a Docker schema 2 manifest and its blobs (podman's docker-dir)
    DockerDir,
}

#[derive(Debug, Args, Clone)]
pub struct SaveArgs {
    /// Archive format
    #[arg(long, value_enum, default_value = "docker-archive", value_name = "FORMAT")]
    pub format: SaveFormat,
    /// Write to this file (a directory for the dir formats) instead of standard output
    #[arg(short, long, value_name = "PATH")]
    pub output: Option<PathBuf>,
    /// Save several images into one docker-archive (also the default with several images)
    #[arg(short, long)]
    pub multi_image_archive: bool,
    /// Compress the layers (dir formats only)
    #[arg(long)]
    pub compress: bool,
    /// Write the layers uncompressed (oci-archive and oci-dir; docker-archive and docker-dir always are, unless --compress)
    #[arg(long, conflicts_with = "compress")]
    pub uncompressed: bool,
    #[command(flatten)]
    pub platform: LocalPlatformArgs,
    /// Print no progress
    #[arg(short, long)]
    pub quiet: bool,
    /// Images (names or ids, or containers-storage:NAME)
    #[arg(value_name = "IMAGE", required = true)]
    pub images: Vec<String>,
}

#[derive(Debug, Args, Clone)]
#[command(mut_arg("platform", |arg| arg.help("Load only the archive's image for this platform (OS/ARCH[/VARIANT]): an image of another platform is refused")))]
pub struct LoadArgs {
    /// Read from this archive or directory instead of standard input
    #[arg(short, long, value_name = "FILE")]
    pub input: Option<PathBuf>,
    /// Print only the names of the loaded images
    #[arg(short, long)]
    pub quiet: bool,
    #[command(flatten)]
    pub platform: LocalPlatformArgs,
}

/// When create and run pull their image.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum PullPolicy {
    /// Only when it is not stored
    #[default]
    #[value(alias = "false")]
    Missing,
    /// Every time (the stored image is replaced when the registry has a newer one)
    #[value(alias = "true")]
    Always,
    /// Never: a missing image is an error
    Never,
}

impl From<PullPolicy> for crate::image::pull_policy::PullPolicy {
    fn from(policy: PullPolicy) -> crate::image::pull_policy::PullPolicy {
        use crate::image::pull_policy::PullPolicy as Engine;
        match policy {
            PullPolicy::Missing => Engine::Missing,
            PullPolicy::Always => Engine::Always,
            PullPolicy::Never => Engine::Never,
        }
    }
}

// How to reach a registry: shared by pull, push and login.
#[derive(Debug, Args, Clone, Default)]
pub struct RegistryArgs {
    /// Verify TLS certificates; false also allows plain http [default: true]
    #[arg(long, value_name = "BOOL", action = clap::ArgAction::Set, num_args = 0..=1, default_missing_value = "true")]
    pub tls_verify: Option<bool>,
    /// Directory of certificates for the registry: *.crt are trusted authorities
    #[arg(long, value_name = "DIR")]
    pub cert_dir: Option<PathBuf>,
    #[command(flatten)]
    pub auth: AuthFileArgs,
}

#[derive(Debug, Args, Clone, Default)]
pub struct AuthFileArgs {
    /// Auth file with registry credentials [default: $XDG_RUNTIME_DIR/containers/auth.json]
    #[arg(long, value_name = "FILE", env = "REGISTRY_AUTH_FILE")]
    pub authfile: Option<PathBuf>,
}

// Credentials on the command line, for pull and push.
#[derive(Debug, Args, Clone, Default)]
pub struct CredsArgs {
    /// Credentials for the registry: USERNAME:PASSWORD
    #[arg(long, value_name = "USERNAME:PASSWORD")]
    pub creds: Option<String>,
}

#[derive(Debug, Args, Clone)]
pub struct LoginArgs {
    /// Username
    #[arg(short, long, value_name = "USERNAME")]
    pub username: Option<String>,
    /// Password (visible to other users: prefer --password-stdin)
    #[arg(short, long, value_name = "PASSWORD")]
    pub password: Option<String>,
    /// Read the password from standard input
    #[arg(long)]
    pub password_stdin: bool,
    /// Print the user logged in to the registry
    #[arg(long)]
    pub get_login: bool,
    /// Print the auth file the credentials were written to
    #[arg(short, long)]
    pub verbose: bool,
    #[command(flatten)]
    pub registry: RegistryArgs,
    /// Registry host, e.g. quay.io or 127.0.0.1:5000 [default: docker.io]
    #[arg(value_name = "REGISTRY")]
    pub server: Option<String>,
}

#[derive(Debug, Args, Clone)]
pub struct LogoutArgs {
    /// Remove the credentials of every registry
    #[arg(short, long)]
    pub all: bool,
    #[command(flatten)]
    pub auth: AuthFileArgs,
    /// Registry host [default: docker.io]
    #[arg(value_name = "REGISTRY")]
    pub server: Option<String>,
}

// docker's `--disable-content-trust`, which podman 4.3.1 takes as a no-op on
// the commands that have it: what is verified is what policy.json says.
#[derive(Debug, Args, Clone, Default)]
pub struct ContentTrustArgs {
    /// Accepted for docker's scripts and ignored, as podman does: signatures are checked as policy.json says
    #[arg(long, value_name = "BOOL", action = clap::ArgAction::Set, num_args = 0..=1, require_equals = true, default_missing_value = "true", value_parser = clap::builder::BoolishValueParser::new())]
    pub disable_content_trust: Option<bool>,
}

#[derive(Debug, Args, Clone)]
pub struct PullArgs {
    #[command(flatten)]
    pub content_trust: ContentTrustArgs,
    /// Print only the image id
    #[arg(short, long)]
    pub quiet: bool,
    /// Pull every tag of the repository (REGISTRY/NAME, no tag), from the registry's tags list
    #[arg(short, long)]
    pub all_tags: bool,
    #[command(flatten)]
    pub platform: PlatformArgs,
    #[command(flatten)]
    pub registry: RegistryArgs,
    #[command(flatten)]
    pub creds: CredsArgs,
    /// Image to pull: [docker://][REGISTRY/]NAME[:TAG|@DIGEST], docker-archive:PATH[:NAME|:@N], oci-archive:PATH[:NAME], oci:DIR[:NAME] or dir:DIR
    #[arg(value_name = "IMAGE")]
    pub image: String,
}

// docker's `--platform` on commands that take local images: skiff stores
// one platform's image under a name, so the flag checks that it matches.
#[derive(Debug, Args, Clone, Default)]
pub struct LocalPlatformArgs {
    /// Use the image only if it is for this platform (OS/ARCH[/VARIANT]): a local image of another platform is refused
    #[arg(long, value_name = "OS/ARCH[/VARIANT]")]
    pub platform: Option<String>,
}

// Which image of a multi-platform image to use, as podman's flags choose it.
#[derive(Debug, Args, Clone, Default)]
pub struct PlatformArgs {
    /// Use the image for this platform: OS/ARCH[/VARIANT] [default: this host's]
    #[arg(long, value_name = "OS/ARCH[/VARIANT]", conflicts_with_all = ["arch", "os"])]
    pub platform: Option<String>,
    /// Use the image for this architecture instead of the host's (e.g. arm64)
    #[arg(long, value_name = "ARCH")]
    pub arch: Option<String>,
    /// Use the image for this operating system instead of the host's
    #[arg(long, value_name = "OS")]
    pub os: Option<String>,
    /// Use the image for this architecture variant (e.g. v7 for arm)
    #[arg(long, value_name = "VARIANT")]
    pub variant: Option<String>,
}

#[derive(Debug, Args, Clone)]
pub struct PushArgs {
    #[command(flatten)]
    pub content_trust: ContentTrustArgs,
    /// Print no progress
    #[arg(short, long)]
    pub quiet: bool,
    /// Push every local tag of the repository IMAGE names (REGISTRY/NAME, no tag)
    #[arg(short, long, conflicts_with = "destination")]
    pub all_tags: bool,
    /// Gzip the layers when pushing to a dir: destination (others get the layers as stored)
    #[arg(long)]
    pub compress: bool,
    /// Compress the layers pushed to a registry this way: gzip or zstd (layers stored otherwise are recompressed) [default: as stored]
    #[arg(long, value_name = "FORMAT")]
    pub compression_format: Option<String>,
    #[command(flatten)]
    pub platform: LocalPlatformArgs,
    /// Manifest format to push [default: the image's own]
    #[arg(short, long, value_enum, value_name = "FORMAT")]
    pub format: Option<ManifestFormat>,
    /// Write the pushed manifest's digest to this file
    #[arg(long, value_name = "FILE")]
    pub digestfile: Option<PathBuf>,
    #[command(flatten)]
    pub signing: SigningArgs,
    #[command(flatten)]
    pub registry: RegistryArgs,
    #[command(flatten)]
    pub creds: CredsArgs,
    /// Local image (name or id)
    #[arg(value_name = "IMAGE")]
    pub image: String,
    /// Where to push: [docker://]REGISTRY/NAME[:TAG], docker-archive:PATH[:NAME], oci-archive:PATH[:NAME], oci:DIR[:NAME], dir:DIR or containers-storage:NAME [default: the image's name]
    #[arg(value_name = "DESTINATION")]
    pub destination: Option<String>,
}

// Signing what push and manifest push write to a registry (a // comment:
// a doc comment would become the commands' about once flattened).
#[derive(Debug, Args, Clone, Default)]
pub struct SigningArgs {
    /// Sign the pushed image (a list: the list, and with --all its images) with this GPG key (fingerprint or user id): the signature goes to the lookaside registries.d names for the destination
    #[arg(long, value_name = "KEY")]
    pub sign_by: Option<String>,
    /// Sign the pushed image with this sigstore private key (cosign's encrypted PEM), as an attachment in the registry (registries.d: use-sigstore-attachments)
    #[arg(long, value_name = "PATH")]
    pub sign_by_sigstore_private_key: Option<PathBuf>,
    /// Read the passphrase of the signing key from the first line of this file [default: asked on the terminal]
    #[arg(long, value_name = "PATH")]
    pub sign_passphrase_file: Option<PathBuf>,
    /// Do not push the signatures the image keeps (those it was pulled or built with); --sign-by still adds its own
    #[arg(long)]
    pub remove_signatures: bool,
}

#[derive(Debug, Args, Clone)]
pub struct TagArgs {
    /// Image (name or id)
    #[arg(value_name = "IMAGE")]
    pub image: String,
    /// New names: [REGISTRY/]NAME[:TAG]
    #[arg(value_name = "NAME", required = true)]
    pub names: Vec<String>,
}

#[derive(Debug, Args, Clone)]
pub struct UntagArgs {
    /// Image (name or id)
    #[arg(value_name = "IMAGE")]
    pub image: String,
    /// Names to remove [default: all]
    #[arg(value_name = "NAME")]
    pub names: Vec<String>,
}

#[derive(Debug, Args, Clone)]
pub struct ImageArgs {
    #[command(subcommand)]
    pub command: ImageCommand,
}

// `skiff image ...`: the commands only the group has, and the image
// commands of the top level.
#[derive(Debug, Subcommand, Clone)]
pub enum ImageCommand {
    #[command(flatten)]
    TopLevel(ImageTopLevelCommand),
    /// Show the files an image changed from its parent or from another image
    Diff(ImageDiffArgs),
    /// Show an image's layers as a tree
    Tree(ImageTreeArgs),
    /// Exit 0 when the image is in local storage, else 1
    Exists {
        /// Image (name or id)
        #[arg(value_name = "IMAGE")]
        image: String,
    },
    /// Show low-level information on images
    Inspect(ImageInspectArgs),
    /// Remove images without names that no container uses
    Prune(ImagePruneArgs),
    /// Mount images' root filesystems read-only (inside `skiff unshare`) and print where; with no image, list the mounted ones
    Mount(ImageMountArgs),
    /// Unmount images mounted by `image mount`
    #[command(visible_alias = "umount")]
    Unmount(ImageUnmountArgs),
    /// Sign images in a registry with a GPG key: the signatures go to the lookaside registries.d names, or to --directory
    Sign(ImageSignArgs),
    /// Show or set the signature policy: which registries and repositories are trusted, and how
    Trust(ImageTrustArgs),
}

#[derive(Debug, Args, Clone)]
pub struct ImageTrustArgs {
    #[command(subcommand)]
    pub command: ImageTrustCommand,
}

#[derive(Debug, Subcommand, Clone)]
pub enum ImageTrustCommand {
    /// Set the default trust policy, or the one of a registry or repository (in the policy.json pulls read)
    Set(ImageTrustSetArgs),
    /// Show the trust policy pulls enforce
    Show(ImageTrustShowArgs),
}

#[derive(Debug, Args, Clone)]
pub struct ImageTrustSetArgs {
    /// Public key file to trust (signedBy: GPG, sigstoreSigned: PEM); its absolute path goes into policy.json. Repeat (or separate with commas) to require a signature by each
    #[arg(short = 'f', long = "pubkeysfile", value_name = "KEYFILE", value_delimiter = ',')]
    pub pubkeysfile: Vec<PathBuf>,
    /// Trust type: signedBy (the default), sigstoreSigned, accept or reject
    #[arg(short = 't', long = "type", value_name = "TYPE", default_value = "signedBy")]
    pub trust_type: String,
    /// Edit this policy file instead of the one pulls read
    #[arg(long, value_name = "FILE")]
    pub policypath: Option<PathBuf>,
    /// default, or the registry, repository or image the policy is for: REGISTRY[/REPOSITORY][:TAG]
    #[arg(value_name = "REGISTRY")]
    pub registry: String,
}

#[derive(Debug, Args, Clone)]
pub struct ImageTrustShowArgs {
    /// Print the policy as JSON
    #[arg(short, long)]
    pub json: bool,
    /// Print the policy file as it is
    #[arg(long)]
    pub raw: bool,
    /// Do not print the header line
    #[arg(short, long)]
    pub noheading: bool,
    /// Show this policy file instead of the one pulls read
    #[arg(long, value_name = "FILE")]
    pub policypath: Option<PathBuf>,
    /// Read the lookasides from this registries.d directory instead of the one pulls read
    #[arg(long, value_name = "DIR")]
    pub registrypath: Option<PathBuf>,
    /// Show only the scopes of this registry or repository (and those below it)
    #[arg(value_name = "REGISTRY")]
    pub registry: Option<String>,
}

#[derive(Debug, Args, Clone)]
pub struct ImageSignArgs {
    /// The GPG key to sign with: a fingerprint, key id or user id (required)
    #[arg(long, value_name = "KEY")]
    pub sign_by: Option<String>,
    /// Write the signatures under this existing directory (DIR/REPO@sha256=HEX/signature-N) instead of the lookaside
    #[arg(short, long, value_name = "DIR")]
    pub directory: Option<PathBuf>,
    /// Sign each image of a multi-architecture image (the list itself is not signed)
    #[arg(short, long)]
    pub all: bool,
    /// Directory of certificates for the registry: *.crt are trusted authorities
    #[arg(long, value_name = "DIR")]
    pub cert_dir: Option<PathBuf>,
    #[command(flatten)]
    pub auth: AuthFileArgs,
    /// Images in registries: docker://REGISTRY/NAME[:TAG|@DIGEST]
    #[arg(value_name = "IMAGE", required = true)]
    pub images: Vec<String>,
}

#[derive(Debug, Args, Clone)]
pub struct ImageMountArgs {
    /// Mount every image
    #[arg(short, long)]
    pub all: bool,
    /// Print the mounted images as json (the only format)
    #[arg(long, value_name = "FORMAT")]
    pub format: Option<String>,
    /// Images (names or ids); none lists the mounted ones
    #[arg(value_name = "IMAGE")]
    pub images: Vec<String>,
}

#[derive(Debug, Args, Clone)]
pub struct ImageUnmountArgs {
    /// Unmount every mounted image
    #[arg(short, long)]
    pub all: bool,
    /// Unmount even if the image is mounted more than once
    #[arg(short, long)]
    pub force: bool,
    /// Images (names or ids)
    #[arg(value_name = "IMAGE")]
    pub images: Vec<String>,
}

// The image commands of the top level under podman's and docker's group
// names, with the same arguments (`image ls` is `images`, `image rm` is
// `rmi`).
#[derive(Debug, Subcommand, Clone)]
pub enum ImageTopLevelCommand {
    /// List images in local storage
    #[command(name = "ls", visible_alias = "list")]
    Ls(ImagesArgs),
    /// Remove one or more images from local storage
    Rm(RmiArgs),
    /// Pull an image from a registry
    Pull(PullArgs),
    /// Push an image to a registry
    Push(PushArgs),
    /// Import a root filesystem tarball as an image
    Import(ImportArgs),
    /// Build an image from a Containerfile or Dockerfile
    Build(BuildArgs),
    /// Add names to an image
    Tag(TagArgs),
    /// Remove names from an image
    Untag(UntagArgs),
    /// Show the history of an image
    History(HistoryArgs),
    /// Save images to an archive or directory
    Save(SaveArgs),
    /// Load images from an archive or directory
    Load(LoadArgs),
    /// Search registries for images
    Search(SearchArgs),
}

#[derive(Debug, Args, Clone)]
pub struct ImageTreeArgs {
    /// Show the images built on this one instead of its layers
    #[arg(long)]
    pub whatrequires: bool,
    /// Image (name or id)
    #[arg(value_name = "IMAGE")]
    pub image: String,
}

#[derive(Debug, Args, Clone)]
pub struct ImagePruneArgs {
    /// Remove every image no container uses, not only those without names
    #[arg(short, long)]
    pub all: bool,
    /// Do not ask for confirmation
    #[arg(short, long)]
    pub force: bool,
    /// Only images that match: label=KEY[=VALUE], label!=KEY[=VALUE], until=TIME (created before it)
    #[arg(long, value_name = "KEY=VALUE")]
    pub filter: Vec<String>,
    /// Also remove images only other tools' containers use (skiff's store holds only its own containers, so this removes none more)
    #[arg(long)]
    pub external: bool,
}

/// The format `build` writes an image in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum BuildFormat {
    /// OCI image manifest and config
    Oci,
    /// Docker image manifest, schema 2, and Docker config
    Docker,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ManifestFormat {
    /// OCI image manifest
    Oci,
    /// Docker image manifest, schema 2
    V2s2,
}

#[derive(Debug, Subcommand, Clone)]
pub enum ManifestCommand {
    /// Create a manifest list, with these images in it
    Create(ManifestCreateArgs),
    /// Add an image (stored, or from a registry) to a manifest list
    Add(ManifestAddArgs),
    /// Set the platform or annotations of an image in a manifest list
    Annotate(ManifestAnnotateArgs),
    /// Print a manifest list as JSON
    Inspect {
        /// Manifest list
        #[arg(value_name = "LIST")]
        list: String,
    },
    /// Push a manifest list (and its images) to a registry
    Push(ManifestPushArgs),
    /// Remove manifest lists
    Rm {
        /// Manifest lists
        #[arg(value_name = "LIST", required = true)]
        lists: Vec<String>,
    },
    /// Remove an image from a manifest list
    Remove {
        /// Manifest list
        #[arg(value_name = "LIST")]
        list: String,
        /// The image's manifest digest
        #[arg(value_name = "DIGEST")]
        digest: String,
    },
    /// Exit 0 when the manifest list exists, else 1
    Exists {
        /// Manifest list
        #[arg(value_name = "LIST")]
        list: String,
    },
}

#[derive(Debug, Args, Clone)]
pub struct ManifestCreateArgs {
    /// Add every image of an image that is itself a list
    #[arg(long)]
    pub all: bool,
    /// Change the list if one with this name exists
    #[arg(short, long)]
    pub amend: bool,
    #[command(flatten)]
    pub registry: RegistryArgs,
    /// Name of the new list
    #[arg(value_name = "LIST")]
    pub list: String,
    /// Images to add: stored images, docker://NAME, or names to pull
    #[arg(value_name = "IMAGE")]
    pub images: Vec<String>,
}

// The platform and annotations of an image in a manifest list.
#[derive(Debug, Args, Clone, Default)]
pub struct ManifestEntryArgs {
    /// Set an annotation of the image's entry
    #[arg(long, value_name = "KEY=VALUE")]
    pub annotation: Vec<String>,
    /// Architecture to list the image under
    #[arg(long, value_name = "ARCH")]
    pub arch: Option<String>,
    /// Platform features to list the image with
    #[arg(long, value_name = "FEATURE", value_delimiter = ',')]
    pub features: Vec<String>,
    /// Operating system to list the image under
    #[arg(long, value_name = "OS")]
    pub os: Option<String>,
    /// Operating system version to list the image with
    #[arg(long, value_name = "VERSION")]
    pub os_version: Option<String>,
    /// Architecture variant to list the image under (e.g. v8)
    #[arg(long, value_name = "VARIANT")]
    pub variant: Option<String>,
}

#[derive(Debug, Args, Clone)]
pub struct ManifestAddArgs {
    /// Add every image of an image that is itself a list
    #[arg(long)]
    pub all: bool,
    #[command(flatten)]
    pub entry: ManifestEntryArgs,
    #[command(flatten)]
    pub registry: RegistryArgs,
    #[command(flatten)]
    pub creds: CredsArgs,
    /// Manifest list
    #[arg(value_name = "LIST")]
    pub list: String,
    /// Image: stored, docker://NAME, or a name to pull
    #[arg(value_name = "IMAGE")]
    pub image: String,
}

#[derive(Debug, Args, Clone)]
pub struct ManifestAnnotateArgs {
    #[command(flatten)]
    pub entry: ManifestEntryArgs,
    /// Operating system features to list the image with
    #[arg(long, value_name = "FEATURE", value_delimiter = ',')]
    pub os_features: Vec<String>,
    /// Manifest list
    #[arg(value_name = "LIST")]
    pub list: String,
    /// The image: its manifest digest, or a stored image
    #[arg(value_name = "IMAGE")]
    pub image: String,
}

#[derive(Debug, Args, Clone)]
pub struct ManifestPushArgs {
    /// Push the list's images too, not only the list
    #[arg(long, value_name = "BOOL", action = clap::ArgAction::Set, num_args = 0..=1, default_value_t = true, default_missing_value = "true")]
    pub all: bool,
    /// Write the pushed list's digest to this file
    #[arg(long, value_name = "FILE")]
    pub digestfile: Option<PathBuf>,
    /// List format to push: oci (an OCI index) or v2s2 (a Docker manifest list) [default: the list's own]
    #[arg(short, long, value_enum, value_name = "FORMAT")]
    pub format: Option<ManifestFormat>,
    /// Compress the layers of the list's images this way: gzip or zstd (layers stored otherwise are recompressed) [default: as stored]
    #[arg(long, value_name = "FORMAT")]
    pub compression_format: Option<String>,
    /// Print no progress
    #[arg(short, long)]
    pub quiet: bool,
    /// Remove the list once it is pushed
    #[arg(long)]
    pub rm: bool,
    #[command(flatten)]
    pub signing: SigningArgs,
    #[command(flatten)]
    pub registry: RegistryArgs,
    #[command(flatten)]
    pub creds: CredsArgs,
    /// Manifest list
    #[arg(value_name = "LIST")]
    pub list: String,
    /// Where to push: [docker://]REGISTRY/NAME[:TAG] [default: the list's name]
    #[arg(value_name = "DESTINATION")]
    pub destination: Option<String>,
}

#[derive(Debug, Args, Clone)]
#[command(mut_arg("format", |arg| arg.help("Output format: json, or a Go template (.Index .Name .Description .Stars .Official .Automated .Tag)")))]
pub struct SearchArgs {
    /// After the name and description, also show stars, official and automated as docker does
    #[arg(long)]
    pub compatible: bool,
    /// Show only results that pass: stars=N (at least N), is-official=BOOL, is-automated=BOOL
    #[arg(short, long, value_name = "KEY=VALUE")]
    pub filter: Vec<String>,
    #[command(flatten)]
    pub output: FormatArgs,
    /// Show at most this many results from each registry [default: 25]
    #[arg(long, value_name = "N")]
    pub limit: Option<usize>,
    /// List the tags of the image TERM names (REGISTRY/NAME)
    #[arg(long)]
    pub list_tags: bool,
    /// Do not shorten descriptions
    #[arg(long)]
    pub no_trunc: bool,
    #[command(flatten)]
    pub registry: RegistryArgs,
    #[command(flatten)]
    pub creds: CredsArgs,
    /// What to look for: TERM in every search registry, or REGISTRY/TERM in one
    #[arg(value_name = "TERM")]
    pub term: String,
}

#[derive(Debug, Args, Clone)]
pub struct CompletionArgs {
    /// Shell to generate a completion script for
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

// docker's `builder` commands (a // comment: a doc comment would replace
// the command's about once clap builds it).
#[derive(Debug, Subcommand)]
pub enum BuilderCommand {
    /// Build an image from a Containerfile or Dockerfile (as `build`)
    Build(BuildArgs),
    /// Remove the build cache: the steps `build` can reuse
    Prune(BuilderPruneArgs),
}

#[derive(Debug, Args)]
pub struct BuilderPruneArgs {
    /// Remove every cache entry, not only the dangling ones (whose layer is gone)
    #[arg(short, long)]
    pub all: bool,
    /// Remove only the entries matching FILTER: until=DURATION|TIMESTAMP (older than that)
    #[arg(long, value_name = "FILTER")]
    pub filter: Vec<String>,
    /// Do not ask for confirmation
    #[arg(short, long)]
    pub force: bool,
    /// Keep the newest entries up to this size (e.g. 10MB, 1GB, or bytes)
    #[arg(long, value_name = "SIZE")]
    pub keep_storage: Option<String>,
}

#[cfg(test)]
mod tests {
    /// clap's own checks of the definitions (duplicate flags, a global
    /// flag that a command defines again, bad defaults). clap makes them
    /// only in a debug build (`cargo test --lib`); the binary never does.
    #[test]
    fn definitions_pass_clap_checks() {
        <super::Cli as clap::CommandFactory>::command().debug_assert();
    }

    /// The one check of those that matters most, also in a release build
    /// (how CI runs the tests): no two flags of a command, its inherited
    /// global ones included, answer to the same short or long name; a
    /// release build's parser silently takes one of them.
    #[test]
    fn no_two_flags_of_a_command_share_a_name() {
        // podman's `build -D` is --disable-compression, docker's global -D
        // is --debug: the command's own flag wins after the command's name
        // (`skiff build -D`), the global one before it (`skiff -D build`).
        const INTENDED: &[(&str, &str)] = &[("skiff build", "-D"), ("skiff image build", "-D"), ("skiff builder build", "-D")];
        fn check(command: &clap::Command, path: &str, clashes: &mut Vec<String>) {
            let mut seen: std::collections::HashMap<String, String> = std::collections::HashMap::new();
            for arg in command.get_arguments() {
                let id = arg.get_id().to_string();
                let shorts = arg.get_short().into_iter().chain(arg.get_all_short_aliases().unwrap_or_default()).map(|c| format!("-{c}"));
                let longs = arg.get_long().into_iter().chain(arg.get_all_aliases().unwrap_or_default()).map(|l| format!("--{l}"));
                for name in shorts.chain(longs) {
                    if let Some(other) = seen.insert(name.clone(), id.clone()) {
                        if other != id && !INTENDED.contains(&(path, name.as_str())) {
                            clashes.push(format!("{path}: {name} is both {other} and {id}"));
                        }
                    }
                }
            }
            for sub in command.get_subcommands() {
                check(sub, &format!("{path} {}", sub.get_name()), clashes);
            }
        }
        let mut cli = <super::Cli as clap::CommandFactory>::command();
        cli.build();
        let mut clashes = Vec::new();
        check(&cli, "skiff", &mut clashes);
        assert!(clashes.is_empty(), "flags sharing a name:\n{}", clashes.join("\n"));
    }
}
