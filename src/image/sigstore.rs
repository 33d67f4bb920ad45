//! Sigstore signatures as containers/image 5.23 (podman 4.3.1, skopeo
//! 1.9.3) has them: cosign's "simple signing" JSON payload naming a
//! manifest digest and a docker reference, signed with a private key
//! (ECDSA P-256 with SHA-256, as `cosign generate-key-pair` makes), kept
//! in the registry as an attachment: the OCI manifest tagged
//! `sha256-HEX.sig` in the image's repository, one layer per signature
//! (the payload as the blob, the base64 signature in an annotation).
//! Only keys are supported, as in containers/image 5.23: no Fulcio
//! certificates and no Rekor (its policy has no fields for them).

use crate::image::policy::SignedIdentity;
use crate::image::reference::Reference;
use serde::Deserialize;
use std::collections::BTreeMap;

/// The media type of an attachment layer that is a signature.
pub const SIGNATURE_MEDIA_TYPE: &str = "application/vnd.dev.cosign.simplesigning.v1+json";
/// The annotation of such a layer holding the base64 signature of its payload.
pub const SIGNATURE_ANNOTATION: &str = "dev.cosignproject.cosign/signature";
const PAYLOAD_TYPE: &str = "cosign container image signature";

/// One layer of an attachment manifest, its blob read and digest-checked:
/// a signature when its media type says so (other attachments, such as
/// attestations, are kept apart by the verifier).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attachment {
    pub media_type: String,
    pub payload: Vec<u8>,
    pub annotations: BTreeMap<String, String>,
}

/// The tag under which the attachments of manifest `digest` live.
pub fn attachment_tag(manifest_digest: &str) -> String {
    format!("{}.sig", manifest_digest.replacen(':', "-", 1))
}

