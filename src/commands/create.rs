//! `skiff create`: define a container from an image without starting it.
//! `run` is `create` followed by a start in the foreground or by a monitor.

use super::Context;
use crate::cli::CreateArgs;
use crate::container::etc_files;
use crate::container::health::{parse_flag_duration, Healthcheck};
use crate::container::launch::{confinement, custom_seccomp_profile, SECCOMP_PROFILE_FILE};
use crate::container::mounts::{self, MountConfig, RequestedMount};
use crate::secret::{SecretRequest, SecretUse};
use crate::container::user_namespace::{InfraStopped, UserNamespaceSource};
use crate::container::state::{ContainerConfig, ContainerRecord, ContainerStatus, RestartPolicy};
use crate::sys::clock::{now, now_nanos};
use crate::container::ContainerStore;
use crate::error::{Context as _, Result};
use crate::image::ImageStore;
use crate::output;
use crate::runtime::ports;
use crate::runtime::spec::{NetworkMode, NetworkSetting, TmpfsMount};
use crate::pod::{ContainerNetworking, PodRequest};
use crate::runtime::join::SharedNamespace;
use crate::runtime::userns::{self, NestedMappings, UsernsMode};
use crate::storage::driver::{self, Driver, RootfsLayout};

pub fn run(ctx: &Context, args: CreateArgs) -> Result<i32> {
    let record = create_container(ctx, &args, false)?;
    output::line(&record.id);
    Ok(0)
}

