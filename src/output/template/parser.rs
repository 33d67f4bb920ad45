//! Builds the tree of a template from its tokens, as Go's text/template
//! parser does: `if`/`else if`/`else`, `range`, `with`, `break`,
//! `continue`, variable declarations and assignments, pipelines and
//! parenthesised pipelines with field chains.

use super::lexer::{Kind, Token};
use super::functions;

#[derive(Debug, Clone)]
pub enum Node {
    Text(String),
    Action(Pipeline),
    If(Branch),
    Range(Branch),
    With(Branch),
    Break,
    Continue,
}

/// The body of `if`, `range` and `with`: what to run when the pipeline's
/// value is non-empty, and the `else` part.
#[derive(Debug, Clone)]
pub struct Branch {
    pub pipeline: Pipeline,
    pub list: Vec<Node>,
    pub else_list: Vec<Node>,
}

#[derive(Debug, Clone)]
pub struct Pipeline {
    /// `$x := ...` or `$i, $v := ...` (range)
    pub declare: Vec<String>,
    /// `$x = ...`: assign to variables declared before.
    pub assign: bool,
    pub commands: Vec<Command>,
}

#[derive(Debug, Clone)]
pub struct Command {
    pub pos: usize,
    /// Where it ends in the template, to quote it in errors.
    pub end: usize,
    pub args: Vec<Term>,
}

#[derive(Debug, Clone)]
pub struct Term {
    /// Where Go reports it (a field chain: at its second link).
    pub pos: usize,
    /// Its extent in the template, to quote it in errors.
    pub span: (usize, usize),
    pub kind: TermKind,
}

#[derive(Debug, Clone)]
pub enum TermKind {
    Dot,
    Nil,
    Bool(bool),
    Number(serde_json::Number),
    String(String),
    /// `.A.B`: fields of dot
    Field(Vec<String>),
    /// `$x.A.B`
    Variable(String, Vec<String>),
    Function(String),
    /// `(pipeline).A.B`
    Pipeline(Box<Pipeline>, Vec<String>),
}

#[derive(Debug)]
pub struct ParseError {
    pub message: String,
    pub pos: usize,
}

fn error<T>(pos: usize, message: impl Into<String>) -> Result<T, ParseError> {
    Err(ParseError { message: message.into(), pos })
}

/// How a list of nodes ended: at the end of input, `{{end}}`, or `{{else}}`
/// (with what follows `else` on the same action, like `if ...`).
enum ListEnd {
    Eof,
    End,
    Else(usize),
}

pub struct Parser {
    tokens: Vec<Token>,
    next: usize,
    /// Variables visible at this point, one scope per nested list.
    scopes: Vec<Vec<String>>,
    range_depth: usize,
    end_of_input: usize,
}

pub fn parse(tokens: Vec<Token>, source_len: usize) -> Result<Vec<Node>, ParseError> {
    let mut parser = Parser { tokens, next: 0, scopes: vec![vec!["$".to_string()]], range_depth: 0, end_of_input: source_len };
    let (nodes, end) = parser.list()?;
    match end {
        ListEnd::Eof => Ok(nodes),
        ListEnd::End => error(parser.pos(), "unexpected {{end}}"),
        ListEnd::Else(pos) => error(pos, "unexpected {{else}}"),
    }
}

impl Parser {
    fn peek(&self) -> Option<&Kind> {
        self.tokens.get(self.next).map(|t| &t.kind)
    }

    fn pos(&self) -> usize {
        self.tokens.get(self.next).map_or(self.end_of_input, |t| t.pos)
    }

    fn advance(&mut self) -> Option<Token> {
        let token = self.tokens.get(self.next).cloned();
        self.next += 1;
        token
    }

    fn expect_close(&mut self, context: &str) -> Result<(), ParseError> {
        match self.advance() {
            Some(Token { kind: Kind::Close, .. }) => Ok(()),
            Some(t) => error(t.pos, format!("unexpected {} in {context}", describe(&t.kind))),
            None => error(self.end_of_input, "unclosed action"),
        }
    }

