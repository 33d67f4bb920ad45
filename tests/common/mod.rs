//! Harness for skiff's integration tests.
//!
//! The tests run as root (under `cargo test`), but every skiff invocation
//! runs the built binary as the unprivileged test user `skiffuser` (uid
//! 1500, subuid/subgid range 100000:65536) through `setpriv`, the way a user
//! would run it. `scripts/prepare-host` creates that user; without it every
//! test fails with one message saying so.
//!
//! Each test makes its own [`Store`]: a fresh directory under
//! /tmp/skiff-ci/stores owned by the user, with HOME, XDG_DATA_HOME and
//! XDG_RUNTIME_DIR inside it, removed (as root) when the test ends. Set
//! SKIFF_TEST_KEEP=1 to keep them for a look after a failure.
//!
//! Images are built here from the host's static busybox (Debian's
//! busybox-static): nothing is downloaded at test time. See [`fixtures`].
//!
//! SKIFF_TEST_BIN=/usr/bin/podman runs the same tests against podman, the
//! yardstick, to check the tests themselves; skiff-only checks (the store's
//! layout, generated docs) are skipped then.

#![allow(dead_code)]

use sha2::{Digest, Sha256};
use std::collections::BTreeSet;
use std::io::{Read, Write};
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

pub mod build;
pub mod registry;
pub mod service;
pub mod terminal;

pub const TEST_USER: &str = "skiffuser";
pub const TEST_UID: u32 = 1500;
pub const NORANGE_USER: &str = "skiffnorange";
pub const NORANGE_UID: u32 = 1501;
pub const SUBID_START: u32 = 100000;
pub const SUBID_COUNT: u32 = 65536;

/// Everything the harness puts on disk lives under here (root-owned, 0755).
pub const CI_DIR: &str = "/tmp/skiff-ci";
/// Where the built binary is copied so that the test user can run it (the
/// clone, and so target/, may live under /root).
pub const INSTALLED_BINS: &str = "/tmp/skiff-ci/bin";

const PREPARE: &str = "run `sudo scripts/prepare-host` first";

/// The fully qualified name `import ... bb` gives.
pub const BB: &str = "localhost/bb:latest";
/// The name under which the two-layer archive is tagged.
pub const LAYERED: &str = "localhost/layered:latest";

/// The policy every test store starts with: accept any image.
pub const ACCEPT_ANYTHING_POLICY: &str = r#"{"default":[{"type":"insecureAcceptAnything"}]}"#;

/// Seconds before a command is killed and the test fails.
fn timeout() -> Duration {
    let secs = std::env::var("SKIFF_TEST_TIMEOUT").ok().and_then(|s| s.parse().ok()).unwrap_or(180);
    Duration::from_secs(secs)
}

// ---------------------------------------------------------------------
// Host checks and the binary
// ---------------------------------------------------------------------

/// Fail with one clear message unless the host is prepared: we are root and
/// the test users exist with the expected ids.
pub fn require_host() {
    static CHECK: OnceLock<Result<(), String>> = OnceLock::new();
    let result = CHECK.get_or_init(|| {
        if !nix::unistd::geteuid().is_root() {
            return Err(format!(
                "skiff's integration tests must run as root (they run skiff as {TEST_USER} through setpriv): \
                 {PREPARE}, then `sudo CI=true bash .ci/run` or `sudo cargo test --release`"
            ));
        }
        for (name, uid) in [(TEST_USER, TEST_UID), (NORANGE_USER, NORANGE_UID)] {
            match nix::unistd::User::from_name(name) {
                Ok(Some(u)) if u.uid.as_raw() == uid => {}
                Ok(Some(u)) => return Err(format!("test user {name} has uid {}, expected {uid}: {PREPARE}", u.uid)),
                _ => return Err(format!("test user {name} is missing: {PREPARE}")),
            }
        }
        let subuid = std::fs::read_to_string("/etc/subuid").unwrap_or_default();
        let want = format!("{TEST_USER}:{SUBID_START}:{SUBID_COUNT}");
        if !subuid.lines().any(|l| l.trim() == want) {
            return Err(format!("/etc/subuid has no line {want}: {PREPARE}"));
        }
        Ok(())
    });
    if let Err(msg) = result {
        panic!("{msg}");
    }
}

/// True when the tests run against podman (SKIFF_TEST_BIN=.../podman).
pub fn is_podman() -> bool {
    engine_override().map(|p| p.file_name().map(|n| n == "podman").unwrap_or(false)).unwrap_or(false)
}

fn engine_override() -> Option<PathBuf> {
    std::env::var_os("SKIFF_TEST_BIN").filter(|v| !v.is_empty()).map(PathBuf::from)
}

/// Make `dir` (and its parents up to /tmp) a root-owned 0755 directory.
fn root_dir(dir: &Path) {
    std::fs::create_dir_all(dir).unwrap_or_else(|e| panic!("create {}: {e}", dir.display()));
    let md = std::fs::symlink_metadata(dir).unwrap();
    assert!(
        md.is_dir() && md.uid() == 0,
        "{} must be a directory owned by root; remove it and run the tests again",
        dir.display()
    );
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o755)).unwrap();
}

