//! `skiff attach`: connect the terminal to a detached container through its
//! monitor; the detach keys (ctrl-p,ctrl-q) leave it running.

use super::Context;
use crate::cli::AttachArgs;
use crate::container::attach::{parse_detach_keys, AttachOptions};
use crate::container::ContainerStore;
use crate::error::Result;

pub fn run(ctx: &Context, args: AttachArgs) -> Result<i32> {
    let options = AttachOptions { detach_keys: parse_detach_keys(&args.detach_keys)?, close_stdin_at_eof: false };
    let store = ContainerStore::open(&ctx.paths);
    let container = super::targets::one_or_latest(&store, args.container.as_deref(), args.latest.latest)?;
    let record = super::targets::lookup(&store, &container)?;
    crate::container::attach::refuse_unless_attachable(&record, &container)?;
    super::connect_terminal(&store, &record, &options, !args.no_stdin, args.sig_proxy)
}
