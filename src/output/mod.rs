//! The only place that prints. Commands build rows or values and hand them
//! here; errors and warnings go to stderr in one line each.

pub mod progress;
pub mod template;

use std::io::Write;
use std::sync::atomic::{AtomicBool, AtomicU8, Ordering};

/// How much skiff says on stderr besides errors, as `--log-level` sets it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
#[repr(u8)]
pub enum Level {
    Debug = 0,
    Info = 1,
    Warn = 2,
    /// Errors only: no warnings.
    Error = 3,
}

static LEVEL: AtomicU8 = AtomicU8::new(Level::Warn as u8);

/// Print messages of `level` and above from now on.
pub fn set_level(level: Level) {
    LEVEL.store(level as u8, Ordering::Relaxed);
}

static NO_HEADINGS: AtomicBool = AtomicBool::new(false);

/// Leave out the header line of tables and `table` templates from now on
/// (the listings' `--noheading`).
pub fn omit_headings(omit: bool) {
    NO_HEADINGS.store(omit, Ordering::Relaxed);
}

fn headings_shown() -> bool {
    !NO_HEADINGS.load(Ordering::Relaxed)
}

fn shown(level: Level) -> bool {
    level as u8 >= LEVEL.load(Ordering::Relaxed)
}

/// Where `--syslog` sends skiff's log messages.
pub const SYSTEM_LOG: &str = "/dev/log";

static SYSLOG: std::sync::OnceLock<std::os::unix::net::UnixDatagram> = std::sync::OnceLock::new();

/// `--syslog`: from now on the debug, info and warning lines shown are also
/// sent to the system log listening on `socket`. Without one it is an
/// error (exit 1), as podman's "Failed to initialize syslog hook".
pub fn log_to_syslog(socket: &str) -> crate::error::Result<()> {
    let connected = std::os::unix::net::UnixDatagram::unbound()
        .and_then(|datagram| datagram.connect(socket).map(|_| datagram))
        .map_err(|e| crate::error::Error::with_code(1, format!("--syslog: cannot reach the system log at {socket}: {e}")))?;
    let _ = SYSLOG.set(connected);
    Ok(())
}

/// One message to the system log (facility user), as logrus's syslog hook
/// words it: `skiff[PID]: level=LEVEL msg="..."`.
fn to_syslog(severity: u8, level: &str, message: &str) {
    const LOG_USER: u8 = 1 << 3;
    if let Some(socket) = SYSLOG.get() {
        let line = format!("<{}>skiff[{}]: level={level} msg={message:?}", LOG_USER | severity, std::process::id());
        let _ = socket.send(line.as_bytes());
    }
}

/// A debug line (`--log-level debug`), in logrus's text form as podman's.
pub fn debug(message: &str) {
    if shown(Level::Debug) {
        to_syslog(7, "debug", message);
        let _ = writeln!(std::io::stderr().lock(), "DEBU[0000] {message}");
    }
}

/// An informational line (`--log-level info` and below).
pub fn info(message: &str) {
    if shown(Level::Info) {
        to_syslog(6, "info", message);
        let _ = writeln!(std::io::stderr().lock(), "INFO[0000] {message}");
    }
}

/// Print an error the way podman does: `Error: <message>` on one line.
pub fn error(message: &str) {
    let _ = writeln!(std::io::stderr().lock(), "Error: {message}");
}

/// Print why a podman or docker command or flag skiff parses is refused:
/// `skiff: run --cgroup-parent: <reason>` on one line.
pub fn refusal(given: &str, reason: &str) {
    let _ = writeln!(std::io::stderr().lock(), "skiff: {given}: {reason}");
}

/// Print a one-line warning to stderr (unless `--log-level` is above warn).
pub fn warn(message: &str) {
    if shown(Level::Warn) {
        to_syslog(4, "warning", message);
        let _ = writeln!(std::io::stderr().lock(), "WARN[0000] {message}");
    }
}

/// Where the engine's warnings go when the CLI runs it: `warn`.
pub struct StderrWarnings;

impl crate::sys::warnings::Warnings for StderrWarnings {
    fn warn(&self, message: &str) {
        warn(message);
    }
}

/// Print one line of progress or status to stderr.
pub fn status(text: &str) {
    let _ = writeln!(std::io::stderr().lock(), "{text}");
}

