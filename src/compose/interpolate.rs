//! Variable interpolation in compose files, as the Compose Specification
//! has it: `$VAR`, `${VAR}`, `${VAR:-default}`, `${VAR-default}`,
//! `${VAR:?message}`, `${VAR?message}`, `${VAR:+alternative}`,
//! `${VAR+alternative}` and `$$` for a literal `$`. Defaults and
//! alternatives are themselves interpolated, so `${A:-${B}}` works.
//! Only values are interpolated, never mapping keys (as docker compose).

use crate::error::Result;
use serde_json::Value;
use std::collections::BTreeMap;

/// The variables interpolation sees: the process environment over `.env`.
pub type Variables = BTreeMap<String, String>;

/// Interpolate every string in `value`; `path` names where `value` is, for
/// the error a missing required variable gives.
pub fn interpolate_value(value: &mut Value, variables: &Variables, path: &str) -> Result<()> {
    match value {
        Value::String(text) => *text = interpolate(text, variables).map_err(|e| crate::err!("{path}: {e}"))?,
        Value::Array(items) => {
            for (index, item) in items.iter_mut().enumerate() {
                interpolate_value(item, variables, &format!("{path}[{index}]"))?;
            }
        }
        Value::Object(map) => {
            for (key, item) in map.iter_mut() {
                let inner = if path.is_empty() { key.clone() } else { format!("{path}.{key}") };
                interpolate_value(item, variables, &inner)?;
            }
        }
        _ => {}
    }
    Ok(())
}

/// Interpolate one string.
pub fn interpolate(text: &str, variables: &Variables) -> std::result::Result<String, String> {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('$') {
        out.push_str(&rest[..at]);
        let after = &rest[at + 1..];
        if let Some(tail) = after.strip_prefix('$') {
            out.push('$');
            rest = tail;
        } else if let Some(inner) = after.strip_prefix('{') {
            let end = closing_brace(inner).ok_or_else(|| format!("invalid interpolation format for {text:?}: missing '}}'"))?;
            out.push_str(&expand(&inner[..end], variables, text)?);
            rest = &inner[end + 1..];
        } else {
            let name_len = name_length(after);
            if name_len == 0 {
                // A lone `$` (before a space, a digit, the end): docker compose keeps it.
                out.push('$');
                rest = after;
            } else {
                out.push_str(variables.get(&after[..name_len]).map(String::as_str).unwrap_or(""));
                rest = &after[name_len..];
            }
        }
    }
    out.push_str(rest);
    Ok(out)
}

/// A variable the files use, as `config --variables` lists it.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct VariableUse {
    #[serde(rename = "Name")]
    pub name: String,
    /// `${VAR?msg}` or `${VAR:?msg}`
    #[serde(rename = "Required")]
    pub required: bool,
    /// The word of `${VAR-word}` or `${VAR:-word}`
    #[serde(rename = "DefaultValue")]
    pub default: String,
    /// The word of `${VAR+word}` or `${VAR:+word}`
    #[serde(rename = "PresenceValue")]
    pub alternate: String,
}

/// Every variable the strings in `value` use (the first use of each
/// name wins), as written before interpolation.
pub fn variables_used(value: &Value, found: &mut std::collections::BTreeMap<String, VariableUse>) {
    match value {
        Value::String(text) => variables_in(text, found),
        Value::Array(items) => items.iter().for_each(|item| variables_used(item, found)),
        Value::Object(map) => map.values().for_each(|item| variables_used(item, found)),
        _ => {}
    }
}

fn variables_in(text: &str, found: &mut std::collections::BTreeMap<String, VariableUse>) {
    let mut rest = text;
    while let Some(at) = rest.find('$') {
        let after = &rest[at + 1..];
        if let Some(tail) = after.strip_prefix('$') {
            rest = tail;
        } else if let Some(inner) = after.strip_prefix('{') {
            // An unclosed `${` is reported when the file is interpolated.
            let Some(end) = closing_brace(inner) else {
                return;
            };
            let body = &inner[..end];
            let name_len = name_length(body);
            let (name, operator_and_word) = body.split_at(name_len);
            let mut found_use = VariableUse { name: name.to_string(), ..Default::default() };
            let word = ["?", "-", "+"].iter().find_map(|op| {
                let skip = if operator_and_word.starts_with(':') { 1 } else { 0 };
                operator_and_word[skip..].strip_prefix(op).map(|word| (*op, word))
            });
            match word {
                Some(("?", _)) => found_use.required = true,
                Some(("-", word)) => found_use.default = word.to_string(),
                Some((_, word)) => found_use.alternate = word.to_string(),
                None => {}
            }
            if let Some((_, word)) = word {
                variables_in(word, found);
            }
            if !name.is_empty() {
                found.entry(name.to_string()).or_insert(found_use);
            }
            rest = &inner[end + 1..];
        } else {
            let name_len = name_length(after);
            if name_len > 0 {
                found.entry(after[..name_len].to_string()).or_insert_with(|| VariableUse { name: after[..name_len].to_string(), ..Default::default() });
            }
            rest = &after[name_len..];
        }
    }
}

