//! Bind mounts and volumes a container is created with: docker's `-v` and
//! `--mount` syntaxes, parsed into what the container record keeps.

use crate::error::Result;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum MountKind {
    /// A host file or directory.
    Bind,
    /// A named volume in the volume store.
    Volume,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MountConfig {
    pub kind: MountKind,
    /// Absolute host path (bind) or volume name (volume; empty until an
    /// anonymous volume is made for it).
    pub source: String,
    /// Absolute path inside the container.
    pub destination: String,
    pub read_only: bool,
}

/// One `-v` or `--mount`: a bind or volume, or a tmpfs in `--tmpfs` syntax.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RequestedMount {
    Mount(MountConfig),
    Tmpfs(String),
}

/// `-v [SOURCE:]DEST[:OPTIONS]`: SOURCE is a host path (absolute or
/// starting with `.`) or a volume name; none makes an anonymous volume.
pub fn parse_volume_flag(value: &str) -> Result<MountConfig> {
    let bad = |why: &str| crate::err!("invalid volume {value:?}: {why}");
    let parts: Vec<&str> = value.split(':').collect();
    let (source, destination, options) = match parts.as_slice() {
        [dest] => ("", *dest, ""),
        [source, dest] => (*source, *dest, ""),
        [source, dest, options] => (*source, *dest, *options),
        _ => return Err(bad("use [SOURCE:]DEST[:OPTIONS]")),
    };
    // `-v :/x` names a source and leaves it empty: a mistake, not the
    // anonymous volume that `-v /x` asks for.
    if source.is_empty() && parts.len() > 1 {
        return Err(bad("host directory cannot be empty"));
    }
    check_destination(destination).map_err(|why| bad(&why))?;
    let mut read_only = false;
    for opt in options.split(',').filter(|o| !o.is_empty()) {
        match opt {
            "ro" => read_only = true,
            "rw" => read_only = false,
            // SELinux relabelling: nothing to do without SELinux.
            "z" | "Z" => {}
            other => return Err(bad(&format!("unsupported option {other:?} (use ro, rw, z or Z)"))),
        }
    }
    let (kind, source) = if source.is_empty() {
        (MountKind::Volume, String::new())
    } else if source.starts_with('/') || source.starts_with('.') {
        (MountKind::Bind, host_path(source).map_err(|why| bad(&why))?)
    } else if crate::storage::names::valid_name(source) {
        (MountKind::Volume, source.to_string())
    } else {
        return Err(bad(&format!("{source:?} is neither an absolute host path nor a volume name")));
    };
    Ok(MountConfig { kind, source, destination: clean(destination), read_only })
}

/// `--mount type=bind|volume|tmpfs,source=...,target=...[,readonly]`.
pub fn parse_mount_flag(value: &str) -> Result<RequestedMount> {
    let bad = |why: &str| crate::err!("invalid --mount {value:?}: {why}");
    let (mut kind, mut source, mut destination, mut read_only) = (None, String::new(), None, false);
    let mut tmpfs_options = Vec::new();
    for field in value.split(',').filter(|f| !f.is_empty()) {
        let (key, val) = field.split_once('=').map_or((field, None), |(k, v)| (k, Some(v)));
        match (key, val) {
            ("type", Some(t)) => kind = Some(t.to_string()),
            ("source" | "src", Some(s)) => source = s.to_string(),
            ("target" | "destination" | "dst", Some(d)) => destination = Some(d.to_string()),
            ("readonly" | "ro", None | Some("true" | "1")) => read_only = true,
            ("readonly" | "ro", Some("false" | "0")) => read_only = false,
            ("relabel", Some(_)) => {}
            ("tmpfs-size", Some(size)) => tmpfs_options.push(format!("size={size}")),
            ("tmpfs-mode", Some(mode)) => tmpfs_options.push(format!("mode={mode}")),
            _ => return Err(bad(&format!("unsupported option {field:?}"))),
        }
    }
    let destination = destination.ok_or_else(|| bad("target= is required"))?;
    check_destination(&destination).map_err(|why| bad(&why))?;
    let destination = clean(&destination);
    match kind.as_deref() {
        Some("bind") => {
            if source.is_empty() {
                return Err(bad("source= is required for a bind mount"));
            }
            let source = host_path(&source).map_err(|why| bad(&why))?;
            Ok(RequestedMount::Mount(MountConfig { kind: MountKind::Bind, source, destination, read_only }))
        }
        Some("volume") => {
            if !source.is_empty() && !crate::storage::names::valid_name(&source) {
                return Err(bad(&format!("invalid volume name {source:?}")));
            }
            Ok(RequestedMount::Mount(MountConfig { kind: MountKind::Volume, source, destination, read_only }))
        }
        Some("tmpfs") => {
            if !source.is_empty() {
                return Err(bad("a tmpfs mount takes no source"));
            }
            let mut options = vec![if read_only { "ro" } else { "rw" }.to_string()];
            options.extend(["noexec", "nosuid", "nodev"].map(String::from));
            options.extend(tmpfs_options);
            Ok(RequestedMount::Tmpfs(format!("{destination}:{}", options.join(","))))
        }
        Some(other) => Err(bad(&format!("unsupported type {other:?} (use bind, volume or tmpfs)"))),
        None => Err(bad("type= is required")),
    }
}