/// Ask before something destructive, as podman does: the heading, one item a
/// line, then a y/N question answered on standard input.
pub fn confirm(heading: &str, items: &[&str]) -> bool {
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "{heading}");
    for item in items {
        let _ = writeln!(out, "{item}");
    }
    let _ = write!(out, "Are you sure you want to continue? [y/N] ");
    let _ = out.flush();
    let mut answer = String::new();
    let _ = std::io::stdin().read_line(&mut answer);
    matches!(answer.trim(), "y" | "Y" | "yes")
}

/// Ask for a secret on the terminal (standard input is one): the prompt on
/// stderr, the answer not echoed, one line.
pub fn read_secret(prompt: &str) -> std::io::Result<String> {
    use rustix::termios::{tcgetattr, tcsetattr, LocalModes, OptionalActions};
    let stdin = std::io::stdin();
    let _ = write!(std::io::stderr().lock(), "{prompt}");
    let saved = tcgetattr(&stdin)?;
    let mut quiet = saved.clone();
    quiet.local_modes.remove(LocalModes::ECHO);
    tcsetattr(&stdin, OptionalActions::Now, &quiet)?;
    let mut answer = String::new();
    let read = stdin.read_line(&mut answer);
    let _ = tcsetattr(&stdin, OptionalActions::Now, &saved);
    let _ = writeln!(std::io::stderr().lock());
    read?;
    Ok(answer.trim_end_matches(['\n', '\r']).to_string())
}

/// Ask which of `items` to use, one numbered item a line, answered with
/// its number on standard input. None when the answer is not one of them.
pub fn choose(heading: &str, items: &[String]) -> Option<usize> {
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "? {heading}");
    for (number, item) in items.iter().enumerate() {
        let _ = writeln!(out, "  {}) {item}", number + 1);
    }
    let _ = write!(out, "Enter a number [1-{}]: ", items.len());
    let _ = out.flush();
    let mut answer = String::new();
    let _ = std::io::stdin().read_line(&mut answer);
    answer.trim().parse::<usize>().ok().filter(|n| (1..=items.len()).contains(n)).map(|n| n - 1)
}

/// Print one line to stdout.
pub fn line(text: &str) {
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "{text}");
}

/// Print text exactly as a container wrote it, to stdout or stderr.
pub fn stream_text(stderr: bool, text: &str) {
    if stderr {
        let _ = std::io::stderr().lock().write_all(text.as_bytes());
    } else {
        let mut out = std::io::stdout().lock();
        let _ = out.write_all(text.as_bytes());
        let _ = out.flush();
    }
}

/// A value as a YAML document (`compose config`), written by serde-saphyr.
pub fn yaml_document<T: serde::Serialize>(value: &T) -> crate::error::Result<String> {
    serde_saphyr::to_string(value).map_err(|e| crate::err!("the model as YAML: {e}"))
}

/// Clear the terminal and put the cursor at its top left, before a report
/// that redraws (`stats`, `ps --watch`).
pub fn clear_screen() {
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(b"\x1b[2J\x1b[1;1H");
    let _ = out.flush();
}

/// `text` in the `index`th of the colours docker compose gives services.
pub fn coloured(text: &str, index: usize) -> String {
    const COLOURS: [u8; 6] = [36, 33, 32, 35, 34, 31];
    format!("\x1b[{}m{text}\x1b[0m", COLOURS[index % COLOURS.len()])
}

/// What compose operations did, one line each on stderr, as docker
/// compose prints them without a terminal (" Container app-web-1  Started").
pub struct ComposeProgress;

/// `compose --progress quiet`: ComposeProgress prints nothing.
static COMPOSE_PROGRESS_QUIET: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

pub fn set_compose_progress_quiet(quiet: bool) {
    COMPOSE_PROGRESS_QUIET.store(quiet, std::sync::atomic::Ordering::Relaxed);
}

/// `compose --dry-run`: ComposeProgress's steps are only reported, with
/// docker compose's "DRY-RUN MODE - " prefix.
static COMPOSE_DRY_RUN: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

pub fn set_compose_dry_run(dry_run: bool) {
    COMPOSE_DRY_RUN.store(dry_run, std::sync::atomic::Ordering::Relaxed);
}

impl crate::compose::containers::Progress for ComposeProgress {
    fn report(&self, kind: &str, name: &str, state: &str) {
        if COMPOSE_PROGRESS_QUIET.load(std::sync::atomic::Ordering::Relaxed) {
            return;
        }
        let prefix = if self.dry_run() { " DRY-RUN MODE - " } else { "" };
        status(&format!("{prefix} {kind} {name}  {state}"));
    }

