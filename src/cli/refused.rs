//! The one place that refuses what skiff cannot honour: podman and docker
//! commands and flags that skiff does not define are added to the parser
//! here (hidden), so they parse instead of failing as clap's "unexpected
//! argument", and are then refused in one line naming them and why.
//!
//! REFUSED is a plain data list, sorted by command path and flag, one entry
//! per line: when a branch implements a flag it deletes the flag's line.
//! An entry whose flag is "" refuses the whole command (and everything
//! under it). Command path "" holds the global flags.

use clap::parser::ValueSource;
use clap::{Arg, ArgAction, ArgMatches, Command, CommandFactory};

pub struct Refusal {
    /// Command path as typed, e.g. "container checkpoint"; "" for global flags
    pub command: &'static str,
    /// "--long-flag", or "" when the whole command is refused
    pub flag: &'static str,
    /// The flag's one-letter form, if podman or docker have one
    pub short: Option<char>,
    pub takes_value: bool,
    /// A boolean flag that is on unless given "=false": only that asks for
    /// something (the others ask when given bare or "=true").
    pub on_by_default: bool,
    pub reason: &'static str,
}

const fn refuse(command: &'static str, flag: &'static str, short: Option<char>, takes_value: bool, reason: &'static str) -> Refusal {
    Refusal { command, flag, short, takes_value, on_by_default: false, reason }
}

/// A boolean flag whose default is true: refused only as "--flag=false".
const fn refuse_turning_off(command: &'static str, flag: &'static str, short: Option<char>, reason: &'static str) -> Refusal {
    Refusal { command, flag, short, takes_value: false, on_by_default: true, reason }
}

/// A whole command (and everything under it).
const fn refuse_command(command: &'static str, reason: &'static str) -> Refusal {
    refuse(command, "", None, false, reason)
}

const VALUE: bool = true;
const BOOL: bool = false;

const NO_CGROUPS: &str = "skiff has no cgroups here: cgroups v2 is not delegated to your user";
const NO_CRIU: &str = "checkpoint and restore need CRIU, which skiff does not use";
const NO_REMOTE: &str = "skiff is daemonless: there is no remote service to connect to";
const NO_MACHINE: &str = "skiff runs containers on this host: it manages no virtual machines";
const NO_SYSTEMD: &str = "skiff does not use systemd (no systemd user session)";
const NO_CONMON: &str = "skiff runs containers itself: there is no conmon or OCI runtime to choose";
const NO_SWARM: &str = "skiff has no daemon, so no docker contexts, swarm or TLS connection to one";
const NO_LINK_LOCAL: &str = "link-local addresses are not supported: skiff gives a container one IPv4 address on each network, and one IPv6 address on a dual-stack one (--ip and --ip6 choose them)";
const WINDOWS_ONLY: &str = "a Windows containers setting, which Linux containers do not have";
const ONLY_LOCAL_VOLUMES: &str = "skiff has only its local volume driver";
const NO_API_SOCKET: &str = "skiff has no daemon whose socket could be mounted (run `skiff system service` and mount its socket with -v)";
const NO_STORAGE_OPTS: &str = "skiff's storage drivers take no per-container options";
const NO_BUILD_ID_MAPS: &str = "build's RUN steps run in skiff's user namespace: they take no id mappings";
const NO_LIBPOD_NAMESPACES: &str = "skiff has no libpod namespaces inside a store: keep containers apart with separate stores (--root and --runroot)";
const NO_WINDOWS: &str = "isolation technologies are a Windows containers setting";
const NO_GPUS: &str = "docker hands GPUs over through the NVIDIA container toolkit, which skiff does not run: give the device nodes with --device (e.g. --device /dev/nvidia0)";

