//! `compose watch` (and `up --watch`): the files under each `develop.watch`
//! rule's path watched with inotify, changes gathered until 500 ms pass
//! without one (docker compose's quiet period, pkg/watch/debounce.go), then
//! each rule's action taken as docker compose's pkg/compose/watch.go takes
//! it: sync the files into the service's containers (and delete those
//! removed), restart them, run a command in them, or rebuild the image and
//! recreate them.
//!
//! Copying into a container and running a command there join its
//! namespaces, which a process cannot leave: each is done in a child
//! process, so that the watching one stays where it was.

use super::build::BuildReporters;
use super::containers::{self as project_containers, Progress};
use super::model::{Service, ServiceHook, WatchAction, WatchRule};
use super::up::{Recreate, UpOptions};
use super::Project;
use crate::build::context::BuildContext;
use crate::container::copy::{self, ExtractOwner, Top};
use crate::container::state::{ContainerRecord, ContainerStatus};
use crate::container::ContainerStore;
use crate::error::{Context as _, Result};
use crate::paths::Paths;
use rustix::fs::inotify;
use std::collections::{BTreeMap, BTreeSet};
use std::os::fd::{AsFd, OwnedFd};
use std::os::unix::ffi::OsStrExt as _;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// How long the files must stay unchanged before a batch of changes is acted on.
const QUIET_PERIOD: Duration = Duration::from_millis(500);

/// How often the caller's `tick` runs while nothing changes.
const TICK: Duration = Duration::from_millis(100);

/// Editors' temporary and lock files, never acted on (docker compose's
/// EphemeralPathMatcher: GoLand, Emacs, Vim, Kate, Go's umask probe).
const EPHEMERAL: &[&str] = &[
    "**/*___jb_old___",
    "**/*___jb_tmp___",
    "**/.idea/**",
    "**/.#*",
    "**/#*#",
    "**/4913",
    "**/*~",
    "**/.*.swp",
    "**/.*.swx",
    "**/.*.swo",
    "**/.*.swn",
    "**/.*.kate-swp",
    "**/*-go-tmp-umask",
];

#[derive(Debug, Clone, Default)]
pub struct WatchOptions {
    /// The services watched (none: every service with `develop.watch`).
    pub services: Vec<String>,
    /// Remove the image a rebuild replaced once nothing uses it (`--prune`).
    pub prune: bool,
}

/// Where watch reports what it does: docker compose's watch log lines.
pub trait WatchLog {
    fn log(&self, message: &str);
    /// Something failed; watching goes on.
    fn error(&self, message: &str);
}

/// A rule with its matchers, ready to test changed paths against.
struct Rule {
    service: String,
    rule: WatchRule,
    path: PathBuf,
    ignore: BuildContext,
    include: Option<BuildContext>,
    ephemeral: BuildContext,
    /// The service's build context's .dockerignore, if it has one.
    dockerignore: Option<BuildContext>,
}

impl Rule {
    /// Where `changed` goes in the containers, if this rule covers it.
    fn container_path(&self, changed: &Path) -> Option<String> {
        let rel = changed.strip_prefix(&self.path).ok()?;
        let rel_text = rel.to_string_lossy();
        // A rule on a single file covers that file: match its name.
        let matched = if rel_text.is_empty() { changed.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default() } else { rel_text.to_string() };
        if self.include.as_ref().is_some_and(|include| !include.is_ignored(&matched)) {
            return None;
        }
        // docker compose leaves a .git directory alone whatever the ignore files say.
        let in_git = rel.components().any(|c| c.as_os_str() == ".git");
        let context_ignored = self.dockerignore.as_ref().is_some_and(|context| {
            changed.strip_prefix(&context.root).is_ok_and(|in_context| context.is_ignored(&in_context.to_string_lossy()))
        });
        if in_git || context_ignored || self.ignore.is_ignored(&matched) || self.ephemeral.is_ignored(&matched) {
            return None;
        }
        let target = self.rule.target.clone().unwrap_or_default();
        Some(if rel_text.is_empty() { target } else { format!("{}/{rel_text}", target.trim_end_matches('/')) })
    }
}

