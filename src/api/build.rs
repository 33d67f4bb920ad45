//! `POST /build`: the classic builder's endpoint. The body is the build
//! context as a tar (gzip allowed); the build runs through the same engine
//! as `skiff build`, in a job (it needs the user namespace), and its
//! progress comes back as Docker's JSON stream: `{"stream": ...}` lines
//! ("Step 1/3 : FROM ...", " ---> Using cache", RUN output), the image id
//! as `{"aux": {"ID": ...}}`, a failure as `{"errorDetail": ...}`.
//! `rm` and `forcerm` need nothing: a build keeps no intermediate
//! containers.

use super::http::{self, ApiError, ApiResponse, ApiResult};
use super::images::{spool_body, tls_verify_for};
use super::jobs::{Job, Reply};
use super::routes::{run_job, Call};
use crate::build::progress::{Event, Progress};
use crate::build::{context::BuildContext, dockerfile, executor};
use crate::error::{Context as _, Result};
use crate::image::pull_policy::{pull_if_needed, PullPolicy};
use crate::image::registry;
use crate::image::{reference, ImageStore};
use crate::paths::Paths;
use crate::runtime::spec::NetworkMode;
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};
use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::os::fd::OwnedFd;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// Docker shows image ids this long.
const SHORT_ID: usize = 12;

/// What the job builds, checked by the service before the context is read.
#[derive(Debug, Serialize, Deserialize)]
pub struct BuildRequest {
    /// The spooled context tar.
    context: PathBuf,
    /// The Dockerfile's path inside the context; None: Dockerfile, else Containerfile.
    dockerfile: Option<String>,
    /// Fully qualified names for the image.
    tags: Vec<String>,
    /// The first name as the client gave it.
    commit_name: Option<String>,
    build_args: BTreeMap<String, String>,
    labels: BTreeMap<String, String>,
    target: Option<String>,
    no_cache: bool,
    pull_always: bool,
    /// Docker's `squash`: the build's new layers become one.
    squash: bool,
    quiet: bool,
    network: String,
    platform: Option<String>,
    /// `cachefrom`, `cacheto`, `cachettl`: the engine's `--cache-from`,
    /// `--cache-to` and `--cache-ttl`.
    cache_from: Vec<String>,
    cache_to: Option<String>,
    cache_ttl: Option<std::time::Duration>,
}

