//! `/images/...`: list, inspect, history, pull (`create`; its import is
//! in import.rs), tag, remove,
//! save (`get`), load, prune.

use super::http::{self, ApiError, ApiResponse, ApiResult};
use super::jobs::Job;
use super::routes::{blocking, empty, not_found, ok_json, run_job, Call};
use crate::container::state::ContainerRecord;
use crate::container::ContainerStore;
use crate::image::{ImageRecord, ImageStore};
use bytes::Bytes;
use hyper::StatusCode;
use serde_json::{json, Value};

/// One image as `GET /images/json` lists it.
pub fn summary(image: &ImageRecord, containers: &[ContainerRecord]) -> Value {
    json!({
        "Id": format!("sha256:{}", image.id),
        "ParentId": "",
        "RepoTags": image.names,
        "RepoDigests": image.repo_digests(),
        "Created": image.created,
        "Size": image.size,
        "SharedSize": -1,
        "VirtualSize": image.size,
        "Labels": {},
        "Containers": containers.iter().filter(|c| c.image_id == image.id).count(),
    })
}

/// An image's `Manifests` (API 1.47): its one platform's manifest, from the
/// engine function `skiff images --tree` shows too.
fn manifests(store: &ImageStore, image: &ImageRecord, containers: &[ContainerRecord]) -> Value {
    let manifest = store.manifest_summary(image);
    let mut platform = json!({"architecture": manifest.platform.architecture, "os": manifest.platform.os});
    if let Some(variant) = &manifest.platform.variant {
        platform["variant"] = json!(variant);
    }
    let users: Vec<&str> = containers.iter().filter(|c| c.image_id == image.id).map(|c| c.id.as_str()).collect();
    json!([{
        "ID": manifest.digest,
        "Descriptor": {"mediaType": manifest.media_type, "digest": manifest.digest, "size": manifest.manifest_size},
        "Available": true,
        "Size": {"Total": manifest.disk_usage, "Content": manifest.content_size},
        "Kind": "image",
        "ImageData": {"Platform": platform, "Containers": users, "Size": {"Unpacked": manifest.disk_usage}},
    }])
}

pub async fn list(call: Call) -> ApiResult<ApiResponse> {
    let filters = call.query.filters()?;
    // Docker reads `manifests` from API 1.47 on and ignores it before.
    let with_manifests = call.version >= 47 && call.query.flag("manifests", false)?;
    let paths = call.service.paths.clone();
    let values = blocking(move || {
        let containers = ContainerStore::open(&paths).list()?;
        let store = ImageStore::open(&paths)?;
        let images = store.list()?;
        let mut values = Vec::new();
        for image in &images {
            let mut keep = true;
            for (key, wanted) in &filters {
                let any = wanted.iter().any(|v| match key.as_str() {
                    "dangling" => (v == "true") == image.names.is_empty(),
                    "reference" => image.names.iter().any(|n| reference_matches(n, v)),
                    _ => true,
                });
                if !matches!(key.as_str(), "dangling" | "reference" | "label" | "before" | "since") {
                    return Err(ApiError::bad_request(format!("invalid filter '{key}'")));
                }
                keep &= wanted.is_empty() || any;
            }
            if keep {
                let mut value = summary(image, &containers);
                if with_manifests {
                    value["Manifests"] = manifests(&store, image, &containers);
                }
                values.push(value);
            }
        }
        Ok(values)
    })
    .await?;
    Ok(ok_json(&Value::Array(values)))
}

/// Whether the stored name `name` (fully qualified) is what the filter
/// `reference=PATTERN` names: the whole name, or its repository without
/// the registry, with or without the tag.
fn reference_matches(name: &str, pattern: &str) -> bool {
    let (repository, tag) = crate::image::reference::repository_and_tag(name);
    let short = repository.split_once('/').map_or(repository.as_str(), |(first, rest)| if first.contains(['.', ':']) || first == "localhost" { rest } else { repository.as_str() });
    let short = short.strip_prefix("library/").unwrap_or(short);
    [name.to_string(), repository.clone(), short.to_string(), format!("{short}:{tag}")].iter().any(|n| n == pattern)
}

