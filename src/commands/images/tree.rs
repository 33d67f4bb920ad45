//! `skiff images --tree`: docker's experimental tree view (docker 28), each
//! image with its platforms below it. skiff keeps one platform of an image,
//! so each image has one branch: its manifest, for the platform its config
//! names. The layout is docker's, column for column, so that what people
//! read there they read here.

use super::Context;
use crate::cli::ImagesArgs;
use crate::error::Result;
use crate::image::ImageStore;
use crate::output;

const COLUMN_SPACING: usize = 3;
const WARNING: &str = "WARNING: This is an experimental feature. The output may change and shouldn't be depended on.";
/// docker's legend of the EXTRA column's one chip, as printed without a terminal.
const LEGEND: &str = " Info ->  U In Use ";
const BRANCH: &str = "├─ ";
const LAST_BRANCH: &str = "└─ ";

#[derive(Clone, Copy)]
enum Align {
    Left,
    Right,
}

/// One row's values after the first column.
struct Details {
    id: String,
    disk_usage: String,
    content_size: String,
    in_use: bool,
}

struct Platform {
    name: String,
    details: Details,
}

struct TopImage {
    names: Vec<String>,
    details: Details,
    children: Vec<Platform>,
}

pub fn run(ctx: &Context, args: &ImagesArgs) -> Result<i32> {
    // docker refuses these with --tree, each in one line.
    for (given, flag) in [(args.quiet, "--quiet"), (args.no_trunc, "--no-trunc"), (args.digests, "--digests"), (args.output.format.is_some(), "--format")] {
        if given {
            return Err(crate::err!("{flag} is not yet supported with --tree"));
        }
    }
    let filters = crate::container::image_filter::parse_all(&args.filter, crate::container::image_filter::LIST_KEYS)?;
    let store = ImageStore::open(&ctx.paths)?;
    let containers = super::containers_per_image(ctx)?;
    let mut images = Vec::new();
    for image in store.list()? {
        // As docker: untagged (dangling) images only with --all.
        if (args.all || !image.names.is_empty()) && crate::container::image_filter::matches_all(&filters, &store, &image)? {
            images.push(image);
        }
    }
    images.sort_by(|a, b| b.created.cmp(&a.created).then_with(|| a.id.cmp(&b.id)));
    let mut view = Vec::new();
    for image in &images {
        let in_use = containers.get(&image.id).copied().unwrap_or(0) > 0;
        let manifest = store.manifest_summary(image);
        view.push(TopImage {
            names: image.names.clone(),
            details: Details { id: image.id.clone(), disk_usage: go_size(image.size), content_size: go_size(manifest.content_size), in_use },
            children: vec![Platform {
                // "os/architecture[/variant]", as docker's tree names it.
                name: manifest.platform.to_string(),
                details: Details {
                    id: manifest.digest.trim_start_matches("sha256:").to_string(),
                    disk_usage: go_size(manifest.disk_usage),
                    content_size: go_size(manifest.content_size),
                    in_use,
                },
            }],
        });
    }
    for line in render(&view, terminal_width()) {
        output::line(&line);
    }
    Ok(0)
}

/// The columns' width on a terminal, 80 otherwise (as docker).
fn terminal_width() -> usize {
    match rustix::termios::tcgetwinsize(std::io::stdout()) {
        Ok(size) if size.ws_col > 0 => usize::from(size.ws_col).max(20),
        _ => 80,
    }
}