/// The project's watch rules for the services (all with `develop` when
/// none is named), checked as docker compose checks them.
fn rules(project: &Project, services: &[String]) -> Result<Vec<Rule>> {
    let mut rules = Vec::new();
    for (name, service) in &project.model.services {
        if !services.is_empty() && !services.contains(name) {
            continue;
        }
        let Some(develop) = &service.develop else { continue };
        for rule in &develop.watch {
            if rule.action == WatchAction::Rebuild && service.build.is_none() {
                return Err(crate::err!("can't watch service {name:?} with action rebuild without a build context"));
            }
            let written = PathBuf::from(&rule.path);
            if rule.action.syncs() && bind_mounted(service, &written) {
                crate::sys::warnings::warn(&format!("path '{}' also declared by a bind mount volume, this path won't be monitored!", rule.path));
                continue;
            }
            // Symlinks resolved, as the changed paths and the build context are.
            let path = std::fs::canonicalize(&written).unwrap_or(written);
            rules.push(Rule {
                service: name.clone(),
                ignore: BuildContext::with_patterns(&path, &rule.ignore),
                include: (!rule.include.is_empty()).then(|| BuildContext::with_patterns(&path, &rule.include)),
                ephemeral: BuildContext::with_patterns(&path, &EPHEMERAL.iter().map(|p| p.to_string()).collect::<Vec<_>>()),
                dockerignore: dockerignore(service),
                path,
                rule: rule.clone(),
            });
        }
    }
    if rules.is_empty() {
        return Err(crate::err!("none of the selected services is configured for watch, consider setting a 'develop' section"));
    }
    Ok(rules)
}

/// The service's build context's .dockerignore (or .containerignore), if it has one.
fn dockerignore(service: &Service) -> Option<BuildContext> {
    let context = Path::new(&service.build.as_ref()?.context);
    BuildContext::open(context).ok().filter(|c| c.has_ignore_rules())
}

/// Check the services' watch rules (as `watch` would before watching).
pub fn check(project: &Project, services: &[String]) -> Result<()> {
    rules(project, services).map(|_| ())
}

/// Whether `path` is at or below one of the service's bind mounts' sources.
fn bind_mounted(service: &Service, path: &Path) -> bool {
    service.volumes.iter().filter(|v| v.kind == "bind").filter_map(|v| v.source.as_deref()).any(|source| path.starts_with(source))
}

/// Watch the services' rules until `tick` (run at least every 100 ms)
/// says to stop. `up` is the caller's, who brought the project up (or not).
#[allow(clippy::too_many_arguments)]
pub fn watch(
    paths: &Paths,
    project: &Project,
    options: &WatchOptions,
    log: &dyn WatchLog,
    progress: &dyn Progress,
    builds: &BuildReporters,
    tick: &mut dyn FnMut() -> bool,
) -> Result<()> {
    let rules = rules(project, &options.services)?;
    let mut watcher = Watcher::new()?;
    for rule in &rules {
        watcher.watch_path(&rule.path)?;
    }
    let actions = Actions { paths, project, options, log, progress, builds };
    for rule in rules.iter().filter(|r| r.rule.initial_sync && r.rule.action.syncs()) {
        let files = files_below(&rule.path).into_iter().filter_map(|f| rule.container_path(&f).map(|target| (f, target))).collect();
        if let Err(e) = actions.sync(&rule.service, files) {
            log.error(&format!("Error handling changed files: {}", e.message));
        }
    }
    log.log("Watch enabled");
    let mut pending: BTreeSet<PathBuf> = BTreeSet::new();
    let mut last_change = Instant::now();
    loop {
        if tick() {
            log.log("Watch disabled");
            return Ok(());
        }
        let wait = if pending.is_empty() { TICK } else { TICK.min(QUIET_PERIOD.saturating_sub(last_change.elapsed())) };
        let changed = watcher.changes(wait)?;
        if !changed.is_empty() {
            pending.extend(changed);
            last_change = Instant::now();
        }
        if !pending.is_empty() && last_change.elapsed() >= QUIET_PERIOD {
            let batch = std::mem::take(&mut pending);
            if let Err(e) = actions.handle(&rules, &batch) {
                log.error(&format!("Error handling changed files: {}", e.message));
            }
        }
    }
}

