use super::*;

const ENOSYS: u32 = SECCOMP_RET_ERRNO | libc::ENOSYS as u32;
const EPERM: u32 = SECCOMP_RET_ERRNO | libc::EPERM as u32;
const SECCOMP_RET_ERRNO: u32 = 0x0005_0000;
const ALLOW: u32 = 0x7fff_0000;
const AUDIT_ARCH_I386: u32 = 3 | 0x4000_0000;

/// Run `program` as the kernel would for one call.
fn run(program: &[sock_filter], arch: u32, nr: u32, args: [u64; 6]) -> u32 {
    let word = |offset: u32| -> u32 {
        match offset {
            DATA_NR => nr,
            DATA_ARCH => arch,
            _ => {
                let arg = args[((offset - DATA_ARGS) / 8) as usize];
                if offset.is_multiple_of(8) {
                    arg as u32
                } else {
                    (arg >> 32) as u32
                }
            }
        }
    };
    let (mut pc, mut acc) = (0usize, 0u32);
    loop {
        let insn = &program[pc];
        pc += 1;
        let taken = match insn.code {
            LD_W_ABS => {
                acc = word(insn.k);
                continue;
            }
            ALU_AND_K => {
                acc &= insn.k;
                continue;
            }
            RET_K => return insn.k,
            JMP_JA => {
                pc += insn.k as usize;
                continue;
            }
            JMP_JEQ_K => acc == insn.k,
            JMP_JGT_K => acc > insn.k,
            JMP_JGE_K => acc >= insn.k,
            other => panic!("unexpected opcode {other:#x}"),
        };
        pc += usize::from(if taken { insn.jt } else { insn.jf });
    }
}

fn nr(name: &str) -> u32 {
    syscall_number(name).unwrap_or_else(|| panic!("{name} unknown"))
}

fn default_program(caps: &[&str]) -> BpfProgram {
    let caps: Vec<String> = caps.iter().map(|c| c.to_string()).collect();
    compile(&parse_profile(default_profile()).unwrap(), &caps).unwrap()
}

fn call(program: &[sock_filter], name: &str, args: [u64; 6]) -> u32 {
    run(program, AUDIT_ARCH_X86_64, nr(name), args)
}

#[test]
fn syscall_table_is_sorted_and_unique() {
    assert!(syscalls::X86_64.windows(2).all(|w| w[0].0 < w[1].0));
    let mut numbers: Vec<i64> = syscalls::X86_64.iter().map(|e| e.1).collect();
    numbers.sort();
    numbers.dedup();
    assert_eq!(numbers.len(), syscalls::X86_64.len());
    assert_eq!(nr("read"), 0);
    assert_eq!(nr("open_tree_attr"), 467);
}

#[test]
fn default_profile_names_only_x86_64_calls() {
    let raw: serde_json::Value = serde_json::from_str(default_profile()).unwrap();
    for entry in raw["syscalls"].as_array().unwrap() {
        for name in entry["names"].as_array().unwrap() {
            let name = name.as_str().unwrap();
            assert!(syscall_number(name).is_some(), "{name} is not an x86_64 system call");
        }
    }
}

#[test]
fn default_profile_allows_ordinary_calls() {
    let program = default_program(&[]);
    for name in [
        "read",
        "write",
        "openat",
        "close",
        "mmap",
        "execve",
        "exit_group",
        "getpid",
        "statx",
        "faccessat2",
        "openat2",
        "close_range",
        "pidfd_open",
        "landlock_create_ruleset",
        "rseq",
        "clone",
        "unshare",
        "setns",
        "ptrace",
        "futex_waitv",
        "mseal",
        // As podman allows them: the kernel keeps them to namespaces the
        // caller owns (containers inside a container).
        "mount",
        "umount2",
        "pivot_root",
        "fsopen",
    ] {
        assert_eq!(call(&program, name, [0; 6]), ALLOW, "{name}");
    }
}

#[test]
fn default_profile_refuses_dangerous_calls() {
    let program = default_program(crate::runtime::caps::DEFAULT_CAPS);
    for name in [
        "keyctl",
        "add_key",
        "request_key",
        "kexec_load",
        "kexec_file_load",
        "open_by_handle_at",
        "init_module",
        "finit_module",
        "delete_module",
        "bpf",
        "perf_event_open",
        "userfaultfd",
        "iopl",
        "ioperm",
        "swapon",
        "swapoff",
        "reboot",
        "settimeofday",
        "clock_settime",
        "sethostname",
        "kcmp",
        "pidfd_getfd",
        "io_uring_setup",
        "io_uring_enter",
        "acct",
        "syslog",
        "vhangup",
        "lookup_dcookie",
    ] {
        assert_eq!(call(&program, name, [0; 6]), EPERM, "{name}");
    }
    // Gaps in the numbering fall to the default action too.
    assert_eq!(run(&program, AUDIT_ARCH_X86_64, 400, [0; 6]), EPERM);
}

