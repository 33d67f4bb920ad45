//! Secrets: small blobs (passwords, keys) that containers get at run time
//! without them being part of an image. Kept per user under
//! `$XDG_DATA_HOME/skiff/secrets/ID/` as `secret.json` (the record) and
//! `data` (the content, mode 0600), as podman's "file" driver keeps them.
//! Containers get a copy made when they are created, so removing a secret
//! never breaks a container that uses it (podman's behaviour).

use crate::error::{Context, Error, Result};
use crate::paths::Paths;
use crate::storage::{atomic, lock};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::io::Write;
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
use std::path::PathBuf;

/// podman refuses secrets larger than this (512000 bytes).
pub const MAX_SIZE: usize = 512_000;

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SecretRecord {
    /// 25 hexadecimal characters, as podman's secret ids.
    pub id: String,
    pub name: String,
    pub driver: String,
    #[serde(default)]
    pub labels: BTreeMap<String, String>,
    /// RFC 3339 with nanoseconds.
    pub created: String,
    pub updated: String,
}

pub struct SecretStore {
    dir: PathBuf,
}

fn no_such_secret(key: &str) -> Error {
    Error::new(format!("no secret with name or id {key:?}: no such secret"))
}

/// podman's rule for secret names.
pub fn valid_name(name: &str) -> bool {
    let ok = |c: char| c.is_ascii_alphanumeric();
    !name.is_empty()
        && name.len() <= 64
        && name.chars().all(|c| ok(c) || matches!(c, '-' | '_' | '.'))
        && name.starts_with(ok)
        && name.ends_with(ok)
}

impl SecretStore {
    pub fn open(paths: &Paths) -> SecretStore {
        SecretStore { dir: paths.data.join("secrets") }
    }

    /// Where the secrets' files are (podman's driver option "path").
    pub fn dir(&self) -> &std::path::Path {
        &self.dir
    }

    fn lock(&self) -> Result<lock::Lock> {
        std::fs::DirBuilder::new().recursive(true).mode(0o700).create(&self.dir).context(|| format!("create {}", self.dir.display()))?;
        lock::exclusive(&self.dir.join(".lock"))
    }

    /// Store a new secret; names are unique.
    pub fn create(&self, name: &str, labels: BTreeMap<String, String>, data: &[u8]) -> Result<SecretRecord> {
        if !valid_name(name) {
            return Err(crate::err!(
                "only 64 [a-zA-Z0-9-_.] characters allowed, and the start and end character must be [a-zA-Z0-9]: {name}: invalid secret name"
            ));
        }
        if data.is_empty() {
            return Err(crate::err!("secret data must be larger than 0 and less than {MAX_SIZE} bytes: invalid secret data"));
        }
        if data.len() >= MAX_SIZE {
            return Err(crate::err!("secret data must be larger than 0 and less than {MAX_SIZE} bytes: invalid secret data"));
        }
        let _lock = self.lock()?;
        if self.list()?.iter().any(|s| s.name == name) {
            return Err(crate::err!("{name}: secret name in use"));
        }
        let id = crate::storage::names::random_id()[..25].to_string();
        let now = crate::time::format_nanos(std::time::SystemTime::now());
        let record = SecretRecord { id: id.clone(), name: name.to_string(), driver: "file".into(), labels, created: now.clone(), updated: now };
        // Written under a temporary name and renamed, so a crash never leaves
        // a secret without its data.
        let staging = self.dir.join(format!(".new-{id}"));
        let made = (|| -> Result<()> {
            std::fs::DirBuilder::new().mode(0o700).create(&staging).context(|| format!("create {}", staging.display()))?;
            let mut file = std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .mode(0o600)
                .open(staging.join("data"))
                .context(|| "write the secret".into())?;
            file.write_all(data).and_then(|()| file.sync_all()).context(|| "write the secret".into())?;
            atomic::write_json(&staging.join("secret.json"), &record)?;
            std::fs::rename(&staging, self.dir.join(&id)).context(|| "store the secret".into())
        })();
        if let Err(e) = made {
            let _ = std::fs::remove_dir_all(&staging);
            return Err(e);
        }
        Ok(record)
    }

    /// Every secret, oldest first.
    pub fn list(&self) -> Result<Vec<SecretRecord>> {
        let mut out: Vec<SecretRecord> = crate::storage::dir_entries(&self.dir)?
            .into_iter()
            .filter(|e| !e.file_name().to_string_lossy().starts_with('.'))
            .filter_map(|e| atomic::read_json(&e.path().join("secret.json")).ok())
            .collect();
        out.sort_by(|a: &SecretRecord, b| a.created.cmp(&b.created));
        Ok(out)
    }

    /// A secret by name, full id or unique id prefix.
    pub fn lookup(&self, key: &str) -> Result<SecretRecord> {
        let all = self.list()?;
        if let Some(s) = all.iter().find(|s| s.name == key || s.id == key) {
            return Ok(s.clone());
        }
        let mut prefixed = all.into_iter().filter(|s| !key.is_empty() && s.id.starts_with(key));
        match (prefixed.next(), prefixed.next()) {
            (Some(s), None) => Ok(s),
            (Some(_), Some(_)) => Err(crate::err!("more than one secret matches {key:?}: use more of the id")),
            _ => Err(no_such_secret(key)),
        }
    }

    /// The content of a secret.
    pub fn data(&self, secret: &SecretRecord) -> Result<Vec<u8>> {
        std::fs::read(self.dir.join(&secret.id).join("data")).context(|| format!("read secret {}", secret.name))
    }

