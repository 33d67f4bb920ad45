//! `generate systemd`: unit files that run a container or a pod under
//! systemd, laid out as podman 4.3.1's. Generating them needs no systemd:
//! they are text for a machine that has it.
//!
//! The units are made for skiff: `Type=forking` with a `PIDFile` that
//! names the process watching the container (its monitor, podman's conmon)
//! or the pod's infra process, so that systemd follows the container for
//! real: skiff start returns once the monitor runs, the monitor ends with
//! the container. skiff does not pass systemd's NOTIFY_SOCKET on, so podman's
//! `--new` units of `Type=notify` (and `--sdnotify=conmon`) become forking
//! ones with `--conmon-pidfile` here.

pub mod create_command;

use crate::container::{ContainerRecord, ContainerStore};
use crate::error::Result;
use crate::paths::Paths;
use crate::pod::{PodRecord, PodStore};
use create_command::CreateLine;
use std::path::PathBuf;

/// systemd's `Restart=` values (podman's list).
pub const RESTART_POLICIES: &[&str] = &["no", "on-success", "on-failure", "on-abnormal", "on-watchdog", "on-abort", "always"];

/// The environment variable every unit sets to its own name (podman's,
/// which tools reading it know).
const UNIT_VARIABLE: &str = "PODMAN_SYSTEMD_UNIT";

/// Seconds systemd gives a unit to stop on top of the container's own
/// stop timeout, before it kills what is left.
const MIN_TIMEOUT_STOP_SEC: u64 = 60;

/// What `generate systemd` is asked for.
#[derive(Debug, Clone, Default)]
pub struct UnitOptions {
    /// Names instead of ids (in unit names and commands).
    pub use_names: bool,
    /// Units that create the container (or pod) at start and remove it at stop.
    pub new: bool,
    /// A template unit (`name@.service`, one container per instance); implies `new`.
    pub template: bool,
    pub no_header: bool,
    pub container_prefix: String,
    pub pod_prefix: String,
    pub separator: String,
    /// `Restart=`; None for on-failure (or, with `new`, the container's `--restart`).
    pub restart_policy: Option<String>,
    pub restart_sec: Option<u64>,
    pub start_timeout: Option<u64>,
    /// Seconds `stop` waits; None for the container's own stop timeout.
    pub stop_timeout: Option<u64>,
    /// `Environment=` lines, KEY=VALUE, unescaped.
    pub env: Vec<String>,
    pub wants: Vec<String>,
    pub after: Vec<String>,
    pub requires: Vec<String>,
    /// The skiff binary the units run.
    pub executable: PathBuf,
}

/// One unit: its service name (without `.service`) and its text.
#[derive(Debug, Clone)]
pub struct Unit {
    pub name: String,
    pub content: String,
}

/// The units for `target`: a container's one unit, or a pod's unit and
/// one per container. A container's create command line comes split by
/// the front end (`split`), which knows where its flags end.
pub fn generate(paths: &Paths, target: &str, options: &UnitOptions, split: &dyn Fn(&[String]) -> Result<CreateLine>) -> Result<Vec<Unit>> {
    if let Some(policy) = &options.restart_policy {
        check_restart_policy(policy)?;
    }
    let containers = ContainerStore::open(paths);
    let container_error = match containers.lookup(target) {
        Ok(record) => {
            let unit = container_unit(paths, &containers, &record, None, &[], options, split)?;
            return Ok(vec![unit]);
        }
        Err(e) => e,
    };
    let pods = PodStore::open(paths);
    let pod = pods.lookup(target).map_err(|e| crate::err!("{target} does not refer to a container or pod: {e}: {container_error}"))?;
    pod_units(paths, &pods, &containers, &pod, options, split)
}

pub fn check_restart_policy(policy: &str) -> Result<()> {
    if RESTART_POLICIES.contains(&policy) {
        Ok(())
    } else {
        Err(crate::err!("{policy} is not a valid restart policy (use one of {})", RESTART_POLICIES.join(", ")))
    }
}

/// What a container's unit knows of the pod unit it belongs to.
struct PodUnitRef {
    service: String,
    /// `%t/...pod-id`, with `new`.
    pod_id_file: String,
}

fn service_name(prefix: &str, separator: &str, name: &str) -> String {
    if prefix.is_empty() {
        name.to_string()
    } else {
        format!("{prefix}{separator}{name}")
    }
}

fn container_service(record: &ContainerRecord, options: &UnitOptions) -> (String, String) {
    let name_or_id = if options.use_names { record.name.clone() } else { record.id.clone() };
    (service_name(&options.container_prefix, &options.separator, &name_or_id), name_or_id)
}

