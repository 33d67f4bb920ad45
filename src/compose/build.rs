//! `build:` of a service: the engine's image builder (crate::build) run on
//! the service's context, Containerfile, args, target and labels; the
//! image is named as docker compose names it (`<project>-<service>`)
//! unless the service names one with `image`.

use super::load::Project;
use super::model::Service;
use super::up::image_of;
use crate::build::{context::BuildContext, dockerfile, executor};
use crate::error::{Context as _, Result};
use crate::image::pull_policy::{pull_if_needed, PullPolicy};
use crate::image::registry::{manifest::Platform, Access, Progress as PullProgress};
use crate::image::ImageStore;
use crate::paths::Paths;
use std::collections::BTreeMap;
use std::path::Path;

/// When services with `build:` are built.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum BuildPolicy {
    /// When their image is not stored (docker compose's default), or
    /// always for those whose `pull_policy` is `build`.
    #[default]
    Missing,
    /// Every time (`--build`, `compose build`).
    Always,
    /// Never (`--no-build`): a missing image is then pulled or an error.
    Never,
}

/// Whether the service is built now under `policy`.
pub fn needs_build(paths: &Paths, project: &Project, name: &str, service: &Service, policy: BuildPolicy) -> Result<bool> {
    if service.build.is_none() {
        return Ok(false);
    }
    Ok(match policy {
        BuildPolicy::Always => true,
        BuildPolicy::Never => false,
        // `pull_policy: build` builds the image every time, as docker compose does.
        BuildPolicy::Missing => service.pull_policy.as_deref() == Some("build") || ImageStore::open(paths)?.lookup(&image_of(project, name, service)).is_err(),
    })
}

/// What a build reports and how it gets base images.
pub struct BuildReporters<'a> {
    /// Each STEP/COMMIT line of the build.
    pub step: &'a dyn Fn(&str),
    pub pull: &'a dyn PullProgress,
    pub no_cache: bool,
    /// Pull FROM images every time (`build --pull`).
    pub pull_always: bool,
    /// `compose build --ssh`: agents for every service's build, over those
    /// its `build.ssh` names.
    pub ssh: Vec<String>,
}

/// The service's build context and Containerfile: its name (for messages) and text.
fn containerfile(name: &str, service: &Service) -> Result<(BuildContext, String, String)> {
    let at = |key: &str| format!("services.{name}.build{key}");
    let build = service.build.as_ref().ok_or_else(|| crate::err!("services.{name}: has no build section"))?;
    if build.context.contains("://") || build.context.starts_with("git@") {
        return Err(crate::err!("{}: skiff builds from a local directory, not {:?}", at(".context"), build.context));
    }
    let context = BuildContext::open(Path::new(&build.context)).map_err(|e| crate::err!("{}: {}", at(".context"), e.message))?;
    let path = match (&build.dockerfile_inline, &build.dockerfile) {
        (Some(inline), _) => return Ok((context, "Dockerfile".into(), inline.clone())),
        (None, Some(file)) => context.root.join(file),
        (None, None) => default_containerfile(&context.root).ok_or_else(|| crate::err!("{}: no Containerfile or Dockerfile in {}", at(""), context.root.display()))?,
    };
    let text = std::fs::read_to_string(&path).context(|| format!("{}: read {}", at(".dockerfile"), path.display()))?;
    Ok((context, crate::build::check::source_name(&path), text))
}

/// `compose build --check`: the build checks of a service's Containerfile
/// (its build.args may hold BUILDKIT_DOCKERFILE_CHECK); nothing is built.
pub fn check_service(paths: &Paths, name: &str, service: &Service) -> Result<crate::build::check::Checked> {
    let (_, file_name, text) = containerfile(name, service)?;
    let build_args = service.build.as_ref().map(build_args).unwrap_or_default();
    let image_env = |image: &str| crate::build::check::stored_image_env(paths, image);
    crate::build::check::Checked::run(file_name, text, &build_args, &image_env).map_err(|e| crate::err!("services.{name}.build: {}", e.message))
}

fn build_args(build: &super::model::Build) -> BTreeMap<String, String> {
    build.args.iter().filter_map(|(k, v)| v.clone().map(|v| (k.clone(), v))).collect()
}

