//! `--format` Go templates through the real commands, and `info`'s and
//! `version`'s podman structures with real values.

use crate::common;
use common::*;

/// A created container `c` with two anonymous volumes and a label.
fn container_with_volumes(store: &Store) {
    store.import_busybox("bb");
    store.skiff(&["create", "--name", "c", "-v", "/data", "-v", "/logs", "--label", "k=v", "bb", "true"]).ok();
}

#[test]
fn inspect_templates_range_index_len_json_and_pipelines() {
    let store = Store::new();
    container_with_volumes(&store);
    // `container inspect` comes with the lifecycle-flags branch; `inspect` is the same.
    let inspect = |format: &str| store.skiff(&["inspect", "--format", format, "c"]);
    let mounts = inspect("{{range .Mounts}}{{.Destination}} {{end}}");
    mounts.ok().check(mounts.stdout.contains("/data ") && mounts.stdout.contains("/logs "), "range over .Mounts prints both destinations");
    inspect("{{len .Mounts}}").ok().stdout_is("2");
    inspect("{{json .Config.Labels}}").ok().stdout_is(r#"{"k":"v"}"#);
    inspect(r#"{{index .Config.Labels "k"}}"#).ok().stdout_is("v");
    inspect("{{.Name | upper}}").ok().stdout_is("C");
    inspect(r#"{{range $i, $m := .Mounts}}{{if $i}},{{end}}{{$i}}{{end}} {{with .Config}}{{len .Labels}}{{end}} {{printf "%-3s|" .Name}}"#)
        .ok()
        .stdout_is("0,1 1 c  |");
}

#[test]
fn ps_template_branches_on_state() {
    let store = Store::new();
    store.import_busybox("bb");
    store.skiff(&["create", "--name", "idle", "bb", "true"]).ok();
    store.skiff(&["run", "-d", "--name", "busy", "bb", "sleep", "100"]).ok();
    let out = store.skiff(&["ps", "-a", "--format", r#"{{if eq .State "running"}}up{{else}}down{{end}} {{.Names}}"#]);
    let mut lines = out.ok().lines();
    lines.sort();
    out.check(lines == ["down idle", "up busy"], "the running container is up, the created one down");
    store.skiff(&["rm", "-f", "busy"]).ok();
}

#[test]
fn table_templates_print_podman_headers_in_aligned_columns() {
    let store = Store::new();
    store.import_busybox("bb");
    let out = store.skiff(&["images", "--format", r"table {{.Repository}}\t{{.Tag}}"]);
    let lines = out.ok().lines();
    out.check(lines.len() == 2, "a header and one image");
    out.check(lines[0].split_whitespace().collect::<Vec<_>>() == ["REPOSITORY", "TAG"], "podman's header names the fields");
    out.check(lines[1].split_whitespace().collect::<Vec<_>>() == ["localhost/bb", "latest"], "the image's row");
    out.check(lines[0].find("TAG") == lines[1].find("latest"), "the columns are aligned");
    let ids = store.skiff(&["images", "--format", "table {{.ID}} {{.Repository}}"]);
    ids.ok().check(ids.lines()[0].starts_with("IMAGE ID  "), "images heads .ID as podman does, a space is a column break");
    // podman's (Go's) minimum column is 12 wide, its 2 spaces of padding
    // included: a short column is 12 wide, a longer one its width plus 2.
    let widths = store.skiff(&["images", "--format", "table {{.Tag}} {{.Repository}} {{.Tag}}"]);
    let lines = widths.ok().lines();
    widths.check(lines[0] == "TAG         REPOSITORY    TAG", "short columns are 12 wide, longer ones 2 more than their widest cell");
    widths.check(lines[1] == "latest      localhost/bb  latest", "the row lines up with the header");
}

#[test]
fn bad_templates_fail_with_one_line_and_125() {
    let store = Store::new();
    container_with_volumes(&store);
    for (format, error) in [
        ("{{.Nope}}", "can't evaluate field Nope"),
        ("{{nope .Name}}", r#"function "nope" not defined"#),
        ("{{range .Mounts}}", "unexpected EOF"),
        ("{{.Name", "unclosed action"),
    ] {
        let out = store.skiff(&["inspect", "--format", format, "c"]);
        out.code(125).stderr_has(error);
        out.check(out.stderr.trim().lines().count() == 1, "the error is one line");
        out.check(out.stdout.is_empty(), "nothing is printed before the error");
    }
}

#[test]
fn info_has_podmans_structure_with_real_values() {
    let store = Store::new();
    container_with_volumes(&store);
    store.write_file(
        ".config/containers/registries.conf",
        "unqualified-search-registries = [\"localhost:5000\"]\n[[registry]]\nlocation = \"localhost:5000\"\ninsecure = true\n",
    );
    let info = |format: &str| store.skiff(&["info", "--format", format]).ok().stdout.trim().to_string();
    assert_eq!(info("{{.Host.OCIRuntime.Name}}"), "skiff", "skiff is its own runtime");
    assert_eq!(info("{{.Host.OCIRuntime.Path}}"), skiff_bin().display().to_string(), "the runtime is skiff's own binary");
    assert_eq!(info("{{.Host.Arch}} {{.Host.Os}}"), format!("{} linux", oci_arch()));
    let uname = nix::sys::utsname::uname().unwrap();
    assert_eq!(info("{{.Host.Kernel}}"), uname.release().to_string_lossy(), "the kernel release");
    assert_eq!(info("{{.Host.Hostname}}"), uname.nodename().to_string_lossy(), "the host name");
    let meminfo = std::fs::read_to_string("/proc/meminfo").unwrap();
    let total_kib: u64 = meminfo.lines().next().unwrap().split_whitespace().nth(1).unwrap().parse().unwrap();
    assert_eq!(info("{{.Host.MemTotal}}"), (total_kib * 1024).to_string(), "MemTotal in bytes, as /proc/meminfo says");
    assert_eq!(info("{{.Host.CPUs}}"), std::thread::available_parallelism().unwrap().to_string(), "the CPUs");
    assert_eq!(info("{{.Host.Rootless}} {{.Host.Security.Rootless}} {{.Host.Security.SeccompEnabled}}"), "true true true");
    assert!(info("{{.Host.IDMappings.UIDMap}}").contains("host_id:1500"), "the user's uid map");
    assert_eq!(info("{{.Host.CgroupManager}} {{.Host.LogDriver}} {{.Host.EventLogger}}"), "cgroupfs k8s-file file");
    let slirp = ["/usr/bin/slirp4netns", "/usr/local/bin/slirp4netns", "/bin/slirp4netns"].into_iter().find(|p| std::path::Path::new(p).exists());
    assert_eq!(info("{{.Host.Slirp4NetNS.Executable}}"), slirp.unwrap_or(""), "the slirp4netns on PATH");
    assert_eq!(info("{{.Store.GraphRoot}}"), store.skiff_root().display().to_string());
    assert_eq!(info("{{.Store.VolumePath}}"), store.skiff_root().join("volumes").display().to_string());
    assert_eq!(info("{{.Store.ImageStore.Number}}"), "1", "one image");
    assert_eq!(
        info("{{.Store.ContainerStore.Number}} {{.Store.ContainerStore.Running}} {{.Store.ContainerStore.Stopped}} {{.Store.ContainerStore.Paused}}"),
        "1 0 1 0"
    );
    assert_eq!(info("{{.Registries.search}}"), "[localhost:5000]", "the search list of registries.conf");
    assert_eq!(info(r#"{{(index .Registries "localhost:5000").Insecure}}"#), "true", "a [[registry]] entry");
    assert_eq!(info("{{.Plugins.Volume}} {{.Version.Version}} {{.Version.APIVersion}}"), format!("[local] {0} {0}", env!("CARGO_PKG_VERSION")));
    assert!(!info("{{.Store.GraphDriverName}}").is_empty(), "the graph driver");

    let yaml = store.skiff(&["info"]);
    yaml.ok().stdout_has("host:\n").stdout_has("  ociRuntime:\n    name: skiff\n");
    let parsed: serde_json::Value = serde_saphyr::from_str(&yaml.stdout).unwrap_or_else(|e| yaml.fail(&format!("info prints YAML: {e}")));
    yaml.check(parsed["registries"]["localhost:5000"]["Insecure"] == true, "registries.conf's [[registry]] entry in the YAML");
    let json = store.skiff(&["info", "--format", "json"]);
    let value: serde_json::Value = serde_json::from_str(&json.ok().stdout).unwrap_or_else(|e| json.fail(&format!("info --format json is JSON: {e}")));
    json.check(value["host"]["ociRuntime"]["name"] == "skiff" && value["store"]["imageStore"]["number"] == 1, "podman's JSON keys");
}

#[test]
fn version_templates_see_client_and_server() {
    let store = Store::new();
    let version = env!("CARGO_PKG_VERSION");
    store.skiff(&["version", "--format", "{{.Client.Version}} {{.Server.Version}} {{.Version}}"]).ok().stdout_is(&format!("{version} {version} {version}"));
    store.skiff(&["version", "--format", "{{.Client.OsArch}}"]).ok().stdout_is(&format!("linux/{}", oci_arch()));
}

/// Every field of podman 4.3.1's container and image inspect structures
/// can be named in a template (podman's structures make a missing one an
/// error), and those skiff has carry its real values.
#[test]
fn inspect_templates_reach_every_podman_field() {
    let store = Store::new();
    store.import_busybox("bb");
    store.skiff(&["run", "-d", "--name", "c", "-v", "/tmp:/h:ro", "--shm-size", "1m", "--ipc", "host", "bb", "sleep", "100"]).ok();
    let container = |format: &str| store.skiff(&["container", "inspect", "--format", format, "c"]);
    for field in [
        ".State.OciVersion", ".State.ConmonPid", ".State.CgroupPath", ".State.CheckpointedAt", ".State.RestoredAt",
        ".ImageDigest", ".StaticDir", ".OCIConfigPath", ".OCIRuntime", ".PidFile", ".MountLabel", ".ProcessLabel",
        ".AppArmorProfile", ".ExecIDs", ".Dependencies", ".Namespace", ".IsInfra", ".IsService",
        ".NetworkSettings.IPAddress", ".NetworkSettings.Gateway", ".NetworkSettings.MacAddress", ".NetworkSettings.SandboxKey",
        ".Config.Domainname", ".Config.AttachStdin", ".Config.StdinOnce", ".Config.Volumes", ".Config.OnBuild",
        ".Config.Umask", ".Config.Timeout", ".Config.Passwd", ".Config.sdNotifyMode",
        ".HostConfig.Binds", ".HostConfig.ContainerIDFile", ".HostConfig.LogConfig.Size", ".HostConfig.LogConfig.Tag",
        ".HostConfig.IpcMode", ".HostConfig.PidMode", ".HostConfig.UTSMode", ".HostConfig.ShmSize", ".HostConfig.Devices",
        ".HostConfig.GroupAdd", ".HostConfig.DnsOptions", ".HostConfig.OomScoreAdj", ".HostConfig.Memory",
        ".HostConfig.NanoCpus", ".HostConfig.PidsLimit", ".HostConfig.CgroupManager", ".HostConfig.CpusetCpus",
    ] {
        let out = container(&format!("{{{{json {field}}}}}"));
        out.ok().check(!out.stdout.trim().is_empty(), &format!("{field} is in container inspect"));
    }
    container("{{json .HostConfig.Binds}}").ok().stdout_is(r#"["/tmp:/h:ro,rprivate,rbind"]"#);
    container("{{.HostConfig.ShmSize}} {{.HostConfig.IpcMode}} {{.HostConfig.PidMode}} {{.Config.Umask}}").ok().stdout_is("1048576 host private 0022");
    let conmon = container("{{.State.ConmonPid}}");
    conmon.ok().check(conmon.stdout.trim().parse::<u32>().is_ok_and(|pid| pid > 1), "a running container's watcher has a pid");
    let digest = store.skiff(&["image", "inspect", "--format", "{{.Digest}}", "bb"]);
    container("{{.ImageDigest}}").ok().stdout_is(digest.ok().stdout.trim());

    let image = |format: &str| store.skiff(&["image", "inspect", "--format", format, "bb"]);
    for field in [".Parent", ".Version", ".VirtualSize", ".GraphDriver.Name", ".User", ".NamesHistory"] {
        image(&format!("{{{{json {field}}}}}")).ok();
    }
    image("{{.NamesHistory}}").ok().stdout_is("[localhost/bb:latest]");
    let size = image("{{.Size}}");
    image("{{.VirtualSize}}").ok().stdout_is(size.ok().stdout.trim());
    let upper = image("{{.GraphDriver.Data.UpperDir}}");
    let upper = upper.ok().stdout.trim().to_string();
    assert!(upper.ends_with("/diff"), "UpperDir {upper} is a layer's diff directory");
    let busybox = store.bash(&format!("test -x {upper}/bin/busybox && echo unpacked"));
    busybox.ok().stdout_is("unpacked");

    let json = store.skiff(&["info", "--format", "json"]);
    let info: serde_json::Value = serde_json::from_str(&json.ok().stdout).expect("info's JSON");
    // A Go field whose JSON key is spelled otherwise (cgroupVersion).
    store.skiff(&["info", "--format", "{{.Host.CgroupsVersion}}"]).ok().stdout_is(info["host"]["cgroupVersion"].as_str().expect("cgroupVersion"));
    store.skiff(&["rm", "-f", "-t", "0", "c"]).ok();
}

/// `ps`, `volume inspect` and `pod inspect` carry podman's fields too.
#[test]
fn ps_volume_and_pod_json_carry_podmans_fields() {
    let store = Store::new();
    store.import_busybox("bb");
    store.skiff(&["run", "-d", "--name", "c", "--label", "team=blue", "bb", "sleep", "100"]).ok();
    let ps = |flags: &[&str]| -> serde_json::Value {
        let out = store.skiff(&[&["ps", "--format", "json"], flags].concat());
        serde_json::from_str::<serde_json::Value>(&out.ok().stdout).expect("ps JSON")[0].clone()
    };
    let plain = ps(&[]);
    assert_eq!(plain["Labels"]["team"], "blue", "{plain}");
    assert_eq!(plain["Namespaces"], serde_json::json!({}), "{plain}");
    assert!(plain["Size"].is_null(), "{plain}");
    let with_ns = ps(&["--ns"]);
    let user_ns = with_ns["Namespaces"]["User"].as_str().expect("the user namespace's inode").to_string();
    let pid = with_ns["Pid"].as_i64().expect("a pid");
    let link = store.bash(&format!("readlink /proc/{pid}/ns/user"));
    link.ok().stdout_is(&format!("user:[{user_ns}]"));
    let sized = ps(&["--size"]);
    let (root_fs, rw) = (sized["Size"]["rootFsSize"].as_u64().expect("rootFsSize"), sized["Size"]["rwSize"].as_u64().expect("rwSize"));
    assert!(root_fs > rw && root_fs > 1_000_000, "{sized}");
    store.skiff(&["ps", "--format", "{{.Labels}}"]).ok().stdout_is("map[team:blue]");
    store.skiff(&["rm", "-f", "-t", "0", "c"]).ok();

    store.skiff(&["volume", "create", "v"]).ok();
    let needs_copy_up = || store.skiff(&["volume", "inspect", "--format", "{{.NeedsCopyUp}}", "v"]).ok().stdout.trim().to_string();
    assert_eq!(needs_copy_up(), "true");
    // The image has files at /bin: the first mount copies them up.
    store.skiff(&["run", "--rm", "-v", "v:/bin", "bb", "true"]).ok();
    assert_eq!(needs_copy_up(), "false");

    store.skiff(&["pod", "create", "--name", "p", "--dns", "10.0.0.53", "--dns-search", "example.test", "--add-host", "db:10.0.0.9"]).ok();
    let pod = store.skiff(&["pod", "inspect", "p"]);
    let pod: serde_json::Value = serde_json::from_str(&pod.ok().stdout).expect("pod inspect JSON");
    let pod = if pod.is_array() { pod[0].clone() } else { pod };
    let infra = &pod["InfraConfig"];
    assert_eq!(infra["DNSServer"], serde_json::json!(["10.0.0.53"]), "{pod}");
    assert_eq!(infra["DNSSearch"], serde_json::json!(["example.test"]), "{pod}");
    assert_eq!(infra["HostAdd"], serde_json::json!(["db:10.0.0.9"]), "{pod}");
    assert!(infra["DNSOption"].is_null(), "{pod}");
    assert_eq!((infra["pid_ns"].as_str(), infra["uts_ns"].as_str(), infra["userns"].as_str()), (Some("private"), Some("private"), Some("host")), "{pod}");
    assert!(pod["InfraContainerID"].as_str().is_some_and(|id| id.len() == 64), "{pod}");
    store.skiff(&["pod", "rm", "-f", "p"]).ok();
}
