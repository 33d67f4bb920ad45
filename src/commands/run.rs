//! `skiff run`: create a container and run it, in the foreground or (`-d`)
//! under its own monitor process.

use super::Context;
use crate::cli::RunArgs;
use crate::container::run::{self, ForegroundOptions};
use crate::container::ContainerStore;
use crate::error::Result;
use crate::output;
use crate::output::progress::TransferProgress;

pub fn run(ctx: &Context, args: RunArgs) -> Result<i32> {
    if args.rmi && args.detach {
        return Err(crate::err!("--rmi cannot be used with --detach: the image is removed by the `run` that waits for the container"));
    }
    if args.preserve_fds > 0 && args.detach {
        return Err(crate::err!("--preserve-fds cannot be used with --detach: only a foreground run has the descriptors to pass"));
    }
    // Checked before skiff opens anything that could take their numbers.
    super::check_preserved_fds(args.preserve_fds)?;
    let detach_keys = crate::container::attach::parse_detach_keys(args.detach_keys.as_deref().unwrap_or(crate::container::attach::DEFAULT_DETACH_KEYS))?;
    let mut options = super::create_options(ctx, &args.create)?;
    // --rmi implies --rm, as in podman.
    options.auto_remove |= args.rmi;
    if options.tty && options.interactive && !nix::unistd::isatty(std::io::stdin()).unwrap_or(false) {
        output::warn("The input device is not a TTY. The --tty and --interactive flags might not work properly");
    }
    let record = run::create_to_start(&ctx.paths, &options, &TransferProgress::new(args.create.quiet))?;
    if args.detach {
        run::start_detached(&ctx.paths, &record)?;
        output::line(&record.id);
        return Ok(0);
    }
    // On a terminal, `-it` can detach: the container runs under its own
    // monitor and this run attaches to it, as `start -ai` does. (Passed
    // descriptors and --rmi need the container as this process's child.)
    let on_terminal = nix::unistd::isatty(std::io::stdin()).unwrap_or(false);
    if options.tty && options.interactive && on_terminal && !detach_keys.is_empty() && args.preserve_fds == 0 && !args.rmi {
        let store = ContainerStore::open(&ctx.paths);
        crate::container::attach::expect_client(store.runtime_dir(), &record.id)?;
        run::start_detached(&ctx.paths, &record)?;
        let attach = crate::container::attach::AttachOptions { detach_keys, close_stdin_at_eof: true };
        return super::connect_terminal(&store, &record, &attach, true, args.sig_proxy);
    }
    let foreground =
        ForegroundOptions { preserve_fds: args.preserve_fds, remove_image: args.rmi.then(|| options.image.clone()).filter(|_| options.rootfs.is_none()), keep_signals: !args.sig_proxy };
    run::run_foreground(&ctx.paths, record, &foreground)
}