pub async fn inspect(call: Call, name: &str) -> ApiResult<ApiResponse> {
    let (paths, name, version) = (call.service.paths.clone(), name.to_string(), call.version);
    let value = blocking(move || {
        let store = ImageStore::open(&paths)?;
        let mut value = store.inspect_json(&name).ok_or_else(|| not_found("image", &name))?;
        value["Id"] = json!(format!("sha256:{}", value["Id"].as_str().unwrap_or_default()));
        // API 1.45 dropped the image's Container and ContainerConfig.
        if version < 45 {
            value["ContainerConfig"] = value["Config"].clone();
        } else if let Some(fields) = value.as_object_mut() {
            fields.remove("Container");
            fields.remove("ContainerConfig");
        }
        Ok(value)
    })
    .await?;
    Ok(ok_json(&value))
}

pub async fn history(call: Call, name: &str) -> ApiResult<ApiResponse> {
    let (paths, name) = (call.service.paths.clone(), name.to_string());
    let value = blocking(move || {
        let store = ImageStore::open(&paths)?;
        let image = store.lookup(&name).map_err(|_| not_found("image", &name))?;
        let config = store.config(&image)?;
        let mut layers = image.layers.iter();
        let mut rows: Vec<Value> = config
            .history()
            .clone()
            .unwrap_or_default()
            .iter()
            .map(|h| {
                let size = if h.empty_layer().unwrap_or(false) { 0 } else { layers.next().map_or(0, |l| l.size) };
                json!({
                    "Id": "<missing>",
                    "Created": h.created().as_deref().and_then(crate::time::parse_unix).unwrap_or(0),
                    "CreatedBy": h.created_by().clone().unwrap_or_default(),
                    "Tags": null,
                    "Size": size,
                    "Comment": h.comment().clone().unwrap_or_default(),
                })
            })
            .collect();
        rows.reverse();
        if let Some(first) = rows.first_mut() {
            first["Id"] = json!(format!("sha256:{}", image.id));
            first["Tags"] = json!(image.names);
        }
        Ok(Value::Array(rows))
    })
    .await?;
    Ok(ok_json(&value))
}

/// Docker treats registries on loopback addresses as insecure; so does the
/// API (the CLI asks for `--tls-verify=false` instead).
pub fn tls_verify_for(registry: &str) -> Option<bool> {
    let host = registry.rsplit_once(':').map_or(registry, |(h, port)| if port.bytes().all(|b| b.is_ascii_digit()) { h } else { registry });
    let host = host.trim_start_matches('[').trim_end_matches(']');
    let loopback = host == "localhost" || host.parse::<std::net::IpAddr>().is_ok_and(|ip| ip.is_loopback());
    loopback.then_some(false)
}

/// The registry part of an image name, if it names one.
pub fn registry_of(name: &str) -> Option<&str> {
    let (first, _) = name.split_once('/')?;
    (first.contains(['.', ':']) || first == "localhost").then_some(first)
}

/// `X-Registry-Auth`: base64url of `{"username": ..., "password": ...}`,
/// as USER:PASSWORD.
pub fn registry_credentials(call: &Call) -> ApiResult<Option<String>> {
    use base64::Engine;
    let Some(header) = call.headers.get("X-Registry-Auth").and_then(|v| v.to_str().ok()).filter(|h| !h.is_empty()) else { return Ok(None) };
    let decoded = base64::engine::general_purpose::URL_SAFE
        .decode(header.trim_end_matches('='))
        .or_else(|_| base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(header.trim_end_matches('=')))
        .or_else(|_| base64::engine::general_purpose::STANDARD.decode(header))
        .map_err(|_| ApiError::bad_request("invalid X-Registry-Auth header: not base64"))?;
    let value: Value = serde_json::from_slice(&decoded).map_err(|e| ApiError::bad_request(format!("invalid X-Registry-Auth header: {e}")))?;
    let user = value["username"].as_str().unwrap_or_default();
    let password = value["password"].as_str().unwrap_or_default();
    Ok((!user.is_empty() && !password.is_empty()).then(|| format!("{user}:{password}")))
}

