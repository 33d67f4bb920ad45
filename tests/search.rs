//! Issue 14: `skiff search` against the loopback registry (its catalog and
//! tag lists), and Docker Hub's /v1/search API where a registry has it.

use crate::common;
use common::registry::*;
use common::*;

/// A registry holding tools/bb:v1, tools/bb:v2 and other/app:1.
fn registry_with_images() -> Registry {
    let registry = Registry::start();
    let store = Store::new();
    store.import_busybox("bb");
    for name in ["tools/bb:v1", "tools/bb:v2", "other/app:1"] {
        store.skiff(&["push", "-q", "--tls-verify=false", "bb", &format!("{}/{name}", registry.host)]).ok();
    }
    registry
}

#[test]
fn search_finds_repositories_in_the_catalog_and_lists_tags() {
    let registry = registry_with_images();
    let host = &registry.host;
    let store = Store::new();
    let table = store.skiff(&["search", "--tls-verify=false", &format!("{host}/bb")]);
    table.ok();
    table.check(table.lines()[0].split_whitespace().collect::<Vec<_>>() == ["NAME", "DESCRIPTION"], "podman's columns");
    table.check(table.lines()[1..] == [format!("{host}/tools/bb")], "only the repository whose name has the term");
    store
        .skiff(&["search", "--tls-verify=false", "--format", "{{.Index}}|{{.Name}}|{{.Stars}}|{{.Official}}|", &format!("{host}/")])
        .ok()
        .stdout_is(&format!("{host}|{host}/other/app|0||\n{host}|{host}/tools/bb|0||"));
    store
        .skiff(&["search", "--tls-verify=false", "--limit", "1", "--format", "{{.Name}}", &format!("{host}/")])
        .ok()
        .stdout_is(&format!("{host}/other/app"));
    // A registry without stars or official images: those filters leave nothing.
    store
        .skiff(&["search", "--tls-verify=false", "--filter", "is-official=true", "--format", "{{.Name}}", &format!("{host}/")])
        .ok()
        .stdout_is("");

    let tags = store.skiff(&["search", "--tls-verify=false", "--list-tags", &format!("{host}/tools/bb")]);
    tags.ok();
    tags.check(tags.lines()[0].split_whitespace().collect::<Vec<_>>() == ["NAME", "TAG"], "podman's columns for tags");
    let rows: Vec<Vec<String>> = tags.lines()[1..].iter().map(|l| l.split_whitespace().map(String::from).collect()).collect();
    tags.check(
        rows == [vec![format!("{host}/tools/bb"), "v1".to_string()], vec![format!("{host}/tools/bb"), "v2".to_string()]],
        "one row per tag",
    );
    let json = store.skiff(&["search", "--tls-verify=false", "--list-tags", "--limit", "1", "--format", "json", &format!("{host}/tools/bb")]);
    let value: serde_json::Value = serde_json::from_str(&json.ok().stdout).unwrap_or_else(|e| json.fail(&format!("not JSON: {e}")));
    assert_eq!(value.as_array().map(Vec::len), Some(1), "--limit caps the tags");
    assert_eq!(value[0]["Tag"], "v1");
    assert_eq!(value[0]["Index"], host.as_str());
}

#[test]
fn a_short_term_searches_the_unqualified_search_registries() {
    let registry = registry_with_images();
    let host = &registry.host;
    let store = Store::new();
    let conf = store.write_file(
        "registries-test.conf",
        &format!("unqualified-search-registries = [\"{host}\"]\n[[registry]]\nlocation = \"{host}\"\ninsecure = true\n"),
    );
    let store = store.with_env("CONTAINERS_REGISTRIES_CONF", &conf.display().to_string());
    store.skiff(&["search", "--format", "{{.Name}}", "app"]).ok().stdout_is(&format!("{host}/other/app"));

    let empty = Store::new();
    let none = empty.write_file("none.conf", "unqualified-search-registries = []\n");
    let empty = empty.with_env("CONTAINERS_REGISTRIES_CONF", &none.display().to_string());
    empty.skiff(&["search", "app"]).code(125).stderr_has("no registries to search");
}

#[test]
fn bad_search_flags_are_one_line_errors() {
    let store = Store::new();
    for (args, message) in [
        (vec!["search", "--filter", "stars=many", "x/y"], "stars takes a number"),
        (vec!["search", "--filter", "color=red", "x/y"], "invalid filter"),
        (vec!["search", "--list-tags", "--filter", "stars=1", "127.0.0.1:1/x"], "filters are not applicable to list tags result"),
        (vec!["search", "--list-tags", "shortname"], "--list-tags needs a repository with its registry"),
        (vec!["search", "--limit", "0", "x/y"], "--limit must be greater than 0"),
    ] {
        let out = store.skiff(&args);
        out.code(125).stderr_has(message);
        out.check(out.stderr.trim().lines().count() == 1, "one line");
    }
}

#[test]
fn docker_hub_style_v1_search_gives_stars_official_and_automated() {
    let results = serde_json::json!({ "results": [
        { "name": "library/alpine", "description": "A minimal Docker image based on Alpine Linux with a complete package index", "star_count": 7956, "is_official": true, "is_automated": false },
        { "name": "alpine/git", "description": "git", "star_count": 192, "is_official": false, "is_automated": true },
    ]});
    let body = serde_json::to_vec(&results).unwrap();
    let host = serve_http(move |path| {
        if path == "/v2/" {
            ("200 OK", "application/json", b"{}".to_vec())
        } else if path.starts_with("/v1/search?q=alpine") {
            ("200 OK", "application/json", body.clone())
        } else {
            ("404 Not Found", "application/json", b"{}".to_vec())
        }
    });
    let store = Store::new();
    let table = store.skiff(&["search", "--tls-verify=false", "--compatible", &format!("{host}/alpine")]);
    table.ok();
    table.check(
        table.lines()[0].split_whitespace().collect::<Vec<_>>() == ["NAME", "DESCRIPTION", "STARS", "OFFICIAL", "AUTOMATED"],
        "--compatible adds docker's columns",
    );
    table.check(table.lines()[1].contains("A minimal Docker image based on Alpine Linux..."), "descriptions are cut at 44 characters");
    store
        .skiff(&["search", "--tls-verify=false", "--no-trunc", "--filter", "stars=200", "--format", "{{.Name}}|{{.Stars}}|{{.Official}}|{{.Automated}}|{{.Description}}", &format!("{host}/alpine")])
        .ok()
        .stdout_is(&format!("{host}/library/alpine|7956|[OK]||A minimal Docker image based on Alpine Linux with a complete package index"));
    store
        .skiff(&["search", "--tls-verify=false", "--filter", "is-automated=true", "--format", "{{.Name}}", &format!("{host}/alpine")])
        .ok()
        .stdout_is(&format!("{host}/alpine/git"));
}
