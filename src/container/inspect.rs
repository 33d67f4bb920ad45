//! A container as `inspect` shows it: podman's fields, which are docker's
//! with a few more, shared by `skiff inspect` and the API.

use super::mounts::MountKind;
use super::state::{ContainerRecord, ContainerStatus};
use super::ContainerStore;
use crate::paths::Paths;
use serde_json::{json, Value};

/// Binds and volumes (a container's, or those a pod gives its containers)
/// with podman's field names.
pub fn mounts_json(paths: &Paths, mounts: &[super::mounts::MountConfig]) -> Vec<Value> {
    let volumes = crate::volume::VolumeStore::open(paths);
    mounts
        .iter()
        .map(|m| match m.kind {
            MountKind::Bind => json!({
                "Type": "bind", "Source": m.source, "Destination": m.destination, "Driver": "", "Mode": "",
                "Options": ["rbind"], "RW": !m.read_only, "Propagation": "rprivate",
            }),
            MountKind::Volume => json!({
                "Type": "volume", "Name": m.source, "Source": volumes.data_dir(&m.source), "Destination": m.destination,
                "Driver": "local", "Mode": "", "Options": ["nosuid", "nodev", "rbind"], "RW": !m.read_only, "Propagation": "rprivate",
            }),
        })
        .collect()
}

/// podman's map of published ports: {"80/tcp": [{"HostIp": "", "HostPort": "8080"}]}.
pub fn port_bindings(ports: &[crate::runtime::ports::PortMapping]) -> Value {
    let mut map = serde_json::Map::new();
    for p in ports {
        let binding = json!({"HostIp": p.host_ip, "HostPort": p.host_port.to_string()});
        match map.entry(p.container_key()).or_insert_with(|| json!([])) {
            Value::Array(list) => list.push(binding),
            _ => unreachable!("every entry is a list"),
        }
    }
    Value::Object(map)
}

