//! The processes of a running container (every process in its init's pid
//! namespace), and stopping them for a while (`commit --pause`: without a
//! cgroup freezer, SIGSTOP and SIGCONT do the pausing).

use crate::error::Result;
use nix::sys::signal::{kill, Signal};
use nix::unistd::Pid;

/// Host pids of every process in the pid namespace of `init`.
pub fn in_pid_namespace(init: i32) -> Result<Vec<i32>> {
    let pidns = std::fs::read_link(format!("/proc/{init}/ns/pid")).map_err(|e| crate::err!("read the container's pid namespace: {e}"))?;
    Ok(std::fs::read_dir("/proc")?
        .flatten()
        .filter_map(|e| e.file_name().to_str()?.parse::<i32>().ok())
        .filter(|pid| std::fs::read_link(format!("/proc/{pid}/ns/pid")).ok().as_ref() == Some(&pidns))
        .collect())
}

/// The inode numbers of the namespaces of process `pid`, by kind (cgroup,
/// ipc, mnt, net, pid, user, uts): what `ps --ns` shows. Kinds the kernel
/// does not show, or a process that is gone, are left out.
pub fn namespace_inodes(pid: i32) -> std::collections::BTreeMap<String, u64> {
    ["cgroup", "ipc", "mnt", "net", "pid", "user", "uts"]
        .into_iter()
        .filter_map(|kind| {
            // The link reads "net:[4026531840]".
            let link = std::fs::read_link(format!("/proc/{pid}/ns/{kind}")).ok()?;
            let inode = link.to_str()?.split_once(":[")?.1.strip_suffix(']')?.parse().ok()?;
            Some((kind.to_string(), inode))
        })
        .collect()
}

/// Host pids of the container whose init is `init`: the processes of its
/// pid namespace in its mount namespace, and their descendants (one may
/// have a mount namespace of its own). Another container sharing the pid
/// namespace (`--pid container:`, a pod's) has its own mount namespace, so
/// its processes are left out.
pub fn of_container(init: i32) -> Result<Vec<i32>> {
    let mntns = std::fs::read_link(format!("/proc/{init}/ns/mnt")).map_err(|e| crate::err!("read the container's mount namespace: {e}"))?;
    let in_pidns = in_pid_namespace(init)?;
    let mut members: Vec<i32> =
        in_pidns.iter().copied().filter(|pid| std::fs::read_link(format!("/proc/{pid}/ns/mnt")).ok().as_ref() == Some(&mntns)).collect();
    let parents: Vec<(i32, i32)> =
        in_pidns.iter().filter(|p| !members.contains(p)).filter_map(|&p| Some((p, crate::sys::process::parent_pid(p)?))).collect();
    // Descendants, generation by generation.
    loop {
        let adopted: Vec<i32> = parents.iter().filter(|(p, parent)| !members.contains(p) && members.contains(parent)).map(|(p, _)| *p).collect();
        if adopted.is_empty() {
            return Ok(members);
        }
        members.extend(adopted);
    }
}

/// Stop every process of the container whose init is `init` with SIGSTOP
/// and wait until each has stopped. Processes forked meanwhile are caught
/// by going round until the set is stable (a stopped process forks no
/// more). Returns the pids stopped.
pub fn stop_all(init: i32) -> Result<Vec<i32>> {
    let mut stopped = Vec::new();
    loop {
        let new: Vec<i32> = of_container(init)?.into_iter().filter(|p| !stopped.contains(p)).collect();
        if new.is_empty() {
            break;
        }
        for pid in new {
            match kill(Pid::from_raw(pid), Signal::SIGSTOP) {
                // Gone already: nothing to pause.
                Ok(()) | Err(nix::errno::Errno::ESRCH) => stopped.push(pid),
                Err(e) => {
                    continue_all(&stopped);
                    return Err(crate::err!("pause process {pid} of the container: {e}"));
                }
            }
        }
    }
    // The signal is delivered as each process next leaves the kernel: wait
    // for that, so that nothing runs once the pause is reported (one stuck
    // in an uninterruptible sleep stops when it wakes).
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(2);
    while std::time::Instant::now() < deadline && stopped.iter().any(|&pid| matches!(crate::sys::process::state(pid), Some(s) if !matches!(s, 'T' | 't' | 'Z' | 'X' | 'D'))) {
        std::thread::sleep(std::time::Duration::from_millis(1));
    }
    Ok(stopped)
}

/// Let the processes `pids` run again (SIGCONT); those gone are skipped.
pub fn continue_all(pids: &[i32]) {
    for pid in pids {
        let _ = kill(Pid::from_raw(*pid), Signal::SIGCONT);
    }
}

/// A container's processes, stopped until this is dropped.
pub struct Stopped {
    pids: Vec<i32>,
}

impl Stopped {
    /// Stop every process of the container whose init is `init`.
    pub fn stop(init: i32) -> Result<Stopped> {
        Ok(Stopped { pids: stop_all(init)? })
    }
}

impl Drop for Stopped {
    fn drop(&mut self) {
        continue_all(&self.pids);
    }
}
