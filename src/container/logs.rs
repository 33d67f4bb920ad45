//! Container logs: the monitor writes each line of the container's stdout
//! and stderr with a timestamp, in podman's k8s-file format
//! (`TIME STREAM F|P TEXT`, P for a line continued in the next entry) or
//! docker's json-file format; `logs` reads them back.

use crate::error::{Context, Result};
use super::ContainerStore;
use std::io::{BufRead, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::time::SystemTime;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stream {
    Stdout,
    Stderr,
}

impl Stream {
    fn name(&self) -> &'static str {
        match self {
            Stream::Stdout => "stdout",
            Stream::Stderr => "stderr",
        }
    }
}

pub fn log_path(container_dir: &Path) -> PathBuf {
    container_dir.join("ctr.log")
}

/// One entry read back from a log.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub time: SystemTime,
    pub time_text: String,
    pub stream: Stream,
    /// The text, with its newline unless the line continues (`partial`).
    pub text: String,
}

pub struct LogWriter {
    file: Option<std::fs::File>,
    json: bool,
    max_size: u64,
    written: u64,
    /// Bytes of an unfinished line, per stream.
    pending: [Vec<u8>; 2],
}

/// A line longer than this is written as partial entries.
const MAX_LINE: usize = 16 * 1024;

impl LogWriter {
    pub fn open(path: &Path, driver: &str, max_size: u64) -> Result<LogWriter> {
        let file = if driver == "none" {
            None
        } else {
            Some(
                std::fs::OpenOptions::new()
                    .create(true)
                    .append(true)
                    .open(path)
                    .context(|| format!("open log {}", path.display()))?,
            )
        };
        let written = file.as_ref().and_then(|f| f.metadata().ok()).map(|m| m.len()).unwrap_or(0);
        Ok(LogWriter { file, json: driver == "json-file", max_size, written, pending: [Vec::new(), Vec::new()] })
    }

    /// Record bytes the container wrote; complete lines are written now.
    pub fn write(&mut self, stream: Stream, data: &[u8]) {
        let idx = stream as usize;
        let mut buf = std::mem::take(&mut self.pending[idx]);
        buf.extend_from_slice(data);
        let mut start = 0;
        while let Some(pos) = buf[start..].iter().position(|b| *b == b'\n') {
            let line = buf[start..start + pos].to_vec();
            self.entry(stream, &line, false);
            start += pos + 1;
        }
        let mut rest = buf.split_off(start);
        while rest.len() >= MAX_LINE {
            let tail = rest.split_off(MAX_LINE);
            self.entry(stream, &rest, true);
            rest = tail;
        }
        self.pending[idx] = rest;
    }

    /// Write what is left of unfinished lines (the container has exited).
    pub fn flush(&mut self) {
        for stream in [Stream::Stdout, Stream::Stderr] {
            let rest = std::mem::take(&mut self.pending[stream as usize]);
            if !rest.is_empty() {
                self.entry(stream, &rest, true);
            }
        }
    }

    fn entry(&mut self, stream: Stream, text: &[u8], partial: bool) {
        let Some(file) = self.file.as_mut() else { return };
        let time = crate::time::format_nanos(SystemTime::now());
        let text = String::from_utf8_lossy(text);
        let line = if self.json {
            let log = if partial { text.to_string() } else { format!("{text}\n") };
            format!("{}\n", serde_json::json!({"log": log, "stream": stream.name(), "time": time}))
        } else {
            format!("{time} {} {} {text}\n", stream.name(), if partial { "P" } else { "F" })
        };
        if self.max_size > 0 && self.written + line.len() as u64 > self.max_size {
            // podman's k8s-file rotation: start the file again.
            if file.set_len(0).is_ok() {
                self.written = 0;
            }
        }
        if file.write_all(line.as_bytes()).is_ok() {
            self.written += line.len() as u64;
        }
    }
}