/// The lines docker prints for `view` at `width` columns, without colours.
fn render(view: &[TopImage], width: usize) -> Vec<String> {
    let any_in_use = view.iter().any(|image| image.children.iter().any(|c| c.details.in_use));
    // (title, width, alignment, value); the EXTRA column holds the "U" chip
    // only if some platform is in use, as docker.
    type Value = fn(&Details, bool) -> String;
    let mut columns: Vec<(&str, usize, Align, Option<Value>)> = vec![
        ("Image", 0, Align::Left, None),
        ("ID", 12, Align::Left, Some(|d, _| d.id.chars().take(12).collect())),
        ("Disk usage", 10, Align::Right, Some(|d, _| d.disk_usage.clone())),
        ("Content size", 12, Align::Right, Some(|d, _| d.content_size.clone())),
        ("Extra", 5, Align::Left, Some(|d, chip| if !chip { String::new() } else if d.in_use { "U".into() } else { " ".into() })),
    ];
    let mut name_width = width;
    for index in 1..columns.len() {
        let needed = columns[index].1 + COLUMN_SPACING;
        // A first column narrower than 12 drops the columns that do not fit.
        if name_width.saturating_sub(needed) < 12 || name_width < needed {
            columns.truncate(index);
            break;
        }
        name_width -= needed;
    }
    // As narrow as the widest name or branch; docker counts the branch's
    // bytes, not its characters, so the column comes out as wide as there.
    let widest = view
        .iter()
        .flat_map(|image| image.names.iter().map(String::len).chain(image.children.iter().map(|c| c.name.len() + LAST_BRANCH.len())))
        .fold("Image".len(), usize::max);
    columns[0].1 = name_width.min(widest);
    let cell = |text: &str, width: usize, align: Align| {
        let length = text.chars().count();
        if length > width {
            return text.chars().take(width.saturating_sub(1)).collect::<String>() + "…";
        }
        let fill = " ".repeat(width - length);
        match align {
            Align::Left => format!("{text}{fill}"),
            Align::Right => format!("{fill}{text}"),
        }
    };
    let details = |d: &Details| -> String {
        columns.iter().filter_map(|(_, width, align, value)| value.map(|v| format!("{}{}", " ".repeat(COLUMN_SPACING), cell(&v(d, any_in_use), *width, *align)))).collect()
    };
    let mut lines = vec![WARNING.to_string(), format!("{}{LEGEND}", " ".repeat(width.saturating_sub(LEGEND.chars().count()))), String::new()];
    lines.push(columns.iter().map(|(title, width, align, _)| cell(&title.to_uppercase(), *width, *align)).collect::<Vec<_>>().join(&" ".repeat(COLUMN_SPACING)));
    let spacing = view.iter().any(|image| !image.children.is_empty());
    for image in view {
        // Longest name first; every name but the last on a line of its own.
        let mut names = image.names.clone();
        names.sort_by_key(|name| std::cmp::Reverse(name.len()));
        let last = names.pop().unwrap_or_else(|| "<untagged>".into());
        lines.extend(names);
        lines.push(format!("{}{}", cell(&last, columns[0].1, Align::Left), details(&image.details)));
        for (index, child) in image.children.iter().enumerate() {
            let branch = if index + 1 == image.children.len() { LAST_BRANCH } else { BRANCH };
            lines.push(format!("{}{}", cell(&format!("{branch}{}", child.name), columns[0].1, Align::Left), details(&child.details)));
        }
        if spacing || !image.children.is_empty() {
            lines.push(String::new());
        }
    }
    lines
}

/// A size as docker's go-units prints it: three significant digits with
/// Go's %g, decimal units, no space ("2.13MB", "121MB", "1e+03kB").
fn go_size(bytes: u64) -> String {
    const UNITS: [&str; 9] = ["B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"];
    let mut size = bytes as f64;
    let mut unit = 0;
    while size >= 1000.0 && unit < UNITS.len() - 1 {
        size /= 1000.0;
        unit += 1;
    }
    format!("{}{}", go_g3(size), UNITS[unit])
}

/// Go's `%.3g`: scientific notation when the rounded exponent is 3 or
/// more (or below -4), trailing zeros dropped either way.
fn go_g3(value: f64) -> String {
    if value == 0.0 {
        return "0".into();
    }
    let scientific = format!("{value:.2e}");
    let (mantissa, exponent) = scientific.split_once('e').unwrap_or((&scientific, "0"));
    let exponent: i32 = exponent.parse().unwrap_or(0);
    let trim = |s: &str| if s.contains('.') { s.trim_end_matches('0').trim_end_matches('.').to_string() } else { s.to_string() };
    if !(-4..3).contains(&exponent) {
        let sign = if exponent < 0 { '-' } else { '+' };
        return format!("{}e{sign}{:02}", trim(mantissa), exponent.abs());
    }
    let decimals = (2 - exponent).max(0) as usize;
    trim(&format!("{value:.decimals$}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_read_as_docker_prints_them() {
        assert_eq!(go_size(0), "0B");
        assert_eq!(go_size(512), "512B");
        assert_eq!(go_size(2_134_016), "2.13MB");
        assert_eq!(go_size(30_500_000), "30.5MB");
        assert_eq!(go_size(121_000_000), "121MB");
        assert_eq!(go_size(999_999), "1e+03kB");
        assert_eq!(go_size(1_000), "1kB");
    }

    #[test]
    fn the_view_is_laid_out_as_dockers() {
        let details = |id: &str, in_use| Details { id: id.repeat(12), disk_usage: "25.5MB".into(), content_size: "20.2MB".into(), in_use };
        let view = vec![TopImage {
            names: vec!["multiplatform:latest".into()],
            details: details("a", true),
            children: vec![Platform { name: "linux/amd64".into(), details: details("b", true) }],
        }];
        let lines = render(&view, 80);
        assert_eq!(lines[1].len(), 80);
        assert_eq!(lines[3], "IMAGE                  ID             DISK USAGE   CONTENT SIZE   EXTRA");
        assert_eq!(lines[4], "multiplatform:latest   aaaaaaaaaaaa       25.5MB         20.2MB   U    ");
        assert_eq!(lines[5], "└─ linux/amd64         bbbbbbbbbbbb       25.5MB         20.2MB   U    ");
        assert_eq!(lines[6], "");
    }
}
