//! `skiff ps`: list containers with podman's columns.

use super::targets::ContainerFilter;
use super::Context;
use crate::cli::{PsArgs, PsSort};
use crate::container::state::{ContainerRecord, ContainerStatus, ShownConfig};
use crate::container::ContainerStore;
use crate::error::Result;
use crate::image::ImageStore;
use crate::output::{self, Table};
use serde_json::json;

pub fn run(ctx: &Context, args: PsArgs) -> Result<i32> {
    let Some(seconds) = args.watch else { return list(ctx, &args) };
    if seconds == 0 {
        return Err(crate::err!("invalid --watch 0: the interval must be at least one second"));
    }
    if args.quiet || args.output.format.as_deref() == Some("json") {
        return Err(crate::err!("--watch redraws a table: it cannot be used with --quiet or --format json"));
    }
    loop {
        output::clear_screen();
        list(ctx, &args)?;
        std::thread::sleep(std::time::Duration::from_secs(seconds));
    }
}

/// One listing.
fn list(ctx: &Context, args: &PsArgs) -> Result<i32> {
    output::omit_headings(args.heading.noheading);
    let format = super::OutputFormat::parse(args.output.format.as_deref())?;
    let store = ContainerStore::open(&ctx.paths);
    let filters = ContainerFilter::parse(ctx, &store, &args.filter, ContainerFilter::PS_KEYS)?;
    let images = ImageStore::open(&ctx.paths)?;
    // As in podman: a filter, --last or --latest look at every container.
    let everything = args.all || !filters.is_empty() || args.last.is_some() || args.latest;
    let table = matches!(format, super::OutputFormat::Table) && !args.ns;
    // The ids or the table with no filter need a few fields of each
    // container: only those are read (see `ContainerListing`).
    if filters.is_empty() && (args.quiet || table) {
        let containers = chosen(store.listings()?, args, everything, |_| true, &store, &images);
        if args.quiet {
            print_ids(&containers, args.no_trunc);
        } else {
            containers_table(ctx, args, &store, &images, &containers)?.print();
        }
        return Ok(0);
    }
    let containers = chosen(store.list()?, args, everything, |c| filters.matches(c), &store, &images);
    if args.quiet {
        print_ids(&containers, args.no_trunc);
        return Ok(0);
    }
    if table {
        containers_table(ctx, args, &store, &images, &containers)?.print();
        return Ok(0);
    }
    let pod_names = pod_names(ctx)?;
    // podman's Namespaces (filled with --ns) and Size (null without --size).
    let as_json = |store: &ContainerStore, c: &ContainerRecord| {
        let mut v = as_json(store, c, &pod_names);
        v["Namespaces"] = if args.ns { namespaces_json(store, c) } else { json!({}) };
        v["Size"] = match args.size {
            true => {
                let own = writable_size(store, &c.id);
                json!({"rootFsSize": own + images.lookup(&c.image_id).map(|i| i.size).unwrap_or(0), "rwSize": own})
            }
            false => serde_json::Value::Null,
        };
        v
    };
    match &format {
        super::OutputFormat::Json => {
            output::json(&containers.iter().map(|c| as_json(&store, c)).collect::<Vec<_>>());
        }
        super::OutputFormat::Template(t) => {
            let view = |c: &ContainerRecord| {
                let mut v = template_view(as_json(&store, c), c, args.no_trunc);
                if args.size {
                    v["Size"] = json!(size_text(&store, &images, c));
                }
                v
            };
            let values: Vec<_> = containers.iter().map(view).collect();
            // With no container to show, a field that does not exist would
            // go unnoticed: the template is tried on an example, as podman
            // checks it against the type of its rows.
            if values.is_empty() {
                t.render(&view(&example_container()))?;
            }
            output::templated_with_headers(t, &values, &[("ID", "CONTAINER ID"), ("Pod", "POD ID"), ("PodName", "PODNAME")])?;
        }
        super::OutputFormat::Table => namespaces_table(&store, &containers, args.no_trunc).print(),
    }
    Ok(0)
}

