//! `/volumes/...` and `/networks/...`: list (filters), create, inspect,
//! remove, prune.

use super::bodies;
use super::http::{self, ApiError, ApiResponse, ApiResult};
use super::jobs::Job;
use super::routes::{blocking, empty, not_found, run_job, Call};
use crate::container::ContainerStore;
use crate::network::{NetworkRecord, NetworkStore};
use crate::volume::{VolumeRecord, VolumeStore};
use hyper::StatusCode;
use serde_json::{json, Value};
use std::collections::{BTreeMap, HashMap};

/// A volume as Docker shows it.
pub fn volume_json(volumes: &VolumeStore, v: &VolumeRecord) -> Value {
    volumes.inspect_json(v)
}

/// Whether a label filter value (`KEY` or `KEY=VALUE`) holds for `labels`.
fn label_matches(labels: &BTreeMap<String, String>, filter: &str) -> bool {
    match filter.split_once('=') {
        Some((key, value)) => labels.get(key).is_some_and(|v| v == value),
        None => labels.contains_key(filter),
    }
}

/// Docker's filters, each key's values widening, different keys narrowing;
/// a key not in `known` is a 400.
fn filtered<T>(items: Vec<T>, filters: &HashMap<String, Vec<String>>, known: &[&str], test: impl Fn(&T, &str, &str) -> bool) -> ApiResult<Vec<T>> {
    if let Some(unknown) = filters.keys().find(|k| !known.contains(&k.as_str())) {
        return Err(ApiError::bad_request(format!("invalid filter '{unknown}'")));
    }
    // Every label asked for, any one of the other values (as Docker).
    let passes = |item: &T, key: &str, values: &[String]| match key {
        "label" => values.iter().all(|v| test(item, key, v)),
        _ => values.is_empty() || values.iter().any(|v| test(item, key, v)),
    };
    Ok(items.into_iter().filter(|item| filters.iter().all(|(k, values)| passes(item, k, values))).collect())
}

pub async fn volume_list(call: Call) -> ApiResult<ApiResponse> {
    let filters = call.query.filters()?;
    let paths = call.service.paths.clone();
    let value = blocking(move || {
        let volumes = VolumeStore::open(&paths);
        let containers = ContainerStore::open(&paths).list()?;
        let list = filtered(volumes.list()?, &filters, &["name", "label", "driver", "dangling"], |v, key, value| match key {
            "name" => v.name.contains(value),
            "label" => label_matches(&v.labels, value),
            "driver" => value == "local",
            "dangling" => (value == "true" || value == "1") != containers.iter().any(|c| crate::volume::mounts_volume(c, &v.name)),
            _ => true,
        })?;
        Ok(json!({"Volumes": list.iter().map(|v| volume_json(&volumes, v)).collect::<Vec<_>>(), "Warnings": []}))
    })
    .await?;
    Ok(http::ok_json(&value))
}

/// `POST /volumes/create`: as Docker, naming an existing volume answers
/// with it.
pub async fn volume_create(call: Call) -> ApiResult<ApiResponse> {
    let request = bodies::volume_create(&http::read_body(call.body, http::JSON_BODY_LIMIT).await?)?;
    let paths = call.service.paths.clone();
    let value = blocking(move || {
        let volumes = VolumeStore::open(&paths);
        let name = request.name.unwrap_or_else(crate::storage::names::random_id);
        let volume = match volumes.lookup(&name) {
            Ok(existing) => existing,
            Err(_) => volumes.create(&name, request.labels, false).map_err(|e| ApiError::bad_request(e.message))?,
        };
        Ok(volume_json(&volumes, &volume))
    })
    .await?;
    Ok(http::json_response(StatusCode::CREATED, &value))
}

pub async fn volume_inspect(call: Call, name: &str) -> ApiResult<ApiResponse> {
    let (paths, name) = (call.service.paths.clone(), name.to_string());
    let value = blocking(move || {
        let volumes = VolumeStore::open(&paths);
        let volume = volumes.lookup(&name).map_err(|_| not_found("volume", &name))?;
        Ok(volume_json(&volumes, &volume))
    })
    .await?;
    Ok(http::ok_json(&value))
}

pub async fn volume_remove(call: Call, name: &str) -> ApiResult<ApiResponse> {
    let force = call.query.flag("force", false)?;
    run_job(&call.service, &Job::RemoveVolume { name: name.to_string(), force }, |_| {}).await?;
    Ok(empty(StatusCode::NO_CONTENT))
}

pub async fn volume_prune(call: Call) -> ApiResult<ApiResponse> {
    let removed = run_job(&call.service, &Job::PruneVolumes, |_| {}).await?;
    Ok(http::ok_json(&json!({"VolumesDeleted": removed, "SpaceReclaimed": 0})))
}

