//! `container exists/prune`, `system prune/df/info`, `info`, `version`,
//! and the commands that need cgroups this host cannot give a rootless user.

use super::{Context, OutputFormat};
use crate::cli::{InfoArgs, MigrateArgs, NamesArgs, PruneArgs, ResetArgs};
use crate::container::state::ContainerStatus;
use crate::container::ContainerStore;
use crate::error::Result;
use crate::image::ImageStore;
use crate::output::{self, Table};
use crate::runtime::userns;
use crate::volume::VolumeStore;
use crate::sys::cgroups::{cgroup_version, cgroups_unavailable};
use serde_json::json;

pub fn container_exists(ctx: &Context, container: &str) -> Result<i32> {
    Ok(if ContainerStore::open(&ctx.paths).lookup(container).is_ok() { 0 } else { 1 })
}

/// Remove every container that is not running; print their ids.
pub fn container_prune(ctx: &Context, args: &PruneArgs) -> Result<i32> {
    if !args.force && !output::confirm("WARNING! This will remove all stopped containers.", &[]) {
        return Ok(0);
    }
    userns::enter_if_rootless()?;
    let store = ContainerStore::open(&ctx.paths);
    for c in store.list()?.into_iter().filter(|c| c.status != ContainerStatus::Running) {
        store.remove(&c)?;
        output::line(&c.id);
    }
    Ok(0)
}

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
    container_prune(ctx, &PruneArgs { force: true, ..args.clone() })?;
    for id in crate::container::prune_unused_images(&ctx.paths, args.all)? {
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
        pods.remove_with_members(&ctx.paths, &containers, &pod, true)?;
    }
    for c in containers.list()? {
        crate::container::lifecycle::remove_one(&ctx.paths, &containers, &c.id, true, false)?;
    }
    if !crate::network::holder::wait_until_gone(&ctx.paths, HOLDER_GRACE) {
        return Err(crate::err!("the user networks' holder (skiff __netns) did not end: the store was left in place"));
    }
    // Images, volumes, networks and secrets all live in the store directory.
    for dir in [&ctx.paths.data, &ctx.paths.runtime] {
        if dir.exists() {
            crate::sys::fs::remove_tree(dir)?;
        }
    }
    Ok(0)
}

/// `system migrate`: stop every container and pod, so that the next start
/// makes user namespaces with the current /etc/subuid and /etc/subgid
/// ranges (podman stops its pause process for the same reason; skiff's
/// equivalents are pod infra processes and the user networks' holder), and
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
    output::status(&format!(
        "stopped every container; rewrote {} container, {} pod and {} volume records in the current format",
        records.len(),
        pod_records.len(),
        volume_records.len()
    ));
    Ok(0)
}

