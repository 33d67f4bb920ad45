//! `skiff pod create|clone|ps|inspect|start|stop|restart|kill|rm|exists|prune|stats|top|logs`:
//! manage pods (see `crate::pod`).

use super::{Context, Filters, OutputFormat};
use crate::cli::{PodCloneArgs, PodCommand, PodCreateArgs, PodInheritedArgs, PodInspectArgs, PodKillArgs, PodLogsArgs, PodNamesArgs, PodPsArgs, PodRmArgs, PodSort, PodTopArgs};
use crate::container::top::TopOutput;
use crate::container::{monitor, ContainerRecord, ContainerStore};
use crate::error::{Error, Result};
use crate::output::{self, Table};
use crate::pod::{PodRecord, PodSettings, PodStatus, PodStore};
use crate::runtime::{ports, userns};
use serde_json::{json, Value};

pub fn run(ctx: &Context, command: PodCommand) -> Result<i32> {
    match command {
        PodCommand::Create(args) => create(ctx, args),
        PodCommand::Ps(args) => ps(ctx, args),
        PodCommand::Inspect(args) => inspect(ctx, args),
        PodCommand::Start(args) => each_pod(ctx, &args, false, |ctx, pod| crate::pod::lifecycle::start(&ctx.paths, pod)),
        PodCommand::Stop(args) => each_pod(ctx, &args.names, args.ignore, |ctx, pod| crate::pod::lifecycle::stop(&ctx.paths, pod, args.time.time)),
        PodCommand::Restart(args) => each_pod(ctx, &args, false, |ctx, pod| crate::pod::lifecycle::restart(&ctx.paths, pod)),
        PodCommand::Kill(args) => kill(ctx, args),
        PodCommand::Pause(args) => each_pod(ctx, &args.as_names(), false, |ctx, pod| crate::pod::lifecycle::pause(&ctx.paths, pod, true)),
        PodCommand::Unpause(args) => each_pod(ctx, &args.as_names(), false, |ctx, pod| crate::pod::lifecycle::pause(&ctx.paths, pod, false)),
        PodCommand::Rm(args) => rm(ctx, args),
        PodCommand::Exists { pod } => Ok(if PodStore::open(&ctx.paths).lookup(&pod).is_ok() { 0 } else { 1 }),
        PodCommand::Prune(args) => prune(ctx, args.force),
        // Routed to `stats` by commands::run_command.
        PodCommand::Stats(_) => unreachable!("pod stats is stats' command"),
        PodCommand::Top(args) => top(ctx, args),
        PodCommand::Logs(args) => logs(ctx, args),
        PodCommand::Clone(args) => clone(ctx, args),
    }
}

