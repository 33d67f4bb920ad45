//! `POST /containers/create`: Docker's Config, HostConfig and
//! NetworkingConfig into the engine's `CreateOptions`.

use crate::container::create::{parse, CreateOptions};
use crate::container::health::Healthcheck;
use crate::container::state::RestartPolicy;
use crate::error::{Error, Result};
use crate::image::pull_policy::PullPolicy;
use crate::runtime::spec::NetworkSetting;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::BTreeMap;

/// The status an API error carries through a job (see `routes::status_of`).
pub const BAD_REQUEST: i32 = 400;
pub const NOT_IMPLEMENTED: i32 = 501;

/// Docker's string-or-list fields (Cmd, Entrypoint).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Words {
    One(String),
    Many(Vec<String>),
}

impl Words {
    fn list(&self) -> Vec<String> {
        match self {
            Words::One(s) => vec![s.clone()],
            Words::Many(v) => v.clone(),
        }
    }
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default, rename_all = "PascalCase")]
pub struct ContainerCreate {
    pub image: String,
    pub hostname: String,
    pub user: String,
    pub tty: bool,
    pub open_stdin: bool,
    pub env: Option<Vec<String>>,
    pub cmd: Option<Words>,
    pub entrypoint: Option<Words>,
    pub working_dir: String,
    pub labels: Option<BTreeMap<String, String>>,
    pub volumes: Option<BTreeMap<String, serde_json::Value>>,
    pub exposed_ports: Option<BTreeMap<String, serde_json::Value>>,
    pub stop_signal: String,
    pub stop_timeout: Option<u64>,
    pub healthcheck: Option<Healthcheck>,
    pub host_config: HostConfig,
    pub networking_config: NetworkingConfig,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default, rename_all = "PascalCase")]
pub struct HostConfig {
    pub binds: Option<Vec<String>>,
    pub mounts: Option<Vec<Mount>>,
    pub network_mode: String,
    pub port_bindings: Option<BTreeMap<String, Option<Vec<PortBinding>>>>,
    pub publish_all_ports: bool,
    pub restart_policy: RestartPolicyConfig,
    pub auto_remove: bool,
    pub volumes_from: Option<Vec<String>>,
    pub cap_add: Option<Vec<String>>,
    pub cap_drop: Option<Vec<String>>,
    pub privileged: bool,
    pub readonly_rootfs: bool,
    pub tmpfs: Option<BTreeMap<String, String>>,
    pub dns: Option<Vec<String>>,
    pub dns_search: Option<Vec<String>>,
    pub extra_hosts: Option<Vec<String>>,
    pub init: Option<bool>,
    pub security_opt: Option<Vec<String>>,
    pub log_config: LogConfig,
    pub userns_mode: String,
    /// docker's legacy links, NAME[:ALIAS] (on a user network).
    pub links: Option<Vec<String>>,
    /// [rows, columns] of the client's terminal (docker CLI 23 and later).
    pub console_size: Option<[u16; 2]>,
    // Resource limits: refused (no cgroups) when set.
    pub memory: i64,
    pub nano_cpus: i64,
    pub cpu_shares: i64,
    pub cpu_quota: i64,
    pub pids_limit: Option<i64>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default, rename_all = "PascalCase")]
pub struct Mount {
    #[serde(rename = "Type")]
    pub kind: String,
    pub source: String,
    pub target: String,
    pub read_only: bool,
    /// Read to refuse what skiff does not honour (API 1.45's Subpath).
    pub volume_options: Option<Value>,
    /// Read to refuse what skiff does not honour (API 1.46's Options).
    pub tmpfs_options: Option<Value>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default, rename_all = "PascalCase")]
pub struct PortBinding {
    pub host_ip: String,
    pub host_port: String,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default, rename_all = "PascalCase")]
pub struct RestartPolicyConfig {
    pub name: String,
    pub maximum_retry_count: u32,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default, rename_all = "PascalCase")]
pub struct LogConfig {
    #[serde(rename = "Type")]
    pub kind: String,
    pub config: Option<BTreeMap<String, String>>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default, rename_all = "PascalCase")]
pub struct NetworkingConfig {
    pub endpoints_config: Option<BTreeMap<String, EndpointConfig>>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default, rename_all = "PascalCase")]