/// `POST /images/create?fromImage=NAME&tag=TAG`: pull, streaming Docker's
/// progress messages.
pub async fn pull(call: Call) -> ApiResult<ApiResponse> {
    if let Some(from) = call.query.get("fromSrc").filter(|s| !s.is_empty()).map(str::to_string) {
        return super::import::import_image(call, &from).await;
    }
    let from = call.query.get("fromImage").filter(|s| !s.is_empty()).ok_or_else(|| ApiError::bad_request("fromImage is required"))?.to_string();
    let tag = call.query.get("tag").unwrap_or("").to_string();
    let image = match tag.as_str() {
        "" => from.clone(),
        digest if digest.contains(':') => format!("{from}@{digest}"),
        tag => format!("{from}:{tag}"),
    };
    crate::image::reference::Reference::parse(&image).map_err(|e| ApiError::bad_request(e.message))?;
    let creds = registry_credentials(&call)?;
    let job = Job::Pull {
        image: image.clone(),
        platform: call.query.get("platform").map(str::to_string),
        creds,
        tls_verify: registry_of(&image).and_then(tls_verify_for),
    };
    let (sender, response) = http::streamed("application/json");
    let service = call.service.clone();
    tokio::spawn(async move {
        let progress_sender = sender.clone();
        let result = run_job(&service, &job, move |line| {
            let _ = progress_sender.try_send(http::json_line(&line));
        })
        .await;
        let lines = match result {
            Ok(pulled) => vec![
                json!({"status": format!("Digest: {}", pulled["digest"].as_str().unwrap_or_default())}),
                json!({"status": format!("Status: Downloaded newer image for {image}")}),
            ],
            Err(e) => vec![json!({"errorDetail": {"message": e.message}, "error": e.message})],
        };
        for line in lines {
            let _ = sender.send(http::json_line(&line)).await;
        }
    });
    Ok(response)
}

pub async fn tag(call: Call, name: &str) -> ApiResult<ApiResponse> {
    let repo = call.query.get("repo").filter(|r| !r.is_empty()).ok_or_else(|| ApiError::bad_request("repo is required"))?;
    let tag = call.query.get("tag").filter(|t| !t.is_empty()).unwrap_or("latest");
    let new_name = crate::image::reference::normalize_new_name(&format!("{repo}:{tag}")).map_err(|e| ApiError::bad_request(e.message))?;
    let (paths, name) = (call.service.paths.clone(), name.to_string());
    blocking(move || {
        let store = ImageStore::open(&paths)?;
        store.lookup(&name).map_err(|_| not_found("image", &name))?;
        store.tag(&name, &[new_name])?;
        Ok(empty(StatusCode::CREATED))
    })
    .await
}

pub async fn remove(call: Call, name: &str) -> ApiResult<ApiResponse> {
    let force = call.query.flag("force", false)?;
    let (paths, lookup_name) = (call.service.paths.clone(), name.to_string());
    blocking(move || ImageStore::open(&paths)?.lookup(&lookup_name).map(drop).map_err(|_| not_found("image", &lookup_name))).await?;
    let report = run_job(&call.service, &Job::RemoveImage { name: name.to_string(), force }, |_| {}).await?;
    Ok(ok_json(&report))
}

pub async fn prune(call: Call) -> ApiResult<ApiResponse> {
    let filters = call.query.filters()?;
    let all = filters.get("dangling").is_some_and(|v| v.iter().any(|d| d == "false" || d == "0"));
    let deleted = run_job(&call.service, &Job::PruneImages { all }, |_| {}).await?;
    let deleted: Vec<Value> = deleted.as_array().into_iter().flatten().map(|id| json!({"Deleted": id})).collect();
    Ok(ok_json(&json!({"ImagesDeleted": deleted, "SpaceReclaimed": 0})))
}

