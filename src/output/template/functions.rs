//! The functions a `--format` template can call: Go's predefined ones
//! (`index`, `len`, `slice`, `printf`, `eq`, ...) and the ones podman and
//! docker add (`json`, `join`, `split`, `lower`, `upper`, `title`,
//! `truncate`, `pad`). `and` and `or` are evaluated by the executor, which
//! must not evaluate arguments past the deciding one.

use super::value::{float_string, go_string, truth, type_name};
use serde_json::Value;
use std::cmp::Ordering;

const NAMES: &[&str] = &[
    "and", "or", "not", "len", "index", "slice", "print", "printf", "println", "eq", "ne", "lt", "le", "gt", "ge", "html",
    "js", "urlquery", "call", "json", "join", "split", "lower", "upper", "title", "truncate", "pad",
];

pub fn exists(name: &str) -> bool {
    NAMES.contains(&name)
}

type Outcome = Result<Value, String>;

fn want(args: &[Value], n: usize) -> Result<(), String> {
    if args.len() == n {
        Ok(())
    } else {
        Err(format!("wrong number of args: want {n} got {}", args.len()))
    }
}

fn string_arg(args: &[Value], i: usize) -> Result<&str, String> {
    args[i].as_str().ok_or_else(|| format!("wrong type for value; expected string; got {}", type_name(&args[i])))
}

fn int_arg(args: &[Value], i: usize) -> Result<i64, String> {
    args[i].as_i64().ok_or_else(|| format!("wrong type for value; expected int; got {}", type_name(&args[i])))
}

pub fn call(name: &str, args: &[Value]) -> Outcome {
    match name {
        "not" => {
            want(args, 1)?;
            Ok(Value::Bool(!truth(&args[0])))
        }
        "len" => {
            want(args, 1)?;
            match &args[0] {
                Value::String(s) => Ok(s.len().into()),
                Value::Array(a) => Ok(a.len().into()),
                Value::Object(o) => Ok(o.len().into()),
                other => Err(format!("len of type {}", type_name(other))),
            }
        }
        "index" => index(args),
        "slice" => slice(args),
        "print" => Ok(Value::String(sprint(args))),
        "println" => Ok(Value::String(args.iter().map(go_string).collect::<Vec<_>>().join(" ") + "\n")),
        "printf" => {
            let format = args.first().ok_or("wrong number of args: want at least 1 got 0")?;
            let format = format.as_str().ok_or_else(|| format!("wrong type for value; expected string; got {}", type_name(format)))?;
            Ok(Value::String(sprintf(format, &args[1..])))
        }
        "eq" => {
            let (first, rest) = args.split_first().ok_or("missing argument for comparison")?;
            if rest.is_empty() {
                return Err("missing argument for comparison".into());
            }
            for other in rest {
                if equal(first, other)? {
                    return Ok(Value::Bool(true));
                }
            }
            Ok(Value::Bool(false))
        }
        "ne" => {
            want(args, 2)?;
            Ok(Value::Bool(!equal(&args[0], &args[1])?))
        }
        "lt" | "le" | "gt" | "ge" => {
            want(args, 2)?;
            let ordering = compare(&args[0], &args[1])?;
            Ok(Value::Bool(match name {
                "lt" => ordering == Ordering::Less,
                "le" => ordering != Ordering::Greater,
                "gt" => ordering == Ordering::Greater,
                _ => ordering != Ordering::Less,
            }))
        }
        "html" => Ok(Value::String(html_escape(&escaper_text(args)))),
        "js" => Ok(Value::String(js_escape(&escaper_text(args)))),
        "urlquery" => Ok(Value::String(url_query_escape(&escaper_text(args)))),
        "call" => {
            let target = args.first().ok_or("wrong number of args: want at least 1 got 0")?;
            Err(format!("non-function of type {}", type_name(target)))
        }
        "json" => {
            want(args, 1)?;
            // serde_json, like docker's encoder with SetEscapeHTML(false),
            // leaves <, > and & alone.
            Ok(Value::String(serde_json::to_string(&args[0]).map_err(|e| e.to_string())?))
        }
        "join" => {
            want(args, 2)?;
            let separator = string_arg(args, 1)?;
            let items = args[0].as_array().ok_or_else(|| format!("wrong type for value; expected []string; got {}", type_name(&args[0])))?;
            Ok(Value::String(items.iter().map(go_string).collect::<Vec<_>>().join(separator)))
        }
        "split" => {
            want(args, 2)?;
            let (text, separator) = (string_arg(args, 0)?, string_arg(args, 1)?);
            Ok(if separator.is_empty() {
                text.chars().map(|c| Value::String(c.to_string())).collect()
            } else {
                text.split(separator).map(|part| Value::String(part.to_string())).collect()
            })
        }
        "lower" => {
            want(args, 1)?;
            Ok(Value::String(string_arg(args, 0)?.to_lowercase()))
        }
        "upper" => {
            want(args, 1)?;
            Ok(Value::String(string_arg(args, 0)?.to_uppercase()))
        }
        "title" => {
            want(args, 1)?;
            Ok(Value::String(title(string_arg(args, 0)?)))
        }
        "truncate" => {
            want(args, 2)?;
            let (text, length) = (string_arg(args, 0)?, int_arg(args, 1)?);
            let length = usize::try_from(length).map_err(|_| format!("truncate to a negative length {length}"))?;
            // docker's truncateWithLength cuts bytes; cut at a character
            // boundary so the output stays valid text.
            Ok(Value::String(text.char_indices().nth(length).map_or(text, |(cut, _)| &text[..cut]).to_string()))
        }
        "pad" => {
            want(args, 3)?;
            let text = string_arg(args, 0)?;
            let (before, after) = (int_arg(args, 1)?.max(0) as usize, int_arg(args, 2)?.max(0) as usize);
            Ok(Value::String(if text.is_empty() { String::new() } else { format!("{}{text}{}", " ".repeat(before), " ".repeat(after)) }))
        }
        other => Err(format!("function \"{other}\" not defined")),
    }
}

