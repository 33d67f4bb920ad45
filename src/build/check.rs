//! `build --check`: BuildKit's Dockerfile build checks (its linter), run on
//! the parsed Containerfile instead of building. Only the rules that need
//! no base image and no network are here; each fires where the dockerfile
//! frontend fires it (dockerfile2llb's convert.go and validations.go,
//! instructions/parse.go), with BuildKit's rule names, texts and links.
//!
//! The rules are configured as BuildKit does: a `# check=skip=A,B;error=true`
//! directive at the top of the file, or the BUILDKIT_DOCKERFILE_CHECK build
//! argument, which replaces the directive.

use super::dockerfile::{self, Dockerfile, Instruction};
use crate::error::Result;
use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};

/// One rule violation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    /// BuildKit's rule name, such as StageNameCasing.
    pub rule: &'static str,
    /// The rule's documentation page.
    pub url: String,
    /// What is wrong, as BuildKit words it.
    pub detail: String,
    /// First and last line of the instruction it is about (1-based).
    pub lines: (usize, usize),
}

/// A Containerfile checked: what the report shows of it.
#[derive(Debug, Clone)]
pub struct Checked {
    /// Its file name, as BuildKit names the source (Dockerfile).
    pub file_name: String,
    pub text: String,
    pub warnings: Vec<Warning>,
}

impl Checked {
    /// Check `text` with the rules its directive or `build_args` choose.
    /// `image_env` gives the names of a base image's variables when it is
    /// at hand (a stored image), so that using them is no UndefinedVar.
    pub fn run(file_name: String, text: String, build_args: &BTreeMap<String, String>, image_env: &dyn Fn(&str) -> Option<Vec<String>>) -> Result<Checked> {
        let config = Config::for_file(&text, build_args)?;
        let warnings = check(&text, &config, image_env)?;
        Ok(Checked { file_name, text, warnings })
    }
}

/// Which rules run and whether a violation fails a build (`error=true`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Config {
    pub skip_all: bool,
    pub skip: BTreeSet<String>,
    pub error: bool,
}

impl Config {
    /// BuildKit's option string: `skip=A,B|all;error=BOOL;experimental=...`.
    pub fn parse(options: &str) -> Result<Config> {
        let mut config = Config::default();
        let options = options.trim();
        if options.is_empty() {
            return Ok(config);
        }
        for part in options.splitn(3, ';') {
            let Some((key, value)) = part.split_once('=') else {
                return Err(crate::err!("failed to parse check options: invalid check option {part:?}"));
            };
            let value = value.trim();
            match key.trim() {
                "skip" if value == "all" => config.skip_all = true,
                "skip" => config.skip.extend(value.split(',').map(|rule| rule.trim().to_string())),
                // Experimental rules need what skiff does not check (comments' wording).
                "experimental" => {}
                "error" => {
                    // Go's strconv.ParseBool, which BuildKit uses.
                    config.error = match value {
                        "1" | "t" | "T" | "TRUE" | "true" | "True" => true,
                        "0" | "f" | "F" | "FALSE" | "false" | "False" => false,
                        _ => return Err(crate::err!("failed to parse check options: failed to parse check option {part:?}: invalid syntax")),
                    }
                }
                other => return Err(crate::err!("failed to parse check options: invalid check option {other:?}")),
            }
        }
        Ok(config)
    }

    /// The file's `# check=` directive, unless the build argument
    /// BUILDKIT_DOCKERFILE_CHECK replaces it.
    pub fn for_file(text: &str, build_args: &BTreeMap<String, String>) -> Result<Config> {
        match build_args.get("BUILDKIT_DOCKERFILE_CHECK") {
            Some(options) => Config::parse(options),
            None => Config::parse(&directive(text, "check").unwrap_or_default()),
        }
    }

    fn runs(&self, rule: &str) -> bool {
        !self.skip_all && !self.skip.contains(rule)
    }
}

/// A parser directive (`# name=value`) among the comment lines that open the file.
fn directive(text: &str, name: &str) -> Option<String> {
    for line in text.lines() {
        let Some(comment) = line.trim().strip_prefix('#') else { break };
        let Some((key, value)) = comment.split_once('=') else { break };
        let key = key.trim();
        if key.is_empty() || !key.chars().all(|c| c.is_ascii_alphanumeric()) {
            break;
        }
        if key.eq_ignore_ascii_case(name) {
            return Some(value.trim().to_string());
        }
    }
    None
}

