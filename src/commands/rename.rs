//! `skiff rename`: give a container another name.

use super::Context;
use crate::container::ContainerStore;
use crate::error::Result;

pub fn run(ctx: &Context, container: &str, name: &str) -> Result<i32> {
    let store = ContainerStore::open(&ctx.paths);
    let mut record = super::targets::lookup(&store, container)?;
    store.rename(&mut record, name)?;
    Ok(0)
}
