//! A `skiff system service` for the API tests: started on a socket in the
//! store's runtime directory, driven by the docker CLIs or raw HTTP.

use super::*;
use std::io::{Read, Write};
use std::os::unix::net::UnixStream;
use std::path::PathBuf;
use std::process::{Child, Stdio};
use std::time::Duration;

/// The docker CLIs the tests drive: the machine's and Debian's 20.10.
pub const DOCKER_CLIS: [&str; 2] = ["/usr/local/bin/docker", "/usr/bin/docker"];

/// A running `skiff system service` on a socket of its own, killed when dropped.
pub struct Service {
    pub socket: PathBuf,
    pub process: Child,
}

impl Service {
    pub fn start(store: &Store, extra: &[&str]) -> Service {
        let socket = store.run.join("api.sock");
        let mut args = vec!["system".to_string(), "service".into()];
        args.extend(extra.iter().map(|s| s.to_string()));
        args.push(format!("unix://{}", socket.display()));
        let service = Service::spawn(store, &args);
        wait_for("the service's socket", Duration::from_secs(10), || UnixStream::connect(&socket).is_ok());
        Service { socket, process: service }
    }

    pub fn spawn(store: &Store, args: &[String]) -> Child {
        let mut cmd = store.command(&skiff_bin().display().to_string(), args);
        cmd.stdin(Stdio::null()).stdout(Stdio::null()).stderr(Stdio::null());
        cmd.spawn().expect("start skiff system service")
    }

    pub fn host(&self) -> String {
        format!("unix://{}", self.socket.display())
    }

    /// Run `docker ARGS` (the CLI at `cli`) against the service.
    pub fn docker_with(&self, store: &Store, cli: &str, args: &[&str]) -> Output {
        run_command(self.docker_command(store, cli, args), None, format!("DOCKER_HOST={} {cli} {}", self.host(), args.join(" ")))
    }

    /// The command `docker ARGS` (the CLI at `cli`) against the service,
    /// for a caller to add its environment or directory.
    pub fn docker_command(&self, store: &Store, cli: &str, args: &[&str]) -> std::process::Command {
        let config = store.home.join(".docker-test");
        let mut all = vec!["--config", config.to_str().unwrap()];
        all.extend_from_slice(args);
        let mut cmd = store.command(cli, &all);
        cmd.env("DOCKER_HOST", self.host());
        cmd
    }

    pub fn docker(&self, store: &Store, args: &[&str]) -> Output {
        self.docker_with(store, DOCKER_CLIS[0], args)
    }

    /// One raw HTTP request; the status and the body.
    pub fn request(&self, method: &str, path: &str, body: &[u8]) -> (u16, String) {
        let (status, _, body) = self.exchange(method, path, body);
        (status, body)
    }

    /// One raw HTTP request; the status, the head (status line and headers)
    /// and the body.
    pub fn exchange(&self, method: &str, path: &str, body: &[u8]) -> (u16, String, String) {
        let mut stream = UnixStream::connect(&self.socket).expect("connect to the service");
        stream.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
        let head = format!(
            "{method} {path} HTTP/1.1\r\nHost: skiff\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
            body.len()
        );
        stream.write_all(head.as_bytes()).unwrap();
        // The service may answer (413) before it has read a large body.
        let _ = stream.write_all(body);
        let mut answer = Vec::new();
        let _ = stream.read_to_end(&mut answer);
        let text = String::from_utf8_lossy(&answer).into_owned();
        let status = text.split_whitespace().nth(1).and_then(|s| s.parse().ok()).unwrap_or_else(|| panic!("no HTTP answer to {method} {path}: {text:?}"));
        let (head, body) = text.split_once("\r\n\r\n").map(|(h, b)| (h.to_string(), b.to_string())).unwrap_or_default();
        (status, head, body)
    }

    /// A hijacked `POST path` on the service's socket, as the docker CLI opens
    /// one: the connection once the service has answered 101.
    pub fn hijack(&self, path: &str, body: &[u8]) -> UnixStream {
        self.upgrade("POST", path, "Upgrade: tcp\r\n", body)
    }

