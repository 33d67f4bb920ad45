//! The signature policy, containers-policy.json(5), checked before an image
//! from a registry, an archive or a directory is stored, where
//! containers/image checks it: `~/.config/containers/policy.json` when it
//! exists, else `/etc/containers/policy.json`. Where neither exists
//! (a machine without containers-common, where skiff is the only engine)
//! every image is accepted, as docker accepts them: podman refuses to pull
//! there, but podman never comes without that file.
//!
//! A transport's scopes are looked up most specific first (for docker:
//! `host/ns/repo:tag`, `host/ns/repo`, `host/ns`, `host`, `*.domain`), then
//! the transport's "" scope, then `default`; every requirement of the list
//! found must accept the image.
//!
//! `signedBy` (GPG simple signing) is verified by [`super::signature`]
//! and `sigstoreSigned` (a public key) by [`super::sigstore`], against the
//! signatures the caller fetched once the manifest digest is known: the
//! lookaside's and the registry's sigstore attachments.

use crate::error::Result;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

const USER_FILE: &str = ".config/containers/policy.json";
pub const SYSTEM_FILE: &str = "/etc/containers/policy.json";

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Policy {
    pub default: Vec<Requirement>,
    /// transport name → scope → requirements
    #[serde(default)]
    pub transports: BTreeMap<String, BTreeMap<String, Vec<Requirement>>>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(tag = "type", deny_unknown_fields)]
pub enum Requirement {
    #[serde(rename = "insecureAcceptAnything")]
    InsecureAcceptAnything,
    #[serde(rename = "reject")]
    Reject,
    #[serde(rename = "signedBy", rename_all = "camelCase")]
    SignedBy {
        key_type: String,
        key_path: Option<PathBuf>,
        key_paths: Option<Vec<PathBuf>>,
        key_data: Option<String>,
        signed_identity: Option<SignedIdentity>,
    },
    #[serde(rename = "sigstoreSigned", rename_all = "camelCase")]
    SigstoreSigned {
        key_path: Option<PathBuf>,
        key_data: Option<String>,
        signed_identity: Option<SignedIdentity>,
    },
}

/// Which identity a signature must claim (containers-policy.json(5)).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(tag = "type", deny_unknown_fields)]
pub enum SignedIdentity {
    #[serde(rename = "matchExact")]
    MatchExact,
    #[serde(rename = "matchRepoDigestOrExact")]
    MatchRepoDigestOrExact,
    #[serde(rename = "matchRepository")]
    MatchRepository,
    #[serde(rename = "exactReference", rename_all = "camelCase")]
    ExactReference { docker_reference: String },
    #[serde(rename = "exactRepository", rename_all = "camelCase")]
    ExactRepository { docker_repository: String },
    #[serde(rename = "remapIdentity", rename_all = "camelCase")]
    RemapIdentity { prefix: String, signed_prefix: String },
}

/// An image about to be pulled, as the policy names it.
pub enum Source<'a> {
    /// A registry image, fully qualified.
    Docker(&'a crate::image::reference::Reference),
    /// A file-based transport ("dir", "oci", "oci-archive", "docker-archive") and its path.
    File { transport: &'static str, path: &'a Path },
}

impl Source<'_> {
    fn transport(&self) -> &'static str {
        match self {
            Source::Docker(_) => "docker",
            Source::File { transport, .. } => transport,
        }
    }

    /// How podman names the image in its messages: `docker://NAME`, `dir:PATH`.
    fn transport_name(&self) -> String {
        match self {
            Source::Docker(reference) => format!("docker://{reference}"),
            Source::File { transport, path } => format!("{transport}:{}", path.display()),
        }
    }

    /// The scopes that may name this image, most specific first (without "").
    fn scopes(&self) -> Vec<String> {
        match self {
            Source::Docker(reference) => docker_scopes(reference),
            Source::File { path, .. } => {
                let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
                absolute.ancestors().map(|p| p.to_string_lossy().into_owned()).collect()
            }
        }
    }
}

