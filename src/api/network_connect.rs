//! `POST /networks/{id}/connect` and `/disconnect`: a container joins or
//! leaves another user network (the engine's `network::connect`), at once
//! when it runs. The engine joins the networks' user namespace, so the
//! work runs in a child of the worker.

use super::http::{self, ApiError, ApiResponse, ApiResult};
use super::jobs::Job;
use super::routes::{blocking, empty, not_found, run_job, Call};
use super::Service;
use crate::container::ContainerStore;
use crate::network::NetworkStore;
use hyper::StatusCode;
use serde::Deserialize;
use std::net::Ipv4Addr;

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
struct ConnectRequest {
    container: String,
    endpoint_config: Option<EndpointConfig>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
struct EndpointConfig {
    aliases: Option<Vec<String>>,
    #[serde(rename = "IPAMConfig")]
    ipam_config: Option<IpamConfig>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct IpamConfig {
    #[serde(rename = "IPv4Address")]
    ipv4_address: String,
}

/// The container's id and the network's name, or a 404 naming the missing one.
async fn resolve(service: &Service, network_key: &str, container_key: &str) -> ApiResult<(String, String)> {
    if container_key.is_empty() {
        return Err(ApiError::bad_request("the request names no Container"));
    }
    let (paths, network_key, container_key) = (service.paths.clone(), network_key.to_string(), container_key.to_string());
    blocking(move || {
        let network = NetworkStore::open(&paths).lookup(&network_key).map_err(|_| not_found("network", &network_key))?;
        let container = ContainerStore::open(&paths).lookup(&container_key).map_err(|_| not_found("container", &container_key))?;
        Ok((container.id, network.name))
    })
    .await
}

/// `POST /networks/{id}/connect` with `{"Container", "EndpointConfig": {"Aliases", "IPAMConfig"}}`.
pub async fn connect(call: Call, network_key: &str) -> ApiResult<ApiResponse> {
    let Call { service, body, .. } = call;
    let request: ConnectRequest = http::read_json(body).await?;
    let endpoint = request.endpoint_config.unwrap_or_default();
    let ip = match endpoint.ipam_config.map(|c| c.ipv4_address).filter(|a| !a.is_empty()) {
        None => None,
        Some(text) => Some(text.parse::<Ipv4Addr>().map_err(|_| ApiError::bad_request(format!("invalid IPv4Address {text:?}")))?),
    };
    let (container, network) = resolve(&service, network_key, &request.container).await?;
    let job = Job::ConnectNetwork { container, network, aliases: endpoint.aliases.unwrap_or_default(), ip };
    run_job(&service, &job, |_| {}).await?;
    Ok(empty(StatusCode::OK))
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
struct DisconnectRequest {
    container: String,
}

/// `POST /networks/{id}/disconnect` with `{"Container", "Force"}`.
pub async fn disconnect(call: Call, network_key: &str) -> ApiResult<ApiResponse> {
    let Call { service, body, .. } = call;
    let request: DisconnectRequest = http::read_json(body).await?;
    let (container, network) = resolve(&service, network_key, &request.container).await?;
    run_job(&service, &Job::DisconnectNetwork { container, network }, |_| {}).await?;
    Ok(empty(StatusCode::OK))
}
