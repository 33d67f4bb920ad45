//! `skiff events`: print the event log, filtered, and follow it.

use super::{Context, Filters, OutputFormat};
use crate::cli::EventsArgs;
use crate::error::Result;
use crate::events::{log_path, Event};
use crate::output;
use std::time::{Duration, SystemTime};

fn filter_matches(key: &str, value: &str, e: &Event) -> bool {
    match key {
        "type" => e.kind == value,
        "event" | "status" => e.action == value,
        "container" => e.kind == "container" && (e.name == value || e.id.starts_with(value)),
        _ => e.image == value || e.image.ends_with(&format!("/{value}")) || (e.kind == "image" && e.id.starts_with(value)),
    }
}

pub fn run(ctx: &Context, args: EventsArgs) -> Result<i32> {
    let format = OutputFormat::parse(args.output.format.as_deref())?;
    let filters = Filters::parse(&args.filter, &["type", "event", "status", "container", "image"])?;
    let now = SystemTime::now();
    let since = crate::time::parse_flag_point(args.period.since.as_deref(), "--since", now)?;
    let until = crate::time::parse_flag_point(args.period.until.as_deref(), "--until", now)?;
    let show = |e: &Event| -> Result<()> {
        let wanted = filters.matches(|key, value| filter_matches(key, value, e));
        let time = crate::time::parse(&e.time);
        if !wanted || time.is_some_and(|t| since.is_some_and(|s| t < s) || until.is_some_and(|u| t > u)) {
            return Ok(());
        }
        // The log leaves out empty attributes; podman always shows them.
        let shown = || -> Result<serde_json::Value> {
            let mut value = serde_json::to_value(e)?;
            value["Attributes"] = serde_json::json!(e.attributes);
            Ok(value)
        };
        match &format {
            OutputFormat::Json => output::line(&serde_json::to_string(&shown()?)?),
            OutputFormat::Template(t) => output::templated(t, &[shown()?])?,
            OutputFormat::Table => {
                let mut attrs = vec![];
                if !e.image.is_empty() && e.kind == "container" {
                    attrs.push(format!("image={}", e.image));
                }
                if !e.name.is_empty() {
                    attrs.push(format!("name={}", e.name));
                }
                attrs.extend(e.attributes.iter().map(|(k, v)| format!("{k}={v}")));
                let id = if args.no_trunc { e.id.as_str() } else { e.id.get(..12).unwrap_or(&e.id) };
                output::line(&format!("{} {} {} {id} ({})", crate::time::go_string(&e.time), e.kind, e.action, attrs.join(", ")));
            }
        }
        Ok(())
    };
    let path = log_path(&ctx.paths.data);
    let mut offset = 0;
    loop {
        offset = crate::events::read_from(&path, offset, &show)?;
        let past_until = until.is_some_and(|u| SystemTime::now() > u);
        if !args.stream || past_until {
            return Ok(0);
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}

