//! Talking to registries (the OCI distribution spec): pull, push, and the
//! credentials they need.

pub mod auth;
pub mod client;
pub mod manifest;
pub mod pull;
pub mod push;
mod tls;

/// What a pull or push tells about itself as it goes. The registry code
/// only reports; src/output/progress.rs decides what (if anything) the user
/// sees: bars on a terminal, a line per blob otherwise.
pub trait Progress: Sync {
    fn report(&self, event: Event<'_>);
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
