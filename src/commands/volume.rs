//! `skiff volume create|ls|inspect|rm|prune|exists|export|import`: manage
//! named volumes.

use super::{Context, OutputFormat};
use crate::cli::{VolumeCommand, VolumeCreateArgs, VolumeInspectArgs, VolumeLsArgs, VolumePruneArgs, VolumeRmArgs};
use crate::container::ContainerStore;
use crate::error::{Context as _, Error, Result};
use crate::output;
use crate::runtime::userns;
use crate::volume::{users_of_volume, VolumeRecord, VolumeStore, EXIT_NO_SUCH_VOLUME, EXIT_VOLUME_IN_USE};
use serde_json::{json, Value};

pub fn run(ctx: &Context, command: VolumeCommand) -> Result<i32> {
    match command {
        VolumeCommand::Create(args) => create(ctx, args),
        VolumeCommand::Ls(args) => ls(ctx, args),
        VolumeCommand::Inspect(args) => inspect(ctx, args),
        VolumeCommand::Rm(args) => rm(ctx, args),
        VolumeCommand::Prune(args) => prune(ctx, args),
        VolumeCommand::Exists { name } => Ok(if VolumeStore::open(&ctx.paths).exists(&name) { 0 } else { 1 }),
        VolumeCommand::Export { output, volume } => export(ctx, &volume, output.as_deref()),
        VolumeCommand::Import { volume, source } => import(ctx, &volume, &source),
    }
}

fn create(ctx: &Context, args: VolumeCreateArgs) -> Result<i32> {
    if let Some(opt) = args.opt.first() {
        return Err(crate::err!("unsupported volume option {opt:?}: skiff's local volumes are plain directories and take no options"));
    }
    let labels = args
        .label
        .iter()
        .map(|l| match l.split_once('=').unwrap_or((l, "")) {
            ("", _) => Err(crate::err!("invalid label {l:?}: empty key")),
            (k, v) => Ok((k.to_string(), v.to_string())),
        })
        .collect::<Result<_>>()?;
    let name = args.name.unwrap_or_else(crate::storage::names::random_id);
    let volume = VolumeStore::open(&ctx.paths).create(&name, labels, false)?;
    output::line(&volume.name);
    Ok(0)
}

/// A volume as podman's `volume inspect` and `volume ls --format` show it.
fn volume_json(volumes: &VolumeStore, containers: &ContainerStore, v: &VolumeRecord) -> Value {
    let mut value = json!({
        "Name": v.name,
        "Driver": "local",
        "Mountpoint": volumes.data_dir(&v.name),
        "CreatedAt": crate::time::format(v.created),
        "Labels": v.labels,
        "Scope": "local",
        "Options": {},
        "MountCount": users_of_volume(containers, &v.name).map(|u| u.len()).unwrap_or(0),
    });
    if v.anonymous {
        value["Anonymous"] = json!(true);
    }
    value
}

fn ls(ctx: &Context, args: VolumeLsArgs) -> Result<i32> {
    let format = OutputFormat::parse(args.format.as_deref())?;
    let volumes = VolumeStore::open(&ctx.paths);
    let list = volumes.list()?;
    if args.quiet {
        for v in &list {
            output::line(&v.name);
        }
        return Ok(0);
    }
    let containers = ContainerStore::open(&ctx.paths);
    match format {
        OutputFormat::Table => {
            let mut table = output::Table::new(&["DRIVER", "VOLUME NAME"]).with_min_width(10);
            for v in &list {
                table.row(vec!["local".into(), v.name.clone()]);
            }
            table.print();
        }
        OutputFormat::Json => output::json(&list.iter().map(|v| volume_json(&volumes, &containers, v)).collect::<Vec<_>>()),
        OutputFormat::Template(t) => {
            output::templated(&t, &list.iter().map(|v| volume_json(&volumes, &containers, v)).collect::<Vec<_>>())?
        }
    }
    Ok(0)
}