fn create(ctx: &Context, args: PodCreateArgs) -> Result<i32> {
    if !args.infra {
        return Err(crate::err!("--infra=false is not supported: a skiff pod's namespaces live in its infra process"));
    }
    let name = match (&args.name, &args.positional_name) {
        (Some(flag), Some(arg)) if flag != arg => return Err(crate::err!("the pod is named twice: --name {flag} and {arg}")),
        (name, positional) => name.clone().or_else(|| positional.clone()),
    };
    let share = crate::pod::parse_share(&args.share)?;
    if args.hostname.is_some() && !share.contains(&crate::runtime::join::SharedNamespace::Uts) {
        return Err(crate::err!("--hostname needs the pod to share its uts namespace: add uts to --share"));
    }
    let mut published = Vec::new();
    for value in &args.publish.publish {
        published.extend(ports::parse_publish(value)?);
    }
    let resolver = &args.resolver;
    crate::container::etc_files::check_flags(&resolver.dns, &resolver.add_host)?;
    if resolver.no_hosts && !resolver.add_host.is_empty() {
        return Err(crate::err!("--no-hosts and --add-host cannot be set together"));
    }
    let (sysctls, container_defaults) = inherited_settings(&args.inherited)?;
    // `--network NAME:OPTIONS`: the names join the pod's networks, the
    // options go with each.
    let mut network_names = Vec::new();
    let mut network_options = Vec::new();
    for value in &args.network {
        match crate::network::connect::parse_network_flag(value)? {
            Some(connection) => {
                network_names.push(connection.network.clone());
                network_options.push(connection);
            }
            None => network_names.push(value.clone()),
        }
    }
    let settings = PodSettings {
        labels: crate::container::create::parse::labels_with_files(&args.label, &args.label_file)?,
        hostname: args.hostname.clone(),
        share,
        network: network_names.join(","),
        network_options,
        network_ip: args.ip,
        network_ip6: args.ip6,
        network_aliases: args.network_alias.clone(),
        user_networks: Vec::new(),
        ports: published,
        infra_name: args.infra_name.clone(),
        exit_policy: crate::pod::ExitPolicy::parse(&args.exit_policy)?,
        resolver: crate::pod::PodResolver {
            dns: resolver.dns.clone(),
            dns_search: resolver.dns_search.clone(),
            dns_options: crate::container::create::parse::dns_options(&resolver.dns_option)?,
            add_host: resolver.add_host.clone(),
            no_hosts: resolver.no_hosts,
        },
        sysctls,
        mac_address: args.mac_address.clone(),
        uts_host: crate::pod::parse_uts(args.uts.as_deref().unwrap_or_default())?,
        pid_namespace: crate::pod::PodPidNamespace::parse(args.pid.as_deref().unwrap_or_default())?,
        shm_size: args.shm_size.as_deref().map(shm_size).transpose()?,
        container_defaults,
        infra_conmon_pidfile: args.infra_conmon_pidfile.as_deref().map(std::path::absolute).transpose().map_err(|e| crate::err!("resolve the --infra-conmon-pidfile path: {e}"))?,
        create_command: std::env::args().collect(),
        user_namespace: pod_user_namespace(&args.userns),
    };
    if let Some(file) = &args.pod_id_file {
        // Checked before the pod exists, so that nothing is left on failure.
        if file.exists() {
            return Err(crate::err!("pod id file {} already exists: remove it or choose another", file.display()));
        }
    }
    let pods = PodStore::open(&ctx.paths);
    if args.replace {
        let existing = name.as_deref().and_then(|n| pods.lookup(n).ok().filter(|p| p.name == n));
        if let Some(old) = existing {
            // Container files belong to subordinate ids: only root in the user namespace may delete them.
            userns::enter_if_rootless()?;
            let containers = ContainerStore::open(&ctx.paths);
            pods.remove_with_members(&ctx.paths, &containers, &old, Some(crate::container::lifecycle::WhenRunning::Kill))?;
        }
    }
    let pod = crate::pod::create_pod(&ctx.paths, name.as_deref(), settings)?;
    if let Some(file) = &args.pod_id_file {
        if let Err(e) = std::fs::write(file, &pod.id) {
            let _ = pods.remove(&pod);
            return Err(crate::err!("writing pod id file {}: {e}", file.display()));
        }
    }
    output::line(&pod.id);
    Ok(0)
}

/// podman's SharedNamespaces of a pod, in its (alphabetical) order.
fn shared_namespaces(pod: &PodRecord) -> Vec<&'static str> {
    let mut names: Vec<&'static str> = pod.share.iter().map(|k| k.name()).collect();
    if pod.userns_mappings.is_some() {
        names.push("user");
        names.sort_unstable();
    }
    names
}

/// `--userns`, `--uidmap`, `--gidmap`, `--subuidname`, `--subgidname` of
/// `pod create` and `pod clone`.
fn pod_user_namespace(flags: &crate::cli::PodUsernsArgs) -> crate::pod::PodUserNamespace {
    crate::pod::PodUserNamespace {
        userns: flags.userns.clone(),
        uidmap: flags.id_maps.uidmap.clone(),
        gidmap: flags.id_maps.gidmap.clone(),
        subuidname: flags.id_maps.subuidname.clone(),
        subgidname: flags.id_maps.subgidname.clone(),
    }
}

/// The pod's sysctls and what its containers inherit, parsed.
fn inherited_settings(flags: &PodInheritedArgs) -> Result<(Vec<(String, String)>, crate::pod::PodContainerDefaults)> {
    let isolation = crate::container::create::parse::isolation(&crate::container::create::parse::IsolationFlags {
        sysctls: &flags.sysctl,
        devices: &flags.device,
        ..Default::default()
    })?;
    let (mounts, _) = crate::container::create::parse::mounts(&flags.volume, &[])?;
    let defaults = crate::pod::PodContainerDefaults {
        mounts,
        volumes_from: crate::container::create::parse::volumes_from(&flags.volumes_from)?,
        devices: isolation.devices,
        security_opt: flags.security_opt.clone(),
    };
    Ok((isolation.sysctls, defaults))
}

