//! The bottom layer: system calls and small helpers every other layer may
//! use, and which use nothing of skiff but its errors and paths.

pub mod cgroups;
pub mod clock;
pub mod fs;
pub mod helper;
pub mod process;
pub mod warnings;
