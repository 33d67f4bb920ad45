//! `skiff rm`: remove containers and everything they own.

use super::Context;
use super::targets::Choice;
use crate::cli::RmArgs;
use crate::container::lifecycle::{remove_one, WhenRunning, EXIT_RUNNING};
use crate::container::state::{ContainerRecord, EXIT_NO_SUCH_CONTAINER};
use crate::container::ContainerStore;
use crate::error::Result;
use crate::runtime::userns;

pub fn run(ctx: &Context, args: RmArgs) -> Result<i32> {
    if args.link {
        // docker's `rm --link /CONTAINER/ALIAS`: each name printed as given.
        return super::for_each_named(&args.targets.containers, &[EXIT_NO_SUCH_CONTAINER], |name| {
            crate::network::links::remove(&ctx.paths, name).map(|_| name.to_string())
        });
    }
    let store = ContainerStore::open(&ctx.paths);
    let choice = Choice { targets: &args.targets, all: args.all, filters: &args.filter, ignore: args.ignore };
    let mut keys = super::targets::choose(ctx, &store, &choice, |_| true)?;
    if args.depend {
        keys = with_dependents(&store, keys)?;
    }
    // Container files belong to subordinate ids: only root in the user
    // namespace may delete them.
    userns::enter_if_rootless()?;
    let when_running = match (args.force, args.time.time) {
        (false, _) => WhenRunning::Refuse,
        (true, None) => WhenRunning::Kill,
        (true, Some(seconds)) => WhenRunning::Stop(seconds),
    };
    // Each removed container is printed as it was named, as podman does (a
    // script's `rm NAME` reads back NAME); with --depend, by id.
    let depend = args.depend;
    super::for_each_named(&keys, &[EXIT_NO_SUCH_CONTAINER, EXIT_RUNNING], |key| {
        remove_one(&ctx.paths, &store, key, when_running, args.volumes).map(|id| if depend { id } else { key.to_string() })
    })
}

/// `--depend`: each container preceded by those that share its network
/// namespace (`--network container:`), which cannot outlive it, theirs
/// before them.
fn with_dependents(store: &ContainerStore, keys: Vec<String>) -> Result<Vec<String>> {
    fn add_dependents(all: &[ContainerRecord], id: &str, ordered: &mut Vec<String>) {
        let joined = format!("container:{id}");
        for dependent in all.iter().filter(|c| c.config.network.as_str() == joined) {
            add_dependents(all, &dependent.id, ordered);
            if !ordered.contains(&dependent.id) {
                ordered.push(dependent.id.clone());
            }
        }
    }
    let all = store.list()?;
    let mut ordered: Vec<String> = Vec::new();
    for key in keys {
        // A missing one is left for for_each_named to report as podman does.
        match store.lookup(&key) {
            Ok(record) if ordered.contains(&record.id) => continue,
            Ok(record) => add_dependents(&all, &record.id, &mut ordered),
            Err(_) => {}
        }
        ordered.push(key);
    }
    Ok(ordered)
}
