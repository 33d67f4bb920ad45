//! `skiff compose`: loads the project (crate::compose) and runs the
//! subcommand through the engine's compose functions; prints the results.

use super::Context;
use crate::cli::compose::*;
use crate::compose::containers::{self as project_containers, service_of, DownOptions};
use crate::compose::{LoadOptions, Project};
use crate::container::logs::{log_path, Entry, Stream};
use crate::container::state::{ContainerRecord, ContainerStatus};
use crate::container::ContainerStore;
use crate::error::Result;
use crate::output::{self, Table};
use crate::runtime::userns;
use serde_json::json;

pub fn run(ctx: &Context, args: ComposeArgs) -> Result<i32> {
    match args.command {
        ComposeCommand::Ls(ls_args) => return ls(ctx, ls_args),
        ComposeCommand::Version(version_args) => return version(version_args),
        _ => {}
    }
    let mut project = load(&args.project)?;
    match args.command {
        ComposeCommand::Config(config_args) => config(&mut project, config_args),
        ComposeCommand::Down(down_args) => down(ctx, &project, down_args),
        ComposeCommand::Ps(ps_args) => ps(ctx, &mut project, ps_args),
        ComposeCommand::Logs(logs_args) => logs(ctx, &mut project, logs_args),
        ComposeCommand::Start(services) => {
            let (store, containers) = selected(ctx, &mut project, &services.service_names)?;
            project_containers::start(&ctx.paths, &store, &project, containers, &output::ComposeProgress)?;
            Ok(0)
        }
        ComposeCommand::Stop(stop_args) => {
            let (store, containers) = selected(ctx, &mut project, &stop_args.service_names)?;
            project_containers::stop(&store, &project, containers, stop_args.timeout, &output::ComposeProgress)?;
            Ok(0)
        }
        ComposeCommand::Restart(stop_args) => {
            let (store, containers) = selected(ctx, &mut project, &stop_args.service_names)?;
            project_containers::stop(&store, &project, containers.clone(), stop_args.timeout, &output::ComposeProgress)?;
            let ids: Vec<String> = containers.iter().map(|c| c.id.clone()).collect();
            let refreshed = ids.iter().map(|id| store.lookup(id)).collect::<Result<Vec<_>>>()?;
            project_containers::start(&ctx.paths, &store, &project, refreshed, &output::ComposeProgress)?;
            Ok(0)
        }
        ComposeCommand::Kill(kill_args) => {
            let signal = crate::container::monitor::parse_signal(&kill_args.signal)?;
            let (store, mut containers) = selected(ctx, &mut project, &kill_args.service_names)?;
            if kill_args.remove_orphans {
                containers.extend(project_containers::orphans(&store, &project)?);
            }
            project_containers::kill(&store, &containers, signal, &output::ComposeProgress)?;
            Ok(0)
        }
        ComposeCommand::Rm(rm_args) => rm(ctx, &mut project, rm_args),
        ComposeCommand::Ls(_) | ComposeCommand::Version(_) => unreachable!("handled before loading a project"),
    }
}

/// The project the flags and the environment describe.
fn load(args: &ComposeProjectArgs) -> Result<Project> {
    let working_dir = std::env::current_dir().map_err(|e| crate::err!("the current directory: {e}"))?;
    let options = LoadOptions {
        files: args.files.clone(),
        project_directory: args.project_directory.clone(),
        project_name: args.project_name.clone(),
        env_files: args.env_files.clone(),
        profiles: args.profiles.clone(),
        environment: std::env::vars().collect(),
        working_dir,
    };
    crate::compose::load(&options)
}

/// The containers of the services named (all when none is), after
/// checking the names.
fn selected(ctx: &Context, project: &mut Project, services: &[String]) -> Result<(ContainerStore, Vec<ContainerRecord>)> {
    project.select(services)?;
    let store = ContainerStore::open(&ctx.paths);
    let containers = project_containers::of_services(&store, project, services)?;
    Ok((store, containers))
}

fn config(project: &mut Project, args: ComposeConfigArgs) -> Result<i32> {
    project.select(&args.service_names)?;
    if !args.service_names.is_empty() {
        let wanted = project.with_dependencies(&args.service_names, false);
        project.model.services.retain(|name, _| wanted.contains(name));
    }
    let model = &project.model;
    let listing: Option<Vec<String>> = if args.services {
        Some(model.services.keys().cloned().collect())
    } else if args.volumes {
        Some(model.volumes.keys().cloned().collect())
    } else if args.profiles {
        Some(project.all_profiles().into_iter().collect())
    } else if args.images {
        Some(model.services.iter().map(|(name, s)| s.image.clone().unwrap_or_else(|| built_image_name(&project.name, name))).collect())
    } else {
        None
    };
    if args.quiet {
        return Ok(0);
    }
    if let Some(lines) = listing {
        for line in lines {
            output::line(&line);
        }
        return Ok(0);
    }
    let text = match args.format {
        ComposeConfigFormat::Yaml => output::yaml_document(model)?,
        ComposeConfigFormat::Json => serde_json::to_string_pretty(model).map_err(|e| crate::err!("the model as JSON: {e}"))? + "\n",
    };
    match &args.output {
        Some(file) => std::fs::write(file, text).map_err(|e| crate::err!("write {}: {e}", file.display()))?,
        None => output::stream_text(false, &text),
    }
    Ok(0)
}