/// The binary under test, readable and runnable by the test user: the
/// built skiff copied to /tmp/skiff-ci/bin/<digest of its content>/skiff
/// (or SKIFF_TEST_BIN). Named by content, so test runs of different
/// builds (other checkouts on the same machine) never replace each
/// other's binary.
pub fn skiff_bin() -> PathBuf {
    static BIN: OnceLock<PathBuf> = OnceLock::new();
    BIN.get_or_init(|| {
        require_host();
        if let Some(p) = engine_override() {
            return p;
        }
        let built = PathBuf::from(env!("CARGO_BIN_EXE_skiff"));
        let data = std::fs::read(&built).unwrap_or_else(|e| panic!("read {}: {e}", built.display()));
        let digest: String = sha2::Digest::finalize(<sha2::Sha256 as sha2::Digest>::new_with_prefix(&data))
            .iter()
            .take(8)
            .map(|b| format!("{b:02x}"))
            .collect();
        let bin_dir = Path::new(INSTALLED_BINS).join(digest);
        root_dir(Path::new(CI_DIR));
        root_dir(Path::new(INSTALLED_BINS));
        root_dir(&bin_dir);
        let installed = bin_dir.join("skiff");
        if !installed.exists() {
            // Write beside and rename: another test process may be installing it too.
            let tmp = bin_dir.join(format!(".skiff-{}", std::process::id()));
            std::fs::write(&tmp, &data).unwrap();
            std::fs::set_permissions(&tmp, std::fs::Permissions::from_mode(0o755)).unwrap();
            std::fs::rename(&tmp, &installed).unwrap();
            prune_old_binaries(&bin_dir);
        }
        installed
    })
    .clone()
}

/// Remove the binaries that earlier builds installed more than a day ago
/// (each build adds 7 MB); younger ones may belong to a run still going.
fn prune_old_binaries(keep: &Path) {
    let Ok(entries) = std::fs::read_dir(INSTALLED_BINS) else { return };
    for entry in entries.flatten() {
        let old = entry.metadata().and_then(|m| m.modified()).ok().and_then(|t| t.elapsed().ok());
        if entry.path() != keep && old.is_some_and(|age| age > Duration::from_secs(24 * 3600)) {
            let _ = std::fs::remove_dir_all(entry.path());
        }
    }
}

/// A directory whose `skiff` is the binary under test, for PATH.
pub fn path_dir() -> PathBuf {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let bin = skiff_bin();
        if bin.file_name().map(|n| n == "skiff").unwrap_or(false) {
            return bin.parent().unwrap().to_path_buf();
        }
        // Testing another engine: a `skiff` symlink to it.
        let dir = Path::new(CI_DIR).join("engine-bin");
        root_dir(&dir);
        let link = dir.join("skiff");
        let _ = std::fs::remove_file(&link);
        std::os::unix::fs::symlink(&bin, &link).unwrap();
        dir
    })
    .clone()
}

/// The repository's root (where Cargo.toml, README.md and scripts/ are).
pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

// ---------------------------------------------------------------------
// Running commands
// ---------------------------------------------------------------------

/// What a finished command did.
#[derive(Debug, Clone)]
pub struct Output {
    /// Shown in assertion messages.
    pub what: String,
    /// Exit status; 128+N when killed by signal N.
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Output {
    fn describe(&self) -> String {
        format!(
            "command: {}\nexit status: {}\n--- stdout ---\n{}\n--- stderr ---\n{}\n--------------",
            self.what, self.code, self.stdout, self.stderr
        )
    }

    /// Assert exit status 0 and return self.
    #[track_caller]
    pub fn ok(&self) -> &Output {
        self.code(0)
    }

    /// Assert an exit status and return self.
    #[track_caller]
    pub fn code(&self, want: i32) -> &Output {
        assert_eq!(self.code, want, "unexpected exit status\n{}", self.describe());
        self
    }

    /// Assert that stdout, with surrounding whitespace and \r trimmed, is `want`.
    #[track_caller]
    pub fn stdout_is(&self, want: &str) -> &Output {
        assert_eq!(self.stdout.replace('\r', "").trim(), want.trim(), "unexpected stdout\n{}", self.describe());
        self
    }

    #[track_caller]
    pub fn stdout_has(&self, needle: &str) -> &Output {
        assert!(self.stdout.contains(needle), "stdout lacks {needle:?}\n{}", self.describe());
        self
    }

    #[track_caller]
    pub fn stderr_has(&self, needle: &str) -> &Output {
        assert!(self.stderr.contains(needle), "stderr lacks {needle:?}\n{}", self.describe());
        self
    }

    /// Non-empty lines of stdout, \r and trailing spaces removed.
    pub fn lines(&self) -> Vec<String> {
        self.stdout.lines().map(|l| l.replace('\r', "").trim_end().to_string()).filter(|l| !l.is_empty()).collect()
    }

    /// Fail with the full output and `msg`.
    #[track_caller]
    pub fn fail(&self, msg: &str) -> ! {
        panic!("{msg}\n{}", self.describe())
    }

    /// Assert `cond`, printing the full output when it is false.
    #[track_caller]
    pub fn check(&self, cond: bool, msg: &str) -> &Output {
        if !cond {
            self.fail(msg);
        }
        self
    }
}

/// What a command gets on standard input.
pub enum Input {
    /// /dev/null.
    Null,
    /// These bytes, then end of file.
    Bytes(Vec<u8>),
    /// A pipe that stays open, without data, until the command exits (as a
    /// terminal user who types nothing).
    Open,
}

/// Run `cmd` with a timeout, feeding it `input` and capturing stdout and
/// stderr. The command runs in its own process group, which is killed on
/// timeout.
pub fn run_command(cmd: Command, stdin: Option<Vec<u8>>, what: String) -> Output {
    run_command_input(cmd, stdin.map(Input::Bytes).unwrap_or(Input::Null), what)
}

pub fn run_command_input(mut cmd: Command, input: Input, what: String) -> Output {
    cmd.stdin(if matches!(input, Input::Null) { Stdio::null() } else { Stdio::piped() })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .process_group(0);
    let mut child = cmd.spawn().unwrap_or_else(|e| panic!("cannot start {what}: {e}"));
    let pgid = child.id() as i32;
    let mut held_stdin = None;
    match (input, child.stdin.take()) {
        (Input::Bytes(data), Some(mut pipe)) => {
            std::thread::spawn(move || {
                let _ = pipe.write_all(&data);
            });
        }
        (Input::Open, pipe) => held_stdin = pipe,
        _ => {}
    }
    let reader = |mut r: Box<dyn Read + Send>| {
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let mut buf = Vec::new();
            let _ = r.read_to_end(&mut buf);
            let _ = tx.send(buf);
        });
        rx
    };
    let out_rx = reader(Box::new(child.stdout.take().unwrap()));
    let err_rx = reader(Box::new(child.stderr.take().unwrap()));
    let deadline = Instant::now() + timeout();
    let mut timed_out = false;
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if Instant::now() < deadline => std::thread::sleep(Duration::from_millis(10)),
            Ok(None) => {
                timed_out = true;
                // SAFETY: kill(2) on the process group we created.
                unsafe { libc::kill(-pgid, libc::SIGKILL) };
                break child.wait().unwrap();
            }
            Err(e) => panic!("wait for {what}: {e}"),
        }
    };
    drop(held_stdin);
    // A process left behind holding the pipes must not hang the test.
    let collect = |rx: std::sync::mpsc::Receiver<Vec<u8>>| {
        rx.recv_timeout(Duration::from_secs(10))
            .map(|b| String::from_utf8_lossy(&b).into_owned())
            .unwrap_or_else(|_| "<output pipe still held open by a leftover process>".into())
    };
    let stdout = collect(out_rx);
    let stderr = collect(err_rx);
    use std::os::unix::process::ExitStatusExt;
    let code = status.code().unwrap_or_else(|| 128 + status.signal().unwrap_or(0));
    let out = Output { what, code, stdout, stderr };
    if timed_out {
        out.fail(&format!("timed out after {:?} (SKIFF_TEST_TIMEOUT)", timeout()));
    }
    out
}

