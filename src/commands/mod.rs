//! One file per command. Each takes its parsed arguments and returns the
//! process exit status.

mod attach;
mod build;
mod builder;
mod commit;
mod completion;
mod compose;
mod doctor;
mod clone;
mod container;
mod cp;
pub(crate) mod create;
mod diff;
mod events;
mod exec;
mod export;
mod global;
mod healthcheck;
mod history;
mod image;
mod image_sign;
mod image_trust;
mod image_tree;
mod images;
mod import;
mod init;
mod kube;
mod systemd;
mod info;
mod inspect;
mod kill;
mod load;
mod login;
mod logout;
mod logs;
mod manifest;
mod mount;
mod pause;
mod pod;
mod network;
mod port;
mod ps;
mod pull;
mod push;
mod rename;
mod rm;
mod rmi;
mod runlabel;
mod run;
mod save;
mod secret;
mod search;
mod service;
mod start;
mod stats;
mod stop;
mod system;
mod tag;
mod targets;
mod top;
mod unshare;
mod volume;
mod wait;

use crate::cli::{Cli, Command, PlatformArgs, RegistryArgs};
use crate::container::logs::{Entry, OpenLog, Stream};
use crate::container::attach::{AttachIo, AttachOptions};
use crate::container::{ContainerRecord, ContainerStatus, ContainerStore};
use crate::error::{Context as _, Result};
use crate::image::registry::{self, manifest::Platform};
use crate::output;
use crate::paths::Paths;
use nix::sys::signal::{SigSet, Signal};
use nix::sys::signalfd::{SfdFlags, SignalFd};
use serde_json::Value;
use std::os::fd::{AsFd, BorrowedFd};
use std::time::Duration;

/// What every command gets: where the store is and the global flags.
pub struct Context {
    pub paths: Paths,
    pub global: crate::cli::GlobalOptions,
}

/// Where the store is, from the global flags.
pub fn context(global: &crate::cli::GlobalOptions) -> Result<Context> {
    let paths = Paths::resolve(global.root.as_deref(), global.runroot.as_deref(), global.tmpdir.as_deref())?;
    crate::runtime::seccomp::keep_compiled_in(paths.tmpdir.join("seccomp"));
    crate::runtime::hooks::keep_conf_in(paths.tmpdir.join("containers-conf.json"));
    crate::runtime::keeper::keep_state_in(paths.runtime.join("userns").join("keeper.json"));
    crate::storage::version::check(&paths.data)?;
    Ok(Context { paths, global: global.clone() })
}

pub fn dispatch(cli: Cli) -> Result<i32> {
    global::apply(&cli.global, &cli.command)?;
    run_command(&cli.global, cli.command)
}

