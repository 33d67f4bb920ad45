//! STUB: `skiff run`, to be written.

use super::Context;
use crate::cli::RunArgs;
use crate::error::Result;

pub fn run(_ctx: &Context, _args: RunArgs) -> Result<i32> {
    Err(crate::err!("run is not implemented yet"))
}
