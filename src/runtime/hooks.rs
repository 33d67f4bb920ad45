//! OCI hooks as podman 4.3.1 finds and runs them (oci-hooks(5), schema
//! 1.0.0): JSON files in hook directories, read in order, a later
//! directory's file replacing an earlier one of the same name; the files
//! whose `when` matches a container give it their command for each of
//! their `stages`. The runtime runs them with the container's OCI state
//! on standard input: prestart and createRuntime once the container's
//! namespaces exist and before its root is assembled (their failure fails
//! the start), poststart once its command runs and poststop once it has
//! exited (their failure is only a warning, as in runc and podman).

use crate::error::{Error, Result, EXIT_CANNOT_INVOKE};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::io::{Read, Seek, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// Set (one directory a line) by the global `--hooks-dir`, so that the
/// container monitors skiff starts find the same hooks.
pub const HOOKS_DIRS_VARIABLE: &str = "SKIFF_HOOKS_DIRS";

/// podman's `hooks_dir` default (containers.conf): the one directory a
/// rootless podman reads when nothing else is configured.
pub const DEFAULT_HOOKS_DIR: &str = "/usr/share/containers/oci/hooks.d";

/// The command of one hook (the OCI runtime spec's `hook`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HookCommand {
    pub path: PathBuf,
    /// The whole argument vector, `args[0]` included (as execv(3)).
    #[serde(default)]
    pub args: Vec<String>,
    /// Its whole environment: none of skiff's is passed on.
    #[serde(default)]
    pub env: Vec<String>,
    /// Seconds before it is killed and counted as failed.
    #[serde(default)]
    pub timeout: Option<u64>,
}

/// When a hook applies: every condition given must hold (podman 4.3.1
/// reads no `or` from 1.0.0 files), except that `commands`, when given,
/// decides alone once the others held.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
struct When {
    always: Option<bool>,
    #[serde(default)]
    annotations: BTreeMap<String, String>,
    #[serde(default)]
    commands: Vec<String>,
    has_bind_mounts: Option<bool>,
}

#[derive(Debug, Clone, Deserialize)]
struct HookFile {
    hook: HookCommand,
    #[serde(default)]
    when: When,
    stages: Option<Vec<String>>,
}

/// The stages skiff runs, and those a file may name that it cannot honour
/// precisely (they are skipped with a warning when they match).
const RUN_STAGES: &[&str] = &["prestart", "createRuntime", "poststart", "poststop"];
const SKIPPED_STAGES: &[&str] = &["createContainer", "startContainer", "precreate"];

/// A valid hook file, ready to be matched.
#[derive(Debug, Clone)]
pub struct Hook {
    /// The file's name, e.g. "50-record.json".
    pub name: String,
    command: HookCommand,
    when: When,
    annotation_patterns: Vec<(regex::Regex, regex::Regex)>,
    command_patterns: Vec<regex::Regex>,
    stages: Vec<String>,
}

/// The hook directories in force: those given (`--hooks-dir`, through
/// `HOOKS_DIRS_VARIABLE`), else containers.conf's `hooks_dir`, else
/// podman's default.
pub fn configured_dirs() -> Result<Vec<PathBuf>> {
    if let Some(dirs) = std::env::var_os(HOOKS_DIRS_VARIABLE) {
        return Ok(dirs.to_string_lossy().lines().filter(|d| !d.is_empty()).map(PathBuf::from).collect());
    }
    Ok(containers_conf_hooks_dirs()?.unwrap_or_else(|| vec![PathBuf::from(DEFAULT_HOOKS_DIR)]))
}

static CONF_CACHE: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();

/// Keep what containers.conf says of `hooks_dir` in `file` (in the store's
/// runtime directory), for as long as none of the files changes: parsing
/// Debian's 24 KB containers.conf took 0.44 M instructions of every start,
/// a tenth of skiff's own for `run --rm true`.
pub fn keep_conf_in(file: PathBuf) {
    let _ = CONF_CACHE.set(file);
}

/// What `containers_conf_hooks_dirs` found, and in which files.
#[derive(Serialize, Deserialize)]
struct ConfCache {
    /// Each file's path and identity (see `conf_identity`).
    files: String,
    hooks_dir: Option<Vec<PathBuf>>,
}