/// Run one command; the command groups' names for top-level commands come
/// back here as those.
pub fn run_command(global: &crate::cli::GlobalOptions, command: Command) -> Result<i32> {
    let ctx = || context(global);
    match command {
        Command::Build(args) | Command::Builder(crate::cli::Group { command: crate::cli::BuilderCommand::Build(args) }) => build::run(&ctx()?, args),
        Command::Builder(crate::cli::Group { command: crate::cli::BuilderCommand::Prune(args) }) => builder::prune(&ctx()?, &args),
        Command::Run(args) => run::run(&ctx()?, args),
        Command::Create(args) => create::run(&ctx()?, args),
        Command::Start(args) => start::run(&ctx()?, args),
        Command::Stop(args) => stop::run(&ctx()?, args),
        Command::Restart(args) => stop::restart(&ctx()?, args),
        Command::Kill(args) => kill::run(&ctx()?, args),
        Command::Wait(args) => wait::run(&ctx()?, args),
        Command::Logs(args) => logs::run(&ctx()?, args),
        Command::Exec(args) => exec::run(&ctx()?, args),
        Command::Attach(args) => attach::run(&ctx()?, args),
        Command::Diff(args) => diff::run(&ctx()?, args),
        Command::Top(args) => top::run(&ctx()?, args),
        Command::Events(args) | Command::System(crate::cli::Group { command: crate::cli::SystemCommand::Events(args) }) => events::run(&ctx()?, args),
        Command::System(crate::cli::Group { command: crate::cli::SystemCommand::Renumber }) => Ok(0),
        Command::Rename(args) => rename::run(&ctx()?, &args.container, &args.name),
        Command::Container(crate::cli::Group { command }) => container::run(global, command),
        Command::Commit(args) => commit::run(&ctx()?, args),
        Command::System(crate::cli::Group { command: crate::cli::SystemCommand::Prune(args) }) => system::system_prune(&ctx()?, &args),
        Command::System(crate::cli::Group { command: crate::cli::SystemCommand::Reset(args) }) => system::reset(&ctx()?, &args),
        Command::System(crate::cli::Group { command: crate::cli::SystemCommand::Migrate(args) }) => system::migrate(&ctx()?, &args),
        Command::System(crate::cli::Group { command: crate::cli::SystemCommand::Service(args) }) => service::run(&ctx()?, &args),
        Command::System(crate::cli::Group { command: crate::cli::SystemCommand::Df(args) }) => system::df(&ctx()?, &args),
        Command::System(crate::cli::Group { command: crate::cli::SystemCommand::Check(args) }) => system::check(&ctx()?, &args),
        Command::System(crate::cli::Group { command: crate::cli::SystemCommand::Info(args) }) | Command::Info(args) => info::info(&ctx()?, &args),
        Command::Version(args) => info::version(&args),
        Command::Doctor(args) => doctor::run(global, &args),
        Command::Pause(args) => pause::pause(&ctx()?, args),
        Command::Unpause(args) => pause::unpause(&ctx()?, args),
        Command::Stats(args) => stats::run(&ctx()?, args),
        Command::Healthcheck(crate::cli::Group { command: crate::cli::HealthcheckCommand::Run { container } }) => healthcheck::run(&ctx()?, &container),
        Command::Monitor { id } => crate::container::monitor::run(&ctx()?.paths, &id),
        Command::PortForward { pid, ready_fd, exit_fd, forwards } => {
            crate::runtime::portfwd::serve(pid, ready_fd, exit_fd, &forwards).map(|()| 0)
        }
        Command::Netns => crate::network::holder::run(&ctx()?.paths),
        Command::UsernsKeeper => crate::runtime::keeper::keep(),
        Command::SyncStore => {
            // SAFETY: standard input is the directory this command was
            // started with, and nothing else in this process uses it.
            let directory = unsafe { <rustix::fd::OwnedFd as std::os::fd::FromRawFd>::from_raw_fd(0) };
            crate::image::unsynced::sync_and_clear(&directory).map(|()| 0)
        }
        Command::Ps(args) => ps::run(&ctx()?, args),
        Command::Rm(args) => rm::run(&ctx()?, args),
        Command::Inspect(args) => inspect::run(&ctx()?, args),
        Command::Port(args) => port::run(&ctx()?, args),
        Command::Mount(args) => mount::mount(&ctx()?, args),
        Command::Unmount(args) => mount::unmount(&ctx()?, args),
        Command::Images(args) => images::run(&ctx()?, args),
        Command::Rmi(args) => rmi::run(&ctx()?, args),
        Command::Import(args) => import::run(&ctx()?, args),
        Command::Load(args) => load::run(&ctx()?, args),
        Command::Save(args) => save::run(&ctx()?, args),
        Command::History(args) => history::run(&ctx()?, args),
        Command::Pull(args) => pull::run(&ctx()?, args),
        Command::Push(args) => push::run(&ctx()?, args),
        Command::Cp(args) => cp::run(&ctx()?, args),
        Command::Export(args) => export::run(&ctx()?, args),
        Command::Volume(crate::cli::Group { command }) => volume::run(&ctx()?, command),
        Command::Pod(crate::cli::Group { command: crate::cli::PodCommand::Stats(args) }) => stats::pod(&ctx()?, args),
        Command::Pod(crate::cli::Group { command }) => pod::run(&ctx()?, command),
        Command::PodInfra { id } => crate::pod::infra::run(&ctx()?.paths, &id),
        Command::Network(crate::cli::Group { command }) => network::run(&ctx()?, command),
        Command::Kube(crate::cli::Group { command }) => kube::run(&ctx()?, command),
        Command::Generate(crate::cli::Group { command: crate::cli::kube::GenerateCommand::Kube(args) }) => kube::generate(&ctx()?, &args),
        Command::Generate(crate::cli::Group { command: crate::cli::kube::GenerateCommand::Systemd(args) }) => systemd::run(&ctx()?, &args),
        Command::Play(crate::cli::Group { command: crate::cli::kube::PlayCommand::Kube(args) }) => kube::play(&ctx()?, &args),
        Command::Tag(args) => tag::tag(&ctx()?, args),
        Command::Untag(args) => tag::untag(&ctx()?, args),
        Command::Image(args) => image::run(global, args.command),
        Command::Login(args) => login::run(args),
        Command::Logout(args) => logout::run(args),
        Command::Completion(args) => completion::run(args),
        Command::Unshare(args) => unshare::run(&ctx()?, args),
        Command::Init(args) => init::run(&ctx()?, args),
        Command::Secret(crate::cli::Group { command }) => secret::run(&ctx()?, command),
        Command::Search(args) => search::run(args),
        Command::Manifest(crate::cli::Group { command }) => manifest::run(&ctx()?, command),
        Command::Compose(args) => compose::run(&ctx()?, args),
        Command::GenerateDocs { dir } => {
            crate::cli::generate::write_all(&dir)?;
            Ok(0)
        }
    }
}

