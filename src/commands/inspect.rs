//! `skiff inspect`: low-level information on containers (and images), as a
//! JSON array with podman's field names, or through a `--format` template.

use super::{Context, OutputFormat};
use crate::cli::{InspectArgs, InspectKind};
use crate::container::{ContainerRecord, ContainerStore};
use crate::error::{Error, Result};
use crate::output;

pub fn run(ctx: &Context, args: InspectArgs) -> Result<i32> {
    let format = OutputFormat::parse(args.objects.output.format.as_deref())?;
    let containers = ContainerStore::open(&ctx.paths);
    let names = match (args.objects.latest.latest, args.kind) {
        (true, _) if !args.objects.names.is_empty() => return Err(crate::err!("--latest and arguments cannot be used together")),
        (true, InspectKind::Image) => return Err(crate::err!("latest is not supported for type \"image\"")),
        (false, InspectKind::Image) if args.objects.size => return Err(crate::err!("size is not supported for type \"image\"")),
        (true, _) => vec![super::targets::latest(&containers)?],
        (false, _) => args.objects.names.clone(),
    };
    let mut values = Vec::new();
    let mut missing = None;
    let container_json = |c: ContainerRecord| {
        let mut value = crate::container::inspect::container_json(&ctx.paths, &containers, &c);
        if args.objects.size {
            let (written, root_fs) = crate::container::usage::container_sizes(&ctx.paths, &containers, &c);
            value["SizeRw"] = written.into();
            value["SizeRootFs"] = root_fs.into();
        }
        value
    };
    for name in &names {
        let found = match args.kind {
            InspectKind::Container => containers.lookup(name).ok().map(container_json),
            InspectKind::Image => super::image_json(ctx, name),
            InspectKind::All => containers.lookup(name).ok().map(container_json).or_else(|| super::image_json(ctx, name)),
        };
        match found {
            Some(v) => values.push(v),
            None => missing = Some(name.clone()),
        }
    }
    match &format {
        OutputFormat::Template(t) => output::templated(t, &values)?,
        _ => output::json(&values),
    }
    match missing {
        Some(name) => Err(Error::new(format!("no such object: {name:?}"))),
        None => Ok(0),
    }
}

