//! `generate systemd`: the units' text for a container, a pod and `--new`,
//! and each flag's lines; then the units run the way systemd runs them,
//! without systemd (there is no user session here): each Exec line, its
//! specifiers expanded (%t a directory of the test's, %n the unit's name,
//! %i the instance), is run as the user; the PIDFile must name a live
//! process while the container runs, which ends when the container does.
//! Where `systemd-analyze verify` works (as root, on the system manager's
//! terms), the units pass it too.

use crate::common;
use common::*;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// A unit file read as systemd reads it: continued lines joined, its keys in order.
struct UnitFile {
    /// The file's name, which %n stands for (e.g. container-web.service).
    name: String,
    entries: Vec<(String, String)>,
}

impl UnitFile {
    fn parse(name: &str, text: &str) -> UnitFile {
        let joined = text.replace("\\\n", " ");
        let entries = joined
            .lines()
            .filter(|l| !l.starts_with('#') && !l.starts_with('[') && l.contains('='))
            .map(|l| {
                let (k, v) = l.split_once('=').unwrap();
                (k.to_string(), v.split_whitespace().collect::<Vec<_>>().join(" "))
            })
            .collect();
        UnitFile { name: name.to_string(), entries }
    }

    fn all(&self, key: &str) -> Vec<String> {
        self.entries.iter().filter(|(k, _)| k == key).map(|(_, v)| v.clone()).collect()
    }

    #[track_caller]
    fn one(&self, key: &str) -> String {
        let values = self.all(key);
        assert_eq!(values.len(), 1, "one {key}= expected in {}: {values:?}", self.name);
        values[0].clone()
    }

    /// %t, %n, %i, %I and %% expanded as systemd does.
    fn expand(&self, value: &str, runtime: &Path, instance: &str) -> String {
        let mut out = String::new();
        let mut chars = value.chars();
        while let Some(c) = chars.next() {
            if c != '%' {
                out.push(c);
                continue;
            }
            match chars.next() {
                Some('t') => out.push_str(&runtime.display().to_string()),
                Some('n') => out.push_str(&self.name),
                Some('i') | Some('I') => out.push_str(instance),
                Some('%') => out.push('%'),
                other => panic!("unexpected specifier %{other:?} in {value}"),
            }
        }
        out
    }

    /// Run each line of `key` as the store's user, as systemd would: the
    /// words split (double quotes group), `$$` is `$`, in the environment
    /// the unit's Environment= lines set.
    #[track_caller]
    fn exec(&self, store: &Store, key: &str, runtime: &Path, instance: &str) {
        let environment: Vec<(String, String)> = self
            .all("Environment")
            .iter()
            .flat_map(|line| split_command(&self.expand(line, runtime, instance)))
            .map(|assignment| {
                let (k, v) = assignment.split_once('=').unwrap();
                (k.to_string(), v.to_string())
            })
            .collect();
        for line in self.all(key) {
            let words = split_command(&self.expand(&line, runtime, instance));
            let mut command = store.command(&words[0], &words[1..]);
            command.envs(environment.iter().map(|(k, v)| (k, v)));
            run_command(command, None, format!("{key} of {}: {words:?}", self.name)).ok();
        }
    }

    /// The pid the unit's PIDFile names, once ExecStart has run.
    #[track_caller]
    fn main_pid(&self, runtime: &Path) -> i32 {
        let file = self.expand(&self.one("PIDFile"), runtime, "");
        let text = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("PIDFile {file} of {}: {e}", self.name));
        text.trim().parse().unwrap_or_else(|_| panic!("PIDFile {file} holds {text:?}"))
    }
}

/// systemd's word splitting of an Exec line (double quotes, backslash escapes, `$$`).
fn split_command(line: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let (mut in_word, mut quoted) = (false, false);
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' => {
                quoted = !quoted;
                in_word = true;
            }
            '\\' => {
                word.push(chars.next().unwrap());
                in_word = true;
            }
            '$' if chars.peek() == Some(&'$') => {
                chars.next();
                word.push('$');
                in_word = true;
            }
            c if c.is_whitespace() && !quoted => {
                if in_word {
                    words.push(std::mem::take(&mut word));
                    in_word = false;
                }
            }
            c => {
                word.push(c);
                in_word = true;
            }
        }
    }
    if in_word {
        words.push(word);
    }
    words
}

