//! `skiff network create|ls|inspect|rm|prune|exists`: manage user networks.

use super::{Context, Filters, OutputFormat};
use crate::cli::{NetworkCommand, NetworkConnectArgs, NetworkCreateArgs, NetworkInspectArgs, NetworkLsArgs, NetworkPruneArgs, NetworkRmArgs};
use crate::container::lifecycle::WhenRunning;
use crate::container::ContainerStore;
use crate::error::{Error, Result};
use crate::network::{address_pools, users_of_network, AddressPool, Ipv4Pool, NetworkRecord, NetworkStore, NewIpv6, NewNetwork, Subnet6, EXIT_NETWORK_IN_USE, EXIT_NO_SUCH_NETWORK};
use crate::output;
use serde_json::{json, Value};

pub fn run(ctx: &Context, command: NetworkCommand) -> Result<i32> {
    match command {
        NetworkCommand::Create(args) => create(ctx, args),
        NetworkCommand::Ls(args) => ls(ctx, args),
        NetworkCommand::Inspect(args) => inspect(ctx, args),
        NetworkCommand::Rm(args) => rm(ctx, args),
        NetworkCommand::Prune(args) => prune(ctx, args),
        NetworkCommand::Exists { name } => Ok(if NetworkStore::open(&ctx.paths).exists(&name) { 0 } else { 1 }),
        NetworkCommand::Connect(args) => connect(ctx, args),
        NetworkCommand::Disconnect(args) => {
            crate::network::connect::disconnect(&ctx.paths, &args.container, &args.network)?;
            Ok(0)
        }
    }
}

fn connect(ctx: &Context, args: NetworkConnectArgs) -> Result<i32> {
    let (ip, ip6) = super::address_flags(args.ip.as_deref(), args.ip6.as_deref())?;
    let mac_address = args.mac_address.as_deref().map(crate::runtime::spec::parse_mac_address).transpose()?;
    // Checked before connecting, recorded once the network's name is known.
    let links = crate::network::links::resolve(&ctx.paths, &args.link, "")?;
    let network = crate::network::connect::connect(&ctx.paths, &args.container, &args.network, &args.alias, ip, ip6, mac_address)?;
    let on_network: Vec<_> = links.into_iter().map(|link| crate::network::links::Link { network: network.name.clone(), ..link }).collect();
    let container = crate::container::ContainerStore::open(&ctx.paths).lookup(&args.container)?;
    crate::network::links::add(&ctx.paths, &container.id, &on_network)?;
    Ok(0)
}

fn create(ctx: &Context, args: NetworkCreateArgs) -> Result<i32> {
    if args.driver != "bridge" {
        return Err(crate::err!("unsupported network driver {:?}: skiff's networks use the bridge driver", args.driver));
    }
    let (v4, ipv6) = subnets(&args)?;
    let (subnet, gateway, ip_range) = match v4 {
        Some(pool) => (Some(pool.subnet), pool.gateway, pool.ip_range),
        None => (None, None, None),
    };
    let labels = crate::container::create::parse::labels(&args.label)?;
    check_ipam(&args)?;
    let mut aux_addresses = std::collections::BTreeMap::new();
    for entry in &args.aux_address {
        let parsed = entry.split_once('=').and_then(|(name, ip)| Some((name, ip.parse::<std::net::Ipv4Addr>().ok()?)));
        let Some((name, ip)) = parsed.filter(|(name, _)| !name.is_empty()) else {
            return Err(crate::err!("invalid --aux-address {entry:?}: use NAME=IPv4-ADDRESS"));
        };
        aux_addresses.insert(name.to_string(), ip);
    }
    if !aux_addresses.is_empty() && subnet.is_none() {
        return Err(crate::err!("--aux-address needs --subnet"));
    }
    let mut options = Vec::new();
    for entry in &args.opt {
        let Some((key, value)) = entry.split_once('=').filter(|(key, _)| !key.is_empty()) else {
            return Err(crate::err!("invalid --opt {entry:?}: use KEY=VALUE"));
        };
        options.push((key.to_string(), value.to_string()));
    }
    let options = crate::network::check_options(&options)?;
    let store = NetworkStore::open(&ctx.paths);
    let name = match args.name {
        Some(name) => name,
        None => {
            let taken: Vec<String> = store.list()?.into_iter().map(|n| n.name).collect();
            (1..).map(|i| format!("podman{i}")).find(|n| !taken.contains(n)).unwrap_or_default()
        }
    };
    let record = store.create(NewNetwork { name, subnet, gateway, internal: args.internal, labels, ip_range, aux_addresses, dns_disabled: args.disable_dns, options, ipv6 })?;
    output::line(&record.name);
    Ok(0)
}

