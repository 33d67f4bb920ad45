//! Where a registry's signatures live, containers-registries.d(5): the
//! `*.yaml` files of `~/.config/containers/registries.d` when it exists,
//! else of `/etc/containers/registries.d`. A `docker:` scope (most specific
//! first, as the policy's scopes) else `default-docker` gives the
//! lookaside base URL (`lookaside`, formerly `sigstore`), under which the
//! signatures of REPO's manifest DIGEST are `BASE/REPO@ALGO=HEX/signature-N`,
//! N from 1 until one is missing (containers/image's
//! signature-protocols.md). Signatures are written to `lookaside-staging`
//! (formerly `sigstore-staging`) when given, else to `lookaside`; with no
//! lookaside configured at all, containers/image's built-in one is used:
//! `~/.local/share/containers/sigstore` (root: `/var/lib/containers/sigstore`).
//! `use-sigstore-attachments: true` makes pulls read, and signing pushes
//! write, sigstore signatures as registry attachments ([`super::attachments`]).

use crate::error::Result;
use crate::image::reference::Reference;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::PathBuf;

const USER_DIR: &str = ".config/containers/registries.d";
const SYSTEM_DIR: &str = "/etc/containers/registries.d";

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "kebab-case")]
struct RegistriesDFile {
    default_docker: Option<Namespace>,
    #[serde(default)]
    docker: BTreeMap<String, Namespace>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub struct Namespace {
    lookaside: Option<String>,
    /// The old name of `lookaside`.
    sigstore: Option<String>,
    use_sigstore_attachments: Option<bool>,
    lookaside_staging: Option<String>,
    /// The old name of `lookaside-staging`.
    sigstore_staging: Option<String>,
}

impl Namespace {
    /// The base this namespace names for reading, or for `write`ing.
    fn base(&self, write: bool) -> Option<&str> {
        let staging = if write { self.lookaside_staging.as_deref().or(self.sigstore_staging.as_deref()) } else { None };
        staging.or(self.lookaside.as_deref()).or(self.sigstore.as_deref()).filter(|b| !b.is_empty())
    }
}

#[derive(Debug, Default)]
pub struct RegistriesD {
    default_docker: Option<Namespace>,
    docker: BTreeMap<String, Namespace>,
}

impl RegistriesD {
    pub fn load() -> Result<RegistriesD> {
        RegistriesD::load_dir(&default_dir())
    }

    /// The `*.yaml` files of `dir` (none when it does not exist).
    pub fn load_dir(dir: &std::path::Path) -> Result<RegistriesD> {
        let mut files: Vec<PathBuf> = match std::fs::read_dir(&dir) {
            Ok(entries) => entries.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|e| e == "yaml")).collect(),
            Err(_) => return Ok(RegistriesD::default()),
        };
        files.sort();
        let mut config = RegistriesD::default();
        for file in files {
            let text = std::fs::read_to_string(&file).map_err(|e| crate::err!("{}: {e}", file.display()))?;
            let parsed: RegistriesDFile = serde_saphyr::from_str(&text).map_err(|e| crate::err!("{}: {e}", file.display()))?;
            if let Some(default) = parsed.default_docker {
                if config.default_docker.is_some() {
                    return Err(crate::err!("{}: default-docker is defined in more than one registries.d file", file.display()));
                }
                config.default_docker = Some(default);
            }
            for (scope, namespace) in parsed.docker {
                if config.docker.contains_key(&scope) {
                    return Err(crate::err!("{}: docker scope {scope:?} is defined in more than one registries.d file", file.display()));
                }
                config.docker.insert(scope, namespace);
            }
        }
        Ok(config)
    }

    /// Whether `reference`'s sigstore signatures are registry attachments:
    /// the most specific scope that says, else default-docker, else no.
    pub fn use_sigstore_attachments(&self, reference: &Reference) -> bool {
        let scopes = crate::image::policy::docker_scopes(reference);
        let namespaces = scopes.iter().filter_map(|s| self.docker.get(s)).chain(self.default_docker.as_ref());
        namespaces.filter_map(|n| n.use_sigstore_attachments).next().unwrap_or(false)
    }

    /// The lookaside base URL to read `reference`'s signatures from, or
    /// to write them to: the most specific scope naming one, else
    /// default-docker's, else the built-in one (as containers/image).
    pub fn lookaside(&self, reference: &Reference, write: bool) -> String {
        let scopes = crate::image::policy::docker_scopes(reference);
        let configured = scopes.iter().filter_map(|s| self.docker.get(s)).chain(self.default_docker.as_ref()).find_map(|n| n.base(write));
        configured.map(str::to_string).unwrap_or_else(builtin_lookaside)
    }

    /// The lookaside `image trust show` names for a policy scope ("" for
    /// the default), as podman's: the namespace of the scope or of its
    /// nearest parent repository, else default-docker; its `lookaside`, or
    /// the old `sigstore` when that is empty. No built-in one.
    pub fn lookaside_of_scope(&self, scope: &str) -> String {
        let mut candidate = (!scope.is_empty()).then_some(scope);
        let mut namespace = None;
        while let Some(name) = candidate {
            namespace = self.docker.get(name);
            if namespace.is_some() {
                break;
            }
            candidate = name.rsplit_once('/').map(|(parent, _)| parent);
        }
        let namespace = namespace.or(self.default_docker.as_ref());
        let non_empty = |value: &Option<String>| value.clone().filter(|v| !v.is_empty());
        namespace.and_then(|n| non_empty(&n.lookaside).or_else(|| non_empty(&n.sigstore))).unwrap_or_default()
    }
}