/// The `--format` values every listing command takes.
#[derive(Debug, Clone)]
pub enum OutputFormat {
    Table,
    Json,
    Template(crate::output::template::Template),
}

impl OutputFormat {
    pub fn parse(value: Option<&str>) -> Result<OutputFormat> {
        match value {
            None | Some("") | Some("table") => Ok(OutputFormat::Table),
            Some("json") => Ok(OutputFormat::Json),
            Some(t) => Ok(OutputFormat::Template(crate::output::template::Template::parse(t)?)),
        }
    }
}

/// The engine's choice of log entries from `logs`' and `pod logs`' flags.
pub fn log_options(shown: &crate::cli::LogLinesArgs) -> Result<crate::container::logs::LogsOptions> {
    let now = std::time::SystemTime::now();
    Ok(crate::container::logs::LogsOptions {
        since: crate::time::parse_flag_point(shown.period.since.as_deref(), "--since", now)?,
        until: crate::time::parse_flag_point(shown.period.until.as_deref(), "--until", now)?,
        tail: shown.tail,
        follow: shown.follow,
    })
}

/// Where an archive goes (`export`, `volume export`): the file given,
/// created now as the user, or standard output unless it is a terminal.
pub fn archive_output(path: Option<&std::path::Path>) -> Result<Box<dyn std::io::Write>> {
    use crate::error::Context as _;
    match path {
        Some(path) => Ok(Box::new(std::io::BufWriter::new(std::fs::File::create(path).context(|| format!("create {}", path.display()))?))),
        None if nix::unistd::isatty(std::io::stdout()).unwrap_or(false) => {
            Err(crate::err!("refusing to write an archive to a terminal: use -o FILE or redirect standard output"))
        }
        None => Ok(Box::new(std::io::stdout().lock())),
    }
}

/// Act on each named thing (`rm`, `stop`, `kill`, `volume rm`, ...),
/// printing what each action returns (the name or id podman prints). Every
/// failure but the last is printed as it comes; the last is the result, as
/// an exit status of its own if its code is one of `status_codes` (podman's
/// "no such" and "in use"), else as the error.
pub fn for_each_named(names: &[String], status_codes: &[i32], mut act: impl FnMut(&str) -> Result<String>) -> Result<i32> {
    let mut last_error: Option<crate::error::Error> = None;
    for name in names {
        match act(name) {
            Ok(removed) => crate::output::line(&removed),
            Err(e) => {
                if let Some(prev) = last_error.replace(e) {
                    crate::output::error(&prev.message);
                }
            }
        }
    }
    match last_error {
        Some(e) if status_codes.contains(&e.code) => {
            crate::output::error(&e.message);
            Ok(e.code)
        }
        Some(e) => Err(e),
        None => Ok(0),
    }
}

/// `--filter KEY=VALUE` flags as docker and podman take them: filters with
/// the same key widen the selection, different keys narrow it.
pub struct Filters(Vec<(String, String)>);

impl Filters {
    pub fn parse(values: &[String], allowed: &[&str]) -> Result<Filters> {
        let mut filters = Vec::new();
        for text in values {
            let (key, value) = text.split_once('=').ok_or_else(|| crate::err!("invalid filter {text:?}: use KEY=VALUE"))?;
            if !allowed.contains(&key) {
                return Err(crate::err!("invalid filter {text:?}: use {}", allowed.join(", ")));
            }
            filters.push((key.to_string(), value.to_string()));
        }
        Ok(Filters(filters))
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0.iter().map(|(k, v)| (k.as_str(), v.as_str()))
    }

    /// The `until=` values, each with the unix second it means.
    pub fn until_points(&self) -> Result<Vec<(String, i64)>> {
        let now = std::time::SystemTime::now();
        self.iter()
            .filter(|(key, _)| *key == "until")
            .map(|(_, value)| {
                let point = crate::time::parse_point(value, now)
                    .ok_or_else(|| crate::err!("invalid filter \"until={value}\": use a RFC 3339 time or a duration like 10m"))?;
                Ok((value.to_string(), point.duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs() as i64).unwrap_or(0)))
            })
            .collect()
    }

    /// Whether something passes, given a test of one KEY=VALUE against it.
    pub fn matches(&self, test: impl Fn(&str, &str) -> bool) -> bool {
        let keys: std::collections::BTreeSet<&str> = self.0.iter().map(|(k, _)| k.as_str()).collect();
        keys.iter().all(|key| self.0.iter().filter(|(k, _)| k == key).any(|(k, v)| test(k, v)))
    }
}

// Helpers several commands share.

