//! `skiff volume create|ls|inspect|rm|prune|exists|export|import`: manage
//! named volumes.

use super::{Context, Filters, OutputFormat};
use crate::cli::{VolumeCommand, VolumeCreateArgs, VolumeInspectArgs, VolumeFilteredPruneArgs, VolumeLsArgs, VolumeRmArgs};
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
        // skiff's volumes are directories of the store: nothing to mount.
        VolumeCommand::Mount { name } => {
            userns::refuse_outside_unshare("volume mount")?;
            VolumeStore::open(&ctx.paths).lookup(&name).map_err(|e| crate::err!("{}", e.message))?;
            output::line(&VolumeStore::open(&ctx.paths).data_dir(&name).display().to_string());
            Ok(0)
        }
        VolumeCommand::Unmount { name } => {
            VolumeStore::open(&ctx.paths).lookup(&name).map_err(|e| crate::err!("{}", e.message))?;
            output::line(&name);
            Ok(0)
        }
    }
}

fn create(ctx: &Context, args: VolumeCreateArgs) -> Result<i32> {
    if args.driver != "local" {
        return Err(crate::err!("volume driver {:?} is not supported: skiff's volumes use the local driver", args.driver));
    }
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
    let mut value = volumes.inspect_json(v);
    value["MountCount"] = json!(users_of_volume(containers, &v.name).map(|u| u.len()).unwrap_or(0));
    if v.anonymous {
        value["Anonymous"] = json!(true);
    }
    value
}

fn ls(ctx: &Context, args: VolumeLsArgs) -> Result<i32> {
    output::omit_headings(args.heading.noheading);
    let format = OutputFormat::parse(args.output.format.as_deref())?;
    let volumes = VolumeStore::open(&ctx.paths);
    let filter = VolumeFilter::parse(&args.filter, &["name", "label", "label!", "driver", "dangling", "until"])?;
    let containers = ContainerStore::open(&ctx.paths);
    let list: Vec<VolumeRecord> = volumes.list()?.into_iter().filter(|v| filter.matches(&containers, v)).collect();
    if args.quiet {
        for v in &list {
            output::line(&v.name);
        }
        return Ok(0);
    }
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
    let format = OutputFormat::parse(args.output.format.as_deref())?;
    let volumes = VolumeStore::open(&ctx.paths);
    let containers = ContainerStore::open(&ctx.paths);
    let mut values = Vec::new();
    let mut missing = None;
    let names = if args.all { volumes.list()?.into_iter().map(|v| v.name).collect() } else { args.names.clone() };
    for name in &names {
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
    if args.all && !args.names.is_empty() {
        return Err(crate::err!("choose either one or more volumes or all"));
    }
    let names = if args.all { volumes.list()?.into_iter().map(|v| v.name).collect() } else { args.names.clone() };
    let when_running = match args.time.time {
        Some(seconds) => crate::container::lifecycle::WhenRunning::Stop(seconds),
        None => crate::container::lifecycle::WhenRunning::Kill,
    };
    super::for_each_named(&names, &[EXIT_NO_SUCH_VOLUME, EXIT_VOLUME_IN_USE], |name| {
        remove_one(ctx, &volumes, &containers, name, args.force.then_some(when_running)).map(|()| name.to_string())
    })
}

fn remove_one(ctx: &Context, _volumes: &VolumeStore, _containers: &ContainerStore, name: &str, force: Option<crate::container::lifecycle::WhenRunning>) -> Result<()> {
    crate::volume::remove_with_users(&ctx.paths, name, force)
}

/// `volume ls --filter` and `volume prune --filter`, podman's keys.
struct VolumeFilter {
    filters: Filters,
    /// `until=`, resolved once.
    until: Vec<(String, i64)>,
}

impl VolumeFilter {
    fn parse(values: &[String], keys: &[&str]) -> Result<VolumeFilter> {
        let filters = Filters::parse(values, keys)?;
        let until = filters.until_points()?;
        if let Some((_, value)) = filters.iter().find(|(key, value)| *key == "dangling" && !["true", "false"].contains(value)) {
            return Err(crate::err!("invalid filter \"dangling={value}\": use true or false"));
        }
        Ok(VolumeFilter { filters, until })
    }

    fn matches(&self, containers: &ContainerStore, v: &VolumeRecord) -> bool {
        self.filters.matches(|key, value| match key {
            "name" => v.name.contains(value),
            "label" => has_label(v, value),
            "label!" => !has_label(v, value),
            "driver" => value == "local",
            "dangling" => users_of_volume(containers, &v.name).is_ok_and(|u| u.is_empty()) == (value == "true"),
            _ => self.until.iter().any(|(text, secs)| text == value && v.created < *secs),
        })
    }
}

/// `label=KEY` or `label=KEY=VALUE`.
fn has_label(v: &VolumeRecord, wanted: &str) -> bool {
    match wanted.split_once('=') {
        Some((k, val)) => v.labels.get(k).is_some_and(|x| x == val),
        None => v.labels.contains_key(wanted),
    }
}

/// Volumes no container uses.
pub(super) fn unused_volumes(ctx: &Context) -> Result<Vec<VolumeRecord>> {
    let containers = ContainerStore::open(&ctx.paths);
    Ok(VolumeStore::open(&ctx.paths)
        .list()?
        .into_iter()
        .filter(|v| users_of_volume(&containers, &v.name).map(|u| u.is_empty()).unwrap_or(false))
        .collect())
}

fn prune(ctx: &Context, args: VolumeFilteredPruneArgs) -> Result<i32> {
    let filter = VolumeFilter::parse(&args.filter, &["label", "label!", "until"])?;
    userns::enter_if_rootless()?;
    let volumes = VolumeStore::open(&ctx.paths);
    let containers = ContainerStore::open(&ctx.paths);
    let unused: Vec<VolumeRecord> = unused_volumes(ctx)?.into_iter().filter(|v| filter.matches(&containers, v)).collect();
    if !args.confirm.force && !output::confirm("WARNING! This will remove all volumes not used by at least one container. The following volumes will be removed:", &unused.iter().map(|v| v.name.as_str()).collect::<Vec<_>>()) {
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
    crate::container::copy::extract(&data, "/", &crate::container::copy::Top::Keep, false, crate::container::copy::ExtractOwner::Creator, input)?;
    Ok(0)
}