/// Build a service's image. The caller is in skiff's user namespace.
pub fn build_service(paths: &Paths, project: &Project, name: &str, service: &Service, reporters: &BuildReporters) -> Result<String> {
    let at = |key: &str| format!("services.{name}.build{key}");
    let build = service.build.as_ref().ok_or_else(|| crate::err!("services.{name}: has no build section"))?;
    let (context, _, text) = containerfile(name, service)?;
    let file = dockerfile::parse(&text).map_err(|e| crate::err!("{}: {}", at(""), e.message))?;
    let image = image_of(project, name, service);
    let build_args = build_args(build);
    crate::build::check::fail_on_violations(&text, &build_args, &|image| crate::build::check::stored_image_env(paths, image)).map_err(|e| crate::err!("{}: {}", at(""), e.message))?;
    let mut labels = build.labels.clone();
    labels.insert(super::containers::LABEL_PROJECT.into(), project.name.clone());
    labels.insert(super::containers::LABEL_SERVICE.into(), name.to_string());
    crate::runtime::userns::enter_if_rootless()?;
    let store = ImageStore::open(paths)?;
    let platform = Platform::parse_or_host(None)?;
    let access = Access::default();
    let policy = if reporters.pull_always || build.pull { PullPolicy::Always } else { PullPolicy::Missing };
    let pull_image = |base: &str| pull_if_needed(&store, base, policy, &access, &platform, reporters.pull);
    let ssh: Vec<String> = build.ssh.iter().chain(&reporters.ssh).cloned().collect();
    let mut settings = executor::Settings::default();
    settings.ssh = crate::build::mounts::ssh_agents(&ssh).map_err(|e| crate::err!("{}: {}", at(".ssh"), e.message))?;
    (settings.cache_from, settings.cache_to) = caches(build, &at);
    let options = executor::Options {
        settings,
        build_args,
        target: build.target.clone(),
        no_cache: reporters.no_cache,
        labels,
        ..executor::Options::named(&image, crate::storage::driver::choose(&paths.data, None)?, &pull_image, &reporters.step)?
    };
    let built = executor::build(&store, &paths.data, &context, &file, &options)?;
    Ok(built.id)
}

/// `build.cache_from` and `cache_to` as the engine takes them. Entries
/// skiff cannot use (BuildKit's local, gha or inline caches; a second
/// cache_to) are warned about and left out, as docker compose's classic
/// builder ignores them all: a cache never stops a build.
fn caches(build: &super::model::Build, at: &dyn Fn(&str) -> String) -> (Vec<String>, Option<String>) {
    let usable = |key: &str, value: &String, check: &dyn Fn(&str) -> Result<()>| {
        match crate::build::remote::cache_name(key, value).and_then(|name| check(&name).map(|()| name)) {
            Ok(name) => Some(name),
            Err(e) => {
                crate::sys::warnings::warn(&format!("{}: {}: ignored", at(&format!(".{key}")), e.message));
                None
            }
        }
    };
    let parses = |name: &str| crate::image::reference::Reference::parse(name).map(|_| ());
    let is_repository = |name: &str| crate::build::remote::cache_repository(name).map(|_| ());
    let from = build.cache_from.iter().filter_map(|value| usable("cache_from", value, &parses)).collect();
    let mut to = build.cache_to.iter().filter_map(|value| usable("cache_to", value, &is_repository));
    let first = to.next();
    if let Some(extra) = to.next() {
        crate::sys::warnings::warn(&format!("{}: skiff pushes to one cache repository: {extra} and any after it ignored", at(".cache_to")));
    }
    (from, first)
}

/// What `build --print` is asked besides the services (`--build-arg`s
/// are already in the services' build.args).
#[derive(Debug, Clone, Default)]
pub struct BakeOptions {
    pub pull: bool,
    pub no_cache: bool,
    pub push: bool,
}

/// The `docker buildx bake` file docker compose writes for a build
/// (`build --print`, pkg/compose/build_bake.go): every service with a
/// build section is a target; the default group lists those to build.
#[derive(Debug, serde::Serialize)]
pub struct BakeFile {
    pub group: BTreeMap<String, BakeGroup>,
    pub target: BTreeMap<String, BakeTarget>,
}