#[test]
fn capabilities_unlock_their_calls() {
    let program = default_program(&["CAP_SYS_ADMIN", "CAP_SYS_PTRACE", "cap_sys_time", "SYS_MODULE"]);
    for name in [
        "mount",
        "umount2",
        "bpf",
        "perf_event_open",
        "clone3",
        "sethostname",
        "kcmp",
        "pidfd_getfd",
        "settimeofday",
        "clock_settime",
        "init_module",
    ] {
        assert_eq!(call(&program, name, [0; 6]), ALLOW, "{name}");
    }
    assert_eq!(call(&program, "keyctl", [0; 6]), EPERM);
    assert_eq!(call(&program, "reboot", [0; 6]), EPERM);
}

#[test]
fn clone3_and_newer_calls_report_enosys() {
    let program = default_program(&[]);
    assert_eq!(call(&program, "clone3", [0; 6]), ENOSYS);
    assert_eq!(run(&program, AUDIT_ARCH_X86_64, 468, [0; 6]), ENOSYS);
    assert_eq!(run(&program, AUDIT_ARCH_X86_64, 0x3fff_ffff, [0; 6]), ENOSYS);
}

#[test]
fn other_abis_are_refused() {
    let program = default_program(&[]);
    // i386 `getpid` is 20; x32 calls carry bit 30 in their number.
    assert_eq!(run(&program, AUDIT_ARCH_I386, 20, [0; 6]), EPERM);
    assert_eq!(run(&program, AUDIT_ARCH_X86_64, X32_SYSCALL_BIT | nr("getpid"), [0; 6]), EPERM);
    assert_eq!(run(&program, AUDIT_ARCH_X86_64, u32::MAX, [0; 6]), EPERM);
    // Even under a profile that allows everything.
    let allow_all = parse_profile(r#"{"defaultAction": "SCMP_ACT_ALLOW"}"#).unwrap();
    let program = compile(&allow_all, &[]).unwrap();
    assert_eq!(run(&program, AUDIT_ARCH_I386, 20, [0; 6]), EPERM);
    assert_eq!(run(&program, AUDIT_ARCH_X86_64, X32_SYSCALL_BIT | nr("getpid"), [0; 6]), EPERM);
    assert_eq!(run(&program, AUDIT_ARCH_X86_64, 468, [0; 6]), ALLOW);
}

#[test]
fn personality_allows_only_safe_personas() {
    let program = default_program(&[]);
    for persona in [0x0, 0x8, 0x20000, 0x20008, 0xffff_ffff] {
        assert_eq!(call(&program, "personality", [persona, 0, 0, 0, 0, 0]), ALLOW, "{persona:#x}");
    }
    // ADDR_NO_RANDOMIZE, and 0 in the low word with high bits set.
    for persona in [0x0040000, 0x1_0000_0000, 0x9] {
        assert_eq!(call(&program, "personality", [persona, 0, 0, 0, 0, 0]), EPERM, "{persona:#x}");
    }
}

#[test]
fn socket_refuses_only_vsock() {
    let program = default_program(&[]);
    assert_eq!(call(&program, "socket", [libc::AF_INET as u64, 0, 0, 0, 0, 0]), ALLOW);
    assert_eq!(call(&program, "socket", [libc::AF_VSOCK as u64, 0, 0, 0, 0, 0]), EPERM);
}

/// A profile allowing `getpid` only when `args[1] <op> value` (and the
/// optional `valueTwo`), else EPERM.
fn with_condition(op: &str, value: u64, value_two: u64) -> BpfProgram {
    let json = format!(
        r#"{{"defaultAction": "SCMP_ACT_ERRNO", "syscalls": [{{"names": ["getpid"], "action": "SCMP_ACT_ALLOW",
        "args": [{{"index": 1, "value": {value}, "valueTwo": {value_two}, "op": "{op}"}}]}}]}}"#
    );
    compile(&parse_profile(&json).unwrap(), &[]).unwrap()
}

