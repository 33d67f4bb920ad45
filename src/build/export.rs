//! `build --output`: the built image's files written out of the store, as
//! a directory or a tar archive (podman's type=local and type=tar).

use super::diff::LayerWriter;
use crate::error::{Context as _, Result};
use crate::image::{ImageRecord, ImageStore};
use std::path::PathBuf;

/// Where `--output` writes the image's files.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Destination {
    /// type=local,dest=DIR (or a bare DIR): the files, in DIR.
    Directory(PathBuf),
    /// type=tar,dest=FILE: one tar archive of the files; None is standard output.
    Tar(Option<PathBuf>),
}

impl Destination {
    /// `type=local,dest=DIR`, `type=tar,dest=FILE|-`, or a bare directory path.
    pub fn parse(value: &str) -> Result<Destination> {
        let bad = |why: &str| crate::err!("invalid --output {value:?}: {why}");
        if !value.contains('=') {
            return match value {
                "" => Err(bad("give a directory, or type=local,dest=DIR or type=tar,dest=FILE")),
                "-" => Ok(Destination::Tar(None)),
                dir => Ok(Destination::Directory(dir.into())),
            };
        }
        let (mut kind, mut dest) = (None, None);
        for pair in value.split(',') {
            match pair.split_once('=') {
                Some(("type", v)) => kind = Some(v),
                Some(("dest", v)) if !v.is_empty() => dest = Some(v),
                _ => return Err(bad(&format!("unknown option {pair:?} (use type=local|tar and dest=PATH)"))),
            }
        }
        let dest = dest.ok_or_else(|| bad("dest=PATH is missing"))?;
        match kind {
            Some("local") if dest == "-" => Err(bad("type=local needs a directory, not -")),
            Some("local") => Ok(Destination::Directory(dest.into())),
            Some("tar") if dest == "-" => Ok(Destination::Tar(None)),
            Some("tar") => Ok(Destination::Tar(Some(dest.into()))),
            Some(other) => Err(bad(&format!("type {other:?} is not supported (use local or tar)"))),
            None => Err(bad("type=local or type=tar is missing")),
        }
    }
}

/// Write `image`'s files (its layers merged, as a container would see
/// them) to `destination`; `stdout` is where a tar without a file goes.
pub fn write(store: &ImageStore, image: &ImageRecord, destination: &Destination, stdout: &mut dyn std::io::Write) -> Result<()> {
    let layers: Vec<PathBuf> = image.layers.iter().map(|l| store.layer_dir(&l.diff_id)).collect();
    let tar_of_files = |out: &mut dyn std::io::Write| -> Result<()> {
        let mut writer = LayerWriter::new(out);
        writer.add_squashed(&layers, false)?;
        writer.finish()?.flush().context(|| "write the image's files".into())
    };
    match destination {
        Destination::Tar(None) => tar_of_files(stdout),
        Destination::Tar(Some(path)) => {
            let mut file = std::io::BufWriter::new(std::fs::File::create(path).map_err(|e| crate::err!("--output {}: {e}", path.display()))?);
            tar_of_files(&mut file)
        }
        Destination::Directory(dir) => {
            std::fs::create_dir_all(dir).map_err(|e| crate::err!("--output {}: {e}", dir.display()))?;
            let scratch = tempfile::tempfile().context(|| "create a temporary file".into())?;
            let mut buffered = std::io::BufWriter::new(scratch);
            tar_of_files(&mut buffered)?;
            let mut scratch = buffered.into_inner().map_err(|e| crate::err!("write the image's files: {}", e.error()))?;
            std::io::Seek::rewind(&mut scratch)?;
            let mut archive = tar::Archive::new(scratch);
            archive.set_preserve_permissions(true);
            archive.set_overwrite(true);
            archive.unpack(dir).map_err(|e| crate::err!("--output {}: {e}", dir.display()))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn destinations_as_podman_writes_them() {
        assert_eq!(Destination::parse("out").unwrap(), Destination::Directory("out".into()));
        assert_eq!(Destination::parse("type=local,dest=/x").unwrap(), Destination::Directory("/x".into()));
        assert_eq!(Destination::parse("type=tar,dest=a.tar").unwrap(), Destination::Tar(Some("a.tar".into())));
        assert_eq!(Destination::parse("type=tar,dest=-").unwrap(), Destination::Tar(None));
        for bad in ["", "type=tar", "type=registry,dest=x", "dest=x", "type=local,dest=-", "type=local,dest=x,compress=1"] {
            assert!(Destination::parse(bad).is_err(), "{bad:?} must be refused");
        }
    }
}
