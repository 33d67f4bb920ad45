//! Talking to registries (the OCI distribution spec): pull, push, and the
//! credentials they need.

pub mod auth;
pub mod client;
pub mod manifest;
pub mod pull;
pub mod push;

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

/// A client for the registry of `reference` (fully qualified), logged in
/// with `--creds` or the auth files, for `actions` ("pull" or "pull,push")
/// on its repository.
pub fn connect(
    reference: &crate::image::reference::Reference,
    tls_verify: Option<bool>,
    creds: Option<&str>,
    authfile: Option<&std::path::Path>,
    actions: &str,
) -> crate::error::Result<client::Client> {
    let registry = reference.domain.as_deref().expect("references are fully qualified here");
    let credentials = auth::lookup(creds, authfile, registry, &reference.path)?;
    let options = client::Options { tls_verify: tls_verify.unwrap_or(true), credentials };
    client::Client::connect(registry, options, &format!("repository:{}:{actions}", reference.path))
}
