//! Skiff's hidden helper commands (`__monitor ID`, `__netns`,
//! `__pod-infra`): skiff re-executed in a session of its own, reporting
//! "ok" or its error to the CLI that started it on fd 3.

use crate::error::{Context, Error, Result, EXIT_ENGINE};
use crate::paths::Paths;
use std::io::Read;
use std::os::fd::{FromRawFd, OwnedFd};
use std::os::unix::process::CommandExt;

/// The descriptor on which a helper reports "ok" or its error.
const REPORT_FD: i32 = 3;

/// Start skiff as a hidden helper command (`__monitor ID`, `__netns`) in a
/// session of its own, so it outlives the CLI, and wait for its report on
/// its fd 3: what follows "ok\n", or its error with its exit status.
pub fn spawn_helper(paths: &Paths, args: &[&str]) -> Result<String> {
    let (report_r, report_w) = nix::unistd::pipe2(nix::fcntl::OFlag::O_CLOEXEC).context(|| "pipe".into())?;
    let exe = std::fs::read_link("/proc/self/exe").context(|| "find the skiff binary".into())?;
    let report_raw = std::os::fd::AsRawFd::as_raw_fd(&report_w);
    let mut cmd = std::process::Command::new(exe);
    cmd.arg0("skiff")
        .args(paths.global_args())
        .args(args)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null());
    // SAFETY: only async-signal-safe calls between fork and exec.
    unsafe {
        cmd.pre_exec(move || {
            if libc::setsid() < 0 || libc::dup2(report_raw, REPORT_FD) < 0 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
    let child = cmd.spawn().context(|| format!("start skiff {}", args[0]))?;
    drop(report_w);
    let mut message = String::new();
    let _ = std::fs::File::from(report_r).read_to_string(&mut message);
    // Not waited for: it is a session of its own and outlives us (a
    // long-lived caller, the API service, reaps it once it ends).
    crate::sys::process::reap_later(child);
    match message.split_once('\n') {
        Some(("ok", rest)) => Ok(rest.to_string()),
        Some((code, msg)) => Err(Error::with_code(code.parse().unwrap_or(EXIT_ENGINE), msg.trim().to_string())),
        None => Err(crate::err!("skiff {} exited before it was ready", args[0])),
    }
}

/// The descriptor a helper started by [`spawn_helper`] reports on, if open.
pub fn reporter() -> Option<OwnedFd> {
    // SAFETY: fd 3 was set up by `spawn_helper`; if it is not open, we
    // have no one to report to.
    (nix::fcntl::fcntl(unsafe { std::os::fd::BorrowedFd::borrow_raw(REPORT_FD) }, nix::fcntl::FcntlArg::F_GETFD).is_ok())
        .then(|| unsafe { OwnedFd::from_raw_fd(REPORT_FD) })
}

/// Report "ok" to the CLI that started us, once; from then on the helper
/// only waits and relays, and gives back what starting took.
pub fn report_ok(fd: &mut Option<OwnedFd>) {
    report(fd, "ok\n");
    release_unused_memory();
}

/// Shrink a resident process (a helper, or the API service while idle) to
/// what its waiting needs: the heap the parser and start-up used, and the
/// pages of code and read-only data mapped while starting or serving.
/// The kernel maps a binary's code in large folios, so a monitor that ran
/// a little of it counted 9.5 MiB of it as resident, against 2.4 MiB of its
/// own memory. Dropping those mappings only unmaps them: the pages stay in
/// the page cache, and the few the process runs again fault back in from
/// the unmodified files, as after any reclaim under memory pressure, into
/// the small pieces `cut_against_folio_faults` makes.
pub fn release_unused_memory() {
    // SAFETY: malloc_trim only returns free heap memory to the kernel.
    unsafe { libc::malloc_trim(0) };
    let Ok(smaps) = std::fs::read_to_string("/proc/self/smaps") else { return };
    let mut mapping: Option<(usize, usize)> = None;
    let mut unused = Vec::new();
    for line in smaps.lines() {
        let fields: Vec<&str> = line.split_whitespace().collect();
        // A mapping's first line: "start-end perms offset dev inode path".
        if let [range, perms, _, _, _, path] = fields[..] {
            mapping = None;
            // Read-only (code or data) mappings of files: the executable and
            // its libraries.
            if (perms == "r-xp" || perms == "r--p") && path.starts_with('/') {
                if let Some((start, end)) = range.split_once('-') {
                    if let (Ok(start), Ok(end)) = (usize::from_str_radix(start, 16), usize::from_str_radix(end, 16)) {
                        mapping = Some((start, end));
                    }
                }
            }
            continue;
        }
        // Only a mapping none of whose pages was ever written: the RELRO
        // part (relocated, then made read-only) holds written copies, and
        // dropping those would bring back the file's unrelocated bytes.
        if let (Some((start, end)), ["Anonymous:", "0", "kB"]) = (mapping, &fields[..]) {
            unused.push((start, end));
            mapping = None;
        }
    }
    // Cut first, then drop: this loop's own code faults back in meanwhile,
    // and must do so into pieces already cut. Once: the API service calls
    // this each time it goes idle, and the pieces stay cut.
    static CUT: std::sync::Once = std::sync::Once::new();
    CUT.call_once(|| {
        for &(start, end) in &unused {
            cut_against_folio_faults(start, end);
        }
    });
    // Adjacent mappings (the pieces of an earlier cut) in one call each.
    let mut ranges: Vec<(usize, usize)> = Vec::with_capacity(unused.len());
    for (start, end) in unused {
        match ranges.last_mut() {
            Some((_, last_end)) if *last_end == start => *last_end = end,
            _ => ranges.push((start, end)),
        }
    }
    for (start, end) in ranges {
        // SAFETY: private, read-only file mappings without a written page:
        // MADV_DONTNEED drops their page table entries and later accesses
        // read the same bytes from the file again.
        unsafe { libc::madvise(start as *mut libc::c_void, end - start, libc::MADV_DONTNEED) };
    }
    release_unused_stack();
}

/// Cut a read-only file mapping into small pieces, so that a page fault
/// maps little of it again. Linux 6.18 maps the whole large folio of the
/// page cache around a faulting page when the folio lies inside the
/// mapping, and a binary's page cache is mostly 2 MiB folios: the monitor's
/// few pages of code faulted back 2.3 MiB. A mapping cut every
/// `FINE_PIECE` holds no large folio whole, so a fault maps at most that
/// piece (fault-around stays inside one mapping). The cut is made by
/// marking every other piece MADV_RANDOM (it only turns off read-ahead,
/// for pages already in the page cache), which splits the mapping there.
/// Fine pieces over the first `FINE_SPAN`, where scripts/order-functions
/// puts the code everyday commands run, coarse ones after: each cut costs
/// a few microseconds.
fn cut_against_folio_faults(start: usize, end: usize) {
    const FINE_SPAN: usize = 2 << 20;
    const FINE_PIECE: usize = 16 << 10;
    const COARSE_PIECE: usize = 64 << 10;
    let mut at = (start + FINE_PIECE) & !(FINE_PIECE - 1);
    let mut marked = true;
    loop {
        let piece = if at - start < FINE_SPAN { FINE_PIECE } else { COARSE_PIECE };
        if at + piece > end {
            break;
        }
        if marked {
            // SAFETY: only sets a read-ahead hint on pages of our own
            // mapping; no page is changed or unmapped.
            unsafe { libc::madvise(at as *mut libc::c_void, piece, libc::MADV_RANDOM) };
        }
        marked = !marked;
        at += piece;
    }
}

/// The stack pages below the current frame, which start-up's deep calls
/// (the parser, JSON) touched and nothing uses now: dropped, they come
/// back as zero pages if the stack grows there again.
fn release_unused_stack() {
    const KEEP_BELOW: usize = 64 * 1024;
    let here = 0u8;
    let sp = std::hint::black_box(&here) as *const u8 as usize;
    let Ok(maps) = std::fs::read_to_string("/proc/self/maps") else { return };
    let Some(range) = maps.lines().find(|line| line.ends_with("[stack]")).and_then(|line| line.split_whitespace().next()) else { return };
    let Some((start, end)) = range.split_once('-') else { return };
    let (Ok(start), Ok(end)) = (usize::from_str_radix(start, 16), usize::from_str_radix(end, 16)) else { return };
    // Only the main thread's stack: another thread's frame is elsewhere.
    if !(start..end).contains(&sp) {
        return;
    }
    let unused_end = (sp.saturating_sub(KEEP_BELOW)) & !(4096 - 1);
    if unused_end > start {
        // SAFETY: addresses below the current stack pointer (less a margin
        // for this function's callees) hold no live frame.
        unsafe { libc::madvise(start as *mut libc::c_void, unused_end - start, libc::MADV_DONTNEED) };
    }
}

/// Send a helper's report: "ok\n..." or "CODE\nmessage".
pub fn report(fd: &mut Option<OwnedFd>, text: &str) {
    if let Some(fd) = fd.take() {
        let _ = nix::unistd::write(&fd, text.as_bytes());
    }
}

/// Run `body` as a helper started by `spawn_helper`: it gets the report
/// descriptor (None when nobody waits), and an error it returns before
/// reporting reaches the CLI.
pub fn run_reporting(body: impl FnOnce(&mut Option<OwnedFd>) -> Result<i32>) -> Result<i32> {
    let mut reporter = reporter();
    let result = body(&mut reporter);
    if let Err(e) = &result {
        report(&mut reporter, &format!("{}\n{}", e.code, e.message));
    }
    result
}