fn pod_units(paths: &Paths, pods: &PodStore, containers: &ContainerStore, pod: &PodRecord, options: &UnitOptions, split: &dyn Fn(&[String]) -> Result<CreateLine>) -> Result<Vec<Unit>> {
    if options.template {
        return Err(crate::err!("--template is not supported for pods"));
    }
    let mut members = pods.containers_of(containers, &pod.id)?;
    if members.is_empty() {
        return Err(crate::err!("generating systemd unit files: pod {:?} has no containers", pod.name));
    }
    members.sort_by(|a, b| container_service(a, options).0.cmp(&container_service(b, options).0));
    let name_or_id = if options.use_names { pod.name.clone() } else { pod.id.clone() };
    let service = service_name(&options.pod_prefix, &options.separator, &name_or_id);
    let pod_ref = PodUnitRef { service: service.clone(), pod_id_file: format!("%t/{service}.pod-id") };
    let mut container_units = Vec::new();
    for member in &members {
        // A container that needs others (`--requires`) is bound to their units too.
        let needed: Vec<String> = member
            .config
            .requires
            .iter()
            .filter_map(|id| members.iter().find(|m| m.id == *id))
            .map(|m| container_service(m, options).0)
            .collect();
        container_units.push(container_unit(paths, containers, member, Some(&pod_ref), &needed, options, split)?);
    }
    let wanted: Vec<String> = container_units.iter().map(|u| format!("{}.service", u.name)).collect();
    let stop_timeout = options.stop_timeout.unwrap_or(10);
    let exe = options.executable.display().to_string();
    let mut service_lines = vec![format!("Environment={UNIT_VARIABLE}=%n")];
    service_lines.extend(env_lines(options));
    service_lines.push(format!("Restart={}", options.restart_policy.as_deref().unwrap_or("on-failure")));
    service_lines.extend(options.restart_sec.map(|s| format!("RestartSec={s}")));
    service_lines.extend(options.start_timeout.filter(|t| *t != 0).map(|t| format!("TimeoutStartSec={t}")));
    service_lines.push(format!("TimeoutStopSec={}", MIN_TIMEOUT_STOP_SEC + stop_timeout));
    let pidfile;
    if options.new {
        let line = pod.create_command.clone();
        let (root_flags, create_args) = create_command::split_pod_create(&line).ok_or_else(|| {
            crate::err!("cannot use --new on pod {:?}: it was not made by `skiff pod create` (no create command recorded)", pod.name)
        })?;
        pidfile = format!("%t/{service}.pid");
        let root = root_flags.iter().map(|a| escape_arg(a)).collect::<Vec<_>>();
        let mut start = vec![exe.clone()];
        start.extend(root.iter().cloned());
        start.extend(["pod", "create", "--infra-conmon-pidfile", &pidfile, "--pod-id-file", &pod_ref.pod_id_file].map(String::from));
        let create_args = create_command::rewrite_pod_create(&create_args);
        if !create_args.iter().any(|a| a == "--exit-policy" || a.starts_with("--exit-policy=")) {
            start.push("--exit-policy=stop".into());
        }
        start.extend(create_args.iter().map(|a| escape_arg(a)));
        let skiff_root = std::iter::once(exe.clone()).chain(root).collect::<Vec<_>>().join(" ");
        service_lines.push(format!("ExecStartPre={}", format_line(&format!("/bin/rm -f {pidfile} {}", pod_ref.pod_id_file))));
        service_lines.push(format!("ExecStartPre={}", format_command(&start)));
        service_lines.push(format!("ExecStart={}", format_line(&format!("{skiff_root} pod start --pod-id-file {}", pod_ref.pod_id_file))));
        service_lines.push(format!("ExecStop={}", format_line(&format!("{skiff_root} pod stop --ignore --pod-id-file {} -t {stop_timeout}", pod_ref.pod_id_file))));
        service_lines.push(format!("ExecStopPost={}", format_line(&format!("{skiff_root} pod rm --ignore -f --pod-id-file {}", pod_ref.pod_id_file))));
    } else {
        pidfile = pods.infra_pidfile(pod).display().to_string();
        service_lines.push(format!("ExecStart={exe} pod start {name_or_id}"));
        service_lines.push(format!("ExecStop={}", format_line(&format!("{exe} pod stop -t {stop_timeout} {name_or_id}"))));
        service_lines.push(format!("ExecStopPost={}", format_line(&format!("{exe} pod stop -t {stop_timeout} {name_or_id}"))));
    }
    service_lines.push(format!("PIDFile={pidfile}"));
    service_lines.push("Type=forking".into());
    let mut unit_lines = vec![format!("Wants={}", wanted.join(" ")), format!("Before={}", wanted.join(" "))];
    unit_lines.extend(user_dependencies(options));
    let content = render(&service, false, paths, options, &unit_lines, &service_lines);
    let mut units = vec![Unit { name: service, content }];
    units.extend(container_units);
    Ok(units)
}

