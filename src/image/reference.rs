//! Image references: `[DOMAIN/]PATH[:TAG][@DIGEST]`, their validation and
//! the two ways of filling in what a short name leaves out: podman's (local
//! images live under `localhost/`) and docker's (`docker.io/library/`).

use crate::error::Result;
use std::fmt;

const DEFAULT_TAG: &str = "latest";
const LOCAL_DOMAIN: &str = "localhost";
const DOCKER_DOMAIN: &str = "docker.io";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reference {
    /// Registry host (with port), when the name has one.
    pub domain: Option<String>,
    /// Repository path inside the registry: "bb", "library/busybox".
    pub path: String,
    pub tag: Option<String>,
    /// "sha256:<hex>" when the reference pins a manifest digest.
    pub digest: Option<String>,
}

impl Reference {
    /// Parse and validate a reference as docker's reference grammar does.
    pub fn parse(input: &str) -> Result<Reference> {
        let invalid = |why: &str| crate::err!("invalid reference format: {why}: \"{input}\"");
        let (rest, digest) = match input.split_once('@') {
            Some((rest, digest)) => {
                if !valid_digest(digest) {
                    return Err(invalid("invalid digest"));
                }
                (rest, Some(digest.to_string()))
            }
            None => (input, None),
        };
        // A ':' after the last '/' starts the tag; one before is a port.
        let (name, tag) = match rest.rfind(':') {
            Some(i) if !rest[i..].contains('/') => (&rest[..i], Some(rest[i + 1..].to_string())),
            _ => (rest, None),
        };
        if let Some(tag) = &tag {
            if !valid_tag(tag) {
                return Err(invalid("invalid tag"));
            }
        }
        let (domain, path) = match name.split_once('/') {
            Some((first, path)) if is_domain(first) => (Some(first.to_string()), path),
            _ => (None, name),
        };
        if let Some(domain) = &domain {
            if !valid_domain(domain) {
                return Err(invalid("invalid registry"));
            }
        }
        if path.chars().any(|c| c.is_ascii_uppercase()) {
            return Err(invalid("repository name must be lowercase"));
        }
        if !path.split('/').all(valid_path_component) {
            return Err(invalid("invalid repository name"));
        }
        Ok(Reference { domain, path: path.to_string(), tag, digest })
    }

    /// `DOMAIN/PATH`, or just `PATH` without a domain.
    pub fn repository(&self) -> String {
        match &self.domain {
            Some(d) => format!("{d}/{}", self.path),
            None => self.path.clone(),
        }
    }

    /// Podman's rule for names it creates (import, load of OCI archives): a
    /// name without a registry is local, and the tag defaults to latest.
    pub fn normalize_local(mut self) -> Reference {
        self.domain.get_or_insert_with(|| LOCAL_DOMAIN.to_string());
        self.default_tag()
    }

    /// Docker's rule (names in docker archives): a name without a registry is
    /// on Docker Hub, where one-component names live under `library/`.
    pub fn normalize_docker(mut self) -> Reference {
        if self.domain.is_none() || self.domain.as_deref() == Some("index.docker.io") {
            self.domain = Some(DOCKER_DOMAIN.to_string());
        }
        if self.domain.as_deref() == Some(DOCKER_DOMAIN) && !self.path.contains('/') {
            self.path = format!("library/{}", self.path);
        }
        self.default_tag()
    }

    fn default_tag(mut self) -> Reference {
        if self.tag.is_none() && self.digest.is_none() {
            self.tag = Some(DEFAULT_TAG.to_string());
        }
        self
    }

    /// The full names a short reference may stand for, most likely first:
    /// a local image, then one from Docker Hub.
    pub fn lookup_candidates(&self) -> Vec<Reference> {
        if self.domain.is_some() {
            // Only fills in the tag, and Docker Hub's "library/".
            return vec![self.clone().normalize_docker()];
        }
        vec![self.clone().normalize_local(), self.clone().normalize_docker()]
    }

    /// Whether the stored full name `name` ends with this short reference:
    /// `busybox` matches `quay.io/foo/busybox:latest`.
    pub fn is_suffix_of(&self, name: &str) -> bool {
        let Ok(full) = Reference::parse(name) else { return false };
        let wanted = self.clone().default_tag();
        full.repository().ends_with(&format!("/{}", wanted.repository()))
            && full.tag == wanted.tag
            && full.digest == wanted.digest
    }
}

impl fmt::Display for Reference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.repository())?;
        if let Some(tag) = &self.tag {
            write!(f, ":{tag}")?;
        }
        if let Some(digest) = &self.digest {
            write!(f, "@{digest}")?;
        }
        Ok(())
    }
}

/// Normalize a name given by the user for a new image (podman rules). A bare
/// 64-hex name is refused: it would be mistaken for an image id.
pub fn normalize_new_name(input: &str) -> Result<String> {
    let reference = Reference::parse(input)?;
    if reference.domain.is_none() && is_hex(&reference.path) && reference.path.len() == 64 {
        return Err(crate::err!("invalid reference format: cannot use a 64-byte hexadecimal string as a name: \"{input}\""));
    }
    Ok(reference.normalize_local().to_string())
}

/// Repository and tag of a stored full name, as `images` shows them
/// (`<none>` for a name that pins only a digest).
pub fn repository_and_tag(name: &str) -> (String, String) {
    match Reference::parse(name) {
        Ok(r) => {
            let tag = r.tag.clone().unwrap_or_else(|| "<none>".to_string());
            (r.repository(), tag)
        }
        Err(_) => (name.to_string(), "<none>".to_string()),
    }
}

pub fn is_hex(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase())
}

/// Docker's heuristic: the first component names a registry when it looks
/// like a host name (has a dot or a port) or is `localhost`.
fn is_domain(first: &str) -> bool {
    first.contains('.') || first.contains(':') || first == LOCAL_DOMAIN
}