// ---------------------------------------------------------------------
// Stores
// ---------------------------------------------------------------------

/// Who runs skiff for a [`Store`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Who {
    /// skiffuser, with a subordinate id range.
    User,
    /// skiffnorange, without one.
    NoRange,
    /// root, with the store given by --root/--runroot.
    Root,
}

/// A fresh, private store for one test, removed on drop.
pub struct Store {
    pub dir: PathBuf,
    /// HOME of the user running skiff.
    pub home: PathBuf,
    /// XDG_DATA_HOME (rootless) or --root (root).
    pub data: PathBuf,
    /// XDG_RUNTIME_DIR (rootless) or --runroot (root).
    pub run: PathBuf,
    pub who: Who,
    env: Vec<(String, String)>,
}

impl Store {
    /// A store for skiffuser (with a subuid range).
    pub fn new() -> Store {
        Store::for_user(Who::User)
    }

    /// A store for skiffnorange (no subuid range).
    pub fn no_range() -> Store {
        Store::for_user(Who::NoRange)
    }

    /// A store used by root: skiff runs as root, with --root/--runroot.
    pub fn root() -> Store {
        Store::for_user(Who::Root)
    }

    pub fn for_user(who: Who) -> Store {
        skiff_bin();
        let stores = Path::new(CI_DIR).join("stores");
        root_dir(Path::new(CI_DIR));
        root_dir(&stores);
        let dir = tempfile::Builder::new().prefix("store-").tempdir_in(&stores).unwrap().keep();
        let store =
            Store { home: dir.join("home"), data: dir.join("data"), run: dir.join("run"), dir, who, env: Vec::new() };
        let (uid, gid) = store.ids();
        for (d, mode) in [(&store.dir, 0o700), (&store.home, 0o700), (&store.data, 0o755), (&store.run, 0o700)] {
            std::fs::create_dir_all(d).unwrap();
            std::fs::set_permissions(d, std::fs::Permissions::from_mode(mode)).unwrap();
            std::os::unix::fs::chown(d, Some(uid), Some(gid)).unwrap();
        }
        if is_podman() && who != Who::Root {
            store.write_file(".config/containers/storage.conf", "[storage]\ndriver = \"overlay\"\n");
        }
        // Pulling needs a signature policy (podman's rule too), and a CI
        // host may have no /etc/containers/policy.json: tests of the policy
        // write their own over this one.
        store.write_file(".config/containers/policy.json", ACCEPT_ANYTHING_POLICY);
        store
    }

    /// uid and gid that run skiff for this store.
    pub fn ids(&self) -> (u32, u32) {
        match self.who {
            Who::User => (TEST_UID, TEST_UID),
            Who::NoRange => (NORANGE_UID, NORANGE_UID),
            Who::Root => (0, 0),
        }
    }

