//! The bottom layer: system calls and small helpers every other layer may
//! use, and which use nothing of skiff but its errors and paths.

pub mod cgroups;
pub mod clock;
pub mod fs;
pub mod helper;
pub mod process;
pub mod warnings;

/// The machine's architecture as Go (and so docker and podman) names it.
pub fn go_arch() -> &'static str {
    match std::env::consts::ARCH {
        "x86_64" => "amd64",
        "aarch64" => "arm64",
        other => other,
    }
}