pub(crate) fn docker_scopes(reference: &crate::image::reference::Reference) -> Vec<String> {
    let repository = reference.repository();
    let mut scopes = vec![reference.to_string()];
    let mut namespace = repository.as_str();
    loop {
        scopes.push(namespace.to_string());
        match namespace.rsplit_once('/') {
            Some((parent, _)) => namespace = parent,
            None => break,
        }
    }
    // The host's parent domains as wildcards: *.example.com, *.com.
    let host = namespace.split(':').next().unwrap_or(namespace);
    let mut rest = host;
    while let Some((_, parent)) = rest.split_once('.') {
        scopes.push(format!("*.{parent}"));
        rest = parent;
    }
    scopes.dedup();
    scopes
}

/// The user's policy file (`~/.config/containers/policy.json`), whether or not it exists.
pub fn user_file() -> Option<PathBuf> {
    std::env::var_os("HOME").filter(|h| !h.is_empty()).map(|h| PathBuf::from(h).join(USER_FILE))
}

/// The file whose policy is in force (see the module documentation), or
/// None where there is none and every image is accepted.
pub fn file_in_force() -> Option<PathBuf> {
    let file = user_file().filter(|f| f.exists()).unwrap_or_else(|| PathBuf::from(SYSTEM_FILE));
    file.exists().then_some(file)
}

/// What skiff enforces where no policy file exists, as policy.json text.
pub const ACCEPT_ANYTHING: &str = r#"{"default":[{"type":"insecureAcceptAnything"}]}"#;

impl Policy {
    /// The policy in force for this user (see the module documentation).
    pub fn load() -> Result<Policy> {
        match file_in_force() {
            Some(file) => Policy::from_file(&file),
            None => Ok(Policy { default: vec![Requirement::InsecureAcceptAnything], transports: BTreeMap::new() }),
        }
    }

    pub fn from_file(file: &Path) -> Result<Policy> {
        let data = std::fs::read(file).map_err(|e| match e.kind() {
            // podman's words, so that scripts matching them still match.
            std::io::ErrorKind::NotFound => crate::err!("open {}: no such file or directory", file.display()),
            _ => crate::err!("open {}: {e}", file.display()),
        })?;
        Policy::parse(&data).map_err(|e| crate::err!("invalid policy in {:?}: {e}", file.display().to_string()))
    }

    pub fn parse(data: &[u8]) -> Result<Policy> {
        let policy: Policy = serde_json::from_slice(data).map_err(|e| crate::err!("{e}"))?;
        if policy.default.is_empty() {
            return Err(crate::err!("the default requirements are empty: give at least one (insecureAcceptAnything to accept all)"));
        }
        for (transport, scopes) in &policy.transports {
            for (scope, requirements) in scopes {
                if requirements.is_empty() {
                    return Err(crate::err!("no requirements for scope {scope:?} of transport {transport:?}"));
                }
            }
        }
        for requirement in policy.default.iter().chain(policy.transports.values().flat_map(|s| s.values().flatten())) {
            requirement.validate()?;
        }
        Ok(policy)
    }

    /// The requirements for `source`: its transport's most specific scope, else default.
    pub fn requirements_for(&self, source: &Source) -> &[Requirement] {
        let Some(scopes) = self.transports.get(source.transport()) else { return &self.default };
        source.scopes().iter().find_map(|scope| scopes.get(scope)).or_else(|| scopes.get("")).unwrap_or(&self.default)
    }

    /// Refuse `source` now when its requirements reject it outright;
    /// otherwise whether signatures must be fetched and checked.
    pub fn check_before_fetching(&self, source: &Source) -> Result<Verdict> {
        let mut verdict = Verdict::Accepted;
        for requirement in self.requirements_for(source) {
            match requirement {
                Requirement::InsecureAcceptAnything => {}
                Requirement::Reject => {
                    return Err(rejected(&format!("Running image {} is rejected by policy.", source.transport_name())));
                }
                Requirement::SignedBy { .. } | Requirement::SigstoreSigned { .. } => verdict = Verdict::NeedsSignatures,
            }
        }
        Ok(verdict)
    }

