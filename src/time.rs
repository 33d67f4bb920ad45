//! Time formats skiff reads and writes: RFC 3339 in UTC (podman's
//! timestamps, log lines with nanoseconds) and docker's relative durations.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// Days since 1970-01-01 to (year, month, day), proleptic Gregorian.
fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719468;
    let era = z.div_euclid(146097);
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(month <= 2), month, day)
}

fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

fn date_time(unix: i64) -> String {
    let (y, mo, d) = civil_from_days(unix.div_euclid(86400));
    let secs = unix.rem_euclid(86400);
    format!("{y:04}-{mo:02}-{d:02}T{:02}:{:02}:{:02}", secs / 3600, secs / 60 % 60, secs % 60)
}

/// Go's time.UnixDate in UTC, "Wed May  1 12:00:00 UTC 2024" (the date
/// podman writes in generated systemd units).
pub fn unix_date(unix: i64) -> String {
    const WEEKDAYS: [&str; 7] = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"];
    const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    let days = unix.div_euclid(86400);
    let (y, mo, d) = civil_from_days(days);
    let secs = unix.rem_euclid(86400);
    format!("{} {} {d:>2} {:02}:{:02}:{:02} UTC {y}", WEEKDAYS[days.rem_euclid(7) as usize], MONTHS[(mo - 1) as usize], secs / 3600, secs / 60 % 60, secs % 60)
}

/// "2024-05-01T12:00:00Z"
pub fn format(unix: i64) -> String {
    format!("{}Z", date_time(unix))
}

/// "2024-05-01T12:00:00.123456789Z", as podman's k8s-file log lines.
pub fn format_nanos(t: SystemTime) -> String {
    let d = t.duration_since(UNIX_EPOCH).unwrap_or_default();
    format!("{}.{:09}Z", date_time(d.as_secs() as i64), d.subsec_nanos())
}

/// A UTC RFC 3339 time the way Go prints a time.Time (podman's event
/// times, `CreatedAt` fields): "2026-11-24 08:52:00.123456789 +0000 UTC".
pub fn go_string(rfc3339: &str) -> String {
    format!("{} +0000 UTC", rfc3339.trim_end_matches('Z').replacen('T', " ", 1))
}

/// "3 seconds ago", "About a minute ago", "2 hours ago": go-units' HumanDuration.
pub fn human_ago(unix_seconds: i64) -> String {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    format!("{} ago", human_duration((now - unix_seconds).max(0)))
}

pub fn human_duration(seconds: i64) -> String {
    let s = seconds;
    if s < 1 {
        "Less than a second".into()
    } else if s == 1 {
        "1 second".into()
    } else if s < 60 {
        format!("{s} seconds")
    } else if s / 60 == 1 {
        "About a minute".into()
    } else if s < 3600 {
        format!("{} minutes", s / 60)
    } else if (s as f64 / 3600.0).round() as i64 == 1 {
        "About an hour".into()
    } else if s < 48 * 3600 {
        format!("{} hours", (s as f64 / 3600.0).round() as i64)
    } else if s < 7 * 24 * 3600 * 2 {
        format!("{} days", s / 86400)
    } else if s < 30 * 24 * 3600 * 3 {
        format!("{} weeks", s / (7 * 86400))
    } else if s < 365 * 24 * 3600 * 2 {
        format!("{} months", s / (30 * 86400))
    } else {
        format!("{} years", s / (365 * 86400))
    }
}

/// Parse "YYYY-MM-DDTHH:MM:SS[.frac](Z|±HH:MM)" into a point in time.
pub fn parse(text: &str) -> Option<SystemTime> {
    let num = |s: &str| -> Option<i64> { s.bytes().all(|b| b.is_ascii_digit()).then(|| s.parse().ok()).flatten() };
    let (date, time) = text.split_once(['T', 't', ' '])?;
    let mut date_parts = date.splitn(3, '-');
    let (y, mo, d) = (num(date_parts.next()?)?, num(date_parts.next()?)?, num(date_parts.next()?)?);
    let (clock, offset) = if let Some(clock) = time.strip_suffix(['Z', 'z']) {
        (clock, 0)
    } else {
        let i = time.rfind(['+', '-'])?;
        let (h, m) = time[i + 1..].split_once(':')?;
        let minutes = num(h)? * 60 + num(m)?;
        (&time[..i], if &time[i..i + 1] == "-" { -minutes } else { minutes })
    };
    let (clock, frac) = clock.split_once('.').unwrap_or((clock, ""));
    let mut clock_parts = clock.splitn(3, ':');
    let (h, mi, s) = (num(clock_parts.next()?)?, num(clock_parts.next()?)?, num(clock_parts.next()?)?);
    if !(1..=12).contains(&mo) || !(1..=31).contains(&d) || h > 23 || mi > 59 || s > 60 {
        return None;
    }
    let nanos = if frac.is_empty() {
        0
    } else {
        let digits: String = frac.chars().take(9).collect();
        num(&digits)? as u32 * 10u32.pow(9 - digits.len() as u32)
    };
    let secs = days_from_civil(y, mo, d) * 86400 + h * 3600 + mi * 60 + s - offset * 60;
    let secs = u64::try_from(secs).ok()?;
    Some(UNIX_EPOCH + Duration::new(secs, nanos))
}

