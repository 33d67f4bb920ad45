//! Runs a parsed template over a JSON value, as Go's text/template runs
//! one over a Go value: JSON objects stand for structs and maps (a field
//! is found by its exact name, else ignoring case, so `.ID` finds `Id`),
//! arrays for slices.

use super::functions;
use super::parser::{Branch, Command, Node, Pipeline, Term, TermKind};
use super::value::{print, truth, type_name};
use serde_json::Value;

#[derive(Debug)]
pub struct ExecError {
    /// Where Go reports the failing node.
    pub pos: usize,
    /// The failing node's text in the template.
    pub span: (usize, usize),
    pub message: String,
}

#[derive(PartialEq)]
enum Flow {
    Normal,
    Break,
    Continue,
}

struct State {
    variables: Vec<(String, Value)>,
    out: String,
}

pub fn execute(nodes: &[Node], root: &Value) -> Result<String, ExecError> {
    let mut state = State { variables: vec![("$".to_string(), root.clone())], out: String::new() };
    state.walk(root, nodes)?;
    Ok(state.out)
}

impl State {
    fn walk(&mut self, dot: &Value, nodes: &[Node]) -> Result<Flow, ExecError> {
        for node in nodes {
            let flow = match node {
                Node::Text(text) => {
                    self.out.push_str(text);
                    Flow::Normal
                }
                Node::Action(pipeline) => {
                    let value = self.pipeline(dot, pipeline)?;
                    if pipeline.declare.is_empty() {
                        self.out.push_str(&print(&value));
                    }
                    Flow::Normal
                }
                Node::If(branch) => self.scoped(|state| {
                    let value = state.pipeline(dot, &branch.pipeline)?;
                    state.walk(dot, if truth(&value) { &branch.list } else { &branch.else_list })
                })?,
                Node::With(branch) => self.scoped(|state| {
                    let value = state.pipeline(dot, &branch.pipeline)?;
                    if truth(&value) {
                        state.walk(&value, &branch.list)
                    } else {
                        state.walk(dot, &branch.else_list)
                    }
                })?,
                Node::Range(branch) => self.scoped(|state| state.range(dot, branch))?,
                Node::Break => Flow::Break,
                Node::Continue => Flow::Continue,
            };
            if flow != Flow::Normal {
                return Ok(flow);
            }
        }
        Ok(Flow::Normal)
    }

    /// Run `body` with the variables it declares dropped afterwards.
    fn scoped(&mut self, body: impl FnOnce(&mut State) -> Result<Flow, ExecError>) -> Result<Flow, ExecError> {
        let mark = self.variables.len();
        let flow = body(self);
        self.variables.truncate(mark);
        flow
    }

    fn range(&mut self, dot: &Value, branch: &Branch) -> Result<Flow, ExecError> {
        // The range's variables are set per element, not from the pipeline.
        let bare = Pipeline { declare: Vec::new(), ..branch.pipeline.clone() };
        let value = self.pipeline(dot, &bare)?;
        let items: Vec<(Value, Value)> = match &value {
            Value::Array(list) => list.iter().enumerate().map(|(i, v)| (Value::from(i), v.clone())).collect(),
            Value::Object(map) => map.iter().map(|(k, v)| (Value::String(k.clone()), v.clone())).collect(),
            Value::Number(n) if n.as_i64().is_some() => (0..n.as_i64().unwrap_or(0).max(0)).map(|i| (Value::from(i), Value::from(i))).collect(),
            Value::Null => Vec::new(),
            other => {
                // Go points at the value ranged over.
                let last = branch.pipeline.commands.last().expect("a pipeline has a command");
                let (pos, span) = match last.args.as_slice() {
                    [only] => (only.pos, only.span),
                    _ => (last.pos, (last.pos, last.end)),
                };
                return Err(ExecError { pos, span, message: format!("range can't iterate over {}", print(other)) });
            }
        };
        if items.is_empty() {
            return self.walk(dot, &branch.else_list);
        }
        let declare = &branch.pipeline.declare;
        for (key, element) in items {
            let mark = self.variables.len();
            match declare.as_slice() {
                [one] => self.set(one, element.clone(), branch.pipeline.assign),
                [first, second] => {
                    self.set(first, key, branch.pipeline.assign);
                    self.set(second, element.clone(), branch.pipeline.assign);
                }
                _ => {}
            }
            let flow = self.walk(&element, &branch.list)?;
            self.variables.truncate(mark);
            if flow == Flow::Break {
                break;
            }
        }
        Ok(Flow::Normal)
    }

    fn set(&mut self, name: &str, value: Value, assign: bool) {
        if assign {
            if let Some(slot) = self.variables.iter_mut().rev().find(|(n, _)| n == name) {
                slot.1 = value;
            }
        } else {
            self.variables.push((name.to_string(), value));
        }
    }

