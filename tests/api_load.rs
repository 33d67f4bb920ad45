//! Issue 15, acceptance 5 and 6 in short: many clients of `skiff system
//! service` at once. 50 clients, each on its own connection, run create /
//! start / wait / remove loops for 10 seconds (scripts/bench-api runs the
//! same for 60 s and records the figures in docs/benchmarks.md): every
//! answer is the expected one, nothing is left in the store afterwards,
//! and the service still answers. The load comes from
//! scripts/lib/api-load.py (Python's standard library only).

use crate::common;
use common::*;
use std::os::unix::net::UnixStream;
use std::path::PathBuf;
use std::process::{Child, Stdio};
use std::time::Duration;

/// The service on a unix socket in the store's runtime directory, killed
/// when dropped.
struct Service {
    socket: PathBuf,
    process: Child,
}

impl Service {
    fn start(store: &Store) -> Service {
        let socket = store.run.join("api.sock");
        let mut command = store.command(&skiff_bin().display().to_string(), &["system", "service", "--time", "0", &format!("unix://{}", socket.display())]);
        let process = command.stdin(Stdio::null()).stdout(Stdio::null()).stderr(Stdio::null()).spawn().expect("start skiff system service");
        wait_for("the service's socket", Duration::from_secs(10), || UnixStream::connect(&socket).is_ok());
        Service { socket, process }
    }
}

impl Drop for Service {
    fn drop(&mut self) {
        let _ = self.process.kill();
        let _ = self.process.wait();
    }
}

/// scripts/lib/api-load.py copied where the test user can read it (the
/// checkout may be under /root).
fn load_script(store: &Store) -> String {
    let copy = store.home.join("api-load.py");
    std::fs::copy(repo_root().join("scripts/lib/api-load.py"), &copy).expect("copy scripts/lib/api-load.py");
    copy.display().to_string()
}

#[test]
fn fifty_clients_create_start_wait_and_remove_for_ten_seconds_without_an_error() {
    let python = ["/usr/bin/python3", "/usr/local/bin/python3"].into_iter().find(|p| std::path::Path::new(p).exists());
    let python = python.expect("python3 is required by this test (Debian: python3)");
    let store = Store::new();
    store.import_busybox("bb");
    let service = Service::start(&store);
    let script = load_script(&store);
    let socket = service.socket.display().to_string();
    let out = run_command(
        store.command(python, &[script.as_str(), "cycles", &socket, "--clients", "50", "--seconds", "10"]),
        None,
        "api-load.py cycles (50 clients, 10 s)".to_string(),
    );
    out.ok().stdout_has(" errors 0");
    let cycles: u64 = out.stdout.split_whitespace().skip_while(|w| *w != "cycles").nth(1).and_then(|n| n.parse().ok()).unwrap_or(0);
    out.check(cycles >= 1, "the clients completed at least one create/start/wait/remove cycle");
    eprintln!("{}", out.stdout.trim());
    // The service still answers, and the loops left nothing behind.
    run_command(store.command(python, &[script.as_str(), "requests", &socket, "--count", "100"]), None, "api-load.py requests".to_string())
        .ok()
        .stdout_has("errors 0");
    store.skiff(&["ps", "-a", "--format", "{{.ID}}"]).ok().stdout_is("");
}