// Every field is required and no other is allowed, as containers/image
// parses the payload (its "paranoid" JSON reading); only `optional` may
// carry anything.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Payload {
    critical: Critical,
    #[allow(dead_code)]
    optional: serde_json::Value,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Critical {
    #[serde(rename = "type")]
    kind: String,
    image: SignedImage,
    identity: SignedReference,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SignedImage {
    #[serde(rename = "docker-manifest-digest")]
    manifest_digest: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SignedReference {
    #[serde(rename = "docker-reference")]
    docker_reference: String,
}

/// Accept the image when one of the signature `attachments` verifies with
/// the PEM public key `read_key` reads (only when there is a signature to
/// check, as containers/image reads it), names `manifest_digest` and an identity `rule`
/// accepts for `image`; else the reason, in containers/image's words.
/// `other_signatures` counts the image's simple-signing signatures, which
/// only the message of a refusal mentions.
pub fn verify(
    read_key: &dyn Fn() -> Result<Vec<u8>, String>,
    rule: &SignedIdentity,
    image: &Reference,
    manifest_digest: &str,
    attachments: &[Attachment],
    other_signatures: usize,
) -> Result<(), String> {
    let signatures: Vec<&Attachment> = attachments.iter().filter(|a| a.media_type == SIGNATURE_MEDIA_TYPE).collect();
    let non_signatures = attachments.len() - signatures.len();
    let mut reasons = Vec::new();
    for signature in signatures {
        match read_key().and_then(|key| verify_one(&key, rule, image, manifest_digest, signature)) {
            Ok(()) => return Ok(()),
            Err(reason) => reasons.push(reason),
        }
    }
    Err(match &reasons[..] {
        [] if other_signatures == 0 && non_signatures == 0 => "A signature was required, but no signature exists".to_string(),
        [] => format!(
            "A signature was required, but no signature exists ({other_signatures} non-sigstore signatures, {non_signatures} sigstore non-signature attachments)"
        ),
        [one] => one.clone(),
        _ => format!("None of the signatures were accepted, reasons: {}", reasons.join("; ")),
    })
}

fn verify_one(public_key_pem: &[u8], rule: &SignedIdentity, image: &Reference, manifest_digest: &str, attachment: &Attachment) -> Result<(), String> {
    use base64::Engine;
    use p256::ecdsa::signature::Verifier;
    let key = parse_public_key(public_key_pem)?;
    let Some(encoded) = attachment.annotations.get(SIGNATURE_ANNOTATION) else {
        return Err(format!("missing {SIGNATURE_ANNOTATION} annotation"));
    };
    let signature = base64::engine::general_purpose::STANDARD.decode(encoded).map_err(|e| format!("base64 decoding: {e}"))?;
    // cosign's signatures are ASN.1 DER, as Go's ecdsa.SignASN1 writes them.
    let valid = p256::ecdsa::Signature::from_der(&signature).is_ok_and(|s| key.verify(&attachment.payload, &s).is_ok());
    if !valid {
        return Err("cryptographic signature verification failed: invalid signature when validating ASN.1 encoded signature".to_string());
    }
    let payload: Payload = serde_json::from_slice(&attachment.payload).map_err(|e| format!("Invalid signature format: {e}"))?;
    if payload.critical.kind != PAYLOAD_TYPE {
        return Err(format!("Unrecognized signature type {}", payload.critical.kind));
    }
    if payload.critical.image.manifest_digest != manifest_digest {
        return Err(format!("Signature for digest {} does not match", payload.critical.image.manifest_digest));
    }
    let claimed = &payload.critical.identity.docker_reference;
    match Reference::parse(claimed).map(Reference::normalize_docker) {
        Ok(signed) if super::signature::identity_matches(rule, image, &signed) => Ok(()),
        _ => Err(format!("Signature for identity {claimed} is not accepted")),
    }
}

/// A PEM `PUBLIC KEY` (SubjectPublicKeyInfo), as cosign writes `cosign.pub`.
fn parse_public_key(pem: &[u8]) -> Result<p256::ecdsa::VerifyingKey, String> {
    use p256::pkcs8::DecodePublicKey;
    let text = std::str::from_utf8(pem).map_err(|_| "parsing public key: not a PEM file".to_string())?;
    p256::ecdsa::VerifyingKey::from_public_key_pem(text.trim())
        .map_err(|e| format!("parsing public key: {e} (skiff verifies ECDSA P-256 keys, as cosign makes them)"))
}

/// The PEM types of sigstore's encrypted private keys: containers/image
/// 5.23's (cosign's) and the later, generic one.
const PRIVATE_KEY_PEM_TYPES: [&str; 2] = ["ENCRYPTED COSIGN PRIVATE KEY", "ENCRYPTED SIGSTORE PRIVATE KEY"];

/// A private key to sign with.
pub struct PrivateKey(p256::ecdsa::SigningKey);

/// Never prints the key.
impl std::fmt::Debug for PrivateKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("PrivateKey(..)")
    }
}

/// go-tuf's "encrypted" format, inside the PEM: the passphrase derives the
/// secretbox key through scrypt; the box holds the key's PKCS#8 DER.
#[derive(Deserialize)]
struct EncryptedKey {
    kdf: Kdf,
    cipher: Cipher,
    #[serde(with = "base64_bytes")]
    ciphertext: Vec<u8>,
}

#[derive(Deserialize)]
struct Kdf {
    name: String,
    params: ScryptParams,
    #[serde(with = "base64_bytes")]
    salt: Vec<u8>,
}

#[derive(Deserialize)]
#[allow(non_snake_case)]
struct ScryptParams {
    N: u64,
    r: u32,
    p: u32,
}

#[derive(Deserialize)]
struct Cipher {
    name: String,
    #[serde(with = "base64_bytes")]
    nonce: Vec<u8>,
}

mod base64_bytes {
    pub fn deserialize<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Vec<u8>, D::Error> {
        use base64::Engine;
        let text: String = serde::Deserialize::deserialize(deserializer)?;
        base64::engine::general_purpose::STANDARD.decode(text).map_err(serde::de::Error::custom)
    }
}

