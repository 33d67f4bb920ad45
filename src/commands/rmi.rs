//! `skiff rmi`: untag and delete images, with podman's rules: a name only
//! untags while the image has other names; an id with several names, or an
//! image that containers use, needs --force.

use super::Context;
use crate::cli::RmiArgs;
use crate::container::image_removal::{remove_image, ImageRemoval};
use crate::container::ContainerStore;
use crate::error::Result;
use crate::image::ImageStore;
use crate::output;


pub fn run(ctx: &Context, args: RmiArgs) -> Result<i32> {
    if args.all && !args.images.is_empty() {
        return Err(crate::err!("when using the --all switch, you may not pass any image names or IDs"));
    }
    if args.all && args.platform.platform.is_some() {
        return Err(crate::err!("--platform checks the images named: it cannot be used with --all"));
    }
    if !args.all && args.images.is_empty() {
        return Err(crate::err!("image name or ID must be specified"));
    }
    // Layers hold files of subordinate ids: only the namespace can delete them.
    crate::runtime::userns::enter_if_rootless()?;
    if !args.all {
        super::check_local_platform(ctx, &args.platform, &args.images)?;
    }
    let store = ImageStore::open(&ctx.paths)?;
    let containers = ContainerStore::open(&ctx.paths);
    let report = store.update(|images| {
        let mut report = ImageRemoval::default();
        // --all removes every image whatever its names: by id.
        let targets: Vec<String> = if args.all { images.iter().map(|i| format!("sha256:{}", i.id)).collect() } else { args.images.clone() };
        for target in &targets {
            // podman: --force and --ignore skip what is not there.
            if (args.force || args.ignore) && matches!(crate::image::store::resolve(images, target), Ok(None)) {
                continue;
            }
            if let Err(e) = remove_image(images, &containers, target, args.force || args.all, args.force, &mut report) {
                report.errors.push(e);
            }
        }
        Ok(report)
    })?;
    for name in &report.untagged {
        output::line(&format!("Untagged: {name}"));
    }
    for id in &report.deleted {
        output::line(&format!("Deleted: {id}"));
    }
    let mut errors = report.errors;
    match errors.pop() {
        None => Ok(0),
        Some(last) => {
            for e in &errors {
                output::error(&e.message);
            }
            Err(last)
        }
    }
}

