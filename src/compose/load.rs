//! From compose files to a project: finding the files, the variables
//! (`.env`, `--env-file`, the environment), parsing, interpolation,
//! normalisation, `include`, `extends`, merging, the typed model, profiles
//! and the checks that make a model runnable. Nothing is created here.

use super::interpolate::{self, Variables};
use super::merge::merge;
use super::model::{EnvFile, Model, Network, Service, WatchAction};
use super::normalise::{self, PathBase};
use crate::error::{Context as _, Result};
use serde_json::{Map, Value};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The names `compose` looks for, in order, in the current directory and its parents.
pub const FILE_NAMES: &[&str] = &["compose.yaml", "compose.yml", "docker-compose.yaml", "docker-compose.yml"];
const OVERRIDE_NAMES: &[&str] = &["compose.override.yaml", "compose.override.yml", "docker-compose.override.yaml", "docker-compose.override.yml"];

/// What the user asked for, in the engine's terms.
#[derive(Debug, Clone, Default)]
pub struct LoadOptions {
    /// `-f` files in order (`-` is standard input); none: COMPOSE_FILE or discovery
    pub files: Vec<PathBuf>,
    pub project_directory: Option<PathBuf>,
    pub project_name: Option<String>,
    /// `--env-file`; none: `.env` in the project directory
    pub env_files: Vec<PathBuf>,
    pub profiles: Vec<String>,
    /// The process environment (it wins over env files)
    pub environment: Variables,
    /// Where the command runs, where discovery starts
    pub working_dir: PathBuf,
    /// Steps `config` may leave out (all are taken by default)
    pub skip: SkipSteps,
}

/// Steps of loading that `compose config` may leave out, to show the
/// model as it was written.
#[derive(Debug, Clone, Copy, Default)]
pub struct SkipSteps {
    /// Keep `${VAR}` as written
    pub interpolation: bool,
    /// Keep short syntax as written (the model is not typed then)
    pub normalisation: bool,
    /// Keep relative paths relative
    pub path_resolution: bool,
    /// Keep `env_file` and valueless `environment` entries as written
    pub env_resolution: bool,
    /// Accept references to undefined services, networks and volumes
    pub consistency: bool,
}

/// The files read and merged, before the model is typed.
struct Merged {
    files: Vec<PathBuf>,
    project_dir: PathBuf,
    variables: Variables,
    root: Map<String, Value>,
}

/// A loaded project: its name, where it is, and its model.
#[derive(Debug, Clone)]
pub struct Project {
    pub name: String,
    pub working_dir: PathBuf,
    pub config_files: Vec<PathBuf>,
    /// The model with only the services the active profiles enable
    pub model: Model,
    /// Services that profiles leave out (a command naming one enables it)
    pub disabled: BTreeMap<String, Service>,
    pub variables: Variables,
    /// Networks, volumes, secrets and configs that no enabled service uses,
    /// once set aside (see `set_aside_unused_resources`)
    pub unused: Model,
}

impl Project {
    /// Every profile a service names, enabled or not.
    pub fn all_profiles(&self) -> BTreeSet<String> {
        self.model.services.values().chain(self.disabled.values()).flat_map(|s| s.profiles.iter().cloned()).collect()
    }

    /// Check that each named service exists, enabling those that profiles
    /// left out (as docker compose does for a service named on the command line).
    pub fn select(&mut self, names: &[String]) -> Result<()> {
        for name in names {
            if self.model.services.contains_key(name) {
                continue;
            }
            match self.disabled.remove(name) {
                Some(service) => {
                    take_back_resources(&mut self.model, &mut self.unused, &service);
                    self.model.services.insert(name.clone(), service);
                }
                None => return Err(crate::err!("no such service: {name}")),
            }
        }
        check_dependencies(&self.model)
    }

    /// Set aside the networks, volumes, secrets and configs that none of
    /// the model's services uses: docker compose leaves them out of a
    /// project unless `--all-resources` is given. A service enabled later
    /// by naming it takes back those it uses.
    pub fn set_aside_unused_resources(&mut self) {
        let services = std::mem::take(&mut self.model.services);
        let mut used = Model::default();
        for service in services.values() {
            take_back_resources(&mut used, &mut self.model, service);
        }
        self.model.services = services;
        // What is left in the model is what no service took.
        self.unused.networks.append(&mut self.model.networks);
        self.unused.volumes.append(&mut self.model.volumes);
        self.unused.secrets.append(&mut self.model.secrets);
        self.unused.configs.append(&mut self.model.configs);
        self.model.networks = used.networks;
        self.model.volumes = used.volumes;
        self.model.secrets = used.secrets;
        self.model.configs = used.configs;
    }

