//! `/containers/{id}/exec` and `/exec/{id}/...`: another process in a
//! running container, its streams on the hijacked connection.
//!
//! An exec instance lives in the service's memory from its create until
//! the service ends (Docker forgets them too). Its process runs in a
//! child of the worker (joining a container's user namespace needs a
//! single-threaded process): the service hands that child one end of a
//! socket pair, and relays between the other end and the client. The child
//! writes Docker's multiplexed frames (or the terminal's bytes with a TTY)
//! and answers on its job stream with the process's pid, then its exit
//! code; the service sends terminal sizes the other way on that stream.
//! When the service lets go of the job stream (the client went away), the
//! child kills the process: nothing is left behind.
//!
//! With a TTY, the client's input is scanned for the detach keys (the exec's
//! DetachKeys, else ctrl-p,ctrl-q, as Docker's daemon does): typed, they end
//! the connection and the process runs on, the child keeping its terminal
//! (its output thrown away) and still reporting its exit code, so that
//! `GET /exec/{id}/json` shows it Running until then. A TTY client that hangs
//! up detaches the same way: the docker CLI watches for the keys on its own
//! side and, when they are typed, closes the connection without a word.

use super::http::{self, ApiError, ApiResponse, ApiResult};
use super::jobs::{Job, Line, Reply};
use super::routes::{blocking, empty, not_found, ok_json, Call};
use super::Service;
use crate::container::exec::{self, ExecOptions};
use crate::container::ContainerStore;
use crate::error::Result;
use crate::paths::Paths;
use bytes::Bytes;
use hyper::StatusCode;
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};
use std::collections::HashMap;
use crate::runtime::process::Stdio;
use nix::poll::{poll, PollFd, PollFlags, PollTimeout};
use std::os::fd::{AsFd, OwnedFd};
use std::sync::{Arc, Mutex};
use tokio::io::{AsyncBufReadExt, AsyncWriteExt};
use tokio::sync::mpsc;

/// The body of `POST /containers/{id}/exec` (Docker's ExecConfig).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct ExecConfig {
    pub attach_stdin: bool,
    pub attach_stdout: bool,
    pub attach_stderr: bool,
    pub tty: bool,
    pub cmd: Option<Vec<String>>,
    pub env: Option<Vec<String>>,
    pub working_dir: Option<String>,
    pub user: Option<String>,
    pub privileged: bool,
    pub detach_keys: Option<String>,
    /// [rows, columns] of the client's terminal.
    pub console_size: Option<[u16; 2]>,
}

/// The body of `POST /exec/{id}/start`.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
struct ExecStart {
    detach: bool,
    console_size: Option<[u16; 2]>,
}

/// One exec instance, as `GET /exec/{id}/json` shows it.
struct ExecInstance {
    container_id: String,
    config: ExecConfig,
    started: bool,
    running: bool,
    pid: i32,
    exit_status: Option<i32>,
    /// Terminal sizes for the running process, while it runs.
    resizes: Option<mpsc::UnboundedSender<(u16, u16)>>,
}

/// The service's exec instances by id.
#[derive(Default)]
pub struct Execs(Mutex<HashMap<String, ExecInstance>>);

impl Execs {
    fn with<T>(&self, id: &str, change: impl FnOnce(&mut ExecInstance) -> T) -> ApiResult<T> {
        let mut all = self.0.lock().map_err(|_| ApiError::from(crate::err!("the exec table is poisoned")))?;
        let instance = all.get_mut(id).ok_or_else(|| ApiError::not_found(format!("No such exec instance: {id}")))?;
        Ok(change(instance))
    }
}

