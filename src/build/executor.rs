//! Running a parsed Containerfile: stage by stage, step by step, each step
//! reused from the cache or executed, new layers staged in the image store
//! and committed together with the final image, so that a failed build
//! leaves no image behind.

use super::cache::{Cache, Entry};
use super::context::BuildContext;
use super::copy;
use super::diff::{LayerWriter, Overrides};
use super::dockerfile::{self, expand, Dockerfile, Instruction, Stage};
use super::mounts::{self, RunMount};
use super::progress::{Event, Progress};
use super::remote::Caches;
use crate::container::health::{parse_flag_duration, Healthcheck};
use crate::container::launch::confinement;
use crate::container::state::ContainerConfig;
use crate::sys::clock::now;
use crate::error::{Context as _, Error, Result};
use crate::image::store::Staging;
use crate::image::{change, digest, oci, ImageRecord, ImageStore, LayerRecord};
use crate::runtime::process;
use crate::runtime::spec::{BindMount, ContainerSpec, NetworkMode, TmpfsMount};
use crate::storage::driver::{self, Driver, RootfsLayout};
use oci_spec::image::{Arch, Config, History, ImageConfiguration, Os};
use std::collections::BTreeMap;
use std::os::fd::AsFd;
use std::path::{Path, PathBuf};

const DEFAULT_PATH: &str = "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
const DEFAULT_SHELL: [&str; 2] = ["/bin/sh", "-c"];

pub struct Options<'a> {
    /// Fully qualified names for the image.
    pub tags: Vec<String>,
    /// The first name as the user typed it, for podman's `COMMIT name` line.
    pub commit_name: Option<String>,
    pub build_args: BTreeMap<String, String>,
    pub target: Option<String>,
    pub no_cache: bool,
    pub labels: BTreeMap<String, String>,
    /// For the manifest (OCI format only).
    pub annotations: BTreeMap<String, String>,
    /// Write a Docker schema 2 manifest instead of an OCI one.
    pub docker_format: bool,
    pub squash: Squash,
    pub quiet: bool,
    pub network: NetworkMode,
    pub driver: Driver,
    /// The less common settings (podman's other build flags).
    pub settings: Settings,
    /// Brings an image named by FROM, COPY --from or RUN --mount=from into
    /// the store as the pull policy says (before the store is asked for it);
    /// returns what to look it up by (an image read from an archive by id).
    pub pull_image: &'a dyn Fn(&str) -> Result<String>,
    /// Told each step, cache hit and commit unless `quiet`: the caller
    /// shows them (a `Fn(&str)` is given podman's lines).
    pub step: &'a dyn Progress,
    /// How to reach the registries of `--cache-from` and `--cache-to`.
    pub registry: crate::image::registry::Access<'a>,
}

impl<'a> Options<'a> {
    /// A build of one named image with nothing else asked (no build
    /// arguments, labels or target, the cache used, no network): what
    /// `compose` and `kube play --build` start from.
    pub fn named(image: &str, driver: Driver, pull_image: &'a dyn Fn(&str) -> Result<String>, step: &'a dyn Progress) -> Result<Options<'a>> {
        Ok(Options {
            tags: vec![crate::image::reference::normalize_new_name(image)?],
            commit_name: Some(image.to_string()),
            build_args: BTreeMap::new(),
            target: None,
            no_cache: false,
            labels: BTreeMap::new(),
            annotations: BTreeMap::new(),
            docker_format: false,
            squash: Squash::No,
            quiet: false,
            network: NetworkMode::None,
            driver,
            settings: Settings::default(),
            pull_image,
            step,
            registry: Default::default(),
        })
    }
}

/// The build's less common settings, each off by default.
#[derive(Debug, Clone, Default)]
pub struct Settings {
    /// How RUN steps' containers are set up beyond the network.
    pub run: RunSettings,
    /// `--env` KEY=VALUE: set in every stage's config from its start, so
    /// RUN steps see them and the image keeps them.
    pub env: Vec<String>,
    /// `--unsetenv`: names left out of the built image's environment.
    pub unsetenv: Vec<String>,
    /// `--from`: the image the first stage starts from instead of its FROM's.
    pub from: Option<String>,
    /// `--skip-unused-stages=false`: build every stage before the target,
    /// not only those it depends on.
    pub all_stages: bool,
    /// `--timestamp`: seconds since the epoch for every created time and
    /// every file of the layers the build writes, so that the same build
    /// gives the same image id.
    pub timestamp: Option<i64>,
    /// `--omit-history`: the image config keeps no history entries.
    pub omit_history: bool,
    /// `--os-feature`, `--os-version`: set in the image config.
    pub os_features: Vec<String>,
    pub os_version: Option<String>,
    /// `--secret id=ID,...`: the content of each secret, by id, for
    /// `RUN --mount=type=secret`; never part of a layer or cache key.
    pub secrets: BTreeMap<String, Vec<u8>>,
    /// `--ssh ID[=SOCKET]`: the SSH agent socket of each id, for
    /// `RUN --mount=type=ssh`; never part of a layer or cache key.
    pub ssh: BTreeMap<String, PathBuf>,
    /// `--cache-ttl`: cached steps older than this are run again.
    pub cache_ttl: Option<std::time::Duration>,
    /// `--cache-from`: images or registry repositories of cache images
    /// (see [`super::remote`]) consulted when the local cache misses.
    pub cache_from: Vec<String>,
    /// `--cache-to`: the registry repository each step's result is pushed to.
    pub cache_to: Option<String>,
}

/// What RUN steps' containers get besides the defaults: what `run` takes
/// as `--add-host`, `--dns`, `--dns-search`, `--dns-option`, `--no-hosts`,
/// `--cap-add`, `--cap-drop`, `--security-opt`, `--ulimit` and the
/// isolation flags (in `config`), `--volume` binds and proxy variables.
#[derive(Debug, Clone, Default)]
pub struct RunSettings {
    pub config: ContainerConfig,
    /// Mounted into every RUN step; what is written there stays out of the layers.
    pub binds: Vec<BindMount>,
    /// Variables every RUN step sees, below the image's and the build arguments.
    pub env: Vec<String>,
    /// Give RUN steps skiff's standard input (`--stdin`).
    pub stdin: bool,
    /// The OCI hooks found in the hook directories (`--hooks-dir`), run
    /// for the RUN steps whose conditions they match.
    pub hooks: Vec<crate::runtime::hooks::Hook>,
}

/// The hooks a RUN step's container (in `dir`) gets, as buildah matches
/// them: no annotations, the step's command, its mounts.
fn step_hooks(found: &[crate::runtime::hooks::Hook], dir: &Path, command: &str, has_bind_mounts: bool) -> Option<std::sync::Arc<crate::runtime::hooks::ContainerHooks>> {
    use crate::runtime::hooks;
    if found.is_empty() {
        return None;
    }
    let annotations = BTreeMap::new();
    let stages = hooks::matching(found, &hooks::MatchInput { annotations: &annotations, command, has_bind_mounts });
    if stages.is_empty() {
        return None;
    }
    let id = dir.file_name().map(|name| name.to_string_lossy().into_owned()).unwrap_or_default();
    Some(std::sync::Arc::new(hooks::ContainerHooks { id, bundle: dir.to_path_buf(), annotations, stages }))
}

