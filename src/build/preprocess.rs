//! Containerfiles whose name ends in ".in" go through the C preprocessor
//! first, as buildah does: `cpp -E -iquote CONTEXT -traditional -undef -`
//! with $BUILDAH_CPPFLAGS and `--cpp-flag`s, so they can #include shared
//! parts from the context and choose lines with #if.

use crate::error::Result;
use std::io::Write;
use std::path::Path;

/// Whether `file` is one the preprocessor reads first.
pub fn wanted(file: &str) -> bool {
    file.ends_with(".in")
}

/// `text` of `file` as cpp leaves it. A cpp that failed but wrote
/// something is only a warning (buildah's "Ignoring"); no cpp on PATH,
/// or no output at all, is an error.
pub fn preprocess(file: &str, text: &str, context: &Path, cpp_flags: &[String]) -> Result<String> {
    let cpp = crate::sys::process::find_on_path("cpp")
        .ok_or_else(|| crate::err!("{file}: a .in Containerfile needs the C preprocessor, and cpp is not on PATH (Debian: apt-get install cpp)"))?;
    let mut args: Vec<String> = ["-E", "-iquote"].iter().map(|a| a.to_string()).collect();
    args.push(context.display().to_string());
    args.extend(["-traditional", "-undef", "-"].iter().map(|a| a.to_string()));
    if let Ok(flags) = std::env::var("BUILDAH_CPPFLAGS") {
        args.extend(shell_words::split(&flags).map_err(|e| crate::err!("BUILDAH_CPPFLAGS {flags:?}: {e}"))?);
    }
    args.extend(cpp_flags.iter().cloned());
    let mut child = std::process::Command::new(&cpp)
        .args(&args)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .map_err(|e| crate::err!("preprocessing {file}: {}: {e}", cpp.display()))?;
    let mut stdin = child.stdin.take().expect("piped");
    let input = text.to_string();
    // Written from a thread: cpp may fill its output before reading it all.
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let output = child.wait_with_output().map_err(|e| crate::err!("preprocessing {file}: {e}"))?;
    let _ = writer.join();
    let said = String::from_utf8_lossy(&output.stderr).trim().replace('\n', "; ");
    if !output.status.success() {
        if output.stdout.is_empty() {
            let why = if said.is_empty() { output.status.to_string() } else { said };
            return Err(crate::err!("preprocessing {file}: {why}"));
        }
        crate::sys::warnings::warn(&format!("Ignoring {said}"));
    }
    String::from_utf8(output.stdout).map_err(|_| crate::err!("preprocessing {file}: cpp's output is not UTF-8"))
}