fn inspect(ctx: &Context, args: VolumeInspectArgs) -> Result<i32> {
    let format = OutputFormat::parse(args.format.as_deref())?;
    let volumes = VolumeStore::open(&ctx.paths);
    let containers = ContainerStore::open(&ctx.paths);
    let mut values = Vec::new();
    let mut missing = None;
    for name in &args.names {
        match volumes.lookup(name) {
            Ok(v) => values.push(volume_json(&volumes, &containers, &v)),
            Err(e) => missing = Some(e),
        }
    }
    match &format {
        OutputFormat::Template(t) => output::templated(t, &values)?,
        _ => output::json(&values),
    }
    match missing {
        // podman exits 125 for an unknown volume here, unlike `volume rm`.
        Some(e) => Err(Error::new(e.message)),
        None => Ok(0),
    }
}

fn rm(ctx: &Context, args: VolumeRmArgs) -> Result<i32> {
    // Containers write into volumes as subordinate ids: only root in the
    // user namespace may delete what they left.
    userns::enter_if_rootless()?;
    let volumes = VolumeStore::open(&ctx.paths);
    let containers = ContainerStore::open(&ctx.paths);
    super::remove_each(&args.names, &[EXIT_NO_SUCH_VOLUME, EXIT_VOLUME_IN_USE], |name| {
        remove_one(ctx, &volumes, &containers, name, args.force).map(|()| name.to_string())
    })
}

fn remove_one(ctx: &Context, volumes: &VolumeStore, containers: &ContainerStore, name: &str, force: bool) -> Result<()> {
    volumes.lookup(name)?;
    let users = users_of_volume(containers, name)?;
    super::refuse_if_used("volume", name, &users, force, EXIT_VOLUME_IN_USE)?;
    for container in users {
        crate::container::lifecycle::remove_one(&ctx.paths, containers, &container.id, true, false)?;
    }
    volumes.remove(name)
}

fn prune(ctx: &Context, args: VolumePruneArgs) -> Result<i32> {
    userns::enter_if_rootless()?;
    let volumes = VolumeStore::open(&ctx.paths);
    let unused = crate::volume::unused_volumes(&ctx.paths)?;
    if !args.force && !output::confirm("WARNING! This will remove all volumes not used by at least one container. The following volumes will be removed:", &unused.iter().map(|v| v.name.as_str()).collect::<Vec<_>>()) {
        return Ok(0);
    }
    for v in &unused {
        volumes.remove(&v.name)?;
        output::line(&v.name);
    }
    Ok(0)
}

/// The volume's data directory, opened inside skiff's user namespace where
/// every file containers wrote (as subordinate ids) can be read and written.
fn open_volume_data(ctx: &Context, name: &str) -> Result<std::os::fd::OwnedFd> {
    let volumes = VolumeStore::open(&ctx.paths);
    volumes.lookup(name)?;
    userns::enter_if_rootless()?;
    let dir = volumes.data_dir(name);
    rustix::fs::open(&dir, rustix::fs::OFlags::PATH | rustix::fs::OFlags::DIRECTORY | rustix::fs::OFlags::CLOEXEC, rustix::fs::Mode::empty())
        .context(|| format!("open {}", dir.display()))
}

fn export(ctx: &Context, name: &str, output_file: Option<&std::path::Path>) -> Result<i32> {
    VolumeStore::open(&ctx.paths).lookup(name)?;
    // The output file is created first, as the user.
    let out = super::archive_output(output_file)?;
    let data = open_volume_data(ctx, name)?;
    crate::container::copy::archive_root(&data, out)?;
    Ok(0)
}

fn import(ctx: &Context, name: &str, source: &str) -> Result<i32> {
    VolumeStore::open(&ctx.paths).lookup(name)?;
    // Opened as the user, before skiff enters its user namespace.
    let input: Box<dyn std::io::Read> = match source {
        "-" => Box::new(std::io::stdin().lock()),
        path => Box::new(std::fs::File::open(path).context(|| format!("open {path}"))?),
    };
    let (_, input) = crate::image::compression::decompress(std::io::BufReader::new(input))?;
    let data = open_volume_data(ctx, name)?;
    crate::container::copy::extract(&data, "/", &crate::container::copy::Top::Keep, input)?;
    Ok(0)
}
