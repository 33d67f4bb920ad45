//! The fuzz targets' bodies, shared by the libFuzzer binaries in
//! fuzz_targets/ (cargo fuzz, nightly) and by tests/fuzz_corpus.rs, which
//! replays the committed corpus on the stable toolchain in CI. Each takes
//! arbitrary bytes; a panic, a hang or (for layers) a write outside the
//! scratch root is a finding. Errors are fine: hostile input must be
//! refused, never crash skiff.

#![allow(dead_code)]

use std::io::Read;
use std::path::Path;

/// Every target, by the name of its corpus directory and binary.
pub const TARGETS: &[(&str, fn(&[u8]))] = &[
    ("layer", layer),
    ("reference", reference),
    ("containerfile", containerfile),
    ("template", template),
    ("registries_conf", registries_conf),
    ("manifest", manifest),
    ("compose", compose),
    ("kube", kube),
    ("api_body", api_body),
];

/// A layer (plain, gzip or zstd tar) unpacked into a scratch root that
/// sits beside a sentinel directory: afterwards the parent must hold the
/// two and nothing else, and the sentinel must be as it was.
pub fn layer(data: &[u8]) {
    let parent = tempfile::tempdir().expect("scratch directory");
    let root = parent.path().join("root");
    let sentinel = parent.path().join("sentinel");
    std::fs::create_dir(&root).unwrap();
    std::fs::create_dir(&sentinel).unwrap();
    std::fs::write(sentinel.join("file"), b"untouched").unwrap();
    if let Ok((_, mut tar)) = skiff::image::compression::decompress(std::io::BufReader::new(data)) {
        // Bounded: a decompression bomb is the expansion limit's to stop,
        // and a fuzzer has little memory.
        let mut limited = Vec::new();
        let _ = tar.by_ref().take(64 << 20).read_to_end(&mut limited);
        let _ = skiff::image::layer::unpack(&limited[..], &root);
    }
    let mut names: Vec<String> = std::fs::read_dir(parent.path()).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    names.sort();
    assert_eq!(names, ["root", "sentinel"], "the layer wrote beside its root");
    let sentinel_names: Vec<_> = std::fs::read_dir(&sentinel).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(sentinel_names, ["file"], "the layer wrote into the sentinel directory");
    assert_eq!(std::fs::read(sentinel.join("file")).unwrap(), b"untouched", "the layer changed the sentinel");
    make_removable(&root);
}

/// A layer may leave directories without write permission: open them up
/// so that the scratch root can be removed.
fn make_removable(dir: &Path) {
    use std::os::unix::fs::PermissionsExt;
    let _ = std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700));
    if let Ok(entries) = std::fs::read_dir(dir) {
        for entry in entries.flatten() {
            if entry.file_type().is_ok_and(|t| t.is_dir()) {
                make_removable(&entry.path());
            }
        }
    }
}

/// Image references: what parses prints as something that parses again
/// to the same reference.
pub fn reference(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(parsed) = skiff::image::reference::Reference::parse(text) {
        let shown = parsed.to_string();
        let again = skiff::image::reference::Reference::parse(&shown).unwrap_or_else(|e| panic!("{text:?} parsed, its form {shown:?} did not: {}", e.message));
        assert_eq!(again.to_string(), shown, "a reference's printed form is stable");
    }
    let _ = skiff::image::reference::normalize_new_name(text);
}

/// Containerfiles, and ARG/ENV expansion of their text both ways.
pub fn containerfile(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let _ = skiff::build::dockerfile::parse(text);
    let lookup = |name: &str| (name.len() % 3 != 0).then(|| format!("<{name}>"));
    let _ = skiff::build::dockerfile::expand(text, &lookup, false);
    let _ = skiff::build::dockerfile::expand(text, &lookup, true);
}

/// Go templates (`--format`), rendered against a value with the usual
/// kinds of fields.
pub fn template(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Ok(parsed) = skiff::output::template::Template::parse(text) else { return };
    let value = serde_json::json!({
        "ID": "0123456789ab", "Names": ["a", "b"], "Size": 12345, "Labels": {"k": "v"},
        "State": {"Status": "running", "Pid": 7, "Running": true}, "Ports": null, "Created": 1.5
    });
    let _ = parsed.render(&value);
}

/// registries.conf, read as the user's own file.
pub fn registries_conf(data: &[u8]) {
    let file = tempfile::NamedTempFile::new().expect("scratch file");
    std::fs::write(file.path(), data).unwrap();
    // SAFETY: the fuzz targets and the replay test run one input at a time
    // in one thread, and nothing else reads the environment meanwhile.
    unsafe { std::env::set_var("CONTAINERS_REGISTRIES_CONF", file.path()) };
    if let Ok(conf) = skiff::image::registry::registries_conf::RegistriesConf::load() {
        if let Ok(short) = skiff::image::reference::Reference::parse("fuzz/app") {
            let _ = conf.local_candidates(&short);
        }
    }
}

