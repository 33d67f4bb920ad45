//! `/containers/...`: list, inspect, start, stop, restart, kill, wait,
//! rename, top, logs, remove, prune.

use super::http::{self, ApiError, ApiResponse, ApiResult};
use super::jobs::Job;
use super::routes::{blocking, empty, not_found, ok_json, run_job, Call};
use super::wakeup::DirectoryWaiter;
use crate::container::logs::{log_path, parse_line, Stream};
use crate::container::state::ContainerRecord;
use crate::container::{ContainerStatus, ContainerStore};
use crate::paths::Paths;
use bytes::Bytes;
use hyper::StatusCode;
use serde_json::{json, Value};
use std::time::{Duration, SystemTime};

fn lookup(paths: &Paths, key: &str) -> ApiResult<(ContainerStore, ContainerRecord)> {
    let store = ContainerStore::open(paths);
    let record = store.lookup(key).map_err(|_| not_found("container", key))?;
    Ok((store, record))
}

/// Docker's published ports of a container summary.
fn ports(c: &ContainerRecord) -> Vec<Value> {
    c.config
        .ports
        .iter()
        .map(|p| json!({"IP": p.host_address(), "PrivatePort": p.container_port, "PublicPort": p.host_port, "Type": p.protocol}))
        .collect()
}

/// docker's Status: that of a paused container is "Up 5 minutes (Paused)".
fn docker_status_text(c: &ContainerRecord, store: &ContainerStore) -> String {
    if c.is_paused() {
        let up = crate::time::human_duration(crate::sys::clock::now() - c.started_at.unwrap_or(c.created));
        return format!("Up {up} (Paused)");
    }
    store.status_text(c)
}

/// One container as `GET /containers/json` lists it.
pub fn summary(c: &ContainerRecord, store: &ContainerStore) -> Value {
    let network = c.config.network.as_str().to_string();
    json!({
        "Id": c.id,
        "Names": [format!("/{}", c.name)],
        "Image": c.image_name,
        "ImageID": format!("sha256:{}", c.image_id),
        "Command": c.command_line(),
        "Created": c.created,
        "Ports": ports(c),
        "Labels": c.config.labels,
        "State": c.state(),
        "Status": docker_status_text(c, store),
        "HostConfig": {"NetworkMode": network},
        "NetworkSettings": {"Networks": {}},
        "Mounts": c.config.mounts.iter().map(|m| json!({"Type": if m.source.starts_with('/') { "bind" } else { "volume" }, "Name": m.source, "Source": m.source, "Destination": m.destination, "RW": !m.read_only})).collect::<Vec<_>>(),
    })
}

/// Whether a container passes Docker's list filters.
fn passes(c: &ContainerRecord, filters: &std::collections::HashMap<String, Vec<String>>) -> ApiResult<bool> {
    for (key, values) in filters {
        if values.is_empty() {
            continue;
        }
        let matches = |v: &String| match key.as_str() {
            "id" => c.id.starts_with(v.as_str()),
            "name" => c.name.contains(v.as_str()),
            "status" => c.state() == v,
            "ancestor" => c.image_name == *v || c.image_id.starts_with(v.trim_start_matches("sha256:")) || c.image_name.ends_with(&format!("/{v}")) || c.image_name.ends_with(&format!("/{v}:latest")),
            "label" => {
                let (k, value) = v.split_once('=').map_or((v.as_str(), None), |(k, val)| (k, Some(val)));
                c.config.labels.get(k).is_some_and(|l| value.is_none_or(|want| l == want))
            }
            "exited" => c.status == ContainerStatus::Exited && c.exit_code.map(|e| e.to_string()) == Some(v.clone()),
            "network" => c.config.network.as_str() == v,
            _ => true,
        };
        // Docker: a container has every label asked for, and any one of
        // the other values (docker-compose asks for project and oneoff).
        let passed = if key == "label" { values.iter().all(matches) } else { values.iter().any(matches) };
        if !matches!(key.as_str(), "id" | "name" | "status" | "ancestor" | "label" | "exited" | "network") {
            return Err(ApiError::bad_request(format!("invalid filter '{key}'")));
        }
        if !passed {
            return Ok(false);
        }
    }
    Ok(true)
}