#[test]
fn comparisons_use_all_64_bits() {
    let big = 0x1_0000_0005u64;
    let probes = [0, 4, 5, 6, 0x1_0000_0004, big, 0x1_0000_0006, 0x2_0000_0000, u64::MAX];
    type Holds = fn(u64, u64) -> bool;
    let ops: [(&str, Holds); 6] = [
        ("SCMP_CMP_EQ", |a, b| a == b),
        ("SCMP_CMP_NE", |a, b| a != b),
        ("SCMP_CMP_LT", |a, b| a < b),
        ("SCMP_CMP_LE", |a, b| a <= b),
        ("SCMP_CMP_GT", |a, b| a > b),
        ("SCMP_CMP_GE", |a, b| a >= b),
    ];
    for value in [5, big] {
        for (op, holds) in ops {
            let program = with_condition(op, value, 0);
            for probe in probes {
                let expected = if holds(probe, value) { ALLOW } else { EPERM };
                assert_eq!(
                    call(&program, "getpid", [0, probe, 0, 0, 0, 0]),
                    expected,
                    "{probe:#x} {op} {value:#x}"
                );
            }
        }
    }
    let program = with_condition("SCMP_CMP_MASKED_EQ", 0x1_0000_00ff, 0x1_0000_0012);
    for (probe, expected) in
        [(0x1_0000_0012, ALLOW), (0x1_ffff_ff12, ALLOW), (0x12, EPERM), (0x1_0000_0013, EPERM)]
    {
        assert_eq!(call(&program, "getpid", [0, probe, 0, 0, 0, 0]), expected, "{probe:#x}");
    }
}

#[test]
fn first_matching_rule_decides() {
    let json = r#"{"defaultAction": "SCMP_ACT_ERRNO", "defaultErrnoRet": 13, "syscalls": [
        {"names": ["getpid"], "action": "SCMP_ACT_ERRNO", "errnoRet": 22,
         "args": [{"index": 0, "value": 1, "op": "SCMP_CMP_EQ"}]},
        {"name": "getpid", "action": "SCMP_ACT_ALLOW"},
        {"names": ["getpid"], "action": "SCMP_ACT_KILL"}]}"#;
    let program = compile(&parse_profile(json).unwrap(), &[]).unwrap();
    assert_eq!(call(&program, "getpid", [1, 0, 0, 0, 0, 0]), SECCOMP_RET_ERRNO | 22);
    assert_eq!(call(&program, "getpid", [2, 0, 0, 0, 0, 0]), ALLOW);
    assert_eq!(call(&program, "getppid", [0; 6]), SECCOMP_RET_ERRNO | 13);
}

#[test]
fn large_profiles_use_long_jumps() {
    // One conditional rule per call makes subtrees longer than a
    // conditional jump can skip.
    let rules: Vec<String> = syscalls::X86_64
        .iter()
        .map(|(name, _)| {
            format!(r#"{{"names": ["{name}"], "action": "SCMP_ACT_ALLOW", "args": [{{"index": 2, "value": 7, "op": "SCMP_CMP_GT"}}]}}"#)
        })
        .collect();
    let json = format!(r#"{{"defaultAction": "SCMP_ACT_ERRNO", "syscalls": [{}]}}"#, rules.join(","));
    let program = compile(&parse_profile(&json).unwrap(), &[]).unwrap();
    assert!(program.iter().any(|insn| insn.code == JMP_JA && insn.k > 255));
    for (name, _) in syscalls::X86_64 {
        assert_eq!(call(&program, name, [0, 0, 8, 0, 0, 0]), ALLOW, "{name}");
        assert_eq!(call(&program, name, [0, 0, 7, 0, 0, 0]), EPERM, "{name}");
    }
}

#[test]
fn includes_and_excludes_select_rules() {
    let json = r#"{"defaultAction": "SCMP_ACT_ERRNO", "syscalls": [
        {"names": ["getpid"], "action": "SCMP_ACT_ALLOW", "includes": {"caps": ["CAP_KILL", "CAP_CHOWN"]}},
        {"names": ["getppid"], "action": "SCMP_ACT_ALLOW", "excludes": {"caps": ["CAP_KILL"]}},
        {"names": ["gettid"], "action": "SCMP_ACT_ALLOW", "includes": {"arches": ["arm64"]}},
        {"names": ["getuid"], "action": "SCMP_ACT_ALLOW", "includes": {"arches": ["amd64"], "minKernel": "4.8"}},
        {"names": ["getgid"], "action": "SCMP_ACT_ALLOW", "includes": {"minKernel": "99.0"}},
        {"names": ["geteuid"], "action": "SCMP_ACT_ALLOW", "excludes": {"arches": ["amd64"]}}]}"#;
    let profile = parse_profile(json).unwrap();
    let killer = compile(&profile, &["CAP_KILL".to_string()]).unwrap();
    let both = compile(&profile, &["CAP_KILL".to_string(), "CAP_CHOWN".to_string()]).unwrap();
    assert_eq!(call(&killer, "getpid", [0; 6]), EPERM);
    assert_eq!(call(&both, "getpid", [0; 6]), ALLOW);
    assert_eq!(call(&killer, "getppid", [0; 6]), EPERM);
    assert_eq!(call(&compile(&profile, &[]).unwrap(), "getppid", [0; 6]), ALLOW);
    assert_eq!(call(&both, "gettid", [0; 6]), EPERM);
    assert_eq!(call(&both, "getuid", [0; 6]), ALLOW);
    assert_eq!(call(&both, "getgid", [0; 6]), EPERM);
    assert_eq!(call(&both, "geteuid", [0; 6]), EPERM);
}

