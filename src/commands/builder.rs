//! `skiff builder`: docker's build management commands. `builder build`
//! is `build`; `builder prune` removes the build cache's entries.

use super::Context;
use crate::build::cache::{Cache, PruneOptions};
use crate::cli::BuilderPruneArgs;
use crate::error::Result;
use crate::output;

/// `builder prune [-a] [-f] [--filter until=...] [--keep-storage SIZE]`,
/// as docker prints it: the entries removed, then the space reclaimed.
pub fn prune(ctx: &Context, args: &BuilderPruneArgs) -> Result<i32> {
    let mut options = PruneOptions { all: args.all, ..Default::default() };
    let now = std::time::SystemTime::now();
    for filter in &args.filter {
        match filter.split_once('=') {
            Some(("until", value)) => options.older_than = crate::time::parse_flag_point(Some(value), "--filter until", now)?,
            _ => return Err(crate::err!("invalid --filter {filter:?}: builder prune takes until=DURATION|TIMESTAMP")),
        }
    }
    if let Some(size) = &args.keep_storage {
        let bytes = crate::container::create::parse::parse_size(size)
            .ok_or_else(|| crate::err!("invalid --keep-storage {size:?}: use a size such as 512MB, 2GB or bytes"))?;
        options.keep_bytes = Some(bytes);
    }
    let what = if args.all { "all build cache" } else { "all dangling build cache" };
    if !args.force && !output::confirm(&format!("WARNING! This will remove {what}."), &[]) {
        return Ok(0);
    }
    let images = crate::image::ImageStore::open(&ctx.paths)?;
    let cache = Cache::open(&ctx.paths.data, None);
    let pruned = cache.prune(&options, |diff_id| images.layer_dir(diff_id).exists())?;
    if !pruned.keys.is_empty() {
        output::line("Deleted build cache objects:");
        for key in &pruned.keys {
            output::line(key);
        }
        output::line("");
    }
    output::line(&format!("Total reclaimed space: {}", output::go_size(pruned.bytes, 4, false)));
    Ok(0)
}