pub async fn list(call: Call) -> ApiResult<ApiResponse> {
    let all = call.query.flag("all", false)?;
    let size = call.query.flag("size", false)?;
    let limit = call.query.number("limit")?;
    let filters = call.query.filters()?;
    let (paths, version) = (call.service.paths.clone(), call.version);
    let values = blocking(move || {
        let store = ContainerStore::open(&paths);
        let mut values = Vec::new();
        for c in store.list()? {
            if (!all && c.status != ContainerStatus::Running && limit.is_none()) || !passes(&c, &filters)? {
                continue;
            }
            let mut value = summary(&c, &store);
            // API 1.46 lists the annotations (omitted when none, as docker).
            if version >= 46 && !c.config.annotations.is_empty() {
                value["HostConfig"]["Annotations"] = json!(c.config.annotations);
            }
            if size {
                value["SizeRw"] = json!(crate::storage::disk_usage(&store.container_dir(&c.id).join("upper")));
            }
            values.push(value);
        }
        if let Some(limit) = limit.filter(|l| *l > 0) {
            values.truncate(limit as usize);
        }
        Ok(values)
    })
    .await?;
    Ok(ok_json(&Value::Array(values)))
}

/// Each network's DNSNames (API 1.44: the name, the aliases, the short id
/// and the hostname, as docker). Aliases keep the short id first in every
/// version, although docker's 1.45 dropped it: docker-compose 1.x takes a
/// container whose Aliases lack it off its network to connect it again,
/// which skiff cannot do for the network a container was created on (and
/// skiff's DNS does answer to the short id).
fn endpoint_names(networks: &mut Value, c: &ContainerRecord, version: u32) {
    if version < 44 {
        return;
    }
    let short_id = &c.id[..12];
    for endpoint in networks.as_object_mut().into_iter().flat_map(|n| n.values_mut()) {
        let aliases: Vec<String> = endpoint["Aliases"].as_array().into_iter().flatten().filter_map(Value::as_str).filter(|a| *a != short_id).map(str::to_string).collect();
        let mut names: Vec<String> = Vec::new();
        for name in std::iter::once(&c.name).chain(&aliases).chain([&short_id.to_string(), &c.config.hostname]) {
            if !name.is_empty() && !names.contains(name) {
                names.push(name.clone());
            }
        }
        endpoint["DNSNames"] = json!(names);
    }
}

/// Docker's inspect object: podman's (which is docker's with more) with
/// docker's name and image forms.
pub async fn inspect(call: Call, key: &str) -> ApiResult<ApiResponse> {
    let (paths, key, version) = (call.service.paths.clone(), key.to_string(), call.version);
    let value = blocking(move || {
        let (store, c) = lookup(&paths, &key)?;
        let mut value = crate::container::inspect::container_json(&paths, &store, &c);
        value["Name"] = json!(format!("/{}", c.name));
        value["Image"] = json!(format!("sha256:{}", c.image_id));
        value["Platform"] = json!("linux");
        value["LogPath"] = json!(log_path(&store.container_dir(&c.id)));
        value["Config"]["AttachStdin"] = json!(c.config.interactive);
        value["Config"]["AttachStdout"] = json!(true);
        value["Config"]["AttachStderr"] = json!(true);
        value["Config"]["StdinOnce"] = json!(false);
        value["Config"]["ExposedPorts"] = Value::Object(c.config.ports.iter().map(|p| (p.container_key(), json!({}))).collect());
        // docker's: a paused container is still running.
        value["State"]["Running"] = json!(c.status == ContainerStatus::Running);
        value["State"]["StartedAt"] = json!(c.started_at.map(crate::time::format).unwrap_or_else(|| "0001-01-01T00:00:00Z".into()));
        value["State"]["FinishedAt"] = json!(c.finished_at.map(crate::time::format).unwrap_or_else(|| "0001-01-01T00:00:00Z".into()));
        // Docker leaves Health out for a container without a healthcheck;
        // testcontainers-node reads a present one's Status (null breaks it).
        if let Some(state) = value["State"].as_object_mut().filter(|s| s.get("Health").is_some_and(Value::is_null)) {
            state.remove("Health");
        }
        // Docker's Tmpfs is a map of path to options.
        value["HostConfig"]["Tmpfs"] = Value::Object(
            c.config.tmpfs.iter().map(|t| t.split_once(':').map_or((t.clone(), json!("")), |(path, options)| (path.to_string(), json!(options)))).collect(),
        );
        // Docker's clients (the SDK's run, docker-compose logs) read logs
        // through the API only for drivers they know; the API serves
        // skiff's k8s-file log as Docker serves json-file.
        if c.config.log_driver == "k8s-file" {
            value["HostConfig"]["LogConfig"]["Type"] = json!("json-file");
        }
        value["HostConfig"]["Binds"] = json!(c.config.mounts.iter().map(|m| format!("{}:{}{}", m.source, m.destination, if m.read_only { ":ro" } else { "" })).collect::<Vec<_>>());
        endpoint_names(&mut value["NetworkSettings"]["Networks"], &c, version);
        Ok(value)
    })
    .await?;
    Ok(ok_json(&value))
}

