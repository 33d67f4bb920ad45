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
    let platform = wanted_platform(&call)?;
    let (paths, wanted, all_tags) = (call.service.paths.clone(), full.clone(), tag.is_none());
    let names = blocking(move || {
        let store = ImageStore::open(&paths)?;
        let images = store.list()?;
        // Each image has one platform: one that is not the one asked for
        // has nothing to push.
        if let Some((os, architecture, variant)) = &platform {
            for image in images.iter().filter(|i| i.names.iter().any(|n| if all_tags { repository_and_tag(n).0 == repository } else { *n == wanted })) {
                let actual = store.manifest_summary(image).platform;
                if (!os.is_empty() && actual.os != *os) || (!architecture.is_empty() && actual.architecture != *architecture) || variant.as_ref().is_some_and(|v| actual.variant.as_ref() != Some(v)) {
                    let asked = [os.as_str(), architecture.as_str(), variant.as_deref().unwrap_or_default()].iter().filter(|p| !p.is_empty()).copied().collect::<Vec<_>>().join("/");
                    return Err(ApiError::not_found(format!("image {wanted} is {}, not the platform asked for ({asked})", actual)));
                }
            }
        }
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

/// The `platform` query of API 1.46 (a JSON OCI platform), as (os,
/// architecture, variant).
fn wanted_platform(call: &Call) -> ApiResult<Option<(String, String, Option<String>)>> {
    let Some(text) = call.query.get("platform").filter(|p| !p.is_empty() && call.version >= 46) else { return Ok(None) };
    let value: Value = serde_json::from_str(text).map_err(|e| ApiError::bad_request(format!("invalid platform {text:?}: {e}")))?;
    let field = |key: &str| value.get(key).and_then(Value::as_str).unwrap_or_default().to_string();
    let variant = Some(field("variant")).filter(|v| !v.is_empty());
    Ok(Some((field("os"), field("architecture"), variant)))
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
