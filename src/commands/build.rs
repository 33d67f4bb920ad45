//! `skiff build`: build an image from a Containerfile or Dockerfile.

use super::Context;
use crate::build::{check, context::BuildContext, dockerfile, executor, export, remote};
use crate::cli::{BuildArgs, BuildFormat, PullPolicy};
use crate::error::{Context as _, Result};
use crate::image::manifest_list::{Entry, ManifestLists};
use crate::image::{reference, ImageStore};
use crate::runtime::spec::NetworkMode;
use std::collections::BTreeMap;
use std::io::Read;

pub fn run(ctx: &Context, args: BuildArgs) -> Result<i32> {
    // Everything the user typed is checked before any work starts.
    let tags = args.tag.iter().map(|t| reference::normalize_new_name(t)).collect::<Result<Vec<_>>>()?;
    // RUN steps have no slirp4netns of their own (yet): host or none.
    let network = match NetworkMode::parse(&args.network)? {
        mode @ (NetworkMode::None | NetworkMode::Host) => mode,
        _ => return Err(crate::err!("unsupported network mode {:?} for build: use host or none", args.network)),
    };
    let build_args = key_values("--build-arg", &args.build_arg)?;
    let labels = key_values("--label", &args.label)?;
    let annotations = annotations(&args.annotation)?;
    let squash = match (args.squash, args.squash_all) {
        (_, true) => executor::Squash::All,
        (true, _) => executor::Squash::New,
        _ => executor::Squash::No,
    };
    let pull = match (args.pull_always, args.pull_never) {
        (true, _) => PullPolicy::Always,
        (_, true) => PullPolicy::Never,
        _ => args.pull,
    };
    let platform = super::platform(&args.platform)?;
    let mut settings = settings(ctx, &args)?;
    if let Some(list) = &args.manifest {
        reference::normalize_new_name(list).map_err(|e| crate::err!("--manifest {list:?}: {}", e.message))?;
    }
    let output = args.output.as_deref().map(export::Destination::parse).transpose()?;
    let retry_delay = crate::time::parse_duration(&args.retry_delay)
        .ok_or_else(|| crate::err!("invalid --retry-delay {:?}: use a duration such as 2s", args.retry_delay))?;
    let log_path = match (&args.logfile, args.logsplit) {
        (Some(file), true) => Some(std::path::PathBuf::from(format!("{}_{}_{}", file.display(), platform.os, platform.architecture))),
        (Some(file), false) => Some(file.clone()),
        (None, true) => return Err(crate::err!("--logsplit needs --logfile: it names the files the log is split into")),
        (None, false) => None,
    };
    let access = super::access(&args.registry, args.creds.creds.as_deref());
    // The signature's identity is the image's name, as buildah's commit has it.
    let signing = match &args.sign_by {
        None => None,
        Some(key) => {
            let identity = tags.first().ok_or_else(|| {
                crate::err!("--sign-by: Cannot determine canonical Docker reference for destination: the built image has no name to sign it as (give --tag)")
            })?;
            crate::image::signing::check_secret_key(key)?;
            Some((crate::image::signing::GpgSigning { key: key.clone(), passphrase: None }, identity.clone()))
        }
    };
    // `build -` (docker's `docker build - < Dockerfile`): the Containerfile
    // comes from standard input and there is no context; an empty
    // directory stands in for it, so COPY finds nothing.
    let no_context = args.context.as_os_str() == "-";
    if no_context && args.file.is_some() {
        return Err(crate::err!("-f cannot be given with the context -: the Containerfile is read from standard input"));
    }
    let empty_context = match no_context {
        true => Some(tempfile::tempdir().context(|| "create an empty build context".into())?),
        false => None,
    };
    let context = BuildContext::open_with_ignore_file(empty_context.as_ref().map_or(args.context.as_path(), |dir| dir.path()), args.ignorefile.as_deref())?;
    let file_flag = if no_context { Some("-") } else { args.file.as_deref() };
    // The file's name as BuildKit's checks name their source.
    let (file_name, text) = match file_flag {
        Some("-") => {
            let mut text = String::new();
            std::io::stdin().read_to_string(&mut text).context(|| "read the Containerfile from standard input".into())?;
            ("Dockerfile".to_string(), text)
        }
        Some(file) => (check::source_name(std::path::Path::new(file)), std::fs::read_to_string(file).context(|| format!("read {file}"))?),
        None => {
            let found = ["Containerfile", "Dockerfile"].iter().map(|name| context.root.join(name)).find(|p| p.is_file());
            let path = found.ok_or_else(|| crate::err!("no Containerfile or Dockerfile in {}", context.root.display()))?;
            (check::source_name(&path), std::fs::read_to_string(&path).context(|| format!("read {}", path.display()))?)
        }
    };
    let text = match file_flag {
        Some(file) if crate::build::preprocess::wanted(file) => crate::build::preprocess::preprocess(file, &text, &context.root, &args.cpp_flag)?,
        _ => text,
    };
    if args.check {
        // docker buildx's `build --check`: the checks instead of a build.
        let checked = check::Checked::run(file_name, text, &build_args, &|image| check::stored_image_env(&ctx.paths, image))?;
        crate::output::line(crate::output::build_check(&checked).trim_end_matches('\n'));
        return Ok(if checked.warnings.is_empty() { 0 } else { 1 });
    }
    let file = dockerfile::parse(&text)?;
    check::fail_on_violations(&text, &build_args, &|image| check::stored_image_env(&ctx.paths, image))?;
    // The log file and the proxy variables are taken before the user
    // namespace is entered (the file belongs to the user).
    let log = match (&log_path, &output) {
        (Some(path), _) => Some(crate::output::BuildLog::create(path)?),
        // The image's tar takes standard output: the steps go to standard error.
        (None, Some(export::Destination::Tar(None))) => Some(crate::output::BuildLog::stderr()?),
        _ => None,
    };
    if args.sandbox.http_proxy {
        settings.run.env = super::proxy_env();
    }

    crate::runtime::userns::enter_if_rootless()?;
    let driver = crate::storage::driver::choose(&ctx.paths.data, ctx.global.storage_driver.map(Into::into))?;
    let store = ImageStore::open(&ctx.paths)?;
    let commit_name = args.tag.first().cloned();
    let pull_progress = crate::output::progress::TransferProgress::new(args.quiet);
    let pull_once = |image: &str| crate::image::pull_policy::pull_if_needed(&store, image, pull.into(), &access, &platform, &pull_progress);
    // `--retry`: a pull that failed for a passing reason (the registry
    // briefly away) is tried again, as podman does, `--retry-delay` apart.
    let pull_image = |image: &str| {
        let mut attempt = 0;
        loop {
            match pull_once(image) {
                Err(e) if attempt < args.retry && crate::image::registry::client::is_transient(&e.message) => {
                    attempt += 1;
                    crate::output::warn(&format!("pulling {image} failed, retrying ({attempt}/{}): {}", args.retry, e.message));
                    std::thread::sleep(retry_delay);
                }
                result => return result,
            }
        }
    };
    let options = executor::Options {
        tags,
        commit_name,
        build_args,
        target: args.target,
        no_cache: args.no_cache || !args.layers,
        labels,
        annotations,
        docker_format: args.format == BuildFormat::Docker,
        squash,
        quiet: args.quiet,
        network,
        driver,
        settings,
        pull_image: &pull_image,
        step: match &log {
            Some(log) => log,
            None => &crate::output::line,
        },
        registry: super::access(&args.registry, args.creds.creds.as_deref()),
    };
    let image = executor::build(&store, &ctx.paths.data, &context, &file, &options)?;
    if let Some((gpg, identity)) = &signing {
        crate::image::signing::sign_stored_image(&store, &image, identity, gpg)?;
    }
    if let Some(path) = &args.iidfile {
        std::fs::write(path, format!("sha256:{}", image.id)).context(|| format!("write {}", path.display()))?;
    }
    if let Some(name) = &args.manifest {
        // As podman: the list is made if there is none of that name yet.
        let lists = ManifestLists::open(&store);
        lists.create(name, true)?;
        let entry = Entry::for_image(&store, &image)?;
        lists.update(name, |list| {
            list.add(entry);
            Ok(())
        })?;
    }
    if let Some(destination) = &output {
        export::write(&store, &image, destination, &mut std::io::stdout().lock())?;
    }
    match (&log, &output) {
        (_, Some(export::Destination::Tar(None))) => {}
        (Some(log), _) if log_path.is_some() => log.line(&image.id),
        _ => crate::output::line(&image.id),
    }
    Ok(0)
}