pub async fn start(call: Call, key: &str) -> ApiResult<ApiResponse> {
    let (paths, key) = (call.service.paths.clone(), key.to_string());
    blocking(move || {
        let (store, c) = lookup(&paths, &key)?;
        if c.status == ContainerStatus::Running {
            return Ok(empty(StatusCode::NOT_MODIFIED));
        }
        crate::container::lifecycle::start_required(&paths, &c)?;
        crate::container::lifecycle::start_under_monitor(&paths, &store, &c)?;
        Ok(empty(StatusCode::NO_CONTENT))
    })
    .await
}

/// `stop` (304 when not running) and `restart` (stop if running, then start).
pub async fn stop(call: Call, key: &str, restart: bool) -> ApiResult<ApiResponse> {
    let timeout = call.query.number("t")?.map(|t| t.max(0) as u64);
    let (paths, key) = (call.service.paths.clone(), key.to_string());
    blocking(move || {
        let (store, c) = lookup(&paths, &key)?;
        let running = c.status == ContainerStatus::Running;
        if !running && !restart {
            return Ok(empty(StatusCode::NOT_MODIFIED));
        }
        crate::container::lifecycle::stop(&store, &c, timeout)?;
        if restart {
            let c = store.lookup(&c.id)?;
            crate::container::lifecycle::start_required(&paths, &c)?;
            crate::container::lifecycle::start_under_monitor(&paths, &store, &c)?;
        }
        Ok(empty(StatusCode::NO_CONTENT))
    })
    .await
}

pub async fn kill(call: Call, key: &str) -> ApiResult<ApiResponse> {
    let signal_text = call.query.get("signal").filter(|s| !s.is_empty()).unwrap_or("SIGKILL").to_string();
    let signal = crate::container::monitor::parse_signal(&signal_text).map_err(|e| ApiError::bad_request(e.message))?;
    let (paths, key) = (call.service.paths.clone(), key.to_string());
    blocking(move || {
        let (store, c) = lookup(&paths, &key)?;
        let pid = store.live_pid(&c.id).ok_or_else(|| ApiError::conflict(format!("Container {} is not running", c.id)))?;
        if signal == nix::sys::signal::Signal::SIGKILL {
            // So that its monitor does not restart it.
            store.request_stop(&c.id)?;
        }
        nix::sys::signal::kill(nix::unistd::Pid::from_raw(pid), signal).map_err(|e| ApiError::from(crate::err!("kill {key}: {e}")))?;
        store.event(&c, "kill");
        Ok(empty(StatusCode::NO_CONTENT))
    })
    .await
}

/// `pause` (`pause` true) and `unpause`: 204, or docker's 409 for a
/// container that does not run, or is paused already (not paused).
pub async fn pause(call: Call, key: &str, pause: bool) -> ApiResult<ApiResponse> {
    let (paths, key) = (call.service.paths.clone(), key.to_string());
    blocking(move || {
        let (store, c) = lookup(&paths, &key)?;
        if pause {
            if store.live_pid(&c.id).is_none() {
                return Err(ApiError::conflict(format!("Container {} is not running", c.id)));
            }
            if c.is_paused() {
                return Err(ApiError::conflict(format!("container {} is already paused", c.id)));
            }
            crate::container::pause::pause(&store, &c)?;
        } else {
            if !c.is_paused() {
                return Err(ApiError::conflict(format!("Container {} is not paused", c.id)));
            }
            crate::container::pause::unpause(&store, &c)?;
        }
        Ok(empty(StatusCode::NO_CONTENT))
    })
    .await
}

/// How often `wait`, `attach` and `logs -f` look at a container that
/// inotify cannot watch for them (they are woken by its changes otherwise).
const UNWATCHED_WAIT_POLL: Duration = Duration::from_millis(50);
const UNWATCHED_ATTACH_POLL: Duration = Duration::from_millis(5);

