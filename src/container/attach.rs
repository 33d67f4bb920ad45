//! Attaching to a detached container: its monitor listens on a unix socket
//! in the runtime directory; `skiff attach` connects to it. Both directions
//! carry frames `[kind: u8][length: u32 big-endian][data]`: the container's
//! output (stdout, stderr) to the client, keyboard input and terminal size
//! to the monitor.

use crate::error::{Context, Result};
use std::io::{Read, Write};
use std::os::fd::{AsFd, AsRawFd, OwnedFd};
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::{Path, PathBuf};

pub const STDIN: u8 = 0;
pub const STDOUT: u8 = 1;
pub const STDERR: u8 = 2;
/// Data: rows and columns, each u16 big-endian.
pub const RESIZE: u8 = 3;
/// No data: the client's input ended; close the container's stdin pipe so
/// that it reads end of file (`start -i` with piped input).
pub const CLOSE_STDIN: u8 = 4;

pub fn socket_name(id: &str) -> String {
    format!("{id}.attach")
}

/// A path to `name` in `dir` short enough for a socket address (108 bytes)
/// whatever the length of `dir`: through a descriptor of the directory.
/// The descriptor must stay open while the path is used.
pub fn short_path(dir: &Path, name: &str) -> Result<(OwnedFd, PathBuf)> {
    let fd: OwnedFd = std::fs::File::open(dir).context(|| format!("open {}", dir.display()))?.into();
    let path = PathBuf::from(format!("/proc/self/fd/{}/{name}", fd.as_raw_fd()));
    Ok((fd, path))
}

pub fn write_frame(w: &mut impl Write, kind: u8, data: &[u8]) -> std::io::Result<()> {
    let mut frame = Vec::with_capacity(data.len() + 5);
    frame.push(kind);
    frame.extend_from_slice(&(data.len() as u32).to_be_bytes());
    frame.extend_from_slice(data);
    w.write_all(&frame)
}

/// Read one frame; None at end of stream.
pub fn read_frame(r: &mut impl Read) -> std::io::Result<Option<(u8, Vec<u8>)>> {
    let mut head = [0u8; 5];
    match r.read_exact(&mut head) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => return Ok(None),
        Err(e) => return Err(e),
    }
    let len = u32::from_be_bytes([head[1], head[2], head[3], head[4]]) as usize;
    if len > 1 << 20 {
        return Err(std::io::Error::new(std::io::ErrorKind::InvalidData, "attach frame too large"));
    }
    let mut data = vec![0u8; len];
    r.read_exact(&mut data)?;
    Ok(Some((head[0], data)))
}

/// The monitor's side: accepts clients, sends them the output, takes their
/// input for the container.
pub struct AttachServer {
    listener: Option<UnixListener>,
    socket_path: PathBuf,
    clients: Vec<UnixStream>,
    /// Where input goes: the stdin pipe of an interactive container, or the
    /// terminal of a container with one.
    input: Option<OwnedFd>,
    terminal: Option<OwnedFd>,
}

impl AttachServer {
    /// Listen for `skiff attach`. Best effort: a container whose socket
    /// cannot be made still runs; it just cannot be attached to.
    pub fn listen(runtime_containers: &Path, id: &str, input: Option<OwnedFd>, terminal: Option<OwnedFd>) -> AttachServer {
        let socket_path = runtime_containers.join(socket_name(id));
        let _ = std::fs::remove_file(&socket_path);
        let listener = short_path(runtime_containers, &socket_name(id)).ok().and_then(|(_dir, path)| UnixListener::bind(path).ok());
        if let Some(l) = &listener {
            let _ = l.set_nonblocking(true);
        }
        AttachServer { listener, socket_path, clients: Vec::new(), input, terminal }
    }

    /// Descriptors to poll: the listener, then each client.
    pub fn poll_fds(&self) -> Vec<std::os::fd::BorrowedFd<'_>> {
        self.listener.iter().map(|l| l.as_fd()).chain(self.clients.iter().map(|c| c.as_fd())).collect()
    }

    /// Handle readiness reported for `poll_fds()` in the same order.
    pub fn handle(&mut self, ready: &[bool]) {
        let mut i = 0;
        if self.listener.is_some() {
            if ready.first() == Some(&true) {
                while let Ok((client, _)) = self.listener.as_ref().unwrap().accept() {
                    let _ = client.set_nonblocking(false);
                    self.clients.push(client);
                }
            }
            i = 1;
        }
        let mut gone = Vec::new();
        for (c, client) in self.clients.iter_mut().enumerate() {
            if ready.get(i + c) != Some(&true) {
                continue;
            }
            match read_frame(client) {
                Ok(Some((STDIN, data))) => {
                    if let Some(input) = &self.input {
                        let _ = rustix::io::write(input, &data);
                    }
                }
                Ok(Some((CLOSE_STDIN, _))) => self.input = None,
                Ok(Some((RESIZE, data))) if data.len() == 4 => {
                    if let Some(term) = &self.terminal {
                        let size = rustix::termios::Winsize {
                            ws_row: u16::from_be_bytes([data[0], data[1]]),
                            ws_col: u16::from_be_bytes([data[2], data[3]]),
                            ws_xpixel: 0,
                            ws_ypixel: 0,
                        };
                        let _ = rustix::termios::tcsetwinsize(term, size);
                    }
                }
                Ok(Some(_)) => {}
                _ => gone.push(c),
            }
        }
        for c in gone.into_iter().rev() {
            self.clients.remove(c);
        }
    }

    /// Send output to every attached client; drop those that are gone.
    pub fn send(&mut self, kind: u8, data: &[u8]) {
        self.clients.retain_mut(|c| write_frame(c, kind, data).is_ok());
    }
}

impl Drop for AttachServer {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.socket_path);
    }
}

/// The client's side: connect to a container's monitor.
pub fn connect(runtime_containers: &Path, id: &str) -> Result<UnixStream> {
    let (_dir, path) = short_path(runtime_containers, &socket_name(id))?;
    UnixStream::connect(path).context(|| format!("attach to {id}: is it running detached?"))
}
