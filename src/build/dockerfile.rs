//! Parsing a Containerfile/Dockerfile into stages of instructions, and the
//! builder's variable expansion (`$VAR`, `${VAR}`, `${VAR:-default}`,
//! `${VAR:+alternative}`).
//!
//! RUN, COPY and ADD take here-documents as the dockerfile frontend
//! (syntax 1.4+) defines them: each `<<NAME` (`<<-NAME` strips leading
//! tabs, a quoted `<<"NAME"` turns the builder's expansion off) on the
//! instruction's line takes the lines after it up to a line `NAME`.

use crate::error::Result;

/// One instruction, its continuation lines joined.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Instruction {
    /// Upper case: RUN, COPY, ...
    pub keyword: String,
    /// The keyword as written (`from`, `Run`), for `build --check`'s casing rules.
    pub written: String,
    /// Leading `--name=value` flags (COPY --from, --chown, --chmod; FROM --platform).
    pub flags: Vec<(String, String)>,
    /// Everything after the keyword and the flags.
    pub args: String,
    /// Line where the instruction starts, for errors.
    pub line: usize,
    /// Its last line: continuations and here-documents included.
    pub end_line: usize,
    /// A blank line stood between its continuation lines (a future error in BuildKit).
    pub empty_continuation: bool,
    /// Here-documents, in the order their markers stand in `args`.
    pub heredocs: Vec<Heredoc>,
}

/// One `<<NAME` here-document of an instruction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Heredoc {
    /// The delimiter, unquoted.
    pub name: String,
    /// The marker as written in the instruction (`<<-"EOF"`).
    pub marker: String,
    /// The lines as written, each ending in a newline.
    pub content: String,
    /// `<<-`: leading tabs are stripped from every line.
    pub strip_tabs: bool,
    /// Unquoted delimiter: the builder expands variables in the content (COPY).
    pub expand: bool,
}

impl Heredoc {
    /// The content with `<<-`'s leading tabs stripped.
    pub fn body(&self) -> String {
        if !self.strip_tabs {
            return self.content.clone();
        }
        self.content.lines().map(|line| format!("{}\n", line.trim_start_matches('\t'))).collect()
    }

    /// `word` as a here-document marker: (delimiter, strip tabs, expand).
    /// A file descriptor may come first (`3<<EOF`).
    fn parse_marker(word: &str) -> Option<(String, bool, bool)> {
        let rest = word.trim_start_matches(|c: char| c.is_ascii_digit()).strip_prefix("<<")?;
        let (strip_tabs, rest) = match rest.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, rest),
        };
        let unquoted = ['"', '\''].iter().find_map(|q| rest.strip_prefix(*q).and_then(|r| r.strip_suffix(*q)));
        let name = unquoted.unwrap_or(rest);
        let plain = |c: char| !c.is_whitespace() && !matches!(c, '<' | '>' | '"' | '\'' | '&' | '|' | ';' | '(' | ')');
        (!name.is_empty() && name.chars().all(plain)).then(|| (name.to_string(), strip_tabs, unquoted.is_none()))
    }
}

impl Instruction {
    /// As podman shows it in `STEP n/m: ...`.
    pub fn display(&self) -> String {
        let mut text = self.keyword.clone();
        for (name, value) in &self.flags {
            text.push_str(&format!(" --{name}={value}"));
        }
        if !self.args.is_empty() {
            text.push(' ');
            text.push_str(&self.args);
        }
        text
    }

    pub fn flag(&self, name: &str) -> Option<&str> {
        self.flags.iter().rev().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
    }

    /// Every value of a flag that may repeat (`RUN --mount`), in order.
    pub fn flag_values<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.flags.iter().filter(move |(n, _)| n == name).map(|(_, v)| v.as_str())
    }

    /// The here-document `word` marks, if it is a marker of this instruction.
    pub fn heredoc(&self, word: &str) -> Option<&Heredoc> {
        self.heredocs.iter().find(|h| h.marker == word)
    }
}

#[derive(Debug, Clone)]
pub struct Stage {
    /// `FROM image AS name`, lower-cased as docker compares them.
    pub name: Option<String>,
    /// The FROM instruction.
    pub from: Instruction,
    pub instructions: Vec<Instruction>,
}

#[derive(Debug, Clone)]
pub struct Dockerfile {
    /// ARG instructions before the first FROM.
    pub global_args: Vec<Instruction>,
    pub stages: Vec<Stage>,
}

