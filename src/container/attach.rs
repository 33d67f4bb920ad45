//! Attaching to a detached container: its monitor listens on a unix socket
//! in the runtime directory; `skiff attach` connects to it. Both directions
//! carry frames `[kind: u8][length: u32 big-endian][data]`: the container's
//! output (stdout, stderr) to the client, keyboard input and terminal size
//! to the monitor.

use crate::container::state::{ContainerRecord, ContainerStatus};
use crate::container::ContainerStore;
use crate::error::{Context, Result};
use crate::runtime::process::scan_detach;
use std::io::{Read, Write};
use std::os::fd::{AsFd, BorrowedFd, OwnedFd};
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
/// Data: the container's exit status, i32 big-endian, sent as it exits
/// (an auto-removed container leaves no record to read it from).
pub const EXIT: u8 = 5;

/// At most this much of the output of a container started to be attached
/// to is held for its first client.
const HELD_OUTPUT_LIMIT: usize = 64 * 1024;

/// The refusals to attach to a container (`named` as the user gave it):
/// one that does not run, and podman's for one that is paused.
pub fn refuse_unless_attachable(record: &ContainerRecord, named: &str) -> Result<()> {
    if record.status != ContainerStatus::Running {
        return Err(crate::err!("you can only attach to running containers: {named} is {}", record.status.as_str()));
    }
    if record.is_paused() {
        return Err(crate::err!("can only attach to created or running containers: {}", super::pause::STATE_IMPROPER));
    }
    Ok(())
}

pub fn socket_name(id: &str) -> String {
    format!("{id}.attach")
}

pub use crate::sys::fs::short_path;

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
    /// The output written before the first client came (a shell's prompt),
    /// for it; None once a client came, or when nothing is held.
    held: Option<Vec<u8>>,
}

impl AttachServer {
    /// Listen for `skiff attach`. Best effort: a container whose socket
    /// cannot be made still runs; it just cannot be attached to.
    /// `hold_output`: keep what the container writes until the first
    /// client comes, for it (an interactive terminal's client, `run -it`
    /// or `start -ai`, connects just after the command starts).
    pub fn listen(runtime_containers: &Path, id: &str, input: Option<OwnedFd>, terminal: Option<OwnedFd>, hold_output: bool) -> AttachServer {
        let socket_path = runtime_containers.join(socket_name(id));
        let _ = std::fs::remove_file(&socket_path);
        let listener = short_path(runtime_containers, &socket_name(id)).ok().and_then(|(_dir, path)| UnixListener::bind(path).ok());
        if let Some(l) = &listener {
            let _ = l.set_nonblocking(true);
        }
        AttachServer { listener, socket_path, clients: Vec::new(), input, terminal, held: hold_output.then(Vec::new) }
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
                while let Ok((mut client, _)) = self.listener.as_ref().unwrap().accept() {
                    let _ = client.set_nonblocking(false);
                    if let Some(held) = self.held.take().filter(|held| !held.is_empty()) {
                        let _ = write_frame(&mut client, STDOUT, &held);
                    }
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
                Ok(Some((kind, data))) => apply_frame(kind, &data, &mut self.input, self.terminal.as_ref()),
                _ => gone.push(c),
            }
        }
        for c in gone.into_iter().rev() {
            self.clients.remove(c);
        }
    }

    /// When output is held for a first client that has not come yet: wait
    /// for it up to `limit`, and give it that output.
    pub fn await_first_client(&mut self, limit: std::time::Duration) {
        let Some(listener) = self.listener.as_ref().filter(|_| self.held.is_some()) else { return };
        let mut fds = [nix::poll::PollFd::new(listener.as_fd(), nix::poll::PollFlags::POLLIN)];
        let timeout = nix::poll::PollTimeout::try_from(limit).unwrap_or(nix::poll::PollTimeout::MAX);
        if matches!(nix::poll::poll(&mut fds, timeout), Ok(n) if n > 0) {
            self.handle(&[true]);
        }
    }

    /// Send output to every attached client; drop those that are gone.
    pub fn send(&mut self, kind: u8, data: &[u8]) {
        if let Some(held) = self.held.as_mut().filter(|_| kind == STDOUT) {
            held.extend_from_slice(&data[..data.len().min(HELD_OUTPUT_LIMIT.saturating_sub(held.len()))]);
        }
        let (input, terminal) = (&mut self.input, self.terminal.as_ref());
        self.clients.retain_mut(|client| {
            if write_frame(client, kind, data).is_ok() {
                return true;
            }
            // A client that wrote and left at once (the API's resize) may
            // not have been read yet: what it sent still counts.
            let _ = client.set_nonblocking(true);
            while let Ok(Some((kind, data))) = read_frame(client) {
                apply_frame(kind, &data, input, terminal);
            }
            false
        });
    }
}

