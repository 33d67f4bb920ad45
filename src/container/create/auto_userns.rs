//! `--userns=auto`: the size of the container's user namespace, worked out
//! from its image as podman does, and the ids it takes, which no other
//! container's user namespace holds. Allocations are the containers'
//! records themselves (their IDMappings): removing a container frees its
//! ids, and a lock keeps two creates from taking the same ones.

use crate::container::ContainerStore;
use crate::error::{Context as _, Result};
use crate::paths::Paths;
use crate::runtime::userns::{AutoOptions, IdMappings, NestedMappings, AUTO_MAX_SIZE, AUTO_MIN_SIZE};
use crate::storage::lock;
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};

/// Held from choosing a container's ids until its record holds them.
pub fn lock(paths: &Paths) -> Result<lock::Lock> {
    let dir = paths.containers_dir();
    std::fs::create_dir_all(&dir).context(|| format!("create {}", dir.display()))?;
    lock::exclusive(&dir.join("userns-auto.lock"))
}

/// The container's (or pod's) mappings: `size=` if given, else podman's
/// estimate from `layers` (top last; none for a pod: the least size), then
/// the first free ids, which no container or pod holds. The caller holds `lock`.
pub fn allocate(paths: &Paths, outer: &IdMappings, options: &AutoOptions, layers: &[PathBuf]) -> Result<NestedMappings> {
    let size = match options.size {
        Some(size) => size,
        None => {
            let size = size_from_image(layers).max(AUTO_MIN_SIZE);
            if size > AUTO_MAX_SIZE {
                return Err(crate::err!(
                    "the container needs a user namespace with size {size} that is bigger than the maximum value allowed with userns=auto {AUTO_MAX_SIZE} (give auto:size=N)"
                ));
            }
            size
        }
    };
    let mut taken: Vec<NestedMappings> = ContainerStore::open(paths).list()?.into_iter().filter_map(|c| c.config.userns_mappings).collect();
    taken.extend(crate::pod::PodStore::open(paths).list()?.into_iter().filter_map(|p| p.userns_mappings));
    NestedMappings::auto(outer, size, options, &taken)
}

/// podman's getMaxSizeFromImage: one more than the largest owner of the
/// image's files, or the largest uid or gid its /etc/passwd names (the user
/// "nobody" left out), whichever is larger. podman 4.3.1 means to read
/// /etc/group too, but looks for it at a wrong path (relative to its
/// working directory), so a group such as "nogroup" 65534 does not make
/// every namespace 65535 ids: as there, /etc/group does not count.
fn size_from_image(layers: &[PathBuf]) -> u32 {
    let mut size = 0u32;
    for layer in layers {
        largest_owner(layer, &mut size);
    }
    let top_file = |name: &str| layers.iter().rev().map(|l| l.join(name)).find(|p| p.is_file());
    let passwd = top_file("etc/passwd").and_then(|f| std::fs::read_to_string(f).ok()).unwrap_or_default();
    for fields in passwd.lines().map(|l| l.split(':').collect::<Vec<_>>()).filter(|fields| fields[0] != "nobody") {
        for column in [2, 3] {
            if let Some(id) = fields.get(column).and_then(|f| f.parse::<u32>().ok()) {
                size = size.max(id);
            }
        }
    }
    size
}

/// Raise `size` past the owner (uid and gid) of every file under `dir`.
fn largest_owner(dir: &Path, size: &mut u32) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let Ok(md) = entry.metadata() else { continue };
        *size = (*size).max(md.uid().saturating_add(1)).max(md.gid().saturating_add(1));
        if md.is_dir() {
            largest_owner(&entry.path(), size);
        }
    }
}
