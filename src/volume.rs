//! Named volumes: directories that outlive containers, kept under
//! `$XDG_DATA_HOME/skiff/volumes/NAME/` as `volume.json` (the record) and
//! `_data` (what containers see). A volume's directory is created with
//! mkdir, which the kernel does atomically, so two skiff processes can never
//! create the same volume twice.

use crate::container::mounts::{MountConfig, MountKind};
use crate::sys::fs::remove_tree;
use crate::container::{ContainerRecord, ContainerStore};
use crate::error::{Context, Error, Result};
use crate::paths::Paths;
use crate::storage::atomic;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::PathBuf;

/// podman's exit status when a named volume does not exist.
pub const EXIT_NO_SUCH_VOLUME: i32 = 1;
/// podman's exit status when a volume is in use and -f was not given.
pub const EXIT_VOLUME_IN_USE: i32 = 2;

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct VolumeRecord {
    pub name: String,
    /// Unix seconds.
    pub created: i64,
    #[serde(default)]
    pub labels: BTreeMap<String, String>,
    /// Made for one container (an image's VOLUME, `-v /path`): removed with
    /// it by `rm -v` and `run --rm`.
    #[serde(default)]
    pub anonymous: bool,
}

pub struct VolumeStore {
    dir: PathBuf,
}

impl VolumeStore {
    pub fn open(paths: &Paths) -> VolumeStore {
        VolumeStore { dir: paths.data.join("volumes") }
    }

    /// The directory containers see when they mount the volume.
    /// Where the volumes live (podman's `volumePath`).
    pub fn dir(&self) -> &std::path::Path {
        &self.dir
    }

    /// A volume as Docker's API and podman's `volume inspect` show it.
    pub fn inspect_json(&self, v: &VolumeRecord) -> serde_json::Value {
        serde_json::json!({
            "Name": v.name,
            "Driver": "local",
            "Mountpoint": self.data_dir(&v.name),
            "CreatedAt": crate::time::format(v.created),
            "Labels": v.labels,
            "Scope": "local",
            "Options": {},
            "NeedsCopyUp": self.needs_copy_up(&v.name),
        })
    }

    pub fn data_dir(&self, name: &str) -> PathBuf {
        self.dir.join(name).join("_data")
    }

    /// Whether the next container to mount the volume fills it with what
    /// its image has there (podman's NeedsCopyUp): only an empty volume no
    /// copy-up has given other owners yet, since a container with a user
    /// namespace of its own (--userns=auto) may not own what another one's
    /// root owns.
    pub fn needs_copy_up(&self, name: &str) -> bool {
        use std::os::unix::fs::MetadataExt;
        let data = self.data_dir(name);
        let empty = std::fs::read_dir(&data).map(|mut d| d.next().is_none()).unwrap_or(false);
        let owner = |path: &std::path::Path| std::fs::metadata(path).map(|md| (md.uid(), md.gid())).ok();
        let untouched = data.parent().is_some_and(|volume_dir| owner(&data) == owner(volume_dir));
        empty && untouched
    }

    fn record_path(&self, name: &str) -> PathBuf {
        self.dir.join(name).join("volume.json")
    }

    /// Create a volume; fails if one of that name exists. The volume is
    /// made in a temporary directory and renamed into place (never over an
    /// existing one), so that a killed `volume create` leaves no volume
    /// without a record and two creators never both win.
    pub fn create(&self, name: &str, labels: BTreeMap<String, String>, anonymous: bool) -> Result<VolumeRecord> {
        crate::storage::names::check_name("volume", name)?;
        std::fs::create_dir_all(&self.dir).context(|| format!("create {}", self.dir.display()))?;
        let exists = || crate::err!("volume with name {name} already exists: volume already exists");
        if self.dir.join(name).exists() {
            return Err(exists());
        }
        // Made with mkdir, so with the mode any directory of the user gets.
        let staged = self.dir.join(format!("{TEMP_PREFIX}{}", &crate::storage::names::random_id()[..16]));
        std::fs::create_dir(&staged).context(|| format!("create {}", staged.display()))?;
        let record = VolumeRecord { name: name.to_string(), created: crate::sys::clock::now(), labels, anonymous };
        let data = staged.join("_data");
        let made = std::fs::create_dir(&data)
            .context(|| format!("create {}", data.display()))
            .and_then(|_| atomic::write_json(&staged.join("volume.json"), &record))
            .and_then(|_| {
                match rustix::fs::renameat_with(rustix::fs::CWD, &staged, rustix::fs::CWD, self.dir.join(name), rustix::fs::RenameFlags::NOREPLACE) {
                    Ok(()) => Ok(()),
                    Err(rustix::io::Errno::EXIST) | Err(rustix::io::Errno::NOTEMPTY) => Err(exists()),
                    Err(e) => Err(crate::err!("create volume {name}: {e}")),
                }
            });
        if let Err(e) = made {
            let _ = std::fs::remove_dir_all(&staged);
            return Err(e);
        }
        Ok(record)
    }