/// Which of the final image's layers `--squash`/`--squash-all` merge into one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Squash {
    No,
    /// Those the build added on top of its base image.
    New,
    All,
}

/// Fields of docker's image config that the OCI types lack, kept as JSON.
const DOCKER_FIELDS: &[&str] = &["Healthcheck", "OnBuild", "Shell"];

/// The image a stage is building.
#[derive(Clone)]
struct State {
    config: ImageConfiguration,
    /// The DOCKER_FIELDS the config has.
    docker: serde_json::Map<String, serde_json::Value>,
    layers: Vec<LayerRecord>,
}

impl State {
    fn scratch() -> State {
        let mut config = ImageConfiguration::default();
        config.set_architecture(Arch::default());
        config.set_os(Os::Linux);
        let mut inner = Config::default();
        inner.set_env(Some(vec![DEFAULT_PATH.to_string()]));
        config.set_config(Some(inner));
        config.rootfs_mut().set_diff_ids(Vec::new());
        State { config, docker: serde_json::Map::new(), layers: Vec::new() }
    }

    /// The state a config blob describes, on top of `layers`.
    fn from_config(raw: &[u8], layers: Vec<LayerRecord>) -> Result<State> {
        let config: ImageConfiguration = serde_json::from_slice(raw).context(|| "parse image config".into())?;
        let value: serde_json::Value = serde_json::from_slice(raw)?;
        let docker = DOCKER_FIELDS
            .iter()
            .filter_map(|field| Some((field.to_string(), value.get("config")?.get(field)?.clone())))
            .collect();
        Ok(State { config, docker, layers })
    }

    fn bytes(&self) -> Result<Vec<u8>> {
        let mut value = serde_json::to_value(&self.config).context(|| "encode image config".into())?;
        if let Some(config) = value.get_mut("config").and_then(|c| c.as_object_mut()) {
            config.extend(self.docker.clone());
        }
        serde_json::to_vec(&value).context(|| "encode image config".into())
    }

    /// Change the container config part of the image config.
    fn edit(&mut self, change: impl FnOnce(&mut Config) -> Result<()>) -> Result<()> {
        let mut inner = self.inner();
        change(&mut inner)?;
        self.config.set_config(Some(inner));
        Ok(())
    }

    fn id(&self) -> Result<String> {
        Ok(digest::sha256(&self.bytes()?).trim_start_matches("sha256:").to_string())
    }

    fn inner(&self) -> Config {
        self.config.config().clone().unwrap_or_default()
    }

    fn env(&self) -> Vec<String> {
        self.inner().env().clone().unwrap_or_default()
    }

    /// The shell-form prefix: SHELL's, kept in the config as docker does.
    fn shell(&self) -> Vec<String> {
        self.docker
            .get("Shell")
            .and_then(|s| serde_json::from_value::<Vec<String>>(s.clone()).ok())
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| DEFAULT_SHELL.iter().map(|s| s.to_string()).collect())
    }

    /// `args` in shell form or, if a JSON array, exec form.
    fn command(&self, args: &str) -> Vec<String> {
        json_array(args).unwrap_or_else(|| self.shell().into_iter().chain([args.to_string()]).collect())
    }
}

/// Per-stage settings that are not part of the image config.
struct StageScope {
    args: BTreeMap<String, String>,
    /// CMD was set in this stage: a later ENTRYPOINT keeps it.
    cmd_set: bool,
}

impl StageScope {
    /// A variable as instructions see it: ENV first, then ARG.
    fn lookup(&self, state: &State, name: &str) -> Option<String> {
        let prefix = format!("{name}=");
        state.env().iter().rev().find_map(|e| e.strip_prefix(&prefix).map(str::to_string)).or_else(|| self.args.get(name).cloned())
    }
}

pub struct Builder<'a> {
    store: &'a ImageStore,
    staging: Staging,
    cache: Cache,
    /// `--cache-from`, `--cache-to`.
    caches: Caches,
    context: &'a BuildContext,
    options: &'a Options<'a>,
    /// The user's data directory (RUN --mount=type=cache directories).
    data: &'a Path,
    /// Scratch space for RUN containers and mounted views; removed on drop.
    work: WorkDir,
    global_args: BTreeMap<String, String>,
    /// Finished stages, by index.
    stages: Vec<Option<State>>,
    /// Diff ids of the layers that came from stored images (FROM, --from).
    image_layers: std::collections::HashSet<String>,
    runs: usize,
}

/// Removes the build's scratch directory, whoever owns the files in it.
struct WorkDir(PathBuf);

impl Drop for WorkDir {
    fn drop(&mut self) {
        let _ = crate::sys::fs::remove_tree(&self.0);
    }
}

/// Build the image and return its record as stored.
pub fn build(store: &ImageStore, data: &Path, context: &BuildContext, file: &Dockerfile, options: &Options<'_>) -> Result<ImageRecord> {
    // Views of stages are mounted by this process: in a mount namespace of
    // its own, so that they vanish with it whatever happens.
    nix::sched::unshare(nix::sched::CloneFlags::CLONE_NEWNS).context(|| "create a mount namespace".into())?;
    nix::mount::mount(None::<&str>, "/", None::<&str>, nix::mount::MsFlags::MS_REC | nix::mount::MsFlags::MS_PRIVATE, None::<&str>)
        .context(|| "make mounts private".into())?;
    let work = tempfile::Builder::new().prefix(".tmp-build-").tempdir_in(data).context(|| "create build directory".into())?;
    let mut builder = Builder {
        store,
        staging: store.stage()?,
        cache: Cache::open(data, options.settings.cache_ttl),
        caches: Caches::open(store, &options.settings.cache_from, options.settings.cache_to.as_deref(), options.pull_image)?,
        context,
        options,
        data,
        work: WorkDir(work.keep()),
        global_args: BTreeMap::new(),
        stages: vec![None; file.stages.len()],
        image_layers: Default::default(),
        runs: 0,
    };
    for arg in &file.global_args {
        let (name, value) = builder.declare_arg(arg, &|name| builder.global_args.get(name).cloned())?;
        if let Some(value) = value {
            builder.global_args.insert(name, value);
        }
    }
    let target = match &options.target {
        None => file.stages.len() - 1,
        Some(name) => stage_index(file, &name.to_lowercase())
            .filter(|&i| file.stages[i].name.as_deref() == Some(&name.to_lowercase()))
            .ok_or_else(|| crate::err!("target stage {name:?} not found in the Containerfile"))?,
    };
    let needed = if options.settings.all_stages { (0..=target).collect() } else { needed_stages(file, target) };
    let count = needed.len();
    for (position, &index) in needed.iter().enumerate() {
        let stage = (count > 1).then_some((position + 1, count));
        let state = builder.run_stage(file, index, stage, index == target)?;
        builder.stages[index] = Some(state);
    }
    let mut state = builder.stages[target].take().expect("the target stage was built");
    if !options.labels.is_empty() {
        state.edit(|config| {
            let mut labels = config.labels().clone().unwrap_or_default();
            labels.extend(options.labels.iter().map(|(k, v)| (k.clone(), v.clone())));
            config.set_labels(Some(labels));
            Ok(())
        })?;
    }
    if !options.settings.unsetenv.is_empty() {
        state.edit(|config| {
            let env = config.env().clone().unwrap_or_default();
            let kept = env.into_iter().filter(|entry| !options.settings.unsetenv.iter().any(|name| entry.split('=').next() == Some(name.as_str()))).collect();
            config.set_env(Some(kept));
            Ok(())
        })?;
    }
    if options.squash != Squash::No {
        let squashed = builder.squash(&state)?;
        // The layers squashed away stay with the image, as the other
        // stages' do, so that the cache's entries for the steps stay usable.
        builder.stages[target] = Some(std::mem::replace(&mut state, squashed));
    }
    builder.commit(state)
}