/// `--shm-size` of `pod create` and `pod clone`, in bytes.
fn shm_size(size: &str) -> Result<u64> {
    crate::container::create::parse::parse_size(size)
        .filter(|s| *s > 0)
        .ok_or_else(|| crate::err!("invalid --shm-size {size:?}: use a positive size such as 64m (units b, k, m, g)"))
}

/// `pod clone`: a new pod with the original's settings, those given
/// changing or adding to them; `--destroy` removes the original, `--start`
/// starts the copy.
fn clone(ctx: &Context, args: PodCloneArgs) -> Result<i32> {
    let pods = PodStore::open(&ctx.paths);
    let original = lookup(&pods, &args.pod)?;
    let name = match (&args.name, &args.positional_name) {
        (Some(flag), Some(arg)) if flag != arg => return Err(crate::err!("the new pod is named twice: --name {flag} and {arg}")),
        (name, positional) => name.clone().or_else(|| positional.clone()).unwrap_or_else(|| crate::pod::clone_name(&pods, &original.name)),
    };
    let containers = ContainerStore::open(&ctx.paths);
    let members = pods.containers_of(&containers, &original.id)?;
    let mut settings = crate::pod::settings_of(&original);
    if let Some(size) = &args.shm_size {
        settings.shm_size = Some(shm_size(size)?);
    }
    if let Some(pid) = &args.pid {
        settings.pid_namespace = crate::pod::PodPidNamespace::parse(pid)?;
    }
    if let Some(uts) = &args.uts {
        settings.uts_host = crate::pod::parse_uts(uts)?;
        // The original's hostname, or the host's, is not the new namespace's.
        settings.hostname = None;
    }
    if args.hostname.is_some() {
        if !settings.share.contains(&crate::runtime::join::SharedNamespace::Uts) {
            return Err(crate::err!("--hostname needs the pod to share its uts namespace, which pod {} does not", original.name));
        }
        settings.hostname = args.hostname.clone();
    }
    if args.infra_name.is_some() {
        settings.infra_name = args.infra_name.clone();
    }
    let user_namespace = pod_user_namespace(&args.userns);
    if !user_namespace.is_default() {
        settings.user_namespace = user_namespace;
    }
    settings.labels.extend(crate::container::create::parse::labels_with_files(&args.label, &args.label_file)?);
    let (sysctls, added) = inherited_settings(&args.inherited)?;
    for (key, value) in sysctls {
        settings.sysctls.retain(|(k, _)| *k != key);
        settings.sysctls.push((key, value));
    }
    let defaults = &mut settings.container_defaults;
    defaults.mounts.retain(|m| !added.mounts.iter().any(|new| new.destination == m.destination));
    defaults.mounts.extend(added.mounts);
    defaults.volumes_from.extend(added.volumes_from);
    defaults.devices.retain(|d| !added.devices.iter().any(|new| new.container_path == d.container_path));
    defaults.devices.extend(added.devices);
    defaults.security_opt.extend(added.security_opt);
    let pod = crate::pod::create_pod(&ctx.paths, Some(&name), settings)?;
    // Each container is cloned into the new pod, as `container clone` does
    // (oldest first, so that those that need others find them); a failure
    // takes the new pod and the clones made so far back.
    for member in members.iter().rev() {
        let options = crate::container::clone::CloneOptions { source: member.id.clone(), pod: Some(pod.id.clone()), ..Default::default() };
        if let Err(e) = crate::container::clone::clone_container(&ctx.paths, &options, &crate::output::progress::TransferProgress::new(true)) {
            let _ = pods.remove_with_members(&ctx.paths, &containers, &pod, Some(crate::container::lifecycle::WhenRunning::Kill));
            return Err(crate::err!("pod clone: container {}: {}", member.name, e.message));
        }
    }
    if args.destroy {
        pods.remove_with_members(&ctx.paths, &containers, &original, Some(crate::container::lifecycle::WhenRunning::Kill))?;
    }
    if args.start {
        crate::pod::lifecycle::start(&ctx.paths, &pod)?;
    }
    output::line(&pod.id);
    Ok(0)
}

/// Look up a pod for a command other than `pod rm`: podman exits 125 there.
fn lookup(pods: &PodStore, key: &str) -> Result<PodRecord> {
    pods.lookup(key).map_err(|e| Error::new(e.message))
}