pub async fn build(call: Call) -> ApiResult<ApiResponse> {
    let query = &call.query;
    if query.get("remote").is_some_and(|r| !r.is_empty()) {
        return Err(ApiError::not_implemented("remote build contexts (remote=URL) are not supported by skiff: send the context as the request body"));
    }
    // The CLI sends these as 0 unless the user set them.
    for limit in ["memory", "memswap", "cpushares", "cpuquota", "cpuperiod"] {
        if query.number(limit)?.is_some_and(|n| n != 0 && n != -1) {
            return Err(ApiError::not_implemented(format!("{limit} for build steps needs cgroups v2 delegated to your user: not available here")));
        }
    }
    let given_tags: Vec<String> = query.all("t").into_iter().filter(|t| !t.is_empty()).collect();
    let tags = given_tags.iter().map(|t| reference::normalize_new_name(t)).collect::<Result<Vec<_>>>().map_err(|e| ApiError::bad_request(e.message))?;
    let network = match query.get("networkmode").unwrap_or("") {
        "" | "default" => "none".to_string(),
        mode => {
            match NetworkMode::parse(mode).map_err(|e| ApiError::bad_request(e.message))? {
                NetworkMode::None | NetworkMode::Host => {}
                _ => return Err(ApiError::bad_request(format!("unsupported network mode {mode:?} for build: use host or none"))),
            }
            mode.to_string()
        }
    };
    let platform = query.get("platform").filter(|p| !p.is_empty()).map(str::to_string);
    if let Some(platform) = &platform {
        registry::manifest::Platform::from_flags(Some(platform), None, None, None).map_err(|e| ApiError::bad_request(e.message))?;
    }
    let (cache_from, cache_to, cache_ttl) = cache_query(query)?;
    let spool = spool_body(&call.service, call.body, "build-").await?;
    let request = BuildRequest {
        context: spool.path().to_path_buf(),
        dockerfile: query.get("dockerfile").filter(|d| !d.is_empty()).map(str::to_string),
        tags,
        commit_name: given_tags.first().cloned(),
        build_args: string_map(query.get("buildargs"), "buildargs")?,
        labels: string_map(query.get("labels"), "labels")?,
        target: query.get("target").filter(|t| !t.is_empty()).map(str::to_string),
        no_cache: query.flag("nocache", false)?,
        pull_always: query.flag("pull", false)?,
        squash: query.flag("squash", false)?,
        quiet: query.flag("q", false)?,
        network,
        platform,
        cache_from,
        cache_to,
        cache_ttl,
    };
    let quiet = request.quiet;
    let (sender, response) = http::streamed("application/json");
    let service = call.service.clone();
    tokio::spawn(async move {
        let progress_sender = sender.clone();
        let result = run_job(&service, &Job::Build(request), move |line| {
            let _ = progress_sender.try_send(http::json_line(&line));
        })
        .await;
        // The context is not needed once the job has answered.
        drop(spool);
        let lines = match result {
            Ok(built) => {
                let id = built.as_str().unwrap_or_default().to_string();
                let short = &id[..SHORT_ID.min(id.len())];
                let mut lines = vec![json!({"aux": {"ID": format!("sha256:{id}")}})];
                if quiet {
                    lines.push(json!({"stream": format!("sha256:{id}\n")}));
                } else {
                    lines.push(json!({"stream": format!(" ---> {short}\n")}));
                    lines.push(json!({"stream": format!("Successfully built {short}\n")}));
                    lines.extend(given_tags.iter().map(|t| json!({"stream": format!("Successfully tagged {t}\n")})));
                }
                lines
            }
            Err(e) => vec![json!({"errorDetail": {"message": e.message}, "error": e.message})],
        };
        for line in lines {
            let _ = sender.send(http::json_line(&line)).await;
        }
    });
    Ok(response)
}

/// `cachefrom` (Docker's JSON array of names, or podman's one name),
/// `cacheto` (a repository) and `cachettl` (a duration), checked.
fn cache_query(query: &http::Query) -> ApiResult<(Vec<String>, Option<String>, Option<std::time::Duration>)> {
    let from: Vec<String> = match query.get("cachefrom").filter(|v| !v.is_empty()) {
        None => Vec::new(),
        Some(list) if list.trim_start().starts_with('[') => {
            serde_json::from_str(list).map_err(|e| ApiError::bad_request(format!("invalid cachefrom: {e} (a JSON array of strings)")))?
        }
        Some(name) => vec![name.to_string()],
    };
    let named = |flag: &str, value: &str| crate::build::remote::cache_name(flag, value).map_err(|e| ApiError::bad_request(e.message));
    let from = from.iter().map(|value| named("cachefrom", value)).collect::<ApiResult<Vec<_>>>()?;
    for name in &from {
        reference::Reference::parse(name).map_err(|e| ApiError::bad_request(format!("cachefrom {name:?}: {}", e.message)))?;
    }
    let to = query.get("cacheto").filter(|v| !v.is_empty()).map(|value| named("cacheto", value)).transpose()?;
    if let Some(name) = &to {
        crate::build::remote::cache_repository(name).map_err(|e| ApiError::bad_request(e.message))?;
    }
    let ttl = match query.get("cachettl").filter(|v| !v.is_empty()) {
        None => None,
        Some(ttl) => Some(crate::time::parse_duration(ttl).ok_or_else(|| ApiError::bad_request(format!("invalid cachettl {ttl:?}: use a duration such as 24h")))?),
    };
    Ok((from, to, ttl))
}