    fn dry_run(&self) -> bool {
        COMPOSE_DRY_RUN.load(std::sync::atomic::Ordering::Relaxed)
    }
}

/// Compose progress not shown (`compose run -q`).
pub struct QuietComposeProgress;

impl crate::compose::containers::Progress for QuietComposeProgress {
    fn report(&self, _kind: &str, _name: &str, _state: &str) {}
}

/// Print a map as the YAML podman prints for `info` (go-yaml's layout:
/// two-space nesting, list items at their key's indentation, multi-line
/// strings as `|-` blocks).
pub fn yaml(value: &serde_json::Value) {
    match info_yaml(value) {
        Ok(text) => {
            let _ = std::io::stdout().lock().write_all(text.as_bytes());
        }
        Err(e) => error(&format!("print as YAML: {e}")),
    }
}

fn info_yaml(value: &serde_json::Value) -> Result<String, serde_saphyr::SerializeError> {
    let options = serde_saphyr::ser_options! { indent_step: 2, compact_list_indent: true, prefer_block_scalars: true };
    serde_saphyr::to_string_with_options(value, options)
}

/// Print a value as indented JSON (podman's `--format json`).
pub fn json<T: serde::Serialize>(value: &T) {
    let mut out = std::io::stdout().lock();
    let _ = serde_json::to_writer_pretty(&mut out, value);
    let _ = writeln!(out);
}

/// Print a value as Go's json.MarshalIndent(value, "", "  ") prints it:
/// serde_json's pretty layout, with <, > and & escaped as Go escapes them.
pub fn go_json<T: serde::Serialize>(value: &T) {
    match serde_json::to_string_pretty(value) {
        Ok(text) => line(&text.replace('<', "\\u003c").replace('>', "\\u003e").replace('&', "\\u0026")),
        Err(e) => error(&format!("print as JSON: {e}")),
    }
}

/// A table as podman's report package writes one through Go's tabwriter:
/// columns at least 12 wide and 2 spaces apart, every cell but the last
/// padded (so lines may end in spaces); the header row unless
/// `--noheading`.
pub fn padded_table(headers: &[&str], rows: &[Vec<String>]) {
    let mut text = String::new();
    let header = headers.iter().map(|h| h.to_string()).collect::<Vec<_>>();
    for row in std::iter::once(&header).filter(|_| headings_shown()).chain(rows) {
        text.push_str(&row.join("\t"));
        text.push('\n');
    }
    let mut out = std::io::stdout().lock();
    // Go's minimum width counts the padding; this tabwriter's does not.
    let mut aligned = tabwriter::TabWriter::new(&mut out).minwidth(10).padding(2);
    let _ = aligned.write_all(text.as_bytes());
    let _ = aligned.flush();
}

/// Print each value through a `--format` template, each rendering ended by
/// a newline unless the template ends with one (as podman does). A
/// `table` template gets a header row first, and its tab-separated cells
/// are aligned through a tabwriter set as podman's (columns at least 12
/// wide, 2 spaces apart).
pub fn templated(template: &template::Template, values: &[serde_json::Value]) -> crate::error::Result<()> {
    templated_with_headers(template, values, &[])
}

/// [`templated`], with headers other than the field names in capitals
/// for some fields (`ps` heads `{{.ID}}` "CONTAINER ID").
pub fn templated_with_headers(template: &template::Template, values: &[serde_json::Value], renamed: &[(&str, &str)]) -> crate::error::Result<()> {
    let line_end = if template.ends_with_newline() { "" } else { "\n" };
    // Render everything first: a failing value prints nothing at all.
    let mut text = String::new();
    if template.table && headings_shown() {
        let header = template.header(values.first(), renamed);
        if !header.is_empty() {
            text.push_str(&header);
            text.push_str(line_end);
        }
    }
    for v in values {
        text.push_str(&template.render(v)?);
        text.push_str(line_end);
    }
    let mut out = std::io::stdout().lock();
    if template.table {
        // podman's tabwriter (Go's) has a minimum cell width of 12 that
        // counts the padding; Rust's tabwriter adds the padding to its
        // minimum, so 10 here makes the same columns.
        let mut aligned = tabwriter::TabWriter::new(&mut out).minwidth(10).padding(2);
        let _ = aligned.write_all(text.as_bytes());
        let _ = aligned.flush();
    } else {
        let _ = out.write_all(text.as_bytes());
    }
    let _ = out.flush();
    Ok(())
}