/// The registries.d directory in force: the user's when it exists, else the system's.
pub fn default_dir() -> PathBuf {
    let user_dir = std::env::var_os("HOME").filter(|h| !h.is_empty()).map(|h| PathBuf::from(h).join(USER_DIR));
    user_dir.filter(|d| d.is_dir()).unwrap_or_else(|| PathBuf::from(SYSTEM_DIR))
}

fn builtin_lookaside() -> String {
    let home = std::env::var("HOME").unwrap_or_default();
    if host_euid() == 0 || home.is_empty() {
        "file:///var/lib/containers/sigstore".to_string()
    } else {
        format!("file://{}/.local/share/containers/sigstore", home.trim_end_matches('/'))
    }
}

/// This process's effective uid as the host sees it: skiff runs as root
/// of its own user namespace, which is still the user's (rootless) uid.
pub(crate) fn host_euid() -> u32 {
    let euid = nix::unistd::geteuid().as_raw();
    let map = std::fs::read_to_string("/proc/self/uid_map").unwrap_or_default();
    map.lines()
        .filter_map(|line| {
            let fields: Vec<u32> = line.split_whitespace().filter_map(|f| f.parse().ok()).collect();
            match fields[..] {
                [inside, outside, count] if (inside..inside.saturating_add(count)).contains(&euid) => Some(outside + (euid - inside)),
                _ => None,
            }
        })
        .next()
        .unwrap_or(euid)
}

/// The directory the signatures of `reference`'s manifests are written
/// in: the write lookaside, which must be a file:// one.
pub fn staging_dir(reference: &Reference) -> Result<PathBuf> {
    let base = RegistriesD::load()?.lookaside(reference, true);
    match base.strip_prefix("file://") {
        Some(path) => Ok(PathBuf::from(path).join(&reference.path)),
        None if base.starts_with("http://") || base.starts_with("https://") => Err(crate::err!(
            "Writing directly to a {} lookaside {base} is not supported. Configure a lookaside-staging: location",
            base.split(':').next().unwrap_or_default()
        )),
        None => Err(crate::err!("Unsupported scheme when writing signature to {base}")),
    }
}

/// Replace the signatures of `reference`'s manifest `manifest_digest` in
/// its write lookaside by `signatures` (signature-1 on; later ones
/// removed), as containers/image's push stores them.
pub fn put_signatures(reference: &Reference, manifest_digest: &str, signatures: &[Vec<u8>]) -> Result<()> {
    if signatures.is_empty() {
        return Ok(());
    }
    let signature_dir = signature_dir(&staging_dir(reference)?, manifest_digest)?;
    for index in 1.. {
        let path = signature_dir.join(format!("signature-{index}"));
        match signatures.get(index - 1) {
            Some(signature) => write_signature(&path, signature)?,
            None => match std::fs::remove_file(&path) {
                Ok(()) => {}
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => break,
                Err(e) => return Err(crate::err!("removing signature {}: {e}", path.display())),
            },
        }
    }
    Ok(())
}

