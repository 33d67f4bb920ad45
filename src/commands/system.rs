//! `system prune/df/info`, `info`, `version`,
//! and the commands that need cgroups this host cannot give a rootless user.

use super::{Context, OutputFormat};
use crate::cli::{CheckArgs, DfArgs, MigrateArgs, PruneArgs, ResetArgs};
use crate::container::ContainerStore;
use crate::error::Result;
use crate::output::{self, Table};
use crate::runtime::userns;
use serde_json::json;

/// Stopped containers, then images no container uses: dangling ones, or
/// with -a every unused one.
pub fn system_prune(ctx: &Context, args: &PruneArgs) -> Result<i32> {
    let mut what = vec!["all stopped containers", if args.all { "all images without at least one container" } else { "all dangling images" }];
    if args.volumes {
        what.push("all volumes not used by at least one container");
    }
    if !args.force && !output::confirm("WARNING! This command removes:", &what) {
        return Ok(0);
    }
    let store = ContainerStore::open(&ctx.paths);
    let filter = super::targets::ContainerFilter::parse(ctx, &store, &args.filter, super::targets::ContainerFilter::PRUNE_KEYS)?;
    crate::container::lifecycle::prune(&ctx.paths, &|c| filter.matches(c), &mut |id| output::line(id))?;
    for id in crate::container::prune_unused_images(&ctx.paths, args.all, &[])? {
        output::line(&format!("Deleted: {id}"));
    }
    if args.volumes {
        let volumes = crate::volume::VolumeStore::open(&ctx.paths);
        for v in crate::volume::unused_volumes(&ctx.paths)? {
            volumes.remove(&v.name)?;
            output::line(&v.name);
        }
    }
    Ok(0)
}

/// `system check`: one line per problem found; with --repair, one line
/// per thing removed or mended. Exit 1 when a problem is left.
pub fn check(ctx: &Context, args: &CheckArgs) -> Result<i32> {
    // Layers and containers hold files of subordinate ids.
    userns::enter_if_rootless()?;
    let options = crate::check::CheckOptions { quick: args.quick, repair: args.repair, force: args.force };
    let report = crate::check::check(&ctx.paths, &options)?;
    for problem in &report.problems {
        output::line(problem);
    }
    for repaired in &report.repaired {
        output::line(&format!("repaired: {repaired}"));
    }
    for left in &report.left {
        output::error(left);
    }
    if report.garbage > 0 && !args.repair {
        output::line(&format!(
            "{} left-over(s) of interrupted commands (unused blobs or layers, temporaries, trash): no damage, --repair removes them",
            report.garbage
        ));
    }
    if report.problems.is_empty() {
        output::line("No problems found");
        return Ok(0);
    }
    if !args.repair {
        output::error(&format!("{} problem(s) found: `skiff system check --repair` removes what cannot be trusted", report.problems.len()));
        return Ok(1);
    }
    Ok(if report.left.is_empty() { 0 } else { 1 })
}

/// How long reset and migrate wait for the user networks' holder to end
/// once no container is left on a network.
const HOLDER_GRACE: std::time::Duration = std::time::Duration::from_secs(15);

/// `system reset`: every container (killed first), pod, image, volume,
/// network and secret, then the store and runtime directories themselves.
pub fn reset(ctx: &Context, args: &ResetArgs) -> Result<i32> {
    let what = [
        "        - all containers".to_string(),
        "        - all pods".into(),
        "        - all images".into(),
        "        - all networks".into(),
        "        - all build cache".into(),
        "        - all volumes".into(),
        "        - all secrets".into(),
        format!("        - the graphRoot directory: {:?}", ctx.paths.data.display().to_string()),
        format!("        - the runRoot directory: {:?}", ctx.paths.runtime.display().to_string()),
    ];
    if !args.force && !output::confirm("WARNING! This will remove:", &what.iter().map(String::as_str).collect::<Vec<_>>()) {
        return Ok(0);
    }
    // Containers write files as subordinate ids: only root in the user
    // namespace may delete them.
    userns::enter_if_rootless()?;
    let containers = ContainerStore::open(&ctx.paths);
    let pods = crate::pod::PodStore::open(&ctx.paths);
    for pod in pods.list()? {
        pods.remove_with_members(&ctx.paths, &containers, &pod, Some(crate::container::lifecycle::WhenRunning::Kill))?;
    }
    for c in containers.list()? {
        crate::container::lifecycle::remove_one(&ctx.paths, &containers, &c.id, crate::container::lifecycle::WhenRunning::Kill, false)?;
    }
    if !crate::network::holder::wait_until_gone(&ctx.paths, HOLDER_GRACE) {
        return Err(crate::err!("the user networks' holder (skiff __netns) did not end: the store was left in place"));
    }
    crate::runtime::keeper::stop();
    // Images, volumes, networks and secrets all live in the store directory.
    for dir in [&ctx.paths.data, &ctx.paths.runtime, &ctx.paths.tmpdir] {
        if dir.exists() {
            crate::sys::fs::remove_tree(dir)?;
        }
    }
    Ok(0)
}