    /// Remove a secret; containers keep the copy they were given.
    pub fn remove(&self, key: &str) -> Result<SecretRecord> {
        let _lock = self.lock()?;
        let secret = self.lookup(key)?;
        let trash = self.dir.join(format!(".trash-{}", secret.id));
        std::fs::rename(self.dir.join(&secret.id), &trash).context(|| format!("remove secret {}", secret.name))?;
        std::fs::remove_dir_all(&trash).context(|| format!("remove secret {}", secret.name))?;
        Ok(secret)
    }
}

/// How a container gets a secret (`--secret NAME[,type=...,target=...]`).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum SecretUse {
    /// A read-only file at `target` owned by uid:gid with `mode`.
    Mount { target: String, uid: u32, gid: u32, mode: u32 },
    /// An environment variable named `name`.
    Env { name: String },
}

/// One parsed `--secret` flag.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct SecretRequest {
    pub secret: String,
    pub usage: SecretUse,
}

impl SecretRequest {
    /// `NAME[,type=mount|env][,target=T][,uid=U][,gid=G][,mode=M]`.
    pub fn parse(value: &str) -> Result<SecretRequest> {
        let bad = |why: String| crate::err!("invalid --secret {value:?}: {why}");
        let mut fields = value.split(',');
        let secret = fields.next().unwrap_or_default().to_string();
        let secret = secret.strip_prefix("source=").map(str::to_string).unwrap_or(secret);
        if secret.is_empty() {
            return Err(bad("no secret name".into()));
        }
        let (mut kind, mut target, mut uid, mut gid, mut mode) = (None, None, None, None, None);
        for field in fields {
            let (key, val) = field.split_once('=').ok_or_else(|| bad(format!("{field:?} is not KEY=VALUE")))?;
            let number = |radix: u32| u32::from_str_radix(val, radix).map_err(|_| bad(format!("{key}={val:?} is not a number")));
            match key {
                "type" => kind = Some(val.to_string()),
                "target" => target = Some(val.to_string()),
                "uid" => uid = Some(number(10)?),
                "gid" => gid = Some(number(10)?),
                "mode" => mode = Some(number(8)?),
                _ => return Err(bad(format!("unknown option {key:?} (use type, target, uid, gid or mode)"))),
            }
        }
        let usage = match kind.as_deref().unwrap_or("mount") {
            "mount" => {
                let target = match target {
                    Some(t) if t.starts_with('/') => t,
                    Some(t) if !t.is_empty() && !t.contains('/') => format!("/run/secrets/{t}"),
                    Some(t) => return Err(bad(format!("target {t:?} must be a file name or an absolute path"))),
                    None => format!("/run/secrets/{secret}"),
                };
                SecretUse::Mount { target, uid: uid.unwrap_or(0), gid: gid.unwrap_or(0), mode: mode.unwrap_or(0o444) }
            }
            "env" => {
                if uid.is_some() || gid.is_some() || mode.is_some() {
                    return Err(bad("uid, gid and mode are only for type=mount".into()));
                }
                SecretUse::Env { name: target.unwrap_or_else(|| secret.clone()) }
            }
            other => return Err(bad(format!("type {other:?} must be mount or env"))),
        };
        Ok(SecretRequest { secret, usage })
    }
}

/// Where a container keeps its copy of its `index`th `--secret`.
pub fn container_copy(container_dir: &std::path::Path, index: usize, secret: &str) -> PathBuf {
    container_dir.join("secrets").join(format!("{index}-{secret}"))
}

/// Write a container's copy of a mounted secret, with the owner and mode
/// asked for. Must run inside skiff's user namespace when rootless, where
/// the container's ids can be given.
pub fn write_container_copy(path: &std::path::Path, data: &[u8], usage: &SecretUse) -> Result<()> {
    let SecretUse::Mount { uid, gid, mode, .. } = usage else { return Ok(()) };
    let shown = path.display();
    if let Some(dir) = path.parent() {
        std::fs::DirBuilder::new().recursive(true).mode(0o700).create(dir).context(|| format!("create {}", dir.display()))?;
    }
    std::fs::write(path, data).context(|| format!("write {shown}"))?;
    std::os::unix::fs::chown(path, Some(*uid), Some(*gid)).context(|| format!("give {shown} to {uid}:{gid}"))?;
    std::fs::set_permissions(path, std::os::unix::fs::PermissionsExt::from_mode(*mode)).context(|| format!("chmod {shown}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_secret_flags() {
        let r = SecretRequest::parse("pw").unwrap();
        assert_eq!(r.usage, SecretUse::Mount { target: "/run/secrets/pw".into(), uid: 0, gid: 0, mode: 0o444 });
        let r = SecretRequest::parse("pw,type=env,target=PASS").unwrap();
        assert_eq!(r.usage, SecretUse::Env { name: "PASS".into() });
        let r = SecretRequest::parse("pw,target=/etc/pw,uid=5,gid=6,mode=0400").unwrap();
        assert_eq!(r.usage, SecretUse::Mount { target: "/etc/pw".into(), uid: 5, gid: 6, mode: 0o400 });
        assert!(SecretRequest::parse("pw,type=env,uid=1").is_err());
        assert!(SecretRequest::parse("pw,type=file").is_err());
        assert!(SecretRequest::parse("pw,bogus=1").is_err());
        assert!(!valid_name("bad/name") && valid_name("a.b-c_1"));
    }
}
