//! Turn a container's record into the runtime's start-up spec: shared by
//! the foreground `run` and the monitor of a detached container.

use super::state::{ContainerConfig, ContainerRecord};
use crate::runtime::security::{self, SeccompMode};
use crate::runtime::{caps, hooks, seccomp};
use std::path::Path;
use crate::error::Result;
use crate::image::ImageStore;
use crate::paths::Paths;
use super::mounts::{MountConfig, MountKind};
use crate::runtime::spec::{BindMount, ContainerSpec, EtcEntry, NetworkMode, SharedJoin, TmpfsMount};
use crate::volume::VolumeStore;
use crate::storage::driver::{Driver, RootfsLayout};

/// The generated files bind-mounted into every container, kept in its
/// directory: (file name, path inside the container).
pub const ETC_FILES: &[(&str, &str)] = &[("hosts", "etc/hosts"), ("resolv.conf", "etc/resolv.conf"), ("hostname", "etc/hostname")];

/// The files that tell programs they run in a container, podman's and
/// docker's, generated per container and bind-mounted like `ETC_FILES`.
pub const CONTAINER_ENV_FILES: &[(&str, &str)] = &[("containerenv", "run/.containerenv"), ("dockerenv", ".dockerenv")];

/// The `ETC_FILES` a container gets: all of them, but under `--no-hosts`
/// the image's own /etc/hosts instead of skiff's.
pub fn etc_files_of(no_hosts: bool) -> impl Iterator<Item = &'static (&'static str, &'static str)> {
    ETC_FILES.iter().filter(move |(name, _)| !(no_hosts && *name == "hosts"))
}

/// `--chrootdirs`: the container's /etc/hosts and /etc/resolv.conf (not
/// its hostname) mounted again under each directory, the two files podman
/// mounts into its chroot directories (its `mountIntoRootDirs`); missing
/// directories are made, as the mount points of the root's own files are.
fn chroot_etc_files<'a>(dir: &'a Path, c: &'a ContainerConfig) -> impl Iterator<Item = (std::path::PathBuf, String)> + 'a {
    c.chroot_dirs.iter().map(|chroot| chroot.trim_matches('/')).filter(|chroot| !chroot.is_empty()).flat_map(move |chroot| {
        etc_files_of(c.no_hosts).filter(|(name, _)| *name != "hostname").map(move |(name, target)| (dir.join(name), format!("{chroot}/{target}")))
    })
}
/// Where `--init-path`'s binary appears in the container, as in podman.
pub const INIT_DESTINATION: &str = "/run/podman-init";

/// Where a container in systemd mode (`--systemd`) gets a tmpfs, as podman
/// mounts them for systemd, unless something else is mounted there.
pub const SYSTEMD_TMPFS: &[&str] = &["/run", "/run/lock", "/tmp", "/var/log/journal"];

/// Where a container keeps the seccomp profile file it was created with.
pub const SECCOMP_PROFILE_FILE: &str = "seccomp.json";

/// How one container is confined, worked out from its flags.
pub struct Confinement {
    pub caps: Vec<String>,
    /// "default", "unconfined", or the profile file given at creation.
    pub seccomp_profile: String,
    pub seccomp: Option<seccompiler::BpfProgram>,
    pub no_new_privileges: bool,
    pub masked_paths: Vec<String>,
    pub readonly_paths: Vec<String>,
}