    fn user_name(&self) -> &'static str {
        match self.who {
            Who::User => TEST_USER,
            Who::NoRange => NORANGE_USER,
            Who::Root => "root",
        }
    }

    /// Set an environment variable for every command of this store.
    pub fn with_env(mut self, key: &str, value: &str) -> Store {
        self.env.push((key.to_string(), value.to_string()));
        self
    }

    /// Use this storage driver for every command (SKIFF_STORAGE_DRIVER).
    pub fn with_driver(self, driver: &str) -> Store {
        if is_podman() {
            let d = if driver == "copy" { "vfs" } else { driver };
            self.with_env("STORAGE_DRIVER", d)
        } else {
            self.with_env("SKIFF_STORAGE_DRIVER", driver)
        }
    }

    /// A command that runs `program args` as this store's user, with a clean
    /// environment pointing at the store, in its HOME.
    pub fn command<S: AsRef<str>>(&self, program: &str, args: &[S]) -> Command {
        let bin_dir = path_dir();
        let mut cmd = if self.who == Who::Root {
            Command::new(program)
        } else {
            let (uid, gid) = self.ids();
            let mut c = Command::new("setpriv");
            c.arg(format!("--reuid={uid}")).arg(format!("--regid={gid}")).arg("--init-groups").arg("--");
            c.arg(program);
            c
        };
        cmd.args(args.iter().map(|a| a.as_ref()));
        cmd.env_clear()
            .env("PATH", format!("{}:/usr/local/bin:/usr/bin:/bin:/usr/local/sbin:/usr/sbin:/sbin", bin_dir.display()))
            .env("HOME", &self.home)
            .env("USER", self.user_name())
            .env("LOGNAME", self.user_name())
            .env("LC_ALL", "C")
            .env("TERM", "xterm")
            .current_dir(&self.home);
        if self.who != Who::Root {
            cmd.env("XDG_DATA_HOME", &self.data).env("XDG_RUNTIME_DIR", &self.run);
        }
        for (k, v) in &self.env {
            cmd.env(k, v);
        }
        cmd
    }

    /// skiff's arguments with --root/--runroot prepended for a root store.
    fn skiff_args<S: AsRef<str>>(&self, args: &[S]) -> Vec<String> {
        let mut all = Vec::new();
        if self.who == Who::Root {
            all.extend(["--root".to_string(), self.data.display().to_string()]);
            all.extend(["--runroot".to_string(), self.run.display().to_string()]);
        }
        all.extend(args.iter().map(|a| a.as_ref().to_string()));
        all
    }

    /// Run `skiff ARGS` as the store's user; stdin is /dev/null.
    pub fn skiff<S: AsRef<str>>(&self, args: &[S]) -> Output {
        let args = self.skiff_args(args);
        let bin = skiff_bin().display().to_string();
        run_command(self.command(&bin, &args), None, format!("{} {}", self.prefix(), shell_words(&bin, &args)))
    }

    /// Run `skiff ARGS` feeding `input` on stdin.
    pub fn skiff_stdin<S: AsRef<str>>(&self, args: &[S], input: &[u8]) -> Output {
        let args = self.skiff_args(args);
        let bin = skiff_bin().display().to_string();
        let what = format!("{} {} <input ({} bytes)", self.prefix(), shell_words(&bin, &args), input.len());
        run_command(self.command(&bin, &args), Some(input.to_vec()), what)
    }

    /// Run a bash script as the store's user; `skiff` is on PATH (and is
    /// the binary under test). For a root store, `skiff` is not given
    /// --root/--runroot: use "$SKIFF_ROOT_ARGS".
    pub fn bash(&self, script: &str) -> Output {
        self.bash_input(script, Input::Null)
    }

    /// [`Store::bash`] with the given standard input.
    pub fn bash_input(&self, script: &str, input: Input) -> Output {
        let mut cmd = self.command("bash", &["-c", script]);
        if self.who == Who::Root {
            cmd.env("SKIFF_ROOT_ARGS", format!("--root {} --runroot {}", self.data.display(), self.run.display()));
        }
        run_command_input(cmd, input, format!("{} bash -c {script:?}", self.prefix()))
    }

    fn prefix(&self) -> String {
        format!("[as {}, store {}]", self.user_name(), self.dir.display())
    }

    /// Write a file in HOME, owned by the store's user.
    pub fn write_file(&self, rel: &str, content: &str) -> PathBuf {
        let path = self.home.join(rel);
        let (uid, gid) = self.ids();
        let mut made = Vec::new();
        let mut p = path.parent().unwrap();
        while !p.exists() {
            made.push(p.to_path_buf());
            p = p.parent().unwrap();
        }
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        for d in made {
            std::os::unix::fs::chown(&d, Some(uid), Some(gid)).unwrap();
        }
        std::fs::write(&path, content).unwrap();
        std::os::unix::fs::chown(&path, Some(uid), Some(gid)).unwrap();
        path
    }

    /// `skiff import <busybox rootfs> NAME`; returns the image id (64 hex).
    pub fn import_busybox(&self, name: &str) -> String {
        let f = fixtures();
        self.import(&f.busybox_rootfs, name, &[])
    }

    /// `skiff import TARBALL NAME --change ...`; returns the image id.
    #[track_caller]
    pub fn import(&self, tarball: &Path, name: &str, changes: &[&str]) -> String {
        let mut args = vec!["import".to_string()];
        for c in changes {
            args.push("--change".into());
            args.push(c.to_string());
        }
        args.push(tarball.display().to_string());
        args.push(name.to_string());
        let out = self.skiff(&args);
        out.ok();
        let last = out.lines().last().cloned().unwrap_or_default();
        let id = if is_podman() { last.trim_start_matches("sha256:").to_string() } else { last };
        out.check(is_image_id(&id), "import must print the 64-hex image id as its last line");
        id
    }

    /// Compile `c_source` statically (busybox lacks some clients and
    /// servers tests need) and import a busybox image `name` that has it as
    /// /bin/`program`; returns the image id.
    #[track_caller]
    pub fn import_static_program(&self, name: &str, program: &str, c_source: &str) -> String {
        let dir = tempfile::tempdir().unwrap();
        let src = dir.path().join(format!("{program}.c"));
        std::fs::write(&src, c_source).unwrap();
        let bin = dir.path().join(program);
        let status = Command::new("gcc").args(["-static", "-O1", "-o"]).arg(&bin).arg(&src).status().unwrap();
        assert!(status.success(), "gcc -static failed (install gcc and libc6-dev)");
        let mut t = TarBuilder::new();
        add_busybox_rootfs(&mut t, true);
        t.file(&format!("bin/{program}"), 0o755, 0, 0, &std::fs::read(&bin).unwrap());
        let tar = dir.path().join(format!("{name}.tar"));
        std::fs::write(&tar, t.finish()).unwrap();
        std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
        std::fs::set_permissions(&tar, std::fs::Permissions::from_mode(0o644)).unwrap();
        self.import(&tar, name, &[])
    }

    /// Processes of this store that are alive, with their command lines:
    /// a monitor names the store on its command line, slirp4netns works in
    /// the store's runtime directory.
    pub fn processes(&self) -> Vec<(i32, String)> {
        let mut found = Vec::new();
        for entry in std::fs::read_dir("/proc").unwrap().flatten() {
            let Ok(pid) = entry.file_name().to_string_lossy().parse::<i32>() else { continue };
            let cmdline = std::fs::read(entry.path().join("cmdline")).unwrap_or_default();
            let cmdline = String::from_utf8_lossy(&cmdline).replace('\0', " ");
            let cwd = std::fs::read_link(entry.path().join("cwd")).unwrap_or_default();
            if cmdline.contains(&*self.dir.to_string_lossy()) || cwd.starts_with(&self.dir) {
                found.push((pid, cmdline));
            }
        }
        found
    }

    /// `skiff load -i <two-layer archive>`; returns the loaded name.
    #[track_caller]
    pub fn load_layered(&self) -> String {
        let out = self.skiff(&["load", "-i", &fixtures().layered_archive.display().to_string()]);
        out.ok().stdout_has(&format!("Loaded image: {LAYERED}"));
        LAYERED.to_string()
    }

    /// The store's root as skiff sees it (XDG_DATA_HOME/skiff, or --root).
    pub fn skiff_root(&self) -> PathBuf {
        match self.who {
            Who::Root => self.data.clone(),
            _ => self.data.join("skiff"),
        }
    }

    /// The store's containers directory.
    pub fn containers_dir(&self) -> PathBuf {
        self.skiff_root().join("containers")
    }

    /// The runtime directory (XDG_RUNTIME_DIR/skiff, or --runroot).
    pub fn runtime_dir(&self) -> PathBuf {
        match self.who {
            Who::Root => self.run.clone(),
            _ => self.run.join("skiff"),
        }
    }

    /// What is in the containers and runtime directories now: compare two
    /// of these with [`traces_left`].
    pub fn snapshot(&self) -> Snapshot {
        Snapshot {
            entries: tree(&self.containers_dir(), "containers")
                .union(&tree(&self.runtime_dir(), "runtime"))
                .cloned()
                .collect(),
        }
    }
}