pub fn container_json(paths: &Paths, store: &ContainerStore, c: &ContainerRecord) -> Value {
    let dir = store.container_dir(&c.id);
    let running = c.status == ContainerStatus::Running;
    let mut args: Vec<String> = c.config.entrypoint.iter().chain(c.config.cmd.iter()).cloned().collect();
    let path = if args.is_empty() { String::new() } else { args.remove(0) };
    let confinement = crate::container::launch::confinement(&c.config, Some(&dir), false).ok();
    // Like podman, the effective set of a non-root user is empty.
    let c_user_is_root = matches!(c.config.user.split(':').next(), None | Some("") | Some("0") | Some("root"));
    let mut inspected = json!({
        "Id": c.id,
        "Created": crate::time::format(c.created),
        "Path": path,
        "Args": args,
        "State": {
            "Status": c.state(),
            // podman's: a paused container is not running (docker's is).
            "Running": running && !c.is_paused(),
            "Paused": c.is_paused(),
            "Restarting": false,
            "OOMKilled": false,
            "Dead": false,
            "Pid": if running { store.live_pid(&c.id).unwrap_or(0) } else { 0 },
            "ExitCode": c.exit_code.unwrap_or(0),
            "Error": "",
            "StartedAt": c.started_at.map(crate::time::format).unwrap_or_default(),
            "FinishedAt": c.finished_at.map(crate::time::format).unwrap_or_default(),
            "Health": c.config.healthcheck.as_ref().map(|_| store.health(&c.id).unwrap_or_else(|| crate::container::health::HealthState::starting(0))),
        },
        "Image": c.image_id,
        "ImageName": c.image_name,
        "Rootfs": c.config.rootfs.as_ref().map(|rootfs| rootfs.path.clone()).unwrap_or_default(),
        "ConmonPidFile": store.conmon_pidfile(c),
        "ResolvConfPath": dir.join("resolv.conf"),
        "HostnamePath": dir.join("hostname"),
        "HostsPath": dir.join("hosts"),
        "Name": c.name,
        // podman's: the id of the container's pod, or "".
        "Pod": c.config.pod,
        "RestartCount": c.restart_count,
        "Driver": c.storage_driver,
        "GraphDriver": {
            "Name": c.storage_driver,
            "Data": {"UpperDir": dir.join("upper"), "WorkDir": dir.join("work"), "MergedDir": dir.join("merged")},
        },
        "EffectiveCaps": confinement.as_ref().map(|c| if c_user_is_root { c.caps.clone() } else { Vec::new() }),
        "BoundingCaps": confinement.as_ref().map(|c| c.caps.clone()),
        "Mounts": mounts_json(paths, &c.config.mounts),
        "NetworkSettings": {"Ports": port_bindings(&c.config.ports), "Networks": networks_json(paths, c)},
        "Config": {
            "Hostname": c.config.hostname,
            "User": c.config.user,
            "Tty": c.config.tty,
            "OpenStdin": c.config.interactive,
            "Env": c.config.env,
            "Cmd": c.config.cmd,
            "Image": c.image_name,
            "WorkingDir": c.config.workdir,
            "Entrypoint": c.config.entrypoint,
            "Labels": c.config.labels,
            "Annotations": c.config.annotations,
            "ExposedPorts": c.config.exposed_ports.iter().map(|p| (p.clone(), json!({}))).collect::<serde_json::Map<String, Value>>(),
            "Healthcheck": c.config.healthcheck,
            "HealthcheckOnFailureAction": c.config.health_on_failure.name(),
            "StopSignal": c.config.stop_signal,
            "StopTimeout": c.config.stop_timeout,
            "CreateCommand": c.config.create_command,
        },
        "HostConfig": {
            "NetworkMode": c.config.network.as_str(),
            "UsernsMode": userns_mode(paths, &c.config),
            "PortBindings": port_bindings(&c.config.ports),
            "Dns": c.config.dns,
            "DnsSearch": c.config.dns_search,
            "ExtraHosts": c.config.add_host,
            "Links": Some(crate::network::links::of_container(paths, &c.id)).filter(|l| !l.is_empty()).map(|l| l.iter().map(|l| l.docker_form(&c.name)).collect::<Vec<_>>()),
            "AutoRemove": c.config.auto_remove,
            "RestartPolicy": {
                "Name": c.config.restart.name(),
                "MaximumRetryCount": match c.config.restart {
                    crate::container::state::RestartPolicy::OnFailure { max } => max,
                    _ => 0,
                },
            },
            "LogConfig": {"Type": c.config.log_driver, "Path": store.container_dir(&c.id).join("ctr.log")},
            "ReadonlyRootfs": c.config.read_only,
            "Ulimits": c.config.ulimits,
            "Tmpfs": c.config.tmpfs,
            "Privileged": c.config.privileged,
            "CapAdd": c.config.cap_add,
            "CapDrop": c.config.cap_drop,
            "SecurityOpt": c.config.security_opt,
            "SeccompProfilePath": confinement.as_ref().map(|c| c.seccomp_profile.clone()),
            "NoNewPrivileges": confinement.as_ref().map(|c| c.no_new_privileges),
            "MaskedPaths": confinement.as_ref().map(|c| c.masked_paths.clone()),
            "ReadonlyPaths": confinement.as_ref().map(|c| c.readonly_paths.clone()),
        },
    });
    // podman's JSON omits it when false, but its templates read false:
    // always given, so that --format '{{.Config.SystemdMode}}' works.
    inspected["Config"]["SystemdMode"] = json!(c.config.systemd);
    // podman's `omitempty`: only a user namespace of the container's own
    // has mappings of its own.
    if let Some(mappings) = c.config.id_mappings() {
        let (uids, gids) = mappings.inspect_lines();
        inspected["HostConfig"]["IDMappings"] = json!({ "UidMap": uids, "GidMap": gids });
    }
    if !c.config.chroot_dirs.is_empty() {
        inspected["Config"]["ChrootDirs"] = json!(c.config.chroot_dirs);
    }
    add_podman_fields(paths, store, c, &mut inspected);
    inspected
}