/// `POST /containers/{id}/exec`: 404 for no such container, 409 when it
/// is not running, 400 without a command or with DetachKeys docker cannot parse.
pub async fn create(call: Call, key: &str) -> ApiResult<ApiResponse> {
    let config: ExecConfig = http::read_json(call.body).await?;
    if config.cmd.as_ref().is_none_or(|c| c.is_empty()) {
        return Err(ApiError::bad_request("No exec command specified"));
    }
    detach_keys(config.detach_keys.as_deref())?;
    let (paths, key) = (call.service.paths.clone(), key.to_string());
    let container_id = blocking(move || {
        let store = ContainerStore::open(&paths);
        let record = store.lookup(&key).map_err(|_| not_found("container", &key))?;
        if store.live_pid(&record.id).is_none() {
            return Err(ApiError::conflict(format!("Container {} is not running", record.id)));
        }
        if record.is_paused() {
            return Err(ApiError::conflict(format!("Container {} is paused, unpause the container before exec", record.id)));
        }
        Ok(record.id)
    })
    .await?;
    let id = crate::storage::names::random_id();
    let instance = ExecInstance { container_id, config, started: false, running: false, pid: 0, exit_status: None, resizes: None };
    if let Ok(mut all) = call.service.execs.0.lock() {
        all.insert(id.clone(), instance);
    }
    Ok(http::json_response(StatusCode::CREATED, &json!({ "Id": id })))
}

/// The keys that detach a client with a TTY: `spec` (an exec's DetachKeys,
/// attach's detachKeys) as docker parses it, or docker's default when
/// empty or absent (Docker's daemon has no way to turn them off).
pub fn detach_keys(spec: Option<&str>) -> ApiResult<Vec<u8>> {
    let spec = spec.filter(|s| !s.is_empty());
    let keys = crate::container::attach::parse_detach_keys(spec.unwrap_or(crate::container::attach::DEFAULT_DETACH_KEYS));
    keys.map_err(|_| ApiError::bad_request(format!("Invalid detach keys ({}) provided", spec.unwrap_or_default())))
}

/// `GET /exec/{id}/json`.
pub async fn inspect(call: Call, id: &str) -> ApiResult<ApiResponse> {
    let value = call.service.execs.with(id, |e| {
        let command = e.config.cmd.clone().unwrap_or_default();
        json!({
            "ID": id,
            "Running": e.running,
            "ExitCode": e.exit_status,
            "ProcessConfig": {
                "tty": e.config.tty,
                "entrypoint": command.first(),
                "arguments": command.get(1..).unwrap_or_default(),
                "privileged": e.config.privileged,
                "user": e.config.user.clone().unwrap_or_default(),
            },
            "OpenStdin": e.config.attach_stdin,
            "OpenStderr": e.config.attach_stderr,
            "OpenStdout": e.config.attach_stdout,
            "CanRemove": false,
            "ContainerID": e.container_id,
            "DetachKeys": e.config.detach_keys.clone().unwrap_or_default(),
            "Pid": e.pid,
        })
    })?;
    Ok(ok_json(&value))
}

/// `POST /exec/{id}/resize?h=&w=`.
pub async fn resize(call: Call, id: &str) -> ApiResult<ApiResponse> {
    let size = terminal_size(&call.query)?;
    call.service.execs.with(id, |e| {
        if let Some(resizes) = &e.resizes {
            let _ = resizes.send(size);
        }
    })?;
    Ok(empty(StatusCode::OK))
}

/// The `h` and `w` of a resize request: 400 when missing or not numbers.
pub fn terminal_size(query: &http::Query) -> ApiResult<(u16, u16)> {
    let get = |key: &str| -> ApiResult<u16> {
        let value = query.number(key)?.ok_or_else(|| ApiError::bad_request(format!("resize needs the query parameter {key}")))?;
        u16::try_from(value).map_err(|_| ApiError::bad_request(format!("invalid terminal size {key}={value}")))
    };
    Ok((get("h")?, get("w")?))
}

