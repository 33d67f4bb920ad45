//! `skiff port`: where a container's ports are published on the host, as
//! podman prints it ("80/tcp -> 127.0.0.1:8080").

use super::Context;
use crate::cli::PortArgs;
use crate::container::ContainerStore;
use crate::error::Result;
use crate::output;

pub fn run(ctx: &Context, args: PortArgs) -> Result<i32> {
    let store = ContainerStore::open(&ctx.paths);
    if args.all {
        // podman's `port -a`: every container's mappings, after its short id.
        for record in store.list()? {
            for p in &record.config.ports {
                output::line(&format!("{}\t{} -> {}", &record.id[..12], p.container_key(), p.host_side()));
            }
        }
        return Ok(0);
    }
    // `port -l 80`: with --latest the one word given is the port.
    let (named, port) = match (&args.container, &args.port, args.latest.latest) {
        (Some(word), None, true) => (None, Some(word.clone())),
        (named, port, _) => (named.clone(), port.clone()),
    };
    let container = super::targets::one_or_latest(&store, named.as_deref(), args.latest.latest)?;
    let record = super::targets::lookup(&store, &container)?;
    let ports = &record.config.ports;
    let Some(wanted) = &port else {
        for p in ports {
            output::line(&format!("{} -> {}", p.container_key(), p.host_side()));
        }
        return Ok(0);
    };
    let key = if wanted.contains('/') { wanted.to_ascii_lowercase() } else { format!("{wanted}/tcp") };
    let matching: Vec<_> = ports.iter().filter(|p| p.container_key() == key).collect();
    if matching.is_empty() {
        return Err(crate::err!("failed to find published port {wanted:?}"));
    }
    for p in matching {
        output::line(&p.host_side());
    }
    Ok(0)
}