/// `wait`: the headers at once (clients send `start` only after them),
/// the exit code once the condition holds: `not-running` (the default),
/// `next-exit` (an exit after this request) or `removed`.
pub async fn wait(call: Call, key: &str) -> ApiResult<ApiResponse> {
    let condition = call.query.get("condition").filter(|c| !c.is_empty()).unwrap_or("not-running").to_string();
    if !matches!(condition.as_str(), "not-running" | "next-exit" | "removed") {
        return Err(ApiError::bad_request(format!("invalid condition {condition:?}: use not-running, next-exit or removed")));
    }
    let (paths, key) = (call.service.paths.clone(), key.to_string());
    let (store, first) = blocking(move || lookup(&paths, &key)).await?;
    let data_dir = call.service.paths.data.clone();
    let (sender, response) = http::streamed("application/json");
    // Watched before the first look: every change after it wakes the loop.
    let mut changes = DirectoryWaiter::new(call.service.wakeups.as_ref(), &store.container_dir(&first.id), UNWATCHED_WAIT_POLL);
    tokio::spawn(async move {
        // The exit code of the last look: a removed container's is its last.
        let mut last_code = first.exit_code;
        loop {
            let now = store.lookup(&first.id).ok();
            if let Some(c) = &now {
                last_code = c.exit_code.or(last_code);
            }
            if now.is_none() {
                last_code = crate::events::last_exit_code(&data_dir, &first.id).or(last_code);
            }
            let done = match (&now, condition.as_str()) {
                (None, _) => true,
                (Some(_), "removed") => false,
                (Some(c), "next-exit") => {
                    c.status == ContainerStatus::Exited && (first.status == ContainerStatus::Running || c.started_at != first.started_at || c.restart_count != first.restart_count)
                }
                (Some(c), _) => c.status != ContainerStatus::Running,
            };
            if done {
                let _ = sender.send(http::json_line(&json!({"StatusCode": last_code.unwrap_or(0), "Error": null}))).await;
                return;
            }
            if sender.is_closed() {
                return;
            }
            changes.next().await;
        }
    });
    Ok(response)
}

pub async fn rename(call: Call, key: &str) -> ApiResult<ApiResponse> {
    let name = call.query.get("name").filter(|n| !n.is_empty()).ok_or_else(|| ApiError::bad_request("rename needs a name (?name=NEW)"))?.to_string();
    let (paths, key) = (call.service.paths.clone(), key.to_string());
    blocking(move || {
        let (store, mut c) = lookup(&paths, &key)?;
        store.rename(&mut c, &name).map_err(|e| ApiError::conflict(e.message))?;
        Ok(empty(StatusCode::NO_CONTENT))
    })
    .await
}

/// `top`: the container's processes as the host sees them.
pub async fn top(call: Call, key: &str) -> ApiResult<ApiResponse> {
    let (paths, key) = (call.service.paths.clone(), key.to_string());
    let value = blocking(move || {
        let (store, c) = lookup(&paths, &key)?;
        let init = store.live_pid(&c.id).ok_or_else(|| ApiError::conflict(format!("Container {} is not running", c.id)))?;
        let mut rows = Vec::new();
        for pid in crate::container::processes::in_pid_namespace(init)? {
            let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
            let field = |name: &str| status.lines().find_map(|l| l.strip_prefix(name)).and_then(|v| v.split_whitespace().next()).unwrap_or("").to_string();
            let command = std::fs::read(format!("/proc/{pid}/cmdline")).unwrap_or_default();
            let command: Vec<String> = command.split(|b| *b == 0).filter(|a| !a.is_empty()).map(|a| String::from_utf8_lossy(a).into_owned()).collect();
            rows.push(json!([field("Uid:"), pid.to_string(), field("PPid:"), command.join(" ")]));
        }
        Ok(json!({"Titles": ["UID", "PID", "PPID", "CMD"], "Processes": rows}))
    })
    .await?;
    Ok(ok_json(&value))
}

/// One log entry as Docker sends it: a frame with the stream's number and
/// the length (no TTY), or the bare text (TTY).
fn log_chunk(stream: Stream, text: &str, tty: bool) -> Bytes {
    if tty {
        return Bytes::from(text.to_string());
    }
    Bytes::from(http::stream_frame(if stream == Stream::Stderr { 2 } else { 1 }, text.as_bytes()))
}

/// A `since`/`until` value: Unix seconds, maybe with a fraction.
fn seconds(call: &Call, key: &str) -> ApiResult<Option<SystemTime>> {
    match call.query.get(key).filter(|s| !s.is_empty() && *s != "0") {
        None => Ok(None),
        Some(text) => text
            .parse::<f64>()
            .map(|s| Some(SystemTime::UNIX_EPOCH + Duration::from_secs_f64(s.max(0.0))))
            .map_err(|_| ApiError::bad_request(format!("invalid {key} {text:?}: use Unix seconds"))),
    }
}

