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
    /// When their image is not stored (docker compose's default).
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
        BuildPolicy::Missing => ImageStore::open(paths)?.lookup(&image_of(project, name, service)).is_err(),
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

/// Build a service's image. The caller is in skiff's user namespace.
pub fn build_service(paths: &Paths, project: &Project, name: &str, service: &Service, reporters: &BuildReporters) -> Result<String> {
    let at = |key: &str| format!("services.{name}.build{key}");
    let build = service.build.as_ref().ok_or_else(|| crate::err!("services.{name}: has no build section"))?;
    if build.context.contains("://") || build.context.starts_with("git@") {
        return Err(crate::err!("{}: skiff builds from a local directory, not {:?}", at(".context"), build.context));
    }
    let context = BuildContext::open(Path::new(&build.context)).map_err(|e| crate::err!("{}: {}", at(".context"), e.message))?;
    let text = match (&build.dockerfile_inline, &build.dockerfile) {
        (Some(inline), _) => inline.clone(),
        (None, Some(file)) => {
            let path = context.root.join(file);
            std::fs::read_to_string(&path).context(|| format!("{}: read {}", at(".dockerfile"), path.display()))?
        }
        (None, None) => {
            let found = ["Containerfile", "Dockerfile"].iter().map(|n| context.root.join(n)).find(|p| p.is_file());
            let path = found.ok_or_else(|| crate::err!("{}: no Containerfile or Dockerfile in {}", at(""), context.root.display()))?;
            std::fs::read_to_string(&path).context(|| format!("read {}", path.display()))?
        }
    };
    let file = dockerfile::parse(&text).map_err(|e| crate::err!("{}: {}", at(""), e.message))?;
    let image = image_of(project, name, service);
    let build_args: BTreeMap<String, String> = build.args.iter().filter_map(|(k, v)| v.clone().map(|v| (k.clone(), v))).collect();
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
