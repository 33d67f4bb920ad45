//! Short syntaxes to long ones, on one file's parsed YAML before files are
//! merged: `ports: ["8080:80"]` becomes `{target: 80, published: "8080"}`,
//! environment lists become maps, relative paths become absolute (against
//! the directory the file's paths are relative to), and so on. Merging and
//! the typed model then see one shape. Every wrong shape is an error
//! naming its path (`services.web.ports[1]`).

use crate::error::Result;
use serde_json::{json, Map, Value};
use std::path::Path;

fn at(path: &str, message: impl std::fmt::Display) -> crate::error::Error {
    crate::err!("{path}: {message}")
}

/// A scalar as text (YAML gives `user: 1000` as a number).
pub fn scalar_text(value: &Value, path: &str) -> Result<String> {
    match value {
        Value::String(s) => Ok(s.clone()),
        Value::Number(n) => Ok(n.to_string()),
        Value::Bool(b) => Ok(b.to_string()),
        _ => Err(at(path, "must be a string or a number")),
    }
}

/// A string or a list of scalars, as a list of strings.
fn string_list(value: &Value, path: &str) -> Result<Vec<Value>> {
    match value {
        Value::Null => Ok(Vec::new()),
        Value::Array(items) => items.iter().enumerate().map(|(i, v)| scalar_text(v, &format!("{path}[{i}]")).map(Value::String)).collect(),
        other => Ok(vec![Value::String(scalar_text(other, path)?)]),
    }
}

/// A `KEY=VALUE` list or a mapping, as a mapping of strings. A list entry
/// without `=` (or a mapping entry without a value) becomes null when
/// `keep_null`, else the empty string.
fn string_map(value: &Value, path: &str, keep_null: bool) -> Result<Map<String, Value>> {
    let empty = || if keep_null { Value::Null } else { Value::String(String::new()) };
    let mut out = Map::new();
    match value {
        Value::Null => {}
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                let text = scalar_text(item, &format!("{path}[{i}]"))?;
                match text.split_once('=') {
                    Some((key, value)) => out.insert(key.to_string(), Value::String(value.to_string())),
                    None => out.insert(text, empty()),
                };
            }
        }
        Value::Object(map) => {
            for (key, item) in map {
                let value = match item {
                    Value::Null => empty(),
                    other => Value::String(scalar_text(other, &format!("{path}.{key}"))?),
                };
                out.insert(key.clone(), value);
            }
        }
        _ => return Err(at(path, "must be a mapping or a list of KEY=VALUE")),
    }
    Ok(out)
}

/// A command as words: a string split as a shell would, a list as
/// strings; None for null (no command).
fn command_words(value: &Value, path: &str) -> Result<Option<Value>> {
    match value {
        Value::String(line) => Ok(Some(json!(shell_words::split(line).map_err(|e| at(path, e))?))),
        Value::Null => Ok(None),
        other => Ok(Some(Value::Array(string_list(other, path)?))),
    }
}

/// A `develop.watch` rule: its path made absolute against the project
/// directory, `ignore` and `include` as lists, and its `exec` command as
/// words and environment as a map.
fn normalise_watch_rule(rule: &mut Map<String, Value>, path: &str, base: &PathBase) -> Result<()> {
    if let Some(Value::String(watched)) = rule.get("path") {
        let watched = absolute(watched, base.dir, base.home);
        rule.insert("path".into(), Value::String(watched));
    }
    for key in ["ignore", "include"] {
        if let Some(value) = rule.get(key) {
            let list = string_list(value, &format!("{path}.{key}"))?;
            rule.insert(key.to_string(), Value::Array(list));
        }
    }
    if let Some(Value::Object(exec)) = rule.get_mut("exec") {
        normalise_hook(exec, &format!("{path}.exec"))?;
    }
    Ok(())
}

/// A command run in a container (a watch rule's `exec`, a lifecycle
/// hook): its command as words and its environment as a map.
fn normalise_hook(hook: &mut Map<String, Value>, path: &str) -> Result<()> {
    if let Some(value) = hook.get("command") {
        match command_words(value, &format!("{path}.command"))? {
            Some(words) => hook.insert("command".into(), words),
            None => hook.remove("command"),
        };
    }
    if let Some(value) = hook.get("environment") {
        let map = string_map(value, &format!("{path}.environment"), true)?;
        hook.insert("environment".into(), Value::Object(map));
    }
    Ok(())
}

