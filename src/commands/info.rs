//! `info` (`system info`) and `version`: podman's structures, key for key
//! where skiff has the thing (`--format '{{.Host.OCIRuntime.Path}}'` works
//! as scripts written for podman expect), with skiff's real values: skiff
//! is its own OCI runtime, has no conmon, no API socket and no daemon.

use super::{Context, OutputFormat};
use crate::cli::InfoArgs;
use crate::container::ContainerStore;
use crate::error::Result;
use crate::image::registry::registries_conf::RegistriesConf;
use crate::image::ImageStore;
use crate::output;
use crate::runtime::userns;
use crate::sys::go_arch;
use serde_json::{json, Value};

pub fn info(ctx: &Context, args: &InfoArgs) -> Result<i32> {
    let format = OutputFormat::parse(args.output.format.as_deref())?;
    let value = json!({
        "host": host()?,
        "store": store(ctx)?,
        "registries": registries()?,
        "plugins": {
            "volume": ["local"],
            "network": ["bridge"],
            "log": ["k8s-file", "json-file", "none"],
            "authorization": null,
        },
        "version": version_value(),
    });
    match format {
        OutputFormat::Table => output::yaml(&value),
        OutputFormat::Json => output::json(&value),
        OutputFormat::Template(t) => {
            // Templates name podman's Go fields, and two of them are not
            // their JSON keys spelled in another case.
            let mut value = value;
            value["host"]["CgroupsVersion"] = value["host"]["cgroupVersion"].clone();
            value["host"]["security"]["DefaultCapabilities"] = value["host"]["security"]["capabilities"].clone();
            output::templated(&t, &[value])?
        }
    }
    Ok(0)
}

pub fn version(args: &InfoArgs) -> Result<i32> {
    let version = version_value();
    match OutputFormat::parse(args.output.format.as_deref())? {
        OutputFormat::Table => {
            output::line(&format!("Version:      {}", version["Version"].as_str().unwrap_or_default()));
            output::line(&format!("API Version:  {}", version["APIVersion"].as_str().unwrap_or_default()));
            output::line(&format!("OS/Arch:      {}", version["OsArch"].as_str().unwrap_or_default()));
        }
        OutputFormat::Json => output::json(&json!({ "Client": version })),
        OutputFormat::Template(t) => {
            // docker's and podman's structure ({{.Client.Version}},
            // {{.Server.Version}}: skiff is both), and the client's fields
            // at the top for templates written against podman's Version.
            let mut value = version.clone();
            value["Client"] = version.clone();
            value["Server"] = version;
            output::templated(&t, &[value])?
        }
    }
    Ok(0)
}

/// podman's Version structure: skiff's API is podman's command line, so
/// its API version is its own version; it is built with Rust, not Go.
fn version_value() -> Value {
    json!({
        "APIVersion": env!("CARGO_PKG_VERSION"),
        "Version": env!("CARGO_PKG_VERSION"),
        "GoVersion": "none (skiff is written in Rust)",
        "GitCommit": "",
        "BuiltTime": "",
        "Built": 0,
        "OsArch": format!("{}/{}", std::env::consts::OS, go_arch()),
        "Os": std::env::consts::OS,
    })
}

fn host() -> Result<Value> {
    let uname = nix::sys::utsname::uname().map_err(|e| crate::err!("uname: {e}"))?;
    let system = nix::sys::sysinfo::sysinfo().map_err(|e| crate::err!("sysinfo: {e}"))?;
    let rootless = userns::rootless();
    let (maps, _) = userns::current_mappings();
    let map_json = |m: &[userns::IdMap]| -> Vec<Value> {
        m.iter().map(|m| json!({"container_id": m.container, "host_id": m.host, "size": m.size})).collect()
    };
    let skiff = std::env::current_exe().map(|p| p.display().to_string()).unwrap_or_default();
    let slirp = crate::sys::process::find_on_path("slirp4netns");
    let uptime = system.uptime().as_secs();
    Ok(json!({
        "arch": go_arch(),
        "cgroupManager": "cgroupfs",
        "cgroupVersion": crate::sys::cgroups::cgroup_version(),
        "cgroupControllers": [],
        "cpus": std::thread::available_parallelism().map_or(1, |n| n.get()),
        "cpuUtilization": cpu_utilization(),
        "distribution": distribution(),
        "eventLogger": "file",
        "hostname": uname.nodename().to_string_lossy(),
        "idMappings": if rootless { json!({"uidmap": map_json(&maps.uids), "gidmap": map_json(&maps.gids)}) } else { json!({}) },
        "kernel": uname.release().to_string_lossy(),
        "logDriver": "k8s-file",
        "memFree": system.ram_unused(),
        "memTotal": system.ram_total(),
        "networkBackend": "skiff",
        // skiff runs containers itself: it is its own OCI runtime.
        "ociRuntime": {
            "name": "skiff",
            "package": "",
            "path": skiff,
            "version": format!("skiff version {}", env!("CARGO_PKG_VERSION")),
        },
        "os": std::env::consts::OS,
        // Daemonless: there is no API socket to point at.
        "remoteSocket": {"path": "", "exists": false},
        "rootless": rootless,
        "serviceIsRemote": false,
        "security": {
            "apparmorEnabled": false,
            "capabilities": crate::runtime::caps::DEFAULT_CAPS.join(","),
            "rootless": rootless,
            "seccompEnabled": true,
            "seccompProfilePath": "",
            "selinuxEnabled": false,
        },
        "slirp4netns": {
            "executable": slirp.as_ref().map(|p| p.display().to_string()).unwrap_or_default(),
            "package": "",
            "version": slirp.as_ref().and_then(|p| program_version(p)).unwrap_or_default(),
        },
        "swapFree": system.swap_free(),
        "swapTotal": system.swap_total(),
        "uptime": format!("{}h {}m {}.00s", uptime / 3600, uptime / 60 % 60, uptime % 60),
    }))
}

