//! STUB: `skiff ps`, to be written.

use super::Context;
use crate::cli::PsArgs;
use crate::error::Result;

pub fn run(_ctx: &Context, _args: PsArgs) -> Result<i32> {
    Err(crate::err!("ps is not implemented yet"))
}