/// What a client's frame asks for: input for the container, the end of
/// that input, or a new terminal size.
fn apply_frame(kind: u8, data: &[u8], input: &mut Option<OwnedFd>, terminal: Option<&OwnedFd>) {
    match kind {
        STDIN => {
            if let Some(input) = input {
                let _ = rustix::io::write(&*input, data);
            }
        }
        CLOSE_STDIN => *input = None,
        RESIZE if data.len() == 4 => {
            if let Some(terminal) = terminal {
                set_terminal_size(terminal, u16::from_be_bytes([data[0], data[1]]), u16::from_be_bytes([data[2], data[3]]));
            }
        }
        _ => {}
    }
}

/// Set a terminal's size (the container's side sees it and gets SIGWINCH).
pub fn set_terminal_size(terminal: &impl AsFd, rows: u16, columns: u16) {
    let size = rustix::termios::Winsize { ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0 };
    let _ = rustix::termios::tcsetwinsize(terminal, size);
}

impl Drop for AttachServer {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.socket_path);
    }
}

fn expected_client_marker(runtime_containers: &Path, id: &str) -> PathBuf {
    runtime_containers.join(format!("{id}.attaching"))
}

/// Tell the next monitor of `id` that a client will attach as soon as the
/// command runs (`run -it`, `start -ai`): it holds the output until then.
pub fn expect_client(runtime_containers: &Path, id: &str) -> Result<()> {
    let marker = expected_client_marker(runtime_containers, id);
    // The first container of a store is started before its monitor makes the directory.
    std::fs::create_dir_all(runtime_containers).context(|| format!("create {}", runtime_containers.display()))?;
    std::fs::write(&marker, b"").context(|| format!("write {}", marker.display()))
}

/// Whether a client is about to attach (see `expect_client`); the monitor
/// takes the news once.
pub fn client_expected(runtime_containers: &Path, id: &str) -> bool {
    std::fs::remove_file(expected_client_marker(runtime_containers, id)).is_ok()
}

/// The client's side: connect to a container's monitor.
pub fn connect(runtime_containers: &Path, id: &str) -> Result<UnixStream> {
    let (_dir, path) = short_path(runtime_containers, &socket_name(id))?;
    UnixStream::connect(path).context(|| format!("attach to {id}: is it running detached?"))
}

/// Where an attached client's streams come from and go to: the CLI's
/// terminal, or a connection of the API service.
pub trait AttachIo {
    /// Input for the container, polled for reading; None when there is none.
    fn input(&self) -> Option<BorrowedFd<'_>>;
    /// Polled for reading: readable when the client's window size changed.
    fn resize_events(&self) -> Option<BorrowedFd<'_>>;
    /// The client's window size (rows, columns), if it has one; consumes a
    /// pending resize event.
    fn window_size(&mut self) -> Option<(u16, u16)>;
    /// Output of the container: its stdout, or with `stderr` its stderr.
    fn output(&mut self, stderr: bool, data: &[u8]);
    /// Polled for reading: readable when the client received signals to
    /// pass on to the container (`--sig-proxy`); None when it passes none.
    fn signal_events(&self) -> Option<BorrowedFd<'_>> {
        None
    }
    /// The signals received since the last call, for the container.
    fn received_signals(&mut self) -> Vec<nix::sys::signal::Signal> {
        Vec::new()
    }
}

