//! STUB: `skiff images`, to be written.

use super::Context;
use crate::cli::ImagesArgs;
use crate::error::Result;

pub fn run(_ctx: &Context, _args: ImagesArgs) -> Result<i32> {
    Err(crate::err!("images is not implemented yet"))
}