/// The platform podman's --platform, --os, --arch and --variant ask for.
fn platform(flags: &PlatformArgs) -> Result<Platform> {
    Platform::from_flags(flags.platform.as_deref(), flags.os.as_deref(), flags.arch.as_deref(), flags.variant.as_deref())
}

/// The registry flags as the registry client takes them (shared by the
/// commands that talk to registries).
fn access<'a>(registry: &'a RegistryArgs, creds: Option<&'a str>) -> registry::Access<'a> {
    registry::Access {
        tls_verify: registry.tls_verify,
        cert_dir: registry.cert_dir.as_deref(),
        creds,
        authfile: registry.auth.authfile.as_deref(),
    }
}

/// `-a`: only the streams named, or all of them when none is.
fn attached_streams(named: &[String]) -> Result<crate::container::state::AttachedStreams> {
    if named.is_empty() {
        return Ok(Default::default());
    }
    let mut streams = crate::container::state::AttachedStreams { stdin: false, stdout: false, stderr: false };
    for stream in named {
        match stream.to_lowercase().as_str() {
            "stdin" => streams.stdin = true,
            "stdout" => streams.stdout = true,
            "stderr" => streams.stderr = true,
            _ => return Err(crate::err!("invalid stream {stream:?} for --attach: must be one of stdin, stdout, or stderr")),
        }
    }
    Ok(streams)
}

/// What `--network` (repeated, with per-network options), `--ip`,
/// `--ip6`, `--mac-address` and `--network-alias` ask for together.
struct NetworkFlags {
    mode: Option<crate::runtime::spec::NetworkSetting>,
    aliases: Vec<String>,
    ip: Option<std::net::Ipv4Addr>,
    ip6: Option<std::net::Ipv6Addr>,
    mac_address: Option<String>,
    interface_name: Option<String>,
    more: Vec<crate::network::connect::Connection>,
}

/// `--ip` and `--ip6` (run, create, network connect), parsed.
pub(crate) fn address_flags(ip: Option<&str>, ip6: Option<&str>) -> Result<(Option<std::net::Ipv4Addr>, Option<std::net::Ipv6Addr>)> {
    let ip = ip.map(|ip| ip.parse().map_err(|_| crate::err!("invalid --ip {ip:?}: not an IPv4 address"))).transpose()?;
    let ip6 = ip6.map(|ip6| ip6.parse().map_err(|_| crate::err!("invalid --ip6 {ip6:?}: not an IPv6 address"))).transpose()?;
    Ok((ip, ip6))
}

/// The first `--network` is the container's own; more can only be user
/// networks (podman's rule), joined after it. The flags for one address
/// (--ip, --ip6, --mac-address) apply to the first network, and must not
/// say again what its options say.
fn network_flags(args: &crate::cli::CreateArgs) -> Result<NetworkFlags> {
    let mut user_networks = Vec::new();
    let mut mode = None;
    for value in &args.network {
        match crate::network::connect::parse_network_flag(value)? {
            Some(connection) => user_networks.push(connection),
            None if args.network.len() > 1 => {
                return Err(crate::err!("cannot set multiple networks without bridge network mode, selected mode {value}: give only networks made by `network create`"))
            }
            None => mode = Some(crate::runtime::spec::NetworkSetting::parse(value)?),
        }
    }
    let (ip, ip6) = address_flags(args.ip.as_deref(), args.ip6.as_deref())?;
    let mut flags = NetworkFlags { mode, aliases: args.network_alias.clone(), ip, ip6, mac_address: args.mac_address.clone(), interface_name: None, more: Vec::new() };
    let mut user_networks = user_networks.into_iter();
    if let Some(own) = user_networks.next() {
        // A flag, or the network's option, not both.
        let once = |flag: &str, given: bool, option: bool| match given && option {
            true => Err(crate::err!("{flag} and --network {}:... both give the container's {flag} on {}: give it once", own.network, own.network)),
            false => Ok(()),
        };
        once("--ip", flags.ip.is_some(), own.ip.is_some())?;
        once("--ip6", flags.ip6.is_some(), own.ip6.is_some())?;
        once("--mac-address", flags.mac_address.is_some(), own.mac_address.is_some())?;
        flags.mode = Some(crate::runtime::spec::NetworkSetting::parse(&own.network)?);
        flags.aliases.extend(own.aliases.iter().cloned());
        flags.ip = flags.ip.or(own.ip);
        flags.ip6 = flags.ip6.or(own.ip6);
        flags.mac_address = flags.mac_address.or(own.mac_address.clone());
        flags.interface_name = own.interface_name.clone();
    }
    flags.more = user_networks.collect();
    Ok(flags)
}