/// `post_start` and `pre_stop`: lists of hooks, each with a command.
fn normalise_hooks(value: &mut Value, path: &str) -> Result<()> {
    let Value::Array(hooks) = value else { return Err(at(path, "must be a list of hooks (mappings with a command)")) };
    for (i, hook) in hooks.iter_mut().enumerate() {
        let at_hook = format!("{path}[{i}]");
        let Value::Object(hook) = hook else { return Err(at(&at_hook, "must be a mapping with a command")) };
        normalise_hook(hook, &at_hook)?;
        if hook.get("command").and_then(Value::as_array).is_none_or(|words| words.is_empty()) {
            return Err(at(&at_hook, "command is required"));
        }
    }
    Ok(())
}

/// A path as written in a compose file, made absolute against `base`
/// (`~` is the home directory).
pub fn absolute(text: &str, base: &Path, home: Option<&str>) -> String {
    let expanded = match (text.strip_prefix('~'), home) {
        (Some(rest), Some(home)) if rest.is_empty() || rest.starts_with('/') => format!("{home}{rest}"),
        _ => text.to_string(),
    };
    // An empty base (config --no-path-resolution) keeps the path as written.
    if base.as_os_str().is_empty() {
        return expanded;
    }
    let joined = base.join(&expanded);
    clean(&joined).to_string_lossy().into_owned()
}

/// `a/./b/../c` as `a/c`, without touching the disk (the path may not exist yet).
fn clean(path: &Path) -> std::path::PathBuf {
    use std::path::Component;
    let mut out = std::path::PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

/// Where paths in a file are relative to, and the home directory for `~`.
pub struct PathBase<'a> {
    pub dir: &'a Path,
    pub home: Option<&'a str>,
}

/// Normalise a whole file: its services and top-level resources.
pub fn normalise_file(root: &mut Map<String, Value>, base: &PathBase) -> Result<()> {
    if let Some(services) = root.get_mut("services") {
        match services {
            Value::Null => *services = json!({}),
            Value::Object(services) => {
                for (name, service) in services.iter_mut() {
                    let path = format!("services.{name}");
                    if service.is_null() {
                        *service = json!({});
                    }
                    let service = service.as_object_mut().ok_or_else(|| at(&path, "must be a mapping"))?;
                    normalise_service(service, &path, base)?;
                }
            }
            _ => return Err(at("services", "must be a mapping")),
        }
    }
    for kind in ["networks", "volumes", "secrets", "configs"] {
        let Some(resources) = root.get_mut(kind) else { continue };
        if resources.is_null() {
            *resources = json!({});
        }
        let resources = resources.as_object_mut().ok_or_else(|| at(kind, "must be a mapping"))?;
        for (name, resource) in resources.iter_mut() {
            let path = format!("{kind}.{name}");
            if resource.is_null() {
                *resource = json!({});
            }
            let resource = resource.as_object_mut().ok_or_else(|| at(&path, "must be a mapping"))?;
            normalise_resource(kind, resource, &path, base)?;
        }
    }
    Ok(())
}

fn normalise_resource(kind: &str, resource: &mut Map<String, Value>, path: &str, base: &PathBase) -> Result<()> {
    for key in ["labels", "driver_opts"] {
        if let Some(value) = resource.get(key) {
            let map = string_map(value, &format!("{path}.{key}"), false)?;
            resource.insert(key.to_string(), Value::Object(map));
        }
    }
    // The legacy `external: {name: x}`.
    if let Some(Value::Object(external)) = resource.get("external").cloned() {
        if let Some(name) = external.get("name") {
            resource.insert("name".into(), Value::String(scalar_text(name, &format!("{path}.external.name"))?));
        }
        resource.insert("external".into(), Value::Bool(true));
    }
    if kind == "secrets" || kind == "configs" {
        if let Some(file) = resource.get("file") {
            let file = scalar_text(file, &format!("{path}.file"))?;
            resource.insert("file".into(), Value::String(absolute(&file, base.dir, base.home)));
        }
    }
    Ok(())
}

