//! The engine's layering, read from the source: which top-level module may
//! name which. The CLI today and a REST API later both call one engine, so
//! the engine must not reach up into either front end, and the lower layers
//! must not reach into the ones built on them (which is how import circles
//! start). Every `crate::module` path counts, in `use` lines and in code.
//!
//! Layers, bottom first:
//!   sys, error, paths, time, units, events   system calls and small helpers
//!   storage ← image, runtime                 disk layout, images, processes
//!                                            (image and runtime independent)
//!   container, network, volume, pod, build,  what a user manages, and
//!   doctor                                   the host checks
//!   commands, output, cli, api              the front ends

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

const BOTTOM: &[&str] = &["sys", "error", "paths", "time", "units", "events"];
const LOW: &[&str] = &["storage", "image", "runtime"];
const FRONT_END: &[&str] = &["api", "cli", "commands", "output"];

/// One `crate::` reference: where it is and the top-level module it names.
struct Reference {
    file: String,
    line: usize,
    text: String,
    from: String,
    to: String,
}

/// The .rs files under `dir`, sorted so that reports read in a stable order.
fn sources_under(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    source_files(dir, &mut files);
    files.sort();
    files
}

fn source_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            source_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The module path of a file under src/: src/a/b.rs is [a, b], src/a/mod.rs is [a].
fn module_path(relative: &Path) -> Vec<String> {
    let mut parts: Vec<String> = relative.iter().map(|p| p.to_string_lossy().into_owned()).collect();
    let last = parts.pop().unwrap();
    let stem = last.trim_end_matches(".rs");
    if stem != "mod" && stem != "lib" && stem != "main" {
        parts.push(stem.to_string());
    }
    parts
}

/// The code of a line without its comment (a `//` inside a string literal
/// only makes the check see less, never invent a reference).
fn code_of(line: &str) -> &str {
    line.split("//").next().unwrap_or("")
}

fn identifier_at(text: &str) -> String {
    text.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect()
}

/// The top-level modules a line names: `crate::x`, `crate::{x, y::z}`, and
/// `super::` paths that climb out of the file's own top-level module.
fn targets_of(code: &str, module: &[String]) -> Vec<String> {
    let mut targets = Vec::new();
    for (at, _) in code.match_indices("crate::") {
        let rest = &code[at + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            // Top-level names of a grouped use: split at commas outside nested braces.
            let mut depth = 0;
            let mut start = true;
            for (i, c) in group.char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' if depth == 0 => break,
                    '}' => depth -= 1,
                    ',' if depth == 0 => start = true,
                    c if start && !c.is_whitespace() => {
                        targets.push(identifier_at(&group[i..]));
                        start = false;
                    }
                    _ => {}
                }
            }
        } else {
            let name = identifier_at(rest);
            // `crate::err!`: an exported macro lives at the crate root, in no module.
            if !rest[name.len()..].starts_with('!') {
                targets.push(name);
            }
        }
    }
    // `super::` chains, resolved against the file's module path.
    let bytes = code.as_bytes();
    let mut i = 0;
    while let Some(found) = code[i..].find("super::") {
        let begin = i + found;
        let preceded_by_path = begin >= 2 && &code[begin - 2..begin] == "::";
        let preceded_by_ident = begin >= 1 && (bytes[begin - 1].is_ascii_alphanumeric() || bytes[begin - 1] == b'_');
        let mut end = begin;
        let mut climbs = 0;
        while code[end..].starts_with("super::") {
            climbs += 1;
            end += "super::".len();
        }
        i = end;
        if preceded_by_path || preceded_by_ident {
            continue;
        }
        // A file's own items live in its module; super climbs from there.
        if climbs <= module.len().saturating_sub(1) {
            continue; // still inside the same top-level module
        }
        let name = identifier_at(&code[end..]);
        if !name.is_empty() {
            targets.push(name);
        }
    }
    targets.retain(|t| !t.is_empty() && t != "self" && t != "super");
    targets
}

fn references() -> Vec<Reference> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let files = sources_under(&src);
    let mut out = Vec::new();
    for path in files {
        let relative = path.strip_prefix(&src).unwrap();
        let module = module_path(relative);
        let Some(from) = module.first().cloned() else { continue };
        let text = std::fs::read_to_string(&path).unwrap();
        for (n, line) in text.lines().enumerate() {
            for to in targets_of(code_of(line), &module) {
                if to != from {
                    out.push(Reference {
                        file: format!("src/{}", relative.display()),
                        line: n + 1,
                        text: line.trim().to_string(),
                        from: from.clone(),
                        to,
                    });
                }
            }
        }
    }
    out
}

fn report(broken: Vec<String>, rule: &str) {
    let unique: BTreeSet<String> = broken.into_iter().collect();
    assert!(unique.is_empty(), "{rule}:\n{}", unique.into_iter().collect::<Vec<_>>().join("\n"));
}

fn breaking(rule: impl Fn(&Reference) -> bool) -> Vec<String> {
    references()
        .into_iter()
        .filter(|r| rule(r))
        .map(|r| format!("  {}:{} ({} -> {}): {}", r.file, r.line, r.from, r.to, r.text))
        .collect()
}

#[test]
fn the_bottom_layer_names_nothing_above_it() {
    report(
        breaking(|r| BOTTOM.contains(&r.from.as_str()) && !BOTTOM.contains(&r.to.as_str())),
        "sys, error, paths, time and events may use only each other",
    );
}

