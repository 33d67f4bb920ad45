//! Seccomp: system call filtering for container processes.
//!
//! Profiles use the JSON format of docker and podman, so their profiles
//! work with `--security-opt seccomp=FILE`. Our default profile
//! (`seccomp/default.json`) is an allow-list: anything not listed fails with
//! EPERM. It follows docker's documented default, except that:
//! - like podman, clone, unshare and setns need no CAP_SYS_ADMIN, so that
//!   rootless user namespaces nest (`unshare -U`, podman in a container);
//! - like docker since 25.0 (and unlike podman 4.3), io_uring is refused:
//!   it bypasses the filter for the operations it performs and has been a
//!   steady source of kernel exploits; programs fall back to epoll and
//!   ordinary reads and writes;
//! - 32-bit (i386) and x32 programs do not run (see below), where docker's
//!   profile lists those ABIs too.
//!
//! The filter is compiled to classic BPF here rather than with seccompiler's
//! own compiler, because a profile needs one action per rule (allow, EPERM,
//! ENOSYS, ...) where seccompiler's filters have one action for all matches,
//! and because its linear chain of comparisons would cost every system call
//! of the container a walk through ~300 checks. We dispatch on the syscall
//! number with a binary search instead, and use seccompiler only for its BPF
//! types and action encoding.
//!
//! Semantics, where the format leaves room:
//! - Only x86_64 calls are filtered by number. Calls through other ABIs (i386
//!   `int 0x80`, x32) fail with EPERM whatever the profile says, so that they
//!   cannot be used to slip past it with other numbers.
//! - Syscall names unknown on x86_64 are skipped, as docker does: profiles
//!   list the calls of every architecture (`_llseek`, `ugetrlimit`, ...).
//! - Calls newer than every call we know fail with ENOSYS, not the default
//!   errno, so that programs fall back to older calls (as runc does); unless
//!   the default action is to allow.
//! - The rules of a profile are tried in order, and the first whose argument
//!   conditions all hold decides. A rule applies only if its `includes` caps
//!   are all in the container's capabilities and none of its `excludes` caps
//!   are.

mod cache;
mod syscalls;

pub use cache::{compiled, keep_in as keep_compiled_in};

use crate::error::{Context, Result};
use crate::runtime::caps::canonical_cap;
use seccompiler::{sock_filter, BpfProgram, SeccompAction, SeccompCmpOp};
use serde::Deserialize;
use std::collections::BTreeMap;

/// The profile used unless `--security-opt seccomp=...` says otherwise.
pub fn default_profile() -> &'static str {
    include_str!("seccomp/default.json")
}

/// A parsed, validated profile, with syscall names resolved for x86_64.
#[derive(Debug, Clone, PartialEq)]
pub struct Profile {
    default_action: SeccompAction,
    rules: Vec<Rule>,
}

#[derive(Debug, Clone, PartialEq)]
struct Rule {
    syscalls: Vec<u32>,
    action: SeccompAction,
    conditions: Vec<Condition>,
    required_caps: Vec<String>,
    excluded_caps: Vec<String>,
}

/// `args[index] op value`, on the full 64-bit argument as libseccomp does.
#[derive(Debug, Clone, PartialEq)]
struct Condition {
    index: u8,
    op: SeccompCmpOp,
    value: u64,
}