/// Check the arguments, enter the user namespace and create the container:
/// its record, its writable layer and its generated /etc files. With
/// `--pod`, `start_pod` starts the pod's infra process if it is not running
/// (for `run`; `create` only joins a running one).
pub fn create_container(ctx: &Context, args: &CreateArgs, start_pod: bool) -> Result<ContainerRecord> {
    // Everything that can be checked without touching the store comes first,
    // so bad input fails fast and leaves nothing behind.
    let network_flag = args.network.as_deref().unwrap_or("slirp4netns");
    let mut network = NetworkMode::parse(network_flag)?;
    let user_network = match &network {
        NetworkMode::User(name) => Some(crate::network::NetworkStore::open(&ctx.paths).lookup(name).map_err(|e| crate::error::Error::new(e.message))?),
        _ if !args.network_alias.is_empty() => {
            return Err(crate::err!("--network-alias can only be used with a network made by `network create`, not {network_flag:?}"))
        }
        _ => None,
    };
    // `container:NAME`: resolved now to the running container (and its id,
    // which is what the record keeps); most network settings are its.
    let network_target = match &network {
        NetworkMode::Container(target) => {
            for (given, flag) in [(!args.dns.is_empty(), "--dns"), (!args.add_host.is_empty(), "--add-host"), (args.pod.is_some(), "--pod")] {
                if given {
                    return Err(crate::err!("{flag} cannot be used with --network {network_flag}: the network is that container's"));
                }
            }
            if args.userns.is_some() {
                return Err(crate::err!("--userns cannot be used with --network {network_flag}: the container joins that container's user namespace"));
            }
            let (record, pid) = crate::container::launch::network_holder(&ctx.paths, target)?;
            if record.config.userns_mappings.is_some() {
                return Err(crate::err!("--network {network_flag}: container {} has a user namespace of its own (--userns)", record.name));
            }
            Some((record, pid))
        }
        _ => None,
    };
    let network_setting = match &network_target {
        Some((target, _)) => NetworkSetting::parsed(&format!("container:{}", target.id), NetworkMode::Container(target.id.clone())),
        None => NetworkSetting::parsed(network_flag, network.clone()),
    };
    if let Some(mac) = &args.mac_address {
        crate::runtime::spec::parse_mac_address(mac)?;
        if !matches!(network, NetworkMode::Slirp4netns(_)) {
            return Err(crate::err!("--mac-address can only be used with the slirp4netns network, not {network_flag:?}"));
        }
        if args.pod.is_some() {
            return Err(crate::err!("--mac-address cannot be used with --pod: the container shares the pod's network"));
        }
    }
    let mut ports = Vec::new();
    for value in &args.publish.publish {
        ports.extend(ports::parse_publish(value)?);
    }
    let mut publish_all = args.publish_all;
    if (!ports.is_empty() || publish_all) && matches!(network, NetworkMode::Host | NetworkMode::None | NetworkMode::Container(_)) {
        // These modes have no ports of their own to publish: podman (and
        // docker) warn and go on without the mappings, and scripts rely on it.
        output::warn("Port mappings have been discarded as one of the Host, Container, Pod, and None network modes are in use");
        ports.clear();
        publish_all = false;
    }
    if (!ports.is_empty() || publish_all) && !matches!(network, NetworkMode::Slirp4netns(_)) {
        return Err(crate::err!("ports can only be published with the slirp4netns network, not {network_flag:?}"));
    }
    let pod_flags = ContainerNetworking {
        network: args.network.as_deref(),
        hostname: args.hostname.as_deref(),
        publishes: !ports.is_empty(),
        publish_all,
    };
    let pod_request = args.pod.as_deref().map(|value| PodRequest::check(&ctx.paths, value, &pod_flags)).transpose()?;
    etc_files::check_flags(&args.dns, &args.add_host)?;
    let mut user_env = collect_env(&args.process.env, &args.process.env_file)?;
    let secrets = container_secrets(ctx, &args.secret)?;
    user_env.extend(secrets.iter().filter_map(|(request, data)| match &request.usage {
        SecretUse::Env { name } => Some(format!("{name}={}", String::from_utf8_lossy(data))),
        SecretUse::Mount { .. } => None,
    }));
    // Taken now, before anything (the user namespace) may change it.
    let host_env: Vec<String> = if args.env_host {
        std::env::vars_os().map(|(k, v)| format!("{}={}", k.to_string_lossy(), v.to_string_lossy())).collect()
    } else {
        Vec::new()
    };
    let cidfile = args.cidfile.as_deref().map(std::path::absolute).transpose().context(|| "resolve the --cidfile path".into())?;
    if let Some(file) = cidfile.as_ref().filter(|f| f.exists()) {
        return Err(crate::err!(
            "container id file exists. Ensure another container is not using it or delete {}",
            file.display()
        ));
    }
    let pidfile = args.pidfile.as_deref().map(std::path::absolute).transpose().context(|| "resolve the --pidfile path".into())?;
    if args.replace && args.name.is_none() {
        return Err(crate::err!("cannot replace container without --name being set"));
    }
    let init_path = match &args.init_path {
        Some(_) if !args.init => return Err(crate::err!("--init-path can only be used with --init")),
        Some(path) => {
            let path = std::path::absolute(path).context(|| "resolve the --init-path path".into())?;
            if !std::fs::metadata(&path).is_ok_and(|m| m.is_file()) {
                return Err(crate::err!("invalid --init-path {}: not a file", path.display()));
            }
            Some(path)
        }
        None => None,
    };
    // Resolved to ids now: the names may change or be reused later.
    let requires = args
        .requires
        .iter()
        .map(|key| ContainerStore::open(&ctx.paths).lookup(key).map(|c| c.id).map_err(|e| crate::err!("--requires {key}: {}", e.message)))
        .collect::<Result<Vec<_>>>()?;
    let umask = args
        .umask
        .as_deref()
        .map(|m| u32::from_str_radix(m, 8).ok().filter(|m| *m <= 0o777).ok_or_else(|| crate::err!("invalid --umask {m:?}: not an octal mask such as 0022")))
        .transpose()?;
    let zone_file = args.tz.as_deref().map(etc_files::zone_file).transpose()?;
    let host_users = args.hostuser.iter().map(|u| etc_files::host_passwd_entry(u)).collect::<Result<Vec<_>>>()?;
    if let Some(mode @ ("container" | "conmon")) = args.sdnotify.as_deref() {
        // Without NOTIFY_SOCKET there is nothing to pass on, in any mode.
        if std::env::var_os("NOTIFY_SOCKET").is_some() {
            return Err(crate::err!(
                "--sdnotify={mode} is not supported: skiff does not pass systemd's NOTIFY_SOCKET on (use --sdnotify=ignore)"
            ));
        }
    }
    if let Some(w) = &args.process.workdir {
        if !w.starts_with('/') {
            return Err(crate::err!("the working directory {w:?} is invalid: it needs to be an absolute path"));
        }
    }
    let entrypoint_override = args.entrypoint.as_deref().map(parse_entrypoint).transpose()?;
    let mut tmpfs = tmpfs_mounts(&args.security)?;
    let (requested_mounts, mount_tmpfs) = requested_mounts(args)?;
    tmpfs.extend(mount_tmpfs);
    let restart = RestartPolicy::parse(&args.restart)?;
    if args.rm && restart != RestartPolicy::No {
        return Err(crate::err!("the --rm option conflicts with --restart {}", args.restart));
    }
    let mut label_lines = Vec::new();
    for file in &args.label_file {
        label_lines.extend(key_value_lines(file, "label file")?);
    }
    label_lines.extend(args.label.iter().cloned());
    let labels = parse_labels(&label_lines)?;
    if let Some(sig) = &args.stop_signal {
        crate::container::monitor::parse_signal(sig)?;
    }
    let (log_driver, log_max_size) = log_settings(&args.log_driver, &args.log_opt)?;
    let health_flags = healthcheck_flags(args)?;
    // A bad number is the user's first mistake, before the missing cgroups.
    if let Some(cpus) = args.cpus.as_deref().filter(|c| !c.parse::<f64>().is_ok_and(|n| n.is_finite() && n > 0.0)) {
        return Err(crate::err!("invalid --cpus {cpus:?}: the number of CPUs must be a positive number"));
    }
    for (flag, given) in [("--memory", &args.memory), ("--cpus", &args.cpus), ("--pids-limit", &args.pids_limit)] {
        if given.is_some() {
            return Err(crate::sys::cgroups::cgroups_unavailable(flag));
        }
    }
    let security_config = ContainerConfig {
        cap_add: args.security.cap_add.clone(),
        cap_drop: args.security.cap_drop.clone(),
        privileged: args.security.privileged,
        security_opt: args.security.security_opt.clone(),
        ..Default::default()
    };
    // Compiling checks a custom seccomp profile completely, before anything exists.
    confinement(&security_config, None, true)?;
    let custom_profile = custom_seccomp_profile(&security_config)?;

    // keep-id is worked out here, outside skiff's user namespace, where
    // the user's own ids and subordinate ranges are known.
    let keep_id = match UsernsMode::parse(args.userns.as_deref().unwrap_or_default())? {
        UsernsMode::Default => None,
        UsernsMode::KeepId { uid, gid } => {
            if pod_request.is_some() {
                return Err(crate::err!("--userns=keep-id cannot be used with --pod: the pod's user namespace is shared"));
            }
            let (outer, _) = userns::current_mappings();
            Some((uid, gid, NestedMappings::keep_id(&outer, uid, gid)?, etc_files::HostUser::current()))
        }
    };

    let pod_record = match &pod_request {
        Some(request) => {
            let pod = request.resolve(&ctx.paths, &mut ports)?;
            // A failure from here on must not leave a pod made for this container.
            let stopped = if start_pod { InfraStopped::Start } else { InfraStopped::EnterOwn };
            let joined = UserNamespaceSource::Pod(&pod, stopped).enter(&ctx.paths);
            if let Err(e) = joined {
                request.undo(&ctx.paths, &pod);
                return Err(e);
            }
            if pod.shares(SharedNamespace::Net) {
                network = pod.network_mode()?;
            }
            Some(pod)
        }
        None => {
            // On a user network, `run` has joined the networks' holder's
            // already; `create` needs no more than a namespace of its own.
            match &network_target {
                Some((_, holder)) => UserNamespaceSource::NetworkContainer(*holder),
                None => UserNamespaceSource::Own,
            }
            .enter(&ctx.paths)?;
            None
        }
    };
    let pod = pod_record.as_ref();
    // A closure, so that a failure anywhere in it also takes back a pod
    // made for this container.
    let created = (|| -> Result<ContainerRecord> {
        let images = ImageStore::open(&ctx.paths)?;
        let containers = ContainerStore::open(&ctx.paths);
        let mut driver = driver::choose(&ctx.paths.data, ctx.global.storage_driver.map(Into::into))?;
        if keep_id.is_some() {
            // Only fuse-overlayfs can show the image's files with the owners
            // the container's own namespace expects, without copying them.
            if !driver::fuse_available() {
                return Err(crate::err!("--userns=keep-id needs fuse-overlayfs and /dev/fuse: install fuse-overlayfs"));
            }
            driver = Driver::FuseOverlayfs;
        }

        let platform = crate::image::registry::manifest::Platform::parse_or_host(None)?;
        let stored_as = super::pull_if_needed(&images, &args.image, args.pull, &Default::default(), &platform, false)?;
        // Hold the image store's shared lock until the container exists, so
        // that a concurrent `rmi` cannot delete the image under us.
        let image_lock = images.lock_shared()?;
        let image = images.lookup(&stored_as)?;
        let image_config = images.config(&image)?;
        let cfg = image_config.config().clone().unwrap_or_default();
        if publish_all {
            // The image's EXPOSE ports that -p does not publish already.
            for exposed in cfg.exposed_ports().iter().flatten() {
                for port in ports::parse_exposed(exposed)? {
                    if !ports.iter().any(|p| p.container_key() == port.container_key()) {
                        ports.push(port);
                    }
                }
            }
        }
        ports::assign_host_ports(&mut ports)?;

        let (entrypoint, cmd) = match entrypoint_override {
            Some(ep) => (ep, args.command.clone()),
            None => (
                cfg.entrypoint().clone().unwrap_or_default(),
                if args.command.is_empty() { cfg.cmd().clone().unwrap_or_default() } else { args.command.clone() },
            ),
        };
        if entrypoint.is_empty() && cmd.is_empty() {
            return Err(crate::err!("no command or entrypoint provided, and no CMD or ENTRYPOINT from image"));
        }
        // As podman: --unsetenv only takes from the image's variables; the
        // host's (--env-host), then the files' and -e's come after them.
        let mut env = if args.unsetenv_all { Vec::new() } else { cfg.env().clone().unwrap_or_default() };
        env.retain(|entry| !args.unsetenv.iter().any(|key| entry.split('=').next() == Some(key.as_str())));
        env.extend(host_env);
        env.extend(user_env);
        let workdir = args
            .process
            .workdir
            .clone()
            .or_else(|| cfg.working_dir().clone().filter(|w| !w.is_empty()))
            .unwrap_or_else(|| "/".into());
        let user = match (&args.process.user, &keep_id) {
            (Some(user), _) => user.clone(),
            // As podman: under keep-id the process is the user unless --user says otherwise.
            (None, Some((uid, gid, _, _))) => format!("{uid}:{gid}"),
            (None, None) => cfg.user().clone().unwrap_or_default(),
        };
        let image_name = image.names.first().cloned().unwrap_or_else(|| image.id.clone());
        let healthcheck = if args.no_healthcheck {
            None
        } else {
            let from_image = image_healthcheck(&images, &image);
            merge_healthcheck(health_flags, from_image)
        };
        let stop_signal = args
            .stop_signal
            .clone()
            .or_else(|| cfg.stop_signal().clone())
            .unwrap_or_else(|| "SIGTERM".into());
        let image_volumes = cfg.volumes().clone().unwrap_or_default();
        let mounts = mounts::complete(&ctx.paths, requested_mounts, &args.volumes_from, &image_volumes, &tmpfs)?;
        // Each mounted secret is a read-only bind of the container's own copy.
        let secret_mounts = |id: &str| {
            secrets.iter().enumerate().filter_map(|(index, (request, _))| match &request.usage {
                SecretUse::Mount { target, .. } => Some(MountConfig {
                    kind: mounts::MountKind::Bind,
                    source: crate::secret::container_copy(&containers.container_dir(id), index, &request.secret).to_string_lossy().into_owned(),
                    destination: target.clone(),
                    read_only: true,
                }),
                SecretUse::Env { .. } => None,
            })
            .collect::<Vec<_>>()
        };

        let mount_points: Vec<&str> = mounts.iter().map(|m| m.destination.as_str()).collect();
        let mut etc_entries =
            keep_id.as_ref().map(|(uid, gid, _, me)| me.etc_entries(*uid, *gid, &workdir, &mount_points)).unwrap_or_default();
        etc_entries.extend(host_users);
        if let Some(name) = args.name.as_deref().filter(|_| args.replace) {
            // Only a container of exactly that name (not one whose id starts so).
            if let Some(old) = containers.lookup(name).ok().filter(|c| c.name == name) {
                crate::container::lifecycle::remove_one(&ctx.paths, &containers, &old.id, crate::container::lifecycle::WhenRunning::Kill, false)?;
            }
        }
        let created = containers.create(args.name.as_deref(), |id, name| ContainerRecord {
            id: id.to_string(),
            name: name.to_string(),
            image_id: image.id.clone(),
            image_name: image_name.clone(),
            created: now(),
            created_nanos: now_nanos(),
            status: ContainerStatus::Created,
            exit_code: None,
            started_at: None,
            finished_at: None,
            restart_count: 0,
            storage_driver: driver.name().to_string(),
            config: ContainerConfig {
                entrypoint,
                cmd,
                env,
                workdir,
                user,
                hostname: match pod {
                    Some(pod) if pod.shares(SharedNamespace::Uts) => pod.hostname.clone(),
                    _ => args.hostname.clone().unwrap_or_else(|| id[..12].to_string()),
                },
                network: match pod {
                    Some(pod) if pod.shares(SharedNamespace::Net) => pod.network.clone(),
                    _ => network_setting.clone(),
                },
                network_aliases: args.network_alias.clone(),
                mac_address: args.mac_address.clone().unwrap_or_default(),
                ports: ports.clone(),
                dns: args.dns.clone(),
                dns_search: args.dns_search.clone(),
                add_host: args.add_host.clone(),
                tty: args.process.tty,
                interactive: args.process.interactive,
                auto_remove: args.rm,
                read_only: args.security.read_only,
                tmpfs,
                cap_add: security_config.cap_add.clone(),
                cap_drop: security_config.cap_drop.clone(),
                privileged: security_config.privileged,
                security_opt: security_config.security_opt.clone(),
                restart,
                labels,
                stop_signal,
                stop_timeout: args.stop_timeout.unwrap_or(10),
                log_driver,
                log_max_size,
                healthcheck,
                mounts: mounts.iter().cloned().chain(secret_mounts(id)).collect(),
                userns: args.userns.clone().unwrap_or_default(),
                userns_mappings: keep_id.as_ref().map(|(_, _, nested, _)| nested.clone()),
                etc_entries: etc_entries.clone(),
                pod: pod.map(|p| p.id.clone()).unwrap_or_default(),
                pidfile,
                timezone: args.tz.clone().unwrap_or_default(),
                init: args.init,
                init_path: init_path.clone(),
                requires: requires.clone(),
                umask,
            },
        });
        let record = match created {
            Ok(record) => record,
            Err(e) => {
                let _ = crate::volume::remove_anonymous(&ctx.paths, &mounts);
                return Err(e);
            }
        };
        let layers = image.layers.iter().map(|l| images.layer_dir(&l.diff_id)).collect();
        let dir = containers.container_dir(&record.id);
        let prepared = RootfsLayout::for_container(&dir, layers)
            .prepare(driver)
            .and_then(|_| etc_files::write(&dir, &record.name, &record.config, &network, user_network.as_ref().map(|n| n.gateway)))
            .and_then(|_| etc_files::write_container_env(&dir, &record))
            .and_then(|_| match &network_target {
                // Names resolve as in the container whose network this is.
                Some((target, _)) => ["hosts", "resolv.conf"].iter().try_for_each(|file| {
                    std::fs::copy(containers.container_dir(&target.id).join(file), dir.join(file))
                        .map(drop)
                        .context(|| format!("copy /etc/{file} of container {}", target.name))
                }),
                None => Ok(()),
            })
            .and_then(|_| {
                secrets.iter().enumerate().try_for_each(|(index, (request, data))| {
                    crate::secret::write_container_copy(&crate::secret::container_copy(&dir, index, &request.secret), data, &request.usage)
                })
            })
            .and_then(|_| match &zone_file {
                Some(zone) => std::fs::copy(zone, dir.join(etc_files::LOCALTIME_FILE))
                    .map(drop)
                    .context(|| format!("copy the time zone {}", zone.display())),
                None => Ok(()),
            })
            .and_then(|_| match &custom_profile {
                Some(json) => std::fs::write(dir.join(SECCOMP_PROFILE_FILE), json).context(|| "keep the seccomp profile".into()),
                None => Ok(()),
            })
            // Last, so that nothing can fail after it is written.
            .and_then(|_| match &cidfile {
                Some(file) => std::fs::OpenOptions::new()
                    .write(true)
                    .create_new(true)
                    .open(file)
                    .and_then(|mut f| std::io::Write::write_all(&mut f, record.id.as_bytes()))
                    .context(|| format!("write the container id file {}", file.display())),
                None => Ok(()),
            });
        drop(image_lock);
        if let Err(e) = prepared {
            let _ = containers.remove(&record);
            let _ = crate::volume::remove_anonymous(&ctx.paths, &mounts);
            return Err(e);
        }
        Ok(record)
    })();
    if let (Err(_), Some(request), Some(pod)) = (&created, &pod_request, &pod_record) {
        request.undo(&ctx.paths, pod);
    }
    created
}

