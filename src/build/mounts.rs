//! `RUN --mount=type=cache|bind|tmpfs,...`: what the dockerfile frontend
//! lets a RUN step see besides its root filesystem, none of it part of the
//! layer the step writes.
//!
//! - `cache`: a directory of the user's, under the data directory, that
//!   stays between builds (by `id`, the target by default); `sharing`
//!   says what concurrent builds do: `shared` use it together, `locked`
//!   wait for each other, `private` get an empty one of their own when it
//!   is taken.
//! - `bind`: a file or directory of the build context, or of an earlier
//!   stage or an image (`from`), read-only unless `rw`, and then writes go
//!   to a throw-away overlay.
//! - `tmpfs`: an empty tmpfs.
//! - `secret`: a file given with `build --secret id=ID,src=FILE|env=VAR`,
//!   at `/run/secrets/ID` unless `target` says where; a missing one is an
//!   error only when `required`.
//! - `ssh`: the SSH agent socket given with `build --ssh ID=SOCKET` (or
//!   `default`, $SSH_AUTH_SOCK), bound at `/run/buildkit/ssh_agent.N`
//!   unless `target` says where, and named by SSH_AUTH_SOCK in the step's
//!   environment; a missing one is an error only when `required`.

use crate::error::{Context as _, Result};
use crate::storage::lock::{self, Lock};
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RunMount {
    Cache { target: String, id: String, sharing: Sharing, uid: u32, gid: u32, mode: u32, read_only: bool },
    Bind { target: String, source: String, from: Option<String>, read_write: bool },
    Tmpfs { target: String, size: Option<String> },
    Secret { target: String, id: String, required: bool, uid: u32, gid: u32, mode: u32 },
    Ssh { target: String, id: String, required: bool },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sharing {
    Shared,
    Private,
    Locked,
}

impl RunMount {
    /// Parse one `--mount` value; `workdir` anchors relative targets.
    /// `ssh_index` numbers the step's ssh mounts for their default target.
    pub fn parse(value: &str, workdir: &str, ssh_index: usize) -> Result<RunMount> {
        let bad = |why: String| crate::err!("invalid --mount={value}: {why}");
        let mut options = Vec::new();
        let mut kind = None;
        for field in value.split(',').filter(|f| !f.is_empty()) {
            let (key, val) = field.split_once('=').map_or((field, None), |(k, v)| (k, Some(v)));
            match key {
                "type" => kind = Some(val.unwrap_or_default()),
                _ => options.push((key, val)),
            }
        }
        let kind = kind.unwrap_or("bind");
        let mut target = None;
        let mut source = String::new();
        let mut from = None;
        let mut id = None;
        let mut sharing = Sharing::Shared;
        let (mut uid, mut gid) = (0, 0);
        let mut mode = if kind == "secret" { 0o400 } else { 0o755 };
        let mut required = false;
        let mut writable = None;
        let mut size = None;
        let number = |key: &str, val: Option<&str>, radix: u32| {
            val.and_then(|v| u32::from_str_radix(v, radix).ok()).ok_or_else(|| bad(format!("{key} needs a number, not {:?}", val.unwrap_or_default())))
        };
        let boolean = |key: &str, val: Option<&str>| match val {
            None | Some("true") => Ok(true),
            Some("false") => Ok(false),
            Some(other) => Err(bad(format!("{key} takes true or false, not {other:?}"))),
        };
        for (key, val) in options {
            match (kind, key) {
                (_, "target" | "dst" | "destination") => target = val.filter(|v| !v.is_empty()).map(str::to_string),
                ("bind", "source" | "src") => source = val.unwrap_or_default().to_string(),
                ("bind", "from") => from = val.filter(|v| !v.is_empty()).map(str::to_string),
                ("bind", "rw" | "readwrite") => writable = Some(boolean(key, val)?),
                ("bind" | "cache", "ro" | "readonly") => writable = Some(!boolean(key, val)?),
                ("cache" | "secret" | "ssh", "id") => id = val.filter(|v| !v.is_empty()).map(str::to_string),
                ("secret" | "ssh", "required") => required = boolean(key, val)?,
                // The socket is the agent's own, bound as it is: skiff runs
                // no agent proxy that could give it another owner or mode.
                ("ssh", "uid" | "gid" | "mode") => {
                    return Err(bad(format!("{key} on an ssh mount is not supported: skiff binds the agent's own socket, which the step's root may use")))
                }
                ("cache", "sharing") => {
                    sharing = match val {
                        Some("shared") => Sharing::Shared,
                        Some("private") => Sharing::Private,
                        Some("locked") => Sharing::Locked,
                        _ => return Err(bad(format!("sharing takes shared, private or locked, not {:?}", val.unwrap_or_default()))),
                    }
                }
                ("cache" | "secret", "uid") => uid = number(key, val, 10)?,
                ("cache" | "secret", "gid") => gid = number(key, val, 10)?,
                ("cache" | "secret", "mode") => mode = number(key, val, 8).and_then(|m| if m <= 0o7777 { Ok(m) } else { Err(bad(format!("mode {m:o} is not a file mode"))) })?,
                ("tmpfs", "size") => size = Some(val.filter(|v| v.chars().all(|c| c.is_ascii_alphanumeric()) && !v.is_empty()).ok_or_else(|| bad("size needs a size like 64m".into()))?.to_string()),
                ("bind" | "cache" | "tmpfs" | "secret" | "ssh", _) => return Err(bad(format!("unknown option {key:?} for a {kind} mount"))),
                _ => return Err(bad(format!("unsupported mount type {kind:?} (use bind, cache, tmpfs, secret or ssh)"))),
            }
        }
        if !matches!(kind, "bind" | "cache" | "tmpfs" | "secret" | "ssh") {
            return Err(bad(format!("unsupported mount type {kind:?} (use bind, cache, tmpfs, secret or ssh)")));
        }
        if kind == "ssh" {
            // As BuildKit: the id "default", the Nth ssh mount of a step at /run/buildkit/ssh_agent.N.
            id = id.or_else(|| Some("default".into()));
            target = target.or_else(|| Some(format!("/run/buildkit/ssh_agent.{ssh_index}")));
        }
        if kind == "secret" {
            // As BuildKit: the id defaults to the target's file name, the target to /run/secrets/ID.
            id = id.or_else(|| target.as_deref().and_then(|t| t.rsplit('/').next()).filter(|t| !t.is_empty()).map(str::to_string));
            let name = id.clone().ok_or_else(|| bad("a secret mount needs id= (or a target= to take it from)".into()))?;
            target = Some(target.unwrap_or_else(|| format!("/run/secrets/{name}")));
        }
        let target = target.ok_or_else(|| bad("target= is required".into()))?;
        let target = if target.starts_with('/') { target } else { format!("{}/{target}", workdir.trim_end_matches('/')) };
        crate::container::mounts::check_destination(&target).map_err(bad)?;
        let target = crate::container::mounts::clean(&target);
        if target == "/" {
            return Err(bad("the target cannot be the root directory".into()));
        }
        Ok(match kind {
            "cache" => RunMount::Cache { id: id.unwrap_or_else(|| target.clone()), target, sharing, uid, gid, mode, read_only: writable == Some(false) },
            "bind" => RunMount::Bind { target, source, from, read_write: writable == Some(true) },
            "secret" => RunMount::Secret {
                id: id.unwrap_or_default(),
                target,
                required,
                uid,
                gid,
                mode,
            },
            "ssh" => RunMount::Ssh { id: id.unwrap_or_default(), target, required },
            _ => RunMount::Tmpfs { target, size },
        })
    }

    pub fn target(&self) -> &str {
        match self {
            RunMount::Cache { target, .. }
            | RunMount::Bind { target, .. }
            | RunMount::Tmpfs { target, .. }
            | RunMount::Secret { target, .. }
            | RunMount::Ssh { target, .. } => target,
        }
    }

    /// The stage or image a bind mount reads from, from the raw flag value.
    pub fn from_reference(value: &str) -> Option<&str> {
        value.split(',').find_map(|field| field.strip_prefix("from=")).filter(|v| !v.is_empty())
    }
}

/// `--ssh default|ID[=SOCKET]` (podman's and BuildKit's forms): the agent
/// socket of each id, $SSH_AUTH_SOCK when none is named. An agent is
/// forwarded, never key files: skiff runs no agent of its own to load them.
pub fn ssh_agents(values: &[String]) -> Result<std::collections::BTreeMap<String, PathBuf>> {
    use std::os::unix::fs::FileTypeExt;
    let mut agents = std::collections::BTreeMap::new();
    for value in values {
        let bad = |why: &str| crate::err!("invalid --ssh {value:?}: {why}");
        let (id, path) = match value.split_once('=') {
            Some((id, path)) => (id, Some(path)),
            None => (value.as_str(), None),
        };
        if id.is_empty() {
            return Err(bad("the id is empty (use default or ID=SOCKET)"));
        }
        let path = match path {
            Some(path) if path.contains(',') => return Err(bad("give one agent socket: skiff forwards an agent, not key files")),
            Some(path) => PathBuf::from(path),
            None => std::env::var_os("SSH_AUTH_SOCK")
                .filter(|s| !s.is_empty())
                .map(PathBuf::from)
                .ok_or_else(|| bad("SSH_AUTH_SOCK is not set: start ssh-agent, or name the socket with ID=SOCKET"))?,
        };
        let metadata = std::fs::metadata(&path).map_err(|e| bad(&format!("{}: {e}", path.display())))?;
        if !metadata.file_type().is_socket() {
            return Err(bad(&format!("{} is not a socket: skiff forwards an SSH agent's socket, not key files (ssh-add the key to an agent)", path.display())));
        }
        let path = path.canonicalize().map_err(|e| bad(&format!("{}: {e}", path.display())))?;
        agents.insert(id.to_string(), path);
    }
    Ok(agents)
}

/// The directory of cache mount `id`, created with `uid`, `gid` and `mode`
/// the first time, and the lock file that goes with it.
pub fn cache_dir(data: &Path, id: &str, uid: u32, gid: u32, mode: u32) -> Result<(PathBuf, PathBuf)> {
    let root = data.join("build-cache-mounts");
    let hex = crate::image::digest::sha256(id.as_bytes()).trim_start_matches("sha256:").to_string();
    let dir = root.join(&hex);
    if !dir.exists() {
        std::fs::create_dir_all(&root).context(|| format!("create {}", root.display()))?;
        // Made aside and renamed, so that no build sees it half set up.
        let fresh = tempfile::Builder::new().prefix(".tmp-").tempdir_in(&root).context(|| "create cache directory".into())?;
        std::os::unix::fs::chown(fresh.path(), Some(uid), Some(gid)).context(|| format!("give cache {id:?} to {uid}:{gid}"))?;
        std::fs::set_permissions(fresh.path(), std::os::unix::fs::PermissionsExt::from_mode(mode)).context(|| "set cache mode".into())?;
        match std::fs::rename(fresh.path(), &dir) {
            Ok(()) => {
                let _ = fresh.keep();
            }
            // Another build made it meanwhile: use theirs.
            Err(_) if dir.exists() => {}
            Err(e) => return Err(crate::err!("create cache {id:?}: {e}")),
        }
    }
    Ok((dir, root.join(format!("{hex}.lock"))))
}

/// The directory a cache mount shows and the lock held on it while the
/// RUN runs: shared users together, `locked` alone; `private` takes a
/// fresh empty directory in `scratch` when another build holds the cache.
pub fn cache_source(data: &Path, scratch: &Path, id: &str, sharing: Sharing, (uid, gid, mode): (u32, u32, u32)) -> Result<(PathBuf, Option<Lock>)> {
    let (dir, lock_path) = cache_dir(data, id, uid, gid, mode)?;
    match sharing {
        Sharing::Shared => Ok((dir, Some(lock::shared(&lock_path)?))),
        Sharing::Locked => Ok((dir, Some(lock::exclusive(&lock_path)?))),
        Sharing::Private => match lock::try_exclusive(&lock_path)? {
            Some(held) => Ok((dir, Some(held))),
            None => {
                std::fs::create_dir_all(scratch).context(|| format!("create {}", scratch.display()))?;
                std::os::unix::fs::chown(scratch, Some(uid), Some(gid)).context(|| format!("give cache {id:?} to {uid}:{gid}"))?;
                std::fs::set_permissions(scratch, std::os::unix::fs::PermissionsExt::from_mode(mode)).context(|| "set cache mode".into())?;
                Ok((scratch.to_path_buf(), None))
            }
        },
    }
}

/// `source` below `root`, refused when it does not exist or leads out of
/// `root` (`..`, a symbolic link).
pub fn inside(root: &Path, source: &str) -> Result<PathBuf> {
    let rel = crate::container::mounts::clean(source);
    let root = root.canonicalize().context(|| format!("resolve {}", root.display()))?;
    let path = root.join(rel.trim_start_matches('/'));
    let resolved = path.canonicalize().map_err(|e| crate::err!("RUN --mount source {source:?}: {e}"))?;
    if !resolved.starts_with(&root) {
        return Err(crate::err!("RUN --mount source {source:?} leads out of its context or stage"));
    }
    Ok(resolved)
}

/// After the RUN: remove from the overlay upper directory the empty files
/// and directories the runtime made as mount points for `targets` (and
/// their parents it made), which are no change of the step's.
pub fn remove_mount_points(upper: &Path, targets: &[&str]) {
    for target in targets {
        let mut rel = PathBuf::from(target.trim_start_matches('/'));
        loop {
            let path = upper.join(&rel);
            let Ok(md) = std::fs::symlink_metadata(&path) else { break };
            let empty_dir = md.is_dir() && std::fs::read_dir(&path).is_ok_and(|mut e| e.next().is_none()) && !super::diff::is_opaque(&path);
            let removed = if empty_dir {
                std::fs::remove_dir(&path).is_ok()
            } else {
                md.is_file() && md.len() == 0 && rel.as_os_str() == target.trim_start_matches('/') && std::fs::remove_file(&path).is_ok()
            };
            if !removed {
                break;
            }
            match rel.parent().filter(|p| !p.as_os_str().is_empty()) {
                Some(parent) => rel = parent.to_path_buf(),
                None => break,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_five_types_and_refuses_the_rest() {
        let cache = RunMount::parse("type=cache,target=.cache,sharing=locked,uid=5,mode=0700", "/src", 0).unwrap();
        assert_eq!(
            cache,
            RunMount::Cache { target: "/src/.cache".into(), id: "/src/.cache".into(), sharing: Sharing::Locked, uid: 5, gid: 0, mode: 0o700, read_only: false }
        );
        let bind = RunMount::parse("source=a,target=/a,from=builder,rw", "/", 0).unwrap();
        assert_eq!(bind, RunMount::Bind { target: "/a".into(), source: "a".into(), from: Some("builder".into()), read_write: true });
        assert_eq!(RunMount::parse("type=tmpfs,dst=/t,size=1m", "/", 0).unwrap(), RunMount::Tmpfs { target: "/t".into(), size: Some("1m".into()) });
        assert_eq!(
            RunMount::parse("type=secret,id=tok", "/", 0).unwrap(),
            RunMount::Secret { target: "/run/secrets/tok".into(), id: "tok".into(), required: false, uid: 0, gid: 0, mode: 0o400 }
        );
        assert_eq!(
            RunMount::parse("type=secret,target=/etc/tok,required,mode=0444", "/", 0).unwrap(),
            RunMount::Secret { target: "/etc/tok".into(), id: "tok".into(), required: true, uid: 0, gid: 0, mode: 0o444 }
        );
        assert_eq!(RunMount::parse("type=ssh", "/", 1).unwrap(), RunMount::Ssh { target: "/run/buildkit/ssh_agent.1".into(), id: "default".into(), required: false });
        assert_eq!(RunMount::parse("type=ssh,id=git,target=/agent,required", "/", 0).unwrap(), RunMount::Ssh { target: "/agent".into(), id: "git".into(), required: true });
        for bad in ["type=secret", "type=ssh,target=/s,mode=0666", "type=ssh,bogus", "type=nfs,target=/s", "type=cache", "type=cache,target=/c,sharing=maybe", "type=bind,target=/b,bogus=1", "type=tmpfs,target=/t,from=x", "type=cache,target=/"] {
            let err = RunMount::parse(bad, "/", 0).unwrap_err();
            assert!(err.message.contains(bad), "{bad}: {}", err.message);
        }
        assert_eq!(RunMount::from_reference("type=bind,from=build,target=/x"), Some("build"));
    }
}
