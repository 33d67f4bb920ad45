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

/// `generate kube` (podman's `generate` group; systemd and spec are refused).
#[derive(Debug, Subcommand, Clone)]
pub enum GenerateCommand {
    /// Generate Kubernetes YAML from containers or pods
    Kube(KubeGenerateArgs),
}

/// `play kube` (podman's `play` group).
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
    #[arg(value_name = "CONTAINER|POD", required = true)]
    pub targets: Vec<String>,
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
    /// Start the pods after creating them
    #[arg(long, value_name = "BOOL", default_value_t = true, action = clap::ArgAction::Set, num_args = 0..=1, require_equals = true, default_missing_value = "true")]
    pub start: bool,
    /// The pods' network: slirp4netns[:OPTIONS], none, host or a network's name
    #[arg(long, alias = "net", value_name = "MODE")]
    pub network: Option<String>,
    /// More ConfigMaps, from YAML files (repeatable, or comma-separated)
    #[arg(long, value_name = "FILE", value_delimiter = ',')]
    pub configmap: Vec<PathBuf>,
}

#[derive(Debug, Args, Clone)]
pub struct KubeDownArgs {
    /// The YAML file, or - for standard input
    #[arg(value_name = "KUBEFILE|-")]
    pub file: String,
}
