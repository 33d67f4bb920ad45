//! `skiff images`: list images, one row per name, newest first.

use super::Context;
use crate::cli::ImagesArgs;
use crate::container::ContainerStore;
use crate::error::Result;
use crate::image::{reference, ImageRecord, ImageStore};
use crate::output;
use serde::Serialize;
use std::collections::HashMap;

pub fn run(ctx: &Context, args: ImagesArgs) -> Result<i32> {
    output::omit_headings(args.heading.noheading);
    let format = super::OutputFormat::parse(args.output.format.as_deref())?;
    let json = matches!(format, super::OutputFormat::Json);
    let filters = args.filter.iter().map(|f| Filter::parse(f)).collect::<Result<Vec<_>>>()?;
    let store = ImageStore::open(&ctx.paths)?;
    let mut images = Vec::new();
    for image in store.list()? {
        if filters.iter().try_fold(true, |all, f| Ok::<_, crate::error::Error>(all && f.matches(&store, &image)?))? {
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
    } else if let super::OutputFormat::Template(template) = &format {
        // One row a name, with the fields podman's templates know.
        let mut rows = Vec::new();
        for image in &images {
            let names: Vec<(String, String)> = if image.names.is_empty() {
                vec![("<none>".into(), "<none>".into())]
            } else {
                image.names.iter().map(|n| reference::repository_and_tag(n)).collect()
            };
            for (repository, tag) in names {
                rows.push(serde_json::json!({
                    "Repository": repository, "Tag": tag, "ID": short_id(image), "Id": image.id, "Digest": image.digest,
                    "CreatedSince": output::human_ago(image.created), "CreatedAt": crate::time::format(image.created),
                    "Size": output::human_size(image.size),
                }));
            }
        }
        output::templated_with_headers(template, &rows, &[("ID", "IMAGE ID")])?;
    } else if args.quiet {
        let mut seen = std::collections::HashSet::new();
        for image in images.iter().filter(|i| seen.insert(i.id.clone())) {
            output::line(&short_id(image));
        }
    } else {
        let headers: &[&'static str] = if args.digests {
            &["REPOSITORY", "TAG", "DIGEST", "IMAGE ID", "CREATED", "SIZE"]
        } else {
            &["REPOSITORY", "TAG", "IMAGE ID", "CREATED", "SIZE"]
        };
        let mut table = output::Table::new(headers);
        for image in &images {
            let mut row = |repository: String, tag: String| {
                let mut cells = vec![repository, tag];
                if args.digests {
                    cells.push(image.digest.clone());
                }
                cells.extend([short_id(image), output::human_ago(image.created), output::human_size(image.size)]);
                table.row(cells)
            };
            if image.names.is_empty() {
                row("<none>".into(), "<none>".into());
            }
            for name in &image.names {
                let (repository, tag) = reference::repository_and_tag(name);
                row(repository, tag);
            }
        }
        table.print();
    }
    Ok(0)
}

/// One `--filter KEY=VALUE`; an image must match all of them.
enum Filter {
    Dangling(bool),
    /// A glob (`*` within a path component) on the image's names.
    Reference(String),
    Label(String, Option<String>),
}

impl Filter {
    fn parse(text: &str) -> Result<Filter> {
        let invalid = || crate::err!("invalid image filter {text:?}: use dangling=true|false, reference=PATTERN or label=KEY[=VALUE]");
        let (key, value) = text.split_once('=').ok_or_else(invalid)?;
        match key {
            "dangling" => value.parse().map(Filter::Dangling).map_err(|_| invalid()),
            "reference" if !value.is_empty() => Ok(Filter::Reference(value.to_string())),
            "label" if !value.is_empty() => {
                let (key, wanted) = value.split_once('=').map_or((value, None), |(k, v)| (k, Some(v.to_string())));
                Ok(Filter::Label(key.to_string(), wanted))
            }
            _ => Err(invalid()),
        }
    }

    fn matches(&self, store: &ImageStore, image: &ImageRecord) -> Result<bool> {
        Ok(match self {
            Filter::Dangling(dangling) => image.names.is_empty() == *dangling,
            Filter::Reference(pattern) => image.names.iter().any(|name| {
                name_forms(name).iter().any(|form| crate::runtime::security::glob_match(pattern, form))
            }),
            Filter::Label(key, wanted) => {
                let labels = store.config(image)?.config().as_ref().and_then(|c| c.labels().clone()).unwrap_or_default();
                labels.get(key).is_some_and(|value| wanted.as_ref().is_none_or(|w| w == value))
            }
        })
    }
}

/// The ways a user may write a stored name: in full, without the registry,
/// without the tag.
fn name_forms(name: &str) -> Vec<String> {
    let (repository, tag) = reference::repository_and_tag(name);
    let path = repository.split_once('/').map_or(repository.as_str(), |(_, path)| path).to_string();
    let last = repository.rsplit('/').next().unwrap_or_default().to_string();
    let mut forms = vec![name.to_string(), repository.clone()];
    for short in [path, last] {
        forms.push(format!("{short}:{tag}"));
        forms.push(short);
    }
    forms
}

fn containers_per_image(ctx: &Context) -> Result<HashMap<String, usize>> {
    let mut counts = HashMap::new();
    for container in ContainerStore::open(&ctx.paths).list()? {
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