fn index(args: &[Value]) -> Outcome {
    let (mut item, keys) = args.split_first().map(|(f, r)| (f.clone(), r)).ok_or("wrong number of args: want at least 1 got 0")?;
    for key in keys {
        item = match (&item, key) {
            (Value::Array(list), Value::Number(n)) => {
                let i = n.as_i64().ok_or_else(|| format!("cannot index slice/array with type {}", type_name(key)))?;
                usize::try_from(i).ok().and_then(|i| list.get(i)).cloned().ok_or_else(|| format!("index out of range: {i}"))?
            }
            (Value::String(text), Value::Number(n)) => {
                let i = n.as_i64().ok_or_else(|| format!("cannot index slice/array with type {}", type_name(key)))?;
                usize::try_from(i).ok().and_then(|i| text.as_bytes().get(i)).map(|b| Value::from(*b)).ok_or_else(|| format!("index out of range: {i}"))?
            }
            (Value::Array(_) | Value::String(_), other) => return Err(format!("cannot index slice/array with type {}", type_name(other))),
            // A missing key is the zero value, as Go's index on a map gives.
            (Value::Object(map), Value::String(k)) => map.get(k).cloned().unwrap_or(Value::Null),
            (Value::Object(_), other) => return Err(format!("value has type {}; should be string", type_name(other))),
            (Value::Null, _) => return Err("index of untyped nil".into()),
            (other, _) => return Err(format!("can't index item of type {}", type_name(other))),
        };
    }
    Ok(item)
}

fn slice(args: &[Value]) -> Outcome {
    let (item, bounds) = args.split_first().ok_or("wrong number of args: want at least 1 got 0")?;
    if bounds.len() > 3 {
        return Err(format!("too many slice indexes: {}", bounds.len()));
    }
    let length = match item {
        Value::String(s) => s.len(),
        Value::Array(a) => a.len(),
        other => return Err(format!("can't slice item of type {}", type_name(other))),
    };
    let mut indexes = Vec::new();
    for bound in bounds {
        let i = bound.as_i64().ok_or_else(|| format!("cannot index slice/array with type {}", type_name(bound)))?;
        let i = usize::try_from(i).map_err(|_| format!("index out of range: {i}"))?;
        if i > length {
            return Err(format!("index out of range: {i}"));
        }
        indexes.push(i);
    }
    let start = indexes.first().copied().unwrap_or(0);
    let end = indexes.get(1).copied().unwrap_or(length);
    if start > end {
        return Err(format!("invalid slice index: {start} > {end}"));
    }
    match item {
        Value::String(s) => {
            if indexes.len() == 3 {
                return Err("cannot 3-index slice a string".into());
            }
            s.get(start..end).map(|part| Value::String(part.to_string())).ok_or_else(|| format!("slice {start}:{end} splits a character"))
        }
        Value::Array(a) => Ok(Value::Array(a[start..end].to_vec())),
        _ => unreachable!("checked above"),
    }
}

