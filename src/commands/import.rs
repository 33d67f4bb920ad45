//! STUB: `skiff import`, to be written.

use super::Context;
use crate::cli::ImportArgs;
use crate::error::Result;

pub fn run(_ctx: &Context, _args: ImportArgs) -> Result<i32> {
    Err(crate::err!("import is not implemented yet"))
}
