//! The /etc/hosts, /etc/resolv.conf and /etc/hostname a container sees,
//! and its /run/.containerenv and /.dockerenv:
//! generated at creation into its directory and bind-mounted over the
//! image's (see `launch::ETC_FILES`).

use super::launch::{CONTAINER_ENV_FILES, ETC_FILES};
use super::state::{ContainerConfig, ContainerRecord};
use crate::error::{Context, Result};
use crate::runtime::spec::{NetworkMode, SLIRP_CONTAINER_ADDRESS, SLIRP_DNS, SLIRP_GATEWAY};
use std::net::{IpAddr, Ipv4Addr};
use std::path::Path;

/// Check `--dns` and `--add-host` values.
pub fn check_flags(dns: &[String], add_host: &[String]) -> Result<()> {
    for server in dns {
        if server.parse::<IpAddr>().is_err() {
            return Err(crate::err!("invalid --dns {server:?}: not an IP address"));
        }
    }
    for entry in add_host {
        parse_add_host(entry)?;
    }
    Ok(())
}

/// "HOST:IP" (the IP may be IPv6, so the name ends at the first colon).
fn parse_add_host(entry: &str) -> Result<(&str, IpAddr)> {
    let invalid = || crate::err!("invalid --add-host {entry:?}: use HOST:IP");
    let (host, ip) = entry.split_once(':').ok_or_else(invalid)?;
    let ip = ip.trim_start_matches('[').trim_end_matches(']').parse().map_err(|_| invalid())?;
    if host.is_empty() || host.contains(char::is_whitespace) {
        return Err(invalid());
    }
    Ok((host, ip))
}

/// Write the three files into the container's directory `dir`, for the
/// container `name` (also used by `build` for its RUN containers).
/// `gateway`: the user network's, whose DNS server the container uses.
pub fn write(dir: &Path, name: &str, config: &ContainerConfig, network: &NetworkMode, gateway: Option<Ipv4Addr>) -> Result<()> {
    let host_resolv = std::fs::read_to_string("/etc/resolv.conf").unwrap_or_default();
    for (file, _) in ETC_FILES {
        let content = match *file {
            "hosts" => hosts(name, config, network),
            "resolv.conf" => resolv_conf(config, network, gateway, &host_resolv),
            _ => format!("{}\n", config.hostname),
        };
        let path = dir.join(file);
        std::fs::write(&path, content).context(|| format!("write {}", path.display()))?;
    }
    Ok(())
}

/// Write /run/.containerenv as podman writes it for a privileged container
/// (skiff always does: detecting the engine needs no privilege) and
/// docker's empty /.dockerenv into the container's directory `dir`.
pub fn write_container_env(dir: &Path, record: &ContainerRecord) -> Result<()> {
    let rootless = u8::from(crate::runtime::userns::unprivileged_user());
    let env = format!(
        "engine=\"skiff-{}\"\nname=\"{}\"\nid=\"{}\"\nimage=\"{}\"\nimageid=\"{}\"\nrootless={rootless}\n",
        env!("CARGO_PKG_VERSION"),
        record.name,
        record.id,
        record.image_name,
        record.image_id
    );
    for (file, content) in CONTAINER_ENV_FILES.iter().zip([env, String::new()]) {
        let path = dir.join(file.0);
        std::fs::write(&path, content).context(|| format!("write {}", path.display()))?;
    }
    Ok(())
}

/// Where a container created with `--tz` keeps its /etc/localtime.
pub const LOCALTIME_FILE: &str = "localtime";

/// The host file `--tz` names: the host's own /etc/localtime for `local`,
/// else a zone of the host's zoneinfo database (podman's rule).
pub fn zone_file(tz: &str) -> Result<std::path::PathBuf> {
    let unknown = || crate::err!("invalid --tz {tz:?}: unknown time zone (see /usr/share/zoneinfo on the host, or use local)");
    let path = if tz == "local" {
        std::path::PathBuf::from("/etc/localtime")
    } else {
        // A zone name, never a way out of the database.
        let relative = Path::new(tz);
        if tz.is_empty() || !relative.components().all(|c| matches!(c, std::path::Component::Normal(_))) {
            return Err(unknown());
        }
        Path::new("/usr/share/zoneinfo").join(relative)
    };
    match std::fs::metadata(&path) {
        Ok(meta) if meta.is_file() => Ok(path),
        _ => Err(unknown()),
    }
}