/// The build flags beyond the common ones, checked before any work starts.
fn settings(ctx: &Context, args: &BuildArgs) -> Result<executor::Settings> {
    if !args.rm || !args.force_rm {
        let flag = if args.rm { "--force-rm" } else { "--rm" };
        return Err(crate::err!("{flag}=false is not supported: skiff's RUN steps run in no stored container, so there is none to keep"));
    }
    if args.identity_label {
        return Err(crate::err!("--identity-label=true is not supported: skiff adds no label naming the builder (io.buildah.version) to images"));
    }
    let cache_ttl = args
        .cache_ttl
        .as_deref()
        .map(|ttl| crate::time::parse_duration(ttl).ok_or_else(|| crate::err!("invalid --cache-ttl {ttl:?}: use a duration such as 24h")))
        .transpose()?;
    let cache_from = args.cache_from.iter().map(|value| remote::cache_name("--cache-from", value)).collect::<Result<Vec<_>>>()?;
    for name in &cache_from {
        reference::Reference::parse(name).map_err(|e| crate::err!("--cache-from {name:?}: {}", e.message))?;
    }
    let cache_to = args.cache_to.as_deref().map(|value| remote::cache_name("--cache-to", value)).transpose()?;
    if let Some(name) = &cache_to {
        remote::cache_repository(name)?;
    }
    if !args.disable_compression {
        return Err(crate::err!("--disable-compression=false is not supported: skiff's store keeps layers uncompressed; push compresses them"));
    }
    let sandbox = &args.sandbox;
    if let Some(mode) = sandbox.userns.as_deref().filter(|mode| *mode != "host") {
        return Err(crate::err!("--userns {mode:?} is not supported for build: RUN steps run in skiff's user namespace (--userns=host)"));
    }
    let isolation = crate::container::create::parse::isolation(&crate::container::create::parse::IsolationFlags {
        ipc: sandbox.ipc.as_deref(),
        uts: sandbox.uts.as_deref(),
        pid: sandbox.pid.as_deref(),
        shm_size: sandbox.shm_size.as_deref(),
        sysctls: &[],
        devices: &sandbox.device,
        domainname: None,
        group_add: &[],
    })?;
    for (flag, mode) in [("--ipc", &isolation.ipc), ("--uts", &isolation.uts), ("--pid", &isolation.pid)] {
        if let crate::runtime::spec::NamespaceMode::Container(name) = mode {
            return Err(crate::err!("{flag} container:{name} is not supported for build: RUN steps join no container's namespaces (use private or host)"));
        }
    }
    crate::container::etc_files::check_flags(&sandbox.resolver.dns, &sandbox.resolver.add_host)?;
    if sandbox.resolver.no_hosts && !sandbox.resolver.add_host.is_empty() {
        return Err(crate::err!("--no-hosts and --add-host cannot be set together"));
    }
    let config = crate::container::state::ContainerConfig {
        dns: sandbox.resolver.dns.clone(),
        add_host: sandbox.resolver.add_host.clone(),
        dns_search: sandbox.resolver.dns_search.clone(),
        dns_options: crate::container::create::parse::dns_options(&sandbox.resolver.dns_option)?,
        no_hosts: sandbox.resolver.no_hosts,
        cap_add: sandbox.cap_add.clone(),
        cap_drop: sandbox.cap_drop.clone(),
        security_opt: sandbox.security_opt.clone(),
        ulimits: sandbox.ulimit.iter().map(|u| crate::runtime::spec::Ulimit::parse(u)).collect::<Result<_>>()?,
        isolation,
        ..Default::default()
    };
    // Capabilities and security options are checked now, not at the first RUN.
    crate::container::launch::confinement(&config, None, false)?;
    let (mounts, tmpfs) = crate::container::create::parse::mounts(&sandbox.volume, &[])?;
    debug_assert!(tmpfs.is_empty(), "--volume makes no tmpfs mounts");
    let binds = crate::container::launch::binds(&ctx.paths, &mounts)?;
    let env = crate::container::create::parse::env(&args.env, &[])?;
    if let Some(seconds) = args.timestamp.filter(|s| *s < 0) {
        return Err(crate::err!("invalid --timestamp {seconds}: use seconds since the epoch (0 or more)"));
    }
    Ok(executor::Settings {
        run: executor::RunSettings {
            config,
            binds,
            env: Vec::new(),
            stdin: args.stdin,
            hooks: crate::runtime::hooks::discover(&crate::runtime::hooks::configured_dirs()?)?,
        },
        env,
        unsetenv: args.unsetenv.clone(),
        from: args.from.clone(),
        all_stages: !args.skip_unused_stages,
        timestamp: args.timestamp,
        omit_history: args.omit_history,
        os_features: args.os_feature.clone(),
        os_version: args.os_version.clone(),
        secrets: secrets(&args.secret)?,
        ssh: crate::build::mounts::ssh_agents(&args.ssh)?,
        cache_ttl,
        cache_from,
        cache_to,
    })
}

