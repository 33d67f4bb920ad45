//! `skiff image SUBCOMMAND`: the image commands of the top level under the
//! group's names, and exists, inspect, prune and tree.

use super::{Context, OutputFormat};
use crate::cli::{Command, GlobalOptions, ImageCommand, ImageInspectArgs, ImagePruneArgs, ImageTopLevelCommand};
use crate::error::Result;
use crate::image::ImageStore;
use crate::output;

/// `image exists`'s status for an image that is not there, as podman's.
const EXIT_MISSING: i32 = 1;

/// `image ls` is `images`, `image rm` is `rmi`: the group's names of
/// top-level commands, with the same arguments.
pub fn top_level(command: ImageTopLevelCommand) -> Command {
    match command {
        ImageTopLevelCommand::Ls(args) => Command::Images(args),
        ImageTopLevelCommand::Rm(args) => Command::Rmi(args),
        ImageTopLevelCommand::Pull(args) => Command::Pull(args),
        ImageTopLevelCommand::Push(args) => Command::Push(args),
        ImageTopLevelCommand::Import(args) => Command::Import(args),
        ImageTopLevelCommand::Build(args) => Command::Build(args),
        ImageTopLevelCommand::Tag(args) => Command::Tag(args),
        ImageTopLevelCommand::Untag(args) => Command::Untag(args),
        ImageTopLevelCommand::History(args) => Command::History(args),
        ImageTopLevelCommand::Save(args) => Command::Save(args),
        ImageTopLevelCommand::Load(args) => Command::Load(args),
        ImageTopLevelCommand::Search(args) => Command::Search(args),
    }
}

pub fn run(global: &GlobalOptions, command: ImageCommand) -> Result<i32> {
    let ctx = &super::context(global)?;
    match command {
        ImageCommand::TopLevel(command) => super::run_command(global, top_level(command)),
        ImageCommand::Exists { image } => {
            let images = ImageStore::open(&ctx.paths)?.list()?;
            Ok(if crate::image::store::resolve(&images, &image)?.is_some() { 0 } else { EXIT_MISSING })
        }
        ImageCommand::Diff(args) => super::diff::image(ctx, args),
        ImageCommand::Inspect(args) => inspect(ctx, args),
        ImageCommand::Prune(args) => prune(ctx, args),
        ImageCommand::Tree(args) => super::image_tree::run(ctx, args),
        ImageCommand::Mount(args) => super::mount::image_mount(ctx, args),
        ImageCommand::Unmount(args) => super::mount::image_unmount(ctx, args),
        ImageCommand::Sign(args) => super::image_sign::run(ctx, args),
        ImageCommand::Trust(args) => super::image_trust::run(ctx, args),
    }
}

fn inspect(ctx: &Context, args: ImageInspectArgs) -> Result<i32> {
    super::check_local_platform(ctx, &args.platform, &args.inspect.names)?;
    let args = args.inspect;
    let format = OutputFormat::parse(args.output.format.as_deref())?;
    let mut values = Vec::new();
    for name in &args.names {
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
    let filters = crate::container::image_filter::parse_all(&args.filter, crate::container::image_filter::PRUNE_KEYS)?;
    let what = if args.all { "all images not used by a container" } else { "all dangling images" };
    if !args.force && !output::confirm(&format!("WARNING! This command removes {what}."), &[]) {
        return Ok(0);
    }
    // Layers hold files of subordinate ids: only the namespace can delete them.
    crate::runtime::userns::enter_if_rootless()?;
    for id in crate::container::prune_unused_images(&ctx.paths, args.all, &filters)? {
        output::line(&id);
    }
    Ok(0)
}