fn alive(pid: i32) -> bool {
    std::fs::read_to_string(format!("/proc/{pid}/stat")).is_ok_and(|stat| !stat.rsplit(')').next().unwrap_or("").trim_start().starts_with('Z'))
}

#[track_caller]
fn wait_gone(pid: i32) {
    wait_for(&format!("process {pid} to end"), Duration::from_secs(30), || !alive(pid));
}

fn is_running(store: &Store, name: &str) -> bool {
    let out = store.skiff(&["inspect", "--format", "{{.State.Running}}", name]);
    out.code == 0 && out.stdout.trim() == "true"
}

/// A directory for %t, owned by the user (systemd's $XDG_RUNTIME_DIR).
fn unit_runtime(store: &Store) -> PathBuf {
    store.write_file("unit-runtime/.keep", "");
    store.home.clone().join("unit-runtime")
}

/// The units `generate systemd ARGS` prints as JSON, by name.
fn units_json(store: &Store, args: &[&str]) -> Vec<(String, String)> {
    let mut all = vec!["generate", "systemd", "--format", "json"];
    all.extend(args);
    let out = store.skiff(&all);
    out.ok();
    let map: serde_json::Map<String, Value> = serde_json::from_str(&out.stdout).unwrap_or_else(|e| panic!("not JSON: {e}\n{}", out.stdout));
    map.into_iter().map(|(k, v)| (k, v.as_str().unwrap().to_string())).collect()
}

/// `systemd-analyze verify` on the units' files (together: a pod's refer
/// to each other), where it works here (as root: the user manager needs a
/// session); skipped, with a note, if not. skiff's man pages need not be
/// installed.
fn verify_if_possible(dir: &Path, units: &[(String, String)]) {
    let verify = |files: &[PathBuf]| std::process::Command::new("systemd-analyze").args(["verify", "--man=no"]).args(files).output();
    let probe = dir.join("skiff-probe.service");
    std::fs::write(&probe, "[Service]\nExecStart=/bin/true\n").unwrap();
    let works = verify(&[probe.clone()]).is_ok_and(|o| o.status.success());
    std::fs::remove_file(&probe).unwrap();
    if !works {
        eprintln!("systemd-analyze verify does not work here: skipped");
        return;
    }
    let verified = dir.join("verified");
    std::fs::create_dir_all(&verified).unwrap();
    let files: Vec<PathBuf> = units
        .iter()
        .map(|(name, content)| {
            let file = verified.join(format!("{name}.service"));
            std::fs::write(&file, content).unwrap();
            file
        })
        .collect();
    let out = verify(&files).unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success() && stderr.trim().is_empty(), "systemd-analyze verify: {stderr}\n{units:#?}");
    std::fs::remove_dir_all(&verified).unwrap();
}