pub const REFUSED: &[Refusal] = &[
    refuse("", "--conmon", None, VALUE, NO_CONMON),
    refuse("", "--connection", Some('c'), VALUE, NO_REMOTE),
    refuse("", "--context", Some('c'), VALUE, NO_SWARM),
    refuse("", "--host", Some('H'), VALUE, NO_SWARM),
    refuse("", "--identity", None, VALUE, NO_REMOTE),
    refuse("", "--namespace", None, VALUE, NO_LIBPOD_NAMESPACES),
    refuse("", "--network-config-dir", None, VALUE, "skiff keeps its networks in its store (--root)"),
    refuse("", "--remote", Some('r'), BOOL, NO_REMOTE),
    refuse("", "--runtime-flag", None, VALUE, "skiff is its own OCI runtime and takes no runtime flags"),
    refuse("", "--ssh", None, VALUE, NO_REMOTE),
    refuse("", "--tls", None, BOOL, NO_SWARM),
    refuse("", "--tlscacert", None, VALUE, NO_SWARM),
    refuse("", "--tlscert", None, VALUE, NO_SWARM),
    refuse("", "--tlskey", None, VALUE, NO_SWARM),
    refuse("", "--tlsverify", None, BOOL, NO_SWARM),
    refuse("", "--url", None, VALUE, NO_REMOTE),
    refuse("", "--volumepath", None, VALUE, "skiff keeps named volumes in its store (--root), where the containers using them find them: a volume path given per command would hide the volumes made before (podman too keeps the path its store was first made with); choose the store with --root"),
    refuse_command("auto-update", NO_SYSTEMD),
    refuse("build", "--all-platforms", None, BOOL, "building for every platform of the base images needs emulation to RUN other architectures' programs: skiff builds one platform (use --platform)"),
    refuse("build", "--cgroup-parent", None, VALUE, NO_CGROUPS),
    refuse("build", "--cgroupns", None, VALUE, NO_CGROUPS),
    refuse("build", "--cpu-period", None, VALUE, NO_CGROUPS),
    refuse("build", "--cpu-quota", None, VALUE, NO_CGROUPS),
    refuse("build", "--cpu-shares", Some('c'), VALUE, NO_CGROUPS),
    refuse("build", "--cpuset-cpus", None, VALUE, NO_CGROUPS),
    refuse("build", "--cpuset-mems", None, VALUE, NO_CGROUPS),
    refuse("build", "--decryption-key", None, VALUE, "skiff cannot decrypt encrypted image layers (ocicrypt)"),
    refuse("build", "--isolation", None, VALUE, NO_WINDOWS),
    refuse("build", "--memory", Some('m'), VALUE, NO_CGROUPS),
    refuse("build", "--memory-swap", None, VALUE, NO_CGROUPS),
    refuse("build", "--runtime-flag", None, VALUE, NO_CONMON),
    refuse("build", "--userns-gid-map-group", None, VALUE, NO_BUILD_ID_MAPS),
    refuse("build", "--userns-uid-map-user", None, VALUE, NO_BUILD_ID_MAPS),
    refuse("compose", "--compatibility", None, BOOL, "docker-compose v1's container names are not made: skiff names containers as docker compose v2 does"),
    refuse("compose build", "--builder", None, VALUE, "skiff builds images itself: there is no buildx builder to choose"),
    refuse("compose build", "--memory", Some('m'), VALUE, NO_CGROUPS),
    refuse_command("compose publish", "skiff does not publish compose applications as OCI artifacts"),
    refuse_command("compose stats", NO_CGROUPS),
    refuse("compose up", "--menu", None, BOOL, "skiff's foreground up has no interactive menu"),
    refuse_command("container checkpoint", NO_CRIU),
    refuse("container clone", "--blkio-weight", None, VALUE, NO_CGROUPS),
    refuse("container clone", "--cpu-period", None, VALUE, NO_CGROUPS),
    refuse("container clone", "--cpu-quota", None, VALUE, NO_CGROUPS),
    refuse("container clone", "--cpu-rt-period", None, VALUE, NO_CGROUPS),
    refuse("container clone", "--cpu-rt-runtime", None, VALUE, NO_CGROUPS),
    refuse("container clone", "--cpu-shares", Some('c'), VALUE, NO_CGROUPS),
    refuse("container clone", "--cpus", None, VALUE, NO_CGROUPS),
    refuse("container clone", "--cpuset-cpus", None, VALUE, NO_CGROUPS),
    refuse("container clone", "--cpuset-mems", None, VALUE, NO_CGROUPS),
    refuse("container clone", "--device-read-bps", None, VALUE, NO_CGROUPS),
    refuse("container clone", "--device-write-bps", None, VALUE, NO_CGROUPS),
    refuse("container clone", "--memory", Some('m'), VALUE, NO_CGROUPS),
    refuse("container clone", "--memory-swap", None, VALUE, NO_CGROUPS),
    refuse("container clone", "--memory-swappiness", None, VALUE, NO_CGROUPS),
    refuse_command("container restore", NO_CRIU),
    refuse_command("container update", NO_CGROUPS),
    refuse_command("context", NO_SWARM),
    refuse("create", "--blkio-weight", None, VALUE, NO_CGROUPS),
    refuse("create", "--blkio-weight-device", None, VALUE, NO_CGROUPS),
    refuse("create", "--cgroup-conf", None, VALUE, NO_CGROUPS),
    refuse("create", "--cgroup-parent", None, VALUE, NO_CGROUPS),
    refuse("create", "--cgroupns", None, VALUE, NO_CGROUPS),
    refuse("create", "--cgroups", None, VALUE, NO_CGROUPS),
    refuse("create", "--cpu-count", None, VALUE, WINDOWS_ONLY),
    refuse("create", "--cpu-percent", None, VALUE, WINDOWS_ONLY),
    refuse("create", "--cpu-period", None, VALUE, NO_CGROUPS),
    refuse("create", "--cpu-quota", None, VALUE, NO_CGROUPS),
    refuse("create", "--cpu-rt-period", None, VALUE, NO_CGROUPS),
    refuse("create", "--cpu-rt-runtime", None, VALUE, NO_CGROUPS),
    refuse("create", "--cpu-shares", Some('c'), VALUE, NO_CGROUPS),
    refuse("create", "--cpuset-cpus", None, VALUE, NO_CGROUPS),
    refuse("create", "--cpuset-mems", None, VALUE, NO_CGROUPS),
    refuse("create", "--device-cgroup-rule", None, VALUE, NO_CGROUPS),
    refuse("create", "--device-read-bps", None, VALUE, NO_CGROUPS),
    refuse("create", "--device-read-iops", None, VALUE, NO_CGROUPS),
    refuse("create", "--device-write-bps", None, VALUE, NO_CGROUPS),
    refuse("create", "--device-write-iops", None, VALUE, NO_CGROUPS),
    refuse("create", "--gpus", None, VALUE, NO_GPUS),
    refuse("create", "--io-maxbandwidth", None, VALUE, WINDOWS_ONLY),
    refuse("create", "--io-maxiops", None, VALUE, WINDOWS_ONLY),
    refuse("create", "--isolation", None, VALUE, NO_WINDOWS),
    refuse("create", "--kernel-memory", None, VALUE, NO_CGROUPS),
    refuse("create", "--link-local-ip", None, VALUE, NO_LINK_LOCAL),
    refuse("create", "--memory-reservation", None, VALUE, NO_CGROUPS),
    refuse("create", "--memory-swap", None, VALUE, NO_CGROUPS),
    refuse("create", "--memory-swappiness", None, VALUE, NO_CGROUPS),
    refuse("create", "--oom-kill-disable", None, BOOL, NO_CGROUPS),
    refuse("create", "--runtime", None, VALUE, NO_CONMON),
    refuse("create", "--storage-opt", None, VALUE, NO_STORAGE_OPTS),
    refuse("create", "--use-api-socket", None, BOOL, NO_API_SOCKET),
    refuse("create", "--volume-driver", None, VALUE, ONLY_LOCAL_VOLUMES),
    refuse_command("generate spec", "podman's SpecGenerator JSON is the input of podman's own API: skiff has no such format (use `container inspect` or `kube generate`)"),
    refuse_command("image scp", NO_REMOTE),
    refuse_command("machine", NO_MACHINE),
    refuse("network connect", "--driver-opt", None, VALUE, "skiff's bridge driver takes no options"),
    refuse("network connect", "--gw-priority", None, VALUE, "the default route goes through the network a container was created on"),
    refuse("network connect", "--link-local-ip", None, VALUE, NO_LINK_LOCAL),
    refuse("network create", "--attachable", None, BOOL, NO_SWARM),
    refuse("network create", "--config-from", None, VALUE, NO_SWARM),
    refuse("network create", "--config-only", None, BOOL, NO_SWARM),
    refuse("network create", "--ingress", None, BOOL, NO_SWARM),
    refuse("network create", "--scope", None, VALUE, NO_SWARM),
    refuse_command("network reload", "skiff sets no firewall rules on the host to restore: its networks live in their own namespace"),
    refuse("pod clone", "--blkio-weight", None, VALUE, NO_CGROUPS),
    refuse("pod clone", "--blkio-weight-device", None, VALUE, NO_CGROUPS),
    refuse("pod clone", "--cgroup-parent", None, VALUE, NO_CGROUPS),
    refuse("pod clone", "--cpu-shares", Some('c'), VALUE, NO_CGROUPS),
    refuse("pod clone", "--cpus", None, VALUE, NO_CGROUPS),
    refuse("pod clone", "--cpuset-cpus", None, VALUE, NO_CGROUPS),
    refuse("pod clone", "--cpuset-mems", None, VALUE, NO_CGROUPS),
    refuse("pod clone", "--device-read-bps", None, VALUE, NO_CGROUPS),
    refuse("pod clone", "--device-write-bps", None, VALUE, NO_CGROUPS),
    refuse("pod clone", "--infra-command", None, VALUE, "a skiff pod's infra is skiff itself holding the pod's namespaces, not a container made from an image"),
    refuse("pod clone", "--infra-conmon-pidfile", None, VALUE, NO_CONMON),
    refuse("pod clone", "--memory", Some('m'), VALUE, NO_CGROUPS),
    refuse("pod clone", "--memory-swap", None, VALUE, NO_CGROUPS),
    refuse("pod create", "--blkio-weight", None, VALUE, NO_CGROUPS),
    refuse("pod create", "--cgroup-parent", None, VALUE, NO_CGROUPS),
    refuse("pod create", "--cpu-shares", Some('c'), VALUE, NO_CGROUPS),
    refuse("pod create", "--cpus", None, VALUE, NO_CGROUPS),
    refuse("pod create", "--cpuset-cpus", None, VALUE, NO_CGROUPS),
    refuse("pod create", "--cpuset-mems", None, VALUE, NO_CGROUPS),
    refuse("pod create", "--device-read-bps", None, VALUE, NO_CGROUPS),
    refuse("pod create", "--device-write-bps", None, VALUE, NO_CGROUPS),
    refuse("pod create", "--infra-command", None, VALUE, "a skiff pod's infra is skiff itself holding the pod's namespaces, not a container made from an image"),
    refuse("pod create", "--infra-image", None, VALUE, "a skiff pod's infra is skiff itself holding the pod's namespaces, not a container made from an image"),
    refuse("pod create", "--memory-swap", None, VALUE, NO_CGROUPS),
    refuse_turning_off("pod create", "--share-parent", None, NO_CGROUPS),
    refuse("run", "--blkio-weight", None, VALUE, NO_CGROUPS),
    refuse("run", "--blkio-weight-device", None, VALUE, NO_CGROUPS),
    refuse("run", "--cgroup-conf", None, VALUE, NO_CGROUPS),
    refuse("run", "--cgroup-parent", None, VALUE, NO_CGROUPS),
    refuse("run", "--cgroupns", None, VALUE, NO_CGROUPS),
    refuse("run", "--cgroups", None, VALUE, NO_CGROUPS),
    refuse("run", "--cpu-count", None, VALUE, WINDOWS_ONLY),
    refuse("run", "--cpu-percent", None, VALUE, WINDOWS_ONLY),
    refuse("run", "--cpu-period", None, VALUE, NO_CGROUPS),
    refuse("run", "--cpu-quota", None, VALUE, NO_CGROUPS),
    refuse("run", "--cpu-rt-period", None, VALUE, NO_CGROUPS),
    refuse("run", "--cpu-rt-runtime", None, VALUE, NO_CGROUPS),
    refuse("run", "--cpu-shares", Some('c'), VALUE, NO_CGROUPS),
    refuse("run", "--cpuset-cpus", None, VALUE, NO_CGROUPS),
    refuse("run", "--cpuset-mems", None, VALUE, NO_CGROUPS),
    refuse("run", "--device-cgroup-rule", None, VALUE, NO_CGROUPS),
    refuse("run", "--device-read-bps", None, VALUE, NO_CGROUPS),
    refuse("run", "--device-read-iops", None, VALUE, NO_CGROUPS),
    refuse("run", "--device-write-bps", None, VALUE, NO_CGROUPS),
    refuse("run", "--device-write-iops", None, VALUE, NO_CGROUPS),
    refuse("run", "--gpus", None, VALUE, NO_GPUS),
    refuse("run", "--io-maxbandwidth", None, VALUE, WINDOWS_ONLY),
    refuse("run", "--io-maxiops", None, VALUE, WINDOWS_ONLY),
    refuse("run", "--isolation", None, VALUE, NO_WINDOWS),
    refuse("run", "--kernel-memory", None, VALUE, NO_CGROUPS),
    refuse("run", "--link-local-ip", None, VALUE, NO_LINK_LOCAL),
    refuse("run", "--memory-reservation", None, VALUE, NO_CGROUPS),
    refuse("run", "--memory-swap", None, VALUE, NO_CGROUPS),
    refuse("run", "--memory-swappiness", None, VALUE, NO_CGROUPS),
    refuse("run", "--oom-kill-disable", None, BOOL, NO_CGROUPS),
    refuse("run", "--runtime", None, VALUE, NO_CONMON),
    refuse("run", "--storage-opt", None, VALUE, NO_STORAGE_OPTS),
    refuse("run", "--use-api-socket", None, BOOL, NO_API_SOCKET),
    refuse("run", "--volume-driver", None, VALUE, ONLY_LOCAL_VOLUMES),
    refuse("start", "--checkpoint", None, VALUE, NO_CRIU),
    refuse("start", "--checkpoint-dir", None, VALUE, NO_CRIU),
    refuse_command("system connection", NO_REMOTE),
    refuse_command("update", NO_CGROUPS),
    refuse("volume create", "--availability", None, VALUE, NO_SWARM),
    refuse("volume create", "--group", None, VALUE, NO_SWARM),
    refuse("volume create", "--limit-bytes", None, VALUE, NO_SWARM),
    refuse("volume create", "--required-bytes", None, VALUE, NO_SWARM),
    refuse("volume create", "--scope", None, VALUE, NO_SWARM),
    refuse("volume create", "--secret", None, VALUE, NO_SWARM),
    refuse("volume create", "--sharing", None, VALUE, NO_SWARM),
    refuse("volume create", "--topology-preferred", None, VALUE, NO_SWARM),
    refuse("volume create", "--topology-required", None, VALUE, NO_SWARM),
    refuse("volume create", "--type", None, VALUE, NO_SWARM),
    refuse("volume ls", "--cluster", None, BOOL, NO_SWARM),
    refuse_command("volume reload", "skiff has only its local volume driver: there are no volume plugins to reload"),
    refuse_command("volume update", NO_SWARM),
];

