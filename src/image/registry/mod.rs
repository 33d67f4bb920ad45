//! Talking to registries (the OCI distribution spec): pull, push, and the
//! credentials they need.

pub mod auth;
pub mod client;
pub mod manifest;
pub mod pull;
pub mod push;
pub mod registries_conf;
mod tls;

/// Progress lines on stderr, one per step, unless asked to be quiet.
pub struct Progress {
    pub quiet: bool,
}

impl Progress {
    pub fn line(&self, text: &str) {
        if !self.quiet {
            crate::output::status(text);
        }
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
