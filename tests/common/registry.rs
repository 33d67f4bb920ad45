//! A real distribution registry (Debian's `docker-registry`) for the tests
//! that push and pull: started on a free 127.0.0.1 port with its own
//! storage, killed when dropped.

use super::{free_port, skiff_bin, CI_DIR};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// A distribution registry on a free loopback port.
pub struct Registry {
    /// "127.0.0.1:PORT", as image references name it.
    pub host: String,
    pub dir: tempfile::TempDir,
    pub process: Child,
}

impl Registry {
    pub fn start() -> Registry {
        Registry::start_with("")
    }

    /// Start with `extra` appended to the YAML config (e.g. an auth section).
    pub fn start_with(extra: &str) -> Registry {
        Registry::start_in(registry_dir(), extra)
    }

    /// Start with its files in `dir` (prepared by the caller: see [`registry_dir`]).
    pub fn start_in(dir: tempfile::TempDir, extra: &str) -> Registry {
        let port = free_port();
        let host = format!("127.0.0.1:{port}");
        let config = format!(
            "version: 0.1\nlog:\n  level: error\nstorage:\n  filesystem:\n    rootdirectory: {}\n  delete:\n    enabled: true\nhttp:\n  addr: {host}\n{extra}",
            dir.path().join("data").display()
        );
        std::fs::write(dir.path().join("config.yml"), config).unwrap();
        let process = Command::new("docker-registry")
            .arg("serve")
            .arg(dir.path().join("config.yml"))
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(dir.path().join("registry.log")).unwrap())
            .spawn()
            .expect("start docker-registry (Debian package docker-registry)");
        let registry = Registry { host, dir, process };
        registry.wait_until_up();
        registry
    }

    pub fn wait_until_up(&self) {
        let deadline = Instant::now() + Duration::from_secs(20);
        while Instant::now() < deadline {
            if std::net::TcpStream::connect(&self.host).is_ok() {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let log = std::fs::read_to_string(self.dir.path().join("registry.log")).unwrap_or_default();
        panic!("docker-registry did not start on {}:\n{log}", self.host);
    }

    /// A file in the registry's directory (for configs: htpasswd, certificates).
    pub fn file(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// The registry's own idea of a manifest's digest (Docker-Content-Digest).
    pub fn manifest_digest(&self, repository: &str, tag: &str) -> String {
        let accept = "application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.v2+json";
        let response = ureq::head(&format!("http://{}/v2/{repository}/manifests/{tag}", self.host))
            .set("Accept", accept)
            .call()
            .unwrap_or_else(|e| panic!("HEAD manifest {repository}:{tag}: {e}"));
        response
            .header("Docker-Content-Digest")
            .expect("registry sends Docker-Content-Digest")
            .to_string()
    }

    /// A manifest as the registry serves it, OCI or Docker schema 2.
    pub fn manifest(&self, repository: &str, tag: &str) -> serde_json::Value {
        let accept = "application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.v2+json";
        ureq::get(&format!("http://{}/v2/{repository}/manifests/{tag}", self.host))
            .set("Accept", accept)
            .call()
            .unwrap_or_else(|e| panic!("GET manifest {repository}:{tag}: {e}"))
            .into_string()
            .map(|text| serde_json::from_str(&text).expect("the manifest is JSON"))
            .expect("read the manifest")
    }

    /// Where the registry keeps the blob with this digest.
    pub fn blob_file(&self, digest: &str) -> PathBuf {
        let hex = digest.trim_start_matches("sha256:");
        self.dir
            .path()
            .join(format!("data/docker/registry/v2/blobs/sha256/{}/{hex}/data", &hex[..2]))
    }
}

impl Registry {
    /// Stop the registry, and keep its port for the rest of the run with a
    /// listener that hangs up on every connection: tests run in parallel
    /// and take free ports, so another test's registry could otherwise get
    /// this one's port and answer what is meant to fail (it once answered
    /// `build --pull`'s retries).
    pub fn stop_holding_port(self) {
        let port: u16 = self.host.rsplit(':').next().and_then(|p| p.parse().ok()).expect("the registry's port");
        drop(self);
        let listener = std::net::TcpListener::bind(("127.0.0.1", port)).expect("hold the stopped registry's port");
        std::thread::spawn(move || listener.incoming().for_each(drop));
    }
}

impl Drop for Registry {
    fn drop(&mut self) {
        let _ = self.process.kill();
        let _ = self.process.wait();
    }
}

/// A directory for a registry's storage and configuration.
pub fn registry_dir() -> tempfile::TempDir {
    skiff_bin(); // Checks the host and makes CI_DIR.
    tempfile::Builder::new()
        .prefix("registry-")
        .tempdir_in(Path::new(CI_DIR))
        .unwrap()
}

/// A stand-in HTTP server on a free loopback port for what no registry
/// here serves: `answer(path)` gives the status line, content type and
/// body of each response. Returns "127.0.0.1:PORT"; it lives as long as
/// the test process.
pub fn serve_http(answer: impl Fn(&str) -> (&'static str, &'static str, Vec<u8>) + Send + 'static) -> String {
    use std::io::{BufRead, BufReader, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let host = listener.local_addr().unwrap().to_string();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let mut reader = BufReader::new(&stream);
            let mut request = String::new();
            // A TLS hello (skiff tries https first) has no request line.
            if reader.read_line(&mut request).is_err() || !request.contains(" HTTP/1.") {
                continue;
            }
            let mut line = String::new();
            while reader.read_line(&mut line).is_ok_and(|n| n > 2) {
                line.clear();
            }
            let path = request.split(' ').nth(1).unwrap_or_default();
            let (status, content_type, body) = answer(path);
            let mut stream = &stream;
            let _ = write!(
                stream,
                "HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                body.len()
            );
            let _ = stream.write_all(&body);
        }
    });
    host
}
