//! The images a play needs, made ready before any pod is: built from a
//! directory named after the image (podman's `kube play --build` layout:
//! `NAME/Containerfile` or `NAME/Dockerfile` in the context directory),
//! or pulled with the play's registry access.

use super::plan::Plan;
use crate::build::{context::BuildContext, dockerfile, executor};
use crate::error::{Context as _, Result};
use crate::image::pull_policy::{pull_if_needed, PullPolicy};
use crate::image::registry::{manifest::Platform, Access, Progress};
use crate::image::ImageStore;
use crate::paths::Paths;
use std::path::{Path, PathBuf};

/// `--tls-verify`, `--cert-dir`, `--creds` and `--authfile` of a play.
#[derive(Debug, Clone, Default)]
pub struct PullAccess {
    pub tls_verify: Option<bool>,
    pub cert_dir: Option<PathBuf>,
    pub creds: Option<String>,
    pub authfile: Option<PathBuf>,
}

/// When images with a build directory are built (podman's `--build`).
#[derive(Debug, Clone, Default)]
pub struct BuildRequest {
    /// None: when the image is not stored; Some(true): always; Some(false): never.
    pub build: Option<bool>,
    /// Where the image directories are looked for (`--context-dir`, else
    /// the current directory, as podman).
    pub context_dir: PathBuf,
}

/// podman's build directory name for an image: its last path part,
/// without tag or digest ("localhost/web:1" -> "web").
fn directory_name(image: &str) -> &str {
    let last = image.rsplit('/').next().unwrap_or(image);
    let without_digest = last.split('@').next().unwrap_or(last);
    without_digest.split(':').next().unwrap_or(without_digest)
}

/// The Containerfile (else Dockerfile) of the image's build directory.
fn build_file(context_dir: &Path, image: &str) -> Option<PathBuf> {
    let dir = context_dir.join(directory_name(image));
    ["Containerfile", "Dockerfile"].iter().map(|name| dir.join(name)).find(|path| path.is_file())
}

/// Build or pull every image of the plan, each once. The caller is in
/// skiff's user namespace (builds need it).
pub fn prepare(paths: &Paths, plan: &Plan, build: &BuildRequest, access: &PullAccess, progress: &dyn Progress, step: &dyn Fn(&str)) -> Result<()> {
    let mut images: Vec<&str> = Vec::new();
    for pod in &plan.pods {
        for container in pod.init_containers.iter().chain(&pod.containers) {
            if !images.contains(&container.image.as_str()) {
                images.push(&container.image);
            }
        }
    }
    crate::runtime::userns::enter_if_rootless()?;
    let store = ImageStore::open(paths)?;
    let platform = Platform::parse_or_host(None)?;
    let access = Access { tls_verify: access.tls_verify, cert_dir: access.cert_dir.as_deref(), creds: access.creds.as_deref(), authfile: access.authfile.as_deref() };
    for image in images {
        let file = match build.build {
            Some(false) => None,
            _ => build_file(&build.context_dir, image),
        };
        let stored = store.lookup(image).is_ok();
        match file {
            Some(file) if build.build == Some(true) || !stored => build_image(paths, &store, image, &file, &access, &platform, progress, step)?,
            _ => {
                pull_if_needed(&store, image, PullPolicy::Missing, &access, &platform, progress)?;
            }
        }
    }
    Ok(())
}

#[allow(clippy::too_many_arguments)]
fn build_image(
    paths: &Paths,
    store: &ImageStore,
    image: &str,
    file: &Path,
    access: &Access,
    platform: &Platform,
    progress: &dyn Progress,
    step: &dyn Fn(&str),
) -> Result<()> {
    let dir = file.parent().unwrap_or(Path::new("."));
    let context = BuildContext::open(dir).map_err(|e| crate::err!("build {image} in {}: {}", dir.display(), e.message))?;
    let text = std::fs::read_to_string(file).context(|| format!("read {}", file.display()))?;
    let parsed = dockerfile::parse(&text).map_err(|e| crate::err!("{}: {}", file.display(), e.message))?;
    let pull_image = |base: &str| pull_if_needed(store, base, PullPolicy::Missing, access, platform, progress);
    let options = executor::Options::named(image, crate::storage::driver::choose(&paths.data, None)?, &pull_image, &step)?;
    executor::build(store, &paths.data, &context, &parsed, &options)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn build_directories_are_named_as_podman_names_them() {
        assert_eq!(directory_name("localhost/web:1.0"), "web");
        assert_eq!(directory_name("foobar"), "foobar");
        assert_eq!(directory_name("registry.local:5000/team/app@sha256:ab"), "app");
    }
}
