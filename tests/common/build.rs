//! Building from a context directory `ctx/` in the store's home: what the
//! build test files share.

use super::{is_image_id, Output, Store};

pub fn ctx(store: &Store) -> String {
    store.home.join("ctx").display().to_string()
}

/// `skiff build EXTRA... ctx/`.
pub fn build(store: &Store, extra: &[&str]) -> Output {
    let mut args = vec!["build".to_string()];
    args.extend(extra.iter().map(|s| s.to_string()));
    args.push(ctx(store));
    store.skiff(&args)
}

/// The image id a successful build printed last.
#[track_caller]
pub fn built_id(out: &Output) -> String {
    out.ok();
    let id = out.lines().last().cloned().unwrap_or_default().trim_start_matches("sha256:").to_string();
    out.check(is_image_id(&id), "build must print the full image id last");
    id
}

/// `store` with busybox imported as `bb` and a build context `ctx/` holding
/// `files` (relative path, content).
pub fn with_context(store: Store, files: &[(&str, &str)]) -> Store {
    store.import_busybox("bb");
    for (path, content) in files {
        store.write_file(&format!("ctx/{path}"), content);
    }
    store
}
