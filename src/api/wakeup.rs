//! Wake-ups for the requests that wait on a container (`wait`, `attach`):
//! its monitor writes everything they wait for into the container's
//! directory (the log as it grows, the record replaced at each change of
//! state, the directory renamed away at its removal), so one inotify watch
//! on that directory wakes them the moment it happens, where a poll with a
//! fixed sleep made `docker run --rm` wait half a poll on average.
//!
//! One inotify instance serves the whole service (a user has 128 at most),
//! with one watch per directory however many requests wait on it. A
//! waiter still looks again after a while without a wake-up, for what no
//! file change tells (a monitor killed with SIGKILL), and without inotify
//! (no instance to be had) it polls as it did.

use std::collections::HashMap;
use std::os::fd::{AsFd, OwnedFd};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::io::unix::AsyncFd;
use tokio::sync::watch;

pub struct Wakeups {
    inotify: AsyncFd<OwnedFd>,
    /// By watch descriptor: the waiters' count and what wakes them.
    watched: Mutex<HashMap<i32, Watched>>,
}

struct Watched {
    waiters: usize,
    changes: watch::Sender<()>,
    /// The same changes counted for waiters on blocking threads, which
    /// cannot use tokio's timers: those panic once the runtime shuts down
    /// while a thread still waits.
    counted: Arc<ChangeCount>,
}

/// Changes seen in one directory, for blocking waiters.
#[derive(Default)]
struct ChangeCount {
    count: Mutex<u64>,
    changed: std::sync::Condvar,
}

impl ChangeCount {
    fn bump(&self) {
        if let Ok(mut count) = self.count.lock() {
            *count += 1;
        }
        self.changed.notify_all();
    }

    fn now(&self) -> u64 {
        self.count.lock().map(|c| *c).unwrap_or(0)
    }
}

impl Watched {
    fn wake(&self) {
        self.changes.send_replace(());
        self.counted.bump();
    }
}

impl Wakeups {
    /// The service's instance and the task that hands its events out;
    /// None where inotify cannot be had. Called inside the runtime.
    pub fn start() -> Option<Arc<Wakeups>> {
        use rustix::fs::inotify;
        let fd = inotify::init(inotify::CreateFlags::CLOEXEC | inotify::CreateFlags::NONBLOCK).ok()?;
        // SAFETY: an OwnedFd owned by the AsyncFd stays open and the same
        // descriptor for the AsyncFd's whole life.
        let inotify = unsafe { AsyncFd::register(fd) }.ok()?;
        let wakeups = Arc::new(Wakeups { inotify, watched: Mutex::new(HashMap::new()) });
        tokio::spawn(wakeups.clone().dispatch());
        Some(wakeups)
    }

    /// Wake the waiters of each directory that changed, until the
    /// instance fails (then every waiter goes back to polling).
    async fn dispatch(self: Arc<Wakeups>) {
        use rustix::fs::inotify::{ReadFlags, Reader};
        let mut buffer = [std::mem::MaybeUninit::<u8>::uninit(); 4096];
        loop {
            let Ok(mut ready) = self.inotify.readable().await else { break };
            let mut woken = Vec::new();
            let mut overflow = false;
            let mut reader = Reader::new(self.inotify.get_ref().as_fd(), &mut buffer);
            let failed = loop {
                match reader.next() {
                    Ok(event) if event.events().contains(ReadFlags::QUEUE_OVERFLOW) => overflow = true,
                    Ok(event) => woken.push((event.wd(), event.events().contains(ReadFlags::IGNORED))),
                    Err(rustix::io::Errno::AGAIN) => break false,
                    Err(rustix::io::Errno::INTR) => continue,
                    Err(_) => break true,
                }
            };
            ready.clear_ready();
            let Ok(mut watched) = self.watched.lock() else { break };
            for (wd, ignored) in woken {
                if let Some(entry) = watched.get(&wd) {
                    entry.wake();
                }
                // The directory is gone (removed with the container): its
                // watch went with it, and its waiters poll from now on.
                if ignored {
                    watched.remove(&wd);
                }
            }
            if overflow || failed {
                // Events were lost: every waiter looks again.
                watched.values().for_each(Watched::wake);
            }
            if failed {
                // Dropping the senders sends every waiter back to polling;
                // the blocking ones learn it at their next wake-up.
                watched.values().for_each(|entry| entry.counted.bump());
                watched.clear();
                break;
            }
        }
    }