/// The `--secret` flags, each with the content of its secret as it is
/// now: containers keep their own copy (podman's behaviour).
fn container_secrets(ctx: &Context, flags: &[String]) -> Result<Vec<(SecretRequest, Vec<u8>)>> {
    let store = crate::secret::SecretStore::open(&ctx.paths);
    flags
        .iter()
        .map(|flag| {
            let request = SecretRequest::parse(flag)?;
            let secret = store.lookup(&request.secret)?;
            let data = store.data(&secret)?;
            Ok((SecretRequest { secret: secret.name, ..request }, data))
        })
        .collect()
}

/// `-e` and `--env-file`, in docker's order (files first, then flags); a
/// bare `KEY` copies the variable from skiff's own environment, if set.
pub fn collect_env(flags: &[String], files: &[std::path::PathBuf]) -> Result<Vec<String>> {
    let mut out = Vec::new();
    let take = |entry: &str, out: &mut Vec<String>| -> Result<()> {
        match entry.split_once('=') {
            Some(("", _)) => Err(crate::err!("invalid environment variable {entry:?}: empty name")),
            Some(_) => {
                out.push(entry.to_string());
                Ok(())
            }
            None => {
                if let Ok(v) = std::env::var(entry) {
                    out.push(format!("{entry}={v}"));
                }
                Ok(())
            }
        }
    };
    for file in files {
        for line in key_value_lines(file, "env file")? {
            take(&line, &mut out)?;
        }
    }
    for entry in flags {
        take(entry, &mut out)?;
    }
    Ok(out)
}

