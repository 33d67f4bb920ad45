//! The subset of Go templates that docker and podman users pass to
//! `--format`: text with `{{.Field.Sub}}` actions, a `table` prefix, and
//! the functions `json`, `join`, `index`, `upper`, `lower`, `len`. Values
//! print the way Go prints them (`[a b]` for lists, `map[k:v]` for maps).

use crate::error::Result;
use serde_json::Value;

#[derive(Debug, Clone, PartialEq)]
enum Piece {
    Text(String),
    Action(Action),
}

#[derive(Debug, Clone, PartialEq)]
enum Arg {
    Path(Vec<String>),
    Str(String),
}

#[derive(Debug, Clone, PartialEq)]
struct Action {
    func: Option<String>,
    args: Vec<Arg>,
}

#[derive(Debug, Clone)]
pub struct Template {
    pieces: Vec<Piece>,
    /// `table ...`: print a header row, columns aligned.
    pub table: bool,
}

const FUNCS: &[&str] = &["json", "join", "index", "upper", "lower", "len"];

impl Template {
    pub fn parse(source: &str) -> Result<Template> {
        let (table, body) = match source.strip_prefix("table") {
            Some(rest) if rest.is_empty() || rest.starts_with(char::is_whitespace) => (true, rest.trim_start()),
            _ => (false, source),
        };
        let body = unescape(body);
        let mut pieces = Vec::new();
        let mut rest = body.as_str();
        while let Some(start) = rest.find("{{") {
            if start > 0 {
                pieces.push(Piece::Text(rest[..start].to_string()));
            }
            let after = &rest[start + 2..];
            let end = after.find("}}").ok_or_else(|| crate::err!("invalid format {source:?}: unclosed action"))?;
            let inner = after[..end].trim().trim_start_matches('-').trim_end_matches('-').trim();
            pieces.push(Piece::Action(parse_action(inner).map_err(|m| crate::err!("invalid format {source:?}: {m}"))?));
            rest = &after[end + 2..];
        }
        if !rest.is_empty() {
            pieces.push(Piece::Text(rest.to_string()));
        }
        Ok(Template { pieces, table })
    }

    /// Render the template against one value.
    pub fn render(&self, value: &Value) -> Result<String> {
        let mut out = String::new();
        for piece in &self.pieces {
            match piece {
                Piece::Text(t) => out.push_str(t),
                Piece::Action(a) => out.push_str(&eval(a, value)?),
            }
        }
        Ok(out)
    }

    /// The header row for `table`: each action's last field name, upper-cased.
    pub fn header(&self) -> String {
        let mut out = String::new();
        for piece in &self.pieces {
            match piece {
                Piece::Text(t) => out.push_str(t),
                Piece::Action(a) => {
                    let name = a.args.iter().find_map(|arg| match arg {
                        Arg::Path(p) => p.last().cloned(),
                        Arg::Str(_) => None,
                    });
                    out.push_str(&header_name(&name.unwrap_or_default()));
                }
            }
        }
        out
    }
}

/// docker's header names: "ID" -> "CONTAINER ID"-style names are command
/// specific; here the field name in capitals, CamelCase split by spaces.
fn header_name(field: &str) -> String {
    let mut out = String::new();
    let chars: Vec<char> = field.chars().collect();
    for (i, c) in chars.iter().enumerate() {
        if i > 0 && c.is_uppercase() && chars[i - 1].is_lowercase() {
            out.push(' ');
        }
        out.extend(c.to_uppercase());
    }
    out
}

fn unescape(s: &str) -> String {
    s.replace("\\t", "\t").replace("\\n", "\n")
}

fn parse_action(inner: &str) -> std::result::Result<Action, String> {
    let tokens = tokenize(inner)?;
    let mut iter = tokens.into_iter();
    let first = iter.next().ok_or("empty action")?;
    let (func, mut args) = if FUNCS.contains(&first.as_str()) {
        (Some(first), Vec::new())
    } else {
        (None, vec![parse_arg(&first)?])
    };
    for t in iter {
        args.push(parse_arg(&t)?);
    }
    if func.is_none() && args.len() != 1 {
        return Err(format!("unsupported action {inner:?}"));
    }
    Ok(Action { func, args })
}

fn tokenize(s: &str) -> std::result::Result<Vec<String>, String> {
    let mut out = Vec::new();
    let mut chars = s.chars().peekable();
    while let Some(&c) = chars.peek() {
        if c.is_whitespace() {
            chars.next();
        } else if c == '"' {
            chars.next();
            let mut lit = String::from("\"");
            loop {
                match chars.next() {
                    Some('"') => break,
                    Some('\\') => match chars.next() {
                        Some('t') => lit.push('\t'),
                        Some('n') => lit.push('\n'),
                        Some(other) => lit.push(other),
                        None => return Err("unterminated string".into()),
                    },
                    Some(ch) => lit.push(ch),
                    None => return Err("unterminated string".into()),
                }
            }
            out.push(lit);
        } else {
            let mut word = String::new();
            while let Some(&ch) = chars.peek() {
                if ch.is_whitespace() {
                    break;
                }
                word.push(ch);
                chars.next();
            }
            out.push(word);
        }
    }
    Ok(out)
}

