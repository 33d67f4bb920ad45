//! Issue #14, `alias docker=skiff`: every podman 4.3 and docker CLI command
//! and flag listed in docs/compat.md parses; those marked "works" or
//! "differs" are taken by skiff's parser, and those marked "refused" make
//! the real binary print one line naming them and exit 125.

use crate::common;
use clap::error::ErrorKind;
use common::*;
use skiff::cli::compat::{rows, Row, Status};

/// Dummy positionals for the command at `path`: one per required one.
fn positionals(path: &[String]) -> Vec<String> {
    let mut cmd = skiff::cli::refused::command();
    cmd.build();
    let mut cmd = &cmd;
    for word in path {
        match cmd.get_subcommands().find(|s| s.get_name() == word || s.get_all_aliases().any(|a| a == word)) {
            Some(sub) => cmd = sub,
            None => return Vec::new(),
        }
    }
    // A container named by a positional that only -l (--latest) makes
    // optional is required all the same without it.
    let latest = cmd.get_arguments().any(|a| a.get_long() == Some("latest"));
    cmd.get_positionals()
        .filter(|a| a.is_required_set() || (latest && a.get_value_names().is_some_and(|n| n.iter().any(|v| v.as_str().starts_with("CONTAINER")))))
        .map(|_| "x".to_string())
        .collect()
}

/// The words to parse for `row` given as `flag` (its long or short form).
fn command_line(row: &Row, flag: Option<String>) -> Vec<String> {
    let path: Vec<String> = row.command.split_whitespace().map(String::from).collect();
    let mut words = vec!["skiff".to_string()];
    words.extend(path.iter().cloned());
    // A global flag, with a command to go with it.
    let path = if path.is_empty() && flag.is_some() { vec!["ps".to_string()] } else { path };
    if let Some(flag) = flag {
        // A refused flag that is on by default asks for something as "=false".
        let flag = if flag.starts_with("--") { skiff::cli::refused::asking_form(&row.command, &flag) } else { flag };
        words.push(flag);
        if row.takes_value {
            words.push("1".into());
        }
    }
    if row.command.is_empty() {
        words.extend(path.iter().cloned());
    }
    words.extend(positionals(&path));
    words
}

/// A parse that failed for anything but an unknown flag or command (a dummy
/// value of the wrong kind, a conflict with a dummy positional) still took it.
fn took_it(words: &[String]) -> Result<(), String> {
    match skiff::cli::refused::command().try_get_matches_from(words) {
        Err(e) if matches!(e.kind(), ErrorKind::UnknownArgument | ErrorKind::InvalidSubcommand) => {
            Err(format!("`{}`: {}", words.join(" "), e.render().to_string().lines().next().unwrap_or("")))
        }
        _ => Ok(()),
    }
}

#[test]
fn every_working_podman_and_docker_flag_parses() {
    let mut failures = Vec::new();
    let mut checked = 0;
    for row in rows().iter().filter(|r| matches!(r.status, Status::Works | Status::Differs(_))) {
        checked += 1;
        if let Err(e) = took_it(&command_line(row, row.flag.clone())) {
            failures.push(e);
        }
        let short_differs = matches!(&row.status, Status::Differs(how) if how.contains("no short form"));
        if let (Some(c), false) = (row.short, short_differs) {
            if let Err(e) = took_it(&command_line(row, Some(format!("-{c}")))) {
                failures.push(e);
            }
        }
    }
    assert!(checked > 500, "docs/compat.md lists only {checked} working rows");
    assert!(failures.is_empty(), "{} flags marked works are not taken: {}", failures.len(), failures.join("; "));
}

/// Refused flags (and their short forms) parse and are named, in the library.
#[test]
fn every_refused_podman_and_docker_flag_is_refused_by_the_parser() {
    let mut failures = Vec::new();
    for row in rows().iter().filter(|r| matches!(r.status, Status::Refused(_))) {
        // Global refused flags are taken in their long form only (see compat.md).
        let short = row.short.filter(|_| !row.command.is_empty());
        let forms = row.flag.iter().cloned().map(Some).chain(short.map(|c| Some(format!("-{c}"))));
        let forms: Vec<Option<String>> = if row.flag.is_none() { vec![None] } else { forms.collect() };
        for flag in forms {
            let words = command_line(row, flag);
            match skiff::cli::refused::command().try_get_matches_from(&words) {
                Ok(m) if skiff::cli::refused::refusal_in(&m).is_some() => {}
                // A short form skiff uses for another flag of its own is skiff's.
                Ok(_) if words.iter().any(|w| w.len() == 2 && w.starts_with('-')) => {}
                Ok(_) => failures.push(format!("`{}` parsed but was not refused", words.join(" "))),
                Err(e) => failures.push(format!("`{}`: {}", words.join(" "), e.kind())),
            }
        }
    }
    assert!(failures.is_empty(), "{} refused flags are not refused: {}", failures.len(), failures.join("; "));
}

