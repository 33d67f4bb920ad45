//! Splits a template into text and the tokens of its actions, as Go's
//! text/template lexer does: `{{- ` and ` -}}` trim the whitespace of the
//! text beside them, `{{/* */}}` is a comment, and strings, raw strings,
//! character constants and numbers are read with Go's syntax.

#[derive(Debug, Clone, PartialEq)]
pub enum Kind {
    Text(String),
    /// `{{`
    Open,
    /// `}}`
    Close,
    /// `.Name` (the name without its dot)
    Field(String),
    /// `.`
    Dot,
    /// `$name`, or `$` alone (the name includes the `$`)
    Variable(String),
    /// A function name or a keyword (`if`, `range`, `nil`, `true`, ...)
    Identifier(String),
    /// An interpreted or raw string, already unquoted
    String(String),
    /// A number as written (`42`, `0x1f`, `1e3`, `'a'` as its code point)
    Number(String),
    Char(char),
    Declare,
    Assign,
    Pipe,
    Comma,
    LeftParen,
    RightParen,
}

#[derive(Debug, Clone)]
pub struct Token {
    pub kind: Kind,
    /// Byte offset in the template, for error messages.
    pub pos: usize,
    /// Where it ends, for quoting the action in error messages.
    pub end: usize,
    /// Whether whitespace comes right before it (`.A .B` is two arguments,
    /// `.A.B` one field chain).
    pub spaced: bool,
}

/// An error while reading the template: the message and where it is.
#[derive(Debug)]
pub struct LexError {
    pub message: String,
    pub pos: usize,
}

fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\r' | '\n')
}

fn is_alphanumeric(c: char) -> bool {
    c == '_' || c.is_alphanumeric()
}

pub fn lex(source: &str) -> Result<Vec<Token>, LexError> {
    let mut tokens = Vec::new();
    let mut rest_start = 0;
    let mut trim_next_text = false;
    loop {
        let Some(found) = source[rest_start..].find("{{") else {
            push_text(&mut tokens, &source[rest_start..], rest_start, trim_next_text, false);
            return Ok(tokens);
        };
        let open = rest_start + found;
        let mut inner = open + 2;
        // `{{- ` trims the text before; `{{-3}}` is the number -3.
        let trim_before = source[inner..].starts_with('-') && source[inner + 1..].starts_with(is_space);
        push_text(&mut tokens, &source[rest_start..open], rest_start, trim_next_text, trim_before);
        if trim_before {
            inner += 2;
        }
        let (end, trim_after) = if let Some(comment_end) = comment(source, inner)? {
            comment_end
        } else {
            tokens.push(Token { kind: Kind::Open, pos: open, end: open + 2, spaced: false });
            let end = lex_action(source, inner, &mut tokens)?;
            tokens.push(Token { kind: Kind::Close, pos: end.0, end: end.0 + 2, spaced: false });
            end
        };
        rest_start = end + if trim_after { 3 } else { 2 };
        trim_next_text = trim_after;
    }
}

fn push_text(tokens: &mut Vec<Token>, text: &str, pos: usize, trim_start: bool, trim_end: bool) {
    let mut text = text;
    if trim_start {
        text = text.trim_start_matches(is_space);
    }
    if trim_end {
        text = text.trim_end_matches(is_space);
    }
    if !text.is_empty() {
        tokens.push(Token { kind: Kind::Text(text.to_string()), pos, end: pos, spaced: false });
    }
}

/// Whether a right delimiter, with or without its trim marker, starts at `i`.
fn close_at(source: &str, i: usize) -> Option<bool> {
    let rest = &source[i..];
    if rest.starts_with("}}") {
        Some(false)
    } else if rest.starts_with(" -}}") || rest.starts_with("\t-}}") || rest.starts_with("\n-}}") || rest.starts_with("\r-}}") {
        Some(true)
    } else {
        None
    }
}

/// A comment right after the delimiter (and its trim marker) fills the
/// whole action: where its `}}` is and whether it trims, or None when the
/// action is not a comment.
fn comment(source: &str, start: usize) -> Result<Option<(usize, bool)>, LexError> {
    if !source[start..].starts_with("/*") {
        return Ok(None);
    }
    let body = start + 2;
    let close = source[body..].find("*/").ok_or(LexError { message: "unclosed comment".into(), pos: start })?;
    let after = body + close + 2;
    match close_at(source, after) {
        Some(trim) => Ok(Some((if trim { after + 1 } else { after }, trim))),
        None => Err(LexError { message: "comment ends before closing delimiter".into(), pos: after }),
    }
}

