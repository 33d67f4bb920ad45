//! `skiff search`: repositories in registries (each search registry of
//! registries.conf, or the one the term names), or with `--list-tags` the
//! tags of one repository.

use super::{Filters, OutputFormat};
use crate::cli::SearchArgs;
use crate::error::Result;
use crate::image::reference::Reference;
use crate::image::registry::registries_conf::RegistriesConf;
use crate::image::registry::{self, auth, search, Access};
use crate::output;
use serde_json::{json, Value};

/// podman's default number of results per registry.
const DEFAULT_LIMIT: usize = 25;
/// Descriptions are cut to this many characters (and "...") in tables.
const DESCRIPTION_WIDTH: usize = 44;
const FILTERS: [&str; 3] = ["stars", "is-official", "is-automated"];

pub fn run(args: SearchArgs) -> Result<i32> {
    let format = OutputFormat::parse(args.output.format.as_deref())?;
    let filters = Filters::parse(&args.filter, &FILTERS)?;
    for (key, value) in filters.iter() {
        let valid = match key {
            "stars" => value.parse::<u64>().is_ok(),
            _ => value.parse::<bool>().is_ok(),
        };
        if !valid {
            let wanted = if key == "stars" { "a number" } else { "true or false" };
            return Err(crate::err!("invalid filter {key}={value:?}: {key} takes {wanted}"));
        }
    }
    if args.limit == Some(0) {
        return Err(crate::err!("--limit must be greater than 0"));
    }
    let limit = args.limit.unwrap_or(DEFAULT_LIMIT);
    let access = super::access(&args.registry, args.creds.creds.as_deref());
    let conf = RegistriesConf::load()?;
    let rows = if args.list_tags {
        if !filters.is_empty() {
            return Err(crate::err!("filters are not applicable to list tags result"));
        }
        list_tags(&access, &args.term, limit)?
    } else {
        search_registries(&conf, &access, &args.term, limit, &filters)?
    };
    print(&rows, &format, &args)
}

/// The tags of the repository `term` names, as rows with a Tag.
fn list_tags(access: &Access, term: &str, limit: usize) -> Result<Vec<Value>> {
    let reference = Reference::parse(term)?;
    if reference.domain.is_none() || reference.tag.is_some() || reference.digest.is_some() {
        return Err(crate::err!("--list-tags needs a repository with its registry (REGISTRY/NAME, no tag): {term:?}"));
    }
    let reference = reference.normalize_docker();
    let tags = search::repository_tags(&reference, access, limit).map_err(|e| crate::err!("list tags of {term}: {e}"))?;
    let index = reference.domain.clone().unwrap_or_default();
    let name = reference.repository();
    Ok(tags.into_iter().map(|tag| row(&index, &name, &search::Found::default(), &tag)).collect())
}

/// Search each registry the term goes to; one that fails is reported and
/// skipped, unless every one fails.
fn search_registries(conf: &RegistriesConf, access: &Access, term: &str, limit: usize, filters: &Filters) -> Result<Vec<Value>> {
    // Everything before the first '/' names the registry: the rest may be
    // any text, so it is not parsed as a reference.
    let (registries, term) = match term.split_once('/') {
        Some((registry, rest)) => (vec![registry.to_string()], rest),
        None => (conf.search.clone(), term),
    };
    if registries.is_empty() {
        return Err(crate::err!(
            "no registries to search: set unqualified-search-registries in registries.conf, or name one (REGISTRY/TERM)"
        ));
    }
    let mut rows = Vec::new();
    let mut failures = Vec::new();
    for index in &registries {
        match search_one(conf, access, index, term, limit) {
            Ok(found) => rows.extend(found.iter().filter(|f| passes(filters, f)).map(|f| row(index, &full_name(index, &f.name), f, ""))),
            Err(e) => failures.push(crate::err!("search {index}: {e}")),
        }
    }
    if failures.len() == registries.len() {
        let last = failures.pop().expect("one failure per registry");
        for failure in failures {
            output::error(&failure.message);
        }
        return Err(last);
    }
    for failure in failures {
        output::warn(&failure.message);
    }
    Ok(rows)
}

fn search_one(conf: &RegistriesConf, access: &Access, index: &str, term: &str, limit: usize) -> Result<Vec<search::Found>> {
    // The registry's registries.conf entry (insecure, blocked) as for a
    // repository in it.
    let whole = Reference { domain: Some(index.to_string()), path: String::new(), tag: None, digest: None };
    let source = conf.push_destination(&whole)?;
    let tls_verify = access.tls_verify.or(source.insecure.then_some(false));
    let credentials = auth::lookup(access.creds, access.authfile, index, "")?;
    let client = registry::connect_as(index, &Access { tls_verify, ..*access }, credentials, "registry:catalog:*")?;
    search::search(&client, term, limit)
}

/// Docker Hub lists its official images without their `library/`.
fn full_name(index: &str, name: &str) -> String {
    if index == "docker.io" && !name.contains('/') {
        format!("{index}/library/{name}")
    } else {
        format!("{index}/{name}")
    }
}

fn passes(filters: &Filters, found: &search::Found) -> bool {
    filters.matches(|key, value| match key {
        "stars" => value.parse::<u64>().is_ok_and(|least| found.stars >= least),
        "is-official" => value.parse::<bool>().is_ok_and(|v| found.official == v),
        _ => value.parse::<bool>().is_ok_and(|v| found.automated == v),
    })
}

/// A result as templates and JSON see it: podman's field names.
fn row(index: &str, name: &str, found: &search::Found, tag: &str) -> Value {
    let ok = |flag: bool| if flag { "[OK]" } else { "" };
    json!({
        "Index": index,
        "Name": name,
        "Description": found.description,
        "Stars": found.stars,
        "Official": ok(found.official),
        "Automated": ok(found.automated),
        "Tag": tag,
    })
}

fn print(rows: &[Value], format: &OutputFormat, args: &SearchArgs) -> Result<i32> {
    let text = |row: &Value, key: &str| crate::output::template::go_print(&row[key]);
    let description = |row: &Value| {
        let full = text(row, "Description");
        if args.no_trunc || full.chars().count() <= DESCRIPTION_WIDTH {
            full
        } else {
            format!("{}...", full.chars().take(DESCRIPTION_WIDTH).collect::<String>().trim_end())
        }
    };
    match format {
        OutputFormat::Json => output::json(&rows),
        OutputFormat::Template(template) => {
            let shown: Vec<Value> = rows
                .iter()
                .map(|row| {
                    let mut row = row.clone();
                    row["Description"] = json!(description(&row));
                    row
                })
                .collect();
            output::templated(template, &shown)?;
        }
        OutputFormat::Table if args.list_tags => {
            let mut table = output::Table::new(&["NAME", "TAG"]);
            for row in rows {
                table.row(vec![text(row, "Name"), text(row, "Tag")]);
            }
            table.print();
        }
        OutputFormat::Table => {
            let headers: &[&'static str] =
                if args.compatible { &["NAME", "DESCRIPTION", "STARS", "OFFICIAL", "AUTOMATED"] } else { &["NAME", "DESCRIPTION"] };
            let mut table = output::Table::new(headers);
            for row in rows {
                let mut cells = vec![text(row, "Name"), description(row)];
                if args.compatible {
                    cells.extend([text(row, "Stars"), text(row, "Official"), text(row, "Automated")]);
                }
                table.row(cells);
            }
            table.print();
        }
    }
    Ok(0)
}
