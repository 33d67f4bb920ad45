//! The DNS server of user networks (UDP and TCP), run by the holder inside
//! its network namespace on port 53 of every address there, so each bridge's gateway
//! answers its own containers (on a dual-stack network, at its IPv6
//! gateway too, and with AAAA records as aardvark-dns). The network a question is about is the one
//! whose subnet holds the asker's address; names are looked up in that
//! network's endpoints when the question arrives, so a container started a
//! moment ago resolves, one that stopped does not, and names on other
//! networks only do for a container connected to them too (`network
//! connect`). Other names go to slirp4netns's DNS forwarder, except
//! on internal networks.

use super::endpoints;
use super::NetworkStore;
use crate::paths::Paths;
use std::io::{Read, Write};
use std::net::{IpAddr, Ipv4Addr, SocketAddr, SocketAddrV4, TcpListener, TcpStream, UdpSocket};
use std::time::Duration;

const TYPE_A: u16 = 1;
const TYPE_AAAA: u16 = 28;
const CLASS_IN: u16 = 1;
const RCODE_NXDOMAIN: u8 = 3;
const RCODE_FORMERR: u8 = 1;
/// Where slirp4netns forwards DNS to the host's resolver.
const UPSTREAM: SocketAddrV4 = SocketAddrV4::new(Ipv4Addr::new(10, 0, 2, 3), 53);
const UPSTREAM_TIMEOUT: Duration = Duration::from_secs(5);

/// One parsed question: the name (lower case, no trailing dot), its type,
/// and where the question section ends in the packet.
struct Question {
    name: String,
    kind: u16,
    end: usize,
}

fn parse_question(packet: &[u8]) -> Option<Question> {
    if packet.len() < 12 || u16::from_be_bytes([packet[4], packet[5]]) != 1 {
        return None;
    }
    let mut at = 12;
    let mut labels = Vec::new();
    loop {
        let len = *packet.get(at)? as usize;
        at += 1;
        if len == 0 {
            break;
        }
        // Compression pointers never appear in a question that comes first.
        if len > 63 {
            return None;
        }
        labels.push(String::from_utf8_lossy(packet.get(at..at + len)?).to_ascii_lowercase());
        at += len;
    }
    let kind = u16::from_be_bytes([*packet.get(at)?, *packet.get(at + 1)?]);
    let class = u16::from_be_bytes([*packet.get(at + 2)?, *packet.get(at + 3)?]);
    (class == CLASS_IN).then(|| Question { name: labels.join("."), kind, end: at + 4 })
}

/// A reply to `query` (whose question ends at `question_end`) with these
/// addresses for the question's name: A records for IPv4 ones, AAAA for
/// IPv6 ones.
fn reply(query: &[u8], question_end: usize, rcode: u8, addresses: &[IpAddr]) -> Vec<u8> {
    let mut out = Vec::with_capacity(question_end + 28 * addresses.len());
    out.extend_from_slice(&query[0..2]);
    // QR, the query's opcode and RD, AA; RA; the answer code.
    out.push(0x80 | (query[2] & 0x79) | 0x04);
    out.push(0x80 | rcode);
    out.extend_from_slice(&[0, 1]);
    out.extend_from_slice(&(addresses.len() as u16).to_be_bytes());
    out.extend_from_slice(&[0, 0, 0, 0]);
    out.extend_from_slice(&query[12..question_end]);
    for ip in addresses {
        let (kind, data) = match ip {
            IpAddr::V4(v4) => (TYPE_A, v4.octets().to_vec()),
            IpAddr::V6(v6) => (TYPE_AAAA, v6.octets().to_vec()),
        };
        // The name is a pointer to the question's (offset 12).
        out.extend_from_slice(&[0xc0, 12]);
        out.extend_from_slice(&kind.to_be_bytes());
        out.extend_from_slice(&CLASS_IN.to_be_bytes());
        // TTL 0: containers come and go, nothing may keep an old answer.
        out.extend_from_slice(&0u32.to_be_bytes());
        out.extend_from_slice(&(data.len() as u16).to_be_bytes());
        out.extend_from_slice(&data);
    }
    out
}