/// `--subnet`, `--gateway`, `--ip-range` and `--ipv6`: each --gateway and
/// --ip-range goes with the --subnet given in the same place (podman pairs
/// them by position).
fn subnets(args: &NetworkCreateArgs) -> Result<(Option<Ipv4Pool>, Option<NewIpv6>)> {
    if args.gateway.len() > args.subnet.len() {
        return Err(crate::err!("cannot set more gateways than subnets: give each --gateway after its --subnet"));
    }
    if args.ip_range.len() > args.subnet.len() {
        return Err(crate::err!("cannot set more ranges than subnets: --ip-range needs --subnet"));
    }
    let pools: Vec<AddressPool> = args
        .subnet
        .iter()
        .enumerate()
        .map(|(index, subnet)| AddressPool {
            subnet,
            gateway: args.gateway.get(index).map(String::as_str),
            ip_range: args.ip_range.get(index).map(String::as_str),
        })
        .collect();
    address_pools(&pools, args.ipv6)
}

/// The address management flags: skiff's only IPAM driver is host-local
/// (addresses from the network's subnet, kept in its store), on IPv4.
fn check_ipam(args: &NetworkCreateArgs) -> Result<()> {
    match args.ipam_driver.as_deref() {
        None | Some("host-local") | Some("default") => {}
        Some("dhcp") => {
            return Err(crate::err!(
                "--ipam-driver dhcp is not supported: skiff's bridges live in a rootless network namespace with no DHCP server to lease from, so addresses come from host-local"
            ))
        }
        Some("none") => {
            return Err(crate::err!("--ipam-driver none is not supported: skiff's containers reach each other through the addresses host-local gives them"))
        }
        Some(other) => return Err(crate::err!("unsupported --ipam-driver {other:?}: skiff has host-local only")),
    }
    if let Some(option) = args.ipam_opt.first() {
        return Err(crate::err!("unsupported --ipam-opt {option:?}: the host-local driver takes no options"));
    }
    if !args.ipv4 {
        return Err(crate::err!("--ipv4=false is not supported: skiff's networks always have an IPv4 subnet (--ipv6 adds an IPv6 one beside it)"));
    }
    Ok(())
}

/// A network as podman's `network inspect` and `network ls --format json`
/// show it.
fn network_json(n: &NetworkRecord) -> Value {
    let mut value = json!({
        "name": n.name,
        "id": n.id,
        "driver": n.driver,
        "network_interface": n.interface,
        "created": crate::time::format(n.created),
        "subnets": subnets_json(n),
        "ipv6_enabled": n.ipv6.is_some(),
        "internal": n.internal,
        "dns_enabled": !n.dns_disabled,
        "labels": n.labels,
        "ipam_options": { "driver": "host-local" },
    });
    // As podman, only when there are some.
    if !n.options.is_empty() {
        value["options"] = json!(n.options);
    }
    value
}