// The JSON format, as docker documents it. Unknown fields are ignored.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct JsonProfile {
    default_action: String,
    default_errno_ret: Option<u32>,
    #[serde(default)]
    architectures: Vec<String>,
    #[serde(default)]
    arch_map: Vec<JsonArchMap>,
    #[serde(default)]
    syscalls: Vec<JsonSyscalls>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct JsonArchMap {
    architecture: String,
    #[serde(default)]
    sub_architectures: Vec<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct JsonSyscalls {
    #[serde(default)]
    names: Vec<String>,
    /// The older single-name form.
    name: Option<String>,
    action: String,
    errno_ret: Option<u32>,
    #[serde(default)]
    args: Vec<JsonArg>,
    #[serde(default)]
    includes: JsonFilter,
    #[serde(default)]
    excludes: JsonFilter,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct JsonArg {
    index: u8,
    value: u64,
    #[serde(default)]
    value_two: u64,
    op: String,
}

#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase")]
struct JsonFilter {
    #[serde(default)]
    caps: Vec<String>,
    /// Go architecture names ("amd64", "arm64", ...).
    #[serde(default)]
    arches: Vec<String>,
    min_kernel: Option<String>,
}

/// The architecture names libseccomp knows, as the format spells them.
const SCMP_ARCHES: &[&str] = &[
    "SCMP_ARCH_X86",
    "SCMP_ARCH_X86_64",
    "SCMP_ARCH_X32",
    "SCMP_ARCH_ARM",
    "SCMP_ARCH_AARCH64",
    "SCMP_ARCH_LOONGARCH64",
    "SCMP_ARCH_M68K",
    "SCMP_ARCH_MIPS",
    "SCMP_ARCH_MIPS64",
    "SCMP_ARCH_MIPS64N32",
    "SCMP_ARCH_MIPSEL",
    "SCMP_ARCH_MIPSEL64",
    "SCMP_ARCH_MIPSEL64N32",
    "SCMP_ARCH_PPC",
    "SCMP_ARCH_PPC64",
    "SCMP_ARCH_PPC64LE",
    "SCMP_ARCH_S390",
    "SCMP_ARCH_S390X",
    "SCMP_ARCH_PARISC",
    "SCMP_ARCH_PARISC64",
    "SCMP_ARCH_RISCV64",
    "SCMP_ARCH_SH",
    "SCMP_ARCH_SHEB",
];

/// Our architecture in the Go names of `includes.arches`.
const NATIVE_GO_ARCH: &str = "amd64";

/// Parse a docker-format profile. Errors are one line and name the bad value.
pub fn parse_profile(json: &str) -> Result<Profile> {
    let raw: JsonProfile = serde_json::from_str(json).context(|| "invalid seccomp profile".to_string())?;
    let arch_names = raw.architectures.iter().chain(
        raw.arch_map.iter().flat_map(|m| std::iter::once(&m.architecture).chain(&m.sub_architectures)),
    );
    for arch in arch_names {
        if !SCMP_ARCHES.contains(&arch.as_str()) {
            return Err(crate::err!("invalid seccomp profile: unknown architecture {arch:?}"));
        }
    }
    let default_action = parse_action(&raw.default_action, raw.default_errno_ret)?;
    let mut kernel = None;
    let mut rules = Vec::new();
    for entry in raw.syscalls {
        let action = parse_action(&entry.action, entry.errno_ret)?;
        let conditions = entry.args.iter().map(parse_condition).collect::<Result<Vec<_>>>()?;
        if !applies_to_this_machine(&entry, &mut kernel)? {
            continue;
        }
        let syscalls = entry.names.iter().chain(&entry.name).filter_map(|n| syscall_number(n)).collect();
        rules.push(Rule {
            syscalls,
            action,
            conditions,
            required_caps: entry.includes.caps.iter().map(|c| canonical_cap(c)).collect(),
            excluded_caps: entry.excludes.caps.iter().map(|c| canonical_cap(c)).collect(),
        });
    }
    Ok(Profile { default_action, rules })
}

fn parse_action(name: &str, errno: Option<u32>) -> Result<SeccompAction> {
    Ok(match name {
        "SCMP_ACT_ALLOW" => SeccompAction::Allow,
        "SCMP_ACT_ERRNO" => SeccompAction::Errno(errno.unwrap_or(libc::EPERM as u32)),
        "SCMP_ACT_KILL" | "SCMP_ACT_KILL_THREAD" => SeccompAction::KillThread,
        "SCMP_ACT_KILL_PROCESS" => SeccompAction::KillProcess,
        "SCMP_ACT_TRAP" => SeccompAction::Trap,
        "SCMP_ACT_TRACE" => SeccompAction::Trace(errno.unwrap_or(0)),
        "SCMP_ACT_LOG" => SeccompAction::Log,
        _ => return Err(crate::err!("invalid seccomp profile: unsupported action {name:?}")),
    })
}

fn parse_condition(arg: &JsonArg) -> Result<Condition> {
    if arg.index > 5 {
        return Err(crate::err!("invalid seccomp profile: argument index {} is not 0 to 5", arg.index));
    }
    let (op, value) = match arg.op.as_str() {
        "SCMP_CMP_EQ" => (SeccompCmpOp::Eq, arg.value),
        "SCMP_CMP_NE" => (SeccompCmpOp::Ne, arg.value),
        "SCMP_CMP_LT" => (SeccompCmpOp::Lt, arg.value),
        "SCMP_CMP_LE" => (SeccompCmpOp::Le, arg.value),
        "SCMP_CMP_GT" => (SeccompCmpOp::Gt, arg.value),
        "SCMP_CMP_GE" => (SeccompCmpOp::Ge, arg.value),
        // In the format, `value` is the mask and `valueTwo` the expected bits.
        "SCMP_CMP_MASKED_EQ" => (SeccompCmpOp::MaskedEq(arg.value), arg.value_two),
        op => return Err(crate::err!("invalid seccomp profile: unknown operator {op:?}")),
    };
    Ok(Condition { index: arg.index, op, value })
}

/// Whether a rule's architecture and kernel-version filters select this
/// machine. The kernel release is read once, when a rule first asks.
fn applies_to_this_machine(entry: &JsonSyscalls, kernel: &mut Option<(u32, u32)>) -> Result<bool> {
    let native = |arches: &[String]| arches.iter().any(|a| a == NATIVE_GO_ARCH);
    if (!entry.includes.arches.is_empty() && !native(&entry.includes.arches))
        || native(&entry.excludes.arches)
    {
        return Ok(false);
    }
    let Some(min) = &entry.includes.min_kernel else { return Ok(true) };
    let wanted = parse_kernel_version(min)
        .ok_or_else(|| crate::err!("invalid seccomp profile: bad minKernel {min:?}"))?;
    if kernel.is_none() {
        let release = std::fs::read_to_string("/proc/sys/kernel/osrelease")
            .context(|| "reading the kernel version".to_string())?;
        *kernel = parse_kernel_version(&release);
    }
    Ok(kernel.is_some_and(|running| running >= wanted))
}

/// "6.1.0-18-amd64" -> (6, 1).
fn parse_kernel_version(release: &str) -> Option<(u32, u32)> {
    let mut parts = release.trim().split(|c: char| !c.is_ascii_digit());
    Some((parts.next()?.parse().ok()?, parts.next()?.parse().ok()?))
}

fn syscall_number(name: &str) -> Option<u32> {
    let table = syscalls::X86_64;
    table.binary_search_by(|(n, _)| (*n).cmp(name)).ok().map(|i| table[i].1 as u32)
}

// --- Compilation to BPF -------------------------------------------------

// Classic BPF opcodes (linux/bpf_common.h), as class | size/op | source.
const LD_W_ABS: u16 = 0x20; // BPF_LD (0) | BPF_W (0) | BPF_ABS
const ALU_AND_K: u16 = 0x04 | 0x50; // BPF_ALU | BPF_AND | BPF_K (0)
const JMP_JA: u16 = 0x05; // BPF_JMP | BPF_JA (0)
const JMP_JEQ_K: u16 = 0x05 | 0x10; // BPF_JMP | BPF_JEQ | BPF_K (0)
const JMP_JGT_K: u16 = 0x05 | 0x20; // BPF_JMP | BPF_JGT | BPF_K (0)
const JMP_JGE_K: u16 = 0x05 | 0x30; // BPF_JMP | BPF_JGE | BPF_K (0)
const RET_K: u16 = 0x06; // BPF_RET | BPF_K (0)

// Offsets in struct seccomp_data.
const DATA_NR: u32 = 0;
const DATA_ARCH: u32 = 4;
const DATA_ARGS: u32 = 16;

const AUDIT_ARCH_X86_64: u32 = 62 | 0x8000_0000 | 0x4000_0000;
/// Set in the number of x32 ABI calls.
const X32_SYSCALL_BIT: u32 = 0x4000_0000;
/// The kernel refuses longer programs.
const BPF_MAX_INSNS: usize = 4096;

fn stmt(code: u16, k: u32) -> sock_filter {
    sock_filter { code, jt: 0, jf: 0, k }
}

fn jump(code: u16, k: u32, jt: u8, jf: u8) -> sock_filter {
    sock_filter { code, jt, jf, k }
}

fn ret(action: &SeccompAction) -> sock_filter {
    stmt(RET_K, u32::from(action.clone()))
}

/// What the filter does for a range of syscall numbers.
#[derive(Clone, PartialEq)]
enum Verdict<'a> {
    Return(SeccompAction),
    /// Try the rules in order, then return the action.
    Check(Vec<&'a Rule>, SeccompAction),
}

/// Compile `profile` for a container whose capabilities are `caps`
/// ("CAP_CHOWN", ...: they select the rules with `includes`/`excludes`).
pub fn compile(profile: &Profile, caps: &[String]) -> Result<BpfProgram> {
    let eperm = SeccompAction::Errno(libc::EPERM as u32);
    let mut program = vec![
        stmt(LD_W_ABS, DATA_ARCH),
        jump(JMP_JEQ_K, AUDIT_ARCH_X86_64, 1, 0),
        ret(&eperm),
        stmt(LD_W_ABS, DATA_NR),
    ];
    program.extend(dispatch(&number_ranges(profile, caps)));
    if program.len() > BPF_MAX_INSNS {
        return Err(crate::err!("seccomp profile too large: {} BPF instructions", program.len()));
    }
    Ok(program)
}

/// Split the 32-bit syscall-number space into ranges, each with one verdict:
/// sorted by start, each range ending where the next begins.
fn number_ranges<'a>(profile: &'a Profile, caps: &[String]) -> Vec<(u32, Verdict<'a>)> {
    let caps: Vec<String> = caps.iter().map(|c| canonical_cap(c)).collect();
    let has = |cap: &String| caps.contains(cap);
    let mut by_number: BTreeMap<u32, Vec<&Rule>> = BTreeMap::new();
    for rule in &profile.rules {
        if rule.required_caps.iter().all(has) && !rule.excluded_caps.iter().any(has) {
            for &nr in &rule.syscalls {
                by_number.entry(nr).or_default().push(rule);
            }
        }
    }
    let default = &profile.default_action;
    let mut ranges = vec![(0, Verdict::Return(default.clone()))];
    for (nr, rules) in by_number {
        // Rules after one without conditions can never decide.
        let deciding = rules.iter().position(|r| r.conditions.is_empty()).map_or(rules.len(), |i| i + 1);
        let verdict = match &rules[..deciding] {
            [only] if only.conditions.is_empty() => Verdict::Return(only.action.clone()),
            [conditional @ .., last] if last.conditions.is_empty() => {
                Verdict::Check(conditional.to_vec(), last.action.clone())
            }
            all => Verdict::Check(all.to_vec(), default.clone()),
        };
        ranges.push((nr, verdict));
        ranges.push((nr + 1, Verdict::Return(default.clone())));
    }
    let newest_known = syscalls::X86_64.iter().map(|&(_, nr)| nr as u32).max().unwrap_or(0);
    if !matches!(default, SeccompAction::Allow | SeccompAction::Log) {
        ranges.push((newest_known + 1, Verdict::Return(SeccompAction::Errno(libc::ENOSYS as u32))));
    }
    ranges.push((X32_SYSCALL_BIT, Verdict::Return(SeccompAction::Errno(libc::EPERM as u32))));
    // Keep the last verdict per start (a later range may start where another
    // does), then merge neighbours that decide alike.
    ranges.sort_by_key(|(start, _)| *start);
    let mut merged: Vec<(u32, Verdict)> = Vec::with_capacity(ranges.len());
    for (start, verdict) in ranges {
        match merged.last_mut() {
            Some(last) if last.0 == start => last.1 = verdict,
            _ => merged.push((start, verdict)),
        }
        if merged.len() >= 2 && merged[merged.len() - 2].1 == merged[merged.len() - 1].1 {
            merged.pop();
        }
    }
    merged
}

/// Binary search over the ranges on the syscall number (in the accumulator).
fn dispatch(ranges: &[(u32, Verdict)]) -> Vec<sock_filter> {
    let [(_, verdict)] = ranges else {
        let middle = ranges.len() / 2;
        let below = dispatch(&ranges[..middle]);
        let above = dispatch(&ranges[middle..]);
        let split = ranges[middle].0;
        let mut code = Vec::with_capacity(below.len() + above.len() + 2);
        // Conditional jumps reach 255 instructions; farther needs a long jump.
        match u8::try_from(below.len()) {
            Ok(skip) => code.push(jump(JMP_JGE_K, split, skip, 0)),
            Err(_) => code.extend([jump(JMP_JGE_K, split, 0, 1), stmt(JMP_JA, below.len() as u32)]),
        }
        code.extend(below);
        code.extend(above);
        return code;
    };
    match verdict {
        Verdict::Return(action) => vec![ret(action)],
        Verdict::Check(rules, fallback) => {
            let mut code: Vec<sock_filter> = rules.iter().flat_map(|r| rule_code(r)).collect();
            code.push(ret(fallback));
            code
        }
    }
}

/// Where a conditional jump of a condition goes when the condition fails.
#[derive(Clone, Copy)]
enum OnFail {
    Never,
    JumpTrue,
    JumpFalse,
}

/// Code that returns the rule's action when all its conditions hold and
/// otherwise falls through to what follows.
fn rule_code(rule: &Rule) -> Vec<sock_filter> {
    let mut code: Vec<(sock_filter, OnFail)> = rule.conditions.iter().flat_map(condition_code).collect();
    code.push((ret(&rule.action), OnFail::Never));
    let end = code.len();
    code.into_iter()
        .enumerate()
        .map(|(i, (mut insn, on_fail))| {
            // Jumps are relative to the next instruction; conditions are at
            // most a few dozen instructions, so this fits.
            let to_end = (end - i - 1) as u8;
            match on_fail {
                OnFail::Never => {}
                OnFail::JumpTrue => insn.jt = to_end,
                OnFail::JumpFalse => insn.jf = to_end,
            }
            insn
        })
        .collect()
}

/// A 64-bit comparison with the 32-bit BPF accumulator: the high words
/// decide unless they are equal. Jumps marked `OnFail` leave the rule;
/// other jumps land on the instruction after the condition.
fn condition_code(cond: &Condition) -> Vec<(sock_filter, OnFail)> {
    let low_offset = DATA_ARGS + 8 * u32::from(cond.index);
    let load_low = (stmt(LD_W_ABS, low_offset), OnFail::Never);
    let load_high = (stmt(LD_W_ABS, low_offset + 4), OnFail::Never);
    let (high, low) = ((cond.value >> 32) as u32, cond.value as u32);
    let fail_unless = |code, k| (jump(code, k, 0, 0), OnFail::JumpFalse);
    let fail_if = |code, k| (jump(code, k, 0, 0), OnFail::JumpTrue);
    let plain = |code, k, jt, jf| (jump(code, k, jt, jf), OnFail::Never);
    match cond.op {
        SeccompCmpOp::Eq => {
            vec![load_high, fail_unless(JMP_JEQ_K, high), load_low, fail_unless(JMP_JEQ_K, low)]
        }
        SeccompCmpOp::Ne => vec![load_high, plain(JMP_JEQ_K, high, 0, 2), load_low, fail_if(JMP_JEQ_K, low)],
        SeccompCmpOp::MaskedEq(mask) => vec![
            load_high,
            (stmt(ALU_AND_K, (mask >> 32) as u32), OnFail::Never),
            fail_unless(JMP_JEQ_K, high & (mask >> 32) as u32),
            load_low,
            (stmt(ALU_AND_K, mask as u32), OnFail::Never),
            fail_unless(JMP_JEQ_K, low & mask as u32),
        ],
        // high > H, or high == H and low beats L.
        SeccompCmpOp::Gt | SeccompCmpOp::Ge => vec![
            load_high,
            plain(JMP_JGT_K, high, 3, 0),
            fail_unless(JMP_JEQ_K, high),
            load_low,
            fail_unless(if cond.op == SeccompCmpOp::Gt { JMP_JGT_K } else { JMP_JGE_K }, low),
        ],
        // high < H, or high == H and low below L.
        SeccompCmpOp::Lt | SeccompCmpOp::Le => vec![
            load_high,
            fail_if(JMP_JGT_K, high),
            plain(JMP_JEQ_K, high, 0, 2),
            load_low,
            fail_if(if cond.op == SeccompCmpOp::Lt { JMP_JGE_K } else { JMP_JGT_K }, low),
        ],
    }
}

/// Install `program` on the calling thread (and the processes it starts).
///
/// No_new_privs is left to the caller (`--security-opt no-new-privileges`),
/// so installing needs CAP_SYS_ADMIN in the current user namespace unless
/// it is already set. The start-up of a container must therefore be:
/// 1. `prctl(PR_SET_NO_NEW_PRIVS)` if asked for;
/// 2. `seccomp::apply`, while still root with all capabilities;
/// 3. `prctl(PR_SET_KEEPCAPS)`, setgroups/setresgid/setresuid to the user;
/// 4. `caps::apply`;
/// 5. execve.
///
/// Steps 3 to 5 run under the filter: the default profile allows them.
pub fn apply(program: &BpfProgram) -> Result<()> {
    let fprog = libc::sock_fprog {
        len: u16::try_from(program.len()).map_err(|_| crate::err!("seccomp program too long"))?,
        // seccompiler's sock_filter has the kernel's layout (repr(C)).
        filter: program.as_ptr() as *mut libc::sock_filter,
    };
    // SAFETY: fprog points at `program`, which outlives the call; the kernel
    // copies the instructions.
    let rc = unsafe {
        libc::syscall(libc::SYS_seccomp, libc::SECCOMP_SET_MODE_FILTER, 0, &fprog as *const libc::sock_fprog)
    };
    if rc != 0 {
        let error = std::io::Error::last_os_error();
        let hint = if error.raw_os_error() == Some(libc::EACCES) {
            " (needs CAP_SYS_ADMIN or no_new_privs: install it before dropping capabilities)"
        } else {
            ""
        };
        return Err(crate::err!("installing the seccomp filter: {error}{hint}"));
    }
    Ok(())
}

#[cfg(test)]
mod tests;