    /// The services named and, unless `no_deps`, those they depend on;
    /// all services when none is named.
    pub fn with_dependencies(&self, names: &[String], no_deps: bool) -> BTreeSet<String> {
        if names.is_empty() {
            return self.model.services.keys().cloned().collect();
        }
        let mut wanted: BTreeSet<String> = names.iter().cloned().collect();
        if no_deps {
            return wanted;
        }
        let mut queue: Vec<String> = names.to_vec();
        while let Some(name) = queue.pop() {
            let Some(service) = self.model.services.get(&name) else { continue };
            for dependency in implied_dependencies(service) {
                if self.model.services.contains_key(&dependency) && wanted.insert(dependency.clone()) {
                    queue.push(dependency);
                }
            }
        }
        wanted
    }

    /// The services named and, unless `no_deps`, the services that depend
    /// on them with `restart: true` (and on those, and so on): what
    /// `restart` restarts, as docker compose does. All services when none
    /// is named.
    pub fn with_restart_dependents(&self, names: &[String], no_deps: bool) -> BTreeSet<String> {
        if names.is_empty() {
            return self.model.services.keys().cloned().collect();
        }
        let mut wanted: BTreeSet<String> = names.iter().cloned().collect();
        let mut queue: Vec<String> = if no_deps { Vec::new() } else { names.to_vec() };
        while let Some(name) = queue.pop() {
            for (dependent, service) in &self.model.services {
                let restarts = service.depends_on.get(&name).is_some_and(|d| d.restart);
                if restarts && wanted.insert(dependent.clone()) {
                    queue.push(dependent.clone());
                }
            }
        }
        wanted
    }
}

/// Move the networks, volumes, secrets and configs `service` uses from
/// `from` into `into` (those `from` has).
fn take_back_resources(into: &mut Model, from: &mut Model, service: &Service) {
    for key in service.networks.keys() {
        if let Some(network) = from.networks.remove(key) {
            into.networks.insert(key.clone(), network);
        }
    }
    for key in service.volumes.iter().filter(|v| v.kind == "volume").filter_map(|v| v.source.as_ref()) {
        if let Some(volume) = from.volumes.remove(key) {
            into.volumes.insert(key.clone(), volume);
        }
    }
    for (references, into, from) in [(&service.secrets, &mut into.secrets, &mut from.secrets), (&service.configs, &mut into.configs, &mut from.configs)] {
        for reference in references {
            if let Some(object) = from.remove(&reference.source) {
                into.insert(reference.source.clone(), object);
            }
        }
    }
}

/// The services a service needs started first: its `depends_on`, and the
/// ones whose namespaces or volumes it shares.
pub fn implied_dependencies(service: &Service) -> Vec<String> {
    let mut names: Vec<String> = service.depends_on.keys().cloned().collect();
    names.extend(shared_services(service).into_iter().map(|(_, name)| name.to_string()));
    let linked: Vec<String> = linked_services(service).map(|(name, _)| name.to_string()).filter(|name| !names.contains(name)).collect();
    names.extend(linked);
    names
}

/// The services `links` names (SERVICE[:ALIAS]), each with its alias.
pub fn linked_services(service: &Service) -> impl Iterator<Item = (&str, &str)> {
    service.links.iter().map(|link| link.split_once(':').unwrap_or((link.as_str(), link.as_str())))
}

/// The services a service shares something with, each with the key naming
/// it: `network_mode`, `ipc` and `pid` as `service:NAME`, and `volumes_from`
/// as `NAME[:ro|rw]` (`container:NAME` names a container, not a service).
pub fn shared_services(service: &Service) -> Vec<(&'static str, &str)> {
    let mut shared = Vec::new();
    for (key, mode) in [("network_mode", &service.network_mode), ("ipc", &service.ipc), ("pid", &service.pid)] {
        if let Some(name) = mode.as_deref().and_then(|m| m.strip_prefix("service:")) {
            shared.push((key, name));
        }
    }
    for source in &service.volumes_from {
        if !source.starts_with("container:") {
            shared.push(("volumes_from", source.split(':').next().unwrap_or_default()));
        }
    }
    shared
}

/// Load a project as `options` say.
pub fn load(options: &LoadOptions) -> Result<Project> {
    let Merged { files, project_dir, variables, root } = read_and_merge(options)?;
    let names = files.iter().map(|f| display(f)).collect::<Vec<_>>().join(", ");
    let mut model: Model = typed(Value::Object(root), &names, false)?;
    let name = project_name(options, &variables, model.name.as_deref(), &project_dir)?;
    model.name = Some(name.clone());
    finish(&mut model, &name, &variables, options.skip)?;
    // Profiles: --profile and COMPOSE_PROFILES.
    let mut active: BTreeSet<String> = options.profiles.iter().cloned().collect();
    if let Some(listed) = variables.get("COMPOSE_PROFILES") {
        active.extend(listed.split(',').map(str::trim).filter(|p| !p.is_empty()).map(str::to_string));
    }
    let enabled = |s: &Service| s.profiles.is_empty() || active.contains("*") || s.profiles.iter().any(|p| active.contains(p));
    let (on, off): (BTreeMap<_, _>, BTreeMap<_, _>) = std::mem::take(&mut model.services).into_iter().partition(|(_, s)| enabled(s));
    model.services = on;
    if !options.skip.consistency {
        check_dependencies(&model)?;
    }
    Ok(Project { name, working_dir: project_dir, config_files: files, model, disabled: off, variables, unused: Model::default() })
}

