//! Resolve docker's `USER[:GROUP]` against the container's own /etc/passwd
//! and /etc/group (read after pivot_root, so always the container's files).

use crate::error::Result;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResolvedUser {
    pub uid: u32,
    pub gid: u32,
    /// Supplementary groups listed for the user in /etc/group.
    pub groups: Vec<u32>,
    pub home: String,
}

struct PasswdEntry {
    name: String,
    uid: u32,
    gid: u32,
    home: String,
}

fn passwd_entries(content: &str) -> Vec<PasswdEntry> {
    content
        .lines()
        .filter_map(|l| {
            let f: Vec<&str> = l.split(':').collect();
            if f.len() < 7 {
                return None;
            }
            Some(PasswdEntry { name: f[0].into(), uid: f[2].parse().ok()?, gid: f[3].parse().ok()?, home: f[5].into() })
        })
        .collect()
}

/// (name, gid, members) of each /etc/group line.
fn group_entries(content: &str) -> Vec<(String, u32, Vec<String>)> {
    content
        .lines()
        .filter_map(|l| {
            let f: Vec<&str> = l.split(':').collect();
            if f.len() < 4 {
                return None;
            }
            let members = f[3].split(',').filter(|m| !m.is_empty()).map(String::from).collect();
            Some((f[0].to_string(), f[2].parse().ok()?, members))
        })
        .collect()
}

/// Resolve `spec` ("", "name", "uid", "name:group", "uid:gid") given the
/// contents of the container's passwd and group files.
pub fn resolve_with(spec: &str, passwd: &str, group: &str) -> Result<ResolvedUser> {
    let (user_part, group_part) = match spec.split_once(':') {
        Some((u, g)) => (u, Some(g)),
        None => (spec, None),
    };
    let user_part = if user_part.is_empty() { "0" } else { user_part };
    let users = passwd_entries(passwd);
    let groups = group_entries(group);
    let entry = match user_part.parse::<u32>() {
        Ok(uid) => users.into_iter().find(|e| e.uid == uid).map(Ok).unwrap_or(Err(uid)),
        Err(_) => Ok(users
            .into_iter()
            .find(|e| e.name == user_part)
            .ok_or_else(|| crate::err!("unable to find user {user_part}: no matching entries in passwd file"))?),
    };
    let (uid, mut gid, home, name) = match entry {
        Ok(e) => (e.uid, e.gid, e.home, Some(e.name)),
        // A numeric uid without a passwd entry is fine, as in docker.
        Err(uid) => (uid, 0, "/".to_string(), None),
    };
    if let Some(g) = group_part {
        gid = match g.parse::<u32>() {
            Ok(gid) => gid,
            Err(_) => groups
                .iter()
                .find(|(n, _, _)| n == g)
                .map(|(_, gid, _)| *gid)
                .ok_or_else(|| crate::err!("unable to find group {g}: no matching entries in group file"))?,
        };
    }
    let supplementary = match (&name, group_part) {
        (Some(n), None) => groups.iter().filter(|(_, _, m)| m.contains(n)).map(|(_, g, _)| *g).filter(|g| *g != gid).collect(),
        _ => Vec::new(),
    };
    Ok(ResolvedUser { uid, gid, groups: supplementary, home: if home.is_empty() { "/".into() } else { home } })
}

/// `--group-add`'s groups: numbers as they are, names looked up in the
/// current root's /etc/group.
pub fn group_ids(names: &[String]) -> Result<Vec<u32>> {
    if names.is_empty() {
        return Ok(Vec::new());
    }
    let entries = group_entries(&std::fs::read_to_string("/etc/group").unwrap_or_default());
    names
        .iter()
        .map(|name| match name.parse::<u32>() {
            Ok(gid) => Ok(gid),
            Err(_) => entries
                .iter()
                .find(|(n, _, _)| n == name)
                .map(|(_, gid, _)| *gid)
                .ok_or_else(|| crate::err!("--group-add {name}: unable to find group {name}: no matching entries in group file")),
        })
        .collect()
}

/// Resolve against /etc/passwd and /etc/group of the current root.
pub fn resolve(spec: &str) -> Result<ResolvedUser> {
    let passwd = std::fs::read_to_string("/etc/passwd").unwrap_or_default();
    let group = std::fs::read_to_string("/etc/group").unwrap_or_default();
    resolve_with(spec, &passwd, &group)
}

#[cfg(test)]
mod tests {
    use super::*;

    const PASSWD: &str = "root:x:0:0:root:/root:/bin/sh\napp:x:1000:1000:App:/home/app:/bin/sh\n";
    const GROUP: &str = "root:x:0:\napp:x:1000:\nwheel:x:10:app\n";

    #[test]
    fn resolves_names_ids_and_groups() {
        let root = resolve_with("", PASSWD, GROUP).unwrap();
        assert_eq!((root.uid, root.gid, root.home.as_str()), (0, 0, "/root"));
        let app = resolve_with("app", PASSWD, GROUP).unwrap();
        assert_eq!((app.uid, app.gid, app.groups.clone(), app.home.as_str()), (1000, 1000, vec![10], "/home/app"));
        let ids = resolve_with("1000:1000", PASSWD, GROUP).unwrap();
        assert_eq!((ids.uid, ids.gid), (1000, 1000));
        let unknown = resolve_with("4242", PASSWD, GROUP).unwrap();
        assert_eq!((unknown.uid, unknown.gid, unknown.home.as_str()), (4242, 0, "/"));
        assert_eq!(resolve_with("app:wheel", PASSWD, GROUP).unwrap().gid, 10);
        assert!(resolve_with("nobody", PASSWD, GROUP).is_err());
        assert!(resolve_with("app:nogroup", PASSWD, GROUP).is_err());
    }
}
