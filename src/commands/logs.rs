//! `skiff logs`: print what containers wrote, from their monitor's log.

use super::Context;
use crate::cli::LogsArgs;
use crate::container::logs::{log_path, parse_line, Entry, Stream};
use crate::container::state::ContainerStatus;
use crate::container::ContainerStore;
use crate::error::Result;
use crate::output;
use std::io::{BufRead, Seek, SeekFrom};
use std::time::{Duration, SystemTime};

pub fn run(ctx: &Context, args: LogsArgs) -> Result<i32> {
    let now = SystemTime::now();
    let since = crate::time::parse_flag_point(args.period.since.as_deref(), "--since", now)?;
    let until = crate::time::parse_flag_point(args.period.until.as_deref(), "--until", now)?;
    let store = ContainerStore::open(&ctx.paths);
    let records = args.containers.iter().map(|k| store.lookup(k)).collect::<Result<Vec<_>>>()?;
    for record in &records {
        let prefix = if args.names || records.len() > 1 { format!("{} ", record.name) } else { String::new() };
        let show = |e: &Entry| {
            if since.is_some_and(|s| e.time < s) || until.is_some_and(|u| e.time > u) {
                return;
            }
            let stamp = if args.timestamps { format!("{} ", e.time_text) } else { String::new() };
            output::stream_text(e.stream == Stream::Stderr, &format!("{prefix}{stamp}{}", e.text));
        };
        let path = log_path(&store.container_dir(&record.id));
        let mut offset = print_existing(&path, args.tail, &show);
        if args.follow {
            loop {
                let running = store.lookup(&record.id).map(|r| r.status == ContainerStatus::Running).unwrap_or(false);
                offset = print_from(&path, offset, &show);
                if !running {
                    break;
                }
                std::thread::sleep(Duration::from_millis(50));
            }
        }
    }
    Ok(0)
}

/// Print the log's entries (the last `tail` ones); return the offset read to.
fn print_existing(path: &std::path::Path, tail: Option<usize>, show: &dyn Fn(&Entry)) -> u64 {
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

/// Print complete lines appended after `offset`; return the new offset.
fn print_from(path: &std::path::Path, offset: u64, show: &dyn Fn(&Entry)) -> u64 {
    let Ok(mut file) = std::fs::File::open(path) else { return offset };
    let len = file.metadata().map(|m| m.len()).unwrap_or(0);
    // The log was rotated (truncated): start again from its beginning.
    let offset = if len < offset { 0 } else { offset };
    if file.seek(SeekFrom::Start(offset)).is_err() {
        return offset;
    }
    let mut reader = std::io::BufReader::new(file);
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

/// How much a container's log holds now.
pub fn log_len(store: &ContainerStore, id: &str) -> u64 {
    std::fs::metadata(log_path(&store.container_dir(id))).map(|m| m.len()).unwrap_or(0)
}

/// `start -a`: stream the container's output from `offset` until it
/// exits; its exit code. `between_reads` runs while it waits for more
/// (start forwards the signals skiff received then).
pub fn follow_until_exit(store: &ContainerStore, id: &str, mut offset: u64, mut between_reads: impl FnMut()) -> Result<i32> {
    let path = log_path(&store.container_dir(id));
    let show = |e: &Entry| output::stream_text(e.stream == Stream::Stderr, &e.text);
    loop {
        let record = store.lookup(id)?;
        offset = print_from(&path, offset, &show);
        if record.status != ContainerStatus::Running {
            return Ok(record.exit_code.unwrap_or(0));
        }
        between_reads();
        std::thread::sleep(Duration::from_millis(20));
    }
}