/// `eq`/`ne`: basic values of the same kind; integers and floats do not
/// compare, as in Go.
fn equal(a: &Value, b: &Value) -> Result<bool, String> {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => {
            if x.is_f64() != y.is_f64() {
                return Err("incompatible types for comparison".into());
            }
            Ok(compare(a, b)? == Ordering::Equal)
        }
        (Value::String(x), Value::String(y)) => Ok(x == y),
        (Value::Bool(x), Value::Bool(y)) => Ok(x == y),
        (Value::Null, Value::Null) => Ok(true),
        (Value::Array(_) | Value::Object(_), _) | (_, Value::Array(_) | Value::Object(_)) => {
            let uncomparable = if matches!(a, Value::Array(_) | Value::Object(_)) { a } else { b };
            Err(format!("non-comparable type {}: {}", go_string(uncomparable), type_name(uncomparable)))
        }
        _ => Err("incompatible types for comparison".into()),
    }
}

fn compare(a: &Value, b: &Value) -> Result<Ordering, String> {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => {
            if x.is_f64() != y.is_f64() {
                return Err("incompatible types for comparison".into());
            }
            match (x.as_i64(), y.as_i64()) {
                (Some(x), Some(y)) => Ok(x.cmp(&y)),
                _ => x.as_f64().partial_cmp(&y.as_f64()).ok_or_else(|| "invalid type for comparison".into()),
            }
        }
        (Value::String(x), Value::String(y)) => Ok(x.cmp(y)),
        (Value::Bool(_), Value::Bool(_)) | (Value::Null, _) | (_, Value::Null) | (Value::Array(_) | Value::Object(_), _) => {
            Err("invalid type for comparison".into())
        }
        _ => Err("incompatible types for comparison".into()),
    }
}

/// fmt.Sprint: a space between operands when neither is a string.
fn sprint(args: &[Value]) -> String {
    let mut out = String::new();
    for (i, arg) in args.iter().enumerate() {
        if i > 0 && !arg.is_string() && !args[i - 1].is_string() {
            out.push(' ');
        }
        out.push_str(&go_string(arg));
    }
    out
}

/// The text the escaping functions work on: one string argument as it
/// is, anything else as fmt.Sprint prints it.
fn escaper_text(args: &[Value]) -> String {
    match args {
        [Value::String(s)] => s.clone(),
        _ => sprint(args),
    }
}

fn html_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\0' => out.push('\u{FFFD}'),
            '"' => out.push_str("&#34;"),
            '\'' => out.push_str("&#39;"),
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    out
}

fn js_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\'' => out.push_str("\\'"),
            '"' => out.push_str("\\\""),
            '<' => out.push_str("\\u003C"),
            '>' => out.push_str("\\u003E"),
            '&' => out.push_str("\\u0026"),
            '=' => out.push_str("\\u003D"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04X}", c as u32)),
            // Go escapes what unicode.IsPrint refuses: controls, and the
            // line and paragraph separators JavaScript reads as newlines.
            c if !c.is_ascii() && (c.is_control() || matches!(c, '\u{2028}' | '\u{2029}' | '\u{feff}')) => {
                out.push_str(&format!("\\u{:04X}", c as u32))
            }
            c => out.push(c),
        }
    }
    out
}

/// url.QueryEscape: unreserved characters stay, a space is `+`, the rest
/// of the bytes are `%XX`.
fn url_query_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => out.push(b as char),
            b' ' => out.push('+'),
            other => out.push_str(&format!("%{other:02X}")),
        }
    }
    out
}