/// The name docker compose gives the image it builds for a service without `image`.
fn built_image_name(project: &str, service: &str) -> String {
    format!("{project}-{service}")
}

fn down(ctx: &Context, project: &Project, args: ComposeDownArgs) -> Result<i32> {
    if !args.service_names.is_empty() {
        return Err(crate::err!("down takes no service names in skiff: use `compose stop` and `compose rm` for some services"));
    }
    if let Some(kind) = args.rmi {
        return Err(crate::err!("down --rmi {}: not yet implemented in skiff compose", if kind == RemoveImages::All { "all" } else { "local" }));
    }
    let store = ContainerStore::open(&ctx.paths);
    let options = DownOptions { remove_orphans: args.remove_orphans, volumes: args.volumes, timeout: args.timeout };
    let containers = project_containers::stop_for_down(&store, project, &options, &output::ComposeProgress)?;
    // Container files belong to subordinate ids: only root in the user
    // namespace may delete them.
    userns::enter_if_rootless()?;
    project_containers::remove_down(&ctx.paths, &store, project, &containers, &options, &output::ComposeProgress)?;
    Ok(0)
}

fn ps(ctx: &Context, project: &mut Project, args: ComposePsArgs) -> Result<i32> {
    let (store, containers) = selected(ctx, project, &args.service_names)?;
    let mut containers: Vec<ContainerRecord> = containers;
    if args.all {
        let oneoffs = project_containers::of_project(&store, &project.name)?.into_iter().filter(project_containers::is_oneoff);
        containers.extend(oneoffs.filter(|c| args.service_names.is_empty() || args.service_names.iter().any(|s| s == service_of(c))));
    } else {
        containers.retain(|c| c.status == ContainerStatus::Running);
    }
    for status in &args.status {
        if !["created", "running", "exited"].contains(&status.as_str()) {
            return Err(crate::err!("invalid --status {status:?}: use created, running or exited"));
        }
    }
    if !args.status.is_empty() {
        containers.retain(|c| args.status.iter().any(|s| s == c.status.as_str()));
    }
    if args.services {
        let names: std::collections::BTreeSet<&str> = containers.iter().map(service_of).collect();
        names.into_iter().for_each(output::line);
        return Ok(0);
    }
    if args.quiet {
        containers.iter().for_each(|c| output::line(&c.id));
        return Ok(0);
    }
    let values: Vec<serde_json::Value> = containers.iter().map(|c| container_json(&store, project, c)).collect();
    match super::OutputFormat::parse(args.format.as_deref())? {
        super::OutputFormat::Json => output::json(&values),
        super::OutputFormat::Template(template) => output::templated(&template, &values)?,
        super::OutputFormat::Table => {
            let mut table = Table::new(&["NAME", "IMAGE", "COMMAND", "SERVICE", "CREATED", "STATUS", "PORTS"]);
            for (c, v) in containers.iter().zip(&values) {
                let command = c.command_line();
                let command = if command.chars().count() > 20 { format!("{}…", command.chars().take(19).collect::<String>()) } else { command };
                table.row(vec![
                    c.name.clone(),
                    c.image_name.clone(),
                    format!("\"{command}\""),
                    service_of(c).to_string(),
                    v["RunningFor"].as_str().unwrap_or_default().to_string(),
                    v["Status"].as_str().unwrap_or_default().to_string(),
                    v["Ports"].as_str().unwrap_or_default().to_string(),
                ]);
            }
            table.print();
        }
    }
    Ok(0)
}

/// A container as `compose ps --format json` gives it (docker compose's keys).
fn container_json(store: &ContainerStore, project: &Project, c: &ContainerRecord) -> serde_json::Value {
    let health = store.health(&c.id).filter(|_| c.config.healthcheck.is_some()).map(|h| h.status).unwrap_or_default();
    json!({
        "ID": c.id,
        "Name": c.name,
        "Image": c.image_name,
        "Command": c.command_line(),
        "Project": project.name,
        "Service": service_of(c),
        "CreatedAt": crate::time::format(c.created),
        "RunningFor": output::human_ago(c.created),
        "State": c.status.as_str(),
        "Status": super::status_text(store, c),
        "Health": health,
        "ExitCode": c.exit_code.unwrap_or(0),
        "Ports": crate::runtime::ports::summary(&c.config.ports),
        "Publishers": c.config.ports.iter().map(|p| json!({
            "URL": p.host_ip, "TargetPort": p.container_port, "PublishedPort": p.host_port, "Protocol": p.protocol,
        })).collect::<Vec<_>>(),
        "Labels": c.config.labels,
    })
}