    fn list(&mut self) -> Result<(Vec<Node>, ListEnd), ParseError> {
        let mut nodes = Vec::new();
        while let Some(token) = self.advance() {
            match token.kind {
                Kind::Text(text) => nodes.push(Node::Text(text)),
                Kind::Open => {
                    let pos = self.pos();
                    match self.peek().cloned() {
                        Some(Kind::Identifier(word)) => match word.as_str() {
                            "end" => {
                                self.advance();
                                self.expect_close("end")?;
                                return Ok((nodes, ListEnd::End));
                            }
                            "else" => {
                                self.advance();
                                return Ok((nodes, ListEnd::Else(pos)));
                            }
                            "if" | "range" | "with" => {
                                self.advance();
                                nodes.push(self.branch(&word)?);
                            }
                            "break" | "continue" => {
                                self.advance();
                                if self.range_depth == 0 {
                                    return error(pos, format!("{{{{{word}}}}} outside {{{{range}}}}"));
                                }
                                self.expect_close(&word)?;
                                nodes.push(if word == "break" { Node::Break } else { Node::Continue });
                            }
                            "define" | "template" | "block" => {
                                return error(pos, format!("{{{{{word}}}}} is not supported in --format templates"));
                            }
                            _ => nodes.push(Node::Action(self.pipeline("command", false)?)),
                        },
                        _ => nodes.push(Node::Action(self.pipeline("command", false)?)),
                    }
                }
                other => return error(token.pos, format!("unexpected {}", describe(&other))),
            }
        }
        Ok((nodes, ListEnd::Eof))
    }

    /// `if`, `range` or `with` after its keyword, up to its `{{end}}`.
    fn branch(&mut self, keyword: &str) -> Result<Node, ParseError> {
        self.scopes.push(Vec::new());
        let pipeline = self.pipeline(keyword, keyword == "range")?;
        if keyword == "range" {
            self.range_depth += 1;
        }
        let listed = self.list();
        if keyword == "range" {
            self.range_depth -= 1;
        }
        let (list, end) = listed?;
        let else_list = match end {
            ListEnd::Eof => return error(self.end_of_input, format!("unexpected EOF in {keyword}")),
            ListEnd::End => Vec::new(),
            ListEnd::Else(else_pos) => {
                // `{{else if ...}}` / `{{else with ...}}` nest a branch that
                // shares this one's {{end}}.
                match self.peek().cloned() {
                    Some(Kind::Identifier(word)) if (word == "if" || word == "with") && keyword != "range" => {
                        self.advance();
                        vec![self.branch(&word)?]
                    }
                    _ => {
                        self.expect_close("else")?;
                        let (else_list, else_end) = self.list()?;
                        match else_end {
                            ListEnd::End => else_list,
                            ListEnd::Eof => return error(self.end_of_input, format!("unexpected EOF in {keyword}")),
                            ListEnd::Else(p) => return error(p, format!("expected end; found {{{{else}}}} (at {else_pos})")),
                        }
                    }
                }
            }
        };
        self.scopes.pop();
        let branch = Branch { pipeline, list, else_list };
        Ok(match keyword {
            "if" => Node::If(branch),
            "range" => Node::Range(branch),
            _ => Node::With(branch),
        })
    }

    fn declare(&mut self, name: &str) {
        self.scopes.last_mut().expect("a scope").push(name.to_string());
    }

    fn is_declared(&self, name: &str) -> bool {
        self.scopes.iter().any(|s| s.iter().any(|v| v == name))
    }