pub struct EndpointConfig {
    pub aliases: Option<Vec<String>>,
}

fn bad(e: Error) -> Error {
    Error::with_code(BAD_REQUEST, e.message)
}

/// The engine's options for a Docker create request. Bad values are
/// errors with status 400; resource limits 501.
pub fn options(request: &ContainerCreate, name: Option<String>) -> Result<CreateOptions> {
    let host = &request.host_config;
    if host.memory > 0 || host.nano_cpus > 0 || host.cpu_shares > 0 || host.cpu_quota > 0 || host.pids_limit.is_some_and(|p| p > 0) {
        return Err(Error::with_code(NOT_IMPLEMENTED, crate::sys::cgroups::cgroups_unavailable("resource limits").message));
    }
    if request.image.is_empty() {
        return Err(Error::with_code(BAD_REQUEST, "a container needs an Image"));
    }
    let entrypoint = match request.entrypoint.as_ref().map(Words::list) {
        None => None,
        Some(words) if words.is_empty() => None,
        Some(words) if words == [""] => Some(Vec::new()),
        Some(words) => Some(words),
    };
    let mut volumes: Vec<String> = host.binds.clone().unwrap_or_default();
    let bound: Vec<String> = volumes
        .iter()
        .filter_map(|bind| bind.split(':').nth(1))
        .chain(host.mounts.iter().flatten().map(|m| m.target.as_str()))
        .map(|destination| destination.trim_end_matches('/').to_string())
        .collect();
    // Config.Volumes: anonymous volumes at these paths, except where a
    // bind or mount is already (docker-compose sends both for a volume).
    volumes.extend(request.volumes.iter().flatten().map(|(path, _)| path.clone()).filter(|path| !bound.contains(&path.trim_end_matches('/').to_string())));
    // Mount options of newer APIs that skiff cannot honour (as podman 4.3.1):
    // refused rather than mounting something else than asked.
    for mount in host.mounts.iter().flatten() {
        if mount.volume_options.as_ref().and_then(|o| o.get("Subpath")).and_then(Value::as_str).is_some_and(|p| !p.is_empty()) {
            return Err(Error::with_code(BAD_REQUEST, format!("mount at {}: VolumeOptions.Subpath is not supported", mount.target)));
        }
        if mount.tmpfs_options.as_ref().and_then(|o| o.get("Options")).and_then(Value::as_array).is_some_and(|o| !o.is_empty()) {
            return Err(Error::with_code(BAD_REQUEST, format!("mount at {}: TmpfsOptions.Options is not supported", mount.target)));
        }
    }
    let mount_flags: Vec<String> = host
        .mounts
        .iter()
        .flatten()
        .map(|m| {
            let mut flag = format!("type={},destination={}", if m.kind.is_empty() { "volume" } else { &m.kind }, m.target);
            if !m.source.is_empty() {
                flag.push_str(&format!(",source={}", m.source));
            }
            if m.read_only {
                flag.push_str(",readonly");
            }
            flag
        })
        .collect();
    let (mounts, mount_tmpfs) = parse::mounts(&volumes, &mount_flags).map_err(bad)?;
    let mut tmpfs: Vec<String> = host.tmpfs.iter().flatten().map(|(path, opts)| if opts.is_empty() { path.clone() } else { format!("{path}:{opts}") }).collect();
    tmpfs.extend(mount_tmpfs);
    let tmpfs = parse::tmpfs(&tmpfs, host.readonly_rootfs, true).map_err(bad)?;
    let publish: Vec<String> = host
        .port_bindings
        .iter()
        .flatten()
        .flat_map(|(port, bindings)| {
            let bindings = bindings.clone().unwrap_or_default();
            if bindings.is_empty() {
                return vec![port.clone()];
            }
            bindings
                .iter()
                .map(|b| match (b.host_ip.as_str(), b.host_port.as_str()) {
                    // Docker takes HostPort "0" (testcontainers-node sends
                    // it) as "" : any free port.
                    ("", "" | "0") => port.clone(),
                    (ip, "0") => format!("{ip}::{port}"),
                    ("", host_port) => format!("{host_port}:{port}"),
                    (ip, host_port) => format!("{ip}:{host_port}:{port}"),
                })
                .collect()
        })
        .collect();
    let endpoints = request.networking_config.endpoints_config.clone().unwrap_or_default();
    let network_name = match host.network_mode.as_str() {
        // Docker's default network is skiff's default, slirp4netns.
        "" | "default" | "bridge" => endpoints.keys().find(|n| !matches!(n.as_str(), "bridge" | "default")).cloned(),
        mode => Some(mode.to_string()),
    };
    let network = network_name.as_deref().map(NetworkSetting::parse).transpose().map_err(bad)?;
    let links = host.links.clone().unwrap_or_default();
    for link in &links {
        crate::network::links::parse(link).map_err(bad)?;
    }
    // As docker, links off a user network are the client's error.
    let mode = network.clone().unwrap_or_default().mode().clone();
    if !links.is_empty() && !matches!(mode, crate::runtime::spec::NetworkMode::User(_)) {
        return Err(bad(crate::container::create::links_refused(&mode, network_name.as_deref().unwrap_or_default())));
    }
    let network_aliases: Vec<String> = network_name
        .as_ref()
        .and_then(|n| endpoints.get(n))
        .and_then(|e| e.aliases.clone())
        .unwrap_or_default();
    let restart = match host.restart_policy.name.as_str() {
        "on-failure" if host.restart_policy.maximum_retry_count > 0 => format!("on-failure:{}", host.restart_policy.maximum_retry_count),
        name => name.to_string(),
    };
    let log_options: Vec<String> = host.log_config.config.iter().flatten().map(|(k, v)| format!("{k}={v}")).collect();
    let log = match host.log_config.kind.as_str() {
        "" => parse::LogSettings::default(),
        kind => parse::log_settings(kind, &log_options).map_err(bad)?,
    };
    let no_healthcheck = request.healthcheck.as_ref().is_some_and(|h| h.test.first().is_some_and(|t| t == "NONE"));
    Ok(CreateOptions {
        image: request.image.clone(),
        pull: PullPolicy::Never,
        name: name.map(|n| n.trim_start_matches('/').to_string()).filter(|n| !n.is_empty()),
        entrypoint,
        command: request.cmd.as_ref().map(Words::list).unwrap_or_default(),
        env: request.env.clone().unwrap_or_default(),
        labels: request.labels.clone().unwrap_or_default(),
        user: Some(request.user.clone()).filter(|u| !u.is_empty()),
        workdir: Some(request.working_dir.clone()).filter(|w| !w.is_empty()),
        hostname: Some(request.hostname.clone()).filter(|h| !h.is_empty()),
        tty: request.tty,
        console_size: host.console_size.filter(|[rows, columns]| *rows > 0 && *columns > 0).map(|[rows, columns]| (rows, columns)),
        interactive: request.open_stdin,
        attached: Default::default(),
        network,
        network_aliases,
        ports: parse::publish(&publish).map_err(bad)?,
        publish_all: host.publish_all_ports,
        dns: host.dns.clone().unwrap_or_default(),
        dns_search: host.dns_search.clone().unwrap_or_default(),
        add_host: host.extra_hosts.clone().unwrap_or_default(),
        cap_add: host.cap_add.clone().unwrap_or_default(),
        cap_drop: host.cap_drop.clone().unwrap_or_default(),
        privileged: host.privileged,
        security_opt: host.security_opt.clone().unwrap_or_default(),
        read_only: host.readonly_rootfs,
        tmpfs,
        mounts,
        volumes_from: parse::volumes_from(&host.volumes_from.clone().unwrap_or_default()).map_err(bad)?,
        restart: RestartPolicy::parse(&restart).map_err(bad)?,
        auto_remove: host.auto_remove,
        stop_signal: Some(request.stop_signal.clone()).filter(|s| !s.is_empty()),
        stop_timeout: request.stop_timeout,
        healthcheck: request.healthcheck.clone().filter(|_| !no_healthcheck),
        no_healthcheck,
        log,
        init: host.init.unwrap_or(false),
        userns: Some(host.userns_mode.clone()).filter(|u| !u.is_empty()),
        links,
        ..CreateOptions::default()
    })
}