/// The engine's options for the flags of `create` (and `run`): strings
/// parsed, files read, paths made absolute against skiff's working directory.
fn create_options(ctx: &Context, args: &crate::cli::CreateArgs) -> Result<crate::container::create::CreateOptions> {
    // A bad number is the user's first mistake, before the missing cgroups.
    if let Some(cpus) = args.cpus.as_deref().filter(|c| !c.parse::<f64>().is_ok_and(|n| n.is_finite() && n > 0.0)) {
        return Err(crate::err!("invalid --cpus {cpus:?}: the number of CPUs must be a positive number"));
    }
    for (flag, given) in [("--memory", &args.memory), ("--cpus", &args.cpus), ("--pids-limit", &args.pids_limit)] {
        if given.is_some() {
            return Err(crate::sys::cgroups::cgroups_unavailable(flag));
        }
    }
    if let Some(mode @ ("container" | "conmon")) = args.sdnotify.as_deref() {
        // Without NOTIFY_SOCKET there is nothing to pass on, in any mode.
        if std::env::var_os("NOTIFY_SOCKET").is_some() {
            return Err(crate::err!("--sdnotify={mode} is not supported: skiff does not pass systemd's NOTIFY_SOCKET on (use --sdnotify=ignore)"));
        }
    }
    if args.seccomp_policy.as_deref() == Some("image") {
        return Err(crate::err!("--seccomp-policy image is not supported: skiff does not take seccomp profiles from image annotations (use --security-opt seccomp=PROFILE.json)"));
    }
    let networks = network_flags(args)?;
    let pod = match &args.pod_id_file {
        Some(file) => Some(
            std::fs::read_to_string(file)
                .map_err(|e| crate::err!("--pod-id-file {}: {e}", file.display()))?
                .trim()
                .to_string(),
        ),
        None => args.pod.clone(),
    };
    // podman passes the proxy variables of its own environment on unless
    // --http-proxy=false; --env-host takes them all anyway.
    let mut host_env: Vec<String> = if args.env_host {
        std::env::vars_os().map(|(k, v)| format!("{}={}", k.to_string_lossy(), v.to_string_lossy())).collect()
    } else {
        Vec::new()
    };
    if args.sandbox.http_proxy && !args.env_host {
        host_env.extend(proxy_env());
    }
    let absolute = |path: &Option<std::path::PathBuf>, flag: &str| {
        path.as_deref().map(std::path::absolute).transpose().context(|| format!("resolve the {flag} path"))
    };
    let mut tmpfs = crate::container::create::parse::tmpfs(&args.security.tmpfs, args.security.read_only, args.security.read_only_tmpfs)?;
    let (mounts, mount_tmpfs) = crate::container::create::parse::mounts(&args.sandbox.volume, &args.mount)?;
    tmpfs.extend(mount_tmpfs);
    let health = crate::container::create::parse::HealthFlags {
        cmd: args.health_cmd.as_deref(),
        interval: args.health_interval.as_deref(),
        retries: args.health_retries,
        start_period: args.health_start_period.as_deref(),
        timeout: args.health_timeout.as_deref(),
        start_interval: args.health_start_interval.as_deref(),
    };
    let rootfs = args.rootfs.then(|| crate::container::create::parse::rootfs(&args.image)).transpose()?;
    Ok(crate::container::create::CreateOptions {
        image: if rootfs.is_some() { String::new() } else { args.image.clone() },
        rootfs,
        pull: args.pull.into(),
        name: args.name.clone(),
        replace: args.replace,
        entrypoint: args.entrypoint.as_deref().map(crate::container::create::parse::entrypoint).transpose()?,
        command: args.command.clone(),
        env: crate::container::create::parse::env(&args.process.env, &args.process.env_file)?,
        // Taken now, before anything (the user namespace) may change it.
        host_env,
        unsetenv: args.unsetenv.clone(),
        unsetenv_all: args.unsetenv_all,
        labels: crate::container::create::parse::labels_with_files(&args.label, &args.label_file)?,
        user: args.process.user.clone(),
        workdir: args.process.workdir.clone(),
        hostname: args.hostname.clone(),
        tty: args.process.tty,
        // A foreground run copies its own terminal's size when it starts.
        console_size: None,
        interactive: args.process.interactive,
        attached: attached_streams(&args.attach)?,
        network: networks.mode,
        network_aliases: networks.aliases,
        links: args.link.clone(),
        network_ip: networks.ip,
        network_ip6: networks.ip6,
        network_interface: networks.interface_name,
        more_networks: networks.more,
        given_secrets: Vec::new(),
        mac_address: networks.mac_address,
        ports: crate::container::create::parse::publish(&args.publish.publish)?,
        publish_all: args.publish_all,
        no_hosts: args.sandbox.resolver.no_hosts,
        ulimits: args.sandbox.ulimit.iter().map(|u| crate::runtime::spec::Ulimit::parse(u)).collect::<Result<_>>()?,
        expose: crate::container::create::parse::exposed_ports(&args.expose)?,
        annotations: crate::container::create::parse::annotations(&args.annotation)?,
        chroot_dirs: args.chroot_dirs.clone(),
        pod,
        // `create --init-ctr`, which `run` does not take: set by `create`.
        init_container: None,
        dns: args.sandbox.resolver.dns.clone(),
        dns_search: args.sandbox.resolver.dns_search.clone(),
        add_host: args.sandbox.resolver.add_host.clone(),
        cap_add: args.sandbox.cap_add.clone(),
        cap_drop: args.sandbox.cap_drop.clone(),
        privileged: args.security.privileged,
        security_opt: args.sandbox.security_opt.clone(),
        read_only: args.security.read_only,
        tmpfs,
        mounts,
        volumes_from: crate::container::create::parse::volumes_from(&args.volumes_from)?,
        secrets: crate::container::create::parse::secrets(&args.secret)?,
        restart: crate::container::state::RestartPolicy::parse(&args.restart)?,
        auto_remove: args.rm,
        stop_signal: args.stop_signal.clone(),
        stop_timeout: args.stop_timeout,
        healthcheck: crate::container::create::parse::healthcheck(&health)?,
        no_healthcheck: args.no_healthcheck,
        health_on_failure: crate::container::health::OnFailure::parse(&args.health_on_failure)?,
        log: crate::container::create::parse::log_settings(&args.log_driver, &args.log_opt)?,
        cidfile: absolute(&args.cidfile, "--cidfile")?,
        pidfile: absolute(&args.pidfile, "--pidfile")?,
        conmon_pidfile: absolute(&args.conmon_pidfile, "--conmon-pidfile")?,
        create_command: std::env::args().collect(),
        timezone: args.tz.clone(),
        host_users: args.hostuser.clone(),
        init: args.init,
        init_path: absolute(&args.init_path, "--init-path")?,
        requires: args.requires.clone(),
        umask: args.umask.as_deref().map(crate::container::create::parse::umask).transpose()?,
        systemd: crate::container::create::SystemdMode::parse(&args.systemd)?,
        userns: args.sandbox.userns.clone(),
        uidmap: args.id_maps.uidmap.clone(),
        gidmap: args.id_maps.gidmap.clone(),
        subuidname: args.id_maps.subuidname.clone(),
        subgidname: args.id_maps.subgidname.clone(),
        storage_driver: ctx.global.storage_driver.map(Into::into),
        isolation: crate::container::create::parse::isolation(&crate::container::create::parse::IsolationFlags {
            ipc: args.sandbox.ipc.as_deref(),
            uts: args.sandbox.uts.as_deref(),
            pid: args.sandbox.pid.as_deref(),
            shm_size: args.sandbox.shm_size.as_deref(),
            sysctls: &args.sysctl,
            devices: &args.sandbox.device,
            domainname: args.domainname.as_deref(),
            group_add: &args.group_add,
        })?,
        dns_options: crate::container::create::parse::dns_options(&args.sandbox.resolver.dns_option)?,
        platform: platform_given(&args.platform)?,
        tls_verify: args.tls_verify,
        authfile: absolute(&args.auth.authfile, "--authfile")?,
        oom_score_adj: args.oom_score_adj,
        personality: args.personality.as_deref().map(crate::runtime::spec::Personality::parse).transpose()?,
        timeout: args.timeout,
        passwd_entry: args.passwd_entry.clone(),
        env_merge: args.env_merge.clone(),
        no_passwd_entries: !args.passwd,
        image_volumes: args.image_volume.as_deref().map(crate::container::create::parse::image_volumes).transpose()?.unwrap_or_default(),
    })
}

