//! TLS settings per registry, as podman has them: extra trusted authorities
//! from a certificates directory (`--cert-dir`, else
//! `/etc/containers/certs.d/HOST` or `~/.config/containers/certs.d/HOST`),
//! and no verification at all with `--tls-verify=false`.

use crate::error::{Context, Result};
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{ClientConfig, DigitallySignedStruct, RootCertStore, SignatureScheme};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The TLS client configuration for `registry`, or None for ureq's default
/// (the webpki roots, verified).
pub fn client_config(registry: &str, tls_verify: bool, cert_dir: Option<&Path>) -> Result<Option<Arc<ClientConfig>>> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let builder = ClientConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()
        .map_err(|e| crate::err!("TLS setup: {e}"))?;
    if !tls_verify {
        let config = builder.dangerous().with_custom_certificate_verifier(Arc::new(NoVerification(provider))).with_no_client_auth();
        return Ok(Some(Arc::new(config)));
    }
    let authorities = authorities(registry, cert_dir)?;
    if authorities.is_empty() {
        return Ok(None);
    }
    let mut roots = RootCertStore { roots: webpki_roots::TLS_SERVER_ROOTS.to_vec() };
    for (file, certificate) in authorities {
        roots.add(certificate).context(|| format!("add the certificate in {}", file.display()))?;
    }
    Ok(Some(Arc::new(builder.with_root_certificates(roots).with_no_client_auth())))
}

/// The certificates in the `*.crt` files of the registry's certificates directory.
fn authorities(registry: &str, cert_dir: Option<&Path>) -> Result<Vec<(PathBuf, CertificateDer<'static>)>> {
    let dirs = match cert_dir {
        Some(dir) => {
            if !dir.is_dir() {
                return Err(crate::err!("--cert-dir {}: not a directory", dir.display()));
            }
            vec![dir.to_path_buf()]
        }
        None => {
            let mut dirs = vec![Path::new("/etc/containers/certs.d").join(registry)];
            if let Some(home) = std::env::var_os("HOME").filter(|h| !h.is_empty()) {
                dirs.push(PathBuf::from(home).join(".config/containers/certs.d").join(registry));
            }
            dirs
        }
    };
    let mut found = Vec::new();
    for dir in dirs {
        let Ok(entries) = std::fs::read_dir(&dir) else { continue };
        let mut files: Vec<PathBuf> = entries.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|e| e == "crt")).collect();
        files.sort();
        for file in files {
            for certificate in CertificateDer::pem_file_iter(&file).context(|| format!("read {}", file.display()))? {
                found.push((file.clone(), certificate.context(|| format!("parse {}", file.display()))?));
            }
        }
    }
    Ok(found)
}

/// `--tls-verify=false`: any certificate is accepted (signatures are still
/// checked, so the connection is encrypted, just not authenticated).
#[derive(Debug)]
struct NoVerification(Arc<rustls::crypto::CryptoProvider>);

impl ServerCertVerifier for NoVerification {
    fn verify_server_cert(
        &self,
        _end_entity: &CertificateDer<'_>,
        _intermediates: &[CertificateDer<'_>],
        _server_name: &ServerName<'_>,
        _ocsp_response: &[u8],
        _now: UnixTime,
    ) -> std::result::Result<ServerCertVerified, rustls::Error> {
        Ok(ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> std::result::Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(message, cert, dss, &self.0.signature_verification_algorithms)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> std::result::Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(message, cert, dss, &self.0.signature_verification_algorithms)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.0.signature_verification_algorithms.supported_schemes()
    }
}
