//! Linux capabilities of container processes: which ones a container gets
//! (`--cap-add`, `--cap-drop`, `--privileged`) and setting them.

use crate::error::{Context, Result};
use caps::{CapSet, Capability, CapsHashSet};
use std::str::FromStr;

/// Podman's default capabilities for a container.
pub const DEFAULT_CAPS: &[&str] = &[
    "CAP_CHOWN",
    "CAP_DAC_OVERRIDE",
    "CAP_FOWNER",
    "CAP_FSETID",
    "CAP_KILL",
    "CAP_NET_BIND_SERVICE",
    "CAP_SETFCAP",
    "CAP_SETGID",
    "CAP_SETPCAP",
    "CAP_SETUID",
    "CAP_SYS_CHROOT",
];

const ALL: &str = "ALL";

/// The capabilities of a container, as "CAP_..." names in the kernel's
/// order. Names may omit `CAP_` and use any case; `ALL` works as in podman:
/// `--cap-add ALL` gives every capability but the dropped ones, and
/// `--cap-drop ALL` keeps only the added ones. A privileged container gets
/// every capability the kernel knows, whatever is added or dropped.
pub fn resolve(cap_add: &[String], cap_drop: &[String], privileged: bool) -> Result<Vec<String>> {
    if privileged {
        return Ok(names(&kernel_caps()?));
    }
    let caps = match (parse_list(cap_add)?, parse_list(cap_drop)?) {
        (None, None) => return Err(crate::err!("cannot both add and drop all capabilities")),
        (Some(add), None) => add,
        (None, Some(drop)) => kernel_caps()?.difference(&drop).copied().collect(),
        (Some(add), Some(drop)) => {
            if let Some(both) = sorted(&add.intersection(&drop).copied().collect()).first() {
                return Err(crate::err!("capability {both} cannot be both added and dropped"));
            }
            let defaults = DEFAULT_CAPS.iter().map(|n| parse_cap(n)).collect::<Result<CapsHashSet>>()?;
            defaults.union(&add).filter(|c| !drop.contains(c)).copied().collect()
        }
    };
    Ok(names(&caps))
}

/// Parse a `--cap-add`/`--cap-drop` list; `None` stands for ALL.
fn parse_list(list: &[String]) -> Result<Option<CapsHashSet>> {
    if list.iter().any(|name| name.eq_ignore_ascii_case(ALL)) {
        return Ok(None);
    }
    list.iter().map(|name| parse_cap(name)).collect::<Result<CapsHashSet>>().map(Some)
}

/// "cap_sys_admin" or "SYS_ADMIN" -> "CAP_SYS_ADMIN".
pub(crate) fn canonical_cap(name: &str) -> String {
    let upper = name.to_ascii_uppercase();
    if upper.starts_with("CAP_") {
        upper
    } else {
        format!("CAP_{upper}")
    }
}

fn parse_cap(name: &str) -> Result<Capability> {
    Capability::from_str(&canonical_cap(name)).map_err(|_| crate::err!("unknown capability {name:?}"))
}

fn sorted(caps: &CapsHashSet) -> Vec<Capability> {
    let mut caps: Vec<Capability> = caps.iter().copied().collect();
    caps.sort_by_key(|c| c.index());
    caps
}

fn names(caps: &CapsHashSet) -> Vec<String> {
    sorted(caps).iter().map(|c| c.to_string()).collect()
}

/// Every capability the running kernel knows (/proc/sys/kernel/cap_last_cap).
fn kernel_caps() -> Result<CapsHashSet> {
    caps::runtime::procfs_all_supported(None).context(|| "reading the kernel's capabilities".to_string())
}

