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
    let request = crate::kube::play::PlayRequest {
        options: crate::kube::plan::PlayOptions { network: args.network.clone(), extra_config_maps },
        replace: args.replace,
        start: args.start,
    };
    let progress = crate::output::progress::TransferProgress::new(false);
    let played = crate::kube::play::play(&ctx.paths, &documents, &request, &progress)?;
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
