//! TLS for the API over TCP: the service's certificate and key, and, with
//! a CA, only clients holding a certificate that CA signed (as dockerd's
//! `--tlsverify`). Without verified clients the API is served on loopback
//! addresses only: whoever reaches it controls the user's containers.

use crate::error::{Context, Result};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The files `--tls-cert`, `--tls-key` and `--tls-cacert` name.
#[derive(Debug, Clone)]
pub struct TlsFiles {
    pub cert: PathBuf,
    pub key: PathBuf,
    /// Clients must present a certificate signed by this CA.
    pub client_ca: Option<PathBuf>,
}

/// The acceptor that wraps each TCP connection, read and checked once at
/// start so that a bad file is an error before the service listens.
pub fn acceptor(files: &TlsFiles) -> Result<tokio_rustls::TlsAcceptor> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let certs = certificates(&files.cert, "--tls-cert")?;
    let key = PrivateKeyDer::from_pem_file(&files.key).map_err(|e| crate::err!("--tls-key {}: no private key read: {e}", files.key.display()))?;
    let builder = rustls::ServerConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()
        .map_err(|e| crate::err!("TLS set-up: {e}"))?;
    let builder = match &files.client_ca {
        Some(ca) => {
            let mut roots = rustls::RootCertStore::empty();
            for cert in certificates(ca, "--tls-cacert")? {
                roots.add(cert).map_err(|e| crate::err!("--tls-cacert {}: {e}", ca.display()))?;
            }
            let verifier = rustls::server::WebPkiClientVerifier::builder_with_provider(Arc::new(roots), provider)
                .build()
                .map_err(|e| crate::err!("--tls-cacert {}: {e}", ca.display()))?;
            builder.with_client_cert_verifier(verifier)
        }
        None => builder.with_no_client_auth(),
    };
    let mut config = builder.with_single_cert(certs, key).map_err(|e| crate::err!("--tls-cert and --tls-key do not make a usable pair: {e}"))?;
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(tokio_rustls::TlsAcceptor::from(Arc::new(config)))
}

/// Every certificate of a PEM file, at least one.
fn certificates(path: &Path, flag: &str) -> Result<Vec<CertificateDer<'static>>> {
    std::fs::metadata(path).context(|| format!("{flag} {}", path.display()))?;
    let certs: Vec<CertificateDer<'static>> = CertificateDer::pem_file_iter(path)
        .and_then(|certs| certs.collect())
        .map_err(|e| crate::err!("{flag} {}: not a PEM certificate file: {e}", path.display()))?;
    if certs.is_empty() {
        return Err(crate::err!("{flag} {}: holds no certificate", path.display()));
    }
    Ok(certs)
}
