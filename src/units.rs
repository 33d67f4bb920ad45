//! Sizes written as Go's go-units writes them, shared by the printer and
//! the inspect structures that carry them as text (podman's LogConfig.Size).

/// go-units' sizes: `precision` significant digits as Go's `%.*g` writes
/// them, then the unit, with no space: decimal units (HumanSize is
/// precision 4: "2.701MB") or, `binary`, BytesSize's ("3.5MiB").
pub fn go_size(bytes: u64, precision: usize, binary: bool) -> String {
    let (base, units): (f64, [&str; 7]) = match binary {
        false => (1000.0, ["B", "kB", "MB", "GB", "TB", "PB", "EB"]),
        true => (1024.0, ["B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"]),
    };
    let mut size = bytes as f64;
    let mut unit = 0;
    while size >= base && unit < units.len() - 1 {
        size /= base;
        unit += 1;
    }
    format!("{}{}", go_general(size, precision), units[unit])
}

/// Go's `%.*g` of a non-negative number: the shortest of `precision`
/// significant digits, in exponent form when the exponent is below -4 or
/// not below the precision ("1e+03"), trailing zeros dropped.
fn go_general(value: f64, precision: usize) -> String {
    let precision = precision.max(1);
    if value == 0.0 {
        return "0".into();
    }
    let scientific = format!("{value:.*e}", precision - 1);
    let (mantissa, exponent) = scientific.split_once('e').unwrap_or((&scientific, "0"));
    let exponent: i32 = exponent.parse().unwrap_or(0);
    let trim = |text: &str| match text.contains('.') {
        true => text.trim_end_matches('0').trim_end_matches('.').to_string(),
        false => text.to_string(),
    };
    if exponent < -4 || exponent >= precision as i32 {
        let sign = if exponent < 0 { '-' } else { '+' };
        return format!("{}e{sign}{:02}", trim(mantissa), exponent.abs());
    }
    let decimals = (precision as i32 - 1 - exponent).max(0) as usize;
    trim(&format!("{value:.decimals$}"))
}
