//! `skiff system service`: serve the Docker Engine API until idle.

use super::Context;
use crate::api::tls::TlsFiles;
use crate::api::{Listen, ServiceOptions};
use crate::cli::ServiceArgs;
use crate::error::Result;
use std::time::Duration;

pub fn run(ctx: &Context, args: &ServiceArgs) -> Result<i32> {
    let tls = match (&args.tls_cert, &args.tls_key) {
        (Some(cert), Some(key)) => Some(TlsFiles { cert: cert.clone(), key: key.clone(), client_ca: args.tls_cacert.clone() }),
        _ => None,
    };
    let verified_clients = tls.as_ref().is_some_and(|tls| tls.client_ca.is_some());
    let listen = Listen::parse(args.uri.as_deref(), &ctx.paths, verified_clients)?;
    let idle = (args.time > 0).then(|| Duration::from_secs(args.time));
    crate::api::serve(ctx.paths.clone(), ServiceOptions { listen, idle, tls, cors: args.cors.clone() })?;
    Ok(0)
}