/// Add `signature` of `manifest_digest` under `repository_dir` (a
/// repository's signature directory) as the first free signature-N, as
/// `image sign` does; returns the file written.
pub fn add_signature(repository_dir: &std::path::Path, manifest_digest: &str, signature: &[u8]) -> Result<PathBuf> {
    let signature_dir = signature_dir(repository_dir, manifest_digest)?;
    let index = (1..).find(|i| !signature_dir.join(format!("signature-{i}")).exists()).unwrap_or(1);
    let path = signature_dir.join(format!("signature-{index}"));
    write_signature(&path, signature)?;
    Ok(path)
}

/// `REPOSITORY_DIR@ALGO=HEX`, where the signatures of one manifest are.
fn signature_dir(repository_dir: &std::path::Path, manifest_digest: &str) -> Result<PathBuf> {
    let (algorithm, hex) =
        manifest_digest.split_once(':').ok_or_else(|| crate::err!("invalid manifest digest {manifest_digest:?}"))?;
    let mut name = repository_dir.as_os_str().to_owned();
    name.push(format!("@{algorithm}={hex}"));
    Ok(PathBuf::from(name))
}

/// A signature read whole, refused past `MAX_SIGNATURE_SIZE`.
fn read_at_most(reader: impl std::io::Read, url: &str) -> Result<Vec<u8>> {
    let mut data = Vec::new();
    std::io::Read::read_to_end(&mut reader.take(MAX_SIGNATURE_SIZE + 1), &mut data).map_err(|e| crate::err!("reading signature {url}: {e}"))?;
    if data.len() as u64 > MAX_SIGNATURE_SIZE {
        return Err(crate::err!("reading signature {url}: exceeded maximum allowed size of {MAX_SIGNATURE_SIZE} bytes"));
    }
    Ok(data)
}

fn write_signature(path: &std::path::Path, signature: &[u8]) -> Result<()> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| crate::err!("creating {}: {e}", dir.display()))?;
    }
    std::fs::write(path, signature).map_err(|e| crate::err!("writing signature {}: {e}", path.display()))
}

/// containers/image's bounds on what a lookaside may hand over: a
/// signature's size (iolimits.MaxSignatureBodySize) and how many there are
/// (maxLookasideSignatures), so that a broken or hostile server cannot
/// fill memory.
const MAX_SIGNATURE_SIZE: u64 = 4 << 20;
const MAX_LOOKASIDE_SIGNATURES: usize = 128;

/// The signatures of `reference`'s manifest `manifest_digest` in its
/// lookaside (the built-in one when registries.d names none for it).
pub fn lookaside_signatures(reference: &Reference, manifest_digest: &str) -> Result<Vec<Vec<u8>>> {
    let base = RegistriesD::load()?.lookaside(reference, false);
    let mut signatures = Vec::new();
    for index in 1.. {
        if signatures.len() >= MAX_LOOKASIDE_SIGNATURES {
            return Err(crate::err!("server provided {MAX_LOOKASIDE_SIGNATURES} signatures, assuming that's unreasonable and a server error"));
        }
        let repository = format!("{}/{}", base.trim_end_matches('/'), reference.path);
        let url = format!("{}/signature-{index}", signature_dir(std::path::Path::new(&repository), manifest_digest)?.display());
        let found = if let Some(path) = url.strip_prefix("file://") {
            match std::fs::File::open(path) {
                Ok(file) => Some(read_at_most(file, &url)?),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
                Err(e) => return Err(crate::err!("reading signature {url}: {e}")),
            }
        } else if url.starts_with("http://") || url.starts_with("https://") {
            match ureq::get(&url).call() {
                Ok(response) => Some(read_at_most(response.into_reader(), &url)?),
                Err(ureq::Error::Status(404, _)) => None,
                Err(e) => return Err(crate::err!("reading signature {url}: {e}")),
            }
        } else {
            return Err(crate::err!("unsupported signature lookaside {base:?}: skiff reads file://, http:// and https://"));
        };
        match found {
            Some(data) => signatures.push(data),
            None => break,
        }
    }
    Ok(signatures)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_signature_past_containers_images_size_bound_is_refused() {
        let small = read_at_most(&b"signature"[..], "file:///s").unwrap();
        assert_eq!(small, b"signature");
        let exact = vec![0u8; MAX_SIGNATURE_SIZE as usize];
        assert_eq!(read_at_most(exact.as_slice(), "file:///s").unwrap().len(), exact.len());
        let endless = std::io::repeat(0);
        let e = read_at_most(endless, "http://127.0.0.1/s").unwrap_err();
        assert_eq!(e.message, "reading signature http://127.0.0.1/s: exceeded maximum allowed size of 4194304 bytes");
    }
}