/// podman's and docker's group names of top-level commands (`container
/// run` is `run`, `image ls` is `images`): the same arguments, so the same
/// refusals.
pub const GROUP_ALIASES: &[(&str, &str)] = &[
    ("builder build", "build"),
    ("container attach", "attach"),
    ("container commit", "commit"),
    ("container cp", "cp"),
    ("container create", "create"),
    ("container diff", "diff"),
    ("container exec", "exec"),
    ("container export", "export"),
    ("container init", "init"),
    ("container kill", "kill"),
    ("container list", "ps"),
    ("container logs", "logs"),
    ("container ls", "ps"),
    ("container pause", "pause"),
    ("container port", "port"),
    ("container ps", "ps"),
    ("container rename", "rename"),
    ("container restart", "restart"),
    ("container rm", "rm"),
    ("container run", "run"),
    ("container start", "start"),
    ("container stats", "stats"),
    ("container stop", "stop"),
    ("container top", "top"),
    ("container unpause", "unpause"),
    ("container wait", "wait"),
    ("image build", "build"),
    ("image history", "history"),
    ("image import", "import"),
    ("image list", "images"),
    ("image load", "load"),
    ("image ls", "images"),
    ("image pull", "pull"),
    ("image push", "push"),
    ("image rm", "rmi"),
    ("image save", "save"),
    ("image search", "search"),
    ("image tag", "tag"),
    ("image untag", "untag"),
    ("generate kube", "kube generate"),
    ("play kube", "kube play"),
];

