//! Turn a container's record into the runtime's start-up spec: shared by
//! the foreground `run` and the monitor of a detached container.

use super::state::ContainerRecord;
use crate::error::Result;
use crate::image::ImageStore;
use crate::paths::Paths;
use crate::runtime::spec::{ContainerSpec, NetworkMode, TmpfsMount};
use crate::storage::driver::{Driver, RootfsLayout};

/// The generated files bind-mounted into every container, kept in its
/// directory: (file name, path inside the container).
pub const ETC_FILES: &[(&str, &str)] = &[("hosts", "etc/hosts"), ("resolv.conf", "etc/resolv.conf"), ("hostname", "etc/hostname")];

pub fn spec_for(paths: &Paths, images: &ImageStore, record: &ContainerRecord) -> Result<ContainerSpec> {
    let c = &record.config;
    let image = images.lookup(&record.image_id)?;
    let layers = image.layers.iter().map(|l| images.layer_dir(&l.diff_id)).collect();
    let dir = paths.containers_dir().join(&record.id);
    let driver = Driver::from_name(&record.storage_driver)
        .ok_or_else(|| crate::err!("container {} has an unknown storage driver {:?}", record.id, record.storage_driver))?;
    let network = NetworkMode::parse(&c.network).ok_or_else(|| crate::err!("unsupported network mode {:?}", c.network))?;
    let mut args = c.entrypoint.clone();
    args.extend(c.cmd.iter().cloned());
    Ok(ContainerSpec {
        hostname: c.hostname.clone(),
        driver,
        layout: RootfsLayout::for_container(&dir, layers),
        args,
        env: c.env.clone(),
        workdir: c.workdir.clone(),
        user: c.user.clone(),
        tty: c.tty,
        stdin: c.interactive,
        network,
        etc_files: ETC_FILES.iter().map(|(name, target)| (dir.join(name), target.to_string())).collect(),
        read_only_root: c.read_only,
        tmpfs: c.tmpfs.iter().map(|t| TmpfsMount::parse(t)).collect::<Result<_>>()?,
        masked_paths: Vec::new(),
        readonly_paths: Vec::new(),
    })
}
