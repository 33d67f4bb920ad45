//! A JSON value printed as the YAML podman prints for `info`: two-space
//! nesting, list items at their key's indentation, multi-line strings as
//! `|-` blocks, and strings quoted where YAML would read them otherwise.
//! Only what `info` holds (maps, lists, scalars) is needed, so this is a
//! printer, not a YAML library.

use serde_json::Value;

pub fn render(value: &Value) -> String {
    let mut out = String::new();
    if let Value::Object(map) = value {
        mapping(&mut out, map, 0, None);
    }
    out
}

/// The entries of a map at `indent`; the first one after `first_prefix`
/// (a list item's "- ") when given.
fn mapping(out: &mut String, map: &serde_json::Map<String, Value>, indent: usize, mut first_prefix: Option<&str>) {
    for (key, value) in map {
        let pad = match first_prefix.take() {
            Some(prefix) => format!("{}{prefix}", " ".repeat(indent.saturating_sub(prefix.len()))),
            None => " ".repeat(indent),
        };
        entry(out, &format!("{pad}{}:", scalar_text(key)), value, indent);
    }
}

/// One `head` ("key:" or "-") and its value, nested under `indent`.
fn entry(out: &mut String, head: &str, value: &Value, indent: usize) {
    match value {
        Value::Object(map) if map.is_empty() => out.push_str(&format!("{head} {{}}\n")),
        Value::Array(items) if items.is_empty() => out.push_str(&format!("{head} []\n")),
        Value::Object(map) => {
            out.push_str(head);
            out.push('\n');
            mapping(out, map, indent + 2, None);
        }
        Value::Array(items) => {
            out.push_str(head);
            out.push('\n');
            for item in items {
                match item {
                    Value::Object(map) if !map.is_empty() => mapping(out, map, indent + 2, Some("- ")),
                    other => entry(out, &format!("{}-", " ".repeat(indent)), other, indent),
                }
            }
        }
        Value::String(s) if s.contains('\n') => {
            out.push_str(&format!("{head} |-\n"));
            for line in s.lines() {
                out.push_str(&format!("{}{line}\n", " ".repeat(indent + 2)));
            }
        }
        scalar => out.push_str(&format!("{head} {}\n", scalar_text_of(scalar))),
    }
}

fn scalar_text_of(value: &Value) -> String {
    match value {
        Value::String(s) => scalar_text(s),
        Value::Null => "null".into(),
        other => other.to_string(),
    }
}

/// A string as YAML needs it written: double quotes where it would read
/// as another type ("12", "true", ""), single quotes where it holds YAML
/// syntax (": ", " #", a leading indicator), else bare.
fn scalar_text(s: &str) -> String {
    let other_type = s.is_empty()
        || s.parse::<f64>().is_ok()
        || matches!(s.to_ascii_lowercase().as_str(), "true" | "false" | "yes" | "no" | "on" | "off" | "null" | "~" | "y" | "n");
    if other_type {
        return format!("\"{s}\"");
    }
    let syntax = s.contains(": ")
        || s.contains(" #")
        || s.ends_with(':')
        || s.starts_with(|c: char| "-?:,[]{}#&*!|>'\"%@` ".contains(c))
        || s.ends_with(' ');
    if syntax {
        format!("'{}'", s.replace('\'', "''"))
    } else {
        s.to_string()
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    #[test]
    fn prints_yaml_as_podman_info_does() {
        let value = json!({
            "host": {
                "arch": "amd64",
                "cgroupControllers": [],
                "idMappings": {"uidmap": [{"container_id": 0, "host_id": 1500, "size": 1}, {"container_id": 1, "host_id": 100000, "size": 65536}]},
                "distribution": {"version": "12"},
                "conmon": {"version": "conmon version 2.1.6, commit: unknown"},
                "ociRuntime": {"version": "crun version 1.8.1\ncommit: f8a"},
            },
            "plugins": {"log": ["k8s-file", "none"], "authorization": null},
            "registries": {},
        });
        assert_eq!(
            super::render(&value),
            "host:\n  arch: amd64\n  cgroupControllers: []\n  conmon:\n    version: 'conmon version 2.1.6, commit: unknown'\n  \
             distribution:\n    version: \"12\"\n  idMappings:\n    uidmap:\n    - container_id: 0\n      host_id: 1500\n      size: 1\n    \
             - container_id: 1\n      host_id: 100000\n      size: 65536\n  ociRuntime:\n    version: |-\n      crun version 1.8.1\n      commit: f8a\n\
             plugins:\n  authorization: null\n  log:\n  - k8s-file\n  - none\nregistries: {}\n"
        );
    }
}