/// `--secret id=ID,src=FILE` or `id=ID,env=VAR` (podman's forms; `type=file|env`
/// may say which): each secret's content, read now, by id.
fn secrets(values: &[String]) -> Result<BTreeMap<String, Vec<u8>>> {
    let mut secrets = BTreeMap::new();
    for value in values {
        let bad = |why: &str| crate::err!("invalid --secret {value:?}: {why}");
        let (mut id, mut src, mut env, mut kind) = (None, None, None, None);
        for field in value.split(',') {
            match field.split_once('=') {
                Some(("id", v)) if !v.is_empty() => id = Some(v),
                Some(("src" | "source", v)) if !v.is_empty() => src = Some(v),
                Some(("env", v)) if !v.is_empty() => env = Some(v),
                Some(("type", v @ ("file" | "env"))) => kind = Some(v),
                _ => return Err(bad(&format!("unknown option {field:?} (use id=ID and src=FILE or env=VAR)"))),
            }
        }
        let id = id.ok_or_else(|| bad("id= is missing"))?;
        // A lone src= names a file unless type=env says it is a variable.
        let content = match (kind, src, env) {
            (Some("env"), Some(name), None) | (_, None, Some(name)) => {
                std::env::var_os(name).ok_or_else(|| bad(&format!("the variable {name} is not set")))?.into_encoded_bytes()
            }
            (Some("file") | None, Some(path), None) => std::fs::read(path).map_err(|e| bad(&format!("{path}: {e}")))?,
            _ => return Err(bad("give one of src=FILE or env=VAR")),
        };
        secrets.insert(id.to_string(), content);
    }
    Ok(secrets)
}

/// KEY=VALUE flags; a bare KEY takes the value from skiff's environment.
fn key_values(flag: &str, values: &[String]) -> Result<BTreeMap<String, String>> {
    let mut out = BTreeMap::new();
    for value in values {
        let (key, val) = match value.split_once('=') {
            Some((key, val)) => (key, val.to_string()),
            None => (value.as_str(), std::env::var(value).unwrap_or_default()),
        };
        if key.is_empty() {
            return Err(crate::err!("invalid {flag} {value:?}: empty name"));
        }
        out.insert(key.to_string(), val);
    }
    Ok(out)
}

/// `--annotation KEY=VALUE`: unlike labels, the value is never taken from
/// the environment (as podman).
fn annotations(values: &[String]) -> Result<BTreeMap<String, String>> {
    let mut out = BTreeMap::new();
    for value in values {
        match value.split_once('=') {
            Some((key, val)) if !key.is_empty() => out.insert(key.to_string(), val.to_string()),
            _ => return Err(crate::err!("invalid --annotation {value:?}: use KEY=VALUE")),
        };
    }
    Ok(out)
}
