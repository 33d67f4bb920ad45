//! `generate systemd`: unit files for a container or a pod, printed, or
//! written to NAME.service files in the current directory (their paths
//! printed), as text or as one JSON object.

use super::Context;
use crate::cli::kube::SystemdGenerateArgs;
use crate::error::Result;
use crate::systemd::create_command::CreateLine;
use crate::systemd::UnitOptions;
use std::collections::BTreeMap;
use std::ffi::OsString;

pub fn run(ctx: &Context, args: &SystemdGenerateArgs) -> Result<i32> {
    let json = match args.format.as_deref() {
        None | Some("") => false,
        Some("json") => true,
        Some(other) => return Err(crate::err!("unknown --format argument: {other} (only json)")),
    };
    if args.template && args.new == Some(false) {
        return Err(crate::err!("--template cannot be set with --new=false"));
    }
    if args.stop_timeout.is_some() && args.time.is_some() {
        return Err(crate::err!("--stop-timeout and --time are redundant and cannot be used together"));
    }
    let executable = std::env::current_exe().map_err(|e| crate::err!("cannot find skiff's own executable: {e}"))?;
    let options = UnitOptions {
        use_names: args.name,
        new: args.new.unwrap_or(false) || args.template,
        template: args.template,
        no_header: args.no_header,
        container_prefix: args.container_prefix.clone(),
        pod_prefix: args.pod_prefix.clone(),
        separator: args.separator.clone(),
        restart_policy: args.restart_policy.clone(),
        restart_sec: args.restart_sec,
        start_timeout: args.start_timeout,
        stop_timeout: args.stop_timeout.or(args.time),
        env: unit_environment(&args.env)?,
        wants: args.wants.clone(),
        after: args.after.clone(),
        requires: args.requires.clone(),
        executable,
    };
    let units = crate::systemd::generate(&ctx.paths, &args.target, &options, &split_create_command)?;
    let mut printed: Vec<(String, String)> = Vec::new();
    if args.files {
        let dir = std::env::current_dir().map_err(|e| crate::err!("the current directory: {e}"))?;
        for unit in &units {
            let path = dir.join(format!("{}.service", unit.name));
            std::fs::write(&path, &unit.content).map_err(|e| crate::err!("cannot write {}: {e}", path.display()))?;
            printed.push((unit.name.clone(), format!("{}{}", path.display(), if json { "" } else { "\n" })));
        }
    } else {
        printed = units.into_iter().map(|u| (u.name, u.content)).collect();
    }
    if json {
        crate::output::json(&printed.into_iter().collect::<BTreeMap<_, _>>());
    } else {
        for (_, text) in printed {
            crate::output::stream_text(false, &text);
        }
    }
    Ok(0)
}

/// `-e` values as KEY=VALUE: KEY alone takes its value from this
/// environment (left out when unset), PREFIX* every variable so named; a
/// variable given twice is set once, to its last value (as podman).
fn unit_environment(given: &[String]) -> Result<Vec<String>> {
    let mut env: Vec<String> = Vec::new();
    for value in given {
        if value.contains('=') {
            if value.starts_with('=') {
                return Err(crate::err!("invalid environment variable {value:?}: no name"));
            }
            env.push(value.clone());
        } else if let Some(prefix) = value.strip_suffix('*') {
            let mut matching: Vec<(String, String)> = std::env::vars().filter(|(k, _)| k.starts_with(prefix)).collect();
            matching.sort();
            env.extend(matching.into_iter().map(|(k, v)| format!("{k}={v}")));
        } else if let Ok(v) = std::env::var(value) {
            env.push(format!("{value}={v}"));
        }
    }
    let key = |assignment: &str| assignment.split('=').next().unwrap_or_default().to_string();
    let mut once: Vec<String> = Vec::new();
    for assignment in env {
        match once.iter().position(|kept| key(kept) == key(&assignment)) {
            Some(at) => once[at] = assignment,
            None => once.push(assignment),
        }
    }
    Ok(once)
}

/// A recorded `run`/`create` command line in its parts, read with skiff's
/// own parser: the image and the container's command are its last words.
fn split_create_command(line: &[String]) -> Result<CreateLine> {
    let unreadable = || crate::err!("the container's create command cannot be read as skiff run or create: {}", line.join(" "));
    let verb = line.iter().position(|w| w == "run" || w == "create").filter(|&at| at > 0).ok_or_else(unreadable)?;
    let words: Vec<OsString> = line.iter().map(OsString::from).collect();
    let matches = crate::cli::refused::command_for(&words).try_get_matches_from(&words).map_err(|_| unreadable())?;
    let mut sub = &matches;
    while let Some((name, inner)) = sub.subcommand() {
        sub = inner;
        if name == "run" || name == "create" {
            break;
        }
    }
    let image = sub.try_get_one::<String>("image").ok().flatten().ok_or_else(unreadable)?;
    let command = sub.try_get_many::<String>("command").ok().flatten().map_or(0, |values| values.count());
    let image_at = line.len().checked_sub(command + 1).filter(|&at| at > verb && line[at] == *image).ok_or_else(unreadable)?;
    Ok(CreateLine { root_flags: line[1..verb].to_vec(), options: line[verb + 1..image_at].to_vec(), image_and_command: line[image_at..].to_vec() })
}
