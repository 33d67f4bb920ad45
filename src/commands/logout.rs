//! `skiff logout`: forget the stored credentials of a registry.

use crate::cli::LogoutArgs;
use crate::error::Result;
use crate::image::registry::auth;

pub fn run(args: LogoutArgs) -> Result<i32> {
    let file = auth::login_file(args.auth.authfile.as_deref())?;
    if args.all {
        auth::remove(&file, None)?;
        crate::output::line("Removed login credentials for all registries");
        return Ok(0);
    }
    let server = auth::registry_key(args.server.as_deref().unwrap_or("docker.io"));
    if !auth::remove(&file, Some(&server))? {
        return Err(crate::err!("not logged into {server}"));
    }
    crate::output::line(&format!("Removed login credentials for {server}"));
    Ok(0)
}
