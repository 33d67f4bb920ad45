//! Go's text/template, as docker and podman users write it for
//! `--format`, run over JSON values: text and actions (`{{.Field.Sub}}`,
//! `{{- ` and ` -}}` trimming, comments), `if`/`else if`/`else`,
//! `range` (with `$i, $v :=`, `break`, `continue`), `with`, variables,
//! pipelines, parenthesised calls, Go's literals and functions, and
//! podman's and docker's own functions (`json`, `join`, `split`, `lower`,
//! `upper`, `title`, `truncate`, `pad`). A `table` prefix makes podman's
//! table: a header row from the field names, columns aligned.
//!
//! No crate does this faithfully: gtmpl (the one port of Go's engine) has
//! had no release since 2021, works over its own value type, and lacks
//! Go's printf verbs, `break`/`continue` and podman's functions.

mod exec;
mod functions;
mod lexer;
mod parser;
mod value;

#[cfg(test)]
mod tests;

use crate::error::Result;
use serde_json::Value;

pub use value::print as go_print;

/// The name errors give the template, where podman gives the command's.
const NAME: &str = "format";

#[derive(Debug, Clone)]
pub struct Template {
    nodes: Vec<parser::Node>,
    /// The template as run (after the `table` prefix and podman's
    /// rewriting), to quote it in errors.
    text: String,
    /// `table ...`: print a header row, columns aligned.
    pub table: bool,
    /// The field chains the template names (`.State.Status`), for the
    /// header row.
    fields: Vec<Vec<String>>,
}

impl Template {
    pub fn parse(source: &str) -> Result<Template> {
        let (table, body) = match source.strip_prefix("table") {
            Some(rest) if rest.is_empty() || rest.starts_with(char::is_whitespace) => (true, rest.strip_prefix(' ').unwrap_or(rest)),
            _ => (false, source),
        };
        let text = body.to_string();
        let mut tokens = lexer::lex(&text).map_err(|e| parse_error(&text, e.pos, &e.message))?;
        for token in &mut tokens {
            if let lexer::Kind::Text(t) = &mut token.kind {
                // podman turns a `\t` typed in a shell into a tab in the
                // template's text (not in its strings).
                *t = t.replace("\\t", "\t");
                // podman's tables separate columns with tabs; a space
                // between actions is a column break too.
                if table {
                    *t = t.replace(' ', "\t");
                }
            }
        }
        let nodes = parser::parse(tokens, text.len()).map_err(|e| parse_error(&text, e.pos, &e.message))?;
        let mut fields = Vec::new();
        parser::field_chains(&nodes, &mut fields);
        Ok(Template { nodes, text, table, fields })
    }

    /// Render the template against one value.
    pub fn render(&self, value: &Value) -> Result<String> {
        exec::execute(&self.nodes, value).map_err(|e| {
            let (line, column) = line_and_column(&self.text, e.pos);
            let node = self.text.get(e.span.0..e.span.1).unwrap_or_default();
            crate::err!("template: {NAME}:{line}:{column}: executing \"{NAME}\" at <{node}>: {}", e.message)
        })
    }

    /// Whether the template's text ends its line itself; podman ends
    /// each rendering with a newline unless it does.
    pub fn ends_with_newline(&self) -> bool {
        self.text.ends_with('\n')
    }

    /// The header row of a `table` template, as podman makes it: the
    /// template rendered over the values' field names, each in capitals
    /// with its words apart ("CreatedAt" is "CREATED AT"), or as
    /// `renamed` names it ("ID" is "CONTAINER ID" for `ps`). A template
    /// the names cannot go through (a `range` over a field) has no header.
    pub fn header(&self, first: Option<&Value>, renamed: &[(&str, &str)]) -> String {
        let mut names = serde_json::Map::new();
        if let Some(Value::Object(fields)) = first {
            for (key, value) in fields {
                names.insert(key.clone(), header_value(key, value, renamed));
            }
        }
        for chain in &self.fields {
            add_header(&mut names, chain, renamed);
        }
        self.render(&Value::Object(names)).unwrap_or_default()
    }
}

/// The header of a field: its name, or for a nested object, an object of
/// the headers of its fields (so `{{.State.Status}}` heads "STATUS").
fn header_value(key: &str, value: &Value, renamed: &[(&str, &str)]) -> Value {
    match value {
        Value::Object(fields) => Value::Object(fields.iter().map(|(k, v)| (k.clone(), header_value(k, v, renamed))).collect()),
        _ => Value::String(header_name(key, renamed)),
    }
}

/// Add the header of a field chain the values do not have (there may be
/// none): nested objects down to the last link's name.
fn add_header(names: &mut serde_json::Map<String, Value>, chain: &[String], renamed: &[(&str, &str)]) {
    let Some((first, rest)) = chain.split_first() else { return };
    let key = names.keys().find(|k| k.eq_ignore_ascii_case(first)).cloned().unwrap_or_else(|| first.clone());
    if rest.is_empty() {
        names.entry(key).or_insert_with(|| Value::String(header_name(first, renamed)));
        return;
    }
    let entry = names.entry(key).or_insert_with(|| Value::Object(serde_json::Map::new()));
    if let Value::Object(inner) = entry {
        add_header(inner, rest, renamed);
    }
}

/// podman's header for a field: capitals, CamelCase words apart.
fn header_name(field: &str, renamed: &[(&str, &str)]) -> String {
    if let Some((_, name)) = renamed.iter().find(|(f, _)| *f == field) {
        return name.to_string();
    }
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

/// Line (from 1) and column (Go's: the byte offset in the line, counted
/// from 0 on the first line and from 1 after) of a position.
fn line_and_column(text: &str, pos: usize) -> (usize, usize) {
    let before = &text[..pos.min(text.len())];
    let line = 1 + before.matches('\n').count();
    let column = match before.rfind('\n') {
        Some(newline) => pos - newline - 1,
        None => pos,
    };
    (line, column)
}

fn parse_error(text: &str, pos: usize, message: &str) -> crate::error::Error {
    let (line, _) = line_and_column(text, pos);
    crate::err!("template: {NAME}:{line}: {message}")
}
