//! `POST /commit`: a container's changes become an image, through the same
//! engine call as `skiff commit` (`container::commit`), in a job.

use super::http::{self, ApiError, ApiResponse, ApiResult};
use super::jobs::Job;
use super::routes::{blocking, not_found, run_job, Call};
use crate::container::commit::{commit, CommitOptions};
use crate::error::Result;
use crate::paths::Paths;
use hyper::StatusCode;
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

/// What the job commits.
#[derive(Debug, Serialize, Deserialize)]
pub struct CommitRequest {
    container: String,
    image: Option<String>,
    author: Option<String>,
    comment: Option<String>,
    changes: Vec<String>,
    pause: bool,
}

/// The parts of the body's container config an image keeps, as the
/// Dockerfile instructions that set them (Docker merges them into the
/// image's config).
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
struct ConfigBody {
    cmd: Option<Vec<String>>,
    entrypoint: Option<Vec<String>>,
    env: Option<Vec<String>>,
    labels: Option<std::collections::BTreeMap<String, String>>,
    working_dir: Option<String>,
    user: Option<String>,
    exposed_ports: Option<std::collections::BTreeMap<String, Value>>,
    volumes: Option<std::collections::BTreeMap<String, Value>>,
    stop_signal: Option<String>,
}

impl ConfigBody {
    fn instructions(&self) -> Vec<String> {
        let json_array = |argv: &Vec<String>| serde_json::to_string(argv).unwrap_or_default();
        let mut out = Vec::new();
        out.extend(self.cmd.iter().map(|c| format!("CMD {}", json_array(c))));
        out.extend(self.entrypoint.iter().map(|e| format!("ENTRYPOINT {}", json_array(e))));
        out.extend(self.env.iter().flatten().map(|e| format!("ENV {e}")));
        out.extend(self.labels.iter().flatten().map(|(k, v)| format!("LABEL {}={}", k, serde_json::to_string(v).unwrap_or_default())));
        out.extend(self.working_dir.iter().filter(|w| !w.is_empty()).map(|w| format!("WORKDIR {w}")));
        out.extend(self.user.iter().filter(|u| !u.is_empty()).map(|u| format!("USER {u}")));
        out.extend(self.exposed_ports.iter().flat_map(|p| p.keys()).map(|p| format!("EXPOSE {p}")));
        out.extend(self.volumes.iter().flat_map(|v| v.keys()).map(|v| format!("VOLUME {v}")));
        out.extend(self.stop_signal.iter().filter(|s| !s.is_empty()).map(|s| format!("STOPSIGNAL {s}")));
        out
    }
}

pub async fn commit_container(call: Call) -> ApiResult<ApiResponse> {
    let query = &call.query;
    let container = query.get("container").filter(|c| !c.is_empty()).ok_or_else(|| ApiError::bad_request("container is required"))?.to_string();
    let image = match (query.get("repo").filter(|r| !r.is_empty()), query.get("tag").filter(|t| !t.is_empty())) {
        (Some(repo), Some(tag)) => Some(format!("{repo}:{tag}")),
        (Some(repo), None) => Some(repo.to_string()),
        (None, Some(_)) => return Err(ApiError::bad_request("tag given without repo")),
        (None, None) => None,
    };
    if let Some(image) = &image {
        crate::image::reference::normalize_new_name(image).map_err(|e| ApiError::bad_request(e.message))?;
    }
    let mut changes: Vec<String> = query.all("changes").into_iter().filter(|c| !c.is_empty()).collect();
    // Docker pauses unless told not to.
    let pause = query.flag("pause", true)?;
    let request_author = query.get("author").filter(|a| !a.is_empty()).map(str::to_string);
    let comment = query.get("comment").filter(|c| !c.is_empty()).map(str::to_string);
    let config: ConfigBody = http::read_json(call.body).await?;
    changes.extend(config.instructions());
    let (paths, key) = (call.service.paths.clone(), container.clone());
    blocking(move || crate::container::ContainerStore::open(&paths).lookup(&key).map(drop).map_err(|_| not_found("container", &key))).await?;
    let request = CommitRequest { container, image, author: request_author, comment, changes, pause };
    let id = run_job(&call.service, &Job::Commit(request), |_| {}).await?;
    Ok(http::json_response(StatusCode::CREATED, &json!({"Id": format!("sha256:{}", id.as_str().unwrap_or_default())})))
}

/// The job: the engine's commit (which enters the user namespace itself).
pub fn perform(paths: &Paths, request: CommitRequest) -> Result<Value> {
    let options = CommitOptions {
        container: request.container,
        image: request.image,
        author: request.author,
        message: request.comment,
        changes: request.changes,
        pause: request.pause,
        ..Default::default()
    };
    Ok(json!(commit(paths, &options, &crate::image::registry::Silent)?.id))
}
