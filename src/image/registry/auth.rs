//! Registry credentials: `--creds USER:PASSWORD`, or the auth files podman
//! and docker write (`{"auths": {"REGISTRY": {"auth": base64("user:pass")}}}`).

use crate::error::{Context, Result};
use base64::Engine;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Credentials {
    pub username: String,
    pub password: String,
}

impl Credentials {
    /// `USER:PASSWORD`, as `--creds` takes them.
    pub fn parse(creds: &str) -> Result<Credentials> {
        match creds.split_once(':') {
            Some((username, password)) if !username.is_empty() && !password.is_empty() => {
                Ok(Credentials { username: username.to_string(), password: password.to_string() })
            }
            _ => Err(crate::err!("invalid --creds {creds:?}: expected USERNAME:PASSWORD")),
        }
    }

    /// base64("user:password"), for basic authentication and auth files.
    pub fn encoded(&self) -> String {
        base64::engine::general_purpose::STANDARD.encode(format!("{}:{}", self.username, self.password))
    }

    fn decode(encoded: &str) -> Option<Credentials> {
        let decoded = base64::engine::general_purpose::STANDARD.decode(encoded.trim()).ok()?;
        let (username, password) = std::str::from_utf8(&decoded).ok()?.split_once(':')?;
        Some(Credentials { username: username.to_string(), password: password.to_string() })
    }
}

/// The auth files podman reads, in its order: the given one (`--authfile`
/// or `REGISTRY_AUTH_FILE`), else `$XDG_RUNTIME_DIR/containers/auth.json`,
/// `~/.config/containers/auth.json`, `~/.docker/config.json`.
pub fn auth_files(authfile: Option<&Path>) -> Vec<PathBuf> {
    if let Some(file) = authfile {
        return vec![file.to_path_buf()];
    }
    let mut files = Vec::new();
    if let Some(dirs) = directories::BaseDirs::new() {
        if let Some(runtime) = dirs.runtime_dir() {
            files.push(runtime.join("containers/auth.json"));
        }
        files.push(dirs.config_dir().join("containers/auth.json"));
    }
    files.extend(docker_config_file());
    files
}

/// docker's client configuration directory, as `--config` or docker's own
/// variable names it.
pub const DOCKER_CONFIG_VARIABLE: &str = "DOCKER_CONFIG";

fn docker_config_dir() -> Option<PathBuf> {
    std::env::var_os(DOCKER_CONFIG_VARIABLE).filter(|v| !v.is_empty()).map(PathBuf::from)
}

/// docker's `config.json`: in `$DOCKER_CONFIG`, else `~/.docker`.
fn docker_config_file() -> Option<PathBuf> {
    docker_config_dir()
        .or_else(|| std::env::var_os("HOME").filter(|v| !v.is_empty()).map(|home| PathBuf::from(home).join(".docker")))
        .map(|dir| dir.join("config.json"))
}

/// Credentials for `registry` (and repository `repository`, as podman
/// allows per-repository entries), from `--creds` or the auth files.
pub fn lookup(creds: Option<&str>, authfile: Option<&Path>, registry: &str, repository: &str) -> Result<Option<Credentials>> {
    if let Some(creds) = creds {
        return Credentials::parse(creds).map(Some);
    }
    if let Some(file) = authfile {
        if !file.exists() {
            return Err(crate::err!("credential file {} does not exist", file.display()));
        }
    }
    for file in auth_files(authfile) {
        let text = match std::fs::read_to_string(&file) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
            Err(e) => return Err(crate::err!("read {}: {e}", file.display())),
        };
        let parsed: serde_json::Value = serde_json::from_str(&text).context(|| format!("parse {}", file.display()))?;
        let Some(auths) = parsed.get("auths").and_then(|a| a.as_object()) else { continue };
        // The most specific entry wins: registry/repository, then registry.
        let mut keys = vec![format!("{registry}/{repository}"), registry.to_string()];
        keys.extend(legacy_keys(registry).map(str::to_string));
        for key in &keys {
            let entry = auths.iter().find(|(k, _)| normalize_key(k) == key).map(|(_, v)| v);
            if let Some(credentials) = entry.and_then(|e| e.get("auth")).and_then(|a| a.as_str()).and_then(Credentials::decode) {
                return Ok(Some(credentials));
            }
        }
    }
    Ok(None)
}

