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

/// A container's processes, stopped until this is dropped.
pub struct Stopped {
    pids: Vec<i32>,
}

impl Stopped {
    /// Stop every process of the container whose init is `init`. Processes
    /// started meanwhile are caught by going round until none is new.
    pub fn stop(init: i32) -> Result<Stopped> {
        let mut stopped = Stopped { pids: Vec::new() };
        loop {
            let new: Vec<i32> = in_pid_namespace(init)?.into_iter().filter(|p| !stopped.pids.contains(p)).collect();
            if new.is_empty() {
                return Ok(stopped);
            }
            for pid in new {
                match kill(Pid::from_raw(pid), Signal::SIGSTOP) {
                    // Gone already: nothing to pause.
                    Ok(()) | Err(nix::errno::Errno::ESRCH) => stopped.pids.push(pid),
                    Err(e) => return Err(crate::err!("pause process {pid} of the container: {e}")),
                }
            }
        }
    }
}

impl Drop for Stopped {
    fn drop(&mut self) {
        for pid in &self.pids {
            let _ = kill(Pid::from_raw(*pid), Signal::SIGCONT);
        }
    }
}
