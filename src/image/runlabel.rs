//! `container runlabel`: the command an image's label (LABEL run=...,
//! install=...) describes, with podman's substitutions: IMAGE and NAME in
//! their four spellings, $PWD and $OPT1..$OPT3, and podman or docker as
//! the program run this skiff.

use crate::error::Result;

/// The program a label's command runs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Program {
    /// The label named podman (or docker): this skiff runs it.
    Skiff,
    /// Any other program, as the label names it (made absolute when it is
    /// a path).
    Other(String),
}

/// A label's command ready to run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LabelCommand {
    pub program: Program,
    pub args: Vec<String>,
}

/// What the label's variables stand for.
pub struct Substitutions<'a> {
    /// The image's full name (IMAGE).
    pub image: &'a str,
    /// `--name`, else the name the user gave the image by, without its
    /// registry, repository path and tag (NAME).
    pub name: &'a str,
    /// The working directory ($PWD).
    pub pwd: &'a str,
    /// `--opt1`, `--opt2`, `--opt3` ($OPT1...).
    pub optional: [&'a str; 3],
}

/// The name NAME stands for when `--name` is not given, as podman makes
/// it: the name the image was asked for by (or its stored name when it was
/// asked for by id) without registry, path and tag.
pub fn default_name(asked_for: &str, image_id: &str, image_name: &str) -> String {
    let base = if image_id.starts_with(asked_for) { image_name } else { asked_for };
    let last = base.rsplit('/').next().unwrap_or(base);
    last.split(':').next().unwrap_or(last).to_string()
}

/// The command of label value `label` with `extra` arguments appended.
pub fn command(label: &str, extra: &[String], values: &Substitutions) -> Result<LabelCommand> {
    let mut words = shell_words::split(label).map_err(|e| crate::err!("cannot parse the label's command {label:?}: {e}"))?;
    words.extend(extra.iter().cloned());
    let Some(first) = words.first() else {
        return Err(crate::err!("the label's command is empty"));
    };
    let program = if first == "podman" || std::path::Path::new(first).file_name().is_some_and(|f| f == "docker") {
        Program::Skiff
    } else if first.contains('/') || first.starts_with('.') {
        let path = std::path::Path::new(values.pwd).join(first);
        if !path.exists() {
            return Err(crate::err!("the label's program {first} does not exist"));
        }
        Program::Other(path.to_string_lossy().into_owned())
    } else {
        Program::Other(first.clone())
    };
    let args = words[1..].iter().map(|word| expand(&substitute(word, values), values)).collect();
    Ok(LabelCommand { program, args })
}

/// IMAGE and NAME: the whole word, $X and ${X} anywhere, =X at the end.
fn substitute(word: &str, values: &Substitutions) -> String {
    match word {
        "IMAGE=IMAGE" => return format!("IMAGE={}", values.image),
        "NAME=NAME" => return format!("NAME={}", values.name),
        _ => {}
    }
    let mut word = word.to_string();
    for (variable, value) in [("NAME", values.name), ("IMAGE", values.image)] {
        if word == variable {
            word = value.to_string();
            continue;
        }
        word = word.replace(&format!("${{{variable}}}"), value).replace(&format!("${variable}"), value);
        if let Some(start) = word.strip_suffix(&format!("={variable}")) {
            word = format!("{start}={value}");
        }
    }
    word
}

/// $PWD and $OPT1..$OPT3 (also as ${...}); podman's expansion leaves any
/// other variable empty.
fn expand(word: &str, values: &Substitutions) -> String {
    let lookup = |name: &str| match name {
        "PWD" => values.pwd.to_string(),
        "OPT1" => values.optional[0].to_string(),
        "OPT2" => values.optional[1].to_string(),
        "OPT3" => values.optional[2].to_string(),
        _ => String::new(),
    };
    let mut out = String::new();
    let mut rest = word;
    while let Some(at) = rest.find('$') {
        out.push_str(&rest[..at]);
        let after = &rest[at + 1..];
        let (name, consumed) = match after.strip_prefix('{').and_then(|inner| inner.find('}').map(|end| (&inner[..end], end + 2))) {
            Some(braced) => braced,
            None => {
                let end = after.find(|c: char| !(c.is_ascii_alphanumeric() || c == '_')).unwrap_or(after.len());
                (&after[..end], end)
            }
        };
        if consumed == 0 {
            out.push('$');
        } else {
            out.push_str(&lookup(name));
        }
        rest = &after[consumed..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn substitutions() {
        let values = Substitutions { image: "localhost/bb:latest", name: "web", pwd: "/tmp", optional: ["one", "", ""] };
        let label = "podman run --name NAME -e IMAGE=IMAGE -e N=$NAME -v ${PWD}:/w -l x=$OPT1$HOME IMAGE sh";
        let made = command(label, &["-c".to_string(), "echo hi".to_string()], &values).unwrap();
        assert_eq!(made.program, Program::Skiff);
        assert_eq!(
            made.args,
            ["run", "--name", "web", "-e", "IMAGE=localhost/bb:latest", "-e", "N=web", "-v", "/tmp:/w", "-l", "x=one", "localhost/bb:latest", "sh", "-c", "echo hi"]
        );
        assert_eq!(command("/usr/bin/docker ps", &[], &values).unwrap().program, Program::Skiff);
        assert_eq!(command("echo NAME", &[], &values).unwrap().program, Program::Other("echo".into()));
        assert!(command("", &[], &values).is_err());
        assert!(command("./nothere x", &[], &values).is_err());
        assert_eq!(default_name("quay.io/ns/app:1.0", "abc", "quay.io/ns/app:1.0"), "app");
        assert_eq!(default_name("abc", "abcdef", "localhost/bb:latest"), "bb");
    }
}