/// A network as Docker shows it, with the containers on it.
fn network_json(n: &NetworkRecord, containers: &[crate::container::ContainerRecord]) -> Value {
    let members: serde_json::Map<String, Value> = containers
        .iter()
        .filter(|c| matches!(c.config.network.mode(), crate::runtime::spec::NetworkMode::User(name) if *name == n.name))
        .map(|c| (c.id.clone(), json!({"Name": c.name, "EndpointID": "", "MacAddress": "", "IPv4Address": "", "IPv6Address": ""})))
        .collect();
    let mut ipam_config = vec![json!({"Subnet": n.subnet, "Gateway": n.gateway.to_string()})];
    if let Some(v6) = &n.ipv6 {
        ipam_config.push(json!({"Subnet": v6.subnet, "Gateway": v6.gateway.to_string()}));
    }
    json!({
        "Name": n.name,
        "Id": n.id,
        "Created": crate::time::format(n.created),
        "Scope": "local",
        "Driver": n.driver,
        "EnableIPv6": n.ipv6.is_some(),
        "IPAM": {"Driver": "default", "Options": {}, "Config": ipam_config},
        "Internal": n.internal,
        "Attachable": false,
        "Ingress": false,
        "ConfigFrom": {"Network": ""},
        "ConfigOnly": false,
        "Containers": members,
        "Options": {},
        "Labels": n.labels,
    })
}

pub async fn network_list(call: Call) -> ApiResult<ApiResponse> {
    let filters = call.query.filters()?;
    let paths = call.service.paths.clone();
    let value = blocking(move || {
        let containers = ContainerStore::open(&paths).list()?;
        let networks = filtered(NetworkStore::open(&paths).list()?, &filters, &["name", "id", "label", "driver", "type", "scope", "dangling"], |n, key, value| match key {
            "name" => n.name.contains(value),
            "id" => n.id.starts_with(value),
            "label" => label_matches(&n.labels, value),
            "driver" => n.driver == value,
            "type" => value == "custom",
            "scope" => value == "local",
            "dangling" => (value == "true" || value == "1") != containers.iter().any(|c| matches!(c.config.network.mode(), crate::runtime::spec::NetworkMode::User(name) if *name == n.name)),
            _ => true,
        })?;
        Ok(Value::Array(networks.iter().map(|n| network_json(n, &containers)).collect()))
    })
    .await?;
    Ok(http::ok_json(&value))
}

pub async fn network_create(call: Call) -> ApiResult<ApiResponse> {
    let new = bodies::network_create(&http::read_body(call.body, http::JSON_BODY_LIMIT).await?)?;
    let paths = call.service.paths.clone();
    let record = blocking(move || {
        let store = NetworkStore::open(&paths);
        if store.exists(&new.name) {
            return Err(ApiError::conflict(format!("network with name {} already exists", new.name)));
        }
        store
            .create(new)
            .map_err(|e| ApiError::bad_request(e.message))
    })
    .await?;
    Ok(http::json_response(StatusCode::CREATED, &json!({"Id": record.id, "Warning": ""})))
}

pub async fn network_inspect(call: Call, key: &str) -> ApiResult<ApiResponse> {
    let (paths, key) = (call.service.paths.clone(), key.to_string());
    let value = blocking(move || {
        let network = NetworkStore::open(&paths).lookup(&key).map_err(|_| not_found("network", &key))?;
        Ok(network_json(&network, &ContainerStore::open(&paths).list()?))
    })
    .await?;
    Ok(http::ok_json(&value))
}

pub async fn network_remove(call: Call, key: &str) -> ApiResult<ApiResponse> {
    let (paths, lookup_key) = (call.service.paths.clone(), key.to_string());
    let network = blocking(move || NetworkStore::open(&paths).lookup(&lookup_key).map_err(|_| not_found("network", &lookup_key))).await?;
    run_job(&call.service, &Job::RemoveNetwork { name: network.name, force: false }, |_| {}).await?;
    Ok(empty(StatusCode::NO_CONTENT))
}

pub async fn network_prune(call: Call) -> ApiResult<ApiResponse> {
    let paths = call.service.paths.clone();
    let unused = blocking(move || {
        let containers = ContainerStore::open(&paths);
        let mut unused = Vec::new();
        for n in NetworkStore::open(&paths).list()? {
            if !crate::network::in_use(&containers, &paths, &n.name)? {
                unused.push(n.name);
            }
        }
        Ok(unused)
    })
    .await?;
    let mut removed = Vec::new();
    for name in unused {
        if run_job(&call.service, &Job::RemoveNetwork { name: name.clone(), force: false }, |_| {}).await.is_ok() {
            removed.push(name);
        }
    }
    Ok(http::ok_json(&json!({"NetworksDeleted": removed})))
}