/// The containers `ps` shows, in its order: running ones unless
/// `everything`, those `keep` keeps, the `--last`/`--latest` few.
fn chosen<C: ShownConfig>(
    containers: Vec<ContainerRecord<C>>,
    args: &PsArgs,
    everything: bool,
    keep: impl Fn(&ContainerRecord<C>) -> bool,
    store: &ContainerStore,
    images: &ImageStore,
) -> Vec<ContainerRecord<C>> {
    let mut containers: Vec<_> = containers.into_iter().filter(|c| everything || c.status == ContainerStatus::Running).filter(|c| keep(c)).collect();
    if let Some(n) = args.last.or(args.latest.then_some(1)) {
        containers.truncate(n);
    }
    sort(&mut containers, args.sort, store, images);
    containers
}

fn print_ids<C>(containers: &[ContainerRecord<C>], no_trunc: bool) {
    for c in containers {
        output::line(if no_trunc { &c.id } else { &c.id[..12] });
    }
}

/// Pod ids to names, for the pod columns.
fn pod_names(ctx: &Context) -> Result<std::collections::BTreeMap<String, String>> {
    Ok(crate::pod::PodStore::open(&ctx.paths).list()?.into_iter().map(|p| (p.id, p.name)).collect())
}

/// podman's table.
fn containers_table<C: ShownConfig>(
    ctx: &Context,
    args: &PsArgs,
    store: &ContainerStore,
    images: &ImageStore,
    containers: &[ContainerRecord<C>],
) -> Result<Table> {
    let mut headers = vec!["CONTAINER ID", "IMAGE", "COMMAND", "CREATED", "STATUS", "PORTS", "NAMES"];
    if args.size {
        headers.push("SIZE");
    }
    let pod_names = if args.pod {
        headers.extend(["POD ID", "PODNAME"]);
        pod_names(ctx)?
    } else {
        Default::default()
    };
    let mut table = Table::new(&headers);
    for c in containers {
        let command = c.command_line();
        let command = if args.no_trunc || command.chars().count() <= 20 {
            command
        } else {
            format!("{}...", command.chars().take(17).collect::<String>())
        };
        table.row(vec![
            if args.no_trunc { c.id.clone() } else { c.id[..12].to_string() },
            c.image_name.clone(),
            command,
            output::human_ago(c.created),
            store.status_text(c),
            crate::runtime::ports::summary(c.config.ports()),
            c.name.clone(),
        ]);
        if args.size {
            table.extend_last(size_text(store, images, c));
        }
        if args.pod {
            let pod = c.config.pod();
            table.extend_last(pod.get(..12).unwrap_or_default().to_string());
            table.extend_last(pod_names.get(pod).cloned().unwrap_or_default());
        }
    }
    Ok(table)
}

/// `--sort`: the store lists newest first, which is `created`; the other
/// keys order as podman's do (ascending, but runningfor newest start first).
fn sort<C: ShownConfig>(containers: &mut [ContainerRecord<C>], key: PsSort, store: &ContainerStore, images: &ImageStore) {
    match key {
        PsSort::Created => {}
        PsSort::Command => containers.sort_by_key(|c| c.command_line()),
        PsSort::Id => containers.sort_by(|a, b| a.id.cmp(&b.id)),
        PsSort::Image => containers.sort_by(|a, b| a.image_name.cmp(&b.image_name)),
        PsSort::Names => containers.sort_by(|a, b| a.name.cmp(&b.name)),
        PsSort::Runningfor => containers.sort_by_key(|c| std::cmp::Reverse(c.started_at.unwrap_or(c.created))),
        PsSort::Status => containers.sort_by(|a, b| a.state().cmp(b.state())),
        PsSort::Size => containers.sort_by_cached_key(|c| writable_size(store, &c.id) + images.lookup(&c.image_id).map(|i| i.size).unwrap_or(0)),
    }
}

/// `ps --ns`: podman's namespace columns, the inode numbers of a running
/// container's namespaces (empty for one that is not running).
fn namespaces_table(store: &ContainerStore, containers: &[ContainerRecord], no_trunc: bool) -> Table {
    const KINDS: [&str; 7] = ["cgroup", "ipc", "mnt", "net", "pid", "user", "uts"];
    let mut table = Table::new(&["CONTAINER ID", "NAMES", "PID", "CGROUPNS", "IPC", "MNT", "NET", "PIDNS", "USERNS", "UTS"]);
    for c in containers {
        let pid = store.live_pid(&c.id);
        let namespaces = pid.map(crate::container::processes::namespace_inodes).unwrap_or_default();
        let mut row = vec![
            if no_trunc { c.id.clone() } else { c.id[..12].to_string() },
            c.name.clone(),
            pid.map(|p| p.to_string()).unwrap_or_default(),
        ];
        row.extend(KINDS.iter().map(|kind| namespaces.get(*kind).map(|n| n.to_string()).unwrap_or_default()));
        table.row(row);
    }
    table
}

