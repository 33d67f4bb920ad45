//! `skiff logs`: print what containers wrote, from their monitor's log.

use super::Context;
use crate::cli::LogsArgs;
use crate::container::logs::{self, Entry, Stream};
use crate::container::ContainerStore;
use crate::error::Result;
use crate::output;

pub fn run(ctx: &Context, args: LogsArgs) -> Result<i32> {
    let options = super::log_options(&args.shown)?;
    let store = ContainerStore::open(&ctx.paths);
    let named = match (args.containers.is_empty(), args.latest.latest) {
        (false, true) => return Err(crate::err!("--latest and containers cannot be used together")),
        (true, true) => vec![super::targets::latest(&store)?],
        _ => args.containers.clone(),
    };
    let records = named.iter().map(|k| super::targets::lookup(&store, k)).collect::<Result<Vec<_>>>()?;
    // --details adds nothing: no line carries attributes beyond its stream
    // and time (podman's, read from its k8s-file logs, carry none either).
    for (index, record) in records.iter().enumerate() {
        let prefix = match (args.shown.names || records.len() > 1, args.color) {
            (false, _) => String::new(),
            (true, false) => format!("{} ", record.name),
            (true, true) => format!("{} ", output::coloured(&record.name, index)),
        };
        let show = |e: &Entry| {
            let stamp = if args.shown.timestamps { format!("{} ", e.time_text) } else { String::new() };
            output::stream_text(e.stream == Stream::Stderr, &format!("{prefix}{stamp}{}", e.text));
        };
        logs::read(&store, &record.id, &options, &show);
    }
    Ok(0)
}
