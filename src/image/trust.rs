//! `image trust`: the signature policy (containers-policy.json(5)) read
//! as a list of scopes and their requirements, and one scope's
//! requirements replaced, as podman 4.3.1's pkg/trust does.
//!
//! The file is the one pulls check ([`super::policy::file_in_force`]):
//! `~/.config/containers/policy.json` when it exists, else
//! `/etc/containers/policy.json`; an explicit path (`--policypath`)
//! overrides it. A rootless user cannot write the system file, so `set`
//! then writes the user's, made from the system one (or, where there is
//! none, from the accept-anything policy skiff enforces then), so that
//! nothing the administrator set is lost and pulls read the edited file.
//! podman 4.3.1 always reads and writes /etc/containers/policy.json
//! there, which its rootless pulls do not read when the user's exists.
//!
//! `set` keeps everything else in the file as written (the requirements
//! of the other scopes byte for byte, re-indented) and writes it as
//! podman does: Go's `json.MarshalIndent` with four spaces, transports
//! and scopes sorted, no final newline. registries.d is only read, for
//! the lookaside `show` names.

use super::policy::{self, Policy, Requirement};
use super::registry::registries_d::{self, RegistriesD};
use crate::error::Result;
use serde::Serialize;
use serde_json::value::RawValue;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

/// What `set` requires of a scope's images.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TrustType {
    /// insecureAcceptAnything
    Accept,
    Reject,
    /// GPG simple signing, by a key of each file.
    SignedBy,
    /// A sigstore signature, by the key of each file.
    SigstoreSigned,
}

impl TrustType {
    /// podman's names: accept (or insecureAcceptAnything), reject, signedBy, sigstoreSigned.
    pub fn parse(name: &str) -> Result<TrustType> {
        Ok(match name {
            "accept" | "insecureAcceptAnything" => TrustType::Accept,
            "reject" => TrustType::Reject,
            "signedBy" => TrustType::SignedBy,
            "sigstoreSigned" => TrustType::SigstoreSigned,
            _ => return Err(crate::err!("invalid choice: {name} (choose from 'accept', 'reject', 'signedBy', 'sigstoreSigned')")),
        })
    }
}

pub struct SetOptions {
    /// The policy file to edit; None: the one pulls read (see the module documentation).
    pub policy_path: Option<PathBuf>,
    /// "default", or a registry, repository or image scope of the docker transport.
    pub scope: String,
    pub trust_type: TrustType,
    /// Key files, each giving one requirement (signedBy and sigstoreSigned only).
    pub key_files: Vec<PathBuf>,
    /// How the user named the type, for the messages ("accept" or "insecureAcceptAnything").
    pub type_name: String,
}

/// Replace the requirements of `options.scope` as `options` says; returns the file written.
pub fn set(options: &SetOptions) -> Result<PathBuf> {
    validate_scope(&options.scope)?;
    let requirements = requirements_json(options)?;
    let (file, base) = file_to_edit(options.policy_path.as_deref())?;
    if let Some((text, source)) = &base {
        Policy::parse(text.as_bytes()).map_err(|e| crate::err!("invalid policy in {:?}: {e}", source.display().to_string()))?;
    }
    let mut editable: Editable = match &base {
        Some((text, source)) => serde_json::from_str(text).map_err(|e| crate::err!("invalid policy in {:?}: {e}", source.display().to_string()))?,
        None => Editable::default(),
    };
    let requirements = RawValue::from_string(requirements).map_err(|e| crate::err!("{e}"))?;
    if options.scope == "default" {
        editable.default = Some(requirements);
    } else {
        if editable.default.is_none() {
            return Err(crate::err!("default trust policy must be set"));
        }
        // A scope another transport already names is replaced there; a new one is docker's.
        let transport = editable
            .transports
            .iter()
            .find(|(name, scopes)| name.as_str() == "docker" && scopes.contains_key(&options.scope))
            .or_else(|| editable.transports.iter().find(|(_, scopes)| scopes.contains_key(&options.scope)))
            .map(|(name, _)| name.clone())
            .unwrap_or_else(|| "docker".to_string());
        editable.transports.entry(transport).or_default().insert(options.scope.clone(), requirements);
    }
    let text = go_indent(&editable.compact(), "    ");
    Policy::parse(text.as_bytes()).map_err(|e| crate::err!("the edited policy would be invalid: {e}"))?;
    let mode = std::fs::metadata(&file).map(|m| std::os::unix::fs::PermissionsExt::mode(&m.permissions()) & 0o7777).unwrap_or(0o644);
    crate::storage::atomic::write_with_mode(&file, text.as_bytes(), mode)?;
    Ok(file)
}

