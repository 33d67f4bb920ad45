//! Image references with a transport, as podman takes them
//! (`TRANSPORT:WHERE`): `docker://NAME` (a registry),
//! `docker-archive:PATH[:NAME|:@N]`, `oci-archive:PATH[:NAME]`,
//! `oci:DIR[:NAME]`, `dir:DIR` and `containers-storage:NAME` (skiff's own
//! store). A reference without a transport is a plain name, whose meaning
//! each command decides (a registry for pull and push, the store for save).
//!
//! Reading and writing reuse what `load` and `save` do
//! ([`super::archive`], [`super::save`]).

use super::archive::{self, Selection, Source};
use super::reference::Reference;
use super::registry::Progress;
use super::save::{Saved, Sink, Writer};
use super::store::{ImageRecord, ImageStore};
use crate::error::Result;
use std::path::{Path, PathBuf};

/// Transports containers/image knows that skiff does not read or write.
const UNSUPPORTED: [&str; 4] = ["docker-daemon", "sif", "tarball", "ostree"];
const KNOWN: &str = "docker, docker-archive, oci-archive, oci, dir, containers-storage";

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImageRef {
    /// A name without a transport.
    Name(String),
    /// `docker://NAME`: an image in a registry, named in full as docker
    /// names it (no short-name resolution: podman's rule for this transport).
    Registry(Reference),
    /// `containers-storage:NAME`: an image in skiff's own store.
    Storage(String),
    DockerArchive { path: PathBuf, reference: Option<String> },
    OciArchive { path: PathBuf, reference: Option<String> },
    Oci { path: PathBuf, reference: Option<String> },
    Dir(PathBuf),
}

impl ImageRef {
    pub fn parse(input: &str) -> Result<ImageRef> {
        if let Some(name) = input.strip_prefix("docker://") {
            return Ok(ImageRef::Registry(Reference::parse(name)?.normalize_docker()));
        }
        let Some((transport, rest)) = input.split_once(':') else {
            return Ok(ImageRef::Name(input.to_string()));
        };
        let path_and_name = || -> Result<(PathBuf, Option<String>)> {
            let (path, name) = match rest.split_once(':') {
                Some((path, name)) => (path, Some(name.to_string())),
                None => (rest, None),
            };
            if path.is_empty() {
                return Err(crate::err!("invalid reference {input:?}: the {transport} transport needs a path"));
            }
            if name.as_deref() == Some("") {
                return Err(crate::err!("invalid reference {input:?}: empty image name after the path"));
            }
            Ok((PathBuf::from(path), name))
        };
        match transport {
            "docker-archive" => {
                let (path, reference) = path_and_name()?;
                Ok(ImageRef::DockerArchive { path, reference })
            }
            "oci-archive" => {
                let (path, reference) = path_and_name()?;
                Ok(ImageRef::OciArchive { path, reference })
            }
            "oci" => {
                let (path, reference) = path_and_name()?;
                Ok(ImageRef::Oci { path, reference })
            }
            "dir" if !rest.is_empty() => Ok(ImageRef::Dir(PathBuf::from(rest))),
            "dir" => Err(crate::err!("invalid reference {input:?}: the dir transport needs a directory")),
            "containers-storage" if !rest.is_empty() => Ok(ImageRef::Storage(rest.to_string())),
            "containers-storage" => Err(crate::err!("invalid reference {input:?}: containers-storage needs an image name")),
            "docker" => Err(crate::err!("invalid reference {input:?}: the docker transport is written docker://NAME")),
            t if UNSUPPORTED.contains(&t) => {
                Err(crate::err!("unsupported transport {t:?} in {input:?}: skiff reads and writes {KNOWN}"))
            }
            // `NAME:TAG` and `HOST:PORT/NAME`: a plain name.
            _ if Reference::parse(input).is_ok() => Ok(ImageRef::Name(input.to_string())),
            t if t.bytes().all(|b| b.is_ascii_lowercase() || b == b'-') && !t.is_empty() => {
                Err(crate::err!("unknown transport {t:?} in {input:?}: skiff reads and writes {KNOWN}"))
            }
            _ => Ok(ImageRef::Name(input.to_string())),
        }
    }

    /// The name to look up in the store, for a reference that names a
    /// stored image (a plain name or `containers-storage:`).
    pub fn local_name(&self) -> Option<&str> {
        match self {
            ImageRef::Name(name) | ImageRef::Storage(name) => Some(name),
            _ => None,
        }
    }

    /// Whether the image is in an archive or a layout on this machine.
    pub fn is_file_based(&self) -> bool {
        matches!(self, ImageRef::DockerArchive { .. } | ImageRef::OciArchive { .. } | ImageRef::Oci { .. } | ImageRef::Dir(_))
    }
}

