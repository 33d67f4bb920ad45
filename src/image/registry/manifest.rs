//! Manifests as registries serve them: Docker schema 2 and OCI image
//! manifests, manifest lists and OCI indexes; schema 1 is recognised only to
//! be refused.

use crate::error::{Context, Result};
use serde::Deserialize;

pub use crate::image::oci::{DOCKER_MANIFEST_MEDIA_TYPE as DOCKER_MANIFEST, MANIFEST_MEDIA_TYPE as OCI_MANIFEST};
pub const OCI_INDEX: &str = "application/vnd.oci.image.index.v1+json";
pub const DOCKER_LIST: &str = "application/vnd.docker.distribution.manifest.list.v2+json";
const SCHEMA1: [&str; 2] =
    ["application/vnd.docker.distribution.manifest.v1+prettyjws", "application/vnd.docker.distribution.manifest.v1+json"];

/// Every type skiff asks for (schema 1 too, to refuse it with a clear error).
pub fn accept_header() -> String {
    [OCI_MANIFEST, OCI_INDEX, DOCKER_MANIFEST, DOCKER_LIST].into_iter().chain(SCHEMA1).collect::<Vec<_>>().join(", ")
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Descriptor {
    #[serde(default)]
    pub media_type: String,
    pub digest: String,
    #[serde(default)]
    pub size: u64,
    #[serde(default)]
    pub platform: Option<Platform>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, serde::Serialize)]
pub struct Platform {
    pub os: String,
    pub architecture: String,
    #[serde(default)]
    pub variant: Option<String>,
}

impl Platform {
    /// This host, or `OS/ARCH[/VARIANT]` as `--platform` gives it.
    pub fn parse_or_host(platform: Option<&str>) -> Result<Platform> {
        let Some(text) = platform else {
            return Ok(Platform { os: "linux".into(), architecture: oci_spec::image::Arch::default().to_string(), variant: None });
        };
        let parts: Vec<&str> = text.split('/').collect();
        match parts[..] {
            [os, architecture] | [os, architecture, _] if !os.is_empty() && !architecture.is_empty() => Ok(Platform {
                os: os.to_string(),
                architecture: architecture.to_string(),
                variant: parts.get(2).filter(|v| !v.is_empty()).map(|v| v.to_string()),
            }),
            _ => Err(crate::err!("invalid platform {text:?}: expected OS/ARCH[/VARIANT], e.g. linux/arm64")),
        }
    }

    /// The platform podman's flags ask for: `--platform`, else the host's
    /// with `--os`, `--arch` and `--variant` replacing its parts.
    pub fn from_flags(platform: Option<&str>, os: Option<&str>, arch: Option<&str>, variant: Option<&str>) -> Result<Platform> {
        let mut chosen = Platform::parse_or_host(platform)?;
        for (flag, value) in [("--os", os), ("--arch", arch), ("--variant", variant)] {
            if value.is_some_and(|v| v.is_empty() || v.contains('/')) {
                return Err(crate::err!("invalid {flag} {:?}: expected one word, e.g. --arch arm64", value.unwrap_or_default()));
            }
        }
        if let Some(os) = os {
            chosen.os = os.to_string();
        }
        if let Some(arch) = arch {
            chosen.architecture = arch.to_string();
        }
        if let Some(variant) = variant {
            chosen.variant = Some(variant.to_string());
        }
        Ok(chosen)
    }

    /// The platform an image's config states.
    pub fn of_config(config: &oci_spec::image::ImageConfiguration) -> Platform {
        Platform { os: config.os().to_string(), architecture: config.architecture().to_string(), variant: config.variant().clone() }
    }

    /// Refuse an image (`what` names it) whose config states another
    /// platform than this one, in docker's words.
    pub fn check_config(&self, config: &oci_spec::image::ImageConfiguration, what: &str) -> Result<()> {
        let actual = Platform::of_config(config);
        if self.accepts(&actual) {
            return Ok(());
        }
        Err(crate::err!("image with reference {what} was found but does not match the specified platform: wanted {self}, actual: {actual}"))
    }

    /// Whether an index entry for `offered` suits this platform (a variant
    /// only matters when one was asked for).
    pub fn accepts(&self, offered: &Platform) -> bool {
        offered.os == self.os
            && offered.architecture == self.architecture
            && (self.variant.is_none() || offered.variant == self.variant)
    }
}

impl std::fmt::Display for Platform {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{}", self.os, self.architecture)?;
        if let Some(variant) = &self.variant {
            write!(f, "/{variant}")?;
        }
        Ok(())
    }
}

