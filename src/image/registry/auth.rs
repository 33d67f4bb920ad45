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
    if let Some(runtime) = std::env::var_os("XDG_RUNTIME_DIR").filter(|v| !v.is_empty()) {
        files.push(PathBuf::from(runtime).join("containers/auth.json"));
    }
    if let Some(home) = std::env::var_os("HOME").filter(|v| !v.is_empty()) {
        let home = PathBuf::from(home);
        let config = std::env::var_os("XDG_CONFIG_HOME").filter(|v| !v.is_empty()).map_or_else(|| home.join(".config"), PathBuf::from);
        files.push(config.join("containers/auth.json"));
        files.push(home.join(".docker/config.json"));
    }
    files
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