/// A stage by name, or by its index in the file.
fn stage_index(file: &Dockerfile, reference: &str) -> Option<usize> {
    file.stages
        .iter()
        .position(|s| s.name.as_deref() == Some(reference))
        .or_else(|| reference.parse::<usize>().ok().filter(|&i| i < file.stages.len()))
}

/// The stages `target` depends on (through FROM or COPY --from), itself
/// included, in file order.
fn needed_stages(file: &Dockerfile, target: usize) -> Vec<usize> {
    let mut needed = vec![false; file.stages.len()];
    let mut pending = vec![target];
    while let Some(index) = pending.pop() {
        if std::mem::replace(&mut needed[index], true) {
            continue;
        }
        let stage = &file.stages[index];
        let base = stage.from.args.split_whitespace().next().unwrap_or_default().to_lowercase();
        let copied = stage.instructions.iter().filter_map(|i| i.flag("from").map(str::to_lowercase));
        let mounted = stage.instructions.iter().flat_map(|i| i.flag_values("mount").filter_map(RunMount::from_reference).map(str::to_lowercase));
        let references = std::iter::once(base).chain(copied).chain(mounted);
        for reference in references {
            if let Some(dep) = stage_index(file, &reference).filter(|&d| d < index) {
                pending.push(dep);
            }
        }
    }
    (0..file.stages.len()).filter(|&i| needed[i]).collect()
}