/// A secret's or config's `mode`, written in octal as in a shell (0440):
/// docker compose reads a leading 0 as octal, and the YAML parser hands
/// the number over without it, so digits that are all octal are read as
/// octal ("0o440" and "0440" as text too).
fn file_mode(value: &Value) -> Option<u32> {
    let digits = match value {
        Value::Number(n) => {
            let n = n.as_f64()?;
            (n.fract() == 0.0 && n >= 0.0).then(|| format!("{}", n as u64))?
        }
        Value::String(text) => text.trim_start_matches("0o").to_string(),
        _ => return None,
    };
    u32::from_str_radix(&digits, 8).ok().filter(|mode| *mode <= 0o7777)
}

/// Keys whose value is a single string (YAML may give a number).
const TEXT_KEYS: &[&str] = &[
    "image", "user", "working_dir", "hostname", "domainname", "restart", "stop_signal", "stop_grace_period", "network_mode",
    "userns_mode", "pid", "ipc", "shm_size", "container_name", "pull_policy", "platform", "uts", "mac_address",
];

/// Keys whose value is a string or a list of strings.
const LIST_KEYS: &[&str] = &[
    "tmpfs", "dns", "dns_search", "dns_opt", "expose", "cap_add", "cap_drop", "security_opt", "profiles", "group_add", "volumes_from",
    "label_file",
];

