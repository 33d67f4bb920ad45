//! `skiff attach`: connect the terminal to a detached container through its
//! monitor; the detach keys (ctrl-p,ctrl-q) leave it running.

use super::Context;
use crate::cli::AttachArgs;
use crate::container::attach::{self, read_frame, write_frame, CLOSE_STDIN, RESIZE, STDERR, STDIN, STDOUT};
use crate::container::state::{ContainerRecord, ContainerStatus};
use crate::container::ContainerStore;
use crate::error::{Context as _, Result};
use crate::output;
use crate::runtime::process::RawTerminal;
use nix::sys::signal::{SigSet, Signal};
use nix::sys::signalfd::{SfdFlags, SignalFd};
use std::os::fd::AsFd;
use std::time::Duration;

pub fn run(ctx: &Context, args: AttachArgs) -> Result<i32> {
    let keys = parse_detach_keys(&args.detach_keys)?;
    let store = ContainerStore::open(&ctx.paths);
    let record = store.lookup(&args.container)?;
    if record.status != ContainerStatus::Running {
        return Err(crate::err!("you can only attach to running containers: {} is {}", args.container, record.status.as_str()));
    }
    connect_terminal(&store, &record, &keys, !args.no_stdin, false)
}

/// Connect the terminal to a running container through its monitor until
/// it exits (its exit code) or the detach keys are typed (0). With
/// `close_at_eof`, the end of skiff's input closes the container's (unless
/// it has a terminal, which has no end).
pub(super) fn connect_terminal(store: &ContainerStore, record: &ContainerRecord, keys: &[u8], with_stdin: bool, close_at_eof: bool) -> Result<i32> {
    let mut socket = attach::connect(store.runtime_dir(), &record.id)?;
    let stdin = std::io::stdin();
    let terminal = record.config.tty && nix::unistd::isatty(&stdin).unwrap_or(false);
    let _raw = terminal.then(RawTerminal::enter);
    let mut winch = SigSet::empty();
    winch.add(Signal::SIGWINCH);
    winch.thread_block().context(|| "block SIGWINCH".into())?;
    let signals = SignalFd::with_flags(&winch, SfdFlags::SFD_CLOEXEC).context(|| "signalfd".into())?;
    if terminal {
        send_size(&mut socket);
    }
    let mut typing = with_stdin;
    let mut matched = 0;
    let mut buf = vec![0u8; 32 * 1024];
    loop {
        use nix::poll::{poll, PollFd, PollFlags, PollTimeout};
        let mut fds = vec![PollFd::new(socket.as_fd(), PollFlags::POLLIN), PollFd::new(signals.as_fd(), PollFlags::POLLIN)];
        if typing {
            fds.push(PollFd::new(stdin.as_fd(), PollFlags::POLLIN));
        }
        if let Err(e) = poll(&mut fds, PollTimeout::NONE) {
            if e == nix::errno::Errno::EINTR {
                continue;
            }
            return Err(crate::err!("poll: {e}"));
        }
        let ready: Vec<bool> = fds.iter().map(|f| f.revents().is_some_and(|r| !r.is_empty())).collect();
        drop(fds);
        if ready[0] {
            match read_frame(&mut socket) {
                Ok(Some((kind, data))) if kind == STDOUT || kind == STDERR => output::stream_text(kind == STDERR, &String::from_utf8_lossy(&data)),
                Ok(Some(_)) => {}
                // The monitor closed the connection: the container is gone.
                _ => return Ok(exit_code(store, &record.id)),
            }
        }
        if ready[1] {
            let _ = signals.read_signal();
            send_size(&mut socket);
        }
        if typing && ready.get(2) == Some(&true) {
            let n = rustix::io::read(&stdin, &mut buf).unwrap_or(0);
            if n == 0 {
                typing = false;
                if close_at_eof && !record.config.tty {
                    let _ = write_frame(&mut socket, CLOSE_STDIN, &[]);
                }
                continue;
            }
            let (forward, detach) = scan_detach(&buf[..n], keys, &mut matched);
            if !forward.is_empty() && write_frame(&mut socket, STDIN, &forward).is_err() {
                return Ok(exit_code(store, &record.id));
            }
            if detach {
                return Ok(0);
            }
        }
    }
}

fn send_size(socket: &mut std::os::unix::net::UnixStream) {
    if let Ok(size) = rustix::termios::tcgetwinsize(std::io::stdin()) {
        let mut data = size.ws_row.to_be_bytes().to_vec();
        data.extend_from_slice(&size.ws_col.to_be_bytes());
        let _ = write_frame(socket, RESIZE, &data);
    }
}

/// The container's exit code, once its monitor has recorded it.
fn exit_code(store: &ContainerStore, id: &str) -> i32 {
    for _ in 0..200 {
        match store.lookup(id) {
            Ok(r) if r.status == ContainerStatus::Running => std::thread::sleep(Duration::from_millis(10)),
            Ok(r) => return r.exit_code.unwrap_or(0),
            Err(_) => return 0,
        }
    }
    0
}

/// docker's detach keys: "ctrl-p,ctrl-q", "ctrl-a,d", "" (none).
pub(super) fn parse_detach_keys(spec: &str) -> Result<Vec<u8>> {
    if spec.is_empty() {
        return Ok(Vec::new());
    }
    spec.split(',')
        .map(|key| {
            let bad = || crate::err!("invalid --detach-keys {spec:?}: use keys like ctrl-p,ctrl-q");
            match key.strip_prefix("ctrl-") {
                Some(k) if k.len() == 1 => {
                    let c = k.as_bytes()[0].to_ascii_lowercase();
                    match c {
                        b'a'..=b'z' => Ok(c - b'a' + 1),
                        b'@' => Ok(0),
                        b'[' => Ok(27),
                        b'\\' => Ok(28),
                        b']' => Ok(29),
                        b'^' => Ok(30),
                        b'_' => Ok(31),
                        _ => Err(bad()),
                    }
                }
                None if key.len() == 1 => Ok(key.as_bytes()[0]),
                _ => Err(bad()),
            }
        })
        .collect()
}

/// Pass typed bytes through, holding back a partial detach sequence;
/// returns (bytes to send, whether the whole sequence was typed).
fn scan_detach(input: &[u8], keys: &[u8], matched: &mut usize) -> (Vec<u8>, bool) {
    let mut out = Vec::with_capacity(input.len());
    for &b in input {
        if !keys.is_empty() && b == keys[*matched] {
            *matched += 1;
            if *matched == keys.len() {
                *matched = 0;
                return (out, true);
            }
            continue;
        }
        // Not the sequence after all: what was held back was typed.
        out.extend_from_slice(&keys[..*matched]);
        *matched = 0;
        if !keys.is_empty() && b == keys[0] {
            *matched = 1;
        } else {
            out.push(b);
        }
    }
    (out, false)
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
        let keys = [16, 17];
        let mut m = 0;
        assert_eq!(scan_detach(b"ab\x10", &keys, &mut m), (b"ab".to_vec(), false));
        assert_eq!(scan_detach(b"x", &keys, &mut m), (b"\x10x".to_vec(), false));
        assert_eq!(scan_detach(b"\x10\x11rest", &keys, &mut m), (Vec::new(), true));
    }
}
