//! Generate shell completions, man pages and docs/compat.md from the clap
//! definitions, so they can never drift from the flags skiff really takes.

use crate::error::{Context, Result};
use clap::CommandFactory;
use std::path::Path;

/// The shells we ship completion scripts for, and their file names.
const SHELLS: &[(clap_complete::Shell, &str)] = &[
    (clap_complete::Shell::Bash, "skiff.bash"),
    (clap_complete::Shell::Zsh, "_skiff"),
    (clap_complete::Shell::Fish, "skiff.fish"),
];

/// Render every generated file as (relative path, content).
pub fn render_all() -> Result<Vec<(String, Vec<u8>)>> {
    let mut files = Vec::new();
    for (shell, file) in SHELLS {
        let mut cmd = super::Cli::command();
        let mut out = Vec::new();
        clap_complete::generate(*shell, &mut cmd, "skiff", &mut out);
        files.push((format!("completions/{file}"), out));
    }
    let mut cmd = super::Cli::command();
    cmd.build();
    let mut out = Vec::new();
    clap_mangen::Man::new(cmd.clone()).render(&mut out).context(|| "render man page".into())?;
    files.push(("man/skiff.1".to_string(), out));
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set() && s.get_name() != "help") {
        let name = format!("skiff-{}", sub.get_name());
        let sub = sub.clone().name(name.clone()).display_name(name.clone());
        let mut out = Vec::new();
        clap_mangen::Man::new(sub).render(&mut out).context(|| format!("render man page {name}"))?;
        files.push((format!("man/{name}.1"), out));
    }
    files.push(("docs/compat.md".to_string(), super::compat::render_markdown().into_bytes()));
    Ok(files)
}

/// Write completions/, man/ and docs/compat.md under `dir`, replacing stale files.
pub fn write_all(dir: &Path) -> Result<()> {
    for sub in ["completions", "man"] {
        let d = dir.join(sub);
        if d.exists() {
            for entry in std::fs::read_dir(&d).context(|| format!("read {}", d.display()))? {
                let entry = entry?;
                std::fs::remove_file(entry.path()).context(|| format!("remove {}", entry.path().display()))?;
            }
        }
        std::fs::create_dir_all(&d).context(|| format!("create {}", d.display()))?;
    }
    std::fs::create_dir_all(dir.join("docs")).context(|| format!("create {}/docs", dir.display()))?;
    for (rel, content) in render_all()? {
        std::fs::write(dir.join(&rel), content).context(|| format!("write {rel}"))?;
    }
    Ok(())
}