/// The project's files merged as written (as `options.skip` allows), not
/// typed: what `config --no-interpolate` and `--no-normalize` show, with
/// the project's name set.
pub fn load_as_written(options: &LoadOptions) -> Result<Map<String, Value>> {
    let Merged { project_dir, variables, mut root, .. } = read_and_merge(options)?;
    let top_level = root.get("name").and_then(Value::as_str).map(str::to_string);
    let name = project_name(options, &variables, top_level.as_deref(), &project_dir)?;
    root.insert("name".into(), Value::String(name));
    Ok(root)
}

/// Every file read, interpolated and normalised (unless skipped), merged.
fn read_and_merge(options: &LoadOptions) -> Result<Merged> {
    let mut variables = options.environment.clone();
    let files = config_files(options, &variables)?;
    let project_dir = match &options.project_directory {
        Some(dir) => options.working_dir.join(dir),
        None => files.first().and_then(|f| f.parent()).map(Path::to_path_buf).unwrap_or_else(|| options.working_dir.clone()),
    };
    // The process environment wins over the env files.
    let env_files: Vec<PathBuf> = if options.env_files.is_empty() {
        vec![project_dir.join(".env")].into_iter().filter(|p| p.is_file()).collect()
    } else {
        options.env_files.iter().map(|f| options.working_dir.join(f)).collect()
    };
    for file in &env_files {
        for (key, value) in read_env_file(file, &variables)? {
            variables.entry(key).or_insert(value);
        }
    }
    let home = variables.get("HOME").cloned();
    // An empty base keeps relative paths as written.
    let path_dir = if options.skip.path_resolution { PathBuf::new() } else { project_dir.clone() };
    let base = PathBase { dir: &path_dir, home: home.as_deref() };
    let mut merged = Value::Object(Map::new());
    let as_written = options.skip.interpolation || options.skip.normalisation;
    for file in &files {
        let loaded = load_file(file, &base, &variables, options.skip, &mut Vec::new())?;
        // Short syntax and `${VAR}` left as written need not fit the types.
        if !as_written {
            check_types(&Value::Object(loaded.clone()), &display(file))?;
        }
        merge(&mut merged, Value::Object(loaded), "");
    }
    let root = match merged {
        Value::Object(map) => map,
        _ => unreachable!("merging mappings gives a mapping"),
    };
    Ok(Merged { files, project_dir, variables, root })
}

/// The files to read: `-f`, else COMPOSE_FILE, else the first compose
/// file found in the working directory or a parent, with its override file.
fn config_files(options: &LoadOptions, variables: &Variables) -> Result<Vec<PathBuf>> {
    if !options.files.is_empty() {
        return options
            .files
            .iter()
            .map(|f| {
                if f.as_os_str() == "-" {
                    return Ok(f.clone());
                }
                let path = options.working_dir.join(f);
                if !path.is_file() {
                    return Err(crate::err!("{}: no such file", f.display()));
                }
                Ok(path)
            })
            .collect();
    }
    if let Some(listed) = variables.get("COMPOSE_FILE").filter(|v| !v.is_empty()) {
        let separator = variables.get("COMPOSE_PATH_SEPARATOR").map(String::as_str).unwrap_or(":");
        return Ok(listed.split(separator).map(|f| options.working_dir.join(f)).collect());
    }
    let start = options.project_directory.as_ref().map(|d| options.working_dir.join(d)).unwrap_or_else(|| options.working_dir.clone());
    for dir in start.ancestors() {
        let Some(found) = FILE_NAMES.iter().map(|n| dir.join(n)).find(|p| p.is_file()) else { continue };
        let others: Vec<&str> = FILE_NAMES.iter().filter(|n| dir.join(n).is_file() && dir.join(n) != found).copied().collect();
        if !others.is_empty() {
            crate::sys::warnings::warn(&format!(
                "found several compose files in {} ({}): using {}",
                dir.display(),
                others.join(", "),
                display(&found)
            ));
        }
        let mut files = vec![found];
        if let Some(extra) = OVERRIDE_NAMES.iter().map(|n| dir.join(n)).find(|p| p.is_file()) {
            files.push(extra);
        }
        return Ok(files);
    }
    Err(crate::err!(
        "no compose file found in {} or a parent directory (looked for {})",
        start.display(),
        FILE_NAMES.join(", ")
    ))
}

