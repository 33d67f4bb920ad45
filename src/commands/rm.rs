//! `skiff rm`: remove containers and everything they own.

use super::Context;
use crate::cli::RmArgs;
use crate::container::lifecycle::{remove_one, EXIT_RUNNING};
use crate::container::ContainerStore;
use crate::error::Result;
use crate::runtime::userns;

/// podman's exit status when a named container does not exist.
const EXIT_NO_SUCH_CONTAINER: i32 = 1;

pub fn run(ctx: &Context, args: RmArgs) -> Result<i32> {
    if args.containers.is_empty() && !args.all {
        return Err(crate::err!("rm requires at least one container name or id, or --all"));
    }
    // Container files belong to subordinate ids: only root in the user
    // namespace may delete them.
    userns::enter_if_rootless()?;
    let store = ContainerStore::open(&ctx.paths);
    let targets = if args.all {
        store.list()?.into_iter().map(|c| c.id).collect()
    } else {
        args.containers.clone()
    };
    super::remove_each(&targets, &[EXIT_NO_SUCH_CONTAINER, EXIT_RUNNING], |key| remove_one(&ctx.paths, &store, key, args.force, args.volumes))
}