/// The pods named or read from --pod-id-file files (without those that do
/// not exist, with `ignore`), the newest with --latest, or with --all every
/// pod. Lookup errors keep their code (`pod rm`'s 1 for a missing pod).
fn chosen_pods(pods: &PodStore, args: &PodNamesArgs, ignore: bool) -> Result<Vec<PodRecord>> {
    let given = [args.all, args.latest, !args.pods.is_empty(), !args.pod_id_file.is_empty()].iter().filter(|g| **g).count();
    if given > 1 {
        return Err(crate::err!("--all, --latest, --pod-id-file and pod names cannot be used together"));
    }
    if args.all {
        return pods.list();
    }
    if args.latest {
        return Ok(pods.list()?.into_iter().take(1).collect());
    }
    let mut keys = args.pods.clone();
    for file in &args.pod_id_file {
        let text = std::fs::read_to_string(file).map_err(|e| crate::err!("reading pod ID file {}: {e}", file.display()))?;
        keys.push(text.trim().to_string());
    }
    if keys.is_empty() {
        return Err(crate::err!("you must provide at least one pod name or id, or --all"));
    }
    let mut found = Vec::new();
    for key in &keys {
        match pods.lookup(key) {
            Ok(pod) => found.push(pod),
            Err(e) if ignore && e.code == crate::pod::EXIT_NO_SUCH_POD => {}
            Err(e) => return Err(e),
        }
    }
    Ok(found)
}

/// The chosen pods; then `act` on each, printing its id.
fn each_pod(ctx: &Context, args: &PodNamesArgs, ignore: bool, act: impl Fn(&Context, &PodRecord) -> Result<()>) -> Result<i32> {
    let pods = PodStore::open(&ctx.paths);
    // podman exits 125 for a missing pod here, unlike `pod rm`.
    let targets = chosen_pods(&pods, args, ignore).map_err(|e| Error::new(e.message))?;
    for pod in &targets {
        act(ctx, pod)?;
        output::line(&pod.id);
    }
    Ok(0)
}

/// Send the signal to every running container of the pods; the infra
/// process (podman's catatonit) ends on it too.
fn kill(ctx: &Context, args: PodKillArgs) -> Result<i32> {
    let signal = monitor::parse_signal(&args.signal)?;
    each_pod(ctx, &args.names, false, |ctx, pod| {
        let pods = PodStore::open(&ctx.paths);
        let containers = ContainerStore::open(&ctx.paths);
        let members = pods.containers_of(&containers, &pod.id)?;
        let running: Vec<(ContainerRecord, i32)> =
            members.into_iter().filter_map(|c| containers.live_pid(&c.id).map(|pid| (c, pid))).collect();
        if running.is_empty() && pods.infra_pid(&pod.id).is_none() {
            return Err(crate::err!("pod {} is not running: nothing to kill", pod.name));
        }
        for (c, pid) in &running {
            // So that a restart policy does not bring it back.
            containers.request_stop(&c.id)?;
            nix::sys::signal::kill(nix::unistd::Pid::from_raw(*pid), signal).map_err(|e| crate::err!("kill {}: {e}", c.name))?;
            containers.event(c, "kill");
        }
        pods.stop_infra(&pod.id);
        pods.event(pod, "kill");
        Ok(())
    })
}

fn rm(ctx: &Context, args: PodRmArgs) -> Result<i32> {
    let pods = PodStore::open(&ctx.paths);
    let targets = chosen_pods(&pods, &args.names, args.ignore)?;
    let when_running = match args.time.time {
        Some(seconds) => crate::container::lifecycle::WhenRunning::Stop(seconds),
        None => crate::container::lifecycle::WhenRunning::Kill,
    };
    // Container files belong to subordinate ids: only root in the user
    // namespace may delete them.
    userns::enter_if_rootless()?;
    let containers = ContainerStore::open(&ctx.paths);
    for pod in &targets {
        pods.remove_with_members(&ctx.paths, &containers, pod, args.force.then_some(when_running))?;
        output::line(&pod.id);
    }
    Ok(0)
}

fn prune(ctx: &Context, force: bool) -> Result<i32> {
    if !force && !output::confirm("WARNING! This will remove all stopped/exited pods..", &[]) {
        return Ok(0);
    }
    userns::enter_if_rootless()?;
    let pods = PodStore::open(&ctx.paths);
    let containers = ContainerStore::open(&ctx.paths);
    let mut members_of = pods.containers_by_pod(&containers)?;
    for pod in pods.list()? {
        let members = members_of.remove(&pod.id).unwrap_or_default();
        // remove_with_members lists the members again: one may have joined since.
        if matches!(pods.status(&pod, &members), PodStatus::Created | PodStatus::Exited) {
            pods.remove_with_members(&ctx.paths, &containers, &pod, None)?;
            output::line(&pod.id);
        }
    }
    Ok(0)
}

