//! Progress of pulls and pushes on stderr, as podman shows it: a bar per
//! blob on a terminal (short id, bytes copied of the total, speed), one
//! line per blob when finished otherwise (logs and pipes want lines, not
//! redrawn bars), and nothing at all when asked to be quiet.

use crate::image::registry::{BlobKind, Event, Progress};
use indicatif::{MultiProgress, ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::collections::HashMap;
use std::io::IsTerminal;
use std::sync::Mutex;

/// Hex digits of a digest shown, as podman shows them.
const SHORT_ID_LEN: usize = 12;

pub struct TransferProgress {
    mode: Mode,
}

enum Mode {
    Quiet,
    Lines,
    Bars { bars: MultiProgress, by_digest: Mutex<HashMap<String, ProgressBar>> },
}

impl TransferProgress {
    /// Bars when stderr is a terminal, lines otherwise, nothing if `quiet`.
    pub fn new(quiet: bool) -> TransferProgress {
        let mode = if quiet {
            Mode::Quiet
        } else if std::io::stderr().is_terminal() {
            Mode::Bars { bars: MultiProgress::with_draw_target(ProgressDrawTarget::stderr()), by_digest: Mutex::default() }
        } else {
            Mode::Lines
        };
        TransferProgress { mode }
    }

    fn bar(&self, digest: &str) -> Option<ProgressBar> {
        match &self.mode {
            Mode::Bars { by_digest, .. } => by_digest.lock().expect("no thread panics holding it").get(digest).cloned(),
            _ => None,
        }
    }
}

impl Progress for TransferProgress {
    /// On a terminal, as podman asks.
    fn can_prompt(&self) -> bool {
        std::io::stdin().is_terminal() && std::io::stdout().is_terminal()
    }

    fn choose(&self, heading: &str, items: &[String]) -> Option<usize> {
        super::choose(heading, items)
    }

    fn report(&self, event: Event<'_>) {
        match (&self.mode, event) {
            (Mode::Quiet, _) => {}
            (Mode::Lines, Event::Step(text)) => super::status(text),
            (Mode::Lines, Event::Done { kind, digest }) => super::status(&finished_line(kind, digest, "done")),
            (Mode::Lines, Event::Skipped { kind, digest }) => super::status(&finished_line(kind, digest, "skipped: already exists")),
            (Mode::Lines, Event::Started { .. } | Event::Advanced { .. }) => {}
            (Mode::Bars { bars, .. }, Event::Step(text)) => {
                let _ = bars.println(text);
            }
            (Mode::Bars { bars, by_digest }, Event::Started { kind, digest, size }) => {
                let bar = bars.add(ProgressBar::new(size).with_style(running_style()).with_prefix(label(kind, digest)));
                by_digest.lock().expect("no thread panics holding it").insert(digest.to_string(), bar);
            }
            (Mode::Bars { .. }, Event::Advanced { digest, bytes }) => {
                if let Some(bar) = self.bar(digest) {
                    bar.inc(bytes);
                }
            }
            (Mode::Bars { bars, .. }, Event::Done { kind, digest } | Event::Skipped { kind, digest }) => {
                let outcome = if matches!(event, Event::Done { .. }) { "done" } else { "skipped: already exists" };
                let bar = self.bar(digest).unwrap_or_else(|| bars.add(ProgressBar::new(0).with_prefix(label(kind, digest))));
                bar.set_style(finished_style());
                bar.finish_with_message(outcome);
            }
        }
    }
}

/// "blob 1a2b3c4d5e6f" or "config 1a2b3c4d5e6f".
fn label(kind: BlobKind, digest: &str) -> String {
    let hex = digest.split_once(':').map_or(digest, |(_, hex)| hex);
    let kind = match kind {
        BlobKind::Layer => "blob",
        BlobKind::Config => "config",
    };
    format!("{kind} {}", &hex[..hex.len().min(SHORT_ID_LEN)])
}

fn finished_line(kind: BlobKind, digest: &str, outcome: &str) -> String {
    format!("Copying {} {outcome}", label(kind, digest))
}

fn running_style() -> ProgressStyle {
    ProgressStyle::with_template("Copying {prefix} [{bar:30}] {bytes:>10} / {total_bytes:<10} {binary_bytes_per_sec}")
        .expect("the template is valid")
        .progress_chars("=> ")
}

fn finished_style() -> ProgressStyle {
    ProgressStyle::with_template("Copying {prefix} {msg}").expect("the template is valid")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_use_short_ids() {
        let digest = "sha256:1a2b3c4d5e6f7a8b9c0d";
        assert_eq!(finished_line(BlobKind::Layer, digest, "done"), "Copying blob 1a2b3c4d5e6f done");
        assert_eq!(label(BlobKind::Config, "sha256:abc"), "config abc");
    }
}