#[test]
fn a_container_unit_starts_and_stops_it_with_its_monitor_as_main_pid() {
    let store = Store::new();
    store.import_busybox("bb");
    let pidfile = store.home.clone().join("web.conmon.pid");
    store.skiff(&["create", "--name", "web", "--conmon-pidfile", &pidfile.display().to_string(), BB, "sleep", "1000"]).ok();
    let id = store.skiff(&["inspect", "--format", "{{.Id}}", "web"]).ok().stdout.trim().to_string();
    store.skiff(&["inspect", "--format", "{{.ConmonPidFile}}", "web"]).stdout_is(&format!("{}\n", pidfile.display()));

    let out = store.skiff(&["generate", "systemd", "web"]);
    out.ok();
    let text = out.stdout.clone();
    let bin = skiff_bin().display().to_string();
    assert!(text.starts_with(&format!("# container-{id}.service\n# autogenerated by skiff ")), "{text}");
    let unit = UnitFile::parse(&format!("container-{id}.service"), &text);
    assert_eq!(unit.one("Description"), format!("skiff container-{id}.service"));
    assert_eq!(unit.one("Restart"), "on-failure");
    assert_eq!(unit.one("TimeoutStopSec"), "70");
    assert_eq!(unit.one("ExecStart"), format!("{bin} start {id}"));
    assert_eq!(unit.one("ExecStop"), format!("{bin} stop -t 10 {id}"));
    assert_eq!(unit.one("PIDFile"), pidfile.display().to_string());
    assert_eq!(unit.one("Type"), "forking");
    assert_eq!(unit.one("WantedBy"), "default.target");
    assert_eq!(unit.all("Environment"), vec!["PODMAN_SYSTEMD_UNIT=%n"]);

    // --name: the name in the unit's name and its commands.
    let text = store.skiff(&["generate", "systemd", "--name", "web"]).ok().stdout.clone();
    let unit = UnitFile::parse("container-web.service", &text);
    assert!(text.starts_with("# container-web.service\n"), "{text}");
    assert_eq!(unit.one("ExecStart"), format!("{bin} start web"));
    let runtime = unit_runtime(&store);

    // As systemd: ExecStart, then the PIDFile's process is the main one.
    unit.exec(&store, "ExecStart", &runtime, "");
    let monitor = unit.main_pid(&runtime);
    assert!(alive(monitor) && is_running(&store, "web"));
    // The container ending (stopped from elsewhere) ends the main process.
    store.skiff(&["stop", "-t", "0", "web"]).ok();
    wait_gone(monitor);

    // Started again, then ExecStop ends it.
    unit.exec(&store, "ExecStart", &runtime, "");
    let monitor = unit.main_pid(&runtime);
    assert!(alive(monitor) && is_running(&store, "web"));
    unit.exec(&store, "ExecStop", &runtime, "");
    wait_gone(monitor);
    assert!(!is_running(&store, "web"));
    unit.exec(&store, "ExecStopPost", &runtime, "");

    // Without --conmon-pidfile the monitor's pid goes to a file of skiff's own.
    store.skiff(&["run", "-d", "--name", "plain", BB, "sleep", "1000"]).ok();
    let text = store.skiff(&["generate", "systemd", "-n", "plain"]).ok().stdout.clone();
    let plain = UnitFile::parse("container-plain.service", &text);
    let main = plain.main_pid(&runtime);
    assert!(std::fs::read_to_string(format!("/proc/{main}/cmdline")).unwrap().contains("__monitor"), "the PIDFile names the monitor");
    store.skiff(&["stop", "-t", "0", "plain"]).ok();
    wait_gone(main);

    // A --rm container is gone once it stops, so no unit can start it again:
    // skiff writes its monitor's pid only where --conmon-pidfile asks.
    if !is_podman() {
        store.skiff(&["run", "-d", "--rm", "--name", "once", BB, "sleep", "1000"]).ok();
        let default_file = store.skiff(&["inspect", "--format", "{{.ConmonPidFile}}", "once"]).ok().stdout.trim().to_string();
        assert!(!Path::new(&default_file).exists(), "{default_file} written for a --rm container");
        let asked = store.home.join("once.conmon.pid");
        store.skiff(&["run", "-d", "--rm", "--name", "asked", "--conmon-pidfile", &asked.display().to_string(), BB, "sleep", "1000"]).ok();
        let monitor: i32 = std::fs::read_to_string(&asked).unwrap().trim().parse().unwrap();
        assert!(std::fs::read_to_string(format!("/proc/{monitor}/cmdline")).unwrap().contains("__monitor"));
        store.skiff(&["rm", "-f", "-t", "0", "once", "asked"]).ok();
    }

    verify_if_possible(&store.home.clone(), &[("container-web".into(), text)]);
}