/// podman's `ps --ns` JSON: a running container's namespace inodes.
fn namespaces_json(store: &ContainerStore, c: &ContainerRecord) -> serde_json::Value {
    let Some(pid) = store.live_pid(&c.id) else { return json!({}) };
    let inodes = crate::container::processes::namespace_inodes(pid);
    let names = [("cgroup", "Cgroup"), ("ipc", "Ipc"), ("mnt", "Mnt"), ("net", "Net"), ("pid", "Pidns"), ("user", "User"), ("uts", "Uts")];
    names.iter().filter_map(|(kind, key)| Some((key.to_string(), json!(inodes.get(*kind)?.to_string())))).collect::<serde_json::Map<_, _>>().into()
}

fn writable_size(store: &ContainerStore, id: &str) -> u64 {
    crate::storage::disk_usage(&store.container_dir(id).join("upper"))
}

/// podman's SIZE column: the writable layer, and the image below it.
fn size_text<C>(store: &ContainerStore, images: &ImageStore, c: &ContainerRecord<C>) -> String {
    let own = writable_size(store, &c.id);
    let image = images.lookup(&c.image_id).map(|i| i.size).unwrap_or(0);
    // go-units' HumanSizeWithPrecision(size, 3), with no space ("12B (virtual 2.7MB)").
    format!("{} (virtual {})", output::go_size(own, 3, false), output::go_size(own + image, 3, false))
}

/// A container with every field ps shows, for trying a template on.
fn example_container() -> ContainerRecord {
    ContainerRecord::blank("0".repeat(64))
}

/// The fields `ps --format '{{.ID}} {{.Names}} ...'` sees: podman's
/// template names, which differ from its JSON keys.
fn template_view(mut v: serde_json::Value, c: &ContainerRecord, no_trunc: bool) -> serde_json::Value {
    let obj = v.as_object_mut().expect("object");
    obj.insert("ID".into(), json!(if no_trunc { c.id.clone() } else { c.id[..12].to_string() }));
    obj.insert("Names".into(), json!(c.name));
    obj.insert("Command".into(), json!(c.command_line()));
    obj.insert("CreatedAt".into(), json!(output::human_ago(c.created)));
    obj.insert("Ports".into(), json!(crate::runtime::ports::summary(&c.config.ports)));
    obj.insert("Labels".into(), json!(c.config.labels));
    v
}

/// podman's `ps --format json` fields.
fn as_json(store: &ContainerStore, c: &ContainerRecord, pod_names: &std::collections::BTreeMap<String, String>) -> serde_json::Value {
    let mut command = c.config.entrypoint.clone();
    command.extend(c.config.cmd.iter().cloned());
    json!({
        "AutoRemove": c.config.auto_remove,
        "Command": command,
        "Created": c.created,
        "CreatedAt": output::human_ago(c.created),
        "Exited": c.status == ContainerStatus::Exited,
        "ExitedAt": c.finished_at.unwrap_or(-1),
        "ExitCode": c.exit_code.unwrap_or(0),
        "Id": c.id,
        "Image": c.image_name,
        "ImageID": c.image_id,
        "IsInfra": false,
        "Labels": if c.config.labels.is_empty() { json!(null) } else { json!(c.config.labels) },
        "Mounts": [],
        "Names": [c.name],
        "Networks": [],
        "Pid": if c.status == ContainerStatus::Running { store.live_pid(&c.id).unwrap_or(0) } else { 0 },
        "Pod": c.config.pod,
        "PodName": pod_names.get(&c.config.pod).cloned().unwrap_or_default(),
        "Ports": ports_json(&c.config.ports),
        "StartedAt": c.started_at.unwrap_or(-1),
        "State": c.state(),
        "Status": store.status_text(c),
    })
}

/// podman's `ps --format json` Ports: null, or one entry per mapping.
fn ports_json(ports: &[crate::runtime::ports::PortMapping]) -> serde_json::Value {
    if ports.is_empty() {
        return serde_json::Value::Null;
    }
    ports
        .iter()
        .map(|p| {
            json!({
                "host_ip": p.host_ip,
                "container_port": p.container_port,
                "host_port": p.host_port,
                "range": 1,
                "protocol": p.protocol,
            })
        })
        .collect()
}
