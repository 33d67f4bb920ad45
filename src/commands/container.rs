//! `skiff container SUBCOMMAND`: the container commands of the top level
//! under the group's names, and inspect, prune, exists, cleanup and clone.

use super::targets::{self, Choice};
use super::Context;
use crate::cli::{CleanupArgs, Command, ContainerCommand, ContainerTargets, ContainerTopLevelCommand, GlobalOptions, InspectArgs, InspectKind, PruneArgs};
use crate::container::state::ContainerStatus;
use crate::container::ContainerStore;
use crate::error::Result;

/// `container ls` is `ps`: the group's names of top-level commands, with
/// the same arguments.
fn top_level(command: ContainerTopLevelCommand) -> Command {
    match command {
        ContainerTopLevelCommand::Ls(args) => Command::Ps(args),
        ContainerTopLevelCommand::Rm(args) => Command::Rm(args),
        ContainerTopLevelCommand::Run(args) => Command::Run(args),
        ContainerTopLevelCommand::Create(args) => Command::Create(args),
        ContainerTopLevelCommand::Start(args) => Command::Start(args),
        ContainerTopLevelCommand::Stop(args) => Command::Stop(args),
        ContainerTopLevelCommand::Kill(args) => Command::Kill(args),
        ContainerTopLevelCommand::Restart(args) => Command::Restart(args),
        ContainerTopLevelCommand::Wait(args) => Command::Wait(args),
        ContainerTopLevelCommand::Logs(args) => Command::Logs(args),
        ContainerTopLevelCommand::Exec(args) => Command::Exec(args),
        ContainerTopLevelCommand::Attach(args) => Command::Attach(args),
        ContainerTopLevelCommand::Top(args) => Command::Top(args),
        ContainerTopLevelCommand::Port(args) => Command::Port(args),
        ContainerTopLevelCommand::Cp(args) => Command::Cp(args),
        ContainerTopLevelCommand::Diff(args) => Command::Diff(args),
        ContainerTopLevelCommand::Export(args) => Command::Export(args),
        ContainerTopLevelCommand::Rename(args) => Command::Rename(args),
        ContainerTopLevelCommand::Commit(args) => Command::Commit(args),
        ContainerTopLevelCommand::Stats(args) => Command::Stats(args),
        ContainerTopLevelCommand::Pause(args) => Command::Pause(args),
        ContainerTopLevelCommand::Unpause(args) => Command::Unpause(args),
        ContainerTopLevelCommand::Init(args) => Command::Init(args),
        ContainerTopLevelCommand::Mount(args) => Command::Mount(args),
        ContainerTopLevelCommand::Unmount(args) => Command::Unmount(args),
    }
}

pub fn run(global: &GlobalOptions, command: ContainerCommand) -> Result<i32> {
    let ctx = &super::context(global)?;
    match command {
        ContainerCommand::TopLevel(command) => super::run_command(global, top_level(command)),
        // `container inspect` looks only for containers.
        ContainerCommand::Inspect(objects) => {
            let args = InspectArgs { kind: InspectKind::Container, objects };
            super::inspect::run(ctx, args)
        }
        ContainerCommand::Prune(args) => prune(ctx, &args),
        ContainerCommand::Exists { container, external: _ } => Ok(if ContainerStore::open(&ctx.paths).lookup(&container).is_ok() { 0 } else { 1 }),
        ContainerCommand::Cleanup(args) => cleanup(ctx, args),
        ContainerCommand::Clone(args) => super::clone::run(ctx, args),
        ContainerCommand::Runlabel(args) => super::runlabel::run(ctx, args),
    }
}

/// Remove every container that is not running; print their ids.
fn prune(ctx: &Context, args: &PruneArgs) -> Result<i32> {
    let store = ContainerStore::open(&ctx.paths);
    let filter = targets::ContainerFilter::parse(ctx, &store, &args.filter, targets::ContainerFilter::PRUNE_KEYS)?;
    if !args.force && !crate::output::confirm("WARNING! This will remove all stopped containers.", &[]) {
        return Ok(0);
    }
    crate::container::lifecycle::prune(&ctx.paths, &|c| filter.matches(c), &mut |id| crate::output::line(id))?;
    Ok(0)
}

/// `container cleanup --exec SESSION`: podman cleans up (with --rm,
/// removes) one exec session of one container. skiff keeps no exec
/// sessions in its store: an exec's files and process end with it (the API
/// service's exec instances live in its memory), so no session id is known
/// to the container, and podman's answer for an unknown one is given.
fn cleanup_exec_session(ctx: &Context, store: &ContainerStore, args: &CleanupArgs, session: &str) -> Result<i32> {
    if args.all {
        return Err(crate::err!("exec and all options conflict"));
    }
    if args.containers.len() > 1 {
        return Err(crate::err!("cannot use exec option when more than one container is given"));
    }
    if args.rmi {
        return Err(crate::err!("exec and rmi options conflict"));
    }
    let names = ContainerTargets { cidfile: Vec::new(), latest: args.latest, containers: args.containers.clone() };
    let keys = targets::choose(ctx, store, &Choice::of(&names), |_| true)?;
    let record = match keys.as_slice() {
        [key] => targets::lookup(store, key)?,
        _ => return Err(crate::err!("give the container whose exec session to clean up")),
    };
    Err(crate::err!("container {} has no exec session with ID {session}: no such exec session", record.id))
}

/// `container cleanup`: release what stopped containers left behind (see
/// `ContainerStore::clean_up`); with --rm remove them, with --rmi also
/// their images if nothing else uses them. Prints each as named.
fn cleanup(ctx: &Context, args: CleanupArgs) -> Result<i32> {
    if args.rmi && !args.rm {
        return Err(crate::err!("--rmi needs --rm: an image is removed with its container"));
    }
    let store = ContainerStore::open(&ctx.paths);
    if let Some(session) = &args.exec {
        return cleanup_exec_session(ctx, &store, &args, session);
    }
    let names = ContainerTargets { cidfile: Vec::new(), latest: args.latest, containers: args.containers.clone() };
    let choice = Choice { all: args.all, ..Choice::of(&names) };
    let keys = targets::choose(ctx, &store, &choice, |c| c.status != ContainerStatus::Running)?;
    if args.rm {
        // The container's files belong to subordinate ids.
        crate::runtime::userns::enter_if_rootless()?;
    }
    super::for_each_named(&keys, &[], |key| {
        let record = targets::lookup(&store, key)?;
        store.clean_up(&record)?;
        if args.rm {
            crate::container::lifecycle::remove_one(&ctx.paths, &store, &record.id, crate::container::lifecycle::WhenRunning::Refuse, false)?;
        }
        if args.rmi && store.users_of_image(&record.image_id)?.is_empty() {
            crate::image::ImageStore::open(&ctx.paths)?.update(|images| {
                images.retain(|i| i.id != record.image_id);
                Ok(())
            })?;
        }
        Ok(key.to_string())
    })
}