fn display(path: &Path) -> String {
    if path.as_os_str() == "-" {
        return "standard input".to_string();
    }
    path.display().to_string()
}

fn read_env_file(path: &Path, outer: &Variables) -> Result<Vec<(String, String)>> {
    let text = std::fs::read_to_string(path).context(|| format!("read env file {}", path.display()))?;
    interpolate::parse_env_file(&text, outer).map_err(|e| crate::err!("{}: {e}", path.display()))
}

/// Parse YAML text into a mapping; an error names the file, line and column.
pub fn parse_yaml(text: &str, file: &str) -> Result<Map<String, Value>> {
    let value: Value = serde_saphyr::from_str(text).map_err(|e| {
        let message = e.without_snippet().to_string();
        let message = message.lines().next().unwrap_or("").to_string();
        match e.location() {
            Some(at) => {
                let place = format!(" at line {}, column {}", at.line(), at.column());
                let message = message.replace(&place, "");
                crate::err!("{file}: line {}, column {}: {message}", at.line(), at.column())
            }
            None => crate::err!("{file}: {message}"),
        }
    })?;
    match value {
        Value::Object(map) => Ok(map),
        Value::Null => Ok(Map::new()),
        _ => Err(crate::err!("{file}: the top level must be a mapping")),
    }
}

/// One file (and what it includes and extends): read, interpolated,
/// normalised, with `include` and `extends` resolved. `chain` holds the
/// files being included, to refuse a circle.
fn load_file(file: &Path, base: &PathBase, variables: &Variables, skip: SkipSteps, chain: &mut Vec<PathBuf>) -> Result<Map<String, Value>> {
    let name = display(file);
    if chain.iter().any(|f| f == file) {
        return Err(crate::err!("{name}: includes itself (through {})", chain.iter().map(|f| display(f)).collect::<Vec<_>>().join(" -> ")));
    }
    let text = if file.as_os_str() == "-" {
        std::io::read_to_string(std::io::stdin()).context(|| "read standard input".to_string())?
    } else {
        std::fs::read_to_string(file).context(|| format!("read {name}"))?
    };
    let mut root = Value::Object(parse_yaml(&text, &name)?);
    if !skip.interpolation {
        interpolate::interpolate_value(&mut root, variables, "").map_err(|e| crate::err!("{name}: {}", e.message))?;
    }
    let Value::Object(mut root) = root else { unreachable!("still a mapping") };
    if root.remove("version").is_some() {
        crate::sys::warnings::warn(&format!("{name}: the attribute `version` is obsolete, it will be ignored"));
    }
    if !skip.normalisation {
        normalise::normalise_file(&mut root, base).map_err(|e| crate::err!("{name}: {}", e.message))?;
    }
    resolve_extends(&mut root, file, base, variables, skip).map_err(|e| crate::err!("{name}: {}", e.message))?;
    if let Some(include) = root.remove("include") {
        chain.push(file.to_path_buf());
        let included = load_includes(&include, base, variables, skip, chain).map_err(|e| if e.message.contains(": ") { e } else { crate::err!("{name}: {}", e.message) })?;
        chain.pop();
        for (kind, resources) in included {
            let Value::Object(resources) = resources else { continue };
            let mine = root.entry(kind.clone()).or_insert_with(|| Value::Object(Map::new()));
            let Some(mine) = mine.as_object_mut() else { continue };
            for (key, resource) in resources {
                match mine.get(&key) {
                    Some(existing) if *existing != resource => {
                        return Err(crate::err!("{name}: {kind}.{key} conflicts with the one an included file defines"));
                    }
                    _ => {
                        mine.insert(key, resource);
                    }
                }
            }
        }
    }
    Ok(root)
}

