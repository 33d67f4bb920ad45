//! Links the functions that everyday commands run next to each other, at
//! the start of the code (issue 20, goal 6; see scripts/order-functions).
//! The kernel maps the binary's page cache in whole folios, so scattered
//! hot functions made nearly all 16 MB of code resident in every `run`.

fn main() {
    const ORDER: &str = "scripts/hot-functions.txt";
    // (A change to this script reruns it anyway.)
    println!("cargo:rerun-if-changed={ORDER}");
    // `--symbol-ordering-file` is LLD's, which rustc links with by default
    // on x86_64 Linux (since 1.90); GNU ld and a configured linker do not
    // take it, so those builds keep the compiler's order.
    let target = std::env::var("TARGET").unwrap_or_default();
    // scripts/link-ordered (.cargo/config.toml) is the C compiler driver
    // that rustc would run anyway, resolving the list against the link.
    let own_linker = std::env::var("RUSTC_LINKER").is_ok_and(|linker| !linker.ends_with("scripts/link-ordered"));
    if target != "x86_64-unknown-linux-gnu" || own_linker || !rustc_links_with_lld() {
        return;
    }
    // The loader reads every relocation of this position-independent
    // binary at each start: 28,000 relative ones, 680 KB of `.rela.dyn`
    // resident in every process (a tenth of a run's peak RSS). Packed
    // (DT_RELR, glibc 2.36 and later), they take a few kilobytes.
    if host_glibc_at_least(2, 36) {
        println!("cargo:rustc-link-arg-bins=-Wl,-z,pack-relative-relocs");
    }
    let order = std::path::Path::new(&std::env::var("CARGO_MANIFEST_DIR").unwrap()).join(ORDER);
    if order.exists() {
        println!("cargo:rustc-link-arg-bins=-Wl,--symbol-ordering-file={}", order.display());
        // Symbols the list names but this build lacks (renamed, inlined)
        // are expected: the list only orders what it finds.
        println!("cargo:rustc-link-arg-bins=-Wl,--no-warn-symbol-ordering");
    }
}

/// rustc 1.90 and later link x86_64-unknown-linux-gnu with its own LLD.
fn rustc_links_with_lld() -> bool {
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".into());
    let Ok(out) = std::process::Command::new(rustc).arg("--version").output() else { return false };
    // "rustc 1.95.0 (...)"
    second_word_version(&String::from_utf8_lossy(&out.stdout)) >= (1, 90)
}

/// Whether the C library that this build links against (the host's: only
/// native x86_64 builds get here) is glibc of at least MAJOR.MINOR; a
/// binary with packed relocations does not start on an older one.
fn host_glibc_at_least(major: u32, minor: u32) -> bool {
    let Ok(out) = std::process::Command::new("getconf").arg("GNU_LIBC_VERSION").output() else { return false };
    // "glibc 2.36"
    second_word_version(&String::from_utf8_lossy(&out.stdout)) >= (major, minor)
}

/// The major and minor numbers of the version that is the second word of
/// TEXT ("rustc 1.95.0 (...)", "glibc 2.36"); (0, 0) when there is none.
fn second_word_version(text: &str) -> (u32, u32) {
    let mut numbers = text.split_whitespace().nth(1).unwrap_or("").split('.').map(|n| n.parse::<u32>().unwrap_or(0));
    (numbers.next().unwrap_or(0), numbers.next().unwrap_or(0))
}