/// Every file at or below `path` (the path itself if it is a file).
fn files_below(path: &Path) -> Vec<PathBuf> {
    let Ok(metadata) = std::fs::symlink_metadata(path) else { return Vec::new() };
    if !metadata.is_dir() {
        return vec![path.to_path_buf()];
    }
    let mut files = Vec::new();
    for entry in std::fs::read_dir(path).into_iter().flatten().flatten() {
        files.extend(files_below(&entry.path()));
    }
    files
}

/// The inotify instance and the directories it watches.
struct Watcher {
    fd: OwnedFd,
    /// Watch descriptor to the directory it watches.
    dirs: BTreeMap<i32, PathBuf>,
}

impl Watcher {
    fn new() -> Result<Watcher> {
        let fd = inotify::init(inotify::CreateFlags::CLOEXEC | inotify::CreateFlags::NONBLOCK).context(|| "inotify_init".into())?;
        Ok(Watcher { fd, dirs: BTreeMap::new() })
    }

    /// Watch `path`: a directory with every directory below it; a file (or
    /// a path not there yet) through the nearest directory above it.
    fn watch_path(&mut self, path: &Path) -> Result<()> {
        if path.is_dir() {
            return self.watch_tree(path);
        }
        let parent = path.ancestors().skip(1).find(|p| p.is_dir()).ok_or_else(|| crate::err!("watch {}: no such directory", path.display()))?;
        self.watch_dir(parent)
    }

    fn watch_tree(&mut self, dir: &Path) -> Result<()> {
        self.watch_dir(dir)?;
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            if entry.file_type().is_ok_and(|t| t.is_dir()) {
                self.watch_tree(&entry.path())?;
            }
        }
        Ok(())
    }

    fn watch_dir(&mut self, dir: &Path) -> Result<()> {
        use inotify::WatchFlags as W;
        let flags = W::CREATE | W::DELETE | W::MODIFY | W::CLOSE_WRITE | W::MOVED_FROM | W::MOVED_TO | W::ATTRIB | W::DONT_FOLLOW | W::ONLYDIR;
        match inotify::add_watch(&self.fd, dir, flags) {
            Ok(wd) => {
                self.dirs.insert(wd, dir.to_path_buf());
                Ok(())
            }
            // Gone again before it could be watched: nothing to watch.
            Err(rustix::io::Errno::NOENT) | Err(rustix::io::Errno::NOTDIR) => Ok(()),
            Err(e) => Err(crate::err!("watch {}: {e}", dir.display())),
        }
    }

    /// The paths changed in the next `wait` at most (none if nothing did).
    /// A directory created or moved in is watched, and its files count as
    /// changed (they may have been written before the watch was there).
    fn changes(&mut self, wait: Duration) -> Result<Vec<PathBuf>> {
        use nix::poll::{poll, PollFd, PollFlags, PollTimeout};
        let mut fds = [PollFd::new(self.fd.as_fd(), PollFlags::POLLIN)];
        let timeout = PollTimeout::try_from(wait.as_millis().min(1000) as u16).unwrap_or(PollTimeout::ZERO);
        match poll(&mut fds, timeout) {
            Ok(0) | Err(nix::errno::Errno::EINTR) => return Ok(Vec::new()),
            Ok(_) => {}
            Err(e) => return Err(crate::err!("wait for file changes: {e}")),
        }
        let mut changed = Vec::new();
        let mut new_dirs = Vec::new();
        let mut buffer = [std::mem::MaybeUninit::<u8>::uninit(); 16384];
        let mut reader = inotify::Reader::new(self.fd.as_fd(), &mut buffer);
        loop {
            let event = match reader.next() {
                Ok(event) => event,
                Err(rustix::io::Errno::AGAIN) | Err(rustix::io::Errno::INTR) => break,
                Err(e) => return Err(crate::err!("read file changes: {e}")),
            };
            let flags = event.events();
            if flags.contains(inotify::ReadFlags::IGNORED) {
                self.dirs.remove(&event.wd());
                continue;
            }
            let (Some(dir), Some(name)) = (self.dirs.get(&event.wd()), event.file_name()) else { continue };
            let path = dir.join(std::ffi::OsStr::from_bytes(name.to_bytes()));
            if flags.contains(inotify::ReadFlags::ISDIR) && flags.intersects(inotify::ReadFlags::CREATE | inotify::ReadFlags::MOVED_TO) {
                new_dirs.push(path.clone());
            }
            changed.push(path);
        }
        for dir in new_dirs {
            self.watch_tree(&dir)?;
            changed.extend(files_below(&dir));
        }
        Ok(changed)
    }
}

