//! Talking to registries (the OCI distribution spec): pull, push, and the
//! credentials they need.

pub mod attachments;
pub mod auth;
pub mod client;
pub mod manifest;
pub mod pull;
pub mod push;
pub mod registries_conf;
pub mod registries_d;
pub mod search;
mod tls;

/// What a pull or push tells about itself as it goes. The registry code
/// only reports; src/output/progress.rs decides what (if anything) the user
/// sees: bars on a terminal, a line per blob otherwise.
pub trait Progress: Sync {
    fn report(&self, event: Event<'_>);

    /// Whether the caller can ask its user (podman asks which registry a
    /// short name means only on a terminal).
    fn can_prompt(&self) -> bool {
        false
    }

    /// Ask the user to pick one of `items` under `heading`: its index, or
    /// None without an answer.
    fn choose(&self, _heading: &str, _items: &[String]) -> Option<usize> {
        None
    }
}

/// Reports nothing: for transfers the user is not shown (a build's cache).
pub struct Silent;

impl Progress for Silent {
    fn report(&self, _event: Event<'_>) {}
}

/// One thing that happened during a transfer.
#[derive(Debug, Clone, Copy)]
pub enum Event<'a> {
    /// A step of the whole transfer ("Getting image source signatures").
    Step(&'a str),
    /// A blob starts copying; `size` is what the manifest announces.
    Started { kind: BlobKind, digest: &'a str, size: u64 },
    /// `bytes` more of the blob were copied.
    Advanced { digest: &'a str, bytes: u64 },
    /// The blob is copied (and, for a pulled layer, unpacked).
    Done { kind: BlobKind, digest: &'a str },
    /// The other side has the blob already: nothing copied.
    Skipped { kind: BlobKind, digest: &'a str },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlobKind {
    Layer,
    Config,
}

/// A reader that reports every read as progress of the blob `digest`.
pub struct ReportingReader<'a, R> {
    pub inner: R,
    pub digest: &'a str,
    pub progress: &'a dyn Progress,
}

impl<R: std::io::Read> std::io::Read for ReportingReader<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        if n > 0 {
            self.progress.report(Event::Advanced { digest: self.digest, bytes: n as u64 });
        }
        Ok(n)
    }
}

/// How the user asked to reach registries: the flags of pull, push, login.
#[derive(Default)]
pub struct Access<'a> {
    pub tls_verify: Option<bool>,
    pub cert_dir: Option<&'a std::path::Path>,
    /// `--creds USER:PASSWORD`.
    pub creds: Option<&'a str>,
    pub authfile: Option<&'a std::path::Path>,
}

/// A client for the registry of `reference` (fully qualified), logged in
/// with `--creds` or the auth files, for `actions` ("pull" or "pull,push")
/// on its repository.
pub fn connect(reference: &crate::image::reference::Reference, access: &Access, actions: &str) -> crate::error::Result<client::Client> {
    let registry = reference.domain.as_deref().expect("references are fully qualified here");
    let credentials = auth::lookup(access.creds, access.authfile, registry, &reference.path)?;
    connect_as(registry, access, credentials, &format!("repository:{}:{actions}", reference.path))
}

/// A client for `registry` with these credentials.
pub fn connect_as(registry: &str, access: &Access, credentials: Option<auth::Credentials>, scope: &str) -> crate::error::Result<client::Client> {
    let options = client::Options { tls_verify: access.tls_verify.unwrap_or(true), cert_dir: access.cert_dir, credentials };
    client::Client::connect(registry, options, scope)
}

/// Pull the image `input` names (a short name resolved through
/// registries.conf; see [`registries_conf`]) into `store`: the first
/// candidate name that a registry serves wins, as podman has it, and each
/// name is tried at its mirrors before its registry.
pub fn pull_by_name(
    store: &crate::image::ImageStore,
    input: &str,
    access: &Access,
    platform: &manifest::Platform,
    progress: &dyn Progress,
) -> crate::error::Result<crate::image::ImageRecord> {
    let conf = registries_conf::RegistriesConf::load()?;
    // Podman would ask which registry to use, when it can ask.
    let can_prompt = progress.can_prompt();
    let parsed = crate::image::reference::Reference::parse(input)?;
    let mut candidates = conf.resolve_short_name(&parsed, can_prompt).map_err(|e| crate::err!("pull {input}: {e}"))?;
    if can_prompt && candidates.len() > 1 && conf.mode != registries_conf::ShortNameMode::Disabled {
        let names: Vec<String> = candidates.iter().map(ToString::to_string).collect();
        let chosen = progress.choose("Please select an image:", &names)
            .ok_or_else(|| crate::err!("pull {input}: no image selected (answer with a number from 1 to {})", names.len()))?;
        candidates = vec![candidates.swap_remove(chosen)];
    }
    let mut failures = Vec::new();
    for name in &candidates {
        progress.report(Event::Step(&format!("Trying to pull {name}...")));
        match pull_from_sources(store, &conf, name, access, platform, progress) {
            Ok(image) => return Ok(image),
            Err(e) => failures.push((name, e)),
        }
    }
    Err(match &failures[..] {
        [(name, e)] => crate::err!("pull {name}: {e}"),
        _ => {
            let tried: Vec<String> = failures.iter().map(|(name, e)| format!("{name}: {e}")).collect();
            crate::err!("pull {input}: no search registry has it: {}", tried.join("; "))
        }
    })
}

/// Pull `name` from the first of its sources (mirrors, then the registry
/// itself) that serves it.
fn pull_from_sources(
    store: &crate::image::ImageStore,
    conf: &registries_conf::RegistriesConf,
    name: &crate::image::reference::Reference,
    access: &Access,
    platform: &manifest::Platform,
    progress: &dyn Progress,
) -> crate::error::Result<crate::image::ImageRecord> {
    // Before anything is fetched or stored; mirrors serve the name asked
    // for, so the policy judges that name, as containers/image does.
    use crate::image::policy::{Policy, Signatures, Source, Verdict};
    let policy = Policy::load()?;
    let policy_source = Source::Docker(name);
    let verdict = policy.check_before_fetching(&policy_source)?;
    // The signatures of the manifest stored (for a list, the chosen
    // image's, as containers/image checks them) are judged as soon as its
    // digest is known, and every pull reads them, whatever the policy, to
    // keep them with the image, as containers/image's copy does; a failure
    // to read them fails the pull, as there. Sigstore attachments are read
    // from the source being pulled from (a mirror, perhaps), as
    // containers/image reads them.
    let signatures_of = |client: &client::Client, path: &str, manifest_digest: &str| -> crate::error::Result<Signatures> {
        let simple_signing = registries_d::lookaside_signatures(name, manifest_digest)?;
        let sigstore = if registries_d::RegistriesD::load()?.use_sigstore_attachments(name) {
            attachments::read(client, path, manifest_digest)?
        } else {
            Vec::new()
        };
        let signatures = Signatures { simple_signing, sigstore };
        if let Verdict::NeedsSignatures = verdict {
            policy.check_signatures(&policy_source, manifest_digest, &signatures)?;
        }
        Ok(signatures)
    };
    let mut mirror_failures = Vec::new();
    for source in &conf.pull_sources(name)? {
        let attempt = connect_source(source, access, "pull").and_then(|client| {
            progress.report(Event::Step("Getting image source signatures"));
            pull::pull(store, &client, &source.reference, name, platform, progress, &signatures_of)
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
pub fn connect_source(source: &registries_conf::Source, access: &Access, actions: &str) -> crate::error::Result<client::Client> {
    let tls_verify = access.tls_verify.or(source.insecure.then_some(false));
    connect(&source.reference, &Access { tls_verify, ..*access }, actions)
}

/// The digest of the manifest the registry serves for `name` now (its tag,
/// else latest), as `compose config --resolve-image-digests` pins images;
/// a name that carries a digest already is its own answer.
pub fn current_digest(name: &str, access: &Access) -> crate::error::Result<String> {
    let reference = crate::image::reference::Reference::parse(name)?.normalize_docker();
    if let Some(digest) = &reference.digest {
        return Ok(digest.clone());
    }
    let source = registries_conf::RegistriesConf::load()?.push_destination(&reference)?;
    let client = connect_source(&source, access, "pull")?;
    let (_, digest, _) = pull::fetch_manifest(&client, &reference.path, reference.tag.as_deref().unwrap_or("latest"))?;
    Ok(digest)
}