impl PrivateKey {
    /// Read sigstore's encrypted private key PEM, decrypted with `passphrase`;
    /// errors are worded as containers/image words them.
    pub fn decrypt(pem: &[u8], passphrase: &[u8]) -> Result<PrivateKey, String> {
        use p256::pkcs8::DecodePrivateKey;
        let (label, document) = p256::pkcs8::der::pem::decode_vec(pem).map_err(|_| "invalid pem block".to_string())?;
        if !PRIVATE_KEY_PEM_TYPES.contains(&label) {
            return Err(format!("unsupported pem type: {label}"));
        }
        let encrypted: EncryptedKey = serde_json::from_slice(&document).map_err(|e| format!("decrypt: {e}"))?;
        let der = decrypt_box(&encrypted, passphrase).map_err(|e| format!("decrypt: {e}"))?;
        let key = p256::SecretKey::from_pkcs8_der(&der)
            .map_err(|e| format!("parsing private key: {e} (skiff signs with ECDSA P-256 keys, as cosign makes them)"))?;
        Ok(PrivateKey(key.into()))
    }

    /// The signature of `manifest_digest` as `docker_reference` (with a tag
    /// or digest), as an attachment layer: containers/image's payload and
    /// the base64 ASN.1 ECDSA signature of it.
    pub fn sign(&self, manifest_digest: &str, docker_reference: &str) -> Attachment {
        use base64::Engine;
        use p256::ecdsa::signature::Signer;
        let timestamp = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
        let payload = serde_json::json!({
            "critical": {
                "identity": {"docker-reference": docker_reference},
                "image": {"docker-manifest-digest": manifest_digest},
                "type": PAYLOAD_TYPE,
            },
            "optional": {"creator": concat!("skiff ", env!("CARGO_PKG_VERSION")), "timestamp": timestamp},
        });
        let payload = serde_json::to_vec(&payload).expect("JSON serializes");
        let signature: p256::ecdsa::Signature = self.0.sign(&payload);
        let encoded = base64::engine::general_purpose::STANDARD.encode(signature.to_der().as_bytes());
        Attachment {
            media_type: SIGNATURE_MEDIA_TYPE.to_string(),
            payload,
            annotations: BTreeMap::from([(SIGNATURE_ANNOTATION.to_string(), encoded)]),
        }
    }
}

