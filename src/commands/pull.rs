//! `skiff pull`: an image from a registry into the store.

use super::Context;
use crate::cli::{PullArgs, RegistryArgs};
use crate::error::Result;
use crate::image::reference::Reference;
use crate::image::registry::registries_conf::{RegistriesConf, Source};
use crate::image::registry::{self, manifest::Platform, Progress};
use crate::image::{ImageRecord, ImageStore};
use std::io::IsTerminal;

pub fn run(ctx: &Context, args: PullArgs) -> Result<i32> {
    // Before any thread starts: entering a user namespace needs a single thread.
    crate::runtime::userns::enter_if_rootless()?;
    let input = Reference::parse(&args.image)?;
    let flags = &args.platform;
    let platform =
        Platform::from_flags(flags.platform.as_deref(), flags.os.as_deref(), flags.arch.as_deref(), flags.variant.as_deref())?;
    let conf = RegistriesConf::load()?;
    // Podman would ask which registry to use; it can only on a terminal.
    let can_prompt = std::io::stdin().is_terminal() && std::io::stdout().is_terminal();
    let candidates = conf.resolve_short_name(&input, can_prompt).map_err(|e| crate::err!("pull {}: {e}", args.image))?;
    let progress = Progress { quiet: args.quiet };
    let store = ImageStore::open(&ctx.paths)?;
    let access = access(&args.registry, args.creds.creds.as_deref());
    // The first candidate that has the image wins, as podman has it.
    let mut failures = Vec::new();
    for name in &candidates {
        progress.line(&format!("Trying to pull {name}..."));
        match pull_from_sources(&store, &conf, name, &access, &platform, &progress) {
            Ok(image) => {
                crate::output::line(&image.id);
                return Ok(0);
            }
            Err(e) => failures.push((name, e)),
        }
    }
    Err(match &failures[..] {
        [(name, e)] => crate::err!("pull {name}: {e}"),
        _ => {
            let tried: Vec<String> = failures.iter().map(|(name, e)| format!("{name}: {e}")).collect();
            crate::err!("pull {}: no search registry has it: {}", args.image, tried.join("; "))
        }
    })
}

/// Pull `name` from the first of its sources (mirrors, then the registry
/// itself) that serves it.
fn pull_from_sources(
    store: &ImageStore,
    conf: &RegistriesConf,
    name: &Reference,
    access: &registry::Access,
    platform: &Platform,
    progress: &Progress,
) -> Result<ImageRecord> {
    let sources = conf.pull_sources(name)?;
    let mut mirror_failures = Vec::new();
    for source in &sources {
        let attempt = connect(&source, access, "pull").and_then(|client| {
            progress.line("Getting image source signatures");
            registry::pull::pull(store, &client, &source.reference, name, platform, progress)
        });
        match attempt {
            Ok(image) => return Ok(image),
            Err(e) if source.mirror => mirror_failures.push(format!("mirror {}: {e}", source.reference)),
            Err(e) if mirror_failures.is_empty() => return Err(e),
            Err(e) => return Err(crate::err!("{e} (after {})", mirror_failures.join("; "))),
        }
    }
    unreachable!("the registry itself is always the last source")
}

/// A client for `source`: `insecure = true` in registries.conf means
/// `--tls-verify=false`, unless the flag says otherwise.
pub(super) fn connect(source: &Source, access: &registry::Access, actions: &str) -> Result<registry::client::Client> {
    let tls_verify = access.tls_verify.or(source.insecure.then_some(false));
    registry::connect(&source.reference, &registry::Access { tls_verify, ..*access }, actions)
}

/// The registry flags as the registry client takes them (shared by the
/// commands that talk to registries).
pub(super) fn access<'a>(registry: &'a RegistryArgs, creds: Option<&'a str>) -> registry::Access<'a> {
    registry::Access {
        tls_verify: registry.tls_verify,
        cert_dir: registry.cert_dir.as_deref(),
        creds,
        authfile: registry.auth.authfile.as_deref(),
    }
}