/// A table with podman's layout: columns left-aligned, separated by at least
/// two spaces, headers in capitals.
pub struct Table {
    headers: Vec<&'static str>,
    rows: Vec<Vec<String>>,
    min_width: usize,
}

impl Table {
    pub fn new(headers: &[&'static str]) -> Table {
        Table { headers: headers.to_vec(), rows: Vec::new(), min_width: 0 }
    }

    /// Pad every column but the last to at least `width` characters (podman
    /// pads some listings, like `volume ls`, to 10 plus the two spaces).
    pub fn with_min_width(mut self, width: usize) -> Table {
        self.min_width = width;
        self
    }

    pub fn row(&mut self, cells: Vec<String>) {
        self.rows.push(cells);
    }

    /// Add one more cell to the last row.
    pub fn extend_last(&mut self, cell: String) {
        if let Some(row) = self.rows.last_mut() {
            row.push(cell);
        }
    }

    pub fn render(&self) -> String {
        let mut widths: Vec<usize> = self.headers.iter().map(|h| h.chars().count().max(self.min_width)).collect();
        for row in &self.rows {
            for (i, cell) in row.iter().enumerate() {
                widths[i] = widths[i].max(cell.chars().count());
            }
        }
        // Written straight into one string of about the final size (a
        // string per line, grown a space at a time, was most of `ps -a`'s
        // rendering with 1,000 containers).
        let line_width: usize = widths.iter().map(|w| w + 2).sum();
        let mut s = String::with_capacity((self.rows.len() + 1) * line_width);
        let mut push_row = |cells: &mut dyn Iterator<Item = &str>| {
            let start = s.len();
            for (i, cell) in cells.enumerate() {
                s.push_str(cell);
                if i + 1 < widths.len() {
                    let padding = (widths[i] + 2).saturating_sub(cell.chars().count());
                    s.extend(std::iter::repeat_n(' ', padding));
                }
            }
            let kept = s[start..].trim_end().len();
            s.truncate(start + kept);
            s.push('\n');
        };
        if headings_shown() {
            push_row(&mut self.headers.iter().copied());
        }
        for row in &self.rows {
            push_row(&mut row.iter().map(|c| c.as_str()));
        }
        s
    }

    pub fn print(&self) {
        let _ = std::io::stdout().lock().write_all(self.render().as_bytes());
    }
}

/// Sizes as podman's images, history and ps columns show them: go-units'
/// HumanSizeWithPrecision(size, 3) with a space before the unit ("2.7 MB").
pub fn human_size(bytes: u64) -> String {
    let text = go_size(bytes, 3, false);
    let number_end = text.rfind(|c: char| c.is_ascii_digit()).map_or(0, |i| i + 1);
    format!("{} {}", &text[..number_end], &text[number_end..])
}

pub use crate::units::go_size;
pub use crate::time::{human_ago, human_duration};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_as_go_units_writes_them() {
        assert_eq!(human_size(2_701_234), "2.7 MB");
        assert_eq!(human_size(0), "0 B");
        assert_eq!(human_size(999_600), "1e+03 kB");
        assert_eq!(go_size(2_701_234, 4, false), "2.701MB");
        assert_eq!(go_size(24, 4, false), "24B");
        assert_eq!(go_size(7_990_000, 4, false), "7.99MB");
        assert_eq!(go_size(123_456_789, 4, false), "123.5MB");
        assert_eq!(go_size(3_670_016, 4, true), "3.5MiB");
        assert_eq!(go_size(1_464_000, 4, false), "1.464MB");
    }

