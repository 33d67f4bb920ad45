//! docs/compat.md: for every podman 4.3 and everyday docker CLI command and
//! flag (the inventories scripts/inventory-flags writes), whether skiff
//! takes it (works), takes it with a difference (differs) or refuses it
//! (refused, from refused::REFUSED). Anything else is "missing", which the
//! tests forbid: no podman or docker flag may end as clap's "unexpected
//! argument".

use clap::{Command, CommandFactory};

pub const PODMAN_INVENTORY: &str = include_str!("../../docs/podman-4.3-flags.txt");
pub const DOCKER_INVENTORY: &str = include_str!("../../docs/docker-flags.txt");

const PAUSE_WITHOUT_FREEZER: &str = "without a cgroup v2 of the container's own that the user may write (cgroups v1, or none delegated), every process of the container is stopped with SIGSTOP: its processes can notice, as a parent waiting with WUNTRACED sees its child stop; a container in the host's pid namespace (--pid host) cannot be paused. Unlike podman 4.3.1, which refuses them, stop and restart of a paused container work (the signal, then SIGCONT), as docker's";
const UNPAUSE_WITHOUT_FREEZER: &str = "without a cgroup freezer, SIGCONT to every process of the container: one the container's own code had stopped runs again too";

/// How skiff differs where it takes a podman or docker flag, kept by hand:
/// (command path, flag or "" for the command itself, how).
const DIFFERS: &[(&str, &str, &str)] = &[
    ("generate systemd", "", "the units run skiff (Type=forking, PIDFile: the container's monitor or the pod's infra process); a pod's unit runs `pod start` and `pod stop` (its containers too, which their units then find running), not `start` of an infra container"),
    ("generate systemd", "--new", "the units are Type=forking with run's --conmon-pidfile as PIDFile, not podman's Type=notify with --sdnotify=conmon: skiff does not pass systemd's NOTIFY_SOCKET on"),
    ("container logs", "--tail", "-n is podman's --names, so docker's -n for --tail is not taken"),
    ("image trust set", "", "writes the policy pulls read (rootless: ~/.config/containers/policy.json, made from the system one), not always /etc/containers/policy.json; refuses a key file that does not exist and a scope that is not a registry, repository or image (docs/features.md)"),
    ("image trust show", "", "shows the policy pulls read, not always /etc/containers/policy.json; with REGISTRY, only that registry's or repository's scopes (podman 4.3.1 shows all)"),
    ("logs", "--tail", "-n is podman's --names, so docker's -n for --tail is not taken"),
    ("container pause", "", PAUSE_WITHOUT_FREEZER),
    ("container unpause", "", UNPAUSE_WITHOUT_FREEZER),
    ("pod pause", "", "the pod's containers are paused as `pause` pauses them; the infra process runs on (it runs nothing of the user's)"),
    ("pause", "", PAUSE_WITHOUT_FREEZER),
    ("stats", "", "read from /proc, not from cgroups: memory is the sum of the processes' resident sets (no cgroup limit: the host's memory), CPU time that of the live processes and those the first one reaped"),
    ("unpause", "", UNPAUSE_WITHOUT_FREEZER),
];

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Status {
    Works,
    Differs(String),
    Refused(String),
    /// Neither defined nor refused: parsing it would fail as "unexpected argument".
    Missing,
}

#[derive(Debug, Clone)]
pub struct Row {
    /// "podman" or "docker"
    pub program: &'static str,
    /// Command path, "" for the global flags
    pub command: String,
    /// "--long", or None for the command's own row
    pub flag: Option<String>,
    pub short: Option<char>,
    pub takes_value: bool,
    pub status: Status,
}

impl Row {
    /// The words to give skiff for this row, e.g. ["container", "ls", "--all"].
    pub fn words(&self) -> Vec<String> {
        self.command.split_whitespace().map(String::from).chain(self.flag.clone()).collect()
    }
}

/// Every row of both inventories, with skiff's status for it.
pub fn rows() -> Vec<Row> {
    // Built: commands' flags are deferred until then.
    let mut cli = super::Cli::command();
    cli.build();
    let mut rows = Vec::new();
    for (program, inventory) in [("podman", PODMAN_INVENTORY), ("docker", DOCKER_INVENTORY)] {
        for line in inventory.lines() {
            let fields: Vec<&str> = line.split('\t').collect();
            let [command, flag, short, value] = fields[..] else { continue };
            let command = if command == "-" { String::new() } else { command.to_string() };
            let flag = (flag != "-").then(|| flag.to_string());
            let short = short.chars().next().filter(|_| short != "-");
            let takes_value = value == "value";
            let status = status_of(&cli, &command, flag.as_deref(), short, takes_value);
            rows.push(Row { program, command, flag, short, takes_value, status });
        }
    }
    rows
}

fn find_subcommand<'c>(cmd: &'c Command, name: &str) -> Option<&'c Command> {
    cmd.get_subcommands().find(|s| !s.is_hide_set() && (s.get_name() == name || s.get_all_aliases().any(|a| a == name)))
}

fn refusal(command: &str, flag: &str) -> Option<&'static str> {
    super::refused::entry(command, flag).map(|r| r.reason)
}

