//! STUB: `skiff rm`, to be written.

use super::Context;
use crate::cli::RmArgs;
use crate::error::Result;

pub fn run(_ctx: &Context, _args: RmArgs) -> Result<i32> {
    Err(crate::err!("rm is not implemented yet"))
}
