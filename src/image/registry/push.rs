//! Pushing an image: each blob the registry lacks (checked with HEAD) is
//! uploaded monolithically (POST, then PUT with the digest), then the
//! manifest is PUT under the tag.

use super::client::{Body, Client};
use super::manifest::{Document, DOCKER_MANIFEST, OCI_MANIFEST};
use super::{BlobKind, Event, Progress, ReportingReader};
use crate::error::{Context, Result};
use crate::image::policy::Signatures;
use crate::image::reference::Reference;
use crate::image::compression::Compression;
use crate::image::save::compress_layer;
use crate::image::sigstore::PrivateKey;
use crate::image::store::{ImageRecord, ImageStore, LayerRecord};
use crate::image::signing::PushSigning;
use crate::image::{digest, oci};

/// The manifest format to push.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Oci,
    DockerV2Schema2,
}

impl Format {
    fn media_type(self) -> &'static str {
        match self {
            Format::Oci => OCI_MANIFEST,
            Format::DockerV2Schema2 => DOCKER_MANIFEST,
        }
    }
}

/// Push a stored image to the registry `destination` names (or the push
/// destination registries.conf gives for it), as `skiff push`, the API and
/// `compose push` do; returns the manifest's digest.
pub fn push_to_registry(
    store: &ImageStore,
    image: &ImageRecord,
    destination: &Reference,
    access: &super::Access,
    format: Option<Format>,
    progress: &dyn Progress,
) -> Result<String> {
    push_to_registry_compressed(store, image, destination, access, format, None, &PushSigning::default(), progress)
}

/// [`push_to_registry`] with the layers compressed as `compression` says
/// (`push --compression-format`): those stored otherwise are recompressed
/// on the way, as containers/image does; signed as `signing` says.
#[allow(clippy::too_many_arguments)]
pub fn push_to_registry_compressed(
    store: &ImageStore,
    image: &ImageRecord,
    destination: &Reference,
    access: &super::Access,
    format: Option<Format>,
    compression: Option<Compression>,
    signing: &PushSigning,
    progress: &dyn Progress,
) -> Result<String> {
    let failed = |e: crate::error::Error| crate::err!("push {destination}: {e}");
    if signing.sigstore_key.is_some() {
        check_can_sign(destination)?;
    }
    let target = super::registries_conf::RegistriesConf::load()?.push_destination(destination).map_err(failed)?;
    let client = super::connect_source(&target, access, "pull,push").map_err(failed)?;
    progress.report(Event::Step("Getting image source signatures"));
    // Blobs are read from the store as they are uploaded: no image is removed meanwhile.
    let _in_use = store.lock_shared()?;
    push(store, &client, image, destination, format, compression, (signing, destination), progress).map(|pushed| pushed.digest).map_err(failed)
}

/// Refuse, before anything is pushed, to sign for a destination whose
/// signatures would have nowhere to go: sigstore signatures are written as
/// attachments only where registries.d says `use-sigstore-attachments`.
pub fn check_can_sign(destination: &Reference) -> Result<()> {
    if destination.tag.is_none() && destination.digest.is_none() {
        return Err(crate::err!("reference {destination} can't be signed, it has neither a tag nor a digest"));
    }
    if !super::registries_d::RegistriesD::load()?.use_sigstore_attachments(destination) {
        return Err(crate::err!("writing signatures: writing sigstore attachments is disabled by configuration (registries.d: use-sigstore-attachments: true for {destination})"));
    }
    Ok(())
}

/// Sign the pushed manifest `manifest_digest` as `destination` with a
/// sigstore key and add the signature to its attachments.
pub fn sign_with_sigstore(client: &Client, destination: &Reference, manifest_digest: &str, key: &PrivateKey) -> Result<()> {
    let signature = key.sign(manifest_digest, &destination.to_string());
    super::attachments::write(client, &destination.path, manifest_digest, &[signature])
        .map_err(|e| crate::err!("writing signatures: {e}"))
}