/// The files' paths with their device, inode, size and modification and
/// change times ("-" for a missing one), or None when one cannot be
/// looked at (then the files are read, and say why).
fn conf_identity(files: &[PathBuf]) -> Option<String> {
    use std::os::unix::fs::MetadataExt;
    let mut identity = String::new();
    for file in files {
        let id = match std::fs::metadata(file) {
            Ok(md) => format!("{} {} {} {}.{} {}.{}", md.dev(), md.ino(), md.size(), md.mtime(), md.mtime_nsec(), md.ctime(), md.ctime_nsec()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => "-".into(),
            Err(_) => return None,
        };
        identity.push_str(&format!("{}\0{id}\n", file.display()));
    }
    Some(identity)
}

/// `[engine] hooks_dir` of containers.conf, as a rootless podman reads it:
/// $CONTAINERS_CONF alone if set, else the system files then the user's,
/// a later file's setting replacing an earlier one.
fn containers_conf_hooks_dirs() -> Result<Option<Vec<PathBuf>>> {
    cached_hooks_dirs(&containers_conf_files(), CONF_CACHE.get().map(PathBuf::as_path))
}

/// The `hooks_dir` of `files`, from `cache` if it has them as they are.
fn cached_hooks_dirs(files: &[PathBuf], cache: Option<&Path>) -> Result<Option<Vec<PathBuf>>> {
    let identity = cache.and(conf_identity(files));
    if let (Some(cache), Some(identity)) = (cache, &identity) {
        let cached = std::fs::read(cache).ok().and_then(|data| serde_json::from_slice::<ConfCache>(&data).ok());
        if let Some(cached) = cached.filter(|c| c.files == *identity) {
            return Ok(cached.hooks_dir);
        }
    }
    let hooks_dir = read_containers_conf_hooks_dirs(files)?;
    if let (Some(cache), Some(files)) = (cache, identity) {
        // (A cache that cannot be written costs the next start a parse.)
        if let Ok(data) = serde_json::to_vec(&ConfCache { files, hooks_dir: hooks_dir.clone() }) {
            let _ = crate::storage::atomic::write_unsynced(cache, &data);
        }
    }
    Ok(hooks_dir)
}

fn containers_conf_files() -> Vec<PathBuf> {
    match std::env::var_os("CONTAINERS_CONF") {
        Some(file) => vec![file.into()],
        None => {
            let user = std::env::var_os("XDG_CONFIG_HOME")
                .map(PathBuf::from)
                .filter(|p| p.is_absolute())
                .or_else(|| std::env::var_os("HOME").map(|home| Path::new(&home).join(".config")));
            ["/usr/share/containers/containers.conf", "/etc/containers/containers.conf"]
                .iter()
                .map(PathBuf::from)
                .chain(user.map(|dir| dir.join("containers/containers.conf")))
                .collect()
        }
    }
}

fn read_containers_conf_hooks_dirs(files: &[PathBuf]) -> Result<Option<Vec<PathBuf>>> {
    #[derive(Deserialize)]
    struct Engine {
        hooks_dir: Option<Vec<PathBuf>>,
    }
    #[derive(Deserialize)]
    struct ContainersConf {
        engine: Option<Engine>,
    }
    let mut dirs = None;
    for file in files {
        let text = match std::fs::read_to_string(file) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
            Err(e) => return Err(crate::err!("read {}: {e}", file.display())),
        };
        let conf: ContainersConf = toml::from_str(&text).map_err(|e| crate::err!("{}: {}", file.display(), e.message()))?;
        if let Some(given) = conf.engine.and_then(|engine| engine.hooks_dir) {
            dirs = Some(given);
        }
    }
    Ok(dirs)
}

/// Read every `*.json` file of `dirs`, in order; a missing directory has
/// none. A file that cannot be read or is not a valid hook is an error
/// naming it. The hooks come back sorted by file name (case-insensitive).
pub fn discover(dirs: &[PathBuf]) -> Result<Vec<Hook>> {
    let mut by_name = BTreeMap::new();
    for dir in dirs {
        let entries = match std::fs::read_dir(dir) {
            Ok(entries) => entries,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
            Err(e) => return Err(crate::err!("hooks directory {}: {e}", dir.display())),
        };
        let mut names: Vec<String> = entries.filter_map(|e| e.ok()).map(|e| e.file_name().to_string_lossy().into_owned()).collect();
        names.sort();
        for name in names.into_iter().filter(|n| n.ends_with(".json")) {
            let file = dir.join(&name);
            let text = match std::fs::read(&file) {
                Ok(text) => text,
                // Gone since the directory was listed.
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
                Err(e) => return Err(crate::err!("hook file {}: {e}", file.display())),
            };
            let hook = parse(&name, &text).map_err(|why| crate::err!("hook file {}: {why}", file.display()))?;
            by_name.insert(name, hook);
        }
    }
    let mut hooks: Vec<Hook> = by_name.into_values().collect();
    hooks.sort_by_key(|hook| hook.name.to_lowercase());
    Ok(hooks)
}

