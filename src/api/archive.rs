//! `/containers/{id}/archive` (HEAD, GET, PUT: what `docker cp` uses both
//! ways), `/containers/{id}/export` and `/containers/{id}/changes`.
//!
//! A container's files are reached from inside its user namespace (running)
//! or through a mount of its layers (stopped), so each request runs as a job
//! in a child of the worker: tar streams go through a socket pair the
//! service hands it, an uploaded tar through a spooled file.

use super::http::{self, ApiError, ApiResponse, ApiResult};
use super::jobs::Job;
use super::routes::{blocking, not_found, ok_json, run_job, run_job_with, Call};
use super::Service;
use crate::container::changes::Change;
use crate::container::copy::{self, ExtractOwner, PathStat, Top};
use crate::container::ContainerStore;
use crate::error::Result;
use crate::paths::Paths;
use base64::Engine;
use bytes::Bytes;
use hyper::StatusCode;
use serde_json::{json, Value};
use std::io::Seek;
use std::os::fd::{AsFd, OwnedFd};
use std::sync::Arc;
use tokio::io::AsyncReadExt;

/// The container's id, or 404.
async fn container_id(service: &Service, key: &str) -> ApiResult<String> {
    let (paths, key) = (service.paths.clone(), key.to_string());
    blocking(move || ContainerStore::open(&paths).lookup(&key).map(|c| c.id).map_err(|_| not_found("container", &key))).await
}

fn path_parameter(call: &Call) -> ApiResult<String> {
    match call.query.get("path") {
        Some(path) if !path.is_empty() => Ok(path.to_string()),
        _ => Err(ApiError::bad_request("the path parameter is required")),
    }
}

/// Go's os.FileMode for a stat's st_mode: permission bits, plus the type
/// bits Go puts at the top (what the docker CLI tests for a directory).
fn go_file_mode(mode: u32) -> u32 {
    let permissions = mode & 0o777;
    let kind = match mode & libc::S_IFMT {
        libc::S_IFDIR => 1 << 31,
        libc::S_IFLNK => 1 << 27,
        libc::S_IFBLK => 1 << 26,
        libc::S_IFIFO => 1 << 25,
        libc::S_IFSOCK => 1 << 24,
        libc::S_IFCHR => (1 << 26) | (1 << 21),
        _ => 0,
    };
    let special = if mode & libc::S_ISUID != 0 { 1 << 23 } else { 0 } | if mode & libc::S_ISGID != 0 { 1 << 22 } else { 0 } | if mode & libc::S_ISVTX != 0 { 1 << 20 } else { 0 };
    kind | special | permissions
}

/// The X-Docker-Container-Path-Stat header: base64 of the stat as JSON.
async fn stat_header(service: &Service, container: &str, path: &str) -> ApiResult<String> {
    let value = run_job(service, &Job::PathStat { container: container.to_string(), path: path.to_string() }, |_| {}).await?;
    let stat: PathStat = serde_json::from_value(value).map_err(|e| ApiError::from(crate::err!("path stat: {e}")))?;
    let mtime = crate::time::format(stat.mtime);
    let docker = json!({"name": stat.name, "size": stat.size, "mode": go_file_mode(stat.mode), "mtime": mtime, "linkTarget": stat.link_target});
    Ok(base64::engine::general_purpose::STANDARD.encode(docker.to_string()))
}

/// `HEAD /containers/{id}/archive?path=`: the stat header alone.
pub async fn head(call: Call, key: &str) -> ApiResult<ApiResponse> {
    let path = path_parameter(&call)?;
    let id = container_id(&call.service, key).await?;
    let stat = stat_header(&call.service, &id, &path).await?;
    let mut response = http::empty(StatusCode::OK);
    response.headers_mut().insert("X-Docker-Container-Path-Stat", stat.parse().map_err(|_| ApiError::from(crate::err!("stat header")))?);
    Ok(response)
}

/// `GET /containers/{id}/archive?path=`: a tar of the path, its top entry
/// named as the path's last component.
pub async fn get(call: Call, key: &str) -> ApiResult<ApiResponse> {
    let path = path_parameter(&call)?;
    let id = container_id(&call.service, key).await?;
    let stat = stat_header(&call.service, &id, &path).await?;
    let mut response = stream_job(call.service.clone(), Job::ArchiveGet { container: id, path }, "application/x-tar")?;
    response.headers_mut().insert("X-Docker-Container-Path-Stat", stat.parse().map_err(|_| ApiError::from(crate::err!("stat header")))?);
    Ok(response)
}

