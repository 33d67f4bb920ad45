//! Issue 14 (trust): docker's --disable-content-trust taken as podman takes
//! it, and the signature policy (containers-policy.json(5)) checked before
//! a pulled image is stored, GPG signatures read from the lookaside
//! registries.d names and verified (cross-checked with skopeo's).

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

#[test]
fn sigstore_requirements_refuse_until_skiff_verifies_sigstore() {
    let registry = Registry::start();
    push_busybox(&registry, &["bb:v1"]);
    let store = Store::new();
    let key = store.write_file("cosign.pub", "not read: skiff does not verify sigstore signatures");
    write_policy(&store, &format!(r#"{{"default":[{{"type":"sigstoreSigned","keyPath":"{}"}}]}}"#, key.display()));
    let pull = store.skiff(&["pull", "--tls-verify=false", &format!("{}/bb:v1", registry.host)]);
    assert_rejected(&store, &pull, "Source image rejected: A signature was required (sigstoreSigned)");
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
