//! `skiff stats` and `skiff pod stats`: containers' resource use, read from
//! /proc by `container::stats`, printed as podman prints it, once
//! (`--no-stream`) or every `--interval` seconds.

use super::{Context, OutputFormat};
use crate::cli::{PodStatsArgs, StatsArgs, StatsReportArgs};
use crate::container::stats::{sample, Previous, Sample};
use crate::container::{ContainerRecord, ContainerStore};
use crate::container::top::go_duration;
use crate::error::Result;
use crate::output::{self, template::Template};
use crate::pod::PodStore;
use serde_json::{json, Value};
use std::collections::HashMap;
use std::time::Duration;

/// podman's default columns and their headers.
const CONTAINER_TABLE: &str =
    "table {{.ID}}\t{{.Name}}\t{{.CPUPerc}}\t{{.MemUsage}}\t{{.MemPerc}}\t{{.NetIO}}\t{{.BlockIO}}\t{{.PIDS}}\t{{.UpTime}}\t{{.AVGCPU}}";
const CONTAINER_HEADERS: &[(&str, &str)] = &[
    ("ID", "ID"),
    ("UpTime", "CPU TIME"),
    ("CPUPerc", "CPU %"),
    ("AVGCPU", "Avg CPU %"),
    ("MemUsage", "MEM USAGE / LIMIT"),
    ("MemUsageBytes", "MEM USAGE / LIMIT"),
    ("MemPerc", "MEM %"),
    ("NetIO", "NET IO"),
    ("BlockIO", "BLOCK IO"),
    ("PIDS", "PIDS"),
];
const POD_TABLE: &str = "table {{.Pod}}\t{{.CID}}\t{{.Name}}\t{{.CPU}}\t{{.MemUsage}}\t{{.Mem}}\t{{.NetIO}}\t{{.BlockIO}}\t{{.PIDS}}";
const POD_HEADERS: &[(&str, &str)] = &[
    ("Pod", "POD"),
    ("CID", "CID"),
    ("CPU", "CPU %"),
    ("MemUsage", "MEM USAGE/ LIMIT"),
    ("MemUsageBytes", "MEM USAGE/ LIMIT"),
    ("Mem", "MEM %"),
    ("NetIO", "NET IO"),
    ("BlockIO", "BLOCK IO"),
    ("PIDS", "PIDS"),
];

pub fn run(ctx: &Context, args: StatsArgs) -> Result<i32> {
    let given = [args.all, args.latest, !args.containers.is_empty()].iter().filter(|g| **g).count();
    if given > 1 {
        return Err(crate::err!("--all, --latest and containers cannot be used together"));
    }
    let store = ContainerStore::open(&ctx.paths);
    // Named containers must exist before the first report.
    let named = args.containers.iter().map(|k| super::targets::lookup(&store, k)).collect::<Result<Vec<_>>>()?;
    let choose = || -> Result<Vec<ContainerRecord>> {
        if args.latest {
            let newest = super::targets::latest(&store)?;
            return Ok(vec![super::targets::lookup(&store, &newest)?]);
        }
        if !named.is_empty() {
            return Ok(named.iter().map(|c| store.lookup(&c.id).unwrap_or_else(|_| c.clone())).collect());
        }
        Ok(store.list()?.into_iter().filter(|c| args.all || store.live_pid(&c.id).is_some()).collect())
    };
    let no_trunc = args.no_trunc;
    report(&args.report, CONTAINER_TABLE, CONTAINER_HEADERS, &store, || Ok(choose()?.into_iter().map(|c| (String::new(), c)).collect()), |_, s| {
        container_value(s, no_trunc)
    })
}

pub fn pod(ctx: &Context, args: PodStatsArgs) -> Result<i32> {
    let given = [args.all, args.latest, !args.pods.is_empty()].iter().filter(|g| **g).count();
    if given > 1 {
        return Err(crate::err!("--all, --latest and pods cannot be used together"));
    }
    let pods = PodStore::open(&ctx.paths);
    let store = ContainerStore::open(&ctx.paths);
    let named = args.pods.iter().map(|k| pods.lookup(k).map_err(|e| crate::error::Error::new(e.message))).collect::<Result<Vec<_>>>()?;
    let choose = || -> Result<Vec<(String, ContainerRecord)>> {
        let chosen = if !named.is_empty() {
            named.clone()
        } else if args.latest {
            let newest = pods.list()?.into_iter().next().ok_or_else(|| crate::err!("no pods to act on: --latest found none"))?;
            vec![newest]
        } else {
            pods.list()?
        };
        let mut members_of = pods.containers_by_pod(&store)?;
        Ok(chosen
            .into_iter()
            .flat_map(|pod| members_of.remove(&pod.id).unwrap_or_default().into_iter().map(move |c| (pod.id.clone(), c)))
            .filter(|(_, c)| store.live_pid(&c.id).is_some())
            .collect())
    };
    report(&args.report, POD_TABLE, POD_HEADERS, &store, choose, |pod_id, s| pod_value(pod_id, s))
}