/// The command path a refusal is listed under: the top-level command a
/// group name stands for, or the path itself.
pub fn listed_as(command: &str) -> &str {
    GROUP_ALIASES.iter().find(|(alias, _)| *alias == command).map_or(command, |(_, top)| top)
}

/// The entry refusing `flag` ("" for the command itself) of `command`,
/// typed under any of its names.
pub fn entry(command: &str, flag: &str) -> Option<&'static Refusal> {
    let listed = |command: &str| REFUSED.iter().find(|r| r.command == command && r.flag == flag);
    listed(command).or_else(|| listed(listed_as(command)))
}

/// How to give `flag` of `command` so that it asks for what skiff refuses:
/// "--flag=false" for a flag on by default, the flag itself otherwise.
pub fn asking_form(command: &str, flag: &str) -> String {
    match entry(command, flag) {
        Some(refusal) if refusal.on_by_default => format!("{flag}=false"),
        _ => flag.to_string(),
    }
}

/// skiff's parser: the derived command tree plus the refused commands and
/// flags, hidden. The binary and the compatibility test both use it.
pub fn command() -> Command {
    with_refusals_where(|_| true)
}

/// [`command`] for one command line: only the refusals it could name (the
/// global flags, and those under a command word it holds), since adding
/// every one costs about a millisecond at each start.
///
/// Only the invoked top-level command keeps its definition: parsing copied
/// the 32 global flags into each of the 90 top-level commands, and that
/// with building and dropping the whole tree took two thirds of a start's
/// 7 million instructions. The others are left as empty hidden
/// placeholders, never parsed (the line names none of them where a command
/// is expected), and the global flags are global from the invoked command
/// down (clap still fills them in at every level of the matches).
pub fn command_for(args: &[std::ffi::OsString]) -> Command {
    let root = with_refusals_where(|path| {
        path.split_whitespace().next().is_none_or(|word| args.iter().any(|a| a.as_os_str() == word))
    });
    let Some(invoked) = invoked_command(&root, args).and_then(|word| find_subcommand(&root, word)).map(|c| c.get_name().to_string())
    else {
        // No command word, `help` or a mistyped command: the whole tree,
        // for clap's help, lists and suggestions. Only `help COMMAND`
        // shows a command's own flags, the global ones among them: any
        // other such line is answered at the top (its help, the version,
        // an error naming the commands), and clap's copying of the 32
        // global flags into each of the 90 commands would be wasted (2.5 M
        // of the 3.8 M instructions `skiff --version` took).
        if !args.iter().skip(1).any(|a| a == "help") {
            return root.mut_args(|a| if a.is_global_set() { a.global(false) } else { a });
        }
        return root;
    };
    let globals: Vec<Arg> = root.get_arguments().filter(|a| a.is_global_set()).cloned().collect();
    // In one pass: `mut_arg` for each would move every argument after it,
    // 32 times (0.65 M instructions of a start).
    let root = root.mut_args(|a| if a.is_global_set() { a.global(false) } else { a });
    root.mut_subcommands(|sub| {
        if sub.get_name() == invoked {
            // As clap's propagation: a command's own flag of that id wins;
            // and here its own short or long form too, since clap finds
            // the flags added before the command's deferred ones first.
            // Its deferred flags (from the copy built for its refusals),
            // and the refusals added to it.
            // (A group defined for its refusals has its flags already.)
            let defined = if sub.has_subcommands() { std::rc::Rc::new(Command::new("")) } else { built(&invoked, &sub) };
            let args = || defined.get_arguments().chain(sub.get_arguments());
            let own = |g: &Arg| args().any(|a| a.get_id() == g.get_id() || (a.get_long().is_some() && a.get_long() == g.get_long()));
            let own_short = |c: char| args().any(|a| a.get_short() == Some(c));
            let inherited: Vec<Arg> = globals
                .iter()
                .filter(|g| !own(g))
                .map(|g| match g.get_short() {
                    Some(c) if own_short(c) => g.clone().short(None),
                    _ => g.clone(),
                })
                .collect();
            return sub.args(inherited);
        }
        let placeholder = Command::new(sub.get_name().to_string()).hide(true);
        // Freeing a command's definition costs about as much as building
        // it, and the process ends soon after parsing; a resident helper
        // lives on, and frees it rather than keep it resident.
        if super::is_resident_helper(&invoked) {
            drop(sub);
        } else {
            std::mem::forget(sub);
        }
        placeholder
    })
}