/// Instructions the builder knows, and which take `--flag=value` options.
const KEYWORDS: &[(&str, &[&str])] = &[
    ("FROM", &["platform"]),
    ("RUN", &["mount", "network"]),
    ("COPY", &["from", "chown", "chmod"]),
    ("ADD", &["chown", "chmod"]),
    ("ENV", &[]),
    ("ARG", &[]),
    ("WORKDIR", &[]),
    ("USER", &[]),
    ("EXPOSE", &[]),
    ("LABEL", &[]),
    ("ENTRYPOINT", &[]),
    ("CMD", &[]),
    ("VOLUME", &[]),
    ("STOPSIGNAL", &[]),
    ("SHELL", &[]),
    ("HEALTHCHECK", &["interval", "timeout", "start-period", "retries"]),
    ("MAINTAINER", &[]),
    ("ONBUILD", &[]),
];

pub fn parse(text: &str) -> Result<Dockerfile> {
    let mut dockerfile = Dockerfile { global_args: Vec::new(), stages: Vec::new() };
    for instruction in logical_lines(text)? {
        let invalid = |why: String| crate::err!("Containerfile line {}: {why}", instruction.line);
        match (instruction.keyword.as_str(), dockerfile.stages.last_mut()) {
            ("FROM", _) => {
                let words: Vec<&str> = instruction.args.split_whitespace().collect();
                let name = match words.as_slice() {
                    [_] => None,
                    [_, as_, name] if as_.eq_ignore_ascii_case("as") => Some(name.to_lowercase()),
                    _ => return Err(invalid(format!("FROM takes an image and an optional AS name, not {:?}", instruction.args))),
                };
                dockerfile.stages.push(Stage { name, from: instruction, instructions: Vec::new() });
            }
            ("ARG", None) => dockerfile.global_args.push(instruction),
            (keyword, None) => return Err(invalid(format!("{keyword} before the first FROM (only ARG may come first)"))),
            (_, Some(stage)) => stage.instructions.push(instruction),
        }
    }
    if dockerfile.stages.is_empty() {
        return Err(crate::err!("the Containerfile has no FROM instruction"));
    }
    Ok(dockerfile)
}

/// Join continuation lines, drop comments and blank lines, split each
/// instruction into keyword, flags and arguments, and take the bodies of
/// its here-documents.
fn logical_lines(text: &str) -> Result<Vec<Instruction>> {
    let mut out = Vec::new();
    let mut pending: Option<(usize, String)> = None;
    let mut empty_continuation = false;
    let mut lines = text.lines().map(|l| l.trim_end_matches('\r')).enumerate();
    while let Some((index, line)) = lines.next() {
        let trimmed = line.trim_start();
        // Comments may sit between continuation lines; they are dropped there too.
        if trimmed.starts_with('#') || (trimmed.is_empty() && pending.is_some()) {
            empty_continuation |= trimmed.is_empty();
            continue;
        }
        let (start, mut joined) = pending.take().unwrap_or((index + 1, String::new()));
        if let Some(continued) = line.trim_end().strip_suffix('\\') {
            joined.push_str(continued);
            pending = Some((start, joined));
            continue;
        }
        joined.push_str(line);
        if !joined.trim().is_empty() {
            let mut instruction = split_instruction(joined.trim(), start)?;
            instruction.end_line = index + 1;
            instruction.empty_continuation = std::mem::take(&mut empty_continuation);
            if HEREDOC_KEYWORDS.contains(&instruction.keyword.as_str()) {
                instruction.heredocs = read_heredocs(&instruction.args, start, &mut lines)?;
                // Each body is followed by its closing line.
                instruction.end_line += instruction.heredocs.iter().map(|h| h.content.lines().count() + 1).sum::<usize>();
            }
            out.push(instruction);
        }
    }
    if let Some((start, joined)) = pending {
        if !joined.trim().is_empty() {
            let mut instruction = split_instruction(joined.trim(), start)?;
            instruction.end_line = text.lines().count();
            instruction.empty_continuation = empty_continuation;
            out.push(instruction);
        }
    }
    Ok(out)
}

/// Instructions whose arguments may hold here-document markers.
const HEREDOC_KEYWORDS: &[&str] = &["RUN", "COPY", "ADD"];

