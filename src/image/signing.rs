//! Making "simple signing" signatures, containers-signature(5): the JSON
//! payload naming a manifest's digest and the image's docker reference,
//! signed with the `gpg` binary from the user's own keyring (GNUPGHOME),
//! as containers/image's gpgme signer does.

use crate::image::digest;
use crate::image::policy::Signatures;
use crate::image::store::{ImageRecord, ImageStore};
use crate::image::reference::Reference;
use crate::image::registry::{self, manifest::Document, pull, registries_conf, registries_d};
use std::process::Command;

/// What a push, `manifest push` or `image sign` signs with.
#[derive(Debug, Clone, Default)]
pub struct GpgSigning {
    /// The signing key: a fingerprint, key id or user id (`--sign-by`)
    pub key: String,
    /// The key's passphrase (`--sign-passphrase-file`): without it gpg asks
    /// its agent (and pinentry) as usual.
    pub passphrase: Option<String>,
}

/// The signatures a push adds (the engine's push options).
#[derive(Debug, Clone, Default)]
pub struct PushSigning {
    /// Sign the pushed manifests with this GPG key (`--sign-by`)
    pub sign_by: Option<String>,
    /// The signing key's passphrase (`--sign-passphrase-file`, read)
    pub passphrase: Option<String>,
    /// Sign the pushed manifests with this sigstore key too
    /// (`--sign-by-sigstore-private-key`), as registry attachments.
    pub sigstore_key: Option<std::sync::Arc<crate::image::sigstore::PrivateKey>>,
    /// Leave out the signatures the pushed images keep (`--remove-signatures`).
    pub remove_signatures: bool,
}

impl PushSigning {
    /// The GPG signing `--sign-by` asks for.
    pub fn gpg(&self) -> Option<GpgSigning> {
        self.sign_by.clone().map(|key| GpgSigning { key, passphrase: self.passphrase.clone() })
    }
}

/// The passphrase in `file` (`--sign-passphrase-file`): its first line,
/// as podman (and gpg) read it.
pub fn read_passphrase(file: &std::path::Path) -> crate::error::Result<String> {
    let text = std::fs::read_to_string(file).map_err(|e| crate::err!("reading passphrase file {}: {e}", file.display()))?;
    Ok(text.split('\n').next().unwrap_or_default().to_string())
}

/// A signature of `manifest` (as stored in the registry) claiming the
/// identity `docker_reference` (HOST/REPO:TAG), in containers/image's
/// words when it cannot be made.
pub fn sign_manifest(manifest: &[u8], docker_reference: &str, signing: &GpgSigning) -> Result<Vec<u8>, String> {
    let payload = serde_json::json!({
        "critical": {
            "type": "atomic container signature",
            "image": {"docker-manifest-digest": digest::sha256(manifest)},
            "identity": {"docker-reference": docker_reference},
        },
        "optional": {
            "creator": format!("skiff {}", env!("CARGO_PKG_VERSION")),
            "timestamp": std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0),
        },
    });
    let payload = serde_json::to_vec(&payload).map_err(|e| e.to_string())?;
    gpg_sign(&payload, signing)
}

fn gpg_sign(payload: &[u8], signing: &GpgSigning) -> Result<Vec<u8>, String> {
    let mut command = Command::new("gpg");
    command.args(["--batch", "--no-tty", "--status-fd", "2", "--local-user", &signing.key]);
    // The passphrase goes through a private file: stdin carries the payload.
    let passphrase_dir = tempfile::Builder::new().prefix("skiff-sign-").tempdir().map_err(|e| format!("a temporary directory: {e}"))?;
    if let Some(passphrase) = &signing.passphrase {
        if passphrase.contains('\n') {
            return Err("invalid passphrase: must not contain a line break".to_string());
        }
        let file = passphrase_dir.path().join("passphrase");
        std::fs::write(&file, passphrase).map_err(|e| format!("writing the passphrase for gpg: {e}"))?;
        command.args(["--pinentry-mode", "loopback", "--passphrase-file"]).arg(&file);
    }
    command.arg("--sign");
    let output = crate::image::signature::run_gpg(&mut command, payload).map_err(|e| format!("initializing GPG: cannot run gpg: {e}"))?;
    let status = String::from_utf8_lossy(&output.stderr);
    if output.status.success() && status.lines().any(|l| l.starts_with("[GNUPG:] SIG_CREATED ")) {
        return Ok(output.stdout);
    }
    // gpg's own lines, without its "gpg: " prefixes and status lines.
    let reason = status
        .lines()
        .filter(|l| !l.starts_with("[GNUPG:]"))
        .map(|l| l.trim_start_matches("gpg: ").trim())
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(": ");
    Err(format!("creating signature: {}", if reason.is_empty() { "gpg failed".to_string() } else { reason }))
}