fn status_of(cli: &Command, command: &str, flag: Option<&str>, short: Option<char>, takes_value: bool) -> Status {
    let words: Vec<&str> = command.split_whitespace().collect();
    // The command and its ancestors, as skiff defines them.
    let mut chain = vec![cli];
    for (depth, word) in words.iter().enumerate() {
        match find_subcommand(chain[chain.len() - 1], word) {
            Some(sub) => chain.push(sub),
            None => {
                let refused_as = words[..=depth].join(" ");
                return match refusal(&refused_as, "") {
                    Some(reason) if refused_as == command && flag.is_none() => Status::Refused(reason.to_string()),
                    Some(reason) => Status::Refused(format!("`{refused_as}` is refused: {reason}")),
                    None => Status::Missing,
                };
            }
        }
    }
    let note = DIFFERS.iter().find(|(c, f, _)| *c == command && *f == flag.unwrap_or("")).map(|(_, _, how)| how.to_string());
    let Some(flag) = flag else {
        return note.map_or(Status::Works, Status::Differs);
    };
    let long = flag.trim_start_matches('-');
    let target = chain[chain.len() - 1];
    let own = super::bool_values::long_flag(target, long);
    let global = || chain.iter().rev().skip(1).flat_map(|c| c.get_arguments()).find(|a| a.is_global_set() && a.get_long() == Some(long));
    let Some(arg) = own.or_else(global) else {
        if long == "version" {
            // clap's own --version, on every command.
            return match short.filter(|c| *c != 'V') {
                Some(c) => Status::Differs(format!("no short form -{c}: skiff's is -V")),
                None => Status::Works,
            };
        }
        return refusal(command, flag).map_or(Status::Missing, |reason| Status::Refused(reason.to_string()));
    };
    let mut differences: Vec<String> = note.into_iter().collect();
    if let Some(c) = short.filter(|c| arg.get_short() != Some(*c) && !arg.get_all_short_aliases().is_some_and(|s| s.contains(c))) {
        differences.push(format!("no short form -{c}"));
    }
    // A value skiff makes optional (`--tls-verify[=BOOL]`) takes podman's bare boolean too.
    let needs_value = arg.get_action().takes_values() && arg.get_num_args().is_none_or(|n| n.min_values() > 0);
    if takes_value && !arg.get_action().takes_values() {
        differences.push("takes no value".into());
    } else if !takes_value && needs_value {
        differences.push("needs a value".into());
    }
    if differences.is_empty() {
        Status::Works
    } else {
        Status::Differs(differences.join("; "))
    }
}

/// docs/compat.md.
pub fn render_markdown() -> String {
    let rows = rows();
    let mut out = String::from(
        "# Compatibility with podman 4.3 and the docker CLI\n\n\
Generated by `skiff __generate-docs .` from the inventories docs/podman-4.3-flags.txt and\n\
docs/docker-flags.txt (written by scripts/inventory-flags from `podman --help` and `docker --help`),\n\
skiff's command-line definitions, the refusal table in src/cli/refused.rs and the notes in\n\
src/cli/compat.rs. Do not edit by hand.\n\n\
- **works**: skiff takes the command or flag.\n\
- **differs**: skiff takes it, with the difference noted.\n\
- **refused**: skiff parses it and refuses it in one line, `skiff: COMMAND FLAG: REASON`, exit 125.\n\n\
Every switch (a flag that takes no value) also takes `=true` or `=false`, as podman's and docker's\n\
do: `--rm=false`, `-t=false`, `-dit=false` (the value goes to the last of the group). A flag given\n\
twice takes its last value (`--name a --name b`), as there; flags that gather values (`-e`, `-v`)\n\
keep all of them.\n",
    );
    for program in ["podman", "docker"] {
        let mine: Vec<&Row> = rows.iter().filter(|r| r.program == program).collect();
        let count = |f: fn(&Status) -> bool| mine.iter().filter(|r| f(&r.status)).count();
        out += &format!(
            "\n## {}\n\n{} rows: {} work, {} differ, {} refused, {} missing.\n\n| Command | Flag | Status | Notes |\n|---|---|---|---|\n",
            if program == "podman" { "podman 4.3.1" } else { "docker CLI (everyday commands)" },
            mine.len(),
            count(|s| *s == Status::Works),
            count(|s| matches!(s, Status::Differs(_))),
            count(|s| matches!(s, Status::Refused(_))),
            count(|s| *s == Status::Missing),
        );
        for row in mine {
            let command = if row.command.is_empty() { format!("{program} (global)") } else { format!("{program} {}", row.command) };
            let flag = match (&row.flag, row.short) {
                (None, _) => String::new(),
                (Some(long), Some(c)) => format!("`-{c}`, `{long}`"),
                (Some(long), None) => format!("`{long}`"),
            };
            let (status, note) = match &row.status {
                Status::Works => ("works", String::new()),
                Status::Differs(how) => ("differs", how.clone()),
                // A refused global flag's short form could clash with a command's own.
                Status::Refused(why) if row.command.is_empty() && row.short.is_some() => {
                    ("refused", format!("{why} (long form only)"))
                }
                Status::Refused(why) => ("refused", why.clone()),
                Status::Missing => ("MISSING", "neither defined nor refused".to_string()),
            };
            out += &format!("| {command} | {flag} | {status} | {} |\n", note.replace('|', "\\|"));
        }
    }
    out
}
