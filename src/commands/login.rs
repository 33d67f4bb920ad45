//! `skiff login`: check credentials with a registry and store them where
//! podman and docker look for them.

use crate::cli::LoginArgs;
use crate::error::Result;
use crate::image::registry::{self, auth};
use std::io::BufRead;

pub fn run(args: LoginArgs) -> Result<i32> {
    let server = auth::registry_key(args.server.as_deref().unwrap_or("docker.io"));
    let authfile = args.registry.auth.authfile.as_deref();
    if args.get_login {
        return match auth::lookup(None, authfile, &server, "")? {
            Some(credentials) => {
                crate::output::line(&credentials.username);
                Ok(0)
            }
            None => Err(crate::err!("not logged into {server}")),
        };
    }
    let username = args.username.clone().filter(|u| !u.is_empty()).ok_or_else(|| crate::err!("login {server}: a username is required (-u)"))?;
    let password = match (&args.password, args.password_stdin) {
        (Some(_), true) => return Err(crate::err!("--password and --password-stdin are mutually exclusive")),
        (Some(password), false) => password.clone(),
        (None, true) => {
            let mut line = String::new();
            std::io::stdin().lock().read_line(&mut line)?;
            line.trim_end_matches(['\n', '\r']).to_string()
        }
        (None, false) => return Err(crate::err!("login {server}: a password is required (-p or --password-stdin)")),
    };
    if password.is_empty() {
        return Err(crate::err!("login {server}: the password is empty"));
    }
    let credentials = auth::Credentials { username, password };
    let access = super::access(&args.registry, None);
    registry::connect_as(&server, &access, Some(credentials.clone()), "")
        .and_then(|client| client.verify_login())
        .map_err(|e| crate::err!("logging into {server:?}: {e}"))?;
    let file = auth::login_file(authfile)?;
    auth::store(&file, &server, &credentials)?;
    if args.verbose {
        // podman's exact line (Go's Println puts a space between its two
        // arguments, after the one in "Used: ").
        crate::output::line(&format!("Used:  {}", file.display()));
    }
    crate::output::line("Login Succeeded!");
    Ok(0)
}