/// `POST /exec/{id}/start`: with Detach, 200 at once; otherwise the
/// connection is hijacked and carries the process's streams until it ends.
pub async fn start(call: Call, id: &str) -> ApiResult<ApiResponse> {
    // The docker CLI and the SDKs ask to take the connection over;
    // dockerode (testcontainers-node) reads the output as the body of a
    // 200 answer instead, its request body left open.
    let takes_over = call.headers.contains_key(hyper::header::UPGRADE);
    let mut body = call.body;
    let request: ExecStart = if takes_over { http::read_json(body).await? } else { http::read_json_prefix(&mut body).await? };
    let (resizes, receiver) = mpsc::unbounded_channel();
    let (container, config) = call.service.execs.with(id, |e| {
        if e.started {
            return Err(ApiError::conflict(format!("exec {id} has already been started")));
        }
        e.started = true;
        e.running = true;
        e.resizes = Some(resizes.clone());
        Ok((e.container_id.clone(), e.config.clone()))
    })??;
    if let Some([rows, columns]) = request.console_size.or(config.console_size) {
        let _ = resizes.send((rows, columns));
    }
    let tty = config.tty;
    let job = Job::Exec { container, config, detach: request.detach };
    let service = call.service.clone();
    let id = id.to_string();
    if request.detach {
        let stream = service.worker.submit(&job)?;
        tokio::spawn(drive(service, id, stream, receiver, None));
        return Ok(empty(StatusCode::OK));
    }
    let (ours, theirs) = std::os::unix::net::UnixStream::pair().map_err(|e| ApiError::from(crate::err!("socketpair: {e}")))?;
    let stream = service.worker.submit_with(&job, Some(theirs.as_fd()))?;
    drop(theirs);
    if !takes_over {
        return Ok(output_as_body(service, id, stream, receiver, ours, tty).await);
    }
    let upgrade = call.upgrade;
    tokio::spawn(async move {
        // A client that never takes the connection over drops the job
        // stream with this task, and the process is killed.
        let Ok(upgraded) = upgrade.await else { return };
        drive(service, id, stream, receiver, Some((Box::new(hyper_util::rt::TokioIo::new(upgraded)), ours))).await;
    });
    Ok(hijacked(tty))
}

/// The exec's output as the body of a 200 answer (multiplexed frames, or a
/// TTY's raw bytes), through an in-memory pipe standing for the connection
/// a hijacking client would have given; the client sends no input.
async fn output_as_body(service: Arc<Service>, id: String, job: std::os::unix::net::UnixStream, resizes: mpsc::UnboundedReceiver<(u16, u16)>, data: std::os::unix::net::UnixStream, tty: bool) -> ApiResponse {
    let (client_end, mut body_end) = tokio::io::duplex(64 * 1024);
    // No input: the process's input ends at once.
    let _ = body_end.shutdown().await;
    let content_type = if tty { "application/vnd.docker.raw-stream" } else { "application/vnd.docker.multiplexed-stream" };
    let (sender, response) = http::streamed(content_type);
    tokio::spawn(async move {
        let mut buffer = vec![0u8; 16 * 1024];
        loop {
            let n = match tokio::io::AsyncReadExt::read(&mut body_end, &mut buffer).await {
                Ok(n) if n > 0 => n,
                _ => break,
            };
            // A client gone drops the body: the relay's writes fail and the process is ended.
            if sender.send(Bytes::copy_from_slice(&buffer[..n])).await.is_err() {
                break;
            }
        }
    });
    tokio::spawn(drive(service, id, job, resizes, Some((Box::new(client_end), data))));
    response
}

/// The answer that hands the connection over to a stream: multiplexed
/// frames, or a TTY's raw bytes.
pub fn hijacked(tty: bool) -> ApiResponse {
    let content_type = if tty { "application/vnd.docker.raw-stream" } else { "application/vnd.docker.multiplexed-stream" };
    hyper::Response::builder()
        .status(StatusCode::SWITCHING_PROTOCOLS)
        .header("Content-Type", content_type)
        .header("Connection", "Upgrade")
        .header("Upgrade", "tcp")
        .body(http_body_util::BodyExt::boxed(http_body_util::Full::new(Bytes::new())))
        .expect("a static response is valid")
}

/// The client's side of an exec's streams: the connection it took over,
/// or the pipe whose other end feeds a response body.
trait ClientIo: tokio::io::AsyncRead + tokio::io::AsyncWrite + Send + Unpin {}
impl<T: tokio::io::AsyncRead + tokio::io::AsyncWrite + Send + Unpin> ClientIo for T {}
type Client = Box<dyn ClientIo>;