fn container_unit(
    paths: &Paths,
    containers: &ContainerStore,
    record: &ContainerRecord,
    pod: Option<&PodUnitRef>,
    needed: &[String],
    options: &UnitOptions,
    split: &dyn Fn(&[String]) -> Result<CreateLine>,
) -> Result<Unit> {
    let (service, name_or_id) = container_service(record, options);
    let stop_timeout = options.stop_timeout.unwrap_or(record.config.stop_timeout);
    let exe = options.executable.display().to_string();
    let mut restart = options.restart_policy.clone().unwrap_or_else(|| "on-failure".into());
    let mut start_limit_burst = None;
    let mut extra_env = Vec::new();
    let exec_lines: Vec<String>;
    let pidfile;
    if options.new {
        if record.config.create_command.is_empty() {
            return Err(crate::err!(
                "cannot use --new on container {:?}: no create command found: only works on containers made by `skiff run` or `skiff create` (not through the API, compose or kube play)",
                record.name
            ));
        }
        let line = split(&record.config.create_command)?;
        let cidfile = "%t/%n.ctr-id";
        pidfile = "%t/%n.pid".to_string();
        let rewritten = create_command::rewrite_container_create(&line, pod.is_some());
        if options.restart_policy.is_none() {
            if let Some(policy) = &rewritten.restart {
                match policy.split_once(':') {
                    Some(("on-failure", count)) => {
                        restart = "on-failure".into();
                        start_limit_burst = Some(count.to_string());
                    }
                    _ if policy == "unless-stopped" => restart = "always".into(),
                    _ => restart = policy.clone(),
                }
            }
        }
        // A variable given without a value is read from the environment
        // at start: the unit must set it.
        for name in &rewritten.env_from_host {
            extra_env.extend(record.config.env.iter().filter(|e| e.split('=').next() == Some(name.as_str())).map(|e| escape_arg(e)));
        }
        let root: Vec<String> = line.root_flags.iter().map(|a| escape_arg(a)).collect();
        let mut start = vec![exe.clone()];
        start.extend(root.iter().cloned());
        start.extend(["run".to_string(), format!("--cidfile={cidfile}"), format!("--conmon-pidfile={pidfile}"), "--rm".into()]);
        if let Some(pod) = pod {
            start.extend(["--pod-id-file".to_string(), pod.pod_id_file.clone()]);
        }
        if !rewritten.detach {
            start.push("-d".into());
        }
        let mut options_and_image: Vec<String> = rewritten.options.iter().map(|a| escape_arg(a)).collect();
        if rewritten.named && !rewritten.replace {
            start.push("--replace".into());
        }
        if options.template {
            if !create_command::add_instance_to_name(&mut options_and_image) {
                start.push(format!("--name={service}-%i"));
            }
        }
        start.extend(options_and_image);
        start.extend(line.image_and_command.iter().map(|a| escape_arg(a)));
        let skiff_root = std::iter::once(exe.clone()).chain(root).collect::<Vec<_>>().join(" ");
        exec_lines = vec![
            format!("ExecStartPre={}", format_line(&format!("/bin/rm -f {cidfile} {pidfile}"))),
            format!("ExecStart={}", format_command(&start)),
            format!("ExecStop={}", format_line(&format!("{skiff_root} stop --ignore -t {stop_timeout} --cidfile={cidfile}"))),
            format!("ExecStopPost={}", format_line(&format!("{skiff_root} rm -f --ignore -t {stop_timeout} --cidfile={cidfile}"))),
        ];
    } else {
        if !matches!(record.config.restart, crate::container::state::RestartPolicy::No) {
            crate::sys::warnings::warn(&format!(
                "container {} has restart policy {:?}, which can lead to issues on shutdown: consider recreating the container without a restart policy and use systemd's restart mechanism instead",
                record.id,
                record.config.restart.name()
            ));
        }
        pidfile = containers.conmon_pidfile(record).display().to_string();
        exec_lines = vec![
            format!("ExecStart={exe} start {name_or_id}"),
            format!("ExecStop={}", format_line(&format!("{exe} stop -t {stop_timeout} {name_or_id}"))),
            format!("ExecStopPost={}", format_line(&format!("{exe} stop -t {stop_timeout} {name_or_id}"))),
        ];
    }
    let mut unit_lines = Vec::new();
    if let Some(pod) = pod {
        let bound: Vec<String> = std::iter::once(pod.service.clone()).chain(needed.iter().cloned()).map(|s| format!("{s}.service")).collect();
        unit_lines.push(format!("BindsTo={}", bound.join(" ")));
        unit_lines.push(format!("After={}", bound.join(" ")));
    }
    unit_lines.extend(user_dependencies(options));
    let mut service_lines = vec![if options.template { format!("Environment={UNIT_VARIABLE}=%n-%i") } else { format!("Environment={UNIT_VARIABLE}=%n") }];
    if !extra_env.is_empty() {
        service_lines.push(format!("Environment={}", extra_env.join(" ")));
    }
    service_lines.extend(env_lines(options));
    service_lines.push(format!("Restart={restart}"));
    service_lines.extend(start_limit_burst.map(|n| format!("StartLimitBurst={n}")));
    service_lines.extend(options.restart_sec.map(|s| format!("RestartSec={s}")));
    service_lines.extend(options.start_timeout.filter(|t| *t != 0).map(|t| format!("TimeoutStartSec={t}")));
    service_lines.push(format!("TimeoutStopSec={}", MIN_TIMEOUT_STOP_SEC + stop_timeout));
    service_lines.extend(exec_lines);
    service_lines.push(format!("PIDFile={pidfile}"));
    service_lines.push("Type=forking".into());
    let content = render(&service, options.template, paths, options, &unit_lines, &service_lines);
    Ok(Unit { name: service, content })
}

