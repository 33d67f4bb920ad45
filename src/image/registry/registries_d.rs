//! Where a registry's signatures live, containers-registries.d(5): the
//! `*.yaml` files of `~/.config/containers/registries.d` when it exists,
//! else of `/etc/containers/registries.d`. A `docker:` scope (most specific
//! first, as the policy's scopes) else `default-docker` gives the
//! lookaside base URL (`lookaside`, formerly `sigstore`), under which the
//! signatures of REPO's manifest DIGEST are `BASE/REPO@ALGO=HEX/signature-N`,
//! N from 1 until one is missing (containers/image's
//! signature-protocols.md). `use-sigstore-attachments: true` there makes
//! pulls read, and signing pushes write, sigstore signatures as registry
//! attachments ([`super::attachments`]).

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
}

#[derive(Debug, Default)]
pub struct RegistriesD {
    default_docker: Option<Namespace>,
    docker: BTreeMap<String, Namespace>,
}

impl RegistriesD {
    pub fn load() -> Result<RegistriesD> {
        let user_dir = std::env::var_os("HOME").filter(|h| !h.is_empty()).map(|h| PathBuf::from(h).join(USER_DIR));
        let dir = user_dir.filter(|d| d.is_dir()).unwrap_or_else(|| PathBuf::from(SYSTEM_DIR));
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

    /// The settings for `reference`: its most specific scope, else default-docker.
    pub fn namespace_for(&self, reference: &Reference) -> Option<&Namespace> {
        crate::image::policy::docker_scopes(reference).iter().find_map(|s| self.docker.get(s)).or(self.default_docker.as_ref())
    }

    /// Whether `reference`'s sigstore signatures are registry attachments:
    /// the most specific scope that says, else default-docker, else no.
    pub fn use_sigstore_attachments(&self, reference: &Reference) -> bool {
        let scopes = crate::image::policy::docker_scopes(reference);
        let namespaces = scopes.iter().filter_map(|s| self.docker.get(s)).chain(self.default_docker.as_ref());
        namespaces.filter_map(|n| n.use_sigstore_attachments).next().unwrap_or(false)
    }

    /// The lookaside base URL to read `reference`'s signatures from.
    pub fn lookaside(&self, reference: &Reference) -> Option<&str> {
        let namespace = self.namespace_for(reference)?;
        namespace.lookaside.as_deref().or(namespace.sigstore.as_deref())
    }
}

/// The signatures of `reference`'s manifest `manifest_digest` in its
/// lookaside (none when registries.d names no lookaside for it).
pub fn lookaside_signatures(reference: &Reference, manifest_digest: &str) -> Result<Vec<Vec<u8>>> {
    let config = RegistriesD::load()?;
    let Some(base) = config.lookaside(reference) else { return Ok(Vec::new()) };
    let (algorithm, hex) =
        manifest_digest.split_once(':').ok_or_else(|| crate::err!("invalid manifest digest {manifest_digest:?}"))?;
    let mut signatures = Vec::new();
    for index in 1.. {
        let url = format!("{}/{}@{algorithm}={hex}/signature-{index}", base.trim_end_matches('/'), reference.path);
        let found = if let Some(path) = url.strip_prefix("file://") {
            match std::fs::read(path) {
                Ok(data) => Some(data),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
                Err(e) => return Err(crate::err!("reading signature {url}: {e}")),
            }
        } else if url.starts_with("http://") || url.starts_with("https://") {
            match ureq::get(&url).call() {
                Ok(response) => {
                    let mut data = Vec::new();
                    std::io::Read::read_to_end(&mut response.into_reader(), &mut data)
                        .map_err(|e| crate::err!("reading signature {url}: {e}"))?;
                    Some(data)
                }
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