/// The engine's signing options from `--sign-by`, `--sign-by-sigstore-private-key`
/// and `--sign-passphrase-file` (its first line). A sigstore key is
/// decrypted here, before anything is pushed, with that passphrase or one
/// asked on the terminal as podman asks.
fn push_signing(signing: &crate::cli::SigningArgs) -> Result<crate::image::signing::PushSigning> {
    let passphrase = signing.sign_passphrase_file.as_deref().map(crate::image::signing::read_passphrase).transpose()?;
    let sigstore_key = match &signing.sign_by_sigstore_private_key {
        None => None,
        Some(key_file) => {
            let passphrase = match &passphrase {
                Some(passphrase) => passphrase.clone(),
                None if std::io::IsTerminal::is_terminal(&std::io::stdin()) => crate::output::read_secret("Key Passphrase: ")
                    .map_err(|e| crate::err!("reading the key passphrase: {e}"))?,
                None => {
                    return Err(crate::err!(
                        "--sign-by-sigstore-private-key {}: the key's passphrase is needed: give --sign-passphrase-file (standard input is not a terminal to ask on)",
                        key_file.display()
                    ))
                }
            };
            let pem = std::fs::read(key_file).map_err(|e| crate::err!("reading private key from {}: {e}", key_file.display()))?;
            let key = crate::image::sigstore::PrivateKey::decrypt(&pem, passphrase.as_bytes())
                .map_err(|e| crate::err!("initializing private key {}: {e}", key_file.display()))?;
            Some(std::sync::Arc::new(key))
        }
    };
    Ok(crate::image::signing::PushSigning {
        sign_by: signing.sign_by.clone(),
        passphrase,
        sigstore_key,
        remove_signatures: signing.remove_signatures,
    })
}

