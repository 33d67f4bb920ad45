//! Published ports: docker's `-p [IP:][HOSTPORT:]CONTAINERPORT[/PROTOCOL]`
//! (with ranges) and the image's EXPOSE entries for `-P`, and how podman
//! shows them.

use crate::error::Result;
use serde::{Deserialize, Serialize};
use std::net::Ipv4Addr;

/// One host port forwarded to one container port.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PortMapping {
    /// The host address listened on; empty for every address.
    pub host_ip: String,
    /// 0 until `assign_host_ports` picks a free one.
    pub host_port: u16,
    pub container_port: u16,
    /// "tcp" or "udp".
    pub protocol: String,
}

impl PortMapping {
    /// The address slirp4netns binds on the host.
    pub fn host_address(&self) -> &str {
        if self.host_ip.is_empty() {
            "0.0.0.0"
        } else {
            &self.host_ip
        }
    }

    /// "80/tcp", the key podman uses for the container side.
    pub fn container_key(&self) -> String {
        format!("{}/{}", self.container_port, self.protocol)
    }

    /// "127.0.0.1:8080", the host side as `port` prints it.
    pub fn host_side(&self) -> String {
        format!("{}:{}", self.host_address(), self.host_port)
    }

    /// Bind the host side of the mapping (a listening TCP socket or a UDP
    /// socket), with a clear message if that fails.
    pub fn bind(&self) -> Result<std::os::fd::OwnedFd> {
        let address = (self.host_address(), self.host_port);
        let bound = match self.protocol.as_str() {
            "udp" => std::net::UdpSocket::bind(address).map(std::os::fd::OwnedFd::from),
            _ => std::net::TcpListener::bind(address).map(std::os::fd::OwnedFd::from),
        };
        bound.map_err(|e| crate::err!("cannot publish {} on {}: {}", self.container_key(), self.host_side(), describe_bind_error(&e)))
    }
}

fn describe_bind_error(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::AddrInUse => "the host port is already in use".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied (ports below 1024 need privileges)".into(),
        std::io::ErrorKind::AddrNotAvailable => "the host has no such address".into(),
        _ => e.to_string().to_lowercase(),
    }
}

/// `ps`'s PORTS column: "127.0.0.1:8080->80/tcp, 0.0.0.0:5353->53/udp".
pub fn summary(ports: &[PortMapping]) -> String {
    ports.iter().map(|p| format!("{}->{}", p.host_side(), p.container_key())).collect::<Vec<_>>().join(", ")
}

/// Parse one `-p` value into its mappings (one per port of a range); host
/// ports left out are 0.
pub fn parse_publish(value: &str) -> Result<Vec<PortMapping>> {
    let invalid = |why: &str| crate::err!("invalid port specification {value:?}: {why}");
    let (ports, protocol) = split_protocol(value).map_err(|why| invalid(&why))?;
    if ports.starts_with('[') {
        return Err(invalid("IPv6 host addresses are not supported by slirp4netns port forwarding"));
    }
    let parts: Vec<&str> = ports.split(':').collect();
    let (host_ip, host_ports, container_ports) = match parts[..] {
        [container] => ("", "", container),
        [host, container] => ("", host, container),
        [ip, host, container] => (ip, host, container),
        _ => return Err(invalid("use [IP:][HOSTPORT:]CONTAINERPORT[/PROTOCOL]")),
    };
    if !host_ip.is_empty() && host_ip.parse::<Ipv4Addr>().is_err() {
        return Err(invalid(&format!("{host_ip:?} is not an IPv4 address")));
    }
    let host_ip = if host_ip == "0.0.0.0" { "" } else { host_ip };
    let container_range = parse_range(container_ports).map_err(|why| invalid(&why))?;
    let host_range = if host_ports.is_empty() { None } else { Some(parse_range(host_ports).map_err(|why| invalid(&why))?) };
    if let Some(host) = host_range {
        if host.1 - host.0 != container_range.1 - container_range.0 {
            return Err(invalid("the host and container port ranges differ in length"));
        }
    }
    Ok((container_range.0..=container_range.1)
        .enumerate()
        .map(|(i, container_port)| PortMapping {
            host_ip: host_ip.to_string(),
            host_port: host_range.map(|(start, _)| start + i as u16).unwrap_or(0),
            container_port,
            protocol: protocol.clone(),
        })
        .collect())
}

/// An image's EXPOSE entry ("80/tcp", "8000-8010/tcp", "53/udp") as
/// mappings to random host ports on every address (`-P`).
pub fn parse_exposed(entry: &str) -> Result<Vec<PortMapping>> {
    let (ports, _) = split_protocol(entry).map_err(|why| crate::err!("invalid exposed port {entry:?} in the image: {why}"))?;
    if ports.contains(':') {
        return Err(crate::err!("invalid exposed port {entry:?} in the image"));
    }
    parse_publish(entry)
}

