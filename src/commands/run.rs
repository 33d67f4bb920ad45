//! `skiff run`: create a container and run it, in the foreground or (`-d`)
//! under its own monitor process.

use super::create::create_container;
use super::Context;
use crate::cli::RunArgs;
use crate::container::launch::spec_for;
use crate::container::{monitor, ContainerStore};
use crate::error::Result;
use crate::image::ImageStore;
use crate::output;
use crate::runtime::process;

pub fn run(ctx: &Context, args: RunArgs) -> Result<i32> {
    if args.rmi && args.detach {
        return Err(crate::err!("--rmi cannot be used with --detach: the image is removed by the `run` that waits for the container"));
    }
    if args.preserve_fds > 0 && args.detach {
        return Err(crate::err!("--preserve-fds cannot be used with --detach: only a foreground run has the descriptors to pass"));
    }
    // Checked before skiff opens anything that could take their numbers.
    for fd in 3..3 + args.preserve_fds as i32 {
        if nix::fcntl::fcntl(unsafe { std::os::fd::BorrowedFd::borrow_raw(fd) }, nix::fcntl::FcntlArg::F_GETFD).is_err() {
            return Err(crate::err!("--preserve-fds {}: descriptor {fd} is not open", args.preserve_fds));
        }
    }
    // --rmi implies --rm, as in podman.
    let create = &crate::cli::CreateArgs { rm: args.create.rm || args.rmi, ..args.create.clone() };
    if create.process.tty && create.process.interactive && !nix::unistd::isatty(std::io::stdin()).unwrap_or(false) {
        output::warn("The input device is not a TTY. The --tty and --interactive flags might not work properly");
    }
    // Containers on user networks start in the networks' user namespace;
    // `create_container` then stays in it.
    if let Some(Ok(crate::runtime::spec::NetworkMode::User(name))) = create.network.as_deref().map(crate::runtime::spec::NetworkMode::parse) {
        crate::network::NetworkStore::open(&ctx.paths).lookup(&name).map_err(|e| crate::error::Error::new(e.message))?;
        crate::network::holder::join(&ctx.paths)?;
    }
    let mut record = create_container(ctx, create, true)?;
    let containers = ContainerStore::open(&ctx.paths);
    if let Err(e) = crate::container::lifecycle::start_required(&ctx.paths, &record) {
        let _ = containers.remove(&record);
        return Err(e);
    }
    if args.detach {
        if let Err(e) = monitor::spawn(&ctx.paths, &record.id) {
            if create.rm {
                let _ = containers.remove(&record);
            }
            return Err(e);
        }
        output::line(&record.id);
        return Ok(0);
    }

    let images = ImageStore::open(&ctx.paths)?;
    let spec = match spec_for(&ctx.paths, &images, &record) {
        Ok(spec) => crate::runtime::spec::ContainerSpec { preserve_fds: args.preserve_fds, ..spec },
        Err(e) => {
            let _ = containers.remove(&record);
            return Err(e);
        }
    };
    let outcome = process::run(&spec, |pid| {
        let _ = containers.mark_running(&mut record, pid);
    });
    let exit_code = match &outcome {
        Ok(code) => Some(*code),
        Err(e) if e.code != crate::error::EXIT_ENGINE => Some(e.code),
        Err(_) => None,
    };
    if exit_code.is_some() {
        containers.event(&record, "died");
    }
    if create.rm {
        containers.remove(&record)?;
        crate::volume::remove_anonymous(&ctx.paths, &record.config.mounts)?;
        if args.rmi {
            if let Err(e) = crate::container::image_removal::remove_unused(&ctx.paths, &create.image) {
                output::warn(&format!("Failed removing image {}: {}", create.image, e.message));
            }
        }
    } else if let Some(code) = exit_code {
        // The container may have been removed (rm -f) while it ran.
        // As podman and docker: `run` returns the first run's status and the
        // restart policy goes on in the background, under a monitor that
        // counts this run's restart as the first.
        if record.config.restart.should_restart(code, record.restart_count, containers.stop_requested(&record.id)) {
            if containers.mark_restarting(&mut record, code).is_ok() {
                monitor::spawn(&ctx.paths, &record.id)?;
            }
            return outcome;
        }
        let _ = containers.mark_exited(&mut record, code);
    }
    containers.clear_live(&record.id);
    outcome
}
