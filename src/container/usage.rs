//! The store's disk usage, image by image, container by container and
//! volume by volume: what `system df` sums up (and lists with -v) and the
//! API's `/system/df` returns. One walk of the store for both front ends.

use crate::container::{ContainerRecord, ContainerStatus, ContainerStore};
use crate::error::Result;
use crate::image::store::ImageRecord;
use crate::image::ImageStore;
use crate::paths::Paths;
use crate::volume::{VolumeRecord, VolumeStore};
use std::collections::HashMap;

pub struct ImageUsage {
    pub image: ImageRecord,
    /// Bytes of layers that some other image holds too.
    pub shared: u64,
    /// Containers made from the image.
    pub containers: usize,
}

impl ImageUsage {
    /// Bytes that removing this image alone would free.
    pub fn unique(&self) -> u64 {
        self.image.size.saturating_sub(self.shared)
    }
}

pub struct ContainerUsage {
    pub container: ContainerRecord,
    /// Bytes the container wrote (its upper directory).
    pub written: u64,
    /// Named and anonymous volumes it mounts.
    pub volumes: usize,
}

pub struct VolumeUsage {
    pub volume: VolumeRecord,
    pub size: u64,
    /// Containers (of any state) that mount it.
    pub users: usize,
}

pub struct DiskUsage {
    pub images: Vec<ImageUsage>,
    pub containers: Vec<ContainerUsage>,
    pub volumes: Vec<VolumeUsage>,
}

/// One row per kind, as `system df` prints it: how many, how many in use,
/// their size and what removing the unused ones would free.
pub struct UsageSummary {
    pub kind: &'static str,
    pub total: usize,
    pub active: usize,
    pub size: u64,
    pub reclaimable: u64,
}

pub fn disk_usage(paths: &Paths) -> Result<DiskUsage> {
    let images = ImageStore::open(paths)?.list()?;
    let store = ContainerStore::open(paths);
    let containers = store.list()?;
    let mut holders: HashMap<&str, usize> = HashMap::new();
    for image in &images {
        for layer in &image.layers {
            *holders.entry(layer.diff_id.as_str()).or_default() += 1;
        }
    }
    let image_usage: Vec<ImageUsage> = images
        .iter()
        .map(|image| ImageUsage {
            shared: image.layers.iter().filter(|l| holders.get(l.diff_id.as_str()).copied().unwrap_or(0) > 1).map(|l| l.size).sum(),
            containers: containers.iter().filter(|c| c.image_id == image.id).count(),
            image: image.clone(),
        })
        .collect();
    let volumes = VolumeStore::open(paths);
    let volume_usage = volumes
        .list()?
        .into_iter()
        .map(|volume| VolumeUsage {
            size: crate::storage::disk_usage(&volumes.data_dir(&volume.name)),
            users: containers.iter().filter(|c| crate::volume::mounts_volume(c, &volume.name)).count(),
            volume,
        })
        .collect();
    let container_usage = containers
        .into_iter()
        .map(|container| ContainerUsage {
            written: crate::storage::disk_usage(&store.container_dir(&container.id).join("upper")),
            volumes: container.config.mounts.iter().filter(|m| m.kind == crate::container::mounts::MountKind::Volume).count(),
            container,
        })
        .collect();
    Ok(DiskUsage { images: image_usage, containers: container_usage, volumes: volume_usage })
}

/// `inspect --size`'s SizeRw and SizeRootFs, as podman computes them: the
/// bytes the container wrote (its upper directory), and those plus its
/// image's.
pub fn container_sizes(paths: &Paths, store: &ContainerStore, container: &ContainerRecord) -> (u64, u64) {
    let written = crate::storage::disk_usage(&store.container_dir(&container.id).join("upper"));
    let image = ImageStore::open(paths).ok().and_then(|images| images.lookup(&container.image_id).ok()).map_or(0, |i| i.size);
    (written, written + image)
}

impl DiskUsage {
    /// podman's summary: an image is active while a container uses it, a
    /// container while it runs, a volume while a container mounts it.
    pub fn summary(&self) -> [UsageSummary; 3] {
        let unused_images = self.images.iter().filter(|i| i.containers == 0);
        let stopped = self.containers.iter().filter(|c| c.container.status != ContainerStatus::Running);
        let unmounted = self.volumes.iter().filter(|v| v.users == 0);
        [
            UsageSummary {
                kind: "Images",
                total: self.images.len(),
                active: self.images.iter().filter(|i| i.containers > 0).count(),
                size: self.images.iter().map(|i| i.image.size).sum(),
                reclaimable: unused_images.map(|i| i.image.size).sum(),
            },
            UsageSummary {
                kind: "Containers",
                total: self.containers.len(),
                active: self.containers.iter().filter(|c| c.container.status == ContainerStatus::Running).count(),
                size: self.containers.iter().map(|c| c.written).sum(),
                reclaimable: stopped.map(|c| c.written).sum(),
            },
            UsageSummary {
                kind: "Local Volumes",
                total: self.volumes.len(),
                active: self.volumes.iter().filter(|v| v.users > 0).count(),
                size: self.volumes.iter().map(|v| v.size).sum(),
                reclaimable: unmounted.map(|v| v.size).sum(),
            },
        ]
    }
}