fn ps(ctx: &Context, args: PodPsArgs) -> Result<i32> {
    output::omit_headings(args.heading.noheading);
    let format = OutputFormat::parse(args.output.format.as_deref())?;
    let filters = Filters::parse(&args.filter, &["name", "id", "label", "label!", "status", "until", "ctr-names", "ctr-ids", "ctr-number", "ctr-status"])?;
    let now = std::time::SystemTime::now();
    let mut until = std::collections::HashMap::new();
    for (key, value) in filters.iter() {
        match key {
            "status" if !["created", "running", "degraded", "exited", "stopped"].contains(&value) => {
                return Err(crate::err!("invalid filter \"status={value}\": status is created, running, degraded or exited"));
            }
            "ctr-number" if value.parse::<usize>().is_err() => {
                return Err(crate::err!("invalid filter \"ctr-number={value}\": ctr-number takes a number"));
            }
            "until" => {
                let point = crate::time::parse_point(value, now)
                    .ok_or_else(|| crate::err!("invalid filter \"until={value}\": use a RFC 3339 time or a duration like 10m"))?;
                until.insert(value.to_string(), point.duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs() as i64).unwrap_or(0));
            }
            _ => {}
        }
    }
    let pods = PodStore::open(&ctx.paths);
    let containers = ContainerStore::open(&ctx.paths);
    let mut members_of = pods.containers_by_pod(&containers)?;
    let mut listed = Vec::new();
    for pod in pods.list()? {
        let members = members_of.remove(&pod.id).unwrap_or_default();
        let status = pods.status(&pod, &members);
        let matches = |key: &str, value: &str| match key {
            "until" => until.get(value).is_some_and(|&t| pod.created < t),
            _ => pod_matches(key, value, &pod, status, &containers, &members),
        };
        if filters.matches(matches) {
            listed.push((pod, members, status));
        }
    }
    if args.latest {
        listed.truncate(1);
    }
    match args.sort {
        PodSort::Created => {}
        PodSort::Id => listed.sort_by(|a, b| a.0.id.cmp(&b.0.id)),
        PodSort::Name => listed.sort_by(|a, b| a.0.name.cmp(&b.0.name)),
        PodSort::Number => listed.sort_by_key(|(_, members, _)| members.len()),
    }
    let short = |id: &str| if args.no_trunc { id.to_string() } else { id[..12].to_string() };
    if args.quiet {
        for (pod, _, _) in &listed {
            output::line(&short(&pod.id));
        }
        return Ok(0);
    }
    match format {
        OutputFormat::Json => {
            output::json(&listed.iter().map(|(pod, members, status)| ps_json(pod, members, *status)).collect::<Vec<_>>());
        }
        OutputFormat::Template(t) => {
            let values: Vec<Value> = listed
                .iter()
                .map(|(pod, members, status)| {
                    let mut v = ps_json(pod, members, *status);
                    v["ID"] = json!(short(&pod.id));
                    v["InfraID"] = json!(short(&pod.infra_id));
                    v["Created"] = json!(output::human_ago(pod.created));
                    v["NumberOfContainers"] = json!(members.len() + 1);
                    v["ContainerNames"] = json!(members.iter().map(|c| c.name.clone()).collect::<Vec<_>>().join(","));
                    v["ContainerIds"] = json!(members.iter().map(|c| short(&c.id)).collect::<Vec<_>>().join(","));
                    v
                })
                .collect();
            output::templated_with_headers(&t, &values, &[("ID", "POD ID"), ("InfraID", "INFRA ID"), ("NumberOfContainers", "# OF CONTAINERS")])?;
        }
        OutputFormat::Table => {
            let mut headers = vec!["POD ID", "NAME", "STATUS", "CREATED", "INFRA ID"];
            if args.ctr_ids {
                headers.push("IDS");
            }
            if args.ctr_names {
                headers.push("NAMES");
            }
            if args.ctr_status {
                headers.push("STATUS");
            }
            if args.ns {
                headers.extend(["CGROUP", "NAMESPACES"]);
            }
            // podman shows the count only when no container column is asked for.
            let count = !(args.ctr_ids || args.ctr_names || args.ctr_status);
            if count {
                headers.push("# OF CONTAINERS");
            }
            let mut table = Table::new(&headers);
            for (pod, members, status) in &listed {
                let mut row = vec![
                    short(&pod.id),
                    pod.name.clone(),
                    status.as_str().to_string(),
                    output::human_ago(pod.created),
                    short(&pod.infra_id),
                ];
                if args.ctr_ids {
                    row.push(std::iter::once(short(&pod.infra_id)).chain(members.iter().map(|c| short(&c.id))).collect::<Vec<_>>().join(","));
                }
                if args.ctr_names {
                    row.push(std::iter::once(pod.infra_name()).chain(members.iter().map(|c| c.name.clone())).collect::<Vec<_>>().join(","));
                }
                if args.ctr_status {
                    let infra = infra_state(&pods, pod, *status);
                    row.push(std::iter::once(infra).chain(members.iter().map(|c| c.state())).collect::<Vec<_>>().join(","));
                }
                if args.ns {
                    // skiff makes no cgroup for a pod, and has no libpod namespaces.
                    row.extend([String::new(), String::new()]);
                }
                if count {
                    // podman counts its infra container.
                    row.push((members.len() + 1).to_string());
                }
                table.row(row);
            }
            table.print();
        }
    }
    Ok(0)
}