#[test]
fn unknown_syscall_names_are_skipped() {
    let json = r#"{"defaultAction": "SCMP_ACT_ERRNO",
        "syscalls": [{"names": ["ugetrlimit", "_llseek", "getpid"], "action": "SCMP_ACT_ALLOW"}]}"#;
    let program = compile(&parse_profile(json).unwrap(), &[]).unwrap();
    assert_eq!(call(&program, "getpid", [0; 6]), ALLOW);
}

#[test]
fn malformed_profiles_give_one_line_errors() {
    for (json, expected) in [
        ("{", "invalid seccomp profile"),
        (r#"{"syscalls": []}"#, "defaultAction"),
        (r#"{"defaultAction": "SCMP_ACT_MAYBE"}"#, "SCMP_ACT_MAYBE"),
        (r#"{"defaultAction": "SCMP_ACT_ALLOW", "architectures": ["SCMP_ARCH_Z80"]}"#, "SCMP_ARCH_Z80"),
        (
            r#"{"defaultAction": "SCMP_ACT_ALLOW", "syscalls": [{"names": ["read"], "action": "SCMP_ACT_ERRNO",
            "args": [{"index": 0, "value": 1, "op": "SCMP_CMP_ALMOST"}]}]}"#,
            "SCMP_CMP_ALMOST",
        ),
        (
            r#"{"defaultAction": "SCMP_ACT_ALLOW", "syscalls": [{"names": ["read"], "action": "SCMP_ACT_ERRNO",
            "args": [{"index": 6, "value": 1, "op": "SCMP_CMP_EQ"}]}]}"#,
            "index 6",
        ),
        (
            r#"{"defaultAction": "SCMP_ACT_ALLOW", "syscalls": [{"names": ["read"], "action": "SCMP_ACT_NOTIFY"}]}"#,
            "SCMP_ACT_NOTIFY",
        ),
    ] {
        let message = parse_profile(json).unwrap_err().message;
        assert!(message.contains(expected) && !message.contains('\n'), "{message}");
    }
}

#[test]
fn default_profile_compiles_small() {
    let program = default_program(crate::runtime::caps::DEFAULT_CAPS);
    // The binary search keeps the filter short: each call walks ~10 jumps.
    assert!(program.len() < 200, "{} instructions", program.len());
}

/// Run `body` in a forked child (so that filters and capabilities do not
/// stick to the test process) and return what it reported.
fn in_child(body: impl FnOnce() -> String) -> String {
    use std::io::{Read, Write};
    let (read_end, write_end) = nix::unistd::pipe().unwrap();
    // SAFETY: the child only runs `body` and exits without returning into
    // the test harness.
    match unsafe { nix::unistd::fork() }.unwrap() {
        nix::unistd::ForkResult::Child => {
            drop(read_end);
            let report = std::panic::catch_unwind(std::panic::AssertUnwindSafe(body))
                .unwrap_or_else(|_| "child panicked".to_string());
            let _ = std::fs::File::from(write_end).write_all(report.as_bytes());
            unsafe { libc::_exit(0) }
        }
        nix::unistd::ForkResult::Parent { child } => {
            drop(write_end);
            let mut report = String::new();
            std::fs::File::from(read_end).read_to_string(&mut report).unwrap();
            nix::sys::wait::waitpid(child, None).unwrap();
            report
        }
    }
}

