//! `skiff build`: build an image from a Containerfile or Dockerfile.

use super::Context;
use crate::build::{context::BuildContext, dockerfile, executor};
use crate::cli::{BuildArgs, BuildFormat, PullPolicy};
use crate::error::{Context as _, Result};
use crate::image::{reference, ImageStore};
use crate::runtime::spec::NetworkMode;
use std::collections::BTreeMap;
use std::io::Read;

pub fn run(ctx: &Context, args: BuildArgs) -> Result<i32> {
    // Everything the user typed is checked before any work starts.
    let tags = args.tag.iter().map(|t| reference::normalize_new_name(t)).collect::<Result<Vec<_>>>()?;
    // RUN steps have no slirp4netns of their own (yet): host or none.
    let network = match NetworkMode::parse(&args.network)? {
        mode @ (NetworkMode::None | NetworkMode::Host) => mode,
        _ => return Err(crate::err!("unsupported network mode {:?} for build: use host or none", args.network)),
    };
    let build_args = key_values("--build-arg", &args.build_arg)?;
    let labels = key_values("--label", &args.label)?;
    let annotations = annotations(&args.annotation)?;
    let squash = match (args.squash, args.squash_all) {
        (_, true) => executor::Squash::All,
        (true, _) => executor::Squash::New,
        _ => executor::Squash::No,
    };
    let pull = match (args.pull_always, args.pull_never) {
        (true, _) => PullPolicy::Always,
        (_, true) => PullPolicy::Never,
        _ => args.pull,
    };
    let platform = super::platform(&args.platform)?;
    let access = super::access(&args.registry, args.creds.creds.as_deref());
    // `build -` (docker's `docker build - < Dockerfile`): the Containerfile
    // comes from standard input and there is no context; an empty
    // directory stands in for it, so COPY finds nothing.
    let no_context = args.context.as_os_str() == "-";
    if no_context && args.file.is_some() {
        return Err(crate::err!("-f cannot be given with the context -: the Containerfile is read from standard input"));
    }
    let empty_context = match no_context {
        true => Some(tempfile::tempdir().context(|| "create an empty build context".into())?),
        false => None,
    };
    let context = BuildContext::open(empty_context.as_ref().map_or(args.context.as_path(), |dir| dir.path()))?;
    let file_flag = if no_context { Some("-") } else { args.file.as_deref() };
    let text = match file_flag {
        Some("-") => {
            let mut text = String::new();
            std::io::stdin().read_to_string(&mut text).context(|| "read the Containerfile from standard input".into())?;
            text
        }
        Some(file) => std::fs::read_to_string(file).context(|| format!("read {file}"))?,
        None => {
            let found = ["Containerfile", "Dockerfile"].iter().map(|name| context.root.join(name)).find(|p| p.is_file());
            let path = found.ok_or_else(|| crate::err!("no Containerfile or Dockerfile in {}", context.root.display()))?;
            std::fs::read_to_string(&path).context(|| format!("read {}", path.display()))?
        }
    };
    let file = dockerfile::parse(&text)?;

    crate::runtime::userns::enter_if_rootless()?;
    let driver = crate::storage::driver::choose(&ctx.paths.data, ctx.global.storage_driver.map(Into::into))?;
    let store = ImageStore::open(&ctx.paths)?;
    let commit_name = args.tag.first().cloned();
    let pull_progress = crate::output::progress::TransferProgress::new(args.quiet);
    let pull_image = |image: &str| crate::image::pull_policy::pull_if_needed(&store, image, pull.into(), &access, &platform, &pull_progress);
    let options = executor::Options {
        tags,
        commit_name,
        build_args,
        target: args.target,
        no_cache: args.no_cache,
        labels,
        annotations,
        docker_format: args.format == BuildFormat::Docker,
        squash,
        quiet: args.quiet,
        network,
        driver,
        pull_image: &pull_image,
        step: &crate::output::line,
    };
    let image = executor::build(&store, &ctx.paths.data, &context, &file, &options)?;
    if let Some(path) = &args.iidfile {
        std::fs::write(path, format!("sha256:{}", image.id)).context(|| format!("write {}", path.display()))?;
    }
    crate::output::line(&image.id);
    Ok(0)
}

/// KEY=VALUE flags; a bare KEY takes the value from skiff's environment.
fn key_values(flag: &str, values: &[String]) -> Result<BTreeMap<String, String>> {
    let mut out = BTreeMap::new();
    for value in values {
        let (key, val) = match value.split_once('=') {
            Some((key, val)) => (key, val.to_string()),
            None => (value.as_str(), std::env::var(value).unwrap_or_default()),
        };
        if key.is_empty() {
            return Err(crate::err!("invalid {flag} {value:?}: empty name"));
        }
        out.insert(key.to_string(), val);
    }
    Ok(out)
}

/// `--annotation KEY=VALUE`: unlike labels, the value is never taken from
/// the environment (as podman).
fn annotations(values: &[String]) -> Result<BTreeMap<String, String>> {
    let mut out = BTreeMap::new();
    for value in values {
        match value.split_once('=') {
            Some((key, val)) if !key.is_empty() => out.insert(key.to_string(), val.to_string()),
            _ => return Err(crate::err!("invalid --annotation {value:?}: use KEY=VALUE")),
        };
    }
    Ok(out)
}
