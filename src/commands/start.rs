//! `skiff start`: start created or exited containers under a monitor.

use super::targets::{self, Choice};
use super::Context;
use crate::cli::{ContainerTargets, StartArgs};
use crate::container::state::{ContainerRecord, ContainerStatus};
use crate::container::lifecycle::start_under_monitor;
use crate::container::ContainerStore;
use crate::error::Result;
use super::SignalProxy;

pub fn run(ctx: &Context, args: StartArgs) -> Result<i32> {
    // No user namespace here: each monitor enters the one its container
    // needs (its pod's, or the user networks' holder's).
    let store = ContainerStore::open(&ctx.paths);
    let attach = args.attach || args.interactive;
    let detach_keys = crate::container::attach::parse_detach_keys(&args.detach_keys)?;
    if args.sig_proxy == Some(true) && !attach {
        return Err(crate::err!("--sig-proxy can only be used with --attach"));
    }
    let names = ContainerTargets { cidfile: Vec::new(), latest: args.latest, containers: args.containers.clone() };
    let choice = Choice { targets: &names, all: args.all, filters: &args.filter, ignore: false };
    let keys = targets::choose(ctx, &store, &choice, |c| c.status != ContainerStatus::Running)?;
    if attach && keys.len() > 1 {
        return Err(crate::err!("you cannot start and attach multiple containers at once"));
    }
    if attach {
        let Some(key) = keys.first() else { return Ok(0) };
        let record = targets::lookup(&store, key)?;
        // Attach from this start on, through a log opened now: the command
        // may write before we look, and an --rm container's log goes with
        // it when it exits.
        let log_path = crate::container::logs::log_path(&store.container_dir(&record.id));
        let log = crate::container::logs::OpenLog::from_now_on(&log_path, &record.config.log_driver);
        if args.interactive && record.config.tty && record.config.interactive && record.status != ContainerStatus::Running {
            crate::container::attach::expect_client(store.runtime_dir(), &record.id)?;
        }
        start_one(ctx, &store, &record)?;
        if args.interactive {
            let options = crate::container::attach::AttachOptions { detach_keys, close_stdin_at_eof: true };
            return super::connect_terminal(&store, &record, &options, true, args.sig_proxy.unwrap_or(true));
        }
        let proxy = if args.sig_proxy.unwrap_or(true) { Some(SignalProxy::new()?) } else { None };
        return super::follow_until_exit(&store, &record, log, || {
            if let Some(proxy) = &proxy {
                crate::container::attach::signal_container(&store, &record.id, &proxy.received());
            }
        });
    }
    super::for_each_named(&keys, &[], |key| {
        start_one(ctx, &store, &targets::lookup(&store, key)?)?;
        Ok(key.to_string())
    })
}

/// Start a container under a new monitor, unless it is running already.
fn start_one(ctx: &Context, store: &ContainerStore, record: &ContainerRecord) -> Result<()> {
    if record.status == ContainerStatus::Running {
        return Ok(());
    }
    crate::container::lifecycle::start_required(&ctx.paths, record)?;
    start_under_monitor(&ctx.paths, store, record)
}