/// Bytes written go to the response body, in chunks.
struct ChannelWriter(tokio::sync::mpsc::Sender<Bytes>);

impl std::io::Write for ChannelWriter {
    fn write(&mut self, data: &[u8]) -> std::io::Result<usize> {
        self.0.blocking_send(Bytes::copy_from_slice(data)).map_err(|_| std::io::Error::new(std::io::ErrorKind::BrokenPipe, "the client went away"))?;
        Ok(data.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// `GET /images/get?names=...` and `/images/{name}/get`: a docker-archive.
pub async fn save(call: Call, name: Option<String>) -> ApiResult<ApiResponse> {
    let names: Vec<String> = match name {
        Some(name) => vec![name],
        None => call.query.all("names"),
    };
    if names.is_empty() {
        return Err(ApiError::bad_request("no image named: use names=NAME"));
    }
    let paths = call.service.paths.clone();
    let (store, saved) = blocking(move || {
        let store = ImageStore::open(&paths)?;
        let images = store.list()?;
        let mut saved: Vec<crate::image::save::Saved> = Vec::new();
        for name in &names {
            let found = crate::image::store::resolve(&images, name)?.ok_or_else(|| not_found("image", name))?;
            let image = &images[found.index];
            let position = match saved.iter().position(|s| s.image.id == image.id) {
                Some(p) => p,
                None => {
                    saved.push(crate::image::save::Saved { image: image.clone(), names: Vec::new() });
                    saved.len() - 1
                }
            };
            if let Some(full) = found.name.filter(|n| !saved[position].names.contains(n)) {
                saved[position].names.push(full);
            }
        }
        Ok((store, saved))
    })
    .await?;
    let (sender, response) = http::streamed("application/x-tar");
    tokio::task::spawn_blocking(move || {
        let sink = crate::image::save::Sink::tar(Box::new(ChannelWriter(sender)));
        // A save's progress goes nowhere: the client sees the archive.
        let mut writer = crate::image::save::Writer::new(&store, sink, &crate::image::registry::Silent);
        // A failure half-way can only cut the archive short: the client
        // sees a truncated tar, as with docker.
        let _ = writer.docker_archive(&saved).and_then(|()| writer.finish());
    });
    Ok(response)
}

/// `POST /images/load`: the archive is spooled to a file, then loaded in
/// the user namespace.
pub async fn load(call: Call) -> ApiResult<ApiResponse> {
    // `quiet` only silences progress, which a load here does not report:
    // the "Loaded image" lines are the answer and always come.
    let spool = spool_body(&call.service, call.body, "load-").await?;
    let loaded = run_job(&call.service, &Job::Load { archive: spool.path().to_path_buf() }, |_| {}).await;
    drop(spool);
    let loaded = loaded.map_err(|e| ApiError::bad_request(e.message))?;
    let lines: Vec<u8> = loaded
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .flat_map(|name| {
            let text = if name.starts_with("sha256:") { format!("Loaded image ID: {name}\n") } else { format!("Loaded image: {name}\n") };
            http::json_line(&json!({"stream": text})).to_vec()
        })
        .collect();
    Ok(http::bytes_response("application/json", lines))
}

/// The request's body (an archive, a build context) in a file of the
/// runtime directory, for a job to read; removed when dropped.
pub async fn spool_body(service: &super::Service, body: hyper::body::Incoming, prefix: &'static str) -> ApiResult<tempfile::NamedTempFile> {
    let spool_dir = service.paths.runtime.clone();
    let mut spool = blocking(move || {
        std::fs::create_dir_all(&spool_dir).map_err(|e| crate::err!("create {}: {e}", spool_dir.display()))?;
        tempfile::Builder::new().prefix(prefix).tempfile_in(&spool_dir).map_err(|e| ApiError::from(crate::err!("spool the request body: {e}")))
    })
    .await?;
    http::body_to_file(body, spool.as_file_mut()).await?;
    Ok(spool)
}