/// The real binary, as the test user, for every refused podman command and
/// flag (a flag of a refused command is refused as its command is: one run
/// for the command).
#[test]
fn refused_podman_commands_and_flags_print_one_line_and_exit_125() {
    if is_podman() {
        return;
    }
    let rows: Vec<Row> = rows()
        .into_iter()
        .filter(|r| r.program == "podman")
        // Not the commands and flags under a refused command: that command's row covers them.
        .filter(|r| matches!(&r.status, Status::Refused(why) if !why.contains("` is refused: ")))
        .collect();
    assert!(rows.len() > 100, "docs/compat.md lists only {} refused podman rows", rows.len());
    let quote = |w: &str| format!("'{}'", w.replace('\'', "'\\''"));
    let mut script = String::from(
        "r() { out=$(skiff \"$@\" 2>/tmp/skiff-compat-err.$$ </dev/null); code=$?; \
         printf '%s\\x1f%s\\x1f%s\\x1e' \"$code\" \"$out\" \"$(cat /tmp/skiff-compat-err.$$)\"; }\n",
    );
    for row in &rows {
        let words = command_line(row, row.flag.clone());
        script += &format!("r {}\n", words[1..].iter().map(|w| quote(w)).collect::<Vec<_>>().join(" "));
    }
    script += "rm -f /tmp/skiff-compat-err.$$\n";
    let store = Store::new();
    let out = store.bash(&script);
    out.ok();
    let results: Vec<&str> = out.stdout.split('\x1e').filter(|r| !r.is_empty()).collect();
    assert_eq!(results.len(), rows.len(), "one result per refused row");
    let mut failures = Vec::new();
    for (row, result) in rows.iter().zip(results) {
        let [code, stdout, stderr] = result.split('\x1f').collect::<Vec<_>>()[..] else {
            panic!("malformed result {result:?}");
        };
        let Status::Refused(reason) = &row.status else { unreachable!() };
        let named = row.flag.clone().unwrap_or_else(|| row.command.split_whitespace().last().unwrap_or("").to_string());
        let one_line = stderr.lines().count() == 1;
        let ok = code == "125"
            && stdout.is_empty()
            && one_line
            && stderr.starts_with("skiff: ")
            && stderr.contains(&named)
            && stderr.ends_with(&format!(": {reason}"));
        if !ok {
            failures.push(format!("`skiff {}` exited {code} with {stderr:?}", row.words().join(" ")));
        }
    }
    assert!(failures.is_empty(), "{} refusals are not one line naming the flag: {}", failures.len(), failures.join("; "));
}

/// Issue 20: skiff parses with only the invoked top-level command defined
/// (the others are placeholders). Global flags work before and after the
/// command word, with values that are other commands' names, refused ones
/// are named wherever they stand, and a line without a known command still
/// gets clap's whole list and suggestions.
#[test]
fn the_command_line_parses_the_same_with_only_the_invoked_command_built() {
    if is_podman() {
        return;
    }
    let store = Store::new();
    store.import_busybox("bb");
    let debug_called = |out: &Output| out.stderr.contains("DEBU") && out.stderr.contains("Called ");
    let out = store.skiff(&["--log-level", "debug", "images", "--format", "{{.Repository}}"]);
    out.ok().stdout_has("localhost/bb");
    out.check(debug_called(&out), "--log-level before the command applies");
    let out = store.skiff(&["images", "--log-level", "debug", "--format", "{{.Repository}}"]);
    out.ok().stdout_has("localhost/bb");
    out.check(debug_called(&out), "--log-level after the command applies");
    // A global flag's value that is a command's name is not the command.
    store.skiff(&["--log-level", "info", "ps", "-a"]).ok();
    store.skiff(&["--remote", "ps"]).code(125).stderr_has("--remote");
    store.skiff(&["ps", "--remote"]).code(125).stderr_has("--remote");
    store.skiff(&["container", "ls", "--remote"]).code(125).stderr_has("--remote");
    store.skiff(&["imagez"]).code(125).stderr_has("images");
    store.skiff(&["--help"]).ok().stdout_has("images").stdout_has("run");
    store.skiff(&["help", "run"]).ok().stdout_has("Usage: skiff run");
}

/// Issue #14: a boolean flag that is on by default asks for something only
/// when turned off (`pod create --share-parent=false`); docker's
/// `--disable-content-trust` is taken either way, a no-op as in podman.
#[test]
fn a_refused_flag_on_by_default_is_refused_only_when_turned_off() {
    if is_podman() {
        return;
    }
    let store = Store::new();
    store.import_busybox("bb");
    for value in ["--disable-content-trust", "--disable-content-trust=true", "--disable-content-trust=1", "--disable-content-trust=false", "--disable-content-trust=0"] {
        store.skiff(&["run", "--rm", value, "bb", "echo", "ran"]).ok().stdout_has("ran");
    }
    store.skiff(&["pod", "create", "--share-parent=false", "--name", "p"]).code(125).stderr_has("pod create --share-parent=false");
    store.skiff(&["pod", "exists", "p"]).code(1);
}