/// The manifest a push left in the registry, as a manifest list names it.
pub struct PushedManifest {
    pub digest: String,
    pub size: u64,
    pub media_type: &'static str,
}

/// Push `image` to `destination` (fully qualified), its layers compressed
/// as `compression` says (None: as stored), its manifest signed as
/// `signing` says, with the identity it names.
#[allow(clippy::too_many_arguments)]
pub fn push(
    store: &ImageStore,
    client: &Client,
    image: &ImageRecord,
    destination: &Reference,
    format: Option<Format>,
    compression: Option<Compression>,
    signing: (&PushSigning, &Reference),
    progress: &dyn Progress,
) -> Result<PushedManifest> {
    let path = &destination.path;
    let kept = kept_signatures(store, image, destination, format, compression, signing.0)?;
    // Recompressed layers live here until uploaded; the image as pushed
    // names them, so its manifest is rebuilt.
    let scratch = tempfile::tempdir().context(|| "create a directory for recompressed layers".into())?;
    let mut pushed = image.clone();
    for layer in &mut pushed.layers {
        let file = match compression.filter(|wanted| *wanted != layer_compression(&layer.media_type)) {
            Some(wanted) => {
                let (blob, blob_size) = compress_layer(store, layer, wanted, scratch.path())?;
                let file = scratch.path().join(blob.trim_start_matches("sha256:"));
                *layer = LayerRecord { blob, blob_size, media_type: wanted.layer_media_type().into(), ..layer.clone() };
                file
            }
            None => store.blob_path(&layer.blob)?,
        };
        push_blob(client, path, &file, &layer.blob, layer.blob_size, BlobKind::Layer, progress)?;
    }
    let (manifest, media_type) = manifest_for(store, &pushed, format)?;
    let config_digest = format!("sha256:{}", image.id);
    let config_file = store.blob_path(&config_digest)?;
    let config_size = std::fs::metadata(&config_file).map(|m| m.len()).unwrap_or(0);
    push_blob(client, path, &config_file, &config_digest, config_size, BlobKind::Config, progress)?;

    // The kept signatures first, then the new one, as containers/image orders them.
    let mut signatures = kept.simple_signing;
    signatures.extend(sign(&manifest, signing, progress)?);
    progress.report(Event::Step("Writing manifest to image destination"));
    let manifest_digest = digest::sha256(&manifest);
    let target = destination.tag.clone().unwrap_or_else(|| manifest_digest.clone());
    client.send("PUT", &format!("/v2/{path}/manifests/{target}"), &[("Content-Type", media_type)], Body::Bytes(&manifest), &[201])?;
    store_signatures(destination, &manifest_digest, &signatures, progress)?;
    let mut sigstore = kept.sigstore;
    if let Some(key) = &signing.0.sigstore_key {
        sigstore.push(key.sign(&manifest_digest, &signing.1.to_string()));
    }
    if !sigstore.is_empty() {
        progress.report(Event::Step("Storing signatures"));
        super::attachments::write(client, path, &manifest_digest, &sigstore).map_err(|e| crate::err!("writing signatures: {e}"))?;
    }
    Ok(PushedManifest { digest: manifest_digest, size: manifest.len() as u64, media_type })
}