    /// A pipeline up to `}}`, with an optional declaration before it.
    fn pipeline(&mut self, context: &str, in_range: bool) -> Result<Pipeline, ParseError> {
        let pos = self.pos();
        let mut declare = Vec::new();
        let mut assign = false;
        // `$x :=`, `$x =`, or (range) `$i, $v :=`
        if let Some(Kind::Variable(first)) = self.peek().cloned() {
            let after = self.tokens.get(self.next + 1).map(|t| t.kind.clone());
            match after {
                Some(Kind::Declare) | Some(Kind::Assign) => {
                    self.next += 2;
                    assign = after == Some(Kind::Assign);
                    declare.push(first);
                }
                Some(Kind::Comma) if in_range => {
                    let second = self.tokens.get(self.next + 2).map(|t| t.kind.clone());
                    let op = self.tokens.get(self.next + 3).map(|t| t.kind.clone());
                    match (second, op) {
                        (Some(Kind::Variable(v)), Some(Kind::Declare)) | (Some(Kind::Variable(v)), Some(Kind::Assign)) => {
                            self.next += 4;
                            declare.push(first);
                            declare.push(v);
                        }
                        _ => return error(pos, "range can only initialize variables"),
                    }
                }
                _ => {}
            }
        }
        if assign {
            for name in &declare {
                if !self.is_declared(name) {
                    return error(pos, format!("undefined variable \"{name}\""));
                }
            }
        } else {
            for name in declare.clone() {
                self.declare(&name);
            }
        }
        let mut commands = Vec::new();
        loop {
            match self.peek() {
                Some(Kind::Close) => {
                    self.advance();
                    break;
                }
                Some(Kind::RightParen) if context == "parenthesized pipeline" => {
                    self.advance();
                    break;
                }
                None => return error(self.end_of_input, "unclosed action"),
                _ => {}
            }
            commands.push(self.command(context)?);
            match self.peek() {
                Some(Kind::Pipe) => {
                    self.advance();
                    if matches!(self.peek(), Some(Kind::Close) | Some(Kind::RightParen)) {
                        return error(self.pos(), "missing command after |");
                    }
                }
                Some(Kind::Close) => {}
                Some(Kind::RightParen) if context == "parenthesized pipeline" => {}
                Some(other) => return error(self.pos(), format!("unexpected {} in {context}", describe(other))),
                None => return error(self.end_of_input, "unclosed action"),
            }
        }
        if commands.is_empty() {
            return error(pos, format!("missing value for {context}"));
        }
        for (i, command) in commands.iter().enumerate().skip(1) {
            if let Some(first) = command.args.first() {
                if !matches!(first.kind, TermKind::Function(_) | TermKind::Field(_) | TermKind::Variable(..) | TermKind::Pipeline(..) | TermKind::Dot) {
                    return error(command.pos, format!("non executable command in pipeline stage {}", i + 1));
                }
            }
        }
        Ok(Pipeline { declare, assign, commands })
    }

    fn command(&mut self, context: &str) -> Result<Command, ParseError> {
        let pos = self.pos();
        let mut args = Vec::new();
        loop {
            match self.peek() {
                Some(Kind::Close) | Some(Kind::Pipe) | Some(Kind::RightParen) | None => break,
                _ => {}
            }
            if !args.is_empty() && !self.tokens[self.next].spaced && !matches!(self.peek(), Some(Kind::LeftParen)) {
                return error(self.pos(), format!("missing space before {}", describe(self.peek().expect("a token"))));
            }
            args.push(self.operand(context)?);
        }
        if args.is_empty() {
            return error(pos, "empty command");
        }
        let end = self.tokens.get(self.next.wrapping_sub(1)).map_or(pos, |t| t.end);
        Ok(Command { pos, end, args })
    }

    /// One argument, with the field chain right after it.
    fn operand(&mut self, context: &str) -> Result<Term, ParseError> {
        let token = self.advance().expect("peeked");
        let pos = token.pos;
        let mut term = match token.kind {
            Kind::Dot => TermKind::Dot,
            Kind::Field(name) => TermKind::Field(vec![name]),
            Kind::Variable(name) => {
                if !self.is_declared(&name) {
                    return error(pos, format!("undefined variable \"{name}\""));
                }
                TermKind::Variable(name, Vec::new())
            }
            Kind::String(s) => TermKind::String(s),
            Kind::Char(c) => TermKind::Number((c as u32).into()),
            Kind::Number(text) => TermKind::Number(parse_number(&text).ok_or(ParseError { message: format!("bad number syntax: {text:?}"), pos })?),
            Kind::Identifier(word) => match word.as_str() {
                "nil" => TermKind::Nil,
                "true" => TermKind::Bool(true),
                "false" => TermKind::Bool(false),
                "if" | "else" | "end" | "range" | "with" | "break" | "continue" | "define" | "template" | "block" => {
                    return error(pos, format!("unexpected <{word}> in {context}"));
                }
                _ if functions::exists(&word) => TermKind::Function(word),
                _ => return error(pos, format!("function \"{word}\" not defined")),
            },
            Kind::LeftParen => {
                let inner = self.pipeline("parenthesized pipeline", false)?;
                TermKind::Pipeline(Box::new(inner), Vec::new())
            }
            other => return error(pos, format!("unexpected {} in {context}", describe(&other))),
        };
        let mut chain_pos = None;
        while let Some(Kind::Field(name)) = self.peek().cloned() {
            if self.tokens[self.next].spaced {
                break;
            }
            chain_pos.get_or_insert(self.pos());
            self.advance();
            match &mut term {
                TermKind::Field(chain) | TermKind::Variable(_, chain) | TermKind::Pipeline(_, chain) => chain.push(name),
                TermKind::Dot => term = TermKind::Field(vec![name]),
                _ => return error(pos, format!("unexpected . after term {:?}", name)),
            }
        }
        let end = self.tokens[self.next - 1].end;
        // Go reports a field chain at its second link.
        Ok(Term { pos: chain_pos.filter(|_| matches!(term, TermKind::Field(_))).unwrap_or(pos), span: (pos, end), kind: term })
    }
}

