//! A store of records kept one directory each, as containers and pods are:
//! `DIR/ID/FILE` holds the record (JSON, written atomically) beside the
//! record's own files; names are reserved with a symlink `DIR/names/NAME ->
//! ID`, which the kernel creates atomically, so two skiff processes can
//! never take the same name; the process of a running record is noted in
//! `RUNTIME/ID.json`, checked against the process's start time so that a
//! recycled pid is never trusted.

use super::names;
use crate::sys::fs::remove_tree;
use crate::sys::process::{alive, process_start_time};
use crate::error::{Context, Error, Result};
use crate::storage::atomic;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use std::marker::PhantomData;
use std::path::{Path, PathBuf};

/// Length of a record id (hex sha256-sized random id); other entries of the
/// store directory (names/, trash, temporary files) are never that long.
const ID_LEN: usize = 64;

/// What a `RecordStore` needs to know of the records it keeps.
pub trait Record: Serialize + DeserializeOwned {
    /// What a record is, in messages: "container", "pod".
    const KIND: &'static str;
    /// The record's file in its directory.
    const FILE: &'static str;
    fn id(&self) -> &str;
    fn name(&self) -> &str;
    fn set_name(&mut self, name: String);
    /// When the record was made, (seconds, nanoseconds): lists are newest first.
    fn created(&self) -> (i64, u128);
    /// The error for a name already taken by the record `holder`.
    fn name_in_use(name: &str, holder: &str) -> Error;
    /// The error for a name or id that no record has.
    fn not_found(key: &str) -> Error;
}

/// The accessors of `Record` for a struct with the fields `id`, `name`,
/// `created` and `created_nanos`, written inside its `impl Record`.
macro_rules! record_fields {
    () => {
        fn id(&self) -> &str {
            &self.id
        }

        fn name(&self) -> &str {
            &self.name
        }

        fn set_name(&mut self, name: String) {
            self.name = name;
        }

        fn created(&self) -> (i64, u128) {
            (self.created, self.created_nanos)
        }
    };
}
pub(crate) use record_fields;

pub struct RecordStore<T> {
    dir: PathBuf,
    runtime: PathBuf,
    record: PhantomData<fn() -> T>,
}

impl<T: Record> RecordStore<T> {
    /// Records in `dir`, the live state of their processes in `runtime`.
    pub fn new(dir: PathBuf, runtime: PathBuf) -> RecordStore<T> {
        RecordStore { dir, runtime, record: PhantomData }
    }

    pub fn runtime_dir(&self) -> &Path {
        &self.runtime
    }

    /// The record's directory, with its record file and its own files.
    pub fn record_dir(&self, id: &str) -> PathBuf {
        self.dir.join(id)
    }

    fn record_path(&self, id: &str) -> PathBuf {
        self.record_dir(id).join(T::FILE)
    }

    fn names_dir(&self) -> PathBuf {
        self.dir.join("names")
    }

    fn live_path(&self, id: &str) -> PathBuf {
        self.runtime.join(format!("{id}.json"))
    }

    /// Reserve a name (a random free one when None) and a directory for a
    /// new record, then write the record `make` builds from id and name.
    /// On failure nothing is left behind.
    pub fn create(&self, name: Option<&str>, make: impl FnOnce(&str, &str) -> T) -> Result<T> {
        std::fs::create_dir_all(self.names_dir()).context(|| format!("create {}", self.names_dir().display()))?;
        let id = names::random_id();
        let name = names::pick_name(T::KIND, name, &id, |candidate| self.reserve_name(candidate, &id))?;
        let record = make(&id, &name);
        let dir = self.record_dir(&id);
        let made = std::fs::create_dir(&dir).context(|| format!("create {}", dir.display())).and_then(|_| self.save(&record));
        if let Err(e) = made {
            let _ = std::fs::remove_dir_all(&dir);
            let _ = std::fs::remove_file(self.names_dir().join(&name));
            return Err(e);
        }
        Ok(record)
    }

    fn reserve_name(&self, name: &str, id: &str) -> Result<()> {
        // A name whose record directory is gone was left by a process that
        // died half-way.
        let gone = |old: &str| !self.record_dir(old).exists();
        names::reserve_link(&self.names_dir(), name, id, &gone, &|name, holder| T::name_in_use(name, holder))
    }

    /// Give a record another name; the old one is free afterwards.
    pub fn rename(&self, record: &mut T, name: &str) -> Result<()> {
        if !names::valid_name(name) {
            return Err(crate::err!("invalid {} name {name:?}: names must match [a-zA-Z0-9][a-zA-Z0-9_.-]*", T::KIND));
        }
        self.reserve_name(name, record.id())?;
        let old = record.name().to_string();
        record.set_name(name.to_string());
        if let Err(e) = self.save(record) {
            let _ = std::fs::remove_file(self.names_dir().join(name));
            record.set_name(old);
            return Err(e);
        }
        let _ = std::fs::remove_file(self.names_dir().join(&old));
        Ok(())
    }

    /// Write a record. Fails if the record was removed meanwhile, rather
    /// than bringing its directory back.
    pub fn save(&self, record: &T) -> Result<()> {
        atomic::replace(&self.record_path(record.id()), &serde_json::to_vec_pretty(record)?)
    }