/// The signatures kept with `image` that its push carries (none with
/// `--remove-signatures`), checked before anything is pushed: they sign
/// the stored manifest, so the push must leave it as it is (containers/image
/// then changes nothing either, "Would invalidate signatures"), and the
/// destination must have somewhere to put them.
fn kept_signatures(
    store: &ImageStore,
    image: &ImageRecord,
    destination: &Reference,
    format: Option<Format>,
    compression: Option<Compression>,
    signing: &PushSigning,
) -> Result<Signatures> {
    if signing.remove_signatures {
        return Ok(Signatures::default());
    }
    let kept = store.signatures(&image.digest)?;
    if kept.is_empty() {
        return Ok(kept);
    }
    const REASON: &str = "\"Would invalidate signatures\" (the image keeps the signatures it was pulled or built with: --remove-signatures pushes it without them)";
    if image.layers.iter().any(|layer| compression.is_some_and(|wanted| wanted != layer_compression(&layer.media_type))) {
        return Err(crate::err!("Copying this image would require changing layer representation, which we cannot do: {REASON}"));
    }
    let (manifest, media_type) = manifest_for(store, image, format)?;
    if digest::sha256(&manifest) != image.digest {
        let stored_type = Document::parse(&store.read_blob(&image.digest)?, "").ok().and_then(|stored| match stored {
            Document::Image { media_type: stored_type, .. } => Some(stored_type),
            Document::Index(_) => None,
        });
        return Err(match stored_type.filter(|stored| *stored != media_type) {
            Some(stored) => crate::err!("Copying this image would require converting its manifest from {stored} to {media_type}, which we cannot do: {REASON}"),
            None => crate::err!("Copying this image would require changing layer representation, which we cannot do: {REASON}"),
        });
    }
    if !kept.sigstore.is_empty() && !super::registries_d::RegistriesD::load()?.use_sigstore_attachments(destination) {
        return Err(crate::err!("writing signatures: writing sigstore attachments is disabled by configuration (registries.d: use-sigstore-attachments: true for {destination}, or --remove-signatures)"));
    }
    if !kept.simple_signing.is_empty() {
        super::registries_d::staging_dir(destination).map_err(|e| crate::err!("writing signatures: {e}"))?;
    }
    Ok(kept)
}

/// The signatures `manifest` gets as `signing` says, made before the
/// manifest is written: a key that cannot sign leaves no manifest behind
/// (containers/image signs after writing it). The write lookaside is
/// checked first too.
pub fn sign(manifest: &[u8], (signing, identity): (&PushSigning, &Reference), progress: &dyn Progress) -> Result<Vec<Vec<u8>>> {
    let Some(gpg) = signing.gpg() else { return Ok(Vec::new()) };
    super::registries_d::staging_dir(identity)?;
    progress.report(Event::Step("Signing manifest using simple signing"));
    let signature = crate::image::signing::sign_manifest(manifest, &identity.to_string(), &gpg).map_err(|e| crate::err!("{e}"))?;
    Ok(vec![signature])
}

/// Write `signatures` of the pushed manifest `manifest_digest` to the
/// write lookaside of `destination` (nothing when there are none).
pub fn store_signatures(destination: &Reference, manifest_digest: &str, signatures: &[Vec<u8>], progress: &dyn Progress) -> Result<()> {
    if signatures.is_empty() {
        return Ok(());
    }
    progress.report(Event::Step("Storing signatures"));
    super::registries_d::put_signatures(destination, manifest_digest, signatures).map_err(|e| crate::err!("writing signatures: {e}"))
}

/// Push an image that is not stored yet, given as its config and layers
/// (each blob read from the file `blob_file` names), as an OCI manifest
/// tagged `tag`: what `build --cache-to` pushes for each step while the
/// build's layers are still staged. Returns the manifest's digest.
pub fn push_parts(
    client: &Client,
    path: &str,
    tag: &str,
    config: &[u8],
    layers: &[LayerRecord],
    blob_file: &dyn Fn(&str) -> Result<std::path::PathBuf>,
) -> Result<String> {
    let progress = &super::Silent;
    for layer in layers {
        push_blob(client, path, &blob_file(&layer.blob)?, &layer.blob, layer.blob_size, BlobKind::Layer, progress)?;
    }
    let config_digest = digest::sha256(config);
    let mut config_file = tempfile::NamedTempFile::new().context(|| "create a file for the image config".into())?;
    std::io::Write::write_all(&mut config_file, config).context(|| "write the image config".into())?;
    push_blob(client, path, config_file.path(), &config_digest, config.len() as u64, BlobKind::Config, progress)?;
    let manifest = oci::manifest(config, &config_digest, layers, &Default::default());
    client.send("PUT", &format!("/v2/{path}/manifests/{tag}"), &[("Content-Type", OCI_MANIFEST)], Body::Bytes(&manifest), &[201])?;
    Ok(digest::sha256(&manifest))
}