pub async fn logs(call: Call, key: &str) -> ApiResult<ApiResponse> {
    let follow = call.query.flag("follow", false)?;
    let timestamps = call.query.flag("timestamps", false)?;
    let stdout = call.query.flag("stdout", false)?;
    let stderr = call.query.flag("stderr", false)?;
    if !stdout && !stderr {
        return Err(ApiError::bad_request("Bad parameters: you must choose at least one stream"));
    }
    let since = seconds(&call, "since")?;
    let until = seconds(&call, "until")?;
    let tail = match call.query.get("tail") {
        // Docker reads a negative count as all (testcontainers-node sends -1).
        None | Some("" | "all") => None,
        Some(n) if n.parse::<i64>().is_ok_and(|n| n < 0) => None,
        Some(n) => Some(n.parse::<usize>().map_err(|_| ApiError::bad_request(format!("invalid tail {n:?}: use a number or all")))?),
    };
    let (paths, key) = (call.service.paths.clone(), key.to_string());
    let (store, c) = blocking(move || lookup(&paths, &key)).await?;
    let tty = c.config.tty;
    let content_type = if tty { "application/vnd.docker.raw-stream" } else { "application/vnd.docker.multiplexed-stream" };
    let (sender, response) = http::streamed(content_type);
    // Opened before the response goes out: the client may remove the
    // container before it reads the stream.
    let mut log = crate::container::logs::OpenLog::open(&log_path(&store.container_dir(&c.id)));
    let mut changes = DirectoryWaiter::new(call.service.wakeups.as_ref(), &store.container_dir(&c.id), UNWATCHED_WAIT_POLL);
    tokio::task::spawn_blocking(move || {
        let wanted = |stream: Stream| if stream == Stream::Stderr { stderr } else { stdout };
        let in_range = |time: SystemTime| since.is_none_or(|s| time >= s) && until.is_none_or(|u| time <= u);
        let chunk = |e: &crate::container::logs::Entry| {
            let text = if timestamps { format!("{} {}", e.time_text, e.text) } else { e.text.clone() };
            log_chunk(e.stream, &text, tty)
        };
        // What the log holds now, its last `tail` entries.
        let entries: Vec<_> = log.take_new().into_iter().filter(|e| wanted(e.stream) && in_range(e.time)).collect();
        let skip = tail.map_or(0, |n| entries.len().saturating_sub(n));
        for e in &entries[skip..] {
            if sender.blocking_send(chunk(e)).is_err() {
                return;
            }
        }
        if !follow {
            return;
        }
        loop {
            let running = store.lookup(&c.id).is_ok_and(|r| r.status == ContainerStatus::Running);
            let gone = std::cell::Cell::new(false);
            log.read_new(&|e| {
                if !gone.get() && wanted(e.stream) && in_range(e.time) && sender.blocking_send(chunk(e)).is_err() {
                    gone.set(true);
                }
            });
            if gone.get() || !running || sender.is_closed() || until.is_some_and(|u| SystemTime::now() > u) {
                return;
            }
            changes.next_blocking();
        }
    });
    Ok(response)
}

pub async fn remove(call: Call, key: &str) -> ApiResult<ApiResponse> {
    let force = call.query.flag("force", false)?;
    let volumes = call.query.flag("v", false)?;
    let (paths, lookup_key) = (call.service.paths.clone(), key.to_string());
    let (_, c) = blocking(move || lookup(&paths, &lookup_key)).await?;
    run_job(&call.service, &Job::RemoveContainer { key: c.id, force, volumes }, |_| {}).await?;
    Ok(empty(StatusCode::NO_CONTENT))
}

pub async fn prune(call: Call) -> ApiResult<ApiResponse> {
    let removed = run_job(&call.service, &Job::PruneContainers, |_| {}).await?;
    Ok(ok_json(&json!({"ContainersDeleted": removed, "SpaceReclaimed": 0})))
}

/// `POST /containers/create`: 404 for an image that is not stored (clients
/// pull it then), 409 for a name in use, 201 with the id.
pub async fn create(call: Call) -> ApiResult<ApiResponse> {
    let name = call.query.get("name").filter(|n| !n.is_empty()).map(str::to_string);
    // The whole body is checked before anything is looked up or made.
    let (request, _) = super::bodies::container_create(&http::read_body(call.body, http::JSON_BODY_LIMIT).await?, name.clone())?;
    let (paths, image, wanted) = (call.service.paths.clone(), request.image.clone(), name.clone());
    blocking(move || {
        crate::image::ImageStore::open(&paths)?.lookup(&image).map_err(|_| not_found("image", &image))?;
        if let Some(name) = wanted.as_deref().map(|n| n.trim_start_matches('/')) {
            if let Some(holder) = ContainerStore::open(&paths).lookup(name).ok().filter(|c| c.name == name) {
                return Err(ApiError::conflict(format!("Conflict. The container name \"/{name}\" is already in use by container \"{}\". You have to remove (or rename) that container to be able to reuse that name.", holder.id)));
            }
        }
        Ok(())
    })
    .await?;
    let id = run_job(&call.service, &Job::CreateContainer { request, name }, |_| {}).await?;
    Ok(http::json_response(StatusCode::CREATED, &json!({"Id": id, "Warnings": []})))
}