/// strings.Title: the first letter of each word in capitals, a word
/// starting after anything but a letter, digit, `_` or `'`.
fn title(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut previous: Option<char> = None;
    for c in text.chars() {
        let starts_word = previous.is_none_or(|p| !(p.is_alphanumeric() || p == '_' || p == '\''));
        if starts_word {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
        previous = Some(c);
    }
    out
}

/// fmt.Sprintf with Go's verbs, flags, width and precision, and Go's
/// markers for a wrong type (`%!d(string=x)`), a missing argument
/// (`%!d(MISSING)`) and extra arguments (`%!(EXTRA int=2)`).
pub fn sprintf(format: &str, args: &[Value]) -> String {
    let mut out = String::new();
    let mut next_arg = 0;
    let mut chars = format.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let mut spec = Spec::default();
        while let Some(&flag) = chars.peek() {
            match flag {
                '-' => spec.minus = true,
                '+' => spec.plus = true,
                '0' => spec.zero = true,
                ' ' => spec.space = true,
                '#' => spec.sharp = true,
                _ => break,
            }
            chars.next();
        }
        // Go refuses counts over a million: a written one ends the format
        // ("%!(NOVERB)"), one from an argument is marked bad and ignored.
        match read_count(&mut chars, args, &mut next_arg) {
            Count::Given(n) => spec.width = Some(n),
            Count::Absent => {}
            Count::TooLargeArgument => out.push_str("%!(BADWIDTH)"),
            Count::TooLargeWritten => {
                out.push_str("%!(NOVERB)");
                break;
            }
        }
        if chars.peek() == Some(&'.') {
            chars.next();
            match read_count(&mut chars, args, &mut next_arg) {
                Count::Given(n) => spec.precision = Some(n),
                Count::Absent => spec.precision = Some(0),
                Count::TooLargeArgument => out.push_str("%!(BADPREC)"),
                Count::TooLargeWritten => {
                    out.push_str("%!(NOVERB)");
                    break;
                }
            }
        }
        let Some(verb) = chars.next() else {
            out.push_str("%!(NOVERB)");
            break;
        };
        if verb == '%' {
            out.push('%');
            continue;
        }
        let Some(arg) = args.get(next_arg) else {
            out.push_str(&format!("%!{verb}(MISSING)"));
            continue;
        };
        next_arg += 1;
        out.push_str(&format_one(verb, &spec, arg));
    }
    if next_arg < args.len() {
        let extra: Vec<String> = args[next_arg..].iter().map(|a| format!("{}={}", type_name(a), go_string(a))).collect();
        out.push_str(&format!("%!(EXTRA {})", extra.join(", ")));
    }
    out
}

#[derive(Default)]
struct Spec {
    minus: bool,
    plus: bool,
    zero: bool,
    space: bool,
    sharp: bool,
    width: Option<usize>,
    precision: Option<usize>,
}

/// A width or precision as Go's fmt reads it.
enum Count {
    Given(usize),
    Absent,
    /// From a `*` argument over a million (or not an integer where one is due).
    TooLargeArgument,
    /// Written in the format over a million: Go gives up on the rest.
    TooLargeWritten,
}

/// Go's fmt refuses widths and precisions over this (`tooLarge`).
const MAX_COUNT: usize = 1_000_000;

fn read_count(chars: &mut std::iter::Peekable<std::str::Chars>, args: &[Value], next_arg: &mut usize) -> Count {
    if chars.peek() == Some(&'*') {
        chars.next();
        let n = args.get(*next_arg).and_then(Value::as_i64);
        *next_arg += 1;
        return match n.map(|n| n.unsigned_abs() as usize) {
            Some(n) if n <= MAX_COUNT => Count::Given(n),
            Some(_) => Count::TooLargeArgument,
            None => Count::Absent,
        };
    }
    let mut count: Option<usize> = None;
    while let Some(&d) = chars.peek().filter(|d| d.is_ascii_digit()) {
        chars.next();
        let next = count.unwrap_or(0) * 10 + d.to_digit(10).unwrap_or(0) as usize;
        if next > MAX_COUNT {
            chars.for_each(drop);
            return Count::TooLargeWritten;
        }
        count = Some(next);
    }
    count.map_or(Count::Absent, Count::Given)
}

