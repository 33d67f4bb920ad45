//! The JSON request bodies that make something (containers/create,
//! volumes/create, networks/create), turned into the engine's options by
//! pure functions: bytes in, options or a 4xx/501 error out, nothing read
//! from or written to the store. The handlers call these before any work,
//! so a bad body never leaves anything half-made, and the fuzz target
//! `api_body` (fuzz/targets.rs) drives them with arbitrary bytes.

use super::create::{self, ContainerCreate};
use super::http::{ApiError, ApiResult};
use crate::container::create::CreateOptions;
use crate::network::{address_pools, AddressPool, NewNetwork};
use hyper::StatusCode;
use serde::Deserialize;
use std::collections::BTreeMap;

/// A JSON body as `T`: malformed JSON or a field of the wrong type is a 400
/// naming what was wrong; an empty body is `T`'s default.
pub fn json<T: serde::de::DeserializeOwned + Default>(data: &[u8]) -> ApiResult<T> {
    if data.iter().all(u8::is_ascii_whitespace) {
        return Ok(T::default());
    }
    serde_json::from_slice(data).map_err(|e| ApiError::bad_request(format!("invalid JSON body: {e}")))
}

/// `POST /containers/create?name=NAME`: the request as sent (the worker
/// re-reads it) and the engine's options it makes.
pub fn container_create(data: &[u8], name: Option<String>) -> ApiResult<(ContainerCreate, CreateOptions)> {
    let request: ContainerCreate = json(data)?;
    let options = create::options(&request, name).map_err(|e| {
        let status = u16::try_from(e.code).ok().and_then(|c| StatusCode::from_u16(c).ok()).filter(|s| s.is_client_error() || s.is_server_error());
        ApiError::new(status.unwrap_or(StatusCode::BAD_REQUEST), e.message)
    })?;
    Ok((request, options))
}

#[derive(Deserialize, Default)]
#[serde(default, rename_all = "PascalCase")]
struct VolumeCreate {
    name: String,
    driver: String,
    driver_opts: BTreeMap<String, String>,
    labels: BTreeMap<String, String>,
}

/// What `POST /volumes/create` asks for; an empty name is a random one.
#[derive(Debug, Clone)]
pub struct VolumeRequest {
    pub name: Option<String>,
    pub labels: BTreeMap<String, String>,
}

pub fn volume_create(data: &[u8]) -> ApiResult<VolumeRequest> {
    let request: VolumeCreate = json(data)?;
    if !request.driver.is_empty() && request.driver != "local" {
        return Err(ApiError::bad_request(format!("volume driver {:?} is not supported: skiff's volumes use the local driver", request.driver)));
    }
    if let Some(option) = request.driver_opts.keys().next() {
        return Err(ApiError::bad_request(format!("unsupported volume option {option:?}: skiff's local volumes are plain directories and take no options")));
    }
    if !request.name.is_empty() {
        crate::storage::names::check_name("volume", &request.name).map_err(|e| ApiError::bad_request(e.message))?;
    }
    Ok(VolumeRequest { name: Some(request.name).filter(|n| !n.is_empty()), labels: request.labels })
}

#[derive(Deserialize, Default)]
#[serde(default, rename_all = "PascalCase")]
struct NetworkCreate {
    name: String,
    driver: String,
    internal: bool,
    #[serde(rename = "IPAM")]
    ipam: Option<Ipam>,
    labels: BTreeMap<String, String>,
    #[serde(rename = "EnableIPv6")]
    enable_ipv6: bool,
}

#[derive(Deserialize, Default)]
#[serde(default, rename_all = "PascalCase")]
struct Ipam {
    config: Vec<IpamConfig>,
}

#[derive(Deserialize, Default)]
#[serde(default, rename_all = "PascalCase")]
struct IpamConfig {
    subnet: String,
    gateway: String,
    #[serde(rename = "IPRange")]
    ip_range: String,
}

/// `POST /networks/create`: the network to make.
pub fn network_create(data: &[u8]) -> ApiResult<NewNetwork> {
    let request: NetworkCreate = json(data)?;
    if request.name.is_empty() {
        return Err(ApiError::bad_request("a network needs a Name"));
    }
    crate::storage::names::check_name("network", &request.name).map_err(|e| ApiError::bad_request(e.message))?;
    if !request.driver.is_empty() && request.driver != "bridge" {
        return Err(ApiError::bad_request(format!("unsupported network driver {:?}: skiff's networks use the bridge driver", request.driver)));
    }
    let configs = request.ipam.map(|i| i.config).unwrap_or_default();
    if configs.iter().any(|c| c.subnet.is_empty() && !(c.gateway.is_empty() && c.ip_range.is_empty())) {
        return Err(ApiError::bad_request("a Gateway or IPRange needs a Subnet"));
    }
    let pools: Vec<AddressPool> = configs
        .iter()
        .filter(|c| !c.subnet.is_empty())
        .map(|c| AddressPool {
            subnet: &c.subnet,
            gateway: Some(c.gateway.as_str()).filter(|g| !g.is_empty()),
            ip_range: Some(c.ip_range.as_str()).filter(|r| !r.is_empty()),
        })
        .collect();
    let (v4, ipv6) = address_pools(&pools, request.enable_ipv6).map_err(|e| ApiError::bad_request(e.message))?;
    Ok(NewNetwork {
        name: request.name,
        subnet: v4.as_ref().map(|p| p.subnet),
        gateway: v4.as_ref().and_then(|p| p.gateway),
        internal: request.internal,
        labels: request.labels,
        ip_range: v4.and_then(|p| p.ip_range),
        aux_addresses: Default::default(),
        dns_disabled: false,
        options: Default::default(),
        ipv6,
    })
}
