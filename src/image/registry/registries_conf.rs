//! containers-registries.conf(5), version 2, read the way podman reads it so
//! that users keep their setup: which registries a short name is looked up
//! in, short-name aliases, and per-registry settings (location rewriting,
//! mirrors, `insecure`, `blocked`).
//!
//! Files: `$CONTAINERS_REGISTRIES_CONF`, else
//! `~/.config/containers/registries.conf` when it exists (it then replaces
//! the system file and the system drop-in directory), else
//! `/etc/containers/registries.conf`; then the `*.conf` files of the drop-in
//! directories, in lexical order. A later file replaces the search list and
//! the mode when it sets them, and is merged into `[[registry]]` (by prefix)
//! and `[aliases]` (by name).

use crate::error::{Context, Result};
use crate::image::reference::Reference;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

const SYSTEM_FILE: &str = "/etc/containers/registries.conf";
const SYSTEM_DROP_INS: &str = "/etc/containers/registries.conf.d";
const USER_FILE: &str = ".config/containers/registries.conf";
const USER_DROP_INS: &str = ".config/containers/registries.conf.d";
/// What a short name means when no search registry is configured: Docker
/// Hub, as docker has it (and as skiff did before reading registries.conf).
const DEFAULT_SEARCH_REGISTRY: &str = "docker.io";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ShortNameMode {
    /// Several candidates: ask on a terminal, else refuse.
    Enforcing,
    /// Several candidates: ask on a terminal, else try them in order.
    #[default]
    Permissive,
    /// Always try the candidates in order.
    Disabled,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mirror {
    pub location: String,
    pub insecure: bool,
    /// `pull-from-mirror`: "all", "digest-only" or "tag-only".
    pub pull_from: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegistryEntry {
    /// What references it applies to: `host[/path]` or `*.domain`.
    pub prefix: String,
    /// Where they are pulled from instead (empty: the prefix itself).
    pub location: String,
    pub insecure: bool,
    pub blocked: bool,
    pub mirror_by_digest_only: bool,
    pub mirrors: Vec<Mirror>,
    /// The file that set it, for error messages.
    pub file: PathBuf,
}

#[derive(Debug, Clone, Default)]
pub struct RegistriesConf {
    pub search: Vec<String>,
    pub mode: ShortNameMode,
    /// Short name → fully qualified name.
    pub aliases: BTreeMap<String, String>,
    pub registries: Vec<RegistryEntry>,
}

/// One place to try for a pull, or to push to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    pub reference: Reference,
    /// Plain http allowed and TLS certificates not verified.
    pub insecure: bool,
    pub mirror: bool,
}

#[derive(Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
struct RawFile {
    unqualified_search_registries: Option<Vec<String>>,
    short_name_mode: Option<String>,
    #[serde(default)]
    registry: Vec<RawRegistry>,
    #[serde(default)]
    aliases: BTreeMap<String, String>,
    /// Only version 1 files have a `[registries.search]` table.
    registries: Option<toml::Value>,
}

#[derive(Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
struct RawRegistry {
    #[serde(default)]
    prefix: String,
    #[serde(default)]
    location: String,
    #[serde(default)]
    insecure: bool,
    #[serde(default)]
    blocked: bool,
    #[serde(default)]
    mirror_by_digest_only: bool,
    #[serde(default)]
    mirror: Vec<RawMirror>,
}

#[derive(Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
struct RawMirror {
    location: String,
    #[serde(default)]
    insecure: bool,
    #[serde(default)]
    pull_from_mirror: Option<String>,
}

impl RegistriesConf {
    /// Read the user's configuration (see the module documentation).
    pub fn load() -> Result<RegistriesConf> {
        let home = std::env::var_os("HOME").filter(|h| !h.is_empty()).map(PathBuf::from);
        let user_file = home.as_ref().map(|h| h.join(USER_FILE)).filter(|f| f.exists());
        let user_drop_ins = home.as_ref().map(|h| h.join(USER_DROP_INS));
        let (main, drop_in_dirs) = match (std::env::var_os("CONTAINERS_REGISTRIES_CONF").filter(|v| !v.is_empty()), user_file) {
            (Some(file), _) => (PathBuf::from(file), vec![Some(PathBuf::from(SYSTEM_DROP_INS)), user_drop_ins]),
            (None, Some(file)) => (file, vec![user_drop_ins]),
            (None, None) => (PathBuf::from(SYSTEM_FILE), vec![Some(PathBuf::from(SYSTEM_DROP_INS)), user_drop_ins]),
        };
        let mut files = vec![main];
        for dir in drop_in_dirs.into_iter().flatten() {
            let Ok(entries) = std::fs::read_dir(&dir) else { continue };
            let mut found: Vec<PathBuf> =
                entries.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|e| e == "conf") && p.is_file()).collect();
            found.sort();
            files.extend(found);
        }
        let mut conf = RegistriesConf::default();
        for file in files {
            match std::fs::read_to_string(&file) {
                Ok(text) => conf.merge(&text, &file)?,
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => return Err(crate::err!("read {}: {e}", file.display())),
            }
        }
        Ok(conf)
    }

    /// Merge one file's settings over what earlier files set.
    fn merge(&mut self, text: &str, file: &Path) -> Result<()> {
        let invalid = |why: String| crate::err!("invalid registries configuration {}: {why}", file.display());
        let raw: RawFile = toml::from_str(text).map_err(|e| invalid(e.message().to_string()))?;
        if raw.registries.is_some() {
            return Err(invalid("[registries.*] tables are the version 1 format, which skiff does not read: use version 2".into()));
        }
        if let Some(search) = raw.unqualified_search_registries {
            for registry in &search {
                if registry.is_empty() || registry.contains('/') {
                    return Err(invalid(format!("unqualified-search-registries: {registry:?} is not a registry host")));
                }
            }
            self.search = search;
        }
        if let Some(mode) = raw.short_name_mode {
            self.mode = match mode.as_str() {
                "enforcing" => ShortNameMode::Enforcing,
                "permissive" => ShortNameMode::Permissive,
                "disabled" => ShortNameMode::Disabled,
                other => return Err(invalid(format!("short-name-mode {other:?}: expected enforcing, permissive or disabled"))),
            };
        }
        for (name, target) in raw.aliases {
            let short = Reference::parse(&name).map_err(|e| invalid(format!("alias {name:?}: {e}")))?;
            if short.domain.is_some() || short.tag.is_some() || short.digest.is_some() {
                return Err(invalid(format!("alias {name:?}: must be a short name without registry, tag or digest")));
            }
            let full = Reference::parse(&target).map_err(|e| invalid(format!("alias {name:?} = {target:?}: {e}")))?;
            if full.domain.is_none() || full.digest.is_some() {
                return Err(invalid(format!("alias {name:?} = {target:?}: must name a registry and no digest")));
            }
            self.aliases.insert(name, target);
        }
        for raw in raw.registry {
            let prefix = if raw.prefix.is_empty() { raw.location.clone() } else { raw.prefix };
            if prefix.is_empty() {
                return Err(invalid("a [[registry]] needs a prefix or a location".into()));
            }
            if prefix.starts_with("*.") && (prefix.contains(['/', ':', '@']) || !raw.location.is_empty()) {
                return Err(invalid(format!("wildcard prefix {prefix:?}: must be *.domain, without a location")));
            }
            for location in std::iter::once(&raw.location).chain(raw.mirror.iter().map(|m| &m.location)) {
                if location.contains("://") {
                    return Err(invalid(format!("location {location:?}: must be HOST[/PATH], without a scheme")));
                }
            }
            let mut mirrors = Vec::new();
            for mirror in raw.mirror {
                let pull_from = mirror.pull_from_mirror.unwrap_or_else(|| "all".into());
                if !["all", "digest-only", "tag-only"].contains(&pull_from.as_str()) {
                    return Err(invalid(format!("pull-from-mirror {pull_from:?}: expected all, digest-only or tag-only")));
                }
                mirrors.push(Mirror { location: mirror.location, insecure: mirror.insecure, pull_from });
            }
            let entry = RegistryEntry {
                prefix,
                location: raw.location,
                insecure: raw.insecure,
                blocked: raw.blocked,
                mirror_by_digest_only: raw.mirror_by_digest_only,
                mirrors,
                file: file.to_path_buf(),
            };
            self.registries.retain(|r| r.prefix != entry.prefix);
            self.registries.push(entry);
        }
        Ok(())
    }

    /// The fully qualified names `input` may stand for, in the order to try
    /// them: itself when it names a registry; its alias; else one name per
    /// search registry (Docker Hub when there is none). `can_prompt`: a
    /// terminal is attached (enforcing mode refuses ambiguity without one).
    pub fn resolve_short_name(&self, input: &Reference, can_prompt: bool) -> Result<Vec<Reference>> {
        if input.domain.is_some() {
            return Ok(vec![input.clone().normalize_docker()]);
        }
        if self.aliases.contains_key(&input.path) {
            // Aliases were checked when the file was read: this is the alias.
            return Ok(self.local_candidates(input).into_iter().take(1).collect());
        }
        let search = if self.search.is_empty() { vec![DEFAULT_SEARCH_REGISTRY.to_string()] } else { self.search.clone() };
        let candidates: Vec<Reference> =
            search.into_iter().map(|registry| Reference { domain: Some(registry), ..input.clone() }.normalize_docker()).collect();
        if candidates.len() > 1 && self.mode == ShortNameMode::Enforcing && !can_prompt {
            let names: Vec<String> = candidates.iter().map(Reference::to_string).collect();
            return Err(crate::err!(
                "short-name resolution enforced but cannot prompt without a TTY: {input} could be any of {} (use a fully qualified name, or an alias in registries.conf)",
                names.join(", ")
            ));
        }
        Ok(candidates)
    }

    /// The fully qualified names a short name may have in the local store,
    /// beyond `localhost/` and Docker Hub's: its alias, then one name per
    /// search registry (no ambiguity check: nothing is fetched).
    pub fn local_candidates(&self, input: &Reference) -> Vec<Reference> {
        if input.domain.is_some() {
            return Vec::new();
        }
        let alias = self.aliases.get(&input.path).and_then(|target| Reference::parse(target).ok()).map(|mut full| {
            if input.tag.is_some() || input.digest.is_some() {
                full.tag = input.tag.clone();
                full.digest = input.digest.clone();
            }
            full.normalize_docker()
        });
        let searched = self.search.iter().map(|registry| Reference { domain: Some(registry.clone()), ..input.clone() }.normalize_docker());
        alias.into_iter().chain(searched).collect()
    }

    /// The `[[registry]]` entry for `reference`: the longest matching prefix.
    fn entry_for(&self, reference: &Reference) -> Option<&RegistryEntry> {
        let repository = reference.repository();
        self.registries.iter().filter(|r| prefix_matches(&r.prefix, &repository)).max_by_key(|r| r.prefix.len())
    }

    /// Where to pull `reference` from: its mirrors in order, then the
    /// registry itself (rewritten by `location`). Refused when blocked.
    pub fn pull_sources(&self, reference: &Reference) -> Result<Vec<Source>> {
        let name = reference.to_string();
        let Some(entry) = self.entry_for(reference) else {
            return Ok(vec![Source { reference: reference.clone(), insecure: false, mirror: false }]);
        };
        check_not_blocked(entry, reference)?;
        let rewrite = |location: &str| -> Result<Reference> {
            if location.is_empty() || entry.prefix.starts_with("*.") {
                return Ok(reference.clone());
            }
            let rewritten = format!("{location}{}", &name[entry.prefix.len()..]);
            Reference::parse(&rewritten).context(|| format!("{name} rewritten by {}", entry.file.display()))
        };
        let mut sources = Vec::new();
        let by_digest = reference.digest.is_some();
        for mirror in &entry.mirrors {
            let allowed = match mirror.pull_from.as_str() {
                "digest-only" => by_digest,
                "tag-only" => !by_digest,
                _ => by_digest || !entry.mirror_by_digest_only,
            };
            if allowed {
                sources.push(Source { reference: rewrite(&mirror.location)?, insecure: mirror.insecure, mirror: true });
            }
        }
        sources.push(Source { reference: rewrite(&entry.location)?, insecure: entry.insecure, mirror: false });
        Ok(sources)
    }

    /// Where to push `reference`: the registry it names (mirrors and
    /// location rewriting are for pulls), refused when blocked.
    pub fn push_destination(&self, reference: &Reference) -> Result<Source> {
        let entry = self.entry_for(reference);
        if let Some(entry) = entry {
            check_not_blocked(entry, reference)?;
        }
        Ok(Source { reference: reference.clone(), insecure: entry.is_some_and(|e| e.insecure), mirror: false })
    }
}