    /// Write a volume's record back (in the current format).
    pub fn save(&self, record: &VolumeRecord) -> Result<()> {
        atomic::write_json(&self.record_path(&record.name), record)
    }

    /// The volume `name`, created (as docker does) if it does not exist.
    pub fn get_or_create(&self, name: &str) -> Result<VolumeRecord> {
        match self.lookup(name) {
            Ok(v) => Ok(v),
            Err(_) => self.create(name, BTreeMap::new(), false).or_else(|e| self.lookup(name).map_err(|_| e)),
        }
    }

    pub fn lookup(&self, name: &str) -> Result<VolumeRecord> {
        if !crate::storage::names::valid_name(name) {
            return Err(no_such_volume(name));
        }
        atomic::read_json(&self.record_path(name)).map_err(|_| no_such_volume(name))
    }

    pub fn exists(&self, name: &str) -> bool {
        self.lookup(name).is_ok()
    }

    /// All volumes, by name.
    pub fn list(&self) -> Result<Vec<VolumeRecord>> {
        let mut out: Vec<VolumeRecord> = crate::storage::dir_entries(&self.dir)?
            .into_iter()
            .filter_map(|e| self.lookup(&e.file_name().to_string_lossy()).ok())
            .collect();
        out.sort_by(|a, b| a.name.cmp(&b.name));
        Ok(out)
    }

    /// Delete a volume and its data. For rootless stores the caller must be
    /// inside the user namespace: containers write files as subordinate ids.
    /// The directory is renamed away first so no container can mount a
    /// half-removed volume.
    pub fn remove(&self, name: &str) -> Result<()> {
        let dir = self.dir.join(name);
        let trash = self.dir.join(format!(".trash-{name}"));
        std::fs::rename(&dir, &trash).map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => no_such_volume(name),
            _ => crate::err!("remove volume {name}: {e}"),
        })?;
        remove_tree(&trash)
    }
}

/// Where volumes are made before they are renamed into place.
const TEMP_PREFIX: &str = ".tmp-";

impl VolumeStore {
    /// Every volume directory against its record: one line per problem,
    /// with what a repair does about it.
    pub fn check(&self) -> Result<Vec<(String, VolumeFix)>> {
        use crate::storage::records::{older_than, HALF_MADE_GRACE};
        let mut problems = Vec::new();
        for entry in crate::storage::dir_entries(&self.dir)? {
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.starts_with(".trash-") {
                problems.push((format!("volume {}: left over from an interrupted removal", name.trim_start_matches(".trash-")), VolumeFix::RemoveLeftover(entry.path())));
            } else if name.starts_with(TEMP_PREFIX) {
                if older_than(&entry.path(), HALF_MADE_GRACE) {
                    problems.push((format!("volumes/{name}: left over from an interrupted volume create"), VolumeFix::RemoveLeftover(entry.path())));
                }
            } else if !crate::storage::names::valid_name(&name) || !entry.path().is_dir() {
                continue;
            } else {
                match atomic::read_json::<VolumeRecord>(&self.record_path(&name)) {
                    Err(e) => problems.push((format!("volume {name}: {}", e.message), VolumeFix::Remove(entry.path()))),
                    Ok(record) if record.name != name => {
                        problems.push((format!("volume {name}: its record names it {:?}", record.name), VolumeFix::None))
                    }
                    Ok(_) if !self.data_dir(&name).is_dir() => {
                        problems.push((format!("volume {name}: its _data directory is missing"), VolumeFix::RecreateData(name.clone())))
                    }
                    Ok(_) => {}
                }
            }
        }
        Ok(problems)
    }

