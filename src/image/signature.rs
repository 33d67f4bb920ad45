//! "Simple signing" signatures, containers-signature(5): a JSON payload
//! naming a manifest digest and the image's docker reference, signed with
//! GPG. They are verified with the `gpg` binary (as podman's gpgme runs
//! it) against a keyring made for the check from the policy's keys only,
//! so that no key of the user's own keyring is trusted by accident.

use crate::image::policy::SignedIdentity;
use crate::image::reference::Reference;
use serde::Deserialize;
use std::collections::BTreeSet;
use std::io::Write;
use std::process::{Command, Stdio};

const SIGNATURE_TYPE: &str = "atomic container signature";

#[derive(Deserialize)]
struct Payload {
    critical: Critical,
}

#[derive(Deserialize)]
struct Critical {
    #[serde(rename = "type")]
    kind: String,
    image: SignedImage,
    identity: SignedReference,
}

#[derive(Deserialize)]
struct SignedImage {
    #[serde(rename = "docker-manifest-digest")]
    manifest_digest: String,
}

#[derive(Deserialize)]
struct SignedReference {
    #[serde(rename = "docker-reference")]
    docker_reference: String,
}

/// A throw-away GPG home holding only the trusted keys.
struct Keyring {
    home: tempfile::TempDir,
    fingerprints: BTreeSet<String>,
}

impl Keyring {
    fn new(keys: &[Vec<u8>]) -> Result<Keyring, String> {
        let home = tempfile::Builder::new().prefix("skiff-gpg-").tempdir().map_err(|e| format!("a temporary GPG home: {e}"))?;
        let keyring = Keyring { home, fingerprints: BTreeSet::new() };
        for key in keys {
            // A key that does not import leaves the keyring without it: the
            // check below then finds no key, as gpgme's import would.
            let _ = keyring.gpg(&["--import"], key);
        }
        let listing = keyring.gpg(&["--with-colons", "--fingerprint", "--list-keys"], b"")?;
        let fingerprints = String::from_utf8_lossy(&listing.0)
            .lines()
            .filter(|l| l.starts_with("fpr:"))
            .filter_map(|l| l.split(':').nth(9).map(str::to_string))
            .collect::<BTreeSet<_>>();
        if fingerprints.is_empty() {
            return Err("No public keys imported".to_string());
        }
        Ok(Keyring { fingerprints, ..keyring })
    }

    /// Run gpg on this keyring with `input` on stdin: (stdout, stderr, success).
    fn gpg(&self, args: &[&str], input: &[u8]) -> Result<(Vec<u8>, String, bool), String> {
        let mut command = Command::new("gpg");
        command.arg("--homedir").arg(self.home.path()).args(["--batch", "--no-tty", "--no-auto-key-locate", "--status-fd", "2"]).args(args);
        let output = run_gpg(&mut command, input).map_err(|e| format!("cannot run gpg to verify the signature: {e}"))?;
        Ok((output.stdout, String::from_utf8_lossy(&output.stderr).into_owned(), output.status.success()))
    }

    /// The payload of `signature` and the fingerprint that signed it, when
    /// the signature is valid (whoever made it).
    fn open(&self, signature: &[u8]) -> Result<(Vec<u8>, String, String), String> {
        let (payload, status, _) = self.gpg(&["--decrypt"], signature)?;
        let valid = status.lines().find_map(|l| l.strip_prefix("[GNUPG:] VALIDSIG "));
        let Some(fields) = valid else {
            let reason = status.lines().filter(|l| !l.starts_with("[GNUPG:]")).collect::<Vec<_>>().join(" ");
            return Err(format!("Invalid GPG signature: {}", reason.trim()));
        };
        let fields: Vec<&str> = fields.split_whitespace().collect();
        let signer = fields.first().copied().unwrap_or_default().to_string();
        let primary = fields.last().copied().unwrap_or_default().to_string();
        Ok((payload, signer, primary))
    }
}

/// Run gpg as `command` says with `input` on its stdin (written from
/// another thread, so that a large output cannot block it).
pub(crate) fn run_gpg(command: &mut Command, input: &[u8]) -> std::io::Result<std::process::Output> {
    let mut child = command.stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn()?;
    let mut stdin = child.stdin.take().expect("piped");
    let input = input.to_vec();
    let writer = std::thread::spawn(move || stdin.write_all(&input));
    let output = child.wait_with_output();
    let _ = writer.join();
    output
}

/// Accept the image when one of `signatures` was made by one of `keys`,
/// for `manifest_digest`, and claims an identity `rule` accepts for
/// `image`; else the reason, in containers/image's words.
pub fn verify_simple_signing(
    keys: &[Vec<u8>],
    rule: &SignedIdentity,
    image: &Reference,
    manifest_digest: &str,
    signatures: &[Vec<u8>],
) -> Result<(), String> {
    if signatures.is_empty() {
        return Err("A signature was required, but no signature exists".to_string());
    }
    let keyring = Keyring::new(keys)?;
    let mut reasons = Vec::new();
    for signature in signatures {
        match verify_one(&keyring, rule, image, manifest_digest, signature) {
            Ok(()) => return Ok(()),
            Err(reason) => reasons.push(reason),
        }
    }
    Err(match &reasons[..] {
        [one] => one.clone(),
        _ => format!("None of the signatures were accepted, reasons: {}", reasons.join("; ")),
    })
}