/// The file `login` writes: `--authfile`, else podman's
/// `$XDG_RUNTIME_DIR/containers/auth.json`.
pub fn login_file(authfile: Option<&Path>) -> Result<PathBuf> {
    if let Some(file) = authfile {
        return Ok(file.to_path_buf());
    }
    // A docker configuration directory given (`--config`) is where docker
    // users expect their login to go.
    if let Some(dir) = docker_config_dir() {
        return Ok(dir.join("config.json"));
    }
    let runtime = directories::BaseDirs::new()
        .and_then(|dirs| dirs.runtime_dir().map(Path::to_path_buf))
        .unwrap_or_else(|| PathBuf::from(format!("/run/user/{}", nix::unistd::getuid())));
    Ok(runtime.join("containers/auth.json"))
}

/// The registry part of what the user typed: "https://quay.io/" → "quay.io".
pub fn registry_key(input: &str) -> String {
    normalize_key(input).to_string()
}

/// Record `credentials` for `registry` in `file`, keeping its other entries.
pub fn store(file: &Path, registry: &str, credentials: &Credentials) -> Result<()> {
    edit(file, |auths| {
        auths.insert(registry.to_string(), serde_json::json!({ "auth": credentials.encoded() }));
        true
    })
    .map(drop)
}

/// Forget the credentials of `registry` (every registry when None).
/// Returns false when there were none.
pub fn remove(file: &Path, registry: Option<&str>) -> Result<bool> {
    edit(file, |auths| match registry {
        Some(registry) => {
            let before = auths.len();
            auths.retain(|key, _| normalize_key(key) != registry);
            auths.len() != before
        }
        None => {
            auths.clear();
            true
        }
    })
}

/// Change the `auths` object of an auth file and write it back (atomically,
/// readable only by the user) when `change` says it changed something.
fn edit(file: &Path, change: impl FnOnce(&mut serde_json::Map<String, serde_json::Value>) -> bool) -> Result<bool> {
    use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
    let mut document = match std::fs::read_to_string(file) {
        Ok(text) => serde_json::from_str::<serde_json::Value>(&text).context(|| format!("parse {}", file.display()))?,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => serde_json::json!({}),
        Err(e) => return Err(crate::err!("read {}: {e}", file.display())),
    };
    let object = document.as_object_mut().ok_or_else(|| crate::err!("{} is not a JSON object", file.display()))?;
    let auths = object.entry("auths").or_insert_with(|| serde_json::json!({}));
    let auths = auths.as_object_mut().ok_or_else(|| crate::err!("{}: \"auths\" is not an object", file.display()))?;
    if !change(auths) {
        return Ok(false);
    }
    if let Some(dir) = file.parent() {
        std::fs::DirBuilder::new().recursive(true).mode(0o700).create(dir).context(|| format!("create {}", dir.display()))?;
    }
    let text = serde_json::to_vec_pretty(&document)?;
    crate::storage::atomic::write(file, &text)?;
    std::fs::set_permissions(file, std::fs::Permissions::from_mode(0o600)).context(|| format!("protect {}", file.display()))?;
    Ok(true)
}

/// Docker writes Docker Hub's credentials under its old index URL.
fn legacy_keys(registry: &str) -> impl Iterator<Item = &'static str> {
    (registry == "docker.io").then_some(["index.docker.io", "registry-1.docker.io"]).into_iter().flatten()
}

/// Docker's keys may be URLs: "https://index.docker.io/v1/" → "index.docker.io".
fn normalize_key(key: &str) -> &str {
    let key = key.strip_prefix("https://").or_else(|| key.strip_prefix("http://")).unwrap_or(key);
    key.strip_suffix("/v1/").or_else(|| key.strip_suffix("/v2/")).unwrap_or(key).trim_end_matches('/')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_encodes_credentials() {
        let c = Credentials::parse("user:pa:ss").unwrap();
        assert_eq!(c.password, "pa:ss");
        assert_eq!(Credentials::decode(&c.encoded()), Some(c));
        assert!(Credentials::parse("user").is_err());
        assert_eq!(normalize_key("https://index.docker.io/v1/"), "index.docker.io");
        assert_eq!(normalize_key("127.0.0.1:5000"), "127.0.0.1:5000");
    }
}