fn store(ctx: &Context) -> Result<Value> {
    let driver = std::fs::read_to_string(ctx.paths.data.join("storage-driver.json"))
        .ok()
        .and_then(|s| serde_json::from_str::<Value>(&s).ok())
        .and_then(|v| v["driver"].as_str().map(String::from))
        .unwrap_or_else(|| "not probed yet".into());
    let containers = ContainerStore::open(&ctx.paths).list()?;
    let counts = crate::container::count_states(&containers);
    // The file system the store is (or will be) on: its nearest existing directory's.
    let (allocated, used) = match ctx.paths.data.ancestors().find_map(|dir| nix::sys::statvfs::statvfs(dir).ok()) {
        Some(fs) => {
            let block = fs.fragment_size();
            (fs.blocks() * block, (fs.blocks() - fs.blocks_free()) * block)
        }
        None => (0, 0),
    };
    Ok(json!({
        "configFile": "",
        "containerStore": {
            "number": containers.len(),
            "paused": counts.paused,
            "running": counts.running,
            "stopped": counts.stopped,
        },
        "graphDriverName": driver,
        "graphOptions": {},
        "graphRoot": ctx.paths.data,
        "graphRootAllocated": allocated,
        "graphRootUsed": used,
        "graphStatus": {},
        "imageStore": {"number": ImageStore::open(&ctx.paths)?.list()?.len()},
        "runRoot": ctx.paths.runtime,
        "volumePath": crate::volume::VolumeStore::open(&ctx.paths).dir(),
    }))
}

/// podman's `registries`: the search list, and each `[[registry]]` entry
/// under its prefix.
fn registries() -> Result<Value> {
    let conf = RegistriesConf::load()?;
    let mut out = serde_json::Map::new();
    for entry in &conf.registries {
        let mirrors: Vec<Value> = entry
            .mirrors
            .iter()
            .map(|m| json!({"Location": m.location, "Insecure": m.insecure, "PullFromMirror": m.pull_from}))
            .collect();
        out.insert(
            entry.prefix.clone(),
            json!({
                "Prefix": entry.prefix,
                "Location": if entry.location.is_empty() { &entry.prefix } else { &entry.location },
                "Insecure": entry.insecure,
                "Mirrors": mirrors,
                "Blocked": entry.blocked,
                "MirrorByDigestOnly": entry.mirror_by_digest_only,
            }),
        );
    }
    if !conf.search.is_empty() {
        out.insert("search".into(), json!(conf.search));
    }
    Ok(Value::Object(out))
}

/// Time spent in user, system and idle since boot, in percent, from
/// /proc/stat's first line (as podman reports it).
fn cpu_utilization() -> Value {
    let stat = std::fs::read_to_string("/proc/stat").unwrap_or_default();
    let times: Vec<f64> = stat.lines().next().unwrap_or_default().split_whitespace().skip(1).filter_map(|t| t.parse().ok()).collect();
    let total: f64 = times.iter().sum();
    let share = |indexes: &[usize]| -> f64 {
        if total == 0.0 {
            return 0.0;
        }
        let part: f64 = indexes.iter().filter_map(|&i| times.get(i)).sum();
        (part / total * 10000.0).round() / 100.0
    };
    // user nice system idle iowait irq softirq ...
    json!({"userPercent": share(&[0, 1]), "systemPercent": share(&[2, 5, 6]), "idlePercent": share(&[3, 4])})
}

/// The distribution from /etc/os-release, as podman names its parts.
fn distribution() -> Value {
    let release = std::fs::read_to_string("/etc/os-release").unwrap_or_default();
    let field = |key: &str| -> String {
        release
            .lines()
            .find_map(|l| l.strip_prefix(key).and_then(|v| v.strip_prefix('=')))
            .map(|v| v.trim_matches('"').to_string())
            .unwrap_or_default()
    };
    json!({"distribution": field("ID"), "version": field("VERSION_ID"), "codename": field("VERSION_CODENAME")})
}

/// The first line a program prints for `--version`.
fn program_version(program: &std::path::Path) -> Option<String> {
    let out = std::process::Command::new(program).arg("--version").output().ok()?;
    Some(String::from_utf8_lossy(&out.stdout).trim_end().to_string())
}