/// A built copy of `cmd`, to see the arguments it defines: clap builds a
/// command's definition when it parses or prints it (`defer`), and the
/// command itself must stay unbuilt, since a built command parses no
/// argument added afterwards. The copy costs one more build of the one
/// command a line invokes, where the whole tree used to be built.
/// `root` with the group `name` defined now rather than when clap would
/// build it, so that refusals can be added to its commands.
fn with_group_defined(root: Command, name: &str) -> Command {
    let Some(define) = find_subcommand(&root, name).and_then(|sub| super::group_definition(sub.get_name())) else {
        return root;
    };
    root.mut_subcommands(|sub| {
        if (sub.get_name() == name || sub.get_all_aliases().any(|a| a == name)) && !sub.has_subcommands() {
            define(sub.defer(|defined| defined))
        } else {
            sub
        }
    })
}

/// Kept by command path (`listed`), so that the refusals and the global
/// flags of a command look at one copy.
fn built(listed: &str, cmd: &Command) -> std::rc::Rc<Command> {
    thread_local! {
        static BUILT: std::cell::RefCell<Vec<(String, std::rc::Rc<Command>)>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    BUILT.with_borrow_mut(|built| {
        if let Some((_, copy)) = built.iter().find(|(path, _)| path == listed) {
            return copy.clone();
        }
        let mut copy = cmd.clone();
        copy.build();
        let copy = std::rc::Rc::new(copy);
        built.push((listed.to_string(), copy.clone()));
        copy
    })
}

/// The word of `args` where the top-level command stands: the first one
/// that is neither a global flag nor a global flag's value.
fn invoked_command<'a>(root: &Command, args: &'a [std::ffi::OsString]) -> Option<&'a str> {
    let takes_value = super::bool_values::takes_next_word;
    let mut words = args.iter().skip(1);
    while let Some(word) = words.next() {
        let word = word.to_str()?;
        if word == "--" || word == "-" {
            return None;
        }
        let flag = if let Some(long) = word.strip_prefix("--") {
            if long.contains('=') {
                continue;
            }
            super::bool_values::long_flag(root, long)
        } else if let Some(shorts) = word.strip_prefix('-') {
            // A value written right after a short flag (-lx) or a group of
            // flags: only the last can take the next word as its value.
            let last = shorts.chars().last()?;
            if shorts.chars().count() > 1 {
                let first = shorts.chars().next()?;
                match takes_value(root.get_arguments().find(|a| a.get_short() == Some(first))?)? {
                    true => continue,
                    false => {}
                }
            }
            root.get_arguments().find(|a| a.get_short() == Some(last))
        } else {
            return Some(word);
        };
        // A flag the root does not know: clap refuses the line, with the
        // whole tree for its message.
        match takes_value(flag?)? {
            true => {
                words.next();
            }
            false => {}
        }
    }
    None
}