/// How a client attaches.
#[derive(Debug, Clone, Default)]
pub struct AttachOptions {
    /// The input that detaches and leaves the container running (see
    /// `parse_detach_keys`); empty for none.
    pub detach_keys: Vec<u8>,
    /// The end of the client's input closes the container's (unless it has
    /// a terminal, which has no end): `start -i` with piped input.
    pub close_stdin_at_eof: bool,
}

/// Relay between a running container (through its monitor) and `io` until
/// the container exits (its exit code) or the detach keys are typed (0).
pub fn relay(store: &ContainerStore, record: &ContainerRecord, io: &mut dyn AttachIo, options: &AttachOptions) -> Result<i32> {
    let mut socket = connect(store.runtime_dir(), &record.id)?;
    if record.config.tty {
        send_size(&mut socket, io);
    }
    let mut input_open = true;
    let mut matched = 0;
    // The status the monitor sent as the container exited (see EXIT).
    let mut told_exit = None;
    let mut buf = vec![0u8; 32 * 1024];
    loop {
        use nix::poll::{poll, PollFd, PollFlags, PollTimeout};
        let resize_events = io.resize_events();
        let signal_events = io.signal_events();
        let input = io.input().filter(|_| input_open);
        let mut fds = vec![PollFd::new(socket.as_fd(), PollFlags::POLLIN)];
        fds.extend(resize_events.map(|fd| PollFd::new(fd, PollFlags::POLLIN)));
        fds.extend(signal_events.map(|fd| PollFd::new(fd, PollFlags::POLLIN)));
        fds.extend(input.map(|fd| PollFd::new(fd, PollFlags::POLLIN)));
        if let Err(e) = poll(&mut fds, PollTimeout::NONE) {
            if e == nix::errno::Errno::EINTR {
                continue;
            }
            return Err(crate::err!("poll: {e}"));
        }
        let mut ready = fds.iter().map(|f| f.revents().is_some_and(|r| !r.is_empty()));
        let socket_ready = ready.next() == Some(true);
        let resized = resize_events.is_some() && ready.next() == Some(true);
        let signalled = signal_events.is_some() && ready.next() == Some(true);
        let typed = input.is_some() && ready.next() == Some(true);
        drop(fds);
        let typed = match (typed, input) {
            (true, Some(fd)) => Some(rustix::io::read(fd, &mut buf).unwrap_or(0)),
            _ => None,
        };
        if socket_ready {
            match read_frame(&mut socket) {
                Ok(Some((kind, data))) if kind == STDOUT && record.config.attached.stdout => io.output(false, &data),
                Ok(Some((kind, data))) if kind == STDERR && record.config.attached.stderr => io.output(true, &data),
                Ok(Some((EXIT, data))) if data.len() == 4 => told_exit = Some(i32::from_be_bytes([data[0], data[1], data[2], data[3]])),
                Ok(Some(_)) => {}
                // The monitor closed the connection: the container is gone.
                _ => return Ok(exit_code(store, &record.id, told_exit)),
            }
        }
        if resized {
            send_size(&mut socket, io);
        }
        if signalled {
            signal_container(store, &record.id, &io.received_signals());
        }
        match typed {
            None => {}
            Some(0) => {
                input_open = false;
                if options.close_stdin_at_eof && !record.config.tty {
                    let _ = write_frame(&mut socket, CLOSE_STDIN, &[]);
                }
            }
            Some(n) => {
                let (forward, detach) = scan_detach(&buf[..n], &options.detach_keys, &mut matched);
                if !forward.is_empty() && write_frame(&mut socket, STDIN, &forward).is_err() {
                    return Ok(exit_code(store, &record.id, told_exit));
                }
                if detach {
                    return Ok(0);
                }
            }
        }
    }
}