    /// `METHOD path` with `Connection: Upgrade` and the `headers` (each
    /// ending in CRLF): the connection once the service has answered 101.
    pub fn upgrade(&self, method: &str, path: &str, headers: &str, body: &[u8]) -> UnixStream {
        let mut stream = UnixStream::connect(&self.socket).expect("connect to the service");
        stream.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
        let head = format!(
            "{method} {path} HTTP/1.1\r\nHost: skiff\r\nContent-Type: application/json\r\nConnection: Upgrade\r\n{headers}Content-Length: {}\r\n\r\n",
            body.len()
        );
        stream.write_all(head.as_bytes()).unwrap();
        stream.write_all(body).unwrap();
        let mut answer = Vec::new();
        let mut byte = [0u8; 1];
        while !answer.ends_with(b"\r\n\r\n") {
            assert_eq!(stream.read(&mut byte).unwrap_or(0), 1, "no answer to {method} {path}: {:?}", String::from_utf8_lossy(&answer));
            answer.push(byte[0]);
        }
        assert!(answer.starts_with(b"HTTP/1.1 101"), "{method} {path} takes the connection over: {:?}", String::from_utf8_lossy(&answer));
        stream
    }
}

impl Drop for Service {
    fn drop(&mut self) {
        let _ = self.process.kill();
        let _ = self.process.wait();
    }
}

/// Read a hijacked connection until `text` comes.
pub fn read_until(stream: &mut UnixStream, text: &str) {
    let mut seen = Vec::new();
    let mut buffer = [0u8; 4096];
    while !String::from_utf8_lossy(&seen).contains(text) {
        match stream.read(&mut buffer) {
            Ok(n) if n > 0 => seen.extend_from_slice(&buffer[..n]),
            other => panic!("the connection ended ({other:?}) before {text:?} came: {:?}", String::from_utf8_lossy(&seen)),
        }
    }
}

/// Whether the service closes the connection within `limit` (whatever it
/// sends until then is read and dropped).
pub fn closed_within(stream: &mut UnixStream, limit: Duration) -> bool {
    let deadline = std::time::Instant::now() + limit;
    let mut buffer = [0u8; 4096];
    while let Some(left) = deadline.checked_duration_since(std::time::Instant::now()).filter(|d| !d.is_zero()) {
        stream.set_read_timeout(Some(left)).unwrap();
        match stream.read(&mut buffer) {
            Ok(0) => return true,
            Ok(_) => {}
            Err(e) if e.kind() == std::io::ErrorKind::ConnectionReset => return true,
            Err(_) => return false,
        }
    }
    false
}

/// The message of a Docker error body: `{"message": "..."}`.
pub fn message_of(body: &str) -> String {
    let value: serde_json::Value = serde_json::from_str(body.trim()).unwrap_or_else(|e| panic!("error body is not JSON ({e}): {body:?}"));
    value["message"].as_str().unwrap_or_else(|| panic!("error body has no message: {body:?}")).to_string()
}

/// Debian's python3 (the one python3-venv serves).
pub const PYTHON: &str = "/usr/bin/python3";

/// A venv under target/test-cache/`name` with `packages` from PyPI, made
/// once and reused (target/ is kept between runs) while `imports` import;
/// fails naming what is missing. Returns its python.
pub fn python_venv(name: &str, packages: &[&str], imports: &str) -> PathBuf {
    let venv = repo_root().join("target/test-cache").join(name);
    let python = venv.join("bin/python");
    let ready = || std::process::Command::new(&python).args(["-c", &format!("import {imports}")]).status().is_ok_and(|s| s.success());
    // Tests running at once that want the same venv: one makes it while
    // the others wait (a second maker would remove the first one's).
    std::fs::create_dir_all(venv.parent().unwrap()).unwrap();
    let lock = std::fs::File::create(venv.with_extension("lock")).expect("create the venv's lock file");
    lock.lock().expect("lock the venv");
    if ready() {
        return python;
    }
    assert!(std::path::Path::new(PYTHON).exists(), "{PYTHON} is missing: install python3 and python3-venv");
    let _ = std::fs::remove_dir_all(&venv);
    std::fs::create_dir_all(venv.parent().unwrap()).unwrap();
    let made = std::process::Command::new(PYTHON).args(["-m", "venv"]).arg(&venv).output().expect("run python3 -m venv");
    assert!(made.status.success(), "python3 -m venv failed (is python3-venv installed?): {}", String::from_utf8_lossy(&made.stderr));
    let pip = std::process::Command::new(venv.join("bin/pip")).args(["install", "-q"]).args(packages).output().expect("run pip");
    assert!(pip.status.success(), "pip install {} (from PyPI) failed: {}", packages.join(" "), String::from_utf8_lossy(&pip.stderr));
    assert!(ready(), "the venv at {} cannot import {imports}", venv.display());
    python
}