/// The KEY=VALUE lines of an `--env-file` or `--label-file`, without
/// blank lines and # comments.
fn key_value_lines(file: &std::path::Path, what: &str) -> Result<Vec<String>> {
    let text = std::fs::read_to_string(file).context(|| format!("read {what} {}", file.display()))?;
    Ok(text
        .lines()
        .map(|line| line.trim_start().trim_end_matches('\r'))
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .map(String::from)
        .collect())
}

pub(crate) fn parse_labels(labels: &[String]) -> Result<std::collections::BTreeMap<String, String>> {
    labels
        .iter()
        .map(|l| {
            let (k, v) = l.split_once('=').unwrap_or((l, ""));
            if k.is_empty() {
                return Err(crate::err!("invalid label {l:?}: empty key"));
            }
            Ok((k.to_string(), v.to_string()))
        })
        .collect()
}

/// `--log-driver` and `--log-opt max-size=SIZE`.
fn log_settings(driver: &str, opts: &[String]) -> Result<(String, u64)> {
    if !["k8s-file", "json-file", "none"].contains(&driver) {
        return Err(crate::err!("unsupported log driver {driver:?}: use k8s-file, json-file or none"));
    }
    let mut max_size = 0;
    for opt in opts {
        match opt.split_once('=') {
            Some(("max-size", size)) => {
                max_size = parse_size(size).ok_or_else(|| crate::err!("invalid --log-opt {opt:?}: bad size"))?
            }
            _ => return Err(crate::err!("unsupported --log-opt {opt:?}: use max-size=SIZE")),
        }
    }
    Ok((driver.to_string(), max_size))
}