/// Where the `}` closing a `${` is, counting nested `${...}`.
fn closing_brace(inner: &str) -> Option<usize> {
    let mut depth = 0;
    let bytes = inner.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'$' if bytes.get(i + 1) == Some(&b'{') => {
                depth += 1;
                i += 1;
            }
            b'}' if depth == 0 => return Some(i),
            b'}' => depth -= 1,
            _ => {}
        }
        i += 1;
    }
    None
}

/// The length of the variable name at the start of `text`.
fn name_length(text: &str) -> usize {
    let mut chars = text.char_indices();
    match chars.next() {
        Some((_, c)) if c.is_ascii_alphabetic() || c == '_' => {}
        _ => return 0,
    }
    chars.find(|(_, c)| !(c.is_ascii_alphanumeric() || *c == '_')).map(|(i, _)| i).unwrap_or(text.len())
}

/// One `${...}` body: a name and perhaps an operator and its word.
fn expand(body: &str, variables: &Variables, whole: &str) -> std::result::Result<String, String> {
    let name_len = name_length(body);
    let name = &body[..name_len];
    let operator_and_word = &body[name_len..];
    if name.is_empty() {
        return Err(format!("invalid interpolation format for {whole:?}: {body:?} names no variable"));
    }
    let value = variables.get(name);
    let set = value.is_some();
    let non_empty = value.is_some_and(|v| !v.is_empty());
    let word = |skip: usize| interpolate(&operator_and_word[skip..], variables);
    let current = || value.cloned().unwrap_or_default();
    match operator_and_word {
        "" => Ok(current()),
        o if o.starts_with(":-") => if non_empty { Ok(current()) } else { word(2) },
        o if o.starts_with('-') => if set { Ok(current()) } else { word(1) },
        o if o.starts_with(":+") => if non_empty { word(2) } else { Ok(String::new()) },
        o if o.starts_with('+') => if set { word(1) } else { Ok(String::new()) },
        o if o.starts_with(":?") => if non_empty { Ok(current()) } else { Err(required(name, &word(2)?)) },
        o if o.starts_with('?') => if set { Ok(current()) } else { Err(required(name, &word(1)?)) },
        _ => Err(format!("invalid interpolation format for {whole:?}: unknown operator in ${{{body}}}")),
    }
}

fn required(name: &str, message: &str) -> String {
    if message.is_empty() {
        format!("required variable {name} is missing a value")
    } else {
        format!("required variable {name} is missing a value: {message}")
    }
}