/// What the rules' actions need.
struct Actions<'a> {
    paths: &'a Paths,
    project: &'a Project,
    options: &'a WatchOptions,
    log: &'a dyn WatchLog,
    progress: &'a dyn Progress,
    builds: &'a BuildReporters<'a>,
}

impl Actions<'_> {
    /// One batch of changed paths: rebuilds first, then syncs, restarts
    /// and commands to run, each service's at once (handleWatchBatch).
    fn handle(&self, rules: &[Rule], batch: &BTreeSet<PathBuf>) -> Result<()> {
        let mut rebuild = BTreeSet::new();
        let mut sync: BTreeMap<String, Vec<(PathBuf, String)>> = BTreeMap::new();
        let mut restart = BTreeSet::new();
        let mut exec: BTreeMap<String, BTreeSet<usize>> = BTreeMap::new();
        for changed in batch {
            for (i, rule) in rules.iter().enumerate() {
                let Some(target) = rule.container_path(changed) else { continue };
                let service = rule.service.clone();
                if rule.rule.action.syncs() {
                    sync.entry(service.clone()).or_default().push((changed.clone(), target));
                }
                match rule.rule.action {
                    WatchAction::Rebuild => {
                        rebuild.insert(service);
                    }
                    WatchAction::Restart | WatchAction::SyncRestart => {
                        restart.insert(service);
                    }
                    WatchAction::SyncExec => {
                        exec.entry(service).or_default().insert(i);
                    }
                    WatchAction::Sync => {}
                }
            }
        }
        if !rebuild.is_empty() {
            self.rebuild(&rebuild.into_iter().collect::<Vec<_>>())?;
        }
        for (service, files) in sync {
            self.log.log(&format!("Syncing service {service:?} after {} changes were detected", files.len()));
            self.sync(&service, files)?;
        }
        if !restart.is_empty() {
            let services: Vec<String> = restart.into_iter().collect();
            let store = ContainerStore::open(self.paths);
            let containers = project_containers::of_services(&store, self.project, &services)?;
            let ids: Vec<String> = containers.iter().map(|c| c.id.clone()).collect();
            project_containers::stop(&store, self.project, containers, None, self.progress)?;
            let stopped = ids.iter().map(|id| store.lookup(id)).collect::<Result<Vec<_>>>()?;
            project_containers::start_after_stop(self.paths, &store, self.project, stopped, self.progress)?;
            self.log.log(&format!("service(s) {} restarted", go_quoted(&services)));
        }
        for (service, indexes) in exec {
            for i in indexes {
                if let Some(hook) = &rules[i].rule.exec {
                    self.exec(&service, hook)?;
                }
            }
        }
        Ok(())
    }

    /// Copy the files into every container of the service (those gone
    /// from the host are deleted there), as docker compose's tar syncer does.
    fn sync(&self, service: &str, files: Vec<(PathBuf, String)>) -> Result<()> {
        let (present, gone): (Vec<_>, Vec<_>) = files.into_iter().partition(|(host, _)| std::fs::symlink_metadata(host).is_ok());
        let deleted: Vec<String> = gone.into_iter().map(|(_, target)| target).collect();
        let archive = sync_archive(&present)?;
        let store = ContainerStore::open(self.paths);
        for record in project_containers::of_services(&store, self.project, &[service.to_string()])? {
            crate::sys::process::in_child(|| {
                let root = copy::container_root(self.paths, &store, &record)?;
                for target in &deleted {
                    copy::remove_in_root(&root, target)?;
                }
                copy::extract(&root, "/", &Top::Keep, true, ExtractOwner::Creator, archive.as_slice())
            })
            .context(|| format!("sync files into {}", record.name))?;
        }
        Ok(())
    }

    /// Run the rule's command in each running container of the service.
    fn exec(&self, service: &str, hook: &ServiceHook) -> Result<()> {
        let store = ContainerStore::open(self.paths);
        let running: Vec<ContainerRecord> =
            project_containers::of_services(&store, self.project, &[service.to_string()])?.into_iter().filter(|c| c.status == ContainerStatus::Running).collect();
        for record in running {
            let options = crate::container::exec::ExecOptions {
                container: record.id.clone(),
                command: hook.command.clone(),
                env: hook.environment.iter().map(|(k, v)| format!("{k}={}", v.clone().unwrap_or_default())).collect(),
                workdir: hook.working_dir.clone(),
                user: hook.user.clone(),
                privileged: hook.privileged,
                ..Default::default()
            };
            crate::sys::process::in_child(|| {
                let code = crate::container::exec::prepare(self.paths, &options)?.run_foreground(&[])?;
                if code != 0 {
                    return Err(crate::err!("exit code {code}"));
                }
                Ok(())
            })
            .context(|| format!("exec in {}", record.name))?;
        }
        Ok(())
    }

    /// Build the services' images and recreate their containers.
    fn rebuild(&self, services: &[String]) -> Result<()> {
        let names = go_quoted(services);
        self.log.log(&format!("Rebuilding service(s) {names} after changes were detected..."));
        let images = crate::image::ImageStore::open(self.paths)?;
        let mut replaced = Vec::new();
        for name in services {
            let service = &self.project.model.services[name];
            let image = super::up::image_of(self.project, name, service);
            let before = images.lookup(&image).ok().map(|i| i.id);
            match super::build::build_service(self.paths, self.project, name, service, self.builds) {
                Ok(built) => replaced.extend(before.filter(|old| *old != built)),
                Err(e) => {
                    self.log.log(&format!("Build failed. Error: {}", e.message));
                    return Err(e);
                }
            }
        }
        self.log.log(&format!("service(s) {names} successfully built"));
        let up = UpOptions {
            services: services.to_vec(),
            no_deps: true,
            recreate: Recreate::Always,
            start: true,
            build: super::build::BuildPolicy::Never,
            ..Default::default()
        };
        if let Err(e) = super::up::up(self.paths, self.project, &up, self.progress, self.builds) {
            self.log.log(&format!("Failed to recreate services after update. Error: {}", e.message));
            return Err(e);
        }
        if self.options.prune {
            // The images the rebuild left without a name, unless a container still uses them.
            let containers = ContainerStore::open(self.paths);
            for old in replaced {
                let dangling = images.lookup(&old).is_ok_and(|i| i.names.is_empty());
                if dangling {
                    let _ = images.update(|records| {
                        crate::container::image_removal::remove_image(records, &containers, &old, false, false, &mut Default::default())
                    });
                }
            }
        }
        Ok(())
    }
}