#[test]
fn runtime_storage_and_image_name_nothing_above_them() {
    report(
        breaking(|r| LOW.contains(&r.from.as_str()) && !LOW.contains(&r.to.as_str()) && !BOTTOM.contains(&r.to.as_str())),
        "runtime, storage and image may use only each other and the bottom layer \
         (the container layer hands them what they need: hooks, traits, values)",
    );
}

/// Within the low layer only image and runtime use storage: image and runtime
/// are independent of each other, and storage uses neither.
#[test]
fn the_low_layer_has_no_circle() {
    report(
        breaking(|r| LOW.contains(&r.from.as_str()) && LOW.contains(&r.to.as_str()) && r.to != "storage"),
        "image and runtime use storage, never each other, and storage uses neither",
    );
}

#[test]
fn the_engine_never_names_a_front_end() {
    report(
        breaking(|r| !FRONT_END.contains(&r.from.as_str()) && FRONT_END.contains(&r.to.as_str())),
        "engine modules never use cli, commands or output: clap types are converted by the \
         command, and printing or prompting goes through a trait the caller implements",
    );
}

/// The API is a front end beside the CLI: it turns JSON into the engine's
/// options itself, never through clap's types or the CLI's commands.
#[test]
fn the_api_never_names_the_cli() {
    report(
        breaking(|r| r.from == "api" && (r.to == "cli" || r.to == "commands")),
        "api never uses cli or commands: it calls the engine as the CLI does",
    );
}

/// `commands/x.rs` calling `super::y::f` (or `crate::commands::y::f`) of
/// another command: shared helpers belong in the engine or commands/mod.rs.
/// Handing a whole subcommand to its own command's entry point
/// (`super::tag::untag(ctx, args)`) is dispatch, not a shared helper.
/// Files of src/commands that are no command but the front end's shared
/// helpers, which every command may use: mod.rs, and targets.rs (how
/// rm, stop, start, kill and wait choose their containers).
const FRONT_END_HELPERS: &[&str] = &["mod", "targets"];

#[test]
fn commands_do_not_call_each_other() {
    let files = sources_under(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src/commands"));
    let commands: BTreeSet<String> =
        files.iter().map(|f| f.file_stem().unwrap().to_string_lossy().into_owned()).filter(|c| !FRONT_END_HELPERS.contains(&c.as_str())).collect();
    let mut broken = Vec::new();
    for path in &files {
        let this = path.file_stem().unwrap().to_string_lossy().into_owned();
        if FRONT_END_HELPERS.contains(&this.as_str()) {
            continue;
        }
        let text = std::fs::read_to_string(path).unwrap();
        for (n, line) in text.lines().enumerate() {
            let code = code_of(line);
            for prefix in ["super::", "crate::commands::"] {
                for (at, _) in code.match_indices(prefix) {
                    let rest = &code[at + prefix.len()..];
                    let other = identifier_at(rest);
                    if other == this || !commands.contains(&other) || !rest[other.len()..].starts_with("::") {
                        continue;
                    }
                    let call = &rest[other.len() + 2..];
                    let function = identifier_at(call);
                    if call[function.len()..].starts_with("(ctx, args)") {
                        continue;
                    }
                    broken.push(format!("  src/commands/{this}.rs:{}: {}", n + 1, line.trim()));
                }
            }
        }
    }
    report(broken, "a command uses another command's function; move it to the engine or commands/mod.rs");
}

/// A container's state changes (created -> running -> exited, restarts)
/// are written in one place, ContainerStore's mark_* methods, which the
/// foreground `run` and the monitor both call.
#[test]
fn container_state_changes_are_written_in_one_place() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let files = sources_under(&src);
    let writes = [".status = ContainerStatus::", ".started_at = ", ".finished_at = ", ".exit_code = ", ".restart_count += "];
    let mut broken = Vec::new();
    for path in files.iter().filter(|p| !p.ends_with("container/state.rs")) {
        let text = std::fs::read_to_string(path).unwrap();
        for (n, line) in text.lines().enumerate() {
            if writes.iter().any(|w| code_of(line).contains(w)) {
                broken.push(format!("  {}:{}: {}", path.strip_prefix(&src).unwrap().display(), n + 1, line.trim()));
            }
        }
    }
    report(broken, "a container's state is changed outside ContainerStore::mark_running/mark_exited/mark_restarting");
}

/// The engine never prints: what it has to say goes back in its results,
/// through the caller's traits (pull progress, attach streams) or as a
/// warning (sys::warnings), so that the API can turn it into JSON. Test
/// code (a `tests.rs`, or what follows `#[cfg(test)]`) may print.
#[test]
fn the_engine_never_prints() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let print_macros = ["println!", "eprintln!", "print!", "eprint!", "dbg!"];
    let mut broken = Vec::new();
    for path in sources_under(&src) {
        let relative = path.strip_prefix(&src).unwrap();
        let module = module_path(relative);
        let front_end = module.first().is_none_or(|top| FRONT_END.contains(&top.as_str()));
        if front_end || path.ends_with("tests.rs") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        for (n, line) in text.lines().enumerate().take_while(|(_, l)| !l.trim_start().starts_with("#[cfg(test)]")) {
            let code = code_of(line);
            // `print!` also matches inside `eprint!` and `println!`: report a line once.
            if print_macros.iter().any(|m| code.match_indices(m).any(|(at, _)| at == 0 || !code.as_bytes()[at - 1].is_ascii_alphanumeric() && code.as_bytes()[at - 1] != b'_')) {
                broken.push(format!("  src/{}:{}: {}", relative.display(), n + 1, line.trim()));
            }
        }
    }
    report(broken, "engine code prints; give it back to the caller (a result, a trait the caller passes, or sys::warnings::warn)");
}
