//! `POST /images/{name}/push?tag=TAG`: to a registry, with Docker's JSON
//! progress and `X-Registry-Auth`, through the engine's registry push, in
//! a job. Without a tag, every stored tag of the repository is pushed.

use super::http::{self, ApiError, ApiResponse, ApiResult};
use super::images::{registry_credentials, registry_of, tls_verify_for};
use super::jobs::{Job, LayerProgress, Reply, PUSH_WORDS};
use super::routes::{blocking, not_found, run_job, Call};
use crate::error::Result;
use crate::image::reference::{self, repository_and_tag, Reference};
use crate::image::registry;
use crate::image::ImageStore;
use crate::paths::Paths;
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

/// What the job pushes: full names of stored images, each to the registry
/// it names.
#[derive(Debug, Serialize, Deserialize)]
pub struct PushRequest {
    names: Vec<String>,
    creds: Option<String>,
    tls_verify: Option<bool>,
}

pub async fn push(call: Call, name: &str) -> ApiResult<ApiResponse> {
    let tag = call.query.get("tag").filter(|t| !t.is_empty()).map(str::to_string);
    let full = reference::normalize_new_name(&match &tag {
        Some(tag) => format!("{name}:{tag}"),
        None => name.to_string(),
    })
    .map_err(|e| ApiError::bad_request(e.message))?;
    let (repository, _) = repository_and_tag(&full);
    let creds = registry_credentials(&call)?;
    let (paths, wanted, all_tags) = (call.service.paths.clone(), full.clone(), tag.is_none());
    let names = blocking(move || {
        let images = ImageStore::open(&paths)?.list()?;
        let names: Vec<String> = images
            .iter()
            .flat_map(|i| i.names.iter())
            .filter(|n| if all_tags { repository_and_tag(n).0 == repository } else { **n == wanted })
            .cloned()
            .collect();
        match names.is_empty() {
            true => Err(not_found("image", &wanted)),
            false => Ok(names),
        }
    })
    .await?;
    let (repository, _) = repository_and_tag(&full);
    let request = PushRequest { names, creds, tls_verify: registry_of(&full).and_then(tls_verify_for) };
    let (sender, response) = http::streamed("application/json");
    let service = call.service.clone();
    tokio::spawn(async move {
        let _ = sender.send(http::json_line(&json!({"status": format!("The push refers to repository [{repository}]")}))).await;
        let progress_sender = sender.clone();
        let result = run_job(&service, &Job::Push(request), move |line| {
            let _ = progress_sender.try_send(http::json_line(&line));
        })
        .await;
        if let Err(e) = result {
            let _ = sender.send(http::json_line(&json!({"errorDetail": {"message": e.message}, "error": e.message}))).await;
        }
    });
    Ok(response)
}

/// The job, in the user namespace: each name in turn, a digest line and
/// Docker's `aux` after each.
pub fn perform(paths: &Paths, request: PushRequest, reply: &Reply) -> Result<Value> {
    let store = ImageStore::open(paths)?;
    let access = registry::Access { tls_verify: request.tls_verify, cert_dir: None, creds: request.creds.as_deref(), authfile: None };
    for name in &request.names {
        let image = store.lookup(name)?;
        let destination = Reference::parse(name)?;
        let digest = registry::push::push_to_registry(&store, &image, &destination, &access, None, &LayerProgress::new(reply, &PUSH_WORDS))?;
        let tag = repository_and_tag(name).1;
        reply.progress(json!({"status": format!("{tag}: digest: {digest}")}));
        reply.progress(json!({"progressDetail": {}, "aux": {"Tag": tag, "Digest": digest}}));
    }
    Ok(json!(request.names))
}