/// policy.json with each requirement list kept as written.
#[derive(Default, serde::Deserialize)]
struct Editable {
    default: Option<Box<RawValue>>,
    #[serde(default)]
    transports: BTreeMap<String, BTreeMap<String, Box<RawValue>>>,
}

impl Editable {
    /// The policy as compact JSON, in the order Go marshals podman's struct.
    fn compact(&self) -> String {
        let quoted = |s: &str| serde_json::to_string(s).unwrap_or_default();
        let default = self.default.as_ref().map_or("null", |d| d.get());
        let mut text = format!("{{\"default\":{default}");
        if !self.transports.is_empty() {
            let transports: Vec<String> = self
                .transports
                .iter()
                .map(|(transport, scopes)| {
                    let scopes: Vec<String> = scopes.iter().map(|(scope, reqs)| format!("{}:{}", quoted(scope), reqs.get())).collect();
                    format!("{}:{{{}}}", quoted(transport), scopes.join(","))
                })
                .collect();
            text.push_str(&format!(",\"transports\":{{{}}}", transports.join(",")));
        }
        text.push('}');
        text
    }
}

/// The requirements `options` asks for, as podman writes them.
fn requirements_json(options: &SetOptions) -> Result<String> {
    let keys = &options.key_files;
    let requirement = |extra: &str, key: &Path| {
        let path = std::path::absolute(key).unwrap_or_else(|_| key.to_path_buf());
        format!("{{\"type\":{extra}\"keyPath\":{}}}", serde_json::to_string(&path.to_string_lossy()).unwrap_or_default())
    };
    let with_keys = |type_name: &str, extra: &str| -> Result<String> {
        if keys.is_empty() {
            return Err(crate::err!("at least one public key must be defined for type '{type_name}'"));
        }
        for key in keys {
            let metadata = std::fs::metadata(key).map_err(|e| match e.kind() {
                std::io::ErrorKind::NotFound => crate::err!("public key file {}: no such file or directory", key.display()),
                _ => crate::err!("public key file {}: {e}", key.display()),
            })?;
            if !metadata.is_file() {
                return Err(crate::err!("public key file {}: not a file", key.display()));
            }
        }
        Ok(format!("[{}]", keys.iter().map(|k| requirement(extra, k)).collect::<Vec<_>>().join(",")))
    };
    let without_keys = |type_name: &str| -> Result<String> {
        if !keys.is_empty() {
            return Err(crate::err!("{} public keys unexpectedly provided for trust type {}", keys.len(), options.type_name));
        }
        Ok(format!("[{{\"type\":\"{type_name}\"}}]"))
    };
    match options.trust_type {
        TrustType::Accept => without_keys("insecureAcceptAnything"),
        TrustType::Reject => without_keys("reject"),
        TrustType::SignedBy => with_keys("signedBy", "\"signedBy\",\"keyType\":\"GPGKeys\","),
        TrustType::SigstoreSigned => with_keys("sigstoreSigned", "\"sigstoreSigned\","),
    }
}

/// The file `set` writes, and what it holds now (its text, and the file
/// that text came from) when anything.
fn file_to_edit(explicit: Option<&Path>) -> Result<(PathBuf, Option<(String, PathBuf)>)> {
    let read = |file: &Path| -> Result<Option<(String, PathBuf)>> {
        match std::fs::read_to_string(file) {
            Ok(text) => Ok(Some((text, file.to_path_buf()))),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(crate::err!("open {}: {e}", file.display())),
        }
    };
    // A symbolic link stays one: its target is what is replaced.
    let resolved = |file: PathBuf| std::fs::canonicalize(&file).unwrap_or(file);
    if let Some(file) = explicit {
        let file = resolved(file.to_path_buf());
        let base = read(&file)?;
        return Ok((file, base));
    }
    let in_force = policy::file_in_force();
    let rootless = registries_d::host_euid() != 0;
    let user_file = policy::user_file();
    let target = match (&in_force, user_file) {
        // root's file in force, or the user's own.
        (Some(file), user) if !rootless || user.as_ref() == Some(file) => file.clone(),
        // A rootless user cannot write the system file: the user's, made from it.
        (_, Some(user)) if rootless => user,
        _ => PathBuf::from(policy::SYSTEM_FILE),
    };
    let base = match &in_force {
        Some(file) => read(file)?,
        None => Some((policy::ACCEPT_ANYTHING.to_string(), PathBuf::from("(skiff's built-in policy)"))),
    };
    Ok((resolved(target), base))
}

