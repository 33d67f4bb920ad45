//! STUB: `skiff rmi`, to be written.

use super::Context;
use crate::cli::RmiArgs;
use crate::error::Result;

pub fn run(_ctx: &Context, _args: RmiArgs) -> Result<i32> {
    Err(crate::err!("rmi is not implemented yet"))
}