/// Build arguments BuildKit defines itself: FROM may use them undeclared.
const PREDEFINED_ARGS: &[&str] = &[
    "BUILDPLATFORM", "BUILDOS", "BUILDARCH", "BUILDVARIANT",
    "TARGETPLATFORM", "TARGETOS", "TARGETARCH", "TARGETVARIANT", "TARGETSTAGE",
];

/// Stage names BuildKit keeps for itself.
const RESERVED_STAGE_NAMES: &[&str] = &["context", "scratch"];

/// Run the checks on a Containerfile's text. Warnings come in file order.
pub fn check(text: &str, config: &Config, image_env: &dyn Fn(&str) -> Option<Vec<String>>) -> Result<Vec<Warning>> {
    let file = dockerfile::parse(text)?;
    let mut checker = Checker { config, warnings: Vec::new() };
    checker.instructions(&file);
    checker.casing(&file);
    checker.stage_names(&file);
    checker.from_lines(&file);
    // A stage starts with the variables of the earlier stage or the image it
    // is built on (those of an image not at hand are not known).
    let defaults = global_defaults(&file);
    let mut stage_variables: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for stage in &file.stages {
        let base = expand_recording(stage.from.args.split_whitespace().next().unwrap_or_default(), &|n| defaults.get(n).cloned()).0;
        let mut inherited = match stage_variables.get(&base.to_lowercase()) {
            Some(variables) => variables.clone(),
            None if base == "scratch" => Vec::new(),
            None => image_env(&base).unwrap_or_default(),
        };
        inherited.push("PATH".into());
        let variables = checker.stage(stage, inherited);
        if let Some(name) = &stage.name {
            stage_variables.insert(name.clone(), variables);
        }
    }
    let mut warnings = checker.warnings;
    // BuildKit prints them by line; a stable sort keeps one line's in the order found.
    warnings.sort_by_key(|w| w.lines.0);
    Ok(warnings)
}

/// A build whose checks say `error=true` fails when a rule is violated,
/// naming the rules, as BuildKit's does.
pub fn fail_on_violations(text: &str, build_args: &BTreeMap<String, String>, image_env: &dyn Fn(&str) -> Option<Vec<String>>) -> Result<()> {
    let config = Config::for_file(text, build_args)?;
    if !config.error {
        return Ok(());
    }
    let mut rules: Vec<&str> = Vec::new();
    for warning in check(text, &config, image_env)? {
        if !rules.contains(&warning.rule) {
            rules.push(warning.rule);
        }
    }
    match rules.is_empty() {
        true => Ok(()),
        false => Err(crate::err!("lint violation found for rules: {}", rules.join(", "))),
    }
}

/// The name the checks' report gives a Containerfile read from `path`
/// (buildx: the file's base name).
pub fn source_name(path: &std::path::Path) -> String {
    path.file_name().map_or_else(|| "Dockerfile".into(), |name| name.to_string_lossy().into_owned())
}

/// The variable names of `image` if it is in the store: what the checks
/// know of a base image (they never pull).
pub fn stored_image_env(paths: &crate::paths::Paths, image: &str) -> Option<Vec<String>> {
    let store = crate::image::ImageStore::open(paths).ok()?;
    let config = store.config(&store.lookup(image).ok()?).ok()?;
    let env = config.config().as_ref()?.env().clone().unwrap_or_default();
    Some(env.iter().map(|pair| pair.split('=').next().unwrap_or_default().to_string()).collect())
}

struct Checker<'a> {
    config: &'a Config,
    warnings: Vec<Warning>,
}

