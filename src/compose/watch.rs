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
use crate::container::state::ContainerStatus;
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
/// none is named), checked as docker compose checks them; what is wrong
/// but only skipped is warned about when `warn`.
fn rules(project: &Project, services: &[String], warn: bool) -> Result<Vec<Rule>> {
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
            if syncs_at_start(rule.action) && bind_mounted(service, &written) {
                if warn {
                    crate::sys::warnings::warn(&format!("path '{}' also declared by a bind mount volume, this path won't be monitored!", rule.path));
                }
                continue;
            }
            let mut rule = rule.clone();
            if rule.legacy_initial_sync && !rule.initial_sync {
                if warn {
                    crate::sys::warnings::warn("x-initialSync is DEPRECATED, please use the official `initial_sync` attribute");
                }
                rule.initial_sync = true;
            }
            // docker compose's initial sync looks at the path first: it must be there.
            if rule.initial_sync && syncs_at_start(rule.action) && std::fs::metadata(&written).is_err() {
                return Err(crate::err!("initial_sync of service {name:?}: stat {}: no such file or directory", rule.path));
            }
            let path = resolved(&written);
            rules.push(Rule {
                service: name.clone(),
                ignore: BuildContext::with_patterns(&path, &rule.ignore),
                include: (!rule.include.is_empty()).then(|| BuildContext::with_patterns(&path, &rule.include)),
                ephemeral: BuildContext::with_patterns(&path, &EPHEMERAL.iter().map(|p| p.to_string()).collect::<Vec<_>>()),
                dockerignore: dockerignore(service),
                path,
                rule,
            });
        }
    }
    if rules.is_empty() {
        return Err(crate::err!("none of the selected services is configured for watch, consider setting a 'develop' section"));
    }
    Ok(rules)
}

/// docker compose's isSync: `sync` and `sync+restart` are synced when
/// watching starts (`initial_sync`) and skipped on a bind-mounted path;
/// `sync+exec` is neither.
fn syncs_at_start(action: WatchAction) -> bool {
    matches!(action, WatchAction::Sync | WatchAction::SyncRestart)
}

/// `path` with symlinks resolved, as the changed paths and the build
/// context are: those of its nearest existing ancestor when it is not
/// there (yet).
fn resolved(path: &Path) -> PathBuf {
    for existing in path.ancestors() {
        if let Ok(real) = std::fs::canonicalize(existing) {
            let rest = path.strip_prefix(existing).unwrap_or(Path::new(""));
            return if rest.as_os_str().is_empty() { real } else { real.join(rest) };
        }
    }
    path.to_path_buf()
}

/// The service's build context's .dockerignore (or .containerignore), if it has one.
fn dockerignore(service: &Service) -> Option<BuildContext> {
    let context = Path::new(&service.build.as_ref()?.context);
    BuildContext::open(context).ok().filter(|c| c.has_ignore_rules())
}

/// Mark the services `watch` brings up (those named with their
/// dependencies, else all) that have both `build` and `develop` to be built
/// afresh, as docker compose's watch gives them `pull_policy: build`: the
/// containers then run what the files say now, whatever image is stored.
pub fn build_when_brought_up(project: &mut Project, services: &[String]) {
    for name in project.with_dependencies(services, false) {
        if let Some(service) = project.model.services.get_mut(&name) {
            if service.build.is_some() && service.develop.is_some() {
                service.pull_policy = Some("build".into());
            }
        }
    }
}

