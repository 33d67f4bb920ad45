//! `stats`, `pod stats` and the redrawing listings (`ps --watch`): the
//! figures come from /proc of the containers' processes (this host gives a
//! rootless user no cgroups), so they must be real: the processes counted,
//! CPU time spent, memory resident. One store for the whole file.

use crate::common;
use common::*;

/// The number of times `needle` starts a line of `text`.
fn lines_starting(text: &str, needle: &str) -> usize {
    text.lines().filter(|l| l.trim_start_matches("\x1b[2J\x1b[1;1H").starts_with(needle)).count()
}

#[test]
fn stats_pod_stats_and_ps_watch_report_real_figures() {
    let store = Store::new();
    store.import_busybox("bb");
    // Three processes: sh and its two sleeps; a second container burns CPU.
    store.skiff(&["run", "-d", "--network", "none", "--name", "three", "bb", "sh", "-c", "sleep 1000 & sleep 1000 & wait"]).ok();
    let busy = store.skiff(&["run", "-d", "--network", "none", "--name", "busy", "bb", "sh", "-c", "while :; do :; done"]);
    let busy_id = busy.ok().stdout.trim().to_string();
    store.skiff(&["create", "--name", "idle", "bb", "true"]).ok();
    wait_for("three's sleeps to start", std::time::Duration::from_secs(10), || {
        store.skiff(&["stats", "--no-stream", "--format", "{{.PIDS}}", "three"]).stdout.trim() == "3"
    });

    // The default table: podman's columns, one row per running container.
    let table = store.skiff(&["stats", "--no-stream"]);
    table.ok();
    let lines = table.lines();
    assert_eq!(
        lines[0].split_whitespace().collect::<Vec<_>>().join(" "),
        "ID NAME CPU % MEM USAGE / LIMIT MEM % NET IO BLOCK IO PIDS CPU TIME Avg CPU %",
        "{table:?}"
    );
    table.check(lines.len() == 3, "a row for each of the two running containers, none for the created one");
    table.check(!table.stdout.contains('\x1b'), "--no-stream does not clear the screen");

    // Real figures: CPU time spent by the busy loop, resident memory, no network.
    std::thread::sleep(std::time::Duration::from_millis(500));
    let figures = store.skiff(&["stats", "--no-stream", "--format", "{{.CPUNano}} {{.MemLimit}} {{.MemUsageBytes}} {{.NetIO}} {{.PIDs}}", "busy"]);
    let fields: Vec<String> = figures.ok().stdout.split_whitespace().map(String::from).collect();
    let cpu: u64 = fields[0].parse().unwrap_or_else(|_| figures.fail("CPUNano is a number"));
    figures.check(cpu > 100_000_000, "the busy loop has spent over 0.1 s of CPU");
    let limit: u64 = fields[1].parse().unwrap_or_else(|_| figures.fail("MemLimit is a number"));
    figures.check(limit > 100 << 20, "the limit is the host's memory");
    figures.check(!fields[2].starts_with("0B"), "the shell's resident memory is counted");
    // podman's NetIO: go-units' HumanSize, no space ("0B / 0B").
    figures.check(figures.stdout.contains("0B / 0B 1"), "no network traffic with --network none, and one process");

    // --no-trunc, -l (the newest container, the created one), -a.
    store.skiff(&["stats", "--no-stream", "--no-trunc", "--format", "{{.ID}}", "busy"]).ok().stdout_is(&busy_id);
    store.skiff(&["stats", "--no-stream", "-l", "--format", "{{.Name}} {{.PIDS}}"]).ok().stdout_is("idle 0");
    let all = store.skiff(&["stats", "--no-stream", "-a", "--format", "{{.Name}}"]);
    all.ok().check(all.lines().len() == 3, "-a shows the created container too");
    store.skiff(&["stats", "-a", "-l"]).code(125).stderr_has("cannot be used together");
    store.skiff(&["stats", "--no-stream", "nosuch"]).code(125).stderr_has("nosuch");

    // json: podman's keys with the printed strings.
    let json = store.skiff(&["stats", "--no-stream", "--format", "json", "three"]);
    let doc: serde_json::Value = serde_json::from_str(&json.ok().stdout).unwrap_or_else(|e| json.fail(&format!("json: {e}")));
    assert_eq!(doc[0]["name"], "three", "{json:?}");
    assert_eq!(doc[0]["pids"], "3", "{json:?}");

    // Streaming: a report every --interval, the screen cleared before each
    // one unless --no-reset.
    let stream = store.bash("timeout 2.5 skiff stats --interval 1 --format 'table {{.Name}}' three; true");
    stream.ok().check(lines_starting(&stream.stdout, "NAME") >= 2, "two reports in 2.5 seconds at --interval 1");
    stream.check(stream.stdout.contains("\x1b[2J"), "the screen is cleared between reports");
    let no_reset = store.bash("timeout 1.5 skiff stats --interval 1 --no-reset --format '{{.Name}}' three; true");
    no_reset.ok().check(lines_starting(&no_reset.stdout, "three") >= 2 && !no_reset.stdout.contains('\x1b'), "--no-reset reports without clearing");
    store.skiff(&["stats", "--interval", "0", "three"]).code(125).stderr_has("--interval");

    // ps --watch redraws; --sync is accepted.
    let watch = store.bash("timeout 2.5 skiff ps --watch 1 --format 'table {{.Names}}'; true");
    watch.ok().check(lines_starting(&watch.stdout, "NAMES") >= 2, "ps --watch 1 redraws every second");
    store.skiff(&["ps", "--sync", "--format", "{{.Names}}", "--filter", "name=three"]).ok().stdout_is("three");

    // pod stats: the pod's running containers, with the pod's id.
    let pod = store.skiff(&["pod", "create", "--name", "duo", "--network", "none"]);
    let pod_id = pod.ok().stdout.trim().to_string();
    store.skiff(&["run", "-d", "--pod", "duo", "--name", "member", "bb", "sleep", "1000"]).ok();
    store.skiff(&["pod", "stats", "--no-stream", "--format", "{{.Pod}} {{.Name}} {{.PIDS}}", "duo"]).ok().stdout_is(&format!("{} member 1", &pod_id[..12]));
    let pod_table = store.skiff(&["pod", "stats", "--no-stream", "-l"]);
    pod_table.ok();
    assert_eq!(
        pod_table.lines()[0].split_whitespace().collect::<Vec<_>>().join(" "),
        "POD CID NAME CPU % MEM USAGE/ LIMIT MEM % NET IO BLOCK IO PIDS",
        "{pod_table:?}"
    );
    store.skiff(&["pod", "stats", "--no-stream", "nopod"]).code(125).stderr_has("nopod");

    store.skiff(&["pod", "rm", "-f", "duo"]).ok();
    store.skiff(&["rm", "-f", "-t", "0", "three", "busy", "idle"]).ok();
    assert_no_processes_left(&store);
}
