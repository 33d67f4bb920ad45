//! Boolean flags given a value: `--rm=true`, `--tty=false`, `-d=false`.
//!
//! podman and docker parse flags with Go's pflag, where every boolean flag
//! also takes `=VALUE` (strconv.ParseBool's spellings), so scripts write
//! `--rm=false` or `-t=false`. skiff's switches are clap's SetTrue flags,
//! which take no value. Rather than give each of them an optional value
//! (a definition clap would then build at every start), a line that fails
//! to parse is read once more with such values spelled out: `=true` as the
//! bare flag, `=false` left out. A line that parses is never touched, so
//! this costs nothing on the fast path.

use clap::{Arg, ArgAction, Command};
use std::ffi::OsString;

/// A boolean flag's value as pflag reads it (Go's strconv.ParseBool).
pub fn parse_bool(value: &str) -> Option<bool> {
    match value {
        "1" | "t" | "T" | "true" | "TRUE" | "True" => Some(true),
        "0" | "f" | "F" | "false" | "FALSE" | "False" => Some(false),
        _ => None,
    }
}

/// Whether some word of `args` could be a switch given a value: `-x=BOOL`
/// or `--name=BOOL`. The cheap test before building the whole parser.
pub fn may_hold_switch_values(args: &[OsString]) -> bool {
    args.iter().skip(1).filter_map(|a| a.to_str()).any(|word| {
        word.starts_with('-') && word.split_once('=').is_some_and(|(flag, value)| flag.len() > 1 && parse_bool(value).is_some())
    })
}

/// `args` with every switch given a boolean value spelled as clap takes it,
/// or None when no word changed. `root` must be built (`Command::build`),
/// so that every subcommand's flags, the global ones included, are there.
///
/// Words are read as clap reads them: a flag that takes a value skips the
/// next word, a subcommand's name moves down to it, and the first operand
/// of a command whose operands end in a trailing command (`run IMAGE
/// COMMAND...`, `exec`) ends the flags, as `--` does.
pub fn spelled_out(root: &Command, args: &[OsString]) -> Option<Vec<OsString>> {
    let mut command = root;
    let mut out: Vec<OsString> = args.iter().take(1).cloned().collect();
    let mut changed = false;
    let mut words = args.iter().skip(1);
    while let Some(word) = words.next() {
        let Some(text) = word.to_str() else {
            out.push(word.clone());
            continue;
        };
        if text == "--" {
            out.push(word.clone());
            out.extend(words.by_ref().cloned());
            break;
        }
        let (flag, value) = match text.strip_prefix("--") {
            Some(long) => {
                let (name, value) = split_value(long);
                (long_flag(command, name), value)
            }
            None => match text.strip_prefix('-').filter(|s| !s.is_empty()) {
                Some(shorts) => {
                    let (cluster, value) = split_value(shorts);
                    let switch = |c: char| command.get_arguments().find(|a| a.get_short() == Some(c) && matches!(a.get_action(), ArgAction::SetTrue));
                    let mut chars = cluster.chars();
                    match (chars.next(), chars.next(), value) {
                        // `-d=false`: one short flag and its value.
                        (Some(c), None, Some(_)) => (command.get_arguments().find(|a| a.get_short() == Some(c)), value),
                        // `-dit=false`: pflag gives the value to the last.
                        (Some(_), Some(_), Some(value)) if cluster.chars().all(|c| switch(c).is_some()) && parse_bool(value).is_some() => {
                            let last = cluster.len() - cluster.chars().last().map_or(0, char::len_utf8);
                            let kept = if parse_bool(value) == Some(true) { cluster } else { &cluster[..last] };
                            out.push(format!("-{kept}").into());
                            changed = true;
                            continue;
                        }
                        // A cluster (`-dit`, `-p8080:80`): only a value-taking
                        // flag ends it, and takes the next word when last.
                        _ => {
                            out.push(word.clone());
                            let mut rest = shorts.chars();
                            while let Some(c) = rest.next() {
                                let Some(arg) = command.get_arguments().find(|a| a.get_short() == Some(c)) else { break };
                                if takes_value(arg) {
                                    if rest.as_str().is_empty() {
                                        out.extend(words.next().cloned());
                                    }
                                    break;
                                }
                            }
                            continue;
                        }
                    }
                }
                None => {
                    // An operand: a subcommand's name, or the command's own.
                    out.push(word.clone());
                    match command.get_subcommands().find(|s| s.get_name() == text || s.get_all_aliases().any(|a| a == text)) {
                        Some(sub) => command = sub,
                        None if command.get_arguments().any(|a| a.is_positional() && a.is_trailing_var_arg_set()) => {
                            out.extend(words.by_ref().cloned());
                            break;
                        }
                        None => {}
                    }
                    continue;
                }
            },
        };
        match (flag, value) {
            (Some(arg), Some(value)) if matches!(arg.get_action(), ArgAction::SetTrue) => match parse_bool(value) {
                Some(true) => {
                    let bare = match text.starts_with("--") {
                        true => format!("--{}", split_value(&text[2..]).0),
                        false => format!("-{}", split_value(&text[1..]).0),
                    };
                    out.push(bare.into());
                    changed = true;
                }
                Some(false) => changed = true,
                None => out.push(word.clone()),
            },
            (Some(arg), None) if takes_value(arg) => {
                out.push(word.clone());
                out.extend(words.next().cloned());
            }
            _ => out.push(word.clone()),
        }
    }
    changed.then_some(out)
}

