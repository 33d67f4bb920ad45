//! docker's legacy links (`HostConfig.Links`) through the Engine API, as
//! the docker CLI sends them for `docker run --link`, against `skiff
//! system service`.

use crate::common;

use common::service::{message_of, Service};
use common::*;

#[test]
fn docker_run_link_goes_through_the_api_and_inspect_shows_it() {
    let store = Store::new();
    store.import_busybox("bb");
    store.skiff(&["network", "create", "n1"]).ok();
    let server = "mkdir -p /www && echo hello-from-web > /www/index.html && exec httpd -f -p 80 -h /www";
    store.skiff(&["run", "-d", "--name", "web", "--network", "n1", "bb", "sh", "-c", server]).ok();
    let service = Service::start(&store, &["--time", "0"]);
    // The alias resolves for the linking container only.
    let fetch = "for i in $(seq 20); do wget -qO- http://site/ && exit 0; sleep 0.3; done; exit 1";
    service.docker(&store, &["run", "--rm", "--network", "n1", "--link", "web:site", "localhost/bb", "sh", "-c", fetch]).ok().stdout_has("hello-from-web");
    let unlinked = store.skiff(&["run", "--rm", "--network", "n1", "bb", "sh", "-c", "nslookup site >/dev/null 2>&1 && echo resolved || echo unknown"]);
    unlinked.ok().stdout_is("unknown");
    service.docker(&store, &["create", "--name", "linker", "--network", "n1", "--link", "web:db", "localhost/bb", "true"]).ok();
    service.docker(&store, &["inspect", "--format", "{{json .HostConfig.Links}}", "linker"]).ok().stdout_is("[\"/web:/linker/db\"]");
    store.skiff(&["inspect", "--format", "{{json .HostConfig.Links}}", "linker"]).ok().stdout_is("[\"/web:/linker/db\"]");
    // A link to no container, or off a user network: refused, nothing made.
    let before = store.skiff(&["ps", "-aq"]).ok().lines();
    let create = |body: &str| service.request("POST", "/v1.41/containers/create", body.as_bytes());
    let (status, body) = create(r#"{"Image": "localhost/bb", "HostConfig": {"NetworkMode": "n1", "Links": ["nothere:x"]}}"#);
    assert!((400..500).contains(&status) && message_of(&body).contains("nothere"), "{status} {body}");
    let (status, body) = create(r#"{"Image": "localhost/bb", "HostConfig": {"NetworkMode": "host", "Links": ["web:x"]}}"#);
    assert!((400..500).contains(&status) && message_of(&body).contains("links"), "{status} {body}");
    assert_eq!(store.skiff(&["ps", "-aq"]).ok().lines(), before);
    store.skiff(&["rm", "-f", "-t", "0", "web", "linker"]).ok();
    drop(service);
    assert_no_processes_left(&store);
}