/// A tar stream of the files (directories with all below them) at their
/// paths in the container, after the directories above them, as docker
/// compose's syncer sends it to be unpacked at the container's root.
fn sync_archive(files: &[(PathBuf, String)]) -> Result<Vec<u8>> {
    let mut builder = tar::Builder::new(Vec::new());
    builder.follow_symlinks(false);
    let mut dirs = BTreeSet::new();
    for (host, target) in files {
        let rel = target.trim_start_matches('/');
        let parents: Vec<&Path> = Path::new(rel).ancestors().skip(1).filter(|p| !p.as_os_str().is_empty()).collect();
        for parent in parents.into_iter().rev() {
            if dirs.insert(parent.to_path_buf()) {
                let mut header = tar::Header::new_gnu();
                header.set_entry_type(tar::EntryType::Directory);
                header.set_mode(0o755);
                header.set_size(0);
                builder.append_data(&mut header, parent, std::io::empty()).context(|| format!("archive {}", parent.display()))?;
            }
        }
        let appended = if host.is_dir() && !host.is_symlink() { builder.append_dir_all(rel, host) } else { builder.append_path_with_name(host, rel) };
        match appended {
            Ok(()) => {}
            // Deleted since: the next batch deletes it.
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(crate::err!("archive {}: {e}", host.display())),
        }
    }
    builder.into_inner().context(|| "finish the archive".into())
}

/// Services as Go's %q prints a []string: ["web" "db"].
fn go_quoted(services: &[String]) -> String {
    format!("[{}]", services.iter().map(|s| format!("{s:?}")).collect::<Vec<_>>().join(" "))
}