/// Serve questions on `socket` forever.
pub fn serve(paths: &Paths, socket: UdpSocket) {
    let mut buf = [0u8; 1500];
    loop {
        let Ok((n, from)) = socket.recv_from(&mut buf) else { continue };
        let query = &buf[..n];
        // Too short to be a question, even a malformed one: no one to answer.
        if query.len() < 12 {
            continue;
        }
        if let Some(answer) = answer(paths, query, from) {
            let _ = socket.send_to(&answer, from);
        } else if let Ok(reply_socket) = socket.try_clone() {
            let query = query.to_vec();
            std::thread::spawn(move || forward(&reply_socket, &query, from));
        }
    }
}

/// A container connected to more than one network asks the DNS server of
/// its first one only: it also resolves the names on its other networks
/// (at their addresses there), as with podman's per-network servers.
fn on_the_askers_other_networks(
    paths: &Paths,
    networks: &[super::NetworkRecord],
    asked_on: &super::NetworkRecord,
    asker: IpAddr,
    name: &str,
) -> Vec<endpoints::Endpoint> {
    let Some(asker) = endpoints::live(paths, &asked_on.name).into_iter().find(|e| e.has_address(asker)) else { return Vec::new() };
    networks
        .iter()
        .filter(|n| n.name != asked_on.name)
        .map(|n| endpoints::live(paths, &n.name))
        .filter(|on_network| on_network.iter().any(|e| e.container_id == asker.container_id))
        .flat_map(|on_network| on_network.into_iter().filter(|e| e.answers_to(name)).collect::<Vec<_>>())
        .collect()
}

/// The network whose subnet (of either family) holds `asker`.
fn asked_on(networks: &[super::NetworkRecord], asker: IpAddr) -> Option<&super::NetworkRecord> {
    networks.iter().find(|n| match asker {
        IpAddr::V4(v4) => n.subnet().contains(v4),
        IpAddr::V6(v6) => n.subnet6().is_some_and(|s| s.contains(v6)),
    })
}

/// The reply to a question about a container, or to one we cannot or must
/// not pass on; None to forward it. `query` has at least a header.
fn answer(paths: &Paths, query: &[u8], from: SocketAddr) -> Option<Vec<u8>> {
    let Some(question) = parse_question(query) else {
        let mut out = query[..12].to_vec();
        out[2] |= 0x80;
        out[3] = 0x80 | RCODE_FORMERR;
        return Some(out);
    };
    // The dual-stack socket sees an IPv4 asker at its IPv4-mapped address.
    let asker = match from.ip() {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(IpAddr::V6(v6), IpAddr::V4),
        v4 => v4,
    };
    let networks = NetworkStore::open(paths).list().ok()?;
    let network = asked_on(&networks, asker)?;
    if network.dns_disabled {
        // No container names here; what is not answered goes out, unless
        // the network is internal.
        return network.internal.then(|| reply(query, question.end, RCODE_NXDOMAIN, &[]));
    }
    let on_network = endpoints::live(paths, &network.name);
    // The asker's links (docker's `--link`) come before the network's names.
    let bare_name = question.name.strip_suffix(&format!(".{}", super::DNS_DOMAIN)).unwrap_or(&question.name);
    let mut matching: Vec<endpoints::Endpoint> = on_network
        .iter()
        .find(|e| e.has_address(asker))
        .map(|asker| super::links::resolve_name(paths, &asker.container_id, bare_name))
        .unwrap_or_default();
    if matching.is_empty() {
        matching = on_network.into_iter().filter(|e| e.answers_to(&question.name)).collect();
    }
    if matching.is_empty() {
        matching = on_the_askers_other_networks(paths, &networks, network, asker, &question.name);
    }
    if !matching.is_empty() {
        // A name with no address of the type asked for gets an empty
        // answer, not NXDOMAIN (which would hide its other records).
        let addresses: Vec<IpAddr> = match question.kind {
            TYPE_A => matching.iter().flat_map(|e| e.addresses(false)).collect(),
            TYPE_AAAA => matching.iter().flat_map(|e| e.addresses(true)).collect(),
            _ => Vec::new(),
        };
        return Some(reply(query, question.end, 0, &addresses));
    }
    if network.internal || question.name.ends_with(super::DNS_DOMAIN) {
        return Some(reply(query, question.end, RCODE_NXDOMAIN, &[]));
    }
    None
}