/// The here-documents `args` (of the instruction starting at `line`)
/// announces, their bodies taken from `lines` one after the other.
fn read_heredocs<'a>(args: &str, line: usize, lines: &mut impl Iterator<Item = (usize, &'a str)>) -> Result<Vec<Heredoc>> {
    let mut heredocs = Vec::new();
    for word in shell_words(args) {
        let Some((name, strip_tabs, expand)) = Heredoc::parse_marker(&word) else { continue };
        let mut content = String::new();
        loop {
            let Some((_, body_line)) = lines.next() else {
                return Err(crate::err!("Containerfile line {line}: here-document {word} has no closing line {name:?}"));
            };
            let candidate = if strip_tabs { body_line.trim_start_matches('\t') } else { body_line };
            if candidate == name {
                break;
            }
            content.push_str(body_line);
            content.push('\n');
        }
        heredocs.push(Heredoc { name, marker: word, content, strip_tabs, expand });
    }
    Ok(heredocs)
}

/// Split on white space outside quotes, quotes kept: a quoted word is not
/// a here-document marker, a quoted delimiter is.
pub(super) fn shell_words(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut quote: Option<char> = None;
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        match (quote, c) {
            (None, c) if c.is_whitespace() => {
                if !word.is_empty() {
                    words.push(std::mem::take(&mut word));
                }
                continue;
            }
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (_, '\\') => {
                word.push(c);
                if let Some(next) = chars.next() {
                    word.push(next);
                }
                continue;
            }
            _ => {}
        }
        word.push(c);
    }
    if !word.is_empty() {
        words.push(word);
    }
    words
}

/// One instruction written on one line (an ONBUILD trigger).
pub fn parse_instruction(text: &str, line: usize) -> Result<Instruction> {
    split_instruction(text.trim(), line)
}

fn split_instruction(text: &str, line: usize) -> Result<Instruction> {
    let (written, mut rest) = text.split_once(char::is_whitespace).unwrap_or((text, ""));
    let keyword = written.to_uppercase();
    let Some((_, allowed)) = KEYWORDS.iter().find(|(k, _)| *k == keyword) else {
        return Err(crate::err!("Containerfile line {line}: unknown instruction {keyword:?}"));
    };
    let mut flags = Vec::new();
    loop {
        rest = rest.trim_start();
        let Some(flag) = rest.strip_prefix("--") else { break };
        let (word, after) = flag.split_once(char::is_whitespace).unwrap_or((flag, ""));
        let (name, value) = word.split_once('=').unwrap_or((word, ""));
        if !allowed.contains(&name) {
            return Err(crate::err!("Containerfile line {line}: {keyword} does not take the flag --{name}"));
        }
        flags.push((name.to_string(), value.to_string()));
        rest = after;
    }
    let written = written.to_string();
    Ok(Instruction { keyword, written, flags, args: rest.trim().to_string(), line, end_line: line, empty_continuation: false, heredocs: Vec::new() })
}

