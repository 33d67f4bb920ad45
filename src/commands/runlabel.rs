//! `skiff container runlabel LABEL IMAGE [ARG...]`: run the command the
//! image's label describes (see `image::runlabel`), as podman does.

use super::Context;
use crate::cli::RunlabelArgs;
use crate::error::{Context as _, Result};
use crate::image::runlabel::{self, Program, Substitutions};
use crate::image::ImageStore;
use std::process::{Command, Stdio};

pub fn run(ctx: &Context, args: RunlabelArgs) -> Result<i32> {
    let own_exe = std::fs::read_link("/proc/self/exe").context(|| "find the skiff binary".into())?;
    let images = ImageStore::open(&ctx.paths)?;
    if images.lookup(&args.image).is_err() {
        // Pulled by a skiff of its own: this process stays out of the user
        // namespace a pull enters, for the label's command to run as the user.
        let pulled = pull(ctx, &own_exe, &args)?;
        if pulled != 0 {
            // The pull said why.
            return Ok(pulled);
        }
    }
    let image = images.lookup(&args.image)?;
    let config = images.config(&image)?;
    let labels = config.config().as_ref().and_then(|c| c.labels().clone()).unwrap_or_default();
    let Some(label) = labels.iter().find(|(key, _)| key.eq_ignore_ascii_case(&args.label)).map(|(_, value)| value).filter(|v| !v.is_empty()) else {
        return Err(crate::err!("cannot find the value of label: {} in image: {}", args.label, args.image));
    };
    let image_name = image.names_history.first().or(image.names.first()).cloned().unwrap_or_else(|| image.id.clone());
    let name = args.name.clone().unwrap_or_else(|| runlabel::default_name(&args.image, &image.id, &image_name));
    let pwd = std::env::current_dir().map(|d| d.to_string_lossy().into_owned()).unwrap_or_default();
    let optional = [args.opt1.as_deref().unwrap_or(""), args.opt2.as_deref().unwrap_or(""), args.opt3.as_deref().unwrap_or("")];
    let command = runlabel::command(label, &args.args, &Substitutions { image: &image_name, name: &name, pwd: &pwd, optional })?;
    if args.display {
        let program = match &command.program {
            Program::Skiff => "skiff",
            Program::Other(program) => program,
        };
        crate::output::line(&format!("command: {}", std::iter::once(program).chain(command.args.iter().map(String::as_str)).collect::<Vec<_>>().join(" ")));
        return Ok(0);
    }
    if args.replace {
        if let Some(name) = command.args.iter().position(|a| a == "--name").and_then(|at| command.args.get(at + 1)) {
            own_skiff(ctx, &own_exe).args(["rm", "--force", "--ignore", name]).stdout(Stdio::null()).status().context(|| format!("remove container {name}"))?;
        }
    }
    let mut child = match &command.program {
        Program::Skiff => own_skiff(ctx, &own_exe),
        Program::Other(program) => Command::new(program),
    };
    child.args(&command.args).env("PODMAN_RUNLABEL_NESTED", "1");
    for (variable, value) in [("OPT1", &args.opt1), ("OPT2", &args.opt2), ("OPT3", &args.opt3)] {
        if let Some(value) = value {
            child.env(variable, value);
        }
    }
    if args.quiet {
        child.stdin(Stdio::null()).stdout(Stdio::null()).stderr(Stdio::null());
    }
    let status = child.status().map_err(|e| crate::err!("run the label's command: {e}"))?;
    // The command's own exit status, as a shell running it would give.
    Ok(status.code().unwrap_or_else(|| 128 + std::os::unix::process::ExitStatusExt::signal(&status).unwrap_or(0)))
}

/// This skiff, on the same store.
fn own_skiff(ctx: &Context, own_exe: &std::path::Path) -> Command {
    let mut command = Command::new(own_exe);
    command.args(ctx.paths.global_args());
    command
}

/// `skiff pull` of the image with the registry flags given; its exit status.
fn pull(ctx: &Context, own_exe: &std::path::Path, args: &RunlabelArgs) -> Result<i32> {
    let mut command = own_skiff(ctx, own_exe);
    command.arg("pull");
    if args.quiet {
        command.arg("--quiet");
    }
    if let Some(verify) = args.registry.tls_verify {
        command.arg(format!("--tls-verify={verify}"));
    }
    if let Some(dir) = &args.registry.cert_dir {
        command.arg("--cert-dir").arg(dir);
    }
    if let Some(file) = &args.registry.auth.authfile {
        command.arg("--authfile").arg(file);
    }
    if let Some(creds) = &args.creds.creds {
        command.arg("--creds").arg(creds);
    }
    // The pull's progress goes to standard error, as podman's does.
    let status = command.arg(&args.image).stdout(Stdio::null()).status().context(|| format!("pull {}", args.image))?;
    Ok(status.code().unwrap_or(crate::error::EXIT_ENGINE))
}