pub fn df(ctx: &Context, args: &InfoArgs) -> Result<i32> {
    let images = ImageStore::open(&ctx.paths)?.list()?;
    let containers = ContainerStore::open(&ctx.paths);
    let list = containers.list()?;
    let used: std::collections::HashSet<&str> = list.iter().map(|c| c.image_id.as_str()).collect();
    let image_size: u64 = images.iter().map(|i| i.size).sum();
    let unused_size: u64 = images.iter().filter(|i| !used.contains(i.id.as_str())).map(|i| i.size).sum();
    let sizes: Vec<(bool, u64)> = list
        .iter()
        .map(|c| (c.status == ContainerStatus::Running, crate::storage::disk_usage(&containers.container_dir(&c.id).join("upper"))))
        .collect();
    let container_size: u64 = sizes.iter().map(|(_, s)| s).sum();
    let stopped_size: u64 = sizes.iter().filter(|(running, _)| !running).map(|(_, s)| s).sum();
    // A volume is active, as podman counts it, while any container (of any
    // state) mounts it; the others' data is what removing them reclaims.
    let volumes = VolumeStore::open(&ctx.paths);
    let volume_sizes: Vec<(bool, u64)> = volumes
        .list()?
        .iter()
        .map(|v| {
            let mounted = list.iter().any(|c| crate::volume::mounts_volume(c, &v.name));
            (mounted, crate::storage::disk_usage(&volumes.data_dir(&v.name)))
        })
        .collect();
    let volume_size: u64 = volume_sizes.iter().map(|(_, s)| s).sum();
    let unused_volume_size: u64 = volume_sizes.iter().filter(|(mounted, _)| !mounted).map(|(_, s)| s).sum();
    let rows = [
        ("Images", images.len(), used.len(), image_size, unused_size),
        ("Containers", list.len(), sizes.iter().filter(|(r, _)| *r).count(), container_size, stopped_size),
        ("Local Volumes", volume_sizes.len(), volume_sizes.iter().filter(|(m, _)| *m).count(), volume_size, unused_volume_size),
    ];
    match OutputFormat::parse(args.format.as_deref())? {
        OutputFormat::Table => {
            let mut t = Table::new(&["TYPE", "TOTAL", "ACTIVE", "SIZE", "RECLAIMABLE"]);
            for (kind, total, active, size, reclaimable) in rows {
                t.row(vec![kind.into(), total.to_string(), active.to_string(), output::human_size(size), output::human_size(reclaimable)]);
            }
            t.print();
        }
        format => {
            let values: Vec<_> = rows
                .iter()
                .map(|(kind, total, active, size, reclaimable)| {
                    json!({"Type": kind, "Total": total, "Active": active, "Size": output::human_size(*size), "Reclaimable": output::human_size(*reclaimable), "RawSize": size, "RawReclaimable": reclaimable})
                })
                .collect();
            print_values(&format, &values)?;
        }
    }
    Ok(0)
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

pub fn info(ctx: &Context, args: &InfoArgs) -> Result<i32> {
    let uname = nix::sys::utsname::uname().map_err(|e| crate::err!("uname: {e}"))?;
    let (maps, _) = userns::current_mappings();
    let map_json = |m: &[userns::IdMap]| -> Vec<serde_json::Value> {
        m.iter().map(|m| json!({"container_id": m.container, "host_id": m.host, "size": m.size})).collect()
    };
    let rootless = userns::rootless();
    let driver = std::fs::read_to_string(ctx.paths.data.join("storage-driver.json"))
        .ok()
        .and_then(|s| serde_json::from_str::<serde_json::Value>(&s).ok())
        .and_then(|v| v["driver"].as_str().map(String::from))
        .unwrap_or_else(|| "not probed yet".into());
    let value = json!({
        "host": {
            "arch": std::env::consts::ARCH,
            "os": std::env::consts::OS,
            "kernel": uname.release().to_string_lossy(),
            "hostname": uname.nodename().to_string_lossy(),
            "rootless": rootless,
            "idMappings": if rootless { json!({"uidmap": map_json(&maps.uids), "gidmap": map_json(&maps.gids)}) } else { json!(null) },
            "cgroupVersion": cgroup_version(),
            "networkBackend": "none, host",
            "security": {"seccompEnabled": true, "capabilities": crate::runtime::caps::DEFAULT_CAPS.join(",")},
        },
        "store": {
            "graphRoot": ctx.paths.data,
            "runRoot": ctx.paths.runtime,
            "graphDriverName": driver,
            "imageStore": {"number": ImageStore::open(&ctx.paths)?.list()?.len()},
            "containerStore": {"number": ContainerStore::open(&ctx.paths).list()?.len()},
        },
        "version": {"Version": env!("CARGO_PKG_VERSION"), "OsArch": format!("{}/{}", std::env::consts::OS, go_arch())},
    });
    match OutputFormat::parse(args.format.as_deref())? {
        OutputFormat::Table => print_yaml(&value, 0),
        format => match format {
            OutputFormat::Template(t) => output::templated(&t, &[value])?,
            _ => output::json(&value),
        },
    }
    Ok(0)
}

pub fn version(args: &InfoArgs) -> Result<i32> {
    let value = json!({"Client": {"Version": env!("CARGO_PKG_VERSION"), "OsArch": format!("{}/{}", std::env::consts::OS, go_arch())}});
    match OutputFormat::parse(args.format.as_deref())? {
        OutputFormat::Table => {
            output::line(&format!("Version:      {}", env!("CARGO_PKG_VERSION")));
            output::line(&format!("OS/Arch:      {}/{}", std::env::consts::OS, go_arch()));
        }
        OutputFormat::Template(t) => output::templated(&t, &[value["Client"].clone()])?,
        OutputFormat::Json => output::json(&value),
    }
    Ok(0)
}

/// The architecture as OCI and Go name it.
fn go_arch() -> &'static str {
    match std::env::consts::ARCH {
        "x86_64" => "amd64",
        "aarch64" => "arm64",
        other => other,
    }
}

/// podman prints `info` as YAML: nested keys indented by four spaces.
fn print_yaml(value: &serde_json::Value, indent: usize) {
    let pad = " ".repeat(indent);
    if let Some(obj) = value.as_object() {
        for (k, v) in obj {
            match v {
                serde_json::Value::Object(_) => {
                    output::line(&format!("{pad}{k}:"));
                    print_yaml(v, indent + 2);
                }
                serde_json::Value::Array(items) => {
                    output::line(&format!("{pad}{k}:"));
                    for item in items {
                        let text = serde_json::to_string(item).unwrap_or_default();
                        output::line(&format!("{pad}- {text}"));
                    }
                }
                other => output::line(&format!("{pad}{k}: {}", crate::output::template::go_print(other))),
            }
        }
    }
}

pub fn needs_cgroups(what: &str, _args: &NamesArgs) -> Result<i32> {
    Err(cgroups_unavailable(what))
}