/// Check the security flags and work out the confinement. `dir` is the
/// container's directory, where a custom seccomp profile was copied at
/// creation (so the container keeps it even if the file changes); None
/// while the container does not exist yet (the profile is read from its
/// path). `compile` builds the BPF program too.
pub fn confinement(config: &ContainerConfig, dir: Option<&Path>, compile: bool) -> Result<Confinement> {
    let opts: Vec<String> = match dir {
        Some(dir) => config
            .security_opt
            .iter()
            .map(|o| match o.split_once(['=', ':']) {
                Some(("seccomp", v)) if v != "unconfined" => format!("seccomp={}", dir.join(SECCOMP_PROFILE_FILE).display()),
                _ => o.clone(),
            })
            .collect(),
        None => config.security_opt.clone(),
    };
    let options = security::parse_security_opts(&opts)?;
    let caps = caps::resolve(&config.cap_add, &config.cap_drop, config.privileged)?;
    let (seccomp_profile, profile_json) = match (&options.seccomp, config.privileged) {
        (SeccompMode::Unconfined, _) | (_, true) => ("unconfined".to_string(), None),
        (SeccompMode::Default, _) => ("default".to_string(), Some(seccomp::default_profile().to_string())),
        (SeccompMode::Profile { json, .. }, _) => {
            let given = config.security_opt.iter().find_map(|o| o.split_once(['=', ':']).filter(|(k, _)| *k == "seccomp").map(|(_, v)| v.to_string()));
            (given.unwrap_or_default(), Some(json.clone()))
        }
    };
    let seccomp = match (&profile_json, compile) {
        (Some(json), true) => Some(seccomp::compiled(json, &caps)?),
        _ => None,
    };
    let (masked_paths, readonly_paths) = if config.privileged {
        (Vec::new(), Vec::new())
    } else {
        (
            security::masked_paths(&options.unmask).into_iter().map(String::from).collect(),
            security::readonly_paths(&options.unmask).into_iter().map(String::from).collect(),
        )
    };
    Ok(Confinement { caps, seccomp_profile, seccomp, no_new_privileges: options.no_new_privileges, masked_paths, readonly_paths })
}

/// The profile text of a container created with `seccomp=FILE`, to keep.
pub fn custom_seccomp_profile(config: &ContainerConfig) -> Result<Option<String>> {
    Ok(match security::parse_security_opts(&config.security_opt)?.seccomp {
        SeccompMode::Profile { json, .. } => Some(json),
        _ => None,
    })
}

/// Where each bind and volume comes from on the host, parents first.
pub fn binds(paths: &Paths, mounts: &[MountConfig]) -> Result<Vec<BindMount>> {
    let volumes = VolumeStore::open(paths);
    let mut binds = mounts
        .iter()
        .map(|m| {
            let (source, copy_up) = match m.kind {
                MountKind::Bind => (m.source.clone().into(), false),
                MountKind::Volume => {
                    volumes.lookup(&m.source)?;
                    (volumes.data_dir(&m.source), volumes.needs_copy_up(&m.source))
                }
            };
            Ok(BindMount { source, destination: m.destination.clone(), read_only: m.read_only, copy_up })
        })
        .collect::<Result<Vec<_>>>()?;
    binds.sort_by_key(|b| b.destination.matches('/').count());
    Ok(binds)
}

/// The directories of a container's root file system (its own in `dir`):
/// its image's layers under its writable layer, or with `--rootfs` the
/// user's directory, itself or (`:O`) the one layer under a writable layer
/// that each start empties.
pub fn rootfs_layout(images: &ImageStore, dir: &Path, record: &ContainerRecord) -> Result<RootfsLayout> {
    Ok(match &record.config.rootfs {
        Some(rootfs) if rootfs.overlay => RootfsLayout {
            fresh_upper: true,
            volatile: record.config.auto_remove,
            ..RootfsLayout::for_container(dir, vec![rootfs.path.clone()])
        },
        // The user's own directory is written in place: always synced.
        Some(rootfs) => RootfsLayout { upper: rootfs.path.clone(), ..RootfsLayout::for_container(dir, Vec::new()) },
        None => {
            let image = images.lookup(&record.image_id)?;
            RootfsLayout { volatile: record.config.auto_remove, ..RootfsLayout::for_container(dir, images.rootfs_layers(&image, !record.config.no_hosts)) }
        }
    })
}

/// The networks `network connect` added to the container, with their records.
fn connected_networks(paths: &Paths, id: &str) -> Result<Vec<(crate::network::NetworkRecord, crate::network::connect::Connection)>> {
    let networks = crate::network::NetworkStore::open(paths);
    crate::network::connect::connected(paths, id).into_iter().map(|c| Ok((networks.lookup(&c.network)?, c))).collect()
}