/// `PUT /containers/{id}/archive?path=DIR`: the body's tar unpacked into
/// DIR, which must be a directory.
pub async fn put(call: Call, key: &str) -> ApiResult<ApiResponse> {
    let path = path_parameter(&call)?;
    // Docker's default: false, so a directory may replace a file (the docker
    // CLI's cp sends true).
    let overwrite = !call.query.flag("noOverwriteDirNonDir", false)?;
    let copy_ids = call.query.flag("copyUIDGID", false)?;
    let id = container_id(&call.service, key).await?;
    let spool_dir = call.service.paths.runtime.clone();
    let mut spool = blocking(move || {
        std::fs::create_dir_all(&spool_dir).map_err(|e| crate::err!("create {}: {e}", spool_dir.display()))?;
        tempfile::tempfile_in(&spool_dir).map_err(|e| ApiError::from(crate::err!("spool the archive: {e}")))
    })
    .await?;
    http::body_to_file(call.body, &mut spool).await?;
    spool.rewind().map_err(|e| ApiError::from(crate::err!("spool the archive: {e}")))?;
    run_job_with(&call.service, &Job::ArchivePut { container: id, path, overwrite, copy_ids }, Some(spool.as_fd()), |_| {}).await?;
    Ok(http::empty(StatusCode::OK))
}

/// `GET /containers/{id}/export`: the container's whole filesystem as a tar.
pub async fn export(call: Call, key: &str) -> ApiResult<ApiResponse> {
    let id = container_id(&call.service, key).await?;
    stream_job(call.service.clone(), Job::Export { container: id }, "application/x-tar")
}

/// `GET /containers/{id}/changes`: `[{"Path", "Kind"}]`, Kind 0 changed,
/// 1 added, 2 deleted.
pub async fn changes(call: Call, key: &str) -> ApiResult<ApiResponse> {
    let id = container_id(&call.service, key).await?;
    let changes = run_job(&call.service, &Job::Changes { container: id }, |_| {}).await?;
    Ok(ok_json(&changes))
}

/// A response whose body is what the job writes on its descriptor. A
/// client that goes away closes the service's end, and the job's writes fail.
fn stream_job(service: Arc<Service>, job: Job, content_type: &str) -> ApiResult<ApiResponse> {
    let (ours, theirs) = std::os::unix::net::UnixStream::pair().map_err(|e| ApiError::from(crate::err!("socketpair: {e}")))?;
    let answer = service.worker.submit_with(&job, Some(theirs.as_fd()))?;
    drop(theirs);
    let (sender, response) = http::streamed(content_type);
    tokio::spawn(async move {
        // Held until the stream ends: the job's answer stream stays open.
        let _answer = answer;
        let Ok(()) = ours.set_nonblocking(true) else { return };
        let Ok(mut ours) = tokio::net::UnixStream::from_std(ours) else { return };
        let mut buffer = vec![0u8; 64 * 1024];
        while let Ok(n) = ours.read(&mut buffer).await {
            if n == 0 || sender.send(Bytes::copy_from_slice(&buffer[..n])).await.is_err() {
                return;
            }
        }
    });
    Ok(response)
}

/// In the worker's child: the job's work on the container's files.
pub fn perform(paths: &Paths, job: Job, extra: Option<OwnedFd>) -> Result<Value> {
    let root_of = |container: &str| -> Result<OwnedFd> {
        let store = ContainerStore::open(paths);
        let record = store.lookup(container)?;
        copy::container_root(paths, &store, &record)
    };
    let descriptor = || extra.ok_or_else(|| crate::err!("the job came without its descriptor"));
    match job {
        Job::PathStat { container, path } => Ok(json!(copy::stat(&root_of(&container)?, &path)?)),
        Job::ArchiveGet { container, path } => {
            let root = root_of(&container)?;
            let name = copy::stat(&root, &path)?.name;
            let name = if name == "/" { ".".to_string() } else { name };
            copy::archive(&root, &path, std::ffi::OsStr::new(&name), std::fs::File::from(descriptor()?))?;
            Ok(Value::Null)
        }
        Job::ArchivePut { container, path, overwrite, copy_ids } => {
            let root = root_of(&container)?;
            if !copy::exists_in_root(&root, &path) {
                return Err(crate::error::Error::with_code(1, format!("Could not find the file {path} in container {container}")));
            }
            if !copy::is_dir_in_root(&root, &path) {
                return Err(crate::error::Error::with_code(400, format!("extraction point is not a directory: {path}")));
            }
            // copyUIDGID (the docker CLI's cp -a) keeps the archive's owners; otherwise they are root's.
            let owner = if copy_ids { ExtractOwner::FromArchive } else { ExtractOwner::Creator };
            copy::extract(&root, &path, &Top::Keep, overwrite, owner, std::fs::File::from(descriptor()?))?;
            Ok(Value::Null)
        }
        Job::Export { container } => {
            copy::archive_root(&root_of(&container)?, std::fs::File::from(descriptor()?))?;
            Ok(Value::Null)
        }
        Job::Changes { container } => {
            let changes = crate::container::changes::changes(paths, &container)?;
            let kind = |c: &Change| match c {
                Change::Changed => 0,
                Change::Added => 1,
                Change::Deleted => 2,
            };
            Ok(Value::Array(changes.iter().map(|(c, path)| json!({"Path": path, "Kind": kind(c)})).collect()))
        }
        _ => Err(crate::err!("not a job on a container's files")),
    }
}
