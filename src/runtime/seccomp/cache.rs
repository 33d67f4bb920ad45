//! Compiled filters, kept so that a profile is parsed and compiled once
//! rather than at every start: `run` compiled the default profile twice
//! (once to check the flags at creation, once to start), each time about a
//! million instructions, a third of skiff's own work for `run --rm true`.
//!
//! Within a process the programs are kept in memory; between processes in
//! files of the store's runtime directory (see `keep_in`), named by a
//! sha256 of everything the program depends on: the profile's text, the
//! capabilities (rules select on them), the kernel release (rules select
//! on it) and the skiff binary itself (its compiler). Each file ends with
//! the sha256 of the program, so that a torn or altered file is compiled
//! again rather than loaded.

use super::{compile, parse_profile};
use crate::error::Result;
use seccompiler::{sock_filter, BpfProgram};
use sha2::{Digest, Sha256};
use std::path::PathBuf;
use std::sync::{Mutex, OnceLock};

static CACHE_DIR: OnceLock<PathBuf> = OnceLock::new();

/// Keep compiled programs in `dir` (the store's runtime directory: they
/// do not need to survive a reboot, which changes nothing they depend on
/// but is as good a time as any to start over).
pub fn keep_in(dir: PathBuf) {
    let _ = CACHE_DIR.set(dir);
}

/// The program for the profile text `json` and a container with the
/// capabilities `caps`: as `compile(&parse_profile(json)?, caps)`.
pub fn compiled(json: &str, caps: &[String]) -> Result<BpfProgram> {
    type Compiled = (String, Vec<String>, BpfProgram);
    static IN_MEMORY: Mutex<Vec<Compiled>> = Mutex::new(Vec::new());
    let remembered = || IN_MEMORY.lock().ok()?.iter().find(|(j, c, _)| j == json && c == caps).map(|(_, _, p)| p.clone());
    if let Some(program) = remembered() {
        return Ok(program);
    }
    let file = CACHE_DIR.get().map(|dir| dir.join(key(json, caps)));
    let program = match file.as_ref().and_then(|f| std::fs::read(f).ok()).and_then(|data| decode(&data)) {
        Some(program) => program,
        None => {
            let program = compile(&parse_profile(json)?, caps)?;
            // A cache that cannot be written only costs the next start a compile.
            if let Some(file) = &file {
                let _ = crate::storage::atomic::write_unsynced(file, &encode(&program));
            }
            program
        }
    };
    if let Ok(mut kept) = IN_MEMORY.lock() {
        kept.push((json.to_string(), caps.to_vec(), program.clone()));
    }
    Ok(program)
}

/// Bumped when the file format changes.
const FORMAT: &[u8] = b"skiff seccomp cache 1\0";

fn key(json: &str, caps: &[String]) -> String {
    let mut hash = Sha256::new();
    hash.update(FORMAT);
    // The binary that compiles: a new build may compile differently.
    if let Ok(exe) = std::fs::metadata("/proc/self/exe") {
        use std::os::unix::fs::MetadataExt;
        for n in [exe.dev(), exe.ino(), exe.size(), exe.mtime() as u64, exe.mtime_nsec() as u64] {
            hash.update(n.to_le_bytes());
        }
    }
    hash.update(std::fs::read("/proc/sys/kernel/osrelease").unwrap_or_default());
    hash.update(b"\0");
    for cap in caps {
        hash.update(cap.as_bytes());
        hash.update(b",");
    }
    hash.update(b"\0");
    // The built-in profile is part of the binary, already in the key.
    if json == super::default_profile() {
        hash.update(b"built-in default");
    } else {
        hash.update(b"given\0");
        hash.update(json.as_bytes());
    }
    hex(&hash.finalize())
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Each instruction in 8 bytes (code, jt, jf, k, little-endian), then the
/// sha256 of those bytes.
fn encode(program: &[sock_filter]) -> Vec<u8> {
    let mut data = Vec::with_capacity(program.len() * 8 + 32);
    for insn in program {
        data.extend_from_slice(&insn.code.to_le_bytes());
        data.extend_from_slice(&[insn.jt, insn.jf]);
        data.extend_from_slice(&insn.k.to_le_bytes());
    }
    let sum = Sha256::digest(&data);
    data.extend_from_slice(&sum);
    data
}

fn decode(data: &[u8]) -> Option<BpfProgram> {
    let (program, sum) = data.split_at_checked(data.len().checked_sub(32)?)?;
    if program.is_empty() || program.len() % 8 != 0 || Sha256::digest(program).as_slice() != sum {
        return None;
    }
    Some(
        program
            .chunks_exact(8)
            .map(|i| sock_filter {
                code: u16::from_le_bytes([i[0], i[1]]),
                jt: i[2],
                jf: i[3],
                k: u32::from_le_bytes([i[4], i[5], i[6], i[7]]),
            })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cached_program_reads_back_as_compiled_and_a_damaged_one_not_at_all() {
        let caps = vec!["CAP_CHOWN".to_string()];
        let program = compile(&parse_profile(super::super::default_profile()).unwrap(), &caps).unwrap();
        let data = encode(&program);
        assert_eq!(decode(&data), Some(program.clone()), "the program read back");
        let mut flipped = data.clone();
        flipped[3] ^= 1;
        assert_eq!(decode(&flipped), None, "a changed instruction is noticed");
        assert_eq!(decode(&data[..data.len() - 1]), None, "a torn file is noticed");
        assert_eq!(decode(&[]), None, "an empty file is noticed");
    }

    #[test]
    fn the_key_depends_on_profile_and_capabilities() {
        let json = super::super::default_profile();
        let caps = vec!["CAP_CHOWN".to_string()];
        assert_eq!(key(json, &caps), key(json, &caps));
        assert_ne!(key(json, &caps), key(json, &[]), "capabilities select rules");
        assert_ne!(key(json, &caps), key("{}", &caps));
    }
}