fn with_refusals_where(wanted: impl Fn(&str) -> bool) -> Command {
    let mut root = super::Cli::command();
    let mut first = 0;
    for group in REFUSED.chunk_by(|a, b| a.command == b.command) {
        let command = group[0].command;
        let aliases = GROUP_ALIASES.iter().filter(|(_, top)| *top == command).map(|(alias, _)| *alias);
        for listed in std::iter::once(command).chain(aliases).filter(|path| wanted(path)) {
            let path: Vec<&'static str> = listed.split_whitespace().collect();
            root = with_refusals(root, listed, &path, group, first, true);
        }
        first += group.len();
    }
    root
}

/// The subcommand called `name` (or aliased so) among `cmd`'s.
fn find_subcommand<'c>(cmd: &'c Command, name: &str) -> Option<&'c Command> {
    cmd.get_subcommands().find(|s| s.get_name() == name || s.get_all_aliases().any(|a| a == name))
}

/// `group`: the entries of one command path; `first`: the first one's index in REFUSED.
/// `listed`: the whole command path, `path` what is left of it below `cmd`.
fn with_refusals(cmd: Command, listed: &str, path: &[&'static str], group: &'static [Refusal], first: usize, is_root: bool) -> Command {
    let Some((name, rest)) = path.split_first() else {
        // What the command defines itself: the root's flags are built with
        // it, a command's are deferred until it is parsed.
        let defined = if is_root { std::rc::Rc::new(cmd.clone()) } else { built(listed, &cmd) };
        return group.iter().enumerate().fold(cmd, |cmd, (i, refusal)| {
            let long = refusal.flag.trim_start_matches('-');
            // A whole-command entry for a command skiff now has, or a flag
            // skiff defines itself (or an alias path's entry already added): skiff's wins.
            let has_long = |c: &Command| c.get_arguments().any(|a| a.get_long() == Some(long));
            if long.is_empty() || has_long(&defined) || has_long(&cmd) {
                return cmd;
            }
            // -h and -V are clap's help and version unless a command gives them up.
            let builtin = |c: char| (c == 'h' && !defined.is_disable_help_flag_set()) || c == 'V';
            let has_short = |on: &Command, c: char| on.get_arguments().any(|a| a.get_short() == Some(c));
            let clashes = |c: char| builtin(c) || has_short(&defined, c) || has_short(&cmd, c);
            // A global's short form would clash with subcommands' own ones.
            let short = refusal.short.filter(|c| !is_root && !clashes(*c));
            cmd.arg(refused_arg(first + i, long, short, refusal.takes_value, is_root))
        });
    };
    let cmd = if is_root { with_group_defined(cmd, name) } else { cmd };
    if find_subcommand(&cmd, name).is_some() {
        // mut_subcommands keeps the order of `--help` (mut_subcommand would move it last).
        cmd.mut_subcommands(|sub| {
            if sub.get_name() == *name || sub.get_all_aliases().any(|a| a == *name) {
                with_refusals(sub, listed, rest, group, first, false)
            } else {
                sub
            }
        })
    } else if rest.is_empty() && group[0].flag.is_empty() {
        cmd.subcommand(
            Command::new(*name)
                .hide(true)
                .disable_help_flag(true)
                .disable_version_flag(true)
                .arg(Arg::new("refused:args").num_args(0..).trailing_var_arg(true).allow_hyphen_values(true)),
        )
    } else {
        // A flag of a command skiff does not have: the command's own entry
        // refuses it (the table test checks every entry lands).
        cmd
    }
}

fn refused_arg(index: usize, long: &'static str, short: Option<char>, takes_value: bool, global: bool) -> Arg {
    let arg = Arg::new(format!("refused:{index}")).long(long).short(short).hide(true).global(global);
    if takes_value {
        arg.action(ArgAction::Append).num_args(1).allow_hyphen_values(true)
    } else {
        // podman's boolean flags take "=false" too: that asks for nothing.
        arg.action(ArgAction::Set).num_args(0..=1).require_equals(true).default_missing_value("true")
    }
}

/// The first refused command or flag the parsed command line holds, as
/// (what was given, e.g. "run --cgroup-parent", why it is refused).
pub fn refusal_in(matches: &ArgMatches) -> Option<(String, &'static str)> {
    let mut path = String::new();
    let mut level = matches;
    loop {
        for id in level.ids().filter_map(|id| id.as_str().strip_prefix("refused:")) {
            let Some(refusal) = id.parse().ok().and_then(|i: usize| REFUSED.get(i)) else { continue };
            let id = format!("refused:{id}");
            if level.value_source(&id) != Some(ValueSource::CommandLine) {
                continue;
            }
            // A boolean given as its default asks for nothing.
            let flag = match level.get_one::<String>(&id).filter(|_| !refusal.takes_value) {
                Some(value) if super::bool_values::parse_bool(value) == Some(refusal.on_by_default) => continue,
                Some(value) if refusal.on_by_default => format!("{}={value}", refusal.flag),
                _ => refusal.flag.to_string(),
            };
            let given = if path.is_empty() { flag } else { format!("{path} {flag}") };
            return Some((given, refusal.reason));
        }
        let (name, sub) = level.subcommand()?;
        path = if path.is_empty() { name.to_string() } else { format!("{path} {name}") };
        if let Some(whole) = REFUSED.iter().find(|r| r.command == path && r.flag.is_empty()) {
            return Some((path, whole.reason));
        }
        level = sub;
    }
}


#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted_with_one_entry_per_flag() {
        for pair in REFUSED.windows(2) {
            let key = |r: &Refusal| (r.command, r.flag);
            assert!(key(&pair[0]) < key(&pair[1]), "REFUSED out of order or doubled at {:?} {:?}", pair[1].command, pair[1].flag);
        }
    }

    #[test]
    fn every_command_group_is_defined_for_the_refusals() {
        let mut cli = super::super::Cli::command();
        cli.build();
        for sub in cli.get_subcommands().filter(|s| s.has_subcommands() && s.get_name() != "help") {
            assert!(super::super::group_definition(sub.get_name()).is_some(), "{} is missing from cli::group_definition", sub.get_name());
        }
    }

    #[test]
    fn a_deferred_command_keeps_its_own_about() {
        let cli = super::super::Cli::command();
        let mut built = cli.clone();
        built.build();
        for (before, after) in cli.get_subcommands().zip(built.get_subcommands()) {
            let about = |c: &Command| (c.get_about().map(|a| a.to_string()), c.get_long_about().map(|a| a.to_string()));
            assert_eq!(about(before), about(after), "{}: its arguments struct's doc comment replaced the command's about once built (make it a // comment)", before.get_name());
        }
    }

    #[test]
    fn refused_commands_and_flags_make_a_valid_parser() {
        // clap's own consistency checks: no doubled long or short flag.
        command().debug_assert();
    }

    #[test]
    fn a_refused_flag_is_named_with_its_command() {
        let matches = command().try_get_matches_from(["skiff", "run", "--cgroup-parent", "x", "img"]).unwrap();
        let (given, reason) = refusal_in(&matches).expect("--cgroup-parent is refused");
        assert_eq!(given, "run --cgroup-parent");
        assert!(reason.contains("cgroups"), "{reason}");
        let matches = command().try_get_matches_from(["skiff", "run", "--oom-kill-disable=false", "img"]).unwrap();
        assert!(refusal_in(&matches).is_none(), "--oom-kill-disable=false asks for nothing");
        let matches = command().try_get_matches_from(["skiff", "run", "--oom-kill-disable=True", "img"]).unwrap();
        assert!(refusal_in(&matches).is_some(), "--oom-kill-disable=True asks for it");
        let line = ["skiff", "pod", "create", "--share-parent=false"];
        let matches = command_for(&line.map(Into::into)).try_get_matches_from(line).unwrap();
        assert_eq!(refusal_in(&matches).map(|r| r.0), Some("pod create --share-parent=false".to_string()), "a flag on by default asks when turned off");
        for on in ["--share-parent", "--share-parent=true"] {
            let line = ["skiff", "pod", "create", on];
            let matches = command_for(&line.map(Into::into)).try_get_matches_from(line).unwrap();
            assert!(refusal_in(&matches).is_none(), "{on} is the default and asks for nothing");
        }
        let line = ["skiff", "machine", "init", "--cpus", "2"];
        let matches = command_for(&line.map(Into::into)).try_get_matches_from(line).unwrap();
        assert_eq!(refusal_in(&matches).map(|r| r.0), Some("machine".to_string()));
    }
}
