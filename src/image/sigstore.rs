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
}