fn forward(reply_socket: &UdpSocket, query: &[u8], to: SocketAddr) {
    if let Some(reply) = ask_upstream(query) {
        let _ = reply_socket.send_to(&reply, to);
    }
}

/// slirp4netns's answer to `query`, over UDP; None if it gave none in time.
fn ask_upstream(query: &[u8]) -> Option<Vec<u8>> {
    let upstream = UdpSocket::bind("0.0.0.0:0").ok()?;
    upstream.set_read_timeout(Some(UPSTREAM_TIMEOUT)).ok()?;
    upstream.send_to(query, UPSTREAM).ok()?;
    let mut buf = vec![0u8; 65535];
    let (n, _) = upstream.recv_from(&mut buf).ok()?;
    buf.truncate(n);
    Some(buf)
}

/// Serve DNS over TCP (a two-byte length before each message), which
/// resolvers use when an answer was truncated or when told to.
pub fn serve_tcp(paths: &Paths, listener: TcpListener) {
    for stream in listener.incoming() {
        let Ok(stream) = stream else { continue };
        let paths = paths.clone();
        std::thread::spawn(move || serve_tcp_connection(&paths, stream));
    }
}

fn serve_tcp_connection(paths: &Paths, mut stream: TcpStream) {
    let Ok(from) = stream.peer_addr() else { return };
    let _ = stream.set_read_timeout(Some(UPSTREAM_TIMEOUT));
    loop {
        let mut length = [0u8; 2];
        if stream.read_exact(&mut length).is_err() {
            return;
        }
        let mut query = vec![0u8; u16::from_be_bytes(length) as usize];
        if stream.read_exact(&mut query).is_err() || query.len() < 12 {
            return;
        }
        let Some(reply) = answer(paths, &query, from).or_else(|| ask_upstream(&query)) else { return };
        let mut framed = (reply.len() as u16).to_be_bytes().to_vec();
        framed.extend_from_slice(&reply);
        if stream.write_all(&framed).is_err() {
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn query(name: &str, kind: u16) -> Vec<u8> {
        let mut q = vec![0x12, 0x34, 0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 0];
        for label in name.split('.') {
            q.push(label.len() as u8);
            q.extend_from_slice(label.as_bytes());
        }
        q.push(0);
        q.extend_from_slice(&kind.to_be_bytes());
        q.extend_from_slice(&CLASS_IN.to_be_bytes());
        q
    }

    #[test]
    fn answers_an_a_question() {
        let q = query("Web.dns.podman", TYPE_A);
        let parsed = parse_question(&q).unwrap();
        assert_eq!((parsed.name.as_str(), parsed.kind, parsed.end), ("web.dns.podman", TYPE_A, q.len()));
        let r = reply(&q, parsed.end, 0, &[Ipv4Addr::new(10, 89, 0, 2).into()]);
        assert_eq!(&r[0..2], &[0x12, 0x34]);
        assert_eq!(r[2] & 0x80, 0x80);
        assert_eq!(u16::from_be_bytes([r[6], r[7]]), 1);
        assert_eq!(&r[r.len() - 4..], &[10, 89, 0, 2]);
        let nx = reply(&q, parsed.end, RCODE_NXDOMAIN, &[]);
        assert_eq!(nx[3] & 0x0f, RCODE_NXDOMAIN);
    }

    #[test]
    fn answers_an_aaaa_question() {
        let q = query("web", TYPE_AAAA);
        let parsed = parse_question(&q).unwrap();
        let ip: std::net::Ipv6Addr = "fd99::2".parse().unwrap();
        let r = reply(&q, parsed.end, 0, &[ip.into()]);
        assert_eq!(u16::from_be_bytes([r[6], r[7]]), 1);
        let record = &r[parsed.end..];
        assert_eq!(u16::from_be_bytes([record[2], record[3]]), TYPE_AAAA);
        assert_eq!(u16::from_be_bytes([record[10], record[11]]), 16);
        assert_eq!(&record[12..], &ip.octets());
    }
}