fn normalise_service(service: &mut Map<String, Value>, path: &str, base: &PathBase) -> Result<()> {
    let inner = |key: &str| format!("{path}.{key}");
    for key in TEXT_KEYS {
        if let Some(value) = service.get(*key) {
            let text = scalar_text(value, &inner(key))?;
            service.insert(key.to_string(), Value::String(text));
        }
    }
    for key in LIST_KEYS {
        if let Some(value) = service.get(*key) {
            let list = string_list(value, &inner(key))?;
            service.insert(key.to_string(), Value::Array(list));
        }
    }
    for key in ["command", "entrypoint"] {
        if let Some(value) = service.get(key) {
            match command_words(value, &inner(key))? {
                Some(words) => service.insert(key.to_string(), words),
                None => service.remove(key),
            };
        }
    }
    if let Some(value) = service.get("environment") {
        let map = string_map(value, &inner("environment"), true)?;
        service.insert("environment".into(), Value::Object(map));
    }
    for key in ["labels", "annotations", "sysctls"] {
        if let Some(value) = service.get(key) {
            let map = string_map(value, &inner(key), false)?;
            service.insert(key.to_string(), Value::Object(map));
        }
    }
    if let Some(value) = service.get("extra_hosts") {
        let hosts = match value {
            Value::Object(map) => {
                map.iter().map(|(host, ip)| Ok(Value::String(format!("{host}:{}", scalar_text(ip, &format!("{path}.extra_hosts.{host}"))?)))).collect::<Result<Vec<_>>>()?
            }
            other => string_list(other, &inner("extra_hosts"))?
                .into_iter()
                .map(|v| Value::String(v.as_str().unwrap_or_default().replacen('=', ":", 1)))
                .collect(),
        };
        service.insert("extra_hosts".into(), Value::Array(hosts));
    }
    if let Some(Value::Array(files)) = service.get("label_file") {
        let files = files.iter().map(|f| Value::String(absolute(f.as_str().unwrap_or_default(), base.dir, base.home))).collect();
        service.insert("label_file".into(), Value::Array(files));
    }
    if let Some(value) = service.get("devices") {
        let devices = normalise_devices(value, &inner("devices"))?;
        service.insert("devices".into(), devices);
    }
    if let Some(value) = service.get("ulimits") {
        let ulimits = normalise_ulimits(value, &inner("ulimits"))?;
        service.insert("ulimits".into(), ulimits);
    }
    if let Some(value) = service.get("build") {
        let build = normalise_build(value, &inner("build"), base)?;
        service.insert("build".into(), build);
    }
    for key in ["post_start", "pre_stop"] {
        if let Some(value) = service.get_mut(key) {
            normalise_hooks(value, &inner(key))?;
        }
    }
    if let Some(Value::Object(develop)) = service.get_mut("develop") {
        if let Some(Value::Array(rules)) = develop.get_mut("watch") {
            for (i, rule) in rules.iter_mut().enumerate() {
                if let Value::Object(rule) = rule {
                    normalise_watch_rule(rule, &format!("{path}.develop.watch[{i}]"), base)?;
                }
            }
        }
    }
    if let Some(value) = service.get("env_file") {
        let files = normalise_env_files(value, &inner("env_file"), base)?;
        service.insert("env_file".into(), files);
    }
    if let Some(value) = service.get("ports") {
        let ports = normalise_ports(value, &inner("ports"))?;
        service.insert("ports".into(), ports);
    }
    if let Some(value) = service.get("volumes") {
        let volumes = normalise_volumes(value, &inner("volumes"), base)?;
        service.insert("volumes".into(), volumes);
    }
    if let Some(value) = service.get("networks") {
        let networks = match value {
            Value::Array(names) => {
                let names = string_list(&Value::Array(names.clone()), &inner("networks"))?;
                Value::Object(names.into_iter().map(|n| (n.as_str().unwrap_or_default().to_string(), Value::Null)).collect())
            }
            Value::Object(_) | Value::Null => value.clone(),
            _ => return Err(at(&inner("networks"), "must be a list or a mapping")),
        };
        service.insert("networks".into(), networks);
    }
    if let Some(value) = service.get("depends_on") {
        let dependencies = normalise_depends_on(value, &inner("depends_on"))?;
        service.insert("depends_on".into(), dependencies);
    }
    if let Some(Value::Object(check)) = service.get_mut("healthcheck") {
        if let Some(Value::String(line)) = check.get("test") {
            let line = line.clone();
            check.insert("test".into(), json!(["CMD-SHELL", line]));
        }
        for key in ["interval", "timeout", "start_period", "start_interval"] {
            if let Some(value) = check.get(key) {
                let text = scalar_text(value, &format!("{path}.healthcheck.{key}"))?;
                check.insert(key.into(), Value::String(text));
            }
        }
    }
    for key in ["secrets", "configs"] {
        if let Some(Value::Array(items)) = service.get(key) {
            let items = items
                .iter()
                .enumerate()
                .map(|(i, item)| match item {
                    Value::String(source) => Ok(json!({ "source": source })),
                    Value::Object(fields) => {
                        let mut fields = fields.clone();
                        if let Some(mode) = fields.get("mode") {
                            let mode = file_mode(mode).ok_or_else(|| at(&format!("{path}.{key}[{i}].mode"), "must be an octal mode such as 0440"))?;
                            fields.insert("mode".into(), json!(mode));
                        }
                        Ok(Value::Object(fields))
                    }
                    _ => Err(at(&format!("{path}.{key}[{i}]"), "must be a name or a mapping")),
                })
                .collect::<Result<Vec<_>>>()?;
            service.insert(key.to_string(), Value::Array(items));
        }
    }
    if let Some(Value::Object(logging)) = service.get("logging") {
        if let Some(options) = logging.get("options") {
            let options = string_map(options, &format!("{path}.logging.options"), false)?;
            let mut logging = logging.clone();
            logging.insert("options".into(), Value::Object(options));
            service.insert("logging".into(), Value::Object(logging));
        }
    }
    Ok(())
}

/// `devices`: `SOURCE[:TARGET[:PERMISSIONS]]`, or the long syntax
/// `{source, target, permissions}` folded into it.
fn normalise_devices(value: &Value, path: &str) -> Result<Value> {
    let Value::Array(items) = value else { return Err(at(path, "must be a list")) };
    let mut devices = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let inner = format!("{path}[{i}]");
        let device = match item {
            Value::Object(fields) => {
                let field = |key: &str| fields.get(key).map(|v| scalar_text(v, &format!("{inner}.{key}"))).transpose();
                let source = field("source")?.ok_or_else(|| at(&inner, "needs a source"))?;
                let target = field("target")?.unwrap_or_else(|| source.clone());
                match field("permissions")? {
                    Some(permissions) => format!("{source}:{target}:{permissions}"),
                    None => format!("{source}:{target}"),
                }
            }
            other => scalar_text(other, &inner)?,
        };
        devices.push(Value::String(device));
    }
    Ok(Value::Array(devices))
}