impl Builder<'_> {
    fn say(&self, event: Event<'_>) {
        say(self.options, event);
    }

    /// `ARG NAME[=default]`: its value is the build argument, else the
    /// default, else what `inherited` has (a global ARG redeclared).
    fn declare_arg(&self, arg: &Instruction, inherited: &dyn Fn(&str) -> Option<String>) -> Result<(String, Option<String>)> {
        let (name, default) = match arg.args.split_once('=') {
            Some((name, default)) => (name.trim(), Some(expand(default.trim(), inherited, false)?)),
            None => (arg.args.trim(), None),
        };
        if name.is_empty() || name.contains(char::is_whitespace) {
            return Err(crate::err!("Containerfile line {}: ARG takes NAME or NAME=DEFAULT, not {:?}", arg.line, arg.args));
        }
        let value = self.options.build_args.get(name).cloned().or(default).or_else(|| inherited(name));
        Ok((name.to_string(), value))
    }

    fn run_stage(&mut self, file: &Dockerfile, index: usize, position: Option<(usize, usize)>, is_target: bool) -> Result<State> {
        let stage: &Stage = &file.stages[index];
        let total = stage.instructions.len() + 1;
        self.say(Event::Step { stage: position, number: 1, total, instruction: &stage.from.display() });
        let globals = self.global_args.clone();
        let written = stage.from.args.split_whitespace().next().unwrap_or_default();
        let base_text = match (&self.options.settings.from, index) {
            (Some(from), 0) => from.as_str(),
            _ => written,
        };
        let base = expand(base_text, &|name| globals.get(name).cloned(), false)?;
        let mut state = self.base_state(file, index, &base)?;
        if !self.options.settings.env.is_empty() {
            let env = self.options.settings.env.clone();
            state.edit(|config| {
                let mut current = config.env().clone().unwrap_or_default();
                for entry in env {
                    change::set_env(&mut current, entry);
                }
                config.set_env(Some(current));
                Ok(())
            })?;
        }
        let mut scope = StageScope { args: BTreeMap::new(), cmd_set: false };
        // The base's ONBUILD triggers run first; the new image does not inherit them.
        if let Some(triggers) = state.docker.remove("OnBuild") {
            for trigger in triggers.as_array().into_iter().flatten().filter_map(|t| t.as_str()) {
                let instruction = dockerfile::parse_instruction(trigger, stage.from.line)?;
                self.step(file, &mut state, &mut scope, &instruction)
                    .map_err(|e| Error::with_code(e.code, format!("building at ONBUILD trigger \"{trigger}\" of {base}: {}", e.message)))?;
            }
        }
        for (n, instruction) in stage.instructions.iter().enumerate() {
            self.say(Event::Step { stage: position, number: n + 2, total, instruction: &instruction.display() });
            self.step(file, &mut state, &mut scope, instruction)
                .map_err(|e| Error::with_code(e.code, format!("building at STEP \"{}\": {}", instruction.display(), e.message)))?;
            let last = n + 1 == stage.instructions.len();
            if !(last && is_target) {
                self.say(Event::StepDone { id: &state.id()? });
            }
        }
        if stage.instructions.is_empty() && !is_target {
            self.say(Event::StepDone { id: &state.id()? });
        }
        Ok(state)
    }

    /// The state a stage starts from: scratch, an earlier stage, or an image.
    fn base_state(&mut self, file: &Dockerfile, index: usize, base: &str) -> Result<State> {
        if base == "scratch" {
            return Ok(State::scratch());
        }
        if let Some(earlier) = stage_index(file, &base.to_lowercase()).filter(|&i| i < index) {
            return self.stages[earlier].clone().ok_or_else(|| crate::err!("stage {base:?} was not built"));
        }
        self.image_state(base)
    }

    fn image_state(&mut self, reference: &str) -> Result<State> {
        let stored_as = (self.options.pull_image)(reference)?;
        let image = self.store.lookup(&stored_as)?;
        let raw = self.store.read_blob(&format!("sha256:{}", image.id))?;
        let layers = self.staging.reuse_image_layers(self.store, &image, &format!("image {reference}"))?;
        self.image_layers.extend(layers.iter().map(|l| l.diff_id.clone()));
        State::from_config(&raw, layers)
    }

    fn layer_dir(&self, layer: &LayerRecord) -> PathBuf {
        self.staging.staged_layer_dir(&layer.diff_id).unwrap_or_else(|| self.store.layer_dir(&layer.diff_id))
    }

    fn step(&mut self, file: &Dockerfile, state: &mut State, scope: &mut StageScope, instruction: &Instruction) -> Result<()> {
        let args = instruction.args.as_str();
        if args.is_empty() {
            return Err(crate::err!("{} needs an argument", instruction.keyword));
        }
        let lookup = |name: &str| scope.lookup(state, name);
        match instruction.keyword.as_str() {
            "ARG" => {
                let globals = self.global_args.clone();
                let (name, value) = self.declare_arg(instruction, &|name| globals.get(name).cloned())?;
                match value {
                    Some(value) => scope.args.insert(name, value),
                    None => scope.args.remove(&name),
                };
                Ok(())
            }
            "RUN" => self.run(file, state, scope, instruction),
            "COPY" | "ADD" => self.copy(file, state, scope, instruction),
            "SHELL" => {
                let shell = json_array(args).filter(|a| !a.is_empty()).ok_or_else(|| crate::err!("SHELL needs a JSON array, e.g. [\"/bin/sh\", \"-c\"]"))?;
                let text = format!("SHELL {args}");
                self.metadata_step(state, &text, |state| {
                    state.docker.insert("Shell".into(), shell.into());
                    Ok(())
                })
            }
            "CMD" | "ENTRYPOINT" => {
                let value = state.command(args);
                let text = format!("{} {args}", instruction.keyword);
                let is_cmd = instruction.keyword == "CMD";
                let keep_cmd = scope.cmd_set;
                scope.cmd_set |= is_cmd;
                self.metadata_step(state, &text, |state| state.edit(|config| {
                    if is_cmd {
                        config.set_cmd(Some(value));
                    } else {
                        config.set_entrypoint(Some(value));
                        if !keep_cmd {
                            config.set_cmd(None);
                        }
                    }
                    Ok(())
                }))
            }
            "ENV" | "LABEL" | "EXPOSE" | "VOLUME" => {
                let text = format!("{} {}", instruction.keyword, expand(args, &lookup, true)?);
                self.metadata_step(state, &text, |state| state.edit(|config| change::apply(config, &text)))
            }
            "WORKDIR" | "USER" | "STOPSIGNAL" => {
                let text = format!("{} {}", instruction.keyword, expand(args, &lookup, false)?);
                self.metadata_step(state, &text, |state| state.edit(|config| change::apply(config, &text)))
            }
            "MAINTAINER" => {
                let text = format!("MAINTAINER {args}");
                self.metadata_step(state, &text, |state| {
                    state.config.set_author(Some(args.to_string()));
                    Ok(())
                })
            }
            "HEALTHCHECK" => {
                let healthcheck = serde_json::to_value(healthcheck(instruction)?)?;
                self.metadata_step(state, &instruction.display(), |state| {
                    state.docker.insert("Healthcheck".into(), healthcheck);
                    Ok(())
                })
            }
            "ONBUILD" => {
                let trigger = dockerfile::parse_instruction(args, instruction.line)?;
                if matches!(trigger.keyword.as_str(), "ONBUILD" | "FROM" | "MAINTAINER") {
                    return Err(crate::err!("{} is not allowed as an ONBUILD trigger", trigger.keyword));
                }
                let text = format!("ONBUILD {args}");
                self.metadata_step(state, &text, |state| {
                    let triggers = state.docker.entry("OnBuild").or_insert_with(|| serde_json::json!([]));
                    match triggers.as_array_mut() {
                        Some(list) => list.push(args.into()),
                        None => *triggers = serde_json::json!([args]),
                    }
                    Ok(())
                })
            }
            other => Err(crate::err!("{other} is not supported yet")),
        }
    }

    /// Reuse a step from the cache, if allowed and there: the local cache,
    /// else the `--cache-from` repositories, else (for a step adding a
    /// layer, whose history entry would say `created_by`) the `--cache-from`
    /// images. Prints podman's "Using cache" and returns true.
    fn reuse(&mut self, key: &str, created_by: &str, adds_layer: bool, state: &mut State) -> Result<bool> {
        if self.options.no_cache {
            return Ok(false);
        }
        let key = self.cache_key(key);
        let mut pulled_from = None;
        let entry = match self.cache.get(&key) {
            Some(entry) => entry,
            None => {
                let settings = &self.options.settings;
                let Some(pulled) = self.caches.pull(&key, &state.layers, self.store, &mut self.staging, &self.options.registry, settings.cache_ttl) else {
                    return match adds_layer {
                        true => self.reuse_image_layer(&key, created_by, state),
                        false => Ok(false),
                    };
                };
                self.cache.put(&key, &pulled.entry)?;
                pulled_from = Some(pulled.from);
                pulled.entry
            }
        };
        let mut layers = state.layers.clone();
        if let Some(diff_id) = &entry.layer {
            let record = match self.staging.layer(diff_id).cloned() {
                Some(record) => record,
                None => match self.staging.reuse_layer(self.store, diff_id)? {
                    Some(record) => record,
                    None => return Ok(false),
                },
            };
            layers.push(record);
        }
        let Ok(cached) = State::from_config(entry.config.as_bytes(), layers) else { return Ok(false) };
        *state = cached;
        match &pulled_from {
            Some(from) => self.say(Event::CachePulled { from }),
            // What came from a cache repository is there already.
            None => self.push_cache(&key, state)?,
        }
        self.say(Event::UsingCache { id: &state.id()? });
        Ok(true)
    }

    /// Docker's `--cache-from IMAGE`: the layer a cache image made with the
    /// step that would add `created_by` to `state`, if it has one and the store still does.
    fn reuse_image_layer(&mut self, key: &str, created_by: &str, state: &mut State) -> Result<bool> {
        let Some((history, Some(diff_id))) = self.caches.image_match(&state.config, created_by, true) else { return Ok(false) };
        let Some(layer) = self.staging.reuse_layer(self.store, &diff_id)? else { return Ok(false) };
        self.append(key, state, history, Some(layer))?;
        self.say(Event::UsingCache { id: &state.id()? });
        Ok(true)
    }

    /// Push the state a step gave to the `--cache-to` repository, tagged by
    /// the step's (full) cache key.
    fn push_cache(&mut self, key: &str, state: &State) -> Result<()> {
        if !self.caches.pushes() {
            return Ok(());
        }
        let config = state.bytes()?;
        let (staging, store) = (&self.staging, self.store);
        let blob_file = |blob: &str| match staging.staged_blob_path(blob) {
            Some(path) => Ok(path.to_path_buf()),
            None => store.blob_path(blob),
        };
        if let Some(to) = self.caches.push(key, &config, &state.layers, &blob_file, &self.options.registry) {
            self.say(Event::CachePushed { to: &to });
        }
        Ok(())
    }

    /// Record a step's result in `state` and the caches. A `--cache-from`
    /// image that has the step next gives its history entry (its time), so
    /// that a build matching it throughout gives the same image.
    fn record(&mut self, key: &str, state: &mut State, created_by: String, layer: Option<LayerRecord>, change: impl FnOnce(&mut State) -> Result<()>) -> Result<()> {
        let from_image = self.caches.image_match(&state.config, &created_by, layer.is_some()).map(|(history, _)| history);
        change(state)?;
        let history = from_image.unwrap_or_else(|| {
            let mut history = History::default();
            history.set_created(Some(crate::time::format(self.options.settings.timestamp.unwrap_or_else(now))));
            history.set_created_by(Some(created_by));
            history.set_empty_layer(layer.is_none().then_some(true));
            history
        });
        let key = self.cache_key(key);
        self.append(&key, state, history, layer)
    }

    /// Add a step's history entry and layer to `state`, and the result to
    /// the caches under `key` (a full cache key).
    fn append(&mut self, key: &str, state: &mut State, history: History, layer: Option<LayerRecord>) -> Result<()> {
        oci::append_history(&mut state.config, history, layer.as_ref().map(|l| l.diff_id.as_str()));
        state.layers.extend(layer.clone());
        let entry = Entry { config: String::from_utf8(state.bytes()?).expect("JSON is UTF-8"), layer: layer.map(|l| l.diff_id) };
        self.cache.put(key, &entry)?;
        self.push_cache(key, state)
    }

    /// A step's cache key: with `--timestamp`, layers are written with
    /// its file times, so they are kept apart from other builds'.
    fn cache_key(&self, key: &str) -> String {
        match self.options.settings.timestamp {
            Some(seconds) => format!("{key}-at-{seconds}"),
            None => key.to_string(),
        }
    }

    fn metadata_step(&mut self, state: &mut State, text: &str, change: impl FnOnce(&mut State) -> Result<()>) -> Result<()> {
        let key = Cache::key(&state.bytes()?, text, "");
        let created_by = format!("/bin/sh -c #(nop) {text}");
        if self.reuse(&key, &created_by, false, state)? {
            return Ok(());
        }
        self.record(&key, state, created_by, None, change)
    }

    fn run(&mut self, file: &Dockerfile, state: &mut State, scope: &StageScope, instruction: &Instruction) -> Result<()> {
        let args = instruction.args.as_str();
        let (argv, scripts) = run_command(state, instruction)?;
        if argv.is_empty() {
            return Err(crate::err!("RUN needs a command"));
        }
        let inner = state.inner();
        let workdir = inner.working_dir().clone().filter(|w| !w.is_empty()).unwrap_or_else(|| "/".into());
        let lookup = |name: &str| scope.lookup(state, name);
        let mut ssh_mounts = 0;
        let mut mounts = Vec::new();
        for value in instruction.flag_values("mount") {
            let mount = RunMount::parse(&expand(value, &lookup, false)?, &workdir, ssh_mounts)?;
            ssh_mounts += usize::from(matches!(mount, RunMount::Ssh { .. }));
            mounts.push(mount);
        }
        let network = match instruction.flag("network") {
            None | Some("default") => self.options.network.clone(),
            Some(mode) => NetworkMode::parse(mode).map_err(|e| crate::err!("RUN --network: {}", e.message))?,
        };
        // Build arguments reach the command as environment variables, below ENV.
        let mut env: Vec<String> = scope.args.iter().map(|(k, v)| format!("{k}={v}")).collect();
        env.extend(state.env());
        let sources = self.mount_sources(file, &mounts)?;
        let scripts_text: Vec<&str> = scripts.iter().map(|(_, body)| body.as_str()).collect();
        let key_text = format!("RUN {}\n{}\n{scripts_text:?}\n{mounts:?}\n{:?}", serde_json::to_string(&argv)?, env.join("\n"), instruction.flag("network"));
        let key = Cache::key(&state.bytes()?, &key_text, &self.mounts_content(&mounts, &sources)?);
        let created_by = if json_array(args).is_some() { args.to_string() } else { argv.join(" ") };
        if self.reuse(&key, &created_by, true, state)? {
            return Ok(());
        }
        if self.options.driver == Driver::Copy {
            return Err(crate::err!("RUN needs the overlay or fuse-overlayfs storage driver; this store uses copy"));
        }
        self.runs += 1;
        let dir = self.work.0.join(format!("run-{}", self.runs));
        let layers = state.layers.iter().map(|l| self.layer_dir(l)).collect();
        let layout = RootfsLayout::for_container(&dir, layers);
        layout.prepare(self.options.driver)?;
        let hostname = "skiff-build";
        crate::container::etc_files::write(
            &dir,
            hostname,
            &ContainerConfig { hostname: hostname.to_string(), ..self.options.settings.run.config.clone() },
            &network,
            None,
        )?;
        let mut prepared = self.prepare_mounts(&dir, &mounts, sources)?;
        for (name, body) in &scripts {
            let path = dir.join("pipes").join(name);
            std::fs::create_dir_all(dir.join("pipes")).context(|| "create here-document directory".into())?;
            std::fs::write(&path, body).context(|| format!("write here-document {name}"))?;
            std::fs::set_permissions(&path, std::os::unix::fs::PermissionsExt::from_mode(0o755))?;
            prepared.binds.push(BindMount { source: path, destination: format!("{PIPES}/{name}"), read_only: true, copy_up: false });
        }
        let options = self.options;
        let run = &options.settings.run;
        prepared.binds.extend(run.binds.iter().cloned());
        prepared.binds.sort_by(|a, b| a.destination.cmp(&b.destination));
        let confined = confinement(&run.config, None, true)?;
        let mut env: Vec<String> = run.env.iter().cloned().chain(env).collect();
        // As BuildKit: the step's first ssh mount is its agent.
        if let Some(agent) = prepared.ssh_agent.take() {
            env.push(format!("SSH_AUTH_SOCK={agent}"));
        }
        let spec = ContainerSpec {
            hostname: hostname.to_string(),
            driver: self.options.driver,
            layout: layout.clone(),
            args: argv.clone(),
            env,
            workdir,
            user: inner.user().clone().unwrap_or_default(),
            tty: false,
            console_size: None,
            stdin: run.stdin,
            unattached_outputs: Default::default(),
            proxy_signals: true,
            network,
            endpoint: None,
            etc_files: crate::container::launch::etc_files_of(run.config.no_hosts)
                .map(|(name, target)| (dir.join(name), target.to_string()))
                .collect(),
            read_only_root: false,
            tmpfs: prepared.tmpfs.clone(),
            binds: prepared.binds.clone(),
            ports: Vec::new(),
            runtime_dir: dir.clone(),
            masked_paths: confined.masked_paths,
            readonly_paths: confined.readonly_paths,
            caps: confined.caps,
            seccomp: confined.seccomp,
            no_new_privileges: confined.no_new_privileges,
            die_with_parent: true,
            init: false,
            preserve_fds: 0,
            umask: None,
            ulimits: run.config.ulimits.clone(),
            isolation: run.config.isolation.clone(),
            oom_score_adj: None,
            personality: None,
            timeout: None,
            userns: None,
            userns_join: None,
            etc_entries: Vec::new(),
            pod: None,
            hooks: step_hooks(&run.hooks, &dir, &argv[0], !prepared.binds.is_empty()),
        };
        let status = match (self.options.quiet, self.options.step.run_output()) {
            (true, _) => run_with_output(&spec, None, run.stdin),
            (false, Some(output)) => run_with_output(&spec, Some(output), run.stdin),
            (false, None) => process::run(&spec, |_| {}),
        };
        if let Some(hooks) = &spec.hooks {
            hooks.run_poststop();
        }
        // Cache directories are free again, mounted views go, once the command is done.
        drop(prepared.held);
        match status {
            Ok(0) => {}
            Ok(code) => return Err(Error::with_code(1, format!("while running runtime: exit status {code}"))),
            Err(e) => return Err(Error::with_code(1, format!("{}: exit status {}", e.message, e.code))),
        }
        let targets: Vec<&str> = mounts.iter().map(RunMount::target).chain(run.binds.iter().map(|b| b.destination.as_str())).collect();
        mounts::remove_mount_points(&layout.upper, &targets);
        let layer = self.add_layer(&dir, |writer| writer.add_upper(&layout.upper))?;
        crate::sys::fs::remove_tree(&dir)?;
        self.record(&key, state, created_by, Some(layer), |_| Ok(()))
    }

    /// The stage or image each `from=` bind mount reads (None: the context).
    fn mount_sources(&mut self, file: &Dockerfile, mounts: &[RunMount]) -> Result<Vec<Option<State>>> {
        mounts
            .iter()
            .map(|mount| match mount {
                RunMount::Bind { from: Some(from), .. } => self.source_state(file, from, "RUN --mount from").map(Some),
                _ => Ok(None),
            })
            .collect()
    }

    /// What the mounts read, for the cache key: the content of context
    /// files a bind mount shows, the id of a stage or image it shows.
    fn mounts_content(&self, mounts: &[RunMount], sources: &[Option<State>]) -> Result<String> {
        let mut content = String::new();
        for (mount, source) in mounts.iter().zip(sources) {
            let RunMount::Bind { source: path, .. } = mount else { continue };
            match source {
                Some(state) => content.push_str(&state.id()?),
                None => {
                    let ignored = |rel: &str| self.context.is_ignored(rel);
                    let from = copy::Source { root: &self.context.root, ignored: &ignored };
                    let empty = self.work.0.join("empty");
                    std::fs::create_dir_all(&empty).context(|| "create build directory".into())?;
                    let path = if path.is_empty() { "." } else { path.as_str() };
                    let planned = copy::plan(&from, &[path.to_string()], "/mount/", &empty, Overrides { owner: None, mode: None }, false)?;
                    content.push_str(&copy::content_digest(&planned)?);
                }
            }
            content.push('\n');
        }
        Ok(content)
    }

    /// The binds and tmpfs mounts a RUN's `--mount`s make, and what must
    /// stay held (cache locks, mounted views) while the command runs.
    fn prepare_mounts(&self, dir: &Path, mounts: &[RunMount], sources: Vec<Option<State>>) -> Result<PreparedMounts> {
        let mut prepared = PreparedMounts { binds: Vec::new(), tmpfs: Vec::new(), held: Held::default(), ssh_agent: None };
        for (n, (mount, source)) in mounts.iter().zip(sources).enumerate() {
            let scratch = dir.join(format!("mount-{n}"));
            match mount {
                RunMount::Cache { target, id, sharing, uid, gid, mode, read_only } => {
                    let (source, lock) = mounts::cache_source(self.data, &scratch, id, *sharing, (*uid, *gid, *mode))?;
                    prepared.held.locks.extend(lock);
                    prepared.binds.push(BindMount { source, destination: target.clone(), read_only: *read_only, copy_up: false });
                }
                RunMount::Bind { target, source: path, read_write, .. } => {
                    let root = match &source {
                        None => {
                            let rel = crate::container::mounts::clean(path);
                            if self.context.is_ignored(rel.trim_start_matches('/')) {
                                return Err(crate::err!("RUN --mount source {path:?} is excluded by the ignore file"));
                            }
                            self.context.root.clone()
                        }
                        Some(state) => {
                            let view = self.view(&state.layers, &scratch.join("view"))?;
                            let root = view.root.clone();
                            prepared.held.views.push(view);
                            root
                        }
                    };
                    let mut host = mounts::inside(&root, path)?;
                    if source.is_none() && host.is_dir() && self.context.has_ignore_rules() {
                        // The ignore file's exclusions hold for mounts too: show a copy without them.
                        let filtered = scratch.join("context");
                        std::fs::create_dir_all(&filtered).context(|| format!("create {}", filtered.display()))?;
                        let ignored = |rel: &str| self.context.is_ignored(rel);
                        let rel = host.strip_prefix(&self.context.root).unwrap_or(Path::new("")).to_string_lossy().into_owned();
                        copy::mirror(&copy::Source { root: &self.context.root, ignored: &ignored }, &host, &rel, &filtered)?;
                        host = filtered;
                    }
                    if *read_write {
                        // Writes go to a throw-away copy: the source stays as it is.
                        host = self.throwaway(&host, &scratch, &mut prepared.held)?;
                    }
                    prepared.binds.push(BindMount { source: host, destination: target.clone(), read_only: !read_write, copy_up: false });
                }
                RunMount::Secret { target, id, required, uid, gid, mode } => {
                    let Some(content) = self.options.settings.secrets.get(id) else {
                        if *required {
                            return Err(crate::err!("RUN --mount=type=secret,id={id}: no such secret; give it with --secret id={id},src=FILE"));
                        }
                        continue;
                    };
                    std::fs::create_dir_all(&scratch).context(|| format!("create {}", scratch.display()))?;
                    let file = scratch.join("secret");
                    std::fs::write(&file, content).context(|| format!("write secret {id}"))?;
                    std::os::unix::fs::chown(&file, Some(*uid), Some(*gid)).context(|| format!("give secret {id} to {uid}:{gid}"))?;
                    std::fs::set_permissions(&file, std::os::unix::fs::PermissionsExt::from_mode(*mode)).context(|| format!("set the mode of secret {id}"))?;
                    prepared.binds.push(BindMount { source: file, destination: target.clone(), read_only: true, copy_up: false });
                }
                RunMount::Ssh { target, id, required } => {
                    let Some(socket) = self.options.settings.ssh.get(id) else {
                        if *required {
                            return Err(crate::err!("RUN --mount=type=ssh,id={id}: no such SSH agent; give it with --ssh {id}[=SOCKET]"));
                        }
                        continue;
                    };
                    prepared.ssh_agent.get_or_insert_with(|| target.clone());
                    prepared.binds.push(BindMount { source: socket.clone(), destination: target.clone(), read_only: false, copy_up: false });
                }
                RunMount::Tmpfs { target, size } => {
                    let options = size.as_ref().map(|s| format!(":size={s}")).unwrap_or_default();
                    prepared.tmpfs.push(TmpfsMount::parse(&format!("{target}{options}"))?);
                }
            }
        }
        // Parents before children, as the runtime mounts them.
        prepared.binds.sort_by(|a, b| a.destination.cmp(&b.destination));
        Ok(prepared)
    }

    /// A writable stand-in for `source`: an overlay on it (a directory) or
    /// a copy (a file), both removed with the RUN's directory.
    fn throwaway(&self, source: &Path, scratch: &Path, held: &mut Held) -> Result<PathBuf> {
        if !source.is_dir() {
            std::fs::create_dir_all(scratch).context(|| format!("create {}", scratch.display()))?;
            let copy = scratch.join("file");
            std::fs::copy(source, &copy).context(|| format!("copy {}", source.display()))?;
            return Ok(copy);
        }
        let layout = RootfsLayout::for_container(&scratch.join("rw"), vec![source.to_path_buf()]);
        layout.prepare(self.options.driver)?;
        driver::mount_rootfs(self.options.driver, &layout)?;
        held.views.push(View { root: layout.merged.clone(), mounted: true });
        Ok(layout.merged)
    }

    /// Write a layer tar with `fill` into a file in `dir` and stage it.
    fn add_layer(&mut self, dir: &Path, fill: impl FnOnce(&mut LayerWriter<std::io::BufWriter<std::fs::File>>) -> Result<()>) -> Result<LayerRecord> {
        let mtime = self.options.settings.timestamp.map(|seconds| seconds.max(0) as u64);
        super::diff::stage_layer(&mut self.staging, dir, |writer| {
            writer.mtime = mtime;
            fill(writer)
        })
    }

    fn copy(&mut self, file: &Dockerfile, state: &mut State, scope: &StageScope, instruction: &Instruction) -> Result<()> {
        let lookup = |name: &str| scope.lookup(state, name);
        let heredocs = &instruction.heredocs;
        let (expanded, mut paths) = if heredocs.is_empty() {
            let expanded = expand(&instruction.args, &lookup, false)?;
            let paths = json_array(&expanded).unwrap_or_else(|| expanded.split_whitespace().map(str::to_string).collect());
            (expanded, paths)
        } else {
            // `COPY <<A <<B /dir/`: each here-document is a file named as its delimiter.
            let words: Vec<&str> = instruction.args.split_whitespace().collect();
            if words.len() < 2 || words[..words.len() - 1].iter().any(|w| instruction.heredoc(w).is_none()) {
                return Err(crate::err!("{} with here-documents takes only here-documents as sources, then the destination", instruction.keyword));
            }
            let mut paths: Vec<String> = heredocs.iter().map(|h| h.name.clone()).collect();
            paths.push(expand(words[words.len() - 1], &lookup, false)?);
            (paths.join(" "), paths)
        };
        if paths.len() < 2 {
            return Err(crate::err!("{} needs at least one source and a destination", instruction.keyword));
        }
        let mut dest = paths.pop().expect("two or more paths");
        // "." and "dir/." name directories, as "dir/" does.
        if dest == "." || dest.ends_with("/.") {
            dest.push('/');
        }
        let inner = state.inner();
        let workdir = inner.working_dir().clone().unwrap_or_default();
        let dest = if dest.starts_with('/') { dest } else { format!("{}/{dest}", workdir.trim_end_matches('/')) };

        let from_state = match instruction.flag("from") {
            None => None,
            Some(from) => Some(self.source_state(file, &expand(from, &lookup, false)?, "COPY --from")?),
        };
        self.runs += 1;
        let dir = self.work.0.join(format!("copy-{}", self.runs));
        let target = self.view(&state.layers, &dir.join("target"))?;
        let overrides = Overrides {
            owner: instruction.flag("chown").map(|spec| owner(spec, &target.root)).transpose()?,
            mode: instruction
                .flag("chmod")
                .map(|m| u32::from_str_radix(m, 8).ok().filter(|m| *m <= 0o7777).ok_or_else(|| crate::err!("invalid --chmod {m:?}: use an octal mode")))
                .transpose()?,
        };
        let source_view = from_state.map(|from| self.view(&from.layers, &dir.join("source"))).transpose()?;
        let heredoc_dir = dir.join("heredocs");
        for heredoc in heredocs {
            let body = if heredoc.expand { expand(&heredoc.body(), &lookup, false)? } else { heredoc.body() };
            std::fs::create_dir_all(&heredoc_dir).context(|| format!("create {}", heredoc_dir.display()))?;
            let path = heredoc_dir.join(&heredoc.name);
            std::fs::write(&path, body).context(|| format!("write here-document {}", heredoc.name))?;
            std::fs::set_permissions(&path, std::os::unix::fs::PermissionsExt::from_mode(0o644))?;
        }
        let context_ignored = |rel: &str| self.context.is_ignored(rel);
        let no_ignores = |_: &str| false;
        let source = match &source_view {
            _ if !heredocs.is_empty() => copy::Source { root: &heredoc_dir, ignored: &no_ignores },
            None => copy::Source { root: &self.context.root, ignored: &context_ignored },
            Some(view) => copy::Source { root: &view.root, ignored: &no_ignores },
        };
        let is_add = instruction.keyword == "ADD";
        if let Some(url) = paths.iter().find(|p| p.starts_with("http://") || p.starts_with("https://")).filter(|_| is_add) {
            return Err(crate::err!("ADD {url}: skiff build does not download files; fetch it into the build context and COPY it"));
        }
        let planned = copy::plan(&source, &paths, &dest, &target.root, overrides, is_add)?;
        let content = copy::content_digest(&planned)?;
        let key = Cache::key(&state.bytes()?, &format!("{} {:?} {expanded}\n{dest}", instruction.keyword, instruction.flags), &content);
        let kind = if planned.len() == 1 { "file" } else { "dir" };
        let created_by = format!("/bin/sh -c #(nop) {} {kind}:{} in {dest} ", instruction.keyword, content.trim_start_matches("sha256:"));
        if self.reuse(&key, &created_by, true, state)? {
            return Ok(());
        }
        let layer = self.add_layer(&dir, |writer| copy::write(&planned, writer))?;
        self.record(&key, state, created_by, Some(layer), |_| Ok(()))
    }

    /// The earlier stage (by name or index) or the image `from` names.
    fn source_state(&mut self, file: &Dockerfile, from: &str, what: &str) -> Result<State> {
        match stage_index(file, &from.to_lowercase()) {
            Some(i) => self.stages[i].clone().ok_or_else(|| crate::err!("{what}={from}: that stage is not built before this one")),
            None => self.image_state(from),
        }
    }

    /// The root filesystem of `layers`, read-only by convention, at `dir`.
    fn view(&self, layers: &[LayerRecord], dir: &Path) -> Result<View> {
        let layers: Vec<PathBuf> = layers.iter().map(|l| self.layer_dir(l)).collect();
        match layers.as_slice() {
            [] => {
                std::fs::create_dir_all(dir).context(|| format!("create {}", dir.display()))?;
                Ok(View { root: dir.to_path_buf(), mounted: false })
            }
            [only] => Ok(View { root: only.clone(), mounted: false }),
            _ => {
                let layout = RootfsLayout::for_container(dir, layers);
                layout.prepare(self.options.driver)?;
                driver::mount_rootfs(self.options.driver, &layout)?;
                Ok(View { root: layout.merged, mounted: true })
            }
        }
    }

    /// `state` with its layers (those added on top of the base image, or
    /// all) merged into one; the history keeps its entries, all but the
    /// last of the merged ones now marked as adding no layer.
    fn squash(&mut self, state: &State) -> Result<State> {
        let keep = match self.options.squash {
            Squash::All => 0,
            _ => state.layers.iter().take_while(|l| self.image_layers.contains(&l.diff_id)).count(),
        };
        if state.layers.len() - keep <= 1 {
            return Ok(state.clone());
        }
        let dirs: Vec<PathBuf> = state.layers[keep..].iter().map(|l| self.layer_dir(l)).collect();
        self.runs += 1;
        let dir = self.work.0.join(format!("squash-{}", self.runs));
        let layer = self.add_layer(&dir, |writer| writer.add_squashed(&dirs, keep > 0))?;
        let mut squashed = state.clone();
        let mut history = state.config.history().clone().unwrap_or_default();
        let with_layers: Vec<usize> = (0..history.len()).filter(|&i| history[i].empty_layer() != Some(true)).collect();
        if let Some((&last, merged)) = with_layers.get(keep..).and_then(|merged| merged.split_last()) {
            for &i in merged {
                history[i].set_empty_layer(Some(true));
            }
            history[last].set_empty_layer(None);
        }
        squashed.config.set_history(Some(history));
        squashed.layers.truncate(keep);
        squashed.layers.push(layer);
        squashed.config.rootfs_mut().set_diff_ids(squashed.layers.iter().map(|l| l.diff_id.clone()).collect());
        Ok(squashed)
    }

    fn commit(self, mut state: State) -> Result<ImageRecord> {
        let Builder { store, mut staging, options, stages, image_layers, .. } = self;
        if let Some(seconds) = options.settings.timestamp {
            // Steps reused from the cache keep the time they first ran at.
            let created = crate::time::format(seconds);
            let mut history = state.config.history().clone().unwrap_or_default();
            for entry in history.iter_mut() {
                entry.set_created(Some(created.clone()));
            }
            state.config.set_history(Some(history));
            state.config.set_created(Some(created));
        }
        if options.settings.omit_history {
            state.config.set_history(None);
        }
        if !options.settings.os_features.is_empty() {
            state.config.set_os_features(Some(options.settings.os_features.clone()));
        }
        if let Some(version) = &options.settings.os_version {
            state.config.set_os_version(Some(version.clone()));
        }
        let config = state.bytes()?;
        let config_digest = staging.add_blob(&config)?;
        let manifest = if options.docker_format {
            oci::docker_manifest(&config, &config_digest, &state.layers)?
        } else {
            oci::manifest(&config, &config_digest, &state.layers, &options.annotations)
        };
        let manifest = staging.add_blob(&manifest)?;
        // The other stages' own layers stay with the image, for the cache.
        let mut build_layers: Vec<LayerRecord> = Vec::new();
        for layer in stages.into_iter().flatten().flat_map(|stage| stage.layers) {
            let own = !image_layers.contains(&layer.diff_id) && !state.layers.contains(&layer);
            if own && !build_layers.contains(&layer) {
                build_layers.push(layer);
            }
        }
        let mut image = ImageRecord::new(&config, options.tags.clone(), manifest, state.layers);
        image.build_layers = build_layers;
        say(options, Event::Commit { name: options.commit_name.as_deref() });
        let stored = store.commit_replacing_manifests(staging, vec![image])?.remove(0);
        say(options, Event::Committed { id: &stored.id });
        for tag in &options.tags {
            say(options, Event::Tagged { name: tag });
        }
        Ok(stored)
    }
}