/// Give the calling thread exactly `caps`: they become the bounding set and,
/// for root, the permitted and effective sets. Inheritable and ambient sets
/// are emptied, as docker and podman do since CVE-2022-24769/27649.
///
/// For another user the permitted and effective sets are emptied: that is
/// what the kernel would leave after execve anyway, and what docker shows.
/// (Podman also raises the explicitly `--cap-add`ed capabilities into the
/// ambient set of a non-root user; we do not.)
///
/// Call it after switching to the container's user with PR_SET_KEEPCAPS
/// set (so the permitted set survived) and after installing seccomp, which
/// needs CAP_SYS_ADMIN: see `seccomp::apply` for the whole order.
pub fn apply(caps: &[String], uid_is_root: bool) -> Result<()> {
    let wanted = caps.iter().map(|name| parse_cap(name)).collect::<Result<CapsHashSet>>()?;
    let fail = |what: &'static str| move || format!("setting the {what} capabilities");
    // setresuid cleared the effective set; dropping from the bounding set
    // needs CAP_SETPCAP back in it.
    let permitted = caps::read(None, CapSet::Permitted).context(fail("effective"))?;
    caps::set(None, CapSet::Effective, &permitted).context(fail("effective"))?;
    for cap in kernel_caps()?.difference(&wanted) {
        caps::drop(None, CapSet::Bounding, *cap).context(fail("bounding"))?;
    }
    caps::clear(None, CapSet::Ambient).context(fail("ambient"))?;
    caps::clear(None, CapSet::Inheritable).context(fail("inheritable"))?;
    // The effective set must stay within the permitted set: shrink it first.
    let kept = if uid_is_root { wanted } else { CapsHashSet::new() };
    caps::set(None, CapSet::Effective, &kept).context(fail("effective"))?;
    caps::set(None, CapSet::Permitted, &kept).context(fail("permitted"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    fn resolved(add: &[&str], drop: &[&str]) -> Result<Vec<String>> {
        resolve(&strings(add), &strings(drop), false)
    }

    #[test]
    fn defaults_are_podmans() {
        let mut expected = strings(DEFAULT_CAPS);
        let caps = resolved(&[], &[]).unwrap();
        expected.sort_by_key(|n| parse_cap(n).unwrap().index());
        assert_eq!(caps, expected);
    }

    #[test]
    fn names_take_any_case_with_or_without_prefix() {
        let caps = resolved(&["net_admin", "CAP_sys_ptrace"], &["chown", "Cap_Kill"]).unwrap();
        assert!(caps.contains(&"CAP_NET_ADMIN".to_string()) && caps.contains(&"CAP_SYS_PTRACE".to_string()));
        assert!(!caps.contains(&"CAP_CHOWN".to_string()) && !caps.contains(&"CAP_KILL".to_string()));
        assert_eq!(caps.len(), DEFAULT_CAPS.len());
    }

    #[test]
    fn all_in_either_list() {
        assert_eq!(resolved(&["net_raw", "chown"], &["all"]).unwrap(), ["CAP_CHOWN", "CAP_NET_RAW"]);
        assert_eq!(resolved(&[], &["ALL"]).unwrap(), Vec::<String>::new());
        let every = resolve(&[], &[], true).unwrap();
        let all_but_admin = resolved(&["ALL"], &["SYS_ADMIN"]).unwrap();
        assert_eq!(all_but_admin.len() + 1, every.len());
        assert!(!all_but_admin.contains(&"CAP_SYS_ADMIN".to_string()));
    }

    #[test]
    fn privileged_gets_every_kernel_capability() {
        let last: usize =
            std::fs::read_to_string("/proc/sys/kernel/cap_last_cap").unwrap().trim().parse().unwrap();
        let every = resolve(&strings(&["chown"]), &strings(&["ALL"]), true).unwrap();
        assert_eq!(every.len(), last + 1);
        assert_eq!(every[0], "CAP_CHOWN");
    }

    #[test]
    fn bad_requests_give_one_line_errors() {
        for (add, drop, expected) in [
            (&["CAP_FLY"][..], &[][..], "CAP_FLY"),
            (&[][..], &["fly"][..], "fly"),
            (&["ALL"][..], &["ALL"][..], "all capabilities"),
            (&["net_admin"][..], &["NET_ADMIN"][..], "CAP_NET_ADMIN"),
        ] {
            let message = resolved(add, drop).unwrap_err().message;
            assert!(message.contains(expected) && !message.contains('\n'), "{message}");
        }
    }
}
