//! `skiff container clone`: refused in one line. A clone needs the new
//! container's files (root filesystem, /etc files, anonymous volumes, host
//! ports) made as `create` makes them, from a stored configuration rather
//! than from flags; until `create` can do that, the command says so
//! instead of making a half-configured copy.

use super::Context;
use crate::cli::CloneArgs;
use crate::error::Result;

pub fn run(_ctx: &Context, args: CloneArgs) -> Result<i32> {
    Err(crate::err!(
        "container clone {} is not supported yet: skiff cannot make a container from another's stored configuration; create it again with the same flags",
        args.container
    ))
}
