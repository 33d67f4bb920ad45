//! Issue 14 (trust): docker's --disable-content-trust taken as podman takes
//! it, and the signature policy (containers-policy.json(5)) checked before
//! a pulled image is stored, GPG signatures read from the lookaside
//! registries.d names and verified (cross-checked with skopeo's), sigstore
//! signatures written to and read from the registry's attachments
//! (cross-checked with Python's `cryptography`, and skopeo copying them:
//! Debian's skopeo 1.9.3 and podman 4.3.1 are built with sigstore disabled).

use crate::common;
use common::registry::*;
use common::*;

/// Push busybox to `registry` as each of `names` (REPO:TAG).
fn push_busybox(registry: &Registry, names: &[&str]) {
    let source = Store::new();
    source.import_busybox("bb");
    for name in names {
        source.skiff(&["push", "-q", "--tls-verify=false", "bb", &format!("docker://{}/{name}", registry.host)]).ok();
    }
}

fn write_policy(store: &Store, policy: &str) -> std::path::PathBuf {
    store.write_file(".config/containers/policy.json", policy)
}

/// The refusal is the last line, the only error, and nothing was stored.
#[track_caller]
fn assert_rejected(store: &Store, out: &Output, reason: &str) {
    out.code(125);
    let last = out.stderr.trim().lines().last().unwrap_or("");
    out.check(last.contains(reason), &format!("the last line says {reason:?}"));
    out.check(out.stderr.matches("Error").count() == 1, "one error line");
    store.skiff(&["images", "-q"]).ok().stdout_is("");
}

#[test]
fn disable_content_trust_is_accepted_and_changes_nothing() {
    let store = Store::new();
    store.import_busybox("bb");
    let home = store.home.display().to_string();
    store.skiff(&["push", "-q", "--disable-content-trust", "bb", &format!("dir:{home}/bbdir")]).ok();
    store.skiff(&["rmi", "bb"]).ok();
    store.skiff(&["pull", "-q", "--disable-content-trust=false", &format!("dir:{home}/bbdir")]).ok();
    store.skiff(&["create", "--disable-content-trust=true", "--name", "c", &format!("dir:{home}/bbdir"), "true"]).ok();
    store.skiff(&["run", "--rm", "--disable-content-trust", &format!("dir:{home}/bbdir"), "echo", "ran"]).ok().stdout_is("ran");
    store.skiff(&["pull", "--disable-content-trust=maybe", &format!("dir:{home}/bbdir")]).code(125);
}

#[test]
fn a_reject_policy_refuses_registry_and_directory_pulls_storing_nothing() {
    let registry = Registry::start();
    push_busybox(&registry, &["bb:v1"]);
    let store = Store::new();
    let source = Store::new();
    source.import_busybox("bb");
    let dir = format!("{}/bbdir", source.home.display());
    source.skiff(&["push", "-q", "bb", &format!("dir:{dir}")]).ok();
    std::process::Command::new("chmod").args(["-R", "a+rX"]).arg(&source.home).status().unwrap();

    write_policy(&store, r#"{"default":[{"type":"reject"}]}"#);
    let image = format!("{}/bb:v1", registry.host);
    let pull = store.skiff(&["pull", "--tls-verify=false", &image]);
    assert_rejected(&store, &pull, &format!("Source image rejected: Running image docker://{image} is rejected by policy."));
    let pull = store.skiff(&["pull", &format!("dir:{dir}")]);
    assert_rejected(&store, &pull, &format!("Source image rejected: Running image dir:{dir} is rejected by policy."));
    // run and create pull through the same check.
    let run = store.skiff(&["run", "--rm", "--tls-verify=false", &image, "true"]);
    assert_rejected(&store, &run, "is rejected by policy.");
    store.skiff(&["ps", "-aq"]).ok().stdout_is("");
}

#[test]
fn the_most_specific_scope_of_the_policy_wins() {
    let registry = Registry::start();
    push_busybox(&registry, &["ns/good:v1", "ns/bad:v1", "ns/bad:v2", "other:v1"]);
    let host = &registry.host;
    let store = Store::new();
    write_policy(
        &store,
        &format!(
            r#"{{"default":[{{"type":"reject"}}],
                "transports":{{"docker":{{
                    "{host}/ns":[{{"type":"insecureAcceptAnything"}}],
                    "{host}/ns/bad":[{{"type":"reject"}}],
                    "{host}/ns/bad:v2":[{{"type":"insecureAcceptAnything"}}]}}}}}}"#
        ),
    );
    store.skiff(&["pull", "-q", "--tls-verify=false", &format!("{host}/ns/good:v1")]).ok();
    store.skiff(&["pull", "-q", "--tls-verify=false", &format!("{host}/ns/bad:v2")]).ok();
    let before = store.skiff(&["images", "-q"]).ok().stdout.clone();
    for refused in ["ns/bad:v1", "other:v1"] {
        let pull = store.skiff(&["pull", "--tls-verify=false", &format!("{host}/{refused}")]);
        pull.code(125).stderr_has(&format!("Running image docker://{host}/{refused} is rejected by policy."));
    }
    store.skiff(&["images", "-q"]).ok().stdout_is(&before);
}

/// A GPG key without a passphrase in its own GNUPGHOME under the store's
/// HOME: its fingerprint and its armored public key file.
fn make_key(store: &Store, name: &str) -> (String, std::path::PathBuf) {
    let out = store.bash(&format!(
        "export GNUPGHOME=$HOME/gnupg-{name}; mkdir -p -m 700 $GNUPGHOME && \
         gpg --batch --quiet --passphrase '' --quick-gen-key '{name} <{name}@example.test>' default default never 2>/dev/null && \
         gpg --batch --armor --export > $HOME/{name}.gpg && \
         gpg --batch --with-colons --list-keys | awk -F: '/^fpr/ {{print $10; exit}}'"
    ));
    out.ok();
    (out.stdout.trim().to_string(), store.home.join(format!("{name}.gpg")))
}

/// Stops the gpg-agents the keys' GNUPGHOMEs started, however the test ends.
struct Agents<'a>(&'a Store, &'a [&'a str]);

impl Drop for Agents<'_> {
    fn drop(&mut self) {
        for name in self.1 {
            self.0.bash(&format!("GNUPGHOME=$HOME/gnupg-{name} gpgconf --kill gpg-agent"));
        }
    }
}

