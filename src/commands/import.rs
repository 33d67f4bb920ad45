//! `skiff import`: a root filesystem tarball becomes a one-layer image
//! (`image::import`).

use super::Context;
use crate::cli::ImportArgs;
use crate::error::{Context as _, Result};
use crate::image::import::{import, ImportOptions};
use crate::image::ImageStore;
use std::os::unix::fs::MetadataExt;

pub fn run(ctx: &Context, args: ImportArgs) -> Result<i32> {
    crate::runtime::userns::enter_if_rootless()?;
    let mut options = ImportOptions {
        name: args.reference,
        changes: args.changes.change,
        message: args.changes.message,
        created: 0,
        platform: super::platform_given(&args.platform)?,
    };
    // Check everything the user typed before reading a possibly huge input.
    options.checked()?;
    let source: Box<dyn std::io::Read> = if args.source == "-" {
        options.created = crate::sys::clock::now();
        Box::new(std::io::stdin().lock())
    } else {
        let file = std::fs::File::open(&args.source).context(|| format!("open {}", args.source))?;
        options.created = file.metadata().context(|| format!("stat {}", args.source))?.mtime();
        Box::new(file)
    };
    let store = ImageStore::open(&ctx.paths)?;
    let stored = import(&store, source, &args.source, &options)?;
    crate::output::line(&stored.id);
    Ok(0)
}