/// `buildargs` and `labels`: a JSON object of strings (a null value is
/// left out, as Docker does for an argument with no value).
fn string_map(text: Option<&str>, name: &str) -> ApiResult<BTreeMap<String, String>> {
    let Some(text) = text.filter(|t| !t.is_empty()) else { return Ok(BTreeMap::new()) };
    let map: BTreeMap<String, Option<String>> =
        serde_json::from_str(text).map_err(|e| ApiError::bad_request(format!("invalid {name}: {e} (a JSON object of strings)")))?;
    Ok(map.into_iter().filter_map(|(k, v)| Some((k, v?))).collect())
}

/// The job, in the user namespace: unpack the context, build, answer with
/// the image id. Progress and RUN output go through one pipe, so that they
/// reach the client in the order they happened.
pub fn perform(paths: &Paths, request: BuildRequest, reply: &Reply) -> Result<Value> {
    let network = NetworkMode::parse(&request.network)?;
    let platform = registry::manifest::Platform::from_flags(request.platform.as_deref(), None, None, None)?;
    let work = tempfile::Builder::new().prefix(".tmp-context-").tempdir_in(&paths.data).context(|| "create a directory for the build context".into())?;
    unpack_context(&request.context, work.path())?;
    let context = BuildContext::open(work.path())?;
    let text = read_dockerfile(&context.root, request.dockerfile.as_deref())?;
    let file = dockerfile::parse(&text)?;
    let driver = crate::storage::driver::choose(&paths.data, None)?;
    let store = ImageStore::open(paths)?;
    let policy = if request.pull_always { PullPolicy::Always } else { PullPolicy::Missing };
    let pull_image = |image: &str| {
        let registry = image.split_once('/').map(|(first, _)| first).filter(|first| first.contains(['.', ':']) || *first == "localhost");
        let access = registry::Access { tls_verify: registry.and_then(tls_verify_for), cert_dir: None, creds: None, authfile: None };
        pull_if_needed(&store, image, policy, &access, &platform, &crate::image::registry::Silent)
    };
    // One access for every cache repository: plain http when they are all on loopback, as pulls of loopback images.
    let cache_names = request.cache_from.iter().chain(&request.cache_to);
    let cache_registries_tls = cache_names.map(|name| super::images::registry_of(name).and_then(tls_verify_for)).reduce(|a, b| a.and(b)).flatten();
    let (stream, relay) = StreamRelay::start(reply)?;
    let options = executor::Options {
        tags: request.tags,
        commit_name: request.commit_name,
        build_args: request.build_args,
        target: request.target,
        no_cache: request.no_cache,
        labels: request.labels,
        annotations: BTreeMap::new(),
        docker_format: true,
        squash: if request.squash { executor::Squash::New } else { executor::Squash::No },
        quiet: request.quiet,
        network,
        driver,
        settings: executor::Settings { cache_from: request.cache_from, cache_to: request.cache_to, cache_ttl: request.cache_ttl, ..Default::default() },
        pull_image: &pull_image,
        step: &stream,
        registry: registry::Access { tls_verify: cache_registries_tls, ..Default::default() },
    };
    let built = executor::build(&store, &paths.data, &context, &file, &options);
    drop(options);
    drop(stream);
    relay.finish();
    Ok(json!(built?.id))
}

/// Unpack the context tar (gzip-compressed or not) into `root`.
fn unpack_context(spooled: &Path, root: &Path) -> Result<()> {
    let mut file = std::fs::File::open(spooled).context(|| "open the build context".into())?;
    let mut magic = [0u8; 2];
    let compressed = file.read(&mut magic).map(|n| n == 2 && magic == [0x1f, 0x8b]).unwrap_or(false);
    let file = std::fs::File::open(spooled).context(|| "open the build context".into())?;
    let reader: Box<dyn Read> = if compressed { Box::new(flate2::read::GzDecoder::new(file)) } else { Box::new(file) };
    let mut archive = tar::Archive::new(reader);
    archive.set_preserve_permissions(true);
    // Entries reaching outside `root` (../, absolute links) are skipped by unpack.
    archive.unpack(root).map_err(|e| crate::err!("the build context is not a valid tar archive: {e}"))
}