#[test]
fn signed_by_accepts_what_skopeo_signed_and_refuses_the_rest() {
    let registry = Registry::start();
    push_busybox(&registry, &["bb:v1"]);
    let host = &registry.host;
    let store = Store::new();
    let home = store.home.display().to_string();
    let (signer, signer_key) = make_key(&store, "signer");
    let (_, stranger_key) = make_key(&store, "stranger");
    let _agents = Agents(&store, &["signer", "stranger"]);
    store.write_file(".config/containers/registries.d/default.yaml", &format!("default-docker:\n  lookaside: file://{home}/sigs\n"));
    // skopeo (containers/image, as podman) signs into the lookaside.
    store
        .bash(&format!(
            "GNUPGHOME=$HOME/gnupg-signer skopeo copy -q --src-tls-verify=false --dest-tls-verify=false --sign-by {signer} \
             docker://{host}/bb:v1 docker://{host}/signed:v1"
        ))
        .ok();
    let signed_by = |key: &std::path::Path, identity: &str| {
        format!(r#"{{"default":[{{"type":"signedBy","keyType":"GPGKeys","keyPath":"{}"{identity}}}]}}"#, key.display())
    };

    write_policy(&store, &signed_by(&signer_key, ""));
    let pull = store.skiff(&["pull", "--tls-verify=false", &format!("{host}/bb:v1")]);
    assert_rejected(&store, &pull, "Source image rejected: A signature was required, but no signature exists");
    write_policy(&store, &signed_by(&stranger_key, ""));
    let pull = store.skiff(&["pull", "--tls-verify=false", &format!("{host}/signed:v1")]);
    // Only the policy's keys are in the keyring: another's signature cannot
    // be checked, as with containers/image's temporary keyring.
    assert_rejected(&store, &pull, "Source image rejected: Invalid GPG signature");
    pull.stderr_has(&signer).stderr_has("No public key");
    // The signature names signed:v1; another name of the same manifest is not it.
    write_policy(&store, &signed_by(&signer_key, ""));
    let digest = registry.manifest_digest("signed", "v1");
    let hex = digest.trim_start_matches("sha256:");
    store.bash(&format!("mkdir -p $HOME/sigs/other@sha256={hex} && cp $HOME/sigs/signed@sha256={hex}/signature-1 $HOME/sigs/other@sha256={hex}/")).ok();
    store.bash(&format!("skopeo copy -q --src-tls-verify=false --dest-tls-verify=false docker://{host}/signed:v1 docker://{host}/other:v1")).ok();
    let pull = store.skiff(&["pull", "--tls-verify=false", &format!("{host}/other:v1")]);
    assert_rejected(&store, &pull, &format!("Source image rejected: Signature for identity {host}/signed:v1 is not accepted"));

    store.skiff(&["pull", "-q", "--tls-verify=false", &format!("{host}/signed:v1")]).ok();
    store.skiff(&["run", "--rm", &format!("{host}/signed:v1"), "echo", "verified"]).ok().stdout_is("verified");
    // remapIdentity reads other's name as signed's, whose signature then fits.
    write_policy(&store, &signed_by(&signer_key, r#","signedIdentity":{"type":"remapIdentity","prefix":"HOST/other","signedPrefix":"HOST/signed"}"#.replace("HOST", host).as_str()));
    store.skiff(&["pull", "-q", "--tls-verify=false", &format!("{host}/other:v1")]).ok();
}

/// Writes a sigstore key pair as cosign makes it: the public key PEM and
/// the private key PKCS#8 DER encrypted with the passphrase (scrypt, then
/// nacl/secretbox) in an `ENCRYPTED COSIGN PRIVATE KEY` PEM. skopeo 1.9.3
/// and podman 4.3.1 make no keys, so Python's `cryptography` and `pynacl`
/// (in a venv from PyPI) make them here.
const MAKE_SIGSTORE_KEY: &str = r#"
import base64, hashlib, json, os, sys, textwrap
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
import nacl.secret
prefix, passphrase = sys.argv[1], sys.argv[2].encode()
key = ec.generate_private_key(ec.SECP256R1())
der = key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
salt, nonce = os.urandom(32), os.urandom(24)
secret = hashlib.scrypt(passphrase, salt=salt, n=32768, r=8, p=1, maxmem=64 << 20, dklen=32)
sealed = nacl.secret.SecretBox(secret).encrypt(der, nonce).ciphertext
b64 = lambda b: base64.b64encode(b).decode()
document = {"kdf": {"name": "scrypt", "params": {"N": 32768, "r": 8, "p": 1}, "salt": b64(salt)},
            "cipher": {"name": "nacl/secretbox", "nonce": b64(nonce)}, "ciphertext": b64(sealed)}
body = "\n".join(textwrap.wrap(b64(json.dumps(document).encode()), 64))
open(prefix + ".key", "w").write(f"-----BEGIN ENCRYPTED COSIGN PRIVATE KEY-----\n{body}\n-----END ENCRYPTED COSIGN PRIVATE KEY-----\n")
public = key.public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
open(prefix + ".pub", "wb").write(public)
"#;

/// The venv's python, with `cryptography` and `pynacl`.
fn sigstore_python() -> std::path::PathBuf {
    common::service::python_venv("python-sigstore-keys", &["cryptography", "pynacl"], "cryptography, nacl")
}

/// A sigstore key pair in the store's HOME: (private key, public key,
/// passphrase file), all readable by the store's user.
fn make_sigstore_key(store: &Store, name: &str) -> (std::path::PathBuf, std::path::PathBuf, std::path::PathBuf) {
    let scratch = tempfile::tempdir().unwrap();
    let prefix = scratch.path().join(name);
    let made = std::process::Command::new(sigstore_python()).args(["-c", MAKE_SIGSTORE_KEY]).arg(&prefix).arg(format!("{name} passphrase")).output().unwrap();
    assert!(made.status.success(), "making a sigstore key: {}", String::from_utf8_lossy(&made.stderr));
    let read = |ext: &str| std::fs::read_to_string(prefix.with_extension(ext)).unwrap();
    let private = store.write_file(&format!("{name}.key"), &read("key"));
    let public = store.write_file(&format!("{name}.pub"), &read("pub"));
    let passphrase = store.write_file(&format!("{name}.pass"), &format!("{name} passphrase\n"));
    (private, public, passphrase)
}

/// Verifies a sigstore signature as containers/image does, independently of
/// skiff: the ECDSA signature (base64, ASN.1) over the payload blob with the
/// public key, then prints the payload's identity and manifest digest.
const VERIFY_SIGSTORE_SIGNATURE: &str = r#"
import base64, json, sys
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
public, blob, signature = sys.argv[1:4]
key = serialization.load_pem_public_key(open(public, "rb").read())
payload = open(blob, "rb").read()
key.verify(base64.b64decode(signature), payload, ec.ECDSA(hashes.SHA256()))
critical = json.loads(payload)["critical"]
assert critical["type"] == "cosign container image signature", critical
print(critical["identity"]["docker-reference"], critical["image"]["docker-manifest-digest"])
"#;

fn sigstore_policy(public_key: &std::path::Path) -> String {
    format!(r#"{{"default":[{{"type":"sigstoreSigned","keyPath":"{}"}}]}}"#, public_key.display())
}

const USE_ATTACHMENTS: &str = "default-docker:\n  use-sigstore-attachments: true\n";

/// `push --sign-by-sigstore-private-key KEY --sign-passphrase-file FILE`.
fn signed_push(store: &Store, key: &std::path::Path, passphrase: &std::path::Path, image: &str, destination: &str) -> Output {
    let (key, passphrase) = (key.display().to_string(), passphrase.display().to_string());
    store.skiff(&["push", "-q", "--tls-verify=false", "--sign-by-sigstore-private-key", &key, "--sign-passphrase-file", &passphrase, image, destination])
}

#[test]
fn sigstore_signed_accepts_what_skiff_signed_and_refuses_the_rest() {
    let registry = Registry::start();
    push_busybox(&registry, &["bb:v1"]);
    let host = &registry.host;
    let signer = Store::new();
    signer.import_busybox("bb");
    let (signer_key, signer_pub, signer_pass) = make_sigstore_key(&signer, "signer");
    let (_, stranger_pub, _) = make_sigstore_key(&signer, "stranger");
    signer.write_file(".config/containers/registries.d/default.yaml", USE_ATTACHMENTS);
    signed_push(&signer, &signer_key, &signer_pass, "bb", &format!("docker://{host}/signed:v1")).ok();

    // The attachment is as containers/image writes it, and its signature
    // verifies with the public key outside skiff.
    let digest = registry.manifest_digest("signed", "v1");
    let attachment = registry.manifest("signed", &format!("{}.sig", digest.replace(':', "-")));
    let layer = &attachment["layers"][0];
    assert_eq!(layer["mediaType"], "application/vnd.dev.cosign.simplesigning.v1+json");
    let signature = layer["annotations"]["dev.cosignproject.cosign/signature"].as_str().unwrap();
    let blob = registry.blob_file(layer["digest"].as_str().unwrap());
    let checked = std::process::Command::new(sigstore_python()).args(["-c", VERIFY_SIGSTORE_SIGNATURE]).arg(&signer_pub).arg(&blob).arg(signature).output().unwrap();
    assert!(checked.status.success(), "verifying the signature: {}", String::from_utf8_lossy(&checked.stderr));
    assert_eq!(String::from_utf8_lossy(&checked.stdout).trim(), format!("{host}/signed:v1 {digest}"));
    // skopeo (containers/image) reads the attachment and copies it with the image.
    signer.bash(&format!("skopeo copy -q --src-tls-verify=false --dest-tls-verify=false docker://{host}/signed:v1 docker://{host}/other:v1")).ok();
    assert_eq!(registry.manifest("other", &format!("{}.sig", digest.replace(':', "-")))["layers"][0]["digest"], layer["digest"]);

    let store = Store::new();
    let read = |path: &std::path::Path| std::fs::read_to_string(path).unwrap();
    let signer_pub = store.write_file("signer.pub", &read(&signer_pub));
    let stranger_pub = store.write_file("stranger.pub", &read(&stranger_pub));
    store.write_file(".config/containers/registries.d/default.yaml", USE_ATTACHMENTS);
    write_policy(&store, &sigstore_policy(&signer_pub));
    let pull = store.skiff(&["pull", "--tls-verify=false", &format!("{host}/bb:v1")]);
    assert_rejected(&store, &pull, "Source image rejected: A signature was required, but no signature exists");
    write_policy(&store, &sigstore_policy(&stranger_pub));
    let pull = store.skiff(&["pull", "--tls-verify=false", &format!("{host}/signed:v1")]);
    assert_rejected(&store, &pull, "Source image rejected: cryptographic signature verification failed");
    // The signature copied with other:v1 names signed:v1.
    write_policy(&store, &sigstore_policy(&signer_pub));
    let pull = store.skiff(&["pull", "--tls-verify=false", &format!("{host}/other:v1")]);
    assert_rejected(&store, &pull, &format!("Source image rejected: Signature for identity {host}/signed:v1 is not accepted"));
    // Without use-sigstore-attachments the registry's attachments are not read.
    store.write_file(".config/containers/registries.d/default.yaml", "default-docker:\n  use-sigstore-attachments: false\n");
    let pull = store.skiff(&["pull", "--tls-verify=false", &format!("{host}/signed:v1")]);
    assert_rejected(&store, &pull, "Source image rejected: A signature was required, but no signature exists");

    store.write_file(".config/containers/registries.d/default.yaml", USE_ATTACHMENTS);
    store.skiff(&["pull", "-q", "--tls-verify=false", &format!("{host}/signed:v1")]).ok();
    store.skiff(&["run", "--rm", &format!("{host}/signed:v1"), "echo", "verified"]).ok().stdout_is("verified");
    // keyData is the key's PEM in base64; exactRepository accepts other:v1
    // on a signature of the signed repository.
    use base64::Engine;
    let key_data = base64::engine::general_purpose::STANDARD.encode(read(&signer_pub));
    write_policy(
        &store,
        &format!(r#"{{"default":[{{"type":"sigstoreSigned","keyData":"{key_data}","signedIdentity":{{"type":"exactRepository","dockerRepository":"{host}/signed"}}}}]}}"#),
    );
    store.skiff(&["pull", "-q", "--tls-verify=false", &format!("{host}/other:v1")]).ok();

    // The pulled attachment is kept and a push carries it, as containers/image copies it.
    store.skiff(&["push", "-q", "--tls-verify=false", &format!("{host}/signed:v1"), &format!("{host}/carried:v1")]).ok();
    assert_eq!(registry.manifest("carried", &format!("{}.sig", digest.replace(':', "-")))["layers"][0]["digest"], layer["digest"]);
    // Where registries.d does not enable attachments, it has nowhere to go.
    store.write_file(".config/containers/registries.d/default.yaml", "default-docker:\n  use-sigstore-attachments: false\n");
    let push = store.skiff(&["push", "--tls-verify=false", &format!("{host}/signed:v1"), &format!("{host}/nowhere:v1")]);
    push.code(125).stderr_has("writing sigstore attachments is disabled by configuration");
    store.skiff(&["push", "-q", "--tls-verify=false", "--remove-signatures", &format!("{host}/signed:v1"), &format!("{host}/nowhere:v1")]).ok();
}

#[test]
fn signing_pushes_refuse_before_pushing_and_sign_lists_and_their_images() {
    let registry = Registry::start();
    let host = &registry.host;
    let signer = Store::new();
    signer.import_busybox("bb");
    let (key, public, passphrase) = make_sigstore_key(&signer, "signer");
    let (other_key, _, other_passphrase) = make_sigstore_key(&signer, "other");
    let nothing_pushed = |repository: &str| {
        let tags = ureq::get(&format!("http://{host}/v2/{repository}/tags/list")).call();
        assert!(matches!(tags, Err(ureq::Error::Status(404, _))), "{repository} was pushed");
    };
    // No registries.d saying use-sigstore-attachments: nowhere to sign to.
    let push = signed_push(&signer, &key, &passphrase, "bb", &format!("docker://{host}/refused:v1"));
    push.code(125).stderr_has("writing sigstore attachments is disabled by configuration");
    signer.write_file(".config/containers/registries.d/default.yaml", USE_ATTACHMENTS);
    let push = signed_push(&signer, &key, &other_passphrase, "bb", &format!("docker://{host}/refused:v1"));
    push.code(125).stderr_has("decrypt: encrypted: decryption failed");
    // Without a passphrase file and no terminal to ask on.
    let key_path = key.display().to_string();
    let push = signer.skiff(&["push", "--tls-verify=false", "--sign-by-sigstore-private-key", &key_path, "bb", &format!("docker://{host}/refused:v1")]);
    push.code(125).stderr_has("--sign-passphrase-file");
    nothing_pushed("refused");

    // A second signature is added to the attachment, not put in its place.
    signed_push(&signer, &other_key, &other_passphrase, "bb", &format!("docker://{host}/app:v1")).ok();
    signed_push(&signer, &key, &passphrase, "bb", &format!("docker://{host}/app:v1")).ok();
    let digest = registry.manifest_digest("app", "v1");
    assert_eq!(registry.manifest("app", &format!("{}.sig", digest.replace(':', "-")))["layers"].as_array().unwrap().len(), 2);

    signer.skiff(&["manifest", "create", "list"]).ok();
    signer.skiff(&["manifest", "add", "list", "bb"]).ok();
    let (key_path, passphrase_path) = (key.display().to_string(), passphrase.display().to_string());
    let list = format!("docker://{host}/list:v1");
    signer.skiff(&["manifest", "push", "-q", "--tls-verify=false", "--sign-by-sigstore-private-key", &key_path, "--sign-passphrase-file", &passphrase_path, "list", &list]).ok();

    let store = Store::new();
    let public = store.write_file("signer.pub", &std::fs::read_to_string(&public).unwrap());
    store.write_file(".config/containers/registries.d/default.yaml", USE_ATTACHMENTS);
    write_policy(&store, &sigstore_policy(&public));
    store.skiff(&["pull", "-q", "--tls-verify=false", &format!("{host}/app:v1")]).ok();
    store.skiff(&["pull", "-q", "--tls-verify=false", &format!("{host}/list:v1")]).ok();
    // The list's image is signed too: pulled by its digest, it verifies alone.
    let index = ureq::get(&format!("http://{host}/v2/list/manifests/v1"))
        .set("Accept", "application/vnd.oci.image.index.v1+json, application/vnd.docker.distribution.manifest.list.v2+json")
        .call()
        .unwrap()
        .into_string()
        .unwrap();
    let index: serde_json::Value = serde_json::from_str(&index).unwrap();
    let instance = index["manifests"][0]["digest"].as_str().unwrap().to_string();
    store.skiff(&["rmi", "-a"]).ok();
    store.skiff(&["pull", "-q", "--tls-verify=false", &format!("{host}/list@{instance}")]).ok();
}

#[test]
fn an_invalid_policy_names_its_file() {
    let registry = Registry::start();
    push_busybox(&registry, &["bb:v1"]);
    let store = Store::new();
    let image = format!("{}/bb:v1", registry.host);
    for bad in ["{bad", r#"{"default":[]}"#, r#"{"default":[{"type":"reject"}],"unknown":1}"#, r#"{"default":[{"type":"signedBy","keyType":"GPGKeys"}]}"#] {
        let file = write_policy(&store, bad);
        let pull = store.skiff(&["pull", "--tls-verify=false", &image]);
        pull.code(125).stderr_has(&format!("invalid policy in \"{}\"", file.display()));
        store.skiff(&["images", "-q"]).ok().stdout_is("");
    }
}

/// A passphrase-protected GPG key in its own GNUPGHOME: its fingerprint
/// and public key file, as [`make_key`]. Its agent is stopped after, so
/// that no cached passphrase signs for a later command.
fn make_protected_key(store: &Store, name: &str, passphrase: &str) -> (String, std::path::PathBuf) {
    let out = store.bash(&format!(
        "export GNUPGHOME=$HOME/gnupg-{name}; mkdir -p -m 700 $GNUPGHOME && \
         gpg --batch --quiet --pinentry-mode loopback --passphrase '{passphrase}' --quick-gen-key '{name} <{name}@example.test>' default default never 2>/dev/null && \
         gpgconf --kill gpg-agent && gpg --batch --armor --export > $HOME/{name}.gpg && \
         gpg --batch --with-colons --list-keys | awk -F: '/^fpr/ {{print $10; exit}}'"
    ));
    out.ok();
    (out.stdout.trim().to_string(), store.home.join(format!("{name}.gpg")))
}

fn signed_by_policy(key: &std::path::Path) -> String {
    format!(r#"{{"default":[{{"type":"signedBy","keyType":"GPGKeys","keyPath":"{}"}}]}}"#, key.display())
}

/// Whether the registry has REPO:TAG.
fn has_tag(registry: &Registry, repository: &str, tag: &str) -> bool {
    let accept = "application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.v2+json";
    ureq::head(&format!("http://{}/v2/{repository}/manifests/{tag}", registry.host)).set("Accept", accept).call().is_ok()
}

/// A store with busybox as bb, a key "signer" (its fingerprint and public
/// key file) and a registries.d whose lookaside is HOME/sigs.
fn signing_store() -> (Store, String, std::path::PathBuf) {
    let store = Store::new();
    let (signer, signer_key) = make_key(&store, "signer");
    store.import_busybox("bb");
    let lookaside = format!("default-docker:\n  lookaside: file://{}/sigs\n", store.home.display());
    store.write_file(".config/containers/registries.d/default.yaml", &lookaside);
    (store, signer, signer_key)
}

#[test]
fn push_sign_by_signs_what_skiff_skopeo_and_podman_accept() {
    let registry = Registry::start();
    let host = &registry.host;
    let (store, signer, signer_key) = signing_store();
    let _agents = Agents(&store, &["signer"]);
    let image = format!("{host}/signed:v1");
    let push = store.bash(&format!("GNUPGHOME=$HOME/gnupg-signer skiff push --tls-verify=false --sign-by {signer} bb {image}"));
    push.ok().stderr_has("Signing manifest using simple signing").stderr_has("Storing signatures");
    let digest = registry.manifest_digest("signed", "v1");
    let signature = store.home.join(format!("sigs/signed@sha256={}/signature-1", digest.trim_start_matches("sha256:")));
    assert!(signature.is_file(), "the signature is in the lookaside, in containers/image's layout");

    // skiff pulls it under a policy requiring the key.
    write_policy(&store, &signed_by_policy(&signer_key));
    store.skiff(&["rmi", "bb"]).ok();
    store.skiff(&["pull", "-q", "--tls-verify=false", &image]).ok();
    // skopeo (containers/image) accepts the signature for the manifest as pushed.
    store
        .bash(&format!(
            "export GNUPGHOME=$HOME/gnupg-signer; skopeo inspect --raw --tls-verify=false docker://{image} > $HOME/manifest.json && \
             skopeo standalone-verify $HOME/manifest.json {image} {signer} {}",
            signature.display()
        ))
        .ok()
        .stdout_has(&format!("Signature verified, digest {digest}"));
    // podman, under the same policy and registries.d (its HOME), pulls it.
    assert_podman_pulls(&store, host, &image);
}

/// podman pulls `image` from the registry at `host` under the store's
/// policy and registries.d (its HOME).
#[track_caller]
fn assert_podman_pulls(store: &Store, host: &str, image: &str) {
    require_podman();
    let pod = store.dir.join("podman");
    // Its registries.conf named, not inherited: a CI run's podman once
    // read CONTAINERS_REGISTRIES_CONF naming a file already gone.
    let registries = store.write_file("podman-registries.conf", &format!("[[registry]]\nlocation = \"{host}\"\ninsecure = true\n"));
    let mut podman = std::process::Command::new("podman");
    podman.env("CONTAINERS_REGISTRIES_CONF", &registries).env_remove("REGISTRIES_CONFIG_PATH");
    podman.env("HOME", &store.home).arg("--root").arg(pod.join("root")).arg("--runroot").arg(pod.join("run"));
    podman.args(["--storage-driver", "vfs", "--events-backend", "none", "--cgroup-manager", "cgroupfs"]);
    let policy = store.home.join(".config/containers/policy.json").display().to_string();
    podman.args(["pull", "-q", "--tls-verify=false", "--signature-policy", &policy, image]);
    let out = podman.output().unwrap();
    assert!(out.status.success(), "podman pull under signedBy: {}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn sign_passphrase_file_unlocks_a_protected_key() {
    let registry = Registry::start();
    let host = &registry.host;
    let store = Store::new();
    let home = store.home.display().to_string();
    let (signer, signer_key) = make_protected_key(&store, "locked", "right horse");
    let _agents = Agents(&store, &["locked"]);
    store.import_busybox("bb");
    store.write_file(".config/containers/registries.d/default.yaml", &format!("default-docker:\n  lookaside-staging: file://{home}/staging\n  lookaside: file://{home}/sigs\n"));
    store.write_file("wrong", "battery staple\n");
    store.write_file("right", "right horse\nsecond line is not read\n");
    let push = |repository: &str, passphrase: &str| {
        store.bash(&format!(
            "GNUPGHOME=$HOME/gnupg-locked skiff push -q --tls-verify=false --sign-by {signer} --sign-passphrase-file $HOME/{passphrase} bb {host}/{repository}:v1"
        ))
    };
    // A key that cannot sign leaves no manifest behind.
    push("wrong", "wrong").code(125).stderr_has("creating signature: ").stderr_has("Bad passphrase");
    assert!(!has_tag(&registry, "wrong", "v1"), "nothing is tagged when signing fails");
    let missing = store.skiff(&["push", "--tls-verify=false", "--sign-by", &signer, "--sign-passphrase-file", "/nonexistent", "bb", &format!("{host}/x:v1")]);
    missing.code(125).stderr_has("/nonexistent");

    push("right", "right").ok();
    // Written to the staging location; a pull reads the lookaside, here
    // filled from staging as a publishing step would.
    let digest = registry.manifest_digest("right", "v1");
    let hex = digest.trim_start_matches("sha256:");
    assert!(store.home.join(format!("staging/right@sha256={hex}/signature-1")).is_file());
    assert!(!store.home.join("sigs").exists(), "the lookaside itself is not written");
    write_policy(&store, &signed_by_policy(&signer_key));
    let pull = store.skiff(&["pull", "--tls-verify=false", &format!("{host}/right:v1")]);
    pull.code(125).stderr_has("A signature was required, but no signature exists");
    store.bash("cp -r $HOME/staging $HOME/sigs").ok();
    store.skiff(&["pull", "-q", "--tls-verify=false", &format!("{host}/right:v1")]).ok();
}

#[test]
fn signing_needs_a_key_a_registry_and_a_writable_lookaside() {
    let registry = Registry::start();
    let host = &registry.host;
    let store = Store::new();
    let home = store.home.display().to_string();
    let (signer, _) = make_key(&store, "signer");
    let _agents = Agents(&store, &["signer"]);
    store.import_busybox("bb");
    let push = |args: &str| store.bash(&format!("GNUPGHOME=$HOME/gnupg-signer skiff push -q --tls-verify=false {args}"));
    push(&format!("--sign-by nobody@example.test bb {host}/nokey:v1")).code(125).stderr_has("creating signature: ").stderr_has("No secret key");
    assert!(!has_tag(&registry, "nokey", "v1"));
    push(&format!("--sign-by {signer} bb dir:{home}/bbdir"))
        .code(125)
        .stderr_has(&format!("Cannot determine canonical Docker reference for destination dir:{home}/bbdir"));
    assert!(!store.home.join("bbdir").exists());
    store.write_file(".config/containers/registries.d/default.yaml", "default-docker:\n  lookaside: http://127.0.0.1:1/sigs\n");
    push(&format!("--sign-by {signer} bb {host}/web:v1"))
        .code(125)
        .stderr_has("Writing directly to a http lookaside http://127.0.0.1:1/sigs is not supported. Configure a lookaside-staging: location");
    assert!(!has_tag(&registry, "web", "v1"));
    // Without registries.d, containers/image's built-in lookaside.
    store.bash("rm -r $HOME/.config/containers/registries.d").ok();
    push(&format!("--sign-by {signer} bb {host}/builtin:v1")).ok();
    let hex = registry.manifest_digest("builtin", "v1").trim_start_matches("sha256:").to_string();
    assert!(store.home.join(format!(".local/share/containers/sigstore/builtin@sha256={hex}/signature-1")).is_file());
}

#[test]
fn manifest_push_sign_by_signs_the_list_and_with_all_each_image() {
    let registry = Registry::start();
    let host = &registry.host;
    let (store, signer, signer_key) = signing_store();
    let _agents = Agents(&store, &["signer"]);
    store.skiff(&["manifest", "create", "multi"]).ok();
    store.skiff(&["manifest", "add", "multi", "bb"]).ok();
    store.bash(&format!("GNUPGHOME=$HOME/gnupg-signer skiff manifest push -q --all --tls-verify=false --digestfile $HOME/list.digest --sign-by {signer} multi {host}/multi:v1")).ok();
    let list = std::fs::read_to_string(store.home.join("list.digest")).unwrap();
    let listed = store.bash(&format!("skopeo inspect --raw --tls-verify=false docker://{host}/multi:v1")).ok().stdout.clone();
    let listed: serde_json::Value = serde_json::from_str(&listed).unwrap();
    let instance = listed["manifests"][0]["digest"].as_str().unwrap().to_string();
    for digest in [&list, &instance] {
        let file = store.home.join(format!("sigs/multi@sha256={}/signature-1", digest.trim_start_matches("sha256:")));
        assert!(file.is_file(), "{digest} is signed");
    }
    write_policy(&store, &signed_by_policy(&signer_key));
    store.skiff(&["rmi", "-a", "-f"]).ok();
    store.skiff(&["pull", "-q", "--tls-verify=false", &format!("{host}/multi:v1")]).ok();
}

#[test]
fn image_sign_writes_podmans_layout_and_with_all_signs_each_image() {
    let registry = Registry::start();
    let host = &registry.host;
    push_busybox(&registry, &["ns/app:v1"]);
    let store = Store::new();
    let home = store.home.display().to_string();
    let (signer, signer_key) = make_key(&store, "signer");
    let _agents = Agents(&store, &["signer"]);
    // podman's image sign has no --tls-verify: registries.conf says so.
    store.write_file(".config/containers/registries.conf", &format!("[[registry]]\nlocation = \"{host}\"\ninsecure = true\n"));
    let image = format!("docker://{host}/ns/app:v1");
    let sign = |args: &str| store.bash(&format!("GNUPGHOME=$HOME/gnupg-signer skiff image sign {args}"));
    sign(&image).code(125).stderr_has("please provide an identity");
    sign(&format!("--sign-by {signer} -d $HOME/nodir {image}")).code(125).stderr_has(&format!("stat {home}/nodir: no such file or directory"));
    sign(&format!("--sign-by {signer} localhost/bb:v1")).code(125).stderr_has("Invalid image name \"localhost/bb:v1\", unknown transport \"localhost/bb\"");
    sign(&format!("--sign-by {signer} -a {image}")).code(125).stderr_has("is not a multi-architecture image");

    store.bash("mkdir $HOME/sigdir").ok();
    sign(&format!("--sign-by {signer} -d {home}/sigdir {image}")).ok();
    sign(&format!("--sign-by {signer} --directory={home}/sigdir {image}")).ok();
    let hex = registry.manifest_digest("ns/app", "v1").trim_start_matches("sha256:").to_string();
    store
        .bash("cd $HOME/sigdir && find . -type f | sort")
        .ok()
        .stdout_is(&format!("./ns/app@sha256={hex}/signature-1\n./ns/app@sha256={hex}/signature-2"));
    store
        .bash(&format!(
            "export GNUPGHOME=$HOME/gnupg-signer; skopeo inspect --raw --tls-verify=false {image} > $HOME/m.json && \
             skopeo standalone-verify $HOME/m.json {host}/ns/app:v1 {signer} $HOME/sigdir/ns/app@sha256={hex}/signature-2"
        ))
        .ok();
    // podman writes the same files for the same image.
    require_podman();
    let pod = store.dir.join("podman");
    let podman_dir = store.home.join("podman-sigdir");
    std::fs::create_dir_all(&podman_dir).unwrap();
    let out = std::process::Command::new("podman")
        .env("GNUPGHOME", store.home.join("gnupg-signer"))
        .env("CONTAINERS_REGISTRIES_CONF", store.home.join(".config/containers/registries.conf"))
        .arg("--root")
        .arg(pod.join("root"))
        .arg("--runroot")
        .arg(pod.join("run"))
        .args(["--storage-driver", "vfs", "--events-backend", "none", "--cgroup-manager", "cgroupfs", "image", "sign", "--sign-by", &signer, "-d"])
        .arg(&podman_dir)
        .arg(&image)
        .output()
        .unwrap();
    assert!(out.status.success(), "podman image sign: {}", String::from_utf8_lossy(&out.stderr));
    std::process::Command::new("chmod").arg("-R").arg("a+rX").arg(&podman_dir).status().unwrap();
    store.bash("cd $HOME/podman-sigdir && find . -type f | sort").ok().stdout_is(&format!("./ns/app@sha256={hex}/signature-1"));


    // Without -d: the lookaside, where a pull under signedBy finds it.
    store.write_file(".config/containers/registries.d/default.yaml", &format!("default-docker:\n  lookaside: file://{home}/sigs\n"));
    sign(&format!("--sign-by {signer} {image}")).ok();
    write_policy(&store, &signed_by_policy(&signer_key));
    store.skiff(&["pull", "-q", &format!("{host}/ns/app:v1")]).ok();

    // -a: each image of a list, not the list.
    store.skiff(&["manifest", "create", "multi"]).ok();
    store.skiff(&["manifest", "add", "multi", &format!("{host}/ns/app:v1")]).ok();
    store.skiff(&["manifest", "push", "-q", "--digestfile", &format!("{home}/list.digest"), "multi", &format!("{host}/multi:v1")]).ok();
    let list = std::fs::read_to_string(store.home.join("list.digest")).unwrap();
    sign(&format!("--sign-by {signer} -a -d {home}/sigdir docker://{host}/multi:v1")).ok();
    let listed = store.bash(&format!("skopeo inspect --raw --tls-verify=false docker://{host}/multi:v1")).ok().stdout.clone();
    let listed: serde_json::Value = serde_json::from_str(&listed).unwrap();
    let instance = listed["manifests"][0]["digest"].as_str().unwrap().trim_start_matches("sha256:").to_string();
    store
        .bash("cd $HOME/sigdir && find . -path './multi@*' -type f | sort")
        .ok()
        .stdout_is(&format!("./multi@sha256={instance}/signature-1"));
    assert!(!store.home.join(format!("sigdir/multi@sha256={}", list.trim_start_matches("sha256:"))).exists());
}

/// podman 4.3.1 is the yardstick these checks compare with: .ci/run
/// installs it, and a test that cannot run fails naming it.
fn require_podman() {
    let found = std::process::Command::new("podman").arg("--version").output().is_ok_and(|o| o.status.success());
    assert!(found, "podman is missing: apt-get install podman (these tests compare skiff's signatures with podman's)");
}

/// Run podman 4.3.1 as the store's user, with `gpg2` (which podman's
/// `image trust show` runs to read key ids; Debian names it gpg) on PATH.
fn podman_as_user(store: &Store, args: &[&str]) -> Output {
    require_podman();
    let shim = store.write_file("gpg2-shim/gpg2", "#!/bin/sh\nexec gpg \"$@\"\n");
    std::fs::set_permissions(&shim, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    let pod = store.dir.join("podman");
    let (root, run) = (pod.join("root").display().to_string(), pod.join("run").display().to_string());
    let mut all = vec!["--root", &root, "--runroot", &run, "--storage-driver", "vfs", "--events-backend", "none", "--cgroup-manager", "cgroupfs"];
    all.extend_from_slice(args);
    let mut command = store.command("podman", &all);
    command.env("PATH", format!("{}:/usr/local/bin:/usr/bin:/bin", shim.parent().unwrap().display()));
    run_command(command, None, format!("podman {}", args.join(" ")))
}

#[test]
fn trust_set_edits_the_policy_as_podman_and_show_lists_it_as_podman() {
    let store = Store::new();
    let home = store.home.display().to_string();
    let (_, signer_key) = make_key(&store, "signer");
    let (_, other_key) = make_key(&store, "other");
    let _agents = Agents(&store, &["signer", "other"]);
    let sigstore_key = store.write_file("cosign.pub", "-----BEGIN PUBLIC KEY-----\nnot read by set or show\n-----END PUBLIC KEY-----\n");
    let (signer_key, other_key, sigstore_key) = (signer_key.display().to_string(), other_key.display().to_string(), sigstore_key.display().to_string());
    // The user's own entries, which every edit keeps as written.
    let mine = format!(
        r#"{{"default":[{{"type":"insecureAcceptAnything"}}],"transports":{{"docker-daemon":{{"":[{{"type":"insecureAcceptAnything"}}]}},
           "docker":{{"keep.example/ns":[{{"type":"signedBy","keyType":"GPGKeys","keyPath":"{signer_key}","signedIdentity":{{"type":"matchRepository"}}}}]}}}}}}"#
    );
    let user_policy = write_policy(&store, &mine);
    let podman_policy = store.write_file("podman-policy.json", &mine);
    let podman_policy = podman_policy.display().to_string();
    store.write_file(
        ".config/containers/registries.d/default.yaml",
        "default-docker:\n  lookaside: file:///srv/sigs\ndocker:\n  reg.example:5000:\n    sigstore: https://sigs.example/old-name\n",
    );
    let registries_d = format!("{home}/.config/containers/registries.d");
    let edits: [&[&str]; 5] = [
        &["-t", "reject", "docker.io"],
        &["--type", "accept", "quay.io/foo/bar"],
        &["-f", &signer_key, "-f", &other_key, "reg.example:5000/ns"],
        &["-t", "sigstoreSigned", "--pubkeysfile", &sigstore_key, "sig.example"],
        &["-t", "signedBy", "-f", &other_key, "keep.example/ns"],
    ];
    for edit in edits {
        let mut args = vec!["image", "trust", "set"];
        args.extend_from_slice(edit);
        store.skiff(&args).ok().stdout_is("");
        args.extend_from_slice(&["--policypath", &podman_policy]);
        podman_as_user(&store, &args).ok();
        let (ours, podmans) = (std::fs::read_to_string(&user_policy).unwrap(), std::fs::read_to_string(&podman_policy).unwrap());
        assert_eq!(ours, podmans, "skiff and podman wrote the same policy after {edit:?}");
    }
    let written = std::fs::read_to_string(&user_policy).unwrap();
    assert!(written.starts_with("{\n    \"default\": [\n        {\n            \"type\": \"insecureAcceptAnything\"\n        }\n    ],"), "{written}");
    assert!(written.contains("\"docker-daemon\": {\n            \"\": ["), "the other transport is kept: {written}");
    assert!(written.contains(&format!("\"sig.example\": [\n                {{\n                    \"type\": \"sigstoreSigned\",\n                    \"keyPath\": \"{sigstore_key}\"\n                }}\n            ]")));
    assert!(!written.contains("matchRepository"), "keep.example/ns was replaced: {written}");

    let table = "\
TRANSPORT      NAME                 TYPE            ID                   STORE
all            default              accept                               file:///srv/sigs
repository     docker.io            reject                               file:///srv/sigs
repository     keep.example/ns      signed          other@example.test   file:///srv/sigs
repository     quay.io/foo/bar      accept                               file:///srv/sigs
repository     reg.example:5000/ns  signed          signer@example.test  https://sigs.example/old-name
repository     reg.example:5000/ns  signed          other@example.test   https://sigs.example/old-name
repository     sig.example          sigstoreSigned  N/A                  file:///srv/sigs
docker-daemon                       accept                               file:///srv/sigs
";
    assert_eq!(store.skiff(&["image", "trust", "show"]).ok().stdout, table);
    let without_header = table.split_once('\n').unwrap().1;
    assert_eq!(store.skiff(&["image", "trust", "show", "-n"]).ok().stdout, without_header);
    let json = store.skiff(&["image", "trust", "show", "--json"]);
    let entries: serde_json::Value = serde_json::from_str(&json.ok().stdout).unwrap();
    assert_eq!(entries[0], serde_json::json!({"transport": "all", "name": "* (default)", "repo_name": "default", "sigstore": "file:///srv/sigs", "type": "accept"}));
    assert_eq!(entries[6]["gpg_id"], "N/A");
    assert_eq!(entries[7], serde_json::json!({"transport": "docker-daemon", "sigstore": "file:///srv/sigs", "type": "accept"}));
    store.skiff(&["image", "trust", "show", "--raw"]).ok().stdout_is(&written);
    // REGISTRY: its scopes and those below it only (podman 4.3.1 shows all).
    let docker_io = "TRANSPORT   NAME        TYPE        ID          STORE\nrepository  docker.io   reject                  file:///srv/sigs\n";
    assert_eq!(store.skiff(&["image", "trust", "show", "docker.io"]).ok().stdout, docker_io);

    // Byte for byte what podman prints for the same files.
    for flags in [&[][..], &["-n"], &["--noheading"], &["--json"], &["-j"], &["--raw"]] {
        let mut args = vec!["image", "trust", "show"];
        args.extend_from_slice(flags);
        let ours = store.skiff(&args);
        args.extend_from_slice(&["--policypath", &podman_policy, "--registrypath", &registries_d]);
        let podmans = podman_as_user(&store, &args);
        assert_eq!(ours.ok().stdout, podmans.ok().stdout, "image trust show {flags:?}");
        let explicit = store.skiff(&args);
        assert_eq!(explicit.ok().stdout, podmans.stdout, "image trust show --policypath {flags:?}");
    }
}

#[test]
fn pulls_obey_what_trust_set_wrote_and_a_rootless_user_gets_their_own_copy() {
    let registry = Registry::start();
    let host = &registry.host;
    push_busybox(&registry, &["bb:v1"]);
    let (store, signer, signer_key) = signing_store();
    let _agents = Agents(&store, &["signer"]);
    store.bash(&format!("GNUPGHOME=$HOME/gnupg-signer skiff push -q --tls-verify=false --sign-by {signer} bb {host}/signed:v1")).ok();
    store.skiff(&["rmi", "bb"]).ok();
    let trust = |args: &[&str]| store.skiff(&[&["image", "trust", "set"][..], args].concat());
    let pull = |name: &str| store.skiff(&["pull", "-q", "--tls-verify=false", &format!("{host}/{name}")]);

    trust(&["-t", "reject", host]).ok();
    assert_rejected(&store, &pull("bb:v1"), &format!("Source image rejected: Running image docker://{host}/bb:v1 is rejected by policy."));
    trust(&["-f", &signer_key.display().to_string(), host]).ok();
    assert_rejected(&store, &pull("bb:v1"), "Source image rejected: A signature was required, but no signature exists");
    pull("signed:v1").ok();
    // A repository's own scope wins over its registry's.
    trust(&["-t", "accept", &format!("{host}/bb")]).ok();
    pull("bb:v1").ok();
    trust(&["-t", "reject", "default"]).ok();
    let policy = std::fs::read_to_string(store.home.join(".config/containers/policy.json")).unwrap();
    assert!(policy.starts_with("{\n    \"default\": [\n        {\n            \"type\": \"reject\"\n        }\n    ],"), "{policy}");

    // Without a policy of their own, a user's set writes one made from the
    // system's (untouched), or from skiff's accept-anything where there is none.
    let system = std::path::Path::new("/etc/containers/policy.json");
    let system_before = std::fs::read(system).ok();
    store.bash("rm $HOME/.config/containers/policy.json").ok();
    trust(&["-t", "reject", &format!("{host}/bb")]).ok();
    assert_eq!(std::fs::read(system).ok(), system_before, "the system policy is not written");
    let made = store.home.join(".config/containers/policy.json");
    let mode = std::os::unix::fs::PermissionsExt::mode(&std::fs::metadata(&made).unwrap().permissions()) & 0o777;
    assert_eq!(mode, 0o644, "a policy file others may read, as podman writes it");
    let made: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&made).unwrap()).unwrap();
    let system_default = match &system_before {
        Some(text) => serde_json::from_slice::<serde_json::Value>(text).unwrap()["default"].clone(),
        None => serde_json::json!([{"type": "insecureAcceptAnything"}]),
    };
    assert_eq!(made["default"], system_default);
    assert_eq!(made["transports"]["docker"][format!("{host}/bb")], serde_json::json!([{"type": "reject"}]));
    store.skiff(&["rmi", "-a", "-f"]).ok();
    assert_rejected(&store, &pull("bb:v1"), "is rejected by policy.");
}

#[test]
fn trust_refuses_bad_input_in_one_line_leaving_the_policy_as_it_was() {
    let store = Store::new();
    let (_, key) = make_key(&store, "signer");
    let _agents = Agents(&store, &["signer"]);
    let key = key.display().to_string();
    let policy = write_policy(&store, r#"{"default":[{"type":"insecureAcceptAnything"}],"transports":{"docker":{"mine.example":[{"type":"reject"}]}}}"#);
    let before = std::fs::read(&policy).unwrap();
    let refused = |args: &[&str], message: &str| {
        let out = store.skiff(&[&["image", "trust"][..], args].concat());
        out.code(125).stderr_has(message);
        out.check(out.stderr.trim().lines().count() == 1, "one line");
        assert_eq!(std::fs::read(&policy).unwrap(), before, "the policy is unchanged after {args:?}");
    };
    refused(&["set", "-t", "bogus", "quay.io"], "invalid choice: bogus (choose from 'accept', 'reject', 'signedBy', 'sigstoreSigned')");
    refused(&["set", "quay.io"], "at least one public key must be defined for type 'signedBy'");
    refused(&["set", "-t", "sigstoreSigned", "quay.io"], "at least one public key must be defined for type 'sigstoreSigned'");
    refused(&["set", "-t", "accept", "-f", &key, "quay.io"], "1 public keys unexpectedly provided for trust type accept");
    refused(&["set", "-t", "insecureAcceptAnything", "-f", &key, "quay.io"], "1 public keys unexpectedly provided for trust type insecureAcceptAnything");
    refused(&["set", "-f", "/nonexistent.gpg", "quay.io"], "public key file /nonexistent.gpg: no such file or directory");
    refused(&["set", "-t", "reject", "docker://quay.io"], "invalid image uri: \"docker://quay.io\"");
    refused(&["set", "-t", "reject", "bad uri!!"], "invalid image uri: \"bad uri!!\"");
    refused(&["set", "-t", "reject", "quay.io", "docker.io"], "docker.io");
    refused(&["set", "-t", "reject"], "REGISTRY");
    refused(&["show", "--policypath", "/nonexistent.json"], "open /nonexistent.json: no such file or directory");
    let other = store.home.join("other.json").display().to_string();
    refused(&["set", "-t", "reject", "--policypath", &other, "quay.io"], "default trust policy must be set");
    assert!(!store.home.join("other.json").exists());
    // An explicit file may be made from scratch with the default first.
    store.skiff(&["image", "trust", "set", "--policypath", &other, "-t", "reject", "default"]).ok();
    store.bash(&format!("cat {other}")).ok().stdout_is("{\n    \"default\": [\n        {\n            \"type\": \"reject\"\n        }\n    ]\n}");
    // A relative key path is written absolute, as the man page says.
    store.skiff(&["image", "trust", "set", "--policypath", &other, "-f", "signer.gpg", "quay.io"]).ok();
    store.skiff(&["image", "trust", "show", "--raw", "--policypath", &other]).ok().stdout_has(&format!("\"keyPath\": \"{key}\""));

    // A policy pulls would refuse is not edited, nor shown.
    let broken = r#"{"default":[{"type":"reject"}],"transports":{"docker":{"x.example":[]}}}"#;
    write_policy(&store, broken);
    let set = store.skiff(&["image", "trust", "set", "-t", "reject", "quay.io"]);
    set.code(125).stderr_has(&format!("invalid policy in \"{}\"", policy.display()));
    store.skiff(&["image", "trust", "show"]).code(125).stderr_has(&format!("invalid policy in \"{}\"", policy.display()));
    store.skiff(&["image", "trust", "show", "--raw"]).ok().stdout_is(broken);
    assert_eq!(std::fs::read_to_string(&policy).unwrap(), broken);
}

/// A policy requiring the signer's key, which accepts the signature made
/// for `signed` (HOST/REPO) on an image pulled as any repository under `prefix`.
fn signed_by_remapped(key: &std::path::Path, prefix: &str, signed: &str) -> String {
    format!(
        r#"{{"default":[{{"type":"signedBy","keyType":"GPGKeys","keyPath":"{}","signedIdentity":{{"type":"remapIdentity","prefix":"{prefix}","signedPrefix":"{signed}"}}}}]}}"#,
        key.display()
    )
}

/// The kept-signature files under the store's data directory.
fn kept_signature_files(store: &Store) -> usize {
    let out = store.bash(&format!("find {} -path '*/signatures/*.json' | wc -l", store.data.display()));
    out.ok().stdout.trim().parse().unwrap()
}

/// The manifest digest's signature directory in HOME/sigs.
fn lookaside_dir(store: &Store, repository: &str, digest: &str) -> std::path::PathBuf {
    store.home.join(format!("sigs/{repository}@sha256={}", digest.trim_start_matches("sha256:")))
}

#[test]
fn a_pull_keeps_signatures_and_pushes_carry_them_unless_removed() {
    let registry = Registry::start();
    push_busybox(&registry, &["bb:v1"]);
    let host = &registry.host;
    let (store, signer, signer_key) = signing_store();
    let _agents = Agents(&store, &["signer"]);
    store
        .bash(&format!(
            "GNUPGHOME=$HOME/gnupg-signer skopeo copy -q --src-tls-verify=false --dest-tls-verify=false --sign-by {signer} \
             docker://{host}/bb:v1 docker://{host}/signed:v1"
        ))
        .ok();
    let digest = registry.manifest_digest("signed", "v1");
    // Kept whatever the policy (here none asks for signatures), as
    // containers/image keeps them; bb goes first, or the pull would find
    // its image stored already, under the manifest of its import.
    store.skiff(&["rmi", "bb"]).ok();
    store.skiff(&["pull", "-q", "--tls-verify=false", &format!("{host}/signed:v1")]).ok();
    assert_eq!(kept_signature_files(&store), 1, "the pull kept the signature");
    // The push below has only the stored copy to carry.
    store.bash("rm -r $HOME/sigs").ok();
    store.skiff(&["tag", &format!("{host}/signed:v1"), &format!("{host}/copy:v1")]).ok();
    store.skiff(&["push", "--tls-verify=false", &format!("{host}/copy:v1")]).ok().stderr_has("Storing signatures");
    assert_eq!(registry.manifest_digest("copy", "v1"), digest, "the signed manifest is pushed unchanged");
    let carried = lookaside_dir(&store, "copy", &digest).join("signature-1");
    assert!(carried.is_file(), "the kept signature is in the destination's lookaside");
    // It is skopeo's signature, still valid, naming the repository it was made for.
    store
        .bash(&format!(
            "export GNUPGHOME=$HOME/gnupg-signer; skopeo inspect --raw --tls-verify=false docker://{host}/copy:v1 > $HOME/manifest.json && \
             skopeo standalone-verify $HOME/manifest.json {host}/signed:v1 {signer} {}",
            carried.display()
        ))
        .ok()
        .stdout_has(&format!("Signature verified, digest {digest}"));

    // A conversion would invalidate it: refused before anything is pushed.
    let raw = store.bash(&format!("skopeo inspect --raw --tls-verify=false docker://{host}/copy:v1")).ok().stdout.clone();
    let other_format = if raw.contains("application/vnd.oci.image.manifest.v1+json") { "v2s2" } else { "oci" };
    let converted = store.skiff(&["push", "--tls-verify=false", "--format", other_format, &format!("{host}/copy:v1"), &format!("{host}/converted:v1")]);
    converted.code(125).stderr_has("which we cannot do: \"Would invalidate signatures\"");
    let recompressed = store.skiff(&["push", "--tls-verify=false", "--compression-format", "zstd", &format!("{host}/copy:v1"), &format!("{host}/converted:v1")]);
    recompressed.code(125).stderr_has("Copying this image would require changing layer representation, which we cannot do: \"Would invalidate signatures\"");
    let archived = store.skiff(&["push", &format!("{host}/copy:v1"), &format!("docker-archive:{}/bb.tar", store.home.display())]);
    archived.code(125).stderr_has("Storing signatures for docker tar files is not supported");
    assert!(!has_tag(&registry, "converted", "v1"), "nothing is pushed when the signatures would not fit");
    // --remove-signatures drops them, and the conversion is then allowed.
    store.skiff(&["push", "-q", "--tls-verify=false", "--remove-signatures", "--format", other_format, &format!("{host}/copy:v1"), &format!("{host}/bare:v1")]).ok();
    store.skiff(&["push", "-q", "--tls-verify=false", "--remove-signatures", &format!("{host}/copy:v1"), &format!("{host}/plain:v1")]).ok();
    assert!(!lookaside_dir(&store, "plain", &digest).exists(), "--remove-signatures writes none");

    // manifest push --all carries each image's kept signatures too.
    store.skiff(&["manifest", "create", "multi"]).ok();
    store.skiff(&["manifest", "add", "multi", &format!("{host}/copy:v1")]).ok();
    store.skiff(&["manifest", "push", "-q", "--tls-verify=false", "multi", &format!("{host}/multi:v1")]).ok();
    assert!(lookaside_dir(&store, "multi", &digest).join("signature-1").is_file(), "manifest push carries the image's signature");
    store.skiff(&["manifest", "push", "-q", "--tls-verify=false", "--remove-signatures", "multi", &format!("{host}/multi-bare:v1")]).ok();
    assert!(!lookaside_dir(&store, "multi-bare", &digest).exists(), "manifest push --remove-signatures writes none");

    // Under a policy requiring the key, the carried signature is accepted
    // and the removed one is missed.
    store.skiff(&["manifest", "rm", "multi"]).ok();
    store.skiff(&["rmi", "-a", "-f"]).ok();
    assert_eq!(kept_signature_files(&store), 0, "the kept signatures go with the image");
    write_policy(&store, &signed_by_remapped(&signer_key, &format!("{host}/copy"), &format!("{host}/signed")));
    store.skiff(&["pull", "-q", "--tls-verify=false", &format!("{host}/copy:v1")]).ok();
    // For a list, the chosen image's signatures are judged, as
    // containers/image does: multi:v1 itself is unsigned.
    write_policy(&store, &signed_by_remapped(&signer_key, &format!("{host}/multi"), &format!("{host}/signed")));
    store.skiff(&["pull", "-q", "--tls-verify=false", &format!("{host}/multi:v1")]).ok();
    write_policy(&store, &signed_by_remapped(&signer_key, &format!("{host}/plain"), &format!("{host}/signed")));
    let pull = store.skiff(&["pull", "--tls-verify=false", &format!("{host}/plain:v1")]);
    pull.code(125).stderr_has("A signature was required, but no signature exists");
}

#[test]
fn build_sign_by_signs_the_built_image_and_its_push_carries_the_signature() {
    let registry = Registry::start();
    let host = &registry.host;
    let (store, signer, signer_key) = signing_store();
    let _agents = Agents(&store, &["signer"]);
    let image = format!("{host}/built:v1");
    let build = |args: &str| store.bash(&format!("printf 'FROM bb\\nLABEL signed=yes\\n' | GNUPGHOME=$HOME/gnupg-signer skiff build -q {args} -"));
    // Without a name there is no identity to sign; a missing key is found
    // before the build: neither stores anything.
    let before = store.skiff(&["images", "-q"]).ok().stdout.clone();
    build(&format!("--sign-by {signer}")).code(125).stderr_has("Cannot determine canonical Docker reference");
    build(&format!("--sign-by nobody@example.test -t {image}")).code(125).stderr_has("No secret key");
    store.skiff(&["images", "-q"]).ok().stdout_is(&before);

    build(&format!("--sign-by {signer} -t {image}")).ok();
    assert!(!store.home.join("sigs").exists(), "the signature is kept with the image, not published");
    store.skiff(&["push", "-q", "--tls-verify=false", &image]).ok();
    let digest = registry.manifest_digest("built", "v1");
    assert!(lookaside_dir(&store, "built", &digest).join("signature-1").is_file(), "the push wrote the build's signature");
    write_policy(&store, &signed_by_policy(&signer_key));
    store.skiff(&["rmi", "-a", "-f"]).ok();
    store.skiff(&["pull", "-q", "--tls-verify=false", &image]).ok();
    store.skiff(&["image", "inspect", "--format", "{{.Labels.signed}}", &image]).ok().stdout_is("yes");

    // podman, under the same policy and registries.d (its HOME), pulls it.
    assert_podman_pulls(&store, host, &image);
}
