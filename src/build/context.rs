//! The build context: which of its files a build may read
//! (`.containerignore` or `.dockerignore`, with `!` exceptions), and the
//! wildcard matching COPY sources and ignore patterns share.

use crate::error::{Context as _, Result};
use std::path::{Path, PathBuf};

pub struct BuildContext {
    pub root: PathBuf,
    /// (pattern split on '/', is an exception), in file order.
    patterns: Vec<(Vec<String>, bool)>,
}

impl BuildContext {
    pub fn open(root: &Path) -> Result<BuildContext> {
        BuildContext::open_with_ignore_file(root, None)
    }

    /// The context at `root`, its exclusions read from `ignore_file`
    /// (`--ignorefile`) instead of the context's own ignore file.
    pub fn open_with_ignore_file(root: &Path, ignore_file: Option<&Path>) -> Result<BuildContext> {
        let root = std::fs::canonicalize(root).context(|| format!("build context {}", root.display()))?;
        if !root.is_dir() {
            return Err(crate::err!("build context {} is not a directory", root.display()));
        }
        let patterns = match ignore_file {
            Some(file) => parse_ignore(&std::fs::read_to_string(file).map_err(|e| crate::err!("--ignorefile {}: {e}", file.display()))?),
            None => [".containerignore", ".dockerignore"]
                .iter()
                .find_map(|name| std::fs::read_to_string(root.join(name)).ok())
                .map(|text| parse_ignore(&text))
                .unwrap_or_default(),
        };
        Ok(BuildContext { root, patterns })
    }

    /// Patterns in .dockerignore syntax given as lines, relative to `root`
    /// (`compose watch`'s `ignore` and `include`); nothing is read.
    pub fn with_patterns(root: &Path, lines: &[String]) -> BuildContext {
        BuildContext { root: root.to_path_buf(), patterns: parse_ignore(&lines.join("\n")) }
    }

    /// Whether an ignore file leaves anything out.
    pub fn has_ignore_rules(&self) -> bool {
        !self.patterns.is_empty()
    }

    /// Whether the context path `rel` ("a/b.txt") is left out: the last
    /// pattern matching it or one of its parent directories decides.
    pub fn is_ignored(&self, rel: &str) -> bool {
        let parts: Vec<&str> = rel.split('/').filter(|p| !p.is_empty()).collect();
        let mut ignored = false;
        for (pattern, exception) in &self.patterns {
            let matched = (1..=parts.len()).any(|n| glob_match(pattern, &parts[..n]));
            if matched {
                ignored = !exception;
            }
        }
        ignored
    }
}

fn parse_ignore(text: &str) -> Vec<(Vec<String>, bool)> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| {
            let (exception, pattern) = match l.strip_prefix('!') {
                Some(rest) => (true, rest.trim()),
                None => (false, l),
            };
            (split_path(pattern), exception)
        })
        .collect()
}

/// A context-relative path's components, with "." and leading "/" dropped
/// and ".." resolved without leaving the root.
pub fn split_path(path: &str) -> Vec<String> {
    let mut parts: Vec<String> = Vec::new();
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            p => parts.push(p.to_string()),
        }
    }
    parts
}

pub fn has_wildcards(path: &str) -> bool {
    path.contains(['*', '?', '['])
}

/// Match path components against pattern components: `*` and `?` within a
/// component, `[...]` classes, and `**` for any number of components.
pub fn glob_match<S: AsRef<str>>(pattern: &[S], parts: &[&str]) -> bool {
    match pattern.split_first() {
        None => parts.is_empty(),
        Some((first, rest)) if first.as_ref() == "**" => (0..=parts.len()).any(|skip| glob_match(rest, &parts[skip..])),
        Some((first, rest)) => {
            !parts.is_empty() && component_match(first.as_ref().as_bytes(), parts[0].as_bytes()) && glob_match(rest, &parts[1..])
        }
    }
}

fn component_match(pattern: &[u8], name: &[u8]) -> bool {
    match pattern.split_first() {
        None => name.is_empty(),
        Some((b'*', rest)) => (0..=name.len()).any(|skip| component_match(rest, &name[skip..])),
        Some((b'?', rest)) => !name.is_empty() && component_match(rest, &name[1..]),
        Some((b'[', rest)) => {
            let Some(end) = rest.iter().skip(1).position(|&b| b == b']').map(|p| p + 1) else {
                return name.first() == Some(&b'[') && component_match(rest, &name[1..]);
            };
            let (class, after) = (&rest[..end], &rest[end + 1..]);
            let Some(&c) = name.first() else { return false };
            let (negated, class) = match class.first() {
                Some(b'!') | Some(b'^') => (true, &class[1..]),
                _ => (false, class),
            };
            let mut found = false;
            let mut i = 0;
            while i < class.len() {
                if i + 2 < class.len() && class[i + 1] == b'-' {
                    found |= class[i] <= c && c <= class[i + 2];
                    i += 3;
                } else {
                    found |= class[i] == c;
                    i += 1;
                }
            }
            found != negated && component_match(after, &name[1..])
        }
        Some((b'\\', rest)) if !rest.is_empty() => name.first() == Some(&rest[0]) && component_match(&rest[1..], &name[1..]),
        Some((&p, rest)) => name.first() == Some(&p) && component_match(rest, &name[1..]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matches(pattern: &str, path: &str) -> bool {
        let parts: Vec<&str> = path.split('/').collect();
        glob_match(&split_path(pattern), &parts)
    }

    #[test]
    fn wildcards() {
        assert!(matches("*.txt", "a.txt"));
        assert!(!matches("*.txt", "d/a.txt"));
        assert!(matches("**/*.txt", "d/e/a.txt"));
        assert!(matches("**/*.txt", "a.txt"));
        assert!(matches("f?le[0-9]", "file7"));
        assert!(!matches("f[!i]le", "file"));
        assert!(matches("/src/./x", "src/x"));
    }

    #[test]
    fn ignore_with_exceptions() {
        let ctx = BuildContext { root: PathBuf::new(), patterns: parse_ignore("# c\n*.log\nsecret\n!keep.log\nbuild/\n") };
        assert!(ctx.is_ignored("a.log"));
        assert!(!ctx.is_ignored("keep.log"));
        assert!(ctx.is_ignored("secret/inner/file"));
        assert!(ctx.is_ignored("build/x"));
        assert!(!ctx.is_ignored("src/a.log"));
        assert!(!ctx.is_ignored("main.c"));
    }
}