/// The `--health-*` flags, if any was given.
fn healthcheck_flags(args: &CreateArgs) -> Result<Option<Healthcheck>> {
    let given = args.health_cmd.is_some()
        || args.health_interval.is_some()
        || args.health_retries.is_some()
        || args.health_start_period.is_some()
        || args.health_timeout.is_some();
    if !given {
        return Ok(None);
    }
    let duration = |flag: &str, v: &Option<String>| v.as_deref().map(|v| parse_flag_duration(flag, v)).transpose().map(Option::unwrap_or_default);
    Ok(Some(Healthcheck {
        test: match &args.health_cmd {
            Some(cmd) if cmd.trim_start().starts_with('[') => {
                let argv: Vec<String> = serde_json::from_str(cmd).map_err(|e| crate::err!("invalid --health-cmd {cmd:?}: {e}"))?;
                std::iter::once("CMD".to_string()).chain(argv).collect()
            }
            Some(cmd) => vec!["CMD-SHELL".into(), cmd.clone()],
            None => Vec::new(),
        },
        interval: duration("--health-interval", &args.health_interval)?,
        timeout: duration("--health-timeout", &args.health_timeout)?,
        start_period: duration("--health-start-period", &args.health_start_period)?,
        retries: args.health_retries.unwrap_or(0),
    }))
}

