//! STUB: `skiff load`, to be written.

use super::Context;
use crate::cli::LoadArgs;
use crate::error::Result;

pub fn run(_ctx: &Context, _args: LoadArgs) -> Result<i32> {
    Err(crate::err!("load is not implemented yet"))
}