/// `name: value` lines of /proc/self/status, for the fields we check.
fn status_fields() -> String {
    let status = std::fs::read_to_string("/proc/self/status").unwrap();
    let wanted = ["CapInh", "CapPrm", "CapEff", "CapBnd", "CapAmb", "Seccomp:", "NoNewPrivs"];
    status.lines().filter(|l| wanted.iter().any(|w| l.starts_with(w))).map(|l| format!("{l}\n")).collect()
}

/// Result of a raw system call: "ok" or the errno name.
fn outcome(rc: libc::c_long) -> String {
    if rc >= 0 {
        return "ok".to_string();
    }
    errno_name(std::io::Error::last_os_error().raw_os_error().unwrap_or(0) as i64)
}

fn errno_name(errno: i64) -> String {
    match errno as i32 {
        libc::EPERM => "EPERM".to_string(),
        libc::ENOSYS => "ENOSYS".to_string(),
        e if e <= 0 => "ok".to_string(),
        e => format!("errno {e}"),
    }
}

/// getpid through the i386 ABI (`int 0x80`, call 20): the kernel's result.
fn i386_getpid() -> i64 {
    let result: i64;
    // SAFETY: getpid has no arguments and touches no memory.
    unsafe { std::arch::asm!("int 0x80", inlateout("rax") 20i64 => result, options(nostack)) };
    result
}

/// getpid through the x32 ABI (its number with bit 30): the kernel's result.
fn x32_getpid() -> i64 {
    let result: i64;
    // SAFETY: as above; `syscall` clobbers rcx and r11.
    unsafe {
        std::arch::asm!("syscall", inlateout("rax") libc::SYS_getpid | i64::from(X32_SYSCALL_BIT) => result,
            out("rcx") _, out("r11") _, options(nostack))
    };
    result
}

fn field<'a>(report: &'a str, name: &str) -> &'a str {
    let line =
        report.lines().find(|l| l.starts_with(name)).unwrap_or_else(|| panic!("no {name} in {report}"));
    line.split_once(':').unwrap().1.trim()
}

/// Podman's default set as a /proc/self/status mask: CHOWN(0) DAC_OVERRIDE(1)
/// FOWNER(3) FSETID(4) KILL(5) SETGID(6) SETUID(7) SETPCAP(8)
/// NET_BIND_SERVICE(10) SYS_CHROOT(18) SETFCAP(31).
const DEFAULT_CAPS_MASK: &str = "00000000800405fb";

#[test]
fn filter_and_capabilities_hold_in_a_real_process() {
    if !nix::unistd::geteuid().is_root() {
        eprintln!("skipped: needs root to set capabilities");
        return;
    }
    let report = in_child(|| {
        let started = std::time::Instant::now();
        let caps = crate::runtime::caps::resolve(&[], &[], false).unwrap();
        let program = compile(&parse_profile(default_profile()).unwrap(), &caps).unwrap();
        let compiled = started.elapsed();
        apply(&program).unwrap();
        let filtered = started.elapsed();
        crate::runtime::caps::apply(&caps, true).unwrap();
        let total = started.elapsed();
        let sys = |nr: libc::c_long, arg: libc::c_long| outcome(unsafe { libc::syscall(nr, arg, 0, 0, 0) });
        let mut report = format!(
            "resolve_and_compile_us: {}\napply_us: {}\ncaps_us: {}\ntotal_us: {}\n",
            compiled.as_micros(),
            (filtered - compiled).as_micros(),
            (total - filtered).as_micros(),
            total.as_micros()
        );
        report += &format!("keyctl: {}\n", sys(libc::SYS_keyctl, 0));
        report += &format!("add_key: {}\n", sys(libc::SYS_add_key, 0));
        report += &format!("sethostname: {}\n", sys(libc::SYS_sethostname, 0));
        report += &format!("io_uring_setup: {}\n", sys(libc::SYS_io_uring_setup, 0));
        report += &format!("clone3: {}\n", sys(libc::SYS_clone3, 0));
        report += &format!("getpid: {}\n", sys(libc::SYS_getpid, 0));
        report += &format!("personality_query: {}\n", sys(libc::SYS_personality, 0xffff_ffff));
        report += &format!("personality_linux: {}\n", sys(libc::SYS_personality, 0));
        report +=
            &format!("personality_no_aslr: {}\n", sys(libc::SYS_personality, libc::ADDR_NO_RANDOMIZE as _));
        report += &format!("i386_getpid: {}\n", errno_name(-i386_getpid()));
        report += &format!("x32_getpid: {}\n", errno_name(-x32_getpid()));
        report += &status_fields();
        // Last, as it moves this process into a new user namespace.
        report += &format!("unshare_user: {}\n", sys(libc::SYS_unshare, libc::CLONE_NEWUSER as _));
        report
    });
    eprintln!("{report}");
    for (call, expected) in [
        ("keyctl", "EPERM"),
        ("add_key", "EPERM"),
        ("sethostname", "EPERM"),
        ("io_uring_setup", "EPERM"),
        ("clone3", "ENOSYS"),
        ("getpid", "ok"),
        ("personality_query", "ok"),
        ("personality_linux", "ok"),
        ("personality_no_aslr", "EPERM"),
        ("i386_getpid", "EPERM"),
        ("x32_getpid", "EPERM"),
        // Allowed by the filter; the kernel may still refuse it for its own
        // reasons, but never with seccomp's EPERM for a root process.
        ("unshare_user", "ok"),
    ] {
        assert_eq!(field(&report, call), expected, "{call}");
    }
    assert_eq!(field(&report, "Seccomp"), "2");
    assert_eq!(field(&report, "NoNewPrivs"), "0");
    for set in ["CapPrm", "CapEff", "CapBnd"] {
        assert_eq!(field(&report, set), DEFAULT_CAPS_MASK, "{set}");
    }
    for set in ["CapInh", "CapAmb"] {
        assert_eq!(field(&report, set), "0000000000000000", "{set}");
    }
}

