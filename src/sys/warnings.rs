//! Warnings the engine gives while it works (device nodes a layer could not
//! create, a user namespace fallback, a store sync that failed). The engine
//! never prints: the front end that runs it installs where warnings go (the
//! CLI prints them to stderr as podman does); with none installed, nobody
//! is listening and they are dropped.

use std::sync::OnceLock;

pub trait Warnings: Send + Sync {
    fn warn(&self, message: &str);
}

static RECEIVER: OnceLock<&'static dyn Warnings> = OnceLock::new();

/// Send this process's warnings to `receiver`; the first one installed stays.
pub fn install(receiver: &'static dyn Warnings) {
    let _ = RECEIVER.set(receiver);
}

/// Give a warning to whoever listens.
pub fn warn(message: &str) {
    if let Some(receiver) = RECEIVER.get() {
        receiver.warn(message);
    }
}