/// Every chain of fields on dot the template names, for headers.
pub fn field_chains(nodes: &[Node], out: &mut Vec<Vec<String>>) {
    for node in nodes {
        match node {
            Node::Action(pipeline) => pipeline_field_chains(pipeline, out),
            Node::If(branch) | Node::Range(branch) | Node::With(branch) => {
                pipeline_field_chains(&branch.pipeline, out);
                field_chains(&branch.list, out);
                field_chains(&branch.else_list, out);
            }
            Node::Text(_) | Node::Break | Node::Continue => {}
        }
    }
}

fn pipeline_field_chains(pipeline: &Pipeline, out: &mut Vec<Vec<String>>) {
    for term in pipeline.commands.iter().flat_map(|c| &c.args) {
        match &term.kind {
            TermKind::Field(chain) => out.push(chain.clone()),
            TermKind::Pipeline(inner, _) => pipeline_field_chains(inner, out),
            _ => {}
        }
    }
}

/// A Go number literal as a JSON number: integers (decimal, 0x, 0o, 0b,
/// with `_`) stay integers, the rest are floats.
pub fn parse_number(text: &str) -> Option<serde_json::Number> {
    let cleaned = text.replace('_', "");
    let (negative, digits) = match cleaned.strip_prefix('-') {
        Some(rest) => (true, rest.to_string()),
        None => (false, cleaned.strip_prefix('+').unwrap_or(&cleaned).to_string()),
    };
    let lower = digits.to_ascii_lowercase();
    let integer = if let Some(hex) = lower.strip_prefix("0x") {
        if hex.contains('p') {
            None
        } else {
            i64::from_str_radix(hex, 16).ok()
        }
    } else if let Some(octal) = lower.strip_prefix("0o") {
        i64::from_str_radix(octal, 8).ok()
    } else if let Some(binary) = lower.strip_prefix("0b") {
        i64::from_str_radix(binary, 2).ok()
    } else if lower.len() > 1 && lower.starts_with('0') && lower.bytes().all(|b| b.is_ascii_digit()) {
        i64::from_str_radix(&lower[1..], 8).ok()
    } else if lower.bytes().all(|b| b.is_ascii_digit()) {
        lower.parse::<i64>().ok()
    } else {
        None
    };
    if let Some(n) = integer {
        return Some((if negative { -n } else { n }).into());
    }
    let float: f64 = lower.parse().ok()?;
    let float = if negative { -float } else { float };
    // Go keeps `1e3` an integer constant when it is one exactly... but
    // prints it as a float; a float it is.
    serde_json::Number::from_f64(float)
}

fn describe(kind: &Kind) -> String {
    match kind {
        Kind::Text(t) => format!("text {t:?}"),
        Kind::Open => "\"{{\"".into(),
        Kind::Close => "\"}}\"".into(),
        Kind::Field(f) => format!("<.{f}>"),
        Kind::Dot => "<.>".into(),
        Kind::Variable(v) => format!("<{v}>"),
        Kind::Identifier(i) => format!("<{i}>"),
        Kind::String(s) => format!("{s:?}"),
        Kind::Number(n) => format!("<{n}>"),
        Kind::Char(c) => format!("{c:?}"),
        Kind::Declare => "\":=\"".into(),
        Kind::Assign => "\"=\"".into(),
        Kind::Pipe => "\"|\"".into(),
        Kind::Comma => "\",\"".into(),
        Kind::LeftParen => "\"(\"".into(),
        Kind::RightParen => "\")\"".into(),
    }
}