/// `--hostuser`: the host's /etc/passwd line for a user (name or uid).
pub fn host_passwd_entry(user: &str) -> Result<(String, String)> {
    let found = match user.parse::<u32>() {
        Ok(uid) => nix::unistd::User::from_uid(uid.into()),
        Err(_) => nix::unistd::User::from_name(user),
    };
    let u = found.ok().flatten().ok_or_else(|| crate::err!("invalid --hostuser {user:?}: no such user on the host"))?;
    let line = format!(
        "{}:x:{}:{}:{}:{}:{}",
        u.name,
        u.uid,
        u.gid,
        u.gecos.to_string_lossy(),
        u.dir.display(),
        u.shell.display()
    );
    Ok(("etc/passwd".into(), line))
}

/// The calling user as the host knows it, for keep-id's /etc entries.
pub struct HostUser {
    name: String,
    full_name: String,
    home: std::path::PathBuf,
    group: String,
}

impl HostUser {
    /// Look the user up; call outside the user namespace, where the ids
    /// are the user's own.
    pub fn current() -> HostUser {
        let uid = nix::unistd::getuid();
        let me = nix::unistd::User::from_uid(uid).ok().flatten();
        let name = me.as_ref().map(|u| u.name.clone()).unwrap_or_else(|| uid.to_string());
        let group = nix::unistd::Group::from_gid(nix::unistd::getgid()).ok().flatten().map(|g| g.name);
        HostUser {
            full_name: me.as_ref().map(|u| u.gecos.to_string_lossy().split(',').next().unwrap_or_default().to_string()).unwrap_or_default(),
            home: me.map(|u| u.dir).unwrap_or_default(),
            group: group.unwrap_or_else(|| name.clone()),
            name,
        }
    }

    /// The /etc/passwd and /etc/group lines for the user seen as
    /// `uid`/`gid` in the container (keep-id), as podman writes them: the
    /// home directory is the user's own when a mount (at one of
    /// `mount_points`) brings it into the container, else the working
    /// directory.
    pub fn etc_entries(&self, uid: u32, gid: u32, workdir: &str, mount_points: &[&str]) -> Vec<(String, String)> {
        let home = Some(&self.home)
            .filter(|h| h.is_absolute() && mount_points.iter().any(|m| h.starts_with(m)))
            .map(|h| h.to_string_lossy().into_owned())
            .unwrap_or_else(|| workdir.to_string());
        let HostUser { name, full_name, group, .. } = self;
        vec![
            ("etc/passwd".into(), format!("{name}:*:{uid}:{gid}:{full_name}:{home}:/bin/sh")),
            ("etc/group".into(), format!("{group}:x:{gid}:{name}")),
        ]
    }
}

fn hosts(name: &str, config: &ContainerConfig, network: &NetworkMode) -> String {
    let hostname = &config.hostname;
    let mut hosts = String::new();
    if *network == NetworkMode::Host {
        hosts.push_str(&std::fs::read_to_string("/etc/hosts").unwrap_or_default());
        if !hosts.is_empty() && !hosts.ends_with('\n') {
            hosts.push('\n');
        }
    } else {
        hosts.push_str("127.0.0.1\tlocalhost localhost.localdomain localhost4 localhost4.localdomain4\n");
        hosts.push_str("::1\tlocalhost localhost.localdomain localhost6 localhost6.localdomain6\n");
    }
    for (host, ip) in config.add_host.iter().filter_map(|e| parse_add_host(e).ok()) {
        hosts.push_str(&format!("{ip}\t{host}\n"));
    }
    match network {
        NetworkMode::Slirp4netns(options) => {
            hosts.push_str(&format!("{SLIRP_CONTAINER_ADDRESS}\t{hostname} {name}\n"));
            if options.allow_host_loopback {
                hosts.push_str(&format!("{SLIRP_GATEWAY}\thost.containers.internal host.docker.internal\n"));
            }
        }
        // The address on a user network is known at start; `network::attach`
        // puts it in place of this line.
        _ => hosts.push_str(&format!("127.0.1.1\t{hostname} {name}\n")),
    }
    hosts
}

