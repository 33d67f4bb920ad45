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
}