impl Drop for Store {
    fn drop(&mut self) {
        if std::env::var_os("SKIFF_TEST_KEEP").is_some() {
            eprintln!("keeping store {}", self.dir.display());
            return;
        }
        if is_podman() {
            // Rootless podman leaves a pause process per runtime directory.
            if let Ok(pid) = std::fs::read_to_string(self.run.join("libpod/tmp/pause.pid")) {
                if let Ok(pid) = pid.trim().parse::<i32>() {
                    // SAFETY: kill(2) of the pause process this test started.
                    unsafe { libc::kill(pid, libc::SIGKILL) };
                }
            }
        }
        // The keeper of skiff's user namespace would linger for its lease.
        if let Ok(state) = std::fs::read_to_string(self.runtime_dir().join("userns/keeper.json")) {
            let state: serde_json::Value = serde_json::from_str(&state).unwrap_or_default();
            if let (Some(pid), Some(start_time)) = (state["pid"].as_i64(), state["start_time"].as_u64()) {
                // Only if the pid is still the keeper.
                if skiff::sys::process::alive(pid as i32, start_time) {
                    // SAFETY: kill(2) of the keeper this test's commands started.
                    unsafe { libc::kill(pid as i32, libc::SIGKILL) };
                }
            }
        }
        // A test that failed half-way may leave containers running: their
        // monitors and helpers would keep ports and files busy.
        for (pid, _) in self.processes() {
            // SAFETY: kill(2) of a process of this test's store.
            unsafe { libc::kill(pid, libc::SIGKILL) };
        }
        // Files of containers belong to subordinate ids: root removes them.
        if std::fs::remove_dir_all(&self.dir).is_ok() {
            return;
        }
        // Something is still mounted in there (an engine running as root
        // mounts in the host's namespace): detach it, then try again.
        for m in mounts_under(&self.dir).iter().rev() {
            if let Ok(c) = std::ffi::CString::new(m.as_os_str().as_encoded_bytes()) {
                // SAFETY: umount2 with a valid C string.
                unsafe { libc::umount2(c.as_ptr(), libc::MNT_DETACH) };
            }
        }
        if let Err(e) = std::fs::remove_dir_all(&self.dir) {
            eprintln!("warning: cannot remove test store {}: {e}", self.dir.display());
        }
    }
}

/// Run a shell script as the store's user in HOME/DIR (compose projects).
pub fn in_dir(store: &Store, dir: &str, script: &str) -> Output {
    store.bash(&format!("cd {dir} && {script}"))
}

