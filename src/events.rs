//! The per-user event log: one JSON object per line, appended with a single
//! write(2) under O_APPEND so that concurrent skiff processes never
//! interleave. `skiff events` reads (and follows) it.

use serde::{Deserialize, Serialize};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Event {
    /// "container" or "image".
    #[serde(rename = "Type")]
    pub kind: String,
    /// create, start, died, stop, kill, remove, pull, push, tag, untag, ...
    #[serde(rename = "Status")]
    pub action: String,
    #[serde(rename = "ID")]
    pub id: String,
    #[serde(rename = "Name", default)]
    pub name: String,
    #[serde(rename = "Image", default)]
    pub image: String,
    /// RFC 3339 with nanoseconds, UTC.
    #[serde(rename = "Time")]
    pub time: String,
    #[serde(rename = "Attributes", default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub attributes: std::collections::BTreeMap<String, String>,
}

pub fn log_path(data_dir: &Path) -> PathBuf {
    data_dir.join("events.log")
}

/// Append an event. Best effort: an event that cannot be written must
/// never fail the operation it describes.
pub fn record(data_dir: &Path, kind: &str, action: &str, id: &str, name: &str, image: &str) {
    record_with(data_dir, kind, action, id, name, image, Default::default());
}

/// The environment variable that turns the event log off (`none`) for
/// skiff and the helpers it starts, as `--events-backend none` sets it.
pub const BACKEND_VARIABLE: &str = "SKIFF_EVENTS_BACKEND";

/// Whether events are written: not when the backend is `none`.
fn enabled() -> bool {
    std::env::var_os(BACKEND_VARIABLE).map_or(true, |v| v != "none")
}

pub fn record_with(
    data_dir: &Path,
    kind: &str,
    action: &str,
    id: &str,
    name: &str,
    image: &str,
    attributes: std::collections::BTreeMap<String, String>,
) {
    if !enabled() {
        return;
    }
    let event = Event {
        kind: kind.into(),
        action: action.into(),
        id: id.into(),
        name: name.into(),
        image: image.into(),
        time: crate::time::format_nanos(SystemTime::now()),
        attributes,
    };
    let Ok(mut line) = serde_json::to_vec(&event) else { return };
    line.push(b'\n');
    let _ = std::fs::create_dir_all(data_dir);
    if let Ok(mut f) = std::fs::OpenOptions::new().create(true).append(true).open(log_path(data_dir)) {
        let _ = f.write_all(&line);
    }
}

/// The exit code of container `id`'s last "died" event: what a command
/// that waited for a container removed at its exit (`--rm`) learns its
/// code from. The log's end is read first, the whole log only if the event
/// is not there (the log grows with the store's age).
pub fn last_exit_code(data_dir: &Path, id: &str) -> Option<i32> {
    use std::io::{Read, Seek, SeekFrom};
    const TAIL: u64 = 256 * 1024;
    let mut file = std::fs::File::open(log_path(data_dir)).ok()?;
    let len = file.metadata().ok()?.len();
    let find = |text: &[u8]| {
        String::from_utf8_lossy(text)
            .lines()
            .rev()
            .filter(|line| line.contains(id))
            .filter_map(|line| serde_json::from_str::<Event>(line).ok())
            .find(|e| e.id == id && e.action == "died")
            .and_then(|e| e.attributes.get("exitCode")?.parse().ok())
    };
    let mut text = Vec::new();
    file.seek(SeekFrom::Start(len.saturating_sub(TAIL))).ok()?;
    file.read_to_end(&mut text).ok()?;
    if let Some(code) = find(&text) {
        return Some(code);
    }
    if len <= TAIL {
        return None;
    }
    text.clear();
    file.seek(SeekFrom::Start(0)).ok()?;
    file.read_to_end(&mut text).ok()?;
    find(&text)
}

/// Show each whole event line of the log from byte `offset` on; returns
/// where the next read starts (a line still being written waits for it).
pub fn read_from(path: &Path, offset: u64, show: &dyn Fn(&Event) -> crate::error::Result<()>) -> crate::error::Result<u64> {
    let Ok(mut file) = std::fs::File::open(path) else { return Ok(offset) };
    std::io::Seek::seek(&mut file, std::io::SeekFrom::Start(offset))?;
    let mut reader = std::io::BufReader::new(file);
    let mut read = offset;
    let mut line = String::new();
    loop {
        line.clear();
        let n = std::io::BufRead::read_line(&mut reader, &mut line)?;
        if n == 0 || !line.ends_with('\n') {
            return Ok(read);
        }
        read += n as u64;
        if let Ok(event) = serde_json::from_str::<Event>(&line) {
            show(&event)?;
        }
    }
}