fn bad_verb(verb: char, arg: &Value) -> String {
    match arg {
        Value::Null => format!("%!{verb}(<nil>)"),
        other => format!("%!{verb}({}={})", type_name(other), go_string(other)),
    }
}

fn format_one(verb: char, spec: &Spec, arg: &Value) -> String {
    let body = match (verb, arg) {
        ('v', Value::Number(n)) if !n.is_f64() => signed(spec, n.to_string()),
        ('v', Value::Number(n)) => signed(spec, float_string(n.as_f64().unwrap_or_default())),
        ('v', other) => go_string(other),
        ('s', Value::String(s)) => truncate_to(s, spec.precision),
        ('s', Value::Array(items)) if items.iter().all(Value::is_string) => go_string(arg),
        ('q', Value::String(s)) => go_quote(s),
        ('q', Value::Number(n)) if !n.is_f64() => {
            n.as_u64().and_then(|c| char::from_u32(c as u32)).map(|c| format!("'{}'", quote_inner(&c.to_string(), '\''))).unwrap_or_else(|| bad_verb(verb, arg))
        }
        ('t', Value::Bool(b)) => b.to_string(),
        ('U', Value::Number(n)) if !n.is_f64() => format!("U+{:04X}", n.as_u64().unwrap_or_default()),
        ('d', Value::Number(n)) if !n.is_f64() => signed(spec, n.to_string()),
        ('c', Value::Number(n)) if !n.is_f64() => n.as_u64().and_then(|c| char::from_u32(c as u32)).map(String::from).unwrap_or_else(|| "\u{FFFD}".into()),
        ('x' | 'X' | 'o' | 'b', Value::Number(n)) if !n.is_f64() => {
            let v = n.as_i64().unwrap_or_default();
            let magnitude = v.unsigned_abs();
            let digits = match verb {
                'x' => format!("{magnitude:x}"),
                'X' => format!("{magnitude:X}"),
                'o' => format!("{magnitude:o}"),
                _ => format!("{magnitude:b}"),
            };
            let prefix = match (spec.sharp, verb) {
                (true, 'x') => "0x",
                (true, 'X') => "0X",
                (true, 'o') => "0",
                _ => "",
            };
            signed(spec, format!("{}{prefix}{digits}", if v < 0 { "-" } else { "" }))
        }
        ('x' | 'X', Value::String(s)) => {
            let hex: String = s.bytes().map(|b| format!("{b:02x}")).collect();
            if verb == 'X' { hex.to_uppercase() } else { hex }
        }
        ('f' | 'F' | 'e' | 'E' | 'g' | 'G', Value::Number(n)) if n.is_f64() => signed(spec, float_verb(verb, n.as_f64().unwrap_or_default(), spec.precision)),
        _ => return bad_verb(verb, arg),
    };
    pad(spec, body, matches!(verb, 'd' | 'x' | 'X' | 'o' | 'b' | 'f' | 'F' | 'e' | 'E' | 'g' | 'G' | 'v') && arg.is_number())
}

/// A `+` or space before a non-negative number when asked for.
fn signed(spec: &Spec, digits: String) -> String {
    if digits.starts_with('-') {
        digits
    } else if spec.plus {
        format!("+{digits}")
    } else if spec.space {
        format!(" {digits}")
    } else {
        digits
    }
}

fn truncate_to(s: &str, precision: Option<usize>) -> String {
    match precision {
        Some(p) => s.chars().take(p).collect(),
        None => s.to_string(),
    }
}

/// Pad to the width in runes: on the right with `-`, with zeros after
/// the sign for numbers with `0`, else with spaces on the left.
fn pad(spec: &Spec, body: String, numeric: bool) -> String {
    let Some(width) = spec.width else { return body };
    let length = body.chars().count();
    if length >= width {
        return body;
    }
    let fill = width - length;
    if spec.minus {
        format!("{body}{}", " ".repeat(fill))
    } else if spec.zero && numeric {
        let sign_len = usize::from(body.starts_with(['-', '+', ' ']));
        format!("{}{}{}", &body[..sign_len], "0".repeat(fill), &body[sign_len..])
    } else if spec.zero {
        format!("{}{body}", "0".repeat(fill))
    } else {
        format!("{}{body}", " ".repeat(fill))
    }
}