fn send_size(socket: &mut UnixStream, io: &mut dyn AttachIo) {
    if let Some((rows, columns)) = io.window_size() {
        let mut data = rows.to_be_bytes().to_vec();
        data.extend_from_slice(&columns.to_be_bytes());
        let _ = write_frame(socket, RESIZE, &data);
    }
}

/// Send `signals` to the container's main process (`--sig-proxy`).
pub fn signal_container(store: &ContainerStore, id: &str, signals: &[nix::sys::signal::Signal]) {
    let Some(pid) = store.live_pid(id) else { return };
    for signal in signals {
        let _ = nix::sys::signal::kill(nix::unistd::Pid::from_raw(pid), *signal);
    }
}

/// The container's exit code, once its monitor has recorded it (`told`:
/// the one the monitor sent, which outlives an auto-removed record).
fn exit_code(store: &ContainerStore, id: &str, told: Option<i32>) -> i32 {
    let mut recorded = None;
    // The monitor sends the exit before it records it: woken as it ends
    // after recording it.
    store.wait_for_exit_of(id, std::time::Duration::from_secs(2), std::time::Duration::from_millis(10), || match store.lookup(id) {
        Ok(r) if r.status == ContainerStatus::Running => false,
        Ok(r) => {
            recorded = r.exit_code;
            true
        }
        Err(_) => true,
    });
    told.or(recorded).unwrap_or(0)
}

/// The keys that detach a terminal unless others are named: docker's and
/// podman's default.
pub const DEFAULT_DETACH_KEYS: &str = "ctrl-p,ctrl-q";

/// docker's detach keys: "ctrl-p,ctrl-q", "ctrl-a,d", "" (none). Parsed
/// as docker and podman parse them (moby's term.ToBytes): each
/// comma-separated key is one character, `ctrl-` and a lower-case letter
/// or one of `@ [ \ ] ^ _`, or `DEL`; nothing else.
pub fn parse_detach_keys(spec: &str) -> Result<Vec<u8>> {
    if spec.is_empty() {
        return Ok(Vec::new());
    }
    spec.split(',')
        .map(|key| {
            if key.len() == 1 {
                return Ok(key.as_bytes()[0]);
            }
            if key == "DEL" {
                return Ok(127);
            }
            match key.strip_prefix("ctrl-").map(str::as_bytes) {
                Some(&[c @ b'a'..=b'z']) => Ok(c - b'a' + 1),
                Some(&[c @ (b'@' | b'[' | b'\\' | b']' | b'^' | b'_')]) => Ok(c - b'@'),
                _ => Err(crate::err!("invalid --detach-keys {spec:?}: unknown key {key:?} (use keys like ctrl-p,ctrl-q)")),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detach_keys() {
        assert_eq!(parse_detach_keys("ctrl-p,ctrl-q").unwrap(), vec![16, 17]);
        assert_eq!(parse_detach_keys("ctrl-a,d").unwrap(), vec![1, b'd']);
        assert!(parse_detach_keys("").unwrap().is_empty());
        assert!(parse_detach_keys("ctrl-pp").is_err());
        // As docker's term.ToBytes: case matters, DEL is a key, empty keys are not.
        assert!(parse_detach_keys("ctrl-p,").is_err());
        assert_eq!(parse_detach_keys("ctrl-@,ctrl-[,ctrl-\\,ctrl-],ctrl-^,ctrl-_,DEL,P").unwrap(), vec![0, 27, 28, 29, 30, 31, 127, b'P']);
        assert!(parse_detach_keys("ctrl-P").is_err());
        assert!(parse_detach_keys("del").is_err());
        let keys = [16, 17];
        let mut m = 0;
        assert_eq!(scan_detach(b"ab\x10", &keys, &mut m), (b"ab".to_vec(), false));
        assert_eq!(scan_detach(b"x", &keys, &mut m), (b"\x10x".to_vec(), false));
        assert_eq!(scan_detach(b"\x10\x11rest", &keys, &mut m), (Vec::new(), true));
    }
}
