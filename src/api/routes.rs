//! Requests to handlers: the API version prefix, the method and the path's
//! segments pick the handler; its error becomes Docker's `{"message": ...}`.
//! Shared here too: running engine calls off the runtime's thread, and
//! handing jobs to the worker.

use super::http::{self, ApiError, ApiResponse, ApiResult, Query};
use super::jobs::{Job, Line};
use super::{archive, build, commit, containers, exec, images, network_connect, push, resources, system, Connection, Service};
use hyper::body::Incoming;
use hyper::{Method, Request, StatusCode};
use hyper_util::rt::TokioIo;
use serde_json::Value;
use std::sync::Arc;
use tokio::io::AsyncBufReadExt;

/// The API versions served, as Docker numbers them (1.24 to 1.47).
pub const MIN_VERSION: &str = "1.24";
pub const MAX_VERSION: &str = "1.47";
/// MAX_VERSION's minor number: the version of a request without a prefix.
const MAX_MINOR: u32 = 47;

pub async fn serve_connection(service: Arc<Service>, io: Connection) {
    let handler = hyper::service::service_fn(move |request| {
        let service = service.clone();
        async move { Ok::<_, std::convert::Infallible>(handle(service, request).await) }
    });
    let _ = hyper::server::conn::http1::Builder::new().serve_connection(TokioIo::new(io), handler).with_upgrades().await;
}

/// What a handler gets: the request's parts, its query and the service.
pub struct Call {
    pub service: Arc<Service>,
    pub method: Method,
    pub headers: hyper::HeaderMap,
    pub query: Query,
    /// The API version the client asked for (the `/v1.NN` prefix), as its
    /// minor number: answers keep what older versions saw.
    pub version: u32,
    pub body: Incoming,
    /// The connection, once the handler's answer switched its protocol
    /// (attach hijacks it).
    pub upgrade: hyper::upgrade::OnUpgrade,
}

async fn handle(service: Arc<Service>, mut request: Request<Incoming>) -> ApiResponse {
    let cors = service.cors.clone();
    let path = request.uri().path().to_string();
    let upgrade = hyper::upgrade::on(&mut request);
    let (segments, version, version_error) = split_version(&path);
    let (parts, body) = request.into_parts();
    let call = Call { service, method: parts.method, headers: parts.headers, query: Query::parse(parts.uri.query()), version, body, upgrade };
    let mut response = match version_error {
        Some(e) => e.response(),
        None => match route(call, &segments).await {
            Ok(response) => response,
            Err(e) => e.response(),
        },
    };
    let headers = response.headers_mut();
    headers.insert("Api-Version", hyper::header::HeaderValue::from_static(MAX_VERSION));
    headers.insert("Server", hyper::header::HeaderValue::from_static(concat!("skiff/", env!("CARGO_PKG_VERSION"))));
    headers.insert("Docker-Experimental", hyper::header::HeaderValue::from_static("false"));
    headers.insert("Ostype", hyper::header::HeaderValue::from_static("linux"));
    if let Some(origin) = cors {
        // podman's three headers, word for word.
        headers.insert("Access-Control-Allow-Origin", origin);
        headers.insert(
            "Access-Control-Allow-Headers",
            hyper::header::HeaderValue::from_static("Origin, X-Requested-With, Content-Type, Accept, X-Registry-Auth, Connection, Upgrade, X-Registry-Config"),
        );
        headers.insert("Access-Control-Allow-Methods", hyper::header::HeaderValue::from_static("HEAD, GET, POST, DELETE, PUT, OPTIONS"));
    }
    response
}

/// The path's segments without the `/v1.NN` prefix, the version's minor
/// number (the newest served without a prefix), or the error for a version
/// outside what is served.
fn split_version(path: &str) -> (Vec<String>, u32, Option<ApiError>) {
    let mut segments: Vec<String> = path.split('/').filter(|s| !s.is_empty()).map(percent_decoded).collect();
    let mut error = None;
    let mut asked = MAX_MINOR;
    if let Some(version) = segments.first().and_then(|s| s.strip_prefix('v')).map(str::to_string) {
        if let Some(minor) = version.strip_prefix("1.").and_then(|m| m.parse::<u32>().ok()) {
            segments.remove(0);
            asked = minor;
            if minor < 24 {
                error = Some(ApiError::bad_request(format!("client version {version} is too old. Minimum supported API version is {MIN_VERSION}, please upgrade your client to a newer version")));
            } else if minor > MAX_MINOR {
                error = Some(ApiError::bad_request(format!("client version {version} is too new. Maximum supported API version is {MAX_VERSION}")));
            }
        }
    }
    (segments, asked, error)
}