fn pod_matches(key: &str, value: &str, pod: &PodRecord, status: PodStatus, containers: &ContainerStore, members: &[ContainerRecord]) -> bool {
    let has_label = || match value.split_once('=') {
        Some((k, v)) => pod.labels.get(k).is_some_and(|x| x == v),
        None => pod.labels.contains_key(value),
    };
    match key {
        "name" => pod.name.contains(value),
        "id" => pod.id.starts_with(value),
        "label" => has_label(),
        "label!" => !has_label(),
        "ctr-names" => members.iter().any(|c| c.name.contains(value)),
        "ctr-ids" => members.iter().any(|c| c.id.starts_with(value)),
        // podman counts its infra container.
        "ctr-number" => value.parse() == Ok(members.len() + 1),
        "ctr-status" => members.iter().any(|c| {
            let running = containers.live_pid(&c.id).is_some();
            c.state() == value || (value == "stopped" && !running && c.state() == "exited")
        }),
        _ => status.as_str().eq_ignore_ascii_case(value) || (value == "stopped" && status == PodStatus::Exited),
    }
}

/// The networks made by `network create` that the pod is on.
fn user_network_names(pod: &PodRecord) -> Vec<String> {
    pod.networks.iter().map(|c| c.network.clone()).collect()
}

/// podman's `pod ps --format json` entry.
fn ps_json(pod: &PodRecord, members: &[ContainerRecord], status: PodStatus) -> Value {
    let infra_status = if status == PodStatus::Created { "created" } else if status == PodStatus::Exited { "exited" } else { "running" };
    let containers: Vec<Value> = std::iter::once(json!({ "Id": pod.infra_id, "Names": pod.infra_name(), "Status": infra_status }))
        .chain(members.iter().map(|c| json!({ "Id": c.id, "Names": c.name, "Status": c.state() })))
        .collect();
    json!({
        "Cgroup": "",
        "Containers": containers,
        "Created": crate::time::format(pod.created),
        "Id": pod.id,
        "InfraId": pod.infra_id,
        "Name": pod.name,
        "Namespace": "",
        "Networks": user_network_names(pod),
        "Status": status.as_str(),
        "Labels": pod.labels,
    })
}

fn inspect(ctx: &Context, args: PodInspectArgs) -> Result<i32> {
    let format = OutputFormat::parse(args.output.format.as_deref())?;
    let pods = PodStore::open(&ctx.paths);
    let containers = ContainerStore::open(&ctx.paths);
    let members_of = pods.containers_by_pod(&containers)?;
    let mut values = Vec::new();
    let keys = match (args.latest, args.pods.is_empty()) {
        (true, false) => return Err(crate::err!("--latest and pods cannot be used together")),
        (true, true) => vec![pods.list()?.into_iter().next().ok_or_else(|| crate::err!("no pods to inspect: --latest found none"))?.id],
        _ => args.pods.clone(),
    };
    for key in &keys {
        let pod = lookup(&pods, key)?;
        let members = members_of.get(&pod.id).cloned().unwrap_or_default();
        values.push(inspect_json(ctx, &pods, &pod, &members)?);
    }
    match (&format, values.len()) {
        (OutputFormat::Template(t), _) => output::templated(t, &values)?,
        // podman 4 prints one pod as an object.
        (_, 1) => output::json(&values[0]),
        _ => output::json(&values),
    }
    Ok(0)
}

