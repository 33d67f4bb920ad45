//! `skiff run`: create a container from an image and run it in the
//! foreground.

use super::Context;
use crate::cli::RunArgs;
use crate::container::state::{now, ContainerConfig, ContainerRecord, ContainerStatus};
use crate::container::ContainerStore;
use crate::error::{Context as _, Error, Result};
use crate::image::ImageStore;
use crate::runtime::spec::{ContainerSpec, NetworkMode, TmpfsMount};
use crate::runtime::{process, userns};
use crate::storage::driver::{self, RootfsLayout};
use std::path::Path;

pub fn run(ctx: &Context, args: RunArgs) -> Result<i32> {
    // Everything that can be checked without touching the store comes first,
    // so bad input fails fast and leaves nothing behind.
    let network = NetworkMode::parse(&args.network)
        .ok_or_else(|| crate::err!("unsupported network mode {:?}: use none or host", args.network))?;
    let user_env = collect_env(&args.env, &args.env_file)?;
    if let Some(w) = &args.workdir {
        if !w.starts_with('/') {
            return Err(crate::err!("the working directory {w:?} is invalid: it needs to be an absolute path"));
        }
    }
    let entrypoint_override = args.entrypoint.as_deref().map(parse_entrypoint).transpose()?;
    let tmpfs = tmpfs_mounts(&args.security)?;
    if args.tty && !nix::unistd::isatty(std::io::stdin()).unwrap_or(false) && args.interactive {
        crate::output::warn("The input device is not a TTY. The --tty and --interactive flags might not work properly");
    }

    userns::enter_if_rootless()?;
    let images = ImageStore::open(&ctx.paths)?;
    let containers = ContainerStore::open(&ctx.paths);
    let driver = driver::choose(&ctx.paths.data, ctx.global.storage_driver.map(Into::into))?;

    // Hold the image store's shared lock until the container exists, so
    // that a concurrent `rmi` cannot delete the image under us.
    let image_lock = images.lock_shared()?;
    let image = images.lookup(&args.image)?;
    let image_config = images.config(&image)?;
    let cfg = image_config.config().clone().unwrap_or_default();

    let (entrypoint, cmd) = match entrypoint_override {
        Some(ep) => (ep, args.command.clone()),
        None => (
            cfg.entrypoint().clone().unwrap_or_default(),
            if args.command.is_empty() { cfg.cmd().clone().unwrap_or_default() } else { args.command.clone() },
        ),
    };
    if entrypoint.is_empty() && cmd.is_empty() {
        return Err(crate::err!("no command or entrypoint provided, and no CMD or ENTRYPOINT from image"));
    }
    let mut env = cfg.env().clone().unwrap_or_default();
    env.extend(user_env);
    let workdir = args
        .workdir
        .clone()
        .or_else(|| cfg.working_dir().clone().filter(|w| !w.is_empty()))
        .unwrap_or_else(|| "/".into());
    let user = args.user.clone().or_else(|| cfg.user().clone()).unwrap_or_default();
    let image_name = image.names.first().cloned().unwrap_or_else(|| image.id.clone());

    let mut record = containers.create(args.name.as_deref(), |id, name| ContainerRecord {
        id: id.to_string(),
        name: name.to_string(),
        image_id: image.id.clone(),
        image_name: image_name.clone(),
        created: now(),
        status: ContainerStatus::Created,
        exit_code: None,
        started_at: None,
        finished_at: None,
        storage_driver: driver.name().to_string(),
        config: ContainerConfig {
            entrypoint: entrypoint.clone(),
            cmd: cmd.clone(),
            env: env.clone(),
            workdir: workdir.clone(),
            user: user.clone(),
            hostname: args.hostname.clone().unwrap_or_else(|| id[..12].to_string()),
            network: args.network.clone(),
            tty: args.tty,
            interactive: args.interactive,
            auto_remove: args.rm,
        },
    })?;
    let layers = image.layers.iter().map(|l| images.layer_dir(&l.diff_id)).collect();
    let dir = containers.container_dir(&record.id);
    let layout = RootfsLayout::for_container(&dir, layers);
    let prepared = layout.prepare(driver).and_then(|_| write_etc_files(&dir, &record, network));
    drop(image_lock);
    let etc_files = match prepared {
        Ok(files) => files,
        Err(e) => return Err(discard(&containers, &record, e)),
    };

    let mut argv = entrypoint;
    argv.extend(cmd);
    let spec = ContainerSpec {
        hostname: record.config.hostname.clone(),
        driver,
        layout,
        args: argv,
        env,
        workdir,
        user,
        tty: args.tty,
        stdin: args.interactive,
        network,
        etc_files,
        read_only_root: args.security.read_only,
        tmpfs,
        masked_paths: Vec::new(),
        readonly_paths: Vec::new(),
    };

    let outcome = process::run(&spec, |pid| {
        record.status = ContainerStatus::Running;
        record.started_at = Some(now());
        let _ = containers.save(&record).and_then(|_| containers.set_live(&record.id, pid));
    });
    containers.clear_live(&record.id);
    let exit_code = match &outcome {
        Ok(code) => Some(*code),
        Err(e) if e.code != crate::error::EXIT_ENGINE => Some(e.code),
        Err(_) => None,
    };
    if args.rm {
        containers.remove(&record)?;
    } else if let Some(code) = exit_code {
        record.status = ContainerStatus::Exited;
        record.exit_code = Some(code);
        record.finished_at = Some(now());
        // The container may have been removed (rm -f) while it ran.
        let _ = containers.save(&record);
    }
    outcome
}