/// How long output may keep arriving after the exec's job ended. The child
/// shuts the data socket down before it reports, so this bounds only a
/// child that died without doing so.
const OUTPUT_GRACE: std::time::Duration = std::time::Duration::from_secs(5);

/// Follow the exec's job to its end: record its pid and exit code, pass
/// terminal sizes on, and relay between the client and the process's
/// streams. The client's connection is closed only once the exit code is
/// recorded, so that the inspect a client makes next finds it.
async fn drive(service: Arc<Service>, id: String, job: std::os::unix::net::UnixStream, mut resizes: mpsc::UnboundedReceiver<(u16, u16)>, client: Option<(Client, std::os::unix::net::UnixStream)>) {
    let Ok(job) = into_tokio(job) else { return finish(&service, &id, Some(crate::error::EXIT_ENGINE)) };
    let (job_read, mut job_write) = job.into_split();
    let mut lines = tokio::io::BufReader::new(job_read).lines();
    let tty = service.execs.with(&id, |e| e.config.tty).unwrap_or(false);
    let mut relayed_to = None;
    let mut failure = None;
    let detached = client.is_none();
    // Only a terminal's input is scanned for the keys, as Docker's.
    // (The create checked them: they parse.)
    let keys = match tty {
        true => service.execs.with(&id, |e| detach_keys(e.config.detach_keys.as_deref())).ok().and_then(|keys| keys.ok()).unwrap_or_default(),
        false => Vec::new(),
    };
    let relay = async {
        let Some((io, data)) = client else { return std::future::pending().await };
        let Ok(data) = into_tokio(data) else { return RelayEnd::Gone };
        let (mut client_read, mut client_write) = tokio::io::split(io);
        let (mut data_read, mut data_write) = data.into_split();
        let input = async {
            let mut buffer = vec![0u8; 16 * 1024];
            let mut matched = 0;
            loop {
                let n = match tokio::io::AsyncReadExt::read(&mut client_read, &mut buffer).await {
                    Ok(n) if n > 0 => n,
                    _ => break,
                };
                let (typed, detached) = crate::runtime::process::scan_detach(&buffer[..n], &keys, &mut matched);
                if data_write.write_all(&typed).await.is_err() {
                    break;
                }
                if detached {
                    return;
                }
            }
            // The client's end of input (docker closes its writing half)
            // is the process's.
            let _ = data_write.shutdown().await;
            std::future::pending::<()>().await
        };
        let output = tokio::io::copy(&mut data_read, &mut client_write);
        tokio::select! {
            copied = output => match copied {
                Ok(_) => RelayEnd::Finished(client_write),
                // A TTY client that hung up detached (see above).
                Err(_) if tty => RelayEnd::Detached(None),
                // A client gone mid-stream: drop everything, the child kills the process.
                Err(_) => RelayEnd::Gone,
            },
            () = input => RelayEnd::Detached(Some(client_write)),
        }
    };
    tokio::pin!(relay);
    let mut relay_done = false;
    let mut job_open = true;
    let mut output_deadline = tokio::time::Instant::now();
    let mut exit_code = None;
    loop {
        tokio::select! {
            line = lines.next_line(), if job_open => match line.ok().flatten().and_then(|text| serde_json::from_str::<Line>(&text).ok()) {
                Some(Line::Progress(value)) => {
                    let pid = value.get("pid").and_then(Value::as_i64).unwrap_or(0) as i32;
                    let _ = service.execs.with(&id, |e| e.pid = pid);
                }
                Some(Line::Ok(value)) => {
                    exit_code = Some(value.as_i64().unwrap_or(0) as i32);
                    if relay_done { break }
                }
                Some(Line::Error { code, message }) => {
                    // The process never started: its error is the stream's.
                    exit_code = Some(code);
                    failure = Some(message);
                    if relay_done || detached { break }
                }
                // The job's end can overtake the last output still on its
                // way through the data socket: the relay goes on until the
                // child's shutdown of that socket reaches it, or the grace
                // below runs out (a child that died without shutting down).
                None if relay_done || detached => break,
                None => {
                    job_open = false;
                    output_deadline = tokio::time::Instant::now() + OUTPUT_GRACE;
                }
            },
            () = tokio::time::sleep_until(output_deadline), if !job_open => break,
            Some(size) = resizes.recv() => {
                let mut line = serde_json::to_vec(&json!({"rows": size.0, "columns": size.1})).unwrap_or_default();
                line.push(b'\n');
                let _ = job_write.write_all(&line).await;
            }
            end = &mut relay, if !relay_done => {
                relay_done = true;
                match end {
                    RelayEnd::Gone => break,
                    RelayEnd::Finished(writer) => relayed_to = Some(writer),
                    RelayEnd::Detached(writer) => {
                        // The connection ends now; the child keeps the
                        // process's terminal and reports its end later.
                        if let Some(mut writer) = writer {
                            let _ = writer.shutdown().await;
                        }
                        let _ = job_write.write_all(DETACH_REQUEST).await;
                        if job_open { continue }
                    }
                }
                if exit_code.is_some() || failure.is_some() || !job_open { break }
            }
        }
    }
    finish(&service, &id, exit_code);
    drop(job_write);
    if let Some(mut writer) = relayed_to {
        if let Some(message) = failure {
            let mut text = message.into_bytes();
            text.push(b'\n');
            let frame = if tty { text } else { http::stream_frame(2, &text) };
            let _ = writer.write_all(&frame).await;
        }
        let _ = writer.shutdown().await;
    }
}