/// The image's HEALTHCHECK (docker's config field, which the OCI types lack).
fn image_healthcheck(images: &ImageStore, image: &crate::image::ImageRecord) -> Option<Healthcheck> {
    let raw = images.read_blob(&format!("sha256:{}", image.id)).ok()?;
    let config: serde_json::Value = serde_json::from_slice(&raw).ok()?;
    serde_json::from_value(config.get("config")?.get("Healthcheck")?.clone()).ok()
}

/// Flags override the image's settings one by one, as in docker.
fn merge_healthcheck(flags: Option<Healthcheck>, image: Option<Healthcheck>) -> Option<Healthcheck> {
    let merged = match (flags, image) {
        (None, image) => image?,
        (Some(f), None) => f,
        (Some(f), Some(i)) => Healthcheck {
            test: if f.test.is_empty() { i.test } else { f.test },
            interval: if f.interval == 0 { i.interval } else { f.interval },
            timeout: if f.timeout == 0 { i.timeout } else { f.timeout },
            start_period: if f.start_period == 0 { i.start_period } else { f.start_period },
            retries: if f.retries == 0 { i.retries } else { f.retries },
        },
    };
    merged.argv()?;
    Some(merged.with_defaults())
}

/// "10m", "1k", "2g", "512" (bytes), "3.025m"; units are powers of 1024
/// and fractions are allowed, as docker's.
fn parse_size(s: &str) -> Option<u64> {
    let s = s.trim().to_ascii_lowercase();
    let s = s.trim_end_matches('b');
    let (num, mult) = match s.chars().last()? {
        'k' => (&s[..s.len() - 1], 1u64 << 10),
        'm' => (&s[..s.len() - 1], 1 << 20),
        'g' => (&s[..s.len() - 1], 1 << 30),
        _ => (s, 1),
    };
    let number = num.parse::<f64>().ok().filter(|n| n.is_finite() && *n >= 0.0)?;
    Some((number * mult as f64) as u64)
}

