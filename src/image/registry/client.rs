//! HTTP to one registry, per the OCI distribution spec: finding out whether
//! it speaks TLS, authenticating (basic, or a bearer token from the realm
//! its `WWW-Authenticate` challenge names), and sending requests.

use super::auth::Credentials;
use crate::error::{Context, Result};
use std::io::Read;
use std::sync::Mutex;
use std::time::Duration;

/// Docker Hub's name in references and the host that serves it.
const DOCKER_HUB: &str = "docker.io";
const DOCKER_HUB_HOST: &str = "registry-1.docker.io";
/// Token responses and error bodies are small.
const MAX_SMALL_BODY: u64 = 1 << 20;

/// How to reach a registry.
pub struct Options<'a> {
    /// Whether TLS certificates are verified; false also allows plain http.
    pub tls_verify: bool,
    /// Where trusted authorities for this registry are, besides the defaults.
    pub cert_dir: Option<&'a std::path::Path>,
    pub credentials: Option<Credentials>,
}

pub struct Client {
    agent: ureq::Agent,
    /// "https://host:port" or "http://host:port".
    base: String,
    /// The registry as references name it: "docker.io", "127.0.0.1:5000".
    pub registry: String,
    credentials: Option<Credentials>,
    /// The Authorization header value once authenticated.
    authorization: Mutex<Option<String>>,
}