pub fn spec_for(paths: &Paths, images: &ImageStore, record: &ContainerRecord) -> Result<ContainerSpec> {
    let c = &record.config;
    let dir = paths.containers_dir().join(&record.id);
    let driver = Driver::from_name(&record.storage_driver)
        .ok_or_else(|| crate::err!("container {} has an unknown storage driver {:?}", record.id, record.storage_driver))?;
    let mut network = c.network.mode().clone();
    if let (NetworkMode::Slirp4netns(options), false) = (&mut network, c.mac_address.is_empty()) {
        options.mac_address = Some(crate::runtime::spec::parse_mac_address(&c.mac_address)?);
    }
    let endpoint = match &network {
        // A pod's container is on the pod's networks through the network
        // namespace it shares: the infra process attached that.
        NetworkMode::User(_) if pod_shares_network(paths, c)? => None,
        NetworkMode::User(name) => Some(std::sync::Arc::new(crate::network::attach::EndpointRequest {
            paths: paths.clone(),
            network: crate::network::NetworkStore::open(paths).lookup(name)?,
            container_id: record.id.clone(),
            container_name: record.name.clone(),
            hostname: c.hostname.clone(),
            aliases: c.network_aliases.clone(),
            ip: c.network_ip,
            ip6: c.network_ip6,
            mac_address: (!c.mac_address.is_empty()).then(|| crate::runtime::spec::parse_mac_address(&c.mac_address)).transpose()?,
            interface_name: c.network_interface.clone(),
            hosts_file: Some(dir.join("hosts")),
            connected: connected_networks(paths, &record.id)?,
            default_route: true,
        }) as std::sync::Arc<dyn crate::runtime::spec::NetworkHook>),
        // On slirp4netns, the networks `network connect` added, beside it;
        // not when a monitor that started the container apart from the
        // networks (they were relayed to it, see network::relay) restarts
        // it: the container runs on slirp4netns alone until `restart`.
        NetworkMode::Slirp4netns(_) if crate::runtime::userns::unprivileged_user() && crate::network::holder::joined(paths).is_none() => None,
        NetworkMode::Slirp4netns(_) => {
            crate::network::attach::EndpointRequest::of_connections(paths, &record.id, &record.name, &c.hostname, connected_networks(paths, &record.id)?, false)?
                .map(|request| std::sync::Arc::new(request) as std::sync::Arc<dyn crate::runtime::spec::NetworkHook>)
        }
        _ => None,
    };
    let mut args = c.entrypoint.clone();
    args.extend(c.cmd.iter().cloned());
    let mut binds = binds(paths, &c.mounts)?;
    if let (true, Some(init)) = (c.init, &c.init_path) {
        args.splice(0..0, [INIT_DESTINATION.to_string(), "--".to_string()]);
        binds.push(BindMount { source: init.clone(), destination: INIT_DESTINATION.into(), read_only: true, copy_up: false });
    }
    let confinement = confinement(c, Some(&dir), true)?;
    let mut tmpfs = c.tmpfs.iter().map(|t| TmpfsMount::parse(t)).collect::<Result<Vec<_>>>()?;
    let mut env = c.env.clone();
    if c.systemd {
        let same = |a: &str, b: &str| a.trim_end_matches('/') == b;
        for dir in SYSTEMD_TMPFS {
            if !tmpfs.iter().any(|t| same(&t.destination, dir)) && !c.mounts.iter().any(|m| same(&m.destination, dir)) {
                tmpfs.push(TmpfsMount::parse(&format!("{dir}:rw,nosuid,nodev"))?);
            }
        }
        // podman's: systemd takes it as the machine id.
        if !env.iter().any(|e| e.starts_with("container_uuid=")) {
            env.push(format!("container_uuid={}", &record.id[..32]));
        }
    }
    let layout = rootfs_layout(images, &dir, record)?;
    let etc_entries = c
        .etc_entries
        .iter()
        .map(|(target, line)| EtcEntry {
            file: dir.join(Path::new(target).file_name().unwrap_or(target.as_ref())),
            target: target.clone(),
            line: line.clone(),
        })
        .collect();
    Ok(ContainerSpec {
        hostname: c.hostname.clone(),
        driver,
        layout,
        args,
        env,
        workdir: c.workdir.clone(),
        user: c.user.clone(),
        tty: c.tty,
        console_size: c.console_size,
        stdin: c.interactive,
        unattached_outputs: crate::runtime::spec::UnattachedOutputs { stdout: !c.attached.stdout, stderr: !c.attached.stderr },
        proxy_signals: true,
        endpoint,
        ports: c.ports.clone(),
        runtime_dir: paths.container_runtime_dir(&record.id),
        etc_files: etc_files_of(c.no_hosts)
            .chain(CONTAINER_ENV_FILES.iter().filter(|(name, _)| dir.join(name).exists()))
            .map(|(name, target)| (dir.join(name), target.to_string()))
            // `--tz`: the zone file copied at creation.
            .chain(Some(dir.join(super::etc_files::LOCALTIME_FILE)).filter(|f| f.exists()).map(|f| (f, "etc/localtime".to_string())))
            .chain(chroot_etc_files(&dir, c))
            .collect(),
        read_only_root: c.read_only,
        tmpfs,
        binds,
        masked_paths: confinement.masked_paths,
        readonly_paths: confinement.readonly_paths,
        caps: confinement.caps,
        seccomp: confinement.seccomp,
        no_new_privileges: confinement.no_new_privileges,
        die_with_parent: true,
        // Skiff's own init, unless --init-path brings another.
        init: c.init && c.init_path.is_none(),
        preserve_fds: 0,
        umask: c.umask,
        ulimits: c.ulimits.clone(),
        userns: c.userns_mappings.clone(),
        userns_join: joined_user_namespace(paths, c),
        etc_entries,
        pod: match c.joined_container() {
            Some((flag, target)) => {
                let holder = namespace_holder(paths, flag, target);
                Some(SharedJoin {
                    holder_pid: holder.as_ref().ok().map(|(_, pid)| *pid),
                    not_running: holder.err().map(|e| e.message).unwrap_or_default(),
                    namespaces: c.joined_namespaces(),
                    whose: "container's",
                    shm_in_holder: Some(std::path::PathBuf::from("/dev/shm")),
                    handed_over: None,
                })
            }
            None => pod_join(paths, c)?,
        },
        isolation: c.isolation.clone(),
        oom_score_adj: c.oom_score_adj,
        personality: c.personality,
        timeout: c.timeout,
        network,
        hooks: None,
    })
}