/// Check one file as podman does; the error says what is wrong with it.
fn parse(name: &str, text: &[u8]) -> std::result::Result<Hook, String> {
    let version: serde_json::Value = serde_json::from_slice(text).map_err(|e| e.to_string())?;
    match version.get("version").and_then(|v| v.as_str()) {
        Some("1.0.0") => {}
        Some(other) => return Err(format!("unsupported hook version {other:?} (skiff reads version 1.0.0)")),
        None => return Err("missing required property: version".to_string()),
    }
    let file: HookFile = serde_json::from_slice(text).map_err(|e| e.to_string())?;
    if file.hook.path.as_os_str().is_empty() {
        return Err("missing required property: hook.path".to_string());
    }
    if let Err(e) = std::fs::metadata(&file.hook.path) {
        return Err(format!("hook.path {}: {e}", file.hook.path.display()));
    }
    // regex's syntax errors draw the pattern over lines: their last says why.
    let compile = |what: &str, pattern: &str| {
        regex::Regex::new(pattern).map_err(|e| {
            let why = e.to_string().lines().last().unwrap_or_default().trim_start_matches("error: ").to_string();
            format!("invalid {what} {pattern:?}: {why}")
        })
    };
    let mut annotation_patterns = Vec::new();
    for (key, value) in &file.when.annotations {
        annotation_patterns.push((compile("annotation key", key)?, compile("annotation value", value)?));
    }
    let command_patterns = file.when.commands.iter().map(|c| compile("command", c)).collect::<std::result::Result<Vec<_>, _>>()?;
    let stages = file.stages.ok_or("missing required property: stages")?;
    if let Some(unknown) = stages.iter().find(|s| !RUN_STAGES.contains(&s.as_str()) && !SKIPPED_STAGES.contains(&s.as_str())) {
        return Err(format!("unknown stage {unknown:?}"));
    }
    Ok(Hook { name: name.to_string(), command: file.hook, when: file.when, annotation_patterns, command_patterns, stages })
}

/// What a hook's `when` is matched against.
pub struct MatchInput<'a> {
    pub annotations: &'a BTreeMap<String, String>,
    /// The container's command (its `process.args[0]`).
    pub command: &'a str,
    /// Whether the container has volumes or bind mounts of the user's.
    pub has_bind_mounts: bool,
}

impl Hook {
    fn matches(&self, input: &MatchInput) -> bool {
        if self.when.always == Some(false) || (self.when.has_bind_mounts == Some(true) && !input.has_bind_mounts) {
            return false;
        }
        // As podman: `hasBindMounts: false` is a condition that never holds.
        if self.when.has_bind_mounts == Some(false) {
            return false;
        }
        let annotations_hold = self.annotation_patterns.iter().all(|(key, value)| {
            input.annotations.iter().any(|(k, v)| key.is_match(k) && value.is_match(v))
        });
        if !annotations_hold {
            return false;
        }
        if !self.command_patterns.is_empty() {
            return self.command_patterns.iter().any(|pattern| pattern.is_match(input.command));
        }
        self.when.always.is_some() || self.when.has_bind_mounts.is_some() || !self.annotation_patterns.is_empty()
    }
}

/// A container's hooks, stage by stage, in file-name order.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct StageHooks {
    pub prestart: Vec<HookCommand>,
    pub create_runtime: Vec<HookCommand>,
    pub poststart: Vec<HookCommand>,
    pub poststop: Vec<HookCommand>,
    /// "FILE: stage" of the matching stages skiff does not run.
    pub skipped: Vec<String>,
}

impl StageHooks {
    pub fn is_empty(&self) -> bool {
        self.prestart.is_empty() && self.create_runtime.is_empty() && self.poststart.is_empty() && self.poststop.is_empty()
    }
}