fn decrypt_box(encrypted: &EncryptedKey, passphrase: &[u8]) -> Result<Vec<u8>, String> {
    use crypto_secretbox::aead::{Aead, KeyInit};
    if encrypted.kdf.name != "scrypt" {
        return Err(format!("unsupported key derivation function {:?}", encrypted.kdf.name));
    }
    if encrypted.cipher.name != "nacl/secretbox" {
        return Err(format!("unsupported cipher {:?}", encrypted.cipher.name));
    }
    let ScryptParams { N: n, r, p } = encrypted.kdf.params;
    if !n.is_power_of_two() || n < 2 {
        return Err(format!("invalid scrypt parameter N {n}"));
    }
    let params = scrypt::Params::new(n.trailing_zeros() as u8, r, p, 32).map_err(|e| format!("scrypt parameters: {e}"))?;
    let mut secret = [0u8; 32];
    scrypt::scrypt(passphrase, &encrypted.kdf.salt, &params, &mut secret).map_err(|e| format!("scrypt: {e}"))?;
    if encrypted.cipher.nonce.len() != 24 {
        return Err("invalid nonce length".to_string());
    }
    let cipher = crypto_secretbox::XSalsa20Poly1305::new(&secret.into());
    let nonce = crypto_secretbox::Nonce::from_slice(&encrypted.cipher.nonce);
    // go-tuf's words for a wrong passphrase, which podman prints.
    cipher.decrypt(nonce, encrypted.ciphertext.as_slice()).map_err(|_| "encrypted: decryption failed".to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use base64::Engine;
    use p256::ecdsa::signature::Signer;
    use p256::pkcs8::{EncodePublicKey, LineEnding};

    const DIGEST: &str = "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    fn key_pair(seed: u8) -> (p256::ecdsa::SigningKey, Vec<u8>) {
        let signing = p256::ecdsa::SigningKey::from_slice(&[seed; 32]).unwrap();
        let public = signing.verifying_key().to_public_key_pem(LineEnding::LF).unwrap().into_bytes();
        (signing, public)
    }

    fn attachment(signing: &p256::ecdsa::SigningKey, payload: &str) -> Attachment {
        let signature: p256::ecdsa::Signature = signing.sign(payload.as_bytes());
        let encoded = base64::engine::general_purpose::STANDARD.encode(signature.to_der().as_bytes());
        Attachment {
            media_type: SIGNATURE_MEDIA_TYPE.into(),
            payload: payload.as_bytes().to_vec(),
            annotations: BTreeMap::from([(SIGNATURE_ANNOTATION.to_string(), encoded)]),
        }
    }

    fn payload(digest: &str, identity: &str) -> String {
        format!(
            r#"{{"critical":{{"identity":{{"docker-reference":"{identity}"}},"image":{{"docker-manifest-digest":"{digest}"}},"type":"{PAYLOAD_TYPE}"}},"optional":null}}"#
        )
    }

    #[test]
    fn a_signature_is_checked_for_key_digest_and_identity() {
        let (signer, public) = key_pair(7);
        let read_key = || Ok(public.clone());
        let (stranger, _) = key_pair(9);
        let image = Reference::parse("localhost:5000/app:v1").unwrap().normalize_docker();
        let rule = SignedIdentity::MatchRepoDigestOrExact;
        let good = attachment(&signer, &payload(DIGEST, "localhost:5000/app:v1"));
        assert_eq!(verify(&read_key, &rule, &image, DIGEST, &[good.clone()], 0), Ok(()));
        let forged = attachment(&stranger, &payload(DIGEST, "localhost:5000/app:v1"));
        assert!(verify(&read_key, &rule, &image, DIGEST, &[forged.clone()], 0).unwrap_err().starts_with("cryptographic signature verification failed"));
        let other_digest = format!("sha256:{}", "1".repeat(64));
        let moved = attachment(&signer, &payload(&other_digest, "localhost:5000/app:v1"));
        assert_eq!(verify(&read_key, &rule, &image, DIGEST, &[moved], 0).unwrap_err(), format!("Signature for digest {other_digest} does not match"));
        let renamed = attachment(&signer, &payload(DIGEST, "localhost:5000/app:v2"));
        assert_eq!(verify(&read_key, &rule, &image, DIGEST, &[renamed], 0).unwrap_err(), "Signature for identity localhost:5000/app:v2 is not accepted");
        // One good signature among bad ones is enough.
        assert_eq!(verify(&read_key, &rule, &image, DIGEST, &[forged.clone(), good], 0), Ok(()));
        let mut tampered = forged.clone();
        tampered.payload = payload(DIGEST, "localhost:5000/evil:v1").into_bytes();
        assert!(verify(&read_key, &rule, &image, DIGEST, &[forged, tampered], 0).unwrap_err().starts_with("None of the signatures were accepted, reasons: "));
    }

    #[test]
    fn no_signature_is_a_refusal_naming_what_else_was_there() {
        let (_, public) = key_pair(7);
        let read_key = || Ok(public.clone());
        let image = Reference::parse("localhost:5000/app:v1").unwrap().normalize_docker();
        let rule = SignedIdentity::MatchRepoDigestOrExact;
        assert_eq!(verify(&read_key, &rule, &image, DIGEST, &[], 0).unwrap_err(), "A signature was required, but no signature exists");
        let attestation = Attachment { media_type: "application/vnd.dsse.envelope.v1+json".into(), payload: vec![], annotations: BTreeMap::new() };
        assert_eq!(
            verify(&read_key, &rule, &image, DIGEST, &[attestation], 2).unwrap_err(),
            "A signature was required, but no signature exists (2 non-sigstore signatures, 1 sigstore non-signature attachments)"
        );
    }

    #[test]
    fn payloads_with_unknown_or_missing_fields_are_refused() {
        let (signer, public) = key_pair(7);
        let read_key = || Ok(public.clone());
        let image = Reference::parse("localhost:5000/app:v1").unwrap().normalize_docker();
        let extra = payload(DIGEST, "localhost:5000/app:v1").replacen(r#""critical":{"#, r#""critical":{"extra":1,"#, 1);
        let missing = payload(DIGEST, "localhost:5000/app:v1").replace(r#","optional":null"#, "");
        for text in [extra, missing] {
            let refused = verify(&read_key, &SignedIdentity::MatchRepository, &image, DIGEST, &[attachment(&signer, &text)], 0);
            assert!(refused.unwrap_err().starts_with("Invalid signature format"), "{text}");
        }
        let refused = verify(&|| Ok(b"not a key".to_vec()), &SignedIdentity::MatchRepository, &image, DIGEST, &[attachment(&signer, "{}")], 0);
        assert!(refused.unwrap_err().starts_with("parsing public key"));
    }

    /// An encrypted key as go-tuf writes it (small scrypt N to keep the test quick).
    fn encrypted_pem(signing: &p256::ecdsa::SigningKey, passphrase: &[u8], label: &str) -> String {
        use crypto_secretbox::aead::{Aead, KeyInit};
        use p256::pkcs8::EncodePrivateKey;
        let der = signing.to_pkcs8_der().unwrap();
        let (salt, nonce) = ([3u8; 32], [5u8; 24]);
        let mut secret = [0u8; 32];
        scrypt::scrypt(passphrase, &salt, &scrypt::Params::new(4, 8, 1, 32).unwrap(), &mut secret).unwrap();
        let sealed = crypto_secretbox::XSalsa20Poly1305::new(&secret.into()).encrypt(&nonce.into(), der.as_bytes()).unwrap();
        let b64 = |b: &[u8]| base64::engine::general_purpose::STANDARD.encode(b);
        let document = serde_json::json!({
            "kdf": {"name": "scrypt", "params": {"N": 16, "r": 8, "p": 1}, "salt": b64(&salt)},
            "cipher": {"name": "nacl/secretbox", "nonce": b64(&nonce)},
            "ciphertext": b64(&sealed),
        });
        p256::pkcs8::der::pem::encode_string(label, LineEnding::LF, document.to_string().as_bytes()).unwrap()
    }

    #[test]
    fn a_decrypted_key_signs_what_its_public_key_verifies() {
        let (signing, public) = key_pair(7);
        let read_key = || Ok(public.clone());
        for label in PRIVATE_KEY_PEM_TYPES {
            let pem = encrypted_pem(&signing, b"secret", label);
            let key = PrivateKey::decrypt(pem.as_bytes(), b"secret").unwrap();
            let image = Reference::parse("localhost:5000/app:v1").unwrap().normalize_docker();
            let signed = key.sign(DIGEST, "localhost:5000/app:v1");
            assert_eq!(verify(&read_key, &SignedIdentity::MatchRepoDigestOrExact, &image, DIGEST, &[signed], 0), Ok(()));
            assert_eq!(PrivateKey::decrypt(pem.as_bytes(), b"wrong").err().unwrap(), "decrypt: encrypted: decryption failed");
        }
        let other = encrypted_pem(&signing, b"secret", "EC PRIVATE KEY");
        assert_eq!(PrivateKey::decrypt(other.as_bytes(), b"secret").err().unwrap(), "unsupported pem type: EC PRIVATE KEY");
        assert_eq!(PrivateKey::decrypt(b"nothing", b"secret").err().unwrap(), "invalid pem block");
    }
}