/// The OCI hooks a container meets the conditions of, looked up at each
/// start as podman does (in the directories this skiff was given), for
/// a start whose command is `command`. None when none matched.
pub fn container_hooks(paths: &Paths, record: &ContainerRecord, command: &str) -> Result<Option<std::sync::Arc<hooks::ContainerHooks>>> {
    let found = hooks::discover(&hooks::configured_dirs()?)?;
    if found.is_empty() {
        return Ok(None);
    }
    let c = &record.config;
    let input = hooks::MatchInput { annotations: &c.annotations, command, has_bind_mounts: !c.mounts.is_empty() };
    let stages = hooks::matching(&found, &input);
    for skipped in &stages.skipped {
        crate::sys::warnings::warn(&format!("hook {skipped}: skiff does not run hooks at this stage"));
    }
    if stages.is_empty() {
        return Ok(None);
    }
    Ok(Some(std::sync::Arc::new(hooks::ContainerHooks {
        id: record.id.clone(),
        bundle: paths.containers_dir().join(&record.id),
        annotations: c.annotations.clone(),
        stages,
    })))
}

/// `spec_for` of a container about to start: with its hooks.
pub fn start_spec_for(paths: &Paths, images: &ImageStore, record: &ContainerRecord) -> Result<ContainerSpec> {
    let spec = spec_for(paths, images, record)?;
    let hooks = container_hooks(paths, record, &spec.args[0])?;
    Ok(ContainerSpec { hooks, ..spec })
}

/// The container whose namespace `FLAG container:TARGET` (`--network`,
/// `--ipc`, `--uts`, `--pid`) joins, and its init process, which holds it.
pub fn namespace_holder(paths: &Paths, flag: &str, target: &str) -> Result<(ContainerRecord, i32)> {
    let containers = crate::container::ContainerStore::open(paths);
    let record = containers.lookup(target).map_err(|e| crate::err!("{flag} container:{target}: {}", e.message))?;
    let pid = containers
        .live_pid(&record.id)
        .ok_or_else(|| crate::err!("{flag} container:{target}: container {} is not running", record.name))?;
    Ok((record, pid))
}

