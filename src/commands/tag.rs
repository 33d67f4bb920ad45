//! `skiff tag` and `skiff untag`: add and remove an image's names.

use super::Context;
use crate::cli::{TagArgs, UntagArgs};
use crate::error::Result;
use crate::image::reference::normalize_new_name;
use crate::image::store::{self, ImageStore};

pub fn tag(ctx: &Context, args: TagArgs) -> Result<i32> {
    let names = args.names.iter().map(|n| normalize_new_name(n)).collect::<Result<Vec<_>>>()?;
    ImageStore::open(&ctx.paths)?.tag(&args.image, &names)?;
    Ok(0)
}

pub fn untag(ctx: &Context, args: UntagArgs) -> Result<i32> {
    let names = args.names.iter().map(|n| normalize_new_name(n)).collect::<Result<Vec<_>>>()?;
    ImageStore::open(&ctx.paths)?.update(|images| {
        let found = store::resolve(images, &args.image)?.ok_or_else(|| store::not_known(&args.image))?;
        let image = &mut images[found.index];
        if names.is_empty() {
            image.names.clear();
            return Ok(());
        }
        if let Some(unknown) = names.iter().find(|n| !image.names.contains(n)) {
            return Err(crate::err!("{unknown}: tag not known"));
        }
        image.names.retain(|n| !names.contains(n));
        Ok(())
    })?;
    Ok(0)
}
