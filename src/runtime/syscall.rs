//! The few system calls that shape a container's view of the world, behind
//! a small trait (as youki does) so that the start-up phases read as a plan
//! and the calls can be traced or replaced in one place.

use crate::error::{Context, Result};
use nix::mount::{MntFlags, MsFlags};
use std::path::Path;

pub trait Syscall {
    fn mount(&self, source: Option<&str>, target: &Path, fstype: Option<&str>, flags: MsFlags, data: Option<&str>) -> Result<()>;
    fn umount(&self, target: &Path, flags: MntFlags) -> Result<()>;
    fn pivot_root(&self, new_root: &Path) -> Result<()>;
    fn set_hostname(&self, name: &str) -> Result<()>;
    fn set_domainname(&self, name: &str) -> Result<()>;
    /// Mount on `target` the mount found at `path` in the mount namespace
    /// `namespace` (another process's, in this process's user namespace).
    fn mount_from_namespace(&self, namespace: &std::fs::File, path: &Path, target: &Path) -> Result<()>;
}

pub struct LinuxSyscall;

impl Syscall for LinuxSyscall {
    fn mount(&self, source: Option<&str>, target: &Path, fstype: Option<&str>, flags: MsFlags, data: Option<&str>) -> Result<()> {
        nix::mount::mount(source, target, fstype, flags, data)
            .context(|| format!("mount {} on {}", source.or(fstype).unwrap_or("(remount)"), target.display()))
    }

    fn umount(&self, target: &Path, flags: MntFlags) -> Result<()> {
        nix::mount::umount2(target, flags).context(|| format!("unmount {}", target.display()))
    }

    /// Make `new_root` the root and detach the old one, without needing a
    /// directory to put the old root in: pivot_root(".", ".") stacks the old
    /// root on top of the new one, and unmounting "." removes it.
    fn pivot_root(&self, new_root: &Path) -> Result<()> {
        nix::unistd::chdir(new_root).context(|| format!("chdir {}", new_root.display()))?;
        nix::unistd::pivot_root(".", ".").context(|| "pivot_root".into())?;
        nix::mount::umount2(".", MntFlags::MNT_DETACH).context(|| "detach the old root".into())?;
        nix::unistd::chdir("/").context(|| "chdir /".into())
    }

    fn set_hostname(&self, name: &str) -> Result<()> {
        nix::unistd::sethostname(name).context(|| format!("set hostname {name}"))
    }

    fn set_domainname(&self, name: &str) -> Result<()> {
        rustix::system::setdomainname(name.as_bytes()).context(|| format!("set domain name {name}"))
    }

    /// A mount cannot be bound from another namespace (the kernel refuses
    /// one not in the caller's), but a detached copy can be taken there with
    /// open_tree and attached here with move_mount (Linux 5.2). Entering
    /// the other namespace and coming back resets the root and working
    /// directory: the root is this namespace's (nothing is pivoted yet) and
    /// the working directory is restored. Needs a single-threaded process.
    fn mount_from_namespace(&self, namespace: &std::fs::File, path: &Path, target: &Path) -> Result<()> {
        use nix::sched::{setns, CloneFlags};
        use rustix::mount::{move_mount, open_tree, MoveMountFlags, OpenTreeFlags};
        let own = std::fs::File::open("/proc/self/ns/mnt").context(|| "open /proc/self/ns/mnt".into())?;
        // The root of a user namespace that leaves out the user's ids may
        // not open a working directory of the user's; it uses no relative
        // path then, so there is none to restore.
        let cwd = std::fs::File::open(".").ok();
        setns(namespace, CloneFlags::CLONE_NEWNS).context(|| "enter the holder's mount namespace".into())?;
        let copied = open_tree(rustix::fs::CWD, path, OpenTreeFlags::OPEN_TREE_CLONE | OpenTreeFlags::OPEN_TREE_CLOEXEC);
        let copied_dev = copied.as_ref().ok().and_then(|fd| rustix::fs::fstat(fd).ok()).map(|st| st.st_dev);
        setns(&own, CloneFlags::CLONE_NEWNS).context(|| "return to the container's mount namespace".into())?;
        if let Some(cwd) = &cwd {
            nix::unistd::fchdir(cwd).context(|| "return to the working directory".into())?;
        }
        let copied = copied.context(|| format!("copy the mount at {} of the holder", path.display()))?;
        // The same file system as the path here: no mount of the holder's own
        // (a holder made before it had one) and nothing to share.
        if copied_dev.is_some() && copied_dev == rustix::fs::stat(path).ok().map(|st| st.st_dev) {
            return Err(crate::err!("the holder has no mount of its own at {}", path.display()));
        }
        let target_fd = rustix::fs::open(target, rustix::fs::OFlags::PATH | rustix::fs::OFlags::CLOEXEC, rustix::fs::Mode::empty()).context(|| format!("open {}", target.display()))?;
        move_mount(&copied, "", &target_fd, "", MoveMountFlags::MOVE_MOUNT_F_EMPTY_PATH | MoveMountFlags::MOVE_MOUNT_T_EMPTY_PATH)
            .context(|| format!("mount the holder's {} on {}", path.display(), target.display()))
    }
}
