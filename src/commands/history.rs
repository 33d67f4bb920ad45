//! `skiff history`: an image's history entries, newest first, with the
//! size of the layer each one made, as podman shows them.

use super::{Context, OutputFormat};
use crate::cli::HistoryArgs;
use crate::error::Result;
use crate::image::{ImageRecord, ImageStore};
use crate::output;
use serde_json::json;

/// podman cuts CREATED BY to this many characters in tables and templates.
const CREATED_BY_WIDTH: usize = 45;

/// One row: a history entry of the image config.
struct Entry {
    /// Full id of an image whose top layer this entry's layer is, else None.
    id: Option<String>,
    created: Option<String>,
    created_by: String,
    size: u64,
    comment: String,
    tags: Vec<String>,
}

pub fn run(ctx: &Context, args: HistoryArgs) -> Result<i32> {
    let format = OutputFormat::parse(args.output.format.as_deref())?;
    super::check_local_platform(ctx, &args.platform, std::slice::from_ref(&args.image))?;
    let store = ImageStore::open(&ctx.paths)?;
    let images = store.list()?;
    let found = crate::image::store::resolve(&images, &args.image)?.ok_or_else(|| crate::image::store::not_known(&args.image))?;
    let entries = entries(&store, &images, &images[found.index])?;

    let id = |e: &Entry| match &e.id {
        Some(id) if args.no_trunc => id.clone(),
        Some(id) => id[..12].to_string(),
        None => "<missing>".to_string(),
    };
    let created_unix = |e: &Entry| e.created.as_deref().and_then(crate::time::parse_unix);
    let created = |e: &Entry| match created_unix(e) {
        Some(t) if args.human => output::human_ago(t),
        Some(t) => crate::time::format(t),
        None => String::new(),
    };
    let created_by = |e: &Entry| {
        if args.no_trunc || e.created_by.chars().count() <= CREATED_BY_WIDTH {
            e.created_by.clone()
        } else {
            format!("{}...", e.created_by.chars().take(CREATED_BY_WIDTH - 3).collect::<String>())
        }
    };

    if args.quiet {
        for entry in &entries {
            output::line(&id(entry));
        }
        return Ok(0);
    }
    match format {
        OutputFormat::Json => {
            // podman's keys, both "created" (as recorded) and "Created" (seconds).
            let values: Vec<serde_json::Value> = entries
                .iter()
                .map(|e| {
                    let mut value = json!({
                        "id": e.id.clone().unwrap_or_else(|| "<missing>".into()),
                        "created": e.created,
                        "CreatedBy": e.created_by,
                        "size": e.size,
                        "Created": created_unix(e).map(crate::time::format),
                    });
                    if !e.comment.is_empty() {
                        value["comment"] = json!(e.comment);
                    }
                    if !e.tags.is_empty() {
                        value["tags"] = json!(e.tags);
                    }
                    value
                })
                .collect();
            output::json(&values);
        }
        OutputFormat::Template(template) => {
            let values: Vec<serde_json::Value> = entries
                .iter()
                .map(|e| {
                    json!({
                        "ID": id(e),
                        "Created": created(e),
                        "CreatedSince": created_unix(e).map(output::human_ago).unwrap_or_default(),
                        "CreatedAt": created_unix(e).map(|t| crate::time::go_string(&crate::time::format(t))).unwrap_or_default(),
                        "CreatedBy": created_by(e),
                        "Size": output::human_size(e.size),
                        "Comment": e.comment,
                        "Tags": e.tags,
                    })
                })
                .collect();
            output::templated(&template, &values)?;
        }
        OutputFormat::Table => {
            let mut table = output::Table::new(&["ID", "CREATED", "CREATED BY", "SIZE", "COMMENT"]).with_min_width(10);
            for entry in &entries {
                table.row(vec![id(entry), created(entry), created_by(entry), output::human_size(entry.size), entry.comment.clone()]);
            }
            table.print();
        }
    }
    Ok(0)
}

/// The image's history, newest first. Walking down from the top layer,
/// each entry that made a layer gets that layer's size; an entry whose
/// layer is the top layer of another stored image shows that image's id
/// (each id once) and names, as podman's layer tree does; the newest entry
/// always shows the image's own id.
fn entries(store: &ImageStore, images: &[ImageRecord], image: &ImageRecord) -> Result<Vec<Entry>> {
    let history = store.config(image)?.history().clone().unwrap_or_default();
    let mut shown_ids = std::collections::HashSet::new();
    // Index into image.layers of the layer the current entry belongs to.
    let mut layer = image.layers.len().checked_sub(1);
    let mut entries = Vec::with_capacity(history.len());
    for (position, item) in history.iter().enumerate().rev() {
        let mut entry = Entry {
            id: (position + 1 == history.len()).then(|| image.id.clone()),
            created: item.created().clone(),
            created_by: item.created_by().clone().unwrap_or_default(),
            size: 0,
            comment: item.comment().clone().unwrap_or_default(),
            tags: Vec::new(),
        };
        let empty = item.empty_layer().unwrap_or(false);
        if let Some(index) = layer {
            if !empty {
                entry.size = image.layers[index].size;
            }
            let chain = &image.layers[..=index];
            let topped: Vec<&ImageRecord> = images
                .iter()
                .filter(|other| other.layers.len() == chain.len() && other.layers.iter().zip(chain).all(|(a, b)| a.diff_id == b.diff_id))
                .collect();
            // podman names only the other images found this way (its tags
            // stay empty on the image's own entries).
            if let Some(first) = topped.first().filter(|first| first.id != image.id) {
                if shown_ids.insert(first.id.clone()) {
                    entry.id = Some(first.id.clone());
                    entry.tags = first.names.clone();
                }
            }
            if !empty {
                layer = index.checked_sub(1);
            }
        }
        entries.push(entry);
    }
    Ok(entries)
}