/// podman's `--compression-format` values skiff writes (push and manifest
/// push), checked against the manifest `--format`.
fn compression_format(value: Option<&str>, format: Option<crate::cli::ManifestFormat>) -> Result<Option<crate::image::compression::Compression>> {
    use crate::image::compression::Compression;
    let compression = match value {
        None => return Ok(None),
        Some("gzip") => Compression::Gzip,
        Some("zstd") => Compression::Zstd,
        Some("zstd:chunked") => return Err(crate::err!("--compression-format zstd:chunked is not supported: skiff writes plain zstd layers (use zstd)")),
        Some(other) => return Err(crate::err!("invalid --compression-format {other:?}: expected gzip or zstd")),
    };
    if compression == Compression::Zstd && format == Some(crate::cli::ManifestFormat::V2s2) {
        return Err(crate::err!("--compression-format zstd needs OCI manifests: Docker's v2s2 has no zstd layers"));
    }
    Ok(Some(compression))
}

/// The proxy variables of skiff's environment (http_proxy, https_proxy,
/// ftp_proxy, no_proxy and their upper case), which podman passes on
/// to containers and RUN steps unless `--http-proxy=false`.
pub(crate) fn proxy_env() -> Vec<String> {
    ["http_proxy", "https_proxy", "ftp_proxy", "no_proxy", "HTTP_PROXY", "HTTPS_PROXY", "FTP_PROXY", "NO_PROXY"]
        .iter()
        .filter_map(|name| std::env::var_os(name).map(|value| format!("{name}={}", value.to_string_lossy())))
        .collect()
}

/// docker's `--platform` on a command that takes local images: refuse any
/// of `images` that is for another platform (before anything is done).
fn check_local_platform(ctx: &Context, flag: &crate::cli::LocalPlatformArgs, images: &[String]) -> Result<()> {
    let Some(wanted) = local_platform(flag)? else { return Ok(()) };
    let store = crate::image::ImageStore::open(&ctx.paths)?;
    for name in images {
        let image = store.lookup(name)?;
        wanted.check_config(&store.config(&image)?, name)?;
    }
    Ok(())
}

fn local_platform(flag: &crate::cli::LocalPlatformArgs) -> Result<Option<Platform>> {
    flag.platform.as_deref().map(|text| Platform::parse_or_host(Some(text))).transpose()
}

/// The repository `--all-tags` names: with its registry (a short name
/// would send every tag's request to each search registry in turn), and
/// no tag or digest, as docker and podman refuse them.
fn all_tags_repository(input: &str) -> Result<crate::image::reference::Reference> {
    let input = input.strip_prefix("docker://").unwrap_or(input);
    let reference = crate::image::reference::Reference::parse(input)?;
    if reference.tag.is_some() || reference.digest.is_some() {
        return Err(crate::err!("tag can't be used with --all-tags/-a: {input}"));
    }
    if reference.domain.is_none() {
        return Err(crate::err!("--all-tags needs a repository with its registry (REGISTRY/NAME): {input}"));
    }
    Ok(reference)
}

/// The platform the flags ask for, or None when they name none.
fn platform_given(flags: &PlatformArgs) -> Result<Option<Platform>> {
    let given = flags.platform.is_some() || flags.os.is_some() || flags.arch.is_some() || flags.variant.is_some();
    given.then(|| platform(flags)).transpose()
}

/// Connect skiff's terminal to a running container through its monitor
/// (`attach`, `start -i`) until it exits (its exit code) or the detach keys
/// are typed (0): raw mode on a terminal, and its size passed on.
/// `sig_proxy`: pass the signals skiff receives on to the container.
fn connect_terminal(store: &ContainerStore, record: &ContainerRecord, options: &AttachOptions, with_stdin: bool, sig_proxy: bool) -> Result<i32> {
    let stdin = std::io::stdin();
    let terminal = record.config.tty && nix::unistd::isatty(&stdin).unwrap_or(false);
    let _raw = terminal.then(crate::runtime::process::RawTerminal::enter);
    let mut winch = SigSet::empty();
    winch.add(Signal::SIGWINCH);
    winch.thread_block().context(|| "block SIGWINCH".into())?;
    let resizes = SignalFd::with_flags(&winch, SfdFlags::SFD_CLOEXEC | SfdFlags::SFD_NONBLOCK).context(|| "signalfd".into())?;
    let signals = if sig_proxy { Some(SignalProxy::new()?) } else { None };
    let mut io = TerminalIo { stdin: with_stdin.then_some(stdin), resizes, signals };
    crate::container::attach::relay(store, record, &mut io, options)
}

