//! podman's rules for turning the command line that made a container or a
//! pod into the one a `--new` unit runs: the flags the unit sets itself
//! (`--cidfile`, `--rm`, `--conmon-pidfile`, the pod's files) are dropped
//! from the original, `-d` and `--replace` added when missing.

/// A `run` or `create` command line in its parts.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CreateLine {
    /// The words between the program and `run`/`create`: global flags (and
    /// `container` of `container run`).
    pub root_flags: Vec<String>,
    /// The command's flags with their values, before the image.
    pub options: Vec<String>,
    /// The image and the container's command.
    pub image_and_command: Vec<String>,
}

/// The flags of a create command line as a unit runs them.
#[derive(Debug, Default)]
pub struct Rewritten {
    pub options: Vec<String>,
    /// `-d` was given already.
    pub detach: bool,
    /// `--name` was given.
    pub named: bool,
    /// `--replace` was given.
    pub replace: bool,
    /// `--restart`'s value, which becomes the unit's `Restart=`.
    pub restart: Option<String>,
    /// Variables given without a value (`-e NAME`), read from the environment.
    pub env_from_host: Vec<String>,
}

/// Flags (with a value) the unit sets itself, or systemd does instead.
const DROPPED_WITH_VALUE: &[&str] = &["--cgroups", "--cidfile", "--restart", "--sdnotify", "--conmon-pidfile"];
/// A pod's unit gives the pod: the container's own pod flags go.
const POD_FLAGS: &[&str] = &["--pod", "--pod-id-file", "--infra-conmon-pidfile"];
/// One-letter boolean flags of run and create that may be grouped (`-dit`).
const GROUPED_SHORT_BOOLEANS: &str = "ditPq";

/// The value of `--flag VALUE` or `--flag=VALUE` at `words[*i]` for one
/// of `names`, moving `i` past it.
fn flag_value(words: &[String], i: &mut usize, names: &[&str]) -> Option<Option<String>> {
    let word = &words[*i];
    for name in names {
        if word == name {
            *i += 1;
            return Some(words.get(*i).cloned());
        }
        if let Some(value) = word.strip_prefix(name).and_then(|rest| rest.strip_prefix('=')) {
            return Some(Some(value.to_string()));
        }
    }
    None
}

pub fn rewrite_container_create(line: &CreateLine, in_pod: bool) -> Rewritten {
    let words = &line.options;
    let mut out = Rewritten::default();
    let mut i = 0;
    while i < words.len() {
        let word = words[i].as_str();
        if word == "--rm" || word.starts_with("--rm=") {
            i += 1;
            continue;
        }
        if let Some(value) = flag_value(words, &mut i, DROPPED_WITH_VALUE) {
            if word == "--restart" || word.starts_with("--restart=") {
                out.restart = value.filter(|v| !v.is_empty());
            }
            i += 1;
            continue;
        }
        if in_pod && flag_value(words, &mut i, POD_FLAGS).is_some() {
            i += 1;
            continue;
        }
        match word {
            "--detach=false" | "-d=false" | "--replace=false" => {}
            "-d" | "--detach" | "--detach=true" => {
                out.detach = true;
                out.options.push(word.to_string());
            }
            "--replace" | "--replace=true" => {
                out.replace = true;
                out.options.push(word.to_string());
            }
            _ if word.len() > 2 && word.starts_with('-') && !word.starts_with("--") && word[1..].chars().all(|c| GROUPED_SHORT_BOOLEANS.contains(c)) => {
                out.detach |= word.contains('d');
                out.options.push(word.to_string());
            }
            "--name" => {
                out.named = true;
                out.options.push(word.to_string());
                if let Some(value) = words.get(i + 1) {
                    out.options.push(value.clone());
                    i += 1;
                }
            }
            "-e" | "--env" => {
                out.options.push(word.to_string());
                if let Some(value) = words.get(i + 1) {
                    if !value.contains('=') {
                        out.env_from_host.push(value.clone());
                    }
                    out.options.push(value.clone());
                    i += 1;
                }
            }
            _ => {
                out.named |= word.starts_with("--name=");
                let inline_env = word.strip_prefix("--env=").or_else(|| word.strip_prefix("-e").filter(|v| !v.is_empty() && !v.starts_with('=')));
                if let Some(value) = inline_env.filter(|v| !v.contains('=')) {
                    out.env_from_host.push(value.to_string());
                }
                out.options.push(word.to_string());
            }
        }
        i += 1;
    }
    out
}

/// A template unit's container is named after its instance: `-%i` added
/// to the `--name` of `options` (escaped already); false when none is there.
pub fn add_instance_to_name(options: &mut [String]) -> bool {
    for i in 0..options.len() {
        if options[i] == "--name" && i + 1 < options.len() {
            options[i + 1].push_str("-%i");
            return true;
        }
        if options[i].starts_with("--name=") {
            options[i].push_str("-%i");
            return true;
        }
    }
    false
}

/// A `pod create` line: the words before `pod create` (without the
/// program) and those after; None when it is no such line.
pub fn split_pod_create(line: &[String]) -> Option<(Vec<String>, Vec<String>)> {
    let at = (1..line.len()).find(|&i| line[i - 1] == "pod" && line[i] == "create")?;
    Some((line[1..at - 1].to_vec(), line[at + 1..].to_vec()))
}

/// A `pod create`'s arguments as a unit runs them: its own files dropped
/// (the unit gives them), `--replace` added to a named pod.
pub fn rewrite_pod_create(args: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    let (mut named, mut replace) = (false, false);
    let mut i = 0;
    while i < args.len() {
        let word = args[i].as_str();
        if flag_value(args, &mut i, &["--pod-id-file", "--infra-conmon-pidfile"]).is_some() || word == "--replace=false" {
            i += 1;
            continue;
        }
        named |= word == "--name" || word == "-n" || word.starts_with("--name=");
        replace |= word == "--replace" || word == "--replace=true";
        out.push(word.to_string());
        i += 1;
    }
    if named && !replace {
        out.push("--replace".into());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        text.split_whitespace().map(String::from).collect()
    }

    #[test]
    fn a_run_line_loses_what_the_unit_sets() {
        let line = CreateLine { root_flags: vec![], options: words("--rm --cidfile /x --restart=on-failure:3 -e FOO -e BAR=1 --name web --detach=false"), image_and_command: words("bb top") };
        let out = rewrite_container_create(&line, false);
        assert_eq!(out.options, words("-e FOO -e BAR=1 --name web"));
        assert!(!out.detach && out.named && !out.replace);
        assert_eq!(out.restart.as_deref(), Some("on-failure:3"));
        assert_eq!(out.env_from_host, vec!["FOO"]);
    }

    #[test]
    fn grouped_short_flags_and_pods() {
        let line = CreateLine { root_flags: vec![], options: words("-dit --pod p1 --replace"), image_and_command: vec![] };
        let out = rewrite_container_create(&line, true);
        assert_eq!(out.options, words("-dit --replace"));
        assert!(out.detach && out.replace && !out.named);
        let mut named = words("--name=web");
        assert!(add_instance_to_name(&mut named));
        assert_eq!(named, words("--name=web-%i"));
    }

    #[test]
    fn pod_create_lines() {
        let (root, args) = split_pod_create(&words("skiff --log-level info pod create --name p --pod-id-file /f -p 8080:80")).unwrap();
        assert_eq!(root, words("--log-level info"));
        assert_eq!(rewrite_pod_create(&args), words("--name p -p 8080:80 --replace"));
        assert!(split_pod_create(&words("skiff run bb")).is_none());
    }
}
