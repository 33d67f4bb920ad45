//! `kube generate` (and `generate kube`): Kubernetes YAML from containers
//! and pods, on standard output or in a new file; `kube play` (and `play
//! kube`) and `kube down`: the pods of a YAML file (or standard input)
//! made and started, or removed, with podman's report of their ids.

use super::Context;
use crate::cli::kube::{KubeCommand, KubeDownArgs, KubeGenerateArgs, KubePlayArgs, KubeType};
use crate::error::Result;
use crate::kube::generate::{GenerateOptions, Workload};
use std::io::Write;

pub fn run(ctx: &Context, command: KubeCommand) -> Result<i32> {
    match command {
        KubeCommand::Generate(args) => generate(ctx, &args),
        KubeCommand::Play(args) => play(ctx, &args),
        KubeCommand::Down(args) => down(ctx, &args),
    }
}

pub fn generate(ctx: &Context, args: &KubeGenerateArgs) -> Result<i32> {
    if let Some(file) = &args.compose {
        let working_dir = std::env::current_dir().map_err(|e| crate::err!("the current directory: {e}"))?;
        let options = crate::compose::LoadOptions {
            files: if file.as_os_str().is_empty() { Vec::new() } else { vec![file.clone()] },
            project_directory: None,
            project_name: None,
            env_files: Vec::new(),
            profiles: Vec::new(),
            environment: std::env::vars().collect(),
            working_dir,
            skip: Default::default(),
        };
        let project = crate::compose::load(&options)?;
        let (documents, warnings) = crate::kube::from_compose::generate(&ctx.paths, &project)?;
        for warning in &warnings {
            crate::output::warn(warning);
        }
        return write_manifests(args, &documents);
    }
    if args.replicas < 1 {
        return Err(crate::err!("invalid --replicas {}: a Deployment needs at least one", args.replicas));
    }
    if args.replicas != 1 && args.kind != KubeType::Deployment {
        return Err(crate::err!("--replicas is only for --type deployment"));
    }
    let options = GenerateOptions {
        workload: match args.kind {
            KubeType::Pod => Workload::Pod,
            KubeType::Deployment => Workload::Deployment,
        },
        service: args.service,
        replicas: Some(args.replicas),
    };
    let documents = crate::kube::generate::generate(&ctx.paths, &args.targets, &options)?;
    write_manifests(args, &documents)
}

/// The YAML on standard output, or in the new file `--filename` names.
fn write_manifests(args: &KubeGenerateArgs, documents: &[crate::kube::Manifest]) -> Result<i32> {
    let text = crate::kube::manifest::to_yaml(&documents)?;
    match &args.filename {
        // As podman: never over an existing file.
        Some(path) => {
            let mut file = std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(path)
                .map_err(|e| crate::err!("cannot write to {:?}: {e}", path.display().to_string()))?;
            file.write_all(text.as_bytes()).map_err(|e| crate::err!("cannot write to {:?}: {e}", path.display().to_string()))?;
        }
        None => crate::output::stream_text(false, &text),
    }
    Ok(0)
}

/// The documents of FILE, or of standard input for "-"; skipped kinds are warned about.
fn read_documents(file: &str) -> Result<Vec<crate::kube::Manifest>> {
    let (text, source) = if file == "-" {
        let mut text = String::new();
        std::io::Read::read_to_string(&mut std::io::stdin(), &mut text).map_err(|e| crate::err!("read standard input: {e}"))?;
        (text, "standard input".to_string())
    } else {
        let text = std::fs::read_to_string(file).map_err(|e| crate::err!("read {file}: {e}"))?;
        (text, file.to_string())
    };
    let parsed = crate::kube::manifest::parse(&text, &source)?;
    for skipped in &parsed.skipped {
        crate::output::warn(skipped);
    }
    Ok(parsed.documents)
}

pub fn play(ctx: &Context, args: &KubePlayArgs) -> Result<i32> {
    if args.down {
        return down(ctx, &KubeDownArgs { file: args.file.clone() });
    }
    let documents = read_documents(&args.file)?;
    let mut extra_config_maps = Vec::new();
    for path in &args.configmap {
        let text = std::fs::read_to_string(path).map_err(|e| crate::err!("read --configmap {}: {e}", path.display()))?;
        let parsed = crate::kube::manifest::parse(&text, &path.display().to_string())?;
        let before = extra_config_maps.len();
        extra_config_maps.extend(parsed.documents.into_iter().filter_map(|d| match d {
            crate::kube::Manifest::ConfigMap(map) => Some(map),
            _ => None,
        }));
        if extra_config_maps.len() == before {
            return Err(crate::err!("--configmap {}: the file holds no ConfigMap", path.display()));
        }
    }
    // Checked before anything is made or replaced: an address needs a
    // network made by `network create`.
    let on_user_network = matches!(args.network.as_deref().map(crate::runtime::spec::NetworkMode::parse), Some(Ok(crate::runtime::spec::NetworkMode::User(_))));
    if !args.ip.is_empty() && !on_user_network {
        return Err(crate::err!("--ip needs --network NAME, a network made by `network create`: the pods' addresses are on it"));
    }
    if args.context_dir.is_some() && args.build == Some(false) {
        return Err(crate::err!("--context-dir needs --build: with --build=false nothing is built"));
    }
    let context_dir = match &args.context_dir {
        Some(dir) if !dir.is_dir() => return Err(crate::err!("--context-dir {}: not a directory", dir.display())),
        Some(dir) => dir.clone(),
        None => std::env::current_dir().map_err(|e| crate::err!("find the current directory: {e}"))?,
    };
    let log = match (&args.log_driver, args.log_opt.is_empty()) {
        (None, true) => None,
        (driver, _) => Some(crate::container::create::parse::log_settings(driver.as_deref().unwrap_or("k8s-file"), &args.log_opt)?),
    };
    let request = crate::kube::play::PlayRequest {
        options: crate::kube::plan::PlayOptions { network: args.network.clone(), extra_config_maps, seccomp_profile_root: args.seccomp_profile_root.clone() },
        replace: args.replace,
        start: args.start,
        build: crate::kube::images::BuildRequest { build: args.build, context_dir },
        access: crate::kube::images::PullAccess {
            tls_verify: args.registry.tls_verify,
            cert_dir: args.registry.cert_dir.clone(),
            creds: args.creds.creds.clone(),
            authfile: args.registry.auth.authfile.clone(),
        },
        annotations: crate::container::create::parse::annotations(&args.annotation)?,
        log,
        no_hosts: args.no_hosts,
        static_ips: args.ip.clone(),
        static_macs: args.mac_address.clone(),
        userns: args.userns.clone(),
    };
    let progress = crate::output::progress::TransferProgress::new(args.quiet);
    // Build steps go to standard error: standard output is the report.
    let played = crate::kube::play::play(&ctx.paths, &documents, &request, &progress, &crate::output::status)?;
    for pod in played {
        crate::output::line("Pod:");
        crate::output::line(&pod.id);
        crate::output::line("Container:");
        for container in &pod.containers {
            crate::output::line(container);
        }
        crate::output::line("");
    }
    Ok(0)
}

pub fn down(ctx: &Context, args: &KubeDownArgs) -> Result<i32> {
    let documents = read_documents(&args.file)?;
    let removed = crate::kube::play::down(&ctx.paths, &documents)?;
    if !removed.is_empty() {
        crate::output::line("Pods stopped:");
        for pod in &removed {
            crate::output::line(&pod.id);
        }
        crate::output::line("Pods removed:");
        for pod in &removed {
            crate::output::line(&pod.id);
        }
    }
    Ok(0)
}