/// Where a RUN sees a here-document that it runs as a script (as BuildKit does).
const PIPES: &str = "/dev/pipes";

/// What a RUN's `--mount`s become for the runtime.
struct PreparedMounts {
    binds: Vec<BindMount>,
    tmpfs: Vec<TmpfsMount>,
    held: Held,
    /// Where the step's first ssh mount is: its SSH_AUTH_SOCK.
    ssh_agent: Option<String>,
}

/// Held while a RUN runs: cache directory locks, mounted views.
#[derive(Default)]
struct Held {
    locks: Vec<crate::storage::lock::Lock>,
    views: Vec<View>,
}

/// The command a RUN runs, and the here-documents it reads as script files
/// (name, content) under [`PIPES`]. As BuildKit does it: a RUN that is just
/// one here-document runs it with the shell, or as a script when it starts
/// with `#!`; any other RUN with here-documents goes to the shell whole,
/// their lines included, so the shell feeds them to the commands (stdin).
fn run_command(state: &State, instruction: &Instruction) -> Result<(Vec<String>, Vec<(String, String)>)> {
    let args = instruction.args.as_str();
    let shell_with = |text: String| state.shell().into_iter().chain([text]).collect::<Vec<_>>();
    match instruction.heredocs.as_slice() {
        [] => Ok((state.command(args), Vec::new())),
        [only] if args.trim() == only.marker => {
            let body = only.body();
            let Some(shebang) = body.strip_prefix("#!") else { return Ok((shell_with(body), Vec::new())) };
            // /dev is noexec: run the interpreter the first line names on the script.
            let line = shebang.lines().next().unwrap_or_default().trim();
            let (interpreter, argument) = line.split_once(char::is_whitespace).map_or((line, ""), |(i, a)| (i, a.trim()));
            if interpreter.is_empty() {
                return Err(crate::err!("Containerfile line {}: here-document {} starts with #! but names no interpreter", instruction.line, only.marker));
            }
            let name = only.name.replace('/', "_");
            let argv = [interpreter, argument].into_iter().filter(|a| !a.is_empty()).map(str::to_string).chain([format!("{PIPES}/{name}")]).collect();
            Ok((argv, vec![(name, body)]))
        }
        heredocs => {
            let mut whole = args.to_string();
            for heredoc in heredocs {
                whole.push('\n');
                whole.push_str(&heredoc.content);
                whole.push_str(&heredoc.name);
            }
            Ok((shell_with(whole), Vec::new()))
        }
    }
}

