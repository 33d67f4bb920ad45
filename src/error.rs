//! One error type for the whole library: a one-line message plus the exit
//! status the CLI must return (125 for engine errors, as docker and podman do).

use std::fmt;

/// Exit status for errors of skiff itself (bad input, store problems, ...).
pub const EXIT_ENGINE: i32 = 125;
/// Exit status when the container's command exists but cannot be invoked.
pub const EXIT_CANNOT_INVOKE: i32 = 126;
/// Exit status when the container's command is not found.
pub const EXIT_NOT_FOUND: i32 = 127;

#[derive(Debug)]
pub struct Error {
    pub code: i32,
    pub message: String,
}

pub type Result<T> = std::result::Result<T, Error>;

impl Error {
    pub fn new(message: impl Into<String>) -> Self {
        Error { code: EXIT_ENGINE, message: message.into() }
    }
    pub fn with_code(code: i32, message: impl Into<String>) -> Self {
        Error { code, message: message.into() }
    }
}

impl Error {
    /// The error of a write that found the disk full, said plainly and
    /// naming where (`path`, on the full file system); other errors as
    /// they are. The messages of lower layers keep only "No space left on
    /// device (os error 28)" and a name inside a layer or archive.
    pub fn on_file_system(self, path: &std::path::Path) -> Error {
        let no_space = std::io::Error::from_raw_os_error(libc::ENOSPC).to_string();
        if !self.message.contains(&no_space) {
            return self;
        }
        Error { code: self.code, message: format!("{}: no space left on device: the file system of {} is full", self.message.replace(&format!(": {no_space}"), ""), path.display()) }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

/// Build an engine error (exit 125) from a format string.
#[macro_export]
macro_rules! err {
    ($($arg:tt)*) => { $crate::error::Error::new(format!($($arg)*)) };
}

/// Attach what was being done to a lower-level error, keeping it on one line.
pub trait Context<T> {
    fn context(self, what: impl FnOnce() -> String) -> Result<T>;
}

impl<T, E: fmt::Display> Context<T> for std::result::Result<T, E> {
    fn context(self, what: impl FnOnce() -> String) -> Result<T> {
        self.map_err(|e| Error::new(format!("{}: {}", what(), e)))
    }
}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Self {
        Error::new(e.to_string())
    }
}

impl From<nix::Error> for Error {
    fn from(e: nix::Error) -> Self {
        Error::new(e.desc().to_string())
    }
}

impl From<serde_json::Error> for Error {
    fn from(e: serde_json::Error) -> Self {
        Error::new(e.to_string())
    }
}

#[cfg(test)]
mod disk_full_tests {
    use super::*;

    #[test]
    fn a_full_disk_is_said_plainly_with_the_file_system() {
        let io = std::io::Error::from_raw_os_error(libc::ENOSPC);
        let e = Error::new(format!("write fill: {io}")).on_file_system(std::path::Path::new("/store/layers"));
        assert_eq!(e.message, "write fill: no space left on device: the file system of /store/layers is full");
        assert_eq!(e.code, EXIT_ENGINE);
        let other = Error::new("write fill: Permission denied (os error 13)").on_file_system(std::path::Path::new("/store"));
        assert_eq!(other.message, "write fill: Permission denied (os error 13)", "other errors are left as they are");
    }
}