/// `--tmpfs` mounts, plus podman's writable /tmp, /var/tmp and /run for a
/// read-only root unless `--read-only-tmpfs=false`.
fn tmpfs_mounts(security: &crate::cli::SecurityArgs) -> Result<Vec<TmpfsMount>> {
    let mut mounts: Vec<TmpfsMount> = security.tmpfs.iter().map(|t| TmpfsMount::parse(t)).collect::<Result<_>>()?;
    if security.read_only && security.read_only_tmpfs {
        for dir in ["/tmp", "/var/tmp", "/run"] {
            if !mounts.iter().any(|m| m.destination == dir) {
                mounts.push(TmpfsMount::parse(&format!("{dir}:rw,nosuid,nodev"))?);
            }
        }
    }
    Ok(mounts)
}

/// Remove a container whose start failed before it ran; keep the error.
fn discard(containers: &ContainerStore, record: &ContainerRecord, error: Error) -> Error {
    let _ = containers.remove(record);
    error
}

/// `-e` and `--env-file`, in docker's order (files first, then flags); a
/// bare `KEY` copies the variable from skiff's own environment, if set.
fn collect_env(flags: &[String], files: &[std::path::PathBuf]) -> Result<Vec<String>> {
    let mut out = Vec::new();
    let take = |entry: &str, out: &mut Vec<String>| -> Result<()> {
        match entry.split_once('=') {
            Some(("", _)) => Err(crate::err!("invalid environment variable {entry:?}: empty name")),
            Some(_) => {
                out.push(entry.to_string());
                Ok(())
            }
            None => {
                if let Ok(v) = std::env::var(entry) {
                    out.push(format!("{entry}={v}"));
                }
                Ok(())
            }
        }
    };
    for file in files {
        let text = std::fs::read_to_string(file).context(|| format!("read env file {}", file.display()))?;
        for line in text.lines() {
            let line = line.trim_start();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            take(line.trim_end_matches('\r'), &mut out)?;
        }
    }
    for entry in flags {
        take(entry, &mut out)?;
    }
    Ok(out)
}

/// `--entrypoint` is a command, or a JSON array of its argv; "" clears it.
fn parse_entrypoint(value: &str) -> Result<Vec<String>> {
    if value.trim_start().starts_with('[') {
        return serde_json::from_str(value).map_err(|e| crate::err!("invalid --entrypoint JSON array {value:?}: {e}"));
    }
    Ok(if value.is_empty() { Vec::new() } else { vec![value.to_string()] })
}

/// /etc/hosts, /etc/resolv.conf and /etc/hostname for the container, kept
/// in its directory and bind-mounted over the image's.
fn write_etc_files(dir: &Path, record: &ContainerRecord, network: NetworkMode) -> Result<Vec<(std::path::PathBuf, String)>> {
    let hostname = &record.config.hostname;
    let mut hosts = String::new();
    if network == NetworkMode::Host {
        hosts.push_str(&std::fs::read_to_string("/etc/hosts").unwrap_or_default());
        if !hosts.is_empty() && !hosts.ends_with('\n') {
            hosts.push('\n');
        }
    } else {
        hosts.push_str("127.0.0.1\tlocalhost localhost.localdomain localhost4 localhost4.localdomain4\n");
        hosts.push_str("::1\tlocalhost localhost.localdomain localhost6 localhost6.localdomain6\n");
    }
    hosts.push_str(&format!("127.0.1.1\t{hostname} {}\n", record.name));
    let resolv = std::fs::read_to_string("/etc/resolv.conf").unwrap_or_default();
    let files = [
        ("hosts", hosts, "etc/hosts"),
        ("resolv.conf", resolv, "etc/resolv.conf"),
        ("hostname", format!("{hostname}\n"), "etc/hostname"),
    ];
    let mut out = Vec::new();
    for (name, content, target) in files {
        let path = dir.join(name);
        std::fs::write(&path, content).context(|| format!("write {}", path.display()))?;
        out.push((path, target.to_string()));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entrypoint_forms() {
        assert_eq!(parse_entrypoint("/bin/sh").unwrap(), vec!["/bin/sh"]);
        assert_eq!(parse_entrypoint(r#"["sh","-c"]"#).unwrap(), vec!["sh", "-c"]);
        assert!(parse_entrypoint("").unwrap().is_empty());
        assert!(parse_entrypoint("[bad").is_err());
    }

    #[test]
    fn env_flags_override_files_and_copy_from_host() {
        std::env::set_var("SKIFF_TEST_COPY", "copied");
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("env");
        std::fs::write(&file, "# comment\nA=from-file\n\nB=2\n").unwrap();
        let env = collect_env(&["A=from-flag".into(), "SKIFF_TEST_COPY".into(), "UNSET_XYZ".into()], &[file]).unwrap();
        assert_eq!(env, vec!["A=from-file", "B=2", "A=from-flag", "SKIFF_TEST_COPY=copied"]);
        assert!(collect_env(&["=x".into()], &[]).is_err());
    }
}