/// The hooks of `hooks` whose conditions `input` meets.
pub fn matching(hooks: &[Hook], input: &MatchInput) -> StageHooks {
    let mut stages = StageHooks::default();
    for hook in hooks.iter().filter(|hook| hook.matches(input)) {
        for stage in &hook.stages {
            let list = match stage.as_str() {
                "prestart" => &mut stages.prestart,
                "createRuntime" => &mut stages.create_runtime,
                "poststart" => &mut stages.poststart,
                "poststop" => &mut stages.poststop,
                _ => {
                    stages.skipped.push(format!("{}: {stage}", hook.name));
                    continue;
                }
            };
            list.push(hook.command.clone());
        }
    }
    stages
}

/// What the runtime needs to run a container's hooks.
#[derive(Debug, Clone, Default)]
pub struct ContainerHooks {
    pub id: String,
    /// The container's directory, given to hooks as its bundle.
    pub bundle: PathBuf,
    pub annotations: BTreeMap<String, String>,
    pub stages: StageHooks,
}

/// The OCI state a hook reads on its standard input.
/// The version of the OCI runtime specification skiff follows: what hooks
/// are told and `inspect` shows as State.OciVersion.
pub const OCI_VERSION: &str = "1.0.2";

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct State<'a> {
    oci_version: &'static str,
    id: &'a str,
    status: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pid: Option<i32>,
    bundle: &'a Path,
    annotations: &'a BTreeMap<String, String>,
}

impl ContainerHooks {
    fn state(&self, status: &'static str, pid: Option<i32>) -> Vec<u8> {
        let state = State { oci_version: OCI_VERSION, id: &self.id, status, pid, bundle: &self.bundle, annotations: &self.annotations };
        serde_json::to_vec(&state).unwrap_or_default()
    }

    /// prestart then createRuntime, for the created container whose init
    /// is `pid`: the first hook that fails is the error (exit 126).
    pub fn run_create_stages(&self, pid: i32) -> Result<()> {
        let state = self.state("created", Some(pid));
        for (stage, hooks) in [("prestart", &self.stages.prestart), ("createRuntime", &self.stages.create_runtime)] {
            for hook in hooks {
                run_one(hook, &state).map_err(|why| Error::with_code(EXIT_CANNOT_INVOKE, format!("{stage} hook {}: {why}", hook.path.display())))?;
            }
        }
        Ok(())
    }

    /// poststart, once the command runs: failures are warnings.
    pub fn run_poststart(&self, pid: i32) {
        self.run_warning_only("poststart", &self.stages.poststart, &self.state("running", Some(pid)));
    }

    /// poststop, once the container has exited: failures are warnings.
    pub fn run_poststop(&self) {
        self.run_warning_only("poststop", &self.stages.poststop, &self.state("stopped", None));
    }

    fn run_warning_only(&self, stage: &str, hooks: &[HookCommand], state: &[u8]) {
        for hook in hooks {
            if let Err(why) = run_one(hook, state) {
                crate::sys::warnings::warn(&format!("container {}: {stage} hook {}: {why}", self.id, hook.path.display()));
            }
        }
    }
}

