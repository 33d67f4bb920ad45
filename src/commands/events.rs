//! `skiff events`: print the event log, filtered, and follow it.

use super::{Context, OutputFormat};
use crate::cli::EventsArgs;
use crate::error::Result;
use crate::events::{log_path, Event};
use crate::output;
use std::io::{BufRead, Seek, SeekFrom};
use std::time::{Duration, SystemTime};

struct Filter {
    key: String,
    value: String,
}

impl Filter {
    fn parse(text: &str) -> Result<Filter> {
        let (key, value) = text.split_once('=').ok_or_else(|| crate::err!("invalid filter {text:?}: use KEY=VALUE"))?;
        if !["type", "event", "status", "container", "image"].contains(&key) {
            return Err(crate::err!("invalid filter {text:?}: use type, event, container or image"));
        }
        Ok(Filter { key: key.to_string(), value: value.to_string() })
    }

    fn matches(&self, e: &Event) -> bool {
        match self.key.as_str() {
            "type" => e.kind == self.value,
            "event" | "status" => e.action == self.value,
            "container" => e.kind == "container" && (e.name == self.value || e.id.starts_with(&self.value)),
            _ => e.image == self.value || e.image.ends_with(&format!("/{}", self.value)) || (e.kind == "image" && e.id.starts_with(&self.value)),
        }
    }
}

pub fn run(ctx: &Context, args: EventsArgs) -> Result<i32> {
    let format = OutputFormat::parse(args.format.as_deref())?;
    let filters = args.filter.iter().map(|f| Filter::parse(f)).collect::<Result<Vec<_>>>()?;
    let now = SystemTime::now();
    let point = |v: &Option<String>, flag: &str| -> Result<Option<SystemTime>> {
        v.as_deref()
            .map(|t| crate::time::parse_point(t, now).ok_or_else(|| crate::err!("invalid {flag} {t:?}: use a RFC 3339 time or a duration like 10m")))
            .transpose()
    };
    let since = point(&args.since, "--since")?;
    let until = point(&args.until, "--until")?;
    let show = |e: &Event| -> Result<()> {
        // Same-kind filters widen, different kinds narrow, as in podman.
        let keys: std::collections::BTreeSet<&str> = filters.iter().map(|f| f.key.as_str()).collect();
        let wanted = keys.iter().all(|k| filters.iter().filter(|f| f.key == *k).any(|f| f.matches(e)));
        let time = crate::time::parse(&e.time);
        if !wanted || time.is_some_and(|t| since.is_some_and(|s| t < s) || until.is_some_and(|u| t > u)) {
            return Ok(());
        }
        match &format {
            OutputFormat::Json => output::line(&serde_json::to_string(e)?),
            OutputFormat::Template(t) => output::templated(t, &[serde_json::to_value(e)?])?,
            OutputFormat::Table => {
                let mut attrs = vec![];
                if !e.image.is_empty() && e.kind == "container" {
                    attrs.push(format!("image={}", e.image));
                }
                if !e.name.is_empty() {
                    attrs.push(format!("name={}", e.name));
                }
                attrs.extend(e.attributes.iter().map(|(k, v)| format!("{k}={v}")));
                output::line(&format!("{} {} {} {} ({})", human_time(&e.time), e.kind, e.action, e.id, attrs.join(", ")));
            }
        }
        Ok(())
    };
    let path = log_path(&ctx.paths.data);
    let mut offset = 0;
    loop {
        offset = read_from(&path, offset, &show)?;
        let past_until = until.is_some_and(|u| SystemTime::now() > u);
        if !args.stream || past_until {
            return Ok(0);
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// podman's event time: "2026-11-24 08:52:00.123456789 +0000 UTC".
fn human_time(rfc3339: &str) -> String {
    format!("{} +0000 UTC", rfc3339.trim_end_matches('Z').replacen('T', " ", 1))
}

fn read_from(path: &std::path::Path, offset: u64, show: &dyn Fn(&Event) -> Result<()>) -> Result<u64> {
    let Ok(mut file) = std::fs::File::open(path) else { return Ok(offset) };
    file.seek(SeekFrom::Start(offset))?;
    let mut reader = std::io::BufReader::new(file);
    let mut read = offset;
    let mut line = String::new();
    loop {
        line.clear();
        let n = reader.read_line(&mut line)?;
        if n == 0 || !line.ends_with('\n') {
            return Ok(read);
        }
        read += n as u64;
        if let Ok(event) = serde_json::from_str::<Event>(&line) {
            show(&event)?;
        }
    }
}
