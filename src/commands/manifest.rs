//! `skiff manifest create|add|annotate|inspect|push|rm|remove|exists`:
//! manifest lists of stored images, pushed to a registry as a Docker
//! manifest list or an OCI index.

use super::Context;
use crate::cli::{ManifestAddArgs, ManifestCommand, ManifestEntryArgs, ManifestFormat, ManifestPushArgs};
use crate::error::Result;
use crate::image::manifest_list::{self, Entry, EntryChanges, ManifestLists};
use crate::image::reference::Reference;
use crate::image::registry::manifest::{Document, Platform};
use crate::image::registry::registries_conf::RegistriesConf;
use crate::image::registry::{self, pull, push::Format, Access, Event, Progress};
use crate::image::transport::{self, ImageRef};
use crate::image::{ImageRecord, ImageStore};
use crate::output;

pub fn run(ctx: &Context, command: ManifestCommand) -> Result<i32> {
    if matches!(command, ManifestCommand::Create(_) | ManifestCommand::Add(_)) {
        // They may pull or read archives, which unpack layers: that needs
        // the user namespace, entered before any thread starts.
        crate::runtime::userns::enter_if_rootless()?;
    }
    let store = ImageStore::open(&ctx.paths)?;
    let lists = ManifestLists::open(&store);
    match command {
        ManifestCommand::Create(args) => {
            let access = super::access(&args.registry, None);
            // Images first: a list is created only when all of them can be added.
            let mut entries = Vec::new();
            for image in &args.images {
                entries.extend(entries_for(&store, image, args.all, &access)?);
            }
            let list = lists.create(&args.list, args.amend)?;
            lists.update(&list.id, |list| {
                for entry in entries {
                    list.add(entry);
                }
                Ok(())
            })?;
            output::line(&list.id);
        }
        ManifestCommand::Add(args) => add(&store, &lists, args)?,
        ManifestCommand::Annotate(args) => {
            let mut changes = entry_changes(&args.entry)?;
            changes.os_features = args.os_features.clone();
            let id = lists.update(&args.list, |list| {
                let index = list.entry_index(&store, &args.image)?;
                list.entries[index].apply(&changes);
                Ok(list.id.clone())
            })?;
            output::line(&id);
        }
        ManifestCommand::Inspect { list } => output::json(&lists.get(&list)?.document(None)),
        ManifestCommand::Push(args) => push(&store, &lists, args)?,
        ManifestCommand::Rm { lists: names } => {
            return super::for_each_named(&names, &[], |name| {
                let removed = lists.remove(name)?;
                Ok(format!("Untagged: {}\nDeleted: {}", removed.name, removed.id))
            });
        }
        ManifestCommand::Remove { list, digest } => {
            let id = lists.update(&list, |list| {
                let index = list.entry_index(&store, &digest)?;
                list.entries.remove(index);
                Ok(list.id.clone())
            })?;
            output::line(&id);
        }
        ManifestCommand::Exists { list } => {
            return Ok(if lists.find(&list)?.is_some() { 0 } else { 1 });
        }
    }
    Ok(0)
}

fn add(store: &ImageStore, lists: &ManifestLists, args: ManifestAddArgs) -> Result<()> {
    let changes = entry_changes(&args.entry)?;
    // The list must exist before anything is pulled for it.
    lists.get(&args.list)?;
    let access = super::access(&args.registry, args.creds.creds.as_deref());
    let mut entries = entries_for(store, &args.image, args.all, &access)?;
    for entry in &mut entries {
        entry.apply(&changes);
    }
    let id = lists.update(&args.list, |list| {
        for entry in entries {
            list.add(entry);
        }
        Ok(list.id.clone())
    })?;
    output::line(&id);
    Ok(())
}

/// podman's entry flags, checked.
fn entry_changes(flags: &ManifestEntryArgs) -> Result<EntryChanges> {
    let mut annotations = Vec::new();
    for text in &flags.annotation {
        let (key, value) = text.split_once('=').ok_or_else(|| crate::err!("invalid annotation {text:?}: use KEY=VALUE"))?;
        if key.is_empty() {
            return Err(crate::err!("invalid annotation {text:?}: the key is empty"));
        }
        annotations.push((key.to_string(), value.to_string()));
    }
    // The same checks as pull's --os, --arch and --variant.
    Platform::from_flags(None, flags.os.as_deref(), flags.arch.as_deref(), flags.variant.as_deref())?;
    Ok(EntryChanges {
        os: flags.os.clone(),
        architecture: flags.arch.clone(),
        variant: flags.variant.clone(),
        os_version: flags.os_version.clone(),
        features: flags.features.clone(),
        os_features: Vec::new(),
        annotations,
    })
}