impl Checker<'_> {
    fn warn(&mut self, rule: &'static str, at: &Instruction, detail: String) {
        if !self.config.runs(rule) {
            return;
        }
        let url = format!("https://docs.docker.com/go/dockerfile/rule/{}/", kebab(rule));
        self.warnings.push(Warning { rule, url, detail, lines: (at.line, at.end_line) });
    }

    /// Rules about single instructions, as the parser meets them.
    fn instructions(&mut self, file: &Dockerfile) {
        let all = file.global_args.iter().chain(file.stages.iter().flat_map(|s| std::iter::once(&s.from).chain(&s.instructions)));
        for instruction in all {
            if instruction.empty_continuation {
                self.warn("NoEmptyContinuation", instruction, "Empty continuation line".into());
            }
            match instruction.keyword.as_str() {
                "MAINTAINER" => self.warn("MaintainerDeprecated", instruction, "Maintainer instruction is deprecated in favor of using label".into()),
                "FROM" => {
                    let words: Vec<&str> = instruction.args.split_whitespace().collect();
                    if let [_, as_word, name] = words.as_slice() {
                        if name.to_lowercase() != *name {
                            self.warn("StageNameCasing", instruction, format!("Stage name '{name}' should be lowercase"));
                        }
                        let from = &instruction.written;
                        let as_matches = if *from == from.to_lowercase() {
                            *as_word == as_word.to_lowercase()
                        } else if *from == from.to_uppercase() {
                            *as_word == as_word.to_uppercase()
                        } else {
                            // A mixed-case FROM is ConsistentInstructionCasing's.
                            true
                        };
                        if !as_matches {
                            self.warn("FromAsCasing", instruction, format!("'{as_word}' and '{from}' keywords' casing do not match"));
                        }
                    }
                }
                _ => {}
            }
        }
    }

    /// ConsistentInstructionCasing: every keyword in one case, the majority's
    /// (upper case on a tie). Global ARGs are not counted, as in BuildKit.
    fn casing(&mut self, file: &Dockerfile) {
        let staged: Vec<&Instruction> = file.stages.iter().flat_map(|s| std::iter::once(&s.from).chain(&s.instructions)).collect();
        let lower = staged.iter().filter(|i| i.written == i.written.to_lowercase()).count();
        let upper = staged.iter().filter(|i| i.written == i.written.to_uppercase()).count();
        let majority_lower = lower > upper;
        for instruction in staged {
            let written = &instruction.written;
            let casing = match majority_lower {
                true if *written != written.to_lowercase() => "lowercase",
                false if *written != written.to_uppercase() => "uppercase",
                _ => continue,
            };
            self.warn("ConsistentInstructionCasing", instruction, format!("Command '{written}' should match the case of the command majority ({casing})"));
        }
    }

    fn stage_names(&mut self, file: &Dockerfile) {
        let mut seen = BTreeSet::new();
        for stage in &file.stages {
            let Some(name) = &stage.name else { continue };
            if RESERVED_STAGE_NAMES.contains(&name.as_str()) {
                self.warn("ReservedStageName", &stage.from, format!("Stage name should not use the same name as reserved stage \"{name}\""));
            }
            if !seen.insert(name.clone()) {
                self.warn("DuplicateStageName", &stage.from, format!("Duplicate stage name \"{name}\", stage names should be unique"));
            }
        }
    }

    /// What FROM lines do with the global build arguments and --platform.
    fn from_lines(&mut self, file: &Dockerfile) {
        let mut declared: Vec<String> = PREDEFINED_ARGS.iter().map(|s| s.to_string()).collect();
        declared.extend(file.global_args.iter().map(|arg| arg_declaration(arg).0));
        let defaults = global_defaults(file);
        for stage in &file.stages {
            let from = &stage.from;
            let base = from.args.split_whitespace().next().unwrap_or_default();
            let (expanded, used) = expand_recording(base, &|n| defaults.get(n).cloned());
            self.undeclared_in_from(from, &used, &declared);
            if base.contains('$') && crate::image::reference::Reference::parse(&expanded).is_err() {
                self.warn("InvalidDefaultArgInFrom", from, format!("Default value for ARG {base} results in empty or invalid base image name"));
            }
            let Some(platform) = from.flag("platform") else { continue };
            let (value, used) = expand_recording(platform, &|n| defaults.get(n).cloned());
            self.undeclared_in_from(from, &used, &declared);
            if used == ["TARGETPLATFORM"] && platform.trim_start_matches("${").trim_start_matches('$').trim_end_matches('}') == "TARGETPLATFORM" {
                self.warn("RedundantTargetPlatform", from, format!("Setting platform to predefined {platform} in FROM is redundant as this is the default behavior"));
            }
            if used.is_empty() {
                let stage_name = stage.name.as_deref().unwrap_or_default();
                if let Some((os, arch)) = platform_parts(&value) {
                    if !stage_name.contains(os.as_str()) && !stage_name.contains(arch.as_str()) {
                        self.warn("FromPlatformFlagConstDisallowed", from, format!("FROM --platform flag should not use constant value \"{value}\""));
                    }
                }
            }
        }
    }

    fn undeclared_in_from(&mut self, from: &Instruction, used: &[String], declared: &[String]) {
        for name in used.iter().filter(|n| !declared.contains(n)) {
            let detail = match suggest(name, declared) {
                Some(near) => format!("FROM argument '{name}' is not declared (did you mean {near}?)"),
                None => format!("FROM argument '{name}' is not declared"),
            };
            self.warn("UndefinedArgInFrom", from, detail);
        }
    }

    /// The rules BuildKit applies as it dispatches a stage's instructions.
    /// `known`: the variables set when the stage starts (PATH is always
    /// set: BuildKit gives images without one its default). Returns those
    /// set when it ends.
    fn stage(&mut self, stage: &dockerfile::Stage, mut known: Vec<String>) -> Vec<String> {
        let mut shell_set = false;
        let mut workdir_set = false;
        let mut last_of: BTreeMap<&str, &Instruction> = BTreeMap::new();
        for instruction in &stage.instructions {
            let keyword = instruction.keyword.as_str();
            if EXPANDED_KEYWORDS.contains(&keyword) {
                let known_now = known.clone();
                let (_, used) = expand_recording(&instruction.args, &|n| known_now.contains(&n.to_string()).then(String::new));
                for name in used.iter().filter(|n| !known.contains(n)).collect::<BTreeSet<_>>() {
                    let detail = match suggest(name, &known) {
                        Some(near) => format!("Usage of undefined variable '${name}' (did you mean ${near}?)"),
                        None => format!("Usage of undefined variable '${name}'"),
                    };
                    self.warn("UndefinedVar", instruction, detail);
                }
            }
            match keyword {
                "CMD" | "ENTRYPOINT" | "HEALTHCHECK" => {
                    if let Some(previous) = last_of.insert(keyword, instruction) {
                        let detail = format!("Multiple {} instructions should not be used in the same stage because only the last one will be used", instruction.written);
                        self.warn("MultipleInstructionsDisallowed", previous, detail);
                    }
                    if keyword != "HEALTHCHECK" && !instruction.args.trim_start().starts_with('[') && !shell_set {
                        let detail = format!("JSON arguments recommended for {} to prevent unintended behavior related to OS signals", instruction.written);
                        self.warn("JSONArgsRecommended", instruction, detail);
                    }
                }
                "SHELL" => shell_set = true,
                "WORKDIR" => {
                    let path = instruction.args.trim();
                    if !workdir_set && !path.starts_with('/') && !path.starts_with('$') {
                        self.warn("WorkdirRelativePath", instruction, format!("Relative workdir \"{path}\" can have unexpected results if the base image changes"));
                    }
                    workdir_set = true;
                }
                "ENV" | "LABEL" | "ARG" => {
                    let pairs = key_values(instruction);
                    if keyword != "ARG" && pairs.iter().any(|(_, delimited)| !delimited) {
                        let name = &instruction.written;
                        self.warn("LegacyKeyValueFormat", instruction, format!("\"{name} key=value\" should be used instead of legacy \"{name} key value\" format"));
                    }
                    for (key, _) in &pairs {
                        if keyword != "LABEL" {
                            if is_secret_name(key) {
                                self.warn("SecretsUsedInArgOrEnv", instruction, format!("Do not use ARG or ENV instructions for sensitive data ({keyword} \"{key}\")"));
                            }
                            known.push(key.clone());
                        }
                    }
                }
                "EXPOSE" => {
                    for port in instruction.args.split_whitespace() {
                        let (address, container) = match port.rsplit_once(':') {
                            Some((address, container)) => (Some(address), container),
                            None => (None, port),
                        };
                        if let Some((_, protocol)) = container.split_once('/') {
                            if protocol != protocol.to_lowercase() {
                                self.warn("ExposeProtoCasing", instruction, format!("Defined protocol '{port}' in EXPOSE instruction should be lowercase"));
                            }
                        }
                        if address.is_some() {
                            self.warn("ExposeInvalidFormat", instruction, format!("EXPOSE instruction should not define an IP address or host-port mapping, found '{port}'"));
                        }
                    }
                }
                _ => {}
            }
        }
        known
    }
}