/// A manifest or an index, told apart by media type (or, when the document
/// leaves it out, by which fields it has).
pub enum Document {
    Index(Vec<Descriptor>),
    Image { config: Descriptor, layers: Vec<Descriptor>, media_type: String },
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Raw {
    schema_version: Option<u32>,
    #[serde(default)]
    media_type: Option<String>,
    #[serde(default)]
    manifests: Option<Vec<Descriptor>>,
    #[serde(default)]
    config: Option<Descriptor>,
    #[serde(default)]
    layers: Option<Vec<Descriptor>>,
}

impl Document {
    /// Parse a manifest, given the Content-Type it was served with.
    pub fn parse(data: &[u8], content_type: &str) -> Result<Document> {
        let content_type = content_type.split(';').next().unwrap_or_default().trim();
        if SCHEMA1.contains(&content_type) {
            return Err(crate::err!("the image uses Docker schema 1 manifests, which skiff does not support (repush it with a current tool)"));
        }
        let raw: Raw = serde_json::from_slice(data).context(|| "invalid manifest".into())?;
        if raw.schema_version == Some(1) {
            return Err(crate::err!("the image uses Docker schema 1 manifests, which skiff does not support (repush it with a current tool)"));
        }
        if raw.schema_version != Some(2) {
            return Err(crate::err!("invalid manifest: schemaVersion is {:?}, expected 2", raw.schema_version));
        }
        let media_type = raw.media_type.filter(|m| !m.is_empty()).unwrap_or_else(|| content_type.to_string());
        match (raw.manifests, raw.config, raw.layers) {
            (Some(manifests), None, _) if media_type != OCI_MANIFEST && media_type != DOCKER_MANIFEST => Ok(Document::Index(manifests)),
            (None, Some(config), Some(layers)) if media_type != OCI_INDEX && media_type != DOCKER_LIST => {
                for descriptor in layers.iter().chain([&config]) {
                    if crate::image::digest::sha256_hex(&descriptor.digest).is_none() {
                        return Err(crate::err!("invalid manifest: unsupported digest {:?}", descriptor.digest));
                    }
                }
                let media_type = if media_type.is_empty() { OCI_MANIFEST.to_string() } else { media_type };
                Ok(Document::Image { config, layers, media_type })
            }
            _ => Err(crate::err!("invalid manifest: neither an image manifest nor an index (media type {media_type:?})")),
        }
    }
}

/// The entry of an index for `platform`.
pub fn select<'a>(manifests: &'a [Descriptor], platform: &Platform) -> Result<&'a Descriptor> {
    manifests.iter().find(|d| d.platform.as_ref().is_some_and(|p| platform.accepts(p))).ok_or_else(|| {
        let offered: Vec<String> = manifests.iter().filter_map(|d| d.platform.as_ref()).map(Platform::to_string).collect();
        let offered = if offered.is_empty() { "no platforms".to_string() } else { offered.join(", ") };
        crate::err!("no image found in manifest list for platform {platform} (the list has {offered})")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_documents_and_selects_platforms() {
        let d = format!("sha256:{}", "a".repeat(64));
        let manifest = format!(r#"{{"schemaVersion":2,"config":{{"digest":"{d}","size":1}},"layers":[{{"digest":"{d}","size":2}}]}}"#);
        assert!(matches!(Document::parse(manifest.as_bytes(), DOCKER_MANIFEST).unwrap(), Document::Image { .. }));
        let index = format!(
            r#"{{"schemaVersion":2,"manifests":[{{"digest":"{d}","platform":{{"os":"linux","architecture":"arm","variant":"v7"}}}},{{"digest":"{d}","platform":{{"os":"linux","architecture":"amd64"}}}}]}}"#
        );
        let Document::Index(entries) = Document::parse(index.as_bytes(), OCI_INDEX).unwrap() else { panic!("not an index") };
        assert!(select(&entries, &Platform::parse_or_host(Some("linux/arm/v7")).unwrap()).is_ok());
        assert!(select(&entries, &Platform::parse_or_host(Some("linux/arm/v6")).unwrap()).is_err());
        assert!(select(&entries, &Platform::parse_or_host(Some("linux/amd64")).unwrap()).is_ok());
        assert!(Platform::parse_or_host(Some("linux")).is_err());
        assert!(Document::parse(br#"{"schemaVersion":1}"#, "application/json").is_err());
        assert!(Document::parse(b"not json", OCI_MANIFEST).is_err());
    }
}