fn percent_decoded(segment: &str) -> String {
    form_urlencoded::parse(format!("x={}", segment.replace('+', "%2B")).as_bytes()).next().map(|(_, v)| v.into_owned()).unwrap_or_default()
}

async fn route(call: Call, segments: &[String]) -> ApiResult<ApiResponse> {
    let s: Vec<&str> = segments.iter().map(String::as_str).collect();
    let m = call.method.clone();
    match (&m, s.as_slice()) {
        (&Method::GET | &Method::HEAD, ["_ping"]) => Ok(system::ping(&m)),
        (&Method::GET, ["version"]) => system::version(call).await,
        (&Method::GET, ["info"]) => system::info(call).await,
        (&Method::GET, ["events"]) => system::events(call).await,
        (&Method::GET, ["system", "df"]) => system::df(call).await,
        (&Method::POST, ["auth"]) => system::auth(call).await,

        (&Method::GET, ["containers", "json"]) => containers::list(call).await,
        (&Method::POST, ["containers", "prune"]) => containers::prune(call).await,
        (&Method::POST, ["containers", "create"]) => containers::create(call).await,
        (&Method::POST, ["containers", id, "attach"]) => containers::attach(call, id).await,
        (&Method::GET, ["containers", id, "attach", "ws"]) => containers::attach_ws(call, id).await,
        (&Method::POST, ["containers", id, "resize"]) => containers::resize(call, id).await,
        (&Method::POST, ["containers", id, "exec"]) => exec::create(call, id).await,
        (&Method::POST, ["exec", id, "start"]) => exec::start(call, id).await,
        (&Method::POST, ["exec", id, "resize"]) => exec::resize(call, id).await,
        (&Method::GET, ["exec", id, "json"]) => exec::inspect(call, id).await,
        (&Method::HEAD, ["containers", id, "archive"]) => archive::head(call, id).await,
        (&Method::GET, ["containers", id, "archive"]) => archive::get(call, id).await,
        (&Method::PUT, ["containers", id, "archive"]) => archive::put(call, id).await,
        (&Method::GET, ["containers", id, "export"]) => archive::export(call, id).await,
        (&Method::GET, ["containers", id, "changes"]) => archive::changes(call, id).await,
        (&Method::GET, ["containers", id, "json"]) => containers::inspect(call, id).await,
        (&Method::POST, ["containers", id, "start"]) => containers::start(call, id).await,
        (&Method::POST, ["containers", id, "stop"]) => containers::stop(call, id, false).await,
        (&Method::POST, ["containers", id, "restart"]) => containers::stop(call, id, true).await,
        (&Method::POST, ["containers", id, "kill"]) => containers::kill(call, id).await,
        (&Method::POST, ["containers", id, "wait"]) => containers::wait(call, id).await,
        (&Method::POST, ["containers", id, "rename"]) => containers::rename(call, id).await,
        (&Method::GET, ["containers", id, "top"]) => containers::top(call, id).await,
        (&Method::GET, ["containers", id, "logs"]) => containers::logs(call, id).await,
        (&Method::DELETE, ["containers", id]) => containers::remove(call, id).await,
        (&Method::POST, ["containers", id, "pause"]) => containers::pause(call, id, true).await,
        (&Method::POST, ["containers", id, "unpause"]) => containers::pause(call, id, false).await,
        (&Method::POST, ["containers", _, "update"]) | (&Method::GET, ["containers", _, "stats"]) => {
            Err(ApiError::not_implemented(crate::sys::cgroups::cgroups_unavailable(s[2]).message))
        }

        (&Method::POST, ["build"]) => build::build(call).await,
        (&Method::POST, ["commit"]) => commit::commit_container(call).await,

        (&Method::GET, ["images", "json"]) => images::list(call).await,
        (&Method::POST, ["images", "create"]) => images::pull(call).await,
        (&Method::POST, ["images", "load"]) => images::load(call).await,
        (&Method::GET, ["images", "get"]) => images::save(call, None).await,
        (&Method::POST, ["images", "prune"]) => images::prune(call).await,
        // Image names have slashes: everything between "images" and the action.
        (&Method::GET, ["images", name @ .., "json"]) if !name.is_empty() => images::inspect(call, &name.join("/")).await,
        (&Method::GET, ["images", name @ .., "history"]) if !name.is_empty() => images::history(call, &name.join("/")).await,
        (&Method::GET, ["images", name @ .., "get"]) if !name.is_empty() => images::save(call, Some(name.join("/"))).await,
        (&Method::POST, ["images", name @ .., "push"]) if !name.is_empty() => push::push(call, &name.join("/")).await,
        (&Method::POST, ["images", name @ .., "tag"]) if !name.is_empty() => images::tag(call, &name.join("/")).await,
        (&Method::DELETE, ["images", name @ ..]) if !name.is_empty() => images::remove(call, &name.join("/")).await,

        (&Method::GET, ["volumes"]) => resources::volume_list(call).await,
        (&Method::POST, ["volumes", "create"]) => resources::volume_create(call).await,
        (&Method::POST, ["volumes", "prune"]) => resources::volume_prune(call).await,
        (&Method::GET, ["volumes", name]) => resources::volume_inspect(call, name).await,
        (&Method::DELETE, ["volumes", name]) => resources::volume_remove(call, name).await,

        (&Method::GET, ["networks"]) => resources::network_list(call).await,
        (&Method::POST, ["networks", "create"]) => resources::network_create(call).await,
        (&Method::POST, ["networks", "prune"]) => resources::network_prune(call).await,
        (&Method::POST, ["networks", name, "connect"]) => network_connect::connect(call, name).await,
        (&Method::POST, ["networks", name, "disconnect"]) => network_connect::disconnect(call, name).await,
        (&Method::GET, ["networks", name]) => resources::network_inspect(call, name).await,
        (&Method::DELETE, ["networks", name]) => resources::network_remove(call, name).await,

        _ => Err(ApiError::not_found(format!("page not found: {} {}", call.method, s.join("/")))),
    }
}