fn env_lines(options: &UnitOptions) -> Vec<String> {
    options.env.iter().map(|e| format!("Environment={}", escape_arg(e))).collect()
}

fn user_dependencies(options: &UnitOptions) -> Vec<String> {
    let mut lines = Vec::new();
    if options.wants.is_empty() && options.after.is_empty() && options.requires.is_empty() {
        return lines;
    }
    lines.push(String::new());
    lines.push("# User-defined dependencies".into());
    for (key, values) in [("Wants", &options.wants), ("After", &options.after), ("Requires", &options.requires)] {
        if !values.is_empty() {
            lines.push(format!("{key}={}", values.join(" ")));
        }
    }
    lines
}

/// A whole unit: the header, [Unit], [Service] and [Install].
fn render(service: &str, template: bool, paths: &Paths, options: &UnitOptions, unit_lines: &[String], service_lines: &[String]) -> String {
    let mut text = format!("# {service}{}.service\n", if template { "@" } else { "" });
    if !options.no_header {
        text.push_str(&format!("# autogenerated by skiff {}\n", env!("CARGO_PKG_VERSION")));
        text.push_str(&format!("# {}\n", crate::time::unix_date(crate::sys::clock::now())));
    }
    text.push_str("\n[Unit]\n");
    text.push_str(&format!("Description=skiff {service}.service{}\n", if template { " for %I" } else { "" }));
    text.push_str("Documentation=man:skiff-generate(1)\n");
    text.push_str("Wants=network-online.target\nAfter=network-online.target\n");
    text.push_str(&format!("RequiresMountsFor={}\n", paths.runtime.display()));
    for line in unit_lines {
        text.push_str(line);
        text.push('\n');
    }
    text.push_str("\n[Service]\n");
    for line in service_lines {
        text.push_str(line);
        text.push('\n');
    }
    text.push_str("\n[Install]\nWantedBy=default.target\n");
    text
}

/// An argument as systemd reads it from a command line: `$` and `%`
/// doubled (no variable or specifier), quoted when it holds a blank or a
/// quote, backslashes doubled otherwise (podman's rules).
pub fn escape_arg(arg: &str) -> String {
    let arg = arg.replace('$', "$$").replace('%', "%%");
    if arg.contains([' ', '\t', '"']) {
        serde_json::to_string(&arg).unwrap_or(arg)
    } else {
        arg.replace('\\', "\\\\")
    }
}

/// `format_command` of a line whose words hold no blanks (they are
/// escaped already, or made here).
fn format_line(line: &str) -> String {
    format_command(&line.split(' ').map(String::from).collect::<Vec<_>>())
}

/// A command line, one flag per continued line (as podman writes it).
fn format_command(words: &[String]) -> String {
    let mut text = String::new();
    for (i, word) in words.iter().enumerate() {
        if i == 0 {
            text.push_str(word);
        } else if word.starts_with('-') {
            text.push_str(" \\\n\t");
            text.push_str(word);
        } else {
            text.push(' ');
            text.push_str(word);
        }
    }
    text
}
