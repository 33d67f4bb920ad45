//! `skiff diff`: what a container changed in its filesystem, read from its
//! writable overlay layer: A added, C changed, D deleted, as podman prints.

use super::{Context, OutputFormat};
use crate::container::changes::{self, Change};
use crate::error::Result;
use crate::output;

pub fn run(ctx: &Context, args: crate::cli::DiffArgs) -> Result<i32> {
    let format = OutputFormat::parse(args.output.format.as_deref())?;
    let store = crate::container::ContainerStore::open(&ctx.paths);
    let container = super::targets::one_or_latest(&store, args.container.as_deref(), args.latest.latest)?;
    super::targets::lookup(&store, &container)?;
    let changes = changes::changes(&ctx.paths, &container)?;
    print(&changes, format)
}

/// `image diff IMAGE [OTHER]`: the image's changes from OTHER, or from its
/// parent (its layers without the top one).
pub fn image(ctx: &Context, args: crate::cli::ImageDiffArgs) -> Result<i32> {
    let format = OutputFormat::parse(args.output.format.as_deref())?;
    // Layers hold files of subordinate ids, some readable only as their owner.
    crate::runtime::userns::enter_if_rootless()?;
    let store = crate::image::ImageStore::open(&ctx.paths)?;
    let image = store.lookup(&args.image)?;
    let base = args.other.as_deref().map(|other| store.lookup(other)).transpose()?;
    print(&crate::image::diff::changes(&store, &image, base.as_ref())?, format)
}

/// Changes as podman prints them: "A /path" lines, or JSON lists by kind.
fn print(changes: &[(Change, String)], format: OutputFormat) -> Result<i32> {
    match format {
        OutputFormat::Json => {
            let list = |kind: Change| -> Vec<String> { changes.iter().filter(|c| c.0 == kind).map(|c| c.1.clone()).collect() };
            output::json(&serde_json::json!({"changed": list(Change::Changed), "added": list(Change::Added), "deleted": list(Change::Deleted)}));
        }
        OutputFormat::Template(_) => return Err(crate::err!("diff --format takes json")),
        OutputFormat::Table => {
            for (kind, path) in changes {
                let letter = match kind {
                    Change::Added => "A",
                    Change::Changed => "C",
                    Change::Deleted => "D",
                };
                output::line(&format!("{letter} {path}"));
            }
        }
    }
    Ok(0)
}