/// Run a blocking engine call on the runtime's blocking pool.
pub async fn blocking<T: Send + 'static>(work: impl FnOnce() -> ApiResult<T> + Send + 'static) -> ApiResult<T> {
    tokio::task::spawn_blocking(work).await.map_err(|e| ApiError::from(crate::err!("the engine call failed: {e}")))?
}

/// The status of an engine error by podman's exit codes, which the engine
/// gives "no such" (1) and "in use"/"running" (2) errors.
pub fn status_of(code: i32) -> StatusCode {
    match code {
        1 => StatusCode::NOT_FOUND,
        2 => StatusCode::CONFLICT,
        400..=599 => StatusCode::from_u16(code as u16).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
        _ => StatusCode::INTERNAL_SERVER_ERROR,
    }
}

/// Hand `job` to the worker; each progress line goes to `progress`, and
/// the job's result is returned.
pub async fn run_job(service: &Service, job: &Job, progress: impl FnMut(Value)) -> ApiResult<Value> {
    run_job_with(service, job, None, progress).await
}

/// As [`run_job`], handing the job a descriptor of its own too.
pub async fn run_job_with(service: &Service, job: &Job, extra: Option<std::os::fd::BorrowedFd<'_>>, mut progress: impl FnMut(Value)) -> ApiResult<Value> {
    let stream = service.worker.submit_with(job, extra)?;
    stream.set_nonblocking(true).map_err(|e| ApiError::from(crate::err!("job stream: {e}")))?;
    let stream = tokio::net::UnixStream::from_std(stream).map_err(|e| ApiError::from(crate::err!("job stream: {e}")))?;
    let mut lines = tokio::io::BufReader::new(stream).lines();
    while let Ok(Some(text)) = lines.next_line().await {
        match serde_json::from_str::<Line>(&text) {
            Ok(Line::Progress(value)) => progress(value),
            Ok(Line::Ok(value)) => return Ok(value),
            Ok(Line::Error { code, message }) => return Err(ApiError::new(status_of(code), message)),
            Err(_) => {}
        }
    }
    Err(ApiError::from(crate::err!("the job ended without an answer")))
}

/// A container, image, volume or network reference from the path, or 404.
pub fn not_found(kind: &str, key: &str) -> ApiError {
    ApiError::not_found(format!("No such {kind}: {key}"))
}

pub use http::{empty, ok_json};
