//! `skiff diff`: what a container changed in its filesystem, read from its
//! writable overlay layer: A added, C changed, D deleted, as podman prints.

use super::{Context, OutputFormat};
use crate::container::changes::{self, Change};
use crate::error::Result;
use crate::output;

pub fn run(ctx: &Context, container: &str, format: Option<&str>) -> Result<i32> {
    let format = OutputFormat::parse(format)?;
    let changes = changes::changes(&ctx.paths, container)?;
    match format {
        OutputFormat::Json => {
            let list = |kind: Change| -> Vec<String> { changes.iter().filter(|c| c.0 == kind).map(|c| c.1.clone()).collect() };
            output::json(&serde_json::json!({"changed": list(Change::Changed), "added": list(Change::Added), "deleted": list(Change::Deleted)}));
        }
        OutputFormat::Template(_) => return Err(crate::err!("diff --format takes json")),
        OutputFormat::Table => {
            for (kind, path) in &changes {
                let letter = match kind {
                    Change::Added => "A",
                    Change::Changed => "C",
                    Change::Deleted => "D",
                };
                output::line(&format!("{letter} {path}"));
            }
        }
    }
    Ok(0)
}