/// Refuse a scope that is neither "default" nor a docker scope
/// (containers-policy.json(5)): REGISTRY[:PORT][/REPOSITORY][:TAG|@DIGEST],
/// or a `*.DOMAIN` wildcard.
pub fn validate_scope(scope: &str) -> Result<()> {
    if scope == "default" {
        return Ok(());
    }
    let invalid = |why: &str| crate::err!("invalid image uri: {scope:?}: {why}");
    if scope.contains("://") {
        return Err(invalid("give REGISTRY[/REPOSITORY] without a transport"));
    }
    let wildcard = regex::Regex::new(r"^\*(\.[A-Za-z0-9-]+)+$").expect("valid pattern");
    let scoped = regex::Regex::new(
        r"^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*(:[0-9]+)?(/[a-z0-9]+([._-]+[a-z0-9]+)*)*(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}|@[a-z0-9]+:[a-fA-F0-9]{32,})?$",
    )
    .expect("valid pattern");
    if wildcard.is_match(scope) || scoped.is_match(scope) {
        return Ok(());
    }
    Err(invalid("not default, REGISTRY[:PORT][/REPOSITORY][:TAG|@DIGEST] or *.DOMAIN"))
}

/// One requirement of one scope, as podman's `image trust show` lists it
/// (its JSON field names, in its order).
#[derive(Debug, Clone, Serialize)]
pub struct TrustEntry {
    /// "all" for the default, "repository" for docker, else the transport.
    pub transport: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub name: String,
    #[serde(rename = "repo_name", skip_serializing_if = "String::is_empty")]
    pub repo_name: String,
    /// The lookaside registries.d names for the scope.
    #[serde(rename = "sigstore", skip_serializing_if = "String::is_empty")]
    pub lookaside: String,
    /// accept, reject, signed or sigstoreSigned.
    #[serde(rename = "type")]
    pub trust_type: String,
    /// The user ids (their e-mail addresses) of a signedBy requirement's keys; N/A for sigstoreSigned.
    #[serde(rename = "gpg_id", skip_serializing_if = "String::is_empty")]
    pub gpg_id: String,
}

pub struct ShowOptions {
    pub policy_path: Option<PathBuf>,
    /// registries.d; None: the one pulls read.
    pub registries_dir: Option<PathBuf>,
    /// Only the scopes of this registry or repository (and below it).
    pub registry: Option<String>,
}

pub struct Description {
    pub entries: Vec<TrustEntry>,
    /// What could not be read (a key gpg could not list), podman's warnings.
    pub warnings: Vec<String>,
}

/// The policy file's text as it is (`show --raw`): the explicit file,
/// else the one in force, else the built-in policy as podman would write it.
pub fn raw_policy(explicit: Option<&Path>) -> Result<Vec<u8>> {
    let file = match explicit {
        Some(file) => file.to_path_buf(),
        None => match policy::file_in_force() {
            Some(file) => file,
            None => return Ok(go_indent(policy::ACCEPT_ANYTHING, "    ").into_bytes()),
        },
    };
    std::fs::read(&file).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => crate::err!("open {}: no such file or directory", file.display()),
        _ => crate::err!("open {}: {e}", file.display()),
    })
}

