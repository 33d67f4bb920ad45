//! `/_ping`, `/version`, `/info`, `/events`, `/system/df`, `/auth`.

use super::http::{self, ApiError, ApiResponse, ApiResult};
use super::routes::{blocking, ok_json, Call, MAX_VERSION, MIN_VERSION};
use crate::container::ContainerStore;
use crate::events::Event;
use crate::image::ImageStore;
use bytes::Bytes;
use hyper::{Method, StatusCode};
use http_body_util::{BodyExt, Full};
use serde_json::{json, Value};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

pub fn ping(method: &Method) -> ApiResponse {
    let body = if method == Method::HEAD { Bytes::new() } else { Bytes::from_static(b"OK") };
    hyper::Response::builder()
        .status(StatusCode::OK)
        .header("Content-Type", "text/plain; charset=utf-8")
        .header("Cache-Control", "no-cache, no-store, must-revalidate")
        .header("Builder-Version", "1")
        .body(Full::new(body).boxed())
        .expect("a static response is valid")
}

fn kernel() -> String {
    nix::sys::utsname::uname().map(|u| u.release().to_string_lossy().into_owned()).unwrap_or_default()
}

pub async fn version(_call: Call) -> ApiResult<ApiResponse> {
    let version = env!("CARGO_PKG_VERSION");
    let details = json!({"ApiVersion": MAX_VERSION, "MinAPIVersion": MIN_VERSION, "Os": std::env::consts::OS, "Arch": crate::sys::go_arch(), "KernelVersion": kernel()});
    Ok(ok_json(&json!({
        "Platform": {"Name": format!("skiff {version}")},
        "Components": [{"Name": "Engine", "Version": version, "Details": details}],
        "Version": version,
        "ApiVersion": MAX_VERSION,
        "MinAPIVersion": MIN_VERSION,
        "GitCommit": "",
        "GoVersion": "none (skiff is written in Rust)",
        "Os": std::env::consts::OS,
        "Arch": crate::sys::go_arch(),
        "KernelVersion": kernel(),
        "BuildTime": "",
    })))
}

pub async fn info(call: Call) -> ApiResult<ApiResponse> {
    let paths = call.service.paths.clone();
    let value = blocking(move || {
        let containers = ContainerStore::open(&paths).list()?;
        let counts = crate::container::count_states(&containers);
        let images = ImageStore::open(&paths)?.list()?.len();
        let driver = std::fs::read_to_string(paths.data.join("storage-driver.json"))
            .ok()
            .and_then(|s| serde_json::from_str::<Value>(&s).ok())
            .and_then(|v| v["driver"].as_str().map(String::from))
            .unwrap_or_else(|| "overlay".into());
        let uname = nix::sys::utsname::uname().map_err(|e| crate::err!("uname: {e}"))?;
        let system = nix::sys::sysinfo::sysinfo().map_err(|e| crate::err!("sysinfo: {e}"))?;
        let rootless = crate::runtime::userns::rootless();
        Ok::<_, ApiError>(json!({
            "ID": "",
            "Containers": containers.len(),
            "ContainersRunning": counts.running,
            "ContainersPaused": counts.paused,
            "ContainersStopped": counts.stopped,
            "Images": images,
            "Driver": driver,
            "DriverStatus": [],
            "Plugins": {"Volume": ["local"], "Network": ["bridge"], "Authorization": null, "Log": ["k8s-file", "json-file", "none"]},
            "MemoryLimit": false,
            "SwapLimit": false,
            "CpuCfsPeriod": false,
            "CpuCfsQuota": false,
            "CPUShares": false,
            "CPUSet": false,
            "PidsLimit": false,
            "IPv4Forwarding": true,
            "Debug": false,
            "NFd": 0,
            "NGoroutines": 0,
            "SystemTime": crate::time::format_nanos(SystemTime::now()),
            "LoggingDriver": "k8s-file",
            "CgroupDriver": "none",
            "CgroupVersion": crate::sys::cgroups::cgroup_version(),
            "NEventsListener": 0,
            "KernelVersion": uname.release().to_string_lossy(),
            "OperatingSystem": "skiff",
            "OSVersion": "",
            "OSType": "linux",
            "Architecture": std::env::consts::ARCH,
            "IndexServerAddress": "https://index.docker.io/v1/",
            "RegistryConfig": {"IndexConfigs": {}, "InsecureRegistryCIDRs": ["127.0.0.0/8"], "Mirrors": []},
            "NCPU": std::thread::available_parallelism().map_or(1, |n| n.get()),
            "MemTotal": system.ram_total(),
            "DockerRootDir": paths.data.display().to_string(),
            "Name": uname.nodename().to_string_lossy(),
            "Labels": [],
            "ExperimentalBuild": false,
            "ServerVersion": env!("CARGO_PKG_VERSION"),
            "Runtimes": {"skiff": {"path": "skiff"}},
            "DefaultRuntime": "skiff",
            "Swarm": {"LocalNodeState": "inactive", "NodeID": "", "NodeAddr": "", "ControlAvailable": false, "Error": "", "RemoteManagers": null},
            "LiveRestoreEnabled": true,
            "Isolation": "",
            "InitBinary": "",
            "SecurityOptions": if rootless { vec!["name=seccomp,profile=default", "name=rootless"] } else { vec!["name=seccomp,profile=default"] },
            "Warnings": [],
        }))
    })
    .await?;
    Ok(ok_json(&value))
}