/// Tell the caller what happened, unless `--quiet`.
fn say(options: &Options<'_>, event: Event<'_>) {
    if !options.quiet {
        options.step.event(event);
    }
}

/// A stage's root filesystem for reading; unmounted when dropped.
struct View {
    root: PathBuf,
    mounted: bool,
}

impl Drop for View {
    fn drop(&mut self) {
        if self.mounted {
            let _ = nix::mount::umount2(&self.root, nix::mount::MntFlags::MNT_DETACH);
        }
    }
}

/// `--chown=USER[:GROUP]`, names looked up in the image's own files.
fn owner(spec: &str, root: &Path) -> Result<(u32, u32)> {
    let read = |file: &str| std::fs::read_to_string(root.join(file)).unwrap_or_default();
    let user = crate::runtime::user::resolve_with(spec, &read("etc/passwd"), &read("etc/group"))
        .map_err(|e| crate::err!("invalid --chown {spec:?}: {}", e.message))?;
    Ok((user.uid, user.gid))
}

/// Run a RUN command with its stdout and stderr going to `output`, or
/// thrown away (`--quiet`).
fn run_with_output(spec: &ContainerSpec, output: Option<std::os::fd::OwnedFd>, with_stdin: bool) -> Result<i32> {
    let (stdout, stderr) = match output {
        Some(fd) => (fd.try_clone()?, fd),
        None => {
            let null = || std::fs::File::options().write(true).open("/dev/null").map(std::os::fd::OwnedFd::from);
            (null()?, null()?)
        }
    };
    let stdin = match with_stdin {
        true => Some(std::io::stdin().as_fd().try_clone_to_owned()?),
        false => None,
    };
    let stdio = process::Stdio::Fds { stdin, stdout, stderr };
    let started = process::start(spec, stdio)?;
    Ok(crate::sys::process::wait_exit(started.pid).unwrap_or(crate::error::EXIT_ENGINE))
}