/// `include:` entries: a path, or `{path, project_directory, env_file}`.
/// Each is loaded as a project of its own, relative to its own directory.
fn load_includes(include: &Value, base: &PathBase, variables: &Variables, skip: SkipSteps, chain: &mut Vec<PathBuf>) -> Result<Map<String, Value>> {
    let Value::Array(entries) = include else { return Err(crate::err!("include: must be a list")) };
    let mut out = Value::Object(Map::new());
    for (i, entry) in entries.iter().enumerate() {
        let path = format!("include[{i}]");
        let (files, project_dir, env_files) = match entry {
            Value::Object(long) => {
                let files = match long.get("path") {
                    Some(Value::Array(files)) => files.iter().map(|f| normalise::scalar_text(f, &path)).collect::<Result<Vec<_>>>()?,
                    Some(file) => vec![normalise::scalar_text(file, &format!("{path}.path"))?],
                    None => return Err(crate::err!("{path}: needs a path")),
                };
                let dir = long.get("project_directory").map(|d| normalise::scalar_text(d, &format!("{path}.project_directory"))).transpose()?;
                let env = match long.get("env_file") {
                    Some(Value::Array(files)) => files.iter().map(|f| normalise::scalar_text(f, &path)).collect::<Result<Vec<_>>>()?,
                    Some(file) => vec![normalise::scalar_text(file, &format!("{path}.env_file"))?],
                    None => Vec::new(),
                };
                (files, dir, env)
            }
            other => (vec![normalise::scalar_text(other, &path)?], None, Vec::new()),
        };
        let files: Vec<PathBuf> = files.iter().map(|f| base.dir.join(f)).collect();
        let dir = match project_dir {
            Some(dir) => base.dir.join(dir),
            None => files[0].parent().map(Path::to_path_buf).unwrap_or_else(|| base.dir.to_path_buf()),
        };
        let mut included_variables = variables.clone();
        for env in env_files.iter().map(|f| base.dir.join(f)).chain(Some(dir.join(".env")).filter(|p| p.is_file() && env_files.is_empty())) {
            for (key, value) in read_env_file(&env, variables)? {
                included_variables.entry(key).or_insert(value);
            }
        }
        let included_base = PathBase { dir: &dir, home: base.home };
        for file in &files {
            let loaded = load_file(file, &included_base, &included_variables, skip, chain)?;
            merge(&mut out, Value::Object(loaded), "");
        }
    }
    match out {
        Value::Object(map) => Ok(map),
        _ => unreachable!("merging mappings gives a mapping"),
    }
}

/// `extends: {service, file}` (or `extends: NAME` in the same file): the
/// service is the one it extends with its own keys merged over it.
fn resolve_extends(root: &mut Map<String, Value>, file: &Path, base: &PathBase, variables: &Variables, skip: SkipSteps) -> Result<()> {
    let Some(Value::Object(services)) = root.get("services") else { return Ok(()) };
    let names: Vec<String> = services.keys().cloned().collect();
    for name in names {
        let resolved = extended_service(root, &name, file, base, variables, skip, &mut Vec::new())?;
        if let Some(Value::Object(services)) = root.get_mut("services") {
            services.insert(name, resolved);
        }
    }
    Ok(())
}

fn extended_service(
    root: &Map<String, Value>,
    name: &str,
    file: &Path,
    base: &PathBase,
    variables: &Variables,
    skip: SkipSteps,
    seen: &mut Vec<String>,
) -> Result<Value> {
    let service = root.get("services").and_then(|s| s.get(name)).ok_or_else(|| crate::err!("services.{name}: no such service to extend"))?;
    let mut service = service.clone();
    let Some(extends) = service.as_object_mut().and_then(|s| s.remove("extends")) else { return Ok(service) };
    let path = format!("services.{name}.extends");
    let (parent_name, parent_file) = match &extends {
        Value::String(parent) => (parent.clone(), None),
        Value::Object(long) => {
            let parent = long.get("service").ok_or_else(|| crate::err!("{path}: needs a service"))?;
            let parent_file = long.get("file").map(|f| normalise::scalar_text(f, &format!("{path}.file"))).transpose()?;
            (normalise::scalar_text(parent, &format!("{path}.service"))?, parent_file)
        }
        _ => return Err(crate::err!("{path}: must be a service name or a mapping")),
    };
    let key = format!("{}#{parent_name}", parent_file.as_deref().unwrap_or(&display(file)));
    if seen.contains(&key) {
        return Err(crate::err!("{path}: circular extends through {}", seen.join(" -> ")));
    }
    seen.push(key);
    let mut parent = match parent_file {
        None => extended_service(root, &parent_name, file, base, variables, skip, seen)?,
        Some(other) => {
            let other = base.dir.join(other);
            let dir = other.parent().map(Path::to_path_buf).unwrap_or_else(|| base.dir.to_path_buf());
            let other_base = PathBase { dir: &dir, home: base.home };
            let loaded = load_file(&other, &other_base, variables, skip, &mut Vec::new())?;
            loaded
                .get("services")
                .and_then(|s| s.get(&parent_name))
                .cloned()
                .ok_or_else(|| crate::err!("{path}: {} has no service {parent_name}", other.display()))?
        }
    };
    merge(&mut parent, service, "");
    Ok(parent)
}

/// Service keys that set cgroup resource limits.
const CGROUP_KEYS: &[&str] = &[
    "blkio_config", "cgroup", "cgroup_parent", "cpu_count", "cpu_percent", "cpu_period", "cpu_quota", "cpu_rt_period",
    "cpu_rt_runtime", "cpu_shares", "cpus", "cpuset", "device_cgroup_rules", "mem_limit", "mem_reservation", "mem_swappiness",
    "memswap_limit", "oom_kill_disable", "pids_limit",
];

