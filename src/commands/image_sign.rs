//! `skiff image sign`: GPG signatures of images in registries, written to
//! the lookaside registries.d names for them or under --directory, as
//! podman's `image sign` writes them.

use super::Context;
use crate::cli::ImageSignArgs;
use crate::error::Result;
use crate::image::registry::Access;
use crate::image::signing::{self, GpgSigning, SignTarget};
use crate::image::transport::ImageRef;

pub fn run(_ctx: &Context, args: ImageSignArgs) -> Result<i32> {
    let Some(key) = args.sign_by.filter(|k| !k.is_empty()) else {
        return Err(crate::err!("please provide an identity"));
    };
    let target = match &args.directory {
        Some(dir) => {
            std::fs::metadata(dir).map_err(|e| match e.kind() {
                std::io::ErrorKind::NotFound => crate::err!("stat {}: no such file or directory", dir.display()),
                _ => crate::err!("stat {}: {e}", dir.display()),
            })?;
            SignTarget::Directory(dir)
        }
        None => SignTarget::Lookaside,
    };
    let gpg = GpgSigning { key, passphrase: None };
    let access = Access { tls_verify: None, cert_dir: args.cert_dir.as_deref(), creds: None, authfile: args.auth.authfile.as_deref() };
    for image in &args.images {
        let reference = match ImageRef::parse(image).map_err(|e| crate::err!("parsing image name: {e}"))? {
            ImageRef::Registry(reference) => reference,
            // podman's image sign takes transport:reference only.
            ImageRef::Name(_) => {
                return Err(match image.split_once(':') {
                    Some((transport, _)) => crate::err!("parsing image name: Invalid image name {image:?}, unknown transport {transport:?}"),
                    None => crate::err!("parsing image name: Invalid image name {image:?}, expected colon-separated transport:reference"),
                });
            }
            _ => return Err(crate::err!("{image}: skiff signs images in registries only (docker://REGISTRY/NAME)")),
        };
        signing::sign_registry_image(&reference, &access, &target, args.all, &gpg)?;
    }
    Ok(0)
}