/// `POST /containers/{id}/attach`: the connection is hijacked (HTTP
/// upgrade, as Docker does) and carries what the container writes from
/// now until it exits, read from its log: multiplexed frames without a
/// TTY, the bare text with one. With `stdin`, what the client sends goes to
/// the container's standard input (or terminal) through its monitor, from
/// the moment it runs: `docker run -i` attaches before it starts. With a
/// TTY, typing the detach keys (`detachKeys`, else ctrl-p,ctrl-q, as
/// Docker's) ends the connection and leaves the container running.
pub async fn attach(call: Call, key: &str) -> ApiResult<ApiResponse> {
    let session = AttachSession::open(&call, key, false).await?;
    let tty = session.tty;
    let upgrade = call.upgrade;
    tokio::spawn(async move {
        let Ok(upgraded) = upgrade.await else { return };
        let (client_read, mut client_write) = tokio::io::split(hyper_util::rt::TokioIo::new(upgraded));
        let AttachSession { mut output, input, .. } = session;
        let output = async {
            while let Some(chunk) = output.recv().await {
                tokio::io::AsyncWriteExt::write_all(&mut client_write, &chunk).await?;
            }
            tokio::io::AsyncWriteExt::shutdown(&mut client_write).await
        };
        let input = async {
            if let Some(input) = input {
                if forward_input(&input, client_read).await == Forwarded::Detached {
                    return;
                }
            }
            // Otherwise the output alone says when the attach is over.
            std::future::pending::<()>().await
        };
        tokio::select! { _ = output => {}, () = input => {} }
    });
    let content_type = if tty { "application/vnd.docker.raw-stream" } else { "application/vnd.docker.multiplexed-stream" };
    Ok(hyper::Response::builder()
        .status(StatusCode::SWITCHING_PROTOCOLS)
        .header("Content-Type", content_type)
        .header("Connection", "Upgrade")
        .header("Upgrade", "tcp")
        .body(http_body_util::BodyExt::boxed(http_body_util::Full::new(Bytes::new())))
        .expect("a static response is valid"))
}

/// `GET /containers/{id}/attach/ws`: the same attach over a WebSocket (as
/// browsers and the SDKs' `attach_socket(ws=True)` use it): each piece of
/// output is a binary message of the bare bytes (never multiplexed, as
/// Docker sends them since API 1.42), and each message the client sends is
/// standard input.
pub async fn attach_ws(call: Call, key: &str) -> ApiResult<ApiResponse> {
    use futures_util::{SinkExt, StreamExt};
    use tokio_tungstenite::tungstenite::{self, protocol::Role, Message};
    let upgrade_asked = call.headers.get(hyper::header::UPGRADE).and_then(|v| v.to_str().ok()).is_some_and(|v| v.eq_ignore_ascii_case("websocket"));
    let Some(client_key) = call.headers.get("Sec-WebSocket-Key").filter(|_| upgrade_asked) else {
        return Err(ApiError::bad_request("attach/ws is a WebSocket: the request needs Upgrade: websocket and Sec-WebSocket-Key".to_string()));
    };
    let accept = tungstenite::handshake::derive_accept_key(client_key.as_bytes());
    let session = AttachSession::open(&call, key, true).await?;
    let upgrade = call.upgrade;
    tokio::spawn(async move {
        let Ok(upgraded) = upgrade.await else { return };
        let socket = tokio_tungstenite::WebSocketStream::from_raw_socket(hyper_util::rt::TokioIo::new(upgraded), Role::Server, None).await;
        let (mut client_write, mut client_read) = socket.split();
        let AttachSession { mut output, input, .. } = session;
        let output = async {
            while let Some(chunk) = output.recv().await {
                client_write.send(Message::Binary(chunk)).await?;
            }
            client_write.close().await
        };
        let input = async {
            // The client's messages become a byte stream for the monitor.
            let (mut pipe_write, pipe_read) = tokio::io::duplex(64 * 1024);
            let relay = async {
                while let Some(Ok(message)) = client_read.next().await {
                    let data = match message {
                        Message::Binary(data) => data.to_vec(),
                        Message::Text(text) => text.as_bytes().to_vec(),
                        Message::Close(_) => break,
                        _ => continue,
                    };
                    if tokio::io::AsyncWriteExt::write_all(&mut pipe_write, &data).await.is_err() {
                        break;
                    }
                }
                drop(pipe_write);
                std::future::pending::<()>().await
            };
            let forward = async {
                if let Some(input) = input {
                    if forward_input(&input, pipe_read).await == Forwarded::Detached {
                        return;
                    }
                }
                std::future::pending::<()>().await
            };
            // The detach keys end the attach; nothing else on this side does.
            tokio::select! { () = relay => {}, () = forward => {} }
        };
        tokio::select! { _ = output => {}, _ = input => {} }
    });
    Ok(hyper::Response::builder()
        .status(StatusCode::SWITCHING_PROTOCOLS)
        .header("Connection", "Upgrade")
        .header("Upgrade", "websocket")
        .header("Sec-WebSocket-Accept", accept)
        .body(http_body_util::BodyExt::boxed(http_body_util::Full::new(Bytes::new())))
        .expect("a static response is valid"))
}