/// Read the tokens of one action starting at `start`; returns where its
/// `}}` begins and whether it trims the text after it.
fn lex_action(source: &str, start: usize, tokens: &mut Vec<Token>) -> Result<(usize, bool), LexError> {
    let mut i = start;
    let mut spaced = true;
    loop {
        if let Some(trim) = close_at(source, i) {
            return Ok((if trim { i + 1 } else { i }, trim));
        }
        let Some(c) = source[i..].chars().next() else {
            return Err(LexError { message: "unclosed action".into(), pos: i });
        };
        if is_space(c) {
            i += c.len_utf8();
            spaced = true;
            continue;
        }
        let pos = i;
        let push = |kind: Kind, tokens: &mut Vec<Token>| tokens.push(Token { kind, pos, end: pos, spaced });
        let next = source[i + c.len_utf8()..].chars().next();
        match c {
            '|' => {
                push(Kind::Pipe, tokens);
                i += 1;
            }
            ',' => {
                push(Kind::Comma, tokens);
                i += 1;
            }
            '(' => {
                push(Kind::LeftParen, tokens);
                i += 1;
            }
            ')' => {
                push(Kind::RightParen, tokens);
                i += 1;
            }
            '=' => {
                push(Kind::Assign, tokens);
                i += 1;
            }
            ':' if next == Some('=') => {
                push(Kind::Declare, tokens);
                i += 2;
            }
            '"' => {
                let (value, end) = interpreted_string(source, i)?;
                push(Kind::String(value), tokens);
                i = end;
            }
            '`' => {
                let close = source[i + 1..].find('`').ok_or(LexError { message: "unterminated raw quoted string".into(), pos })?;
                push(Kind::String(source[i + 1..i + 1 + close].to_string()), tokens);
                i += close + 2;
            }
            '\'' => {
                let (value, end) = char_constant(source, i)?;
                push(Kind::Char(value), tokens);
                i = end;
            }
            '$' => {
                let end = word_end(source, i + 1);
                push(Kind::Variable(source[i..end].to_string()), tokens);
                i = end;
            }
            '.' if next.is_some_and(|n| n.is_ascii_digit()) => {
                let end = number_end(source, i);
                push(Kind::Number(source[i..end].to_string()), tokens);
                i = end;
            }
            '.' => {
                let end = word_end(source, i + 1);
                if end == i + 1 {
                    push(Kind::Dot, tokens);
                } else {
                    push(Kind::Field(source[i + 1..end].to_string()), tokens);
                }
                i = end;
            }
            '+' | '-' if next.is_some_and(|n| n.is_ascii_digit() || n == '.') => {
                let end = number_end(source, i + 1);
                push(Kind::Number(source[i..end].to_string()), tokens);
                i = end;
            }
            c if c.is_ascii_digit() => {
                let end = number_end(source, i);
                push(Kind::Number(source[i..end].to_string()), tokens);
                i = end;
            }
            c if is_alphanumeric(c) => {
                let end = word_end(source, i);
                push(Kind::Identifier(source[i..end].to_string()), tokens);
                i = end;
            }
            other => return Err(LexError { message: format!("unrecognized character in action: {other:?}"), pos }),
        }
        if let Some(token) = tokens.last_mut() {
            token.end = i;
        }
        spaced = false;
    }
}

fn word_end(source: &str, start: usize) -> usize {
    source[start..].find(|c: char| !is_alphanumeric(c)).map_or(source.len(), |n| start + n)
}

/// A number's extent: digits, letters (hex digits, `x`, `e`, `p`), `_`,
/// `.`, and a sign right after an exponent marker.
fn number_end(source: &str, start: usize) -> usize {
    let bytes = source.as_bytes();
    let hex = source[start..].starts_with("0x") || source[start..].starts_with("0X");
    let mut i = start;
    while i < bytes.len() {
        let b = bytes[i];
        let exponent_sign = (b == b'+' || b == b'-')
            && i > start
            && matches!(bytes[i - 1], b'e' | b'E' | b'p' | b'P')
            && (!hex || matches!(bytes[i - 1], b'p' | b'P'));
        if b.is_ascii_alphanumeric() || b == b'_' || b == b'.' || exponent_sign {
            i += 1;
        } else {
            break;
        }
    }
    i
}

fn interpreted_string(source: &str, start: usize) -> Result<(String, usize), LexError> {
    let mut out = String::new();
    let mut chars = source[start + 1..].char_indices();
    let unterminated = || LexError { message: "unterminated quoted string".into(), pos: start };
    while let Some((offset, c)) = chars.next() {
        match c {
            '"' => return Ok((out, start + 1 + offset + 1)),
            '\n' => return Err(unterminated()),
            '\\' => {
                let (_, escape) = chars.next().ok_or_else(unterminated)?;
                out.push(go_escape(escape, &mut chars, '"').map_err(|message| LexError { message, pos: start })?);
            }
            c => out.push(c),
        }
    }
    Err(unterminated())
}

fn char_constant(source: &str, start: usize) -> Result<(char, usize), LexError> {
    let mut chars = source[start + 1..].char_indices();
    let bad = || LexError { message: "malformed character constant".into(), pos: start };
    let (_, c) = chars.next().ok_or_else(bad)?;
    let value = if c == '\\' {
        let (_, escape) = chars.next().ok_or_else(bad)?;
        go_escape(escape, &mut chars, '\'').map_err(|message| LexError { message, pos: start })?
    } else {
        c
    };
    match chars.next() {
        Some((offset, '\'')) => Ok((value, start + 1 + offset + 1)),
        _ => Err(bad()),
    }
}

/// The character a Go escape sequence stands for (the backslash and the
/// letter after it already read).
fn go_escape(escape: char, chars: &mut std::str::CharIndices, quote: char) -> Result<char, String> {
    let mut hex_digits = |n: usize| -> Result<char, String> {
        let digits: String = chars.by_ref().take(n).map(|(_, c)| c).collect();
        u32::from_str_radix(&digits, 16)
            .ok()
            .filter(|_| digits.len() == n)
            .and_then(char::from_u32)
            .ok_or_else(|| format!("invalid escape \\{escape}{digits}"))
    };
    Ok(match escape {
        'n' => '\n',
        't' => '\t',
        'r' => '\r',
        'a' => '\x07',
        'b' => '\x08',
        'f' => '\x0c',
        'v' => '\x0b',
        '\\' => '\\',
        'x' => hex_digits(2)?,
        'u' => hex_digits(4)?,
        'U' => hex_digits(8)?,
        '0'..='7' => {
            let rest: String = chars.by_ref().take(2).map(|(_, c)| c).collect();
            let digits = format!("{escape}{rest}");
            u32::from_str_radix(&digits, 8).ok().filter(|_| digits.len() == 3).and_then(char::from_u32).ok_or_else(|| format!("invalid escape \\{digits}"))?
        }
        c if c == quote => c,
        other => return Err(format!("unknown escape sequence: \\{other}")),
    })
}