/// `ulimits`: `nofile: 1024` (both limits) or `nofile: {soft: 1024, hard: 2048}`.
fn normalise_ulimits(value: &Value, path: &str) -> Result<Value> {
    let Value::Object(limits) = value else { return Err(at(path, "must be a mapping")) };
    let mut out = Map::new();
    for (name, limit) in limits {
        let limit = match limit {
            Value::Number(_) | Value::String(_) => json!({ "soft": limit, "hard": limit }),
            Value::Object(_) => limit.clone(),
            _ => return Err(at(&format!("{path}.{name}"), "must be a number or a mapping with soft and hard")),
        };
        out.insert(name.clone(), limit);
    }
    Ok(Value::Object(out))
}

fn normalise_build(value: &Value, path: &str, base: &PathBase) -> Result<Value> {
    let mut build = match value {
        Value::String(context) => json!({ "context": context }),
        Value::Object(_) => value.clone(),
        _ => return Err(at(path, "must be a path or a mapping")),
    };
    let build_map = build.as_object_mut().expect("a mapping");
    let context = match build_map.get("context") {
        Some(context) => scalar_text(context, &format!("{path}.context"))?,
        None => ".".to_string(),
    };
    // A git or URL context is taken as it is.
    let context = if context.contains("://") || context.starts_with("git@") { context } else { absolute(&context, base.dir, base.home) };
    build_map.insert("context".into(), Value::String(context));
    if let Some(args) = build_map.get("args") {
        let args = string_map(args, &format!("{path}.args"), true)?;
        build_map.insert("args".into(), Value::Object(args));
    }
    if let Some(labels) = build_map.get("labels") {
        let labels = string_map(labels, &format!("{path}.labels"), false)?;
        build_map.insert("labels".into(), Value::Object(labels));
    }
    if let Some(ssh) = build_map.get("ssh") {
        // A list of "default" or "ID=PATH", or a mapping of ID to PATH; paths from the project's directory.
        let ssh_path = format!("{path}.ssh");
        let entries: Vec<(String, Option<String>)> = match ssh {
            Value::Array(items) => items
                .iter()
                .map(|item| {
                    let text = scalar_text(item, &ssh_path)?;
                    Ok(match text.split_once('=') {
                        Some((id, socket)) => (id.to_string(), Some(socket.to_string())),
                        None => (text, None),
                    })
                })
                .collect::<Result<_>>()?,
            Value::Object(_) => string_map(ssh, &ssh_path, true)?
                .into_iter()
                .map(|(id, socket)| (id, socket.as_str().filter(|s| !s.is_empty()).map(str::to_string)))
                .collect(),
            _ => return Err(at(&ssh_path, "must be a list or a mapping")),
        };
        let entries = entries
            .into_iter()
            .map(|(id, socket)| match socket {
                Some(socket) => Value::String(format!("{id}={}", absolute(&socket, base.dir, base.home))),
                None => Value::String(id),
            })
            .collect();
        build_map.insert("ssh".into(), Value::Array(entries));
    }
    Ok(build)
}

fn normalise_env_files(value: &Value, path: &str, base: &PathBase) -> Result<Value> {
    let items = match value {
        Value::Array(items) => items.clone(),
        other => vec![other.clone()],
    };
    let files = items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let item_path = format!("{path}[{i}]");
            let (file, required) = match item {
                Value::Object(map) => {
                    let file = map.get("path").ok_or_else(|| at(&item_path, "needs a path"))?;
                    let required = match map.get("required") {
                        None => true,
                        Some(Value::Bool(b)) => *b,
                        Some(_) => return Err(at(&format!("{item_path}.required"), "must be true or false")),
                    };
                    (scalar_text(file, &format!("{item_path}.path"))?, required)
                }
                other => (scalar_text(other, &item_path)?, true),
            };
            Ok(json!({ "path": absolute(&file, base.dir, base.home), "required": required }))
        })
        .collect::<Result<Vec<_>>>()?;
    Ok(Value::Array(files))
}

