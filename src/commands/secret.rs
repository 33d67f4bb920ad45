//! `skiff secret create|ls|inspect|rm|exists`: manage secrets.

use super::{Context, Filters, OutputFormat};
use crate::cli::{SecretCommand, SecretCreateArgs, SecretInspectArgs, SecretLsArgs, SecretRmArgs};
use crate::error::{Context as _, Error, Result};
use crate::output;
use crate::secret::{SecretRecord, SecretStore, MAX_SIZE};
use serde_json::{json, Value};
use std::io::Read;

pub fn run(ctx: &Context, command: SecretCommand) -> Result<i32> {
    let store = SecretStore::open(&ctx.paths);
    match command {
        SecretCommand::Create(args) => create(&store, args),
        SecretCommand::Ls(args) => ls(&store, args),
        SecretCommand::Inspect(args) => inspect(&store, args),
        SecretCommand::Rm(args) => rm(&store, args),
        SecretCommand::Exists { secret } => Ok(if store.lookup(&secret).is_ok() { 0 } else { 1 }),
    }
}

fn create(store: &SecretStore, args: SecretCreateArgs) -> Result<i32> {
    if args.driver != "file" {
        return Err(crate::err!("unsupported secret driver {:?}: skiff has only the file driver", args.driver));
    }
    if let Some(opt) = args.driver_opts.first() {
        return Err(crate::err!("unsupported driver option {opt:?}: the file driver takes none"));
    }
    let labels = crate::container::create::parse::labels(&args.label)?;
    let data = if args.env {
        std::env::var_os(&args.source)
            .ok_or_else(|| crate::err!("cannot create secret: environment variable {} is not set", args.source))?
            .into_encoded_bytes()
    } else {
        let mut data = Vec::new();
        let limit = MAX_SIZE as u64 + 1;
        if args.source == "-" {
            std::io::stdin().lock().take(limit).read_to_end(&mut data).context(|| "read the secret from standard input".into())?;
        } else {
            std::fs::File::open(&args.source)
                .and_then(|f| f.take(limit).read_to_end(&mut data))
                .context(|| format!("read the secret from {}", args.source))?;
        }
        data
    };
    let secret = store.create(&args.name, labels, &data)?;
    output::line(&secret.id);
    Ok(0)
}

/// A secret as podman's `secret inspect` and `secret ls --format` show it.
fn secret_json(store: &SecretStore, s: &SecretRecord) -> Value {
    json!({
        "ID": s.id,
        "CreatedAt": s.created,
        "UpdatedAt": s.updated,
        "Spec": {
            "Name": s.name,
            "Driver": { "Name": s.driver, "Options": { "path": store.dir() } },
            "Labels": s.labels,
        },
        // Flat fields for `ls --format '{{.Name}}'`, as podman's listing has.
        "Name": s.name,
        "Driver": s.driver,
    })
}

fn ago(rfc3339: &str) -> String {
    crate::time::parse_unix(rfc3339).map(output::human_ago).unwrap_or_default()
}

fn ls(store: &SecretStore, args: SecretLsArgs) -> Result<i32> {
    output::omit_headings(args.heading.noheading);
    let format = OutputFormat::parse(args.output.format.as_deref())?;
    let filters = Filters::parse(&args.filter, &["name", "id"])?;
    let list: Vec<SecretRecord> = store
        .list()?
        .into_iter()
        .rev()
        .filter(|s| {
            filters.matches(|key, value| match key {
                "name" => s.name.contains(value),
                _ => s.id.starts_with(value),
            })
        })
        .collect();
    if args.quiet {
        list.iter().for_each(|s| output::line(&s.id));
        return Ok(0);
    }
    match format {
        OutputFormat::Table => {
            let mut table = output::Table::new(&["ID", "NAME", "DRIVER", "CREATED", "UPDATED"]).with_min_width(10);
            for s in &list {
                table.row(vec![s.id.clone(), s.name.clone(), s.driver.clone(), ago(&s.created), ago(&s.updated)]);
            }
            table.print();
        }
        OutputFormat::Json => output::json(&list.iter().map(|s| secret_json(store, s)).collect::<Vec<_>>()),
        OutputFormat::Template(t) => output::templated(&t, &list.iter().map(|s| secret_json(store, s)).collect::<Vec<_>>())?,
    }
    Ok(0)
}

fn inspect(store: &SecretStore, args: SecretInspectArgs) -> Result<i32> {
    let format = OutputFormat::parse(args.output.format.as_deref())?;
    let mut found = Vec::new();
    let mut missing = None;
    for key in &args.secrets {
        match store.lookup(key) {
            Ok(s) => found.push(s),
            Err(e) => missing = Some(e),
        }
    }
    if args.pretty {
        for s in &found {
            let labels: String = s.labels.iter().map(|(k, v)| format!(" - {k}={v}\n")).collect();
            output::stream_text(
                false,
                &format!(
                    "ID:              {}\nName:              {}\nLabels:\n{labels}Driver:            {}\nCreated at:        {}\nUpdated at:        {}\n",
                    s.id,
                    s.name,
                    s.driver,
                    crate::time::go_string(&s.created),
                    crate::time::go_string(&s.updated)
                ),
            );
        }
    } else {
        let values: Vec<Value> = found.iter().map(|s| secret_json(store, s)).collect();
        match &format {
            OutputFormat::Template(t) => output::templated(t, &values)?,
            _ => output::json(&values),
        }
    }
    match missing {
        Some(e) => Err(Error::new(format!("inspecting secret: {}", e.message))),
        None => Ok(0),
    }
}

fn rm(store: &SecretStore, args: SecretRmArgs) -> Result<i32> {
    let mut names: Vec<String> = match (args.all, args.secrets.is_empty()) {
        (true, true) => store.list()?.into_iter().map(|s| s.id).collect(),
        (true, false) => return Err(crate::err!("when using the --all switch, you may not pass any secret names or IDs")),
        (false, true) => return Err(crate::err!("`secret rm` requires at least 1 argument(s), or --all")),
        (false, false) => args.secrets,
    };
    if args.ignore {
        names.retain(|key| store.lookup(key).is_ok());
    }
    super::for_each_named(&names, &[], |key| store.remove(key).map(|secret| secret.id))
}
