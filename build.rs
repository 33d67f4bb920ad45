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
    let own_linker = std::env::var_os("RUSTC_LINKER").is_some();
    if target != "x86_64-unknown-linux-gnu" || own_linker || !rustc_links_with_lld() {
        return;
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
    let version = String::from_utf8_lossy(&out.stdout);
    // "rustc 1.95.0 (...)"
    let mut numbers = version.split_whitespace().nth(1).unwrap_or("").split('.').map(|n| n.parse::<u32>().unwrap_or(0));
    let (major, minor) = (numbers.next().unwrap_or(0), numbers.next().unwrap_or(0));
    (major, minor) >= (1, 90)
}