/// Print a report of what `choose` picks (pod id, container) now, and
/// again every interval unless `--no-stream`.
fn report(
    flags: &StatsReportArgs,
    default_table: &str,
    headers: &[(&str, &str)],
    store: &ContainerStore,
    choose: impl Fn() -> Result<Vec<(String, ContainerRecord)>>,
    value: impl Fn(&str, &Sample) -> Value,
) -> Result<i32> {
    if flags.interval == 0 {
        return Err(crate::err!("invalid --interval 0: the interval must be at least one second"));
    }
    let format = match OutputFormat::parse(flags.output.format.as_deref())? {
        OutputFormat::Table => OutputFormat::Template(Template::parse(default_table)?),
        other => other,
    };
    let mut previous: HashMap<String, Previous> = HashMap::new();
    loop {
        let chosen = choose()?;
        let samples: Vec<(String, Sample)> =
            chosen.iter().map(|(pod, c)| (pod.clone(), sample(store, c, previous.get(&c.id).copied()))).collect();
        previous = samples.iter().map(|(_, s)| (s.container_id.clone(), s.previous())).collect();
        let values: Vec<Value> = samples.iter().map(|(pod, s)| value(pod, s)).collect();
        if !flags.no_stream && !flags.no_reset {
            output::clear_screen();
        }
        match &format {
            OutputFormat::Template(t) => output::templated_with_headers(t, &values, headers)?,
            _ => output::json(&values.iter().map(json_entry).collect::<Vec<_>>()),
        }
        if flags.no_stream {
            return Ok(0);
        }
        std::thread::sleep(Duration::from_secs(flags.interval));
    }
}

fn percent(value: f64) -> String {
    format!("{value:.2}%")
}

fn pair(a: u64, b: u64) -> String {
    format!("{} / {}", output::go_size(a, 4, false), output::go_size(b, 4, false))
}


/// The fields podman's `stats --format` templates name.
fn container_value(s: &Sample, no_trunc: bool) -> Value {
    let id = if no_trunc { s.container_id.clone() } else { s.container_id[..12.min(s.container_id.len())].to_string() };
    let up = go_duration(Duration::from_nanos(s.cpu_nanos));
    json!({
        "ID": id,
        "ContainerID": s.container_id,
        "Name": s.name,
        "CPU": s.cpu_percent,
        "CPUPerc": percent(s.cpu_percent),
        "AvgCPU": s.avg_cpu_percent,
        "AVGCPU": percent(s.avg_cpu_percent),
        "CPUNano": s.cpu_nanos,
        "CPUSystemNano": s.cpu_system_nanos,
        "Duration": s.cpu_nanos,
        "SystemNano": s.system_nanos,
        "MemUsage": pair(s.mem_usage, s.mem_limit),
        "MemUsageBytes": format!("{} / {}", output::go_size(s.mem_usage, 4, true), output::go_size(s.mem_limit, 4, true)),
        "MemLimit": s.mem_limit,
        "MemPerc": percent(s.mem_percent),
        "NetIO": pair(s.net_input, s.net_output),
        "NetInput": s.net_input,
        "NetOutput": s.net_output,
        "BlockIO": pair(s.block_input, s.block_output),
        "BlockInput": s.block_input,
        "BlockOutput": s.block_output,
        "PIDs": s.pids,
        "PIDS": s.pids.to_string(),
        "UpTime": up,
        "Up": up,
    })
}

/// The fields podman's `pod stats --format` templates name.
fn pod_value(pod_id: &str, s: &Sample) -> Value {
    json!({
        "Pod": pod_id[..12.min(pod_id.len())],
        "CID": s.container_id[..12.min(s.container_id.len())],
        "Name": s.name,
        "CPU": percent(s.cpu_percent),
        "Mem": percent(s.mem_percent),
        "MemUsage": pair(s.mem_usage, s.mem_limit),
        "MemUsageBytes": format!("{} / {}", output::go_size(s.mem_usage, 4, true), output::go_size(s.mem_limit, 4, true)),
        "NetIO": pair(s.net_input, s.net_output),
        "BlockIO": pair(s.block_input, s.block_output),
        "PIDS": s.pids.to_string(),
    })
}

/// podman's `--format json` entry: the printed strings, lower-case keys.
fn json_entry(v: &Value) -> Value {
    let text = |key: &str| v.get(key).cloned().unwrap_or(Value::Null);
    if v.get("Pod").is_some() {
        return json!({
            "pod": text("Pod"), "cid": text("CID"), "name": text("Name"), "cpu_percent": text("CPU"),
            "mem_usage": text("MemUsage"), "mem_usage_bytes": text("MemUsageBytes"), "mem": text("Mem"),
            "net_io": text("NetIO"), "block_io": text("BlockIO"), "pids": text("PIDS"),
        });
    }
    json!({
        "id": text("ID"), "name": text("Name"), "cpu_time": text("UpTime"), "cpu_percent": text("CPUPerc"),
        "avg_cpu": text("AVGCPU"), "mem_usage": text("MemUsage"), "mem_percent": text("MemPerc"),
        "net_io": text("NetIO"), "block_io": text("BlockIO"), "pids": text("PIDS"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn binary_sizes_as_go_units_prints_them() {
        assert_eq!(output::go_size(0, 4, true), "0B");
        assert_eq!(output::go_size(1536, 4, true), "1.5KiB");
        assert_eq!(output::go_size(3 << 20, 4, true), "3MiB");
        assert_eq!(output::go_size(1_621_000, 4, true), "1.546MiB");
    }
}