/// Variables from a `.env`-style file: `KEY=VALUE` lines, `#` comments,
/// an optional `export `, single quotes taken literally, double quotes with
/// `\n` escapes, and `${VAR}` in unquoted or double-quoted values expanded
/// against the variables read so far and `outer`.
pub fn parse_env_file(text: &str, outer: &Variables) -> std::result::Result<Vec<(String, String)>, String> {
    let mut read: Vec<(String, String)> = Vec::new();
    for (number, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let line = line.strip_prefix("export ").unwrap_or(line);
        let (key, raw) = match line.split_once('=') {
            Some((key, raw)) => (key.trim(), raw.trim()),
            // A bare name takes its value from the environment, if it has one.
            None => match outer.get(line) {
                Some(value) => {
                    read.push((line.to_string(), value.clone()));
                    continue;
                }
                None => continue,
            },
        };
        if key.is_empty() || key.contains(char::is_whitespace) {
            return Err(format!("line {}: invalid variable name {key:?}", number + 1));
        }
        let seen = || {
            let mut all = outer.clone();
            all.extend(read.iter().cloned());
            all
        };
        let value = if let Some(quoted) = raw.strip_prefix('\'') {
            quoted.strip_suffix('\'').ok_or_else(|| format!("line {}: unterminated quote", number + 1))?.to_string()
        } else if let Some(quoted) = raw.strip_prefix('"') {
            let inner = quoted.strip_suffix('"').ok_or_else(|| format!("line {}: unterminated quote", number + 1))?;
            let unescaped = inner.replace("\\n", "\n").replace("\\\"", "\"");
            interpolate(&unescaped, &seen())?
        } else {
            // An unquoted value ends at a ` #` comment.
            let value = raw.split(" #").next().unwrap_or("").trim_end();
            interpolate(value, &seen())?
        };
        read.push((key.to_string(), value));
    }
    Ok(read)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vars() -> Variables {
        [("SET", "value"), ("EMPTY", ""), ("PORT", "8080")].iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    fn expand(text: &str) -> std::result::Result<String, String> {
        interpolate(text, &vars())
    }

    #[test]
    fn plain_and_braced_names() {
        assert_eq!(expand("$SET and ${SET}").unwrap(), "value and value");
        assert_eq!(expand("${PORT}:80").unwrap(), "8080:80");
        assert_eq!(expand("$UNSET|${UNSET}").unwrap(), "|");
        assert_eq!(expand("a$SET-b").unwrap(), "avalue-b");
    }

    #[test]
    fn dollar_dollar_is_a_literal_dollar() {
        assert_eq!(expand("echo $$HOME $${SET}").unwrap(), "echo $HOME ${SET}");
        assert_eq!(expand("cost: 5 $").unwrap(), "cost: 5 $");
    }

    #[test]
    fn defaults_tell_unset_from_empty() {
        assert_eq!(expand("${UNSET:-d}").unwrap(), "d");
        assert_eq!(expand("${EMPTY:-d}").unwrap(), "d");
        assert_eq!(expand("${SET:-d}").unwrap(), "value");
        assert_eq!(expand("${UNSET-d}").unwrap(), "d");
        assert_eq!(expand("${EMPTY-d}").unwrap(), "");
    }

    #[test]
    fn alternatives() {
        assert_eq!(expand("${SET:+alt}").unwrap(), "alt");
        assert_eq!(expand("${EMPTY:+alt}").unwrap(), "");
        assert_eq!(expand("${EMPTY+alt}").unwrap(), "alt");
        assert_eq!(expand("${UNSET+alt}").unwrap(), "");
    }

    #[test]
    fn required_variables_name_themselves() {
        assert_eq!(expand("${UNSET:?set it}").unwrap_err(), "required variable UNSET is missing a value: set it");
        assert_eq!(expand("${EMPTY:?}").unwrap_err(), "required variable EMPTY is missing a value");
        assert_eq!(expand("${EMPTY?x}").unwrap(), "");
        assert_eq!(expand("${UNSET?no}").unwrap_err(), "required variable UNSET is missing a value: no");
        assert_eq!(expand("${SET:?x}").unwrap(), "value");
    }

    #[test]
    fn nested_defaults() {
        assert_eq!(expand("${UNSET:-${SET}}").unwrap(), "value");
        assert_eq!(expand("${UNSET:-${ALSO_UNSET:-deep}}").unwrap(), "deep");
    }

    #[test]
    fn malformed_references_are_errors() {
        assert!(expand("${SET").unwrap_err().contains("missing '}'"));
        assert!(expand("${}").unwrap_err().contains("names no variable"));
        assert!(expand("${SET%x}").unwrap_err().contains("unknown operator"));
    }

    #[test]
    fn errors_name_the_path() {
        let mut value = serde_json::json!({"services": {"web": {"image": "${UNSET:?need an image}"}}});
        let e = interpolate_value(&mut value, &vars(), "").unwrap_err();
        assert_eq!(e.message, "services.web.image: required variable UNSET is missing a value: need an image");
    }

    #[test]
    fn env_files() {
        let text = "# comment\nA=1\nexport B='lit $A'\nC=\"x ${A}\\ny\"\nD=plain # trailing\nE=${A:-z}${NOPE:-q}\n";
        let read = parse_env_file(text, &Variables::new()).unwrap();
        let map: BTreeMap<_, _> = read.into_iter().collect();
        assert_eq!(map["A"], "1");
        assert_eq!(map["B"], "lit $A");
        assert_eq!(map["C"], "x 1\ny");
        assert_eq!(map["D"], "plain");
        assert_eq!(map["E"], "1q");
    }
}
