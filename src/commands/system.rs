//! `container exists/prune`, `system prune/df/info`, `info`, `version`,
//! and the commands that need cgroups this host cannot give a rootless user.

use super::{Context, OutputFormat};
use crate::cli::{InfoArgs, NamesArgs, PruneArgs};
use crate::container::state::ContainerStatus;
use crate::container::ContainerStore;
use crate::error::{Error, Result};
use crate::image::ImageStore;
use crate::output::{self, Table};
use crate::runtime::userns;
use serde_json::json;

pub fn container_exists(ctx: &Context, container: &str) -> Result<i32> {
    Ok(if ContainerStore::open(&ctx.paths).lookup(container).is_ok() { 0 } else { 1 })
}

/// Remove every container that is not running; print their ids.
pub fn container_prune(ctx: &Context, args: &PruneArgs) -> Result<i32> {
    let store = ContainerStore::open(&ctx.paths);
    let filter = super::ps::ContainerFilter::parse(ctx, &store, &args.filter, super::ps::ContainerFilter::PRUNE_KEYS)?;
    if !args.force && !output::confirm("WARNING! This will remove all stopped containers.", &[]) {
        return Ok(0);
    }
    userns::enter_if_rootless()?;
    for c in store.list()?.into_iter().filter(|c| c.status != ContainerStatus::Running && filter.matches(c)) {
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
    for id in super::image::prune_unused_images(ctx, args.all)? {
        output::line(&format!("Deleted: {id}"));
    }
    if args.volumes {
        let volumes = crate::volume::VolumeStore::open(&ctx.paths);
        for v in super::volume::unused_volumes(ctx)? {
            volumes.remove(&v.name)?;
            output::line(&v.name);
        }
    }
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
    let rows = [
        ("Images", images.len(), used.len(), image_size, unused_size),
        ("Containers", list.len(), sizes.iter().filter(|(r, _)| *r).count(), container_size, stopped_size),
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

fn cgroup_version() -> &'static str {
    if std::path::Path::new("/sys/fs/cgroup/cgroup.controllers").exists() {
        "v2"
    } else {
        "v1"
    }
}

/// The one-line error for what needs cgroups: rootless resource control
/// needs cgroups v2 with controllers delegated to the user (a systemd user
/// session with Delegate=yes).
pub fn cgroups_unavailable(what: &str) -> Error {
    let why = if cgroup_version() == "v2" {
        "skiff does not manage cgroups yet"
    } else {
        "this host has cgroups v1 (hybrid), which cannot be delegated to an unprivileged user"
    };
    Error::new(format!("{what} needs delegated cgroups v2: {why}"))
}

pub fn needs_cgroups(what: &str, _args: &NamesArgs) -> Result<i32> {
    Err(cgroups_unavailable(what))
}