#[derive(Debug, serde::Serialize)]
pub struct BakeGroup {
    /// null when nothing is built, as docker compose's nil list
    pub targets: Option<Vec<String>>,
}

/// A target's fields in docker compose's order, empty ones left out.
#[derive(Debug, serde::Serialize)]
pub struct BakeTarget {
    #[serde(skip_serializing_if = "String::is_empty")]
    pub context: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dockerfile: Option<String>,
    #[serde(rename = "dockerfile-inline", skip_serializing_if = "Option::is_none")]
    pub dockerfile_inline: Option<String>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub args: BTreeMap<String, String>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub labels: BTreeMap<String, String>,
    pub tags: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target: Option<String>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub pull: bool,
    #[serde(rename = "no-cache", skip_serializing_if = "std::ops::Not::not")]
    pub no_cache: bool,
    pub output: Vec<String>,
}

/// The bake file for building `to_build` (in order); nothing is built.
pub fn bake_file(project: &Project, to_build: &[String], options: &BakeOptions) -> BakeFile {
    // Bake target names cannot hold dots; a name made equal to another's
    // by that gets `_` added, in the services' order, as docker compose does.
    let mut target_names: BTreeMap<&str, String> = BTreeMap::new();
    for name in project.model.services.keys() {
        let mut target = name.replace('.', "_");
        while target_names.values().any(|t| *t == target) {
            target.push('_');
        }
        target_names.insert(name, target);
    }
    // Bake reads `${` in values as its own interpolation: docker compose escapes it.
    let escaped = |value: &str| value.replace("${", "$${");
    let mut targets = BTreeMap::new();
    for (name, service) in &project.model.services {
        let Some(build) = &service.build else { continue };
        let args = build.args.iter().filter_map(|(k, v)| Some((k.clone(), escaped(v.as_deref()?)))).collect();
        let mut labels = build.labels.clone();
        labels.insert(super::containers::LABEL_VERSION.into(), super::containers::COMPOSE_VERSION.into());
        labels.insert(super::containers::LABEL_PROJECT.into(), project.name.clone());
        labels.insert(super::containers::LABEL_SERVICE.into(), name.clone());
        let output = if options.push && service.image.is_some() { "type=registry" } else { "type=docker" };
        targets.insert(
            target_names[name.as_str()].clone(),
            BakeTarget {
                context: build.context.clone(),
                dockerfile: dockerfile_path(build),
                dockerfile_inline: build.dockerfile_inline.as_deref().map(escaped),
                args,
                labels,
                tags: vec![image_of(project, name, service)],
                target: build.target.clone(),
                pull: build.pull || options.pull,
                no_cache: options.no_cache,
                output: vec![output.to_string()],
            },
        );
    }
    let built: Vec<String> = to_build.iter().filter(|n| project.model.services.get(*n).is_some_and(|s| s.build.is_some())).map(|n| target_names[n.as_str()].clone()).collect();
    let group = BakeGroup { targets: if built.is_empty() { None } else { Some(built) } };
    BakeFile { group: BTreeMap::from([("default".to_string(), group)]), target: targets }
}

/// The Containerfile a local build reads, as a path under its context:
/// the one named, else Containerfile or Dockerfile, whichever is there
/// (Dockerfile when neither is, as docker compose's default); none for
/// an inline one.
fn dockerfile_path(build: &super::model::Build) -> Option<String> {
    let context = Path::new(&build.context);
    let named = match (&build.dockerfile, &build.dockerfile_inline) {
        (Some(file), _) => file.clone(),
        (None, Some(_)) => return None,
        (None, None) => match default_containerfile(context) {
            Some(found) => return Some(found.to_string_lossy().into_owned()),
            None => "Dockerfile".to_string(),
        },
    };
    if build.context.contains("://") || build.context.starts_with("git@") {
        return Some(named);
    }
    Some(context.join(named).to_string_lossy().into_owned())
}

/// The Containerfile a build without `dockerfile` reads: Containerfile,
/// else Dockerfile, in the context directory.
fn default_containerfile(context: &Path) -> Option<std::path::PathBuf> {
    ["Containerfile", "Dockerfile"].iter().map(|n| context.join(n)).find(|p| p.is_file())
}