/// The policy as podman's `image trust show` lists it: the default
/// first, then each transport's scopes, sorted.
pub fn describe(options: &ShowOptions) -> Result<Description> {
    let policy = match &options.policy_path {
        Some(file) => Policy::from_file(file)?,
        None => Policy::load()?,
    };
    let registries_dir = options.registries_dir.clone().unwrap_or_else(registries_d::default_dir);
    let registries = RegistriesD::load_dir(&registries_dir)?;
    let mut reader = KeyIdReader::new();
    let mut entries = Vec::new();
    let mut add = |transport: &str, name: &str, repo_name: &str, scope: &str, requirements: &[Requirement]| {
        for requirement in requirements {
            let (trust_type, gpg_id) = match requirement {
                Requirement::InsecureAcceptAnything => ("accept", String::new()),
                Requirement::Reject => ("reject", String::new()),
                Requirement::SignedBy { key_path, key_paths, key_data, .. } => {
                    let mut ids = Vec::new();
                    for path in key_path.iter().chain(key_paths.iter().flatten()) {
                        ids.extend(reader.ids_of_file(path));
                    }
                    if let Some(data) = key_data {
                        ids.extend(reader.ids_of_data(data));
                    }
                    ("signed", ids.join(", "))
                }
                // Not GPG keys: podman shows no id for them.
                Requirement::SigstoreSigned { .. } => ("sigstoreSigned", "N/A".to_string()),
            };
            entries.push(TrustEntry {
                transport: transport.to_string(),
                name: name.to_string(),
                repo_name: repo_name.to_string(),
                lookaside: registries.lookaside_of_scope(scope),
                trust_type: trust_type.to_string(),
                gpg_id,
            });
        }
    };
    if options.registry.is_none() {
        add("all", "* (default)", "default", "", &policy.default);
    }
    for (transport, scopes) in &policy.transports {
        let shown = if transport == "docker" { "repository" } else { transport.as_str() };
        for (scope, requirements) in scopes {
            if let Some(registry) = &options.registry {
                let below = scope.strip_prefix(registry.as_str()).is_some_and(|rest| rest.is_empty() || rest.starts_with(['/', ':', '@']));
                if transport != "docker" || !below {
                    continue;
                }
            }
            add(shown, scope, scope, scope, requirements);
        }
    }
    Ok(Description { entries, warnings: reader.warnings })
}

/// Lists the user ids of key files with gpg, as podman runs it
/// (`gpg --with-colons FILE`), in a throw-away GPG home so that neither
/// the user's keyring nor its configuration is read or written.
struct KeyIdReader {
    home: Option<tempfile::TempDir>,
    warnings: Vec<String>,
}

impl KeyIdReader {
    fn new() -> KeyIdReader {
        KeyIdReader { home: None, warnings: Vec::new() }
    }

    fn ids_of_data(&mut self, data: &str) -> Vec<String> {
        use base64::Engine;
        let decoded = match base64::engine::general_purpose::STANDARD.decode(data) {
            Ok(decoded) => decoded,
            Err(e) => {
                self.warnings.push(format!("{e}, error decoding key data"));
                return Vec::new();
            }
        };
        let file = tempfile::NamedTempFile::new().and_then(|mut f| std::io::Write::write_all(&mut f, &decoded).map(|_| f));
        match file {
            Ok(file) => self.ids_of_file(file.path()),
            Err(e) => {
                self.warnings.push(format!("Creating key data temp file: {e}"));
                Vec::new()
            }
        }
    }

    fn ids_of_file(&mut self, path: &Path) -> Vec<String> {
        match self.list(path) {
            Ok(listing) => parse_user_ids(&listing),
            Err(e) => {
                self.warnings.push(format!("Getting key identity: {e}"));
                Vec::new()
            }
        }
    }

    fn list(&mut self, path: &Path) -> std::result::Result<String, String> {
        if self.home.is_none() {
            self.home = Some(tempfile::Builder::new().prefix("skiff-gpg-").tempdir().map_err(|e| format!("a temporary GPG home: {e}"))?);
        }
        let home = self.home.as_ref().expect("made above").path();
        let output = Command::new("gpg")
            .arg("--homedir")
            .arg(home)
            .args(["--batch", "--no-tty", "--with-colons"])
            .arg(path)
            .output()
            .map_err(|e| format!("cannot run gpg: {e}"))?;
        if !output.status.success() {
            let stderr = String::from_utf8_lossy(&output.stderr);
            let reason = stderr.lines().filter(|l| !l.contains("no command supplied")).last().unwrap_or("").trim().to_string();
            return Err(format!("gpg {}: {}", path.display(), if reason.is_empty() { output.status.to_string() } else { reason }));
        }
        Ok(String::from_utf8_lossy(&output.stdout).into_owned())
    }
}

/// The user ids of gpg's colon listing (pub and uid records), each its
/// e-mail address when it has one, as podman's parseUids.
fn parse_user_ids(listing: &str) -> Vec<String> {
    listing
        .lines()
        .filter(|line| line.starts_with("uid:") || line.starts_with("pub:"))
        .filter_map(|line| line.split(':').nth(9).filter(|uid| !uid.is_empty()))
        .map(|uid| match uid.split_once('<') {
            Some((_, rest)) if rest.contains('>') => rest.split('>').next().unwrap_or_default().to_string(),
            _ => uid.to_string(),
        })
        .collect()
}