/// What an attach carries: the container's output from its log (from the
/// attach on, or from the start with `logs`, until the container exits)
/// and, with `stdin`, where the client's input goes.
struct AttachSession {
    output: tokio::sync::mpsc::Receiver<Bytes>,
    input: Option<AttachInput>,
    tty: bool,
}

/// Where an attach's input goes.
struct AttachInput {
    runtime_dir: std::path::PathBuf,
    id: String,
    /// Whether the container has a terminal (which has no end of input).
    tty: bool,
    /// What ends the attach when typed (none without a terminal, as Docker's).
    detach_keys: Vec<u8>,
}

impl AttachSession {
    /// `bare`: the output as bytes even without a terminal (no stream frames).
    async fn open(call: &Call, key: &str, bare: bool) -> ApiResult<AttachSession> {
        let stdout = call.query.flag("stdout", false)?;
        let stderr = call.query.flag("stderr", false)?;
        let stdin = call.query.flag("stdin", false)?;
        let logs = call.query.flag("logs", false)?;
        let detach_keys = super::exec::detach_keys(call.query.get("detachKeys"))?;
        let (paths, key) = (call.service.paths.clone(), key.to_string());
        let (store, first) = blocking(move || lookup(&paths, &key)).await?;
        if first.is_paused() {
            return Err(ApiError::conflict("You cannot attach to a paused container, unpause it first"));
        }
        let tty = first.config.tty;
        // As Docker: a container made without OpenStdin ignores the input.
        let input = (stdin && (first.config.interactive || tty)).then(|| AttachInput {
            runtime_dir: store.runtime_dir().to_path_buf(),
            id: first.id.clone(),
            tty,
            detach_keys: if tty { detach_keys } else { Vec::new() },
        });
        let path = log_path(&store.container_dir(&first.id));
        // What is in the log already was written before this attach.
        let start = if logs { 0 } else { std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0) };
        let (sender, receiver) = tokio::sync::mpsc::channel::<Bytes>(64);
        let session = AttachSession { output: receiver, input, tty };
        // Watched before the first look, as `wait`: the log's growth, the
        // record's changes and the removal wake the loop.
        let mut changes = DirectoryWaiter::new(call.service.wakeups.as_ref(), &store.container_dir(&first.id), UNWATCHED_ATTACH_POLL);
        tokio::task::spawn_blocking(move || {
            let wanted = |stream: Stream| if stream == Stream::Stderr { stderr } else { stdout };
            // Held open once it exists: an auto-removed container's log can be
            // read to its end after the container is gone.
            let mut file: Option<(std::fs::File, u64)> = None;
            let mut pending = String::new();
            loop {
                if file.is_none() {
                    if let Ok(f) = std::fs::File::open(&path) {
                        let offset = if f.metadata().map(|m| m.len()).unwrap_or(0) >= start { start } else { 0 };
                        file = Some((f, offset));
                    }
                }
                // Whether the container has run and ended since the attach.
                let ended = match store.lookup(&first.id) {
                    Err(_) => true,
                    Ok(c) => {
                        c.status == ContainerStatus::Exited
                            && (first.status == ContainerStatus::Running || c.started_at != first.started_at || c.restart_count != first.restart_count)
                    }
                };
                if let Some((f, offset)) = file.as_mut() {
                    use std::io::{Read, Seek, SeekFrom};
                    let mut text = String::new();
                    if f.seek(SeekFrom::Start(*offset)).is_ok() {
                        if let Ok(n) = f.read_to_string(&mut text) {
                            *offset += n as u64;
                        }
                    }
                    pending.push_str(&text);
                    while let Some(end) = pending.find('\n') {
                        let line: String = pending.drain(..=end).collect();
                        if let Some(e) = parse_line(line.trim_end_matches('\n')) {
                            if wanted(e.stream) && sender.blocking_send(log_chunk(e.stream, &e.text, tty || bare)).is_err() {
                                return;
                            }
                        }
                    }
                }
                if ended || sender.is_closed() {
                    return;
                }
                changes.next_blocking();
            }
        });
        Ok(session)
    }
}

