//! `POST /images/create?fromSrc=-` (the body is a root filesystem tarball)
//! or `fromSrc=URL` of a loopback address: `docker import`, through the
//! engine's `image::import`, in a job.

use super::http::{self, ApiError, ApiResponse, ApiResult};
use super::images::spool_body;
use super::jobs::Job;
use super::routes::{run_job, Call};
use crate::error::Result;
use crate::image::import::{import, ImportOptions};
use crate::image::ImageStore;
use crate::paths::Paths;
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};
use std::path::PathBuf;

#[derive(Debug, Serialize, Deserialize)]
pub enum ImportSource {
    /// The request's body, spooled here.
    Spooled(PathBuf),
    /// An http:// URL on a loopback address.
    Url(String),
}

/// What the job imports.
#[derive(Debug, Serialize, Deserialize)]
pub struct ImportRequest {
    source: ImportSource,
    name: Option<String>,
    changes: Vec<String>,
    message: Option<String>,
}

pub async fn import_image(call: Call, from: &str) -> ApiResult<ApiResponse> {
    let query = &call.query;
    let name = match (query.get("repo").filter(|r| !r.is_empty()), query.get("tag").filter(|t| !t.is_empty())) {
        (Some(repo), Some(tag)) => Some(format!("{repo}:{tag}")),
        (Some(repo), None) => Some(repo.to_string()),
        (None, _) => None,
    };
    let options = ImportOptions {
        name: name.clone(),
        changes: query.all("changes").into_iter().filter(|c| !c.is_empty()).collect(),
        message: query.get("message").filter(|m| !m.is_empty()).map(str::to_string),
        created: 0,
        ..Default::default()
    };
    // Everything the client asked is checked before the body is read.
    options.checked().map_err(|e| ApiError::bad_request(e.message))?;
    let (source, spool) = if from == "-" {
        let spool = spool_body(&call.service, call.body, "import-").await?;
        (ImportSource::Spooled(spool.path().to_path_buf()), Some(spool))
    } else {
        if !is_loopback_http(from) {
            return Err(ApiError::not_implemented(format!(
                "importing from {from:?} is not supported: skiff fetches fromSrc only from http:// URLs on loopback addresses; send the tarball as the body (fromSrc=-)"
            )));
        }
        (ImportSource::Url(from.to_string()), None)
    };
    let request = ImportRequest { source, name: options.name, changes: options.changes, message: options.message };
    let result = run_job(&call.service, &Job::Import(request), |_| {}).await;
    drop(spool);
    let id = result.map_err(|e| ApiError::bad_request(e.message))?;
    let id = id.as_str().unwrap_or_default();
    Ok(http::bytes_response("application/json", http::json_line(&json!({"status": format!("sha256:{id}")})).to_vec()))
}

/// `http://HOST[:PORT]/...` with HOST a loopback address or localhost.
fn is_loopback_http(url: &str) -> bool {
    let Some(rest) = url.strip_prefix("http://") else { return false };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let host = match authority.rsplit_once(':') {
        Some((host, port)) if port.bytes().all(|b| b.is_ascii_digit()) => host,
        _ => authority,
    };
    let host = host.trim_start_matches('[').trim_end_matches(']');
    host == "localhost" || host.parse::<std::net::IpAddr>().is_ok_and(|ip| ip.is_loopback())
}

/// The job, in the user namespace.
pub fn perform(paths: &Paths, request: ImportRequest) -> Result<Value> {
    let store = ImageStore::open(paths)?;
    let options = ImportOptions { name: request.name, changes: request.changes, message: request.message, created: crate::sys::clock::now(), ..Default::default() };
    let image = match &request.source {
        ImportSource::Spooled(path) => {
            let file = std::fs::File::open(path).map_err(|e| crate::err!("open the spooled tarball: {e}"))?;
            import(&store, file, "the request body", &options)?
        }
        ImportSource::Url(url) => {
            let response = ureq::get(url).call().map_err(|e| crate::err!("fetch {url}: {e}"))?;
            import(&store, response.into_reader(), url, &options)?
        }
    };
    Ok(json!(image.id))
}

#[cfg(test)]
mod tests {
    use super::is_loopback_http;

    #[test]
    fn only_loopback_http_urls_are_fetched() {
        assert!(is_loopback_http("http://127.0.0.1:8080/rootfs.tar"));
        assert!(is_loopback_http("http://localhost/rootfs.tar"));
        assert!(is_loopback_http("http://[::1]:80/x"));
        assert!(!is_loopback_http("http://example.com/rootfs.tar"));
        assert!(!is_loopback_http("http://127.0.0.1.example.com/x"));
        assert!(!is_loopback_http("https://127.0.0.1/x"));
        assert!(!is_loopback_http("ftp://127.0.0.1/x"));
    }
}