/// `text` (JSON) laid out as Go's json.MarshalIndent lays it out: each
/// element on its own line, `indent` per level, ": " after keys, empty
/// objects and arrays as `{}` and `[]`, and <, >, & (and U+2028, U+2029)
/// in strings escaped as Go escapes them.
pub fn go_indent(text: &str, indent: &str) -> String {
    let mut out = String::new();
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    let newline = |out: &mut String, depth: usize| {
        out.push('\n');
        for _ in 0..depth {
            out.push_str(indent);
        }
    };
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if in_string {
            match c {
                _ if escaped => {
                    escaped = false;
                    out.push(c);
                }
                '\\' => {
                    escaped = true;
                    out.push(c);
                }
                '"' => {
                    in_string = false;
                    out.push(c);
                }
                '<' => out.push_str("\\u003c"),
                '>' => out.push_str("\\u003e"),
                '&' => out.push_str("\\u0026"),
                '\u{2028}' => out.push_str("\\u2028"),
                '\u{2029}' => out.push_str("\\u2029"),
                _ => out.push(c),
            }
            continue;
        }
        match c {
            ' ' | '\t' | '\n' | '\r' => {}
            '"' => {
                in_string = true;
                out.push(c);
            }
            '{' | '[' => {
                out.push(c);
                while chars.peek().is_some_and(|n| n.is_ascii_whitespace()) {
                    chars.next();
                }
                let close = if c == '{' { '}' } else { ']' };
                if chars.peek() == Some(&close) {
                    out.push(close);
                    chars.next();
                } else {
                    depth += 1;
                    newline(&mut out, depth);
                }
            }
            '}' | ']' => {
                depth = depth.saturating_sub(1);
                newline(&mut out, depth);
                out.push(c);
            }
            ',' => {
                out.push(c);
                newline(&mut out, depth);
            }
            ':' => out.push_str(": "),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn go_indent_lays_out_as_marshal_indent() {
        let text = r#"{"default": [ {"type":"reject"} ],"transports":{"docker":{},"x":{"a<&>":[]}}}"#;
        assert_eq!(
            go_indent(text, "    "),
            "{\n    \"default\": [\n        {\n            \"type\": \"reject\"\n        }\n    ],\n    \"transports\": {\n        \"docker\": {},\n        \"x\": {\n            \"a\\u003c\\u0026\\u003e\": []\n        }\n    }\n}"
        );
        assert_eq!(go_indent(r#"["a\"b,:{", 1]"#, "  "), "[\n  \"a\\\"b,:{\",\n  1\n]");
    }

    #[test]
    fn scopes_are_registries_repositories_images_or_wildcards() {
        for good in ["default", "docker.io", "localhost:5000", "quay.io/ns/repo", "quay.io/ns/repo:v1.2", "Reg.Example/x", "*.example.com", "a_b/c-d"] {
            assert!(validate_scope(good).is_ok(), "{good}");
        }
        for bad in ["", "docker://quay.io", "bad uri!!", "host:abc/x", "quay.io/Foo", "q#frag", "quay.io/", "*.", "a@b"] {
            let message = validate_scope(bad).unwrap_err().to_string();
            assert!(message.starts_with(&format!("invalid image uri: {bad:?}")), "{message}");
        }
    }

    #[test]
    fn user_ids_are_their_addresses() {
        let listing = "pub:-:3072:1:3AE6E4D774275E02:1796591623:::-:\nuid:::::::::Signer Name (c) <signer@example.test>:\nuid:::::::::Plain:\nsub:-:3072:1:0698:1796591623::::\n";
        assert_eq!(parse_user_ids(listing), ["signer@example.test", "Plain"]);
    }

    #[test]
    fn the_edited_policy_keeps_the_others_as_written() {
        let mut editable: Editable = serde_json::from_str(r#"{"default":[{"type":"reject"}],"transports":{"docker":{"b":[{"type":"signedBy","keyType":"GPGKeys","keyPath":"/k"}]}}}"#).unwrap();
        editable.transports.get_mut("docker").unwrap().insert("a".into(), RawValue::from_string(r#"[{"type":"insecureAcceptAnything"}]"#.into()).unwrap());
        assert_eq!(
            editable.compact(),
            r#"{"default":[{"type":"reject"}],"transports":{"docker":{"a":[{"type":"insecureAcceptAnything"}],"b":[{"type":"signedBy","keyType":"GPGKeys","keyPath":"/k"}]}}}"#
        );
    }
}