    /// Wake-ups for changes in `dir` from now on (None if it cannot be
    /// watched: gone already, or no watch to be had).
    fn subscribe(self: &Arc<Wakeups>, dir: &Path) -> Option<(i32, watch::Receiver<()>, Arc<ChangeCount>)> {
        use rustix::fs::inotify::{add_watch, WatchFlags as W};
        // Held while the watch is added, so that no event of it is handed
        // out before its waiter is counted.
        let mut watched = self.watched.lock().ok()?;
        let flags = W::CREATE | W::MODIFY | W::MOVED_TO | W::MOVE_SELF | W::DELETE_SELF | W::ONLYDIR | W::DONT_FOLLOW;
        let wd = add_watch(self.inotify.get_ref(), dir, flags).ok()?;
        let entry = watched.entry(wd).or_insert_with(|| Watched { waiters: 0, changes: watch::channel(()).0, counted: Arc::default() });
        entry.waiters += 1;
        Some((wd, entry.changes.subscribe(), entry.counted.clone()))
    }

    fn unsubscribe(&self, wd: i32, changes: &watch::Receiver<()>) {
        let Ok(mut watched) = self.watched.lock() else { return };
        // Not an entry made since for a new watch with the same number.
        let Some(entry) = watched.get_mut(&wd).filter(|e| changes.same_channel(&e.changes.subscribe())) else { return };
        entry.waiters -= 1;
        if entry.waiters == 0 {
            watched.remove(&wd);
            let _ = rustix::fs::inotify::remove_watch(self.inotify.get_ref(), wd);
        }
    }
}

/// A waiter on one container directory: [`DirectoryWaiter::next`] returns
/// at its next change, or after a while without one.
pub struct DirectoryWaiter {
    watch: Option<(Arc<Wakeups>, i32, watch::Receiver<()>)>,
    /// For `next_blocking`: the directory's change count and the count
    /// the last call saw.
    counted: Option<(Arc<ChangeCount>, u64)>,
    /// How long to wait when nothing can wake this waiter.
    poll: Duration,
}

/// How long a watched waiter waits before it looks again anyway: a
/// monitor killed with SIGKILL writes nothing (the `wait` handler polled
/// this often before it was woken).
const LOOK_AGAIN_AFTER: Duration = Duration::from_millis(50);

impl DirectoryWaiter {
    /// Watch `dir` before looking at what it holds: a change after this
    /// wakes the waiter. `poll`: the interval when it cannot be watched.
    pub fn new(wakeups: Option<&Arc<Wakeups>>, dir: &Path, poll: Duration) -> DirectoryWaiter {
        let subscribed = wakeups.and_then(|w| w.subscribe(dir).map(|(wd, changes, counted)| (w.clone(), wd, changes, counted)));
        let counted = subscribed.as_ref().map(|(_, _, _, counted)| (counted.clone(), counted.now()));
        let watch = subscribed.map(|(w, wd, changes, _)| (w, wd, changes));
        DirectoryWaiter { watch, counted, poll }
    }

    /// Until the directory changed since the last call (or since `new`),
    /// or the look-again interval passed.
    pub async fn next(&mut self) {
        let Some((_, _, changes)) = self.watch.as_mut() else { return tokio::time::sleep(self.poll).await };
        match tokio::time::timeout(LOOK_AGAIN_AFTER, changes.changed()).await {
            Ok(Ok(())) | Err(_) => {}
            // Its watch is gone (the directory removed): back to polling.
            Ok(Err(_)) => {
                self.stop_watching();
                tokio::time::sleep(self.poll).await;
            }
        }
    }

    /// `next` for a blocking thread of the runtime's pool, on the
    /// directory's change count rather than tokio's timers.
    pub fn next_blocking(&mut self) {
        let gone = self.watch.as_ref().map_or(true, |(_, _, changes)| changes.has_changed().is_err());
        let Some((counted, seen)) = self.counted.as_mut().filter(|_| !gone) else {
            self.stop_watching();
            return std::thread::sleep(self.poll);
        };
        let Ok(count) = counted.count.lock() else { return std::thread::sleep(self.poll) };
        let Ok((count, _)) = counted.changed.wait_timeout_while(count, LOOK_AGAIN_AFTER, |count| *count == *seen) else { return };
        *seen = *count;
    }

    fn stop_watching(&mut self) {
        self.counted = None;
        if let Some((wakeups, wd, changes)) = self.watch.take() {
            wakeups.unsubscribe(wd, &changes);
        }
    }
}

impl Drop for DirectoryWaiter {
    fn drop(&mut self) {
        self.stop_watching();
    }
}