    #[test]
    fn syslog_gets_the_lines_shown() {
        let dir = tempfile::tempdir().unwrap();
        let missing = dir.path().join("none").display().to_string();
        let err = log_to_syslog(&missing).unwrap_err();
        assert_eq!(err.code, 1);
        assert!(err.message.contains(&missing), "{}", err.message);
        let socket = dir.path().join("log");
        let listener = std::os::unix::net::UnixDatagram::bind(&socket).unwrap();
        log_to_syslog(&socket.display().to_string()).unwrap();
        warn("disk \"full\"");
        let mut buf = [0u8; 512];
        let n = listener.recv(&mut buf).unwrap();
        let line = String::from_utf8_lossy(&buf[..n]);
        assert!(line.starts_with("<12>skiff["), "{line}");
        assert!(line.ends_with(r#"]: level=warning msg="disk \"full\"""#), "{line}");
    }

    #[test]
    fn sizes_match_podman() {
        assert_eq!(human_size(0), "0 B");
        assert_eq!(human_size(2_129_920), "2.13 MB");
        assert_eq!(human_size(1_000), "1 kB");
        assert_eq!(human_size(123_456_789), "123 MB");
    }

    #[test]
    fn table_pads_columns() {
        let mut t = Table::new(&["A", "BB"]);
        t.row(vec!["xyz".into(), "1".into()]);
        assert_eq!(t.render(), "A    BB\nxyz  1\n");
        let mut t = Table::new(&["A", "BB"]).with_min_width(4);
        t.row(vec!["xyz".into(), "1".into()]);
        assert_eq!(t.render(), "A     BB\nxyz   1\n");
    }

    #[test]
    fn info_yaml_has_go_yaml_layout() {
        let value = serde_json::json!({
            "host": {
                "cgroupControllers": [],
                "idMappings": {"uidmap": [{"container_id": 0, "host_id": 1500, "size": 1}]},
                "distribution": {"version": "12"},
                "ociRuntime": {"version": "crun version 1.8.1\ncommit: f8a"},
            },
            "plugins": {"log": ["k8s-file", "none"], "authorization": null},
            "registries": {},
        });
        assert_eq!(
            super::info_yaml(&value).unwrap(),
            "host:\n  cgroupControllers: []\n  distribution:\n    version: \"12\"\n  idMappings:\n    uidmap:\n    - container_id: 0\n      \
             host_id: 1500\n      size: 1\n  ociRuntime:\n    version: |-\n      crun version 1.8.1\n      commit: f8a\n\
             plugins:\n  authorization: null\n  log:\n  - k8s-file\n  - none\nregistries: {}\n"
        );
    }
}

/// Where `build` writes podman's step lines and its RUN steps' output when
/// that is not the terminal: a log file (`--logfile`), or standard error
/// when standard output carries the image (`--output type=tar,dest=-`).
pub struct BuildLog {
    file: std::fs::File,
}

impl BuildLog {
    pub fn create(path: &std::path::Path) -> crate::error::Result<BuildLog> {
        let file = std::fs::File::create(path).map_err(|e| crate::err!("--logfile {}: {e}", path.display()))?;
        Ok(BuildLog { file })
    }

    pub fn stderr() -> crate::error::Result<BuildLog> {
        let fd = std::os::fd::AsFd::as_fd(&std::io::stderr()).try_clone_to_owned()?;
        Ok(BuildLog { file: fd.into() })
    }

    /// Write one line (the image id at the end).
    pub fn line(&self, text: &str) {
        let _ = writeln!(&self.file, "{text}");
    }
}

impl crate::build::progress::Progress for BuildLog {
    fn event(&self, event: crate::build::progress::Event<'_>) {
        self.line(&event.podman_line());
    }

    fn run_output(&self) -> Option<std::os::fd::OwnedFd> {
        self.file.try_clone().ok().map(Into::into)
    }
}

/// `build --check`'s report, as docker buildx prints it: a count, then
/// each warning with its rule's link and the lines it is about.
pub fn build_check(checked: &crate::build::check::Checked) -> String {
    let count = checked.warnings.len();
    let mut out = match count {
        0 => return "Check complete, no warnings found.\n".to_string(),
        1 => "Check complete, 1 warning has been found!\n".to_string(),
        n => format!("Check complete, {n} warnings have been found!\n"),
    };
    // BuildKit's errdefs.Source.Print: the lines, padded with their neighbours.
    let lines: Vec<&str> = checked.text.split('\n').collect();
    for warning in &checked.warnings {
        out.push_str(&format!("\nWARNING: {} - {}\n{}\n", warning.rule, warning.url, warning.detail));
        let (first, last) = warning.lines;
        let (mut start, mut end) = (first, last.min(lines.len()));
        let pad = if end == start { 4 } else { 2 };
        let mut padded = 0;
        while padded < pad {
            if start > 1 {
                start -= 1;
                padded += 1;
            }
            if end != lines.len() {
                end += 1;
                padded += 1;
            }
            padded += 1;
        }
        out.push_str(&format!("{}:{first}\n--------------------\n", checked.file_name));
        for number in start..=end {
            let marker = if (first..=last).contains(&number) { ">>>" } else { "   " };
            out.push_str(&format!(" {number:>3} | {marker} {}\n", lines[number - 1]));
        }
        out.push_str("--------------------\n");
    }
    out
}
