//! podman's image filters (`images --filter`, `image prune --filter`); in
//! container/ rather than image/ because the glob match is runtime's.

use crate::image::{reference, ImageRecord, ImageStore};
use crate::error::Result;

/// One `--filter KEY=VALUE`.
pub enum ImageFilter {
    Dangling(bool),
    /// A glob (`*` within a path component) on the image's names.
    Reference(String),
    /// `label=KEY[=VALUE]`; `present` false for `label!=`.
    Label { key: String, value: Option<String>, present: bool },
    /// Created before this time (unix seconds).
    Until(i64),
}

/// The keys `images --filter` takes.
pub const LIST_KEYS: &[&str] = &["dangling", "reference", "label", "label!", "until"];
/// The keys `image prune --filter` takes, as podman's.
pub const PRUNE_KEYS: &[&str] = &["label", "label!", "until"];

impl ImageFilter {
    /// Parse `text`, refusing keys not in `allowed`.
    pub fn parse(text: &str, allowed: &[&str]) -> Result<ImageFilter> {
        let described: Vec<String> = allowed
            .iter()
            .map(|key| match *key {
                "dangling" => "dangling=true|false".to_string(),
                "reference" => "reference=PATTERN".to_string(),
                "until" => "until=TIME".to_string(),
                label => format!("{label}=KEY[=VALUE]"),
            })
            .collect();
        let invalid = || crate::err!("invalid image filter {text:?}: use {}", described.join(", "));
        // "label!=K" splits at "!=" before "=".
        let (key, value) = match text.split_once("!=") {
            Some((key, value)) if !key.contains('=') => (format!("{key}!"), value),
            _ => text.split_once('=').map(|(k, v)| (k.to_string(), v)).ok_or_else(invalid)?,
        };
        if !allowed.contains(&key.as_str()) || value.is_empty() {
            return Err(invalid());
        }
        match key.as_str() {
            "dangling" => value.parse().map(ImageFilter::Dangling).map_err(|_| invalid()),
            "reference" => Ok(ImageFilter::Reference(value.to_string())),
            "label" | "label!" => {
                let (label, wanted) = value.split_once('=').map_or((value, None), |(k, v)| (k, Some(v.to_string())));
                Ok(ImageFilter::Label { key: label.to_string(), value: wanted, present: key == "label" })
            }
            _ => crate::time::parse_point(value, std::time::SystemTime::now())
                .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                .map(|d| ImageFilter::Until(d.as_secs() as i64))
                .ok_or_else(|| crate::err!("invalid image filter {text:?}: use a RFC 3339 time, unix seconds or a duration like 10m")),
        }
    }

    fn matches(&self, store: &ImageStore, image: &ImageRecord) -> Result<bool> {
        Ok(match self {
            ImageFilter::Dangling(dangling) => image.names.is_empty() == *dangling,
            ImageFilter::Reference(pattern) => image
                .names
                .iter()
                .any(|name| name_forms(name).iter().any(|form| crate::runtime::security::glob_match(pattern, form))),
            ImageFilter::Label { key, value, present } => {
                let labels = store.config(image)?.config().as_ref().and_then(|c| c.labels().clone()).unwrap_or_default();
                let has = labels.get(key).is_some_and(|found| value.as_ref().is_none_or(|v| v == found));
                has == *present
            }
            ImageFilter::Until(until) => image.created < *until,
        })
    }
}

/// Parse every `--filter` value.
pub fn parse_all(values: &[String], allowed: &[&str]) -> Result<Vec<ImageFilter>> {
    values.iter().map(|text| ImageFilter::parse(text, allowed)).collect()
}

/// Whether `image` passes every one of `filters` (podman 4.3's libimage
/// combines image filters with AND, of one key as of several).
pub fn matches_all(filters: &[ImageFilter], store: &ImageStore, image: &ImageRecord) -> Result<bool> {
    for filter in filters {
        if !filter.matches(store, image)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// The ways a user may write a stored name: in full, without the registry,
/// without the tag.
fn name_forms(name: &str) -> Vec<String> {
    let (repository, tag) = reference::repository_and_tag(name);
    let path = repository.split_once('/').map_or(repository.as_str(), |(_, path)| path).to_string();
    let last = repository.rsplit('/').next().unwrap_or_default().to_string();
    let mut forms = vec![name.to_string(), repository.clone()];
    for short in [path, last] {
        forms.push(format!("{short}:{tag}"));
        forms.push(short);
    }
    forms
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_podman_keys_and_refuses_others() {
        assert!(matches!(ImageFilter::parse("label!=a=b", LIST_KEYS).unwrap(), ImageFilter::Label { present: false, .. }));
        assert!(matches!(ImageFilter::parse("label=a", PRUNE_KEYS).unwrap(), ImageFilter::Label { present: true, value: None, .. }));
        assert!(matches!(ImageFilter::parse("until=10m", PRUNE_KEYS).unwrap(), ImageFilter::Until(_)));
        assert!(ImageFilter::parse("dangling=true", PRUNE_KEYS).is_err());
        assert!(ImageFilter::parse("until=soon", PRUNE_KEYS).is_err());
        assert!(ImageFilter::parse("label=", PRUNE_KEYS).is_err());
    }
}
