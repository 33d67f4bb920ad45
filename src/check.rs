//! `system check`: the whole store against itself. Images (blobs, configs,
//! unpacked layers), containers (records, upper directories, names), pods,
//! volumes and networks are each checked by their own store; this module
//! runs them all, and on request repairs what they found: what cannot be
//! trusted is removed, dangling reservations and garbage too.

use crate::container::lifecycle::{remove_one, WhenRunning};
use crate::container::ContainerStore;
use crate::error::Result;
use crate::image::ImageStore;
use crate::network::NetworkStore;
use crate::paths::Paths;
use crate::pod::PodStore;
use crate::storage::records::RecordFix;
use crate::volume::{VolumeFix, VolumeStore};

#[derive(Debug, Clone, Copy, Default)]
pub struct CheckOptions {
    /// Skip what reads all content: blob digests, unpacked layers' files.
    pub quick: bool,
    /// Remove what cannot be trusted.
    pub repair: bool,
    /// With `repair`: also remove containers whose image is damaged or
    /// missing (otherwise such an image and its containers are kept).
    pub force: bool,
}

/// What a check found and what its repair did, one line each.
#[derive(Debug, Default)]
pub struct CheckReport {
    pub problems: Vec<String>,
    pub repaired: Vec<String>,
    /// Problems a repair left, and why.
    pub left: Vec<String>,
    /// What interrupted commands left that nothing uses or shows (unused
    /// blobs and layers, temporaries, a removal's trash): no damage, but
    /// removed by a repair.
    pub garbage: usize,
}

/// One problem, and the repair that fixes it.
enum Fix {
    Records(RecordFix),
    PodRecords(RecordFix),
    Volume(VolumeFix),
    Network(std::path::PathBuf),
    /// Remove a container that cannot be started any more.
    Container { id: String, name: String },
    /// Left for the user: repairing it would lose something that may be good.
    Nothing(String),
}

/// Check the store (see the module comment). The caller must be inside the
/// user namespace for rootless stores: layers and containers hold files of
/// subordinate ids, which are read and removed.
pub fn check(paths: &Paths, options: &CheckOptions) -> Result<CheckReport> {
    let images = ImageStore::open(paths)?;
    let containers = ContainerStore::open(paths);
    let pods = PodStore::open(paths);
    let volumes = VolumeStore::open(paths);
    let networks = NetworkStore::open(paths);
    let mut report = CheckReport::default();
    let mut fixes: Vec<(String, Fix)> = Vec::new();

    let image_check = images.check(options.quick)?;
    let stored: Vec<String> = images.list()?.into_iter().map(|i| i.id).collect();
    let mut doomed_images = Vec::new();
    for image in &image_check.damaged {
        let shown = if image.name.is_empty() { image.id[..12].to_string() } else { format!("{} ({})", image.name, &image.id[..12]) };
        for problem in &image.problems {
            report.problems.push(format!("image {shown}: {problem}"));
        }
        let users = containers.users_of_image(&image.id)?;
        if users.is_empty() || options.force {
            doomed_images.push(image.id.clone());
            for user in users {
                fixes.push((String::new(), Fix::Container { id: user.id, name: user.name }));
            }
        } else {
            let names: Vec<String> = users.iter().map(|u| u.name.clone()).collect();
            report.left.push(format!(
                "image {shown} is damaged but used by container(s) {}: kept (--force removes them with it)",
                names.join(", ")
            ));
        }
    }
    report.garbage = image_check.garbage.len();

    for container in containers.list()? {
        let shown = format!("container {} ({})", container.name, &container.id[..12]);
        let upper = containers.container_dir(&container.id).join("upper");
        if !upper.is_dir() {
            fixes.push((format!("{shown}: its upper directory is missing"), Fix::Container { id: container.id.clone(), name: container.name.clone() }));
        } else if container.config.rootfs.is_none() && !stored.contains(&container.image_id) {
            let fix = if options.force {
                Fix::Container { id: container.id.clone(), name: container.name.clone() }
            } else {
                Fix::Nothing(format!("{shown} has no image: kept (--force removes it)"))
            };
            fixes.push((format!("{shown}: its image {} is not in the store", &container.image_id[..12.min(container.image_id.len())]), fix));
        }
    }
    // Left-overs nobody sees are no damage: counted as garbage, removed
    // by a repair like the rest.
    let mut leftovers: Vec<Fix> = Vec::new();
    for problem in containers.check_records()? {
        if problem.garbage {
            leftovers.push(Fix::Records(problem.fix));
        } else {
            fixes.push((problem.problem, Fix::Records(problem.fix)));
        }
    }
    for problem in pods.check_records()? {
        if problem.garbage {
            leftovers.push(Fix::PodRecords(problem.fix));
        } else {
            fixes.push((problem.problem, Fix::PodRecords(problem.fix)));
        }
    }
    for (problem, fix) in volumes.check()? {
        if fix.is_garbage() {
            leftovers.push(Fix::Volume(fix));
        } else {
            fixes.push((problem, Fix::Volume(fix)));
        }
    }
    for (problem, path, garbage) in networks.check()? {
        match path {
            Some(path) if garbage => leftovers.push(Fix::Network(path)),
            Some(path) => fixes.push((problem, Fix::Network(path))),
            None => fixes.push((problem.clone(), Fix::Nothing(format!("{problem}: change or remove one of the networks")))),
        }
    }
    report.problems.extend(fixes.iter().map(|(problem, _)| problem.clone()).filter(|p| !p.is_empty()));
    report.garbage += leftovers.len();
    fixes.extend(leftovers.into_iter().map(|fix| (String::new(), fix)));

    if !options.repair {
        return Ok(report);
    }
    let mut removed_containers = Vec::new();
    for (_, fix) in fixes {
        let done = match fix {
            Fix::Container { id, name } => {
                if removed_containers.contains(&id) {
                    continue;
                }
                removed_containers.push(id.clone());
                remove_one(paths, &containers, &id, WhenRunning::Kill, true).map(|_| Some(format!("removed container {name} ({})", &id[..12])))
            }
            Fix::Records(fix) => containers.fix_records(&fix),
            Fix::PodRecords(fix) => pods.fix_records(&fix),
            Fix::Volume(fix) => volumes.fix(&fix),
            Fix::Network(path) => networks.remove_damaged(&path).map(|()| Some(format!("removed {}", path.display()))),
            Fix::Nothing(why) => {
                report.left.push(why);
                continue;
            }
        };
        match done {
            Ok(Some(line)) => report.repaired.push(line),
            Ok(None) => {}
            Err(e) => report.left.push(e.message),
        }
    }
    report.repaired.extend(images.repair(&doomed_images)?);
    Ok(report)
}