/// "80/udp" -> ("80", "udp"); the protocol defaults to tcp.
fn split_protocol(value: &str) -> std::result::Result<(&str, String), String> {
    let (ports, protocol) = value.rsplit_once('/').unwrap_or((value, "tcp"));
    let protocol = protocol.to_ascii_lowercase();
    if protocol != "tcp" && protocol != "udp" {
        return Err(format!("unsupported protocol {protocol:?}: use tcp or udp"));
    }
    Ok((ports, protocol))
}

/// "80" or "8000-8010", each port 1-65535.
fn parse_range(value: &str) -> std::result::Result<(u16, u16), String> {
    let port = |p: &str| p.parse::<u16>().ok().filter(|p| *p > 0).ok_or_else(|| format!("{p:?} is not a port number (1-65535)"));
    let (start, end) = match value.split_once('-') {
        Some((start, end)) => (port(start)?, port(end)?),
        None => (port(value)?, port(value)?),
    };
    if end < start {
        return Err(format!("the range {value:?} ends before it starts"));
    }
    Ok((start, end))
}

/// Give every mapping without a host port a free one (as podman does, at
/// creation), and refuse two mappings of the same host port.
pub fn assign_host_ports(ports: &mut [PortMapping]) -> Result<()> {
    for p in ports.iter_mut().filter(|p| p.host_port == 0) {
        let address = (p.host_address(), 0);
        let local = match p.protocol.as_str() {
            "udp" => std::net::UdpSocket::bind(address).and_then(|s| s.local_addr()),
            _ => std::net::TcpListener::bind(address).and_then(|s| s.local_addr()),
        };
        p.host_port = local
            .map_err(|e| crate::err!("cannot find a free host port for {} on {}: {e}", p.container_key(), p.host_address()))?
            .port();
    }
    for (i, p) in ports.iter().enumerate() {
        let clash = ports[..i].iter().any(|q| {
            q.host_port == p.host_port && q.protocol == p.protocol && (q.host_ip == p.host_ip || q.host_ip.is_empty() || p.host_ip.is_empty())
        });
        if clash {
            return Err(crate::err!("host port {}/{} is published twice", p.host_port, p.protocol));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mapping(host_ip: &str, host_port: u16, container_port: u16, protocol: &str) -> PortMapping {
        PortMapping { host_ip: host_ip.into(), host_port, container_port, protocol: protocol.into() }
    }

    #[test]
    fn publish_forms() {
        assert_eq!(parse_publish("80").unwrap(), vec![mapping("", 0, 80, "tcp")]);
        assert_eq!(parse_publish("8080:80/udp").unwrap(), vec![mapping("", 8080, 80, "udp")]);
        assert_eq!(parse_publish("127.0.0.1:8080:80").unwrap(), vec![mapping("127.0.0.1", 8080, 80, "tcp")]);
        assert_eq!(parse_publish("127.0.0.1::80").unwrap(), vec![mapping("127.0.0.1", 0, 80, "tcp")]);
        assert_eq!(parse_publish("0.0.0.0:8080:80").unwrap(), vec![mapping("", 8080, 80, "tcp")]);
        assert_eq!(
            parse_publish("8000-8001:80-81").unwrap(),
            vec![mapping("", 8000, 80, "tcp"), mapping("", 8001, 81, "tcp")]
        );
        for bad in ["", "http", "0", "70000", "8080:80/sctp", "1.2.3:80:80", "8000-8002:80-81", "90-80", "[::1]:80:80", "a:b:c:d"] {
            assert!(parse_publish(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn exposed_and_summary() {
        assert_eq!(parse_exposed("53/udp").unwrap(), vec![mapping("", 0, 53, "udp")]);
        assert_eq!(parse_exposed("8000-8001/tcp").unwrap().len(), 2);
        assert!(parse_exposed("80:80/tcp").is_err());
        let ports = [mapping("127.0.0.1", 8080, 80, "tcp"), mapping("", 5353, 53, "udp")];
        assert_eq!(summary(&ports), "127.0.0.1:8080->80/tcp, 0.0.0.0:5353->53/udp");
    }

    #[test]
    fn same_host_port_twice_is_refused() {
        let mut ports = vec![mapping("", 18999, 80, "tcp"), mapping("127.0.0.1", 18999, 81, "tcp")];
        assert!(assign_host_ports(&mut ports).is_err());
        let mut ports = vec![mapping("", 18999, 80, "tcp"), mapping("", 18999, 80, "udp")];
        assert!(assign_host_ports(&mut ports).is_ok());
    }
}
