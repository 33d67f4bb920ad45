//! `skiff import`: a root filesystem tarball becomes a one-layer image.

use super::Context;
use crate::cli::ImportArgs;
use crate::error::{Context as _, Result};
use crate::image::{change, oci, reference, ImageRecord, ImageStore};
use std::os::unix::fs::MetadataExt;

pub fn run(ctx: &Context, args: ImportArgs) -> Result<i32> {
    crate::runtime::userns::enter_if_rootless()?;
    // Check everything the user typed before reading a possibly huge input.
    let name = args.reference.as_deref().map(reference::normalize_new_name).transpose()?;
    let mut config = oci_spec::image::Config::default();
    for instruction in &args.changes.change {
        change::apply(&mut config, instruction)?;
    }
    // Like podman, a file's image is as old as the file.
    let (source, created): (Box<dyn std::io::Read>, i64) = if args.source == "-" {
        (Box::new(std::io::stdin().lock()), crate::sys::clock::now())
    } else {
        let file = std::fs::File::open(&args.source).context(|| format!("open {}", args.source))?;
        let modified = file.metadata().context(|| format!("stat {}", args.source))?.mtime();
        (Box::new(file), modified)
    };

    let store = ImageStore::open(&ctx.paths)?;
    let mut staging = store.stage()?;
    let layer = staging.add_layer(source, None).map_err(|e| crate::err!("import {}: {e}", args.source))?;
    let config = oci::import_config(&layer, config, args.changes.message.as_deref(), created)?;
    let config_digest = staging.add_blob(&config)?;
    let manifest = staging.add_blob(&oci::manifest(&config, &config_digest, std::slice::from_ref(&layer), &Default::default()))?;
    let image = ImageRecord::new(&config, name.into_iter().collect(), manifest, vec![layer]);
    let stored = store.commit(staging, vec![image])?;
    crate::output::line(&stored[0].id);
    Ok(0)
}
