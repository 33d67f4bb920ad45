//! `skiff unshare [COMMAND...]`: run a command as root of skiff's user
//! namespace (the mapping containers get, subordinate ids included) in a
//! mount namespace of its own. The way a rootless user removes or edits
//! files that containers left owned by subordinate ids.

use super::Context;
use crate::cli::UnshareArgs;
use crate::paths;
use crate::error::{Error, Result, EXIT_CANNOT_INVOKE, EXIT_NOT_FOUND};
use crate::runtime::userns;
use std::os::unix::process::CommandExt;

pub fn run(ctx: &Context, args: UnshareArgs) -> Result<i32> {
    if args.rootless_netns {
        return Err(crate::err!(
            "--rootless-netns is not supported: skiff has no single rootless network namespace (each user network lives in its network holder, started only while containers use it)"
        ));
    }
    if !userns::rootless() {
        return Err(crate::err!("please use unshare with rootless"));
    }
    let mut command = args.command.into_iter();
    let program = command
        .next()
        .or_else(|| std::env::var("SHELL").ok().filter(|s| !s.is_empty()))
        .unwrap_or_else(|| "/bin/sh".into());
    userns::enter_if_rootless()?;
    userns::private_mount_namespace()?;
    // exec only returns on failure; on success the command's exit status is ours.
    let failure = std::process::Command::new(&program)
        .args(command)
        .env(paths::GRAPHROOT_VARIABLE, &ctx.paths.data)
        .env(paths::RUNROOT_VARIABLE, &ctx.paths.runtime)
        .env(paths::TMPDIR_VARIABLE, &ctx.paths.tmpdir)
        // skiff run in here works on the user's store (and may mount).
        .env(paths::USERNS_MARKER_VARIABLE, "done")
        .exec();
    Err(match failure.kind() {
        std::io::ErrorKind::NotFound => Error::with_code(EXIT_NOT_FOUND, format!("exec: {program:?}: executable file not found in $PATH")),
        _ => Error::with_code(EXIT_CANNOT_INVOKE, format!("exec: {program:?}: {failure}")),
    })
}
