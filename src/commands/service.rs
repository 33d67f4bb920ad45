//! `skiff system service`: serve the Docker Engine API until idle.

use super::Context;
use crate::api::{Listen, ServiceOptions};
use crate::cli::ServiceArgs;
use crate::error::Result;
use std::time::Duration;

pub fn run(ctx: &Context, args: &ServiceArgs) -> Result<i32> {
    let listen = Listen::parse(args.uri.as_deref(), &ctx.paths)?;
    let idle = (args.time > 0).then(|| Duration::from_secs(args.time));
    crate::api::serve(ctx.paths.clone(), ServiceOptions { listen, idle })?;
    Ok(0)
}