fn check_not_blocked(entry: &RegistryEntry, reference: &Reference) -> Result<()> {
    if entry.blocked {
        return Err(crate::err!(
            "registry {} is blocked in {} (prefix {:?})",
            reference.domain.as_deref().unwrap_or_default(),
            entry.file.display(),
            entry.prefix
        ));
    }
    Ok(())
}

/// Whether a `[[registry]]` prefix applies to `repository` (`host/path`,
/// without tag or digest): the same name, or one below it; a `*.domain`
/// prefix covers every host under that domain.
fn prefix_matches(prefix: &str, repository: &str) -> bool {
    if let Some(domain) = prefix.strip_prefix('*') {
        let host = repository.split('/').next().unwrap_or_default();
        let host = host.split(':').next().unwrap_or_default();
        return host.ends_with(domain);
    }
    repository.strip_prefix(prefix).is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn conf(text: &str) -> RegistriesConf {
        let mut conf = RegistriesConf::default();
        conf.merge(text, Path::new("test.conf")).unwrap();
        conf
    }

    fn names(list: Vec<Reference>) -> Vec<String> {
        list.iter().map(Reference::to_string).collect()
    }

    #[test]
    fn short_names_go_through_aliases_then_search_registries() {
        let c = conf(
            r#"unqualified-search-registries = ["a.io", "docker.io"]
               [aliases]
               "bb" = "b.io/tools/busybox"
               "web" = "c.io/web:stable""#,
        );
        let parse = |s: &str| Reference::parse(s).unwrap();
        assert_eq!(names(c.resolve_short_name(&parse("x"), false).unwrap()), ["a.io/x:latest", "docker.io/library/x:latest"]);
        assert_eq!(names(c.resolve_short_name(&parse("bb:1"), false).unwrap()), ["b.io/tools/busybox:1"]);
        assert_eq!(names(c.resolve_short_name(&parse("web"), false).unwrap()), ["c.io/web:stable"]);
        assert_eq!(names(c.resolve_short_name(&parse("q.io/x"), false).unwrap()), ["q.io/x:latest"]);
        assert_eq!(names(RegistriesConf::default().resolve_short_name(&parse("x"), false).unwrap()), ["docker.io/library/x:latest"]);

        let mut enforcing = c.clone();
        enforcing.merge(r#"short-name-mode = "enforcing""#, Path::new("later.conf")).unwrap();
        let err = enforcing.resolve_short_name(&parse("x"), false).unwrap_err();
        assert!(err.message.contains("cannot prompt without a TTY") && err.message.contains("a.io/x:latest"), "{}", err.message);
        // The later file kept the earlier search list and aliases.
        assert_eq!(names(enforcing.resolve_short_name(&parse("bb"), false).unwrap()), ["b.io/tools/busybox:latest"]);
    }

    #[test]
    fn registry_entries_rewrite_mirror_and_block() {
        let c = conf(
            r#"[[registry]]
               prefix = "a.io/team"
               location = "internal.io:5000/mirror/team"
               insecure = true
               [[registry.mirror]]
               location = "m1.io"
               [[registry.mirror]]
               location = "m2.io/sub"
               insecure = true
               pull-from-mirror = "digest-only"
               [[registry]]
               location = "bad.io"
               blocked = true
               [[registry]]
               prefix = "*.corp.io"
               insecure = true"#,
        );
        let parse = |s: &str| Reference::parse(s).unwrap();
        let sources = c.pull_sources(&parse("a.io/team/app:1")).unwrap();
        let shown: Vec<(String, bool, bool)> = sources.iter().map(|s| (s.reference.to_string(), s.insecure, s.mirror)).collect();
        assert_eq!(
            shown,
            [("m1.io/app:1".to_string(), false, true), ("internal.io:5000/mirror/team/app:1".to_string(), true, false)]
        );
        assert_eq!(c.pull_sources(&parse("a.io/teamx/app:1")).unwrap().len(), 1);
        let err = c.pull_sources(&parse("bad.io/x:1")).unwrap_err();
        assert!(err.message.contains("bad.io is blocked in test.conf"), "{}", err.message);
        assert!(c.push_destination(&parse("bad.io/x:1")).is_err());
        assert!(c.push_destination(&parse("x.corp.io/y:1")).unwrap().insecure);
        assert!(!c.push_destination(&parse("corp.io/y:1")).unwrap().insecure);
    }

    #[test]
    fn bad_files_are_refused_with_the_reason() {
        let bad = |text: &str, why: &str| {
            let err = RegistriesConf::default().merge(text, Path::new("x.conf")).unwrap_err();
            assert!(err.message.contains("x.conf") && err.message.contains(why), "{}", err.message);
        };
        bad("short-name-mode = \"sometimes\"", "short-name-mode");
        bad("[registries.search]\nregistries = [\"a.io\"]", "version 1");
        bad("[aliases]\n\"a.io/x\" = \"b.io/x\"", "short name");
        bad("[aliases]\n\"x\" = \"x\"", "must name a registry");
        bad("[[registry]]\nlocation = \"https://a.io\"", "scheme");
        bad("unqualified-search-registries = [", "invalid registries configuration");
    }
}
