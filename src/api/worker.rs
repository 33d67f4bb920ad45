//! Work that needs skiff's user namespace (pulling layers owned by
//! subordinate ids, removing a container's files) cannot run in the
//! service itself: it stays outside any user namespace so that the
//! monitors it starts can join the namespace each container needs, and a
//! process with threads cannot enter one anyway. So before its runtime
//! starts, the service forks a worker while it is still single-threaded.
//! The worker receives jobs on a socket, each with a descriptor for its
//! answer, and forks a child per job (safe: the worker has one thread);
//! the child enters the user namespace, does the job, writes the answer
//! as JSON lines and exits. The worker ends when the service closes its
//! end, whatever way the service ended.

use super::jobs::{self, Job};
use crate::error::{Context, Result};
use crate::paths::Paths;
use nix::sys::socket::{self, AddressFamily, ControlMessage, ControlMessageOwned, MsgFlags, SockFlag, SockType};
use std::io::IoSlice;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};
use std::os::unix::net::UnixStream;

/// A job larger than this does not fit one message (jobs are a few names).
const MAX_JOB: usize = 64 * 1024;

pub struct Worker {
    channel: OwnedFd,
}

impl Worker {
    /// Fork the worker. Must be called while the process is single-threaded.
    pub fn start(paths: &Paths) -> Result<Worker> {
        let (service_end, worker_end) =
            socket::socketpair(AddressFamily::Unix, SockType::SeqPacket, None, SockFlag::SOCK_CLOEXEC).context(|| "socketpair".into())?;
        // SAFETY: the caller is single-threaded (no runtime yet).
        match unsafe { nix::unistd::fork() }.context(|| "fork the service's worker".into())? {
            nix::unistd::ForkResult::Child => {
                drop(service_end);
                serve_jobs(paths, worker_end)
            }
            nix::unistd::ForkResult::Parent { .. } => {
                drop(worker_end);
                Ok(Worker { channel: service_end })
            }
        }
    }

    /// Hand `job` to the worker: the stream its answer comes on (see
    /// [`jobs::Reply`]).
    pub fn submit(&self, job: &Job) -> Result<UnixStream> {
        self.submit_with(job, None)
    }

    /// As [`Worker::submit`], handing the job a descriptor of its own too
    /// (the connection an exec's streams go through).
    pub fn submit_with(&self, job: &Job, extra: Option<std::os::fd::BorrowedFd<'_>>) -> Result<UnixStream> {
        let message = serde_json::to_vec(job)?;
        if message.len() > MAX_JOB {
            return Err(crate::err!("the request is too large for the service's worker"));
        }
        let (ours, theirs) = UnixStream::pair().context(|| "socketpair".into())?;
        let mut fds = vec![theirs.as_raw_fd()];
        fds.extend(extra.map(|fd| fd.as_raw_fd()));
        socket::sendmsg::<()>(self.channel.as_raw_fd(), &[IoSlice::new(&message)], &[ControlMessage::ScmRights(&fds)], MsgFlags::empty(), None)
            .context(|| "hand a job to the service's worker".into())?;
        Ok(ours)
    }
}

/// The worker's loop: one child per job, until the service is gone.
fn serve_jobs(paths: &Paths, channel: OwnedFd) -> ! {
    // Children are reaped by the kernel; each child sets this back, since
    // the jobs wait for processes of their own.
    // SAFETY: setting a disposition to SIG_IGN.
    unsafe {
        let _ = nix::sys::signal::signal(nix::sys::signal::Signal::SIGCHLD, nix::sys::signal::SigHandler::SigIgn);
    }
    let mut buffer = vec![0u8; MAX_JOB];
    loop {
        let (length, answer, extra) = match receive(&channel, &mut buffer) {
            Ok(Some(received)) => received,
            Ok(None) | Err(_) => std::process::exit(0),
        };
        // SAFETY: the worker is single-threaded.
        match unsafe { nix::unistd::fork() } {
            Ok(nix::unistd::ForkResult::Child) => {
                // SAFETY: restoring the default disposition.
                unsafe {
                    let _ = nix::sys::signal::signal(nix::sys::signal::Signal::SIGCHLD, nix::sys::signal::SigHandler::SigDfl);
                }
                drop(channel);
                let reply = jobs::Reply::new(std::fs::File::from(answer));
                match serde_json::from_slice::<Job>(&buffer[..length]) {
                    Ok(job) => jobs::run(paths, job, reply, extra),
                    Err(e) => reply.finish(Err(crate::err!("the service's worker got a malformed job: {e}"))),
                }
                std::process::exit(0);
            }
            Ok(nix::unistd::ForkResult::Parent { .. }) => {
                drop(answer);
                drop(extra);
            }
            Err(e) => jobs::Reply::new(std::fs::File::from(answer)).finish(Err(crate::err!("fork a job: {e}"))),
        }
    }
}

/// One job, the descriptor to answer on and the job's own descriptor if
/// it came with one; None once the service is gone.
fn receive(channel: &OwnedFd, buffer: &mut [u8]) -> Result<Option<(usize, OwnedFd, Option<OwnedFd>)>> {
    let mut space = nix::cmsg_space!([RawFd; 2]);
    let mut iov = [std::io::IoSliceMut::new(buffer)];
    let message = socket::recvmsg::<()>(channel.as_raw_fd(), &mut iov, Some(&mut space), MsgFlags::MSG_CMSG_CLOEXEC)
        .context(|| "read a job".into())?;
    let length = message.bytes;
    let mut descriptors = Vec::new();
    for control in message.cmsgs().context(|| "read a job".into())? {
        if let ControlMessageOwned::ScmRights(fds) = control {
            // SAFETY: the kernel just gave us these descriptors.
            descriptors.extend(fds.iter().map(|fd| unsafe { OwnedFd::from_raw_fd(*fd) }));
        }
    }
    if length == 0 {
        return Ok(None);
    }
    let mut descriptors = descriptors.into_iter();
    Ok(descriptors.next().map(|answer| (length, answer, descriptors.next())))
}
