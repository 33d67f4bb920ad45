//! The Kubernetes objects skiff writes and reads, as k8s-openapi types, and
//! multi-document YAML to and from them.

use crate::error::{Error, Result};
use k8s_openapi::api::apps::v1::{DaemonSet, Deployment};
use k8s_openapi::api::batch::v1::Job;
use k8s_openapi::api::core::v1::{ConfigMap, PersistentVolumeClaim, Pod, Secret, Service};
use serde::Serialize;

/// One document of a manifest file, of a kind skiff knows.
#[derive(Debug, Clone, Serialize)]
#[serde(untagged)]
pub enum Manifest {
    Pod(Pod),
    Deployment(Deployment),
    DaemonSet(DaemonSet),
    Job(Job),
    Service(Service),
    ConfigMap(ConfigMap),
    Secret(Secret),
    PersistentVolumeClaim(PersistentVolumeClaim),
}

impl Manifest {
    pub fn kind(&self) -> &'static str {
        match self {
            Manifest::Pod(_) => "Pod",
            Manifest::Deployment(_) => "Deployment",
            Manifest::DaemonSet(_) => "DaemonSet",
            Manifest::Job(_) => "Job",
            Manifest::Service(_) => "Service",
            Manifest::ConfigMap(_) => "ConfigMap",
            Manifest::Secret(_) => "Secret",
            Manifest::PersistentVolumeClaim(_) => "PersistentVolumeClaim",
        }
    }

    pub fn name(&self) -> &str {
        let metadata = match self {
            Manifest::Pod(o) => &o.metadata,
            Manifest::Deployment(o) => &o.metadata,
            Manifest::DaemonSet(o) => &o.metadata,
            Manifest::Job(o) => &o.metadata,
            Manifest::Service(o) => &o.metadata,
            Manifest::ConfigMap(o) => &o.metadata,
            Manifest::Secret(o) => &o.metadata,
            Manifest::PersistentVolumeClaim(o) => &o.metadata,
        };
        metadata.name.as_deref().unwrap_or("")
    }
}

/// Documents as one YAML stream, separated by `---`.
pub fn to_yaml(documents: &[Manifest]) -> Result<String> {
    let options = serde_saphyr::ser_options! { indent_step: 2, compact_list_indent: true };
    serde_saphyr::to_string_multiple_with_options(documents, options).map_err(|e| crate::err!("write the manifests as YAML: {e}"))
}

/// What a manifest file holds: the documents skiff can run, and one
/// warning for each it cannot (a kind it does not know).
#[derive(Debug, Default)]
pub struct Parsed {
    pub documents: Vec<Manifest>,
    pub skipped: Vec<String>,
}

/// Read a multi-document YAML stream. Bad YAML fails with its line and
/// column; a field of the wrong type with its path in the document.
pub fn parse(text: &str, source: &str) -> Result<Parsed> {
    let values: Vec<serde_json::Value> =
        serde_saphyr::from_multiple(text).map_err(|e| crate::err!("{source}: invalid YAML: {}", one_line(&e.to_string())))?;
    let mut parsed = Parsed::default();
    for (index, value) in values.into_iter().enumerate().filter(|(_, v)| !v.is_null()) {
        let number = index + 1;
        let Some(kind) = value.get("kind").and_then(|k| k.as_str()).map(str::to_string) else {
            return Err(crate::err!("{source}: document {number} has no kind: every Kubernetes object needs apiVersion and kind"));
        };
        let name = value.pointer("/metadata/name").and_then(|n| n.as_str()).unwrap_or("").to_string();
        let what = format!("{source}: document {number} ({kind} {name:?})");
        let document = match kind.as_str() {
            "Pod" => Manifest::Pod(typed(value, &what)?),
            "Deployment" => Manifest::Deployment(typed(value, &what)?),
            "DaemonSet" => Manifest::DaemonSet(typed(value, &what)?),
            "Job" => Manifest::Job(typed(value, &what)?),
            "Service" => Manifest::Service(typed(value, &what)?),
            "ConfigMap" => Manifest::ConfigMap(typed(value, &what)?),
            "Secret" => Manifest::Secret(typed(value, &what)?),
            "PersistentVolumeClaim" => Manifest::PersistentVolumeClaim(typed(value, &what)?),
            _ => {
                parsed.skipped.push(format!("{what}: the kind {kind} is not supported by skiff, skipped"));
                continue;
            }
        };
        parsed.documents.push(document);
    }
    Ok(parsed)
}

/// A document as its k8s-openapi type; a mistake is named by its path.
fn typed<T: serde::de::DeserializeOwned>(value: serde_json::Value, what: &str) -> Result<T> {
    serde_path_to_error::deserialize(value).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner();
        if path == "." {
            Error::new(format!("{what}: {inner}"))
        } else {
            Error::new(format!("{what}: {path}: {inner}"))
        }
    })
}

/// serde-saphyr's error with its source snippet folded into one line.
fn one_line(message: &str) -> String {
    message.lines().map(str::trim).filter(|l| !l.is_empty()).next().unwrap_or("").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_documents_and_names_what_it_skips() {
        let text = "---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  a: b\n---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: n\n";
        let parsed = parse(text, "f.yaml").unwrap();
        assert_eq!(parsed.documents.len(), 1);
        assert_eq!(parsed.documents[0].kind(), "ConfigMap");
        assert_eq!(parsed.skipped.len(), 1);
        assert!(parsed.skipped[0].contains("Namespace"), "{:?}", parsed.skipped);
    }

    #[test]
    fn a_wrong_type_is_named_by_its_path() {
        let text = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: a\n    image: x\n    ports:\n    - containerPort: eighty\n";
        let e = parse(text, "f.yaml").unwrap_err();
        assert!(e.message.contains("spec.containers[0].ports[0].containerPort"), "{}", e.message);
    }

    #[test]
    fn bad_yaml_names_its_line() {
        let e = parse("kind: Pod\n  bad: [\n", "f.yaml").unwrap_err();
        assert!(e.message.contains("line 2") || e.message.contains("2:"), "{}", e.message);
    }
}