/// The host's resolver settings, with `--dns` and `--dns-search` in place
/// of its own; with slirp4netns the name server is slirp4netns's, which
/// forwards to the host's; on a user network it is the network's own
/// (its gateway), which knows the other containers' names.
fn resolv_conf(config: &ContainerConfig, network: &NetworkMode, gateway: Option<Ipv4Addr>, host_resolv: &str) -> String {
    let host_lines = |keyword: &str| -> Vec<String> {
        host_resolv
            .lines()
            .filter_map(|l| l.trim().strip_prefix(keyword).filter(|rest| rest.starts_with(char::is_whitespace)))
            .map(|rest| rest.trim().to_string())
            .collect()
    };
    let nameservers = if !config.dns.is_empty() {
        config.dns.clone()
    } else if matches!(network, NetworkMode::Slirp4netns(_)) {
        vec![SLIRP_DNS.to_string()]
    } else if let Some(gateway) = gateway {
        vec![gateway.to_string()]
    } else {
        host_lines("nameserver")
    };
    let search: Vec<String> = if config.dns_search.is_empty() {
        let user_network_domain = matches!(network, NetworkMode::User(_)).then(|| crate::network::DNS_DOMAIN.to_string());
        let host_search = host_lines("search");
        user_network_domain.into_iter().chain(host_search.iter().flat_map(|l| l.split_whitespace().map(String::from))).collect()
    } else {
        config.dns_search.iter().filter(|d| d.as_str() != ".").cloned().collect()
    };
    let mut out = String::new();
    if !search.is_empty() {
        out.push_str(&format!("search {}\n", search.join(" ")));
    }
    for server in nameservers {
        out.push_str(&format!("nameserver {server}\n"));
    }
    if config.dns_options.is_empty() {
        for options in host_lines("options") {
            out.push_str(&format!("options {options}\n"));
        }
    } else {
        // As podman: the given options replace the host's.
        out.push_str(&format!("options {}\n", config.dns_options.join(" ")));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const HOST: &str = "# generated\nsearch example.org lan\nnameserver 127.0.0.53\noptions edns0\n";

    #[test]
    fn resolv_conf_per_network() {
        let config = ContainerConfig::default();
        let slirp = NetworkMode::Slirp4netns(Default::default());
        assert_eq!(resolv_conf(&config, &slirp, None, HOST), "search example.org lan\nnameserver 10.0.2.3\noptions edns0\n");
        assert_eq!(resolv_conf(&config, &NetworkMode::None, None, HOST), "search example.org lan\nnameserver 127.0.0.53\noptions edns0\n");
        let user = NetworkMode::User("net1".into());
        assert_eq!(
            resolv_conf(&config, &user, Some(Ipv4Addr::new(10, 89, 0, 1)), HOST),
            "search dns.podman example.org lan\nnameserver 10.89.0.1\noptions edns0\n"
        );
        let config =
            ContainerConfig { dns: vec!["192.0.2.1".into()], dns_search: vec!["corp.test".into()], ..Default::default() };
        assert_eq!(resolv_conf(&config, &slirp, None, HOST), "search corp.test\nnameserver 192.0.2.1\noptions edns0\n");
        let config = ContainerConfig { dns_search: vec![".".into()], ..Default::default() };
        assert_eq!(resolv_conf(&config, &slirp, None, HOST), "nameserver 10.0.2.3\noptions edns0\n");
        let config = ContainerConfig { dns_options: vec!["ndots:2".into(), "timeout:1".into()], ..Default::default() };
        assert_eq!(resolv_conf(&config, &slirp, None, HOST), "search example.org lan\nnameserver 10.0.2.3\noptions ndots:2 timeout:1\n");
    }

    #[test]
    fn time_zones() {
        assert!(zone_file("local").is_ok());
        assert_eq!(zone_file("Etc/UTC").unwrap(), Path::new("/usr/share/zoneinfo/Etc/UTC"));
        for bad in ["Foo/Bar", "../../etc/passwd", "/etc/passwd", "", "Etc"] {
            assert!(zone_file(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn flags_are_checked() {
        assert!(check_flags(&["192.0.2.1".into(), "2001:db8::1".into()], &["db:192.0.2.9".into(), "v6:2001:db8::2".into()]).is_ok());
        assert!(check_flags(&["dns.example".into()], &[]).is_err());
        assert!(check_flags(&[], &["nohost".into()]).is_err());
        assert!(check_flags(&[], &[":192.0.2.9".into()]).is_err());
        assert!(check_flags(&[], &["db:not-an-ip".into()]).is_err());
    }
}
