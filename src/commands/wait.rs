//! `skiff wait`: block until containers reach a state; print exit codes.

use super::targets::{self, Choice};
use super::Context;
use crate::cli::{ContainerTargets, WaitArgs};
use crate::container::state::EXIT_NO_SUCH_CONTAINER;
use crate::container::{lifecycle, ContainerStore};
use crate::error::Result;
use crate::output;
use std::time::Duration;

/// What `wait --ignore` prints for a container that does not exist, as
/// podman does.
const MISSING_EXIT_CODE: i32 = -1;

pub fn run(ctx: &Context, args: WaitArgs) -> Result<i32> {
    let wanted = args.condition.iter().map(|c| lifecycle::parse_wait_condition(c)).collect::<Result<Vec<_>>>()?;
    let interval = parse_interval(&args.interval)?;
    let store = ContainerStore::open(&ctx.paths);
    let names = ContainerTargets { cidfile: Vec::new(), latest: args.latest, containers: args.containers.clone() };
    for key in targets::choose(ctx, &store, &Choice::of(&names), |_| true)? {
        let code = match lifecycle::wait_for(&store, &key, &wanted, interval) {
            Ok(code) => code,
            Err(e) if args.ignore && e.code == EXIT_NO_SUCH_CONTAINER => MISSING_EXIT_CODE,
            Err(e) if e.code == EXIT_NO_SUCH_CONTAINER => return Err(crate::error::Error::new(e.message)),
            Err(e) => return Err(e),
        };
        output::line(&code.to_string());
    }
    Ok(0)
}

/// `--interval`: a duration (250ms, 1s), or as podman also takes it a
/// number of milliseconds.
fn parse_interval(text: &str) -> Result<Duration> {
    let interval = match text.parse::<u64>() {
        Ok(millis) => Some(Duration::from_millis(millis)),
        Err(_) => crate::time::parse_duration(text),
    };
    interval
        .filter(|d| !d.is_zero())
        .ok_or_else(|| crate::err!("invalid --interval {text:?}: use a duration like 250ms or 1s"))
}