/// The rest of podman 4.3.1's container inspect, so that a template naming
/// any of its fields works (podman's structures make a missing field an
/// error): skiff's real values, and for what skiff has no part of (cgroup
/// limits, SELinux and AppArmor labels, checkpoints) podman's zero values,
/// which are what podman shows for a container without them.
fn add_podman_fields(paths: &Paths, store: &ContainerStore, c: &ContainerRecord, inspected: &mut Value) {
    let dir = store.container_dir(&c.id);
    let running = c.status == ContainerStatus::Running;
    let never = "0001-01-01T00:00:00Z";
    let state = &mut inspected["State"];
    state["OciVersion"] = json!(crate::runtime::hooks::OCI_VERSION);
    state["ConmonPid"] = json!(if running { store.watcher_pid(&c.id).unwrap_or(0) } else { 0 });
    state["CgroupPath"] = json!("");
    state["CheckpointedAt"] = json!(never);
    state["RestoredAt"] = json!(never);

    let image_digest = crate::image::ImageStore::open(paths).ok().and_then(|images| images.lookup(&c.image_id).ok()).map(|image| image.digest).unwrap_or_default();
    let isolation = &c.config.isolation;
    let mut dependencies: Vec<String> = c.config.requires.clone();
    if let Some((_, joined)) = c.config.joined_container() {
        dependencies.push(joined.to_string());
    }
    let top = inspected.as_object_mut().expect("an object");
    for (key, value) in [
        ("ImageDigest", json!(image_digest)),
        ("StaticDir", json!(dir)),
        ("OCIConfigPath", json!(dir.join("config.json"))),
        ("OCIRuntime", json!("skiff")),
        ("PidFile", json!(c.config.pidfile.clone().unwrap_or_default())),
        ("MountLabel", json!("")),
        ("ProcessLabel", json!("")),
        ("AppArmorProfile", json!("")),
        ("ExecIDs", json!([])),
        ("Dependencies", json!(dependencies)),
        ("Namespace", json!("")),
        ("IsInfra", json!(false)),
        ("IsService", json!(false)),
    ] {
        top.insert(key.to_string(), value);
    }

    let network = &mut inspected["NetworkSettings"];
    for (key, value) in [
        ("EndpointID", json!("")),
        ("Gateway", json!("")),
        ("IPAddress", json!("")),
        ("IPPrefixLen", json!(0)),
        ("IPv6Gateway", json!("")),
        ("GlobalIPv6Address", json!("")),
        ("GlobalIPv6PrefixLen", json!(0)),
        ("MacAddress", json!("")),
        ("Bridge", json!("")),
        ("SandboxID", json!("")),
        ("HairpinMode", json!(false)),
        ("LinkLocalIPv6Address", json!("")),
        ("LinkLocalIPv6PrefixLen", json!(0)),
        ("SandboxKey", json!("")),
    ] {
        network[key] = value;
    }
    // As podman: a container on exactly one network shows that network's
    // address at the top too (docker's default bridge does the same).
    let only_network = match network["Networks"].as_object() {
        Some(networks) if networks.len() == 1 => networks.values().next().cloned(),
        _ => None,
    };
    if let Some(endpoint) = only_network {
        for key in ["IPAddress", "IPPrefixLen", "Gateway", "MacAddress", "GlobalIPv6Address", "GlobalIPv6PrefixLen", "IPv6Gateway"] {
            if let Some(value) = endpoint.get(key) {
                network[key] = value.clone();
            }
        }
    }

    let config = &mut inspected["Config"];
    config["Domainname"] = json!(isolation.domainname);
    config["AttachStdin"] = json!(c.config.interactive && c.config.attached.stdin);
    config["AttachStdout"] = json!(c.config.attached.stdout);
    config["AttachStderr"] = json!(c.config.attached.stderr);
    config["StdinOnce"] = json!(false);
    config["Volumes"] = Value::Null;
    config["OnBuild"] = Value::Null;
    config["Umask"] = json!(format!("{:04o}", c.config.umask.unwrap_or(0o022)));
    config["Timeout"] = json!(c.config.timeout.unwrap_or(0));
    config["Passwd"] = json!(true);
    config["sdNotifyMode"] = json!("container");

    let namespace = |mode: &crate::runtime::spec::NamespaceMode, private: &str| match mode {
        crate::runtime::spec::NamespaceMode::Private => private.to_string(),
        crate::runtime::spec::NamespaceMode::Host => "host".to_string(),
        crate::runtime::spec::NamespaceMode::NoShm => "none".to_string(),
        crate::runtime::spec::NamespaceMode::Container(id) => format!("container:{id}"),
    };
    let binds: Vec<String> = c
        .config
        .mounts
        .iter()
        .map(|m| {
            let access = if m.read_only { "ro" } else { "rw" };
            match m.kind {
                MountKind::Bind => format!("{}:{}:{access},rprivate,rbind", m.source, m.destination),
                MountKind::Volume => format!("{}:{}:{access},rprivate,nosuid,nodev,rbind", m.source, m.destination),
            }
        })
        .collect();
    let host = &mut inspected["HostConfig"];
    host["LogConfig"]["Config"] = Value::Null;
    host["LogConfig"]["Tag"] = json!("");
    host["LogConfig"]["Size"] = json!(crate::units::go_size(c.config.log_max_size, 4, false));
    for (key, value) in [
        ("Binds", json!(binds)),
        ("ContainerIDFile", json!(c.config.cidfile.clone().unwrap_or_default())),
        ("VolumeDriver", json!("")),
        ("VolumesFrom", Value::Null),
        ("DnsOptions", json!(c.config.dns_options)),
        ("GroupAdd", json!(isolation.group_add)),
        ("IpcMode", json!(namespace(&isolation.ipc, "shareable"))),
        ("PidMode", json!(namespace(&isolation.pid, "private"))),
        ("UTSMode", json!(namespace(&isolation.uts, "private"))),
        ("ShmSize", json!(isolation.shm_size)),
        ("Devices", json!(isolation.devices)),
        ("OomScoreAdj", json!(c.config.oom_score_adj.unwrap_or(0))),
        ("PublishAllPorts", json!(false)),
        ("ConsoleSize", json!(c.config.console_size.map_or([0, 0], |(rows, columns)| [rows, columns]))),
        ("Runtime", json!("oci")),
        ("Isolation", json!("")),
        // No cgroups: skiff runs containers where cgroups v2 is not
        // delegated, so every limit is podman's "none".
        ("CgroupManager", json!("cgroupfs")),
        ("CgroupMode", json!("host")),
        ("Cgroup", json!("")),
        ("Cgroups", json!("disabled")),
        ("CgroupParent", json!("")),
        ("CgroupConf", Value::Null),
        ("CpuShares", json!(0)),
        ("Memory", json!(0)),
        ("NanoCpus", json!(0)),
        ("BlkioWeight", json!(0)),
        ("BlkioWeightDevice", Value::Null),
        ("BlkioDeviceReadBps", Value::Null),
        ("BlkioDeviceWriteBps", Value::Null),
        ("BlkioDeviceReadIOps", Value::Null),
        ("BlkioDeviceWriteIOps", Value::Null),
        ("CpuPeriod", json!(0)),
        ("CpuQuota", json!(0)),
        ("CpuRealtimePeriod", json!(0)),
        ("CpuRealtimeRuntime", json!(0)),
        ("CpusetCpus", json!("")),
        ("CpusetMems", json!("")),
        ("DiskQuota", json!(0)),
        ("KernelMemory", json!(0)),
        ("MemoryReservation", json!(0)),
        ("MemorySwap", json!(0)),
        ("MemorySwappiness", json!(0)),
        ("OomKillDisable", json!(false)),
        ("PidsLimit", json!(0)),
        ("CpuCount", json!(0)),
        ("CpuPercent", json!(0)),
        ("IOMaximumIOps", json!(0)),
        ("IOMaximumBandwidth", json!(0)),
    ] {
        host[key] = value;
    }
}