/// "name=value" as ("name", Some("value")), "name" as ("name", None).
fn split_value(flag: &str) -> (&str, Option<&str>) {
    match flag.split_once('=') {
        Some((name, value)) => (name, Some(value)),
        None => (flag, None),
    }
}

/// The flag of `command` whose long name or alias is `name`.
pub fn long_flag<'c>(command: &'c Command, name: &str) -> Option<&'c Arg> {
    command.get_arguments().find(|a| a.get_long() == Some(name) || a.get_all_aliases().is_some_and(|aliases| aliases.contains(&name)))
}

/// Whether the flag, given without `=`, takes the next word as its value;
/// None when that depends on the word (an optional value given without
/// `=`: clap takes the next word unless it looks like a flag).
pub fn takes_next_word(arg: &Arg) -> Option<bool> {
    if !arg.get_action().takes_values() {
        return Some(false);
    }
    match arg.get_num_args() {
        Some(n) if n.max_values() == 0 => Some(false),
        Some(n) if n.min_values() == 0 => arg.is_require_equals_set().then_some(false),
        _ => Some(true),
    }
}

/// [`takes_next_word`], reading a value that depends on the word as taken:
/// respelling then leaves that word alone, whatever it is.
fn takes_value(arg: &Arg) -> bool {
    takes_next_word(arg).unwrap_or(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn respelled(line: &[&str]) -> Option<Vec<String>> {
        let mut root = super::super::refused::command();
        root.build();
        let args: Vec<OsString> = line.iter().map(Into::into).collect();
        spelled_out(&root, &args).map(|v| v.into_iter().map(|a| a.into_string().unwrap()).collect())
    }

    #[test]
    fn switches_given_values_are_spelled_as_clap_takes_them() {
        assert_eq!(
            respelled(&["skiff", "run", "--rm=true", "-d=false", "-t=false", "--env-host=True", "-e", "--rm=true", "bb", "sh", "--rm=false"]).unwrap(),
            ["skiff", "run", "--rm", "--env-host", "-e", "--rm=true", "bb", "sh", "--rm=false"]
        );
        assert_eq!(respelled(&["skiff", "container", "rm", "--force=false", "c1", "--ignore=1"]).unwrap(), ["skiff", "container", "rm", "c1", "--ignore"]);
        assert_eq!(respelled(&["skiff", "ps", "-a=false", "-q"]).unwrap(), ["skiff", "ps", "-q"]);
        assert_eq!(respelled(&["skiff", "run", "-dit=false", "bb"]).unwrap(), ["skiff", "run", "-di", "bb"]);
        assert_eq!(respelled(&["skiff", "run", "-dit=1", "bb"]).unwrap(), ["skiff", "run", "-dit", "bb"]);
        // Nothing to change, or a value that is no boolean: left to clap.
        assert_eq!(respelled(&["skiff", "run", "--rm", "bb"]), None);
        assert_eq!(respelled(&["skiff", "run", "--rm=maybe", "bb"]), None);
        assert_eq!(respelled(&["skiff", "run", "-dit", "--name=false", "bb"]), None);
    }

    #[test]
    fn the_cheap_test_finds_only_candidates() {
        let has = |line: &[&str]| may_hold_switch_values(&line.iter().map(Into::into).collect::<Vec<OsString>>());
        assert!(has(&["skiff", "run", "--rm=false", "bb"]));
        assert!(has(&["skiff", "run", "-d=1", "bb"]));
        assert!(!has(&["skiff", "run", "--name=x", "bb"]));
        assert!(!has(&["skiff", "run", "-e", "A=true", "bb"]));
    }
}
