//! `skiff logs`: print what containers wrote, from their monitor's log.

use super::Context;
use crate::cli::LogsArgs;
use crate::container::logs::{self, Entry, LogsOptions, Stream};
use crate::container::ContainerStore;
use crate::error::Result;
use crate::output;
use std::time::SystemTime;

pub fn run(ctx: &Context, args: LogsArgs) -> Result<i32> {
    let now = SystemTime::now();
    let options = LogsOptions {
        since: crate::time::parse_flag_point(args.period.since.as_deref(), "--since", now)?,
        until: crate::time::parse_flag_point(args.period.until.as_deref(), "--until", now)?,
        tail: args.tail,
        follow: args.follow,
    };
    let store = ContainerStore::open(&ctx.paths);
    let named = match (args.containers.is_empty(), args.latest.latest) {
        (false, true) => return Err(crate::err!("--latest and containers cannot be used together")),
        (true, true) => vec![super::targets::latest(&store)?],
        _ => args.containers.clone(),
    };
    let records = named.iter().map(|k| store.lookup(k)).collect::<Result<Vec<_>>>()?;
    for record in &records {
        let prefix = if args.names || records.len() > 1 { format!("{} ", record.name) } else { String::new() };
        let show = |e: &Entry| {
            let stamp = if args.timestamps { format!("{} ", e.time_text) } else { String::new() };
            output::stream_text(e.stream == Stream::Stderr, &format!("{prefix}{stamp}{}", e.text));
        };
        logs::read(&store, &record.id, &options, &show);
    }
    Ok(0)
}