#[test]
fn a_new_unit_creates_the_container_at_start_and_removes_it_at_stop() {
    let store = Store::new();
    store.import_busybox("bb");
    let cidfile = store.home.clone().join("old.cid");
    store
        .bash(&format!("FOO=from-host skiff run -d --name web -e FOO -e BAR='a b' --restart on-failure:3 --cidfile {} {BB} sleep 1000", cidfile.display()))
        .ok();
    let create_command = store.skiff(&["inspect", "--format", "{{json .Config.CreateCommand}}", "web"]).ok().stdout.clone();
    assert!(create_command.contains("\"run\",\"-d\",\"--name\",\"web\""), "{create_command}");

    let units = units_json(&store, &["--new", "--name", "--no-header", "web"]);
    assert_eq!(units.len(), 1);
    let (name, text) = &units[0];
    assert_eq!(name, "container-web");
    assert!(text.starts_with("# container-web.service\n\n[Unit]"), "--no-header: {text}");
    let bin = skiff_bin().display().to_string();
    let unit = UnitFile::parse("container-web.service", text);
    assert_eq!(
        unit.one("ExecStart"),
        format!("{bin} run --cidfile=%t/%n.ctr-id --conmon-pidfile=%t/%n.pid --rm --replace -d --name web -e FOO -e \"BAR=a b\" {BB} sleep 1000"),
        "the create command rewritten: -d kept, --cidfile and --restart dropped, --replace added\n{text}"
    );
    assert_eq!(unit.one("ExecStartPre"), "/bin/rm -f %t/%n.ctr-id %t/%n.pid");
    assert_eq!(unit.one("ExecStop"), format!("{bin} stop --ignore -t 10 --cidfile=%t/%n.ctr-id"));
    assert_eq!(unit.one("ExecStopPost"), format!("{bin} rm -f --ignore -t 10 --cidfile=%t/%n.ctr-id"));
    assert_eq!(unit.one("PIDFile"), "%t/%n.pid");
    assert_eq!(unit.one("Restart"), "on-failure");
    assert_eq!(unit.one("StartLimitBurst"), "3");
    assert_eq!(unit.all("Environment"), vec!["PODMAN_SYSTEMD_UNIT=%n", "FOO=from-host"]);

    // The unit replaces the container it was made from.
    let runtime = unit_runtime(&store);
    unit.exec(&store, "ExecStartPre", &runtime, "");
    unit.exec(&store, "ExecStart", &runtime, "");
    let monitor = unit.main_pid(&runtime);
    assert!(alive(monitor) && is_running(&store, "web"));
    let id = std::fs::read_to_string(runtime.join("container-web.service.ctr-id")).unwrap();
    store.skiff(&["inspect", "--format", "{{.Id}}", "web"]).stdout_is(&format!("{}\n", id.trim()));
    store.skiff(&["exec", "web", "sh", "-c", "echo $FOO/$BAR"]).stdout_is("from-host/a b\n");
    unit.exec(&store, "ExecStop", &runtime, "");
    wait_gone(monitor);
    unit.exec(&store, "ExecStopPost", &runtime, "");
    store.skiff(&["inspect", "web"]).code(125);
    // Stopping twice (the container gone) is no failure either.
    unit.exec(&store, "ExecStop", &runtime, "");
    unit.exec(&store, "ExecStopPost", &runtime, "");

    // A template unit: each instance's container is named after it. (Made
    // by create, the line gets -d.)
    store.skiff(&["create", "--name", "web", BB, "sleep", "1000"]).ok();
    let units = units_json(&store, &["--template", "--name", "--no-header", "web"]);
    let (_, text) = &units[0];
    assert!(text.starts_with("# container-web@.service\n"), "{text}");
    let unit = UnitFile::parse("container-web@one.service", text);
    assert_eq!(unit.one("Description"), "skiff container-web.service for %I");
    assert_eq!(unit.all("Environment")[0], "PODMAN_SYSTEMD_UNIT=%n-%i");
    assert!(unit.one("ExecStart").contains(" --rm -d --replace --name web-%i "), "{text}");
    unit.exec(&store, "ExecStartPre", &runtime, "one");
    unit.exec(&store, "ExecStart", &runtime, "one");
    let monitor = unit.main_pid(&runtime);
    assert!(is_running(&store, "web-one"));
    unit.exec(&store, "ExecStop", &runtime, "one");
    wait_gone(monitor);
    unit.exec(&store, "ExecStopPost", &runtime, "one");
    store.skiff(&["inspect", "web-one"]).code(125);
    verify_if_possible(&store.home.clone(), &units);
}

