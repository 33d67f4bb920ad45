//! `skiff top`: the processes of a running container, as podman shows them
//! (see `container::top`).

use super::Context;
use crate::container::top::TopOutput;
use crate::container::ContainerStore;
use crate::error::Result;
use crate::output::Table;

pub fn run(ctx: &Context, args: crate::cli::TopArgs) -> Result<i32> {
    let store = ContainerStore::open(&ctx.paths);
    let (container, descriptors) = super::targets::first_or_latest(&store, args.latest.latest, &args.arguments)?;
    let record = super::targets::lookup(&store, &container)?;
    match crate::container::top::top(&ctx.paths, &record, descriptors)? {
        TopOutput::Table { headers, rows } => {
            let mut table = Table::new(&headers);
            for row in rows {
                table.row(row);
            }
            table.print();
        }
        TopOutput::Ps(lines) => lines.iter().for_each(|l| crate::output::line(l)),
    }
    Ok(0)
}