/// `network inspect --verbose`'s "containers": each container on the
/// network by id, with its name and, while it runs, its interface there
/// (podman's layout).
fn containers_json(ctx: &Context, n: &NetworkRecord) -> Result<Value> {
    let mut containers = serde_json::Map::new();
    for c in users_of_network(&ContainerStore::open(&ctx.paths), &ctx.paths, &n.name)? {
        let mut interfaces = serde_json::Map::new();
        if let Some(endpoint) = crate::network::endpoints::of_container(&ctx.paths, &n.name, &c.id) {
            let mut subnets = vec![json!({ "ipnet": format!("{}/{}", endpoint.ip, n.subnet().prefix), "gateway": n.gateway })];
            if let (Some(ip6), Some(subnet6)) = (endpoint.ip6, n.subnet6()) {
                subnets.push(json!({ "ipnet": format!("{ip6}/{}", subnet6.prefix), "gateway": n.gateway6() }));
            }
            let mut interface = json!({ "subnets": subnets });
            let connection = crate::network::connect::connected(&ctx.paths, &c.id).into_iter().find(|k| k.network == n.name);
            if let Some(mac) = connection.and_then(|k| k.mac_address) {
                interface["mac_address"] = json!(mac);
            }
            interfaces.insert(endpoint.interface.clone(), interface);
        }
        containers.insert(c.id.clone(), json!({ "name": c.name, "interfaces": interfaces }));
    }
    Ok(Value::Object(containers))
}

/// The subnets as podman shows them, IPv4 then IPv6, each with its lease
/// range when --ip-range narrowed it.
fn subnets_json(n: &NetworkRecord) -> Vec<Value> {
    let mut subnet = json!({ "subnet": n.subnet, "gateway": n.gateway });
    if n.ip_range.is_some() {
        let mut hosts = n.lease_addresses();
        let start = hosts.next();
        subnet["lease_range"] = json!({ "start_ip": start, "end_ip": hosts.last().or(start) });
    }
    let mut subnets = vec![subnet];
    if let Some(v6) = &n.ipv6 {
        let mut subnet = json!({ "subnet": v6.subnet, "gateway": v6.gateway });
        if let Some(range) = v6.ip_range.as_deref().and_then(|r| Subnet6::parse(r).ok()) {
            // The range's first and last addresses (an IPv6 range may be
            // far too long to walk).
            let last = std::net::Ipv6Addr::from(u128::from(range.address) | (u128::MAX >> range.prefix));
            let first = n.lease_addresses6().next();
            subnet["lease_range"] = json!({ "start_ip": first, "end_ip": last });
        }
        subnets.push(subnet);
    }
    subnets
}

/// The fields podman's Go templates name (`{{.Name}}`, `{{.ID}}`, ...).
fn network_template_value(n: &NetworkRecord) -> Value {
    json!({
        "Name": n.name,
        "ID": n.id,
        "Driver": n.driver,
        "NetworkInterface": n.interface,
        "Created": crate::time::format(n.created),
        "Subnets": subnets_json(n).iter().map(|s| json!({ "Subnet": s["subnet"], "Gateway": s["gateway"] })).collect::<Vec<_>>(),
        "IPv6Enabled": n.ipv6.is_some(),
        "Internal": n.internal,
        "DNSEnabled": !n.dns_disabled,
        "Labels": n.labels,
        "Options": n.options,
    })
}

fn filter_matches(key: &str, value: &str, n: &NetworkRecord) -> bool {
    match key {
        "name" => n.name.contains(value),
        "id" => n.id.starts_with(value),
        "driver" => n.driver == value,
        _ => match value.split_once('=') {
            Some((k, v)) => n.labels.get(k).is_some_and(|x| x == v),
            None => n.labels.contains_key(value),
        },
    }
}