#[test]
fn a_pod_gets_a_unit_bound_to_its_containers_units() {
    let store = Store::new();
    store.import_busybox("bb");
    store.skiff(&["pod", "create", "--name", "p1"]).ok();
    store.skiff(&["create", "--pod", "p1", "--name", "c1", BB, "sleep", "1000"]).ok();
    store.skiff(&["create", "--pod", "p1", "--name", "c2", "--requires", "c1", BB, "sleep", "1000"]).ok();

    let units = units_json(&store, &["--name", "p1"]);
    let names: Vec<&str> = units.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["container-c1", "container-c2", "pod-p1"]);
    let get = |name: &str| UnitFile::parse(&format!("{name}.service"), &units.iter().find(|(n, _)| n == name).unwrap().1);
    let (pod, c1, c2) = (get("pod-p1"), get("container-c1"), get("container-c2"));
    let bin = skiff_bin().display().to_string();
    assert_eq!(pod.all("Wants"), vec!["network-online.target", "container-c1.service container-c2.service"]);
    assert_eq!(pod.one("Before"), "container-c1.service container-c2.service");
    assert_eq!(pod.one("ExecStart"), format!("{bin} pod start p1"));
    assert_eq!(pod.one("ExecStop"), format!("{bin} pod stop -t 10 p1"));
    assert_eq!(c1.one("BindsTo"), "pod-p1.service");
    assert_eq!(c1.all("After"), vec!["network-online.target", "pod-p1.service"]);
    assert_eq!(c2.one("BindsTo"), "pod-p1.service container-c1.service");

    // As systemd orders them: the pod, then its containers.
    let runtime = unit_runtime(&store);
    pod.exec(&store, "ExecStart", &runtime, "");
    c1.exec(&store, "ExecStart", &runtime, "");
    c2.exec(&store, "ExecStart", &runtime, "");
    let (infra, m1, m2) = (pod.main_pid(&runtime), c1.main_pid(&runtime), c2.main_pid(&runtime));
    assert!(alive(infra) && alive(m1) && alive(m2));
    assert!(is_running(&store, "c1") && is_running(&store, "c2"));
    c2.exec(&store, "ExecStop", &runtime, "");
    wait_gone(m2);
    c1.exec(&store, "ExecStop", &runtime, "");
    wait_gone(m1);
    pod.exec(&store, "ExecStop", &runtime, "");
    wait_gone(infra);

    // --template is for containers only; --new rewrites `pod create`.
    store.skiff(&["generate", "systemd", "--template", "p1"]).code(125).stderr_has("--template is not supported for pods");
    let units = units_json(&store, &["--new", "--name", "p1"]);
    let get = |name: &str| UnitFile::parse(&format!("{name}.service"), &units.iter().find(|(n, _)| n == name).unwrap().1);
    let (pod, c1) = (get("pod-p1"), get("container-c1"));
    assert_eq!(
        pod.all("ExecStartPre"),
        vec![
            "/bin/rm -f %t/pod-p1.pid %t/pod-p1.pod-id".to_string(),
            format!("{bin} pod create --infra-conmon-pidfile %t/pod-p1.pid --pod-id-file %t/pod-p1.pod-id --exit-policy=stop --name p1 --replace"),
        ]
    );
    assert_eq!(pod.one("ExecStart"), format!("{bin} pod start --pod-id-file %t/pod-p1.pod-id"));
    assert_eq!(pod.one("PIDFile"), "%t/pod-p1.pid");
    assert!(c1.one("ExecStart").contains(" --pod-id-file %t/pod-p1.pod-id "), "{}", c1.one("ExecStart"));
    assert!(!c1.one("ExecStart").contains("--pod p1"), "{}", c1.one("ExecStart"));

    // The --new units run: the pod made anew, its container in it.
    store.skiff(&["pod", "rm", "-f", "p1"]).ok();
    for key in ["ExecStartPre", "ExecStart"] {
        pod.exec(&store, key, &runtime, "");
    }
    let infra = pod.main_pid(&runtime);
    for key in ["ExecStartPre", "ExecStart"] {
        c1.exec(&store, key, &runtime, "");
    }
    let m1 = c1.main_pid(&runtime);
    assert!(alive(infra) && is_running(&store, "c1"));
    store.skiff(&["inspect", "--format", "{{.Pod}}", "c1"]).stdout_is(&format!("{}\n", std::fs::read_to_string(runtime.join("pod-p1.pod-id")).unwrap().trim()));
    c1.exec(&store, "ExecStop", &runtime, "");
    wait_gone(m1);
    c1.exec(&store, "ExecStopPost", &runtime, "");
    pod.exec(&store, "ExecStop", &runtime, "");
    wait_gone(infra);
    pod.exec(&store, "ExecStopPost", &runtime, "");
    store.skiff(&["pod", "inspect", "p1"]).code(125);
    verify_if_possible(&store.home.clone(), &units);
}