/// How the relay between a client and the process's streams ended.
enum RelayEnd {
    /// The process's output ended: the connection, to close once the
    /// exit code is recorded.
    Finished(tokio::io::WriteHalf<Client>),
    /// The client typed the detach keys (the connection, to close now), or
    /// a TTY client hung up.
    Detached(Option<tokio::io::WriteHalf<Client>>),
    /// The client went away mid-stream.
    Gone,
}

/// The service's request line that tells the child its client detached.
const DETACH_REQUEST: &[u8] = b"{\"detach\":true}\n";

fn finish(service: &Service, id: &str, exit_code: Option<i32>) {
    let _ = service.execs.with(id, |e| {
        e.running = false;
        e.resizes = None;
        e.exit_status = Some(exit_code.unwrap_or(crate::error::EXIT_ENGINE));
    });
}

fn into_tokio(stream: std::os::unix::net::UnixStream) -> std::io::Result<tokio::net::UnixStream> {
    stream.set_nonblocking(true)?;
    tokio::net::UnixStream::from_std(stream)
}

/// In the worker's child: start the process with its streams on `data`
/// (none when detached), relay until it ends and return its exit code.
pub fn run_in_child(paths: &Paths, container: &str, config: &ExecConfig, detach: bool, data: Option<OwnedFd>, reply: &Reply) -> Result<Value> {
    let options = ExecOptions {
        container: container.to_string(),
        command: config.cmd.clone().unwrap_or_default(),
        env: config.env.clone().unwrap_or_default(),
        workdir: config.working_dir.clone().filter(|w| !w.is_empty()),
        user: config.user.clone().filter(|u| !u.is_empty()),
        tty: config.tty && !detach,
        interactive: config.attach_stdin && !detach,
        privileged: config.privileged,
        preserve_fds: 0,
    };
    let prepared = exec::prepare(paths, &options)?;
    let Some(data) = data.filter(|_| !detach) else {
        let pid = prepared.start_detached()?;
        reply.progress(json!({ "pid": pid.as_raw() }));
        return Ok(json!(crate::sys::process::wait_exit(pid).unwrap_or(crate::error::EXIT_ENGINE)));
    };
    let requests = reply.requests().ok_or_else(|| crate::err!("the exec's job stream is gone"))?;
    let null = || std::fs::OpenOptions::new().write(true).open("/dev/null").map(OwnedFd::from);
    let pipe = || nix::unistd::pipe2(nix::fcntl::OFlag::O_CLOEXEC).map_err(|e| crate::err!("create a pipe: {e}"));
    let (stdio, outputs) = if options.tty {
        (Stdio::Terminal, Vec::new())
    } else {
        // Without a TTY the process reads the connection itself: the
        // client's end of input is its end of file.
        let stdin = if options.interactive { Some(data.try_clone().map_err(|e| crate::err!("dup: {e}"))?) } else { None };
        let (stdout_read, stdout) = if config.attach_stdout { pipe()? } else { (null()?, null()?) };
        let (stderr_read, stderr) = if config.attach_stderr { pipe()? } else { (null()?, null()?) };
        let outputs = [(1u8, config.attach_stdout, stdout_read), (2, config.attach_stderr, stderr_read)];
        (Stdio::Fds { stdin, stdout, stderr }, outputs.into_iter().filter(|(_, on, _)| *on).map(|(k, _, fd)| (k, fd)).collect())
    };
    let mut started = prepared.start(stdio)?;
    let pid = started.pid;
    reply.progress(json!({ "pid": pid.as_raw() }));
    let relayed = match started.terminal.take() {
        Some(master) => relay_terminal(&master, &data, config.attach_stdin, &requests),
        None => relay_frames(outputs, &data, &requests),
    };
    // Every byte of output is in the socket now. Shutting down its writing
    // side (not merely closing our descriptor) is what tells the service
    // the output ended: the process's standard input is a duplicate of
    // the same socket, which a process left running in the background
    // may still hold.
    let _ = nix::sys::socket::shutdown(std::os::fd::AsRawFd::as_raw_fd(&data), nix::sys::socket::Shutdown::Write);
    if relayed.is_err() {
        // The client or the service went away: so does the process.
        let _ = nix::sys::signal::kill(pid, nix::sys::signal::Signal::SIGKILL);
    }
    Ok(json!(crate::sys::process::wait_exit(pid).unwrap_or(crate::error::EXIT_ENGINE)))
}