#[test]
fn non_root_user_keeps_only_the_bounding_set() {
    if !nix::unistd::geteuid().is_root() {
        eprintln!("skipped: needs root to change user");
        return;
    }
    let report = in_child(|| {
        let caps = crate::runtime::caps::resolve(&[], &[], false).unwrap();
        let program = compile(&parse_profile(default_profile()).unwrap(), &caps).unwrap();
        apply(&program).unwrap();
        ::caps::securebits::set_keepcaps(true).unwrap();
        let user = nix::unistd::Uid::from_raw(1000);
        let group = nix::unistd::Gid::from_raw(1000);
        nix::unistd::setresgid(group, group, group).unwrap();
        nix::unistd::setresuid(user, user, user).unwrap();
        crate::runtime::caps::apply(&caps, false).unwrap();
        status_fields()
    });
    for set in ["CapInh", "CapPrm", "CapEff", "CapAmb"] {
        assert_eq!(field(&report, set), "0000000000000000", "{set}: {report}");
    }
    assert_eq!(field(&report, "CapBnd"), DEFAULT_CAPS_MASK);
}

#[test]
fn installing_without_privilege_explains_itself() {
    // SAFETY: a query without side effects.
    if unsafe { libc::prctl(libc::PR_GET_NO_NEW_PRIVS, 0, 0, 0, 0) } == 1 {
        eprintln!("skipped: no_new_privs is already set, so installing needs no privilege");
        return;
    }
    let report = in_child(|| {
        let program = default_program(&[]);
        // Without CAP_SYS_ADMIN and without no_new_privs the kernel refuses.
        ::caps::clear(None, ::caps::CapSet::Effective).unwrap();
        match apply(&program) {
            Ok(()) => "installed".to_string(),
            Err(e) => e.message,
        }
    });
    assert!(report.contains("CAP_SYS_ADMIN or no_new_privs"), "{report}");
}

#[test]
fn ordinary_programs_run_under_the_default_filter() {
    if !nix::unistd::geteuid().is_root() {
        eprintln!("skipped: needs root to set capabilities");
        return;
    }
    // Every-day tools, a pipeline, threads (sort), and a nested rootless
    // user namespace as `podman` inside a container would make one.
    let script = "ls -la / >/dev/null && echo hello | sort | tr a-z A-Z && \
                  tar -cf - /etc/passwd 2>/dev/null | gzip -c | gzip -dc | tar -tf - && \
                  unshare -Ur id -u";
    let report = in_child(|| {
        let caps = crate::runtime::caps::resolve(&[], &[], false).unwrap();
        apply(&compile(&parse_profile(default_profile()).unwrap(), &caps).unwrap()).unwrap();
        crate::runtime::caps::apply(&caps, true).unwrap();
        match std::process::Command::new("sh").args(["-c", script]).output() {
            Ok(out) => format!(
                "{}{}status: {}",
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr),
                out.status
            ),
            Err(e) => format!("spawn failed: {e}"),
        }
    });
    assert_eq!(report, "HELLO\netc/passwd\n0\nstatus: exit status: 0", "{report}");
}