/// Manifests and indexes as a registry serves them, and image configs.
pub fn manifest(data: &[u8]) {
    for content_type in [
        "application/vnd.oci.image.manifest.v1+json",
        "application/vnd.oci.image.index.v1+json",
        "application/vnd.docker.distribution.manifest.v2+json",
        "application/vnd.docker.distribution.manifest.list.v2+json",
        "",
    ] {
        let _ = skiff::image::registry::manifest::Document::parse(data, content_type);
    }
    let _ = serde_json::from_slice::<oci_spec::image::ImageConfiguration>(data);
}

/// A compose file loaded as `skiff compose` loads one (discovery,
/// interpolation, normalisation, include/extends, the typed model,
/// profiles) from a scratch project directory, then written out as
/// `compose config` writes it. Loading creates nothing: afterwards the
/// scratch directory holds the compose file and nothing else.
pub fn compose(data: &[u8]) {
    let scratch = tempfile::tempdir().expect("scratch directory");
    let project_dir = scratch.path().join("project");
    std::fs::create_dir(&project_dir).unwrap();
    std::fs::write(project_dir.join("compose.yaml"), data).unwrap();
    let environment = [("HOME", scratch.path().to_str().unwrap()), ("TAG", "1.0"), ("EMPTY", ""), ("PORT", "8080")]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    let options = skiff::compose::load::LoadOptions { working_dir: project_dir.clone(), environment, ..Default::default() };
    if let Ok(project) = skiff::compose::load::load(&options) {
        serde_json::to_string(&project.model).expect("a loaded model is written as JSON");
        skiff::output::yaml_document(&project.model).expect("a loaded model is written as YAML");
        let everything: std::collections::BTreeSet<String> = project.model.services.keys().cloned().collect();
        let _ = skiff::compose::load::start_order(&project.model, &everything);
        for name in &everything {
            let _ = project.with_dependencies(std::slice::from_ref(name), false);
        }
    }
    let names = |dir: &Path| -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
        names.sort();
        names
    };
    assert_eq!(names(scratch.path()), ["project"], "loading a compose project wrote beside it");
    assert_eq!(names(&project_dir), ["compose.yaml"], "loading a compose project wrote into its directory");
}

/// A multi-document Kubernetes manifest parsed into its typed objects and
/// worked out into `kube play`'s plan; nothing is made. What parses is
/// also written back as YAML (`kube generate`'s writer).
pub fn kube(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Ok(parsed) = skiff::kube::manifest::parse(text, "fuzz.yaml") else { return };
    let _ = skiff::kube::plan::pod_names(&parsed.documents);
    if let Ok(plan) = skiff::kube::plan::plan(&parsed.documents, &skiff::kube::plan::PlayOptions::default()) {
        // Each container is named after its pod, as podman names them.
        for pod in &plan.pods {
            for container in pod.init_containers.iter().chain(&pod.containers) {
                assert!(container.name.starts_with(&format!("{}-", pod.name)), "container {:?} of pod {:?}", container.name, pod.name);
            }
        }
    }
    let _ = skiff::kube::manifest::to_yaml(&parsed.documents);
}

/// The Docker Engine API's bodies that make something, as the service
/// reads them before doing any work: each is accepted or refused with a
/// client error (4xx) or 501 (a feature that cannot work here), never a
/// panic or an engine error.
pub fn api_body(data: &[u8]) {
    let refused_well = |what: &str, status: u16, message: &str| {
        assert!((400..500).contains(&status) || status == 501, "{what}: refused with status {status}: {message}");
        assert!(!message.is_empty(), "{what}: refused with an empty message");
    };
    match skiff::api::bodies::container_create(data, Some("fuzz".to_string())) {
        Ok((_, options)) => assert!(!options.image.is_empty(), "a container was accepted without an image"),
        Err(e) => refused_well("containers/create", e.status.as_u16(), &e.message),
    }
    match skiff::api::bodies::volume_create(data) {
        Ok(request) => {
            if let Some(name) = request.name {
                assert!(!name.contains('/') && name != "." && name != "..", "volume name {name:?} accepted");
            }
        }
        Err(e) => refused_well("volumes/create", e.status.as_u16(), &e.message),
    }
    match skiff::api::bodies::network_create(data) {
        Ok(network) => assert!(!network.name.contains('/') && !network.name.is_empty(), "network name {:?} accepted", network.name),
        Err(e) => refused_well("networks/create", e.status.as_u16(), &e.message),
    }
}