/// The entries `image` makes: a stored image (by name, id or
/// containers-storage:), an archive's image, or one pulled from a registry
/// (every platform of a registry list with `all`).
fn entries_for(store: &ImageStore, image: &str, all: bool, access: &Access) -> Result<Vec<Entry>> {
    let source = ImageRef::parse(image)?;
    let images: Vec<ImageRecord> = match &source {
        ImageRef::Storage(name) => vec![store.lookup(name)?],
        ImageRef::Name(name) if crate::image::store::resolve(&store.list()?, name)?.is_some() => vec![store.lookup(name)?],
        file_based if file_based.is_file_based() => transport::read(store, file_based).map_err(|e| crate::err!("{image}: {e}"))?,
        _ => pull_for_list(store, &source, all, access).map_err(|e| crate::err!("{image}: {e}"))?,
    };
    images.iter().map(|image| Entry::for_image(store, image)).collect()
}

/// Pull a registry image for a list: the host's platform, or with `all`
/// every platform a registry list has.
fn pull_for_list(store: &ImageStore, source: &ImageRef, all: bool, access: &Access) -> Result<Vec<ImageRecord>> {
    let name = match source {
        ImageRef::Registry(reference) => reference.to_string(),
        ImageRef::Name(name) => name.clone(),
        _ => unreachable!("stored and file-based images are not pulled"),
    };
    let progress = output::progress::TransferProgress::new(true);
    let host = Platform::parse_or_host(None)?;
    if !all {
        return Ok(vec![registry::pull_by_name(store, &name, access, &host, &progress)?]);
    }
    let reference = Reference::parse(&name)?;
    if reference.domain.is_none() {
        return Err(crate::err!("--all needs the image's registry in its name (REGISTRY/NAME)"));
    }
    let reference = reference.normalize_docker();
    let source = RegistriesConf::load()?.push_destination(&reference)?;
    let client = registry::connect_source(&source, access, "pull")?;
    let wanted = reference.digest.as_deref().or(reference.tag.as_deref()).unwrap_or("latest");
    let (document, _, content_type) = pull::fetch_manifest(&client, &reference.path, wanted)?;
    let platforms: Vec<Platform> = match Document::parse(&document, &content_type)? {
        Document::Index(entries) => entries.into_iter().filter_map(|e| e.platform).collect(),
        Document::Image { .. } => vec![host],
    };
    platforms.iter().map(|platform| registry::pull_by_name(store, &name, access, platform, &progress)).collect()
}

fn push(store: &ImageStore, lists: &ManifestLists, args: ManifestPushArgs) -> Result<()> {
    let compression = super::compression_format(args.compression_format.as_deref(), args.format)?;
    // The keys first: a wrong passphrase pushes nothing.
    let signing = super::push_signing(&args.signing)?;
    let list = lists.get(&args.list)?;
    let destination = match args.destination.as_deref().map(ImageRef::parse).transpose()? {
        Some(ImageRef::Registry(reference)) => reference,
        Some(ImageRef::Name(name)) => Reference::parse(&name)?.normalize_docker(),
        Some(_) => return Err(crate::err!("manifest push: lists are pushed to registries only (docker://REGISTRY/NAME)")),
        None => Reference::parse(&list.name)?,
    };
    let format = args.format.map(|f| match f {
        ManifestFormat::Oci => Format::Oci,
        ManifestFormat::V2s2 => Format::DockerV2Schema2,
    });
    let failed = |e: crate::error::Error| crate::err!("push {destination}: {e}");
    let progress = output::progress::TransferProgress::new(args.quiet);
    let target = RegistriesConf::load()?.push_destination(&destination).map_err(failed)?;
    let client = registry::connect_source(&target, &super::access(&args.registry, args.creds.creds.as_deref()), "pull,push").map_err(failed)?;
    progress.report(Event::Step("Getting image source signatures"));
    let digest = {
        let _in_use = store.lock_shared()?;
        manifest_list::push(store, &client, &list, &destination, format, compression, args.all, &signing, &progress).map_err(failed)?
    };
    if let Some(file) = &args.digestfile {
        std::fs::write(file, &digest).map_err(|e| crate::err!("write digest file {}: {e}", file.display()))?;
    }
    if args.rm {
        lists.remove(&list.id)?;
    }
    Ok(())
}