/// Poll `done` every 50 ms until it holds; fail the test after `limit`.
#[track_caller]
pub fn wait_for(what: &str, limit: Duration, mut done: impl FnMut() -> bool) {
    let deadline = Instant::now() + limit;
    while !done() {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Mount points at or under `dir`, in /proc/self/mountinfo order.
pub fn mounts_under(dir: &Path) -> Vec<PathBuf> {
    let info = std::fs::read_to_string("/proc/self/mountinfo").unwrap_or_default();
    info.lines()
        .filter_map(|l| l.split(' ').nth(4))
        .map(|p| PathBuf::from(p.replace("\\040", " ")))
        .filter(|p| p.starts_with(dir))
        .collect()
}

/// Quote a command line for messages.
fn shell_words(bin: &str, args: &[String]) -> String {
    let mut s = bin.to_string();
    for a in args {
        s.push(' ');
        if !a.is_empty() && a.chars().all(|c| c.is_ascii_alphanumeric() || "-_./:=@%+,".contains(c)) {
            s.push_str(a);
        } else {
            s.push('\'');
            s.push_str(&a.replace('\'', "'\\''"));
            s.push('\'');
        }
    }
    s
}

pub fn is_image_id(s: &str) -> bool {
    s.len() == 64 && s.bytes().all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase())
}

/// True for names that carry a container or image id: a run of at least
/// 12 hex digits.
pub fn has_id(name: &str) -> bool {
    let mut run = 0;
    for b in name.bytes() {
        run = if b.is_ascii_hexdigit() { run + 1 } else { 0 };
        if run >= 12 {
            return true;
        }
    }
    false
}

/// One entry of a [`Snapshot`].
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Entry {
    /// "containers/..." or "runtime/...".
    pub path: String,
    pub is_dir: bool,
    pub empty_dir: bool,
}

#[derive(Debug, Clone, Default)]
pub struct Snapshot {
    pub entries: BTreeSet<Entry>,
}

fn tree(root: &Path, label: &str) -> BTreeSet<Entry> {
    fn walk(dir: &Path, rel: &str, out: &mut BTreeSet<Entry>) {
        let Ok(rd) = std::fs::read_dir(dir) else { return };
        for e in rd.flatten() {
            let rel = format!("{rel}/{}", e.file_name().to_string_lossy());
            let ft = match e.file_type() {
                Ok(t) => t,
                Err(_) => continue,
            };
            let is_dir = ft.is_dir();
            let empty_dir = is_dir && std::fs::read_dir(e.path()).map(|mut r| r.next().is_none()).unwrap_or(false);
            out.insert(Entry { path: rel.clone(), is_dir, empty_dir });
            if is_dir {
                walk(&e.path(), &rel, out);
            }
        }
    }
    let mut out = BTreeSet::new();
    walk(root, label, &mut out);
    out
}

/// Entries in `after` that were not in `before` and are a trace of a
/// container: anything, except empty directories and `*.lock` files whose
/// names carry no id (a `names/` directory, a store lock), and the cache
/// of compiled seccomp programs.
pub fn traces_left(before: &Snapshot, after: &Snapshot) -> Vec<String> {
    let old: BTreeSet<&String> = before.entries.iter().map(|e| &e.path).collect();
    after
        .entries
        .iter()
        .filter(|e| !old.contains(&e.path))
        .filter(|e| {
            let name = e.path.rsplit('/').next().unwrap_or("");
            let harmless = !has_id(name) && ((e.is_dir && e.empty_dir) || (!e.is_dir && name.ends_with(".lock")));
            // Compiled seccomp programs, the user namespace keeper's state
            // and what containers.conf says of hooks: kept for every later
            // command.
            let shared_cache = ["runtime/seccomp", "runtime/userns", "runtime/containers-conf.json"]
                .iter()
                .any(|dir| e.path == *dir || e.path.starts_with(&format!("{dir}/")));
            !harmless && !shared_cache
        })
        .map(|e| e.path.clone())
        .collect()
}

/// Entries of the containers directory that belong to some container:
/// everything but an empty `names/` directory and `*.lock` files.
pub fn containers_in_store(store: &Store) -> Vec<String> {
    let dir = store.containers_dir();
    // `run --rm` leaves its container's files (renamed to a trash) to a
    // child that removes them just after it returns: wait for that, so a
    // trash that stays is still reported.
    let trash = |dir: &std::path::Path| {
        std::fs::read_dir(dir).map(|rd| rd.flatten().any(|e| e.file_name().to_string_lossy().starts_with(".trash-"))).unwrap_or(false)
    };
    let deadline = Instant::now() + Duration::from_secs(15);
    while trash(&dir) && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
    }
    let Ok(rd) = std::fs::read_dir(&dir) else { return Vec::new() };
    let mut out = Vec::new();
    for e in rd.flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        if name == "names" {
            let empty = std::fs::read_dir(e.path()).map(|mut r| r.next().is_none()).unwrap_or(true);
            if empty {
                continue;
            }
            out.push("names/ is not empty".to_string());
            continue;
        }
        if name.ends_with(".lock") && !has_id(&name) {
            continue;
        }
        out.push(name);
    }
    out
}

// ---------------------------------------------------------------------
// Images
// ---------------------------------------------------------------------

/// Image files built by the harness, readable by every user.
pub struct Fixtures {
    /// Busybox root filesystem tarball (`import`): /bin/busybox and its
    /// applets, /etc/passwd with root and app (1000:1000, /home/app), /tmp
    /// 1777, /root, /proc, /sys, /dev, /home/app/owned owned by 1000:1000.
    pub busybox_rootfs: PathBuf,
    /// The same with every file owned by root (for users without a range).
    pub busybox_rootonly: PathBuf,
    /// docker-archive (`load -i`) of localhost/layered:latest: layer 1 is
    /// the busybox rootfs plus /data/keep, /data/gone, /opq/old1; layer 2
    /// deletes /data/gone (whiteout) and makes /opq opaque, adding /opq/new.
    pub layered_archive: PathBuf,
}

const PASSWD: &str = "root:x:0:0:root:/root:/bin/sh\n\
app:x:1000:1000:app:/home/app:/bin/sh\n\
nobody:x:65534:65534:nobody:/nonexistent:/bin/false\n";
const GROUP: &str = "root:x:0:\napp:x:1000:\nnogroup:x:65534:\n";
/// A fixed time for every entry, so that the tarballs are reproducible.
const MTIME: u64 = 1_700_000_000;
/// The host's static busybox (Debian's busybox-static).
pub const HOST_BUSYBOX: &str = "/bin/busybox";

/// Build the images once per test process, under /tmp/skiff-ci/fixtures.
pub fn fixtures() -> &'static Fixtures {
    static FIX: OnceLock<Fixtures> = OnceLock::new();
    FIX.get_or_init(|| {
        require_host();
        let dir = Path::new(CI_DIR).join("fixtures");
        root_dir(Path::new(CI_DIR));
        root_dir(&dir);
        let f = Fixtures {
            busybox_rootfs: dir.join("busybox-rootfs.tar"),
            busybox_rootonly: dir.join("busybox-rootfs-rootonly.tar"),
            layered_archive: dir.join("layered.docker-archive.tar"),
        };
        write_public(&f.busybox_rootfs, &busybox_rootfs(true, &[]));
        write_public(&f.busybox_rootonly, &busybox_rootfs(false, &[]));
        write_public(&f.layered_archive, &layered_archive());
        f
    })
}