/// Deserialise the typed model from a normalised value, a wrong type
/// naming its path; keys skiff does not know are warned about when `warn`.
fn typed(value: Value, file: &str, warn: bool) -> Result<Model> {
    let mut unknown = Vec::new();
    let mut note = |path: serde_ignored::Path| unknown.push(path.to_string());
    let ignored = serde_ignored::Deserializer::new(value, &mut note);
    let model: Model = serde_path_to_error::deserialize(ignored).map_err(|e| {
        let path = e.path().to_string();
        crate::err!("{file}: {path}: {}", e.into_inner())
    })?;
    if warn {
        for path in unknown.iter().filter(|p| !p.split('.').any(|segment| segment.starts_with("x-"))) {
            let key = path.rsplit('.').next().unwrap_or_default();
            if path.starts_with("services.") && path.matches('.').count() == 2 && CGROUP_KEYS.contains(&key) {
                // As refused resource flags are: one warning, and the container runs without the limit.
                crate::sys::warnings::warn(&format!("{file}: {path}: resource limits need cgroups, which skiff has not here: ignored"));
            } else {
                crate::sys::warnings::warn(&format!("{file}: {path}: unknown key, ignored"));
            }
        }
        for (name, service) in &model.services {
            for key in service.deploy.iter().flat_map(|d| d.swarm.keys()) {
                crate::sys::warnings::warn(&format!("{file}: services.{name}.deploy.{key}: not supported on one host, ignored"));
            }
        }
    }
    Ok(model)
}

/// The per-file check: wrong types and unknown keys, named in that file.
fn check_types(value: &Value, file: &str) -> Result<()> {
    typed(value.clone(), file, true).map(|_| ())
}

/// The project's name: -p, COMPOSE_PROJECT_NAME, the top-level `name`, or
/// the project directory's name made valid.
fn project_name(options: &LoadOptions, variables: &Variables, top_level: Option<&str>, project_dir: &Path) -> Result<String> {
    let given = options.project_name.clone().or_else(|| variables.get("COMPOSE_PROJECT_NAME").filter(|n| !n.is_empty()).cloned());
    if let Some(name) = given.or_else(|| top_level.map(str::to_string)) {
        let valid = name.starts_with(|c: char| c.is_ascii_lowercase() || c.is_ascii_digit())
            && name.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-');
        if !valid {
            return Err(crate::err!(
                "invalid project name {name:?}: it must contain only lowercase letters, digits, dashes and underscores, and start with a letter or digit"
            ));
        }
        return Ok(name);
    }
    let base = project_dir.file_name().map(|n| n.to_string_lossy().to_lowercase()).unwrap_or_default();
    let cleaned: String = base.chars().filter(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '_' || *c == '-').collect();
    let cleaned = cleaned.trim_start_matches(['_', '-']).to_string();
    if cleaned.is_empty() {
        return Err(crate::err!("the project directory's name {base:?} makes no project name: give one with -p"));
    }
    Ok(cleaned)
}

/// What the merged model still needs: env files read into `environment`,
/// variables without a value taken from the environment, the default
/// network, the names of networks and volumes, and references checked.
fn finish(model: &mut Model, project: &str, variables: &Variables, skip: SkipSteps) -> Result<()> {
    for (name, service) in model.services.iter_mut() {
        if !skip.env_resolution {
            resolve_environment(name, service, variables)?;
        }
        if service.network_mode.is_none() && service.networks.is_empty() {
            service.networks.insert("default".to_string(), None);
        }
    }
    finish_resources(model, project, skip)
}

/// A service's `env_file`s read into its `environment`, and variables
/// without a value (there and in build args) taken from the environment.
fn resolve_environment(name: &str, service: &mut Service, variables: &Variables) -> Result<()> {
    let mut environment = BTreeMap::new();
    for EnvFile { path, required } in std::mem::take(&mut service.env_file) {
        let file = Path::new(&path);
        if !file.is_file() {
            if required {
                return Err(crate::err!("services.{name}.env_file: {path} not found"));
            }
            continue;
        }
        for (key, value) in read_env_file(file, variables)? {
            environment.insert(key, Some(value));
        }
    }
    environment.append(&mut service.environment);
    for (key, value) in environment.iter_mut() {
        if value.is_none() {
            *value = variables.get(key).cloned();
        }
    }
    service.environment = environment;
    if let Some(build) = &mut service.build {
        for (key, value) in build.args.iter_mut() {
            if value.is_none() {
                *value = variables.get(key).cloned();
            }
        }
    }
    Ok(())
}

