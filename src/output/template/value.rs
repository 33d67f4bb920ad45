//! How Go sees a JSON value: its printed form (fmt's `%v`), its truth in
//! `if`, and its type name in error messages.

use serde_json::{Number, Value};

/// fmt's `%v` of a value nested in a list or map (nil prints `<nil>`).
pub fn go_string(v: &Value) -> String {
    match v {
        Value::Null => "<nil>".into(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => number_string(n),
        Value::String(s) => s.clone(),
        Value::Array(items) => format!("[{}]", items.iter().map(go_string).collect::<Vec<_>>().join(" ")),
        Value::Object(map) => {
            // serde_json's map keeps keys sorted, as fmt prints a map.
            let entries: Vec<String> = map.iter().map(|(k, v)| format!("{k}:{}", go_string(v))).collect();
            format!("map[{}]", entries.join(" "))
        }
    }
}

/// What an action prints for a value: a missing or null value is Go's
/// `<no value>`.
pub fn print(v: &Value) -> String {
    match v {
        Value::Null => "<no value>".into(),
        other => go_string(other),
    }
}

pub fn number_string(n: &Number) -> String {
    match n.as_f64().filter(|_| n.is_f64()) {
        Some(f) => float_string(f),
        None => n.to_string(),
    }
}

/// Go's `%v` of a float64: the shortest digits, in exponent form below
/// 1e-4 and from 1e6 up (strconv's 'g' with the shortest precision).
pub fn float_string(f: f64) -> String {
    if f.is_nan() {
        return "NaN".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "+Inf".into() } else { "-Inf".into() };
    }
    let scientific = format!("{f:e}");
    let (mantissa, exponent) = scientific.split_once('e').expect("{:e} has an exponent");
    let exponent: i32 = exponent.parse().expect("an integer exponent");
    if f != 0.0 && !(-4..6).contains(&exponent) {
        let sign = if exponent < 0 { '-' } else { '+' };
        format!("{mantissa}e{sign}{:02}", exponent.abs())
    } else {
        format!("{f}")
    }
}

/// Go's truth: false, 0, nil and empty strings, lists and maps are false.
pub fn truth(v: &Value) -> bool {
    match v {
        Value::Null => false,
        Value::Bool(b) => *b,
        Value::Number(n) => n.as_f64().is_some_and(|f| f != 0.0),
        Value::String(s) => !s.is_empty(),
        Value::Array(a) => !a.is_empty(),
        Value::Object(o) => !o.is_empty(),
    }
}

/// The Go type a JSON value stands for, as Go's messages name it.
pub fn type_name(v: &Value) -> &'static str {
    match v {
        Value::Null => "<nil>",
        Value::Bool(_) => "bool",
        Value::Number(n) if n.is_f64() => "float64",
        Value::Number(_) => "int",
        Value::String(_) => "string",
        Value::Array(_) => "[]interface {}",
        Value::Object(_) => "map[string]interface {}",
    }
}
