//! `kube generate|play|down`, and podman's older spellings `generate kube`
//! and `play kube` (the same arguments).

use clap::{Args, Subcommand, ValueEnum};
use std::path::PathBuf;

#[derive(Debug, Subcommand, Clone)]
pub enum KubeCommand {
    /// Generate Kubernetes YAML from containers or pods
    Generate(KubeGenerateArgs),
    /// Create pods and containers from Kubernetes YAML
    Play(KubePlayArgs),
    /// Remove the pods and containers made from Kubernetes YAML
    Down(KubeDownArgs),
}

// `generate kube` and `generate systemd` (podman's `generate` group; spec is refused).
#[derive(Debug, Subcommand, Clone)]
pub enum GenerateCommand {
    /// Generate Kubernetes YAML from containers or pods
    Kube(KubeGenerateArgs),
    /// Generate systemd unit files that run a container or a pod
    Systemd(SystemdGenerateArgs),
}

#[derive(Debug, Args, Clone)]
pub struct SystemdGenerateArgs {
    /// Container or pod (name or id)
    #[arg(value_name = "CONTAINER|POD")]
    pub target: String,
    /// Use the container's or pod's name instead of its id (in unit names and commands)
    #[arg(short, long)]
    pub name: bool,
    /// Write each unit to NAME.service in the current directory and print the files' paths
    #[arg(short, long)]
    pub files: bool,
    /// Print the units (or with --files their paths) as a JSON object: json
    #[arg(long, value_name = "FORMAT")]
    pub format: Option<String>,
    /// Units that create a new container (or pod) at start and remove it at stop, from the command line that made it
    #[arg(long, value_name = "BOOL", action = clap::ArgAction::Set, num_args = 0..=1, require_equals = true, default_missing_value = "true")]
    pub new: Option<bool>,
    /// A template unit (NAME@.service): each instance runs a container named after it (%i); implies --new; containers only
    #[arg(long)]
    pub template: bool,
    /// Leave out the header (skiff's version and the time)
    #[arg(long)]
    pub no_header: bool,
    /// Unit name prefix for containers
    #[arg(long, value_name = "PREFIX", default_value = "container")]
    pub container_prefix: String,
    /// Unit name prefix for pods
    #[arg(long, value_name = "PREFIX", default_value = "pod")]
    pub pod_prefix: String,
    /// Separator between the prefix and the name or id
    #[arg(long, value_name = "SEPARATOR", default_value = "-")]
    pub separator: String,
    /// systemd's Restart= (no, on-success, on-failure, on-abnormal, on-watchdog, on-abort, always) [default: on-failure]
    #[arg(long, value_name = "POLICY")]
    pub restart_policy: Option<String>,
    /// systemd's RestartSec=: seconds before a restart
    #[arg(long, value_name = "SECONDS")]
    pub restart_sec: Option<u64>,
    /// systemd's TimeoutStartSec=
    #[arg(long, value_name = "SECONDS")]
    pub start_timeout: Option<u64>,
    /// Seconds skiff stop waits before SIGKILL [default: the container's stop timeout]
    #[arg(long, value_name = "SECONDS")]
    pub stop_timeout: Option<u64>,
    /// The older spelling of --stop-timeout
    #[arg(short = 't', long = "time", value_name = "SECONDS", hide = true)]
    pub time: Option<u64>,
    /// Set an environment variable in the units (KEY=VALUE; KEY alone takes it from here; PREFIX* all of those)
    #[arg(short, long, value_name = "ENV")]
    pub env: Vec<String>,
    /// Add Wants= (weak requirement) dependencies
    #[arg(long, value_name = "UNIT")]
    pub wants: Vec<String>,
    /// Add After= (ordering) dependencies
    #[arg(long, value_name = "UNIT")]
    pub after: Vec<String>,
    /// Add Requires= (strong requirement) dependencies
    #[arg(long, value_name = "UNIT")]
    pub requires: Vec<String>,
}