/// podman's `pod inspect` document.
fn inspect_json(ctx: &Context, pods: &PodStore, pod: &PodRecord, members: &[ContainerRecord]) -> Result<Value> {
    let status = pods.status(pod, members);
    let mut bindings = serde_json::Map::new();
    for p in &pod.ports {
        bindings
            .entry(format!("{}/{}", p.container_port, p.protocol))
            .or_insert_with(|| json!([]))
            .as_array_mut()
            .expect("array")
            .push(json!({ "HostIp": p.host_ip, "HostPort": p.host_port.to_string() }));
    }
    let infra_pid = pods.infra_pid(&pod.id).unwrap_or(0);
    let containers: Vec<Value> = std::iter::once(json!({
        "Id": pod.infra_id,
        "Name": pod.infra_name(),
        "State": if infra_pid > 0 { "running" } else if status == PodStatus::Created { "created" } else { "exited" },
    }))
    .chain(members.iter().map(|c| json!({ "Id": c.id, "Name": c.name, "State": c.state() })))
    .collect();
    let defaults = &pod.container_defaults;
    let mut document = json!({
        "Id": pod.id,
        "Name": pod.name,
        "Created": crate::time::format(pod.created),
        "CreateCommand": pod.create_command,
        "ExitPolicy": pod.exit_policy.as_str(),
        "State": status.as_str(),
        "Hostname": pod.hostname,
        "Labels": pod.labels,
        "CreateCgroup": false,
        "CreateInfra": true,
        "InfraContainerID": pod.infra_id,
        // skiff runs pods without cgroups.
        "CgroupParent": "",
        "CgroupPath": "",
        "InfraConfig": {
            "PortBindings": bindings,
            "HostNetwork": pod.network_mode()? == crate::runtime::spec::NetworkMode::Host,
            "StaticIP": pod.networks.first().and_then(|c| c.ip).map(|ip| ip.to_string()).unwrap_or_default(),
            "StaticMAC": pod.mac_address.clone().or_else(|| pod.networks.first().and_then(|c| c.mac_address.clone())).unwrap_or_default(),
            "NoManageResolvConf": false,
            "DNSServer": list_or_null(&pod.resolver.dns),
            "DNSSearch": list_or_null(&pod.resolver.dns_search),
            "DNSOption": list_or_null(&pod.resolver.dns_options),
            "NoManageHosts": pod.resolver.no_hosts,
            "HostAdd": list_or_null(&pod.resolver.add_host),
            "NetworkOptions": null,
            "pid_ns": if pod.pid_namespace.is_private() { "private".to_string() } else { pod.pid_namespace.as_text() },
            "uts_ns": if pod.uts_host { "host" } else { "private" },
            // As podman: "private" for a user namespace of the pod's own, whatever made it.
            "userns": if pod.userns_mappings.is_some() { "private" } else { "host" },
            "Networks": match pod.networks.is_empty() {
                true => vec![pod.network.as_str().to_string()],
                false => user_network_names(pod),
            },
        },
        // podman lists "user" among them (in its order) for a pod's own user namespace.
        "SharedNamespaces": shared_namespaces(pod),
        "NumContainers": members.len() + 1,
        "Containers": containers,
    });
    // podman leaves out what the pod does not set.
    let inherited = [
        ("mounts", json!(crate::container::inspect::mounts_json(&ctx.paths, &defaults.mounts))),
        ("devices", json!(defaults.devices.iter().map(|d| json!({
            "path_on_host": d.host_path, "path_in_container": d.container_path, "cgroup_permissions": d.permissions,
        })).collect::<Vec<_>>())),
        ("volumes_from", json!(defaults.volumes_from)),
        ("security_opt", json!(defaults.security_opt)),
        // Not podman's (it shows a pod's sysctls nowhere), so that they can be seen.
        ("sysctl", json!(pod.sysctls.iter().map(|(name, value)| (name.clone(), json!(value))).collect::<serde_json::Map<_, _>>())),
    ];
    for (key, value) in inherited {
        if value.as_array().is_some_and(|a| !a.is_empty()) || value.as_object().is_some_and(|o| !o.is_empty()) {
            document[key] = value;
        }
    }
    Ok(document)
}

/// podman's null for a list a pod does not set.
fn list_or_null(list: &[String]) -> Value {
    if list.is_empty() { Value::Null } else { json!(list) }
}

