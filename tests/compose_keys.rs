//! Every key of the Compose Specification's service definition, walked as
//! one table: each is honoured (seen from inside the created container or
//! in its inspect output), or warned about once, or refused in one line
//! naming it, or honoured and checked by another test (named here).

use crate::common;

use common::*;

/// What skiff does with a service key, and how the test sees it.
enum Outcome {
    /// Honoured: `probe` (a shell command run in the `main` service's
    /// container) prints `expect`.
    Probe { probe: &'static str, expect: &'static str },
    /// Honoured: `skiff inspect --format TEMPLATE` of `main`'s container prints `expect`.
    Inspect { template: &'static str, expect: &'static str },
    /// One warning naming `services.main.KEY` and saying this; the service runs.
    Warned(&'static str),
    /// `up` fails with exit 125 and one line naming `services.main.KEY`
    /// and saying this; nothing is created.
    Refused(&'static str),
    /// Honoured; the named test checks it.
    Elsewhere(&'static str),
}

use Outcome::*;

/// A key, its YAML under `main` (indented by four spaces), and its outcome.
struct Key {
    key: &'static str,
    yaml: &'static str,
    outcome: Outcome,
}

const fn key(key: &'static str, yaml: &'static str, outcome: Outcome) -> Key {
    Key { key, yaml, outcome }
}

const CGROUPS: &str = "resource limits need cgroups, which skiff has not here: ignored";

const KEYS: &[Key] = &[
    key("annotations", "annotations: {com.example.note: hello}", Inspect { template: "{{index .Config.Annotations \"com.example.note\"}}", expect: "hello" }),
    key("attach", "attach: false", Warned("a foreground up shows every service's output: ignored")),
    key("blkio_config", "blkio_config: {weight: 300}", Warned(CGROUPS)),
    key("build", "", Elsewhere("compose_subcommands_reach_the_services_containers")),
    key("cap_add", "cap_add: [NET_ADMIN]", Inspect { template: "{{.HostConfig.CapAdd}}", expect: "[NET_ADMIN]" }),
    key("cap_drop", "cap_drop: [CHOWN]", Probe { probe: "chown 5 /scratch 2>/dev/null || echo denied", expect: "denied" }),
    key("cgroup", "cgroup: private", Warned(CGROUPS)),
    key("cgroup_parent", "cgroup_parent: app.slice", Warned(CGROUPS)),
    key("command", "command: ['300']", Inspect { template: "{{.Config.Cmd}}", expect: "[300]" }),
    key("configs", "", Elsewhere("compose_subcommands_reach_the_services_containers")),
    key("container_name", "container_name: keys-main", Inspect { template: "{{.Name}}", expect: "keys-main" }),
    key("cpu_count", "cpu_count: 1", Warned(CGROUPS)),
    key("cpu_percent", "cpu_percent: 50", Warned(CGROUPS)),
    key("cpu_shares", "cpu_shares: 512", Warned(CGROUPS)),
    key("cpu_quota", "cpu_quota: 50000", Warned(CGROUPS)),
    key("cpu_period", "cpu_period: 100000", Warned(CGROUPS)),
    key("cpu_rt_period", "cpu_rt_period: 1000", Warned(CGROUPS)),
    key("cpu_rt_runtime", "cpu_rt_runtime: 500", Warned(CGROUPS)),
    key("cpus", "cpus: 0.5", Warned(CGROUPS)),
    key("cpuset", "cpuset: '0'", Warned(CGROUPS)),
    key("credential_spec", "credential_spec: {file: spec.json}", Refused("not supported: credential specs are a Windows containers setting")),
    key("depends_on", "depends_on: [helper]", Elsewhere("up_runs_services_that_reach_each_other_by_name")),
    key("deploy", "deploy: {replicas: 1, placement: {constraints: ['node.role==manager']}}", Warned("not supported on one host, ignored")),
    key("develop", "", Elsewhere("compose_watch.rs: watch_syncs_deletes_restarts_and_runs_commands")),
    key("device_cgroup_rules", "device_cgroup_rules: ['c 1:3 mr']", Warned(CGROUPS)),
    key("devices", "devices: ['/dev/null:/dev/mynull', {source: /dev/zero, target: /dev/myzero, permissions: r}]", Probe { probe: "test -c /dev/mynull && test -c /dev/myzero && echo both", expect: "both" }),
    key("dns", "dns: 10.0.0.53", Probe { probe: "grep -c 'nameserver 10.0.0.53' /etc/resolv.conf", expect: "1" }),
    key("dns_opt", "dns_opt: ['ndots:3']", Probe { probe: "grep -o 'ndots:3' /etc/resolv.conf", expect: "ndots:3" }),
    key("dns_search", "dns_search: example.com", Probe { probe: "grep -c 'search.*example.com' /etc/resolv.conf", expect: "1" }),
    key("domainname", "domainname: example.org", Probe { probe: "cat /proc/sys/kernel/domainname", expect: "example.org" }),
    key("entrypoint", "entrypoint: [sleep]", Inspect { template: "{{.Config.Entrypoint}}", expect: "[sleep]" }),
    key("env_file", "env_file: ./main.env", Probe { probe: "echo $FROM_ENV_FILE", expect: "env-file" }),
    key("environment", "environment: {GREETING: hi}", Probe { probe: "echo $GREETING", expect: "hi" }),
    key("expose", "expose: ['8080']", Inspect { template: "{{range $p, $v := .Config.ExposedPorts}}{{$p}}{{end}}", expect: "8080/tcp" }),
    key("extends", "", Elsewhere("compose::load::tests::profiles_extends_and_cycles")),
    key("external_links", "", Elsewhere("compose_links_and_external_links_are_aliases_for_the_service")),
    key("extra_hosts", "extra_hosts: ['myhost=10.1.2.3']", Probe { probe: "grep myhost /etc/hosts | awk '{print $1}'", expect: "10.1.2.3" }),
    key("gpus", "gpus: all", Refused("not supported: skiff does not set GPUs up")),
    key("group_add", "group_add: [10]", Probe { probe: "id -G | tr ' ' '\\n' | grep -x 10", expect: "10" }),
    key("healthcheck", "", Elsewhere("up_runs_services_that_reach_each_other_by_name")),
    key("hostname", "hostname: box", Probe { probe: "hostname", expect: "box" }),
    key("image", "image: localhost/bb", Inspect { template: "{{.Config.Image}}", expect: "localhost/bb:latest" }),
    key("init", "", Elsewhere("this test's second project: skiff-init is pid 1")),
    key("ipc", "ipc: shareable", Probe { probe: "test $(readlink /proc/1/ns/ipc) != $(readlink /proc/self/ns/ipc) || echo private", expect: "private" }),
    key("isolation", "isolation: hyperv", Refused("not supported: isolation technologies other than default are a Windows containers setting")),
    key("labels", "labels: {from.compose: here}", Inspect { template: "{{index .Config.Labels \"from.compose\"}}", expect: "here" }),
    key("label_file", "label_file: ./main.labels", Inspect { template: "{{index .Config.Labels \"from.file\"}}", expect: "yes" }),
    key("links", "", Elsewhere("compose_links_and_external_links_are_aliases_for_the_service")),
    key("logging", "logging: {driver: k8s-file}", Inspect { template: "{{.HostConfig.LogConfig.Type}}", expect: "k8s-file" }),
    key("mac_address", "mac_address: 02:42:ac:11:00:02", Refused("a MAC address is set only with network_mode: slirp4netns")),
    key("mem_limit", "mem_limit: 64m", Warned(CGROUPS)),
    key("mem_reservation", "mem_reservation: 32m", Warned(CGROUPS)),
    key("mem_swappiness", "mem_swappiness: 10", Warned(CGROUPS)),
    key("memswap_limit", "memswap_limit: 128m", Warned(CGROUPS)),
    key("models", "models: [llm]", Refused("not supported: models (docker model runner) are not supported")),
    key("network_mode", "", Elsewhere("this test's second project: network_mode none")),
    key("networks", "", Elsewhere("project_networks_publish_ports_and_answer_for_every_replica")),
    key("oom_kill_disable", "oom_kill_disable: true", Warned(CGROUPS)),
    key("oom_score_adj", "oom_score_adj: 200", Probe { probe: "cat /proc/self/oom_score_adj", expect: "200" }),
    key("pid", "pid: service:helper", Probe { probe: "ps -o comm | grep -c httpd", expect: "1" }),
    key("pids_limit", "pids_limit: 100", Warned(CGROUPS)),
    // The host's platform runs; one it cannot run is refused (below).
    key("platform", "platform: linux/HOSTARCH", Probe { probe: "uname -s", expect: "Linux" }),
    key("ports", "", Elsewhere("project_networks_publish_ports_and_answer_for_every_replica")),
    key("post_start", "post_start: [{command: [touch, /scratch/started]}]", Probe { probe: "ls /scratch/started", expect: "/scratch/started" }),
    key("pre_stop", "", Elsewhere("lifecycle_hooks_run_after_start_and_before_stop")),
    key("privileged", "", Elsewhere("this test's second project")),
    key("profiles", "", Elsewhere("config_merges_files_and_interpolates_variables")),
    key("provider", "provider: {type: model}", Refused("not supported: provider services (compose plugins) are not supported")),
    key("pull_policy", "pull_policy: never", Elsewhere("this test's main service: its image is local, and never pulls nothing")),
    key("pull_refresh_after", "pull_refresh_after: 1h", Warned("images are pulled as pull_policy says, with no refresh period: ignored")),
    key("read_only", "read_only: true", Probe { probe: "touch /written 2>/dev/null || echo read-only", expect: "read-only" }),
    key("restart", "restart: unless-stopped", Inspect { template: "{{.HostConfig.RestartPolicy.Name}}", expect: "unless-stopped" }),
    key("runtime", "runtime: runc", Refused("not supported: skiff is its own OCI runtime")),
    key("scale", "", Elsewhere("project_networks_publish_ports_and_answer_for_every_replica")),
    key("secrets", "", Elsewhere("compose_subcommands_reach_the_services_containers")),
    key("security_opt", "security_opt: [no-new-privileges]", Probe { probe: "grep NoNewPrivs /proc/self/status | awk '{print $2}'", expect: "1" }),
    key("shm_size", "shm_size: 16m", Probe { probe: "df -k /dev/shm | tail -1 | awk '{print $2}'", expect: "16384" }),
    key("stdin_open", "stdin_open: true", Inspect { template: "{{.Config.OpenStdin}}", expect: "true" }),
    key("stop_grace_period", "stop_grace_period: 7s", Inspect { template: "{{.Config.StopTimeout}}", expect: "7" }),
    key("stop_signal", "stop_signal: SIGUSR1", Inspect { template: "{{.Config.StopSignal}}", expect: "SIGUSR1" }),
    key("storage_opt", "storage_opt: {size: 1G}", Refused("not supported: skiff's storage drivers take no per-container options")),
    key("sysctls", "sysctls: {kernel.msgmax: 65000}", Probe { probe: "cat /proc/sys/kernel/msgmax", expect: "65000" }),
    key("tmpfs", "tmpfs: [/scratch]", Probe { probe: "grep -c ' /scratch tmpfs' /proc/mounts", expect: "1" }),
    key("tty", "tty: false", Inspect { template: "{{.Config.Tty}}", expect: "false" }),
    key("ulimits", "ulimits: {nofile: {soft: 1000, hard: 2000}, nproc: 500}", Probe { probe: "echo $(ulimit -n) $(ulimit -Hn) $(ulimit -u)", expect: "1000 2000 500" }),
    key("use_api_socket", "use_api_socket: true", Refused("not supported: skiff has no daemon whose socket could be mounted")),
    key("user", "user: '0:0'", Probe { probe: "id -u", expect: "0" }),
    key("userns_mode", "", Elsewhere("this test's second project: keep-id")),
    key("uts", "", Elsewhere("this test's second project: host")),
    key("volumes", "", Elsewhere("up_runs_services_that_reach_each_other_by_name")),
    key("volumes_from", "volumes_from: ['helper:ro']", Probe { probe: "cat /data/file; echo x 2>/dev/null > /data/file || echo ro", expect: "shared\nro" }),
    key("working_dir", "working_dir: /tmp", Probe { probe: "pwd", expect: "/tmp" }),
];

/// The helper shares its pid namespace and volume with `main`.
const HELPER: &str = "  helper:\n    image: localhost/bb\n    command: [sh, -c, 'mkdir -p /data && echo shared > /data/file && exec httpd -f -p 8080']\n    volumes: [/data]\n";

#[test]
fn every_service_key_is_honoured_warned_about_or_refused() {
    require_host();
    let store = Store::new();
    store.import_busybox("bb");
    store.write_file("keys/main.env", "FROM_ENV_FILE=env-file\n");
    store.write_file("keys/main.labels", "from.file=yes\n");
    let arch = oci_arch();
    for entry in KEYS {
        if let Elsewhere(test) = entry.outcome {
            assert!(!test.is_empty(), "{}: name the test that checks it", entry.key);
        }
    }

    // Every key honoured or warned about goes into one service.
    let mut main = String::from("  main:\n    pull_policy: never\n");
    for entry in KEYS.iter().filter(|k| matches!(k.outcome, Probe { .. } | Inspect { .. } | Warned(_)) && k.key != "pull_policy") {
        main.push_str(&format!("    {}\n", entry.yaml.replace("HOSTARCH", arch)));
    }
    store.write_file("keys/compose.yaml", &format!("services:\n{HELPER}{main}"));
    let up = in_dir(&store, "keys", "skiff compose up -d");
    up.ok();
    for entry in KEYS {
        if let Warned(why) = entry.outcome {
            let named = format!("services.main.{}", entry.key);
            // The key itself, or one of its sub-keys (deploy.placement).
            let names = |l: &str| l.contains(&format!("{named}:")) || l.contains(&format!("{named}."));
            let count = up.stderr.lines().filter(|l| names(l) && l.contains(why)).count();
            assert_eq!(count, 1, "one warning naming {named} and saying {why:?}\n{}", up.stderr);
        }
    }

    // Probes: one exec, one line of output each.
    let probes: Vec<&Key> = KEYS.iter().filter(|k| matches!(k.outcome, Probe { .. })).collect();
    let script: String = probes.iter().map(|k| if let Probe { probe, .. } = k.outcome { format!("echo @{}; {probe}; ", k.key) } else { String::new() }).collect();
    let probed = in_dir(&store, "keys", &format!("skiff compose exec -T main sh -c '{}'", script.replace('\'', "'\\''")));
    probed.ok();
    let mut answers = probed.stdout.split('@').skip(1);
    for entry in &probes {
        let Probe { expect, .. } = entry.outcome else { unreachable!() };
        let answer = answers.next().unwrap_or_default();
        let (named, printed) = answer.split_once('\n').unwrap_or((answer, ""));
        assert_eq!((named, printed.trim()), (entry.key, expect), "{} is honoured inside the container\n{}", entry.key, probed.stdout);
    }
    for entry in KEYS {
        if let Inspect { template, expect } = entry.outcome {
            store.skiff(&["inspect", "--format", template, "keys-main"]).ok().stdout_is(expect);
        }
    }

    // Refused keys: each alone, one line naming it, exit 125, nothing made.
    for entry in KEYS {
        if let Refused(why) = entry.outcome {
            store.write_file("refused/compose.yaml", &format!("services:\n  main:\n    image: localhost/bb\n    {}\n", entry.yaml));
            let refused = in_dir(&store, "refused", "skiff compose up -d");
            refused.code(125).stderr_has(&format!("services.main.{}: {why}", entry.key));
            assert_eq!(refused.stderr.lines().filter(|l| l.starts_with("Error")).count(), 1, "one line\n{}", refused.stderr);
        }
    }
    store.skiff(&["ps", "-a", "--format", "{{.Names}}", "--filter", "label=com.docker.compose.project=refused"]).ok().stdout_is("");
    store.skiff(&["network", "ls", "--format", "{{.Name}}"]).ok().stdout_is("keys_default");
    // A platform the host cannot run is refused when the container is made.
    let foreign = if arch == "s390x" { "arm64" } else { "s390x" };
    store.write_file("refused/compose.yaml", &format!("services:\n  main:\n    image: localhost/bb\n    platform: linux/{foreign}\n"));
    in_dir(&store, "refused", "skiff compose up -d").code(125).stderr_has(foreign);
    in_dir(&store, "refused", "skiff compose down").ok();

    // The second project: keep-id maps the user's own id into the
    // container, the host's uts namespace has the host's name, a privileged
    // container, and no network but loopback.
    let (uid, _) = store.ids();
    let host_name = store.bash("hostname");
    store.write_file(
        "second/compose.yaml",
        "services:\n  main:\n    image: localhost/bb\n    command: [sleep, '300']\n    userns_mode: keep-id\n    uts: host\n    privileged: true\n    network_mode: none\n    init: true\n",
    );
    in_dir(&store, "second", "skiff compose up -d && skiff compose exec -T main sh -c 'id -u; hostname; ls /sys/class/net; cat /proc/1/comm'")
        .ok()
        .stdout_is(&format!("{uid}\n{}\nlo\nskiff-init", host_name.ok().stdout.trim()));
    store.skiff(&["inspect", "--format", "{{.HostConfig.Privileged}}", "second-main-1"]).ok().stdout_is("true");
    in_dir(&store, "second", "skiff compose down -t 0").ok();

    docker_compose_v2_flags(&store);
    in_dir(&store, "keys", "skiff compose down -t 0").ok();
    assert_no_processes_left(&store);
}

/// docker compose v2's flags on the running `keys` project (and two small
/// ones): each works, or is refused in one line naming it.
fn docker_compose_v2_flags(store: &Store) {
    // config --hash: the hash the container's label holds.
    let label = store.skiff(&["inspect", "--format", "{{index .Config.Labels \"com.docker.compose.config-hash\"}}", "keys-main"]);
    in_dir(store, "keys", "skiff compose config --hash main").ok().stdout_is(&format!("main {}", label.ok().stdout.trim()));
    // ps --filter status=, ls --filter name=, the global --parallel.
    in_dir(store, "keys", "skiff compose --parallel 2 ps --filter status=running --format '{{.Service}}'").ok().stdout_is("helper\nmain");
    in_dir(store, "keys", "skiff compose ps --filter status=exited -q").ok().stdout_is("");
    in_dir(store, "keys", "skiff compose ps --filter label=x").code(125).stderr_has("invalid --filter \"label=x\"");
    in_dir(store, ".", "skiff compose ls --filter name=key -q").ok().stdout_is("keys");
    in_dir(store, ".", "skiff compose ls --filter name=nothing -q").ok().stdout_is("");
    // exec --privileged has the capabilities cap_drop took; exec -d returns at once.
    in_dir(store, "keys", "skiff compose exec -T --privileged main sh -c 'chown 5 /scratch && echo chowned'").ok().stdout_is("chowned");
    in_dir(store, "keys", "skiff compose exec -d main touch /scratch/detached").ok().stdout_is("");
    wait_for("exec -d's file", std::time::Duration::from_secs(10), || in_dir(store, "keys", "skiff compose exec -T main ls /scratch/detached").code == 0);
    // run -v, -p, --cap-add, --cap-drop; no service alias without --use-aliases.
    let port = free_port();
    store.write_file("keys/mounted/file", "from-host\n");
    in_dir(
        store,
        "keys",
        &format!("skiff compose run --rm --no-deps -v ./mounted:/mnt:ro -p 127.0.0.1:{port}:80 --cap-drop NET_RAW helper sh -c 'cat /mnt/file; grep -c . /proc/self/status >/dev/null && echo ran'"),
    )
    .ok()
    .stdout_is("from-host\nran");
    // logs -n: the last line only.
    in_dir(store, "keys", "skiff compose logs -n 1 --no-log-prefix helper").ok();

    // Refused flags and subcommands: one line naming them, exit 125.
    for (command, named) in [
        ("build --builder default", "--builder"),
        ("stats", "compose stats"),
        ("--dry-run build", "--dry-run"),
        ("build --memory 1g", "--memory"),
    ] {
        let refused = in_dir(store, "keys", &format!("skiff compose {command}"));
        refused.code(125).stderr_has(named);
        assert_eq!(refused.stderr.trim().lines().count(), 1, "one line for {command}\n{}", refused.stderr);
    }

    // build --build-arg over build.args, and -q prints no steps.
    store.write_file("built/Containerfile", "FROM localhost/bb\nARG GREETING=unset\nRUN echo $GREETING > /greeting\n");
    store.write_file("built/compose.yaml", "services:\n  app:\n    build: {context: ., args: {GREETING: from-file}}\n    command: [cat, /greeting]\n");
    let built = in_dir(store, "built", "skiff compose build -q --build-arg GREETING=from-flag");
    built.ok().stdout_is("");
    assert!(!built.stderr.contains("STEP"), "-q prints no build steps\n{}", built.stderr);
    in_dir(store, "built", "skiff compose run --rm app").ok().stdout_is("from-flag");

    // A foreground up with --no-attach and --timestamps: only the attached
    // service's lines, each with its time.
    store.write_file("shown/compose.yaml", "services:\n  loud:\n    image: localhost/bb\n    command: [echo, loud-line]\n  quiet:\n    image: localhost/bb\n    command: [echo, quiet-line]\n");
    let shown = in_dir(store, "shown", "skiff compose up --no-attach quiet --timestamps");
    shown.ok().stdout_has("loud-line");
    assert!(!shown.stdout.contains("quiet-line"), "--no-attach quiet hides its output\n{}", shown.stdout);
    let line = shown.stdout.lines().find(|l| l.contains("loud-line")).unwrap_or_default();
    let stamped = line.split("| ").nth(1).is_some_and(|rest| rest.starts_with("20") && rest.split(' ').next().is_some_and(|time| time.contains('T')));
    assert!(stamped, "an RFC 3339 time after the prefix: {line:?}");
    in_dir(store, "shown", "skiff compose down").ok();
    in_dir(store, "built", "skiff compose down --rmi local").ok();
}

