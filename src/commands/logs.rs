//! `skiff logs`: print what containers wrote, from their monitor's log.

use super::Context;
use crate::cli::LogsArgs;
use crate::container::logs::{log_path, print_from, print_last, Entry, Stream};
use crate::container::state::ContainerStatus;
use crate::container::ContainerStore;
use crate::error::Result;
use crate::output;
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
        let mut offset = print_last(&path, args.tail, &show);
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