// `play kube` (podman's `play` group).
#[derive(Debug, Subcommand, Clone)]
pub enum PlayCommand {
    /// Create pods and containers from Kubernetes YAML
    Kube(KubePlayArgs),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum KubeType {
    Pod,
    Deployment,
}

#[derive(Debug, Args, Clone)]
pub struct KubeGenerateArgs {
    /// Containers or pods (names or ids); containers together make one pod
    #[arg(value_name = "CONTAINER|POD", required_unless_present = "compose")]
    pub targets: Vec<String>,
    /// A compose project instead (its file, or the one compose finds here): a Deployment and a Service per service
    #[arg(long, value_name = "FILE", num_args = 0..=1, default_missing_value = "", conflicts_with_all = ["targets", "kind", "replicas"])]
    pub compose: Option<PathBuf>,
    /// Write the YAML to this file instead of standard output
    #[arg(short, long = "filename", value_name = "FILE")]
    pub filename: Option<PathBuf>,
    /// Add a Service for the published ports
    #[arg(short, long)]
    pub service: bool,
    /// What each pod becomes
    #[arg(short = 't', long = "type", value_enum, value_name = "TYPE", default_value_t = KubeType::Pod)]
    pub kind: KubeType,
    /// Replicas of a Deployment (with --type deployment)
    #[arg(short, long, value_name = "N", default_value_t = 1)]
    pub replicas: i32,
}

#[derive(Debug, Args, Clone)]
pub struct KubePlayArgs {
    /// The YAML file, or - for standard input
    #[arg(value_name = "KUBEFILE|-")]
    pub file: String,
    /// Remove what the file made instead (as kube down)
    #[arg(long)]
    pub down: bool,
    /// Remove pods of the same names first
    #[arg(long)]
    pub replace: bool,
    /// Each pod's user namespace, shared by its containers: host (skiff's own), keep-id[:uid=UID,gid=GID], auto[:size=N,...] (subordinate ids no other pod or container holds)
    #[arg(long, value_name = "MODE")]
    pub userns: Option<String>,
    /// Start the pods after creating them
    #[arg(long, value_name = "BOOL", default_value_t = true, action = clap::ArgAction::Set, num_args = 0..=1, require_equals = true, default_missing_value = "true")]
    pub start: bool,
    /// The pods' network: slirp4netns[:OPTIONS], none, host, or networks made by `network create` (NAME[,NAME...])
    #[arg(long, alias = "net", value_name = "MODE")]
    pub network: Option<String>,
    /// A pod's address on its one network made by `network create` (repeatable: the pods' in order)
    #[arg(long, value_name = "ADDRESS")]
    pub ip: Vec<std::net::Ipv4Addr>,
    /// A pod's MAC address on its network (repeatable: the pods' in order)
    #[arg(long, value_name = "MAC")]
    pub mac_address: Vec<String>,
    /// More ConfigMaps, from YAML files (repeatable, or comma-separated)
    #[arg(long, value_name = "FILE", value_delimiter = ',')]
    pub configmap: Vec<PathBuf>,
    /// Where the seccomp profiles named localhost/NAME are [default: /var/lib/kubelet/seccomp]
    #[arg(long, value_name = "DIR")]
    pub seccomp_profile_root: Option<PathBuf>,
    /// Build images from IMAGE/Containerfile even when stored (=false: never build) [default: when not stored]
    #[arg(long, value_name = "BOOL", action = clap::ArgAction::Set, num_args = 0..=1, require_equals = true, default_missing_value = "true")]
    pub build: Option<bool>,
    /// Where the images' build directories are [default: the current directory]
    #[arg(long, value_name = "DIR")]
    pub context_dir: Option<PathBuf>,
    /// Add an annotation to every container (KEY=VALUE)
    #[arg(long, value_name = "KEY=VALUE")]
    pub annotation: Vec<String>,
    /// Logging driver of every container: k8s-file, json-file or none
    #[arg(long, value_name = "DRIVER")]
    pub log_driver: Option<String>,
    /// Logging options of every container: max-size=SIZE
    #[arg(long, value_name = "OPTION")]
    pub log_opt: Vec<String>,
    /// Keep the images' /etc/hosts instead of generating one
    #[arg(long)]
    pub no_hosts: bool,
    /// Print no progress while pulling images
    #[arg(short, long)]
    pub quiet: bool,
    #[command(flatten)]
    pub registry: crate::cli::RegistryArgs,
    #[command(flatten)]
    pub creds: crate::cli::CredsArgs,
}

#[derive(Debug, Args, Clone)]
pub struct KubeDownArgs {
    /// The YAML file, or - for standard input
    #[arg(value_name = "KUBEFILE|-")]
    pub file: String,
}