/// `8080-8081:80-81/udp` and friends as long-syntax entries (one per
/// container port).
pub fn normalise_ports(value: &Value, path: &str) -> Result<Value> {
    let Value::Array(items) = value else { return Err(at(path, "must be a list")) };
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let item_path = format!("{path}[{i}]");
        match item {
            Value::Object(long) => {
                let mut long = long.clone();
                if let Some(published) = long.get("published") {
                    let text = scalar_text(published, &format!("{item_path}.published"))?;
                    long.insert("published".into(), Value::String(text));
                }
                if let Some(Value::String(target)) = long.get("target") {
                    let target: u16 = target.parse().map_err(|_| at(&format!("{item_path}.target"), format!("invalid port {target:?}")))?;
                    long.insert("target".into(), json!(target));
                }
                out.push(Value::Object(long));
            }
            Value::Number(_) | Value::String(_) => {
                let text = scalar_text(item, &item_path)?;
                out.extend(short_port(&text).map_err(|e| at(&item_path, e))?);
            }
            _ => return Err(at(&item_path, "must be a port (\"8080:80\") or a mapping")),
        }
    }
    Ok(Value::Array(out))
}

fn port_range(text: &str) -> std::result::Result<(u16, u16), String> {
    let parse = |p: &str| p.parse::<u16>().map_err(|_| format!("invalid port {p:?}"));
    match text.split_once('-') {
        Some((low, high)) => {
            let (low, high) = (parse(low)?, parse(high)?);
            if high < low {
                return Err(format!("invalid port range {text:?}"));
            }
            Ok((low, high))
        }
        None => {
            let port = parse(text)?;
            Ok((port, port))
        }
    }
}

fn short_port(text: &str) -> std::result::Result<Vec<Value>, String> {
    let (spec, protocol) = text.split_once('/').unwrap_or((text, "tcp"));
    let (host, target) = match spec.rsplit_once(':') {
        Some((host, target)) => (Some(host), target),
        None => (None, spec),
    };
    let (host_ip, published) = match host {
        None => (None, None),
        Some(host) => match host.rsplit_once(':') {
            // An IPv6 address comes in brackets.
            Some((ip, published)) => (Some(ip.trim_start_matches('[').trim_end_matches(']').to_string()), Some(published)),
            None => (None, Some(host)),
        },
    };
    let published = published.filter(|p| !p.is_empty());
    let (low, high) = port_range(target)?;
    let count = (high - low) as usize + 1;
    let published_range = published.map(port_range).transpose()?;
    if let Some((plow, phigh)) = published_range {
        if count > 1 && (phigh - plow) as usize + 1 != count {
            return Err(format!("port ranges don't match in length: {text:?}"));
        }
    }
    Ok((0..count)
        .map(|i| {
            let mut entry = json!({ "target": low + i as u16, "protocol": protocol, "mode": "ingress" });
            let published = match published_range {
                Some((plow, _)) if count > 1 => Some((plow + i as u16).to_string()),
                Some(_) => published.map(str::to_string),
                None => None,
            };
            if let Some(published) = published {
                entry["published"] = json!(published);
            }
            if let Some(ip) = &host_ip {
                entry["host_ip"] = json!(ip);
            }
            entry
        })
        .collect())
}

fn normalise_volumes(value: &Value, path: &str, base: &PathBase) -> Result<Value> {
    let Value::Array(items) = value else { return Err(at(path, "must be a list")) };
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let item_path = format!("{path}[{i}]");
        let mut long = match item {
            Value::String(text) => short_volume(text).map_err(|e| at(&item_path, e))?,
            Value::Object(long) => long.clone(),
            _ => return Err(at(&item_path, "must be SOURCE:TARGET[:MODE] or a mapping")),
        };
        let is_bind = long.get("type").and_then(Value::as_str) == Some("bind");
        if is_bind {
            if let Some(source) = long.get("source") {
                let source = scalar_text(source, &format!("{item_path}.source"))?;
                long.insert("source".into(), Value::String(absolute(&source, base.dir, base.home)));
            }
        }
        out.push(Value::Object(long));
    }
    Ok(Value::Array(out))
}