fn valid_domain(domain: &str) -> bool {
    let (host, port) = match domain.rsplit_once(':') {
        Some((h, p)) => (h, Some(p)),
        None => (domain, None),
    };
    let host_ok = !host.is_empty()
        && host.split('.').all(|label| {
            !label.is_empty()
                && label.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
                && !label.starts_with('-')
                && !label.ends_with('-')
        });
    let port_ok = port.is_none_or(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()));
    host_ok && port_ok
}

/// `[a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*`
fn valid_path_component(component: &str) -> bool {
    let bytes = component.as_bytes();
    let alnum = |b: u8| b.is_ascii_lowercase() || b.is_ascii_digit();
    if bytes.is_empty() || !alnum(bytes[0]) || !alnum(bytes[bytes.len() - 1]) {
        return false;
    }
    let mut i = 0;
    while i < bytes.len() {
        if alnum(bytes[i]) {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && !alnum(bytes[i]) {
            i += 1;
        }
        let separator = &component[start..i];
        let ok = matches!(separator, "." | "_" | "__") || separator.bytes().all(|b| b == b'-');
        if !ok {
            return false;
        }
    }
    true
}

/// `[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}`
fn valid_tag(tag: &str) -> bool {
    let word = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
    let bytes = tag.as_bytes();
    !bytes.is_empty() && bytes.len() <= 128 && word(bytes[0]) && bytes.iter().all(|&b| word(b) || b == b'.' || b == b'-')
}

/// `ALGORITHM:HEX`, with at least 32 hex digits.
fn valid_digest(digest: &str) -> bool {
    match digest.split_once(':') {
        Some((alg, hex)) => {
            !alg.is_empty() && alg.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()) && hex.len() >= 32 && is_hex(hex)
        }
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn local(s: &str) -> String {
        normalize_new_name(s).unwrap()
    }
    fn docker(s: &str) -> String {
        Reference::parse(s).unwrap().normalize_docker().to_string()
    }

    #[test]
    fn podman_normalization() {
        assert_eq!(local("bb"), "localhost/bb:latest");
        assert_eq!(local("bb:1"), "localhost/bb:1");
        assert_eq!(local("x/y"), "localhost/x/y:latest");
        assert_eq!(local("quay.io/x/y"), "quay.io/x/y:latest");
        assert_eq!(local("localhost:5000/x:v1.2"), "localhost:5000/x:v1.2");
        assert_eq!(local("localhost/bb"), "localhost/bb:latest");
    }

    #[test]
    fn docker_normalization() {
        assert_eq!(docker("busybox:latest"), "docker.io/library/busybox:latest");
        assert_eq!(docker("busybox"), "docker.io/library/busybox:latest");
        assert_eq!(docker("user/app:1"), "docker.io/user/app:1");
        assert_eq!(docker("localhost/x:y"), "localhost/x:y");
        assert_eq!(docker("index.docker.io/busybox"), "docker.io/library/busybox:latest");
    }

    #[test]
    fn parses_digests_and_ports() {
        let d = format!("sha256:{}", "a".repeat(64));
        let r = Reference::parse(&format!("reg:5000/x/y@{d}")).unwrap();
        assert_eq!(r.domain.as_deref(), Some("reg:5000"));
        assert_eq!(r.path, "x/y");
        assert_eq!(r.tag, None);
        assert_eq!(r.digest.as_deref(), Some(d.as_str()));
        assert_eq!(r.clone().normalize_local().to_string(), format!("reg:5000/x/y@{d}"));
    }

    #[test]
    fn rejects_bad_names() {
        for bad in ["BB", "bb:", ":tag", "a//b", "-a", "a-", "bb:-x", "a..b", "a@sha256:xyz", ""] {
            assert!(Reference::parse(bad).is_err(), "{bad} should be invalid");
        }
        assert!(normalize_new_name(&"a".repeat(64)).is_err());
        assert!(Reference::parse("a__b.c-d---e").is_ok());
    }

    #[test]
    fn short_name_candidates() {
        let r = Reference::parse("bb").unwrap();
        let c: Vec<String> = r.lookup_candidates().iter().map(|r| r.to_string()).collect();
        assert_eq!(c, ["localhost/bb:latest", "docker.io/library/bb:latest"]);
        let r = Reference::parse("x/y:2").unwrap();
        let c: Vec<String> = r.lookup_candidates().iter().map(|r| r.to_string()).collect();
        assert_eq!(c, ["localhost/x/y:2", "docker.io/x/y:2"]);
        let r = Reference::parse("docker.io/busybox").unwrap();
        assert_eq!(r.lookup_candidates()[0].to_string(), "docker.io/library/busybox:latest");
        let r = Reference::parse("quay.io/x").unwrap();
        assert_eq!(r.lookup_candidates()[0].to_string(), "quay.io/x:latest");
    }

    #[test]
    fn suffix_matching() {
        let r = Reference::parse("busybox").unwrap();
        assert!(r.is_suffix_of("quay.io/foo/busybox:latest"));
        assert!(!r.is_suffix_of("quay.io/foo/busybox:1"));
        assert!(!r.is_suffix_of("quay.io/foo/notbusybox:latest"));
        assert!(Reference::parse("foo/busybox:1").unwrap().is_suffix_of("quay.io/foo/busybox:1"));
    }

    #[test]
    fn splits_repository_and_tag() {
        assert_eq!(repository_and_tag("localhost/bb:latest"), ("localhost/bb".into(), "latest".into()));
        let d = format!("sha256:{}", "b".repeat(64));
        assert_eq!(repository_and_tag(&format!("quay.io/x@{d}")), ("quay.io/x".into(), "<none>".into()));
    }
}
