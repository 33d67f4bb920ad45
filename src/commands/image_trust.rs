//! `skiff image trust set|show`: the signature policy pulls enforce,
//! edited and listed as podman 4.3.1's `image trust` does (see
//! [`crate::image::trust`] for which file).

use super::Context;
use crate::cli::{ImageTrustArgs, ImageTrustCommand, ImageTrustSetArgs, ImageTrustShowArgs};
use crate::error::Result;
use crate::image::trust::{self, SetOptions, ShowOptions, TrustType};
use crate::output;

/// The policy is no part of the store: `_ctx` goes unused.
pub fn run(_ctx: &Context, args: ImageTrustArgs) -> Result<i32> {
    match args.command {
        ImageTrustCommand::Set(args) => set(args),
        ImageTrustCommand::Show(args) => show(args),
    }
}

fn set(args: ImageTrustSetArgs) -> Result<i32> {
    // podman checks the scope before the type.
    trust::validate_scope(&args.registry)?;
    let options = SetOptions {
        policy_path: args.policypath,
        scope: args.registry,
        trust_type: TrustType::parse(&args.trust_type)?,
        key_files: args.pubkeysfile,
        type_name: args.trust_type,
    };
    trust::set(&options)?;
    Ok(0)
}

fn show(args: ImageTrustShowArgs) -> Result<i32> {
    if args.raw {
        let text = trust::raw_policy(args.policypath.as_deref())?;
        output::stream_text(false, &format!("{}\n", String::from_utf8_lossy(&text)));
        return Ok(0);
    }
    let options = ShowOptions { policy_path: args.policypath, registries_dir: args.registrypath, registry: args.registry };
    let description = trust::describe(&options)?;
    for warning in &description.warnings {
        output::warn(warning);
    }
    if args.json {
        output::go_json(&description.entries);
        return Ok(0);
    }
    output::omit_headings(args.noheading);
    let rows: Vec<Vec<String>> = description
        .entries
        .iter()
        .map(|e| vec![e.transport.clone(), e.repo_name.clone(), e.trust_type.clone(), e.gpg_id.clone(), e.lookaside.clone()])
        .collect();
    output::padded_table(&["TRANSPORT", "NAME", "TYPE", "ID", "STORE"], &rows);
    Ok(0)
}