/// HostConfig.UsernsMode: the --userns given, or podman's "private" for a
/// user namespace of the container's own made by --uidmap/--gidmap or auto.
fn userns_mode(paths: &Paths, config: &super::state::ContainerConfig) -> String {
    // A container of a pod with a user namespace of its own joins it:
    // podman shows the infra container's.
    if config.joined_userns_mappings.is_some() && config.userns.is_empty() && !config.pod.is_empty() {
        if let Ok(pod) = crate::pod::PodStore::open(paths).lookup(&config.pod) {
            return format!("container:{}", pod.infra_id);
        }
    }
    match (&config.userns_mappings, config.userns.is_empty()) {
        (Some(_), true) => "private".into(),
        // podman 4.3.1 shows `auto`'s and `nomap`'s namespaces as "private" too.
        (Some(_), false) if config.userns == "auto" || config.userns.starts_with("auto:") || config.userns == "nomap" => "private".into(),
        _ => config.userns.clone(),
    }
}

/// podman's NetworkSettings.Networks for a container on user networks (the
/// one it was created on and those it was connected to): each network, and
/// the container's address on it while it runs.
fn networks_json(paths: &Paths, c: &ContainerRecord) -> Value {
    // A pod's container is on the pod's networks, where the pod's infra
    // holds the address, under its own id and the pod's aliases.
    let pod = crate::network::connect::network_pod(paths, c);
    let (holder_id, connected) = match &pod {
        Some(pod) => (pod.infra_id.as_str(), pod.networks.clone()),
        None => (c.id.as_str(), crate::network::connect::connected(paths, &c.id)),
    };
    let mut networks = serde_json::Map::new();
    for name in crate::network::connect::networks_of(paths, c) {
        let Ok(network) = crate::network::NetworkStore::open(paths).lookup(&name) else { continue };
        let endpoint = crate::network::endpoints::of_container(paths, &network.name, holder_id);
        let mut aliases = vec![holder_id[..12].to_string()];
        match connected.iter().find(|n| n.network == name) {
            Some(connection) => aliases.extend(connection.aliases.iter().cloned()),
            None => aliases.extend(c.config.network_aliases.iter().cloned()),
        }
        networks.insert(
            network.name.clone(),
            json!({
                "NetworkID": network.name,
                "IPAddress": endpoint.as_ref().map(|e| e.ip.to_string()).unwrap_or_default(),
                "IPPrefixLen": endpoint.as_ref().map_or(0, |_| network.subnet().prefix),
                "Gateway": endpoint.as_ref().map(|_| network.gateway.to_string()).unwrap_or_default(),
                "GlobalIPv6Address": endpoint.as_ref().and_then(|e| e.ip6).map(|ip6| ip6.to_string()).unwrap_or_default(),
                "GlobalIPv6PrefixLen": endpoint.as_ref().and_then(|e| e.ip6).and(network.subnet6()).map_or(0, |s| s.prefix),
                "IPv6Gateway": endpoint.as_ref().and_then(|e| e.ip6).and(network.gateway6()).map(|g| g.to_string()).unwrap_or_default(),
                "Aliases": aliases,
            }),
        );
    }
    Value::Object(networks)
}