/// Instructions whose arguments the builder expands (RUN, CMD and
/// ENTRYPOINT are left to the shell).
const EXPANDED_KEYWORDS: &[&str] = &["ADD", "COPY", "ENV", "EXPOSE", "LABEL", "STOPSIGNAL", "USER", "VOLUME", "WORKDIR", "ARG"];

/// The builder's expansion of `text`, and the variables it looked up, in order.
fn expand_recording(text: &str, lookup: &dyn Fn(&str) -> Option<String>) -> (String, Vec<String>) {
    let used = RefCell::new(Vec::<String>::new());
    let recording = |name: &str| {
        let mut used = used.borrow_mut();
        if !used.iter().any(|n| n == name) {
            used.push(name.to_string());
        }
        lookup(name)
    };
    // As words: nothing is expanded inside single quotes.
    let expanded = dockerfile::expand(text, &recording, true).unwrap_or_default();
    (expanded, used.into_inner())
}

/// The global ARGs' default values, each expanded with those before it.
fn global_defaults(file: &Dockerfile) -> BTreeMap<String, String> {
    let mut defaults = BTreeMap::new();
    for arg in &file.global_args {
        if let (name, Some(value)) = arg_declaration(arg) {
            let value = expand_recording(&value, &|n| defaults.get(n).cloned()).0;
            defaults.insert(name, value);
        }
    }
    defaults
}

