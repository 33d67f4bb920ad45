//! `flock`-based locks so that many skiff processes can share one store.

use crate::error::{Context, Result};
use std::fs::{File, OpenOptions};
use std::path::Path;

/// A held lock; released when dropped (closing the file drops the flock).
pub struct Lock {
    _file: File,
}

fn open(path: &Path) -> Result<File> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).context(|| format!("create {}", parent.display()))?;
    }
    OpenOptions::new()
        .create(true)
        .truncate(false)
        .read(true)
        .write(true)
        .open(path)
        .context(|| format!("open lock {}", path.display()))
}

/// Exclusive lock: for writers of the store's indexes.
pub fn exclusive(path: &Path) -> Result<Lock> {
    let file = open(path)?;
    file.lock().context(|| format!("lock {}", path.display()))?;
    Ok(Lock { _file: file })
}

/// Shared lock: for readers that must not see a writer's half-done work.
pub fn shared(path: &Path) -> Result<Lock> {
    let file = open(path)?;
    file.lock_shared().context(|| format!("lock {}", path.display()))?;
    Ok(Lock { _file: file })
}

/// Exclusive lock if nobody holds the lock now; None if someone does.
pub fn try_exclusive(path: &Path) -> Result<Option<Lock>> {
    let file = open(path)?;
    match file.try_lock() {
        Ok(()) => Ok(Some(Lock { _file: file })),
        Err(std::fs::TryLockError::WouldBlock) => Ok(None),
        Err(std::fs::TryLockError::Error(e)) => Err(crate::err!("lock {}: {e}", path.display())),
    }
}