#[test]
fn flags_add_their_lines_and_files_are_written() {
    let store = Store::new();
    store.import_busybox("bb");
    store.skiff(&["create", "--name", "web", BB, "sleep", "1000"]).ok();
    let out = store.bash(
        "HOST_A=1 HOST_B=2 skiff generate systemd --name --container-prefix ctr --separator _ --restart-policy always --restart-sec 7 \
         --start-timeout 30 --stop-timeout 5 -e KEY=v -e 'SPACED=a b' -e HOST_A -e UNSET_VAR -e 'HOST_*' \
         --wants a.service --after b.service --requires c.service --requires d.service web",
    );
    out.ok();
    let unit = UnitFile::parse("ctr_web.service", &out.stdout);
    assert!(out.stdout.starts_with("# ctr_web.service\n"), "{}", out.stdout);
    assert!(out.stdout.contains("\n# User-defined dependencies\nWants=a.service\nAfter=b.service\nRequires=c.service d.service\n"), "{}", out.stdout);
    assert_eq!(unit.one("Restart"), "always");
    assert_eq!(unit.one("RestartSec"), "7");
    assert_eq!(unit.one("TimeoutStartSec"), "30");
    assert_eq!(unit.one("TimeoutStopSec"), "65");
    assert!(unit.one("ExecStop").contains("stop -t 5 web"));
    assert_eq!(unit.all("Environment"), vec!["PODMAN_SYSTEMD_UNIT=%n", "KEY=v", "\"SPACED=a b\"", "HOST_A=1", "HOST_B=2"]);

    // --files: NAME.service in the current directory, the paths printed.
    let home = store.home.clone();
    store.skiff(&["generate", "systemd", "--files", "--name", "web"]).stdout_is(&format!("{}/container-web.service\n", home.display()));
    assert!(std::fs::read_to_string(home.join("container-web.service")).unwrap().contains("ExecStart="));
    let units = units_json(&store, &["--files", "--name", "web"]);
    assert_eq!(units, vec![("container-web".to_string(), format!("{}/container-web.service", home.display()))]);

    // Bad input: one line, exit 125, nothing written.
    store.skiff(&["generate", "systemd", "--restart-policy", "sometimes", "web"]).code(125).stderr_has("sometimes is not a valid restart policy");
    store.skiff(&["generate", "systemd", "--format", "yaml", "web"]).code(125).stderr_has("unknown --format argument: yaml");
    store.skiff(&["generate", "systemd", "nothing"]).code(125).stderr_has("nothing does not refer to a container or pod");
    store.skiff(&["generate", "systemd", "--template", "--new=false", "web"]).code(125).stderr_has("--template cannot be set with --new=false");
    store.skiff(&["generate", "systemd", "--stop-timeout", "1", "-t", "2", "web"]).code(125).stderr_has("redundant");
    store.skiff(&["pod", "create", "--name", "empty"]).ok();
    store.skiff(&["generate", "systemd", "empty"]).code(125).stderr_has("has no containers");
}