fn logs(ctx: &Context, project: &mut Project, args: ComposeLogsArgs) -> Result<i32> {
    let tail = match args.tail.as_deref() {
        None | Some("all") => None,
        Some(n) => Some(n.parse::<usize>().map_err(|_| crate::err!("invalid --tail {n:?}: use a number or all"))?),
    };
    let (store, mut containers) = selected(ctx, project, &args.service_names)?;
    if let Some(index) = args.index {
        containers.retain(|c| project_containers::number_of(c) == index);
    }
    let prefixes: Vec<String> = containers.iter().map(|c| c.name.strip_prefix(&format!("{}-", project.name)).unwrap_or(&c.name).to_string()).collect();
    let width = prefixes.iter().map(|p| p.chars().count()).max().unwrap_or(0);
    let colour = !args.no_color && nix::unistd::isatty(std::io::stdout()).unwrap_or(false);
    let mut offsets = Vec::new();
    for (i, (c, prefix)) in containers.iter().zip(&prefixes).enumerate() {
        let prefix = log_prefix(prefix, width, i, colour, args.no_log_prefix);
        let path = log_path(&store.container_dir(&c.id));
        offsets.push(crate::container::logs::print_last(&path, tail, &|e: &Entry| show_entry(&prefix, e, args.timestamps)));
    }
    while args.follow {
        let mut any_running = false;
        for (i, (c, prefix)) in containers.iter().zip(&prefixes).enumerate() {
            let running = store.lookup(&c.id).map(|r| r.status == ContainerStatus::Running).unwrap_or(false);
            any_running |= running;
            let prefix = log_prefix(prefix, width, i, colour, args.no_log_prefix);
            let path = log_path(&store.container_dir(&c.id));
            offsets[i] = crate::container::logs::print_from(&path, offsets[i], &|e: &Entry| show_entry(&prefix, e, args.timestamps));
        }
        if !any_running {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    Ok(0)
}

/// docker compose's "web-1  | " prefix, padded to the longest, in the
/// container's colour on a terminal.
fn log_prefix(name: &str, width: usize, index: usize, colour: bool, none: bool) -> String {
    if none {
        return String::new();
    }
    let text = format!("{name:width$}  | ");
    if colour {
        output::coloured(&text, index)
    } else {
        text
    }
}

fn show_entry(prefix: &str, entry: &Entry, timestamps: bool) {
    let stamp = if timestamps { format!("{} ", entry.time_text) } else { String::new() };
    output::stream_text(entry.stream == Stream::Stderr, &format!("{prefix}{stamp}{}", entry.text));
}

fn rm(ctx: &Context, project: &mut Project, args: ComposeRmArgs) -> Result<i32> {
    let (store, containers) = selected(ctx, project, &args.service_names)?;
    if args.stop {
        project_containers::stop(&store, project, containers.clone(), None, &output::ComposeProgress)?;
    }
    let ids: Vec<String> = containers.iter().map(|c| c.id.clone()).collect();
    let stopped: Vec<ContainerRecord> =
        ids.iter().filter_map(|id| store.lookup(id).ok()).filter(|c| c.status != ContainerStatus::Running).collect();
    if stopped.is_empty() {
        output::status("No stopped containers");
        return Ok(0);
    }
    if !args.force {
        let names: Vec<&str> = stopped.iter().map(|c| c.name.as_str()).collect();
        if !output::confirm("Going to remove:", &names) {
            return Ok(0);
        }
    }
    userns::enter_if_rootless()?;
    project_containers::remove(&ctx.paths, &store, &stopped, false, args.volumes, &output::ComposeProgress)?;
    Ok(0)
}

fn ls(ctx: &Context, args: ComposeLsArgs) -> Result<i32> {
    let store = ContainerStore::open(&ctx.paths);
    let projects: Vec<_> = project_containers::projects(&store)?.into_iter().filter(|p| args.all || p.running > 0).collect();
    if args.quiet {
        projects.iter().for_each(|p| output::line(&p.name));
        return Ok(0);
    }
    let status = |p: &project_containers::ProjectSummary| {
        [("running", p.running), ("exited", p.exited), ("created", p.created)]
            .iter()
            .filter(|(_, n)| *n > 0)
            .map(|(state, n)| format!("{state}({n})"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    match args.format.as_deref() {
        None | Some("table") => {
            let mut table = Table::new(&["NAME", "STATUS", "CONFIG FILES"]);
            for p in &projects {
                table.row(vec![p.name.clone(), status(p), p.config_files.clone()]);
            }
            table.print();
        }
        Some("json") => {
            let values: Vec<_> = projects.iter().map(|p| json!({"Name": p.name, "Status": status(p), "ConfigFiles": p.config_files})).collect();
            output::json(&values);
        }
        Some(other) => return Err(crate::err!("invalid --format {other:?}: use table or json")),
    }
    Ok(0)
}

fn version(args: ComposeVersionArgs) -> Result<i32> {
    let version = project_containers::COMPOSE_VERSION;
    match args.format.as_deref() {
        _ if args.short => output::line(version),
        None | Some("pretty") => output::line(&format!("skiff compose version v{version} (skiff {})", env!("CARGO_PKG_VERSION"))),
        Some("json") => output::json(&json!({ "version": format!("v{version}") })),
        Some(other) => return Err(crate::err!("invalid --format {other:?}: use pretty or json")),
    }
    Ok(0)
}
