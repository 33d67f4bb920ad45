//! A store of records kept one directory each, as containers and pods are:
//! `DIR/ID/FILE` holds the record (compact JSON, written atomically: it is
//! read far more often than by people, and its indentation was a quarter
//! of its bytes and a tenth of `ps -a`'s parsing) beside the
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
use rustix::fs::{Mode, OFlags};
use std::marker::PhantomData;
use std::path::{Path, PathBuf};

/// The prefix of a record being made (see `RecordStore::create`).
const STAGED_PREFIX: &str = ".tmp-";

/// Put `items` in the order `order` gives (`order[i]` is the index of the
/// item that goes to position i), moving each item once.
fn permute<V>(items: &mut [V], order: &[usize]) {
    let mut placed = vec![false; items.len()];
    for start in 0..items.len() {
        // Along the cycle through `start`: each swap puts one item where
        // it belongs and moves the one it displaces on along the cycle.
        let mut position = start;
        while !placed[position] {
            placed[position] = true;
            let from = order[position];
            if from == start {
                break;
            }
            items.swap(position, from);
            position = from;
        }
    }
}

/// Length of a record id (hex sha256-sized random id); other entries of the
/// store directory (names/, trash, temporary files) are never that long.
const ID_LEN: usize = 64;

/// What a `RecordStore` needs to know of the records it keeps.
pub trait Record: Serialize + DeserializeOwned + Send {
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
    /// Whether the record must survive a crash of the machine. One that
    /// need not is written without an fsync (a journal commit, the largest
    /// single cost of `run --rm` on ext4); if a crash leaves it unreadable,
    /// `system check` finds and removes it with its name.
    fn durability(&self) -> atomic::Durability {
        atomic::Durability::Synced
    }
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

/// One reader's buffer for a listing: records are a few KB, so one
/// `read` takes a whole one (no size query, no allocation per record).
struct RecordBuffer {
    block: Vec<u8>,
    spill: Vec<u8>,
}

impl Default for RecordBuffer {
    fn default() -> RecordBuffer {
        RecordBuffer { block: vec![0; 16 * 1024], spill: Vec::new() }
    }
}

impl RecordBuffer {
    /// The record at `relative` under `dir`, if it is there and whole.
    fn read<T: DeserializeOwned>(&mut self, dir: &std::os::fd::OwnedFd, relative: &str) -> Option<T> {
        use std::io::Read;
        let mut file = std::fs::File::from(rustix::fs::openat(dir, relative, OFlags::RDONLY | OFlags::CLOEXEC, Mode::empty()).ok()?);
        let n = file.read(&mut self.block).ok()?;
        // A short read of a regular file is its end; should a file system
        // ever stop early, the parse fails and the rest is read below.
        if n < self.block.len() {
            if let Ok(record) = serde_json::from_slice(&self.block[..n]) {
                return Some(record);
            }
        }
        self.spill.clear();
        self.spill.extend_from_slice(&self.block[..n]);
        file.read_to_end(&mut self.spill).ok()?;
        serde_json::from_slice(&self.spill).ok()
    }
}

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
        // Made aside and renamed into place with its record: a process
        // killed half-way leaves a temporary directory, never a record
        // directory without a record that holds the name. The directory
        // exists before the name is taken: another process that finds the
        // name held by an id with neither directory takes it for one left
        // by a dead process (20 parallel `pod create --name same` saw two
        // succeed when the name came first).
        let staged = self.staged_dir(&id);
        std::fs::create_dir(&staged).context(|| format!("create {}", staged.display()))?;
        let name = match names::pick_name(T::KIND, name, &id, |candidate| self.reserve_name(candidate, &id)) {
            Ok(name) => name,
            Err(e) => {
                let _ = std::fs::remove_dir_all(&staged);
                return Err(e);
            }
        };
        let record = make(&id, &name);
        let made = atomic::replace_with(&staged.join(T::FILE), &serde_json::to_vec(&record)?, record.durability())
            .and_then(|_| std::fs::rename(&staged, self.record_dir(&id)).context(|| format!("create {} {id}", T::KIND)));
        if let Err(e) = made {
            // The name first, and only while it is still ours: once the
            // directory is gone another process may take it.
            let link = self.names_dir().join(&name);
            if std::fs::read_link(&link).is_ok_and(|holder| holder.as_os_str() == id.as_str()) {
                let _ = std::fs::remove_file(&link);
            }
            let _ = std::fs::remove_dir_all(&staged);
            return Err(e);
        }
        Ok(record)
    }

    /// Where a new record is made before it is renamed into place.
    fn staged_dir(&self, id: &str) -> PathBuf {
        self.dir.join(format!("{STAGED_PREFIX}{id}"))
    }

    fn reserve_name(&self, name: &str, id: &str) -> Result<()> {
        // A name whose record directory is gone was left by a process that
        // died half-way (one whose record is being made right now is not).
        // The staged directory is looked at first: it is renamed into the
        // record's, so looking at the record's first could miss both.
        let gone = |old: &str| {
            let staged = self.staged_dir(old);
            let being_made = staged.exists() && !older_than(&staged, HALF_MADE_GRACE);
            !being_made && !self.record_dir(old).exists()
        };
        names::reserve_link(&self.names_dir(), name, id, &gone, &|name, holder| T::name_in_use(name, holder))
    }

    /// Give a record another name; the old one is free afterwards.
    pub fn rename(&self, record: &mut T, name: &str) -> Result<()> {
        names::check_name(T::KIND, name)?;
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
        atomic::replace_with(&self.record_path(record.id()), &serde_json::to_vec(record)?, record.durability())
    }

    /// The record with the full id `id`.
    pub fn load(&self, id: &str) -> Result<T> {
        self.load_as(id)
    }

    /// The record with the full id `id`, read as `V` (see `list_as`).
    pub fn load_as<V: DeserializeOwned>(&self, id: &str) -> Result<V> {
        atomic::read_json(&self.record_path(id))
    }

    /// All records, newest first.
    pub fn list(&self) -> Result<Vec<T>> {
        self.list_as(|record: &T| (record.created(), record.id()))
    }

    /// All records read as `V`, a type with some of the record's fields
    /// (serde skips the others without building them), newest first by
    /// `order`'s (created, id). A listing that shows a few fields of many
    /// records reads them this way: building every field of 1,000
    /// containers' records was three quarters of `ps -a`.
    pub fn list_as<V: DeserializeOwned + Send>(&self, order: impl Fn(&V) -> ((i64, u128), &str)) -> Result<Vec<V>> {
        let ids: Vec<String> = crate::storage::dir_entries(&self.dir)?
            .into_iter()
            .filter_map(|entry| entry.file_name().into_string().ok())
            .filter(|name| name.len() == ID_LEN)
            .collect();
        let mut records: Vec<V> = self.load_all(&ids);
        // Sorted by index, then each record moved once, in place: moving
        // the records themselves while sorting (a container's is over a
        // kilobyte) took 15% of `ps -a` with 1,000 containers, and copies
        // of the list are fresh memory, each page of it a page fault.
        let mut sorted: Vec<usize> = (0..records.len()).collect();
        sorted.sort_by(|&a, &b| {
            let ((a_created, a_id), (b_created, b_id)) = (order(&records[a]), order(&records[b]));
            b_created.cmp(&a_created).then_with(|| a_id.cmp(b_id))
        });
        permute(&mut records, &sorted);
        Ok(records)
    }

    /// The records of `ids` that can be read. A directory without a record
    /// is one being created or removed by another process right now.
    /// Reading and parsing is nearly all of `ps -a` with many records (1,000
    /// containers: 5 syscalls and a 2 KB JSON parse each, 24 ms), so each
    /// record is opened relative to the store's directory and read in one
    /// call, and a long list is shared out among the cores.
    fn load_all<V: DeserializeOwned + Send>(&self, ids: &[String]) -> Vec<V> {
        const PER_THREAD: usize = 100;
        let Ok(dir) = rustix::fs::open(&self.dir, OFlags::RDONLY | OFlags::DIRECTORY | OFlags::CLOEXEC, Mode::empty()) else {
            return Vec::new();
        };
        let load_part = |part: &[String]| -> Vec<V> {
            let mut buffer = RecordBuffer::default();
            part.iter().filter_map(|id| buffer.read(&dir, &format!("{id}/{}", T::FILE))).collect()
        };
        if ids.len() < 2 * PER_THREAD {
            return load_part(ids);
        }
        let threads = std::thread::available_parallelism().map_or(1, |n| n.get()).min(ids.len() / PER_THREAD).min(8);
        let chunk = ids.len().div_ceil(threads);
        std::thread::scope(|scope| {
            let parts: Vec<_> = ids.chunks(chunk).map(|part| scope.spawn(move || load_part(part))).collect();
            let parts: Vec<Vec<V>> = parts.into_iter().map(|part| part.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic))).collect();
            // One allocation of the final size (collecting grew it by
            // doubling, a copy and fresh pages each time).
            let mut all = Vec::with_capacity(parts.iter().map(Vec::len).sum());
            for mut part in parts {
                all.append(&mut part);
            }
            all
        })
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
        remove_tree(&self.unlist(record, forget_runtime)?)
    }

    /// `remove`, with the files removed by a child process that this one
    /// does not wait for (see `sys::fs::remove_tree_detached`): the record
    /// and its name are gone when this returns, its disk space a moment
    /// later. For a command about to exit (`run --rm`). `hold` stays open
    /// in that child until it is done.
    pub fn remove_detached(&self, record: &T, forget_runtime: impl FnOnce(), hold: Vec<std::os::fd::OwnedFd>) -> Result<()> {
        crate::sys::fs::remove_tree_detached(&self.unlist(record, forget_runtime)?, hold)
    }

    /// The first steps of a removal: the record renamed to its trash, its
    /// name and live state gone. Returns the trash, for its files.
    fn unlist(&self, record: &T, forget_runtime: impl FnOnce()) -> Result<PathBuf> {
        let id = record.id();
        let trash = self.dir.join(format!(".trash-{id}"));
        match std::fs::rename(self.record_dir(id), &trash) {
            Ok(()) => {}
            // Another process removed it first: of two removals of one
            // record, exactly one succeeds.
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Err(T::not_found(id)),
            Err(e) => return Err(crate::err!("remove {} {id}: {e}", T::KIND)),
        }
        let link = self.names_dir().join(record.name());
        if std::fs::read_link(&link).map(|t| t.to_string_lossy() == id).unwrap_or(false) {
            let _ = std::fs::remove_file(&link);
        }
        self.clear_live(id);
        forget_runtime();
        Ok(trash)
    }

    /// Record the record's process `pid`; the caller is its watcher.
    /// Not synced to disk: after a crash of the machine the process is
    /// gone, and its start time tells a recycled pid apart.
    pub fn set_live(&self, id: &str, pid: i32) -> Result<()> {
        atomic::write_unsynced(&self.live_path(id), &serde_json::to_vec(&LiveState::watched_here(pid))?)
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

/// A record directory without a readable record may be one another
/// process is creating right now: only one older than this is left over.
pub const HALF_MADE_GRACE: std::time::Duration = std::time::Duration::from_secs(60);

/// Whether `path` was last changed longer than `grace` ago.
pub fn older_than(path: &Path, grace: std::time::Duration) -> bool {
    std::fs::symlink_metadata(path).and_then(|m| m.modified()).is_ok_and(|t| t.elapsed().is_ok_and(|age| age > grace))
}

/// One inconsistency of a record store, and how a repair fixes it.
#[derive(Debug, Clone)]
pub struct RecordProblem {
    pub problem: String,
    pub fix: RecordFix,
    /// Left-overs nobody sees (a removal's trash, a record never finished):
    /// no damage, though a repair removes them.
    pub garbage: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub enum RecordFix {
    /// Remove the name reservation `names/NAME` (while it still points at ID).
    RemoveName { name: String, id: String },
    /// Reserve the record's name again.
    RestoreName { name: String, id: String },
    /// Remove a directory nothing uses: a half-made record, a removal's trash.
    RemoveDir(PathBuf),
    /// Nothing a repair can do without losing a record that may be good.
    None,
}

impl<T: Record> RecordStore<T> {
    /// Every name reservation against the records, and the directories
    /// that hold no record.
    pub fn check(&self) -> Result<Vec<RecordProblem>> {
        let mut problems = Vec::new();
        let mut records = Vec::new();
        let mut half_made = Vec::new();
        for entry in crate::storage::dir_entries(&self.dir)? {
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.starts_with(".trash-") {
                // Being removed right now, by a `run --rm` that has returned.
                if crate::sys::fs::removal_in_progress(&entry.path()) {
                    continue;
                }
                problems.push(RecordProblem {
                    problem: format!("{} {}: left over from an interrupted removal", T::KIND, name.trim_start_matches(".trash-")),
                    fix: RecordFix::RemoveDir(entry.path()),
                    garbage: true,
                });
                continue;
            }
            if name.starts_with(STAGED_PREFIX) {
                if older_than(&entry.path(), HALF_MADE_GRACE) {
                    problems.push(RecordProblem {
                        problem: format!("{} {}: left over from an interrupted create", T::KIND, name.trim_start_matches(STAGED_PREFIX)),
                        fix: RecordFix::RemoveDir(entry.path()),
                        garbage: true,
                    });
                }
                continue;
            }
            if name.len() != ID_LEN {
                continue;
            }
            match self.load(&name) {
                Ok(record) => records.push(record),
                Err(_) if older_than(&entry.path(), HALF_MADE_GRACE) => {
                    half_made.push(name.clone());
                    problems.push(RecordProblem {
                        problem: format!("{} {name}: its directory holds no readable {}", T::KIND, T::FILE),
                        fix: RecordFix::RemoveDir(entry.path()),
                        garbage: false,
                    })
                }
                Err(_) => {}
            }
        }
        for entry in crate::storage::dir_entries(&self.names_dir())? {
            let name = entry.file_name().to_string_lossy().into_owned();
            let Ok(target) = std::fs::read_link(entry.path()) else {
                problems.push(RecordProblem {
                    problem: format!("{} name {name}: the reservation is not a link to a {}", T::KIND, T::KIND),
                    garbage: false,
                    fix: RecordFix::RemoveDir(entry.path()),
                });
                continue;
            };
            let id = target.to_string_lossy().into_owned();
            match records.iter().find(|r| r.id() == id) {
                Some(record) if record.name() == name => {}
                Some(record) => problems.push(RecordProblem {
                    problem: format!("{} name {name}: reserved for {id}, which is named {}", T::KIND, record.name()),
                    garbage: false,
                    fix: RecordFix::RemoveName { name, id },
                }),
                None if half_made.contains(&id) => problems.push(RecordProblem {
                    problem: format!("{} name {name}: reserved for {id}, which was never finished", T::KIND),
                    fix: RecordFix::RemoveName { name, id },
                    garbage: false,
                }),
                None if self.record_dir(&id).exists() || self.staged_dir(&id).exists() => {} // being created or removed right now
                None => problems.push(RecordProblem {
                    problem: format!("{} name {name}: reserved for {id}, which does not exist", T::KIND),
                    garbage: false,
                    fix: RecordFix::RemoveName { name, id },
                }),
            }
        }
        for record in &records {
            let link = std::fs::read_link(self.names_dir().join(record.name())).ok().map(|t| t.to_string_lossy().into_owned());
            match link {
                Some(holder) if holder == record.id() => {}
                Some(holder) if self.record_dir(&holder).exists() => problems.push(RecordProblem {
                    problem: format!("{} {}: its name {} is reserved for {holder}", T::KIND, record.id(), record.name()),
                    garbage: false,
                    fix: RecordFix::None,
                }),
                _ => problems.push(RecordProblem {
                    problem: format!("{} {}: its name {} is not reserved", T::KIND, record.id(), record.name()),
                    garbage: false,
                    fix: RecordFix::RestoreName { name: record.name().to_string(), id: record.id().to_string() },
                }),
            }
        }
        Ok(problems)
    }

    /// Apply a repair `check` proposed; returns what it did, if anything,
    /// in one line.
    pub fn fix(&self, fix: &RecordFix) -> Result<Option<String>> {
        match fix {
            RecordFix::RemoveName { name, id } => {
                let link = self.names_dir().join(name);
                if std::fs::read_link(&link).is_ok_and(|t| t.to_string_lossy() == *id) {
                    std::fs::remove_file(&link).context(|| format!("remove {}", link.display()))?;
                    return Ok(Some(format!("removed the reservation of the {} name {name}", T::KIND)));
                }
                Ok(None)
            }
            RecordFix::RestoreName { name, id } => {
                let link = self.names_dir().join(name);
                // A dangling link is replaced; a live one is left alone.
                if std::fs::read_link(&link).is_ok_and(|t| !self.record_dir(&t.to_string_lossy()).exists()) {
                    let _ = std::fs::remove_file(&link);
                }
                std::fs::create_dir_all(self.names_dir()).context(|| format!("create {}", self.names_dir().display()))?;
                match std::os::unix::fs::symlink(id, &link) {
                    Ok(()) => Ok(Some(format!("reserved the {} name {name} for {id} again", T::KIND))),
                    Err(e) => Err(crate::err!("reserve the {} name {name} again: {e}", T::KIND)),
                }
            }
            RecordFix::RemoveDir(path) => {
                if std::fs::symlink_metadata(path).is_ok_and(|m| m.is_dir()) {
                    remove_tree(path)?;
                } else {
                    std::fs::remove_file(path).context(|| format!("remove {}", path.display()))?;
                }
                Ok(Some(format!("removed {}", path.display())))
            }
            RecordFix::None => Ok(None),
        }
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

#[cfg(test)]
mod tests {
    use super::permute;

    #[test]
    fn permute_puts_each_item_where_the_order_says() {
        let orders: [&[usize]; 5] = [&[], &[0], &[1, 0], &[2, 0, 1], &[3, 4, 0, 2, 1, 5]];
        for order in orders {
            let mut items: Vec<usize> = (0..order.len()).map(|i| i * 10).collect();
            permute(&mut items, order);
            let expected: Vec<usize> = order.iter().map(|i| i * 10).collect();
            assert_eq!(items, expected, "order {order:?}");
        }
    }
}