/// Unix seconds of an RFC 3339 time.
pub fn parse_unix(text: &str) -> Option<i64> {
    parse(text)?.duration_since(UNIX_EPOCH).ok().map(|d| d.as_secs() as i64)
}

/// docker's `--since`/`--until`: an RFC 3339 time, unix seconds, or a
/// duration before now ("10m", "1h30m", "45s").
pub fn parse_point(text: &str, now: SystemTime) -> Option<SystemTime> {
    if let Some(t) = parse(text) {
        return Some(t);
    }
    if let Ok(secs) = text.parse::<f64>() {
        return Some(UNIX_EPOCH + Duration::from_secs_f64(secs.max(0.0)));
    }
    now.checked_sub(parse_duration(text)?)
}

/// A `--since`/`--until` flag's value, checked: None when not given.
pub fn parse_flag_point(value: Option<&str>, flag: &str, now: SystemTime) -> crate::error::Result<Option<SystemTime>> {
    value
        .map(|t| parse_point(t, now).ok_or_else(|| crate::err!("invalid {flag} {t:?}: use a RFC 3339 time or a duration like 10m")))
        .transpose()
}

/// "1h30m", "10m", "45s", "500ms".
pub fn parse_duration(text: &str) -> Option<Duration> {
    let mut total = Duration::ZERO;
    let mut rest = text;
    if rest.is_empty() {
        return None;
    }
    while !rest.is_empty() {
        let digits = rest.find(|c: char| !c.is_ascii_digit() && c != '.')?;
        let value: f64 = rest[..digits].parse().ok()?;
        let unit_end = rest[digits..].find(|c: char| c.is_ascii_digit()).map(|i| digits + i).unwrap_or(rest.len());
        let unit = match &rest[digits..unit_end] {
            "h" => 3600.0,
            "m" => 60.0,
            "s" => 1.0,
            "ms" => 0.001,
            _ => return None,
        };
        total += Duration::from_secs_f64(value * unit);
        rest = &rest[unit_end..];
    }
    Some(total)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unix_date_is_gos() {
        assert_eq!(unix_date(0), "Thu Jan  1 00:00:00 UTC 1970");
        assert_eq!(unix_date(1_796_521_645), "Sun Dec  6 01:47:25 UTC 2026");
    }

    #[test]
    fn formats_and_parses() {
        assert_eq!(format(0), "1970-01-01T00:00:00Z");
        assert_eq!(format(1_795_000_000), "2026-11-18T11:06:40Z");
        assert_eq!(format(951_782_400), "2000-02-29T00:00:00Z");
        let t = UNIX_EPOCH + Duration::new(1_795_000_000, 5);
        assert_eq!(format_nanos(t), "2026-11-18T11:06:40.000000005Z");
        assert_eq!(parse(&format_nanos(t)), Some(t));
        assert_eq!(parse_unix("2026-11-18T12:06:40+01:00"), Some(1_795_000_000));
        assert_eq!(parse("not a time"), None);
        assert_eq!(parse_unix("2023-11-14T22:13:20.123456789Z"), Some(1_700_000_000));
        assert_eq!(parse_unix("2000-02-29T00:00:00Z").map(format).as_deref(), Some("2000-02-29T00:00:00Z"));
    }

    #[test]
    fn durations_and_points() {
        assert_eq!(parse_duration("1h30m"), Some(Duration::from_secs(5400)));
        assert_eq!(parse_duration("500ms"), Some(Duration::from_millis(500)));
        assert_eq!(parse_duration("10x"), None);
        let now = UNIX_EPOCH + Duration::from_secs(1000);
        assert_eq!(parse_point("10s", now), Some(UNIX_EPOCH + Duration::from_secs(990)));
        assert_eq!(parse_point("100", now), Some(UNIX_EPOCH + Duration::from_secs(100)));
    }
}