fn short_volume(text: &str) -> std::result::Result<Map<String, Value>, String> {
    let parts: Vec<&str> = text.split(':').collect();
    let (source, target, mode) = match parts[..] {
        [target] => (None, target, None),
        [source, target] => (Some(source), target, None),
        [source, target, mode] => (Some(source), target, Some(mode)),
        _ => return Err(format!("invalid volume {text:?}: use [SOURCE:]TARGET[:MODE]")),
    };
    if target.is_empty() {
        return Err(format!("invalid volume {text:?}: no target"));
    }
    let mut long = Map::new();
    let is_path = |s: &str| s.starts_with('/') || s.starts_with('.') || s.starts_with('~');
    match source {
        None => {
            long.insert("type".into(), json!("volume"));
        }
        Some(source) if is_path(source) => {
            long.insert("type".into(), json!("bind"));
            long.insert("source".into(), json!(source));
            // The short syntax creates a missing host directory, as docker does.
            long.insert("bind".into(), json!({ "create_host_path": true }));
        }
        Some(source) => {
            long.insert("type".into(), json!("volume"));
            long.insert("source".into(), json!(source));
        }
    }
    long.insert("target".into(), json!(target));
    for option in mode.into_iter().flat_map(|m| m.split(',')) {
        match option {
            "ro" => {
                long.insert("read_only".into(), json!(true));
            }
            "rw" | "" => {}
            "z" | "Z" => {
                let bind = long.entry("bind").or_insert_with(|| json!({}));
                bind["selinux"] = json!(option);
            }
            "nocopy" => {
                long.insert("volume".into(), json!({ "nocopy": true }));
            }
            "shared" | "rshared" | "slave" | "rslave" | "private" | "rprivate" => {
                let bind = long.entry("bind").or_insert_with(|| json!({}));
                bind["propagation"] = json!(option);
            }
            other => return Err(format!("invalid volume {text:?}: unknown mode {other:?}")),
        }
    }
    Ok(long)
}

