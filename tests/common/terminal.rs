//! A command under a real terminal (util-linux's `script` and its pty),
//! typed into as a user would, its screen read as it comes: for what only
//! a terminal does (detach keys, raw mode).

use super::*;
use std::io::{Read, Write};
use std::os::unix::process::CommandExt;
use std::process::{Child, ChildStdin, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// A command under a terminal, killed (its process group) when dropped.
pub struct Terminal {
    child: Child,
    keyboard: ChildStdin,
    screen: Arc<Mutex<Vec<u8>>>,
    what: String,
}

impl Terminal {
    /// `skiff ARGS` under a terminal.
    pub fn start(store: &Store, skiff_args: &str) -> Terminal {
        Terminal::run(store, &format!("skiff {skiff_args}"))
    }

    /// The shell command `what` under a terminal.
    pub fn run(store: &Store, what: &str) -> Terminal {
        let script = std::process::Command::new("sh").args(["-c", "command -v script"]).output().expect("sh");
        assert!(script.status.success(), "this test needs util-linux's `script` on PATH");
        let what = what.to_string();
        let mut cmd = store.command("script", &["-qec", &what, "/dev/null"]);
        cmd.stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::null()).process_group(0);
        let mut child = cmd.spawn().unwrap_or_else(|e| panic!("cannot start script -qec '{what}': {e}"));
        let keyboard = child.stdin.take().unwrap();
        let mut stdout = child.stdout.take().unwrap();
        let screen = Arc::new(Mutex::new(Vec::new()));
        let shown = screen.clone();
        std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            while let Ok(n) = stdout.read(&mut buf) {
                if n == 0 {
                    break;
                }
                shown.lock().unwrap().extend_from_slice(&buf[..n]);
            }
        });
        Terminal { child, keyboard, screen, what }
    }

    pub fn screen(&self) -> String {
        String::from_utf8_lossy(&self.screen.lock().unwrap()).into_owned()
    }

    pub fn wait_for_text(&self, text: &str) {
        let deadline = Instant::now() + Duration::from_secs(30);
        while !self.screen().contains(text) {
            assert!(Instant::now() < deadline, "{}: no {text:?} on the terminal, which shows {:?}", self.what, self.screen());
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    pub fn type_keys(&mut self, keys: &[u8]) {
        self.keyboard.write_all(keys).unwrap();
        self.keyboard.flush().unwrap();
    }

    /// The exit code of skiff (script -e passes it on) if it ends within `limit`.
    pub fn exit_within(&mut self, limit: Duration) -> Option<i32> {
        let deadline = Instant::now() + limit;
        while Instant::now() < deadline {
            if let Some(status) = self.child.try_wait().unwrap() {
                return Some(status.code().unwrap_or(-1));
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        None
    }
}

impl Drop for Terminal {
    fn drop(&mut self) {
        let _ = nix::sys::signal::killpg(nix::unistd::Pid::from_raw(self.child.id() as i32), nix::sys::signal::SIGKILL);
        let _ = self.child.wait();
    }
}
