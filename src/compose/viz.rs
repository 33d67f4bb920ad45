//! `compose viz`: the project's services as a Graphviz DOT graph, each
//! service a node and each `depends_on` an edge, as docker compose's
//! (alpha) viz writes it (pkg/compose/viz.go). Docker compose walks Go
//! maps, so its order changes from run to run; skiff's is the services'
//! and dependencies' names in order.

use super::load::Project;
use super::up::image_of;

/// What the nodes show besides the service's name.
#[derive(Debug, Clone, Default)]
pub struct VizOptions {
    pub networks: bool,
    pub ports: bool,
    pub image: bool,
    /// Put before every line inside the graph
    pub indentation: String,
}

/// The graph's text, ending in a newline.
pub fn graph(project: &Project, options: &VizOptions) -> String {
    let indent = &options.indentation;
    let mut text = format!("digraph \"{}\" {{\n{indent}layout=dot;\n", project.name);
    for (name, service) in &project.model.services {
        text.push_str(&format!("{indent}\"{name}\" [style=\"filled\" label=<<font point-size=\"15\">{name}</font>"));
        if options.networks && !service.networks.is_empty() {
            text.push_str("<font point-size=\"10\"><br/><br/><b>Networks:</b>");
            for network in service.networks.keys() {
                text.push_str(&format!("<br/>{network}"));
            }
            text.push_str("</font>");
        }
        if options.ports && !service.ports.is_empty() {
            text.push_str("<font point-size=\"10\"><br/><br/><b>Ports:</b>");
            for port in &service.ports {
                let host_ip = port.host_ip.as_deref().map(|ip| format!("{ip}:")).unwrap_or_default();
                let published = port.published.as_deref().unwrap_or_default();
                // Docker compose's model gives every port a mode; ingress is its default.
                let mode = port.mode.as_deref().unwrap_or("ingress");
                text.push_str(&format!("<br/>{host_ip}{published}:{} ({}, {mode})", port.target, port.protocol));
            }
            text.push_str("</font>");
        }
        if options.image {
            text.push_str(&format!("<font point-size=\"10\"><br/><br/><b>Image:</b><br/>{}</font>", image_of(project, name, service)));
        }
        text.push_str(">];\n");
    }
    text.push('\n');
    for (name, service) in &project.model.services {
        for dependency in service.depends_on.keys() {
            text.push_str(&format!("{indent}\"{name}\" -> \"{dependency}\";\n"));
        }
    }
    text.push_str("}\n");
    text
}
