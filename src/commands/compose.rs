//! `skiff compose`: loads the project (crate::compose) and runs the
//! subcommand through the engine's compose functions; prints the results.

use super::Context;
use crate::cli::compose::*;
use crate::compose::containers::{self as project_containers, service_of, DownOptions, Progress as _};
use crate::compose::load::SkipSteps;
use crate::compose::{self, LoadOptions, Project};
use crate::container::logs::{log_path, Entry, Stream};
use crate::container::state::{ContainerRecord, ContainerStatus};
use crate::container::copy::{CopyOptions, Owner};
use crate::container::ContainerStore;
use crate::error::Result;
use crate::output::{self, Table};
use crate::runtime::userns;
use crate::sys::process::ChildWork;
use serde_json::json;

pub fn run(ctx: &Context, args: ComposeArgs) -> Result<i32> {
    output::set_compose_progress_quiet(args.progress == ComposeProgressType::Quiet);
    output::set_compose_dry_run(args.dry_run);
    if args.dry_run {
        // A dry run walks only the commands whose every change is a step
        // the compose progress reports (and those that change nothing).
        let not_walked = match &args.command {
            ComposeCommand::Run(_) => Some("run"),
            ComposeCommand::Build(_) => Some("build"),
            ComposeCommand::Exec(_) => Some("exec"),
            ComposeCommand::Scale(_) => Some("scale"),
            ComposeCommand::Wait(_) => Some("wait"),
            ComposeCommand::Push(_) => Some("push"),
            ComposeCommand::Cp(_) => Some("cp"),
            ComposeCommand::Attach(_) => Some("attach"),
            ComposeCommand::Commit(_) => Some("commit"),
            ComposeCommand::Export(_) => Some("export"),
            ComposeCommand::Watch(_) | ComposeCommand::Alpha(ComposeAlphaArgs { command: ComposeAlphaCommand::Watch(_) }) => Some("watch"),
            _ => None,
        };
        if let Some(command) = not_walked {
            return Err(crate::err!("--dry-run: not yet implemented in skiff for compose {command} (only up, create, down, rm, stop, start, restart, kill, pause, unpause and pull)"));
        }
    }
    let ansi = args.ansi;
    match args.command {
        ComposeCommand::Ls(ls_args) => return ls(ctx, ls_args),
        ComposeCommand::Version(version_args) => return version(version_args),
        ComposeCommand::Config(config_args) => return config(&args.project, config_args),
        _ => {}
    }
    // `down` removes every network and volume the files declare that is
    // there, used by a service or not (more than docker compose, which
    // leaves those of `--all-resources up` behind without the flag).
    let all_resources = args.project.all_resources || matches!(args.command, ComposeCommand::Down(_));
    let mut project = load(&ComposeProjectArgs { all_resources, ..args.project.clone() }, SkipSteps::default())?;
    match args.command {
        ComposeCommand::Up(up_args) => up(ctx, &mut project, up_args, ansi, all_resources),
        ComposeCommand::Create(create_args) => {
            project.select(&create_args.service_names)?;
            let mut options = up_options(&create_args.create, &create_args.service_names, false, false, None)?;
            options.all_resources = all_resources;
            let pull = crate::output::progress::TransferProgress::new(create_args.create.quiet_pull);
            compose::up::up(&ctx.paths, &project, &options, &output::ComposeProgress, &build_reporters(&pull, false, false))?;
            Ok(0)
        }
        ComposeCommand::Run(run_args) => run_oneoff(ctx, &mut project, run_args),
        ComposeCommand::Build(build_args) => build(ctx, &mut project, build_args),
        ComposeCommand::Exec(exec_args) => exec(ctx, &mut project, exec_args),
        ComposeCommand::Down(down_args) => down(ctx, &project, down_args),
        ComposeCommand::Ps(ps_args) => ps(ctx, &mut project, ps_args),
        ComposeCommand::Logs(logs_args) => logs(ctx, &mut project, logs_args, ansi),
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
        ComposeCommand::Scale(scale_args) => scale(ctx, &mut project, scale_args),
        ComposeCommand::Restart(restart_args) => {
            let stop_args = restart_args.stop;
            project.select(&stop_args.service_names)?;
            // As docker compose: the services named and those that depend on
            // them with `restart: true`.
            let services: Vec<String> = if stop_args.service_names.is_empty() {
                Vec::new()
            } else {
                project.with_restart_dependents(&stop_args.service_names, restart_args.no_deps).into_iter().collect()
            };
            let (store, containers) = selected(ctx, &mut project, &services)?;
            project_containers::stop(&store, &project, containers.clone(), stop_args.timeout, &output::ComposeProgress)?;
            let ids: Vec<String> = containers.iter().map(|c| c.id.clone()).collect();
            let refreshed = ids.iter().map(|id| store.lookup(id)).collect::<Result<Vec<_>>>()?;
            project_containers::start_after_stop(&ctx.paths, &store, &project, refreshed, &output::ComposeProgress)?;
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
        ComposeCommand::Pause(services) => pause(ctx, &mut project, &services.service_names, true),
        ComposeCommand::Unpause(services) => pause(ctx, &mut project, &services.service_names, false),
        ComposeCommand::Rm(rm_args) => rm(ctx, &mut project, rm_args),
        ComposeCommand::Port(port_args) => port(ctx, &mut project, port_args),
        ComposeCommand::Images(images_args) => images(ctx, &mut project, images_args),
        ComposeCommand::Top(services) => top(ctx, &mut project, services),
        ComposeCommand::Wait(wait_args) => wait(ctx, &mut project, wait_args),
        ComposeCommand::Pull(pull_args) => pull(ctx, &mut project, pull_args),
        ComposeCommand::Push(push_args) => push(ctx, &mut project, push_args),
        ComposeCommand::Cp(cp_args) => cp(ctx, &mut project, cp_args),
        ComposeCommand::Attach(attach_args) => attach(ctx, &mut project, attach_args),
        ComposeCommand::Commit(commit_args) => commit(ctx, &mut project, commit_args),
        ComposeCommand::Export(export_args) => export(ctx, &mut project, export_args),
        ComposeCommand::Events(events_args) => events(ctx, &mut project, events_args),
        ComposeCommand::Viz(viz_args) => viz(&project, viz_args),
        ComposeCommand::Watch(watch_args) => watch(ctx, &mut project, watch_args),
        ComposeCommand::Alpha(ComposeAlphaArgs { command: ComposeAlphaCommand::Viz(viz_args) }) => viz(&project, viz_args),
        ComposeCommand::Alpha(ComposeAlphaArgs { command: ComposeAlphaCommand::Watch(watch_args) }) => {
            output::warn("watch command is now available as a top level command");
            watch(ctx, &mut project, watch_args)
        }
        ComposeCommand::Ls(_) | ComposeCommand::Version(_) | ComposeCommand::Config(_) => {
            unreachable!("handled before loading a project")
        }
    }
}

/// `compose pause` (`pause` true) and `compose unpause`.
fn pause(ctx: &Context, project: &mut Project, services: &[String], pause: bool) -> Result<i32> {
    let (store, containers) = selected(ctx, project, services)?;
    project_containers::pause(&store, &containers, pause, &output::ComposeProgress)?;
    Ok(0)
}

/// The project the flags and the environment describe.
fn load(args: &ComposeProjectArgs, skip: SkipSteps) -> Result<Project> {
    let mut project = crate::compose::load(&load_options(args, skip)?)?;
    if !args.all_resources {
        project.set_aside_unused_resources();
    }
    Ok(project)
}

fn load_options(args: &ComposeProjectArgs, skip: SkipSteps) -> Result<LoadOptions> {
    let working_dir = std::env::current_dir().map_err(|e| crate::err!("the current directory: {e}"))?;
    let options = LoadOptions {
        files: args.files.clone(),
        project_directory: args.project_directory.clone(),
        project_name: args.project_name.clone(),
        env_files: args.env_files.clone(),
        profiles: args.profiles.clone(),
        environment: std::env::vars().collect(),
        working_dir,
        skip,
    };
    Ok(options)
}

/// The containers of the services named (all when none is), after
/// checking the names.
fn selected(ctx: &Context, project: &mut Project, services: &[String]) -> Result<(ContainerStore, Vec<ContainerRecord>)> {
    project.select(services)?;
    let store = ContainerStore::open(&ctx.paths);
    let containers = project_containers::of_services(&store, project, services)?;
    Ok((store, containers))
}

fn config(project_args: &ComposeProjectArgs, args: ComposeConfigArgs) -> Result<i32> {
    let skip = SkipSteps {
        interpolation: args.no_interpolate,
        normalisation: args.no_normalize,
        path_resolution: args.no_path_resolution,
        env_resolution: args.no_env_resolution,
        consistency: args.no_consistency,
    };
    if args.variables {
        // The variables are seen in the files as written.
        let written = compose::load::load_as_written(&load_options(project_args, SkipSteps { interpolation: true, normalisation: true, ..skip })?)?;
        let mut found = std::collections::BTreeMap::new();
        compose::interpolate::variables_used(&serde_json::Value::Object(written), &mut found);
        if args.format == ComposeConfigFormat::Json {
            output::json(&found);
            return Ok(0);
        }
        let mut table = Table::new(&["NAME", "REQUIRED", "DEFAULT VALUE", "ALTERNATE VALUE"]);
        for variable in found.into_values() {
            table.row(vec![variable.name, variable.required.to_string(), variable.default, variable.alternate]);
        }
        table.print();
        return Ok(0);
    }
    if args.no_interpolate || args.no_normalize {
        if !args.service_names.is_empty() {
            // As docker compose: the model as written is not a project to select from.
            output::warn("service filtering is not applied when --no-interpolate or --no-normalize is set, the full model will be rendered");
        }
        let written = compose::load::load_as_written(&load_options(project_args, skip)?)?;
        return print_model(&written, &args);
    }
    let mut project = load(project_args, skip)?;
    let project = &mut project;
    if args.environment {
        for (key, value) in &project.variables {
            output::line(&format!("{key}={value}"));
        }
        return Ok(0);
    }
    project.select(&args.service_names)?;
    if !args.service_names.is_empty() {
        let wanted = project.with_dependencies(&args.service_names, false);
        project.model.services.retain(|name, _| wanted.contains(name));
        if !project_args.all_resources {
            project.set_aside_unused_resources();
        }
    }
    if args.resolve_image_digests || args.lock_image_digests {
        pin_image_digests(project)?;
    }
    if args.lock_image_digests {
        // An override file: each service's pinned image, nothing else (no
        // name either, so that it overrides any project's).
        let services: serde_json::Map<String, serde_json::Value> =
            project.model.services.iter().filter_map(|(name, s)| Some((name.clone(), json!({ "image": s.image.clone()? })))).collect();
        return print_model(&json!({ "services": services }), &args);
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
    if let Some(wanted) = &args.hash {
        let names: Vec<&str> = if wanted == "*" { model.services.keys().map(String::as_str).collect() } else { wanted.split(',').collect() };
        for name in names {
            let service = model.services.get(name).ok_or_else(|| crate::err!("--hash {wanted}: no such service: {name}"))?;
            output::line(&format!("{name} {}", compose::up::config_hash(service)));
        }
        return Ok(0);
    }
    if let Some(lines) = listing {
        for line in lines {
            output::line(&line);
        }
        return Ok(0);
    }
    print_model(model, &args)
}

/// The model (or a part of it) in the format asked, to --output or standard output.
fn print_model<T: serde::Serialize>(model: &T, args: &ComposeConfigArgs) -> Result<i32> {
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

/// Each service's image as NAME:TAG@DIGEST, the digest its registry serves now.
fn pin_image_digests(project: &mut Project) -> Result<()> {
    let access = crate::image::registry::Access::default();
    for service in project.model.services.values_mut() {
        let Some(image) = &service.image else { continue };
        let reference = crate::image::reference::Reference::parse(image)?.normalize_docker();
        if reference.digest.is_some() {
            continue;
        }
        let digest = crate::image::registry::current_digest(image, &access)?;
        let tagged = if reference.tag.is_some() { reference.to_string() } else { format!("{reference}:latest") };
        service.image = Some(format!("{tagged}@{digest}"));
    }
    Ok(())
}

fn viz(project: &Project, args: ComposeVizArgs) -> Result<i32> {
    if args.indentation_size < 0 {
        return Err(crate::err!("invalid indentation size: {}", args.indentation_size));
    }
    let unit = if args.spaces { " " } else { "\t" };
    let options = compose::viz::VizOptions {
        networks: args.networks,
        ports: args.ports,
        image: args.image,
        indentation: unit.repeat(args.indentation_size as usize),
    };
    // As docker compose: a warning on stderr, and the graph followed by an empty line.
    output::status("viz command is EXPERIMENTAL");
    output::line(&compose::viz::graph(project, &options));
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
    let options = DownOptions { remove_orphans: args.remove_orphans, volumes: args.volumes, timeout: args.timeout };
    take_down(ctx, project, &options, args.rmi)
}

/// `down` (and `wait --down-project`): stop and remove the containers,
/// then the networks, volumes (-v) and images (--rmi) that go with them.
fn take_down(ctx: &Context, project: &Project, options: &DownOptions, rmi: Option<RemoveImages>) -> Result<i32> {
    let store = ContainerStore::open(&ctx.paths);
    let containers = project_containers::stop_for_down(&store, project, options, &output::ComposeProgress)?;
    // Container files belong to subordinate ids: only root in the user
    // namespace may delete them.
    userns::enter_if_rootless()?;
    project_containers::remove_down(&ctx.paths, &store, project, &containers, options, &output::ComposeProgress)?;
    if let Some(which) = rmi {
        let which = match which {
            RemoveImages::Local => project_containers::ProjectImages::Built,
            RemoveImages::All => project_containers::ProjectImages::All,
        };
        project_containers::remove_images(&ctx.paths, project, which, &output::ComposeProgress)?;
    }
    Ok(0)
}

fn ps(ctx: &Context, project: &mut Project, args: ComposePsArgs) -> Result<i32> {
    let (store, containers) = selected(ctx, project, &args.service_names)?;
    let mut containers: Vec<ContainerRecord> = containers;
    if args.orphans && args.service_names.is_empty() {
        containers.extend(project_containers::orphans(&store, project)?);
    }
    if args.all {
        let oneoffs = project_containers::of_project(&store, &project.name)?.into_iter().filter(project_containers::is_oneoff);
        containers.extend(oneoffs.filter(|c| args.service_names.is_empty() || args.service_names.iter().any(|s| s == service_of(c))));
    } else {
        containers.retain(|c| c.status == ContainerStatus::Running);
    }
    let mut statuses = args.status.clone();
    for filter in &args.filter {
        match filter.split_once('=') {
            Some(("status", state)) => statuses.push(state.to_string()),
            _ => return Err(crate::err!("invalid --filter {filter:?}: docker compose filters by status=STATE only")),
        }
    }
    for status in &statuses {
        if !["created", "running", "paused", "exited"].contains(&status.as_str()) {
            return Err(crate::err!("invalid --status {status:?}: use created, running, paused or exited"));
        }
    }
    if !statuses.is_empty() {
        containers.retain(|c| statuses.iter().any(|s| s == c.state()));
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
                let command =
                    if !args.no_trunc && command.chars().count() > 20 { format!("{}…", command.chars().take(19).collect::<String>()) } else { command };
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
        "State": c.state(),
        "Status": store.status_text(c),
        "Health": health,
        "ExitCode": c.exit_code.unwrap_or(0),
        "Ports": crate::runtime::ports::summary(&c.config.ports),
        "Publishers": c.config.ports.iter().map(|p| json!({
            "URL": p.host_ip, "TargetPort": p.container_port, "PublishedPort": p.host_port, "Protocol": p.protocol,
        })).collect::<Vec<_>>(),
        "Labels": c.config.labels,
    })
}

fn logs(ctx: &Context, project: &mut Project, args: ComposeLogsArgs, ansi: ComposeAnsi) -> Result<i32> {
    let tail = match args.tail.as_deref() {
        None | Some("all") => None,
        Some(n) => Some(n.parse::<usize>().map_err(|_| crate::err!("invalid --tail {n:?}: use a number or all"))?),
    };
    let (store, mut containers) = selected(ctx, project, &args.service_names)?;
    if let Some(index) = args.index {
        containers.retain(|c| project_containers::number_of(c) == index);
    }
    let now = std::time::SystemTime::now();
    let since = crate::time::parse_flag_point(args.period.since.as_deref(), "--since", now)?;
    let until = crate::time::parse_flag_point(args.period.until.as_deref(), "--until", now)?;
    let style = LogStyle { colour: colour(args.no_color, ansi), prefix: !args.no_log_prefix, timestamps: args.timestamps, since, until };
    let mut follower = Follower::new(&store, project, &containers, style, tail);
    while args.follow && follower.poll(&store) {
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    Ok(0)
}

#[derive(Debug, Clone, Copy)]
struct LogStyle {
    colour: Colour,
    prefix: bool,
    timestamps: bool,
    /// Only entries from this time on
    since: Option<std::time::SystemTime>,
    /// Only entries up to this time
    until: Option<std::time::SystemTime>,
}

/// When the services' output is coloured.
#[derive(Debug, Clone, Copy)]
enum Colour {
    Never,
    Always,
    OnTerminal,
}

/// `--no-color` wins over `--ansi`.
fn colour(no_color: bool, ansi: ComposeAnsi) -> Colour {
    match ansi {
        _ if no_color => Colour::Never,
        ComposeAnsi::Never => Colour::Never,
        ComposeAnsi::Always => Colour::Always,
        ComposeAnsi::Auto => Colour::OnTerminal,
    }
}

/// The output of several containers as `logs` and a foreground `up` show
/// it: each line after its container's prefix.
struct Follower {
    /// Container id, prefix, how far its log was read
    logs: Vec<(String, String, u64)>,
    style: LogStyle,
}

impl Follower {
    /// Show what the containers wrote so far (the last `tail` lines of each).
    fn new(store: &ContainerStore, project: &Project, containers: &[ContainerRecord], style: LogStyle, tail: Option<usize>) -> Follower {
        let names: Vec<String> = containers.iter().map(|c| c.name.strip_prefix(&format!("{}-", project.name)).unwrap_or(&c.name).to_string()).collect();
        let width = names.iter().map(|p| p.chars().count()).max().unwrap_or(0);
        let colour = match style.colour {
            Colour::Never => false,
            Colour::Always => true,
            Colour::OnTerminal => nix::unistd::isatty(std::io::stdout()).unwrap_or(false),
        };
        let mut logs = Vec::new();
        for (i, (c, name)) in containers.iter().zip(&names).enumerate() {
            let prefix = log_prefix(name, width, i, colour, !style.prefix);
            let path = log_path(&store.container_dir(&c.id));
            let offset = crate::container::logs::print_last(&path, tail, &|e: &Entry| show_entry(&prefix, e, style));
            logs.push((c.id.clone(), prefix, offset));
        }
        Follower { logs, style }
    }

    /// Show what they wrote since; whether any of them still runs.
    fn poll(&mut self, store: &ContainerStore) -> bool {
        let mut any_running = false;
        for (id, prefix, offset) in self.logs.iter_mut() {
            any_running |= store.lookup(id).map(|r| r.status == ContainerStatus::Running).unwrap_or(false);
            let path = log_path(&store.container_dir(id));
            *offset = crate::container::logs::print_from(&path, *offset, &|e: &Entry| show_entry(prefix, e, self.style));
        }
        any_running
    }
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

fn show_entry(prefix: &str, entry: &Entry, style: LogStyle) {
    if style.since.is_some_and(|s| entry.time < s) || style.until.is_some_and(|u| entry.time > u) {
        return;
    }
    let stamp = if style.timestamps { format!("{} ", entry.time_text) } else { String::new() };
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
    let mut names = Vec::new();
    for filter in &args.filter {
        match filter.split_once('=') {
            Some(("name", name)) => names.push(name),
            _ => return Err(crate::err!("invalid --filter {filter:?}: docker compose filters projects by name=NAME only")),
        }
    }
    let projects: Vec<_> = project_containers::projects(&store)?
        .into_iter()
        .filter(|p| args.all || p.running > 0)
        .filter(|p| names.iter().all(|name| p.name.contains(name)))
        .collect();
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

fn up_options(args: &ComposeCreateArgs, services: &[String], no_deps: bool, start: bool, timeout: Option<u64>) -> Result<compose::up::UpOptions> {
    use compose::build::BuildPolicy;
    use compose::up::Recreate;
    let scale = replica_counts(&args.scale, "--scale ")?;
    Ok(compose::up::UpOptions {
        services: services.to_vec(),
        no_deps,
        recreate: if args.force_recreate { Recreate::Always } else if args.no_recreate { Recreate::Never } else { Recreate::Changed },
        remove_orphans: args.remove_orphans,
        scale,
        pull: args.pull.map(pull_policy),
        start,
        timeout,
        build: if args.build { BuildPolicy::Always } else if args.no_build { BuildPolicy::Never } else { BuildPolicy::Missing },
        recreate_dependencies: false,
        renew_anonymous_volumes: false,
        all_resources: false,
    })
}

/// `SERVICE=N` values (`up --scale`, `scale`), each checked; `what` names
/// them in errors.
fn replica_counts(values: &[String], what: &str) -> Result<std::collections::BTreeMap<String, u32>> {
    let mut counts = std::collections::BTreeMap::new();
    for value in values {
        let (service, count) = value.split_once('=').filter(|(s, _)| !s.is_empty()).ok_or_else(|| crate::err!("invalid {what}{value:?}: use SERVICE=N"))?;
        let count: u32 = count.parse().map_err(|_| crate::err!("invalid {what}{value:?}: N must be a number"))?;
        counts.insert(service.to_string(), count);
    }
    Ok(counts)
}

/// `compose scale SERVICE=N...`: as `up -d --scale` of those services
/// (their dependencies started unless --no-deps), never building.
fn scale(ctx: &Context, project: &mut Project, args: ComposeScaleArgs) -> Result<i32> {
    let scale = replica_counts(&args.replicas, "scale specifier ")?;
    let services: Vec<String> = scale.keys().cloned().collect();
    project.select(&services)?;
    let options = compose::up::UpOptions {
        services,
        no_deps: args.no_deps,
        scale,
        start: true,
        build: compose::build::BuildPolicy::Never,
        ..Default::default()
    };
    let pull = crate::output::progress::TransferProgress::new(false);
    compose::up::up(&ctx.paths, project, &options, &output::ComposeProgress, &build_reporters(&pull, false, false))?;
    Ok(0)
}

fn pull_policy(policy: ComposePull) -> crate::image::pull_policy::PullPolicy {
    match policy {
        ComposePull::Always => crate::image::pull_policy::PullPolicy::Always,
        ComposePull::Missing => crate::image::pull_policy::PullPolicy::Missing,
        ComposePull::Never => crate::image::pull_policy::PullPolicy::Never,
    }
}

/// Build steps go to standard error, so that standard output keeps only
/// what the command itself prints.
fn build_reporters<'a>(pull: &'a crate::output::progress::TransferProgress, no_cache: bool, pull_always: bool) -> compose::build::BuildReporters<'a> {
    compose::build::BuildReporters { step: &output::status, pull, no_cache, pull_always, ssh: Vec::new() }
}

/// `compose watch`: the services brought up (unless --no-up), then their
/// watch rules followed until Ctrl-C or SIGTERM; the containers keep running.
fn watch(ctx: &Context, project: &mut Project, args: ComposeWatchArgs) -> Result<i32> {
    project.select(&args.service_names)?;
    // The rules are checked before anything is brought up.
    compose::watch::check(project, &args.service_names)?;
    let pull = crate::output::progress::TransferProgress::new(args.quiet);
    let mut builds = build_reporters(&pull, false, false);
    if args.quiet {
        builds.step = &silent_step;
    }
    if !args.no_up {
        compose::watch::build_when_brought_up(project, &args.service_names);
        let options = compose::up::UpOptions { services: args.service_names.clone(), start: true, ..Default::default() };
        compose::up::up(&ctx.paths, project, &options, &output::ComposeProgress, &builds)?;
    }
    stop_signals::catch()?;
    let options = compose::watch::WatchOptions { services: args.service_names, prune: args.prune };
    let log = WatchLines { prefix: String::new() };
    compose::watch::watch(&ctx.paths, project, &options, &log, &output::ComposeProgress, &builds, &mut stop_signals::caught)?;
    Ok(0)
}

/// Watch's lines on standard output, after `prefix` (a foreground `up
/// --watch` lines them up with the services' output); its errors as
/// warnings.
struct WatchLines {
    prefix: String,
}

impl compose::watch::WatchLog for WatchLines {
    fn log(&self, message: &str) {
        output::line(&format!("{}{message}", self.prefix));
    }

    fn error(&self, message: &str) {
        output::warn(message);
    }
}

/// Ctrl-C and SIGTERM while watching: noted, so that watch ends between
/// two actions. A handler rather than a blocked signal: the processes
/// watch starts (restarted containers, commands run in them) must not
/// inherit a blocked mask, and exec resets a handler.
mod stop_signals {
    use std::sync::atomic::{AtomicBool, Ordering};

    static CAUGHT: AtomicBool = AtomicBool::new(false);

    extern "C" fn note(_: libc::c_int) {
        CAUGHT.store(true, Ordering::SeqCst);
    }

    pub fn catch() -> crate::error::Result<()> {
        use nix::sys::signal::{sigaction, SaFlags, SigAction, SigHandler, SigSet, Signal};
        // SA_RESTART: the work between two polls is not cut short; poll itself still wakes.
        let action = SigAction::new(SigHandler::Handler(note), SaFlags::SA_RESTART, SigSet::empty());
        for signal in [Signal::SIGINT, Signal::SIGTERM] {
            // SAFETY: the handler only stores to an atomic.
            unsafe { sigaction(signal, &action) }.map_err(|e| crate::err!("catch {signal}: {e}"))?;
        }
        Ok(())
    }

    pub fn caught() -> bool {
        CAUGHT.load(Ordering::SeqCst)
    }
}

/// A foreground `up --watch`: the output of the `shown` services'
/// containers (their new ones once a rebuild replaced them) while watch
/// follows the rules, until Ctrl-C or SIGTERM stops every container.
#[allow(clippy::too_many_arguments)]
fn watch_attached(
    ctx: &Context,
    store: &ContainerStore,
    project: &Project,
    services: &[String],
    shown: &[ContainerRecord],
    style: LogStyle,
    timeout: Option<u64>,
    builds: &compose::build::BuildReporters,
) -> Result<i32> {
    let shown_services: std::collections::BTreeSet<String> = shown.iter().map(|c| service_of(c).to_string()).collect();
    let width = shown.iter().map(|c| c.name.strip_prefix(&format!("{}-", project.name)).unwrap_or(&c.name).chars().count()).max().unwrap_or(0);
    let log = WatchLines { prefix: format!("{}⦿ ", " ".repeat(width + 2)) };
    let mut followed: Vec<String> = shown.iter().map(|c| c.id.clone()).collect();
    let mut follower = Follower::new(store, project, shown, style, None);
    let mut tick = || {
        // A rebuild replaces containers: follow the new ones from their start.
        let now: Vec<ContainerRecord> = project_containers::of_services(store, project, &[])
            .unwrap_or_default()
            .into_iter()
            .filter(|c| shown_services.contains(service_of(c)))
            .collect();
        let ids: Vec<String> = now.iter().map(|c| c.id.clone()).collect();
        if !ids.is_empty() && ids != followed {
            follower.poll(store);
            follower = Follower::new(store, project, &now, style, Some(0));
            followed = ids;
        }
        follower.poll(store);
        stop_signals::caught()
    };
    stop_signals::catch()?;
    // As docker compose's up --watch: the images a rebuild replaces are kept.
    let options = compose::watch::WatchOptions { services: services.to_vec(), prune: false };
    compose::watch::watch(&ctx.paths, project, &options, &log, &output::ComposeProgress, builds, &mut tick)?;
    output::status("Gracefully stopping... (press Ctrl+C again to force)");
    let current = project_containers::of_services(store, project, services)?;
    project_containers::stop(store, project, current, timeout, &output::ComposeProgress)?;
    Ok(130)
}

fn up(ctx: &Context, project: &mut Project, args: ComposeUpArgs, ansi: ComposeAnsi, all_resources: bool) -> Result<i32> {
    project.select(&args.service_names)?;
    if args.watch {
        // docker compose's checks and words.
        if args.wait {
            return Err(crate::err!("--wait cannot be combined with --abort-on-container-exit, --abort-on-container-failure, --attach, --attach-dependencies or --watch"));
        }
        if args.detach {
            return Err(crate::err!("--detach cannot be combined with --abort-on-container-exit, --abort-on-container-failure, --attach, --attach-dependencies or --watch"));
        }
        if args.create.no_build {
            return Err(crate::err!("--no-build and --watch are incompatible"));
        }
        compose::watch::check(project, &args.service_names)?;
    }
    if let Some(service) = &args.exit_code_from {
        if !project.model.services.contains_key(service) {
            return Err(crate::err!("--exit-code-from {service}: no such service: {service}"));
        }
    }
    for service in args.attach.iter().chain(&args.no_attach) {
        if !project.model.services.contains_key(service) {
            return Err(crate::err!("no such service: {service}"));
        }
    }
    let mut options = up_options(&args.create, &args.service_names, args.no_deps, !args.no_start, args.timeout)?;
    options.recreate_dependencies = args.always_recreate_deps;
    options.renew_anonymous_volumes = args.renew_anon_volumes;
    options.all_resources = all_resources;
    let pull = crate::output::progress::TransferProgress::new(args.create.quiet_pull);
    let containers = compose::up::up(&ctx.paths, project, &options, &output::ComposeProgress, &build_reporters(&pull, false, false))?;
    let store = ContainerStore::open(&ctx.paths);
    // A dry run started nothing to wait for or attach to.
    if args.no_start || output::ComposeProgress.dry_run() {
        return Ok(0);
    }
    if args.wait {
        compose::up::wait_until_ready(&store, &containers, std::time::Duration::from_secs(args.wait_timeout))?;
        return Ok(0);
    }
    if args.detach {
        return Ok(0);
    }
    let abort = if args.abort_on_container_failure {
        Abort::OnFailure
    } else if args.abort_on_container_exit || args.exit_code_from.is_some() {
        Abort::OnExit
    } else {
        Abort::Never
    };
    let style = LogStyle { colour: colour(args.no_color, ansi), prefix: !args.no_log_prefix, timestamps: args.timestamps, since: None, until: None };
    // As docker compose: the services named (and with --attach-dependencies
    // those they depend on), else those --attach names, else all.
    let attached: Vec<String> = if !args.attach.is_empty() {
        args.attach.clone()
    } else if args.attach_dependencies {
        project.with_dependencies(&args.service_names, false).into_iter().collect()
    } else {
        args.service_names.clone()
    };
    let shown: Vec<ContainerRecord> = containers
        .iter()
        .filter(|c| attached.is_empty() || attached.iter().any(|s| s == service_of(c)))
        .filter(|c| !args.no_attach.iter().any(|s| s == service_of(c)))
        .cloned()
        .collect();
    if args.watch {
        let builds = build_reporters(&pull, false, false);
        return watch_attached(ctx, &store, project, &args.service_names, &shown, style, args.timeout, &builds);
    }
    attach_until_exit(&store, project, &containers, &shown, style, abort, args.exit_code_from.as_deref(), args.timeout)
}

/// When a foreground `up` stops every container.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Abort {
    Never,
    /// `--abort-on-container-exit`, `--exit-code-from`: when one exits
    OnExit,
    /// `--abort-on-container-failure`: when one exits with a non-zero status
    OnFailure,
}

/// A foreground `up`: the output of the `shown` containers until they all
/// exit (or, as `abort` says, one does); Ctrl-C or SIGTERM stops them, as
/// docker compose does.
#[allow(clippy::too_many_arguments)]
fn attach_until_exit(
    store: &ContainerStore,
    project: &Project,
    containers: &[ContainerRecord],
    shown: &[ContainerRecord],
    style: LogStyle,
    abort: Abort,
    exit_code_from: Option<&str>,
    timeout: Option<u64>,
) -> Result<i32> {
    use nix::sys::signal::{SigSet, Signal};
    use nix::sys::signalfd::{SfdFlags, SignalFd};
    // Blocked only now: the monitors started above must not inherit it.
    let mut signals = SigSet::empty();
    signals.add(Signal::SIGINT);
    signals.add(Signal::SIGTERM);
    signals.thread_block().map_err(|e| crate::err!("block signals: {e}"))?;
    let signal_fd = SignalFd::with_flags(&signals, SfdFlags::SFD_NONBLOCK).map_err(|e| crate::err!("signalfd: {e}"))?;
    let mut follower = Follower::new(store, project, shown, style, None);
    let mut reported = std::collections::BTreeSet::new();
    let ids: Vec<String> = containers.iter().map(|c| c.id.clone()).collect();
    let current = || ids.iter().filter_map(|id| store.lookup(id).ok()).collect::<Vec<_>>();
    loop {
        follower.poll(store);
        let running = current().iter().any(|c| c.status == ContainerStatus::Running);
        if let Ok(Some(_)) = signal_fd.read_signal() {
            output::status("Gracefully stopping... (press Ctrl+C again to force)");
            let _ = signals.thread_unblock();
            project_containers::stop(store, project, current(), timeout, &output::ComposeProgress)?;
            return Ok(130);
        }
        let now = current();
        let exited: Vec<&ContainerRecord> = now.iter().filter(|c| c.status == ContainerStatus::Exited).collect();
        for c in &exited {
            if reported.insert(c.id.clone()) {
                let short = c.name.strip_prefix(&format!("{}-", project.name)).unwrap_or(&c.name);
                output::status(&format!("{short} exited with code {}", c.exit_code.unwrap_or(0)));
            }
        }
        let first_to_abort = exited.iter().find(|c| match abort {
            Abort::Never => false,
            Abort::OnExit => true,
            Abort::OnFailure => c.exit_code.unwrap_or(0) != 0,
        });
        if let Some(first) = first_to_abort {
            let first_code = first.exit_code.unwrap_or(0);
            output::status("Aborting on container exit...");
            project_containers::stop(store, project, now.clone(), timeout, &output::ComposeProgress)?;
            let code = match exit_code_from {
                Some(service) => current().iter().find(|c| service_of(c) == service).and_then(|c| c.exit_code).unwrap_or(0),
                None => first_code,
            };
            return Ok(code);
        }
        if !running && exited.len() == now.len() {
            return Ok(0);
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
}

fn build(ctx: &Context, project: &mut Project, args: ComposeBuildArgs) -> Result<i32> {
    project.select(&args.service_names)?;
    let names: Vec<String> = project.with_dependencies(&args.service_names, !args.with_dependencies).into_iter().collect();
    for value in &args.build_arg {
        let (key, given) = value.split_once('=').ok_or_else(|| crate::err!("invalid --build-arg {value:?}: use KEY=VALUE"))?;
        for build in project.model.services.values_mut().filter_map(|s| s.build.as_mut()) {
            build.args.insert(key.to_string(), Some(given.to_string()));
        }
    }
    if args.print {
        let options = compose::build::BakeOptions { pull: args.pull, no_cache: args.no_cache, push: args.push };
        let bake = compose::build::bake_file(project, &names, &options);
        let text = serde_json::to_string_pretty(&bake).map_err(|e| crate::err!("the bake file as JSON: {e}"))?;
        // Go's encoder (docker compose's) writes <, > and & escaped.
        output::line(&text.replace('<', "\\u003c").replace('>', "\\u003e").replace('&', "\\u0026"));
        return Ok(0);
    }
    if args.check {
        return check_builds(ctx, project, &names);
    }
    let pull = crate::output::progress::TransferProgress::new(args.quiet);
    let mut reporters = build_reporters(&pull, args.no_cache, args.pull);
    reporters.ssh = args.ssh.clone();
    if args.quiet {
        reporters.step = &silent_step;
    }
    for name in names {
        let service = &project.model.services[&name];
        if service.build.is_none() {
            continue;
        }
        output::ComposeProgress.report("Service", &name, "Building");
        compose::build::build_service(&ctx.paths, project, &name, service, &reporters)?;
        output::ComposeProgress.report("Service", &name, "Built");
        if let (true, Some(image)) = (args.push, &service.image) {
            push_image(&ctx.paths, image, &pull)?;
        }
    }
    Ok(0)
}

/// `compose build --check`: docker compose runs `buildx bake --call lint`,
/// which prints each target's checks under its name, targets in name order,
/// and exits 1 if any found something.
fn check_builds(ctx: &Context, project: &Project, names: &[String]) -> Result<i32> {
    let mut sorted: Vec<&String> = names.iter().filter(|name| project.model.services[*name].build.is_some()).collect();
    sorted.sort();
    let mut reports = Vec::new();
    let mut found = false;
    for name in sorted {
        let checked = compose::build::check_service(&ctx.paths, name, &project.model.services[name])?;
        found |= !checked.warnings.is_empty();
        reports.push(format!("{name}\n\n{}", output::build_check(&checked)));
    }
    output::line(reports.join("\n").trim_end_matches('\n'));
    Ok(i32::from(found))
}

/// A build step not shown (`build -q`, `run --quiet-build`).
fn silent_step(_: &str) {}

/// `compose run`: the service's dependencies brought up (unless
/// --no-deps), its image built when missing (or always with --build),
/// then a one-off container of it, in the foreground or detached.
fn run_oneoff(ctx: &Context, project: &mut Project, args: ComposeRunArgs) -> Result<i32> {
    project.select(std::slice::from_ref(&args.service))?;
    let name = args.service.clone();
    let service = project.model.services[&name].clone();
    let mut options = compose::up::create_options(project, &name, &service, args.pull.map(pull_policy))?;
    let mut labels = compose::up::for_replica(project, &name, &service, &options, 1, true);
    if let Some(given) = &args.name {
        labels.name = Some(given.clone());
    }
    options = labels;
    if !args.command.is_empty() {
        options.command = args.command.clone();
    }
    if let Some(entrypoint) = &args.entrypoint {
        options.entrypoint = Some(shell_words::split(entrypoint).map_err(|e| crate::err!("invalid --entrypoint {entrypoint:?}: {e}"))?);
    }
    // As docker compose: --env-from-file first, -e over it.
    options.env.extend(crate::container::create::parse::env(&args.env, &args.env_from_file)?);
    options.labels.extend(crate::container::create::parse::labels(&args.labels)?);
    if args.user.is_some() {
        options.user = args.user.clone();
    }
    if args.workdir.is_some() {
        options.workdir = args.workdir.clone();
    }
    if !args.service_ports {
        options.ports.clear();
    }
    options.ports.extend(crate::container::create::parse::publish(&args.publish)?);
    options.cap_add.extend(args.cap_add.iter().cloned());
    options.cap_drop.extend(args.cap_drop.iter().cloned());
    let (mounts, tmpfs) = crate::container::create::parse::mounts(&args.volumes, &[])?;
    options.mounts.extend(mounts);
    options.tmpfs.extend(tmpfs);
    // As docker compose: a one-off answers to the service's name and
    // aliases only with --use-aliases.
    if !args.use_aliases {
        options.network_aliases.clear();
        options.more_networks.iter_mut().for_each(|network| network.aliases.clear());
    }
    // A one-off runs once: no restart policy.
    options.restart = Default::default();
    options.auto_remove = args.rm;
    options.interactive = !args.detach && args.interactive;
    options.tty = !args.detach && !args.no_tty && nix::unistd::isatty(std::io::stdin()).unwrap_or(false);
    let pull = crate::output::progress::TransferProgress::new(args.quiet_pull || args.quiet);
    let mut builds = build_reporters(&pull, false, false);
    if args.quiet_build || args.quiet {
        builds.step = &silent_step;
    }
    let progress: &dyn project_containers::Progress = if args.quiet { &output::QuietComposeProgress } else { &output::ComposeProgress };
    if args.remove_orphans {
        let store = ContainerStore::open(&ctx.paths);
        let orphans = project_containers::orphans(&store, project)?;
        project_containers::stop(&store, project, orphans.clone(), None, progress)?;
        project_containers::remove(&ctx.paths, &store, &orphans, true, false, progress)?;
    }
    let dependencies: Vec<String> = project.with_dependencies(std::slice::from_ref(&name), false).into_iter().filter(|d| *d != name).collect();
    if !args.no_deps && !dependencies.is_empty() {
        let up_options = compose::up::UpOptions { services: dependencies, start: true, pull: args.pull.map(pull_policy), ..Default::default() };
        compose::up::up(&ctx.paths, project, &up_options, progress, &builds)?;
    }
    compose::up::ensure_resources(&ctx.paths, project, &std::iter::once(name.clone()).collect(), progress)?;
    let policy = if args.build { compose::build::BuildPolicy::Always } else { compose::build::BuildPolicy::Missing };
    if compose::build::needs_build(&ctx.paths, project, &name, &service, policy)? {
        progress.report("Service", &name, "Building");
        compose::build::build_service(&ctx.paths, project, &name, &service, &builds)?;
        progress.report("Service", &name, "Built");
    }
    let record = crate::container::run::create_to_start(&ctx.paths, &options, &pull)?;
    let store = ContainerStore::open(&ctx.paths);
    if args.detach {
        crate::container::run::start_detached(&ctx.paths, &record)?;
        project_containers::run_hooks(&store, project, &record, project_containers::Hooks::PostStart)?;
        output::line(&record.name);
        return Ok(0);
    }
    let hooks = project_containers::post_start_hooks_when_running(&store, project, &record)?;
    let ran = crate::container::run::run_foreground(&ctx.paths, record, &crate::container::run::ForegroundOptions::default());
    // As docker compose: a failed hook is the error of a run that had none.
    match (ran, hooks.map(ChildWork::wait)) {
        (Ok(0), Some(Err(e))) => Err(e),
        (ran, _) => ran,
    }
}

/// `compose exec`: the command in the service's `--index`th container,
/// interactive, with a terminal when standard input is one (unless -T).
fn exec(ctx: &Context, project: &mut Project, args: ComposeExecArgs) -> Result<i32> {
    let (store, record) = replica(ctx, project, &args.service, args.index)?;
    if store.live_pid(&record.id).is_none() {
        return Err(crate::err!("service {:?} is not running: container {} is {}", args.service, record.name, record.status.as_str()));
    }
    let options = crate::container::exec::ExecOptions {
        container: record.id.clone(),
        command: args.command,
        env: crate::container::create::parse::env(&args.env, &[])?,
        workdir: args.workdir,
        user: args.user,
        tty: !args.detach && !args.no_tty && nix::unistd::isatty(std::io::stdin()).unwrap_or(false),
        interactive: !args.detach,
        privileged: args.privileged,
        preserve_fds: 0,
    };
    let prepared = crate::container::exec::prepare(&ctx.paths, &options)?;
    if args.detach {
        prepared.start_detached()?;
        return Ok(0);
    }
    // docker compose exec has no --detach-keys: docker's default keys.
    prepared.run_foreground(&crate::container::attach::parse_detach_keys(crate::container::attach::DEFAULT_DETACH_KEYS)?)
}

/// The service's `index`th container.
fn replica(ctx: &Context, project: &mut Project, service: &str, index: u32) -> Result<(ContainerStore, ContainerRecord)> {
    let (store, containers) = selected(ctx, project, &[service.to_string()])?;
    let record = containers
        .into_iter()
        .find(|c| project_containers::number_of(c) == index)
        .ok_or_else(|| crate::err!("service {service:?} has no container with index {index}"))?;
    Ok((store, record))
}

/// `compose port`: HOST_IP:HOST_PORT of a published port, as docker
/// compose prints it (0.0.0.0 when published on every address).
fn port(ctx: &Context, project: &mut Project, args: ComposePortArgs) -> Result<i32> {
    let (_, record) = replica(ctx, project, &args.service, args.index)?;
    let protocol = match args.protocol {
        ComposeProtocol::Tcp => "tcp",
        ComposeProtocol::Udp => "udp",
    };
    let mapping = record
        .config
        .ports
        .iter()
        .find(|p| p.container_port == args.private_port && p.protocol == protocol)
        .ok_or_else(|| crate::err!("no port {}/{protocol} for container {}", args.private_port, record.name))?;
    let host = if mapping.host_ip.is_empty() { "0.0.0.0" } else { mapping.host_ip.as_str() };
    output::line(&format!("{host}:{}", mapping.host_port));
    Ok(0)
}

/// `compose images`: the image of each of the project's containers.
fn images(ctx: &Context, project: &mut Project, args: ComposeImagesArgs) -> Result<i32> {
    let (_, containers) = selected(ctx, project, &args.service_names)?;
    let store = crate::image::ImageStore::open(&ctx.paths)?;
    let mut rows = Vec::new();
    for c in &containers {
        let image = store.lookup(&c.image_id).ok();
        let name = image.as_ref().and_then(|i| i.names.first().cloned()).unwrap_or_else(|| c.image_name.clone());
        let (repository, tag) = crate::image::reference::repository_and_tag(&name);
        rows.push((c, repository, tag, image.map(|i| i.size).unwrap_or(0)));
    }
    if args.quiet {
        let ids: std::collections::BTreeSet<&str> = containers.iter().map(|c| c.image_id.as_str()).collect();
        ids.into_iter().for_each(output::line);
        return Ok(0);
    }
    match args.format.as_deref() {
        None | Some("table") => {
            let mut table = Table::new(&["CONTAINER", "REPOSITORY", "TAG", "IMAGE ID", "SIZE"]);
            for (c, repository, tag, size) in &rows {
                table.row(vec![c.name.clone(), repository.clone(), tag.clone(), c.image_id[..12].to_string(), output::human_size(*size)]);
            }
            table.print();
        }
        Some("json") => {
            let values: Vec<_> = rows
                .iter()
                .map(|(c, repository, tag, size)| json!({"ID": format!("sha256:{}", c.image_id), "ContainerName": c.name, "Repository": repository, "Tag": tag, "Size": size}))
                .collect();
            output::json(&values);
        }
        Some(other) => return Err(crate::err!("invalid --format {other:?}: use table or json")),
    }
    Ok(0)
}

/// `compose top`: each running container's name, then its processes.
fn top(ctx: &Context, project: &mut Project, args: ComposeServicesArgs) -> Result<i32> {
    let (store, containers) = selected(ctx, project, &args.service_names)?;
    for c in containers.iter().filter(|c| store.live_pid(&c.id).is_some()) {
        output::line(&c.name);
        match crate::container::top::top(&ctx.paths, c, &[])? {
            crate::container::top::TopOutput::Table { headers, rows } => {
                let mut table = Table::new(&headers);
                rows.into_iter().for_each(|row| table.row(row));
                table.print();
            }
            crate::container::top::TopOutput::Ps(lines) => lines.iter().for_each(|l| output::line(l)),
        }
        output::line("");
    }
    Ok(0)
}

/// `compose wait`: the exit status of the first of the services'
/// containers to stop is the command's.
fn wait(ctx: &Context, project: &mut Project, args: ComposeWaitArgs) -> Result<i32> {
    let (store, containers) = selected(ctx, project, &args.service_names)?;
    if containers.is_empty() {
        return Err(crate::err!("no containers for project {:?}", project.name));
    }
    let code = project_containers::wait_first_exit(&store, &containers)?;
    if args.down_project {
        take_down(ctx, project, &DownOptions::default(), None)?;
    }
    Ok(code)
}

/// `compose pull`: the images of the services, as `pull` would.
fn pull(ctx: &Context, project: &mut Project, args: ComposePullArgs) -> Result<i32> {
    project.select(&args.service_names)?;
    let names = project.with_dependencies(&args.service_names, !args.include_deps);
    // Entering the user namespace needs a single thread: before any pull.
    userns::enter_if_rootless()?;
    let images = crate::image::ImageStore::open(&ctx.paths)?;
    let progress = crate::output::progress::TransferProgress::new(args.quiet);
    let access = crate::image::registry::Access::default();
    let policy = match args.policy {
        ComposePullPolicy::Always => crate::image::pull_policy::PullPolicy::Always,
        ComposePullPolicy::Missing => crate::image::pull_policy::PullPolicy::Missing,
    };
    for name in names {
        let service = &project.model.services[&name];
        let Some(image) = &service.image else { continue };
        if service.build.is_some() && args.ignore_buildable {
            continue;
        }
        let platform = crate::image::registry::manifest::Platform::parse_or_host(service.platform.as_deref())?;
        output::ComposeProgress.report("Image", image, "Pulling");
        if output::ComposeProgress.dry_run() {
            output::ComposeProgress.report("Image", image, "Pulled");
            continue;
        }
        match crate::image::pull_policy::pull_if_needed(&images, image, policy, &access, &platform, &progress) {
            Ok(_) => output::ComposeProgress.report("Image", image, "Pulled"),
            // An image the project builds may well not be in any registry yet.
            Err(e) if args.ignore_pull_failures || service.build.is_some() => crate::sys::warnings::warn(&format!("{name}: {}", e.message)),
            Err(e) => return Err(e),
        }
    }
    Ok(0)
}

/// `compose push`: the images of the services that build one and name it.
fn push(ctx: &Context, project: &mut Project, args: ComposePushArgs) -> Result<i32> {
    project.select(&args.service_names)?;
    let names = project.with_dependencies(&args.service_names, !args.include_deps);
    let progress = output::progress::TransferProgress::new(args.quiet);
    for name in names {
        let service = &project.model.services[&name];
        let (Some(image), Some(_)) = (&service.image, &service.build) else { continue };
        match push_image(&ctx.paths, image, &progress) {
            Ok(()) => {}
            Err(e) if args.ignore_push_failures => crate::sys::warnings::warn(&format!("{name}: {}", e.message)),
            Err(e) => return Err(e),
        }
    }
    Ok(0)
}

/// Push a service's stored image to the registry its name names.
fn push_image(paths: &crate::paths::Paths, image: &str, progress: &output::progress::TransferProgress) -> Result<()> {
    let store = crate::image::ImageStore::open(paths)?;
    let access = crate::image::registry::Access::default();
    output::ComposeProgress.report("Image", image, "Pushing");
    let stored = store.lookup(image)?;
    let destination = crate::image::reference::Reference::parse(&crate::image::reference::normalize_new_name(image)?)?;
    crate::image::registry::push::push_to_registry(&store, &stored, &destination, &access, None, progress)?;
    output::ComposeProgress.report("Image", image, "Pushed");
    Ok(())
}

/// `compose attach`: `attach` to the service's `--index`th container.
fn attach(ctx: &Context, project: &mut Project, args: ComposeAttachArgs) -> Result<i32> {
    let (store, record) = replica(ctx, project, &args.service, args.index)?;
    crate::container::attach::refuse_unless_attachable(&record, &record.name)?;
    let detach_keys = crate::container::attach::parse_detach_keys(&args.detach_keys)?;
    let options = crate::container::attach::AttachOptions { detach_keys, close_stdin_at_eof: false };
    super::connect_terminal(&store, &record, &options, !args.no_stdin, args.sig_proxy)
}

/// `compose commit`: `commit` of the service's `--index`th container, as
/// docker compose reports it.
fn commit(ctx: &Context, project: &mut Project, args: ComposeCommitArgs) -> Result<i32> {
    let (_, record) = replica(ctx, project, &args.service, args.index)?;
    let options = crate::container::commit::CommitOptions {
        container: record.id.clone(),
        image: args.image,
        author: args.author,
        message: args.changes.message,
        changes: args.changes.change,
        pause: args.pause,
        // Docker's commit, which docker compose calls, writes Docker images.
        docker_format: true,
        include_volumes: false,
        squash: false,
    };
    output::ComposeProgress.report("Container", &record.name, "Committing");
    let stored = crate::container::commit::commit(&ctx.paths, &options, &output::progress::TransferProgress::new(true))?;
    output::ComposeProgress.report("Container", &record.name, &format!("Committed as sha256:{}", stored.id));
    Ok(0)
}

/// `compose export`: `export` of the service's `--index`th container.
fn export(ctx: &Context, project: &mut Project, args: ComposeExportArgs) -> Result<i32> {
    let (store, record) = replica(ctx, project, &args.service, args.index)?;
    let out = super::archive_output(args.output.as_deref())?;
    let root = crate::container::copy::container_root(&ctx.paths, &store, &record)?;
    crate::container::copy::archive_root(&root, out)?;
    Ok(0)
}

/// `compose cp`: `cp` with SERVICE:PATH standing for the service's
/// `--index`th container (every one of them with --all, into containers).
fn cp(ctx: &Context, project: &mut Project, args: ComposeCpArgs) -> Result<i32> {
    let service_side = |arg: &str| match arg.split_once(':') {
        Some((service, path)) if !service.is_empty() && !service.starts_with(['/', '.']) => Some((service.to_string(), path.to_string())),
        _ => None,
    };
    let (from, to) = (service_side(&args.source), service_side(&args.destination));
    let (service, path, into) = match (&from, &to) {
        (Some((service, path)), None) => (service.clone(), path.clone(), false),
        (None, Some((service, path))) => (service.clone(), path.clone(), true),
        (Some(_), Some(_)) => return Err(crate::err!("copying between services is not supported: copy to the host first")),
        (None, None) => return Err(crate::err!("one of SRC and DEST must be a service path, SERVICE:PATH")),
    };
    let (_, containers) = selected(ctx, project, std::slice::from_ref(&service))?;
    let targets: Vec<&ContainerRecord> = containers.iter().filter(|c| (args.all && into) || project_containers::number_of(c) == args.index).collect();
    if targets.is_empty() {
        return Err(crate::err!("service {service:?} has no container with index {}", args.index));
    }
    // docker compose's --archive keeps the source's uid and gid; without it
    // what comes in is root's in the container.
    let owner = if args.archive { Owner::FromArchive } else { Owner::Creator };
    let options = CopyOptions { owner, overwrite: false };
    for target in targets {
        let container_side = format!("{}:{path}", target.name);
        let (source, destination) = if into { (args.source.clone(), container_side) } else { (container_side, args.destination.clone()) };
        crate::container::copy::copy_between(&ctx.paths, &source, &destination, options, &mut std::io::empty(), &mut std::io::sink())?;
    }
    Ok(0)
}

/// `compose events`: the events of the project's containers from now on,
/// as docker compose prints them (or one JSON object a line).
fn events(ctx: &Context, project: &mut Project, args: ComposeEventsArgs) -> Result<i32> {
    project.select(&args.service_names)?;
    let store = ContainerStore::open(&ctx.paths);
    let services = std::cell::RefCell::new(std::collections::BTreeMap::<String, Option<String>>::new());
    // The service a container event is about, if it is one of the project's
    // wanted services; remembered, as the container may be gone by its
    // next event.
    let service_of_event = |event: &crate::events::Event| -> Option<String> {
        if event.kind != "container" {
            return None;
        }
        let mut known = services.borrow_mut();
        let service = known
            .entry(event.id.clone())
            .or_insert_with(|| {
                let record = store.lookup(&event.id).ok()?;
                (record.config.labels.get(project_containers::LABEL_PROJECT) == Some(&project.name)).then(|| service_of(&record).to_string())
            })
            .clone()?;
        (args.service_names.is_empty() || args.service_names.contains(&service)).then_some(service)
    };
    let now = std::time::SystemTime::now();
    let since = crate::time::parse_flag_point(args.period.since.as_deref(), "--since", now)?;
    let until = crate::time::parse_flag_point(args.period.until.as_deref(), "--until", now)?;
    let show = |event: &crate::events::Event| -> Result<()> {
        let time = crate::time::parse(&event.time);
        if time.is_some_and(|t| since.is_some_and(|s| t < s) || until.is_some_and(|u| t > u)) {
            return Ok(());
        }
        let Some(service) = service_of_event(event) else { return Ok(()) };
        let mut attributes = event.attributes.clone();
        attributes.insert("image".into(), event.image.clone());
        attributes.insert("name".into(), event.name.clone());
        if args.json {
            let value = json!({"time": event.time, "type": event.kind, "action": event.action, "id": event.id, "service": service, "attributes": attributes});
            output::line(&serde_json::to_string(&value)?);
        } else {
            let attributes: Vec<String> = attributes.iter().map(|(k, v)| format!("{k}={v}")).collect();
            output::line(&format!("{} {} {} {} ({})", event.time, event.kind, event.action, event.id, attributes.join(", ")));
        }
        Ok(())
    };
    let path = crate::events::log_path(&ctx.paths.data);
    // From now on, as docker compose streams them, unless --since asks for
    // past ones; --until ends the stream once it has passed.
    let mut offset = if since.is_some() { 0 } else { std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0) };
    loop {
        offset = crate::events::read_from(&path, offset, &show)?;
        if until.is_some_and(|u| std::time::SystemTime::now() > u) {
            return Ok(0);
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
}
