//! Searching a registry, as containers/image does: Docker Hub's
//! `/v1/search` where the registry has it, else the repositories of its
//! `/v2/_catalog` whose names contain the term; and the tags of one
//! repository (`/v2/NAME/tags/list`).

use super::client::{Body, Client};
use crate::error::{Context, Result};
use serde::Deserialize;
use std::io::Read;

/// Catalogs and tag lists of a large registry run to megabytes, no more.
const MAX_LISTING_SIZE: u64 = 32 << 20;

/// One repository found; stars, official and automated only where the
/// registry keeps them (Docker Hub's search API).
#[derive(Debug, Clone, Default, Deserialize)]
pub struct Found {
    pub name: String,
    #[serde(default)]
    pub description: String,
    #[serde(default, alias = "star_count")]
    pub stars: u64,
    #[serde(default, alias = "is_official")]
    pub official: bool,
    #[serde(default, alias = "is_automated")]
    pub automated: bool,
}

#[derive(Deserialize)]
struct V1Results {
    #[serde(default)]
    results: Vec<Found>,
}

#[derive(Deserialize)]
struct Catalog {
    #[serde(default)]
    repositories: Vec<String>,
}

#[derive(Deserialize)]
struct TagList {
    #[serde(default)]
    tags: Option<Vec<String>>,
}

/// Up to `limit` repositories of the registry matching `term`.
pub fn search(client: &Client, term: &str, limit: usize) -> Result<Vec<Found>> {
    let query = format!("/v1/search?{}", form_urlencoded::Serializer::new(String::new()).append_pair("q", term).append_pair("n", &limit.to_string()).finish());
    if let Some(response) = client.send_optional("GET", &query, &[]).ok().flatten() {
        // A registry without the v1 API may still answer 200 with a page
        // that is not its JSON: then the catalog is the answer.
        if let Ok(found) = serde_json::from_slice::<V1Results>(&read_listing(response, "search results")?) {
            return Ok(found.results.into_iter().take(limit).collect());
        }
    }
    let response = client.send("GET", "/v2/_catalog", &[], Body::Empty, &[200])?;
    let catalog: Catalog = serde_json::from_slice(&read_listing(response, "catalog")?).context(|| "parse the registry's catalog".into())?;
    Ok(catalog
        .repositories
        .into_iter()
        .filter(|name| name.contains(term))
        .take(limit)
        .map(|name| Found { name, ..Found::default() })
        .collect())
}

/// Up to `limit` tags of the repository `path`.
/// Up to `limit` tags of the repository `reference` names, from its
/// registry as registries.conf reaches it (`search --list-tags`,
/// `pull --all-tags`).
pub fn repository_tags(reference: &crate::image::reference::Reference, access: &super::Access, limit: usize) -> Result<Vec<String>> {
    let conf = super::registries_conf::RegistriesConf::load()?;
    let source = conf.push_destination(reference)?;
    let client = super::connect_source(&source, access, "pull")?;
    list_tags(&client, &reference.path, limit)
}

pub fn list_tags(client: &Client, path: &str, limit: usize) -> Result<Vec<String>> {
    let response = client.send_optional("GET", &format!("/v2/{path}/tags/list"), &[])?;
    let response = response.ok_or_else(|| crate::err!("{}/{path}: no such repository", client.registry))?;
    let list: TagList = serde_json::from_slice(&read_listing(response, "tag list")?).context(|| format!("parse the tags of {path}"))?;
    Ok(list.tags.unwrap_or_default().into_iter().take(limit).collect())
}

fn read_listing(response: ureq::Response, what: &str) -> Result<Vec<u8>> {
    let mut data = Vec::new();
    response.into_reader().take(MAX_LISTING_SIZE + 1).read_to_end(&mut data).context(|| format!("read the {what}"))?;
    if data.len() as u64 > MAX_LISTING_SIZE {
        return Err(crate::err!("the {what} is larger than {MAX_LISTING_SIZE} bytes: refused"));
    }
    Ok(data)
}