/// A request body: none, or a stream of known length.
pub enum Body<'a> {
    Empty,
    Bytes(&'a [u8]),
    Stream(Box<dyn Read + 'a>, u64),
}

impl Client {
    /// Connect to `registry` and authenticate for `scope` (e.g.
    /// "repository:library/busybox:pull").
    pub fn connect(registry: &str, options: Options, scope: &str) -> Result<Client> {
        let mut builder = ureq::AgentBuilder::new()
            .timeout_connect(Duration::from_secs(30))
            .timeout_read(Duration::from_secs(120))
            // Blobs are often served by a redirect to other storage, which
            // must not see the registry's credentials.
            .redirect_auth_headers(ureq::RedirectAuthHeaders::Never)
            .user_agent(concat!("skiff/", env!("CARGO_PKG_VERSION")));
        if let Some(config) = super::tls::client_config(registry, options.tls_verify, options.cert_dir)? {
            builder = builder.tls_config(config);
        }
        let agent = builder.build();
        let host = if registry == DOCKER_HUB { DOCKER_HUB_HOST } else { registry };
        let https = format!("https://{host}");
        let (base, ping) = match agent.get(&format!("{https}/v2/")).call() {
            Ok(response) => (https, Ok(response)),
            Err(ureq::Error::Status(code, response)) => (https, Err((code, response))),
            Err(ureq::Error::Transport(e)) if !options.tls_verify => {
                // Allowed to fall back to plain http.
                let http = format!("http://{host}");
                match agent.get(&format!("{http}/v2/")).call() {
                    Ok(response) => (http, Ok(response)),
                    Err(ureq::Error::Status(code, response)) => (http, Err((code, response))),
                    Err(e2) => return Err(crate::err!("pinging container registry {registry}: {e}; over http: {}", transport_message(&e2))),
                }
            }
            Err(e) => {
                let hint = if failed_in_tls(&e) {
                    " (trust a private certificate authority with --cert-dir; a registry without TLS needs --tls-verify=false)"
                } else {
                    ""
                };
                return Err(crate::err!("pinging container registry {registry}: Get \"{https}/v2/\": {}{hint}", transport_message(&e)));
            }
        };
        let client = Client { agent, base, registry: registry.to_string(), credentials: options.credentials, authorization: Mutex::new(None) };
        match ping {
            Ok(_) => {}
            Err((401, response)) => client.authenticate(&response, scope)?,
            Err((code, _)) => return Err(crate::err!("pinging container registry {registry}: unexpected status {code}")),
        }
        Ok(client)
    }

    /// Answer a 401 challenge: remember basic credentials, or fetch a token.
    fn authenticate(&self, challenge_response: &ureq::Response, scope: &str) -> Result<()> {
        let header = challenge_response.header("WWW-Authenticate").unwrap_or_default().to_string();
        let challenge = Challenge::parse(&header)
            .ok_or_else(|| crate::err!("registry {} asks for authentication of an unknown kind: {header:?}", self.registry))?;
        let value = match challenge {
            Challenge::Basic => {
                let credentials = self.credentials.as_ref().ok_or_else(|| self.unauthorized())?;
                format!("Basic {}", credentials.encoded())
            }
            Challenge::Bearer { realm, service } => format!("Bearer {}", self.fetch_token(&realm, service.as_deref(), scope)?),
        };
        *self.authorization.lock().expect("no thread panics holding it") = Some(value);
        Ok(())
    }

    fn unauthorized(&self) -> crate::error::Error {
        if self.credentials.is_some() {
            return crate::err!("{}: invalid username/password", self.registry);
        }
        crate::err!("authentication required by {}: log in with `skiff login {}` or give --creds", self.registry, self.registry)
    }

    /// The token flow of the distribution spec: GET the realm with service
    /// and scope, with basic credentials when there are some.
    fn fetch_token(&self, realm: &str, service: Option<&str>, scope: &str) -> Result<String> {
        let mut request = self.agent.get(realm);
        if !scope.is_empty() {
            request = request.query("scope", scope);
        }
        if let Some(service) = service {
            request = request.query("service", service);
        }
        if let Some(credentials) = &self.credentials {
            request = request.set("Authorization", &format!("Basic {}", credentials.encoded()));
        }
        let response = match request.call() {
            Ok(response) => response,
            Err(ureq::Error::Status(401 | 403, _)) => return Err(self.unauthorized()),
            Err(e) => return Err(crate::err!("get a token from {realm}: {}", transport_message(&e))),
        };
        let mut body = Vec::new();
        response.into_reader().take(MAX_SMALL_BODY).read_to_end(&mut body).context(|| format!("read the token from {realm}"))?;
        #[derive(serde::Deserialize)]
        struct TokenResponse {
            token: Option<String>,
            access_token: Option<String>,
        }
        let parsed: TokenResponse = serde_json::from_slice(&body).context(|| format!("parse the token from {realm}"))?;
        parsed.token.or(parsed.access_token).filter(|t| !t.is_empty()).ok_or_else(|| crate::err!("{realm} returned no token"))
    }

    /// Send a request for `path` (under the registry's base, or an absolute
    /// URL the registry handed out). Returns the response when its status is
    /// one of `expected`, else an error that says what failed.
    pub fn send(&self, method: &str, path: &str, headers: &[(&str, &str)], body: Body<'_>, expected: &[u16]) -> Result<ureq::Response> {
        let url = if path.starts_with("http://") || path.starts_with("https://") { path.to_string() } else { format!("{}{path}", self.base) };
        let mut request = self.agent.request(method, &url);
        if let Some(authorization) = self.authorization.lock().expect("no thread panics holding it").as_deref() {
            request = request.set("Authorization", authorization);
        }
        for (name, value) in headers {
            request = request.set(name, value);
        }
        let result = match body {
            Body::Empty => request.call(),
            Body::Bytes(data) => request.send_bytes(data),
            Body::Stream(reader, length) => request.set("Content-Length", &length.to_string()).send(reader),
        };
        let what = || format!("{method} {}", url.split('?').next().unwrap_or(&url));
        match result {
            Ok(response) if expected.contains(&response.status()) => Ok(response),
            Ok(response) => Err(crate::err!("{}: unexpected status {}", what(), response.status())),
            Err(ureq::Error::Status(code, response)) if expected.contains(&code) => Ok(response),
            Err(ureq::Error::Status(401 | 403, _)) => Err(self.unauthorized()),
            Err(ureq::Error::Status(code, response)) => Err(crate::err!("{}: {}", what(), status_message(code, response))),
            Err(e) => Err(crate::err!("{}: {}", what(), transport_message(&e))),
        }
    }

    /// Check that the registry accepts the credentials (for login).
    pub fn verify_login(&self) -> Result<()> {
        self.send("GET", "/v2/", &[], Body::Empty, &[200]).map(drop)
    }

    /// Like [`Client::send`] for requests where 404 is an answer, not an error.
    pub fn send_optional(&self, method: &str, path: &str, headers: &[(&str, &str)]) -> Result<Option<ureq::Response>> {
        match self.send(method, path, headers, Body::Empty, &[200, 404]) {
            Ok(response) if response.status() == 404 => Ok(None),
            other => other.map(Some),
        }
    }
}

/// What a `WWW-Authenticate` header asks for.
enum Challenge {
    Basic,
    Bearer { realm: String, service: Option<String> },
}

impl Challenge {
    fn parse(header: &str) -> Option<Challenge> {
        let (scheme, params) = header.trim().split_once(' ').unwrap_or((header.trim(), ""));
        if scheme.eq_ignore_ascii_case("basic") {
            return Some(Challenge::Basic);
        }
        if !scheme.eq_ignore_ascii_case("bearer") {
            return None;
        }
        let params = parse_params(params);
        let get = |key: &str| params.iter().find(|(k, _)| k.eq_ignore_ascii_case(key)).map(|(_, v)| v.clone());
        Some(Challenge::Bearer { realm: get("realm")?, service: get("service") })
    }
}

/// `key="value",key2=value2` (values may hold commas inside quotes).
fn parse_params(text: &str) -> Vec<(String, String)> {
    let mut params = Vec::new();
    let mut rest = text.trim();
    while let Some((key, after)) = rest.split_once('=') {
        let key = key.trim().trim_start_matches(',').trim().to_string();
        let after = after.trim_start();
        let (value, remaining) = if let Some(quoted) = after.strip_prefix('"') {
            match quoted.find('"') {
                Some(end) => (quoted[..end].to_string(), &quoted[end + 1..]),
                None => (quoted.to_string(), ""),
            }
        } else {
            match after.find(',') {
                Some(end) => (after[..end].trim().to_string(), &after[end..]),
                None => (after.trim().to_string(), ""),
            }
        };
        params.push((key, value));
        rest = remaining.trim_start().trim_start_matches(',');
    }
    params
}

/// The registry's own error message (the spec's `errors` array), if any.
fn status_message(code: u16, response: ureq::Response) -> String {
    let mut body = Vec::new();
    let _ = response.into_reader().take(MAX_SMALL_BODY).read_to_end(&mut body);
    #[derive(serde::Deserialize)]
    struct Errors {
        errors: Vec<ErrorEntry>,
    }
    #[derive(serde::Deserialize)]
    struct ErrorEntry {
        code: Option<String>,
        message: Option<String>,
    }
    let detail = serde_json::from_slice::<Errors>(&body).ok().and_then(|e| e.errors.into_iter().next()).map(|e| {
        let message = e.message.unwrap_or_default();
        match e.code {
            Some(code) => format!("{}: {message}", code.to_lowercase().replace('_', " ")),
            None => message,
        }
    });
    match detail {
        Some(detail) => format!("status {code}: {detail}"),
        None => format!("status {code}"),
    }
}

/// Whether a connection failed in the TLS handshake (rather than, say,
/// being refused).
fn failed_in_tls(e: &ureq::Error) -> bool {
    let mut cause: Option<&(dyn std::error::Error + 'static)> = match e {
        ureq::Error::Transport(t) => std::error::Error::source(t),
        ureq::Error::Status(..) => None,
    };
    while let Some(e) = cause {
        let wrapped = e.downcast_ref::<std::io::Error>().and_then(|io| io.get_ref());
        if e.is::<rustls::Error>() || wrapped.is_some_and(|w| w.is::<rustls::Error>()) {
            return true;
        }
        cause = e.source();
    }
    false
}

/// A transport error on one line, without the URL (the caller names it).
/// Whether a registry error looks passing (the registry unreachable a
/// moment, a dropped connection, a 5xx or 429 answer): worth a retry, as
/// podman's `--retry` retries only those. Told from the message, which is
/// all that reaches the caller.
pub fn is_transient(message: &str) -> bool {
    const PASSING: &[&str] = &["Connection Failed", "Dns Failed", "Network Error", "Io:", "status 429", "status 500", "status 502", "status 503", "status 504"];
    PASSING.iter().any(|kind| message.contains(kind))
}

fn transport_message(e: &ureq::Error) -> String {
    match e {
        ureq::Error::Transport(t) => {
            let mut text = match t.message() {
                Some(message) => format!("{}: {message}", t.kind()),
                None => t.kind().to_string(),
            };
            // The cause (a certificate problem, a refused connection) is deeper.
            let mut cause = std::error::Error::source(t);
            while let Some(e) = cause {
                text.push_str(&format!(": {e}"));
                cause = e.source();
            }
            text.replace('\n', " ")
        }
        ureq::Error::Status(code, _) => format!("status {code}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_challenges() {
        let Some(Challenge::Bearer { realm, service }) =
            Challenge::parse(r#"Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:a/b:pull,push""#)
        else {
            panic!("not a bearer challenge")
        };
        assert_eq!(realm, "https://auth.docker.io/token");
        assert_eq!(service.as_deref(), Some("registry.docker.io"));
        assert!(matches!(Challenge::parse(r#"Basic realm="Registry Realm""#), Some(Challenge::Basic)));
        assert!(Challenge::parse("Negotiate").is_none());
        let params = parse_params(r#"a="x,y", b=z"#);
        assert_eq!(params, [("a".to_string(), "x,y".to_string()), ("b".to_string(), "z".to_string())]);
    }
}