/// `ARG NAME[=default]`: the name and its default.
fn arg_declaration(arg: &Instruction) -> (String, Option<String>) {
    let word = arg.args.split_whitespace().next().unwrap_or_default();
    match word.split_once('=') {
        Some((name, value)) => (name.to_string(), Some(value.trim_matches('"').to_string())),
        None => (word.to_string(), None),
    }
}

/// The keys an ENV, LABEL or ARG sets, each with whether it was written
/// `key=value` (the legacy `ENV key value` form sets one key).
fn key_values(instruction: &Instruction) -> Vec<(String, bool)> {
    let words = dockerfile::shell_words(&instruction.args);
    match words.first() {
        Some(first) if instruction.keyword != "ARG" && !first.contains('=') => vec![(first.clone(), false)],
        _ => words.iter().map(|word| (word.split('=').next().unwrap_or_default().trim_matches('"').to_string(), true)).collect(),
    }
}

/// BuildKit's secret-looking names: a word (between underscores) such as
/// KEY, TOKEN or PASSWORD, unless another word says PUBLIC, FILE or VERSION.
fn is_secret_name(key: &str) -> bool {
    const SECRET: &[&str] = &["apikey", "auth", "credential", "credentials", "key", "password", "pword", "passwd", "secret", "token"];
    const ALLOWED: &[&str] = &["public", "file", "version"];
    let lower = key.to_lowercase();
    let words: Vec<&str> = lower.split('_').collect();
    // The word must open or close the name (BuildKit's (?:_|^)word(?:_|$) matches those and any between underscores).
    let has = |list: &[&str]| words.iter().any(|w| list.contains(w));
    has(SECRET) && !has(ALLOWED)
}

/// A --platform value BuildKit could parse: its OS and architecture.
fn platform_parts(value: &str) -> Option<(String, String)> {
    const OSES: &[&str] = &["linux", "windows", "darwin", "freebsd"];
    let parts: Vec<&str> = value.split('/').collect();
    let normalise_arch = |arch: &str| match arch {
        "x86_64" | "x86-64" => "amd64".to_string(),
        "aarch64" => "arm64".to_string(),
        other => other.to_string(),
    };
    match parts.as_slice() {
        [os] if OSES.contains(os) => Some((os.to_string(), crate::sys::go_arch().to_string())),
        [arch] if !arch.is_empty() => Some(("linux".into(), normalise_arch(arch))),
        [os, arch] | [os, arch, _] if !os.is_empty() && !arch.is_empty() => Some((os.to_string(), normalise_arch(arch))),
        _ => None,
    }
}