fn verify_one(keyring: &Keyring, rule: &SignedIdentity, image: &Reference, manifest_digest: &str, signature: &[u8]) -> Result<(), String> {
    let (payload, signer, primary) = keyring.open(signature)?;
    if !keyring.fingerprints.contains(&signer) && !keyring.fingerprints.contains(&primary) {
        return Err(format!("Signature by key {signer} is not accepted"));
    }
    let payload: Payload = serde_json::from_slice(&payload).map_err(|e| format!("Invalid signature format: {e}"))?;
    if payload.critical.kind != SIGNATURE_TYPE {
        return Err(format!("Unrecognized signature type {:?}", payload.critical.kind));
    }
    if payload.critical.image.manifest_digest != manifest_digest {
        return Err(format!("Signature for digest {} does not match", payload.critical.image.manifest_digest));
    }
    let claimed = &payload.critical.identity.docker_reference;
    match Reference::parse(claimed).map(Reference::normalize_docker) {
        Ok(signed) if identity_matches(rule, image, &signed) => Ok(()),
        _ => Err(format!("Signature for identity {claimed} is not accepted")),
    }
}

/// Whether a signature claiming `signed` vouches for `image` under `rule`
/// (containers-policy.json(5), signedIdentity).
pub(crate) fn identity_matches(rule: &SignedIdentity, image: &Reference, signed: &Reference) -> bool {
    match rule {
        SignedIdentity::MatchExact => image.to_string() == signed.to_string(),
        SignedIdentity::MatchRepoDigestOrExact => repo_digest_or_exact(image, signed),
        SignedIdentity::MatchRepository => image.repository() == signed.repository(),
        SignedIdentity::ExactReference { docker_reference } => {
            Reference::parse(docker_reference).is_ok_and(|r| r.normalize_docker().to_string() == signed.to_string())
        }
        SignedIdentity::ExactRepository { docker_repository } => {
            Reference::parse(docker_repository).is_ok_and(|r| r.normalize_docker().repository() == signed.repository())
        }
        SignedIdentity::RemapIdentity { prefix, signed_prefix } => {
            let name = image.to_string();
            let remapped = name
                .strip_prefix(prefix.as_str())
                .filter(|rest| rest.is_empty() || rest.starts_with(['/', ':', '@']) || prefix.ends_with('/'))
                .and_then(|rest| Reference::parse(&format!("{signed_prefix}{rest}")).ok())
                .map(|r| r.normalize_docker());
            repo_digest_or_exact(remapped.as_ref().unwrap_or(image), signed)
        }
    }
}

/// An image pulled by digest is vouched for by a signature of its
/// repository; one pulled by tag only by a signature of that very tag.
fn repo_digest_or_exact(image: &Reference, signed: &Reference) -> bool {
    if image.digest.is_some() {
        image.repository() == signed.repository()
    } else {
        image.to_string() == signed.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(name: &str) -> Reference {
        Reference::parse(name).unwrap().normalize_docker()
    }

    #[test]
    fn identities_match_as_the_policy_says() {
        let tagged = r("reg.example/ns/app:v1");
        let by_digest = r(&format!("reg.example/ns/app@sha256:{}", "a".repeat(64)));
        assert!(identity_matches(&SignedIdentity::MatchRepoDigestOrExact, &tagged, &r("reg.example/ns/app:v1")));
        assert!(!identity_matches(&SignedIdentity::MatchRepoDigestOrExact, &tagged, &r("reg.example/ns/app:v2")));
        assert!(identity_matches(&SignedIdentity::MatchRepoDigestOrExact, &by_digest, &r("reg.example/ns/app:v2")));
        assert!(identity_matches(&SignedIdentity::MatchRepository, &tagged, &r("reg.example/ns/app:v9")));
        assert!(!identity_matches(&SignedIdentity::MatchRepository, &tagged, &r("reg.example/ns/other:v1")));
        assert!(!identity_matches(&SignedIdentity::MatchExact, &by_digest, &r("reg.example/ns/app:v1")));
        let exact = SignedIdentity::ExactReference { docker_reference: "other.example/app:prod".into() };
        assert!(identity_matches(&exact, &tagged, &r("other.example/app:prod")));
        let remap = SignedIdentity::RemapIdentity { prefix: "reg.example/ns".into(), signed_prefix: "signed.example/team".into() };
        assert!(identity_matches(&remap, &tagged, &r("signed.example/team/app:v1")));
        assert!(!identity_matches(&remap, &tagged, &r("reg.example/ns/app:v1")));
    }
}