/// The Dockerfile: `dockerfile` inside the context, or Dockerfile, or Containerfile.
fn read_dockerfile(root: &Path, dockerfile: Option<&str>) -> Result<String> {
    let candidates: Vec<&str> = match dockerfile {
        Some(name) => vec![name],
        None => vec!["Dockerfile", "Containerfile"],
    };
    for name in &candidates {
        let path = root.join(name.trim_start_matches('/'));
        // A path leaving the context (../x, a link out) is no Dockerfile of it.
        let Ok(resolved) = std::fs::canonicalize(&path) else { continue };
        if resolved.starts_with(root) && resolved.is_file() {
            return std::fs::read_to_string(&resolved).context(|| format!("read {name}"));
        }
    }
    Err(crate::err!("Cannot locate specified Dockerfile: {}", candidates[0]))
}

/// The build's side of the stream: events as Docker's lines and RUN
/// output, written to one pipe whose other end a thread turns into
/// `{"stream": ...}` progress lines.
struct StreamWriter {
    pipe: Mutex<std::fs::File>,
}

impl Progress for StreamWriter {
    fn event(&self, event: Event<'_>) {
        let line = match event {
            Event::Step { number, total, instruction, .. } => format!("Step {number}/{total} : {instruction}\n"),
            Event::UsingCache { .. } => " ---> Using cache\n".to_string(),
            // Docker's classic builder says nothing of remote caches.
            Event::CachePulled { .. } | Event::CachePushed { .. } => return,
            Event::StepDone { id } => format!(" ---> {}\n", &id[..SHORT_ID.min(id.len())]),
            // The service adds the closing lines once the image is stored.
            Event::Commit { .. } | Event::Committed { .. } | Event::Tagged { .. } => return,
        };
        if let Ok(mut pipe) = self.pipe.lock() {
            let _ = pipe.write_all(line.as_bytes());
        }
    }

    fn run_output(&self) -> Option<OwnedFd> {
        let pipe = self.pipe.lock().ok()?;
        pipe.try_clone().ok().map(OwnedFd::from)
    }
}

/// The process reading the pipe. A process, not a thread: the build forks
/// the processes of its RUN steps, and a fork while another thread holds a
/// lock (the allocator's, the answer's) leaves the forked child waiting
/// forever, and the client with it.
struct StreamRelay {
    relay: nix::unistd::Pid,
}

impl StreamRelay {
    fn start(reply: &Reply) -> Result<(StreamWriter, StreamRelay)> {
        let (read, write) = nix::unistd::pipe2(nix::fcntl::OFlag::O_CLOEXEC).context(|| "create a pipe".into())?;
        // SAFETY: the job's process has no other thread here; the child
        // only reads, answers and leaves with _exit.
        match unsafe { nix::unistd::fork() }.context(|| "start the build's output relay".into())? {
            nix::unistd::ForkResult::Child => {
                drop(write);
                let mut read = std::fs::File::from(read);
                let mut buffer = vec![0u8; 16 * 1024];
                while let Ok(n) = read.read(&mut buffer) {
                    if n == 0 {
                        break;
                    }
                    reply.progress(json!({"stream": String::from_utf8_lossy(&buffer[..n])}));
                }
                // SAFETY: _exit runs no destructor of the parent's state.
                unsafe { nix::libc::_exit(0) }
            }
            nix::unistd::ForkResult::Parent { child } => {
                drop(read);
                Ok((StreamWriter { pipe: Mutex::new(std::fs::File::from(write)) }, StreamRelay { relay: child }))
            }
        }
    }

    /// Wait for what was written to reach the client; a process a RUN left
    /// behind holding the pipe open does not hold the answer up for long.
    fn finish(self) {
        use nix::sys::wait::{waitpid, WaitPidFlag, WaitStatus};
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(2);
        while let Ok(WaitStatus::StillAlive) = waitpid(self.relay, Some(WaitPidFlag::WNOHANG)) {
            if std::time::Instant::now() >= deadline {
                let _ = nix::sys::signal::kill(self.relay, nix::sys::signal::Signal::SIGKILL);
                let _ = waitpid(self.relay, None);
                return;
            }
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
    }
}