    /// Apply a repair `check` proposed; returns what it did, if anything.
    pub fn fix(&self, fix: &VolumeFix) -> Result<Option<String>> {
        match fix {
            VolumeFix::Remove(path) | VolumeFix::RemoveLeftover(path) => {
                remove_tree(path)?;
                Ok(Some(format!("removed {}", path.display())))
            }
            VolumeFix::RecreateData(name) => {
                let data = self.data_dir(name);
                std::fs::create_dir(&data).context(|| format!("create {}", data.display()))?;
                Ok(Some(format!("made an empty _data directory for volume {name}")))
            }
            VolumeFix::None => Ok(None),
        }
    }
}

/// What a repair does about a volume's problem.
#[derive(Debug, Clone)]
pub enum VolumeFix {
    /// A directory with no usable volume in it.
    Remove(PathBuf),
    /// What an interrupted create or removal left, which no one sees.
    RemoveLeftover(PathBuf),
    /// The data is gone already: give the volume an empty directory again.
    RecreateData(String),
    None,
}

impl VolumeFix {
    /// Whether the problem is a left-over nobody sees rather than damage.
    pub fn is_garbage(&self) -> bool {
        matches!(self, VolumeFix::RemoveLeftover(_))
    }
}

fn no_such_volume(name: &str) -> Error {
    Error::with_code(EXIT_NO_SUCH_VOLUME, format!("no volume with name {name:?} found: no such volume"))
}

/// Containers (of any state) that mount the volume.
pub fn users_of_volume(containers: &ContainerStore, name: &str) -> Result<Vec<ContainerRecord>> {
    Ok(containers.list()?.into_iter().filter(|c| mounts_volume(c, name)).collect())
}

/// Whether the container mounts the volume `name`.
pub fn mounts_volume(container: &ContainerRecord, name: &str) -> bool {
    container.config.mounts.iter().any(|m| m.kind == MountKind::Volume && m.source == name)
}

/// Remove the anonymous volumes among a container's mounts (`rm -v`,
/// `run --rm`), once it is gone; named volumes stay.
pub fn remove_anonymous(paths: &Paths, mounts: &[MountConfig]) -> Result<()> {
    let volumes = VolumeStore::open(paths);
    let containers = ContainerStore::open(paths);
    for m in mounts.iter().filter(|m| m.kind == MountKind::Volume) {
        let Ok(volume) = volumes.lookup(&m.source) else { continue };
        // `--volumes-from` shares anonymous volumes: keep one still in use.
        if volume.anonymous && users_of_volume(&containers, &m.source)?.is_empty() {
            volumes.remove(&m.source)?;
        }
    }
    Ok(())
}

/// Remove a volume; one that containers use only with `force` (how to
/// stop those containers, which go first). Call it inside skiff's user
/// namespace: containers write into volumes as subordinate ids.
pub fn remove_with_users(paths: &Paths, name: &str, force: Option<crate::container::lifecycle::WhenRunning>) -> Result<()> {
    let volumes = VolumeStore::open(paths);
    let containers = ContainerStore::open(paths);
    volumes.lookup(name)?;
    let users = users_of_volume(&containers, name)?;
    crate::container::refuse_if_used("volume", name, &users, force.is_some(), EXIT_VOLUME_IN_USE)?;
    for container in users {
        crate::container::lifecycle::remove_one(paths, &containers, &container.id, force.unwrap_or(crate::container::lifecycle::WhenRunning::Kill), false)?;
    }
    volumes.remove(name)
}

/// Volumes no container uses.
pub fn unused_volumes(paths: &Paths) -> Result<Vec<VolumeRecord>> {
    let containers = ContainerStore::open(paths);
    Ok(VolumeStore::open(paths)
        .list()?
        .into_iter()
        .filter(|v| users_of_volume(&containers, &v.name).map(|u| u.is_empty()).unwrap_or(false))
        .collect())
}