/// `--volumes-from CONTAINER[:ro|rw]`: (container, forced read-only mode).
pub fn parse_volumes_from(value: &str) -> Result<(&str, Option<bool>)> {
    match value.split_once(':') {
        None => Ok((value, None)),
        Some((c, "ro")) => Ok((c, Some(true))),
        Some((c, "rw")) => Ok((c, Some(false))),
        Some(_) => Err(crate::err!("invalid --volumes-from {value:?}: use CONTAINER[:ro|rw]")),
    }
}

/// Complete a new container's mounts once its image is known: add those of
/// `--volumes-from` containers and anonymous volumes for the image's VOLUME
/// paths not otherwise mounted, then create the volumes that do not exist
/// yet. `tmpfs` are the container's tmpfs destinations, which an image
/// VOLUME does not override. Must run inside the user namespace.
pub fn complete(
    paths: &crate::paths::Paths,
    mut mounts: Vec<MountConfig>,
    volumes_from: &[String],
    image_volumes: &[String],
    tmpfs: &[String],
) -> Result<Vec<MountConfig>> {
    let containers = crate::container::ContainerStore::open(paths);
    for value in volumes_from {
        let (key, read_only) = parse_volumes_from(value)?;
        // Exit 125 like every bad flag, not `rm`'s 1 for a missing container.
        let source = containers.lookup(key).map_err(|e| crate::error::Error::new(e.message))?;
        for m in source.config.mounts {
            if !mounts.iter().any(|have| have.destination == m.destination) {
                mounts.push(MountConfig { read_only: read_only.unwrap_or(m.read_only), ..m });
            }
        }
    }
    for path in image_volumes {
        let path = clean(path);
        let covered = mounts.iter().any(|m| m.destination == path) || tmpfs.iter().any(|t| clean(t.split(':').next().unwrap_or("")) == path);
        if !covered {
            mounts.push(MountConfig { kind: MountKind::Volume, source: String::new(), destination: path, read_only: false });
        }
    }
    for (i, m) in mounts.iter().enumerate() {
        if mounts[..i].iter().any(|earlier| earlier.destination == m.destination) {
            return Err(crate::err!("duplicate mount destination {}", m.destination));
        }
    }
    let volumes = crate::volume::VolumeStore::open(paths);
    for i in 0..mounts.len() {
        if mounts[i].kind != MountKind::Volume {
            continue;
        }
        let made = if mounts[i].source.is_empty() {
            volumes.create(&crate::storage::names::random_id(), Default::default(), true)
        } else {
            volumes.get_or_create(&mounts[i].source)
        };
        match made {
            Ok(volume) => mounts[i].source = volume.name,
            Err(e) => {
                let _ = crate::volume::remove_anonymous(paths, &mounts[..i]);
                return Err(e);
            }
        }
    }
    Ok(mounts)
}

pub(crate) fn check_destination(dest: &str) -> std::result::Result<(), String> {
    if !dest.starts_with('/') {
        return Err(format!("the container path {dest:?} must be absolute"));
    }
    if dest.split('/').any(|c| c == "..") {
        return Err(format!("the container path {dest:?} must not contain \"..\""));
    }
    Ok(())
}

/// `/a//b/` as `/a/b`, so that mounts compare and sort by path.
pub(crate) fn clean(dest: &str) -> String {
    let parts: Vec<&str> = dest.split('/').filter(|c| !c.is_empty() && *c != ".").collect();
    format!("/{}", parts.join("/"))
}

/// The absolute host path of a bind source, which must exist.
fn host_path(source: &str) -> std::result::Result<String, String> {
    std::fs::canonicalize(source)
        .map(|p| p.to_string_lossy().into_owned())
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => format!("the host path {source} does not exist"),
            _ => format!("the host path {source} cannot be used: {e}"),
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn volume_flag_forms() {
        let m = parse_volume_flag("/tmp:/data:ro,z").unwrap();
        assert_eq!((m.kind, m.source.as_str(), m.destination.as_str(), m.read_only), (MountKind::Bind, "/tmp", "/data", true));
        let m = parse_volume_flag("cache:/var/cache/").unwrap();
        assert_eq!((m.kind, m.source.as_str(), m.destination.as_str()), (MountKind::Volume, "cache", "/var/cache"));
        let m = parse_volume_flag("/data").unwrap();
        assert_eq!((m.kind, m.source.as_str()), (MountKind::Volume, ""));
        assert!(parse_volume_flag("/does/not/exist:/x").is_err());
        assert!(parse_volume_flag("vol:relative").is_err());
        assert!(parse_volume_flag("vol:/x:bogus").is_err());
        assert!(parse_volume_flag("vol:/x/../y").is_err());
        let empty = parse_volume_flag(":/x").unwrap_err().message;
        assert!(empty.contains("host directory cannot be empty"), "{empty}");
    }

    #[test]
    fn mount_flag_forms() {
        let m = parse_mount_flag("type=bind,src=/tmp,dst=/data,readonly").unwrap();
        assert_eq!(
            m,
            RequestedMount::Mount(MountConfig { kind: MountKind::Bind, source: "/tmp".into(), destination: "/data".into(), read_only: true })
        );
        assert_eq!(
            parse_mount_flag("type=tmpfs,target=/scratch,tmpfs-size=1m").unwrap(),
            RequestedMount::Tmpfs("/scratch:rw,noexec,nosuid,nodev,size=1m".into())
        );
        assert!(parse_mount_flag("type=bind,target=/x").is_err());
        assert!(parse_mount_flag("type=nfs,target=/x").is_err());
        assert!(parse_mount_flag("source=v").is_err());
        assert!(parse_mount_flag("type=volume,target=/x,bogus=1").is_err());
    }
}
