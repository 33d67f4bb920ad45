//! A root filesystem tarball becomes a one-layer image (`skiff import`,
//! the API's `POST /images/create?fromSrc=-`).

use crate::error::Result;
use crate::image::{change, oci, reference, ImageRecord, ImageStore};
use oci_spec::image::Config;

#[derive(Debug, Default)]
pub struct ImportOptions {
    /// Name for the new image, as given.
    pub name: Option<String>,
    /// Dockerfile instructions (`--change`) for the config.
    pub changes: Vec<String>,
    /// The history entry's comment.
    pub message: Option<String>,
    /// When the image was created (Unix seconds): a file's image is as old
    /// as the file, as podman has it.
    pub created: i64,
    /// The platform the config states (`--platform`, `--arch`, `--os`,
    /// `--variant`); None for this host's.
    pub platform: Option<crate::image::registry::manifest::Platform>,
}

impl ImportOptions {
    /// The image's full name and config: checked before any input is read.
    pub fn checked(&self) -> Result<(Option<String>, Config)> {
        let name = self.name.as_deref().map(reference::normalize_new_name).transpose()?;
        let mut config = Config::default();
        for instruction in &self.changes {
            change::apply(&mut config, instruction)?;
        }
        Ok((name, config))
    }
}

/// Store the tarball (plain, gzip or zstd) read from `source` as an image;
/// `what` names the source in errors. Runs in the user namespace.
pub fn import(store: &ImageStore, source: impl std::io::Read, what: &str, options: &ImportOptions) -> Result<ImageRecord> {
    let (name, config) = options.checked()?;
    let mut staging = store.stage()?;
    let layer = staging.add_layer(source, None).map_err(|e| crate::err!("import {what}: {e}"))?;
    let config = oci::import_config(&layer, config, options.message.as_deref(), options.created, options.platform.as_ref())?;
    let config_digest = staging.add_blob(&config)?;
    let manifest = staging.add_blob(&oci::manifest(&config, &config_digest, std::slice::from_ref(&layer), &Default::default()))?;
    let image = ImageRecord::new(&config, name.into_iter().collect(), manifest, vec![layer]);
    Ok(store.commit(staging, vec![image])?.remove(0))
}