/// Check the services' watch rules (as `watch` would before watching).
pub fn check(project: &Project, services: &[String]) -> Result<()> {
    rules(project, services, false).map(|_| ())
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
    let rules = rules(project, &options.services, true)?;
    let mut watcher = Watcher::new(rules.iter().map(|r| r.path.clone()).collect())?;
    let actions = Actions { paths, project, options, log, progress, builds };
    for rule in rules.iter().filter(|r| r.rule.initial_sync && syncs_at_start(r.rule.action)) {
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

/// The inotify instance and the directories it watches: the rules' paths
/// (a directory with every directory below it) and, for a path that is not
/// there or is a file, the nearest directory above it, so that the path
/// is seen when it comes. A path deleted is followed the same way until it
/// comes back, as docker compose's watcher follows a path's nearest
/// existing ancestor.
struct Watcher {
    fd: OwnedFd,
    /// Watch descriptor to the directory it watches.
    dirs: BTreeMap<i32, PathBuf>,
    /// The rules' paths: only changes at or below them are reported.
    roots: Vec<PathBuf>,
}

impl Watcher {
    fn new(roots: Vec<PathBuf>) -> Result<Watcher> {
        let fd = inotify::init(inotify::CreateFlags::CLOEXEC | inotify::CreateFlags::NONBLOCK).context(|| "inotify_init".into())?;
        let mut watcher = Watcher { fd, dirs: BTreeMap::new(), roots };
        // What is there now is no change.
        watcher.follow_roots()?;
        Ok(watcher)
    }

    /// Watch each root, or the nearest directory above it that is there;
    /// the files of a directory root watched anew (made again) count as
    /// changed, as they may have been written before the watch was there.
    fn follow_roots(&mut self) -> Result<Vec<PathBuf>> {
        let mut changed = Vec::new();
        for root in self.roots.clone() {
            // Each round watches a directory nearer the root, made meanwhile;
            // bounded in case directories keep coming and going.
            for _ in 0..64 {
                if root.is_dir() {
                    if self.watch_dir(&root)? {
                        self.watch_tree(&root)?;
                        changed.extend(files_below(&root));
                    }
                    break;
                }
                let Some(nearest) = root.ancestors().skip(1).find(|p| p.is_dir()) else { break };
                if !self.watch_dir(nearest)? {
                    break;
                }
            }
        }
        Ok(changed)
    }

    fn under_root(&self, path: &Path) -> bool {
        self.roots.iter().any(|root| path.starts_with(root))
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

    /// Watch `dir` (not what is below it): whether it was not watched before.
    fn watch_dir(&mut self, dir: &Path) -> Result<bool> {
        use inotify::WatchFlags as W;
        let flags = W::CREATE | W::DELETE | W::MODIFY | W::CLOSE_WRITE | W::MOVED_FROM | W::MOVED_TO | W::ATTRIB | W::DONT_FOLLOW | W::ONLYDIR;
        match inotify::add_watch(&self.fd, dir, flags) {
            Ok(wd) => {
                let new = self.dirs.insert(wd, dir.to_path_buf()).is_none();
                if new {
                    // A directory of this name moved away keeps its watch: its
                    // changes are no longer this path's.
                    let stale: Vec<i32> = self.dirs.iter().filter(|(other, path)| **other != wd && path.as_path() == dir).map(|(other, _)| *other).collect();
                    for other in stale {
                        let _ = inotify::remove_watch(&self.fd, other);
                        self.dirs.remove(&other);
                    }
                }
                Ok(new)
            }
            // Gone again before it could be watched: nothing to watch.
            Err(rustix::io::Errno::NOENT) | Err(rustix::io::Errno::NOTDIR) => Ok(false),
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
            // The directories above a root are watched for the root's sake only.
            if !self.under_root(&path) {
                continue;
            }
            let is_dir = flags.contains(inotify::ReadFlags::ISDIR);
            if is_dir && flags.intersects(inotify::ReadFlags::CREATE | inotify::ReadFlags::MOVED_TO) {
                new_dirs.push(path.clone());
            }
            // As docker compose's watcher: a root directory's own coming and going is no change to act on.
            if !(is_dir && self.roots.contains(&path)) {
                changed.push(path);
            }
        }
        for dir in new_dirs {
            self.watch_tree(&dir)?;
            changed.extend(files_below(&dir));
        }
        // A root (or a directory above one) gone or made: follow it.
        changed.extend(self.follow_roots()?);
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
        let hooks: Vec<(String, &ServiceHook)> =
            exec.into_iter().flat_map(|(service, indexes)| indexes.into_iter().filter_map(move |i| rules[i].rule.exec.as_ref().map(|hook| (service.clone(), hook)))).collect();
        if !hooks.is_empty() {
            self.exec(&hooks)?;
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

    /// Run the rules' commands in each running container of their services,
    /// all side by side (as docker compose's errgroup runs them), each in a
    /// child process of its own as it joins the container's namespaces.
    /// Every container whose command failed is reported by name.
    fn exec(&self, hooks: &[(String, &ServiceHook)]) -> Result<()> {
        let store = ContainerStore::open(self.paths);
        let mut started = Vec::new();
        for (service, hook) in hooks {
            let running = project_containers::of_services(&store, self.project, std::slice::from_ref(service))?.into_iter().filter(|c| c.status == ContainerStatus::Running);
            for record in running {
                let options = project_containers::hook_exec_options(&record.id, hook);
                let work = crate::sys::process::start_in_child(|| {
                    let code = crate::container::exec::prepare(self.paths, &options)?.run_foreground(&[])?;
                    if code != 0 {
                        return Err(crate::err!("exit code {code}"));
                    }
                    Ok(())
                });
                started.push((record.name, work));
            }
        }
        let failed: Vec<String> = started
            .into_iter()
            .filter_map(|(name, work)| work.and_then(|work| work.wait()).err().map(|e| format!("exec in {name}: {}", e.message)))
            .collect();
        // All but the last are warned about here; the last is the batch's error.
        let Some((last, others)) = failed.split_last() else { return Ok(()) };
        for failure in others {
            self.log.error(&format!("Error handling changed files: {failure}"));
        }
        Err(crate::err!("{last}"))
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