/// The signals `--sig-proxy` forwards to the attached container.
const PROXIED: [Signal; 6] = [Signal::SIGINT, Signal::SIGTERM, Signal::SIGHUP, Signal::SIGQUIT, Signal::SIGUSR1, Signal::SIGUSR2];

/// The signals skiff receives while attached, held for the container:
/// blocked, and read without waiting from a signalfd.
struct SignalProxy {
    signals: SignalFd,
}

impl SignalProxy {
    fn new() -> Result<SignalProxy> {
        let mut set = SigSet::empty();
        for signal in PROXIED {
            set.add(signal);
        }
        set.thread_block().context(|| "block the signals to forward".into())?;
        let signals = SignalFd::with_flags(&set, SfdFlags::SFD_CLOEXEC | SfdFlags::SFD_NONBLOCK).context(|| "signalfd".into())?;
        Ok(SignalProxy { signals })
    }

    /// Every signal received since the last call.
    fn received(&self) -> Vec<Signal> {
        std::iter::from_fn(|| self.signals.read_signal().ok().flatten()).filter_map(|info| Signal::try_from(info.ssi_signo as i32).ok()).collect()
    }
}

/// The attached container's streams on skiff's own: its input from skiff's
/// stdin, its output printed, SIGWINCH for the window's size changes, and
/// with `--sig-proxy` the signals to pass on.
struct TerminalIo {
    stdin: Option<std::io::Stdin>,
    resizes: SignalFd,
    signals: Option<SignalProxy>,
}

impl AttachIo for TerminalIo {
    fn input(&self) -> Option<BorrowedFd<'_>> {
        self.stdin.as_ref().map(|s| s.as_fd())
    }

    fn resize_events(&self) -> Option<BorrowedFd<'_>> {
        Some(self.resizes.as_fd())
    }

    fn window_size(&mut self) -> Option<(u16, u16)> {
        while let Ok(Some(_)) = self.resizes.read_signal() {}
        rustix::termios::tcgetwinsize(std::io::stdin()).ok().map(|size| (size.ws_row, size.ws_col))
    }

    fn output(&mut self, stderr: bool, data: &[u8]) {
        output::stream_text(stderr, &String::from_utf8_lossy(data));
    }

    fn signal_events(&self) -> Option<BorrowedFd<'_>> {
        self.signals.as_ref().map(|proxy| proxy.signals.as_fd())
    }

    fn received_signals(&mut self) -> Vec<Signal> {
        self.signals.as_ref().map(SignalProxy::received).unwrap_or_default()
    }
}

/// `start -a`: stream the container's output, read through `log`, until it
/// exits; its exit code.
fn follow_until_exit(store: &ContainerStore, record: &ContainerRecord, mut log: OpenLog, mut between_reads: impl FnMut()) -> Result<i32> {
    // Only the outputs `create -a` named (all by default).
    let attached = record.config.attached.clone();
    let show = |e: &Entry| {
        let stderr = e.stream == Stream::Stderr;
        if (stderr && attached.stderr) || (!stderr && attached.stdout) {
            output::stream_text(stderr, &e.text)
        }
    };
    let mut last_code = None;
    loop {
        let now = store.lookup(&record.id).ok();
        log.read_new(&show);
        match now {
            Some(now) if now.status == ContainerStatus::Running => last_code = now.exit_code.or(last_code),
            Some(now) => return Ok(now.exit_code.unwrap_or(0)),
            // Removed at its exit (--rm): its code is in its "died" event.
            None => return Ok(crate::events::last_exit_code(&store.paths().data, &record.id).or(last_code).unwrap_or(0)),
        }
        between_reads();
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// podman's image inspect object (shared with `skiff image inspect`).
fn image_json(ctx: &Context, name: &str) -> Option<Value> {
    crate::image::ImageStore::open(&ctx.paths).ok()?.inspect_json(name)
}

/// `--preserve-fds N` (run, exec): descriptors 3 to 3+N-1 must be open in
/// skiff, which passes them on.
pub fn check_preserved_fds(count: u32) -> Result<()> {
    for fd in 3..3 + count as i32 {
        if nix::fcntl::fcntl(unsafe { std::os::fd::BorrowedFd::borrow_raw(fd) }, nix::fcntl::FcntlArg::F_GETFD).is_err() {
            return Err(crate::err!("--preserve-fds {count}: descriptor {fd} is not open"));
        }
    }
    Ok(())
}