    /// Check the signature requirements for `source`, whose manifest is
    /// `manifest_digest`, against the signatures found for it.
    pub fn check_signatures(&self, source: &Source, manifest_digest: &str, signatures: &Signatures) -> Result<()> {
        for requirement in self.requirements_for(source) {
            match requirement {
                Requirement::InsecureAcceptAnything | Requirement::Reject => {}
                Requirement::SignedBy { key_path, key_paths, key_data, signed_identity, .. } => {
                    // Only registry images carry the docker reference a signature names.
                    let Source::Docker(reference) = source else {
                        return Err(rejected("A signature was required, but no signature exists"));
                    };
                    let keys = read_keys(key_path.iter().chain(key_paths.iter().flatten()), key_data.as_deref())?;
                    let rule = signed_identity.clone().unwrap_or(SignedIdentity::MatchRepoDigestOrExact);
                    super::signature::verify_simple_signing(&keys, &rule, reference, manifest_digest, &signatures.simple_signing)
                        .map_err(|reason| rejected(&reason))?;
                }
                Requirement::SigstoreSigned { key_path, key_data, signed_identity } => {
                    let Source::Docker(reference) = source else {
                        return Err(rejected("A signature was required, but no signature exists"));
                    };
                    let read_key = || read_keys(key_path.iter(), key_data.as_deref()).map(|mut keys| keys.remove(0)).map_err(|e| e.to_string());
                    let rule = signed_identity.clone().unwrap_or(SignedIdentity::MatchRepoDigestOrExact);
                    let others = signatures.simple_signing.len();
                    super::sigstore::verify(&read_key, &rule, reference, manifest_digest, &signatures.sigstore, others)
                        .map_err(|reason| rejected(&reason))?;
                }
            }
        }
        Ok(())
    }

    /// Both checks, for an image whose signatures skiff does not read (the
    /// archive and directory transports): a signature requirement refuses it.
    pub fn check_unsigned(&self, source: &Source) -> Result<()> {
        match self.check_before_fetching(source)? {
            Verdict::Accepted => Ok(()),
            Verdict::NeedsSignatures => self.check_signatures(source, "", &Signatures::default()),
        }
    }
}

/// The signatures found for an image: simple-signing ones (the lookaside's)
/// and the registry's sigstore attachments.
#[derive(Debug, Default, Clone)]
pub struct Signatures {
    pub simple_signing: Vec<Vec<u8>>,
    pub sigstore: Vec<super::sigstore::Attachment>,
}

pub enum Verdict {
    Accepted,
    NeedsSignatures,
}

fn rejected(reason: &str) -> crate::error::Error {
    crate::err!("Source image rejected: {reason}")
}

/// The policy's keys: files, or base64 keyData.
fn read_keys<'a>(paths: impl Iterator<Item = &'a PathBuf>, data: Option<&str>) -> Result<Vec<Vec<u8>>> {
    use base64::Engine;
    let mut keys = Vec::new();
    for path in paths {
        keys.push(std::fs::read(path).map_err(|e| crate::err!("reading the policy's key {}: {e}", path.display()))?);
    }
    if let Some(data) = data {
        keys.push(base64::engine::general_purpose::STANDARD.decode(data.trim()).map_err(|e| crate::err!("the policy's keyData: {e}"))?);
    }
    Ok(keys)
}

/// Check the user's policy for an image read from an archive or directory.
pub fn check_unsigned(source: &Source) -> Result<()> {
    Policy::load()?.check_unsigned(source)
}

