//! The `skiff` binary; everything it does is in the library.
//!
//! No Rust `main`, so none of Rust's runtime start-up, which installs a
//! stack-overflow handler for the main thread: to find that thread's
//! stack, glibc reads and parses /proc/self/maps, 0.2 M instructions and
//! a dozen system calls of every start (issue 20: a `run --rm` spends
//! about 3.5 M in skiff's own code). A stack overflow is then a plain
//! SIGSEGV without Rust's message. The two things that start-up does that
//! skiff relies on are done here.
#![no_main]

use std::ffi::{c_char, c_int};

#[no_mangle]
extern "C" fn main(_argc: c_int, _argv: *const *const c_char) -> c_int {
    // SAFETY: single-threaded; plain system calls.
    unsafe {
        // Standard streams that are closed get /dev/null, so that no file
        // skiff opens becomes its output by chance.
        for fd in 0..3 {
            if libc::fcntl(fd, libc::F_GETFD) == -1 && std::io::Error::last_os_error().raw_os_error() == Some(libc::EBADF) {
                libc::open(c"/dev/null".as_ptr(), libc::O_RDWR);
            }
        }
        // A write to a closed pipe fails with EPIPE rather than killing
        // skiff (Rust programs' default).
        libc::signal(libc::SIGPIPE, libc::SIG_IGN);
    }
    // (std::env::args works without Rust's start-up: glibc hands the
    // arguments to the library's initializer.)
    std::process::exit(skiff::main_entry())
}
