//! `--change` instructions: the Dockerfile instructions that only set image
//! configuration (CMD, ENTRYPOINT, ENV, EXPOSE, LABEL, USER, VOLUME,
//! WORKDIR, STOPSIGNAL), applied to an image config.

use crate::error::Result;
use oci_spec::image::Config;

/// Apply one instruction, written `INSTRUCTION ARGS` or `INSTRUCTION=ARGS`.
pub fn apply(config: &mut Config, instruction: &str) -> Result<()> {
    let text = instruction.trim();
    let split = text.find(|c: char| c.is_whitespace() || c == '=').unwrap_or(text.len());
    let (keyword, args) = (&text[..split], text[split..].strip_prefix('=').unwrap_or(&text[split..]).trim());
    let invalid = |why: &str| crate::err!("invalid change {instruction:?}: {why}");
    if args.is_empty() {
        return Err(invalid(&format!("{} needs an argument", keyword.to_uppercase())));
    }
    match keyword.to_uppercase().as_str() {
        "CMD" => {
            config.set_cmd(Some(command(args)));
        }
        "ENTRYPOINT" => {
            config.set_entrypoint(Some(command(args)));
        }
        "ENV" => {
            let mut env = config.env().clone().unwrap_or_default();
            for (key, value) in pairs(args).map_err(|e| invalid(&e))? {
                set_env(&mut env, format!("{key}={value}"));
            }
            config.set_env(Some(env));
        }
        "LABEL" => {
            let mut labels = config.labels().clone().unwrap_or_default();
            labels.extend(pairs(args).map_err(|e| invalid(&e))?);
            config.set_labels(Some(labels));
        }
        "EXPOSE" => {
            let mut ports = config.exposed_ports().clone().unwrap_or_default();
            for word in words(args).map_err(|e| invalid(&e))? {
                let port = exposed_port(&word).ok_or_else(|| invalid(&format!("invalid port {word:?}")))?;
                if !ports.contains(&port) {
                    ports.push(port);
                }
            }
            config.set_exposed_ports(Some(ports));
        }
        "USER" => {
            config.set_user(Some(args.to_string()));
        }
        "VOLUME" => {
            let mut volumes = config.volumes().clone().unwrap_or_default();
            let new = match json_array(args) {
                Some(list) => list,
                None => words(args).map_err(|e| invalid(&e))?,
            };
            for volume in new {
                if !volumes.contains(&volume) {
                    volumes.push(volume);
                }
            }
            config.set_volumes(Some(volumes));
        }
        "WORKDIR" => {
            // A relative WORKDIR continues from the previous one, as in a Dockerfile.
            let dir = match config.working_dir() {
                Some(previous) if !args.starts_with('/') => format!("{}/{args}", previous.trim_end_matches('/')),
                _ if !args.starts_with('/') => format!("/{args}"),
                _ => args.to_string(),
            };
            config.set_working_dir(Some(dir));
        }
        "STOPSIGNAL" => {
            if !valid_signal(args) {
                return Err(invalid(&format!("invalid signal {args:?}")));
            }
            config.set_stop_signal(Some(args.to_string()));
        }
        _ => {
            return Err(invalid(&format!(
                "unknown instruction {keyword:?} (valid: CMD, ENTRYPOINT, ENV, EXPOSE, LABEL, STOPSIGNAL, USER, VOLUME, WORKDIR)"
            )))
        }
    }
    Ok(())
}

/// The exec form (a JSON array) or else the shell form, run by /bin/sh -c.
fn command(args: &str) -> Vec<String> {
    json_array(args).unwrap_or_else(|| vec!["/bin/sh".into(), "-c".into(), args.into()])
}

fn json_array(args: &str) -> Option<Vec<String>> {
    args.starts_with('[').then(|| serde_json::from_str(args).ok()).flatten()
}

/// `K=V K2="v 2"`, or the legacy single-pair form `K the value`.
fn pairs(args: &str) -> std::result::Result<Vec<(String, String)>, String> {
    let first = args.split_whitespace().next().unwrap_or_default();
    if !first.contains('=') {
        let value = args[first.len()..].trim();
        if value.is_empty() {
            return Err(format!("{first} has no value"));
        }
        return Ok(vec![(unquote(first)?, unquote(value)?)]);
    }
    words(args)?
        .into_iter()
        .map(|w| match w.split_once('=') {
            Some((k, v)) if !k.is_empty() => Ok((k.to_string(), v.to_string())),
            _ => Err(format!("{w:?} is not KEY=VALUE")),
        })
        .collect()
}

fn unquote(text: &str) -> std::result::Result<String, String> {
    Ok(words(text)?.join(" "))
}