fn ls(ctx: &Context, args: NetworkLsArgs) -> Result<i32> {
    output::omit_headings(args.heading.noheading);
    let format = OutputFormat::parse(args.output.format.as_deref())?;
    let filters = Filters::parse(&args.filter, &["name", "id", "driver", "label"])?;
    let list: Vec<NetworkRecord> =
        NetworkStore::open(&ctx.paths).list()?.into_iter().filter(|n| filters.matches(|k, v| filter_matches(k, v, n))).collect();
    if args.quiet {
        for n in &list {
            output::line(&n.name);
        }
        return Ok(0);
    }
    match format {
        OutputFormat::Table => {
            let mut table = output::Table::new(&["NETWORK ID", "NAME", "DRIVER"]);
            for n in &list {
                let id = if args.no_trunc { &n.id } else { &n.id[..12] };
                table.row(vec![id.to_string(), n.name.clone(), n.driver.clone()]);
            }
            table.print();
        }
        OutputFormat::Json => output::json(&list.iter().map(network_json).collect::<Vec<_>>()),
        OutputFormat::Template(t) => {
            // podman's listing template shows the short id unless --no-trunc.
            let values: Vec<Value> = list
                .iter()
                .map(|n| {
                    let mut value = network_template_value(n);
                    if !args.no_trunc {
                        value["ID"] = json!(n.id[..12]);
                    }
                    value
                })
                .collect();
            output::templated_with_headers(&t, &values, &[("ID", "NETWORK ID")])?
        }
    }
    Ok(0)
}

fn inspect(ctx: &Context, args: NetworkInspectArgs) -> Result<i32> {
    let format = OutputFormat::parse(args.output.format.as_deref())?;
    let store = NetworkStore::open(&ctx.paths);
    let mut found = Vec::new();
    let mut missing = None;
    for name in &args.names {
        match store.lookup(name) {
            Ok(n) => found.push(n),
            Err(e) => missing = Some(e),
        }
    }
    let mut values = Vec::new();
    for n in &found {
        let (mut value, key) = match &format {
            OutputFormat::Template(_) => (network_template_value(n), "Containers"),
            _ => (network_json(n), "containers"),
        };
        if args.verbose {
            value[key] = containers_json(ctx, n)?;
        }
        values.push(value);
    }
    match &format {
        OutputFormat::Template(t) => output::templated(t, &values)?,
        _ => output::json(&values),
    }
    match missing {
        // podman exits 125 for an unknown network here, unlike `network rm`.
        Some(e) => Err(Error::new(e.message)),
        None => Ok(0),
    }
}

fn rm(ctx: &Context, args: NetworkRmArgs) -> Result<i32> {
    let when_running = match args.time.time {
        Some(seconds) => WhenRunning::Stop(seconds),
        None => WhenRunning::Kill,
    };
    super::for_each_named(&args.names, &[EXIT_NO_SUCH_NETWORK, EXIT_NETWORK_IN_USE], |name| {
        crate::network::remove(&ctx.paths, name, args.force.then_some(when_running)).map(|()| name.to_string())
    })
}

fn prune(ctx: &Context, args: NetworkPruneArgs) -> Result<i32> {
    let filters = Filters::parse(&args.filter, &["label", "label!", "until"])?;
    let until = filters.until_points()?;
    let store = NetworkStore::open(&ctx.paths);
    let containers = ContainerStore::open(&ctx.paths);
    let mut unused = Vec::new();
    for n in store.list()? {
        let wanted = filters.matches(|key, value| match key {
            "label" => filter_matches(key, value, &n),
            "label!" => !filter_matches("label", value, &n),
            _ => until.iter().any(|(text, secs)| text == value && n.created < *secs),
        });
        if wanted && !crate::network::in_use(&containers, &ctx.paths, &n.name)? {
            unused.push(n);
        }
    }
    if !args.confirm.force
        && !output::confirm(
            "WARNING! This will remove all networks not used by at least one container. The following networks will be removed:",
            &unused.iter().map(|n| n.name.as_str()).collect::<Vec<_>>(),
        )
    {
        return Ok(0);
    }
    for n in &unused {
        crate::network::remove(&ctx.paths, &n.name, None)?;
        output::line(&n.name);
    }
    Ok(0)
}