/// The user namespace a container joins: that of `--userns=container:ID`
/// (its init's, while it runs), the file of `--userns=ns:PATH`, or its
/// pod's own.
fn joined_user_namespace(paths: &Paths, config: &ContainerConfig) -> Option<crate::runtime::spec::JoinedUserNamespace> {
    let flag = format!("--userns={}", config.userns);
    if let Some(target) = config.userns_container() {
        let holder = namespace_holder(paths, "--userns", target);
        return Some(crate::runtime::spec::JoinedUserNamespace {
            path: holder.as_ref().ok().map(|(_, pid)| std::path::PathBuf::from(format!("/proc/{pid}/ns/user"))),
            unavailable: holder.err().map(|e| e.message).unwrap_or_default(),
            flag,
            pods: false,
            mappings: config.joined_userns_mappings.clone(),
        });
    }
    if let Some(path) = config.userns.strip_prefix("ns:") {
        return Some(crate::runtime::spec::JoinedUserNamespace { path: Some(path.into()), unavailable: String::new(), flag, pods: false, mappings: None });
    }
    // A pod's own user namespace, its infra process's holder's.
    let pods = crate::pod::PodStore::open(paths);
    let pod = pods.lookup(&config.pod).ok().filter(|pod| pod.userns_mappings.is_some())?;
    Some(crate::runtime::spec::JoinedUserNamespace {
        path: None,
        unavailable: "the pod's infra process is not running: start the pod".to_string(),
        flag: format!("--pod {}", pod.name),
        pods: true,
        mappings: pod.userns_mappings.clone(),
    })
}

/// Whether the container is in a pod whose network namespace it shares.
fn pod_shares_network(paths: &Paths, config: &ContainerConfig) -> Result<bool> {
    if config.pod.is_empty() {
        return Ok(false);
    }
    let pod = crate::pod::PodStore::open(paths).lookup(&config.pod)?;
    Ok(pod.shares(crate::runtime::join::SharedNamespace::Net))
}

/// The namespaces a container of a pod joins, held by the pod's infra
/// process (None as holder while it is not running).
fn pod_join(paths: &Paths, config: &ContainerConfig) -> Result<Option<SharedJoin>> {
    if config.pod.is_empty() {
        return Ok(None);
    }
    let pods = crate::pod::PodStore::open(paths);
    let pod = pods.lookup(&config.pod)?;
    Ok(Some(SharedJoin {
        holder_pid: pods.infra_pid(&pod.id),
        not_running: "the pod's infra process is not running: start the pod".to_string(),
        namespaces: pod.held_namespaces()?,
        whose: "pod's",
        shm_in_holder: Some(std::path::PathBuf::from(crate::pod::infra::SHM_IN_HOLDER)),
        handed_over: pod.userns_mappings.is_some().then(|| crate::pod::infra::namespaces_socket(&pods.infra_runtime_dir(&pod.id))),
    }))
}

#[cfg(test)]
mod tests {
    /// The skeleton holds the mount point of every file mounted into every
    /// container, so that no container has to make one in its writable
    /// layer; /etc/hosts is left out (`--no-hosts` shows the image's), and
    /// only the skeleton of the containers that get skiff's has it.
    #[test]
    fn every_generated_file_has_its_mount_point_in_the_skeleton() {
        use crate::storage::skeleton::{FILES, HOSTS_FILE};
        for (_, target) in super::etc_files_of(true).chain(super::CONTAINER_ENV_FILES) {
            assert!(FILES.contains(target), "{target}");
        }
        assert!(!FILES.contains(&"etc/hosts"));
        let with_hosts: Vec<_> = super::etc_files_of(false).filter(|(_, target)| !FILES.contains(target)).map(|(_, target)| *target).collect();
        assert_eq!(with_hosts, [HOSTS_FILE]);
    }
}