/// Why a relay stopped before the process's output ended.
struct Abandoned;

/// Whether `fd` is ready for what `poll` asked (or hung up).
fn ready(fds: &[PollFd], index: usize) -> bool {
    fds.get(index).and_then(PollFd::revents).is_some_and(|r| !r.is_empty())
}

/// What the service asks of a running exec's child.
enum Request {
    /// A terminal size: rows, columns.
    Size(u16, u16),
    /// The client detached: the process runs on without it.
    Detach,
}

/// The request lines of the service (see `Request`). End of stream: the
/// service let go of the exec.
fn read_request(requests: &std::fs::File, pending: &mut Vec<u8>) -> std::result::Result<Vec<Request>, Abandoned> {
    let mut buffer = [0u8; 1024];
    match nix::unistd::read(requests, &mut buffer) {
        Ok(0) | Err(nix::errno::Errno::EBADF) => return Err(Abandoned),
        Ok(n) => pending.extend_from_slice(&buffer[..n]),
        Err(_) => {}
    }
    let mut asked = Vec::new();
    while let Some(end) = pending.iter().position(|&b| b == b'\n') {
        let line: Vec<u8> = pending.drain(..=end).collect();
        let Ok(request) = serde_json::from_slice::<Value>(&line) else { continue };
        if request.get("detach").and_then(Value::as_bool) == Some(true) {
            asked.push(Request::Detach);
            continue;
        }
        let get = |key: &str| request.get(key).and_then(Value::as_u64).unwrap_or(0) as u16;
        asked.push(Request::Size(get("rows"), get("columns")));
    }
    Ok(asked)
}

fn write_all(fd: impl AsFd, mut data: &[u8]) -> std::result::Result<(), Abandoned> {
    while !data.is_empty() {
        match nix::unistd::write(fd.as_fd(), data) {
            Ok(n) => data = &data[n..],
            Err(nix::errno::Errno::EINTR) => {}
            Err(_) => return Err(Abandoned),
        }
    }
    Ok(())
}

/// Wait until one of `fds` is ready; which of them are (the descriptors
/// are let go, so that the caller may read them).
fn wait_ready(mut fds: Vec<PollFd>) -> std::result::Result<Vec<bool>, Abandoned> {
    match poll(&mut fds, PollTimeout::NONE) {
        Ok(_) | Err(nix::errno::Errno::EINTR) => {}
        Err(_) => return Err(Abandoned),
    }
    Ok((0..fds.len()).map(|i| ready(&fds, i)).collect())
}