/// The stored manifest when it suits (same format, and it names the blobs
/// the store has: a layer reused from another image may be stored under
/// another blob), else a new one in the wanted format.
pub fn manifest_for(store: &ImageStore, image: &ImageRecord, format: Option<Format>) -> Result<(Vec<u8>, &'static str)> {
    let stored = store.read_blob(&image.digest)?;
    if let Ok(Document::Image { config, layers, media_type }) = Document::parse(&stored, "") {
        let same_blobs = config.digest == format!("sha256:{}", image.id)
            && layers.iter().map(|l| &l.digest).eq(image.layers.iter().map(|l| &l.blob));
        let stored_format = [Format::Oci, Format::DockerV2Schema2].into_iter().find(|f| f.media_type() == media_type);
        if let Some(stored_format) = stored_format.filter(|s| same_blobs && format.is_none_or(|f| f == *s)) {
            return Ok((stored, stored_format.media_type()));
        }
    }
    // Rebuilt: the stored manifest's annotations carry over.
    let annotations = oci::annotations(&stored);
    let config = store.read_blob(&format!("sha256:{}", image.id))?;
    let config_digest = format!("sha256:{}", image.id);
    match format.unwrap_or(Format::Oci) {
        Format::Oci => Ok((oci::manifest(&config, &config_digest, &image.layers, &annotations), OCI_MANIFEST)),
        Format::DockerV2Schema2 => Ok((oci::docker_manifest(&config, &config_digest, &image.layers)?, DOCKER_MANIFEST)),
    }
}

/// A layer's compression, from its media type (OCI's `+gzip`/`+zstd`,
/// Docker's `.tar.gzip`).
fn layer_compression(media_type: &str) -> Compression {
    if media_type.ends_with("gzip") {
        Compression::Gzip
    } else if media_type.ends_with("zstd") {
        Compression::Zstd
    } else {
        Compression::None
    }
}

/// Upload a small blob held in memory (a sigstore attachment, its config).
pub(super) fn push_blob_bytes(client: &Client, path: &str, data: &[u8]) -> Result<()> {
    let mut file = tempfile::NamedTempFile::new().context(|| "create a file for a blob".into())?;
    std::io::Write::write_all(&mut file, data).context(|| "write a blob".into())?;
    push_blob(client, path, file.path(), &digest::sha256(data), data.len() as u64, BlobKind::Config, &super::Silent)
}

fn push_blob(client: &Client, path: &str, file: &std::path::Path, digest: &str, size: u64, kind: BlobKind, progress: &dyn Progress) -> Result<()> {
    if client.send_optional("HEAD", &format!("/v2/{path}/blobs/{digest}"), &[])?.is_some() {
        progress.report(Event::Skipped { kind, digest });
        return Ok(());
    }
    let started = client.send("POST", &format!("/v2/{path}/blobs/uploads/"), &[], Body::Empty, &[202])?;
    let location = started.header("Location").ok_or_else(|| crate::err!("registry {} started an upload without a Location", client.registry))?;
    let separator = if location.contains('?') { '&' } else { '?' };
    let upload = format!("{location}{separator}digest={digest}");
    progress.report(Event::Started { kind, digest, size });
    let file = std::fs::File::open(file).context(|| format!("open blob {digest}"))?;
    client.send(
        "PUT",
        &upload,
        &[("Content-Type", "application/octet-stream")],
        Body::Stream(Box::new(ReportingReader { inner: std::io::BufReader::with_capacity(1 << 16, file), digest, progress }), size),
        &[201],
    )?;
    progress.report(Event::Done { kind, digest });
    Ok(())
}
