//! What a build tells its caller as it goes: typed events, so that the CLI
//! can show podman's lines and the API Docker's JSON stream from the same
//! build, and where the output of RUN steps goes.

use std::os::fd::OwnedFd;

/// One thing a build did.
#[derive(Debug, Clone, Copy)]
pub enum Event<'a> {
    /// A step begins. `stage` is (position, count) of the stage among
    /// those built, when there are several.
    Step { stage: Option<(usize, usize)>, number: usize, total: usize, instruction: &'a str },
    /// The step just begun was reused from the cache: the image id it gives.
    UsingCache { id: &'a str },
    /// The step's result came from a `--cache-from` repository: `REPOSITORY:KEY`.
    CachePulled { from: &'a str },
    /// The step's result was pushed to the `--cache-to` repository: `REPOSITORY:KEY`.
    CachePushed { to: &'a str },
    /// A step, not the target's last, is done: the (full) image id it gave.
    StepDone { id: &'a str },
    /// The image is about to be stored, under the name the user gave first.
    Commit { name: Option<&'a str> },
    /// The image is stored: its id.
    Committed { id: &'a str },
    /// The image got this name.
    Tagged { name: &'a str },
}

/// podman prints intermediate image ids this long.
const SHORT_ID: usize = 11;

impl Event<'_> {
    /// The line podman's `build` prints for the event.
    pub fn podman_line(&self) -> String {
        match *self {
            Event::Step { stage, number, total, instruction } => {
                let prefix = stage.map(|(position, count)| format!("[{position}/{count}] ")).unwrap_or_default();
                format!("{prefix}STEP {number}/{total}: {instruction}")
            }
            Event::UsingCache { id } => format!("--> Using cache {id}"),
            Event::CachePulled { from } => format!("--> Cache pulled from remote {from}"),
            Event::CachePushed { to } => format!("--> Pushing cache {to}"),
            Event::StepDone { id } | Event::Committed { id } => format!("--> {}", &id[..SHORT_ID.min(id.len())]),
            Event::Commit { name } => format!("COMMIT {}", name.unwrap_or_default()).trim_end().to_string(),
            Event::Tagged { name } => format!("Successfully tagged {name}"),
        }
    }
}

/// The caller's side of a build.
pub trait Progress {
    fn event(&self, event: Event<'_>);

    /// Where RUN steps' output (stdout and stderr) goes: None is the
    /// caller's own stdout and stderr.
    fn run_output(&self) -> Option<OwnedFd> {
        None
    }
}

/// A function given each line podman would print.
impl<F: Fn(&str) + ?Sized> Progress for F {
    fn event(&self, event: Event<'_>) {
        self(&event.podman_line())
    }
}
