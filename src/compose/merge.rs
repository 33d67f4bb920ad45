//! Merging normalised compose files (several `-f`, an override file,
//! `extends`), by the Compose Specification's merge rules: mappings merge
//! key by key, scalars are replaced, sequences are appended without
//! duplicates, except the commands (`command`, `entrypoint`,
//! `healthcheck.test`), which are replaced, and the entries that are unique
//! by their target (`volumes`, `secrets`, `configs`), where a later entry
//! replaces the one with the same target.

use serde_json::Value;

/// Sequences that a later file replaces as a whole.
const REPLACED: &[&str] = &["command", "entrypoint", "test"];

/// Sequences whose entries are unique by their `target`.
const UNIQUE_BY_TARGET: &[&str] = &["volumes", "secrets", "configs"];

/// Merge `over` into `base`; `key` is the mapping key both sit under.
pub fn merge(base: &mut Value, over: Value, key: &str) {
    match (base, over) {
        (Value::Object(base), Value::Object(over)) => {
            for (k, v) in over {
                match base.get_mut(&k) {
                    Some(existing) => merge(existing, v, &k),
                    None => {
                        base.insert(k, v);
                    }
                }
            }
        }
        (Value::Array(base), Value::Array(over)) if !REPLACED.contains(&key) => {
            if UNIQUE_BY_TARGET.contains(&key) {
                for entry in over {
                    let target = entry_target(&entry);
                    match base.iter_mut().find(|e| target.is_some() && entry_target(e) == target) {
                        Some(existing) => *existing = entry,
                        None => base.push(entry),
                    }
                }
            } else {
                for entry in over {
                    if !base.contains(&entry) {
                        base.push(entry);
                    }
                }
            }
        }
        (base, over) => *base = over,
    }
}

/// What makes a volume, secret or config entry unique: its target, or for
/// a secret without one, its source (mounted at /run/secrets/SOURCE).
fn entry_target(entry: &Value) -> Option<String> {
    entry.get("target").or_else(|| entry.get("source")).and_then(Value::as_str).map(str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn merged(base: Value, over: Value) -> Value {
        let mut base = base;
        merge(&mut base, over, "");
        base
    }

    #[test]
    fn mappings_merge_and_scalars_are_replaced() {
        let out = merged(
            json!({"services": {"web": {"image": "a", "environment": {"A": "1", "B": "2"}}}}),
            json!({"services": {"web": {"image": "b", "environment": {"B": "3"}}, "db": {"image": "c"}}}),
        );
        assert_eq!(out, json!({"services": {"web": {"image": "b", "environment": {"A": "1", "B": "3"}}, "db": {"image": "c"}}}));
    }

    #[test]
    fn commands_are_replaced_and_other_lists_appended() {
        let out = merged(
            json!({"command": ["a", "b"], "dns": ["1.1.1.1"], "healthcheck": {"test": ["CMD", "x"]}}),
            json!({"command": ["c"], "dns": ["1.1.1.1", "8.8.8.8"], "healthcheck": {"test": ["CMD", "y"]}}),
        );
        assert_eq!(out, json!({"command": ["c"], "dns": ["1.1.1.1", "8.8.8.8"], "healthcheck": {"test": ["CMD", "y"]}}));
    }

    #[test]
    fn volumes_are_unique_by_target() {
        let out = merged(
            json!({"volumes": [{"type": "volume", "source": "a", "target": "/data"}, {"type": "volume", "target": "/cache"}]}),
            json!({"volumes": [{"type": "bind", "source": "/host", "target": "/data"}, {"type": "volume", "source": "l", "target": "/logs"}]}),
        );
        assert_eq!(
            out["volumes"],
            json!([
                {"type": "bind", "source": "/host", "target": "/data"},
                {"type": "volume", "target": "/cache"},
                {"type": "volume", "source": "l", "target": "/logs"}
            ])
        );
    }

    #[test]
    fn ports_are_appended_once() {
        let port = json!({"target": 80, "published": "8080", "protocol": "tcp"});
        let out = merged(json!({"ports": [port.clone()]}), json!({"ports": [port.clone(), {"target": 443, "protocol": "tcp"}]}));
        assert_eq!(out["ports"].as_array().unwrap().len(), 2);
    }
}
