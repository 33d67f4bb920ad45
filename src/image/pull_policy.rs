//! When an image a container or a build needs is pulled: `--pull` of
//! create, run and build (and the API's create), shared by every caller.

use crate::error::Result;
use crate::image::registry::{self, manifest::Platform, Access, Progress};
use crate::image::transport::{self, ImageRef};
use crate::image::ImageStore;

/// When to pull an image from a registry (podman's missing, always, never).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub enum PullPolicy {
    /// Only when it is not stored.
    #[default]
    Missing,
    /// Every time (the stored image is replaced when the registry has a newer one).
    Always,
    /// Never: a missing image is an error.
    Never,
}

/// The name a registry reference is pulled and stored by.
pub fn registry_name(source: &ImageRef) -> String {
    match source {
        ImageRef::Registry(reference) => reference.to_string(),
        ImageRef::Name(name) | ImageRef::Storage(name) => name.clone(),
        _ => unreachable!("file-based references are read, not pulled from a registry"),
    }
}

/// Pull `image` as `policy` says: when it is not stored (podman's default),
/// always, or never. Short names resolve through registries.conf, whose
/// `insecure`, `blocked` and mirrors apply as for `skiff pull`. An image
/// in an archive or layout (a transport reference) is always read; one
/// named `containers-storage:` never pulled. Returns what to look the
/// image up by in the store.
pub fn pull_if_needed(
    images: &ImageStore,
    image: &str,
    policy: PullPolicy,
    access: &Access,
    platform: &Platform,
    progress: &dyn Progress,
) -> Result<String> {
    let source = ImageRef::parse(image)?;
    if source.is_file_based() {
        let read = transport::read(images, &source).map_err(|e| crate::err!("{image}: {e}"))?;
        return match &read[..] {
            [one] => Ok(one.id.clone()),
            _ => Err(crate::err!("{image}: the archive holds {} images: name one (ARCHIVE:NAME or ARCHIVE:@N)", read.len())),
        };
    }
    if let ImageRef::Storage(name) = source {
        return Ok(name);
    }
    let image = &registry_name(&source);
    let stored = crate::image::store::resolve(&images.list()?, image)?.is_some();
    let pull = match policy {
        PullPolicy::Never => false,
        PullPolicy::Missing => !stored,
        PullPolicy::Always => true,
    };
    if !pull {
        return Ok(image.clone());
    }
    // A full image id names no registry image.
    let id = image.strip_prefix("sha256:").unwrap_or(image);
    if id.len() == 64 && crate::image::reference::is_hex(id) && !stored {
        return Err(crate::image::store::not_known(image));
    }
    registry::pull_by_name(images, image, access, platform, progress)?;
    Ok(image.clone())
}
