//! `skiff exec`: run another process in a running container, in every one
//! of its namespaces and under the same confinement as its main process.

use super::Context;
use crate::cli::ExecArgs;
use crate::container::launch::{confinement, spec_for};
use crate::container::ContainerStore;
use crate::error::{Error, Result, EXIT_ENGINE};
use crate::image::ImageStore;
use crate::runtime::process::{self, Stdio};

pub fn run(ctx: &Context, args: ExecArgs) -> Result<i32> {
    let extra_env = crate::container::create::parse::env(&args.process.env, &args.process.env_file)?;
    if let Some(w) = &args.process.workdir {
        if !w.starts_with('/') {
            return Err(crate::err!("the working directory {w:?} is invalid: it needs to be an absolute path"));
        }
    }
    let store = ContainerStore::open(&ctx.paths);
    // The store reports a missing container with code 1 (what rm and stop
    // return); exec, as podman's and docker's, exits 125 for it.
    let record = store.lookup(&args.container).map_err(|e| Error::with_code(EXIT_ENGINE, e.message))?;
    let pid = store.live_pid(&record.id).ok_or_else(|| {
        crate::err!("can only exec in a running container: {} is {}", args.container, record.status.as_str())
    })?;
    let images = ImageStore::open(&ctx.paths)?;
    let mut spec = spec_for(&ctx.paths, &images, &record)?;
    if args.privileged {
        let mut config = record.config.clone();
        config.privileged = true;
        let full = confinement(&config, Some(&store.container_dir(&record.id)), true)?;
        spec.caps = full.caps;
        spec.seccomp = full.seccomp;
    }
    spec.args = args.command.clone();
    spec.env.extend(extra_env);
    if let Some(w) = &args.process.workdir {
        spec.workdir = w.clone();
    }
    if let Some(u) = &args.process.user {
        spec.user = u.clone();
    }
    spec.tty = args.process.tty;
    spec.stdin = args.process.interactive;
    if args.detach {
        spec.die_with_parent = false;
        let null = || std::fs::OpenOptions::new().write(true).open("/dev/null").map(std::os::fd::OwnedFd::from);
        let (out, err) = (null(), null());
        let stdio = match (out, err) {
            (Ok(stdout), Ok(stderr)) => Stdio::Fds { stdin: None, stdout, stderr },
            _ => return Err(crate::err!("open /dev/null")),
        };
        let started = process::exec(&spec, stdio, pid)?;
        drop(started);
        return Ok(0);
    }
    process::exec_foreground(&spec, pid)
}