/// Fail, before a build, when gpg has no secret key `key` to sign with:
/// buildah signs as it commits, so a build that cannot sign stores nothing.
pub fn check_secret_key(key: &str) -> crate::error::Result<()> {
    let output = Command::new("gpg")
        .args(["--batch", "--no-tty", "--list-secret-keys", "--", key])
        .output()
        .map_err(|e| crate::err!("initializing GPG: cannot run gpg: {e}"))?;
    if output.status.success() {
        return Ok(());
    }
    let reason = String::from_utf8_lossy(&output.stderr).lines().map(|l| l.trim_start_matches("gpg: ").trim().to_string()).filter(|l| !l.is_empty()).collect::<Vec<_>>().join(": ");
    Err(crate::err!("creating signature: signing key {key:?}: {}", if reason.is_empty() { "no secret key".to_string() } else { reason }))
}

/// `build --sign-by`: sign the stored manifest of `image` as `identity`
/// (the build's first name) and keep the signature with it, replacing any
/// kept before, as buildah's commit to containers-storage does; a push
/// then carries it.
pub fn sign_stored_image(store: &ImageStore, image: &ImageRecord, identity: &str, gpg: &GpgSigning) -> crate::error::Result<()> {
    let manifest = store.read_blob(&image.digest)?;
    let signature = sign_manifest(&manifest, identity, gpg).map_err(|e| crate::err!("{e}"))?;
    store.keep_signatures(&image.digest, &Signatures { simple_signing: vec![signature], sigstore: Vec::new() })
}

/// Where `image sign` writes: under `-d DIR` (DIR/REPO@ALGO=HEX), else in
/// the write lookaside registries.d names for the image.
pub enum SignTarget<'a> {
    Directory(&'a std::path::Path),
    Lookaside,
}

/// `image sign`: sign the manifest of `reference` as its registry serves
/// it (with `all`, each image of the list it must be instead), adding
/// signature-N after those already there, as podman's `image sign` does.
/// Returns the files written.
pub fn sign_registry_image(
    reference: &Reference,
    access: &registry::Access,
    target: &SignTarget,
    all: bool,
    gpg: &GpgSigning,
) -> crate::error::Result<Vec<std::path::PathBuf>> {
    let repository_dir = match target {
        SignTarget::Directory(dir) => dir.join(&reference.path),
        SignTarget::Lookaside => registries_d::staging_dir(reference)
            .map_err(|e| crate::err!("{}", e.to_string().replace("Unsupported scheme when writing signature to", "writing to is not supported:")))?,
    };
    let source = registries_conf::RegistriesConf::load()?.push_destination(reference)?;
    let client = registry::connect_source(&source, access, "pull").map_err(|e| crate::err!("getting image source: {e}"))?;
    let wanted = reference.digest.as_deref().or(reference.tag.as_deref()).unwrap_or("latest");
    let (manifest, manifest_digest, media_type) =
        pull::fetch_manifest(&client, &reference.path, wanted).map_err(|e| crate::err!("getting manifest blob: {e}"))?;
    let identity = reference.to_string();
    let sign_one = |manifest: &[u8], digest: &str| -> crate::error::Result<std::path::PathBuf> {
        let signature = sign_manifest(manifest, &identity, gpg).map_err(|e| crate::err!("storing signature for {identity}, {digest}: {e}"))?;
        registries_d::add_signature(&repository_dir, digest, &signature).map_err(|e| crate::err!("storing signature for {identity}, {digest}: {e}"))
    };
    if !all {
        return Ok(vec![sign_one(&manifest, &manifest_digest)?]);
    }
    let Ok(Document::Index(entries)) = Document::parse(&manifest, &media_type) else {
        return Err(crate::err!("docker://{reference} is not a multi-architecture image (manifest type {media_type})"));
    };
    let mut written = Vec::new();
    for entry in entries {
        let (instance, instance_digest, _) = pull::fetch_manifest(&client, &reference.path, &entry.digest)?;
        if instance_digest != entry.digest {
            return Err(crate::err!("manifest digest mismatch: expected {}, got {instance_digest}", entry.digest));
        }
        written.push(sign_one(&instance, &entry.digest)?);
    }
    Ok(written)
}