/// `system migrate`: stop every container and pod, so that the next start
/// makes user namespaces with the current /etc/subuid and /etc/subgid
/// ranges (podman stops its pause process for the same reason; skiff's
/// equivalents are the user namespace's keeper, pod infra processes and
/// the user networks' holder), and
/// rewrite every container, pod and volume record in the current format.
pub fn migrate(ctx: &Context, args: &MigrateArgs) -> Result<i32> {
    if let Some(runtime) = &args.new_runtime {
        return Err(crate::err!("--new-runtime {runtime:?} is not supported: skiff runs containers itself, with no separate OCI runtime to switch"));
    }
    let containers = ContainerStore::open(&ctx.paths);
    for c in containers.list()? {
        crate::container::lifecycle::stop(&containers, &c, None)?;
    }
    let pods = crate::pod::PodStore::open(&ctx.paths);
    for pod in pods.list()? {
        pods.stop_infra(&pod.id);
    }
    if !crate::network::holder::wait_until_gone(&ctx.paths, HOLDER_GRACE) {
        return Err(crate::err!("the user networks' holder (skiff __netns) did not end: try again once its containers are gone"));
    }
    crate::runtime::keeper::stop();
    // Reading fills in what older records lack (serde defaults); saving
    // writes them back whole.
    let records = containers.list()?;
    for c in &records {
        containers.save(c)?;
    }
    let pod_records = pods.list()?;
    for pod in &pod_records {
        pods.save(pod)?;
    }
    let volumes = crate::volume::VolumeStore::open(&ctx.paths);
    let volume_records = volumes.list()?;
    for v in &volume_records {
        volumes.save(v)?;
    }
    crate::storage::version::record(&ctx.paths.data)?;
    output::status(&format!(
        "stopped every container; rewrote {} container, {} pod and {} volume records in the current format",
        records.len(),
        pod_records.len(),
        volume_records.len()
    ));
    Ok(0)
}

pub fn df(ctx: &Context, args: &DfArgs) -> Result<i32> {
    let usage = crate::container::usage::disk_usage(&ctx.paths)?;
    let format = OutputFormat::parse(args.output.format.as_deref())?;
    if args.verbose && matches!(format, OutputFormat::Table) {
        print_usage_details(&usage);
        return Ok(0);
    }
    let rows = usage.summary();
    match format {
        OutputFormat::Table => {
            let mut t = Table::new(&["TYPE", "TOTAL", "ACTIVE", "SIZE", "RECLAIMABLE"]);
            for row in &rows {
                t.row(vec![row.kind.into(), row.total.to_string(), row.active.to_string(), df_size(row.size), reclaimable(row.size, row.reclaimable)]);
            }
            t.print();
        }
        format => {
            let values: Vec<_> = rows
                .iter()
                .map(|row| {
                    json!({"Type": row.kind, "Total": row.total, "Active": row.active, "Size": df_size(row.size), "Reclaimable": reclaimable(row.size, row.reclaimable), "RawSize": row.size, "RawReclaimable": row.reclaimable})
                })
                .collect();
            print_values(&format, &values)?;
        }
    }
    Ok(0)
}

/// Sizes as podman's `system df` writes them (go-units' HumanSize: "2.701MB").
fn df_size(bytes: u64) -> String {
    output::go_size(bytes, 4, false)
}

/// podman's RECLAIMABLE cell: the size and its share of the whole.
fn reclaimable(size: u64, reclaimable: u64) -> String {
    let percent = if size == 0 { 0 } else { (reclaimable as f64 * 100.0 / size as f64).round() as u64 };
    format!("{} ({percent}%)", df_size(reclaimable))
}

/// `system df -v`: podman's three tables, one row per image name,
/// container and volume.
fn print_usage_details(usage: &crate::container::usage::DiskUsage) {
    output::line("Images space usage:\n");
    let mut images = Table::new(&["REPOSITORY", "TAG", "IMAGE ID", "CREATED", "SIZE", "SHARED SIZE", "UNIQUE SIZE", "CONTAINERS"]);
    for entry in &usage.images {
        let image = &entry.image;
        let names: Vec<(String, String)> = if image.names.is_empty() {
            vec![("<none>".into(), "<none>".into())]
        } else {
            image.names.iter().map(|n| crate::image::reference::repository_and_tag(n)).collect()
        };
        for (repository, tag) in names {
            images.row(vec![
                repository,
                tag,
                image.id.chars().take(12).collect(),
                output::human_ago(image.created),
                df_size(image.size),
                df_size(entry.shared),
                df_size(entry.unique()),
                entry.containers.to_string(),
            ]);
        }
    }
    images.print();
    output::line("\nContainers space usage:\n");
    let mut containers = Table::new(&["CONTAINER ID", "IMAGE", "COMMAND", "LOCAL VOLUMES", "SIZE", "CREATED", "STATUS", "NAMES"]);
    for entry in &usage.containers {
        let c = &entry.container;
        containers.row(vec![
            c.id.chars().take(12).collect(),
            c.image_id.chars().take(12).collect(),
            c.command_line(),
            entry.volumes.to_string(),
            df_size(entry.written),
            output::human_ago(c.created),
            c.state().to_string(),
            c.name.clone(),
        ]);
    }
    containers.print();
    output::line("\nLocal Volumes space usage:\n");
    let mut volumes = Table::new(&["VOLUME NAME", "LINKS", "SIZE"]);
    for entry in &usage.volumes {
        volumes.row(vec![entry.volume.name.clone(), entry.users.to_string(), df_size(entry.size)]);
    }
    volumes.print();
}

fn print_values(format: &OutputFormat, values: &[serde_json::Value]) -> Result<()> {
    match format {
        OutputFormat::Template(t) => output::templated(t, values),
        _ => {
            output::json(&values);
            Ok(())
        }
    }
}