    /// The record with the full id `id`.
    pub fn load(&self, id: &str) -> Result<T> {
        atomic::read_json(&self.record_path(id))
    }

    /// All records, newest first.
    pub fn list(&self) -> Result<Vec<T>> {
        let mut out = Vec::new();
        for entry in crate::storage::dir_entries(&self.dir)? {
            let name = entry.file_name();
            if name.len() != ID_LEN {
                continue;
            }
            // A directory without a record is one being created or removed
            // by another process right now.
            if let Ok(record) = self.load(&name.to_string_lossy()) {
                out.push(record);
            }
        }
        // Sorted by index: moving the records themselves (a container's is
        // over a kilobyte) took 15% of `ps -a` with 1,000 containers.
        let mut order: Vec<usize> = (0..out.len()).collect();
        order.sort_by(|&a, &b| {
            let (a, b) = (&out[a], &out[b]);
            b.created().cmp(&a.created()).then_with(|| a.id().cmp(b.id()))
        });
        let mut records: Vec<Option<T>> = out.into_iter().map(Some).collect();
        Ok(order.into_iter().filter_map(|i| records[i].take()).collect())
    }

    /// Find a record by exact name, full id or unique id prefix.
    pub fn lookup(&self, key: &str) -> Result<T> {
        if let Ok(id) = std::fs::read_link(self.names_dir().join(key)) {
            if let Ok(r) = self.load(&id.to_string_lossy()) {
                return Ok(r);
            }
        }
        if key.len() == ID_LEN {
            if let Ok(r) = self.load(key) {
                return Ok(r);
            }
        }
        if !key.is_empty() && key.len() < ID_LEN && key.bytes().all(|b| b.is_ascii_hexdigit()) {
            // The ids are the directories' names: only the records they
            // match are read (a name such as "bb" read them all).
            let ids: Vec<String> = crate::storage::dir_entries(&self.dir)?
                .into_iter()
                .filter_map(|entry| entry.file_name().into_string().ok())
                .filter(|name| name.len() == ID_LEN && name.starts_with(key))
                .collect();
            let mut matches = ids.iter().filter_map(|id| self.load(id).ok());
            match (matches.next(), matches.next()) {
                (Some(one), None) => return Ok(one),
                (None, _) => {}
                (Some(_), Some(_)) => return Err(crate::err!("more than one {} matches the id prefix {key}", T::KIND)),
            }
        }
        Err(T::not_found(key))
    }

    /// Remove a record with its files and name. The directory is first
    /// renamed away so that no reader sees a half-removed record, and an
    /// interrupted removal never leaves one under its real name. Then its
    /// live state goes, with what `forget_runtime` removes of the kind's own
    /// runtime files, and last the files. For rootless stores the caller
    /// must be inside the user namespace when the files belong to
    /// subordinate ids.
    pub fn remove(&self, record: &T, forget_runtime: impl FnOnce()) -> Result<()> {
        let id = record.id();
        let trash = self.dir.join(format!(".trash-{id}"));
        match std::fs::rename(self.record_dir(id), &trash) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(crate::err!("remove {} {id}: {e}", T::KIND)),
        }
        let link = self.names_dir().join(record.name());
        if std::fs::read_link(&link).map(|t| t.to_string_lossy() == id).unwrap_or(false) {
            let _ = std::fs::remove_file(&link);
        }
        self.clear_live(id);
        forget_runtime();
        remove_tree(&trash)
    }

    /// Record the record's process `pid`; the caller is its watcher.
    /// Not synced to disk: after a crash of the machine the process is
    /// gone, and its start time tells a recycled pid apart.
    pub fn set_live(&self, id: &str, pid: i32) -> Result<()> {
        atomic::write_unsynced(&self.live_path(id), &serde_json::to_vec_pretty(&LiveState::watched_here(pid))?)
    }

    pub fn clear_live(&self, id: &str) {
        let _ = std::fs::remove_file(self.live_path(id));
    }

    /// What was recorded of the record's process, alive or not.
    pub fn live(&self, id: &str) -> Option<LiveState> {
        atomic::read_json(&self.live_path(id)).ok()
    }

    /// The record's process, if it is still there.
    pub fn live_pid(&self, id: &str) -> Option<i32> {
        self.live(id).filter(|l| alive(l.pid, l.start_time)).map(|l| l.pid)
    }
}

/// Where a running container's init process is, in the runtime directory.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct LiveState {
    pub pid: i32,
    /// Field 22 of /proc/PID/stat: tells a live process from a recycled pid.
    pub start_time: u64,
    /// The skiff process watching the container (its monitor, or the
    /// foreground `run`), which records the exit status.
    #[serde(default)]
    pub watcher_pid: i32,
    #[serde(default)]
    pub watcher_start_time: u64,
}

impl LiveState {
    /// `pid`, watched by this process.
    pub fn watched_here(pid: i32) -> LiveState {
        let watcher_pid = std::process::id() as i32;
        LiveState {
            pid,
            start_time: process_start_time(pid).unwrap_or(0),
            watcher_pid,
            watcher_start_time: process_start_time(watcher_pid).unwrap_or(0),
        }
    }
}