/// Copy the images a file-based reference names into the store (all of an
/// archive's when it names none): stored all or none.
pub fn read(store: &ImageStore, source: &ImageRef) -> Result<Vec<ImageRecord>> {
    let (transport, path) = match source {
        ImageRef::DockerArchive { path, .. } => ("docker-archive", path),
        ImageRef::OciArchive { path, .. } => ("oci-archive", path),
        ImageRef::Oci { path, .. } => ("oci", path),
        ImageRef::Dir(path) => ("dir", path),
        ImageRef::Name(_) | ImageRef::Registry(_) | ImageRef::Storage(_) => unreachable!("only file-based references are read here"),
    };
    super::policy::check_unsigned(&super::policy::Source::File { transport, path })?;
    let spool_dir = store.spool_dir();
    let (archive, selection) = match source {
        ImageRef::DockerArchive { path, reference } => {
            let name_as = match reference.as_deref() {
                Some(name) if !name.starts_with('@') => Some(Reference::parse(name)?.normalize_docker().to_string()),
                _ => None,
            };
            (Source::Tar(open(spool_dir, path)?), Selection { wanted: reference.clone(), name_as, ..Default::default() })
        }
        ImageRef::OciArchive { path, reference } => {
            (Source::Tar(open(spool_dir, path)?), Selection { wanted: reference.clone(), ..Default::default() })
        }
        ImageRef::Oci { path, reference } => {
            // podman names an image read from a layout after the layout's
            // path (localhost/PATH:latest), when that is a valid name.
            let name_as = Reference::parse(path.to_string_lossy().trim_start_matches('/')).ok().map(|r| r.normalize_local().to_string());
            (Source::Dir(directory(path)?), Selection { wanted: reference.clone(), name_as, ..Default::default() })
        }
        ImageRef::Dir(path) => (Source::Dir(directory(path)?), Selection::default()),
        ImageRef::Name(_) | ImageRef::Registry(_) | ImageRef::Storage(_) => {
            unreachable!("only file-based references are read here")
        }
    };
    archive::load_selected(store, &archive, &selection)
}

fn open(spool_dir: &Path, path: &Path) -> Result<archive::TarFile> {
    archive::open_tar(spool_dir, archive::ArchiveInput::File(path)).map_err(|e| crate::err!("{}: {e}", path.display()))
}

fn directory(path: &Path) -> Result<PathBuf> {
    if !path.is_dir() {
        return Err(crate::err!("{}: no such directory", path.display()));
    }
    Ok(path.to_path_buf())
}

/// Write `image` to a file-based destination, as `save` writes the same
/// format. `source_name` is the name the image was given by, recorded in
/// a docker-archive when the destination names none (as podman does).
/// `compress` gzips a dir: destination's layers (the others' formats fix
/// their own).
pub fn write(
    store: &ImageStore,
    image: &ImageRecord,
    source_name: Option<&str>,
    destination: &ImageRef,
    compress: bool,
    progress: &dyn Progress,
) -> Result<()> {
    let saved = |names: Vec<String>| [Saved { image: image.clone(), names }];
    let write_with = |images: [Saved; 1], docker: bool| {
        move |sink: Sink| -> Result<()> {
            let mut writer = Writer::new(store, sink, progress);
            if docker {
                writer.docker_archive(&images)?;
            } else {
                writer.oci_layout(&images, false)?;
            }
            writer.finish()
        }
    };
    match destination {
        ImageRef::DockerArchive { path, reference } => {
            let name = match reference.as_deref() {
                Some(name) => Some(Reference::parse(name)?.normalize_docker().to_string()),
                None => source_name.map(str::to_string),
            };
            super::save::to_file(path, write_with(saved(name.into_iter().collect()), true))
        }
        ImageRef::OciArchive { path, reference } => super::save::to_file(path, write_with(saved(reference.iter().cloned().collect()), false)),
        ImageRef::Oci { path, reference } => super::save::to_dir(path, write_with(saved(reference.iter().cloned().collect()), false)),
        ImageRef::Dir(path) => super::save::to_dir(path, |sink| {
            let mut writer = Writer::new(store, sink, progress);
            writer.docker_dir(&saved(Vec::new())[0], compress)?;
            writer.finish()
        }),
        ImageRef::Name(_) | ImageRef::Registry(_) | ImageRef::Storage(_) => {
            unreachable!("only file-based references are written here")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_every_transport() {
        let parse = |s: &str| ImageRef::parse(s).unwrap();
        assert_eq!(parse("bb"), ImageRef::Name("bb".into()));
        assert_eq!(parse("bb:latest"), ImageRef::Name("bb:latest".into()));
        assert_eq!(parse("localhost:5000/bb"), ImageRef::Name("localhost:5000/bb".into()));
        assert_eq!(parse("docker://busybox"), ImageRef::Registry(Reference::parse("docker.io/library/busybox:latest").unwrap()));
        assert_eq!(
            parse("docker-archive:/tmp/x.tar:bb:1"),
            ImageRef::DockerArchive { path: "/tmp/x.tar".into(), reference: Some("bb:1".into()) }
        );
        assert_eq!(parse("docker-archive:/tmp/x.tar"), ImageRef::DockerArchive { path: "/tmp/x.tar".into(), reference: None });
        assert_eq!(parse("oci:/tmp/l:tag"), ImageRef::Oci { path: "/tmp/l".into(), reference: Some("tag".into()) });
        assert_eq!(parse("oci-archive:x.tar"), ImageRef::OciArchive { path: "x.tar".into(), reference: None });
        assert_eq!(parse("dir:/tmp/d"), ImageRef::Dir("/tmp/d".into()));
        assert_eq!(parse("containers-storage:bb"), ImageRef::Storage("bb".into()));
    }

    #[test]
    fn refuses_bad_transports_naming_them() {
        for (input, named) in [("docker-daemon:bb", "docker-daemon"), ("bogus:/x", "bogus"), ("dir:", "dir"), ("oci:", "oci"), ("docker:bb", "docker")] {
            let e = ImageRef::parse(input).unwrap_err();
            assert!(e.message.contains(named), "{input}: {}", e.message);
        }
        assert!(ImageRef::parse("docker://Bad").is_err());
    }
}
