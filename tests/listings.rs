//! The listings' shared flags, as podman's users script them.

use crate::common;
use common::*;

#[test]
fn noheading_leaves_out_the_header_line_of_every_listing() {
    let store = Store::new();
    store.import_busybox("bb");
    store.skiff(&["create", "--name", "c1", "bb", "true"]).ok();
    store.skiff(&["volume", "create", "v1"]).ok();
    store.skiff(&["network", "create", "n1"]).ok();
    store.skiff(&["pod", "create", "--name", "p1"]).ok();

    // Each listing: with its header by default, the same rows without it.
    for args in [
        &["ps", "-a"][..],
        &["images"],
        &["volume", "ls"],
        &["network", "ls"],
        &["pod", "ps"],
        &["ps", "-a", "--format", "table {{.Names}}"],
    ] {
        let with = store.skiff(args);
        // Rows compared by their first column: a CREATED column may tick.
        let first_column = |lines: Vec<String>| lines.iter().map(|l| l.split_whitespace().next().unwrap_or("").to_string()).collect::<Vec<_>>();
        let rows = first_column(with.ok().lines());
        let mut quiet = args.to_vec();
        quiet.push("--noheading");
        let without = store.skiff(&quiet);
        without.ok().check(first_column(without.lines()) == rows[1..], &format!("`{}` without the header line is the same rows", args.join(" ")));
        without.check(!rows.is_empty() && rows.len() >= 2, "the listing had a header and a row");
    }
    let short = store.skiff(&["images", "-n"]);
    short.ok().check(short.lines().iter().all(|l| !l.starts_with("REPOSITORY")), "images -n has no header");
}
