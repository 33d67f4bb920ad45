//! `skiff images`: list images, one row per name, newest first.

use super::Context;
use crate::cli::{ImageSort, ImagesArgs};
use crate::container::ContainerStore;
use crate::error::Result;
use crate::container::image_filter as filter;
use crate::image::{reference, ImageRecord, ImageStore};
use crate::output;
use serde::Serialize;
use std::collections::HashMap;

mod tree;

pub fn run(ctx: &Context, args: ImagesArgs) -> Result<i32> {
    output::omit_headings(args.heading.noheading);
    if args.tree {
        return tree::run(ctx, &args);
    }
    let format = super::OutputFormat::parse(args.output.format.as_deref())?;
    let json = matches!(format, super::OutputFormat::Json);
    let filters = filter::parse_all(&args.filter, filter::LIST_KEYS)?;
    let store = ImageStore::open(&ctx.paths)?;
    let mut images = Vec::new();
    for image in store.list()? {
        if filter::matches_all(&filters, &store, &image)? {
            images.push(image);
        }
    }
    images.sort_by(|a, b| b.created.cmp(&a.created).then_with(|| a.id.cmp(&b.id)));
    let short_id = |image: &ImageRecord| {
        if args.no_trunc { format!("sha256:{}", image.id) } else { image.id[..12].to_string() }
    };
    if json {
        let containers = containers_per_image(ctx)?;
        let mut summaries = Vec::new();
        for image in &images {
            let labels = store.config(image)?.config().as_ref().and_then(|c| c.labels().clone());
            summaries.push(Summary::new(image, containers.get(&image.id).copied().unwrap_or(0), labels));
        }
        output::json(&summaries);
        return Ok(0);
    }
    if args.quiet && !matches!(format, super::OutputFormat::Template(_)) {
        let mut seen = std::collections::HashSet::new();
        for image in images.iter().filter(|i| seen.insert(i.id.clone())) {
            output::line(&short_id(image));
        }
        return Ok(0);
    }
    let rows = sorted_rows(&images, args.sort);
    let history = |image: &ImageRecord| {
        if image.names_history.is_empty() { "<none>".to_string() } else { image.names_history.join(", ") }
    };
    if let super::OutputFormat::Template(template) = &format {
        let values: Vec<serde_json::Value> = rows
            .iter()
            .map(|row| {
                let image = row.image;
                serde_json::json!({
                    "Repository": row.repository, "Tag": row.tag, "ID": short_id(image), "Id": image.id, "Digest": image.digest,
                    "CreatedSince": output::human_ago(image.created), "CreatedAt": crate::time::format(image.created),
                    "Size": output::human_size(image.size), "History": image.names_history.join(", "),
                })
            })
            .collect();
        output::templated_with_headers(template, &values, &[("ID", "IMAGE ID")])?;
        return Ok(0);
    }
    let mut headers: Vec<&'static str> = vec!["REPOSITORY", "TAG"];
    if args.digests {
        headers.push("DIGEST");
    }
    headers.extend(["IMAGE ID", "CREATED", "SIZE"]);
    if args.history {
        headers.push("HISTORY");
    }
    let mut table = output::Table::new(&headers);
    for row in &rows {
        let image = row.image;
        let mut cells = vec![row.repository.clone(), row.tag.clone()];
        if args.digests {
            cells.push(image.digest.clone());
        }
        cells.extend([short_id(image), output::human_ago(image.created), output::human_size(image.size)]);
        if args.history {
            cells.push(history(image));
        }
        table.row(cells);
    }
    table.print();
    Ok(0)
}

/// One listed row: an image under one of its names.
struct Row<'a> {
    image: &'a ImageRecord,
    repository: String,
    tag: String,
}

/// One row a name (`<none>` for an image without one), in podman's
/// `--sort` order: newest first, largest last, the others ascending; the
/// sort is stable, so equal rows keep the newest-first order.
fn sorted_rows(images: &[ImageRecord], sort: ImageSort) -> Vec<Row<'_>> {
    let mut rows = Vec::new();
    for image in images {
        if image.names.is_empty() {
            rows.push(Row { image, repository: "<none>".into(), tag: "<none>".into() });
        }
        for name in &image.names {
            let (repository, tag) = reference::repository_and_tag(name);
            rows.push(Row { image, repository, tag });
        }
    }
    match sort {
        ImageSort::Created => {}
        ImageSort::Id => rows.sort_by(|a, b| a.image.id.cmp(&b.image.id)),
        ImageSort::Repository => rows.sort_by(|a, b| a.repository.cmp(&b.repository)),
        ImageSort::Size => rows.sort_by_key(|row| row.image.size),
        ImageSort::Tag => rows.sort_by(|a, b| a.tag.cmp(&b.tag)),
    }
    rows
}

fn containers_per_image(ctx: &Context) -> Result<HashMap<String, usize>> {
    let mut counts = HashMap::new();
    for container in ContainerStore::open(&ctx.paths).listings()? {
        *counts.entry(container.image_id).or_insert(0) += 1;
    }
    Ok(counts)
}

/// podman's `images --format json` object, field for field.
#[derive(Serialize)]
#[serde(rename_all = "PascalCase")]
struct Summary {
    id: String,
    parent_id: String,
    /// Always null in podman 4.3: the names are in `Names`.
    repo_tags: Option<Vec<String>>,
    repo_digests: Option<Vec<String>>,
    size: u64,
    shared_size: u64,
    virtual_size: u64,
    labels: Option<HashMap<String, String>>,
    containers: usize,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    names: Vec<String>,
    digest: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    history: Vec<String>,
    created: i64,
    created_at: String,
}

impl Summary {
    fn new(image: &ImageRecord, containers: usize, labels: Option<HashMap<String, String>>) -> Summary {
        let digests = image.repo_digests();
        Summary {
            id: image.id.clone(),
            parent_id: String::new(),
            repo_tags: None,
            repo_digests: (!digests.is_empty()).then_some(digests),
            size: image.size,
            shared_size: 0,
            virtual_size: image.size,
            labels,
            containers,
            names: image.names.clone(),
            digest: image.digest.clone(),
            history: image.names_history.clone(),
            created: image.created,
            created_at: crate::time::format(image.created),
        }
    }
}