/// `POST /containers/{id}/resize?h=&w=`: the size of the container's
/// terminal, set by its monitor (which holds the terminal). A container
/// without a terminal has nothing to resize, as with Docker.
pub async fn resize(call: Call, key: &str) -> ApiResult<ApiResponse> {
    let (rows, columns) = super::exec::terminal_size(&call.query)?;
    let (paths, key) = (call.service.paths.clone(), key.to_string());
    blocking(move || {
        let (store, record) = lookup(&paths, &key)?;
        if record.status != ContainerStatus::Running {
            return Err(ApiError::conflict(format!("container {} is not running", record.id)));
        }
        if !record.config.tty {
            return Ok(());
        }
        // The monitor listens before a start returns; it reads this frame
        // even when it finds the connection closed (see AttachServer::send).
        let mut monitor = crate::container::attach::connect(store.runtime_dir(), &record.id)?;
        let size = [rows.to_be_bytes(), columns.to_be_bytes()].concat();
        crate::container::attach::write_frame(&mut monitor, crate::container::attach::RESIZE, &size).map_err(|e| crate::err!("resize {}: {e}", record.id))?;
        Ok(())
    })
    .await?;
    Ok(empty(StatusCode::OK))
}

/// How forwarding an attach's input ended.
#[derive(PartialEq)]
enum Forwarded {
    /// The client's input or the monitor's connection ended.
    Ended,
    /// The client typed the detach keys.
    Detached,
}

/// The client's input to a container's monitor as attach frames, once the
/// container runs (its monitor listens then); the end of the client's
/// input closes the container's, unless a terminal reads it (a terminal has
/// no end of input). What the monitor sends back is the output, which the
/// attach takes from the log instead: it is read and dropped so that the
/// monitor never blocks on this client.
async fn forward_input(input: &AttachInput, mut client: impl tokio::io::AsyncRead + Unpin) -> Forwarded {
    use crate::container::attach;
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let monitor = loop {
        match attach::connect(&input.runtime_dir, &input.id).and_then(|s| s.set_nonblocking(true).map(|()| s).map_err(|e| crate::err!("attach socket: {e}"))) {
            Ok(socket) => match tokio::net::UnixStream::from_std(socket) {
                Ok(socket) => break socket,
                Err(_) => return Forwarded::Ended,
            },
            // Not started yet: the output side ends this when it exits.
            Err(_) => tokio::time::sleep(Duration::from_millis(10)).await,
        }
    };
    let (mut from_monitor, mut to_monitor) = monitor.into_split();
    tokio::spawn(async move {
        let mut sink = vec![0u8; 16 * 1024];
        while matches!(from_monitor.read(&mut sink).await, Ok(n) if n > 0) {}
    });
    let mut buffer = vec![0u8; 16 * 1024];
    let mut matched = 0;
    loop {
        let (frame, detached) = match client.read(&mut buffer).await {
            Ok(n) if n > 0 => {
                let (typed, detached) = crate::runtime::process::scan_detach(&buffer[..n], &input.detach_keys, &mut matched);
                (frame(attach::STDIN, &typed), detached)
            }
            _ if input.tty => return Forwarded::Ended,
            _ => (frame(attach::CLOSE_STDIN, &[]), false),
        };
        let closing = frame[0] == attach::CLOSE_STDIN;
        if to_monitor.write_all(&frame).await.is_err() || closing {
            return Forwarded::Ended;
        }
        if detached {
            return Forwarded::Detached;
        }
    }
}

/// One attach frame for a container's monitor.
fn frame(kind: u8, data: &[u8]) -> Vec<u8> {
    let mut frame = Vec::with_capacity(data.len() + 5);
    let _ = crate::container::attach::write_frame(&mut frame, kind, data);
    frame
}