/// Decimal places past which every f64's expansion is zeros (the
/// smallest subnormal has 1,074).
const EXACT_DIGITS: usize = 1_100;

fn float_verb(verb: char, f: f64, precision: Option<usize>) -> String {
    match verb {
        // Rust's formatter takes precisions up to 65535 (Go's up to a
        // million); an f64's decimal digits end within 1,100 places, so
        // past that the digits are zeros and are added as such.
        'f' | 'F' => {
            let p = precision.unwrap_or(6);
            format!("{f:.*}{}", p.min(EXACT_DIGITS), "0".repeat(p.saturating_sub(EXACT_DIGITS)))
        }
        'e' | 'E' => {
            let p = precision.unwrap_or(6);
            let text = format!("{f:.*e}", p.min(EXACT_DIGITS));
            let (mantissa, exponent) = text.split_once('e').expect("an exponent");
            let mantissa = format!("{mantissa}{}", "0".repeat(p.saturating_sub(EXACT_DIGITS)));
            let exponent: i32 = exponent.parse().expect("an integer exponent");
            let text = format!("{mantissa}e{}{:02}", if exponent < 0 { '-' } else { '+' }, exponent.abs());
            if verb == 'E' { text.to_uppercase() } else { text }
        }
        _ => {
            let text = match precision {
                None => float_string(f),
                Some(p) => {
                    // %.Ng: N significant digits, exponent form when the
                    // exponent is below -4 or at least N.
                    // %g trims trailing zeros, so digits past an f64's last are moot.
                    let p = p.clamp(1, EXACT_DIGITS);
                    let scientific = format!("{f:.*e}", p - 1);
                    let exponent: i32 = scientific.split_once('e').map_or(0, |(_, e)| e.parse().unwrap_or(0));
                    if exponent < -4 || exponent >= p as i32 {
                        let (mantissa, _) = scientific.split_once('e').expect("an exponent");
                        let mantissa = trim_fraction(mantissa);
                        format!("{mantissa}e{}{:02}", if exponent < 0 { '-' } else { '+' }, exponent.abs())
                    } else {
                        trim_fraction(&format!("{f:.*}", (p as i32 - 1 - exponent).max(0) as usize)).to_string()
                    }
                }
            };
            if verb == 'G' { text.to_uppercase() } else { text }
        }
    }
}

fn trim_fraction(text: &str) -> &str {
    if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.')
    } else {
        text
    }
}

/// strconv.Quote: Go's double-quoted form of a string.
pub fn go_quote(s: &str) -> String {
    format!("\"{}\"", quote_inner(s, '"'))
}

fn quote_inner(s: &str, quote: char) -> String {
    let mut out = String::new();
    for c in s.chars() {
        match c {
            '\x07' => out.push_str("\\a"),
            '\x08' => out.push_str("\\b"),
            '\x0c' => out.push_str("\\f"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\x0b' => out.push_str("\\v"),
            '\\' => out.push_str("\\\\"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c == '\x7f' => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if c.is_control() => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Found by fuzzing: a precision past what Rust's formatter takes
    /// panicked. Go refuses counts over a million.
    #[test]
    fn huge_widths_and_precisions_are_go_s_markers_not_a_panic() {
        let pi = serde_json::json!(3.25);
        assert_eq!(sprintf("%5.2222222222222e|", &[pi.clone()]), "%!(NOVERB)%!(EXTRA float64=3.25)");
        assert_eq!(sprintf("%*d", &[serde_json::json!(2_000_000), serde_json::json!(7)]), "%!(BADWIDTH)7");
        assert_eq!(sprintf("%5.2f", &[pi.clone()]), " 3.25");
        assert_eq!(sprintf("%.70000f", &[pi.clone()]), format!("3.25{}", "0".repeat(69998)));
        assert!(sprintf("%.70000e", &[pi.clone()]).ends_with("0e+00"));
        assert_eq!(sprintf("%.70000g", &[pi]), "3.25");
    }
}