/// Names given to networks, volumes, secrets and configs, then the model's
/// references checked (unless skipped).
fn finish_resources(model: &mut Model, project: &str, skip: SkipSteps) -> Result<()> {
    let uses_default = model.services.values().any(|s| s.networks.contains_key("default"));
    if uses_default {
        model.networks.entry("default".to_string()).or_insert_with(Network::default);
    }
    for (key, network) in model.networks.iter_mut() {
        if network.name.is_none() {
            network.name = Some(if network.external { key.clone() } else { format!("{project}_{key}") });
        }
    }
    for (key, volume) in model.volumes.iter_mut() {
        if volume.name.is_none() {
            volume.name = Some(if volume.external { key.clone() } else { format!("{project}_{key}") });
        }
    }
    for objects in [&mut model.secrets, &mut model.configs] {
        for (key, object) in objects.iter_mut() {
            if object.name.is_none() {
                object.name = Some(format!("{project}_{key}"));
            }
        }
    }
    if skip.consistency {
        return Ok(());
    }
    check_consistency(model)
}

/// Every reference in the model names something it defines.
fn check_consistency(model: &Model) -> Result<()> {
    for (kind, objects) in [("secrets", &model.secrets), ("configs", &model.configs)] {
        for (key, object) in objects {
            let sources = [object.file.is_some(), object.environment.is_some(), object.content.is_some(), object.external].iter().filter(|s| **s).count();
            if sources != 1 {
                return Err(crate::err!("{kind}.{key}: needs exactly one of file, environment, content or external"));
            }
        }
    }
    for (name, service) in &model.services {
        if service.image.is_none() && service.build.is_none() {
            return Err(crate::err!("services.{name}: has neither an image nor a build context"));
        }
        for (i, rule) in service.develop.iter().flat_map(|d| d.watch.iter()).enumerate() {
            // As compose-go's checks: a sync has somewhere to copy to, and sync+exec something to run.
            if rule.action.syncs() && rule.target.as_deref().unwrap_or_default().is_empty() {
                return Err(crate::err!("services.{name}.develop.watch[{i}]: target is required for non-rebuild actions"));
            }
            if rule.action == WatchAction::SyncExec && rule.exec.as_ref().is_none_or(|exec| exec.command.is_empty()) {
                return Err(crate::err!("services.{name}.develop.watch[{i}]: exec.command is required for the sync+exec action"));
            }
        }
        if service.network_mode.is_some() && !service.networks.is_empty() {
            return Err(crate::err!("services.{name}: network_mode and networks cannot be combined"));
        }
        for network in service.networks.keys() {
            if !model.networks.contains_key(network) {
                return Err(crate::err!("services.{name}.networks: undefined network {network}"));
            }
        }
        for (i, volume) in service.volumes.iter().enumerate() {
            if volume.kind == "volume" {
                if let Some(source) = &volume.source {
                    if !model.volumes.contains_key(source) {
                        return Err(crate::err!("services.{name}.volumes[{i}]: undefined volume {source}"));
                    }
                }
            }
        }
        for (kind, references, defined) in [("secrets", &service.secrets, &model.secrets), ("configs", &service.configs, &model.configs)] {
            for (i, reference) in references.iter().enumerate() {
                if !defined.contains_key(&reference.source) {
                    return Err(crate::err!("services.{name}.{kind}[{i}]: undefined {} {}", &kind[..kind.len() - 1], reference.source));
                }
            }
        }
    }
    Ok(())
}

/// Every dependency a service needs is there (unless it is optional), and
/// the dependencies make no circle.
fn check_dependencies(model: &Model) -> Result<()> {
    for (name, service) in &model.services {
        for (dependency, how) in &service.depends_on {
            if how.required && !model.services.contains_key(dependency) {
                return Err(crate::err!("services.{name}.depends_on: service {dependency} is not defined or not enabled by a profile"));
            }
        }
        for (linked, _) in linked_services(service) {
            if !model.services.contains_key(linked) {
                return Err(crate::err!("services.{name}.links: service {linked} is not defined or not enabled by a profile"));
            }
        }
        for (key, shared) in shared_services(service) {
            if !model.services.contains_key(shared) {
                return Err(crate::err!("services.{name}.{key}: service {shared} is not defined or not enabled by a profile"));
            }
        }
    }
    start_order(model, &model.services.keys().cloned().collect()).map(|_| ())
}