fn normalise_depends_on(value: &Value, path: &str) -> Result<Value> {
    let mut out = Map::new();
    match value {
        Value::Array(names) => {
            for (i, name) in names.iter().enumerate() {
                let name = scalar_text(name, &format!("{path}[{i}]"))?;
                out.insert(name, json!({ "condition": "service_started", "required": true }));
            }
        }
        Value::Object(map) => {
            for (name, dependency) in map {
                let mut dependency = match dependency {
                    Value::Object(d) => d.clone(),
                    Value::Null => Map::new(),
                    _ => return Err(at(&format!("{path}.{name}"), "must be a mapping")),
                };
                dependency.entry("condition").or_insert_with(|| json!("service_started"));
                dependency.entry("required").or_insert_with(|| json!(true));
                out.insert(name.clone(), Value::Object(dependency));
            }
        }
        _ => return Err(at(path, "must be a list or a mapping")),
    }
    Ok(Value::Object(out))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_ports() {
        let ports = normalise_ports(&json!(["8080:80", 9000, "127.0.0.1:5000-5001:50-51/udp", "[::1]::53/udp", "7000-7002:70"]), "p").unwrap();
        assert_eq!(ports[0], json!({"target": 80, "published": "8080", "protocol": "tcp", "mode": "ingress"}));
        assert_eq!(ports[1], json!({"target": 9000, "protocol": "tcp", "mode": "ingress"}));
        assert_eq!(ports[2], json!({"target": 50, "published": "5000", "host_ip": "127.0.0.1", "protocol": "udp", "mode": "ingress"}));
        assert_eq!(ports[3], json!({"target": 51, "published": "5001", "host_ip": "127.0.0.1", "protocol": "udp", "mode": "ingress"}));
        assert_eq!(ports[4], json!({"target": 53, "host_ip": "::1", "protocol": "udp", "mode": "ingress"}));
        assert_eq!(ports[5], json!({"target": 70, "published": "7000-7002", "protocol": "tcp", "mode": "ingress"}));
        let e = normalise_ports(&json!(["80", "1-3:4-5"]), "services.web.ports").unwrap_err();
        assert!(e.message.starts_with("services.web.ports[1]: port ranges"), "{}", e.message);
    }

    #[test]
    fn short_volumes() {
        let base = PathBase { dir: Path::new("/project"), home: Some("/home/u") };
        let volumes = normalise_volumes(&json!(["data:/data", "./site:/www:ro", "/cache", "~/x:/x"]), "v", &base).unwrap();
        assert_eq!(volumes[0], json!({"type": "volume", "source": "data", "target": "/data"}));
        assert_eq!(
            volumes[1],
            json!({"type": "bind", "source": "/project/site", "target": "/www", "read_only": true, "bind": {"create_host_path": true}})
        );
        assert_eq!(volumes[2], json!({"type": "volume", "target": "/cache"}));
        assert_eq!(volumes[3]["source"], json!("/home/u/x"));
        assert!(normalise_volumes(&json!(["a:/b:bogus"]), "v", &base).unwrap_err().message.contains("unknown mode"));
    }

    #[test]
    fn environment_labels_and_commands() {
        let base = PathBase { dir: Path::new("/p"), home: None };
        let mut service = json!({
            "environment": ["A=1", "B"],
            "labels": {"x": 1, "y": null},
            "command": "sh -c 'echo hi'",
            "depends_on": ["db"],
            "healthcheck": {"test": "wget -q localhost", "interval": "5s"},
            "user": 1000,
            "dns": "1.1.1.1",
        });
        normalise_service(service.as_object_mut().unwrap(), "services.s", &base).unwrap();
        assert_eq!(service["environment"], json!({"A": "1", "B": null}));
        assert_eq!(service["labels"], json!({"x": "1", "y": ""}));
        assert_eq!(service["command"], json!(["sh", "-c", "echo hi"]));
        assert_eq!(service["depends_on"], json!({"db": {"condition": "service_started", "required": true}}));
        assert_eq!(service["healthcheck"]["test"], json!(["CMD-SHELL", "wget -q localhost"]));
        assert_eq!(service["user"], json!("1000"));
        assert_eq!(service["dns"], json!(["1.1.1.1"]));
    }

    #[test]
    fn devices_ulimits_and_label_files() {
        let base = PathBase { dir: Path::new("/p"), home: None };
        let mut service = json!({
            "devices": ["/dev/null", {"source": "/dev/zero", "target": "/dev/z", "permissions": "r"}, {"source": "/dev/full"}],
            "ulimits": {"nofile": {"soft": 10, "hard": 20}, "nproc": 5},
            "label_file": "./labels",
            "group_add": [10, "wheel"],
        });
        normalise_service(service.as_object_mut().unwrap(), "services.web", &base).unwrap();
        assert_eq!(service["devices"], json!(["/dev/null", "/dev/zero:/dev/z:r", "/dev/full:/dev/full"]));
        assert_eq!(service["ulimits"], json!({"nofile": {"soft": 10, "hard": 20}, "nproc": {"soft": 5, "hard": 5}}));
        assert_eq!(service["label_file"], json!(["/p/labels"]));
        assert_eq!(service["group_add"], json!(["10", "wheel"]));
        let mut service = json!({"devices": [{"target": "/dev/z"}]});
        let e = normalise_service(service.as_object_mut().unwrap(), "services.web", &base).unwrap_err();
        assert_eq!(e.message, "services.web.devices[0]: needs a source");
    }

    #[test]
    fn wrong_shapes_name_their_path() {
        let base = PathBase { dir: Path::new("/p"), home: None };
        let mut service = json!({"environment": 5});
        let e = normalise_service(service.as_object_mut().unwrap(), "services.web", &base).unwrap_err();
        assert_eq!(e.message, "services.web.environment: must be a mapping or a list of KEY=VALUE");
        let mut service = json!({"ports": ["80", {"a": 1}, ["x"]]});
        let e = normalise_service(service.as_object_mut().unwrap(), "services.web", &base).unwrap_err();
        assert!(e.message.starts_with("services.web.ports[2]:"), "{}", e.message);
    }
}