/// `--entrypoint` is a command, or a JSON array of its argv; "" clears it.
fn parse_entrypoint(value: &str) -> Result<Vec<String>> {
    if value.trim_start().starts_with('[') {
        return serde_json::from_str(value).map_err(|e| crate::err!("invalid --entrypoint JSON array {value:?}: {e}"));
    }
    Ok(if value.is_empty() { Vec::new() } else { vec![value.to_string()] })
}

/// `-v` and `--mount` values, checked: the binds and volumes, and the
/// tmpfs mounts in `--tmpfs` syntax.
fn requested_mounts(args: &CreateArgs) -> Result<(Vec<MountConfig>, Vec<String>)> {
    let mut binds_and_volumes = args.volume.iter().map(|v| mounts::parse_volume_flag(v)).collect::<Result<Vec<_>>>()?;
    let mut tmpfs = Vec::new();
    for value in &args.mount {
        match mounts::parse_mount_flag(value)? {
            RequestedMount::Mount(m) => binds_and_volumes.push(m),
            RequestedMount::Tmpfs(t) => tmpfs.push(t),
        }
    }
    for value in &args.volumes_from {
        mounts::parse_volumes_from(value)?;
    }
    Ok((binds_and_volumes, tmpfs))
}

/// `--tmpfs` values, checked, plus podman's writable /tmp, /var/tmp and
/// /run for a read-only root unless `--read-only-tmpfs=false`.
fn tmpfs_mounts(security: &crate::cli::SecurityArgs) -> Result<Vec<String>> {
    let mut mounts = Vec::new();
    for t in &security.tmpfs {
        TmpfsMount::parse(t)?;
        mounts.push(t.clone());
    }
    if security.read_only && security.read_only_tmpfs {
        for dir in ["/tmp", "/var/tmp", "/run"] {
            if !mounts.iter().any(|m| m.split(':').next() == Some(dir)) {
                mounts.push(format!("{dir}:rw,nosuid,nodev"));
            }
        }
    }
    Ok(mounts)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entrypoint_forms() {
        assert_eq!(parse_entrypoint("/bin/sh").unwrap(), vec!["/bin/sh"]);
        assert_eq!(parse_entrypoint(r#"["sh","-c"]"#).unwrap(), vec!["sh", "-c"]);
        assert!(parse_entrypoint("").unwrap().is_empty());
        assert!(parse_entrypoint("[bad").is_err());
    }

    #[test]
    fn env_flags_override_files_and_copy_from_host() {
        std::env::set_var("SKIFF_TEST_COPY", "copied");
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("env");
        std::fs::write(&file, "# comment\nA=from-file\n\nB=2\n").unwrap();
        let env = collect_env(&["A=from-flag".into(), "SKIFF_TEST_COPY".into(), "UNSET_XYZ".into()], &[file]).unwrap();
        assert_eq!(env, vec!["A=from-file", "B=2", "A=from-flag", "SKIFF_TEST_COPY=copied"]);
        assert!(collect_env(&["=x".into()], &[]).is_err());
    }

    #[test]
    fn sizes_and_log_options() {
        assert_eq!(parse_size("10m"), Some(10 << 20));
        assert_eq!(parse_size("512"), Some(512));
        assert_eq!(parse_size("3.025m"), Some((3.025 * 1048576.0) as u64));
        assert_eq!(parse_size("-1k"), None);
        assert_eq!(log_settings("k8s-file", &["max-size=1k".into()]).unwrap(), ("k8s-file".into(), 1024));
        assert!(log_settings("syslog", &[]).is_err());
        assert!(log_settings("k8s-file", &["max-file=3".into()]).is_err());
    }
}