/// The services in `wanted` in an order where each comes after those it
/// depends on; a circle is an error naming it.
pub fn start_order(model: &Model, wanted: &BTreeSet<String>) -> Result<Vec<String>> {
    fn visit(model: &Model, name: &str, path: &mut Vec<String>, done: &mut Vec<String>) -> Result<()> {
        if done.iter().any(|d| d == name) {
            return Ok(());
        }
        if let Some(at) = path.iter().position(|p| p == name) {
            let mut circle: Vec<&str> = path[at..].iter().map(String::as_str).collect();
            circle.push(name);
            return Err(crate::err!("dependency cycle between services: {}", circle.join(" -> ")));
        }
        let Some(service) = model.services.get(name) else { return Ok(()) };
        path.push(name.to_string());
        for dependency in implied_dependencies(service) {
            visit(model, &dependency, path, done)?;
        }
        path.pop();
        done.push(name.to_string());
        Ok(())
    }
    let mut done = Vec::new();
    for name in wanted {
        visit(model, name, &mut Vec::new(), &mut done)?;
    }
    Ok(done.into_iter().filter(|n| wanted.contains(n)).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(dir: &Path, name: &str, text: &str) {
        std::fs::write(dir.join(name), text).unwrap();
    }

    fn options(dir: &Path) -> LoadOptions {
        LoadOptions { working_dir: dir.to_path_buf(), ..Default::default() }
    }

    #[test]
    fn discovery_override_and_project_name() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("My_App");
        std::fs::create_dir_all(dir.join("sub")).unwrap();
        write(&dir, "compose.yaml", "services:\n  web:\n    image: busybox\n    environment: [A=1]\n");
        write(&dir, "compose.override.yaml", "services:\n  web:\n    environment:\n      B: 2\n");
        let project = load(&options(&dir.join("sub"))).unwrap();
        assert_eq!(project.name, "my_app");
        assert_eq!(project.config_files.len(), 2);
        let web = &project.model.services["web"];
        assert_eq!(web.environment.get("A"), Some(&Some("1".into())));
        assert_eq!(web.environment.get("B"), Some(&Some("2".into())));
        assert_eq!(project.model.networks["default"].name.as_deref(), Some("my_app_default"));
    }

    #[test]
    fn anchors_merge_keys_and_interpolation_with_dot_env() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path();
        write(dir, ".env", "TAG=1.36\nCOMPOSE_PROJECT_NAME=fromenv\n");
        write(
            dir,
            "compose.yaml",
            "x-common: &common\n  restart: always\n  labels: {tier: back}\nservices:\n  a:\n    <<: *common\n    image: \"busybox:${TAG}\"\n  b:\n    <<: *common\n    image: \"busybox:${MISSING:-latest}\"\n    restart: \"no\"\n",
        );
        let project = load(&options(dir)).unwrap();
        assert_eq!(project.name, "fromenv");
        assert_eq!(project.model.services["a"].image.as_deref(), Some("busybox:1.36"));
        assert_eq!(project.model.services["a"].restart.as_deref(), Some("always"));
        assert_eq!(project.model.services["b"].image.as_deref(), Some("busybox:latest"));
        assert_eq!(project.model.services["b"].restart.as_deref(), Some("no"));
        assert_eq!(project.model.services["b"].labels["tier"], "back");
    }

    #[test]
    fn profiles_extends_and_cycles() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path();
        write(dir, "base.yaml", "services:\n  base:\n    image: busybox\n    environment: {X: base}\n");
        write(
            dir,
            "compose.yaml",
            "services:\n  web:\n    extends: {file: base.yaml, service: base}\n    environment: {Y: web}\n  debug:\n    image: busybox\n    profiles: [dev]\n",
        );
        let project = load(&options(dir)).unwrap();
        assert_eq!(project.model.services.keys().collect::<Vec<_>>(), vec!["web"]);
        assert_eq!(project.model.services["web"].environment.len(), 2);
        assert!(project.all_profiles().contains("dev"));
        let mut with_dev = options(dir);
        with_dev.profiles = vec!["dev".into()];
        assert_eq!(load(&with_dev).unwrap().model.services.len(), 2);

        write(dir, "compose.yaml", "services:\n  a:\n    image: x\n    depends_on: [b]\n  b:\n    image: x\n    depends_on: [a]\n");
        let e = load(&options(dir)).unwrap_err();
        assert!(e.message.contains("dependency cycle between services: a -> b -> a"), "{}", e.message);
    }

    #[test]
    fn bad_files_name_file_line_and_path() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path();
        write(dir, "compose.yaml", "services:\n  web:\n    image: [unclosed\n");
        let e = load(&options(dir)).unwrap_err();
        assert!(e.message.contains("compose.yaml") && e.message.contains("line "), "{}", e.message);
        assert_eq!(e.message.lines().count(), 1, "{}", e.message);

        write(dir, "compose.yaml", "services:\n  web:\n    image: busybox\n    ports:\n      - 80\n      - {target: nope}\n");
        let e = load(&options(dir)).unwrap_err();
        assert!(e.message.contains("services.web.ports[1].target"), "{}", e.message);

        write(dir, "compose.yaml", "services:\n  web:\n    image: ${IMAGE:?set IMAGE}\n");
        let e = load(&options(dir)).unwrap_err();
        assert!(e.message.ends_with("services.web.image: required variable IMAGE is missing a value: set IMAGE"), "{}", e.message);
    }
}