/// Expand variables in `text` from `lookup`. `\$` is a literal dollar;
/// nothing is expanded inside single quotes. With `for_words`, the result
/// is split into words later (by image::change): quotes and backslashes
/// are kept, and expanded values are escaped so that they stay one word.
pub fn expand(text: &str, lookup: &dyn Fn(&str) -> Option<String>, for_words: bool) -> Result<String> {
    let mut out = String::new();
    let mut chars = text.chars().peekable();
    let mut in_single = false;
    let push_value = |out: &mut String, value: &str| {
        for c in value.chars() {
            if for_words && (c.is_whitespace() || matches!(c, '"' | '\'' | '\\')) {
                out.push('\\');
            }
            out.push(c);
        }
    };
    while let Some(c) = chars.next() {
        match c {
            '\'' if for_words => {
                in_single = !in_single;
                out.push(c);
            }
            '\\' => match chars.next() {
                Some('$') if !for_words => out.push('$'),
                Some(next) => {
                    out.push('\\');
                    out.push(next);
                }
                None => out.push('\\'),
            },
            '$' if !in_single => {
                if chars.peek() == Some(&'{') {
                    chars.next();
                    let mut inner = String::new();
                    loop {
                        match chars.next() {
                            Some('}') => break,
                            Some(ch) => inner.push(ch),
                            None => return Err(crate::err!("missing '}}' in {text:?}")),
                        }
                    }
                    let (name, modifier) = match inner.find(':') {
                        Some(i) => (&inner[..i], Some(&inner[i + 1..])),
                        None => (inner.as_str(), None),
                    };
                    let value = lookup(name).filter(|v| !v.is_empty());
                    let expanded = match modifier {
                        None => value.unwrap_or_default(),
                        Some(m) if m.starts_with('-') => value.unwrap_or_else(|| m[1..].to_string()),
                        Some(m) if m.starts_with('+') => value.map(|_| m[1..].to_string()).unwrap_or_default(),
                        Some(m) => return Err(crate::err!("unsupported modifier ':{m}' in ${{{inner}}}")),
                    };
                    push_value(&mut out, &expanded);
                } else {
                    let mut name = String::new();
                    while let Some(&ch) = chars.peek() {
                        if ch.is_ascii_alphanumeric() || ch == '_' {
                            name.push(ch);
                            chars.next();
                        } else {
                            break;
                        }
                    }
                    if name.is_empty() {
                        out.push('$');
                    } else {
                        push_value(&mut out, &lookup(&name).unwrap_or_default());
                    }
                }
            }
            c => out.push(c),
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stages_flags_continuations_and_comments() {
        let text = "ARG BASE=bb\n# comment\nFROM $BASE AS Builder\nRUN echo a \\\n  # inside\n  && echo b\nCOPY --from=builder --chown=1:2 /a /b\nFROM scratch\nCMD [\"/x\"]\n";
        let d = parse(text).unwrap();
        assert_eq!(d.global_args.len(), 1);
        assert_eq!(d.stages.len(), 2);
        assert_eq!(d.stages[0].name.as_deref(), Some("builder"));
        let run = &d.stages[0].instructions[0];
        assert_eq!((run.keyword.as_str(), run.line), ("RUN", 4));
        assert_eq!(run.args, "echo a   && echo b");
        let copy = &d.stages[0].instructions[1];
        assert_eq!(copy.flag("from"), Some("builder"));
        assert_eq!(copy.display(), "COPY --from=builder --chown=1:2 /a /b");
    }

    #[test]
    fn rejects_bad_files() {
        assert!(parse("RUN true\n").is_err());
        assert!(parse("# nothing\n").is_err());
        assert!(parse("FROM a\nFOO bar\n").is_err());
        assert!(parse("FROM a\nCOPY --bogus=1 a b\n").is_err());
    }

    #[test]
    fn heredocs_take_the_lines_up_to_their_delimiter() {
        let text = "FROM a\nRUN <<EOF\necho one\n# not a comment\n\nEOF\nRUN <<-A cat >/a && <<'B' cat >/b\n\tfirst $X\n\tA\nsecond $X\nB\nCOPY --chmod=600 <<\"C\" /c\nc\nC\nRUN echo \"<<NOT\" done\n";
        let d = parse(text).unwrap();
        let [run, two, copy, quoted] = d.stages[0].instructions.as_slice() else { panic!("four instructions") };
        assert_eq!(run.args, "<<EOF");
        assert_eq!(run.heredocs[0].content, "echo one\n# not a comment\n\n");
        assert_eq!(two.heredocs.len(), 2);
        assert_eq!((two.heredocs[0].body(), two.heredocs[0].expand), ("first $X\n".to_string(), true));
        assert_eq!((two.heredocs[1].name.as_str(), two.heredocs[1].expand), ("B", false));
        assert_eq!(two.heredoc("<<'B'").map(|h| h.content.as_str()), Some("second $X\n"));
        assert_eq!((copy.flag("chmod"), copy.heredocs[0].name.as_str()), (Some("600"), "C"));
        assert!(quoted.heredocs.is_empty());
        assert!(parse("FROM a\nRUN <<EOF\nnever closed\n").unwrap_err().message.contains("EOF"));
        assert!(parse("FROM a\nRUN --mount=type=cache,target=/c --network=none true\n").is_ok());
    }

    #[test]
    fn expands_variables() {
        let vars = |name: &str| match name {
            "A" => Some("one".to_string()),
            "S" => Some("x y".to_string()),
            "E" => Some(String::new()),
            _ => None,
        };
        let e = |t: &str| expand(t, &vars, false).unwrap();
        assert_eq!(e("$A/${A}-$NOPE"), "one/one-");
        assert_eq!(e("${NOPE:-def} ${E:-d2} ${A:-x}"), "def d2 one");
        assert_eq!(e("${A:+alt} ${NOPE:+alt}."), "alt .");
        assert_eq!(e("\\$A $"), "$A $");
        assert_eq!(expand("K=$S '$A'", &vars, true).unwrap(), "K=x\\ y '$A'");
        assert!(expand("${A", &vars, false).is_err());
    }
}