fn write_public(path: &Path, data: &[u8]) {
    if std::fs::read(path).ok().as_deref() == Some(data) {
        return;
    }
    let tmp = path.with_extension(format!("tmp{}", std::process::id()));
    std::fs::write(&tmp, data).unwrap();
    std::fs::set_permissions(&tmp, std::fs::Permissions::from_mode(0o644)).unwrap();
    std::fs::rename(&tmp, path).unwrap();
}

/// A tar archive being built in memory, entry by entry.
pub struct TarBuilder {
    b: tar::Builder<Vec<u8>>,
}

impl Default for TarBuilder {
    fn default() -> Self {
        Self::new()
    }
}

impl TarBuilder {
    pub fn new() -> TarBuilder {
        let mut b = tar::Builder::new(Vec::new());
        b.mode(tar::HeaderMode::Complete);
        TarBuilder { b }
    }

    fn header(kind: tar::EntryType, mode: u32, uid: u64, gid: u64, size: u64) -> tar::Header {
        let mut h = tar::Header::new_gnu();
        h.set_entry_type(kind);
        h.set_mode(mode);
        h.set_uid(uid);
        h.set_gid(gid);
        h.set_mtime(MTIME);
        h.set_size(size);
        let _ = h.set_username(if uid == 0 { "root" } else { "" });
        let _ = h.set_groupname(if gid == 0 { "root" } else { "" });
        h
    }

    pub fn dir(&mut self, path: &str, mode: u32, uid: u64, gid: u64) -> &mut Self {
        let mut h = Self::header(tar::EntryType::Directory, mode, uid, gid, 0);
        let p = format!("{}/", path.trim_end_matches('/'));
        self.b.append_data(&mut h, p, std::io::empty()).unwrap();
        self
    }

    pub fn file(&mut self, path: &str, mode: u32, uid: u64, gid: u64, data: &[u8]) -> &mut Self {
        let mut h = Self::header(tar::EntryType::Regular, mode, uid, gid, data.len() as u64);
        self.b.append_data(&mut h, path, data).unwrap();
        self
    }

    pub fn symlink(&mut self, path: &str, target: &str) -> &mut Self {
        let mut h = Self::header(tar::EntryType::Symlink, 0o777, 0, 0, 0);
        self.b.append_link(&mut h, path, target).unwrap();
        self
    }

    pub fn finish(self) -> Vec<u8> {
        self.b.into_inner().unwrap()
    }
}

/// Applet names of the host's busybox.
fn applets() -> Vec<String> {
    let out = Command::new(HOST_BUSYBOX)
        .arg("--list")
        .output()
        .unwrap_or_else(|e| panic!("run {HOST_BUSYBOX} --list: {e} (install busybox-static: {PREPARE})"));
    assert!(out.status.success(), "{HOST_BUSYBOX} --list failed");
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| l.trim().to_string())
        .filter(|l| !l.is_empty() && l != "busybox" && !l.contains('/'))
        .collect()
}

/// Add the busybox root filesystem to `t`. `app_owned`: /home/app and
/// /home/app/owned belong to 1000:1000 (else to root).
pub fn add_busybox_rootfs(t: &mut TarBuilder, app_owned: bool) {
    let busybox = std::fs::read(HOST_BUSYBOX)
        .unwrap_or_else(|e| panic!("read {HOST_BUSYBOX}: {e} (install busybox-static: {PREPARE})"));
    let app = if app_owned { 1000 } else { 0 };
    t.dir("bin", 0o755, 0, 0);
    t.file("bin/busybox", 0o755, 0, 0, &busybox);
    for a in applets() {
        t.symlink(&format!("bin/{a}"), "busybox");
    }
    t.dir("etc", 0o755, 0, 0);
    t.file("etc/passwd", 0o644, 0, 0, PASSWD.as_bytes());
    t.file("etc/group", 0o644, 0, 0, GROUP.as_bytes());
    t.dir("tmp", 0o1777, 0, 0);
    t.dir("root", 0o700, 0, 0);
    t.dir("proc", 0o555, 0, 0);
    t.dir("sys", 0o555, 0, 0);
    t.dir("dev", 0o755, 0, 0);
    t.dir("home", 0o755, 0, 0);
    t.dir("home/app", 0o755, app, app);
    t.file("home/app/owned", 0o644, app, app, b"this file belongs to app\n");
}

/// The busybox rootfs tarball, with `extra` added by the caller.
pub fn busybox_rootfs(app_owned: bool, extra: &[(&str, &[u8])]) -> Vec<u8> {
    let mut t = TarBuilder::new();
    add_busybox_rootfs(&mut t, app_owned);
    for (path, data) in extra {
        t.file(path, 0o644, 0, 0, data);
    }
    t.finish()
}

pub fn sha256_hex(data: &[u8]) -> String {
    let d = Sha256::digest(data);
    d.iter().map(|b| format!("{b:02x}")).collect()
}

/// GOARCH name of this machine, as image configs spell it.
pub fn oci_arch() -> &'static str {
    match std::env::consts::ARCH {
        "x86_64" => "amd64",
        "aarch64" => "arm64",
        "x86" => "386",
        "powerpc64" => "ppc64le",
        other => other,
    }
}