/// Docker's event message for one of skiff's events.
fn docker_event(event: &Event) -> Value {
    let nanos = crate::time::parse(&event.time).and_then(|t| t.duration_since(UNIX_EPOCH).ok()).unwrap_or_default();
    let mut attributes = event.attributes.clone();
    if !event.name.is_empty() {
        attributes.insert("name".into(), event.name.clone());
    }
    if !event.image.is_empty() && event.kind == "container" {
        attributes.insert("image".into(), event.image.clone());
    }
    json!({
        "status": event.action,
        "id": event.id,
        "from": event.image,
        "Type": event.kind,
        "Action": event.action,
        "Actor": {"ID": event.id, "Attributes": attributes},
        "scope": "local",
        "time": nanos.as_secs(),
        "timeNano": nanos.as_nanos() as u64,
    })
}

/// A `since`/`until` value: Unix seconds (with a fraction) or an RFC 3339 time.
fn point_in_time(text: &str, key: &str) -> ApiResult<SystemTime> {
    if let Ok(seconds) = text.parse::<f64>() {
        return Ok(UNIX_EPOCH + Duration::from_secs_f64(seconds.max(0.0)));
    }
    crate::time::parse(text).ok_or_else(|| ApiError::bad_request(format!("invalid {key} {text:?}: use Unix seconds or an RFC 3339 time")))
}

/// Whether the event passes Docker's event filters.
fn passes(event: &Event, filters: &std::collections::HashMap<String, Vec<String>>) -> bool {
    filters.iter().all(|(key, values)| {
        values.is_empty()
            || values.iter().any(|v| match key.as_str() {
                "type" => event.kind == *v,
                "event" | "action" => event.action == *v,
                "container" => event.kind == "container" && (event.id.starts_with(v.as_str()) || event.name == *v),
                "image" => event.image == *v || (event.kind == "image" && (event.id.starts_with(v.as_str()) || event.name == *v)),
                "label" => {
                    let (k, value) = v.split_once('=').unwrap_or((v, ""));
                    event.attributes.get(k).is_some_and(|a| value.is_empty() || a == value)
                }
                _ => true,
            })
    })
}

