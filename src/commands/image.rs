//! `skiff image SUBCOMMAND`: exists, inspect, prune, tag, untag, history, save, load.

use super::{Context, OutputFormat};
use crate::cli::{ImageArgs, ImageCommand, ImageInspectArgs, ImagePruneArgs};
use crate::error::Result;
use crate::image::ImageStore;
use crate::output;

/// `image exists`'s status for an image that is not there, as podman's.
const EXIT_MISSING: i32 = 1;

pub fn run(ctx: &Context, args: ImageArgs) -> Result<i32> {
    match args.command {
        ImageCommand::Exists { image } => {
            let images = ImageStore::open(&ctx.paths)?.list()?;
            Ok(if crate::image::store::resolve(&images, &image)?.is_some() { 0 } else { EXIT_MISSING })
        }
        ImageCommand::Inspect(args) => inspect(ctx, args),
        ImageCommand::Prune(args) => prune(ctx, args),
        ImageCommand::Tag(args) => super::tag::tag(ctx, args),
        ImageCommand::Untag(args) => super::tag::untag(ctx, args),
        ImageCommand::History(args) => super::history::run(ctx, args),
        ImageCommand::Save(args) => super::save::run(ctx, args),
        ImageCommand::Load(args) => super::load::run(ctx, args),
    }
}

fn inspect(ctx: &Context, args: ImageInspectArgs) -> Result<i32> {
    let format = OutputFormat::parse(args.format.as_deref())?;
    let mut values = Vec::new();
    for name in &args.images {
        values.push(super::image_json(ctx, name).ok_or_else(|| crate::image::store::not_known(name))?);
    }
    match &format {
        OutputFormat::Template(t) => output::templated(t, &values)?,
        _ => output::json(&values),
    }
    Ok(0)
}

/// `image prune`: remove images without names (with --all: every image)
/// that no container uses; prints the ids removed.
fn prune(ctx: &Context, args: ImagePruneArgs) -> Result<i32> {
    let what = if args.all { "all images not used by a container" } else { "all dangling images" };
    if !args.force && !output::confirm(&format!("WARNING! This command removes {what}."), &[]) {
        return Ok(0);
    }
    // Layers hold files of subordinate ids: only the namespace can delete them.
    crate::runtime::userns::enter_if_rootless()?;
    for id in crate::container::prune_unused_images(&ctx.paths, args.all)? {
        output::line(&id);
    }
    Ok(0)
}

