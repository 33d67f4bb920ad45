//! `skiff ps`: list containers with podman's columns.

use super::Context;
use crate::cli::PsArgs;
use crate::container::state::{now, ContainerRecord, ContainerStatus};
use crate::container::ContainerStore;
use crate::error::Result;
use crate::output::{self, Table};
use serde_json::json;

pub fn run(ctx: &Context, args: PsArgs) -> Result<i32> {
    let format = super::OutputFormat::parse(args.format.as_deref())?;
    let store = ContainerStore::open(&ctx.paths);
    let containers: Vec<ContainerRecord> =
        store.list()?.into_iter().filter(|c| args.all || c.status == ContainerStatus::Running).collect();
    if args.quiet {
        for c in &containers {
            output::line(if args.no_trunc { &c.id } else { &c.id[..12] });
        }
        return Ok(0);
    }
    match &format {
        super::OutputFormat::Json => {
            output::json(&containers.iter().map(|c| as_json(&store, c)).collect::<Vec<_>>());
            return Ok(0);
        }
        super::OutputFormat::Template(t) => {
            let values: Vec<_> = containers.iter().map(|c| template_view(&store, c, args.no_trunc)).collect();
            output::templated(t, &values)?;
            return Ok(0);
        }
        super::OutputFormat::Table => {}
    }
    let mut table = Table::new(&["CONTAINER ID", "IMAGE", "COMMAND", "CREATED", "STATUS", "PORTS", "NAMES"]);
    for c in &containers {
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
            status_text(c),
            crate::runtime::ports::summary(&c.config.ports),
            c.name.clone(),
        ]);
    }
    table.print();
    Ok(0)
}

/// "Up 3 seconds", "Exited (7) 2 seconds ago", "Created".
pub fn status_text(c: &ContainerRecord) -> String {
    match c.status {
        ContainerStatus::Created => "Created".into(),
        ContainerStatus::Running => {
            format!("Up {}", output::human_duration(now() - c.started_at.unwrap_or(c.created)))
        }
        ContainerStatus::Exited => format!(
            "Exited ({}) {}",
            c.exit_code.unwrap_or(0),
            output::human_ago(c.finished_at.unwrap_or(c.created))
        ),
    }
}

/// The fields `ps --format '{{.ID}} {{.Names}} ...'` sees: podman's
/// template names, which differ from its JSON keys.
fn template_view(store: &ContainerStore, c: &ContainerRecord, no_trunc: bool) -> serde_json::Value {
    let mut v = as_json(store, c);
    let obj = v.as_object_mut().expect("object");
    obj.insert("ID".into(), json!(if no_trunc { c.id.clone() } else { c.id[..12].to_string() }));
    obj.insert("Names".into(), json!(c.name));
    obj.insert("Command".into(), json!(c.command_line()));
    obj.insert("CreatedAt".into(), json!(output::human_ago(c.created)));
    obj.insert("Ports".into(), json!(crate::runtime::ports::summary(&c.config.ports)));
    obj.insert("Labels".into(), json!({}));
    v
}

/// podman's `ps --format json` fields.
fn as_json(store: &ContainerStore, c: &ContainerRecord) -> serde_json::Value {
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
        "Labels": null,
        "Mounts": [],
        "Names": [c.name],
        "Networks": [],
        "Pid": if c.status == ContainerStatus::Running { store.live_pid(&c.id).unwrap_or(0) } else { 0 },
        "Pod": "",
        "PodName": "",
        "Ports": ports_json(&c.config.ports),
        "StartedAt": c.started_at.unwrap_or(-1),
        "State": c.status.as_str(),
        "Status": status_text(c),
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