/// Parse one line of a k8s-file or json-file log.
pub fn parse_line(line: &str) -> Option<Entry> {
    if line.starts_with('{') {
        let v: serde_json::Value = serde_json::from_str(line).ok()?;
        let time_text = v.get("time")?.as_str()?.to_string();
        let stream = if v.get("stream")?.as_str()? == "stderr" { Stream::Stderr } else { Stream::Stdout };
        return Some(Entry {
            time: crate::time::parse(&time_text)?,
            time_text,
            stream,
            text: v.get("log")?.as_str()?.to_string(),
        });
    }
    let mut parts = line.splitn(4, ' ');
    let time_text = parts.next()?.to_string();
    let stream = match parts.next()? {
        "stderr" => Stream::Stderr,
        _ => Stream::Stdout,
    };
    let partial = parts.next()? == "P";
    let text = parts.next().unwrap_or("");
    Some(Entry {
        time: crate::time::parse(&time_text)?,
        time_text,
        stream,
        text: if partial { text.to_string() } else { format!("{text}\n") },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_and_reads_back_both_formats() {
        for driver in ["k8s-file", "json-file"] {
            let dir = tempfile::tempdir().unwrap();
            let path = dir.path().join("log");
            let mut w = LogWriter::open(&path, driver, 0).unwrap();
            w.write(Stream::Stdout, b"hello\nwor");
            w.write(Stream::Stderr, b"oops\n");
            w.write(Stream::Stdout, b"ld\npartial");
            w.flush();
            let text = std::fs::read_to_string(&path).unwrap();
            let entries: Vec<Entry> = text.lines().map(|l| parse_line(l).unwrap()).collect();
            let texts: Vec<(&str, Stream)> = entries.iter().map(|e| (e.text.as_str(), e.stream)).collect();
            assert_eq!(
                texts,
                vec![("hello\n", Stream::Stdout), ("oops\n", Stream::Stderr), ("world\n", Stream::Stdout), ("partial", Stream::Stdout)]
            );
        }
    }

    #[test]
    fn rotation_keeps_the_file_under_max_size() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("log");
        let mut w = LogWriter::open(&path, "k8s-file", 200).unwrap();
        for _ in 0..50 {
            w.write(Stream::Stdout, b"0123456789\n");
        }
        assert!(std::fs::metadata(&path).unwrap().len() <= 200);
    }
}

/// Print the log's entries (the last `tail` ones); return the offset read to.
pub fn print_last(path: &std::path::Path, tail: Option<usize>, show: &dyn Fn(&Entry)) -> u64 {
    let Ok(file) = std::fs::File::open(path) else { return 0 };
    let mut entries = Vec::new();
    let mut offset = 0;
    for line in std::io::BufReader::new(file).split(b'\n') {
        let Ok(line) = line else { break };
        offset += line.len() as u64 + 1;
        if let Some(e) = parse_line(&String::from_utf8_lossy(&line)) {
            entries.push(e);
        }
    }
    let skip = tail.map(|n| entries.len().saturating_sub(n)).unwrap_or(0);
    for e in &entries[skip..] {
        show(e);
    }
    offset
}

/// Hand `show` the complete lines appended after `offset`; return the new offset.
pub fn print_from(path: &std::path::Path, offset: u64, show: &dyn Fn(&Entry)) -> u64 {
    let Ok(mut file) = std::fs::File::open(path) else { return offset };
    print_from_file(&mut file, offset, show)
}

/// A log read through one open file, so that a container removed while its
/// log is read still gives every line it wrote: docker-py's
/// `containers.run(remove=True)` asks for the followed log, waits, removes
/// the container and only then reads the log's stream.
pub struct OpenLog {
    path: PathBuf,
    file: Option<std::fs::File>,
    offset: u64,
}

impl OpenLog {
    /// Open the log now if it exists; a log not made yet is opened by the
    /// first read that finds it.
    pub fn open(path: &Path) -> OpenLog {
        OpenLog { path: path.to_path_buf(), file: std::fs::File::open(path).ok(), offset: 0 }
    }

    /// Open the log for what is written from now on, before the container
    /// starts, making it if it is not there yet (the monitor appends to
    /// it): a container that runs and is removed before the first read
    /// still gives every line. No file under the `none` driver.
    pub fn from_now_on(path: &Path, driver: &str) -> OpenLog {
        let file = if driver == "none" { None } else { std::fs::OpenOptions::new().create(true).append(true).read(true).open(path).ok() };
        let offset = file.as_ref().and_then(|f| f.metadata().ok()).map_or(0, |m| m.len());
        OpenLog { path: path.to_path_buf(), file, offset }
    }

    /// Hand `show` the complete lines written since the last read.
    pub fn read_new(&mut self, show: &dyn Fn(&Entry)) {
        if self.file.is_none() {
            self.file = std::fs::File::open(&self.path).ok();
        }
        if let Some(file) = self.file.as_mut() {
            self.offset = print_from_file(file, self.offset, show);
        }
    }

    /// The complete entries written since the last read.
    pub fn take_new(&mut self) -> Vec<Entry> {
        let entries = std::cell::RefCell::new(Vec::new());
        self.read_new(&|e| entries.borrow_mut().push(e.clone()));
        entries.into_inner()
    }
}

fn print_from_file(file: &mut std::fs::File, offset: u64, show: &dyn Fn(&Entry)) -> u64 {
    let len = file.metadata().map(|m| m.len()).unwrap_or(0);
    // The log was rotated (truncated): start again from its beginning.
    let offset = if len < offset { 0 } else { offset };
    if file.seek(SeekFrom::Start(offset)).is_err() {
        return offset;
    }
    let mut reader = std::io::BufReader::new(&*file);
    let mut read = offset;
    let mut line = Vec::new();
    loop {
        line.clear();
        match reader.read_until(b'\n', &mut line) {
            Ok(n) if n > 0 && line.ends_with(b"\n") => {
                read += n as u64;
                if let Some(e) = parse_line(String::from_utf8_lossy(&line[..n - 1]).as_ref()) {
                    show(&e);
                }
            }
            _ => return read,
        }
    }
}

/// Which of a container's log entries to read.
#[derive(Debug, Clone, Default)]
pub struct LogsOptions {
    /// Only entries from this time on.
    pub since: Option<SystemTime>,
    /// Only entries up to this time.
    pub until: Option<SystemTime>,
    /// Only the last N entries of what is logged already.
    pub tail: Option<usize>,
    /// Go on with what the container writes until it stops.
    pub follow: bool,
}

/// Give `show` the container's log entries that `options` choose, in order;
/// with `follow`, until the container is no longer running.
pub fn read(store: &ContainerStore, id: &str, options: &LogsOptions, show: &dyn Fn(&Entry)) {
    let chosen = |e: &Entry| {
        if !(options.since.is_some_and(|s| e.time < s) || options.until.is_some_and(|u| e.time > u)) {
            show(e);
        }
    };
    // One open log, as the API reads it: a container removed while it is
    // followed still gives every line it wrote.
    let mut log = OpenLog::open(&log_path(&store.container_dir(id)));
    let entries = log.take_new();
    let skip = options.tail.map_or(0, |n| entries.len().saturating_sub(n));
    for e in &entries[skip..] {
        chosen(e);
    }
    if options.follow {
        loop {
            let running = store.lookup(id).map(|r| r.status == super::ContainerStatus::Running).unwrap_or(false);
            log.read_new(&chosen);
            if !running {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
    }
}