impl Requirement {
    fn validate(&self) -> Result<()> {
        match self {
            Requirement::SignedBy { key_type, key_path, key_paths, key_data, .. } => {
                if key_type != "GPGKeys" {
                    return Err(crate::err!("signedBy: unsupported keyType {key_type:?} (GPGKeys is the one there is)"));
                }
                let given = [key_path.is_some(), key_paths.is_some(), key_data.is_some()].iter().filter(|g| **g).count();
                if given != 1 {
                    return Err(crate::err!("signedBy: give exactly one of keyPath, keyPaths and keyData"));
                }
                if key_paths.as_ref().is_some_and(Vec::is_empty) {
                    return Err(crate::err!("signedBy: keyPaths is empty"));
                }
            }
            Requirement::SigstoreSigned { key_path, key_data, .. } => {
                if key_path.is_some() == key_data.is_some() {
                    return Err(crate::err!("sigstoreSigned: give exactly one of keyPath and keyData"));
                }
            }
            Requirement::InsecureAcceptAnything | Requirement::Reject => {}
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::image::reference::Reference;

    fn policy(text: &str) -> Policy {
        Policy::parse(text.as_bytes()).unwrap()
    }

    #[test]
    fn docker_scopes_go_from_the_tag_to_the_parent_domains() {
        let reference = Reference::parse("reg.example.com:5000/ns/repo:v1").unwrap();
        assert_eq!(
            docker_scopes(&reference),
            ["reg.example.com:5000/ns/repo:v1", "reg.example.com:5000/ns/repo", "reg.example.com:5000/ns", "reg.example.com:5000", "*.example.com", "*.com"]
        );
    }

    #[test]
    fn the_most_specific_scope_wins() {
        let p = policy(
            r#"{"default":[{"type":"reject"}],
                "transports":{"docker":{"localhost:5000":[{"type":"insecureAcceptAnything"}],
                                        "localhost:5000/ns/bad":[{"type":"reject"}]}}}"#,
        );
        let good = Reference::parse("localhost:5000/ns/good:1").unwrap();
        let bad = Reference::parse("localhost:5000/ns/bad:1").unwrap();
        let other = Reference::parse("quay.io/x:1").unwrap();
        assert!(p.check_unsigned(&Source::Docker(&good)).is_ok());
        assert_eq!(
            p.check_unsigned(&Source::Docker(&bad)).unwrap_err().to_string(),
            "Source image rejected: Running image docker://localhost:5000/ns/bad:1 is rejected by policy."
        );
        assert!(p.check_unsigned(&Source::Docker(&other)).is_err());
    }

    #[test]
    fn file_transports_use_the_path_and_its_parents() {
        let p = policy(r#"{"default":[{"type":"insecureAcceptAnything"}],"transports":{"dir":{"/srv/images":[{"type":"reject"}]}}}"#);
        assert!(p.check_unsigned(&Source::File { transport: "dir", path: Path::new("/srv/images/a") }).is_err());
        assert!(p.check_unsigned(&Source::File { transport: "dir", path: Path::new("/srv/other") }).is_ok());
        assert!(p.check_unsigned(&Source::File { transport: "oci", path: Path::new("/srv/images/a") }).is_ok());
    }

    #[test]
    fn signature_requirements_never_accept_unverified() {
        let p = policy(r#"{"default":[{"type":"signedBy","keyType":"GPGKeys","keyPath":"/k.gpg","signedIdentity":{"type":"matchRepository"}}]}"#);
        let r = Reference::parse("localhost:5000/x:1").unwrap();
        assert!(matches!(p.check_before_fetching(&Source::Docker(&r)), Ok(Verdict::NeedsSignatures)));
        assert!(p.check_signatures(&Source::Docker(&r), "sha256:0", &Signatures::default()).is_err());
        let p = policy(r#"{"default":[{"type":"sigstoreSigned","keyPath":"/cosign.pub"}]}"#);
        assert!(matches!(p.check_before_fetching(&Source::Docker(&r)), Ok(Verdict::NeedsSignatures)));
        let refused = p.check_signatures(&Source::Docker(&r), "sha256:0", &Signatures::default()).unwrap_err().to_string();
        assert_eq!(refused, "Source image rejected: A signature was required, but no signature exists");
    }

    #[test]
    fn invalid_policies_are_refused() {
        for text in [
            r#"{}"#,
            r#"{"default":[]}"#,
            r#"{"default":[{"type":"bogus"}]}"#,
            r#"{"default":[{"type":"reject"}],"extra":1}"#,
            r#"{"default":[{"type":"signedBy","keyType":"GPGKeys"}]}"#,
            r#"{"default":[{"type":"signedBy","keyType":"X509","keyPath":"/k"}]}"#,
            r#"{"default":[{"type":"reject"}],"transports":{"docker":{"x":[]}}}"#,
            // containers/image 5.23 has no Fulcio or Rekor: refused, never ignored.
            r#"{"default":[{"type":"sigstoreSigned","keyPath":"/k","fulcio":{}}]}"#,
            r#"{"default":[{"type":"sigstoreSigned","keyPath":"/k","rekorPublicKeyPath":"/r"}]}"#,
            r#"{"default":[{"type":"sigstoreSigned","keyPath":"/k","keyData":"eA=="}]}"#,
        ] {
            assert!(Policy::parse(text.as_bytes()).is_err(), "{text}");
        }
    }
}