/// The nearest of `options` to `name` (BuildKit's suggest: edit distance under 3, case-sensitive).
fn suggest<'a>(name: &str, options: &'a [String]) -> Option<&'a str> {
    let mut best: Option<(&str, usize)> = None;
    for option in options {
        if option == name {
            return None;
        }
        let distance = strsim::levenshtein(name, option);
        if distance < best.map_or(3, |(_, d)| d) {
            best = Some((option, distance));
        }
    }
    best.map(|(option, _)| option)
}

/// StageNameCasing -> stage-name-casing, as in the rules' links.
fn kebab(rule: &str) -> String {
    let mut out = String::new();
    let chars: Vec<char> = rule.chars().collect();
    for (i, c) in chars.iter().enumerate() {
        let starts_word = i > 0 && c.is_ascii_uppercase() && (chars[i - 1].is_ascii_lowercase() || chars.get(i + 1).is_some_and(|n| n.is_ascii_lowercase()));
        if starts_word {
            out.push('-');
        }
        out.push(c.to_ascii_lowercase());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules(text: &str) -> Vec<(&'static str, usize)> {
        check(text, &Config::default(), &|_| None).unwrap().iter().map(|w| (w.rule, w.lines.0)).collect()
    }

    #[test]
    fn links_and_names() {
        assert_eq!(kebab("JSONArgsRecommended"), "json-args-recommended");
        assert_eq!(kebab("StageNameCasing"), "stage-name-casing");
        assert_eq!(kebab("SecretsUsedInArgOrEnv"), "secrets-used-in-arg-or-env");
        assert!(is_secret_name("API_KEY") && is_secret_name("password") && !is_secret_name("PUBLIC_KEY") && !is_secret_name("MONKEY"));
        assert_eq!(suggest("BASEE", &["BASE".into(), "OTHER".into()]), Some("BASE"));
    }

    #[test]
    fn finds_the_rules() {
        let text = "ARG BASE=bb\nFROM $BASEE AS Builder\nrun true\nCMD echo a\nCMD [\"b\"]\nWORKDIR app\nENV key value\nEXPOSE 80/TCP 1.2.3.4:80:80\nFROM bb as builder\nMAINTAINER me\nCOPY $NOPE /x\nFROM --platform=linux/amd64 bb AS scratch\n";
        let found = rules(text);
        for expected in [
            ("UndefinedArgInFrom", 2),
            ("StageNameCasing", 2),
            ("ConsistentInstructionCasing", 3),
            ("MultipleInstructionsDisallowed", 4),
            ("JSONArgsRecommended", 4),
            ("WorkdirRelativePath", 6),
            ("LegacyKeyValueFormat", 7),
            ("SecretsUsedInArgOrEnv", 7),
            ("ExposeProtoCasing", 8),
            ("ExposeInvalidFormat", 8),
            ("FromAsCasing", 9),
            ("DuplicateStageName", 9),
            ("MaintainerDeprecated", 10),
            ("UndefinedVar", 11),
            ("ReservedStageName", 12),
            ("FromPlatformFlagConstDisallowed", 12),
        ] {
            assert!(found.contains(&expected), "{expected:?} not in {found:?}");
        }
        assert_eq!(rules("FROM bb\nENV A=1\nCOPY $A /a\nCMD [\"x\"]\n"), vec![]);
    }

    #[test]
    fn directives_and_build_arg_configure() {
        let text = "# check=skip=JSONArgsRecommended;error=true\nFROM bb\nCMD x\n";
        let config = Config::for_file(text, &BTreeMap::new()).unwrap();
        assert!(config.error && !config.runs("JSONArgsRecommended"));
        assert!(check(text, &config, &|_| None).unwrap().is_empty());
        // A stored base image's variables are defined.
        let uses_gopath = "FROM golang\nENV PATH=$GOPATH/bin:$PATH\n";
        assert_eq!(check(uses_gopath, &Config::default(), &|_| None).unwrap().len(), 1);
        assert!(check(uses_gopath, &Config::default(), &|image| (image == "golang").then(|| vec!["GOPATH".into()])).unwrap().is_empty());
        let args = BTreeMap::from([("BUILDKIT_DOCKERFILE_CHECK".to_string(), "skip=all".to_string())]);
        assert!(Config::for_file(text, &args).unwrap().skip_all);
        assert!(Config::parse("bogus").is_err());
    }
}