/// Split on whitespace, honouring "double" and 'single' quotes and
/// backslash escapes as a Dockerfile does.
fn words(text: &str) -> std::result::Result<Vec<String>, String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut in_word = false;
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        match c {
            c if c.is_whitespace() => {
                if in_word {
                    words.push(std::mem::take(&mut word));
                    in_word = false;
                }
            }
            '\\' => {
                word.extend(chars.next());
                in_word = true;
            }
            '"' | '\'' => {
                in_word = true;
                loop {
                    match chars.next() {
                        Some(q) if q == c => break,
                        Some('\\') if c == '"' => word.extend(chars.next()),
                        Some(other) => word.push(other),
                        None => return Err(format!("unterminated {c} quote")),
                    }
                }
            }
            c => {
                word.push(c);
                in_word = true;
            }
        }
    }
    if in_word {
        words.push(word);
    }
    Ok(words)
}

/// "80" → "80/tcp"; "53/udp", "8000-8010/tcp" as given.
fn exposed_port(word: &str) -> Option<String> {
    let (ports, proto) = word.split_once('/').unwrap_or((word, "tcp"));
    let proto = proto.to_lowercase();
    let valid_port = |p: &str| p.parse::<u16>().is_ok_and(|n| n > 0);
    let ports_ok = match ports.split_once('-') {
        Some((a, b)) => valid_port(a) && valid_port(b),
        None => valid_port(ports),
    };
    (ports_ok && matches!(proto.as_str(), "tcp" | "udp" | "sctp")).then(|| format!("{ports}/{proto}"))
}

/// A signal number or name, with or without SIG (SIGTERM, TERM, 15, SIGRTMIN+3).
fn valid_signal(signal: &str) -> bool {
    let name = signal.strip_prefix("SIG").unwrap_or(signal);
    signal.parse::<u8>().is_ok_and(|n| (1..=64).contains(&n))
        || name.starts_with("RTMIN")
        || name.starts_with("RTMAX")
        || format!("SIG{name}").parse::<nix::sys::signal::Signal>().is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn applied(changes: &[&str]) -> Config {
        let mut c = Config::default();
        for ch in changes {
            apply(&mut c, ch).unwrap();
        }
        c
    }

    #[test]
    fn commands_exec_and_shell_form() {
        let c = applied(&[r#"CMD ["sh", "-c", "echo hi"]"#, "ENTRYPOINT /bin/echo a b"]);
        assert_eq!(c.cmd().as_deref().unwrap(), ["sh", "-c", "echo hi"]);
        assert_eq!(c.entrypoint().as_deref().unwrap(), ["/bin/sh", "-c", "/bin/echo a b"]);
        let c = applied(&["cmd=/bin/sh"]);
        assert_eq!(c.cmd().as_deref().unwrap(), ["/bin/sh", "-c", "/bin/sh"]);
    }

    #[test]
    fn env_and_labels() {
        let c = applied(&["ENV A=1 B=\"two words\"", "ENV C the rest of it", "ENV A=3", "LABEL=blue=image", "LABEL a.b='x y'"]);
        assert_eq!(c.env().as_deref().unwrap(), ["B=two words", "C=the rest of it", "A=3"]);
        let labels = c.labels().clone().unwrap();
        assert_eq!(labels["blue"], "image");
        assert_eq!(labels["a.b"], "x y");
    }

    #[test]
    fn ports_volumes_workdir_user_signal() {
        let c = applied(&[
            "EXPOSE 80 53/udp 8000-8010",
            "VOLUME [\"/data\"]",
            "VOLUME /a /b",
            "WORKDIR /srv",
            "WORKDIR app",
            "USER 1000:1000",
            "STOPSIGNAL SIGINT",
        ]);
        assert_eq!(c.exposed_ports().as_deref().unwrap(), ["80/tcp", "53/udp", "8000-8010/tcp"]);
        assert_eq!(c.volumes().as_deref().unwrap(), ["/data", "/a", "/b"]);
        assert_eq!(c.working_dir().as_deref(), Some("/srv/app"));
        assert_eq!(c.user().as_deref(), Some("1000:1000"));
        assert_eq!(c.stop_signal().as_deref(), Some("SIGINT"));
        assert!(valid_signal("TERM") && valid_signal("9") && valid_signal("SIGRTMIN+3"));
    }

    #[test]
    fn rejects_bad_instructions() {
        let mut c = Config::default();
        for bad in ["FROM busybox", "RUN true", "CMD", "EXPOSE http", "ENV A=\"unterminated", "STOPSIGNAL SIGNOPE", "ENV =x", "ENV K"] {
            assert!(apply(&mut c, bad).is_err(), "{bad} should be refused");
        }
    }
}

/// Put `entry` (`NAME=VALUE`) into `env`, replacing an earlier entry for
/// the same name.
pub fn set_env(env: &mut Vec<String>, entry: String) {
    let name = env_name(&entry);
    env.retain(|e| env_name(e) != name);
    env.push(entry);
}

fn env_name(entry: &str) -> &str {
    entry.split_once('=').map_or(entry, |(name, _)| name)
}