fn parse_arg(token: &str) -> std::result::Result<Arg, String> {
    if let Some(lit) = token.strip_prefix('"') {
        return Ok(Arg::Str(lit.to_string()));
    }
    if token == "." {
        return Ok(Arg::Path(Vec::new()));
    }
    if let Some(path) = token.strip_prefix('.') {
        return Ok(Arg::Path(path.split('.').map(String::from).collect()));
    }
    Err(format!("unsupported token {token:?}"))
}

/// Field lookup: exact key first, then ignoring case (podman's `.ID` is
/// the JSON `Id`).
fn field<'a>(value: &'a Value, name: &str) -> Option<&'a Value> {
    let obj = value.as_object()?;
    obj.get(name).or_else(|| obj.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v))
}

fn resolve<'a>(value: &'a Value, path: &[String]) -> Result<&'a Value> {
    let mut v = value;
    for name in path {
        v = field(v, name).ok_or_else(|| crate::err!("template: can't evaluate field {name}"))?;
    }
    Ok(v)
}

fn arg_value(arg: &Arg, value: &Value) -> Result<Value> {
    match arg {
        Arg::Path(p) => Ok(resolve(value, p)?.clone()),
        Arg::Str(s) => Ok(Value::String(s.clone())),
    }
}

fn eval(action: &Action, value: &Value) -> Result<String> {
    let args: Vec<Value> = action.args.iter().map(|a| arg_value(a, value)).collect::<Result<_>>()?;
    let want = |n: usize| -> Result<()> {
        if args.len() == n {
            Ok(())
        } else {
            Err(crate::err!("template: {} takes {n} argument(s)", action.func.as_deref().unwrap_or("")))
        }
    };
    match action.func.as_deref() {
        None => Ok(go_print(&args[0])),
        Some("json") => {
            want(1)?;
            Ok(serde_json::to_string(&args[0])?)
        }
        Some("join") => {
            want(2)?;
            let sep = args[1].as_str().unwrap_or_default();
            let items = args[0].as_array().cloned().unwrap_or_default();
            Ok(items.iter().map(go_print).collect::<Vec<_>>().join(sep))
        }
        Some("index") => {
            want(2)?;
            let key = args[1].as_str().unwrap_or_default();
            Ok(args[0].get(key).map(go_print).unwrap_or_default())
        }
        Some("upper") => {
            want(1)?;
            Ok(go_print(&args[0]).to_uppercase())
        }
        Some("lower") => {
            want(1)?;
            Ok(go_print(&args[0]).to_lowercase())
        }
        Some("len") => {
            want(1)?;
            Ok(match &args[0] {
                Value::Array(a) => a.len(),
                Value::Object(o) => o.len(),
                Value::String(s) => s.len(),
                _ => 0,
            }
            .to_string())
        }
        Some(other) => Err(crate::err!("template: unknown function {other}")),
    }
}

/// Print a value as Go's fmt does for the types docker templates show.
pub fn go_print(v: &Value) -> String {
    match v {
        Value::Null => "<no value>".into(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::String(s) => s.clone(),
        Value::Array(a) => format!("[{}]", a.iter().map(go_print).collect::<Vec<_>>().join(" ")),
        Value::Object(o) => {
            let mut keys: Vec<&String> = o.keys().collect();
            keys.sort();
            let inner: Vec<String> = keys.iter().map(|k| format!("{k}:{}", go_print(&o[k.as_str()]))).collect();
            format!("map[{}]", inner.join(" "))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn renders_fields_functions_and_go_values() {
        let v = json!({"Id": "abc", "State": {"Status": "exited", "ExitCode": 7}, "Names": ["a", "b"], "Labels": {"k": "v"}});
        let t = Template::parse("{{.ID}} {{.State.Status}} ({{.State.ExitCode}}) {{.Names}} {{join .Names \",\"}} {{index .Labels \"k\"}} {{json .State}}").unwrap();
        assert_eq!(t.render(&v).unwrap(), r#"abc exited (7) [a b] a,b v {"ExitCode":7,"Status":"exited"}"#);
        assert!(Template::parse("{{.Id").is_err());
        assert!(Template::parse("{{.Nope}}").unwrap().render(&v).is_err());
    }

    #[test]
    fn table_prefix_gives_header() {
        let t = Template::parse("table {{.ID}}\\t{{.ImageName}}").unwrap();
        assert!(t.table);
        assert_eq!(t.header(), "ID\tIMAGE NAME");
        assert_eq!(t.render(&json!({"ID": "x", "ImageName": "y"})).unwrap(), "x\ty");
    }
}