    fn pipeline(&mut self, dot: &Value, pipeline: &Pipeline) -> Result<Value, ExecError> {
        let mut value = None;
        for command in &pipeline.commands {
            value = Some(self.command(dot, command, value)?);
        }
        let value = value.unwrap_or(Value::Null);
        for name in &pipeline.declare {
            self.set(name, value.clone(), pipeline.assign);
        }
        Ok(value)
    }

    fn command(&mut self, dot: &Value, command: &Command, piped: Option<Value>) -> Result<Value, ExecError> {
        let first = &command.args[0];
        let error_here = |message: String| ExecError { pos: command.pos, span: (command.pos, command.end), message };
        let TermKind::Function(name) = &first.kind else {
            if matches!(first.kind, TermKind::Nil) {
                return Err(ExecError { pos: first.pos, span: first.span, message: "nil is not a command".into() });
            }
            if command.args.len() > 1 || piped.is_some() {
                return Err(match &first.kind {
                    TermKind::Field(chain) => ExecError {
                        pos: first.pos,
                        span: first.span,
                        message: format!("{} has arguments but cannot be invoked as function", chain.last().map_or("", String::as_str)),
                    },
                    _ => error_here(format!("can't give argument to non-function {}", self.describe(first))),
                });
            }
            return self.argument(dot, first);
        };
        let rest = &command.args[1..];
        // `and` and `or` stop at the first argument that decides.
        if name == "and" || name == "or" {
            if rest.is_empty() && piped.is_none() {
                return Err(error_here(format!("wrong number of args for {name}: want at least 1 got 0")));
            }
            let mut last = Value::Null;
            for term in rest {
                last = self.argument(dot, term)?;
                if truth(&last) == (name == "or") {
                    return Ok(last);
                }
            }
            return Ok(piped.unwrap_or(last));
        }
        let mut args = Vec::with_capacity(rest.len() + 1);
        for term in rest {
            args.push(self.argument(dot, term)?);
        }
        args.extend(piped);
        functions::call(name, &args).map_err(|message| match message.strip_prefix("wrong number of args: ") {
            Some(counts) => error_here(format!("wrong number of args for {name}: {counts}")),
            None => error_here(format!("error calling {name}: {message}")),
        })
    }

    fn describe(&self, term: &Term) -> String {
        match &term.kind {
            TermKind::String(s) => format!("{s:?}"),
            TermKind::Number(n) => n.to_string(),
            TermKind::Bool(b) => b.to_string(),
            TermKind::Nil => "nil".into(),
            _ => "value".into(),
        }
    }

    fn argument(&mut self, dot: &Value, term: &Term) -> Result<Value, ExecError> {
        match &term.kind {
            TermKind::Dot => Ok(dot.clone()),
            TermKind::Nil => Ok(Value::Null),
            TermKind::Bool(b) => Ok(Value::Bool(*b)),
            TermKind::Number(n) => Ok(Value::Number(n.clone())),
            TermKind::String(s) => Ok(Value::String(s.clone())),
            TermKind::Field(chain) => fields(dot.clone(), chain, term),
            TermKind::Variable(name, chain) => {
                let value = self.variables.iter().rev().find(|(n, _)| n == name).map(|(_, v)| v.clone()).unwrap_or(Value::Null);
                fields(value, chain, term)
            }
            TermKind::Function(name) => functions::call(name, &[])
                .map_err(|message| ExecError { pos: term.pos, span: term.span, message: format!("error calling {name}: {message}") }),
            TermKind::Pipeline(inner, chain) => {
                let value = self.scoped_value(dot, inner)?;
                fields(value, chain, term)
            }
        }
    }

    fn scoped_value(&mut self, dot: &Value, pipeline: &Pipeline) -> Result<Value, ExecError> {
        let mark = self.variables.len();
        let value = self.pipeline(dot, pipeline);
        if !pipeline.assign {
            self.variables.truncate(mark);
        }
        value
    }
}

/// Follow a chain of field names from `value`. A missing field is an
/// error (Go's "can't evaluate field"); a field of null is null, as a
/// field of a nil map is Go's zero value.
fn fields(mut value: Value, chain: &[String], term: &Term) -> Result<Value, ExecError> {
    for name in chain {
        value = match value {
            Value::Object(mut map) => {
                let key = if map.contains_key(name) { Some(name.clone()) } else { map.keys().find(|k| k.eq_ignore_ascii_case(name)).cloned() };
                match key.and_then(|k| map.remove(&k)) {
                    Some(found) => found,
                    None => {
                        return Err(ExecError { pos: term.pos, span: term.span, message: format!("can't evaluate field {name} in type {}", type_name(&Value::Object(map))) });
                    }
                }
            }
            Value::Null => Value::Null,
            other => {
                return Err(ExecError { pos: term.pos, span: term.span, message: format!("can't evaluate field {name} in type {}", type_name(&other)) });
            }
        };
    }
    Ok(value)
}