/// The infra process's state as a container state: what `pod ps
/// --ctr-status` shows for it.
fn infra_state(pods: &PodStore, pod: &PodRecord, status: PodStatus) -> &'static str {
    if pods.infra_pid(&pod.id).is_some() {
        "running"
    } else if status == PodStatus::Created {
        "created"
    } else {
        "exited"
    }
}

/// The pod named first in `arguments` (or the newest with `--latest`),
/// and the arguments left.
fn pod_and_rest<'a>(pods: &PodStore, latest: bool, arguments: &'a [String]) -> Result<(PodRecord, &'a [String])> {
    if latest {
        let newest = pods.list()?.into_iter().next().ok_or_else(|| crate::err!("no pods to act on: --latest found none"))?;
        return Ok((newest, arguments));
    }
    let (key, rest) = arguments.split_first().ok_or_else(|| crate::err!("you must provide a pod name or id, or --latest"))?;
    Ok((lookup(pods, key)?, rest))
}

/// `pod top`: `top`'s table for every running container of the pod, one
/// header over all of them.
fn top(ctx: &Context, args: PodTopArgs) -> Result<i32> {
    let pods = PodStore::open(&ctx.paths);
    let (pod, descriptors) = pod_and_rest(&pods, args.latest, &args.arguments)?;
    let containers = ContainerStore::open(&ctx.paths);
    let running: Vec<ContainerRecord> =
        pods.containers_of(&containers, &pod.id)?.into_iter().filter(|c| containers.live_pid(&c.id).is_some()).collect();
    if running.is_empty() {
        return Err(crate::err!("pod {} has no running container: top shows running containers' processes", pod.name));
    }
    let mut table: Option<Table> = None;
    for c in running.iter().rev() {
        match crate::container::top::top(&ctx.paths, c, descriptors)? {
            TopOutput::Table { headers, rows } => {
                let table = table.get_or_insert_with(|| Table::new(&headers));
                rows.into_iter().for_each(|row| table.row(row));
            }
            TopOutput::Ps(lines) => lines.iter().for_each(|l| output::line(l)),
        }
    }
    if let Some(table) = table {
        table.print();
    }
    Ok(0)
}

/// `pod logs`: every container's log (or `-c`'s), each line after the
/// container's short id, or its name with `--names`, as podman prints them.
fn logs(ctx: &Context, args: PodLogsArgs) -> Result<i32> {
    use crate::container::logs::{Entry, Stream};
    if args.latest && args.pod.is_some() {
        return Err(crate::err!("--latest and a pod cannot be used together"));
    }
    let pods = PodStore::open(&ctx.paths);
    let pod = match &args.pod {
        Some(key) => lookup(&pods, key)?,
        None => pods.list()?.into_iter().next().ok_or_else(|| crate::err!("no pods to act on: --latest found none"))?,
    };
    let containers = ContainerStore::open(&ctx.paths);
    let mut members = pods.containers_of(&containers, &pod.id)?;
    members.reverse();
    if let Some(wanted) = &args.container {
        let chosen = super::targets::lookup(&containers, wanted)?;
        if chosen.config.pod != pod.id {
            return Err(crate::err!("container {} is not in pod {}", chosen.name, pod.name));
        }
        members = vec![chosen];
    }
    let options = super::log_options(&args.shown)?;
    let prefix_of = |index: usize, c: &ContainerRecord| {
        let label = if args.shown.names { c.name.clone() } else { c.id[..12].to_string() };
        if args.color { output::coloured(&label, index) } else { label }
    };
    let print = |prefix: &str, e: &Entry| {
        let stamp = if args.shown.timestamps { format!("{} ", e.time_text) } else { String::new() };
        output::stream_text(e.stream == Stream::Stderr, &format!("{prefix} {stamp}{}", e.text));
    };
    if !options.follow {
        for (index, c) in members.iter().enumerate() {
            let prefix = prefix_of(index, c);
            crate::container::logs::read(&containers, &c.id, &options, &|e: &Entry| print(&prefix, e));
        }
        return Ok(0);
    }
    // Following: one reader per container, all printing as lines come.
    std::thread::scope(|scope| {
        for (index, c) in members.iter().enumerate() {
            let (prefix, containers, options, print) = (prefix_of(index, c), &containers, &options, &print);
            scope.spawn(move || crate::container::logs::read(containers, &c.id, options, &|e: &Entry| print(&prefix, e)));
        }
    });
    Ok(0)
}