/// The two-layer docker-archive (what `docker save` writes).
pub fn layered_archive() -> Vec<u8> {
    let mut l1 = TarBuilder::new();
    add_busybox_rootfs(&mut l1, true);
    l1.dir("data", 0o755, 0, 0);
    l1.file("data/keep", 0o644, 0, 0, b"keep\n");
    l1.file("data/gone", 0o644, 0, 0, b"gone\n");
    l1.dir("opq", 0o755, 0, 0);
    l1.file("opq/old1", 0o644, 0, 0, b"old1\n");
    let l1 = l1.finish();

    let mut l2 = TarBuilder::new();
    l2.dir("data", 0o755, 0, 0);
    l2.file("data/.wh.gone", 0o644, 0, 0, b"");
    l2.dir("opq", 0o755, 0, 0);
    l2.file("opq/.wh..wh..opq", 0o644, 0, 0, b"");
    l2.file("opq/new", 0o644, 0, 0, b"new\n");
    let l2 = l2.finish();

    let (d1, d2) = (sha256_hex(&l1), sha256_hex(&l2));
    let config = serde_json::json!({
        "architecture": oci_arch(),
        "os": "linux",
        "created": "2024-01-01T00:00:00Z",
        "config": {
            "Env": ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"],
            "Cmd": ["sh"]
        },
        "rootfs": { "type": "layers", "diff_ids": [format!("sha256:{d1}"), format!("sha256:{d2}")] },
        "history": [
            { "created": "2024-01-01T00:00:00Z", "created_by": "busybox rootfs, /data and /opq" },
            { "created": "2024-01-01T00:00:00Z", "created_by": "delete /data/gone, make /opq opaque" }
        ]
    });
    let config = serde_json::to_vec(&config).unwrap();
    let config_name = format!("{}.json", sha256_hex(&config));
    let manifest = serde_json::json!([{
        "Config": config_name,
        "RepoTags": [LAYERED],
        "Layers": [format!("{d1}/layer.tar"), format!("{d2}/layer.tar")]
    }]);
    let manifest = serde_json::to_vec(&manifest).unwrap();

    let mut a = TarBuilder::new();
    for (d, layer) in [(&d1, &l1), (&d2, &l2)] {
        a.dir(d, 0o755, 0, 0);
        a.file(&format!("{d}/layer.tar"), 0o644, 0, 0, layer);
    }
    a.file(&config_name, 0o644, 0, 0, &config);
    a.file("manifest.json", 0o644, 0, 0, &manifest);
    a.finish()
}

/// Rows of a uid_map/gid_map: [inside, outside, count].
pub fn parse_id_map(text: &str) -> Vec<[u64; 3]> {
    text.lines()
        .filter_map(|l| {
            let v: Vec<u64> = l.split_whitespace().filter_map(|w| w.parse().ok()).collect();
            (v.len() == 3).then(|| [v[0], v[1], v[2]])
        })
        .collect()
}

/// Wait until no process of the store is left, or fail naming them. The
/// user networks' holder lingers a few seconds after the last container.
#[track_caller]
pub fn assert_no_processes_left(store: &Store) {
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        let left = store.processes();
        if left.is_empty() {
            return;
        }
        assert!(Instant::now() < deadline, "processes left behind: {left:?}");
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// GET / from 127.0.0.1:`port`, retrying while the server starts.
pub fn http_get(port: u16) -> String {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let attempt = (|| -> std::io::Result<String> {
            let mut stream = std::net::TcpStream::connect(("127.0.0.1", port))?;
            stream.set_read_timeout(Some(Duration::from_secs(5)))?;
            stream.write_all(b"GET / HTTP/1.0\r\n\r\n")?;
            let mut reply = String::new();
            stream.read_to_string(&mut reply)?;
            Ok(reply)
        })();
        match attempt {
            Ok(reply) if !reply.is_empty() => return reply,
            _ if Instant::now() < deadline => std::thread::sleep(Duration::from_millis(100)),
            other => panic!("no HTTP reply on 127.0.0.1:{port}: {other:?}"),
        }
    }
}


/// The first of `count` consecutive ports of 127.0.0.1 free for TCP and UDP
/// now: the kernel picks the first (bind port 0), the others are checked.
/// Tests publish on these instead of fixed ports another program may hold.
pub fn free_ports(count: u16) -> u16 {
    loop {
        let first = std::net::TcpListener::bind(("127.0.0.1", 0)).unwrap().local_addr().unwrap().port();
        let Some(end) = first.checked_add(count) else { continue };
        let free = |port: u16| {
            std::net::TcpListener::bind(("127.0.0.1", port)).is_ok() && std::net::UdpSocket::bind(("127.0.0.1", port)).is_ok()
        };
        if (first..end).all(free) {
            return first;
        }
    }
}

/// One free port of 127.0.0.1 (see [`free_ports`]).
pub fn free_port() -> u16 {
    free_ports(1)

}

/// Run podman as root on its own store under `dir` (removed with the test's
/// store), so that nothing of the host's podman is touched.
pub fn podman_in(dir: &Path, args: &[&str]) -> Output {
    let mut cmd = Command::new("podman");
    cmd.arg("--root").arg(dir.join("root")).arg("--runroot").arg(dir.join("run"));
    cmd.args(["--storage-driver", "vfs", "--events-backend", "none", "--cgroup-manager", "cgroupfs"]);
    cmd.args(args);
    run_command(cmd, None, format!("podman {}", args.join(" ")))
}

/// `cp` a file into the running `container` and another out of it: what
/// goes in reads back inside, and what comes out belongs to the user (a
/// container in a user namespace of its own, whose root is not the user).
pub fn copy_in_and_out(store: &Store, container: &str) {
    let source = store.write_file("to-copy", "copied in\n");
    store.skiff(&["cp", &source.display().to_string(), &format!("{container}:/tmp/in")]).ok();
    store.skiff(&["exec", container, "sh", "-c", "cat /tmp/in; echo out > /tmp/out"]).ok().stdout_is("copied in");
    let dest = store.home.join(format!("copied-out-{container}"));
    store.skiff(&["cp", &format!("{container}:/tmp/out"), &dest.display().to_string()]).ok();
    assert_eq!(std::fs::read_to_string(&dest).unwrap(), "out\n", "cp must copy the file out");
    assert_eq!(std::fs::metadata(&dest).unwrap().uid(), TEST_UID, "what cp copies out is the user's");
}