/// `/events`: the log's events from `since`, then (without `until`) each
/// new one as it is written, until the client goes away.
pub async fn events(call: Call) -> ApiResult<ApiResponse> {
    let since = call.query.get("since").filter(|s| !s.is_empty()).map(|s| point_in_time(s, "since")).transpose()?;
    let until = call.query.get("until").filter(|s| !s.is_empty()).map(|s| point_in_time(s, "until")).transpose()?;
    let filters = call.query.filters()?;
    let log = crate::events::log_path(&call.service.paths.data);
    let (sender, response) = http::streamed("application/json");
    tokio::spawn(async move {
        // Without `since`, only what happens from now on.
        let mut offset = match since {
            Some(_) => 0,
            None => std::fs::metadata(&log).map(|m| m.len()).unwrap_or(0),
        };
        let mut pending = String::new();
        loop {
            let (read, text) = read_from(&log, offset);
            offset = read;
            pending.push_str(&text);
            while let Some(end) = pending.find('\n') {
                let line: String = pending.drain(..=end).collect();
                let Ok(event) = serde_json::from_str::<Event>(line.trim_end()) else { continue };
                let time = crate::time::parse(&event.time);
                if since.is_some_and(|s| time.is_some_and(|t| t < s)) {
                    continue;
                }
                if until.is_some_and(|u| time.is_some_and(|t| t > u)) {
                    return;
                }
                if passes(&event, &filters) && sender.send(http::json_line(&docker_event(&event))).await.is_err() {
                    return;
                }
            }
            if until.is_some_and(|u| SystemTime::now() > u) || sender.is_closed() {
                return;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    });
    Ok(response)
}

/// What the file holds after `offset`, and the offset after it.
fn read_from(path: &std::path::Path, offset: u64) -> (u64, String) {
    use std::io::{Read, Seek, SeekFrom};
    let Ok(mut file) = std::fs::File::open(path) else { return (offset, String::new()) };
    if file.seek(SeekFrom::Start(offset)).is_err() {
        return (offset, String::new());
    }
    let mut text = String::new();
    let read = file.read_to_string(&mut text).unwrap_or(0);
    (offset + read as u64, text)
}

pub async fn df(call: Call) -> ApiResult<ApiResponse> {
    let paths = call.service.paths.clone();
    let value = blocking(move || {
        let usage = crate::container::usage::disk_usage(&paths)?;
        let store = ContainerStore::open(&paths);
        let containers: Vec<_> = usage.containers.iter().map(|c| c.container.clone()).collect();
        let image_values: Vec<Value> = usage
            .images
            .iter()
            .map(|i| {
                let mut v = super::images::summary(&i.image, &containers);
                v["SharedSize"] = json!(i.shared);
                v
            })
            .collect();
        let container_values: Vec<Value> = usage
            .containers
            .iter()
            .map(|c| {
                let mut v = super::containers::summary(&c.container, &store);
                v["SizeRw"] = json!(c.written);
                v
            })
            .collect();
        let volumes = crate::volume::VolumeStore::open(&paths);
        let volume_values: Vec<Value> = usage
            .volumes
            .iter()
            .map(|v| {
                let mut value = super::resources::volume_json(&volumes, &v.volume);
                value["UsageData"] = json!({"Size": v.size, "RefCount": v.users});
                value
            })
            .collect();
        Ok::<_, ApiError>(json!({
            "LayersSize": usage.images.iter().map(|i| i.image.size).sum::<u64>(),
            "Images": image_values,
            "Containers": container_values,
            "Volumes": volume_values,
            "BuildCache": [],
        }))
    })
    .await?;
    Ok(ok_json(&value))
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
struct AuthConfig {
    username: String,
    password: String,
    serveraddress: String,
}

/// `/auth`: check the credentials against the registry (as `docker login`
/// asks); nothing is stored, the client keeps them.
pub async fn auth(call: Call) -> ApiResult<ApiResponse> {
    let config: AuthConfig = http::read_json(call.body).await?;
    if config.username.is_empty() || config.password.is_empty() {
        return Err(ApiError::bad_request("a username and a password are required"));
    }
    let server = crate::image::registry::auth::registry_key(if config.serveraddress.is_empty() { "docker.io" } else { &config.serveraddress });
    blocking(move || {
        let credentials = crate::image::registry::auth::Credentials { username: config.username, password: config.password };
        let access = crate::image::registry::Access { tls_verify: super::images::tls_verify_for(&server), ..Default::default() };
        crate::image::registry::connect_as(&server, &access, Some(credentials), "")
            .and_then(|client| client.verify_login())
            .map_err(|e| ApiError::new(StatusCode::UNAUTHORIZED, format!("login to {server}: {e}")))
    })
    .await?;
    Ok(ok_json(&json!({"Status": "Login Succeeded", "IdentityToken": ""})))
}