/// Without a TTY: each output pipe's data to the client as Docker's
/// frames, until both pipes end.
fn relay_frames(mut outputs: Vec<(u8, OwnedFd)>, data: &OwnedFd, requests: &std::fs::File) -> std::result::Result<(), Abandoned> {
    let mut buffer = vec![0u8; 32 * 1024];
    let mut pending = Vec::new();
    while !outputs.is_empty() {
        let mut fds = vec![PollFd::new(requests.as_fd(), PollFlags::POLLIN)];
        fds.extend(outputs.iter().map(|(_, fd)| PollFd::new(fd.as_fd(), PollFlags::POLLIN)));
        let readiness = wait_ready(fds)?;
        if readiness[0] {
            // Without a TTY nothing detaches, nor has a size.
            read_request(requests, &mut pending)?;
        }
        let mut ended = Vec::new();
        for (index, (kind, fd)) in outputs.iter().enumerate() {
            if !readiness[index + 1] {
                continue;
            }
            match nix::unistd::read(fd, &mut buffer) {
                Ok(0) => ended.push(index),
                Ok(n) => write_all(data, &http::stream_frame(*kind, &buffer[..n]))?,
                Err(nix::errno::Errno::EINTR | nix::errno::Errno::EAGAIN) => {}
                Err(_) => ended.push(index),
            }
        }
        for index in ended.into_iter().rev() {
            outputs.remove(index);
        }
    }
    Ok(())
}

/// With a TTY: the terminal's output to the client as it comes, the
/// client's input to the terminal, the service's sizes to the terminal,
/// until every process holding the terminal has closed it. Once the client
/// detached (the service says so, or the client can no longer be written
/// to), the output is thrown away, as Docker's, and nothing ends the
/// process any more: not even the service letting go of the job.
fn relay_terminal(master: &OwnedFd, data: &OwnedFd, forward_input: bool, requests: &std::fs::File) -> std::result::Result<(), Abandoned> {
    let mut buffer = vec![0u8; 32 * 1024];
    let mut pending = Vec::new();
    let mut input_open = forward_input;
    let mut requests_open = true;
    let mut detached = false;
    loop {
        let mut fds = vec![PollFd::new(master.as_fd(), PollFlags::POLLIN)];
        if requests_open {
            fds.push(PollFd::new(requests.as_fd(), PollFlags::POLLIN));
        }
        // Input typed before the keys still reaches the terminal after a
        // detach: the service ends it with the end of the data socket.
        if input_open {
            fds.push(PollFd::new(data.as_fd(), PollFlags::POLLIN));
        }
        let readiness = wait_ready(fds)?;
        if requests_open && readiness[1] {
            match read_request(requests, &mut pending) {
                Ok(asked) => {
                    for request in asked {
                        match request {
                            Request::Size(rows, columns) => {
                                let size = rustix::termios::Winsize { ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0 };
                                let _ = rustix::termios::tcsetwinsize(master, size);
                            }
                            Request::Detach => detached = true,
                        }
                    }
                }
                Err(Abandoned) if detached => requests_open = false,
                Err(Abandoned) => return Err(Abandoned),
            }
        }
        if readiness[0] {
            match nix::unistd::read(master, &mut buffer) {
                Ok(n) if n > 0 && !detached => detached = write_all(data, &buffer[..n]).is_err(),
                Ok(n) if n > 0 => {}
                Err(nix::errno::Errno::EINTR | nix::errno::Errno::EAGAIN) => {}
                // EIO: every process holding the terminal has closed it.
                _ => return Ok(()),
            }
        }
        if input_open && readiness.last() == Some(&true) {
            match nix::unistd::read(data, &mut buffer) {
                Ok(n) if n > 0 => write_all(master, &buffer[..n])?,
                Err(nix::errno::Errno::EINTR | nix::errno::Errno::EAGAIN) => {}
                _ => input_open = false,
            }
        }
    }
}