/// `HEALTHCHECK [--interval=D] [--timeout=D] [--start-period=D]
/// [--start-interval=D] [--retries=N] CMD command` or `HEALTHCHECK NONE`, as docker's config has it.
fn healthcheck(instruction: &Instruction) -> Result<Healthcheck> {
    let args = instruction.args.trim();
    if args.eq_ignore_ascii_case("NONE") {
        return Ok(Healthcheck { test: vec!["NONE".into()], ..Default::default() });
    }
    let (keyword, command) = args.split_once(char::is_whitespace).unwrap_or((args, ""));
    if !keyword.eq_ignore_ascii_case("CMD") || command.trim().is_empty() {
        return Err(crate::err!("HEALTHCHECK takes NONE or [OPTIONS] CMD command"));
    }
    let test = match json_array(command) {
        Some(argv) => std::iter::once("CMD".to_string()).chain(argv).collect(),
        None => vec!["CMD-SHELL".to_string(), command.trim().to_string()],
    };
    let duration = |name: &str| instruction.flag(name).map(|v| parse_flag_duration(&format!("--{name}"), v)).transpose().map(Option::unwrap_or_default);
    let retries = instruction.flag("retries").map(|v| v.parse().map_err(|_| crate::err!("invalid --retries {v:?}"))).transpose()?;
    Ok(Healthcheck {
        test,
        interval: duration("interval")?,
        timeout: duration("timeout")?,
        start_period: duration("start-period")?,
        retries: retries.unwrap_or_default(),
        start_interval: duration("start-interval")?,
    })
}

fn json_array(args: &str) -> Option<Vec<String>> {
    args.trim_start().starts_with('[').then(|| serde_json::from_str(args).ok()).flatten()
}