/// Run one hook with `state` on its standard input; its standard output is
/// discarded and the last line of its standard error explains a failure.
fn run_one(hook: &HookCommand, state: &[u8]) -> std::result::Result<(), String> {
    use std::os::unix::process::CommandExt;
    let mut command = std::process::Command::new(&hook.path);
    if let Some((arg0, rest)) = hook.args.split_first() {
        command.arg0(arg0).args(rest);
    }
    command.env_clear();
    for entry in &hook.env {
        let (name, value) = entry.split_once('=').unwrap_or((entry, ""));
        command.env(name, value);
    }
    // Its standard error goes to a file, not a pipe: a hook that writes
    // more than a pipe holds would otherwise block until its timeout, or
    // forever without one, since the pipe is read only after it ends.
    let mut errors = tempfile::tempfile().map_err(|e| format!("make a file for its standard error: {e}"))?;
    let errors_for_hook = errors.try_clone().map_err(|e| e.to_string())?;
    command.stdin(std::process::Stdio::piped()).stdout(std::process::Stdio::null()).stderr(errors_for_hook);
    let mut child = command.spawn().map_err(|e| e.to_string())?;
    if let Some(mut stdin) = child.stdin.take() {
        // A hook that does not read its state may close it unread.
        let _ = stdin.write_all(state);
    }
    let deadline = hook.timeout.map(|seconds| Instant::now() + Duration::from_secs(seconds));
    let mut pause = Duration::from_millis(1);
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) => {}
            Err(e) => return Err(e.to_string()),
        }
        if deadline.is_some_and(|deadline| Instant::now() >= deadline) {
            let _ = child.kill();
            let _ = child.wait();
            return Err(format!("timed out after {} seconds", hook.timeout.unwrap_or_default()));
        }
        std::thread::sleep(pause);
        pause = (pause * 2).min(Duration::from_millis(50));
    };
    if status.success() {
        return Ok(());
    }
    let mut stderr = String::new();
    if errors.seek(std::io::SeekFrom::Start(0)).is_ok() {
        let _ = errors.read_to_string(&mut stderr);
    }
    let said = stderr.lines().rev().find(|line| !line.trim().is_empty()).map(|line| format!(": {}", line.trim())).unwrap_or_default();
    Err(format!("{status}{said}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hook(when: &str) -> Hook {
        let text = format!(r#"{{"version":"1.0.0","hook":{{"path":"/bin/sh"}},"when":{when},"stages":["prestart"]}}"#);
        parse("h.json", text.as_bytes()).unwrap()
    }

    #[test]
    fn containers_conf_is_read_again_when_a_file_changes() {
        let dir = tempfile::tempdir().unwrap();
        let (system, user, cache) = (dir.path().join("system.conf"), dir.path().join("user.conf"), dir.path().join("cache.json"));
        let files = [system.clone(), user.clone()];
        std::fs::write(&system, "[engine]\nhooks_dir = [\"/a\"]\n").unwrap();
        let read = || cached_hooks_dirs(&files, Some(&cache));
        assert_eq!(read().unwrap(), Some(vec![PathBuf::from("/a")]));
        assert!(cache.exists(), "the answer is kept");
        assert_eq!(read().unwrap(), Some(vec![PathBuf::from("/a")]), "and given back");
        std::fs::write(&user, "[engine]\nhooks_dir = [\"/b\", \"/c\"]\n").unwrap();
        assert_eq!(read().unwrap(), Some(vec![PathBuf::from("/b"), PathBuf::from("/c")]), "a new file counts");
        std::fs::write(&user, "[engine]\n").unwrap();
        assert_eq!(read().unwrap(), Some(vec![PathBuf::from("/a")]), "so does a changed one");
        std::fs::write(&system, "[engine\n").unwrap();
        assert!(read().unwrap_err().message.contains("system.conf"), "a broken file is still an error");
        std::fs::remove_file(&system).unwrap();
        assert_eq!(read().unwrap(), None, "and a removed one is gone");
    }

    #[test]
    fn conditions_match_as_podman() {
        let annotations = BTreeMap::from([("com.example.trace".to_string(), "on".to_string())]);
        let input = MatchInput { annotations: &annotations, command: "/bin/sh", has_bind_mounts: false };
        assert!(hook(r#"{"always":true}"#).matches(&input));
        assert!(!hook(r#"{"always":false}"#).matches(&input));
        assert!(!hook("{}").matches(&input));
        assert!(hook(r#"{"annotations":{"^com\\.example\\.":"^on$"}}"#).matches(&input));
        assert!(!hook(r#"{"annotations":{"^com\\.example\\.":"^off$"}}"#).matches(&input));
        assert!(hook(r#"{"commands":["sh$"]}"#).matches(&input));
        assert!(!hook(r#"{"always":true,"commands":["^/bin/true$"]}"#).matches(&input));
        assert!(!hook(r#"{"hasBindMounts":true}"#).matches(&input));
        assert!(hook(r#"{"hasBindMounts":true}"#).matches(&MatchInput { has_bind_mounts: true, ..input }));
    }

    #[test]
    fn bad_files_say_what_is_wrong() {
        let bad = |text: &str| parse("x.json", text.as_bytes()).unwrap_err();
        assert!(bad("{").contains("EOF"));
        assert!(bad(r#"{"version":"2.0.0"}"#).contains("unsupported hook version"));
        assert!(bad(r#"{"version":"1.0.0","hook":{"path":"/bin/sh"},"when":{}}"#).contains("stages"));
        assert!(bad(r#"{"version":"1.0.0","hook":{"path":"/bin/sh"},"when":{},"stages":["later"]}"#).contains("unknown stage \"later\""));
        assert!(bad(r#"{"version":"1.0.0","hook":{"path":"/no/such/hook"},"when":{},"stages":["prestart"]}"#).contains("/no/such/hook"));
        assert!(bad(r#"{"version":"1.0.0","hook":{"path":"/bin/sh"},"when":{"commands":["("]},"stages":["prestart"]}"#).contains("invalid command \"(\": unclosed group"));
    }
}
